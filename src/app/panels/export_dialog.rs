//! The export window: for a PNG what to draw, its size, scale and background; for both a
//! PNG and the table's CSV, where to save (typed, or picked with the system dialog).

use egui::RichText;

use crate::app::{Command, ExportKind, RoiLensApp};
use crate::export::{ImageSpec, MAX_SIDE, MIN_SIDE, Picture, SCALES};
use crate::tr;

/// Common slide and document sizes, in points, with their names.
fn presets() -> [(String, u32, u32); 4] {
    [
        (tr!("app-export-preset-wide"), 1600, 900),
        (tr!("app-export-preset-standard"), 1200, 900),
        (tr!("app-export-preset-square"), 1080, 1080),
        (tr!("app-export-preset-a4"), 1400, 990),
    ]
}

pub fn export_dialog_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let Some(mut dialog) = app.export_dialog.clone() else {
        return;
    };
    let data = app.dashboard.clone();
    let modal = egui::Modal::new(egui::Id::unique("export-window")).show(ctx, |ui| {
        ui.set_width(430.0);
        ui.heading(dialog.kind.title());
        ui.add_space(6.0);
        egui::Grid::new("export-options")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                match &mut dialog.kind {
                    ExportKind::Png { picture, spec } => picture_options_ui(ui, picture, spec),
                    ExportKind::TableCsv | ExportKind::PlanCsv | ExportKind::CohortsCsv => {
                        ui.label("");
                        let what = match dialog.kind {
                            ExportKind::TableCsv => tr!("app-export-csv-table"),
                            ExportKind::CohortsCsv => tr!("app-export-csv-cohorts"),
                            _ => tr!("app-export-csv-plan"),
                        };
                        ui.label(RichText::new(what).weak());
                        ui.end_row();
                    }
                    ExportKind::Workspace { note, .. } => {
                        ui.label(tr!("app-export-note"));
                        ui.add(
                            egui::TextEdit::multiline(note)
                                .desired_rows(3)
                                .desired_width(300.0)
                                .hint_text(tr!("app-export-note-hint"))
                                .id_salt("workspace-note"),
                        );
                        ui.end_row();
                        ui.label("");
                        ui.label(RichText::new(tr!("app-export-sources-saved")).weak());
                        ui.end_row();
                    }
                }
                ui.label(tr!("app-export-save-to"));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut dialog.path)
                            .desired_width(300.0)
                            .id_salt("export-path"),
                    );
                    if ui
                        .button(tr!("app-export-browse"))
                        .on_hover_text(tr!("app-export-browse-hint"))
                        .clicked()
                    {
                        app.push(Command::ChooseExportFile(dialog.kind.clone()));
                    }
                });
                ui.end_row();
            });
        if let ExportKind::Png { spec, .. } = &dialog.kind {
            let [w, h] = spec.pixels();
            ui.label(
                RichText::new(tr!(
                    "app-export-png-size",
                    width = w.to_string(),
                    height = h.to_string()
                ))
                .weak(),
            );
        }
        let path = std::path::PathBuf::from(dialog.path.trim());
        if dialog.no_file_chosen {
            ui.label(
                RichText::new(tr!("app-export-no-file-chosen")).color(ui.visuals().warn_fg_color),
            );
        } else if path.is_file() {
            ui.label(
                RichText::new(tr!("app-export-file-exists")).color(ui.visuals().warn_fg_color),
            );
        }
        ui.add_space(8.0);
        let mut save = false;
        let mut cancel = false;
        ui.horizontal(|ui| {
            save = ui
                .add_enabled(
                    !dialog.path.trim().is_empty(),
                    egui::Button::new(tr!("app-export-save")),
                )
                .clicked();
            cancel = ui.button(tr!("app-export-cancel")).clicked();
        });
        (save.then_some(path), cancel)
    });
    let close = modal.should_close();
    let (save, cancel) = modal.inner;
    if let Some(path) = save {
        app.push(Command::Export {
            kind: dialog.kind,
            path,
        });
    } else if cancel || close {
        app.push(Command::ShowExportDialog(None));
    } else if app.export_dialog.as_ref() != Some(&dialog) {
        // Changing the picture renames the suggested file, in the same folder.
        if let (Some(old), ExportKind::Png { picture, .. }) = (&app.export_dialog, &dialog.kind)
            && let ExportKind::Png {
                picture: before, ..
            } = old.kind
            && before != *picture
        {
            let path = std::path::Path::new(&dialog.path);
            if let (Some(dir), Some(data)) = (path.parent(), &data) {
                dialog.path = dir.join(dialog.kind.file_name(data)).display().to_string();
            }
        }
        app.export_dialog = Some(dialog);
    }
}

fn picture_options_ui(ui: &mut egui::Ui, picture: &mut Picture, spec: &mut ImageSpec) {
    ui.label(tr!("app-export-picture"));
    egui::ComboBox::from_id_salt("export-picture")
        .selected_text(picture.title())
        .show_ui(ui, |ui| {
            for choice in Picture::all() {
                ui.selectable_value(picture, choice, choice.title());
            }
        });
    ui.end_row();

    ui.label(tr!("app-export-size"));
    ui.horizontal(|ui| {
        ui.add(
            egui::DragValue::new(&mut spec.width)
                .range(MIN_SIDE..=MAX_SIDE)
                .speed(10),
        );
        ui.label("×");
        ui.add(
            egui::DragValue::new(&mut spec.height)
                .range(MIN_SIDE..=MAX_SIDE)
                .speed(10),
        );
    });
    ui.end_row();

    ui.label("");
    ui.horizontal(|ui| {
        for (name, w, h) in presets() {
            let chosen = spec.width == w && spec.height == h;
            if ui.selectable_label(chosen, name).clicked() {
                spec.width = w;
                spec.height = h;
            }
        }
    });
    ui.end_row();

    ui.label(tr!("app-export-scale"));
    ui.horizontal(|ui| {
        for scale in SCALES {
            ui.radio_value(&mut spec.scale, scale, format!("{scale}×"));
        }
    });
    ui.end_row();

    ui.label(tr!("app-export-background"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut spec.dark, false, tr!("app-export-light"));
        ui.radio_value(&mut spec.dark, true, tr!("app-export-dark"));
    });
    ui.end_row();
}
