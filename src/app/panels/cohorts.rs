//! The Cohorts panel: the event logs opened, and how their cohorts are cut (period, days,
//! on day N or on-or-after, start and return events, the time zone of the days), and which
//! header each column of the logs is read from. Every change
//! is a command; the cohorts are recomputed off the UI thread and the workspace keeps them.

use egui::RichText;

use crate::app::{Command, RoiLensApp};
use crate::dashboard::{CohortOptions, MAX_DAY};
use crate::data::events::{EventColumn, EventMapping, column_by_name};
use crate::metrics::Granularity;
use crate::tr;

pub fn cohorts_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    if app.cohorts.paths.is_empty() {
        return;
    }
    let before = app.cohorts.options.clone();
    let mut options = before.clone();
    let event_names = app
        .cohorts
        .data
        .as_ref()
        .map(|d| d.event_names.clone())
        .unwrap_or_default();
    egui::CollapsingHeader::new(RichText::new(tr!("app-cohorts-heading")).heading())
        .default_open(true)
        .show(ui, |ui| {
            for path in &app.cohorts.paths {
                let name = match crate::data::clickhouse::url_of(path) {
                    Some(Ok(url)) => tr!(
                        "app-cohorts-clickhouse-table",
                        table = &url.table,
                        server = url.server()
                    ),
                    _ => path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into(),
                    ),
                };
                ui.label(RichText::new(name).strong())
                    .on_hover_text(path.display().to_string());
            }
            match app.cohorts.status() {
                Some(status) => ui.label(RichText::new(status).small().weak()),
                None if app.cohorts.failed() => ui.label(
                    RichText::new(tr!("app-cohorts-not-loaded"))
                        .small()
                        .color(ui.visuals().error_fg_color),
                ),
                None => ui.label(RichText::new(tr!("app-cohorts-loading")).small().weak()),
            };
            egui::Grid::new("cohort-options")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| options_ui(ui, &mut options, &event_names));
            let failed = app.cohorts.failed();
            egui::CollapsingHeader::new(tr!("app-cohorts-columns"))
                .id_salt("cohort-columns")
                .open(failed.then_some(true))
                .show(ui, |ui| {
                    egui::Grid::new("cohort-columns-grid")
                        .num_columns(2)
                        .spacing([8.0, 6.0])
                        .show(ui, |ui| {
                            columns_ui(ui, &mut options.columns, &app.cohorts.headers);
                        });
                });
            if app.cohorts_busy() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("app-cohorts-computing"));
                });
            }
        });
    ui.separator();
    if options != before {
        app.push(Command::SetCohorts(options));
    }
}

