//! ROI Lens's analysis core: load ad-platform exports and compute what every view shows.
//!
//! This crate never depends on a UI crate (egui, eframe, egui_plot, wgpu): the crate boundary
//! enforces what was a convention. The CLI and the desktop app call the same functions, so a
//! number is the same in the terminal, on screen and in an exported picture.

pub mod budget;
pub mod cohorts;
pub mod dashboard;
pub mod data;
pub mod files;
pub mod format;
pub mod i18n;
pub mod metrics;
pub mod palette;
pub mod plan;
pub mod report;
pub mod sample;
pub mod stats;
pub mod workspace;

/// The text a panic carried, for turning a caught panic into a message (`no details`, in the
/// language in force, when it carried none).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or_else(|| no_details())
}

/// `no details` in the language in force (each language's text made once, so it can be lent
/// for as long as the program runs).
fn no_details() -> &'static str {
    static TEXTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let texts = TEXTS.get_or_init(|| {
        i18n::Lang::ALL
            .iter()
            .map(|&lang| crate::i18n::message_in(lang, "data-no-details", &[]))
            .collect()
    });
    let lang = i18n::language();
    let index = i18n::Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &texts[index]
}
