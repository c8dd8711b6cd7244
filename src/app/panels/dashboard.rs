//! The dashboard: a card for every view of the registry, in a grid that reflows with the
//! window (wide views below it); any card can be maximised and restored. What a person does in
//! a view comes back as a [`ViewEvent`] and is pushed as a command here.

use egui::RichText;

use crate::app::{Command, ExportKind, PlanWork, RoiLensApp};
use crate::export::Picture;
use crate::tr;
use crate::views::{Needs, Place, ViewCtx, ViewEvent, ViewRef};

/// Width below which a card gets its own row.
const CARD_MIN_WIDTH: f32 = 520.0;
const CARD_HEIGHT: f32 = 320.0;
/// A wide view (the table) gets more height.
const WIDE_EXTRA_HEIGHT: f32 = 80.0;

pub fn dashboard_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    let Some(data) = app.dashboard.clone() else {
        ui.centered_and_justified(|ui| {
            if app.pending.is_some() {
                ui.spinner();
            } else {
                ui.label(tr!("panel-dashboard-empty"));
            }
        });
        return;
    };
    if data.by_group.height() == 0 {
        ui.centered_and_justified(|ui| {
            ui.label(tr!("panel-dashboard-no-rows"));
        });
        return;
    }
    if let Some(view) = app.maximized {
        let height = ui.available_height() - 40.0;
        card_ui(app, ui, view, height.max(CARD_HEIGHT));
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // The Cohorts view only once an event log is open.
            let with_cohorts = !app.cohorts.paths.is_empty();
            let (wide, grid): (Vec<ViewRef>, Vec<ViewRef>) = ViewRef::all()
                .filter(|v| with_cohorts || v.needs() != Needs::Cohorts)
                .partition(|v| v.wide());
            let columns = ((ui.available_width() / CARD_MIN_WIDTH).floor() as usize).clamp(1, 3);
            for row in grid.chunks(columns) {
                ui.columns(columns, |cols| {
                    for (col, view) in cols.iter_mut().zip(row) {
                        card_ui(app, col, *view, CARD_HEIGHT);
                    }
                });
                ui.add_space(6.0);
            }
            for view in wide {
                let height = view
                    .card_height()
                    .unwrap_or(CARD_HEIGHT + WIDE_EXTRA_HEIGHT);
                card_ui(app, ui, view, height);
            }
        });
}

/// One card: title, the maximise and PNG buttons and the view's own controls, then the view.
fn card_ui(app: &mut RoiLensApp, ui: &mut egui::Ui, view: ViewRef, height: f32) {
    let Some(shown) = app.shown() else {
        return;
    };
    let hidden = app.hidden.clone();
    let mut ctx = ViewCtx::new(shown, &hidden, app.table_sort, height, Place::Screen);
    ctx.planner = Some(&app.planner);
    ctx.planning = matches!(app.plan_pending, Some((_, PlanWork::Planning)));
    ctx.plan_progress = match app.plan_pending {
        Some((_, PlanWork::Intervals { done, total })) => Some((done, total)),
        _ => None,
    };
    ctx.cohorts_busy = app.cohorts_busy();
    let maximized = app.maximized == Some(view);
    let mut commands = Vec::new();
    // A card is exactly as wide as its grid cell, whatever its content would like.
    let frame = egui::Frame::group(ui.style());
    let width = ui.available_width() - frame.total_margin().sum().x;
    frame.show(ui, |ui| {
        ui.set_width(width);
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(view.title_for(&ctx.shown))
                    .strong()
                    .size(15.0),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let (label, hint) = if maximized {
                    (
                        tr!("panel-dashboard-restore"),
                        tr!("panel-dashboard-restore-hint", view = view.title()),
                    )
                } else {
                    (
                        tr!("panel-dashboard-maximise"),
                        tr!("panel-dashboard-maximise-hint", view = view.title()),
                    )
                };
                if ui.small_button(label).on_hover_text(hint).clicked() {
                    commands.push(Command::Maximize((!maximized).then_some(view)));
                }
                if ui
                    .small_button("PNG…")
                    .on_hover_text(tr!("panel-dashboard-png-hint", view = view.title()))
                    .clicked()
                {
                    commands.push(Command::ShowExportDialog(Some(ExportKind::Png {
                        picture: Picture::View(view),
                        spec: app.prefs.image_spec,
                    })));
                }
                view.header_ui(ui, &mut ctx);
            });
        });
        if !view.wide()
            && let Some(note) = ctx.shown.data.charted_note()
        {
            ui.label(RichText::new(note).small().weak());
        }
        view.ui(ui, &mut ctx);
    });
    for event in ctx.events {
        commands.push(match event {
            ViewEvent::SetHidden(hidden) => Command::SetHidden(hidden),
            ViewEvent::SortTable(sort) => Command::SortTable(sort),
            ViewEvent::SetTrendMetric(metric) => {
                let mut view = app.view.clone();
                view.trend_metric = metric;
                Command::SetView(view)
            }
            ViewEvent::ExportTableCsv => Command::ShowExportDialog(Some(ExportKind::TableCsv)),
            ViewEvent::CopyTable => Command::CopyTable,
            ViewEvent::SetPlanner(settings) => Command::SetPlanner(settings),
            ViewEvent::ExportPlanCsv => Command::ShowExportDialog(Some(ExportKind::PlanCsv)),
            ViewEvent::ExportCohortsCsv => Command::ShowExportDialog(Some(ExportKind::CohortsCsv)),
            ViewEvent::SetHeatmapChannel(channel) => {
                let mut options = app.cohorts.options.clone();
                options.heatmap_channel = channel;
                Command::SetCohorts(options)
            }
        });
    }
    for command in commands {
        app.push(command);
    }
}
