//! The layout of an exported picture: title, a subtitle saying which dates, groups and
//! grouping are shown, then the chart (or every chart) drawn by the dashboard's own chart
//! functions, and the source files as a footnote.

use egui::RichText;

use crate::dashboard::DashboardData;
use crate::data::Field;
use crate::export::{Chart, Look, Picture};
use crate::metrics::Metric;
use crate::ui::{charts, table};

const MARGIN: f32 = 28.0;
const FOOTER: f32 = 22.0;

/// Draws `picture` filling the whole screen of `ui`.
pub fn picture_ui(ui: &mut egui::Ui, data: &DashboardData, picture: Picture, look: &Look) {
    // Series of hidden groups are left out (not greyed in the legend): a slide shows what it
    // shows. The ROI bars and the funnel leave hidden groups out themselves.
    let mut shown = data.clone();
    for series in [&mut shown.retention, &mut shown.trend] {
        series.retain(|s| !look.hidden.contains(&s.name));
    }
    shown.scatter.retain(|s| !look.hidden.contains(&s.name));
    // Slides are read from across a room: larger text than on screen, a little less in the
    // dashboard's smaller cards.
    let scale = match picture {
        // Tables of numbers fill a slide only in large type.
        Picture::Chart(Chart::Funnel | Chart::Table) => 1.6,
        Picture::Chart(_) => 1.3,
        Picture::Dashboard => 1.08,
    };
    for font in ui.style_mut().text_styles.values_mut() {
        font.size *= scale;
    }
    let panel = egui::Frame::central_panel(ui.style()).inner_margin(MARGIN);
    egui::CentralPanel::default().frame(panel).show(ui, |ui| {
        let visuals = ui.visuals().clone();
        ui.label(
            RichText::new(picture.title_for(data))
                .size(28.0)
                .strong()
                .color(visuals.strong_text_color()),
        );
        ui.label(RichText::new(data.describe(&look.hidden)).size(16.0));
        ui.add_space(14.0);
        let body = ui.available_height() - FOOTER;
        match picture {
            Picture::Chart(chart) => chart_ui(ui, &shown, chart, look, body, false),
            Picture::Dashboard => dashboard_ui(ui, &shown, look, body),
        }
        if !look.sources.is_empty() {
            ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
                ui.label(
                    RichText::new(format!("Source: {} · ROI Lens", look.sources.join(", ")))
                        .small()
                        .weak(),
                );
            });
        }
    });
}

/// Two rows of three cards: ROI, funnel, retention; trend, scatter, KPI table.
fn dashboard_ui(ui: &mut egui::Ui, data: &DashboardData, look: &Look, height: f32) {
    const ROWS: [[Chart; 3]; 2] = [
        [Chart::Roi, Chart::Funnel, Chart::Retention],
        [Chart::Trend, Chart::Scatter, Chart::Table],
    ];
    let gap = 10.0;
    let card_height = (height - gap) / 2.0;
    for row in ROWS {
        ui.columns(3, |cols| {
            for (ui, chart) in cols.iter_mut().zip(row) {
                let frame = egui::Frame::group(ui.style()).inner_margin(8.0);
                let inner = card_height - frame.total_margin().sum().y;
                let width = ui.available_width() - frame.total_margin().sum().x;
                frame.show(ui, |ui| {
                    ui.set_width(width);
                    ui.set_height(inner);
                    ui.label(RichText::new(chart.title_for(data)).strong().size(15.0));
                    let chart_height = ui.available_height() - 4.0;
                    chart_ui(ui, data, chart, look, chart_height, true);
                });
            }
        });
        ui.add_space(gap);
    }
}

/// The KPI columns that fit a dashboard card: the money that matters.
const CARD_METRICS: [Metric; 3] = [
    Metric::Sum(Field::Spend),
    Metric::Sum(Field::Revenue),
    Metric::Roi,
];

fn chart_ui(
    ui: &mut egui::Ui,
    data: &DashboardData,
    chart: Chart,
    look: &Look,
    height: f32,
    in_card: bool,
) {
    let hidden = &look.hidden;
    match chart {
        Chart::Roi => {
            charts::roi_ui(ui, data, hidden, height);
        }
        Chart::Funnel => charts::funnel_ui(ui, data, hidden, height),
        Chart::Retention => {
            charts::retention_ui(ui, data, hidden, height);
        }
        Chart::Trend => {
            charts::trend_ui(ui, data, hidden, height);
        }
        Chart::Scatter => {
            charts::scatter_ui(ui, data, hidden, height);
        }
        Chart::Table => {
            let metrics = if in_card {
                CARD_METRICS.to_vec()
            } else {
                data.by_group.metrics.clone()
            };
            table::kpi_table_ui(ui, data, &metrics, look.sort, height);
        }
    }
}
