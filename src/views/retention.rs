//! Day-N retention per group, with 95 % Wilson intervals.

use egui_plot::{Corner, GridInput, GridMark, Line, Plot, Points};

use super::{View, ViewCtx};
use crate::dashboard::{Marks, Shown};
use crate::metrics::{Metric, MetricKind};
use crate::report::RowRef;
use crate::stats::Interval;
use crate::tr;
use crate::ui::legend::{Swatch, chart_with_legend, entries_of};
use crate::ui::plot::{axis_value, legend, near_point};
use crate::ui::{color32, line_style, marker_shape};

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

    fn title(&self) -> String {
        tr!("view-retention-title")
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        tr!(
            "view-retention-title-by",
            group = shown.data.query.group_by.label()
        )
    }

    /// Lines through the measured days; a legend click hides a group everywhere.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let hidden = ctx.hidden;
        let height = ctx.height;
        if data.retention.iter().all(|s| s.points.is_empty()) {
            ui.label(tr!("view-retention-no-columns"));
            return;
        }
        // The axis ticks exactly the measured days (D1, D7, D30), not round numbers between.
        let mut measured: Vec<f64> = data
            .retention
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p[0]))
            .collect();
        measured.sort_by(f64::total_cmp);
        measured.dedup();
        let plot_id = egui::Id::unique("plot-retention");
        let entries = entries_of(
            &data.retention,
            |s| (s.name.as_str(), s.color, s.variant, !s.points.is_empty()),
            Swatch::Line,
        );
        let placed =
            chart_with_legend(ui, plot_id, &entries, hidden, height, |ui, width, inner| {
                let plot = Plot::new("retention")
                    .id(plot_id)
                    .height(height)
                    .width(width)
                    .include_y(0.0)
                    .x_axis_label(tr!("view-retention-axis-x"))
                    .y_axis_label(tr!("view-retention-axis-y"))
                    .x_grid_spacer(move |input| day_marks(&measured, input))
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
                        let hover = data.group_index(name).and_then(|i| {
                            shown.explain(Metric::Retention(day as u16), RowRef::Group(i))
                        });
                        let value = tr!(
                            "view-retention-hover-day",
                            day = format!("{day}"),
                            value = format!("{:.2}%", point.y * 100.0)
                        );
                        let text = format!("{name}\n{value}");
                        match hover {
                            Some(h) => format!("{text}\n{h}"),
                            None => text,
                        }
                    }));
                let plot = if inner {
                    plot.legend(legend(hidden, Corner::RightTop))
                } else {
                    plot
                };
                plot.show(ui, |plot| {
                    let count = data.retention.len();
                    let days = data
                        .retention
                        .iter()
                        .flat_map(|s| s.points.iter().map(|p| p[0]));
                    let span =
                        days.clone().fold(f64::MIN, f64::max) - days.fold(f64::MAX, f64::min);
                    // Beside the chart, the legend is ours: hidden groups are left out here.
                    let drawn = data
                        .retention
                        .iter()
                        .filter(|s| inner || !hidden.contains(&s.name));
                    for (k, series) in drawn.enumerate() {
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
                                .style(line_style(series.variant))
                                .width(2.0),
                        );
                        plot.points(
                            Points::new(series.name.as_str(), series.points.clone())
                                .color(color)
                                .shape(marker_shape(series.variant))
                                .radius(3.5),
                        );
                    }
                });
            });
        ctx.follow_placed_legend(ui, plot_id, placed, &entries);
    }
}

/// A grid mark at each measured day, skipping a day too close to the last one labelled for
/// both labels to fit. Each mark's step is the room its label has, so egui_plot draws every
/// kept label at full strength.
pub fn day_marks(days: &[f64], input: GridInput) -> Vec<GridMark> {
    // `base_step_size` is 8 px in plot units; a label such as "D30" needs about 40 px.
    let per_px = input.base_step_size / 8.0;
    if !(per_px.is_finite() && per_px > 0.0) {
        return Vec::new();
    }
    let room = 40.0 * per_px;
    let mut kept: Vec<f64> = Vec::new();
    for day in days.iter().copied() {
        if kept.last().is_none_or(|last| day - last >= room) {
            kept.push(day);
        }
    }
    kept.iter()
        .map(|day| GridMark {
            value: *day,
            step_size: room.max(1.0) * 2.0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_the_measured_days() {
        let input = |px_per_day: f64| GridInput {
            bounds: (0.0, 31.0),
            base_step_size: 8.0 / px_per_day,
        };
        let values = |marks: Vec<GridMark>| marks.iter().map(|m| m.value).collect::<Vec<_>>();
        // Wide enough for every label: D1, D7 and D30, nothing else.
        assert_eq!(
            values(day_marks(&[1.0, 7.0, 30.0], input(15.0))),
            [1.0, 7.0, 30.0]
        );
        // Narrow: D7 is too close to D1 to label, D30 stays.
        assert_eq!(
            values(day_marks(&[1.0, 7.0, 30.0], input(5.0))),
            [1.0, 30.0]
        );
    }
}
