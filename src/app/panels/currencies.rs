//! The Currencies panel: each file's currency (detected, or corrected here), and when amounts
//! are converted, the report currency and the rates, editable. Every change reloads; the
//! workspace keeps both.

use egui::RichText;

use crate::app::{Command, RoiLensApp};
use crate::data::currency::Conversion;
use crate::tr;

/// The currencies offered in the combo boxes.
const CODES: [&str; 8] = ["CNY", "USD", "JPY", "EUR", "HKD", "TWD", "KRW", "GBP"];

pub fn currencies_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    let Some(dataset) = app.dataset.clone() else {
        return;
    };
    let conversion = app.load_options.conversion.clone();
    if conversion.is_none() && dataset.sources.iter().all(|s| s.currency.is_none()) {
        return;
    }
    egui::CollapsingHeader::new(RichText::new(tr!("app-currencies-heading")).heading())
        .default_open(false)
        .show(ui, |ui| {
            for source in &dataset.sources {
                ui.horizontal(|ui| {
                    let label = ui.label(&source.name);
                    let current = source.currency.as_ref().map(|c| c.code.clone());
                    let mut chosen = current.clone();
                    egui::ComboBox::from_id_salt(("currency-of", &source.path))
                        .selected_text(
                            current
                                .clone()
                                .unwrap_or_else(|| tr!("app-currencies-not-known")),
                        )
                        .width(80.0)
                        .show_ui(ui, |ui| {
                            for code in CODES {
                                ui.selectable_value(&mut chosen, Some(code.to_owned()), code);
                            }
                        })
                        .response
                        .labelled_by(label.id)
                        .on_hover_text(source.currency.as_ref().map_or_else(
                            || tr!("app-currencies-not-said"),
                            |c| tr!("app-currencies-from", from = c.from_to_show()),
                        ));
                    if chosen != current {
                        app.push(Command::SetCurrencyOf(source.path.clone(), chosen));
                    }
                });
            }
            let Some(conversion) = conversion else {
                ui.label(
                    RichText::new(tr!("app-currencies-not-converted"))
                        .small()
                        .weak(),
                );
                return;
            };
            ui.add_space(4.0);
            let mut edited = conversion.clone();
            ui.horizontal(|ui| {
                let label = ui.label(tr!("app-currencies-report-in"));
                egui::ComboBox::from_id_salt("conversion-report")
                    .selected_text(edited.report.clone())
                    .width(80.0)
                    .show_ui(ui, |ui| {
                        for code in CODES {
                            ui.selectable_value(&mut edited.report, code.to_owned(), code);
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            for (code, rate) in &conversion.rates {
                ui.horizontal(|ui| {
                    let text = app
                        .rate_inputs
                        .entry(code.clone())
                        .or_insert_with(|| rate.to_string());
                    let label = ui.label(tr!("app-currencies-rate", code = code));
                    ui.add(egui::TextEdit::singleline(text).desired_width(70.0))
                        .labelled_by(label.id);
                    ui.label(&edited.report);
                    if let Ok(v) = text.trim().replace(',', ".").parse::<f64>()
                        && v.is_finite()
                        && v > 0.0
                    {
                        edited.rates.insert(code.clone(), v);
                    }
                });
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        edited != conversion,
                        egui::Button::new(tr!("app-currencies-apply")),
                    )
                    .clicked()
                {
                    app.rate_inputs.clear();
                    app.push(Command::SetConversion(Some(edited.clone())));
                }
                if ui
                    .button(tr!("app-currencies-stop"))
                    .on_hover_text(tr!("app-currencies-stop-hint"))
                    .clicked()
                {
                    app.rate_inputs.clear();
                    app.push(Command::SetConversion(None::<Conversion>));
                }
            });
        });
    ui.separator();
}
