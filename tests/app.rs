//! The desktop app driven like a person with egui_kittest: open files by path, read the KPI
//! table, change a filter, remap a column, hit a bad file. Expected numbers come from an
//! independent calculation (tests/support/hand_check.py's approach, stdlib Python).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use roi_lens::app::{Command, Prefs, RoiLensApp};
use roi_lens::data::Field;

pub(crate) fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sample_data")
        .join(name)
}

/// The environment variable naming the language a child test process drives the app in
/// (see `i18n.rs`); tests in this process run in English, whatever the system's language.
pub(crate) const TEST_LANG: &str = "ROI_LENS_TEST_LANG";

/// The language this test process drives the app in: English, or the child's.
pub(crate) fn test_lang() -> roi_lens::i18n::Lang {
    std::env::var(TEST_LANG)
        .ok()
        .and_then(|l| roi_lens::i18n::Lang::from_locale(&l))
        .unwrap_or_default()
}

pub(crate) fn harness(files: Vec<PathBuf>) -> Harness<'static, RoiLensApp> {
    let lang = test_lang();
    Harness::builder()
        .with_size([1500.0, 1000.0])
        .build_eframe(move |cc| {
            let prefs = Prefs {
                lang: Some(lang),
                ..Prefs::default()
            };
            RoiLensApp::new(&cc.egui_ctx, prefs, files).expect("start the app")
        })
}

/// The error line as the user reads it, if one is shown.
pub(crate) fn shown_error(h: &Harness<'static, RoiLensApp>) -> Option<String> {
    h.state().error.as_ref().map(ToString::to_string)
}

/// Steps the app until the worker is done (the UI keeps running meanwhile).
pub(crate) fn settle(h: &mut Harness<'static, RoiLensApp>) {
    let started = Instant::now();
    loop {
        h.step();
        if !h.state().is_busy() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the worker never finished"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(4);
}

fn shows_roi(h: &Harness<'static, RoiLensApp>) -> bool {
    h.state()
        .dashboard
        .as_ref()
        .is_some_and(|d| d.by_group.metrics.contains(&roi_lens::metrics::Metric::Roi))
}

/// Saves the analysis as a workspace at `file` (File → Save as…), without a note.
pub(crate) fn save_as(h: &mut Harness<'static, RoiLensApp>, file: &std::path::Path) {
    h.state_mut().push(roi_lens::app::Command::Export {
        kind: roi_lens::app::ExportKind::Workspace {
            note: String::new(),
            then: None,
        },
        path: file.to_path_buf(),
    });
    settle(h);
    assert_eq!(h.state().error, None);
}

pub(crate) fn has_label(h: &Harness<'static, RoiLensApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn total_row_has(h: &Harness<'static, RoiLensApp>, value: &str) -> bool {
    has_label(h, value)
}

#[test]
fn sample_files_show_every_channel_and_the_right_totals() {
    let mut h = harness(vec![
        sample("campaigns_en.csv"),
        sample("tencent_ads_gbk.csv"),
        sample("ocean_engine_utf8bom.csv"),
    ]);
    settle(&mut h);
    assert_eq!(h.state().error, None);
    for channel in [
        "WeChat Moments",
        "Video Accounts",
        "Douyin",
        "朋友圈",
        "视频号",
        "抖音",
    ] {
        assert!(has_label(&h, channel), "{channel} is not shown");
    }
    // Total spend of the three files, by hand: 3,819,122.82.
    assert!(total_row_has(&h, "3,819,122.82"), "total spend");
    // The overall ROI is the ratio of the summed revenue to the summed spend of every
    // channel of the three files (hand-checked sums), not a mean of the channels' ROIs.
    let sum = |key: &str| -> f64 {
        [expected::ENGLISH, expected::TENCENT, expected::OCEAN]
            .iter()
            .flat_map(|file| file.iter())
            .map(|(_, values)| {
                values
                    .iter()
                    .find(|(k, _)| *k == key)
                    .and_then(|(_, v)| *v)
                    .expect(key)
            })
            .sum()
    };
    let hand_roi = sum("revenue") / sum("spend");
    let shown = h.state().shown().expect("a dashboard");
    let table = shown.kpi_table(h.state().table_sort);
    let total = table.rows.len() - 1;
    let roi = table
        .number(
            total,
            roi_lens::report::ReportColumn::Metric(roi_lens::metrics::Metric::Roi),
        )
        .expect("an overall ROI");
    assert!(
        (roi - hand_roi).abs() < 1e-9,
        "overall ROI {roi} vs {hand_roi}"
    );
    // And that is what the table's Total row shows.
    assert_eq!(format!("{hand_roi:.2}"), "1.96");
    assert!(total_row_has(&h, "1.96"), "overall ROI on screen");
}

use crate::support::expected;

#[test]
fn a_quick_date_range_changes_the_numbers() {
    let mut h = harness(vec![
        sample("campaigns_en.csv"),
        sample("tencent_ads_gbk.csv"),
        sample("ocean_engine_utf8bom.csv"),
    ]);
    settle(&mut h);
    h.get_by_label("Last 7 days").click();
    settle(&mut h);
    // 2024-10-15 … 2024-10-21: only the Ocean Engine file has days there.
    assert!(
        total_row_has(&h, "54,829.82"),
        "total spend of the last 7 days"
    );
    assert!(
        total_row_has(&h, "38,568.77"),
        "抖音 spend of the last 7 days"
    );
    assert!(!total_row_has(&h, "3,819,122.82"), "the old total is gone");
}

#[test]
fn unticking_a_channel_removes_it_from_the_table() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    assert!(total_row_has(&h, "971,377.90"), "Douyin spend");
    // The sidebar's checkbox comes first; the plot legends have "Douyin" entries too.
    h.get_all_by_role_and_label(Role::CheckBox, "Douyin")
        .next()
        .expect("a Douyin checkbox")
        .click();
    settle(&mut h);
    assert_eq!(
        h.state().view.filters.channels.len(),
        5,
        "five channels remain selected"
    );
    assert!(!total_row_has(&h, "971,377.90"), "Douyin is filtered out");
}