fn options_ui(ui: &mut egui::Ui, options: &mut CohortOptions, event_names: &[String]) {
    let label = ui.label(tr!("app-cohorts-cohort-by"));
    let period_name = |period: Granularity| tr!("app-cohorts-period", period = period.name());
    egui::ComboBox::from_id_salt("cohort-period")
        .selected_text(period_name(options.period))
        .show_ui(ui, |ui| {
            for period in [Granularity::Day, Granularity::Week, Granularity::Month] {
                ui.selectable_value(&mut options.period, period, period_name(period));
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();

    let label = ui.label(tr!("app-cohorts-days"));
    // The text as typed while the box has focus (`1, 7,` on the way to `1, 7, 14`); the days
    // in force otherwise.
    let text_id = egui::Id::unique("cohort-days-text");
    let in_force = options
        .days
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let mut text = ui
        .data(|d| d.get_temp::<String>(text_id))
        .unwrap_or_else(|| in_force.clone());
    let edit = ui
        .add(egui::TextEdit::singleline(&mut text).desired_width(110.0))
        .labelled_by(label.id)
        .on_hover_text(tr!("app-cohorts-days-hint", max_day = MAX_DAY.to_string()));
    if edit.changed()
        && let Some(days) = parse_days(&text)
    {
        options.days = days;
    }
    if edit.has_focus() {
        ui.data_mut(|d| d.insert_temp(text_id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(text_id));
    }
    ui.end_row();

    let label = ui.label(tr!("app-cohorts-retained"));
    egui::ComboBox::from_id_salt("cohort-mode")
        .selected_text(mode_label(options.on_or_after))
        .show_ui(ui, |ui| {
            for mode in [false, true] {
                ui.selectable_value(&mut options.on_or_after, mode, mode_label(mode));
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();

    let label = ui.label(tr!("app-cohorts-day-n-is"));
    egui::ComboBox::from_id_salt("cohort-windows")
        .selected_text(windows_label(options.rolling))
        .show_ui(ui, |ui| {
            for rolling in [false, true] {
                ui.selectable_value(&mut options.rolling, rolling, windows_label(rolling));
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr!("app-cohorts-day-n-hint"));
    ui.end_row();

    event_choice_ui(
        ui,
        &tr!("app-cohorts-start-event"),
        "cohort-start",
        &mut options.start,
        event_names,
    );
    event_choice_ui(
        ui,
        &tr!("app-cohorts-return-event"),
        "cohort-return",
        &mut options.returns,
        event_names,
    );

    let label = ui.label(tr!("app-cohorts-time-zone"));
    egui::ComboBox::from_id_salt("cohort-tz")
        .selected_text(tr!(
            "app-cohorts-utc-offset",
            offset = options.offset_text()
        ))
        .show_ui(ui, |ui| {
            for hours in -12..=14 {
                let minutes = hours * 60;
                let text = CohortOptions {
                    utc_offset_minutes: minutes,
                    ..CohortOptions::default()
                }
                .offset_text();
                ui.selectable_value(
                    &mut options.utc_offset_minutes,
                    minutes,
                    tr!("app-cohorts-utc-offset", offset = text),
                );
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr!("app-cohorts-time-zone-hint"));
    ui.end_row();
}

/// Which header each column of the event log is read from: found by its name (auto), a
/// header chosen, or none (for the columns a log may lack).
fn columns_ui(ui: &mut egui::Ui, mapping: &mut EventMapping, headers: &[String]) {
    for column in EventColumn::ALL {
        let label = ui.label(column_label(column));
        let auto = match column_by_name(headers, column) {
            Some(i) => tr!("app-cohorts-auto", header = &headers[i]),
            None => tr!("app-cohorts-auto-not-found"),
        };
        let chosen = mapping.get(&column).cloned();
        let shown = match &chosen {
            None => auto.clone(),
            Some(Some(header)) => header.clone(),
            Some(None) => tr!("app-cohorts-column-none"),
        };
        let mut choice = chosen.clone();
        egui::ComboBox::from_id_salt(("cohort-column", column.name()))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut choice, None, auto);
                for header in headers.iter().filter(|h| !h.is_empty()) {
                    ui.selectable_value(&mut choice, Some(Some(header.clone())), header);
                }
                if !column.required() {
                    ui.selectable_value(&mut choice, Some(None), tr!("app-cohorts-column-none"));
                }
            })
            .response
            .labelled_by(label.id);
        if choice != chosen {
            match choice {
                Some(header) => mapping.insert(column, header),
                None => mapping.remove(&column),
            };
        }
        ui.end_row();
    }
}

fn column_label(column: EventColumn) -> String {
    match column {
        EventColumn::User => tr!("app-cohorts-column-user"),
        EventColumn::Time => tr!("app-cohorts-column-time"),
        EventColumn::Event => tr!("app-cohorts-column-event"),
        EventColumn::Amount => tr!("app-cohorts-column-amount"),
        EventColumn::Channel => tr!("app-cohorts-column-channel"),
    }
}

/// A choice of one event name, or any event.
fn event_choice_ui(
    ui: &mut egui::Ui,
    title: &str,
    id: &str,
    chosen: &mut Option<String>,
    names: &[String],
) {
    let label = ui.label(title);
    egui::ComboBox::from_id_salt(id)
        .selected_text(
            chosen
                .clone()
                .unwrap_or_else(|| tr!("app-cohorts-any-event")),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(chosen, None, tr!("app-cohorts-any-event"));
            for name in names {
                ui.selectable_value(chosen, Some(name.clone()), name);
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}

fn windows_label(rolling: bool) -> String {
    if rolling {
        tr!("app-cohorts-rolling")
    } else {
        tr!("app-cohorts-calendar-day")
    }
}

fn mode_label(on_or_after: bool) -> String {
    if on_or_after {
        tr!("app-cohorts-on-or-after")
    } else {
        tr!("app-cohorts-on-day")
    }
}

/// `1, 7, 30` → the days, or `None` while the text is not a list of days in range.
pub fn parse_days(text: &str) -> Option<Vec<u16>> {
    let days: Option<Vec<u16>> = text
        .split([',', ' ', '，'])
        .filter(|t| !t.trim().is_empty())
        .map(|t| t.trim().parse::<u16>().ok().filter(|d| *d <= MAX_DAY))
        .collect();
    days.filter(|d| !d.is_empty())
}

#[cfg(test)]
mod tests {
    use super::parse_days;

    #[test]
    fn days_are_read_from_a_list_and_refused_out_of_range() {
        assert_eq!(parse_days("1, 7,30"), Some(vec![1, 7, 30]));
        assert_eq!(parse_days("1，14"), Some(vec![1, 14]));
        assert_eq!(parse_days("1, x"), None);
        assert_eq!(parse_days("400"), None);
        assert_eq!(parse_days(" "), None);
    }
}
