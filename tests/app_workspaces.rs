//! Workspaces in the app: saved and reopened as they were, missing sources named and located,
//! closing with unsaved changes, a workspace whose sources are all gone.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use roi_lens::app::{Command, RoiLensApp};
use roi_lens::data::Field;

use crate::app::{harness, has_label, sample, settle, shown_error};

#[test]
fn a_saved_workspace_reopens_in_a_fresh_app_as_it_was() {
    use roi_lens::app::ExportKind;
    use roi_lens::dashboard::TableSort;
    use roi_lens::metrics::Metric;

    let dir = tempfile::tempdir().unwrap();
    for name in ["campaigns_en.csv", "tencent_ads_gbk.csv"] {
        std::fs::copy(sample(name), dir.path().join(name)).unwrap();
    }
    let en = dir.path().join("campaigns_en.csv");
    let gbk = dir.path().join("tencent_ads_gbk.csv");
    let mut h = harness(vec![en.clone(), gbk.clone()]);
    settle(&mut h);
    assert!(
        !h.state().window_title().starts_with('*'),
        "nothing changed yet"
    );
    // Change a filter the way a user does, and a mapping, a sort and a hidden channel.
    h.get_all_by_role_and_label(Role::CheckBox, "Douyin")
        .next()
        .expect("a Douyin checkbox")
        .click();
    settle(&mut h);
    h.state_mut().push(Command::SetMapping {
        source: gbk.clone(),
        field: Field::Revenue,
        header: None,
    });
    settle(&mut h);
    h.state_mut().push(Command::SortTable(TableSort {
        metric: Some(Metric::Roi),
        descending: true,
    }));
    h.state_mut().push(Command::SetHidden(
        ["公众号".to_owned()].into_iter().collect(),
    ));
    settle(&mut h);
    assert!(
        h.state().hidden.contains("公众号"),
        "hidden stays set: {:?}",
        h.state().hidden
    );
    assert!(
        h.state().window_title().starts_with('*'),
        "{}",
        h.state().window_title()
    );
    let file = dir.path().join("week38.roilens");
    h.state_mut().push(Command::Export {
        kind: ExportKind::Workspace {
            note: "week 38".into(),
            then: None,
        },
        path: file.clone(),
    });
    settle(&mut h);
    assert_eq!(h.state().error, None);
    assert!(!h.state().window_title().starts_with('*'), "saved");
    assert!(h.state().window_title().starts_with("week38.roilens"));
    let saved = h.state().current_workspace();
    let total = h
        .state()
        .dashboard
        .as_ref()
        .unwrap()
        .totals
        .values(Metric::Sum(Field::Spend))[0];

    // A fresh app opens the file.
    let mut fresh = harness(vec![sample("ocean_engine_utf8bom.csv")]);
    settle(&mut fresh);
    fresh.state_mut().push(Command::OpenWorkspace(file.clone()));
    settle(&mut fresh);
    assert_eq!(fresh.state().error, None);
    let state = fresh.state();
    assert_eq!(state.current_workspace(), saved);
    assert_eq!(state.view.filters.channels.len(), 8, "Douyin unticked");
    assert!(!state.view.filters.channels.contains(&"Douyin".to_owned()));
    assert_eq!(
        state
            .load_options
            .per_source
            .get(&gbk)
            .and_then(|m| m.fields.get(&Field::Revenue)),
        Some(&None)
    );
    assert_eq!(state.table_sort.metric, Some(Metric::Roi));
    assert!(state.hidden.contains("公众号"));
    assert_eq!(state.note, "week 38");
    let reopened_total = state
        .dashboard
        .as_ref()
        .unwrap()
        .totals
        .values(Metric::Sum(Field::Spend))[0];
    assert_eq!(reopened_total, total);
    assert!(
        !state.window_title().starts_with('*'),
        "{}",
        state.window_title()
    );
    assert!(has_label(&fresh, "Workspace: week38.roilens"));
    assert!(has_label(&fresh, "week 38"));
}