#[test]
fn remapping_a_column_recomputes() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    assert!(shows_roi(&h));
    // Ignore the revenue column, as a user would from the mapping panel.
    let source = sample("campaigns_en.csv");
    h.state_mut().push(Command::SetMapping {
        source: source.clone(),
        field: Field::Revenue,
        header: None,
    });
    settle(&mut h);
    assert!(!shows_roi(&h));
    assert!(has_label(&h, "No revenue column: ROI cannot be computed."));
    // And back: take revenue from the "Revenue" header again.
    h.state_mut().push(Command::SetMapping {
        source,
        field: Field::Revenue,
        header: Some("Revenue".to_owned()),
    });
    settle(&mut h);
    assert!(shows_roi(&h));
}

#[test]
fn a_bad_file_shows_its_error_and_keeps_the_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("broken.csv");
    std::fs::write(
        &bad,
        "date,channel,spend\n2024-03-01,A,1\n2024-03-02,A,abc\n",
    )
    .expect("write");
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.state_mut().path_input = bad.display().to_string();
    h.run_steps(2);
    h.get_by_label("Open path").click();
    settle(&mut h);
    let error = shown_error(&h).expect("an error is shown");
    assert!(
        error.contains("broken.csv") && error.contains("line 3") && error.contains("abc"),
        "{error}"
    );
    assert!(
        h.query_all_by_label_contains("line 3").next().is_some(),
        "the error is on screen"
    );
    // The previous analysis is still there.
    assert!(has_label(&h, "WeChat Moments"));
    assert_eq!(h.state().sources, vec![sample("campaigns_en.csv")]);
    h.get_by_label("Dismiss").click();
    h.run_steps(2);
    assert_eq!(h.state().error, None);
}

#[test]
fn hiding_a_channel_in_one_legend_hides_it_everywhere() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    // The first "Douyin" checkbox is the sidebar filter; the others are chart legends.
    let legends = h
        .get_all_by_role_and_label(Role::CheckBox, "Douyin")
        .count();
    assert!(
        legends >= 3,
        "Douyin appears in the chart legends ({legends})"
    );
    h.get_all_by_role_and_label(Role::CheckBox, "Douyin")
        .nth(1)
        .expect("a legend entry")
        .click();
    settle(&mut h);
    let hidden: Vec<String> = h.state().hidden.iter().cloned().collect();
    assert_eq!(hidden, ["Douyin"]);
    // Still selected in the filter (hiding is not filtering), so the table keeps its row.
    assert!(h.state().view.filters.channels.is_empty());
    assert!(has_label(&h, "971,377.90"));
}

#[test]
fn remapping_through_the_mapping_panel() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    // The combo box of the "revenue" row of the mapping panel, scrolled into sight as a
    // person would.
    h.get_by_role_and_label(Role::ComboBox, "revenue")
        .scroll_to_me();
    h.run_steps(3);
    h.get_by_role_and_label(Role::ComboBox, "revenue").click();
    h.run_steps(3);
    h.get_all_by_label("(not used)")
        .last()
        .expect("the (not used) choice")
        .click();
    settle(&mut h);
    let source = sample("campaigns_en.csv");
    let overrides = h.state().load_options.per_source.get(&source).cloned();
    assert_eq!(
        overrides.and_then(|o| o.fields.get(&Field::Revenue).cloned()),
        Some(None),
        "revenue is ignored for this file"
    );
    assert!(has_label(&h, "No revenue column: ROI cannot be computed."));
}

