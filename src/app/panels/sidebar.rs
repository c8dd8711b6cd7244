//! The left panel: files, filters and column mapping.

use std::path::PathBuf;

use chrono::{Datelike, Duration, NaiveDate};
use egui::RichText;

use crate::app::{Command, RoiLensApp};
use crate::dashboard::View;
use crate::data::Field;
use crate::metrics::{Comparison, Granularity, GroupKey};

pub fn sidebar_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            files_ui(app, ui);
            ui.separator();
            super::channels::channels_ui(app, ui);
            ui.separator();
            super::currencies::currencies_ui(app, ui);
            super::cohorts::cohorts_ui(app, ui);
            filters_ui(app, ui);
            ui.separator();
            mapping_ui(app, ui);
        });
}

fn is_workspace(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e == crate::workspace::EXTENSION)
}

/// The workspace's name and note, and each missing source with a way to locate it.
fn workspace_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    if let Some(path) = &app.workspace_path {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let dirty = if app.is_dirty() {
            " (unsaved changes)"
        } else {
            ""
        };
        ui.label(RichText::new(format!("Workspace: {name}{dirty}")).strong())
            .on_hover_text(path.display().to_string());
    }
    if !app.note.is_empty() {
        ui.label(RichText::new(&app.note).italics());
    }
    let mut located = None;
    for (i, missing) in app.missing.iter_mut().enumerate() {
        let name = missing
            .source
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        egui::Frame::new()
            .fill(ui.visuals().warn_fg_color.gamma_multiply(0.12))
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!("Missing: {name}"))
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(format!(
                    "Looked for {} and {}; its column mapping is kept.",
                    missing.source.path.display(),
                    missing.recorded.display()
                ));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut missing.input)
                            .hint_text("new location of the file")
                            .desired_width(150.0),
                    );
                    let path = PathBuf::from(missing.input.trim());
                    if ui
                        .add_enabled(!missing.input.trim().is_empty(), egui::Button::new("Use"))
                        .clicked()
                    {
                        located = Some(Command::LocateSource { index: i, path });
                    }
                    if ui.button("Locate…").clicked() {
                        located = Some(Command::ShowLocateDialog(i));
                    }
                });
            });
    }
    if let Some(command) = located {
        app.push(command);
    }
}

fn files_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    workspace_ui(app, ui);
    ui.heading("Files");
    let sources = app
        .dataset
        .as_ref()
        .map(|d| d.sources.clone())
        .unwrap_or_default();
    for s in &sources {
        let encoding = s.encoding_label();
        ui.label(RichText::new(&s.name).strong())
            .on_hover_text(s.path.display().to_string());
        let mut detail = format!(
            "{encoding} · {} rows",
            crate::format::group_thousands(s.rows as f64, 0)
        );
        if s.totals_rows_dropped > 0 {
            detail.push_str(&format!(
                " · {} totals row(s) dropped",
                s.totals_rows_dropped
            ));
        }
        let currency = s.currency.as_ref();
        if let Some(c) = currency {
            detail.push_str(&format!(" · {}", c.code));
        }
        let detail = ui.label(RichText::new(detail).small().weak());
        if let Some(c) = currency {
            detail.on_hover_text(format!("Amounts in {}, from {}", c.code, c.from));
        }
        if let Some(channel) = s.channel.describe() {
            ui.label(RichText::new(channel).small().weak());
        }
    }
    ui.horizontal(|ui| {
        if ui.button("Open files…").clicked() {
            app.push(Command::ShowOpenDialog);
        }
        if ui.button("Sample data").clicked() {
            app.push(Command::OpenSample);
        }
    });
    let label = ui.label(RichText::new("Or type or paste paths (one per line):").small());
    ui.add(
        egui::TextEdit::multiline(&mut app.path_input)
            .hint_text("/path/to/export.csv")
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let paths: Vec<PathBuf> = app
        .path_input
        .lines()
        .map(|l| l.trim().trim_matches('"'))
        .filter(|l| !l.is_empty())
        .map(PathBuf::from)
        .collect();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(!paths.is_empty(), egui::Button::new("Open path"))
            .on_hover_text("A .roilens path opens that workspace")
            .clicked()
        {
            match paths.as_slice() {
                [one] if is_workspace(one) => app.push(Command::OpenWorkspace(one.clone())),
                _ => app.push(Command::Open(paths.clone())),
            }
        }
        if ui
            .add_enabled(
                !paths.is_empty() && !app.sources.is_empty(),
                egui::Button::new("Add to analysis"),
            )
            .clicked()
        {
            app.push(Command::Add(paths.clone()));
        }
    });
}

