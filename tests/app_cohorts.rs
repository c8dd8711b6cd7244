//! The Cohorts view in the app: an event log opened beside the campaign exports is sorted out
//! of the load, its cohorts computed off the UI thread and shown with the planted truths of
//! the sample (sample_data/README.md); the options recompute, export as CSV and reopen from
//! a workspace.

use egui_kittest::kittest::Queryable;
use roi_lens::app::{Command, ExportKind};
use roi_lens::dashboard::CohortOptions;
use roi_lens::metrics::Granularity;
use roi_lens::views::ViewRef;

use crate::app::{harness, has_label, sample, save_as, settle, shown_error};

fn with_events() -> egui_kittest::Harness<'static, roi_lens::app::RoiLensApp> {
    let mut h = harness(vec![sample("campaigns_en.csv"), sample("events.csv")]);
    settle(&mut h);
    h.state_mut()
        .push(Command::Maximize(Some(ViewRef::cohorts())));
    settle(&mut h);
    h
}

/// The planted truths of the sample on screen: Mini Programs pays back on day 0, Video
/// Accounts on day 7, Douyin not within 30 days.
pub(crate) fn assert_planted_paybacks(
    h: &egui_kittest::Harness<'static, roi_lens::app::RoiLensApp>,
) {
    for part in [
        "Mini Programs day 0",
        "Video Accounts day 7",
        "Douyin not by day 30",
    ] {
        assert!(
            h.query_all_by_label_contains(part).next().is_some(),
            "{part} in the payback line"
        );
    }
}

#[test]
fn an_event_log_beside_the_exports_shows_cohorts_and_the_planted_paybacks() {
    let h = with_events();
    let state = h.state();
    assert_eq!(state.error, None);
    // The event log is not read as an export: the dashboard has the campaign file alone.
    assert_eq!(state.sources, vec![sample("campaigns_en.csv")]);
    assert_eq!(state.cohorts.paths, vec![sample("events.csv")]);
    let data = state.cohorts.data.as_ref().expect("cohorts computed");
    // Every new user of campaigns_en.csv installs once in the sample: 73,520 (its
    // new_users column summed by hand in sample_data/README.md).
    assert!(
        has_label(&h, "Cohorts by week of first event · 73,520 users"),
        "the title"
    );
    assert_eq!(data.channels().len(), 6);
    assert_planted_paybacks(&h);
    // Video Accounts' users come back on day 7 about twice as often as Douyin's.
    let d7 = |channel: &str| {
        data.averages()
            .find(|r| r.group == channel)
            .and_then(|r| r.retention[7])
            .expect("a mature day 7")
    };
    let ratio = d7("Video Accounts") / d7("Douyin");
    assert!((1.7..2.3).contains(&ratio), "D7 ratio {ratio}");
    // The definitions are said on screen.
    assert!(
        h.query_all_by_label_contains("day N: calendar days at +08:00")
            .next()
            .is_some()
    );
}

