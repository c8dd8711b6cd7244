//! ROI Lens: the desktop app, the exported pictures and the command line, on top of the
//! analysis core ([`roi_lens_core`], a crate of its own that cannot depend on a UI crate).
//!
//! Modules depend one way only: `ui` (drawing helpers) ← `views` (one file per view and the
//! registry) ← `export` (pictures of any view) ← `app` (state, commands, workers, panels);
//! `cli` uses `views` and `export`. The core's modules are re-exported under their own names.

pub use roi_lens_core::{
    budget, cohorts, dashboard, data, files, format, i18n, metrics, palette, panic_message, plan,
    report, sample, stats, text, tr, workspace,
};

pub mod app;
pub mod cli;
pub mod export;
pub mod ui;
pub mod views;

/// When the process started, as near as we can tell: `main` records it first thing.
pub fn process_start() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}
