//! The KPI table: one row per group with every metric, sortable by any column, with a totals
//! row computed by the core (ratios of sums, not sums of ratios). It renders the core's
//! [`KpiTable`](crate::dashboard::KpiTable) model, the same one its CSV, TSV and the
//! clipboard are written from: on screen a metric's `_lo`/`_hi` show as one ± column, its
//! `_vs_baseline` as a marker beside the value, `_p` and `_prev` in the hover text.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use chrono::NaiveDate;

use super::{ALWAYS_LAID_OUT, Place, View, ViewCtx, ViewEvent};
use crate::dashboard::{Marks, TableSort};
use crate::data::Field;
use crate::format;
use crate::i18n::date;
use crate::metrics::Metric;
use crate::report::{Cell, Extra, ReportColumn, RowRef};
use crate::stats::Direction;
use crate::tr;
use crate::ui::{color32, join_list, marker_color, signed_text, value_text};

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

    fn title(&self) -> String {
        tr!("view-table-title")
    }

    /// Tables of numbers fill a slide only in large type.
    fn picture_scale(&self) -> f32 {
        1.6
    }

    fn card_weight(&self) -> f32 {
        1.3
    }

    fn wide(&self) -> bool {
        true
    }

    fn header_ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        if ui
            .small_button("CSV…")
            .on_hover_text(tr!("view-table-csv-hover"))
            .clicked()
        {
            ctx.events.push(ViewEvent::ExportTableCsv);
        }
        if ui
            .small_button(tr!("view-table-copy"))
            .on_hover_text(tr!("view-table-copy-hover"))
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
    let mut columns: Vec<Shown> = table
        .report
        .columns
        .iter()
        .filter_map(|c| Shown::of(*c))
        // A picture has room for names and values (with their markers); the ROI chart draws
        // the intervals, and the CSV has every column.
        .filter(|c| ctx.on_screen() || matches!(c, Shown::Name | Shown::Value(_)))
        .collect();
    let periods = shown.annotations().periods;
    let baseline = shown.baseline();
    // A metric's value as the screen shows it: large money and counts as the reader counts.
    let value_of = |row: usize, m: Metric| {
        let column = ReportColumn::Metric(m);
        match table.cell(row, column) {
            Some(Cell::Number(v)) => value_text(m, *v),
            Some(c) => c.text(column),
            None => String::new(),
        }
    };
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
                    let response = ui.label(text(value_of(row, m)));
                    if let Some(hover) = shown.explain(m, what) {
                        response.on_hover_text(hover);
                    }
                }
                Shown::PlusMinus(m) => {
                    let lo = table.cell(row, ReportColumn::Extra(m, Extra::Lo));
                    let text = match lo {
                        Some(Cell::TooFewDays(_)) => tr!("view-table-too-uncertain"),
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
                    let shown_text = match table.cell(row, column) {
                        Some(Cell::Number(Some(v))) if extra == Extra::Change => signed_text(m, *v),
                        cell => cell
                            .map(|c| c.text(ReportColumn::Extra(m, extra)))
                            .filter(|t| !t.is_empty())
                            .unwrap_or_else(|| "–".to_owned()),
                    };
                    let response = ui.label(text(shown_text));
                    if let Some(p) = periods {
                        let previous = table.number(row, ReportColumn::Extra(m, Extra::Prev));
                        let current = table.number(row, ReportColumn::Metric(m));
                        let line = |(from, to): (NaiveDate, NaiveDate), value: Option<f64>| {
                            tr!(
                                "view-table-period-value",
                                from = date(from),
                                to = date(to),
                                value = value_text(m, value)
                            )
                        };
                        response.on_hover_text(format!(
                            "{}\n{}",
                            line(p.previous, previous),
                            line(p.current, current)
                        ));
                    }
                }
            },
        );
    };
    // A picture cannot scroll: long names are cut in the middle (the ends tell 计划一 from
    // 计划十一) so that every value column stays in the picture.
    let body_size = egui::TextStyle::Body.resolve(ui.style()).size;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text_width = |ui: &egui::Ui, text: String| {
        ui.painter()
            .layout_no_wrap(text, font.clone(), egui::Color32::WHITE)
            .size()
            .x
    };
    // Off screen, every value column is exactly as wide as its widest value or heading (with
    // a marker and the gaps), and the names get the rest.
    let mut value_widths: Vec<f32> = if ctx.on_screen() {
        Vec::new()
    } else {
        let pad = ui.spacing().item_spacing.x * 2.0 + ui.spacing().button_padding.x * 2.0;
        let marker = text_width(ui, "▲ ".to_owned());
        columns
            .iter()
            .filter_map(|c| match c {
                Shown::Value(m) => Some(*m),
                _ => None,
            })
            .map(|m| {
                let column = ReportColumn::Metric(m);
                (0..table.rows.len())
                    .filter(|row| table.cell(*row, column).is_some())
                    .map(|row| text_width(ui, value_of(row, m)))
                    .fold(text_width(ui, format!("{} ▼", m.header())), f32::max)
                    + marker
                    + pad
            })
            .collect()
    };
    // The table's own margins and the scroll bar's room.
    let slack = ui.spacing().item_spacing.x * (value_widths.len() + 2) as f32
        + ui.spacing().scroll.bar_width
        + 8.0;
    let room_for_names = |widths: &[f32]| ui.available_width() - widths.iter().sum::<f32>() - slack;
    // Columns that leave names less than nine characters' room (five in a dashboard card, or
    // what the longest name needs when less) are left out of a picture, from the least
    // telling, and named above it.
    let chars = if ctx.place == Place::PictureCard {
        5.0
    } else {
        9.0
    };
    // Only a picture needs it: on screen, thousands of names would be laid out every frame.
    let name_floor = if ctx.on_screen() {
        0.0
    } else {
        data.groups
            .iter()
            .map(|(name, _)| text_width(ui, format!("■ {name}")))
            .fold(0.0_f32, f32::max)
            .min(body_size * chars)
    };
    let mut left_out = Vec::new();
    while !ctx.on_screen() && value_widths.len() > 1 && room_for_names(&value_widths) < name_floor {
        // The least telling metric goes first: retention days, then the costs per thousand
        // and per click, and so on up to spend, revenue and ROI, which stay.
        let values = columns.iter().filter_map(|c| match c {
            Shown::Value(m) => Some(*m),
            _ => None,
        });
        let Some((k, m)) = values
            .enumerate()
            .max_by_key(|(k, m)| (picture_rank(*m), *k))
        else {
            break;
        };
        value_widths.remove(k);
        columns.retain(|c| *c != Shown::Value(m));
        left_out.push(m);
    }
    left_out.sort_by_key(|m| picture_rank(*m));
    let left_out: Vec<String> = left_out.iter().map(|m| m.header()).collect();
    let name_max = if ctx.on_screen() {
        f32::INFINITY
    } else {
        room_for_names(&value_widths).max(body_size * 6.0)
    };
    let fit_name = |ui: &egui::Ui, name: &str, room: f32| {
        crate::ui::elide_middle(name, room, |t| text_width(ui, t.to_owned()))
    };
    if !left_out.is_empty() {
        ui.label(
            RichText::new(tr!("view-table-left-out", metrics = join_list(&left_out)))
                .small()
                .weak(),
        );
    }
    egui::ScrollArea::horizontal()
        .id_salt("kpi-scroll")
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt("kpi-table")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .max_scroll_height(ctx.height);
            let mut exact = value_widths.iter();
            for c in &columns {
                builder = builder.column(match c {
                    Shown::Name if name_max.is_finite() => Column::exact(name_max),
                    Shown::Value(_) if !ctx.on_screen() => {
                        Column::exact(exact.next().copied().unwrap_or(72.0))
                    }
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
                                let key = data.query.group_by.label();
                                let hover = tr!("view-table-sort-by-name");
                                sort_heading(ui, &key, None, &hover, sort, &mut new_sort);
                            }
                            Shown::Value(m) => {
                                let hover = tr!("view-table-sort-hover", metric = m.label());
                                sort_heading(
                                    ui,
                                    &m.header(),
                                    Some(*m),
                                    &hover,
                                    sort,
                                    &mut new_sort,
                                );
                            }
                            other => {
                                let (heading, hover) = match other {
                                    Shown::PlusMinus(_) => {
                                        ("±", tr!("view-table-plus-minus-hover"))
                                    }
                                    Shown::Change(_) => ("Δ", tr!("view-table-change-hover")),
                                    _ => ("Δ %", tr!("view-table-change-pct-hover")),
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
                                    ui.label(RichText::new(tr!("view-table-total")).strong());
                                }
                                RowRef::Group(i) => {
                                    let (name, rgb) = &data.groups[i];
                                    ui.label(RichText::new("■").color(color32(*rgb)));
                                    // What the swatch, the gaps and a baseline tag take.
                                    let gap = ui.spacing().item_spacing.x;
                                    let tag = if baseline == Some(i) {
                                        let small = egui::TextStyle::Small.resolve(ui.style());
                                        let size = ui
                                            .painter()
                                            .layout_no_wrap(
                                                tr!("view-table-baseline"),
                                                small,
                                                egui::Color32::WHITE,
                                            )
                                            .size();
                                        size.x + gap
                                    } else {
                                        0.0
                                    };
                                    let swatch = text_width(ui, "■".to_owned()) + gap;
                                    let room = name_max - swatch - tag - gap;
                                    let fitted = fit_name(ui, name, room);
                                    if fitted == *name {
                                        ui.label(name);
                                    } else {
                                        ui.label(fitted).on_hover_text(name);
                                    }
                                    if baseline == Some(i) {
                                        ui.label(
                                            RichText::new(tr!("view-table-baseline"))
                                                .small()
                                                .weak(),
                                        )
                                        .on_hover_text(tr!("view-table-baseline-hover"));
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

/// How much a metric tells, for choosing which columns a picture keeps (smaller is kept
/// longer).
fn picture_rank(m: Metric) -> u8 {
    match m {
        Metric::Sum(Field::Spend) => 0,
        Metric::Roi => 1,
        Metric::Sum(Field::Revenue) => 2,
        Metric::Sum(Field::Conversions) => 3,
        Metric::Cpa => 4,
        Metric::Cvr => 5,
        Metric::Ctr => 6,
        Metric::Sum(Field::Clicks) => 7,
        Metric::Sum(Field::Impressions) => 8,
        Metric::Sum(Field::NewUsers) => 9,
        Metric::Cpc => 10,
        Metric::Cpm => 11,
        Metric::Retention(_) => 12,
        Metric::Sum(_) => 13,
    }
}

/// The comparison with the baseline written in the row's `_vs_baseline` cell.
fn marker(table: &crate::dashboard::KpiTable, row: usize, m: Metric) -> Option<Direction> {
    match table.cell(row, ReportColumn::Extra(m, Extra::VsBaseline))? {
        Cell::Text(Some(word)) => Direction::from_name(word),
        _ => None,
    }
}

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
        .button(RichText::new([text, arrow].concat()).strong())
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
