//! The KPI table: one row per group with every metric, sortable by any column, with a totals
//! row computed by the core (ratios of sums, not sums of ratios). With statistics on, a ±
//! column follows each metric that has an interval, a marker says how a group compares with
//! the baseline, and Δ / Δ % columns compare with another period.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use crate::app::TableSort;
use crate::dashboard::DashboardData;
use crate::format::{self, format_value};
use crate::metrics::{Metric, change};
use crate::report::RowRef;
use crate::stats::{Direction, Interval};
use crate::ui::color32;

/// One column after the name.
#[derive(Clone, Copy, PartialEq)]
enum TableColumn {
    Value(Metric),
    PlusMinus(Metric),
    Change(Metric),
    ChangePct(Metric),
}

impl TableColumn {
    fn heading(self) -> String {
        match self {
            TableColumn::Value(m) => m.name(),
            TableColumn::PlusMinus(_) => "±".to_owned(),
            TableColumn::Change(_) => "Δ".to_owned(),
            TableColumn::ChangePct(_) => "Δ %".to_owned(),
        }
    }
}

/// Green for a significantly higher value, red for lower, grey for the same.
pub fn marker_color(direction: Direction) -> egui::Color32 {
    match direction {
        Direction::Higher => egui::Color32::from_rgb(0x2e, 0x9d, 0x4f),
        Direction::Lower => egui::Color32::from_rgb(0xd2, 0x3f, 0x31),
        Direction::Same => egui::Color32::GRAY,
    }
}

/// The hover text of a value: the interval and the comparison with the baseline.
pub fn value_hover(data: &DashboardData, metric: Metric, row: RowRef) -> Option<String> {
    let mut lines = Vec::new();
    let u = data.uncertainty.as_ref()?;
    let interval = match row {
        RowRef::Group(i) => data.interval(metric, i),
        RowRef::Total => data
            .annotations()
            .intervals
            .and_then(|u| u.total_intervals.get(&metric).copied()),
    };
    if let Some(interval) = interval {
        let days = match row {
            RowRef::Group(i) => u.days.get(i).copied().unwrap_or(0),
            RowRef::Total => data
                .span
                .map_or(0, |(a, b)| (b - a).num_days() as usize + 1),
        };
        let mut text = format::interval_words(metric, interval, u.settings.min_days);
        if matches!(interval, Interval::Range { .. }) {
            text.push_str(&format!(
                " ({})",
                format::interval_method(metric, days, u.settings.resamples)
            ));
        }
        lines.push(text);
    }
    if let RowRef::Group(i) = row {
        let key = data.view.group_by.name();
        match (data.verdict(metric, i), data.baseline()) {
            (Some(v), Some(b)) => lines.push(format::verdict_words(
                &v,
                &data.groups[b].0,
                &format!("{key}s"),
            )),
            (None, Some(b)) if b == i && metric.is_tested() => {
                lines.push(format!("The baseline the other {key}s are compared with."));
            }
            _ => {}
        }
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// Draws the table with the columns of `metrics` that the data has; returns the sort the
/// user asked for (the given one if unchanged).
pub fn kpi_table_ui(
    ui: &mut egui::Ui,
    data: &DashboardData,
    metrics: &[Metric],
    sort: TableSort,
    height: f32,
) -> TableSort {
    let metrics: Vec<Metric> = metrics
        .iter()
        .copied()
        .filter(|m| data.by_group.metrics.contains(m))
        .collect();
    let annotations = data.annotations();
    let columns: Vec<TableColumn> = metrics
        .iter()
        .flat_map(|m| {
            let mut c = vec![TableColumn::Value(*m)];
            if annotations.intervals.is_some() && m.has_interval() {
                c.push(TableColumn::PlusMinus(*m));
            }
            if annotations.periods.is_some() {
                c.extend([TableColumn::Change(*m), TableColumn::ChangePct(*m)]);
            }
            c
        })
        .collect();
    let values: std::collections::BTreeMap<Metric, Vec<Option<f64>>> = metrics
        .iter()
        .map(|m| (*m, data.by_group.values(*m)))
        .collect();
    let value = |m: Metric, row: RowRef| match row {
        RowRef::Group(i) => values.get(&m).and_then(|v| v[i]),
        RowRef::Total => data.totals.values(m).first().copied().flatten(),
    };
    let order = data.table_order(sort);
    let baseline = data.baseline();
    // Rows grow with the text (exported pictures use larger type).
    let row_height = egui::TextStyle::Body.resolve(ui.style()).size * 1.75;
    let mut new_sort = sort;
    let cell = |ui: &mut egui::Ui, column: TableColumn, row: RowRef, strong: bool| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let text = |t: String| {
                let t = RichText::new(t);
                if strong { t.strong() } else { t }
            };
            match column {
                TableColumn::Value(m) => {
                    let verdict = match row {
                        RowRef::Group(i) => data.verdict(m, i),
                        RowRef::Total => None,
                    };
                    if let Some(v) = verdict {
                        ui.label(
                            RichText::new(format::marker(v.direction))
                                .color(marker_color(v.direction)),
                        );
                    }
                    let response = ui.label(text(format_value(m, value(m, row))));
                    if let Some(hover) = value_hover(data, m, row) {
                        response.on_hover_text(hover);
                    }
                }
                TableColumn::PlusMinus(m) => {
                    let interval = match row {
                        RowRef::Group(i) => data.interval(m, i),
                        RowRef::Total => annotations
                            .intervals
                            .and_then(|u| u.total_intervals.get(&m).copied()),
                    };
                    let shown = match interval {
                        Some(Interval::Range { lo, hi }) => format::plus_minus(m, (hi - lo) / 2.0),
                        Some(Interval::TooFewDays { .. }) => "too uncertain".to_owned(),
                        _ => String::new(),
                    };
                    let response = ui.label(RichText::new(shown).weak());
                    if let Some(hover) = value_hover(data, m, row) {
                        response.on_hover_text(hover);
                    }
                }
                TableColumn::Change(m) | TableColumn::ChangePct(m) => {
                    let Some(periods) = annotations.periods else {
                        return;
                    };
                    let previous = match row {
                        RowRef::Group(i) => periods.previous(m, i),
                        RowRef::Total => periods.previous_total(m),
                    };
                    let (abs, rel) = change(value(m, row), previous);
                    let shown = match column {
                        TableColumn::Change(_) => abs.map(|a| format::signed(m, a)),
                        _ => rel.map(format::percent_change),
                    };
                    let response = ui.label(text(shown.unwrap_or_else(|| "–".to_owned())));
                    response.on_hover_text(format!(
                        "{} – {}: {}\n{} – {}: {}",
                        periods.previous.0,
                        periods.previous.1,
                        format_value(m, previous),
                        periods.current.0,
                        periods.current.1,
                        format_value(m, value(m, row)),
                    ));
                }
            }
        });
    };
    egui::ScrollArea::horizontal()
        .id_salt("kpi-scroll")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("kpi-table")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .max_scroll_height(height)
                .column(Column::auto().at_least(130.0).resizable(true));
            for c in &columns {
                table = table.column(match c {
                    TableColumn::Value(_) => Column::auto().at_least(72.0),
                    _ => Column::auto().at_least(40.0),
                });
            }
            table
                .header(row_height + 4.0, |mut header| {
                    header.col(|ui| {
                        name_heading(ui, data, sort, &mut new_sort);
                    });
                    for c in &columns {
                        header.col(|ui| match c {
                            TableColumn::Value(m) => {
                                metric_heading(ui, *m, sort, &mut new_sort);
                            }
                            other => {
                                let hover = match other {
                                    TableColumn::PlusMinus(_) => {
                                        "Half the width of the 95 % interval; hover a value for \
                                         the exact bounds"
                                    }
                                    TableColumn::Change(_) => "Change from the other period",
                                    _ => "Change in percent of the other period's value",
                                };
                                ui.label(RichText::new(other.heading()).strong())
                                    .on_hover_text(hover);
                            }
                        });
                    }
                })
                .body(|mut body| {
                    let draw = |mut row: egui_extras::TableRow<'_, '_>| {
                        let Some(&i) = order.get(row.index()) else {
                            row.col(|ui| {
                                ui.label(RichText::new("Total").strong());
                            });
                            for c in &columns {
                                row.col(|ui| cell(ui, *c, RowRef::Total, true));
                            }
                            return;
                        };
                        let (name, rgb) = &data.groups[i];
                        row.col(|ui| {
                            ui.label(RichText::new("■").color(color32(*rgb)));
                            ui.label(name);
                            if baseline == Some(i) {
                                ui.label(RichText::new("baseline").small().weak())
                                    .on_hover_text(
                                        "▲ ▼ in this table compare every other row with this one",
                                    );
                            }
                        });
                        for c in &columns {
                            row.col(|ui| cell(ui, *c, RowRef::Group(i), false));
                        }
                    };
                    if order.len() <= ALWAYS_LAID_OUT {
                        for _ in 0..=order.len() {
                            body.row(row_height, draw);
                        }
                    } else {
                        // Only the rows in sight are laid out: hundreds of campaigns cost no
                        // more per frame than a screenful.
                        body.rows(row_height, order.len() + 1, draw);
                    }
                });
        });
    new_sort
}

