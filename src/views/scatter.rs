//! Daily spend against revenue per group, with the break-even line (ROI = 1).

use egui_plot::{Corner, GridMark, HoverPosition, Line, Plot, Points};

use super::{View, ViewCtx};
use crate::format::{format_value, group_thousands};
use crate::metrics::{Metric, MetricKind};
use crate::ui::legend::{Entry, Swatch, chart_with_legend, entries_of};
use crate::ui::plot::{axis_value, legend};
use crate::ui::{color32, marker_shape};

pub struct Scatter;

const BREAK_EVEN: &str = "Break-even (ROI = 1)";

impl View for Scatter {
    fn id(&self) -> &'static str {
        "scatter"
    }

    fn title(&self) -> &'static str {
        "Daily spend vs revenue"
    }

    /// Each day of each group as a point; the hover reads the core's values for that day.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let hidden = ctx.hidden;
        let height = ctx.height;
        if let Some(why) = &data.not_daily {
            ui.label(format!("No daily points: {why}."));
            return;
        }
        if data.scatter.iter().all(|s| s.points.is_empty()) {
            ui.label("Needs a date and a revenue column.");
            return;
        }
        let max_spend = data
            .scatter
            .iter()
            .flat_map(|s| &s.points)
            .map(|p| p.spend)
            .fold(0.0_f64, f64::max);
        let plot_id = egui::Id::unique("plot-scatter");
        let mut entries = entries_of(
            &data.scatter,
            |s| (s.name.as_str(), s.color, s.variant, !s.points.is_empty()),
            Swatch::Marker,
        );
        entries.push(Entry {
            name: BREAK_EVEN,
            color: egui::Color32::GRAY,
            variant: 0,
            swatch: Swatch::Reference,
        });
        let placed =
            chart_with_legend(ui, plot_id, &entries, hidden, height, |ui, width, inner| {
                let plot = Plot::new("scatter")
                    .id(plot_id)
                    .height(height)
                    .width(width)
                    .include_x(0.0)
                    .include_y(0.0)
                    .x_axis_label("daily spend")
                    .y_axis_label("daily revenue")
                    .x_axis_formatter(|mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
                        axis_value(MetricKind::Money, mark.value, range)
                    })
                    .y_axis_formatter(|mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
                        axis_value(MetricKind::Money, mark.value, range)
                    })
                    // The hover reads the day, spend, revenue and ROI the core computed for that point.
                    .label_formatter(move |pos: &HoverPosition<'_>| match pos {
                        HoverPosition::NearDataPoint {
                            plot_name, index, ..
                        } => {
                            let series = data.scatter.iter().find(|s| s.name == *plot_name)?;
                            let p = series.points.get(*index)?;
                            Some(format!(
                                "{plot_name}\n{}\nspend {}\nrevenue {}\nROI {}",
                                p.date,
                                group_thousands(p.spend, 2),
                                group_thousands(p.revenue, 2),
                                format_value(Metric::Roi, p.roi),
                            ))
                        }
                        HoverPosition::Elsewhere { .. } => None,
                    });
                let plot = if inner {
                    plot.legend(legend(hidden, Corner::LeftTop))
                } else {
                    plot
                };
                plot.show(ui, |plot| {
                    // Beside the chart, the legend is ours: hidden groups are left out here.
                    for series in data
                        .scatter
                        .iter()
                        .filter(|s| inner || !hidden.contains(&s.name))
                    {
                        let points: Vec<[f64; 2]> =
                            series.points.iter().map(|p| [p.spend, p.revenue]).collect();
                        plot.points(
                            Points::new(series.name.as_str(), points)
                                .color(color32(series.color))
                                .shape(marker_shape(series.variant))
                                .filled(true)
                                .radius(2.5),
                        );
                    }
                    plot.line(
                        Line::new(BREAK_EVEN, vec![[0.0, 0.0], [max_spend, max_spend]])
                            .color(egui::Color32::GRAY)
                            .style(egui_plot::LineStyle::dashed_dense()),
                    );
                });
            });
        ctx.follow_placed_legend(ui, plot_id, placed, &entries);
    }
}