fn filters_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    ui.heading("Filters");
    let mut view = app.view.clone();
    let facts = app.facts.clone();

    if let (Some(first), Some(last)) = (facts.first_day, facts.last_day) {
        ui.label("Date range");
        ui.horizontal(|ui| {
            let mut from = to_jiff(view.filters.from.unwrap_or(first));
            let mut to = to_jiff(view.filters.to.unwrap_or(last));
            ui.label("From");
            if ui
                .add(
                    egui_extras::DatePickerButton::new(&mut from)
                        .id_salt("from")
                        .show_icon(false),
                )
                .changed()
            {
                view.filters.from = from_jiff(from).filter(|d| *d > first);
            }
            ui.label("to");
            if ui
                .add(
                    egui_extras::DatePickerButton::new(&mut to)
                        .id_salt("to")
                        .show_icon(false),
                )
                .changed()
            {
                view.filters.to = from_jiff(to).filter(|d| *d < last);
            }
        });
        // A range picked backwards is meant forwards.
        if let (Some(from), Some(to)) = (view.filters.from, view.filters.to)
            && from > to
        {
            view.filters.from = Some(to);
            view.filters.to = Some(from);
        }
        ui.horizontal_wrapped(|ui| {
            for (label, days) in [
                ("Last 7 days", 7),
                ("Last 30 days", 30),
                ("Last 90 days", 90),
            ] {
                // Before the calendar's first day (data near year 0) is the whole range.
                let from = last.checked_sub_signed(Duration::days(days - 1));
                let selected =
                    view.filters.from == from.filter(|d| *d > first) && view.filters.to.is_none();
                if ui.selectable_label(selected, label).clicked() {
                    view.filters.from = from.filter(|d| *d > first);
                    view.filters.to = None;
                }
            }
            let all = view.filters.from.is_none() && view.filters.to.is_none();
            if ui.selectable_label(all, "All").clicked() {
                view.filters.from = None;
                view.filters.to = None;
            }
        });
    }

    ui.horizontal(|ui| {
        let label = ui.label("Group by");
        egui::ComboBox::from_id_salt("group-by")
            .selected_text(view.group_by.name())
            .show_ui(ui, |ui| {
                for key in [GroupKey::Channel, GroupKey::Campaign, GroupKey::Source] {
                    ui.selectable_value(&mut view.group_by, key, key.name());
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        ui.label("Time buckets");
        for (g, label) in [
            (Granularity::Day, "Day"),
            (Granularity::Week, "Week"),
            (Granularity::Month, "Month"),
        ] {
            ui.selectable_value(&mut view.granularity, g, label);
        }
    });

    statistics_ui(app, ui, &mut view);

    multi_select_ui(ui, "Channels", &facts.channels, &mut view.filters.channels);
    multi_select_ui(
        ui,
        "Campaigns",
        &facts.campaigns,
        &mut view.filters.campaigns,
    );

    if view != app.view {
        app.push(Command::SetView(view));
    }
}

/// The statistics switches: intervals, the baseline comparison and period over period.
fn statistics_ui(app: &RoiLensApp, ui: &mut egui::Ui, view: &mut View) {
    ui.add_space(4.0);
    ui.label(RichText::new("Statistics").strong());
    let stats = &mut view.stats;
    ui.checkbox(&mut stats.intervals, "95 % intervals")
        .on_hover_text(
            "Error bars on the ROI and retention charts and a ± column in the table. Rates use \
         Wilson intervals on the summed counts; ROI, CPA, CPC and CPM a bootstrap over days \
         (fewer than 7 days: too uncertain).",
        );
    let data = app.dashboard.as_deref();
    let statistics = app.statistics.as_deref();
    let key = view.group_by.name();
    ui.horizontal(|ui| {
        let label = ui
            .checkbox(&mut stats.significance, "Compare with")
            .on_hover_text(format!(
                "▲ significantly higher, ▼ lower, ≈ not distinguishable from the baseline {key}: \
                 a two-proportion z-test for rates, a bootstrap test for ROI, 5 % level after \
                 Holm's correction across the {key}s"
            ));
        let by_spend = statistics
            .and_then(|s| s.uncertainty.as_ref())
            .filter(|u| u.baseline_by_spend)
            .and_then(|u| u.baseline_name().map(str::to_owned));
        let automatic = match &by_spend {
            Some(name) => format!("most spend ({name})"),
            None => "most spend".to_owned(),
        };
        let groups: Vec<String> = data
            .map(|d| d.groups.iter().map(|(g, _)| g.clone()).collect())
            .unwrap_or_default();
        ui.add_enabled_ui(stats.significance, |ui| {
            egui::ComboBox::from_id_salt("baseline")
                // A chosen baseline filtered out of view falls back to the most spend.
                .selected_text(
                    stats
                        .baseline
                        .clone()
                        .filter(|b| groups.is_empty() || groups.contains(b))
                        .unwrap_or(automatic.clone()),
                )
                .width(150.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut stats.baseline, None, automatic);
                    for g in groups {
                        ui.selectable_value(&mut stats.baseline, Some(g.clone()), g);
                    }
                })
                .response
                .labelled_by(label.id);
        });
    });
    let mut comparing = stats.compare.is_some();
    let current = statistics
        .and_then(|s| s.periods.as_ref())
        .map(|p| (p.current, p.previous));
    if ui
        .checkbox(&mut comparing, "Compare periods")
        .on_hover_text("Δ and Δ % columns in the table: the selected dates against another range")
        .changed()
    {
        stats.compare = comparing.then_some(Comparison::Previous);
    }
    if let Some(compare) = &mut stats.compare {
        ui.indent("compare", |ui| {
            let previous = matches!(compare, Comparison::Previous);
            if ui
                .radio(previous, "previous period of equal length")
                .clicked()
                && !previous
            {
                *compare = Comparison::Previous;
            }
            let chosen_text = "a range of my choice";
            if ui.radio(!previous, chosen_text).clicked() && previous {
                // Start from the range the previous period would be.
                let (from, to) = current.map_or_else(
                    || {
                        let last = app.facts.last_day.unwrap_or_default();
                        let back = |days| last.checked_sub_signed(Duration::days(days));
                        (back(13).unwrap_or(last), back(7).unwrap_or(last))
                    },
                    |(_, p)| p,
                );
                *compare = Comparison::Range { from, to };
            }
            if let Comparison::Range { from, to } = compare {
                ui.horizontal(|ui| {
                    let mut a = to_jiff(*from);
                    let mut b = to_jiff(*to);
                    if ui
                        .add(
                            egui_extras::DatePickerButton::new(&mut a)
                                .id_salt("cmp-from")
                                .show_icon(false),
                        )
                        .changed()
                        && let Some(d) = from_jiff(a)
                    {
                        *from = d;
                    }
                    ui.label("to");
                    if ui
                        .add(
                            egui_extras::DatePickerButton::new(&mut b)
                                .id_salt("cmp-to")
                                .show_icon(false),
                        )
                        .changed()
                        && let Some(d) = from_jiff(b)
                    {
                        *to = d;
                    }
                });
            }
            if let Some((now, before)) = current {
                ui.label(
                    RichText::new(format!(
                        "{} – {} against {} – {}",
                        now.0, now.1, before.0, before.1
                    ))
                    .small()
                    .weak(),
                );
            }
            if statistics
                .and_then(|s| s.periods.as_ref())
                .is_some_and(|p| !p.has_rows)
            {
                ui.label(
                    RichText::new(
                        "No rows in that range: pick a later start date or another range.",
                    )
                    .small()
                    .color(ui.visuals().warn_fg_color),
                );
            }
        });
    }
    ui.add_space(4.0);
}

