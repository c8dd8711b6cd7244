//! The app's panels: menu, status line, sidebar, the dashboard of views, the export window and
//! the unsaved-changes question. Each draws from the app's state and pushes commands; none
//! computes a metric (the numbers all come from the core).

mod channels;
mod cohorts;
mod connect;
mod currencies;
mod dashboard;
mod export_dialog;
mod sheets;
mod sidebar;

use egui::RichText;

use super::connect::ConnectAction;
use super::{Answer, Command, ConflictAnswer, ExportKind, PendingWork, RoiLensApp, Then};
use crate::export::Picture;
use crate::tr;
use crate::views::ViewRef;

/// The whole window.
pub fn app_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| menu_bar_ui(app, ui));
    egui::Panel::top("status").show(ui, |ui| status_ui(app, ui));
    egui::Panel::left("sidebar")
        .resizable(true)
        .default_size(310.0)
        .show(ui, |ui| sidebar::sidebar_ui(app, ui));
    egui::CentralPanel::default().show(ui, |ui| dashboard::dashboard_ui(app, ui));
    let ctx = ui.ctx().clone();
    export_dialog::export_dialog_ui(app, &ctx);
    sheets::sheets_ui(app, &ctx);
    connect::connect_ui(app, &ctx);
    confirm_ui(app, &ctx);
    recovery_ui(app, &ctx);
    conflict_ui(app, &ctx);
}

/// "Restore the analysis you had open?" after a window did not exit cleanly.
fn recovery_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let Some(offer) = app.recovery_offers.first() else {
        return;
    };
    let summary = offer.summary();
    let text = tr!("panel-recovery-text", summary = summary);
    // Closing the window without an answer leaves the offer for the next start.
    let buttons = [
        (tr!("panel-recovery-restore"), Some(true)),
        (tr!("panel-recovery-discard"), Some(false)),
    ];
    let answer = question_ui(
        ctx,
        "recovery-offer",
        &tr!("panel-recovery-heading"),
        &text,
        &buttons,
        None,
    );
    if let Some(restore) = answer.flatten() {
        app.push(Command::AnswerRecovery(restore));
    }
}

/// "The workspace changed on disk" instead of saving over someone else's work.
fn conflict_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let Some(conflict) = &app.save_conflict else {
        return;
    };
    let name = conflict.path.file_name().map_or_else(
        || conflict.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let text = tr!("panel-conflict-text", name = name);
    let buttons = [
        (tr!("panel-conflict-overwrite"), ConflictAnswer::Overwrite),
        (tr!("panel-conflict-save-as"), ConflictAnswer::SaveAs),
        (
            tr!("panel-conflict-reload-theirs"),
            ConflictAnswer::ReloadTheirs,
        ),
        (tr!("panel-cancel"), ConflictAnswer::Cancel),
    ];
    let heading = tr!("panel-conflict-heading");
    let answer = question_ui(
        ctx,
        "save-conflict",
        &heading,
        &text,
        &buttons,
        ConflictAnswer::Cancel,
    );
    if let Some(answer) = answer {
        app.push(Command::AnswerConflict(answer));
    }
}

/// A question in a modal window: a heading, the question, one button per answer. Returns the
/// answer clicked, or `on_close` when the window is closed (Escape, a click outside).
fn question_ui<T: Copy>(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    text: &str,
    buttons: &[(String, T)],
    on_close: T,
) -> Option<T> {
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(heading);
        ui.label(text);
        ui.add_space(8.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            for (label, value) in buttons {
                if ui.button(label.as_str()).clicked() {
                    answer = Some(*value);
                }
            }
        });
        answer
    });
    match modal.inner {
        Some(answer) => Some(answer),
        None if modal.should_close() => Some(on_close),
        None => None,
    }
}

/// `Ctrl+S` (`Cmd+S` on a Mac).
fn shortcut(ui: &egui::Ui, keys: &str) -> String {
    if ui.ctx().os() == egui::os::OperatingSystem::Mac {
        tr!("panel-shortcut-mac", keys = keys)
    } else {
        tr!("panel-shortcut", keys = keys)
    }
}

/// "Save changes first?" before closing or opening another workspace.
fn confirm_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let Some(confirm) = app.confirm.clone() else {
        return;
    };
    let text = match &confirm.then {
        Then::Close => tr!("panel-confirm-before-closing"),
        Then::OpenWorkspace(path) => tr!(
            "panel-confirm-before-opening",
            name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        ),
    };
    let buttons = [
        (tr!("panel-confirm-save"), Answer::Save),
        (tr!("panel-confirm-dont-save"), Answer::Discard),
        (tr!("panel-cancel"), Answer::Cancel),
    ];
    let answer = question_ui(
        ctx,
        "confirm-unsaved",
        &tr!("panel-confirm-heading"),
        &text,
        &buttons,
        Answer::Cancel,
    );
    if let Some(answer) = answer {
        app.push(Command::Answer(answer));
    }
}