#[test]
fn cohort_options_recompute_export_as_csv_and_reopen_from_a_workspace() {
    let mut h = with_events();
    let weekly = h.state().cohorts.data.clone().expect("weekly cohorts");
    let options = CohortOptions {
        period: Granularity::Month,
        days: vec![1, 7],
        heatmap_channel: Some("Douyin".to_owned()),
        ..CohortOptions::default()
    };
    h.state_mut().push(Command::SetCohorts(options.clone()));
    settle(&mut h);
    let monthly = h.state().cohorts.data.clone().expect("monthly cohorts");
    assert_eq!(monthly.options, options);
    // July, August, September per channel, and every user in the same number either way.
    let cohorts = |d: &roi_lens::dashboard::CohortData, channel: &str| {
        d.by_channel
            .iter()
            .filter(|r| r.group == channel && r.cohort.is_some())
            .count()
    };
    assert_eq!(cohorts(&monthly, "Douyin"), 3);
    assert_eq!(cohorts(&weekly, "Douyin"), 14);
    let users = |d: &roi_lens::dashboard::CohortData| d.averages().map(|r| r.users).sum::<usize>();
    assert_eq!(users(&monthly), 73_520);
    assert_eq!(users(&weekly), 73_520);
    assert!(has_label(&h, "Retention by cohort · Douyin"));
    // Another channel in the heatmap only picks other rows: nothing is recomputed.
    h.state_mut().push(Command::SetCohorts(CohortOptions {
        heatmap_channel: Some("Kuaishou".to_owned()),
        ..options.clone()
    }));
    h.run_steps(2);
    assert!(
        !h.state().cohorts_busy(),
        "no recomputation for the heatmap"
    );
    assert!(has_label(&h, "Retention by cohort · Kuaishou"));
    let kuaishou = h.state().cohorts.data.clone().expect("cohorts");
    assert_eq!(kuaishou.by_channel, monthly.by_channel);
    h.state_mut().push(Command::SetCohorts(options.clone()));
    h.run_steps(2);
    assert!(!h.state().cohorts_busy());

    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("cohorts.csv");
    h.state_mut().push(Command::Export {
        kind: ExportKind::CohortsCsv,
        path: csv.clone(),
    });
    settle(&mut h);
    assert_eq!(h.state().error, None);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with(
            "\u{feff}channel,cohort,users,retention_d1,retention_d7,retention_d1_low,\
             retention_d1_high,retention_d7_low,retention_d7_high,ltv_d1,ltv_d7,cpi,roas_d1,\
             roas_d7,payback_day\n"
        ),
        "{text}"
    );
    assert!(text.contains("\nDouyin,2024-07-01,"), "{text}");
    assert!(text.contains("\nAll users,all,73520,"), "{text}");

    let file = dir.path().join("cohorts.roilens");
    save_as(&mut h, &file);
    let mut fresh = harness(vec![sample("ocean_engine_utf8bom.csv")]);
    settle(&mut fresh);
    assert!(fresh.state().cohorts.paths.is_empty());
    fresh.state_mut().push(Command::OpenWorkspace(file));
    settle(&mut fresh);
    let state = fresh.state();
    assert_eq!(state.error, None);
    let canonical = |p: &std::path::PathBuf| std::fs::canonicalize(p).expect("exists");
    assert_eq!(
        state
            .cohorts
            .paths
            .iter()
            .map(canonical)
            .collect::<Vec<_>>(),
        vec![canonical(&sample("events.csv"))]
    );
    assert_eq!(state.cohorts.options, options);
    assert_eq!(
        state.cohorts.data.as_deref().map(|d| &d.by_channel),
        Some(&monthly.by_channel)
    );
    assert!(
        !state.window_title().starts_with('*'),
        "{}",
        state.window_title()
    );
}

#[test]
fn opening_other_exports_forgets_the_event_log_and_an_event_log_alone_keeps_the_exports() {
    let mut h = with_events();
    // An event log opened alone joins the exports on screen.
    h.state_mut()
        .push(Command::Open(vec![sample("events.csv")]));
    settle(&mut h);
    assert_eq!(h.state().sources, vec![sample("campaigns_en.csv")]);
    assert!(h.state().cohorts.data.is_some());
    // Other exports are a new analysis: the event log went with the old one.
    h.state_mut()
        .push(Command::Open(vec![sample("ocean_engine_utf8bom.csv")]));
    settle(&mut h);
    assert!(h.state().cohorts.paths.is_empty());
    assert!(h.state().cohorts.data.is_none());
}

