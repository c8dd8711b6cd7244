//! The dashboard: chart cards in a grid that reflows with the window; any card can be
//! maximised and restored.

use egui::RichText;

use crate::app::{Chart, Command, ExportKind, RoiLensApp};
use crate::dashboard::DashboardData;
use crate::export::Picture;
use crate::metrics::Metric;
use crate::ui::{charts, table};

/// Width below which a card gets its own row.
const CARD_MIN_WIDTH: f32 = 520.0;
const CARD_HEIGHT: f32 = 320.0;

pub fn dashboard_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    let Some(data) = app.dashboard.clone() else {
        ui.centered_and_justified(|ui| {
            if app.pending.is_some() {
                ui.spinner();
            } else {
                ui.label("Open campaign exports (File → Open, drag them here, or paste a path).");
            }
        });
        return;
    };
    if data.by_group.height() == 0 {
        ui.centered_and_justified(|ui| {
            ui.label("No rows match the filters. Widen the date range or tick more channels.");
        });
        return;
    }
    if let Some(chart) = app.maximized {
        let height = ui.available_height() - 40.0;
        card_ui(app, ui, chart, &data, height.max(CARD_HEIGHT));
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let charts = [
                Chart::Roi,
                Chart::Funnel,
                Chart::Retention,
                Chart::Trend,
                Chart::Scatter,
            ];
            let columns = ((ui.available_width() / CARD_MIN_WIDTH).floor() as usize).clamp(1, 3);
            for row in charts.chunks(columns) {
                ui.columns(columns, |cols| {
                    for (col, chart) in cols.iter_mut().zip(row) {
                        card_ui(app, col, *chart, &data, CARD_HEIGHT);
                    }
                });
                ui.add_space(6.0);
            }
            card_ui(app, ui, Chart::Table, &data, CARD_HEIGHT + 80.0);
        });
}

/// One card: title, subtitle with units, the maximise button, and the chart.
fn card_ui(
    app: &mut RoiLensApp,
    ui: &mut egui::Ui,
    chart: Chart,
    data: &DashboardData,
    height: f32,
) {
    // A card is exactly as wide as its grid cell, whatever its content would like.
    let frame = egui::Frame::group(ui.style());
    let width = ui.available_width() - frame.total_margin().sum().x;
    frame.show(ui, |ui| {
        ui.set_width(width);
        ui.horizontal(|ui| {
            ui.label(RichText::new(chart.title_for(data)).strong().size(15.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let maximized = app.maximized == Some(chart);
                let label = if maximized { "Restore" } else { "Maximise" };
                if ui
                    .small_button(label)
                    .on_hover_text(format!("{label} {}", chart.title()))
                    .clicked()
                {
                    app.push(Command::Maximize(if maximized {
                        None
                    } else {
                        Some(chart)
                    }));
                }
                if ui
                    .small_button("PNG…")
                    .on_hover_text(format!("Export {} as a PNG image", chart.title()))
                    .clicked()
                {
                    app.push(Command::ShowExportDialog(Some(ExportKind::Png {
                        picture: Picture::Chart(chart),
                        spec: app.prefs.image_spec,
                    })));
                }
                if chart == Chart::Table {
                    if ui
                        .small_button("CSV…")
                        .on_hover_text("Save the table as CSV (opens in Excel, Chinese intact)")
                        .clicked()
                    {
                        app.push(Command::ShowExportDialog(Some(ExportKind::TableCsv)));
                    }
                    if ui
                        .small_button("Copy")
                        .on_hover_text("Copy the table as tab-separated text for a spreadsheet")
                        .clicked()
                    {
                        app.push(Command::CopyTable);
                    }
                }
                if chart == Chart::Trend {
                    trend_metric_ui(app, ui, data);
                }
            });
        });
        if chart != Chart::Table
            && let Some(note) = data.charted_note()
        {
            ui.label(RichText::new(note).small().weak());
        }
        let hidden = app.hidden.clone();
        let new_hidden = match chart {
            Chart::Roi => {
                // The card scrolls, so it can grow to keep every name legible.
                let bars = data.chart_rows(&hidden).len();
                charts::roi_ui(ui, data, &hidden, height.max(charts::roi_min_height(bars)))
            }
            Chart::Funnel => {
                charts::funnel_ui(ui, data, &hidden, height);
                None
            }
            Chart::Retention => charts::retention_ui(ui, data, &hidden, height),
            Chart::Trend => charts::trend_ui(ui, data, &hidden, height),
            Chart::Scatter => charts::scatter_ui(ui, data, &hidden, height),
            Chart::Table => {
                let metrics = data.by_group.metrics.clone();
                let sort = table::kpi_table_ui(ui, data, &metrics, app.table_sort, height);
                if sort != app.table_sort {
                    app.push(Command::SortTable(sort));
                }
                None
            }
        };
        if let Some(new_hidden) = new_hidden
            && new_hidden != app.hidden
        {
            app.push(Command::SetHidden(new_hidden));
        }
    });
}

fn trend_metric_ui(app: &mut RoiLensApp, ui: &mut egui::Ui, data: &DashboardData) {
    let mut metric = app.view.trend_metric;
    egui::ComboBox::from_id_salt("trend-metric")
        .selected_text(metric.label())
        .show_ui(ui, |ui| {
            for m in data
                .by_group
                .metrics
                .iter()
                .copied()
                .filter(|m| *m != Metric::Sum(crate::data::Field::NewUsers))
            {
                ui.selectable_value(&mut metric, m, m.label());
            }
        });
    if metric != app.view.trend_metric {
        let mut view = app.view.clone();
        view.trend_metric = metric;
        app.push(Command::SetView(view));
    }
}
