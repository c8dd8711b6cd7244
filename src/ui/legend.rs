//! A legend beside a chart, for when its entries would cover the data inside it: many groups,
//! long names, a small card. One row per entry (a swatch drawn as the chart draws the group,
//! then the name, cut in the middle when it must be), clickable to hide or show the group as
//! egui_plot's own legend is.

use std::collections::BTreeSet;

use egui::{Color32, Rect, Sense, Stroke, pos2, vec2};

use super::elide_middle;

/// How an entry's swatch is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// A short line in the group's colour and dash pattern (`variant`).
    Line,
    /// A filled marker in the group's shape (`variant`).
    Marker,
    /// A grey dashed reference line (break-even); never hidden.
    Reference,
}

/// One legend row.
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub name: &'a str,
    pub color: Color32,
    pub variant: u8,
    pub swatch: Swatch,
}

/// Height of one row in the small text style.
fn row_height(ui: &egui::Ui) -> f32 {
    egui::TextStyle::Small.resolve(ui.style()).size * 1.6
}

/// The legend goes beside the chart when, drawn inside, it would take more than a third of
/// the chart's height (egui_plot's legend then covers lines and points).
pub fn beside(ui: &egui::Ui, entries: usize, height: f32) -> bool {
    entries as f32 * row_height(ui) + 12.0 > height / 3.0
}