#[test]
fn japanese_names_and_a_single_channel_render() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("yahoo_jp.csv");
    std::fs::write(
        &path,
        "日付,媒体,キャンペーン名,費用,表示回数,クリック数,コンバージョン数,売上\n\
         2024-05-01,ヤフー広告,ゴールデンウィーク特集,1000,20000,300,9,2700\n\
         2024-05-02,ヤフー広告,ゴールデンウィーク特集,1500,25000,350,10,2600\n",
    )
    .expect("write");
    // Japanese headers are recognised (日付, 媒体, キャンペーン名, 費用, 表示回数, クリック数,
    // コンバージョン数, 売上): the file opens as it is.
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.state_mut().push(Command::Open(vec![path.clone()]));
    settle(&mut h);
    assert_eq!(h.state().error, None);
    let data = h.state().dashboard.clone().expect("a dashboard");
    let groups: Vec<&str> = data.groups.iter().map(|(g, _)| g.as_str()).collect();
    assert_eq!(groups, ["ヤフー広告"]);
    assert_eq!(h.state().sources, vec![path.clone()]);
    // Mapping by hand still works: spend from the sales column, then back.
    h.get_by_role_and_label(Role::ComboBox, "spend").click();
    h.run_steps(3);
    h.get_by_label("売上").click();
    settle(&mut h);
    assert!(has_label(&h, "5,300.00"), "spend from 売上: 2,700 + 2,600");
    h.get_by_role_and_label(Role::ComboBox, "spend").click();
    h.run_steps(3);
    h.get_by_label("費用").click();
    settle(&mut h);
    // The missing-glyph check of the harness would panic on any name the fonts cannot draw.
    assert!(has_label(&h, "ヤフー広告"));
    assert!(has_label(&h, "ゴールデンウィーク特集"));
    // ROI = (2700 + 2600) / (1000 + 1500).
    assert!(has_label(&h, "2.12"));
}

#[test]
fn cancel_keeps_the_last_result_and_its_filters() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    let before = h.state().dashboard.clone().expect("dashboard");
    let mut view = h.state().view.clone();
    view.filters.channels = vec!["Douyin".to_owned()];
    h.state_mut().push(Command::SetView(view));
    h.state_mut().push(Command::Cancel);
    settle(&mut h);
    let after = h.state().dashboard.clone().expect("dashboard");
    assert!(
        std::sync::Arc::ptr_eq(&before, &after),
        "the last result stays"
    );
    assert_eq!(
        h.state().view.query(),
        after.query,
        "the filters show what the charts show"
    );
    assert!(h.state().view.filters.channels.is_empty());
    assert!(has_label(&h, "WeChat Moments"));
}

use crate::support::pictures;

#[test]
fn exports_from_the_app_png_csv_and_clipboard() {
    use roi_lens::app::ExportKind;
    use roi_lens::export::{ImageSpec, Picture};

    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    // Hide one channel the way a user does (the legend); the picture leaves it out.
    let hidden = "Kuaishou".to_owned();
    h.state_mut()
        .push(Command::SetHidden([hidden.clone()].into_iter().collect()));
    settle(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("dashboard.png");
    h.state_mut().push(Command::Export {
        kind: ExportKind::Png {
            picture: Picture::Dashboard,
            spec: ImageSpec {
                width: 900,
                height: 560,
                scale: 2,
                dark: false,
            },
        },
        path: png.clone(),
    });
    settle(&mut h);
    assert_eq!(h.state().error, None);
    assert!(
        h.state().status.to_string().starts_with("Saved"),
        "{}",
        h.state().status
    );
    let image = pictures::open_png(&png);
    assert_eq!((image.width(), image.height()), (1800, 1120));
    pictures::assert_not_blank(&image);
    let data = h.state().dashboard.clone().expect("a dashboard");
    let shown: Vec<_> = data
        .groups
        .iter()
        .filter(|(g, _)| *g != hidden)
        .cloned()
        .collect();
    pictures::assert_colours_present(&image, &shown, 40);

    // The KPI table as CSV, sorted as on screen (by name here), with the totals row.
    let csv = dir.path().join("kpi.csv");
    h.state_mut().push(Command::Export {
        kind: ExportKind::TableCsv,
        path: csv.clone(),
    });
    settle(&mut h);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}channel,spend,"), "{text}");
    assert!(text.contains("\nDouyin,971377.9,"), "{text}");
    assert!(text.contains("\nTotal,3441256.38,"), "{text}");

    // Copy: tab-separated text on the clipboard.
    h.state_mut().push(Command::CopyTable);
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("text copied");
    assert!(copied.starts_with("channel\tspend\t"), "{copied}");
    assert!(copied.contains("\nDouyin\t971377.9\t"), "{copied}");
}

#[test]
fn the_export_window_saves_to_a_typed_path_and_cancels() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.get_all_by_label("PNG…")
        .next()
        .expect("an export button on the cards")
        .click();
    h.run_steps(4);
    assert!(has_label(&h, "Export PNG"), "the window is open");
    assert!(has_label(&h, "The PNG will be 3200 × 1800 pixels."));
    // The suggested file says what and when.
    let suggested = h.state().export_dialog.as_ref().unwrap().path.clone();
    assert!(
        suggested.ends_with("roi-2024-07-01_2024-09-30.png"),
        "{suggested}"
    );
    h.get_by_label("1×").click();
    h.run_steps(4);
    assert!(has_label(&h, "The PNG will be 1600 × 900 pixels."));
    // Where no file-chooser service exists, the path is typed.
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("typed.png");
    h.state_mut().export_dialog.as_mut().unwrap().path = png.display().to_string();
    h.run_steps(2);
    h.get_by_label("Save").click();
    settle(&mut h);
    assert!(h.state().export_dialog.is_none(), "Save closes the window");
    let image = pictures::open_png(&png);
    assert_eq!((image.width(), image.height()), (1600, 900));
    assert_eq!(
        h.state().prefs.image_spec.scale,
        1,
        "the choice is remembered"
    );

    // The table's CSV goes through the same window; Cancel closes it without writing.
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export KPI table as CSV…").click();
    h.run_steps(4);
    assert!(has_label(&h, "Export KPI table as CSV"));
    h.get_by_label("Cancel").click();
    h.run_steps(4);
    assert!(h.state().export_dialog.is_none());
    assert!(!has_label(&h, "Export KPI table as CSV"));
}

