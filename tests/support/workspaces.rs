//! Workspaces the CLI and app tests share.

use std::path::{Path, PathBuf};

use roi_lens::dashboard::View;
use roi_lens::metrics::{Comparison, Filters};
use roi_lens::workspace::{Source, Workspace};

/// A workspace over `source` whose date filter starts 200,000 years BC (a hand-edited file,
/// say) with a period comparison: the previous period is outside the calendar.
pub fn from_long_ago(dir: &Path, source: PathBuf) -> PathBuf {
    let mut view = View {
        filters: Filters {
            from: chrono::NaiveDate::from_ymd_opt(-200_000, 1, 1),
            ..Filters::default()
        },
        ..View::default()
    };
    view.stats.compare = Some(Comparison::Previous);
    let ws = Workspace {
        sources: vec![Source {
            path: source,
            mapping: Default::default(),
            event_log: false,
        }],
        view,
        table_sort: Default::default(),
        hidden: Default::default(),
        colors: Default::default(),
        maximized: None,
        dark: false,
        note: String::new(),
        planner: Default::default(),
        channel_names: Default::default(),
        lenient_files: Default::default(),
        currencies: None,
        currency_of: Default::default(),
        cohorts: Default::default(),
    };
    let path = dir.join("long-ago.roilens");
    roi_lens::workspace::save(&ws, &path).expect("save");
    path
}
