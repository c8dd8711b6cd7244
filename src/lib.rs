//! ROI Lens core: load ad-platform exports and compute channel metrics.
//!
//! The core never imports a UI crate: the CLI and the desktop app call the same functions, so a
//! number is the same wherever it is shown.

pub mod cli;
pub mod data;
pub mod format;
pub mod metrics;
pub mod report;
pub mod sample;

/// The text a panic carried, for turning a caught panic into a message.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("no details")
}