/// Checkboxes over `all`; an empty `selected` means everything is selected.
fn multi_select_ui(ui: &mut egui::Ui, title: &str, all: &[String], selected: &mut Vec<String>) {
    if all.is_empty() {
        return;
    }
    let summary = if selected.is_empty() {
        format!("{title} (all {})", all.len())
    } else {
        format!("{title} ({} of {})", selected.len(), all.len())
    };
    egui::CollapsingHeader::new(summary)
        .id_salt(title)
        .default_open(all.len() <= 12)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.small_button("All").clicked() {
                    selected.clear();
                }
            });
            for name in all {
                let mut on = selected.is_empty() || selected.contains(name);
                if ui.checkbox(&mut on, name).changed() {
                    if selected.is_empty() {
                        *selected = all.to_vec();
                    }
                    // The last ticked box stays ticked: an empty list would mean "all".
                    if on {
                        selected.push(name.clone());
                    } else if selected.len() > 1 {
                        selected.retain(|s| s != name);
                    }
                    selected.sort();
                    selected.dedup();
                    if selected.len() == all.len() {
                        selected.clear();
                    }
                }
            }
        });
}

fn mapping_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    ui.heading("Column mapping");
    if let Some(missing) = app.failed_load.as_ref().map(|f| f.missing.clone()) {
        // The file that could not load: point at the missing field and let the user pick it.
        let name = missing.path.file_name().map_or_else(
            || missing.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.label(
            RichText::new(format!(
                "{name} has no {} column. Which column is it?",
                missing.field
            ))
            .color(ui.visuals().error_fg_color),
        );
        let label = ui.label(format!("{} column", missing.field));
        let mut choice = None;
        egui::ComboBox::from_id_salt("missing-column")
            .selected_text("choose…")
            .width(200.0)
            .show_ui(ui, |ui| {
                for header in &missing.headers {
                    if ui.selectable_label(false, header).clicked() {
                        choice = Some(header.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if let Some(header) = choice {
            app.push(Command::RetryWithMapping {
                field: missing.field,
                header,
            });
        }
        if missing.field == Field::Spend
            && ui
                .button("It is an event log: open it in Cohorts")
                .on_hover_text(
                    "One row per event (a user and a time, no spend): its columns are chosen \
                     in the Cohorts panel",
                )
                .clicked()
        {
            app.push(Command::OpenAsEventLog);
        }
        ui.separator();
    }
    let Some(dataset) = app.dataset.clone() else {
        return;
    };
    for source in &dataset.sources {
        egui::CollapsingHeader::new(&source.name)
            .id_salt(("mapping", &source.path))
            .default_open(dataset.sources.len() == 1)
            .show(ui, |ui| {
                let encoding = source.encoding_label();
                ui.label(
                    RichText::new(format!("{encoding}, header on line {}", source.header_line))
                        .small(),
                );
                let mut fields: Vec<Field> = Field::BASIC.to_vec();
                for m in &source.mapping {
                    if !fields.contains(&m.field) {
                        fields.push(m.field);
                    }
                }
                let near_misses =
                    crate::data::mapping::near_misses(&source.headers, &source.mapping);
                egui::Grid::new(("mapping-grid", &source.path))
                    .num_columns(2)
                    .striped(true)
                    .show(ui, |ui| {
                        for field in fields {
                            let current = source.mapping.iter().find(|m| m.field == field);
                            let required = field == Field::Spend;
                            let label = if required && current.is_none() {
                                RichText::new(format!("{} (required)", field.name()))
                                    .color(ui.visuals().error_fg_color)
                            } else {
                                RichText::new(field.name())
                            };
                            let label = ui.label(label);
                            let selected = current.map_or("(not used)".to_owned(), |m| {
                                if let Some(derived) = m.derived() {
                                    format!("{} ({derived})", m.header)
                                } else {
                                    m.header.clone()
                                }
                            });
                            let mut choice: Option<Option<String>> = None;
                            egui::ComboBox::from_id_salt(("map", &source.path, field.name()))
                                .selected_text(selected)
                                .width(170.0)
                                .show_ui(ui, |ui| {
                                    if ui
                                        .selectable_label(current.is_none(), "(not used)")
                                        .clicked()
                                    {
                                        choice = Some(None);
                                    }
                                    for header in &source.headers {
                                        let on = current.is_some_and(|m| &m.header == header);
                                        if ui.selectable_label(on, header).clicked() {
                                            choice = Some(Some(header.clone()));
                                        }
                                    }
                                })
                                .response
                                .labelled_by(label.id);
                            if let Some(header) = choice {
                                app.push(Command::SetMapping {
                                    source: source.path.clone(),
                                    field,
                                    header,
                                });
                            }
                            ui.end_row();
                            // A column that looks like this field but is not recognised: one
                            // click uses it.
                            if let Some((_, maybe)) = near_misses.iter().find(|(f, _)| *f == field)
                            {
                                ui.label("");
                                ui.horizontal_wrapped(|ui| {
                                    ui.label(RichText::new("maybe").small().weak());
                                    for header in maybe {
                                        if ui
                                            .small_button(header)
                                            .on_hover_text(format!(
                                                "Use \"{header}\" as {}",
                                                field.name()
                                            ))
                                            .clicked()
                                        {
                                            app.push(Command::SetMapping {
                                                source: source.path.clone(),
                                                field,
                                                header: Some(header.clone()),
                                            });
                                        }
                                    }
                                });
                                ui.end_row();
                            }
                        }
                    });
                if app.load_options.per_source.contains_key(&source.path)
                    && ui.button("Reset to automatic").clicked()
                {
                    app.push(Command::ResetMapping(source.path.clone()));
                }
                for note in &source.notes {
                    ui.label(RichText::new(note).small().weak());
                }
            });
    }
}

fn to_jiff(d: NaiveDate) -> jiff::civil::Date {
    let clamp = |v: u32| i8::try_from(v).unwrap_or(1);
    jiff::civil::Date::new(
        i16::try_from(d.year()).unwrap_or(2000),
        clamp(d.month()),
        clamp(d.day()),
    )
    .unwrap_or_default()
}

fn from_jiff(d: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(d.year()),
        u32::try_from(d.month()).ok()?,
        u32::try_from(d.day()).ok()?,
    )
}
