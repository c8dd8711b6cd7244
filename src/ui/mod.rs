//! Drawing helpers every view and panel shares: colours, fonts, plot axes and legends. Depends
//! on the core only (never on `app`, `views` or `export`), so anything can use it.

pub mod date_picker;
pub mod fonts;
pub mod legend;
pub mod plot;

use egui::Color32;

use crate::metrics::{Metric, MetricKind};
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

/// The line style of a palette variant (see [`crate::palette::Style`]): solid, dashed,
/// dotted, then dashes again, long and short, in turn.
pub fn line_style(variant: u8) -> egui_plot::LineStyle {
    match variant % 4 {
        0 => egui_plot::LineStyle::Solid,
        1 => egui_plot::LineStyle::Dashed { length: 9.0 },
        2 => egui_plot::LineStyle::Dotted { spacing: 5.0 },
        _ => egui_plot::LineStyle::Dashed { length: 3.5 },
    }
}

/// The marker shape of a palette variant: circle, diamond, square, triangle, and on.
pub fn marker_shape(variant: u8) -> egui_plot::MarkerShape {
    use egui_plot::MarkerShape as M;
    const SHAPES: [M; 8] = [
        M::Circle,
        M::Diamond,
        M::Square,
        M::Up,
        M::Down,
        M::Cross,
        M::Plus,
        M::Asterisk,
    ];
    SHAPES[usize::from(variant) % SHAPES.len()]
}

/// A metric's value as the views show it: [`crate::format::format_value`], with large money
/// and counts written as the reader of the language expects them ([`crate::i18n::big_number`]:
/// `3,597.6万` in Chinese and Japanese, the same digits as the core's in English).
pub fn value_text(metric: Metric, value: Option<f64>) -> String {
    match (metric.kind(), value) {
        (MetricKind::Money, Some(v)) => crate::i18n::big_number(v, 2),
        (MetricKind::Count, Some(v)) => crate::i18n::big_number(v, 0),
        _ => crate::format::format_value(metric, value),
    }
}

/// A change in a metric's unit with its sign, as [`crate::format::signed`] writes it, large
/// money and counts as [`value_text`] does.
pub fn signed_text(metric: Metric, change: f64) -> String {
    match metric.kind() {
        MetricKind::Money | MetricKind::Count => {
            let sign = if change > 0.0 { "+" } else { "" };
            format!("{sign}{}", value_text(metric, Some(change)))
        }
        _ => crate::format::signed(metric, change),
    }
}

/// Items of a list in one line: `a, b, c` (`a、b、c` in Chinese and Japanese).
pub fn join_list<S: AsRef<str>>(items: &[S]) -> String {
    let separator = crate::tr!("view-list-separator");
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&separator)
}

/// `text` cut in the middle to fit `max` (as `width` measures), so that names which differ
/// only at the end (计划一, 计划二) stay told apart: "微信朋…计划十二".
pub fn elide_middle(text: &str, max: f32, width: impl Fn(&str) -> f32) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    // Keep as many characters as fit, a few more of the end than of the start.
    for keep in (1..chars.len()).rev() {
        let tail = keep.div_ceil(2).max(1);
        let head = keep - tail;
        let candidate: String = chars[..head]
            .iter()
            .chain(std::iter::once(&'…'))
            .chain(&chars[chars.len() - tail..])
            .collect();
        if width(&candidate) <= max {
            return candidate;
        }
    }
    "…".to_owned()
}
