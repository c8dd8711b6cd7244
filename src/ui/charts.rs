//! The dashboard's charts. Each draws series prepared by the core; the ones with a legend
//! return the set of hidden groups when the user changed it, so hiding a channel in one chart
//! hides it in all.

use std::collections::BTreeSet;

use chrono::Datelike;
use egui::{Align2, RichText};
use egui_plot::{
    Bar, BarChart, Corner, GridInput, GridMark, HoverPosition, ItemId, Legend, Line, Plot,
    PlotMemory, PlotPoint, Points, Text,
};

/// A hover label only near a data point: `text(series name, point)`.
fn near_point(
    text: impl Fn(&str, PlotPoint) -> String,
) -> impl Fn(&HoverPosition<'_>) -> Option<String> {
    move |pos| match pos {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } if !plot_name.is_empty() => Some(text(plot_name, *position)),
        _ => None,
    }
}

use crate::dashboard::DashboardData;
use crate::data::clean::date_from_epoch_days;
use crate::format::{self, format_value, group_thousands};
use crate::metrics::{Granularity, Metric, MetricKind};
use crate::report::RowRef;
use crate::stats::Interval;
use crate::ui::color32;
use crate::ui::table::{marker_color, value_hover};

/// Id shared by the time charts so zooming one zooms all.
fn time_link() -> egui::Id {
    egui::Id::unique("roi-lens-time-axis")
}

/// The legend: insertion order (the core's group order), small, in the corner where the chart
/// has the least data, with the shared hidden set applied.
fn legend(hidden: &BTreeSet<String>, corner: Corner) -> Legend {
    Legend::default()
        .follow_insertion_order(true)
        .position(corner)
        .text_style(egui::TextStyle::Small)
        .background_alpha(0.8)
        .hidden_items(hidden.iter().map(|name| ItemId::new(name.as_str())))
}

/// Calendar units for date ticks, in days (months and quarters approximate, as egui_plot's
/// `step_size` only has to be consistent).
const DAY: f64 = 1.0;
const WEEK: f64 = 7.0;
const MONTH: f64 = 30.0;
const QUARTER: f64 = 91.0;
const YEAR: f64 = 365.0;

/// Grid marks for a date axis (days since 1970-01-01), chosen by how many days fit in the
/// space a label needs: days, Mondays, month starts, quarter starts or years are labelled, with
/// the next smaller unit as unlabelled minor lines.
fn date_marks(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || hi - lo > 40_000.0 {
        return Vec::new();
    }
    // `base_step_size` is the plot's minimum grid spacing (8 px) in days; a label needs ~80 px.
    let days_per_label = input.base_step_size * 10.0;
    let label_unit = [DAY, WEEK, MONTH, QUARTER, YEAR]
        .into_iter()
        .find(|u| *u >= days_per_label)
        .unwrap_or(YEAR);
    let minor_unit = if label_unit == DAY {
        None
    } else if label_unit == WEEK {
        Some(DAY)
    } else if label_unit == MONTH {
        Some(WEEK)
    } else {
        Some(MONTH)
    }
    .filter(|m| *m >= input.base_step_size);
    let unit_of = |date: chrono::NaiveDate| -> f64 {
        if date.month() == 1 && date.day() == 1 {
            YEAR
        } else if date.day() == 1 && (date.month() - 1).is_multiple_of(3) {
            QUARTER
        } else if date.day() == 1 {
            MONTH
        } else if date.weekday() == chrono::Weekday::Mon {
            WEEK
        } else {
            DAY
        }
    };
    let mut marks = Vec::new();
    for day in (lo.floor() as i64)..=(hi.ceil() as i64) {
        let Some(date) = date_from_epoch_days(day as i32) else {
            continue;
        };
        let mut unit = unit_of(date);
        // Weeks and months do not nest: when Mondays are labelled, a month start that is not
        // a Monday would crowd its neighbour's label, so it is an ordinary day.
        if label_unit == WEEK && unit > WEEK && date.weekday() != chrono::Weekday::Mon {
            unit = DAY;
        }
        // A quarter start is also a month start, a month start on a Monday also a week, etc.
        // egui_plot labels a mark when its `step_size` is wide enough on screen; minor marks get
        // a step far below their real spacing so they draw as thin lines and are never labelled.
        let step = match minor_unit {
            _ if unit >= label_unit => label_unit,
            Some(minor) if unit >= minor => input.base_step_size,
            _ => continue,
        };
        marks.push(GridMark {
            value: day as f64,
            step_size: step,
        });
    }
    marks
}