/// Up to this many groups every row is laid out (and readable by screen readers and tests
/// wherever it is scrolled); more are laid out only when in sight.
const ALWAYS_LAID_OUT: usize = 60;

/// The name column's heading: sorts by name.
fn name_heading(
    ui: &mut egui::Ui,
    data: &DashboardData,
    sort: TableSort,
    new_sort: &mut TableSort,
) {
    let active = sort.metric.is_none();
    let arrow = sort_arrow(active, sort.descending);
    if ui
        .button(RichText::new(format!("{}{arrow}", data.view.group_by.name())).strong())
        .on_hover_text("Sort by name")
        .clicked()
    {
        *new_sort = TableSort {
            metric: None,
            descending: active && !sort.descending,
        };
    }
}

/// A metric's heading: sorts by it, largest first on the first click.
fn metric_heading(ui: &mut egui::Ui, m: Metric, sort: TableSort, new_sort: &mut TableSort) {
    let active = sort.metric == Some(m);
    let arrow = sort_arrow(active, sort.descending);
    if ui
        .button(RichText::new(format!("{}{arrow}", m.name())).strong())
        .on_hover_text(format!("{} — click to sort", m.label()))
        .clicked()
    {
        *new_sort = TableSort {
            metric: Some(m),
            descending: !active || !sort.descending,
        };
    }
}

fn sort_arrow(active: bool, descending: bool) -> &'static str {
    match (active, descending) {
        (true, false) => " ▲",
        (true, true) => " ▼",
        (false, _) => "",
    }
}