/// A workbook with an event-log sheet after its spend sheet: the spend sheet is the export,
/// the event sheet goes to the cohorts (told off the UI thread, where the sheets are listed),
/// and both show.
#[test]
fn a_workbook_with_an_event_sheet_opens_both() {
    let dir = tempfile::tempdir().expect("dir");
    let mut book = rust_xlsxwriter::Workbook::new();
    let events = book.add_worksheet();
    events.set_name("Events").expect("name");
    let log = [
        ["user_id", "event_time", "event", "amount", "channel"],
        ["u1", "2024-09-01 10:00", "install", "", "Douyin"],
        ["u1", "2024-09-02 09:00", "pay", "30", ""],
        ["u2", "2024-09-01 11:00", "install", "", "Douyin"],
        ["u3", "2024-09-02 12:00", "install", "", "Kuaishou"],
    ];
    for (r, row) in log.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            events
                .write_string(r as u32, c as u16, *cell)
                .expect("cell");
        }
    }
    let spend = book.add_worksheet();
    spend.set_name("Spend").expect("name");
    let rows = [
        ["date", "channel", "spend", "revenue"],
        ["2024-09-01", "Douyin", "100", "150"],
        ["2024-09-02", "Kuaishou", "80", "60"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            spend.write_string(r as u32, c as u16, *cell).expect("cell");
        }
    }
    let path = dir.path().join("shop.xlsx");
    std::fs::write(&path, book.save_to_buffer().expect("xlsx")).expect("write");

    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    h.state_mut().push(Command::Open(vec![path.clone()]));
    settle(&mut h);
    let state = h.state();
    assert_eq!(state.error, None);
    assert_eq!(state.sources, vec![path.clone()]);
    assert_eq!(
        state.cohorts.paths,
        vec![roi_lens::data::workbook::with_sheet(&path, "Events")]
    );
    let data = state.cohorts.data.as_ref().expect("cohorts computed");
    assert_eq!(data.events, 4);
    let all: usize = data
        .all_users
        .iter()
        .filter(|r| r.cohort.is_some())
        .map(|r| r.users)
        .sum();
    assert_eq!(all, 3, "three users started");
    let spent: f64 = state
        .dataset
        .as_ref()
        .and_then(|d| polars::prelude::ChunkAgg::sum(d.frame.column("spend").ok()?.f64().ok()?))
        .expect("spend");
    assert_eq!(spent, 180.0, "the spend sheet is the export");

    // The workspace marks the event sheet, so reopening it needs no look into the workbook.
    let file = dir.path().join("shop.roilens");
    save_as(&mut h, &file);
    let text = std::fs::read_to_string(&file).expect("saved");
    assert_eq!(text.matches("\"event_log\": true").count(), 1, "{text}");
    let mut fresh = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut fresh);
    fresh.state_mut().push(Command::OpenWorkspace(file));
    settle(&mut fresh);
    assert_eq!(fresh.state().error, None);
    assert_eq!(fresh.state().sources, vec![path.clone()]);
    assert_eq!(
        fresh.state().cohorts.paths,
        vec![roi_lens::data::workbook::with_sheet(&path, "Events")]
    );
    assert_eq!(
        fresh.state().cohorts.data.as_ref().map(|d| d.events),
        Some(4)
    );
}

/// An event log whose headers are not known as one fails as an export; "open it in Cohorts"
/// sends it to the cohorts, whose Columns (opened by the failure) choose its user and time;
/// the choice is the workspace's.
#[test]
fn an_event_log_with_unknown_headers_is_opened_by_choosing_its_columns() {
    use roi_lens::data::events::{EventColumn, EventMapping};
    let dir = tempfile::tempdir().expect("dir");
    let odd = dir.path().join("odd.csv");
    std::fs::write(
        &odd,
        "member_no,下单时刻,action,paid\n\
         m1,2024-06-01 23:58,install,\n\
         m1,2024-06-02 00:03,pay,12.5\n\
         m2,2024-06-01 10:00,install,\n",
    )
    .expect("write");
    let mut h = harness(vec![sample("campaigns_en.csv"), odd.clone()]);
    settle(&mut h);
    assert!(h.state().failed_load.is_some(), "no spend: it cannot load");
    assert!(has_label(&h, "It is an event log: open it in Cohorts"));
    h.state_mut().push(Command::OpenAsEventLog);
    settle(&mut h);
    h.run_steps(2);
    assert_eq!(h.state().sources, vec![sample("campaigns_en.csv")]);
    assert_eq!(h.state().cohorts.paths, vec![odd.clone()]);
    assert!(h.state().cohorts.failed());
    let error = shown_error(&h).unwrap_or_default();
    assert!(error.contains("no user column"), "{error}");
    assert_eq!(
        h.state().cohorts.headers,
        ["member_no", "下单时刻", "action", "paid"]
    );
    assert!(
        h.query_all_by_value("auto: not found").next().is_some(),
        "the Columns are open"
    );

    let columns: EventMapping = [
        (EventColumn::User, Some("member_no".to_owned())),
        (EventColumn::Time, Some("下单时刻".to_owned())),
        (EventColumn::Amount, Some("paid".to_owned())),
    ]
    .into_iter()
    .collect();
    let options = CohortOptions {
        columns: columns.clone(),
        ..h.state().cohorts.options.clone()
    };
    h.state_mut().push(Command::SetCohorts(options));
    settle(&mut h);
    let data = h.state().cohorts.data.clone().expect("computed");
    assert_eq!(data.events, 3);
    assert_eq!(h.state().current_workspace().cohorts.columns, columns);
}
