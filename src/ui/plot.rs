//! What the charts share: hover labels near points, legends that follow the core's group order
//! and the shared hidden set, date axes, and axis numbers in a metric's own units.

use std::collections::BTreeSet;

use chrono::Datelike;
use egui_plot::{
    Corner, GridInput, GridMark, HoverPosition, ItemId, Legend, PlotMemory, PlotPoint,
};

use crate::data::clean::{date_from_epoch_days, date_from_epoch_days_i64};
use crate::format::group_thousands;
use crate::i18n::Lang;
use crate::metrics::{Granularity, MetricKind};

/// A hover label only near a data point: `text(series name, point)`.
pub fn near_point(
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

/// Id shared by the time charts so zooming one zooms all.
pub fn time_link() -> egui::Id {
    egui::Id::unique("roi-lens-time-axis")
}

/// The legend: insertion order (the core's group order), small, in the corner where the chart
/// has the least data, with the shared hidden set applied.
pub fn legend(hidden: &BTreeSet<String>, corner: Corner) -> Legend {
    Legend::default()
        .follow_insertion_order(true)
        .position(corner)
        .text_style(egui::TextStyle::Small)
        .background_alpha(0.8)
        .hidden_items(hidden.iter().map(|name| ItemId::new(name.as_str())))
}

/// Calendar units for date ticks, in days (months and quarters approximate, as egui_plot's
/// `step_size` only has to be consistent).
pub const DAY: f64 = 1.0;
pub const WEEK: f64 = 7.0;
pub const MONTH: f64 = 30.0;
pub const QUARTER: f64 = 91.0;
pub const YEAR: f64 = 365.0;

/// Grid marks for a date axis (days since 1970-01-01), chosen by how many days fit in the
/// space a label needs: days, Mondays, month starts, quarter starts or years are labelled, with
/// the next smaller unit as unlabelled minor lines.
pub fn date_marks(input: GridInput) -> Vec<GridMark> {
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
        let Some(date) = date_from_epoch_days_i64(day) else {
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
pub fn changed_hidden<'a>(
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
/// axis range, not each value, so one axis never mixes `9,000` with `10k`. In Chinese and
/// Japanese the units are 万 (10⁴) and 亿 / 億 (10⁸), as their readers count (unless plain
/// digits are asked for, when the axis is as in English).
pub fn axis_value(kind: MetricKind, v: f64, range: &std::ops::RangeInclusive<f64>) -> String {
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
            let units = match crate::i18n::language() {
                _ if crate::i18n::plain_digits() => None,
                Lang::En => None,
                Lang::Zh => Some("亿"),
                Lang::Ja => Some("億"),
            };
            if v == 0.0 {
                "0".to_owned()
            } else if let Some(hundred_million) = units {
                if top >= 2e8 {
                    format!("{}{hundred_million}", trim(format!("{:.1}", v / 1e8)))
                } else if top >= 1e4 {
                    format!("{}万", trim(group_thousands(v / 1e4, 1)))
                } else {
                    group_thousands(v, if top < 10.0 && v.fract() != 0.0 { 1 } else { 0 })
                }
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

/// A date on a time axis, as short as its tick's step allows, written as the reader of the
/// language writes dates (see [`crate::i18n::date`]): `2024`, `2024-06`, `06-01` in English,
/// `2024年`, `2024年6月`, `6月1日` in Chinese, `2024年`, `2024/6`, `6/1` in Japanese.
pub fn date_label(mark: GridMark, granularity: Granularity) -> String {
    let Some(date) = date_from_epoch_days(mark.value.round() as i32) else {
        return String::new();
    };
    let (year, month, day) = match crate::i18n::language() {
        Lang::En => ("%Y", "%Y-%m", "%m-%d"),
        Lang::Zh => ("%Y年", "%Y年%-m月", "%-m月%-d日"),
        Lang::Ja => ("%Y年", "%Y/%-m", "%-m/%-d"),
    };
    let format = if mark.step_size >= YEAR {
        year
    } else if mark.step_size >= MONTH || granularity == Granularity::Month {
        month
    } else {
        day
    };
    date.format(format).to_string()
}

/// A fixed chart of one horizontal bar (or pair) per name: `names` from the bottom up, each on
/// its own equally strong tick so every name is drawn alike, room for them on the axis, no
/// zooming or dragging; the x axis starts at 0 and reaches `x_max`.
pub fn ranked_rows<'a>(
    plot: egui_plot::Plot<'a>,
    names: Vec<String>,
    x_max: f64,
) -> egui_plot::Plot<'a> {
    let n = names.len();
    let name_width = ranked_axis_width(&names);
    plot.y_grid_spacer(move |_| {
        // egui_plot fades a label whose step is only a few points on screen; every name is
        // kept in full strength by a step far larger than the rows' spacing.
        (0..n)
            .map(|y| GridMark {
                value: y as f64,
                step_size: 100.0,
            })
            .collect()
    })
    .y_axis_min_width(name_width)
    .y_axis_formatter(move |mark: GridMark, _| {
        let i = mark.value.round();
        if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
            names.get(i as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    })
    .show_grid([true, false])
    .allow_zoom(false)
    .allow_drag(false)
    .allow_scroll(false)
    .allow_boxed_zoom(false)
    .include_x(0.0)
    .include_x(x_max)
    .include_y(-0.6)
    .include_y(n as f64 - 0.4)
}

/// The width [`ranked_rows`] gives the names on its axis.
pub fn ranked_axis_width(names: &[String]) -> f32 {
    let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(4);
    (longest as f32 * 7.5).clamp(40.0, 160.0)
}

/// How far an x axis starting at 0 must reach so that labels drawn right of their points
/// fit inside the plot: `labels` are (where the label starts, its width in points), the plot
/// is `plot_width` points wide, and the axis reaches at least `floor`. A label wider than 60 %
/// of the plot gets no more than that.
pub fn reach_for_labels(
    labels: impl Iterator<Item = (f64, f32)>,
    plot_width: f32,
    floor: f64,
) -> f64 {
    let plot_width = plot_width.max(1.0);
    labels
        .filter(|(x, _)| x.is_finite() && *x > 0.0)
        .map(|(x, width)| x / (1.0 - f64::from((width / plot_width).min(0.6))))
        .fold(floor, f64::max)
}