#[test]
fn statistics_compare_channels_and_periods_and_switch_off() {
    use roi_lens::metrics::Metric;
    use roi_lens::stats::Direction;
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    // On by default: ± columns, markers against the most-spending channel.
    assert!(has_label(&h, "±"), "a ± column");
    assert_eq!(
        h.get_by_role_and_label(Role::ComboBox, "Compare with")
            .value()
            .as_deref(),
        Some("most spend (Douyin)")
    );
    assert!(has_label(&h, "baseline"), "the baseline is marked");

    // Kuaishou as the baseline: its twin Xiaohongshu is not distinguishable, Video Accounts is
    // significantly higher (the planted pairs of the sample data).
    h.get_by_role_and_label(Role::ComboBox, "Compare with")
        .click();
    h.run_steps(3);
    // The list's entries are buttons (the channel filter and legends have check boxes).
    h.get_by_role_and_label(Role::Button, "Kuaishou").click();
    settle(&mut h);
    assert_eq!(h.state().view.stats.baseline.as_deref(), Some("Kuaishou"));
    {
        let shown = h.state().shown().expect("a dashboard");
        let row = |name: &str| shown.data.group_index(name).expect("a row");
        for metric in [Metric::Roi, Metric::Ctr, Metric::Cvr] {
            let v = shown.verdict(metric, row("Xiaohongshu")).expect("compared");
            assert_eq!(v.direction, Direction::Same, "{metric:?}");
        }
        let roi = shown
            .verdict(Metric::Roi, row("Video Accounts"))
            .expect("compared");
        assert_eq!(roi.direction, Direction::Higher);
        assert_eq!(shown.baseline(), Some(row("Kuaishou")));
    }
    assert!(has_label(&h, "≈"), "a not-distinguishable marker");

    // Period over period on the last 30 days: Douyin spent 301,633.71 in September against
    // 306,648.36 from 2024-08-02 to 08-31 (summed by hand from the CSV): −5,014.65, −1.6 %.
    h.get_by_label("Last 30 days").click();
    settle(&mut h);
    h.get_by_role_and_label(Role::CheckBox, "Compare periods")
        .click();
    settle(&mut h);
    assert!(has_label(
        &h,
        "2024-09-01 – 2024-09-30 against 2024-08-02 – 2024-08-31"
    ));
    assert!(has_label(&h, "Δ %"));
    assert!(has_label(&h, "-5,014.65"), "Douyin's spend change");
    assert!(has_label(&h, "-1.6%"), "Douyin's spend change in percent");
    // The CSV of the table carries the same statistics.
    let csv = h
        .state()
        .shown()
        .expect("a dashboard")
        .kpi_table(h.state().table_sort)
        .report
        .to_csv(false);
    let header = csv.lines().next().expect("a header");
    for column in [
        "roi_lo",
        "roi_hi",
        "roi_vs_baseline",
        "roi_p",
        "spend_prev",
        "spend_change_pct",
    ] {
        assert!(
            header.split(',').any(|c| c == column),
            "{column} in {header}"
        );
    }

    // Everything off: a clean table for a slide, and nothing recomputed for it.
    let jobs = h.state().jobs;
    h.get_by_role_and_label(Role::CheckBox, "95 % intervals")
        .click();
    h.get_by_role_and_label(Role::CheckBox, "Compare with")
        .click();
    h.get_by_role_and_label(Role::CheckBox, "Compare periods")
        .click();
    settle(&mut h);
    assert!(!has_label(&h, "±"));
    assert!(!has_label(&h, "Δ %"));
    assert!(!has_label(&h, "≈") && !has_label(&h, "baseline"));
    let shown = h.state().shown().expect("a dashboard");
    let table = shown.kpi_table(h.state().table_sort);
    assert_eq!(
        table.report.columns.len(),
        1 + shown.data.by_group.metrics.len()
    );
    assert_eq!(
        h.state().jobs,
        jobs,
        "switching statistics off computes nothing"
    );
    // And back on: what was computed is still there, so nothing is computed again.
    h.get_by_role_and_label(Role::CheckBox, "95 % intervals")
        .click();
    settle(&mut h);
    assert!(has_label(&h, "±"), "the ± column is back");
    assert_eq!(
        h.state().jobs,
        jobs,
        "switching intervals back on computes nothing"
    );
}

/// A fifo the loader blocks on until the test writes to it: a load that is certainly still
/// under way when Cancel is clicked.
fn blocking_export(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("slow.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo");
    path
}

