//! The chosen metric per group over time, on a date axis shared with the other time charts.

use egui_plot::{Corner, GridMark, Line, Plot, Points};

use super::{View, ViewCtx, ViewEvent};
use crate::dashboard::Shown;
use crate::data::Field;
use crate::data::clean::date_from_epoch_days;
use crate::metrics::{Granularity, Metric};
use crate::tr;
use crate::ui::legend::{Swatch, chart_with_legend, entries_of};
use crate::ui::plot::{axis_value, date_label, date_marks, legend, near_point, time_link};
use crate::ui::{color32, line_style, marker_shape, value_text};

pub struct Trend;

impl View for Trend {
    fn id(&self) -> &'static str {
        "trend"
    }

    fn title(&self) -> String {
        tr!("view-trend-title")
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        tr!(
            "view-trend-title-for",
            metric = shown.presentation.trend_metric.label()
        )
    }

    /// The metric to show: switching it re-renders, it computes nothing.
    fn header_ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let chosen = ctx.shown.presentation.trend_metric;
        let mut metric = chosen;
        let combo = egui::ComboBox::from_id_salt("trend-metric")
            .selected_text(metric.label())
            .show_ui(ui, |ui| {
                for m in ctx
                    .shown
                    .data
                    .by_group
                    .metrics
                    .iter()
                    .copied()
                    .filter(|m| *m != Metric::Sum(Field::NewUsers))
                {
                    ui.selectable_value(&mut metric, m, m.label());
                }
            });
        // Laid out right to left: the label stands before the box.
        let label = ui.label(tr!("view-trend-metric"));
        combo.response.labelled_by(label.id);
        if metric != chosen {
            ctx.events.push(ViewEvent::SetTrendMetric(metric));
        }
    }

    /// One line per group; markers when there are few buckets.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let hidden = ctx.hidden;
        let height = ctx.height;
        let trend = shown.trend();
        if trend.is_empty() {
            ui.label(tr!("view-trend-no-date"));
            return;
        }
        let metric = shown.presentation.trend_metric;
        let granularity = data.query.granularity;
        // Rows that cover weeks or months drawn by day or week would put a month on one day.
        if let Some(why) = &data.not_daily
            && granularity != Granularity::Month
        {
            ui.label(tr!(
                "view-trend-not-daily",
                granularity = granularity.name(),
                why = why
            ));
            return;
        }
        let plot_id = egui::Id::unique("plot-trend");
        // Lines run the whole width, so the legend sits in headroom above the highest point.
        let top = trend
            .iter()
            .flat_map(|s| &s.points)
            .map(|p| p[1])
            .fold(0.0_f64, f64::max);
        let row = egui::TextStyle::Small.resolve(ui.style()).size * 1.6;
        let legend_share = ((trend.len() as f32 * row + 16.0) / height.max(1.0)).min(0.6);
        let y_title = match metric {
            Metric::Sum(_) => tr!(
                "view-trend-axis-y-sum",
                metric = metric.label(),
                granularity = granularity.name()
            ),
            _ => tr!(
                "view-trend-axis-y-rate",
                metric = metric.label(),
                granularity = granularity.name()
            ),
        };
        let entries = entries_of(
            trend,
            |s| (s.name.as_str(), s.color, s.variant, !s.points.is_empty()),
            Swatch::Line,
        );
        let placed =
            chart_with_legend(ui, plot_id, &entries, hidden, height, |ui, width, inner| {
                let headroom = if inner {
                    top / (1.0 - f64::from(legend_share))
                } else {
                    top
                };
                let plot = Plot::new("trend")
                    .id(plot_id)
                    .height(height)
                    .width(width)
                    .x_grid_spacer(date_marks)
                    .link_axis(time_link(), [true, false])
                    .link_cursor(time_link(), [true, false])
                    .include_y(0.0)
                    .include_y(headroom)
                    .x_axis_label(tr!("view-trend-axis-x"))
                    .y_axis_label(y_title)
                    .x_axis_formatter(move |mark: GridMark, _| date_label(mark, granularity))
                    .y_axis_formatter(
                        move |mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
                            axis_value(metric.kind(), mark.value, range)
                        },
                    )
                    .label_formatter(near_point(move |name, point| {
                        let date = date_from_epoch_days(point.x.round() as i32)
                            .map(crate::i18n::date)
                            .unwrap_or_default();
                        let value = tr!(
                            "view-trend-hover-value",
                            date = date,
                            value = value_text(metric, Some(point.y))
                        );
                        format!("{name}\n{value}")
                    }));
                let plot = if inner {
                    plot.legend(legend(hidden, Corner::LeftTop))
                } else {
                    plot
                };
                plot.show(ui, |plot| {
                    // Beside the chart, the legend is ours: hidden groups are left out here.
                    for series in trend.iter().filter(|s| inner || !hidden.contains(&s.name)) {
                        let color = color32(series.color);
                        plot.line(
                            Line::new(series.name.as_str(), series.points.clone())
                                .color(color)
                                .style(line_style(series.variant))
                                .width(1.8),
                        );
                        // Markers make a one-bucket series (a month, a single day) visible too.
                        if series.points.len() <= 40 {
                            plot.points(
                                Points::new(series.name.as_str(), series.points.clone())
                                    .color(color)
                                    .shape(marker_shape(series.variant))
                                    .radius(2.5),
                            );
                        }
                    }
                });
            });
        ctx.follow_placed_legend(ui, plot_id, placed, &entries);
    }
}
