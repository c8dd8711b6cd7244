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