#[test]
fn cancelling_an_open_forgets_its_purpose_and_a_later_reload_keeps_the_workspace() {
    use roi_lens::app::{ExportKind, PendingWork, Purpose};
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("week.roilens");
    h.state_mut().push(Command::Export {
        kind: ExportKind::Workspace {
            note: "keep me".into(),
            then: None,
        },
        path: saved.clone(),
    });
    settle(&mut h);
    assert!(h.state().workspace_path.is_some());
    assert!(!h.state().is_dirty());

    // Open other files (a new analysis), and cancel while they load.
    let slow = blocking_export(dir.path());
    h.state_mut().push(Command::Open(vec![slow.clone()]));
    h.run_steps(2);
    assert!(matches!(
        h.state().pending.as_ref().map(|p| &p.what),
        Some(PendingWork::Loading {
            purpose: Purpose::NewAnalysis,
            ..
        })
    ));
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.run_steps(2);
    assert!(h.state().pending.is_none(), "cancelled");
    // Let the abandoned load finish; its result is ignored.
    std::fs::write(&slow, "date,channel,spend\n2024-09-01,X,1\n").expect("feed the fifo");
    settle(&mut h);
    assert_eq!(h.state().sources, vec![sample("campaigns_en.csv")]);

    // An ordinary reload (a mapping change, through the same command the mapping panel
    // sends) is not a new analysis: the workspace, its note and colours stay, and the change
    // shows as unsaved.
    let colors = h.state().colors.clone();
    h.state_mut().push(Command::SetMapping {
        source: sample("campaigns_en.csv"),
        field: Field::Revenue,
        header: None,
    });
    settle(&mut h);
    assert_eq!(h.state().error, None);
    assert_eq!(
        h.state().workspace_path.as_deref(),
        Some(saved.canonicalize().unwrap().as_path())
    );
    assert_eq!(h.state().note, "keep me");
    assert_eq!(h.state().colors, colors);
    assert!(h.state().is_dirty(), "the mapping change is unsaved");
    assert!(h.state().window_title().starts_with('*'));
}

#[test]
fn presentation_switches_recompute_nothing() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    let jobs = h.state().jobs;
    assert_eq!(jobs.loads, 1);
    // The trend's metric, through its combo box.
    h.get_by_role_and_label(Role::ComboBox, "Metric").click();
    h.run_steps(2);
    h.get_all_by_role_and_label(Role::Button, "ROI (revenue ÷ spend)")
        .next()
        .expect("ROI in the trend's list")
        .click();
    settle(&mut h);
    assert_eq!(h.state().view.trend_metric, roi_lens::metrics::Metric::Roi);
    // The theme.
    h.state_mut().push(Command::SetDarkMode(true));
    settle(&mut h);
    assert_eq!(h.state().jobs, jobs, "no load, chart or statistics job");
    // A filter does recompute: the counter can tell.
    let mut view = h.state().view.clone();
    view.filters.channels = vec!["Douyin".to_owned()];
    h.state_mut().push(Command::SetView(view));
    settle(&mut h);
    assert_eq!(h.state().jobs.charts, jobs.charts + 1);
}

use crate::support::workspaces;

#[test]
fn a_workspace_with_a_period_outside_the_calendar_gets_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = workspaces::from_long_ago(dir.path(), sample("campaigns_en.csv"));
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.state_mut().push(Command::OpenWorkspace(path));
    settle(&mut h);
    let error = shown_error(&h).expect("a message");
    assert!(error.contains("-200000-01-01"), "{error}");
    assert!(!error.contains("internal error"), "{error}");
    // The charts of the workspace are on screen; only the comparison could not be made.
    assert!(h.state().dashboard.is_some());
    assert!(has_label(&h, "Douyin"));
}