/// The groups the user hid in this plot's legend, if different from `hidden`. Only the
/// groups with an entry in this legend (`entries`: those with points in this chart) are read
/// from it; a group the chart cannot show keeps its state, or hiding a channel that has no
/// revenue would be undone by the scatter, say.
fn changed_hidden<'a>(
    ctx: &egui::Context,
    plot_id: egui::Id,
    entries: impl Iterator<Item = &'a str>,
    hidden: &BTreeSet<String>,
) -> Option<BTreeSet<String>> {
    let memory = PlotMemory::load(ctx, plot_id)?;
    let entries: BTreeSet<&str> = entries.collect();
    let mut now: BTreeSet<String> = hidden
        .iter()
        .filter(|name| !entries.contains(name.as_str()))
        .cloned()
        .collect();
    now.extend(
        entries
            .iter()
            .filter(|name| memory.hidden_items.contains(&ItemId::new(**name)))
            .map(|name| (*name).to_owned()),
    );
    (&now != hidden).then_some(now)
}

/// Axis tick text for a metric: `12k`, `1.2M`, `35%`, `2.5`. The unit (k, M) follows the
/// axis range, not each value, so one axis never mixes `9,000` with `10k`.
fn axis_value(kind: MetricKind, v: f64, range: &std::ops::RangeInclusive<f64>) -> String {
    match kind {
        MetricKind::Rate => format!("{:.1}%", v * 100.0),
        MetricKind::Multiple => format!("{v:.2}"),
        MetricKind::Money | MetricKind::Count => {
            let top = range.start().abs().max(range.end().abs());
            let trim = |s: String| {
                if s.contains('.') {
                    s.trim_end_matches('0').trim_end_matches('.').to_owned()
                } else {
                    s
                }
            };
            if v == 0.0 {
                "0".to_owned()
            } else if top >= 2e6 {
                format!("{}M", trim(format!("{:.1}", v / 1e6)))
            } else if top >= 1e4 {
                format!("{}k", trim(format!("{:.1}", v / 1e3)))
            } else {
                group_thousands(v, if top < 10.0 && v.fract() != 0.0 { 1 } else { 0 })
            }
        }
    }
}

fn date_label(mark: GridMark, granularity: Granularity) -> String {
    let Some(date) = date_from_epoch_days(mark.value.round() as i32) else {
        return String::new();
    };
    let format = if mark.step_size >= YEAR {
        "%Y"
    } else if mark.step_size >= MONTH || granularity == Granularity::Month {
        "%Y-%m"
    } else {
        "%m-%d"
    };
    date.format(format).to_string()
}

/// The height the ROI chart needs for `bars` bars: at least 34 px each keeps every name on
/// the axis legible with 12 channels.
pub fn roi_min_height(bars: usize) -> f32 {
    34.0 * bars as f32 + 60.0
}

