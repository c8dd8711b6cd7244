//! Drawing helpers every view and panel shares: colours, fonts, plot axes and legends. Depends
//! on the core only (never on `app`, `views` or `export`), so anything can use it.

pub mod fonts;
pub mod plot;

use egui::Color32;

use crate::stats::Direction;

/// An RGB triple from the core palette as an egui colour.
pub fn color32(rgb: [u8; 3]) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// Green for a significantly higher value, red for lower, grey for the same.
pub fn marker_color(direction: Direction) -> Color32 {
    match direction {
        Direction::Higher => Color32::from_rgb(0x2e, 0x9d, 0x4f),
        Direction::Lower => Color32::from_rgb(0xd2, 0x3f, 0x31),
        Direction::Same => Color32::GRAY,
    }
}
