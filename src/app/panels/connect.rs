//! The ClickHouse connection form: server, user, password, database; the table picked from the
//! database's tables (or typed); recent connections; Open, Add or Cancel.

use egui::RichText;

use crate::app::connect::ConnectAction;
use crate::app::{Command, RoiLensApp};
use crate::tr;

pub fn connect_ui(app: &mut RoiLensApp, ctx: &egui::Context) {
    let recent = app.recent_connections();
    let has_sources = !app.sources.is_empty();
    let Some(form) = app.connect.as_mut() else {
        return;
    };
    let mut action = None;
    egui::Modal::new(egui::Id::unique("connect-clickhouse")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr!("app-connect-heading"));
        egui::Grid::new("connect-fields")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let field = |ui: &mut egui::Ui, name: &str, text: &mut String, secret| {
                    let label = ui.label(name);
                    ui.add(
                        egui::TextEdit::singleline(text)
                            .password(secret)
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                };
                field(ui, &tr!("app-connect-host"), &mut form.host, false);
                field(ui, &tr!("app-connect-port"), &mut form.port, false);
                field(ui, &tr!("app-connect-user"), &mut form.user, false);
                field(ui, &tr!("app-connect-password"), &mut form.password, true);
                field(ui, &tr!("app-connect-database"), &mut form.database, false);
                ui.label("");
                ui.checkbox(&mut form.tls, tr!("app-connect-tls"));
                ui.end_row();
                let label = ui.label(tr!("app-connect-table"));
                ui.horizontal(|ui| {
                    ui.add(egui::TextEdit::singleline(&mut form.table).desired_width(170.0))
                        .labelled_by(label.id);
                    if ui
                        .add_enabled(
                            !form.is_listing(),
                            egui::Button::new(tr!("app-connect-list-tables")),
                        )
                        .clicked()
                    {
                        action = Some(ConnectAction::ListTables);
                    }
                    if form.is_listing() {
                        ui.spinner();
                    }
                });
                ui.end_row();
            });
        if !form.tables.is_empty() {
            ui.label(RichText::new(tr!("app-connect-tables")).strong());
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for table in &form.tables {
                        let chosen = form.table == table.name;
                        let label = if table.event_log {
                            tr!("app-connect-event-log-table", table = &table.name)
                        } else {
                            table.name.clone()
                        };
                        if ui.selectable_label(chosen, label).clicked() {
                            form.table = table.name.clone();
                        }
                    }
                });
        }
        if !recent.is_empty() {
            ui.add_space(4.0);
            ui.menu_button(tr!("app-connect-recent"), |ui| {
                for url in &recent {
                    if ui.button(url).clicked() {
                        action = Some(ConnectAction::Show(true, Some(url.clone())));
                        ui.close();
                    }
                }
            });
        }
        if let Some(message) = &form.message {
            ui.colored_label(ui.visuals().error_fg_color, message.to_string());
        }
        ui.label(RichText::new(tr!("app-connect-note")).small().weak());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("app-connect-open")).clicked() {
                action = Some(ConnectAction::Open { add: false });
            }
            if has_sources && ui.button(tr!("app-connect-add")).clicked() {
                action = Some(ConnectAction::Open { add: true });
            }
            if ui.button(tr!("app-connect-cancel")).clicked() {
                action = Some(ConnectAction::Show(false, None));
            }
        });
    });
    if let Some(action) = action {
        app.push(Command::Connect(action));
    }
}
