//! The PNG export options: what to export, size, scale and background, then Save….

use egui::RichText;

use crate::app::{Chart, Command, ExportKind, RoiLensApp};
use crate::export::{MAX_SIDE, MIN_SIDE, Picture, SCALES};

/// Common slide and document sizes, in points.
const PRESETS: [(&str, u32, u32); 4] = [
    ("16:9 slide", 1600, 900),
    ("4:3 slide", 1200, 900),
    ("Square", 1080, 1080),
    ("A4 landscape", 1400, 990),
];

pub fn export_dialog_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let Some(mut dialog) = app.export_dialog.clone() else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("export-png")).show(ctx, |ui| {
        ui.set_width(360.0);
        ui.heading("Export PNG");
        ui.add_space(6.0);
        let mut save = false;
        egui::Grid::new("export-options")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                ui.label("Picture");
                let current = match dialog.picture {
                    Picture::Chart(c) => c.title().to_owned(),
                    Picture::Dashboard => "Whole dashboard".to_owned(),
                };
                egui::ComboBox::from_id_salt("export-picture")
                    .selected_text(current)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(
                            &mut dialog.picture,
                            Picture::Dashboard,
                            "Whole dashboard",
                        );
                        for chart in Chart::ALL {
                            ui.selectable_value(
                                &mut dialog.picture,
                                Picture::Chart(chart),
                                chart.title(),
                            );
                        }
                    });
                ui.end_row();

                ui.label("Size (points)");
                ui.horizontal(|ui| {
                    ui.add(
                        egui::DragValue::new(&mut dialog.spec.width)
                            .range(MIN_SIDE..=MAX_SIDE)
                            .speed(10),
                    );
                    ui.label("×");
                    ui.add(
                        egui::DragValue::new(&mut dialog.spec.height)
                            .range(MIN_SIDE..=MAX_SIDE)
                            .speed(10),
                    );
                });
                ui.end_row();

                ui.label("");
                ui.horizontal_wrapped(|ui| {
                    for (name, w, h) in PRESETS {
                        let chosen = dialog.spec.width == w && dialog.spec.height == h;
                        if ui.selectable_label(chosen, name).clicked() {
                            dialog.spec.width = w;
                            dialog.spec.height = h;
                        }
                    }
                });
                ui.end_row();

                ui.label("Scale");
                ui.horizontal(|ui| {
                    for scale in SCALES {
                        ui.radio_value(&mut dialog.spec.scale, scale, format!("{scale}×"));
                    }
                });
                ui.end_row();

                ui.label("Background");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut dialog.spec.dark, false, "Light");
                    ui.radio_value(&mut dialog.spec.dark, true, "Dark");
                });
                ui.end_row();
            });
        let [w, h] = dialog.spec.pixels();
        ui.label(RichText::new(format!("The PNG will be {w} × {h} pixels.")).weak());
        ui.add_space(8.0);
        let mut cancel = false;
        ui.horizontal(|ui| {
            save = ui.button("Save…").clicked();
            cancel = ui.button("Cancel").clicked();
        });
        (save, cancel)
    });
    let (save, cancel) = modal.inner;
    if save {
        app.push(Command::ChooseExportFile(ExportKind::Png {
            picture: dialog.picture,
            spec: dialog.spec,
        }));
    } else if cancel || modal.should_close() {
        app.push(Command::ShowExportDialog(None));
    } else if app.export_dialog.as_ref() != Some(&dialog) {
        app.export_dialog = Some(dialog);
    }
}
