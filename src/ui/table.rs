//! The KPI table: one row per group with every metric, sortable by any column, with a totals
//! row computed by the core (ratios of sums, not sums of ratios).

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use crate::app::TableSort;
use crate::dashboard::DashboardData;
use crate::format::format_value;
use crate::metrics::Metric;
use crate::ui::color32;

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
    let values: Vec<Vec<Option<f64>>> = metrics.iter().map(|m| data.by_group.values(*m)).collect();
    let totals: Vec<Option<f64>> = metrics
        .iter()
        .map(|m| data.totals.values(*m).first().copied().flatten())
        .collect();
    let order = data.table_order(sort);
    let column = sort
        .metric
        .and_then(|m| metrics.iter().position(|x| *x == m));
    // Rows grow with the text (exported pictures use larger type).
    let row_height = egui::TextStyle::Body.resolve(ui.style()).size * 1.75;
    let mut new_sort = sort;
    egui::ScrollArea::horizontal()
        .id_salt("kpi-scroll")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("kpi-table")
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .max_scroll_height(height)
                .column(Column::auto().at_least(130.0).resizable(true));
            for _ in &metrics {
                table = table.column(Column::auto().at_least(72.0));
            }
            table
                .header(row_height + 4.0, |mut header| {
                    let headings = std::iter::once(data.view.group_by.name().to_owned())
                        .chain(metrics.iter().map(|m| m.name()));
                    for (i, heading) in headings.enumerate() {
                        header.col(|ui| {
                            let this = (i > 0).then(|| metrics[i - 1]);
                            let active = column.map(|c| metrics[c]) == this;
                            let arrow = match (active, sort.descending) {
                                (true, false) => " ▲",
                                (true, true) => " ▼",
                                (false, _) => "",
                            };
                            let hover = match this {
                                None => "Sort by name".to_owned(),
                                Some(m) => format!("{} — click to sort", m.label()),
                            };
                            if ui
                                .button(RichText::new(format!("{heading}{arrow}")).strong())
                                .on_hover_text(hover)
                                .clicked()
                            {
                                new_sort = TableSort {
                                    metric: this,
                                    // A new column sorts numbers largest first, names A→Z.
                                    descending: if active { !sort.descending } else { i != 0 },
                                };
                            }
                        });
                    }
                })
                .body(|mut body| {
                    for i in &order {
                        let (name, rgb) = &data.groups[*i];
                        body.row(row_height, |mut row| {
                            row.col(|ui| {
                                ui.label(RichText::new("■").color(color32(*rgb)));
                                ui.label(name);
                            });
                            for (m, col) in metrics.iter().zip(&values) {
                                row.col(|ui| {
                                    ui.with_layout(
                                        egui::Layout::right_to_left(egui::Align::Center),
                                        |ui| {
                                            ui.label(format_value(*m, col[*i]));
                                        },
                                    );
                                });
                            }
                        });
                    }
                    body.row(row_height, |mut row| {
                        row.col(|ui| {
                            ui.label(RichText::new("Total").strong());
                        });
                        for (m, v) in metrics.iter().zip(&totals) {
                            row.col(|ui| {
                                ui.with_layout(
                                    egui::Layout::right_to_left(egui::Align::Center),
                                    |ui| {
                                        ui.label(RichText::new(format_value(*m, *v)).strong());
                                    },
                                );
                            });
                        }
                    });
                });
        });
    new_sort
}