fn menu_bar_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!("menu-file"), |ui| {
            if ui.button(tr!("panel-menu-open-files")).clicked() {
                app.push(Command::ShowOpenDialog);
                ui.close();
            }
            if ui.button(tr!("panel-menu-connect-clickhouse")).clicked() {
                let recent = app.recent_connections().into_iter().next();
                app.push(Command::Connect(ConnectAction::Show(true, recent)));
                ui.close();
            }
            if ui
                .add(
                    egui::Button::new(tr!("panel-menu-open-workspace"))
                        .shortcut_text(shortcut(ui, "O")),
                )
                .clicked()
            {
                app.push(Command::ShowOpenWorkspaceDialog);
                ui.close();
            }
            ui.menu_button(tr!("panel-menu-open-recent-workspace"), |ui| {
                if app.prefs.recent_workspaces.is_empty() {
                    ui.label(tr!("panel-menu-no-recent-workspaces"));
                }
                for path in app.prefs.recent_workspaces.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.push(Command::OpenWorkspace(path));
                        ui.close();
                    }
                }
            });
            if ui
                .add(
                    egui::Button::new(tr!("panel-menu-save-workspace"))
                        .shortcut_text(shortcut(ui, "S")),
                )
                .clicked()
            {
                app.push(Command::SaveWorkspace);
                ui.close();
            }
            if ui
                .add(
                    egui::Button::new(tr!("panel-menu-save-workspace-as"))
                        .shortcut_text(shortcut(ui, "Shift+S")),
                )
                .clicked()
            {
                app.push(Command::SaveWorkspaceAs);
                ui.close();
            }
            ui.separator();
            if ui.button(tr!("panel-menu-open-sample")).clicked() {
                app.push(Command::OpenSample);
                ui.close();
            }
            ui.menu_button(tr!("panel-menu-open-recent"), |ui| {
                if app.prefs.recent_files.is_empty() {
                    ui.label(tr!("panel-menu-no-recent-files"));
                }
                for path in app.prefs.recent_files.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.push(Command::Open(vec![path]));
                        ui.close();
                    }
                }
            });
            ui.separator();
            let has_data = app.dashboard.is_some();
            ui.add_enabled_ui(has_data, |ui| {
                if ui.button(tr!("panel-menu-export-dashboard-png")).clicked() {
                    app.push(Command::ShowExportDialog(Some(ExportKind::Png {
                        picture: Picture::Dashboard,
                        spec: app.prefs.image_spec,
                    })));
                    ui.close();
                }
                if ui.button(tr!("panel-menu-export-table-csv")).clicked() {
                    app.push(Command::ShowExportDialog(Some(ExportKind::TableCsv)));
                    ui.close();
                }
                if ui.button(tr!("panel-menu-copy-table")).clicked() {
                    app.push(Command::CopyTable);
                    ui.close();
                }
            });
            ui.separator();
            if ui.button(tr!("panel-menu-quit")).clicked() {
                ui.close();
                ui.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
        ui.menu_button(tr!("menu-view"), |ui| {
            let mut dark = app.prefs.dark_mode;
            if ui
                .radio_value(&mut dark, false, tr!("panel-menu-light-theme"))
                .clicked()
                || ui
                    .radio_value(&mut dark, true, tr!("panel-menu-dark-theme"))
                    .clicked()
            {
                app.push(Command::SetDarkMode(dark));
                ui.close();
            }
            ui.separator();
            ui.menu_button(tr!("menu-language"), |ui| {
                let current = crate::i18n::language();
                for lang in crate::i18n::Lang::ALL {
                    if ui.radio(current == lang, lang.native_name()).clicked() {
                        app.push(Command::SetLanguage(lang));
                        ui.close();
                    }
                }
            });
            let mut plain = app.prefs.plain_digits;
            if ui.checkbox(&mut plain, tr!("menu-plain-digits")).clicked() {
                app.push(Command::SetPlainDigits(plain));
            }
            ui.separator();
            if ui
                .add_enabled(
                    app.maximized.is_some(),
                    egui::Button::new(tr!("panel-menu-show-all-charts")),
                )
                .clicked()
            {
                app.push(Command::Maximize(None));
                ui.close();
            }
            ui.menu_button(tr!("panel-menu-maximise"), |ui| {
                for view in ViewRef::all() {
                    let on = app.maximized == Some(view);
                    if ui.selectable_label(on, view.title()).clicked() {
                        app.push(Command::Maximize(Some(view)));
                        ui.close();
                    }
                }
            });
        });
    });
}

