//! The KPI table: one row per group with every metric, sortable by any column, with a totals
//! row computed by the core (ratios of sums, not sums of ratios). It renders the core's
//! [`KpiTable`](crate::dashboard::KpiTable) model, the same one its CSV, TSV and the
//! clipboard are written from: on screen a metric's `_lo`/`_hi` show as one ± column, its
//! `_vs_baseline` as a marker beside the value, `_p` and `_prev` in the hover text.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::{Place, View, ViewCtx, ViewEvent};
use crate::dashboard::{Marks, TableSort};
use crate::data::Field;
use crate::format;
use crate::metrics::Metric;
use crate::report::{Cell, Extra, ReportColumn, RowRef};
use crate::stats::Direction;
use crate::ui::{color32, marker_color};

pub struct KpiTable;

/// The KPI columns that fit a dashboard picture's card: the money that matters.
const CARD_METRICS: [Metric; 3] = [
    Metric::Sum(Field::Spend),
    Metric::Sum(Field::Revenue),
    Metric::Roi,
];

impl View for KpiTable {
    fn id(&self) -> &'static str {
        "table"
    }

    fn marks(&self) -> Marks {
        Marks::ALL
    }

    fn title(&self) -> &'static str {
        "KPI table"
    }

    /// Tables of numbers fill a slide only in large type.
    fn picture_scale(&self) -> f32 {
        1.6
    }

    fn wide(&self) -> bool {
        true
    }

    fn header_ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        if ui
            .small_button("CSV…")
            .on_hover_text("Save the table as CSV (opens in Excel, Chinese intact)")
            .clicked()
        {
            ctx.events.push(ViewEvent::ExportTableCsv);
        }
        if ui
            .small_button("Copy")
            .on_hover_text("Copy the table as tab-separated text for a spreadsheet")
            .clicked()
        {
            ctx.events.push(ViewEvent::CopyTable);
        }
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let table = if ctx.place == Place::PictureCard {
            shown.kpi_table_of(&CARD_METRICS, ctx.sort)
        } else {
            shown.kpi_table(ctx.sort)
        };
        let sort = table_ui(ui, ctx, &table);
        if sort != ctx.sort {
            ctx.events.push(ViewEvent::SortTable(sort));
        }
    }
}

/// A column on screen: the name, a metric's value (with its marker), its ± (from `_lo` and
/// `_hi`), or its change from the other period (Δ, Δ %).
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Name,
    Value(Metric),
    PlusMinus(Metric),
    Change(Metric),
    ChangePct(Metric),
}

impl Shown {
    /// The model's columns as the screen shows them; `_p`, `_prev` and `_vs_baseline` are
    /// drawn inside the value's cell and hover, `_hi` with `_lo`.
    fn of(column: ReportColumn) -> Option<Shown> {
        match column {
            ReportColumn::Key(_) => Some(Shown::Name),
            ReportColumn::Metric(m) => Some(Shown::Value(m)),
            ReportColumn::Extra(m, Extra::Lo) => Some(Shown::PlusMinus(m)),
            ReportColumn::Extra(m, Extra::Change) => Some(Shown::Change(m)),
            ReportColumn::Extra(m, Extra::ChangePct) => Some(Shown::ChangePct(m)),
            ReportColumn::Extra(..) | ReportColumn::Named(..) => None,
        }
    }
}