#[test]
fn a_missing_source_is_named_and_can_be_located() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("campaigns_en.csv");
    let gbk = dir.path().join("tencent_ads_gbk.csv");
    std::fs::copy(sample("campaigns_en.csv"), &en).unwrap();
    std::fs::copy(sample("tencent_ads_gbk.csv"), &gbk).unwrap();
    let mut mapping = roi_lens::data::MappingOverrides::default();
    mapping.fields.insert(Field::Revenue, None);
    let ws = roi_lens::workspace::Workspace {
        sources: vec![
            roi_lens::workspace::Source {
                path: en.clone(),
                mapping: Default::default(),
                event_log: false,
            },
            roi_lens::workspace::Source {
                path: gbk.clone(),
                mapping: mapping.clone(),
                event_log: false,
            },
        ],
        ..Default::default()
    };
    let file = dir.path().join("two.roilens");
    roi_lens::workspace::save(&ws, &file).unwrap();
    let moved = dir.path().join("elsewhere.csv");
    std::fs::rename(&gbk, &moved).unwrap();

    let mut h = harness(vec![]);
    settle(&mut h);
    h.state_mut().push(Command::OpenWorkspace(file));
    settle(&mut h);
    assert_eq!(h.state().missing.len(), 1);
    assert!(has_label(&h, "Missing: tencent_ads_gbk.csv"));
    assert_eq!(
        h.state().sources,
        vec![en.clone()],
        "the other source loaded"
    );
    // A file already in the analysis is not taken for it.
    h.state_mut().push(Command::LocateSource {
        index: 0,
        path: en.clone(),
    });
    settle(&mut h);
    assert!(
        shown_error(&h).is_some_and(|e| e.contains("already in the analysis")),
        "{:?}",
        h.state().error
    );
    assert_eq!(h.state().missing.len(), 1, "still missing");
    h.state_mut().push(Command::DismissError);
    // Locating it brings it back with its mapping.
    h.state_mut().push(Command::LocateSource {
        index: 0,
        path: moved.clone(),
    });
    settle(&mut h);
    assert!(h.state().missing.is_empty());
    assert_eq!(h.state().sources.len(), 2);
    assert_eq!(
        h.state().load_options.per_source.get(&moved),
        Some(&mapping)
    );
    assert!(has_label(&h, "朋友圈"));
}

/// Asks the window to close (as the window manager's close button does) and runs a frame.
fn request_close(h: &mut Harness<'static, RoiLensApp>) -> Vec<egui::ViewportCommand> {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = harness(vec![sample("campaigns_en.csv")]);
    settle(&mut h);
    // Nothing changed: the window may close.
    let commands = request_close(&mut h);
    assert!(!commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(h.state().confirm.is_none());
    // A change, then a close: cancelled, and the question is asked.
    h.get_by_label("Month").click();
    settle(&mut h);
    assert!(h.state().is_dirty());
    let commands = request_close(&mut h);
    assert!(
        commands.contains(&egui::ViewportCommand::CancelClose),
        "{commands:?}"
    );
    h.run_steps(4);
    assert!(has_label(&h, "Unsaved changes"));
    h.get_by_label("Cancel").click();
    h.run_steps(4);
    assert!(h.state().confirm.is_none());
    assert!(!has_label(&h, "Unsaved changes"));
    // Again, and "Don't save" closes.
    request_close(&mut h);
    h.run_steps(4);
    h.get_by_label("Don't save").click();
    h.step();
    let closing = h
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closing, "Don't save closes the window");
    let commands = request_close(&mut h);
    assert!(
        !commands.contains(&egui::ViewportCommand::CancelClose),
        "after Don't save, closing is no longer held back"
    );
}

#[test]
fn a_workspace_whose_sources_are_all_missing_keeps_and_saves_its_settings() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("campaigns_en.csv");
    std::fs::copy(sample("campaigns_en.csv"), &en).unwrap();
    let mut ws = roi_lens::workspace::Workspace {
        sources: vec![roi_lens::workspace::Source {
            path: en.clone(),
            mapping: Default::default(),
            event_log: false,
        }],
        note: "keep me".into(),
        ..Default::default()
    };
    ws.view.granularity = roi_lens::metrics::Granularity::Month;
    let file = dir.path().join("gone.roilens");
    roi_lens::workspace::save(&ws, &file).unwrap();
    std::fs::remove_file(&en).unwrap();

    let mut h = harness(vec![]);
    settle(&mut h);
    h.state_mut().push(Command::OpenWorkspace(file.clone()));
    settle(&mut h);
    assert_eq!(h.state().missing.len(), 1);
    assert!(h.state().dashboard.is_none());
    assert!(has_label(&h, "Missing: campaigns_en.csv"));
    // Saving keeps the missing source and the settings.
    let copy = dir.path().join("copy.roilens");
    h.state_mut().push(Command::Export {
        kind: roi_lens::app::ExportKind::Workspace {
            note: "keep me".into(),
            then: None,
        },
        path: copy.clone(),
    });
    settle(&mut h);
    assert_eq!(h.state().error, None);
    let reopened = roi_lens::workspace::open(&copy).unwrap();
    assert_eq!(reopened.workspace.sources.len(), 1);
    assert_eq!(reopened.workspace.note, "keep me");
    assert_eq!(
        reopened.workspace.view.granularity,
        roi_lens::metrics::Granularity::Month
    );
}