/// Steps until the plan (curves and plan, not necessarily intervals) is on screen.
pub(crate) fn settle_plan(h: &mut Harness<'static, RoiLensApp>) {
    settle(h);
    let started = Instant::now();
    while h.state().plan.is_none() {
        h.step();
        assert!(started.elapsed() < Duration::from_secs(120), "no plan");
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(3);
}

#[test]
fn the_budget_plan_view_replans_without_refitting_and_is_saved() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle_plan(&mut h);
    assert!(has_label(&h, "Budget plan by channel"));
    assert!(has_label(&h, "held: no curve ↓"));
    assert!(
        h.query_all_by_label_contains("WeChat Moments: held at today's spend: spend never varied")
            .next()
            .is_some()
    );
    let before = h.state().plan.clone().expect("a plan");
    let jobs = h.state().jobs;
    // A budget and a lock, as the view's controls send them.
    let mut settings = h.state().planner.clone();
    settings.budget = Some(40_000.0);
    settings.locked.insert("Douyin".to_owned());
    h.state_mut().push(Command::SetPlanner(settings.clone()));
    settle(&mut h);
    let started = Instant::now();
    while h
        .state()
        .plan
        .as_ref()
        .is_some_and(|p| p.settings != settings)
    {
        h.step();
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "never re-planned"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let after = h.state().plan.clone().expect("a plan");
    assert!(
        std::sync::Arc::ptr_eq(&before.curves, &after.curves),
        "no refit"
    );
    assert_eq!(h.state().jobs.plans, jobs.plans + 1);
    assert_eq!(h.state().jobs.charts, jobs.charts);
    let planned: f64 = after.plan.rows.iter().map(|r| r.spend_plan).sum();
    assert!((planned - 40_000.0).abs() < 1e-6, "{planned}");
    let douyin = after
        .curves
        .groups
        .iter()
        .position(|g| g.name == "Douyin")
        .expect("Douyin");
    assert_eq!(
        after.plan.rows[douyin].spend_plan,
        after.plan.rows[douyin].spend_now
    );
    // Saved in the workspace and back.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.roilens");
    h.state_mut().push(Command::Export {
        kind: roi_lens::app::ExportKind::Workspace {
            note: String::new(),
            then: None,
        },
        path: path.clone(),
    });
    settle(&mut h);
    let reopened = roi_lens::workspace::open(&path).unwrap();
    assert_eq!(reopened.workspace.planner, settings);
}

#[test]
fn a_workspace_whose_load_fails_takes_over_only_once_it_loads() {
    let dir = tempfile::tempdir().unwrap();
    // A workspace over a file with no spend column, with a note of its own.
    let bad = dir.path().join("nospend.csv");
    std::fs::write(&bad, "date,channel,cost_in_cents\n2024-09-01,Douyin,100\n").unwrap();
    let ws = roi_lens::workspace::Workspace {
        sources: vec![roi_lens::workspace::Source {
            path: bad.clone(),
            mapping: Default::default(),
            event_log: false,
        }],
        note: "the other analysis".into(),
        ..Default::default()
    };
    let other = dir.path().join("other.roilens");
    roi_lens::workspace::save(&ws, &other).unwrap();
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    let mine = dir.path().join("mine.roilens");
    h.state_mut().push(Command::Export {
        kind: roi_lens::app::ExportKind::Workspace {
            note: "mine".into(),
            then: None,
        },
        path: mine.clone(),
    });
    settle(&mut h);
    h.state_mut().push(Command::OpenWorkspace(other.clone()));
    settle(&mut h);
    // The load failed: the analysis on screen is still mine, under my workspace's name.
    assert!(shown_error(&h).is_some_and(|e| e.contains("nospend.csv")));
    assert_eq!(h.state().note, "mine");
    assert_eq!(
        h.state().workspace_path.as_deref(),
        Some(mine.canonicalize().unwrap().as_path())
    );
    assert!(!h.state().is_dirty());
    // Mapping the missing column retries the same request: the other workspace takes over.
    let failed = h.state().failed_load.clone().expect("a failed load to fix");
    assert!(matches!(
        failed.purpose,
        roi_lens::app::Purpose::OpenWorkspace(_)
    ));
    h.state_mut().push(Command::RetryWithMapping {
        field: Field::Spend,
        header: "cost_in_cents".into(),
    });
    settle(&mut h);
    assert_eq!(h.state().error, None);
    assert_eq!(h.state().note, "the other analysis");
    assert_eq!(
        h.state().workspace_path.as_deref(),
        Some(other.canonicalize().unwrap().as_path())
    );
}

#[test]
fn the_plan_follows_the_rows_and_time_buckets_do_not_refit_it() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle_plan(&mut h);
    let plans = h.state().jobs.plans;
    // Weekly buckets: the same rows, the same curves.
    let mut view = h.state().view.clone();
    view.granularity = roi_lens::metrics::Granularity::Week;
    h.state_mut().push(Command::SetView(view));
    settle(&mut h);
    assert_eq!(
        h.state().jobs.plans,
        plans,
        "no refit for other time buckets"
    );
    assert!(h.state().shown().expect("charts").plan.is_some());
    // Two channels only: the old plan is not shown beside the new charts, a new one comes.
    let mut view = h.state().view.clone();
    view.filters.channels = vec!["Douyin".into(), "Kuaishou".into()];
    h.state_mut().push(Command::SetView(view.clone()));
    settle(&mut h);
    let started = Instant::now();
    loop {
        let shown = h.state().shown().expect("charts");
        if let Some(plan) = shown.plan {
            let names: Vec<&str> = plan.curves.groups.iter().map(|g| g.name.as_str()).collect();
            assert_eq!(names, ["Douyin", "Kuaishou"]);
            assert_eq!(plan.curves.filters, view.filters);
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no plan for the new rows"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(h.state().jobs.plans, plans + 1);
}

#[test]
fn the_channels_panel_merges_names_in_one_click() {
    let mut h = harness(vec![
        sample("campaigns_en.csv"),
        sample("tencent_ads_gbk.csv"),
    ]);
    settle(&mut h);
    let groups = |h: &Harness<'static, RoiLensApp>| -> Vec<String> {
        let data = h.state().dashboard.clone().expect("a dashboard");
        data.groups.iter().map(|(g, _)| g.clone()).collect()
    };
    assert!(groups(&h).contains(&"朋友圈".to_owned()));
    assert!(has_label(
        &h,
        "WeChat Moments and 朋友圈 look like the same channel."
    ));
    h.get_by_label("Merge as WeChat Moments").click();
    settle(&mut h);
    let after = groups(&h);
    assert!(after.contains(&"WeChat Moments".to_owned()), "{after:?}");
    assert!(!after.contains(&"朋友圈".to_owned()), "{after:?}");
    // One bar, whose spend is the sum of both files' (hand-checked) spends.
    let shown = h.state().shown().expect("charts");
    let table = shown.kpi_table(Default::default());
    let row = table
        .rows
        .iter()
        .position(|r| {
            matches!(r, roi_lens::report::RowRef::Group(i)
                if shown.data.groups[*i].0 == "WeChat Moments")
        })
        .expect("a WeChat Moments row");
    let spend = table
        .number(
            row,
            roi_lens::report::ReportColumn::Metric(roi_lens::metrics::Metric::Sum(Field::Spend)),
        )
        .expect("spend");
    let hand = |file: expected::Summary, channel: &str| -> f64 {
        file.iter()
            .find(|(c, _)| *c == channel)
            .and_then(|(_, v)| v.iter().find(|(k, _)| *k == "spend"))
            .and_then(|(_, v)| *v)
            .expect("a hand sum")
    };
    let want = hand(expected::ENGLISH, "WeChat Moments") + hand(expected::TENCENT, "朋友圈");
    assert!((spend - want).abs() < 1e-6, "{spend} vs {want}");
    // The merge is the analysis's: saved in the workspace.
    let ws = h.state().current_workspace();
    assert_eq!(
        ws.channel_names.aliases.get("朋友圈").map(String::as_str),
        Some("WeChat Moments")
    );
}

#[test]
fn single_platform_files_opened_through_the_path_box_are_their_platforms() {
    let dir = tempfile::tempdir().unwrap();
    let meta = dir.path().join("meta_ads.csv");
    std::fs::write(
        &meta,
        "Campaign name,Reporting starts,Amount spent (CNY),Impressions,Link clicks\n\
         Spring,2024-09-01,100.50,20000,300\n",
    )
    .unwrap();
    let ocean = dir.path().join("juliang.csv");
    std::fs::write(
        &ocean,
        "日期,计划名称,消耗（元）,展示数,点击数\n2024/9/1,双十一预热,500.00,30000,400\n",
    )
    .unwrap();
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.state_mut().path_input = format!(
        "{}\n{}\n{}",
        sample("campaigns_en.csv").display(),
        meta.display(),
        ocean.display()
    );
    h.run_steps(2);
    h.get_by_label("Open path").click();
    settle(&mut h);
    assert_eq!(h.state().error, None);
    let data = h.state().dashboard.clone().expect("a dashboard");
    let names: Vec<&str> = data.groups.iter().map(|(g, _)| g.as_str()).collect();
    assert!(
        names.contains(&"Meta") && names.contains(&"Ocean Engine"),
        "{names:?}"
    );
    assert!(has_label(
        &h,
        "no channel column: one channel, Meta (recognised from its headers)"
    ));
}

#[test]
fn a_colour_chosen_for_a_channel_is_used_everywhere_and_saved() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    let jobs = h.state().jobs;
    // The Channels panel's colour button sends this command.
    h.state_mut()
        .push(Command::SetColor("Douyin".into(), [10, 200, 30]));
    settle(&mut h);
    let data = h.state().dashboard.clone().expect("a dashboard");
    assert_eq!(data.color_of("Douyin"), [10, 200, 30]);
    let spend = &data.trend[&roi_lens::metrics::Metric::Sum(Field::Spend)];
    let douyin = spend
        .iter()
        .find(|s| s.name == "Douyin")
        .expect("a Douyin line");
    assert_eq!(douyin.color, [10, 200, 30]);
    assert_eq!(h.state().jobs, jobs, "recolouring computes nothing");
    assert_eq!(
        h.state().current_workspace().colors.get("Douyin"),
        Some(&[10, 200, 30])
    );
}