/// ROI per group as ranked horizontal bars (best at the top, names on the axis so they never
/// collide), value labels, and the overall ROI as a reference line.
pub fn roi_ui(
    ui: &mut egui::Ui,
    data: &DashboardData,
    hidden: &BTreeSet<String>,
    height: f32,
) -> Option<BTreeSet<String>> {
    let roi = data.by_group.values(Metric::Roi);
    if !data.by_group.metrics.contains(&Metric::Roi) {
        ui.label("No revenue column: ROI cannot be computed.");
        return None;
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
    let bounds = |i: usize| data.interval(Metric::Roi, i).and_then(Interval::range);
    let max_roi = (0..roi.len())
        .filter_map(|i| roi[i].map(|v| bounds(i).map_or(v, |(_, hi)| hi.max(v))))
        .fold(0.0_f64, f64::max);
    let baseline = data.baseline();
    let ink = ui.visuals().strong_text_color();
    // Bar labels a little larger than body text (pictures for slides scale body text up).
    let label_size = egui::TextStyle::Body.resolve(ui.style()).size * 1.04;
    let name_width = names_by_y
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(4) as f32
        * 7.5;
    // At most 90 px per bar keeps one or two bars from filling a whole slide.
    let plot_height = height.min(90.0 * n as f32 + 80.0);
    let shown = Plot::new("roi")
        .height(plot_height)
        .width(ui.available_width())
        // One equally strong tick per bar, so every name is drawn alike.
        .y_grid_spacer(move |_| {
            (0..n)
                .map(|y| GridMark {
                    value: y as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_min_width(name_width.clamp(40.0, 160.0))
        .show_grid([true, false])
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_x(0.0)
        .include_x(max_roi * 1.15)
        .include_y(-0.6)
        .include_y(n as f64 - 0.4)
        .x_axis_label("ROI (revenue ÷ spend)")
        .y_axis_formatter(move |mark: GridMark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                names_by_y.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .label_formatter(near_point(|name, point| {
            let hover = data
                .group_index(name)
                .and_then(|i| value_hover(data, Metric::Roi, RowRef::Group(i)));
            match hover {
                Some(h) => format!("{name}\nROI {:.2}\n{h}", point.x),
                None => format!("{name}\nROI {:.2}", point.x),
            }
        }))
        .show(ui, |plot| {
            for (rank, i) in order.iter().enumerate() {
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
                    .element_formatter(Box::new(|bar: &Bar, _: &BarChart| {
                        format!("{}\nROI {:.2}", bar.name, bar.value)
                    })),
                );
                // The 95 % interval as a whisker with caps; the label goes past its end.
                let mut label_x = value;
                if let Some((lo, hi)) = bounds(*i) {
                    let cap = 0.14;
                    for segment in [
                        vec![[lo, y], [hi, y]],
                        vec![[lo, y - cap], [lo, y + cap]],
                        vec![[hi, y - cap], [hi, y + cap]],
                    ] {
                        plot.line(Line::new(name.as_str(), segment).color(ink).width(1.5));
                    }
                    label_x = hi.max(value);
                }
                let marker = data
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
                        " baseline",
                        0.0,
                        egui::TextFormat::simple(
                            egui::FontId::proportional(font.size * 0.8),
                            ink.gamma_multiply(0.7),
                        ),
                    );
                }
                plot.text(
                    Text::new(name.as_str(), PlotPoint::new(label_x, y), job)
                        .anchor(Align2::LEFT_CENTER),
                );
            }
            if let Some(overall) = overall {
                let label = format!("Overall ROI {overall:.2}");
                plot.vline(
                    egui_plot::VLine::new(label.as_str(), overall)
                        .style(egui_plot::LineStyle::dashed_loose())
                        .color(egui::Color32::GRAY),
                );
                plot.text(
                    Text::new(
                        label.as_str(),
                        PlotPoint::new(overall, n as f64 - 0.45),
                        RichText::new(format!(" overall {overall:.2}")).small(),
                    )
                    .anchor(Align2::LEFT_BOTTOM),
                );
            }
        });
    // The interval and the comparison in a tooltip (the plot's own label is one short line).
    if let Some(pos) = shown.response.hover_pos() {
        let at = shown.transform.value_from_position(pos);
        let rank = (n as f64 - 1.0 - at.y).round();
        if (0.0..n as f64).contains(&rank) && (at.y - at.y.round()).abs() < 0.4 && at.x >= 0.0 {
            let i = order[rank as usize];
            if let Some(text) = value_hover(data, Metric::Roi, RowRef::Group(i)) {
                shown
                    .response
                    .on_hover_text(format!("{}\n{text}", data.groups[i].0));
            }
        }
    }
    None
}

/// Impressions → clicks → conversions per group, with CTR and CVR between the stages.
pub fn funnel_ui(ui: &mut egui::Ui, data: &DashboardData, hidden: &BTreeSet<String>, height: f32) {
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
                .and_then(|i| data.interval(metric, i))
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
            let verdict = row.and_then(|i| data.verdict(metric, i));
            let mark = verdict.map_or(" ", |v| format::marker(v.direction));
            let color = verdict.map_or(egui::Color32::TRANSPARENT, |v| marker_color(v.direction));
            let mark = ui.label(RichText::new(mark).color(color));
            if let Some(hover) = row.and_then(|i| value_hover(data, metric, RowRef::Group(i))) {
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
                    ui.label(RichText::new(data.view.group_by.name()).strong());
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

/// Day-N retention per group.
pub fn retention_ui(
    ui: &mut egui::Ui,
    data: &DashboardData,
    hidden: &BTreeSet<String>,
    height: f32,
) -> Option<BTreeSet<String>> {
    if data.retention.iter().all(|s| s.points.is_empty()) {
        ui.label("No retention columns (new users and day-N retained) in these files.");
        return None;
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
                .and_then(|i| value_hover(data, Metric::Retention(day as u16), RowRef::Group(i)));
            let text = format!("{name}\nday {day}: {:.2}%", point.y * 100.0);
            match hover {
                Some(h) => format!("{text}\n{h}"),
                None => text,
            }
        }))
        .show(ui, |plot| {
            let shown = data.retention.len();
            let days = data
                .retention
                .iter()
                .flat_map(|s| s.points.iter().map(|p| p[0]));
            let span = days.clone().fold(f64::MIN, f64::max) - days.fold(f64::MAX, f64::min);
            for (k, series) in data.retention.iter().enumerate() {
                let color = color32(series.color);
                // 95 % Wilson intervals, nudged apart so neighbouring channels stay readable.
                let row = data.group_index(&series.name);
                let nudge = (k as f64 - (shown as f64 - 1.0) / 2.0) * 0.006 * span.max(1.0);
                for point in &series.points {
                    let metric = Metric::Retention(point[0] as u16);
                    let Some((lo, hi)) = row
                        .and_then(|i| data.interval(metric, i))
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
    changed_hidden(ui.ctx(), plot_id, entries.map(|s| s.name.as_str()), hidden)
}

/// The chosen metric per group over time.
pub fn trend_ui(
    ui: &mut egui::Ui,
    data: &DashboardData,
    hidden: &BTreeSet<String>,
    height: f32,
) -> Option<BTreeSet<String>> {
    if data.trend.is_empty() {
        ui.label("No date column: no trend to show.");
        return None;
    }
    let metric = data.view.trend_metric;
    let granularity = data.view.granularity;
    let plot_id = egui::Id::unique("plot-trend");
    // Lines run the whole width, so the legend sits in headroom above the highest point.
    let top = data
        .trend
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| p[1])
        .fold(0.0_f64, f64::max);
    let row = egui::TextStyle::Small.resolve(ui.style()).size * 1.6;
    let legend_share = ((data.trend.len() as f32 * row + 16.0) / height.max(1.0)).min(0.6);
    let (per, each) = match granularity {
        Granularity::Day => ("per day", "daily"),
        Granularity::Week => ("per week", "weekly"),
        Granularity::Month => ("per month", "monthly"),
    };
    let y_title = match metric {
        Metric::Sum(_) => format!("{} {per}", metric.label()),
        _ => format!("{}, {each}", metric.label()),
    };
    Plot::new("trend")
        .id(plot_id)
        .height(height)
        .width(ui.available_width())
        .legend(legend(hidden, Corner::LeftTop))
        .x_grid_spacer(date_marks)
        .link_axis(time_link(), [true, false])
        .link_cursor(time_link(), [true, false])
        .include_y(0.0)
        .include_y(top / (1.0 - f64::from(legend_share)))
        .x_axis_label("date")
        .y_axis_label(y_title)
        .x_axis_formatter(move |mark: GridMark, _| date_label(mark, granularity))
        .y_axis_formatter(
            move |mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
                axis_value(metric.kind(), mark.value, range)
            },
        )
        .label_formatter(near_point(move |name, point| {
            let date = date_from_epoch_days(point.x.round() as i32)
                .map(|d| d.to_string())
                .unwrap_or_default();
            format!("{name}\n{date}: {}", format_value(metric, Some(point.y)))
        }))
        .show(ui, |plot| {
            for series in &data.trend {
                let color = color32(series.color);
                plot.line(
                    Line::new(series.name.as_str(), series.points.clone())
                        .color(color)
                        .width(1.8),
                );
                // Markers make a one-bucket series (a month, a single day) visible too.
                if series.points.len() <= 40 {
                    plot.points(
                        Points::new(series.name.as_str(), series.points.clone())
                            .color(color)
                            .radius(2.5),
                    );
                }
            }
        });
    let entries = data.trend.iter().filter(|s| !s.points.is_empty());
    changed_hidden(ui.ctx(), plot_id, entries.map(|s| s.name.as_str()), hidden)
}

/// Daily spend against revenue per group, with the break-even line (ROI = 1).
pub fn scatter_ui(
    ui: &mut egui::Ui,
    data: &DashboardData,
    hidden: &BTreeSet<String>,
    height: f32,
) -> Option<BTreeSet<String>> {
    if data.scatter.iter().all(|s| s.points.is_empty()) {
        ui.label("Needs a date and a revenue column.");
        return None;
    }
    let max_spend = data
        .scatter
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| p.spend)
        .fold(0.0_f64, f64::max);
    let plot_id = egui::Id::unique("plot-scatter");
    Plot::new("scatter")
        .id(plot_id)
        .height(height)
        .width(ui.available_width())
        .legend(legend(hidden, Corner::LeftTop))
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
        })
        .show(ui, |plot| {
            for series in &data.scatter {
                let points: Vec<[f64; 2]> =
                    series.points.iter().map(|p| [p.spend, p.revenue]).collect();
                plot.points(
                    Points::new(series.name.as_str(), points)
                        .color(color32(series.color))
                        .radius(2.5),
                );
            }
            plot.line(
                Line::new(
                    "Break-even (ROI = 1)",
                    vec![[0.0, 0.0], [max_spend, max_spend]],
                )
                .color(egui::Color32::GRAY)
                .style(egui_plot::LineStyle::dashed_dense()),
            );
        });
    let entries = data.scatter.iter().filter(|s| !s.points.is_empty());
    changed_hidden(ui.ctx(), plot_id, entries.map(|s| s.name.as_str()), hidden)
}
