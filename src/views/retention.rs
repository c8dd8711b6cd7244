//! Day-N retention per group, with 95 % Wilson intervals.

use egui_plot::{Corner, GridMark, Line, Plot, Points};

use super::{View, ViewCtx};
use crate::dashboard::{Marks, Shown};
use crate::metrics::{Metric, MetricKind};
use crate::report::RowRef;
use crate::stats::Interval;
use crate::ui::color32;
use crate::ui::plot::{axis_value, legend, near_point};

pub struct Retention;

impl View for Retention {
    fn id(&self) -> &'static str {
        "retention"
    }

    fn marks(&self) -> Marks {
        Marks {
            whiskers: true,
            ..Marks::NONE
        }
    }

    fn title(&self) -> &'static str {
        "Retention"
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        format!("Retention by {}", shown.data.query.group_by.name())
    }

    /// Lines through the measured days; a legend click hides a group everywhere.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let hidden = ctx.hidden;
        let height = ctx.height;
        if data.retention.iter().all(|s| s.points.is_empty()) {
            ui.label("No retention columns (new users and day-N retained) in these files.");
            return;
        }
        let plot_id = egui::Id::unique("plot-retention");
        Plot::new("retention")
            .id(plot_id)
            .height(height)
            .width(ui.available_width())
            .legend(legend(hidden, Corner::RightTop))
            .include_y(0.0)
            .x_axis_label("days after install")
            .y_axis_label("retention (% of new users)")
            .x_axis_formatter(|mark: GridMark, _| {
                if mark.value >= 0.0 && mark.value.fract() == 0.0 {
                    format!("D{}", mark.value)
                } else {
                    String::new()
                }
            })
            .y_axis_formatter(|mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
                axis_value(MetricKind::Rate, mark.value, range)
            })
            .label_formatter(near_point(|name, point| {
                let day = point.x.round();
                let hover = data
                    .group_index(name)
                    .and_then(|i| shown.explain(Metric::Retention(day as u16), RowRef::Group(i)));
                let text = format!("{name}\nday {day}: {:.2}%", point.y * 100.0);
                match hover {
                    Some(h) => format!("{text}\n{h}"),
                    None => text,
                }
            }))
            .show(ui, |plot| {
                let count = data.retention.len();
                let days = data
                    .retention
                    .iter()
                    .flat_map(|s| s.points.iter().map(|p| p[0]));
                let span = days.clone().fold(f64::MIN, f64::max) - days.fold(f64::MAX, f64::min);
                for (k, series) in data.retention.iter().enumerate() {
                    let color = color32(series.color);
                    // 95 % Wilson intervals, nudged apart so neighbouring channels stay readable.
                    let row = data.group_index(&series.name);
                    let nudge = (k as f64 - (count as f64 - 1.0) / 2.0) * 0.006 * span.max(1.0);
                    for point in &series.points {
                        let metric = Metric::Retention(point[0] as u16);
                        let Some((lo, hi)) = row
                            .and_then(|i| shown.interval(metric, i))
                            .and_then(Interval::range)
                        else {
                            continue;
                        };
                        let x = point[0] + nudge;
                        plot.line(
                            Line::new(series.name.as_str(), vec![[x, lo], [x, hi]])
                                .color(color)
                                .width(1.5),
                        );
                    }
                    plot.line(
                        Line::new(series.name.as_str(), series.points.clone())
                            .color(color)
                            .width(2.0),
                    );
                    plot.points(
                        Points::new(series.name.as_str(), series.points.clone())
                            .color(color)
                            .radius(3.5),
                    );
                }
            });
        let entries = data.retention.iter().filter(|s| !s.points.is_empty());
        ctx.follow_legend(ui, plot_id, entries.map(|s| s.name.as_str()));
    }
}