#[test]
fn a_file_with_a_bad_cell_can_be_loaded_anyway_and_the_workspace_remembers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.csv");
    std::fs::write(
        &path,
        "date,channel,spend,revenue\n2024-09-01,A,100,250\n2024-09-02,A,abc,300\n",
    )
    .unwrap();
    let mut h = harness(vec![path.clone()]);
    settle(&mut h);
    assert!(shown_error(&h).is_some_and(|e| e.contains("\"abc\"")));
    h.get_by_label("Load anyway, with these cells empty")
        .click();
    settle(&mut h);
    assert_eq!(h.state().error, None);
    assert_eq!(h.state().sources, vec![path.clone()]);
    assert!(has_label(
        &h,
        "1 cell could not be read and was left empty: line 3, column \"spend\": \"abc\""
    ));
    let ws = h.state().current_workspace();
    assert!(ws.lenient_files.contains("typo.csv"));
}

/// A workbook with a notes sheet and one sheet per channel, opened through the path box: the
/// chooser lists the sheets, the user unticks one, keeps "each sheet is a channel" and opens;
/// the dashboard shows the chosen sheets as channels with their hand sums.
#[test]
fn a_workbook_with_several_sheets_asks_which_and_opens_them_as_channels() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = workbooks::channel_sheets(
        dir.path(),
        "by_channel.xlsx",
        &[
            ("朋友圈", &[100.0, 200.0]),
            ("抖音", &[300.0, 50.0]),
            ("快手", &[70.0, 30.0]),
        ],
        3.0,
    );

    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.state_mut().path_input = path.display().to_string();
    h.run_steps(2);
    h.get_by_label("Open path").click();
    settle(&mut h);
    assert!(h.state().sheet_chooser.is_some(), "the chooser is open");
    assert!(has_label(&h, "Which sheets?"));
    assert!(has_label(&h, "朋友圈 — 2 rows · date, spend, revenue"));
    // The notes sheet cannot be chosen; untick 快手.
    h.get_by_label("快手 — 2 rows · date, spend, revenue")
        .click();
    h.run_steps(2);
    h.get_by_label("Open").click();
    settle(&mut h);
    assert_eq!(h.state().error, None);
    assert!(h.state().sheet_chooser.is_none());
    let data = h.state().dashboard.clone().expect("a dashboard");
    let names: Vec<&str> = data.groups.iter().map(|(g, _)| g.as_str()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names.contains(&"朋友圈") && names.contains(&"抖音"),
        "{names:?}"
    );
    // Spend 300 + 350 = 650, shown in the total row.
    assert!(has_label(&h, "650.00"), "total spend");
}