/// Draws the table; returns the sort the user asked for (the given one if unchanged).
fn table_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, table: &crate::dashboard::KpiTable) -> TableSort {
    let shown = ctx.shown;
    let data = shown.data;
    let sort = ctx.sort;
    let columns: Vec<Shown> = table
        .report
        .columns
        .iter()
        .filter_map(|c| Shown::of(*c))
        .collect();
    let periods = shown.annotations().periods;
    let baseline = shown.baseline();
    // Rows grow with the text (exported pictures use larger type).
    let row_height = egui::TextStyle::Body.resolve(ui.style()).size * 1.75;
    let mut new_sort = sort;
    let cell = |ui: &mut egui::Ui, column: Shown, row: usize| {
        let what = table.rows[row];
        let strong = what == RowRef::Total;
        let text = |t: String| {
            let t = RichText::new(t);
            if strong { t.strong() } else { t }
        };
        ui.with_layout(
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| match column {
                Shown::Name => {}
                Shown::Value(m) => {
                    if let Some(direction) = marker(table, row, m) {
                        ui.label(
                            RichText::new(format::marker(direction)).color(marker_color(direction)),
                        );
                    }
                    let value = table.cell(row, ReportColumn::Metric(m));
                    let value = value.map_or_else(String::new, |c| c.text(ReportColumn::Metric(m)));
                    let response = ui.label(text(value));
                    if let Some(hover) = shown.explain(m, what) {
                        response.on_hover_text(hover);
                    }
                }
                Shown::PlusMinus(m) => {
                    let lo = table.cell(row, ReportColumn::Extra(m, Extra::Lo));
                    let text = match lo {
                        Some(Cell::TooFewDays(_)) => "too uncertain".to_owned(),
                        _ => match (
                            table.number(row, ReportColumn::Extra(m, Extra::Lo)),
                            table.number(row, ReportColumn::Extra(m, Extra::Hi)),
                        ) {
                            (Some(lo), Some(hi)) => format::plus_minus(m, (hi - lo) / 2.0),
                            _ => String::new(),
                        },
                    };
                    let response = ui.label(RichText::new(text).weak());
                    if let Some(hover) = shown.explain(m, what) {
                        response.on_hover_text(hover);
                    }
                }
                Shown::Change(m) | Shown::ChangePct(m) => {
                    let (column, extra) = match column {
                        Shown::Change(_) => (ReportColumn::Extra(m, Extra::Change), Extra::Change),
                        _ => (ReportColumn::Extra(m, Extra::ChangePct), Extra::ChangePct),
                    };
                    let shown_text = table
                        .cell(row, column)
                        .map(|c| c.text(ReportColumn::Extra(m, extra)))
                        .filter(|t| !t.is_empty())
                        .unwrap_or_else(|| "–".to_owned());
                    let response = ui.label(text(shown_text));
                    if let Some(p) = periods {
                        let previous = table.number(row, ReportColumn::Extra(m, Extra::Prev));
                        let current = table.number(row, ReportColumn::Metric(m));
                        response.on_hover_text(format!(
                            "{} – {}: {}\n{} – {}: {}",
                            p.previous.0,
                            p.previous.1,
                            format::format_value(m, previous),
                            p.current.0,
                            p.current.1,
                            format::format_value(m, current),
                        ));
                    }
                }
            },
        );
    };
    egui::ScrollArea::horizontal()
        .id_salt("kpi-scroll")
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt("kpi-table")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .max_scroll_height(ctx.height);
            for c in &columns {
                builder = builder.column(match c {
                    Shown::Name => Column::auto().at_least(130.0).resizable(true),
                    Shown::Value(_) => Column::auto().at_least(72.0),
                    _ => Column::auto().at_least(40.0),
                });
            }
            builder
                .header(row_height + 4.0, |mut header| {
                    for c in &columns {
                        header.col(|ui| match c {
                            Shown::Name => {
                                let key = data.query.group_by.name();
                                sort_heading(ui, key, None, "Sort by name", sort, &mut new_sort);
                            }
                            Shown::Value(m) => {
                                let hover = format!("{} — click to sort", m.label());
                                sort_heading(ui, &m.name(), Some(*m), &hover, sort, &mut new_sort);
                            }
                            other => {
                                let (heading, hover) = match other {
                                    Shown::PlusMinus(_) => (
                                        "±",
                                        "Half the width of the 95 % interval; hover a value for \
                                         the exact bounds",
                                    ),
                                    Shown::Change(_) => ("Δ", "Change from the other period"),
                                    _ => ("Δ %", "Change in percent of the other period's value"),
                                };
                                ui.label(RichText::new(heading).strong())
                                    .on_hover_text(hover);
                            }
                        });
                    }
                })
                .body(|mut body| {
                    let draw = |mut row: egui_extras::TableRow<'_, '_>| {
                        let index = row.index();
                        for c in &columns {
                            if *c != Shown::Name {
                                row.col(|ui| cell(ui, *c, index));
                                continue;
                            }
                            row.col(|ui| match table.rows[index] {
                                RowRef::Total => {
                                    ui.label(RichText::new("Total").strong());
                                }
                                RowRef::Group(i) => {
                                    let (name, rgb) = &data.groups[i];
                                    ui.label(RichText::new("■").color(color32(*rgb)));
                                    ui.label(name);
                                    if baseline == Some(i) {
                                        ui.label(RichText::new("baseline").small().weak())
                                            .on_hover_text(
                                                "▲ ▼ in this table compare every other row with \
                                                 this one",
                                            );
                                    }
                                }
                            });
                        }
                    };
                    if table.rows.len() <= ALWAYS_LAID_OUT {
                        for _ in 0..table.rows.len() {
                            body.row(row_height, draw);
                        }
                    } else {
                        // Only the rows in sight are laid out: hundreds of campaigns cost no
                        // more per frame than a screenful.
                        body.rows(row_height, table.rows.len(), draw);
                    }
                });
        });
    new_sort
}

/// The comparison with the baseline written in the row's `_vs_baseline` cell.
fn marker(table: &crate::dashboard::KpiTable, row: usize, m: Metric) -> Option<Direction> {
    match table.cell(row, ReportColumn::Extra(m, Extra::VsBaseline))? {
        Cell::Text(Some(word)) => Direction::from_name(word),
        _ => None,
    }
}

/// Up to this many groups every row is laid out (and readable by screen readers and tests
/// wherever it is scrolled); more are laid out only when in sight.
const ALWAYS_LAID_OUT: usize = 61;

/// A heading that sorts by its column (`metric`, or the name when `None`): largest first on
/// the first click of a metric, A–Z on the first click of the name.
fn sort_heading(
    ui: &mut egui::Ui,
    text: &str,
    metric: Option<Metric>,
    hover: &str,
    sort: TableSort,
    new_sort: &mut TableSort,
) {
    let active = sort.metric == metric;
    let arrow = match (active, sort.descending) {
        (true, false) => " ▲",
        (true, true) => " ▼",
        (false, _) => "",
    };
    if ui
        .button(RichText::new(format!("{text}{arrow}")).strong())
        .on_hover_text(hover)
        .clicked()
    {
        *new_sort = TableSort {
            metric,
            descending: if metric.is_some() {
                !active || !sort.descending
            } else {
                active && !sort.descending
            },
        };
    }
}
