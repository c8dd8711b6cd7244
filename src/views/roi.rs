//! ROI per group as ranked horizontal bars, with the overall ROI as a reference line.

use egui::{Align2, RichText};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoint, Text};

use super::{View, ViewCtx};
use crate::dashboard::{Marks, Shown};
use crate::format;
use crate::metrics::Metric;
use crate::report::RowRef;
use crate::stats::Interval;
use crate::tr;
use crate::ui::plot::{near_point, ranked_axis_width, ranked_rows, reach_for_labels};
use crate::ui::{color32, marker_color};

pub struct Roi;

impl View for Roi {
    fn id(&self) -> &'static str {
        "roi"
    }

    fn marks(&self) -> Marks {
        Marks {
            deltas: false,
            ..Marks::ALL
        }
    }

    fn title(&self) -> String {
        tr!("view-roi-title")
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        tr!(
            "view-roi-title-by",
            group = shown.data.query.group_by.label()
        )
    }

    /// Ranked bars (best at the top, names on the axis so they never collide), value labels,
    /// whiskers for the 95 % intervals and markers for the comparison with the baseline.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let hidden = ctx.hidden;
        // On screen the card scrolls, so it can grow to keep every name legible.
        let height = if ctx.on_screen() {
            ctx.height.max(min_height(data.chart_rows(hidden).len()))
        } else {
            ctx.height
        };
        let roi = data.by_group.values(Metric::Roi);
        if !data.by_group.metrics.contains(&Metric::Roi) {
            ui.label(tr!("view-roi-no-revenue"));
            return;
        }
        // Names are on the axis, so this chart needs no legend; groups hidden elsewhere are left out.
        let mut order = data.chart_rows(hidden);
        order.sort_by(|a, b| {
            roi[*b]
                .unwrap_or(f64::NEG_INFINITY)
                .total_cmp(&roi[*a].unwrap_or(f64::NEG_INFINITY))
        });
        let n = order.len();
        // Rank 0 (the best) is drawn at the top: y = n - 1 - rank.
        let names_by_y: Vec<String> = order
            .iter()
            .rev()
            .map(|i| data.groups[*i].0.clone())
            .collect();
        let overall = data.totals.values(Metric::Roi).first().copied().flatten();
        let bounds = |i: usize| shown.interval(Metric::Roi, i).and_then(Interval::range);
        let max_roi = (0..roi.len())
            .filter_map(|i| roi[i].map(|v| bounds(i).map_or(v, |(_, hi)| hi.max(v))))
            .fold(0.0_f64, f64::max);
        let baseline = shown.baseline();
        let ink = ui.visuals().strong_text_color();
        // Bar labels a little larger than body text (pictures for slides scale body text up).
        let label_size = egui::TextStyle::Body.resolve(ui.style()).size * 1.04;
        // Each bar's label: its value, the comparison's marker, "baseline"; it starts past the
        // bar or its whisker, whichever reaches further.
        let labels: Vec<Option<(f64, egui::text::LayoutJob)>> = order
            .iter()
            .map(|i| {
                let value = roi[*i]?;
                let label_x = bounds(*i).map_or(value, |(_, hi)| hi.max(value));
                let marker = shown
                    .verdict(Metric::Roi, *i)
                    .map(|v| (format::marker(v.direction), marker_color(v.direction)));
                let mut job = egui::text::LayoutJob::default();
                let font = egui::FontId::proportional(label_size);
                let plain = egui::TextFormat::simple(font.clone(), ink);
                job.append(&format!(" {value:.2}"), 0.0, plain.clone());
                if let Some((mark, color)) = marker {
                    job.append(
                        &format!(" {mark}"),
                        0.0,
                        egui::TextFormat::simple(font.clone(), color),
                    );
                }
                if baseline == Some(*i) {
                    job.append(
                        &format!(" {}", tr!("view-roi-baseline")),
                        0.0,
                        egui::TextFormat::simple(
                            egui::FontId::proportional(font.size * 0.8),
                            ink.gamma_multiply(0.7),
                        ),
                    );
                }
                Some((label_x, job))
            })
            .collect();
        // The axis reaches far enough for every label to fit inside the plot.
        // egui_plot widens the name axis to its longest name (in body text).
        let axis_font = egui::TextStyle::Body.resolve(ui.style());
        let longest_name = names_by_y
            .iter()
            .map(|name| {
                let galley = ui
                    .painter()
                    .layout_no_wrap(name.clone(), axis_font.clone(), ink);
                galley.size().x
            })
            .fold(ranked_axis_width(&names_by_y), f32::max);
        let plot_width = ui.available_width() - longest_name - 24.0;
        let reach = reach_for_labels(
            labels.iter().flatten().map(|(x, job)| {
                let width = ui.painter().layout_job(job.clone()).size().x;
                (*x, width + 4.0)
            }),
            plot_width,
            max_roi * 1.05,
        );
        // At most 90 px per bar keeps one or two bars from filling a whole slide.
        let plot_height = height.min(90.0 * n as f32 + 80.0);
        let plotted = ranked_rows(Plot::new("roi"), names_by_y, reach)
            .height(plot_height)
            .width(ui.available_width())
            .x_axis_label(tr!("view-roi-axis-x"))
            .label_formatter(near_point(|name, point| {
                let hover = data
                    .group_index(name)
                    .and_then(|i| shown.explain(Metric::Roi, RowRef::Group(i)));
                let value = tr!("view-roi-hover-value", value = format!("{:.2}", point.x));
                match hover {
                    Some(h) => format!("{name}\n{value}\n{h}"),
                    None => format!("{name}\n{value}"),
                }
            }))
            .show(ui, |plot| {
                for (rank, (i, label)) in order.iter().zip(labels).enumerate() {
                    let (name, rgb) = &data.groups[*i];
                    let Some(value) = roi[*i] else { continue };
                    let y = (n - 1 - rank) as f64;
                    let color = color32(*rgb);
                    plot.bar_chart(
                        BarChart::new(
                            name.as_str(),
                            vec![Bar::new(y, value).fill(color).width(0.65).name(name)],
                        )
                        .horizontal()
                        .color(color)
                        .element_formatter(Box::new(
                            |bar: &Bar, _: &BarChart| {
                                let value = tr!(
                                    "view-roi-hover-value",
                                    value = format!("{:.2}", bar.value)
                                );
                                format!("{}\n{value}", bar.name)
                            },
                        )),
                    );
                    // The 95 % interval as a whisker with caps; the label goes past its end.
                    if let Some((lo, hi)) = bounds(*i) {
                        let cap = 0.14;
                        for segment in [
                            vec![[lo, y], [hi, y]],
                            vec![[lo, y - cap], [lo, y + cap]],
                            vec![[hi, y - cap], [hi, y + cap]],
                        ] {
                            plot.line(Line::new(name.as_str(), segment).color(ink).width(1.5));
                        }
                    }
                    if let Some((label_x, job)) = label {
                        plot.text(
                            Text::new(name.as_str(), PlotPoint::new(label_x, y), job)
                                .anchor(Align2::LEFT_CENTER),
                        );
                    }
                }
                if let Some(overall) = overall {
                    let value = format!("{overall:.2}");
                    let label = tr!("view-roi-overall-line", value = value.as_str());
                    plot.vline(
                        egui_plot::VLine::new(label.as_str(), overall)
                            .style(egui_plot::LineStyle::dashed_loose())
                            .color(egui::Color32::GRAY),
                    );
                    plot.text(
                        Text::new(
                            label.as_str(),
                            PlotPoint::new(overall, n as f64 - 0.45),
                            RichText::new(format!(
                                " {}",
                                tr!("view-roi-overall", value = value.as_str())
                            ))
                            .small(),
                        )
                        .anchor(Align2::LEFT_BOTTOM),
                    );
                }
            });
        // The interval and the comparison in a tooltip (the plot's own label is one short line).
        if let Some(pos) = plotted.response.hover_pos() {
            let at = plotted.transform.value_from_position(pos);
            let rank = (n as f64 - 1.0 - at.y).round();
            if (0.0..n as f64).contains(&rank) && (at.y - at.y.round()).abs() < 0.4 && at.x >= 0.0 {
                let i = order[rank as usize];
                if let Some(text) = shown.explain(Metric::Roi, RowRef::Group(i)) {
                    plotted
                        .response
                        .on_hover_text(format!("{}\n{text}", data.groups[i].0));
                }
            }
        }
    }
}

/// The height the ROI chart needs for `bars` bars: at least 34 px each keeps every name on
/// the axis legible with 12 channels.
fn min_height(bars: usize) -> f32 {
    34.0 * bars as f32 + 60.0
}