/// Files in different currencies: the report currency and a rate for each other one, then
/// *Convert and open*.
fn rates_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    let Some(need) = app.need_rates.as_mut() else {
        return;
    };
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("panel-rates-report-in"));
        let codes: Vec<String> = need.rates.iter().map(|(c, _)| c.clone()).collect();
        egui::ComboBox::from_id_salt("report-currency")
            .selected_text(need.report.clone())
            .show_ui(ui, |ui| {
                for code in &codes {
                    ui.selectable_value(&mut need.report, code.clone(), code);
                }
            })
            .response
            .labelled_by(label.id);
        let report = need.report.clone();
        for (code, text) in need.rates.iter_mut().filter(|(c, _)| *c != report) {
            let label = ui.label(format!("1 {code} ="));
            ui.add(egui::TextEdit::singleline(text).desired_width(70.0))
                .labelled_by(label.id);
            ui.label(&report);
        }
        match need.conversion() {
            Ok(conversion) => {
                if ui
                    .button(tr!("panel-rates-convert-and-open"))
                    .on_hover_text(tr!("panel-rates-convert-hint"))
                    .clicked()
                {
                    command = Some(Command::ConvertCurrencies(conversion));
                }
            }
            Err(why) => {
                ui.add_enabled(
                    false,
                    egui::Button::new(tr!("panel-rates-convert-and-open")),
                )
                .on_disabled_hover_text(why);
            }
        }
    });
    if let Some(command) = command {
        app.push(command);
    }
}

/// Errors (shown until dismissed), progress with a cancel button, or the last status line.
fn status_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    if let Some(error) = app.error.clone() {
        egui::Frame::new()
            .fill(ui.visuals().error_fg_color.gamma_multiply(0.15))
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(tr!("panel-status-error"))
                            .strong()
                            .color(ui.visuals().error_fg_color),
                    );
                    // Written now, in the language in force.
                    ui.label(error.to_string());
                    if app.load_anyway.is_some()
                        && ui
                            .button(tr!("panel-status-load-anyway"))
                            .on_hover_text(tr!("panel-status-load-anyway-hint"))
                            .clicked()
                    {
                        app.push(Command::LoadAnyway);
                    }
                    if ui.button(tr!("panel-status-dismiss")).clicked() {
                        app.push(Command::DismissError);
                    }
                });
                if app.need_rates.is_some() {
                    rates_ui(app, ui);
                }
                ui.horizontal_wrapped(|_| {});
            });
    }
    ui.horizontal(|ui| {
        if let Some(pending) = &app.pending {
            ui.spinner();
            let text = match &pending.what {
                PendingWork::Loading { .. } if pending.progress.files_total > 1 => tr!(
                    "panel-status-loading-file",
                    current = (pending.progress.files_done + 1)
                        .min(pending.progress.files_total)
                        .to_string(),
                    total = pending.progress.files_total.to_string()
                ),
                // One large file, read slice by slice.
                PendingWork::Loading { .. } if pending.progress.bytes_done > 0 => tr!(
                    "panel-status-loading-bytes",
                    done = crate::i18n::big_number(pending.progress.bytes_done as f64 / 1e6, 0),
                    total = crate::i18n::big_number(pending.progress.bytes_total as f64 / 1e6, 0)
                ),
                PendingWork::Loading { .. } => match crate::data::clickhouse::progress() {
                    Some(p) if p.total_rows > 0 => tr!(
                        "panel-status-clickhouse-rows-of",
                        count = p.read_rows,
                        read = crate::i18n::big_number(p.read_rows as f64, 0),
                        total = crate::i18n::big_number(p.total_rows as f64, 0)
                    ),
                    Some(p) => tr!(
                        "panel-status-clickhouse-rows",
                        count = p.read_rows,
                        read = crate::i18n::big_number(p.read_rows as f64, 0)
                    ),
                    None => tr!("panel-status-loading"),
                },
                PendingWork::Computing => tr!("panel-status-updating-charts"),
                PendingWork::Statistics => tr!("panel-status-computing-statistics"),
            };
            ui.label(text);
            let progress = &pending.progress;
            if progress.bytes_total > 0 && (progress.files_total > 1 || progress.bytes_done > 0) {
                let fraction = (progress.bytes_done as f64 / progress.bytes_total as f64).min(1.0);
                ui.add(egui::ProgressBar::new(fraction as f32).desired_width(160.0));
            } else if progress.files_total > 1 {
                let fraction = progress.files_done as f32 / progress.files_total as f32;
                ui.add(egui::ProgressBar::new(fraction).desired_width(160.0));
            } else if let PendingWork::Loading { .. } = pending.what
                && let Some(p) = crate::data::clickhouse::progress()
                && p.total_rows > 0
            {
                let fraction = (p.read_rows as f64 / p.total_rows as f64).min(1.0) as f32;
                ui.add(egui::ProgressBar::new(fraction).desired_width(160.0));
            }
            if ui.button(tr!("panel-cancel")).clicked() {
                app.push(Command::Cancel);
            }
        } else if app.exports_running() > 0 {
            ui.spinner();
            ui.label(tr!("panel-status-exporting"));
        } else {
            ui.label(RichText::new(app.status.to_string()).weak());
        }
    });
}
