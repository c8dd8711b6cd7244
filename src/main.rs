//! `roi-lens [FILES...]` opens the desktop app (on the bundled sample data when no files are
//! given); `roi-lens summary|inspect|chart FILES...` work on the command line.

use std::process::ExitCode;

use clap::FromArgMatches;
use roi_lens::cli::{self, Cli, Command};
use roi_lens::tr;

/// Exit status for bad input or usage (clap uses 2 for usage errors too).
const EXIT_BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    roi_lens::process_start();
    // Before parsing, so the parsers' own messages (a bad --by, a bad date) are in it too.
    roi_lens::i18n::set_language(lang_from_args().unwrap_or_else(cli::language_from_env));
    // The help and the parsers' messages in that language (clap's own words stay English).
    let mut matches = cli::help::command().get_matches();
    let cli = Cli::from_arg_matches_mut(&mut matches).unwrap_or_else(|e| e.exit());
    if cli.command.is_some() {
        // On the command line the loader turns panics inside third-party readers into ordinary
        // errors, so the default hook's backtrace would only confuse; a panic that escapes is
        // reported below instead. The desktop app keeps the hook: a real panic there (on a
        // worker, where it becomes an "internal error" message) must leave a trace.
        std::panic::set_hook(Box::new(|_| {}));
    }
    // Nothing is used again after a panic: the process reports it and exits.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli))) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(err)) => {
            eprintln!("error: {err:#}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
        Err(payload) => {
            let detail = roi_lens::panic_message(payload.as_ref());
            eprintln!("error: {}", tr!("cli-error-internal", detail = detail));
            // Never 101: the input that triggered it is still the likeliest cause.
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// `--lang X` or `--lang=X` among the arguments, read before clap parses them.
fn lang_from_args() -> Option<roi_lens::i18n::Lang> {
    let args: Vec<String> = std::env::args().collect();
    let value = args
        .iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang") {
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_owned()),
            Some("") => args.get(i + 1).cloned(),
            _ => None,
        })?;
    roi_lens::i18n::Lang::from_locale(&value)
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if cli.command.is_some() {
        roi_lens::i18n::set_language(cli.lang.unwrap_or_else(cli::language_from_env));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = match cli.command {
        Some(Command::Summary(args)) => cli::run_summary(&args, &mut out),
        Some(Command::Inspect(args)) => cli::run_inspect(&args, &mut out),
        Some(Command::Chart(args)) => cli::run_chart(&args, &mut out),
        Some(Command::Plan(args)) => cli::run_plan(&args, &mut out),
        Some(Command::Cohorts(args)) => cli::run_cohorts(&args, &mut out),
        None => {
            // `roi-lens analysis.roilens` opens the workspace, like `--workspace`.
            let (workspaces, files): (Vec<_>, Vec<_>) = cli.files.into_iter().partition(|f| {
                f.extension()
                    .is_some_and(|e| e == roi_lens::workspace::EXTENSION)
            });
            let workspace = match (cli.workspace, workspaces.as_slice()) {
                (Some(w), []) => Some(w),
                (None, [w]) => Some(w.clone()),
                (None, []) => None,
                _ => anyhow::bail!("{}", tr!("cli-error-one-workspace")),
            };
            if workspace.is_some() && !files.is_empty() {
                anyhow::bail!("{}", tr!("cli-error-workspace-alone"));
            }
            roi_lens::app::run(files, workspace, cli.lang)
        }
    };
    match result {
        // A closed pipe (`roi-lens summary … | head`) is not an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            Ok(())
        }
        other => other,
    }
}
