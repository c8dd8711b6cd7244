//! Fonts: egui's defaults have no CJK glyphs, so the app brings Noto Sans CJK SC (a subset
//! covering GB2312, JIS X 0208 and Big5 characters; see assets/fonts/) as a fallback behind
//! the default Latin font. Channel names in Chinese and Japanese then render on a machine with
//! no CJK system fonts.

use std::sync::Arc;

/// The bundled CJK font.
pub const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular-subset.otf");

/// Font definitions: egui's defaults, then the CJK font as the fallback of every family.
pub fn font_definitions() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans-cjk-sc".to_owned(),
        Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sans-cjk-sc".to_owned());
    }
    fonts
}

/// Installs the fonts on a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}
