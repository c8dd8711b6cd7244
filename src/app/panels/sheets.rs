//! The sheet chooser: a workbook's sheets with their sizes and recognised columns, ticked to
//! open; whether each sheet is a channel; Open or Cancel.

use egui::RichText;

use crate::app::{Command, RoiLensApp};
use crate::tr;

pub fn sheets_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let Some(chooser) = app.sheet_chooser.as_mut() else {
        return;
    };
    let mut command = None;
    egui::Modal::new(egui::Id::unique("sheet-chooser")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr!("panel-sheets-heading"));
        for book in &mut chooser.books {
            let name = book.path.file_name().map_or_else(
                || book.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            ui.add_space(4.0);
            ui.label(RichText::new(name).strong());
            for (sheet, on) in &mut book.sheets {
                let rows = sheet.rows.to_string();
                let what = if sheet.events {
                    tr!("panel-sheets-events", count = sheet.rows, rows = rows)
                } else if sheet.header_row.is_some() {
                    let fields: Vec<String> = sheet
                        .fields
                        .iter()
                        .map(|f| super::sidebar::field_label(*f))
                        .collect();
                    let fields = fields.join(&tr!("panel-sheets-field-separator"));
                    tr!(
                        "panel-sheets-fields",
                        count = sheet.rows,
                        rows = rows,
                        fields = fields
                    )
                } else {
                    tr!("panel-sheets-no-header", count = sheet.rows, rows = rows)
                };
                let enabled = sheet.has_data();
                ui.add_enabled(
                    enabled,
                    egui::Checkbox::new(on, format!("{} — {what}", sheet.name)),
                )
                .on_disabled_hover_text(tr!("panel-sheets-no-spend-header"));
            }
        }
        ui.add_space(6.0);
        ui.checkbox(
            &mut chooser.sheets_are_channels,
            tr!("panel-sheets-are-channels"),
        );
        ui.label(RichText::new(tr!("panel-sheets-stacked")).small().weak());
        ui.add_space(8.0);
        let any = chooser
            .books
            .iter()
            .flat_map(|b| &b.sheets)
            .any(|(_, on)| *on);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(any, egui::Button::new(tr!("panel-sheets-open")))
                .clicked()
            {
                command = Some(Command::OpenChosenSheets);
            }
            if ui.button(tr!("panel-cancel")).clicked() {
                command = Some(Command::CancelSheets);
            }
        });
    });
    if let Some(command) = command {
        app.push(command);
    }
}
