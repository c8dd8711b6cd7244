//! Impressions → clicks → conversions per group, with CTR and CVR between the stages.

use egui::RichText;

use super::{View, ViewCtx};
use crate::dashboard::{Marks, Shown};
use crate::format::{self, group_thousands};
use crate::metrics::Metric;
use crate::report::RowRef;
use crate::stats::Interval;
use crate::ui::{color32, marker_color};

pub struct Funnel;

impl View for Funnel {
    fn id(&self) -> &'static str {
        "funnel"
    }

    fn marks(&self) -> Marks {
        Marks {
            deltas: false,
            ..Marks::ALL
        }
    }

    fn title(&self) -> &'static str {
        "Conversion funnel"
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        format!("Conversion funnel by {}", shown.data.query.group_by.name())
    }

    /// Tables of numbers fill a slide only in large type.
    fn picture_scale(&self) -> f32 {
        1.6
    }

    /// Counts and rates per group; rate bars carry their 95 % whiskers and baseline markers.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let hidden = ctx.hidden;
        let height = ctx.height;
        let rows: Vec<_> = data
            .chart_rows(hidden)
            .into_iter()
            .map(|i| &data.funnel[i])
            .collect();
        if rows
            .iter()
            .all(|r| r.impressions.is_none() && r.clicks.is_none())
        {
            ui.label("No impressions or clicks columns: no funnel to show.");
            return;
        }
        let max_ctr = rows.iter().filter_map(|r| r.ctr).fold(0.0_f64, f64::max);
        let max_cvr = rows.iter().filter_map(|r| r.cvr).fold(0.0_f64, f64::max);
        let count = |v: Option<f64>| v.map_or("–".to_owned(), |v| group_thousands(v, 0));
        // Rows spread over the height they are given, within reason.
        let text_height = egui::TextStyle::Body.resolve(ui.style()).size * 1.6;
        let row_gap =
            ((height - 2.0 * text_height) / (rows.len() + 1) as f32 - text_height).clamp(6.0, 30.0);
        // The bars take what the five text columns and two markers leave, within reason.
        let bar_width = ((ui.available_width() - 470.0) / 2.0).clamp(50.0, 220.0);
        let rate_bar = |ui: &mut egui::Ui,
                        group: &str,
                        metric: Metric,
                        v: Option<f64>,
                        max: f64,
                        color: egui::Color32| {
            let row = data.group_index(group);
            let text = v.map_or("–".to_owned(), |v| format!("{:.2}%", v * 100.0));
            let fraction = match v {
                Some(v) if max > 0.0 => (v / max) as f32,
                _ => 0.0,
            };
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 3.0;
                let response = ui.add(
                    egui::ProgressBar::new(fraction)
                        .text(RichText::new(text).strong())
                        .fill(color)
                        .desired_width(bar_width),
                );
                // The 95 % interval as a whisker over the bar, on the bar's own scale.
                if let Some((lo, hi)) = row
                    .and_then(|i| shown.interval(metric, i))
                    .and_then(Interval::range)
                    .filter(|_| max > 0.0)
                {
                    let rect = response.rect;
                    let x = |v: f64| rect.left() + rect.width() * (v / max).clamp(0.0, 1.0) as f32;
                    let (y, cap) = (rect.center().y, rect.height() * 0.3);
                    let stroke = egui::Stroke::new(1.5, ui.visuals().strong_text_color());
                    let painter = ui.painter();
                    painter.line_segment([egui::pos2(x(lo), y), egui::pos2(x(hi), y)], stroke);
                    for v in [lo, hi] {
                        painter.line_segment(
                            [egui::pos2(x(v), y - cap), egui::pos2(x(v), y + cap)],
                            stroke,
                        );
                    }
                }
                // The comparison with the baseline beside the bar, where the fill cannot hide it.
                let verdict = row.and_then(|i| shown.verdict(metric, i));
                let mark = verdict.map_or(" ", |v| format::marker(v.direction));
                let color =
                    verdict.map_or(egui::Color32::TRANSPARENT, |v| marker_color(v.direction));
                let mark = ui.label(RichText::new(mark).color(color));
                if let Some(hover) = row.and_then(|i| shown.explain(metric, RowRef::Group(i))) {
                    response.on_hover_text(hover.clone());
                    mark.on_hover_text(hover);
                }
            });
        };
        egui::ScrollArea::both()
            .id_salt("funnel")
            .max_height(height)
            .show(ui, |ui| {
                egui::Grid::new("funnel-grid")
                    .num_columns(6)
                    .striped(true)
                    .spacing([10.0, row_gap])
                    .show(ui, |ui| {
                        ui.label(RichText::new(data.query.group_by.name()).strong());
                        ui.label(RichText::new("Impressions").strong());
                        ui.label(RichText::new("→ CTR").strong())
                            .on_hover_text("clicks ÷ impressions");
                        ui.label(RichText::new("Clicks").strong());
                        ui.label(RichText::new("→ CVR").strong())
                            .on_hover_text("conversions ÷ clicks");
                        ui.label(RichText::new("Conversions").strong());
                        ui.end_row();
                        for r in rows {
                            let color = color32(data.color_of(&r.group));
                            ui.label(RichText::new(&r.group).color(color).strong());
                            ui.label(count(r.impressions));
                            rate_bar(ui, &r.group, Metric::Ctr, r.ctr, max_ctr, color);
                            ui.label(count(r.clicks));
                            rate_bar(ui, &r.group, Metric::Cvr, r.cvr, max_cvr, color);
                            ui.label(count(r.conversions));
                            ui.end_row();
                        }
                    });
            });
    }
}
