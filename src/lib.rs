//! ROI Lens core: load ad-platform exports and compute channel metrics.
//!
//! The core (`data`, `metrics`, `dashboard`, `report`, `format`, `palette`) never imports a UI
//! crate; `app` and `ui` are the desktop shell on top of it. The CLI and the app call the same
//! core functions, so a number is the same wherever it is shown.

pub mod app;
pub mod cli;
pub mod dashboard;
pub mod data;
pub mod export;
pub mod files;
pub mod format;
pub mod metrics;
pub mod palette;
pub mod report;
pub mod sample;
pub mod stats;
pub mod ui;
pub mod workspace;

/// The text a panic carried, for turning a caught panic into a message.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("no details")
}

/// When the process started, as near as we can tell: `main` records it first thing.
pub fn process_start() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}
