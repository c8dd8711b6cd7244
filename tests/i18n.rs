//! The three languages: every message key used in the code is in every message file, the
//! files have the same keys and parse, and no user-facing English literal is left in the
//! modules that draw the app and its pictures (a scan of the text-taking egui calls).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use roi_lens::i18n::{Lang, MESSAGES, keys_of, parse_errors};

use crate::cli::{fails_with, roi_lens, write, write_bad_spend};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The keys of `tr!("key"` and `message("key"` in a source text, a call split over lines
/// by rustfmt included.
fn keys_used(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for marker in [
        "tr!(",
        "text!(",
        "i18n::message(",
        "message_in(lang,",
        "note!(",
    ] {
        let mut rest = text;
        while let Some(at) = rest.find(marker) {
            // `include_str!(` is not `tr!(`.
            let whole = !rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = rest[at + marker.len()..].trim_start();
            if !whole {
                continue;
            }
            if let Some(quoted) = rest.strip_prefix('"')
                && let Some(end) = quoted.find('"')
            {
                keys.push(quoted[..end].to_owned());
            }
        }
    }
    keys
}

#[test]
fn every_key_used_is_in_every_language_and_the_files_agree() {
    for (lang, text) in Lang::ALL.iter().zip(MESSAGES) {
        assert_eq!(parse_errors(text), Vec::<String>::new(), "{lang:?} parses");
    }
    let keys: Vec<BTreeSet<String>> = MESSAGES
        .iter()
        .map(|text| keys_of(text).into_iter().collect())
        .collect();
    for (lang, set) in Lang::ALL.iter().zip(&keys).skip(1) {
        let missing: Vec<_> = keys[0].difference(set).collect();
        let extra: Vec<_> = set.difference(&keys[0]).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, not in English {extra:?}"
        );
    }
    let mut unknown = Vec::new();
    for dir in [root().join("src"), root().join("crates/core/src")] {
        for file in rust_files(&dir) {
            let text = std::fs::read_to_string(&file).expect("a source file");
            for key in keys_used(&text) {
                if !keys[0].contains(&key) && key != "no-such-key" {
                    unknown.push(format!("{}: {key}", file.display()));
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "keys used but in no message file: {unknown:#?}"
    );
}

/// A literal a reader would have to translate: two words of letters side by side (`Open
/// files`, `{} rows`), or one capitalised word of three letters or more (`Cancel`). Symbols,
/// numbers, keys, ids (`roi-lens-cohorts`) and the names of file formats are the same in every
/// language.
fn is_words(literal: &str) -> bool {
    let words: Vec<&str> = literal
        .split(|c: char| c.is_whitespace() || c == '{' || c == '}')
        .filter(|w| !w.is_empty())
        .collect();
    let wordlike = |w: &&str| {
        let letters = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        letters.len() >= 2
            && letters.chars().all(|c| c.is_ascii_alphabetic())
            && !["PNG", "CSV", "ROI", "JSON", "TLS", "ROAS", "LTV", "CPI"].contains(&letters)
    };
    let two = words.windows(2).any(|pair| pair.iter().all(wordlike));
    let one_title = words.len() == 1
        && wordlike(&words[0])
        && words[0]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
        && words[0].len() >= 3
        // Codes and acronyms (`CNY`, `ROI`) read the same in every language.
        && words[0].chars().any(|c| c.is_ascii_lowercase())
        && !words[0].contains(['_', '-', '.', ':', '/']);
    two || one_title
}

/// Lines whose literals are not shown in the interface: messages to the developer, ids,
/// thread names, attributes.
fn is_exempt(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("//")
        || t.starts_with("#[")
        // A literal that names something outside the interface, said so at the line's end.
        || t.contains("// not shown:")
        || [
            "expect(",
            "panic!(",
            "unreachable!(",
            "debug_assert",
            "eprintln!(",
            ".name(",
            "Id::new(",
            "id_salt(",
            "tr!(",
            "text!(",
            "log::",
        ]
        .iter()
        .any(|m| t.contains(m))
}

/// The string literals of a line (not raw strings; escaped quotes kept inside).
fn literals(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            // A char literal ('"') or a lifetime: skip the quote and what it holds.
            i += if bytes.get(i + 2) == Some(&b'\'') {
                3
            } else {
                1
            };
            continue;
        }
        if bytes[i] == b'"' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push(&line[start..j.min(line.len())]);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// The modules whose text reaches a screen, a picture or the CLI's human output: the app's,
/// the command line's, and the core's that make sentences, table cells and errors for people
/// (the core's readers in `data/` hold the headers they recognise, in every language, and
/// SQL: not scanned).
const SHOWN_TEXT_MODULES: [&str; 16] = [
    "src/app",
    "src/cli",
    "src/main.rs",
    "src/views",
    "src/export",
    "src/ui",
    "crates/core/src/dashboard",
    "crates/core/src/metrics",
    "crates/core/src/stats",
    "crates/core/src/plan",
    "crates/core/src/cohorts",
    "crates/core/src/cohorts.rs",
    "crates/core/src/report.rs",
    "crates/core/src/budget.rs",
    "crates/core/src/workspace",
    "crates/core/src/workspace.rs",
];

#[test]
fn no_user_facing_literal_is_left_outside_the_message_files() {
    let mut left = Vec::new();
    for place in SHOWN_TEXT_MODULES {
        let place = root().join(place);
        let files = if place.is_dir() {
            rust_files(&place)
        } else {
            vec![place]
        };
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a source file");
            // Tests of a module may say what they like.
            let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
            let mut in_doc = false;
            for (n, line) in code.lines().enumerate() {
                if is_exempt(line) {
                    continue;
                }
                // A string continued from the line before (`\` at its end) is not checked.
                if in_doc {
                    in_doc = line.trim_end().ends_with('\\');
                    continue;
                }
                in_doc = line.trim_end().ends_with('\\');
                for literal in literals(line) {
                    if is_words(literal) {
                        left.push(format!(
                            "{}:{}: {literal}",
                            file.strip_prefix(root()).unwrap_or(&file).display(),
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        left.is_empty(),
        "{} user-facing literals outside the message files:\n{}",
        left.len(),
        left.join("\n")
    );
}

/// Runs `test` (an ignored test of this file) in a child process that drives the app in
/// `lang`: the language is process-wide, and the other tests of this process run in English.
pub(crate) fn run_child_in(lang: Lang, test: &str) {
    let mut child = std::process::Command::new(std::env::current_exe().expect("the test binary"));
    child
        .args(["--exact", test, "--ignored", "--test-threads=1"])
        .env(crate::app::TEST_LANG, lang.code());
    if let Some(update) = std::env::var_os("UPDATE_SNAPSHOTS") {
        child.env("UPDATE_SNAPSHOTS", update);
    }
    let out = child.output().expect("run the child test");
    assert!(
        out.status.success(),
        "{test} in {lang:?}:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_app_in_chinese_and_japanese() {
    for lang in [Lang::Zh, Lang::Ja] {
        run_child_in(lang, "i18n::child_app_in_its_language");
    }
}

/// In the child's language: open the sample, see the translated labels (egui_kittest panics on
/// a glyph the bundled font lacks), filter a channel away, export the dashboard as PNG, and
/// compare the dashboard with its snapshot (`tests/snapshots/dashboard_in_zh.png`, `…_ja.png`).
#[test]
#[ignore = "the child process of the_app_in_chinese_and_japanese"]
fn child_app_in_its_language() {
    use egui_kittest::kittest::Queryable;
    use roi_lens::app::{Command, ExportKind};
    use roi_lens::export::{ImageSpec, Picture};
    use roi_lens::i18n::message_in;

    let lang = crate::app::test_lang();
    assert_ne!(lang, Lang::En, "run by the_app_in_chinese_and_japanese");
    let mut h = crate::snapshots::render(vec![crate::app::sample("campaigns_en.csv")], false);
    assert_eq!(roi_lens::i18n::language(), lang);
    for key in LABELS {
        let label = message_in(lang, key, &[]);
        assert!(
            h.query_all_by_label_contains(&label).next().is_some(),
            "{key}: `{label}` on screen"
        );
    }
    h.snapshot_options(
        format!("dashboard_in_{}", lang.code()),
        &crate::snapshots::options(),
    );
    // The date picker speaks the language too: the month and the weekdays, then a day of the
    // next month picked becomes the start of the range.
    let first = chrono::NaiveDate::from_ymd_opt(2024, 7, 1).expect("a date");
    h.get_by_label(&roi_lens::i18n::date_in(lang, first))
        .click();
    h.run_steps(2);
    let month = |m: u32| {
        message_in(
            lang,
            "ui-date-month",
            &[("year", "2024".into()), ("month", m.into())],
        )
    };
    assert!(h.query_by_label(&month(7)).is_some(), "{} shown", month(7));
    let monday = message_in(lang, "ui-date-weekday", &[("day", 1_u32.into())]);
    assert!(h.query_all_by_label(&monday).next().is_some(), "{monday}");
    h.get_by_label("›").click();
    h.run_steps(2);
    assert!(h.query_by_label(&month(8)).is_some(), "{} shown", month(8));
    h.get_by_label("15").click();
    crate::app::settle(&mut h);
    assert_eq!(
        h.state().view.filters.from,
        chrono::NaiveDate::from_ymd_opt(2024, 8, 15)
    );
    assert!(h.query_by_label(&month(8)).is_none(), "the calendar closed");
    // Filter: Douyin off, as the sidebar's checkbox does.
    h.state_mut().push(Command::SetHidden(
        ["Douyin".to_owned()].into_iter().collect(),
    ));
    crate::app::settle(&mut h);
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("dashboard.png");
    h.state_mut().push(Command::Export {
        kind: ExportKind::Png {
            picture: Picture::Dashboard,
            spec: ImageSpec {
                width: 1600,
                height: 1000,
                scale: 1,
                dark: false,
            },
        },
        path: png.clone(),
    });
    crate::app::settle(&mut h);
    assert_eq!(h.state().error, None);
    let image = crate::support::pictures::open_png(&png);
    crate::support::pictures::assert_not_blank(&image);
    // Kept beside the snapshots for a person to look at.
    let _ = std::fs::copy(
        &png,
        root().join(format!("target/dashboard_export_{}.png", lang.code())),
    );
}

#[test]
fn a_change_of_language_rewrites_what_is_on_screen() {
    run_child_in(
        Lang::Zh,
        "i18n::child_language_switch_rewrites_notes_errors_and_status",
    );
}

/// In Chinese: a file with a note loads, a second file fails on a cell; then Japanese, then
/// English, and each time the note, the error, the status line and the charts' note are on
/// screen in the new language and no longer in the old one (made before the switch).
#[test]
#[ignore = "the child process of a_change_of_language_rewrites_what_is_on_screen"]
fn child_language_switch_rewrites_notes_errors_and_status() {
    use egui_kittest::kittest::Queryable;
    use roi_lens::app::Command;

    assert_eq!(crate::app::test_lang(), Lang::Zh, "run by its parent test");
    let dir = tempfile::tempdir().expect("temp dir");
    // 22 channels (the charts draw the 20 with the most spend and say so), the last row short.
    let mut csv = String::from("date,channel,spend,revenue\n");
    for c in 1..=22 {
        csv.push_str(&format!("2024-09-01,C{c:02},{},20\n", 10 + c));
    }
    csv.push_str("2024-09-02,C01,5\n");
    let ragged = write(dir.path(), "ragged.csv", csv.as_bytes());
    let bad = write_bad_spend(dir.path());
    let mut h = crate::app::harness(vec![ragged.clone()]);
    crate::app::settle(&mut h);
    assert_eq!(h.state().error, None);
    h.state_mut().push(Command::Open(vec![ragged, bad]));
    crate::app::settle(&mut h);
    // What each language says: the note on the ragged file (still loaded), the error on the
    // bad cell, the status line of the load, the charts' note on the channels left out.
    let on_screen = |lang: Lang| -> [&'static str; 4] {
        match lang {
            Lang::Zh => [
                "1 行的字段比表头少（行号：24）",
                "第 8 行，列“spend”",
                "已从 1 个文件载入 23 行",
                "图表只显示花费最多的 20 个渠道（共 22 个渠道）",
            ],
            Lang::Ja => [
                "1 行のフィールドが見出しより少ないため",
                "8 行目、列「spend」",
                "1 件のファイルから 23 行を読み込みました",
                "上位 20 チャネル（全 22 チャネル）",
            ],
            Lang::En => [
                "1 row has fewer fields than the header: line 24",
                "line 8, column \"spend\"",
                "Loaded 23 rows from 1 file",
                "The 20 channels with the most spend of 22",
            ],
        }
    };
    let shows = |h: &egui_kittest::Harness<'static, roi_lens::app::RoiLensApp>, text: &str| {
        h.query_all_by_label_contains(text).next().is_some()
    };
    for text in on_screen(Lang::Zh) {
        assert!(shows(&h, text), "zh: `{text}` on screen");
    }
    let mut before = Lang::Zh;
    for lang in [Lang::Ja, Lang::En] {
        h.state_mut().push(Command::SetLanguage(lang));
        crate::app::settle(&mut h);
        for text in on_screen(lang) {
            assert!(shows(&h, text), "{lang:?}: `{text}` on screen");
        }
        for text in on_screen(before) {
            assert!(!shows(&h, text), "{lang:?}: `{text}` is gone");
        }
        before = lang;
    }
}

/// Message keys whose text the child expects on the dashboard.
const LABELS: [&str; 8] = [
    "menu-file",
    "menu-view",
    "panel-files-heading",
    "panel-files-open",
    "view-scatter-title",
    "view-table-title",
    "panel-filters-heading",
    "view-roi-title",
];

// The command line in the language asked for (`--lang`).

#[test]
fn summary_table_speaks_the_language_asked_and_csv_does_not_change() {
    let file = "sample_data/campaigns_en.csv";
    let out = roi_lens(&["summary", file, "--lang", "zh"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let table = String::from_utf8_lossy(&out.stdout);
    let header = table.lines().next().expect("a header line");
    for word in ["渠道", "花费", "收入", "点击率", "ROI"] {
        assert!(header.contains(word), "`{word}` missing from: {header}");
    }
    assert!(!header.contains("spend"), "{header}");
    // The English table keeps its keys as headers.
    let english = roi_lens(&["summary", file]);
    let english = String::from_utf8_lossy(&english.stdout);
    assert!(
        english
            .lines()
            .next()
            .expect("a header")
            .starts_with("channel"),
        "{english}"
    );
    // CSV and JSON keys and numbers never follow the language.
    for format in ["csv", "json"] {
        let plain = roi_lens(&["summary", file, "--format", format]);
        let chinese = roi_lens(&["summary", file, "--format", format, "--lang", "zh"]);
        let japanese = roi_lens(&["summary", file, "--format", format, "--lang", "ja"]);
        assert_eq!(plain.status.code(), Some(0));
        assert!(!plain.stdout.is_empty());
        assert_eq!(plain.stdout, chinese.stdout, "{format} with --lang zh");
        assert_eq!(plain.stdout, japanese.stdout, "{format} with --lang ja");
    }
}

/// The event log's errors in Japanese and Chinese still name the file, the lines, the column
/// and the values.
#[test]
fn event_log_errors_follow_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let events = write(
        dir.path(),
        "events.csv",
        b"uid,event_time\nu1,2024-06-01 10:00\nu2,2024-06-02 10:00\n",
    );
    let channels = write(
        dir.path(),
        "channels.csv",
        "uid,渠道\nu1,抖音\nu2,快手\nu1,快手\n".as_bytes(),
    );
    let events = events.to_str().expect("utf-8 path");
    let channels = channels.to_str().expect("utf-8 path");
    fails_with(
        &["cohorts", events, "--channels", channels, "--lang", "ja"],
        &[
            "channels.csv",
            "4 行目",
            "「渠道」",
            "「快手」",
            "ユーザー「u1」",
            "2 行目で「抖音」",
        ],
    );
    fails_with(
        &[
            "cohorts",
            events,
            "--event-column",
            "user=member_no",
            "--lang",
            "zh",
        ],
        &["events.csv", "用户列被设为“member_no”", "uid, event_time"],
    );
}

#[test]
fn errors_and_notes_follow_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_bad_spend(dir.path());
    let p = path.to_str().expect("utf-8 path");
    fails_with(
        &["summary", p, "--lang", "ja"],
        &[
            "bad_spend.csv",
            "8 行目",
            "「spend」",
            "「abc」",
            "数値",
            "読み取れません",
        ],
    );
    fails_with(
        &["summary", p, "--lang", "zh"],
        &["bad_spend.csv", "第 8 行", "“abc”", "数字"],
    );
    // A file with no spend column: the field named in Japanese, the headers as found.
    let no_spend = write(
        dir.path(),
        "no_spend.csv",
        b"date,channel,clicks\n2024-03-01,A,1\n",
    );
    fails_with(
        &[
            "summary",
            no_spend.to_str().expect("utf-8 path"),
            "--lang",
            "ja",
        ],
        &["no_spend.csv", "広告費の列が見つかりません", "\"clicks\""],
    );
    // A grouping the files cannot give (a metrics error, not a loading one).
    let no_campaign = no_spend.with_file_name("no_campaign.csv");
    std::fs::write(&no_campaign, b"date,channel,spend\n2024-03-01,A,1\n").expect("write");
    let no_campaign = no_campaign.to_str().expect("utf-8 path");
    fails_with(
        &["summary", no_campaign, "--by", "campaign", "--lang", "ja"],
        &["キャンペーンごとに集計するにはキャンペーンの列が必要"],
    );
    fails_with(
        &["summary", no_campaign, "--by", "campaign", "--lang", "zh"],
        &["按广告计划分组需要广告计划列"],
    );
    // Notes on stderr too, with the same baseline and statistics.
    let out = roi_lens(&[
        "summary",
        "sample_data/campaigns_en.csv",
        "--baseline",
        "--lang",
        "zh",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("基准："), "{stderr}");
    assert!(stderr.contains("Holm 校正"), "{stderr}");
}

/// A file's notes: in the language asked for in `inspect`'s report, in English in its JSON.
#[test]
fn notes_follow_the_language_but_inspect_json_does_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ragged = write(
        dir.path(),
        "ragged.csv",
        b"date,channel,spend,revenue\n2024-09-01,A,10,20\n2024-09-02,A,5\n",
    );
    let ragged = ragged.to_str().expect("utf-8 path");
    let out = roi_lens(&["inspect", ragged, "--lang", "zh"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("1 行的字段比表头少（行号：3），缺少的值按空值处理"),
        "{text}"
    );
    assert!(!text.contains("fewer fields"), "{text}");
    let out = roi_lens(&["inspect", ragged, "--lang", "ja"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("（行：3）"), "{text}");
    // Strict: the error carries the note in the language.
    fails_with(
        &["summary", ragged, "--strict", "--lang", "zh"],
        &["ragged.csv", "1 行的字段比表头少（行号：3）"],
    );
    let plain = roi_lens(&["inspect", ragged, "--json"]);
    assert_eq!(plain.status.code(), Some(0), "{plain:?}");
    assert!(
        String::from_utf8_lossy(&plain.stdout).contains(
            "1 row has fewer fields than the header: line 3 — its missing values are empty"
        ),
    );
    for lang in ["zh", "ja"] {
        let other = roi_lens(&["inspect", ragged, "--json", "--lang", lang]);
        assert_eq!(plain.stdout, other.stdout, "inspect --json --lang {lang}");
    }
}

/// `--help` in the language asked for: the subcommands' abouts and the arguments' help (clap's
/// own words stay English); English is the doc comments. The parsers' messages follow too.
#[test]
fn help_and_argument_errors_speak_the_language_asked() {
    let help = |args: &[&str]| {
        let out = roi_lens(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let zh = help(&["--help", "--lang", "zh"]);
    for words in [
        "哪个渠道真正赚钱",
        "按组汇总的合计",
        "在桌面应用中打开这个工作区",
    ] {
        assert!(zh.contains(words), "`{words}` in:\n{zh}");
    }
    assert!(
        zh.contains("Usage:") && !zh.contains("Open this workspace"),
        "{zh}"
    );
    let ja = help(&["plan", "--help", "--lang", "ja"]);
    for words in [
        "1 日の予算プラン",
        "配分する 1 日の総予算",
        "含める最初の日",
    ] {
        assert!(ja.contains(words), "`{words}` in:\n{ja}");
    }
    let en = help(&["plan", "--help"]);
    assert!(
        en.contains("Total daily budget to split") && en.contains("First day included"),
        "{en}"
    );
    fails_with(
        &["summary", "x.csv", "--from", "2024-13-45", "--lang", "zh"],
        &["`2024-13-45` 不是日期"],
    );
    fails_with(
        &["cohorts", "e.csv", "--tz", "8", "--lang", "ja"],
        &["UTC からの時差", "`8`"],
    );
}
