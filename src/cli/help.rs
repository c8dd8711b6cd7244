//! The command line's `--help` in the language of `--lang` (or of `LANG`): in Chinese and
//! Japanese every subcommand's about and every argument's help are messages (`cli-help-*`);
//! English keeps the doc comments of the argument structs, which the English messages repeat
//! (a test compares them). clap's own words — `Usage:`, `Options:`, `Print help`, `error:` —
//! stay English: clap has no way to give them in another language.

use clap::CommandFactory;

use super::Cli;
use crate::i18n::{Lang, message};

/// The command line as clap parses it, its help in the language in force.
pub fn command() -> clap::Command {
    let command = Cli::command();
    if crate::i18n::language() == Lang::En {
        return command;
    }
    translate(command)
}

/// Every about and help of `command` from the messages, where there is one.
fn translate(command: clap::Command) -> clap::Command {
    command
        .about(message("cli-help-about", &[]))
        .mut_args(|arg| translate_arg("", arg))
        .mut_subcommands(|sub| {
            let name = sub.get_name().to_owned();
            let sub = match about(&name) {
                Some(about) => sub.about(about),
                None => sub,
            };
            sub.mut_args(|arg| translate_arg(&name, arg))
        })
}

fn translate_arg(subcommand: &str, arg: clap::Arg) -> clap::Arg {
    let id = arg.get_id().as_str().to_owned();
    let Some(key) = help_key(subcommand, &id) else {
        return arg;
    };
    let help = message(key, &[]);
    if subcommand == "chart" && id == "chart" {
        return arg.help(help).long_help(super::chart_help());
    }
    arg.help(help)
}

/// A subcommand's about, in the language in force.
fn about(subcommand: &str) -> Option<String> {
    about_key(subcommand).map(|key| message(key, &[]))
}

/// The message of a subcommand's about.
fn about_key(subcommand: &str) -> Option<&'static str> {
    Some(match subcommand {
        "summary" => "cli-help-about-summary",
        "inspect" => "cli-help-about-inspect",
        "chart" => "cli-help-about-chart",
        "plan" => "cli-help-about-plan",
        "cohorts" => "cli-help-about-cohorts",
        _ => return None,
    })
}

/// The message of the help of argument `id` of `subcommand` (`""`: the app's own); the
/// arguments several commands share (files, filters, statistics) have one message each.
/// `None` for an argument without help (`--format`, whose values clap lists).
fn help_key(subcommand: &str, id: &str) -> Option<&'static str> {
    Some(match (subcommand, id) {
        (_, "lang") => "cli-help-lang",
        ("", "files") => "cli-help-app-files",
        ("", "workspace") => "cli-help-app-workspace",
        ("summary", "by") => "cli-help-summary-by",
        ("inspect", "json") => "cli-help-inspect-json",
        ("chart", "chart") => "cli-help-chart-chart",
        ("chart", "out") => "cli-help-chart-out",
        ("chart", "width") => "cli-help-chart-width",
        ("chart", "height") => "cli-help-chart-height",
        ("chart", "scale") => "cli-help-chart-scale",
        ("chart", "metric") => "cli-help-chart-metric",
        ("chart", "by") => "cli-help-chart-by",
        ("chart", "granularity") => "cli-help-chart-granularity",
        ("chart", "dark") => "cli-help-chart-dark",
        ("chart", "clean") => "cli-help-chart-clean",
        ("chart", "baseline") => "cli-help-chart-baseline",
        ("plan", "by") => "cli-help-plan-by",
        ("plan", "budget") => "cli-help-plan-budget",
        ("plan", "target_mroi") => "cli-help-plan-target-mroi",
        ("plan", "bounds") => "cli-help-plan-bounds",
        ("plan", "locked") => "cli-help-plan-locked",
        ("plan", "resamples") => "cli-help-plan-resamples",
        ("cohorts", "files") => "cli-help-cohorts-files",
        ("cohorts", "spend") => "cli-help-cohorts-spend",
        ("cohorts", "by") => "cli-help-cohorts-by",
        ("cohorts", "period") => "cli-help-cohorts-period",
        ("cohorts", "days") => "cli-help-cohorts-days",
        ("cohorts", "mode") => "cli-help-cohorts-mode",
        ("cohorts", "start") => "cli-help-cohorts-start",
        ("cohorts", "returns") => "cli-help-cohorts-returns",
        ("cohorts", "brackets") => "cli-help-cohorts-brackets",
        ("cohorts", "windows") => "cli-help-cohorts-windows",
        ("cohorts", "channels") => "cli-help-cohorts-channels",
        ("cohorts", "tz") => "cli-help-cohorts-tz",
        ("cohorts", "event_columns") => "cli-help-cohorts-event-columns",
        // The exports every other command reads (InputArgs).
        (_, "files") => "cli-help-files",
        (_, "sheet") => "cli-help-sheet",
        (_, "currency") => "cli-help-currency",
        (_, "rates") => "cli-help-rates",
        (_, "currency_of") => "cli-help-currency-of",
        (_, "all_sheets") => "cli-help-all-sheets",
        (_, "sheets_as_channels") => "cli-help-sheets-as-channels",
        (_, "workspace") => "cli-help-workspace",
        (_, "map") => "cli-help-map",
        (_, "aliases") => "cli-help-aliases",
        (_, "known_aliases") => "cli-help-known-aliases",
        (_, "channel_of") => "cli-help-channel-of",
        (_, "lenient") => "cli-help-lenient",
        (_, "strict") => "cli-help-strict",
        // Which rows (FilterArgs) and the statistics beside them (StatsArgs).
        (_, "from") => "cli-help-from",
        (_, "to") => "cli-help-to",
        (_, "channels") => "cli-help-channels",
        (_, "campaigns") => "cli-help-campaigns",
        (_, "ci") => "cli-help-ci",
        (_, "baseline") => "cli-help-baseline",
        (_, "compare_previous") => "cli-help-compare-previous",
        (_, "compare_from") => "cli-help-compare-from",
        (_, "compare_to") => "cli-help-compare-to",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, message_in};

    /// Every argument with help has a message, and the English message is its doc comment
    /// word for word (the messages are what Chinese and Japanese translate; every file has
    /// every key, see tests/i18n.rs).
    #[test]
    fn every_help_has_a_message_and_english_is_the_doc_comment() {
        let mut command = Cli::command();
        command.build();
        let mut problems = Vec::new();
        let mut checked = 0;
        let mut check = |subcommand: &str, command: &clap::Command| {
            if !subcommand.is_empty() {
                let about = command.get_about().map(ToString::to_string);
                match about_key(subcommand) {
                    Some(key) if Some(message_in(Lang::En, key, &[])) == about => {}
                    key => problems.push(format!("{subcommand}: {key:?} for {about:?}")),
                }
            }
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                let Some(doc) = arg.get_help().map(ToString::to_string) else {
                    continue;
                };
                if ["help", "version"].contains(&id) {
                    continue;
                }
                checked += 1;
                match help_key(subcommand, id) {
                    Some(key) if message_in(Lang::En, key, &[]) == doc => {}
                    Some(key) => problems.push(format!(
                        "{key}:\n  doc: {doc}\n  en:  {}",
                        message_in(Lang::En, key, &[])
                    )),
                    None => problems.push(format!("no message for {subcommand} --{id}")),
                }
            }
        };
        check("", &command);
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            check(sub.get_name(), sub);
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(checked > 60, "{checked} arguments checked");
        assert_eq!(
            message_in(Lang::En, "cli-help-about", &[]),
            command
                .get_about()
                .map(ToString::to_string)
                .unwrap_or_default()
        );
    }
}