/// The width a legend beside a chart `available` wide takes: its longest name, at most a
/// quarter of the width (names are cut in the middle past that).
pub fn width(ui: &egui::Ui, entries: &[Entry<'_>], available: f32) -> f32 {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let widest = entries
        .iter()
        .map(|e| {
            ui.painter()
                .layout_no_wrap(e.name.to_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    let swatch = row_height(ui) * 1.2;
    (swatch + widest + 8.0).clamp(60.0, (available * 0.25).max(60.0))
}

/// Draws the legend in a column `width` wide and at most `height` tall (scrolling past that).
/// Returns the new hidden set when an entry was clicked.
pub fn show(
    ui: &mut egui::Ui,
    id: egui::Id,
    entries: &[Entry<'_>],
    hidden: &BTreeSet<String>,
    width: f32,
    height: f32,
) -> Option<BTreeSet<String>> {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let row = row_height(ui);
    let swatch_width = row * 1.2;
    let mut changed = None;
    let layout = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(vec2(width, height), layout, |ui| {
        ui.set_width(width);
        egui::ScrollArea::vertical()
            .id_salt(id.with("side-legend"))
            .max_height(height)
            .show(ui, |ui| {
                ui.spacing_mut().item_spacing.y = 0.0;
                for entry in entries {
                    let sense = if entry.swatch == Swatch::Reference {
                        Sense::hover()
                    } else {
                        Sense::click()
                    };
                    let (rect, response) = ui.allocate_exact_size(vec2(width, row), sense);
                    let off = hidden.contains(entry.name);
                    let visuals = ui.visuals();
                    let (color, text_color) = if off {
                        (visuals.weak_text_color(), visuals.weak_text_color())
                    } else {
                        (entry.color, visuals.text_color())
                    };
                    let swatch = Rect::from_min_size(rect.min, vec2(swatch_width, row));
                    paint_swatch(ui.painter(), swatch, entry, color);
                    let room = width - swatch_width - 4.0;
                    let name = elide_middle(entry.name, room, |t| {
                        ui.painter()
                            .layout_no_wrap(t.to_owned(), font.clone(), Color32::WHITE)
                            .size()
                            .x
                    });
                    let cut = name != entry.name;
                    ui.painter().text(
                        pos2(swatch.right() + 4.0, rect.center().y),
                        egui::Align2::LEFT_CENTER,
                        name,
                        font.clone(),
                        text_color,
                    );
                    let response = if cut {
                        response.on_hover_text(entry.name)
                    } else {
                        response
                    };
                    if response.clicked() {
                        let mut now = hidden.clone();
                        if !now.remove(entry.name) {
                            now.insert(entry.name.to_owned());
                        }
                        changed = Some(now);
                    }
                }
            });
    });
    changed
}

fn paint_swatch(painter: &egui::Painter, rect: Rect, entry: &Entry<'_>, color: Color32) {
    let y = rect.center().y;
    let (left, right) = (rect.left() + 2.0, rect.right() - 3.0);
    match entry.swatch {
        Swatch::Line => {
            let pattern = super::line_style(entry.variant);
            let points = [pos2(left, y), pos2(right, y)];
            match pattern {
                egui_plot::LineStyle::Solid => {
                    painter.line_segment(points, Stroke::new(2.0, color));
                }
                egui_plot::LineStyle::Dashed { length } => {
                    painter.extend(egui::Shape::dashed_line(
                        &points,
                        Stroke::new(2.0, color),
                        length * 0.6,
                        length * 0.4,
                    ));
                }
                egui_plot::LineStyle::Dotted { spacing } => {
                    painter.extend(egui::Shape::dotted_line(&points, color, spacing * 0.6, 1.2));
                }
            }
            painter.circle_filled(rect.center(), 2.5, color);
        }
        Swatch::Marker => {
            marker(painter, rect.center(), entry.variant, color);
        }
        Swatch::Reference => {
            painter.extend(egui::Shape::dashed_line(
                &[pos2(left, y), pos2(right, y)],
                Stroke::new(1.5, Color32::GRAY),
                3.0,
                2.0,
            ));
        }
    }
}

/// A small filled marker: a circle, diamond, square or triangle as the chart draws it.
fn marker(painter: &egui::Painter, at: egui::Pos2, variant: u8, color: Color32) {
    use egui_plot::MarkerShape as M;
    let r = 3.5;
    let polygon =
        |points: Vec<egui::Pos2>| egui::Shape::convex_polygon(points, color, Stroke::NONE);
    match super::marker_shape(variant) {
        M::Diamond => painter.add(polygon(vec![
            pos2(at.x, at.y - r),
            pos2(at.x + r, at.y),
            pos2(at.x, at.y + r),
            pos2(at.x - r, at.y),
        ])),
        M::Square => painter.add(polygon(vec![
            pos2(at.x - r * 0.85, at.y - r * 0.85),
            pos2(at.x + r * 0.85, at.y - r * 0.85),
            pos2(at.x + r * 0.85, at.y + r * 0.85),
            pos2(at.x - r * 0.85, at.y + r * 0.85),
        ])),
        M::Up => painter.add(polygon(vec![
            pos2(at.x, at.y - r),
            pos2(at.x + r, at.y + r * 0.8),
            pos2(at.x - r, at.y + r * 0.8),
        ])),
        M::Down => painter.add(polygon(vec![
            pos2(at.x - r, at.y - r * 0.8),
            pos2(at.x + r, at.y - r * 0.8),
            pos2(at.x, at.y + r),
        ])),
        _ => painter.add(egui::Shape::circle_filled(at, r, color)),
    };
}

/// Where a chart's legend went, and what a click on it asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Placed {
    /// Inside the chart: egui_plot's own legend (read back from the plot's memory).
    Inside,
    /// Beside the chart: ours, with the new hidden set when an entry was clicked.
    Beside(Option<BTreeSet<String>>),
}

/// Lays out a chart with its legend: inside (egui_plot's, `draw(ui, width, true)`) when it
/// fits, else beside it (`draw(ui, narrower width, false)`, then this legend; the chart must
/// then leave the hidden groups out itself). `id` tells this legend's scroll state from other
/// charts'.
pub fn chart_with_legend(
    ui: &mut egui::Ui,
    id: egui::Id,
    entries: &[Entry<'_>],
    hidden: &BTreeSet<String>,
    height: f32,
    draw: impl FnOnce(&mut egui::Ui, f32, bool),
) -> Placed {
    let available = ui.available_width();
    if !beside(ui, entries.len(), height) {
        draw(ui, available, true);
        return Placed::Inside;
    }
    let legend_width = width(ui, entries, available);
    ui.horizontal_top(|ui| {
        let gap = ui.spacing().item_spacing.x;
        draw(ui, available - legend_width - gap, false);
        Placed::Beside(show(ui, id, entries, hidden, legend_width, height))
    })
    .inner
}

/// Legend entries for series with points: `parts` gives each one's name, colour, style
/// variant and whether it has points to show.
pub fn entries_of<'a, T>(
    items: &'a [T],
    parts: impl Fn(&'a T) -> (&'a str, [u8; 3], u8, bool),
    swatch: Swatch,
) -> Vec<Entry<'a>> {
    items
        .iter()
        .map(parts)
        .filter(|(_, _, _, has_points)| *has_points)
        .map(|(name, rgb, variant, _)| Entry {
            name,
            color: super::color32(rgb),
            variant,
            swatch,
        })
        .collect()
}
