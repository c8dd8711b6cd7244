//! The sheet chooser: a workbook's sheets with their sizes and recognised columns, ticked to
//! open; whether each sheet is a channel; Open or Cancel.

use egui::RichText;

use crate::app::{Command, RoiLensApp};

pub fn sheets_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let Some(chooser) = app.sheet_chooser.as_mut() else {
        return;
    };
    let mut command = None;
    egui::Modal::new(egui::Id::unique("sheet-chooser")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Which sheets?");
        for book in &mut chooser.books {
            let name = book.path.file_name().map_or_else(
                || book.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            ui.add_space(4.0);
            ui.label(RichText::new(name).strong());
            for (sheet, on) in &mut book.sheets {
                let what = if sheet.events {
                    format!(
                        "{} rows · an event log, opened for the Cohorts view",
                        sheet.rows
                    )
                } else if sheet.header_row.is_some() {
                    let fields: Vec<String> = sheet.fields.iter().map(|f| f.name()).collect();
                    format!("{} rows · {}", sheet.rows, fields.join(", "))
                } else {
                    format!("{} rows · no recognisable header", sheet.rows)
                };
                let enabled = sheet.has_data();
                ui.add_enabled(
                    enabled,
                    egui::Checkbox::new(on, format!("{} — {what}", sheet.name)),
                )
                .on_disabled_hover_text("No header row with a spend column was found here");
            }
        }
        ui.add_space(6.0);
        ui.checkbox(
            &mut chooser.sheets_are_channels,
            "Each sheet is a channel (for sheets without a channel column)",
        );
        ui.label(
            RichText::new("Sheets are stacked as separate sources, named book.xlsx#sheet.")
                .small()
                .weak(),
        );
        ui.add_space(8.0);
        let any = chooser
            .books
            .iter()
            .flat_map(|b| &b.sheets)
            .any(|(_, on)| *on);
        ui.horizontal(|ui| {
            if ui.add_enabled(any, egui::Button::new("Open")).clicked() {
                command = Some(Command::OpenChosenSheets);
            }
            if ui.button("Cancel").clicked() {
                command = Some(Command::CancelSheets);
            }
        });
    });
    if let Some(command) = command {
        app.push(command);
    }
}
