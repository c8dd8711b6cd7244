//! Daily spend against revenue per group, with the break-even line (ROI = 1).

use egui_plot::{Corner, GridMark, HoverPosition, Line, Plot, Points};

use super::{View, ViewCtx};
use crate::format::format_value;
use crate::i18n::big_number;
use crate::metrics::{Metric, MetricKind};
use crate::tr;
use crate::ui::legend::{Entry, Swatch, chart_with_legend, entries_of};
use crate::ui::plot::{axis_value, legend};
use crate::ui::{color32, marker_shape};

pub struct Scatter;

impl View for Scatter {
    fn id(&self) -> &'static str {
        "scatter"
    }

    fn title(&self) -> String {
        tr!("view-scatter-title")
    }

    /// Each day of each group as a point; the hover reads the core's values for that day.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let hidden = ctx.hidden;
        let height = ctx.height;
        if let Some(why) = &data.not_daily {
            ui.label(tr!("view-scatter-not-daily", why = why));
            return;
        }
        if data.scatter.iter().all(|s| s.points.is_empty()) {
            ui.label(tr!("view-scatter-no-columns"));
            return;
        }
        let max_spend = data
            .scatter
            .iter()
            .flat_map(|s| &s.points)
            .map(|p| p.spend)
            .fold(0.0_f64, f64::max);
        let plot_id = egui::Id::unique("plot-scatter");
        let break_even = tr!("view-scatter-break-even");
        let mut entries = entries_of(
            &data.scatter,
            |s| (s.name.as_str(), s.color, s.variant, !s.points.is_empty()),
            Swatch::Marker,
        );
        entries.push(Entry {
            name: &break_even,
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
                    .x_axis_label(tr!("view-scatter-axis-x"))
                    .y_axis_label(tr!("view-scatter-axis-y"))
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
                            let lines = [
                                plot_name.to_string(),
                                crate::i18n::date(p.date),
                                tr!("view-scatter-hover-spend", value = big_number(p.spend, 2)),
                                tr!(
                                    "view-scatter-hover-revenue",
                                    value = big_number(p.revenue, 2)
                                ),
                                tr!(
                                    "view-scatter-hover-roi",
                                    value = format_value(Metric::Roi, p.roi)
                                ),
                            ];
                            Some(lines.join("\n"))
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
                        Line::new(
                            break_even.as_str(),
                            vec![[0.0, 0.0], [max_spend, max_spend]],
                        )
                        .color(egui::Color32::GRAY)
                        .style(egui_plot::LineStyle::dashed_dense()),
                    );
                });
            });
        ctx.follow_placed_legend(ui, plot_id, placed, &entries);
    }
}