/// A dollar file and a yuan file: the app refuses to add them and asks for the rate; with it
/// typed, every dollar amount is converted before the sums, and the workspace keeps the rate.
#[test]
fn files_in_two_currencies_open_once_a_rate_is_given() {
    let dir = tempfile::tempdir().expect("temp dir");
    let meta = dir.path().join("meta_usd.csv");
    std::fs::write(
        &meta,
        "Campaign name,Reporting starts,Amount spent (USD),Purchases conversion value\n\
         Spring,2024-09-01,100.00,250.00\n",
    )
    .expect("write");
    let tencent = dir.path().join("tencent.csv");
    std::fs::write(
        &tencent,
        "日期,广告版位,花费(元),下单金额(元)\n2024-09-01,朋友圈,\"1,000.00\",\"3,000.00\"\n",
    )
    .expect("write");
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.state_mut()
        .push(Command::Open(vec![meta.clone(), tencent.clone()]));
    settle(&mut h);
    let error = shown_error(&h).expect("different currencies");
    assert!(
        error.contains("meta_usd.csv: USD, tencent.csv: CNY"),
        "{error}"
    );
    // In the app the rates are asked for below the message, not with command-line flags.
    assert!(
        error.ends_with("give the rates to convert them below, or open the files separately"),
        "{error}"
    );
    assert!(h.state().need_rates.is_some());
    // Report in CNY; 1 USD = 7.10 CNY.
    h.get_by_role_and_label(Role::ComboBox, "Report in").click();
    h.run_steps(3);
    h.get_by_label("CNY").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "1 USD =").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "1 USD =")
        .type_text("7.10");
    h.run_steps(2);
    h.get_by_label("Convert and open").click();
    settle(&mut h);
    assert_eq!(h.state().error, None);
    let data = h.state().dashboard.clone().expect("a dashboard");
    let names: Vec<&str> = data.groups.iter().map(|(g, _)| g.as_str()).collect();
    assert!(
        names.contains(&"Meta") && names.contains(&"朋友圈"),
        "{names:?}"
    );
    // 100 × 7.10 + 1,000 = 1,710 spent.
    assert!(has_label(&h, "1,710.00"), "total spend in CNY");
    let saved = h
        .state()
        .current_workspace()
        .currencies
        .expect("rates kept");
    assert_eq!(
        (saved.report.as_str(), saved.rate("USD")),
        ("CNY", Some(7.1))
    );
    // The Currencies panel lists each file's currency and edits the rate: 1 USD = 7.00.
    h.get_by_label("Currencies").click();
    h.run_steps(3);
    let rate = h.get_by_role_and_label(Role::TextInput, "1 USD =");
    rate.scroll_to_me();
    rate.click();
    h.run_steps(2);
    // "7.1" is in the box: delete the ".1".
    h.key_press(egui::Key::End);
    h.key_press(egui::Key::Backspace);
    h.key_press(egui::Key::Backspace);
    h.key_press(egui::Key::Backspace);
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "1 USD =")
        .type_text("7");
    h.run_steps(2);
    h.get_by_label("Apply").click();
    settle(&mut h);
    assert!(has_label(&h, "1,700.00"), "100 × 7 + 1,000");
    let saved = h
        .state()
        .current_workspace()
        .currencies
        .expect("rates kept");
    assert_eq!(saved.rate("USD"), Some(7.0));
    // Correcting a file's currency is remembered by file name.
    h.state_mut().push(Command::SetCurrencyOf(
        tencent.clone(),
        Some("CNY".to_owned()),
    ));
    settle(&mut h);
    assert_eq!(
        h.state()
            .current_workspace()
            .currency_of
            .get("tencent.csv")
            .map(String::as_str),
        Some("CNY")
    );
}

use crate::support::workbooks;
