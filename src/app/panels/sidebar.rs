//! The left panel: files, filters and column mapping.

use std::path::PathBuf;

use chrono::Duration;
use egui::RichText;

use crate::app::{Command, RoiLensApp};
use crate::dashboard::View;
use crate::data::Field;
use crate::metrics::{Comparison, Granularity, GroupKey};
use crate::tr;
use crate::ui::date_picker::date_picker_ui;

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
        let title = if app.is_dirty() {
            tr!("panel-workspace-name-unsaved", name = name)
        } else {
            tr!("panel-workspace-name", name = name)
        };
        ui.label(RichText::new(title).strong())
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
                    RichText::new(tr!("panel-workspace-missing", name = name))
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(tr!(
                    "panel-workspace-missing-hint",
                    path = missing.source.path.display().to_string(),
                    recorded = missing.recorded.display().to_string()
                ));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut missing.input)
                            .hint_text(tr!("panel-workspace-new-location"))
                            .desired_width(150.0),
                    );
                    let path = PathBuf::from(missing.input.trim());
                    if ui
                        .add_enabled(
                            !missing.input.trim().is_empty(),
                            egui::Button::new(tr!("panel-workspace-use")),
                        )
                        .clicked()
                    {
                        located = Some(Command::LocateSource { index: i, path });
                    }
                    if ui.button(tr!("panel-workspace-locate")).clicked() {
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
    ui.heading(tr!("panel-files-heading"));
    let sources = app
        .dataset
        .as_ref()
        .map(|d| d.sources.clone())
        .unwrap_or_default();
    for s in &sources {
        let encoding = s.encoding_label();
        ui.label(RichText::new(&s.name).strong())
            .on_hover_text(s.path.display().to_string());
        let rows = tr!(
            "panel-files-rows",
            count = s.rows,
            rows = crate::i18n::big_number(s.rows as f64, 0)
        );
        let mut detail = format!("{encoding} · {rows}");
        if s.totals_rows_dropped > 0 {
            let dropped = tr!(
                "panel-files-totals-dropped",
                count = s.totals_rows_dropped.to_string()
            );
            detail.push_str(&format!(" · {dropped}"));
        }
        let currency = s.currency.as_ref();
        if let Some(c) = currency {
            detail.push_str(&format!(" · {}", c.code));
        }
        let detail = ui.label(RichText::new(detail).small().weak());
        if let Some(c) = currency {
            detail.on_hover_text(tr!(
                "panel-files-currency-hint",
                code = &c.code,
                from = c.from_to_show()
            ));
        }
        if let Some(channel) = s.channel.describe() {
            ui.label(RichText::new(channel).small().weak());
        }
    }
    ui.horizontal(|ui| {
        if ui.button(tr!("panel-files-open")).clicked() {
            app.push(Command::ShowOpenDialog);
        }
        if ui.button(tr!("panel-files-sample")).clicked() {
            app.push(Command::OpenSample);
        }
    });
    let label = ui.label(RichText::new(tr!("panel-files-paste-paths")).small());
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
            .add_enabled(
                !paths.is_empty(),
                egui::Button::new(tr!("panel-files-open-path")),
            )
            .on_hover_text(tr!("panel-files-open-path-hint"))
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
                egui::Button::new(tr!("panel-files-add")),
            )
            .clicked()
        {
            app.push(Command::Add(paths.clone()));
        }
    });
}

fn filters_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    ui.heading(tr!("panel-filters-heading"));
    let mut view = app.view.clone();
    let facts = app.facts.clone();

    if let (Some(first), Some(last)) = (facts.first_day, facts.last_day) {
        ui.label(tr!("panel-filters-date-range"));
        ui.horizontal(|ui| {
            let mut from = view.filters.from.unwrap_or(first);
            let mut to = view.filters.to.unwrap_or(last);
            ui.label(tr!("panel-filters-from"));
            if date_picker_ui(ui, "from", &mut from) {
                view.filters.from = Some(from).filter(|d| *d > first);
            }
            ui.label(tr!("panel-filters-to"));
            if date_picker_ui(ui, "to", &mut to) {
                view.filters.to = Some(to).filter(|d| *d < last);
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
            for days in [7, 30, 90] {
                let label = tr!("panel-filters-last-days", days = days.to_string());
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
            if ui.selectable_label(all, tr!("panel-filters-all")).clicked() {
                view.filters.from = None;
                view.filters.to = None;
            }
        });
    }

    ui.horizontal(|ui| {
        let label = ui.label(tr!("panel-filters-group-by"));
        egui::ComboBox::from_id_salt("group-by")
            .selected_text(view.group_by.label())
            .show_ui(ui, |ui| {
                for key in [GroupKey::Channel, GroupKey::Campaign, GroupKey::Source] {
                    ui.selectable_value(&mut view.group_by, key, key.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        ui.label(tr!("panel-filters-time-buckets"));
        for (g, label) in [
            (Granularity::Day, tr!("panel-filters-day")),
            (Granularity::Week, tr!("panel-filters-week")),
            (Granularity::Month, tr!("panel-filters-month")),
        ] {
            ui.selectable_value(&mut view.granularity, g, label);
        }
    });

    statistics_ui(app, ui, &mut view);

    multi_select_ui(
        ui,
        "channels",
        &tr!("panel-filters-channels"),
        &facts.channels,
        &mut view.filters.channels,
    );
    multi_select_ui(
        ui,
        "campaigns",
        &tr!("panel-filters-campaigns"),
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
    ui.label(RichText::new(tr!("panel-stats-heading")).strong());
    let stats = &mut view.stats;
    ui.checkbox(&mut stats.intervals, tr!("panel-stats-intervals"))
        .on_hover_text(tr!("panel-stats-intervals-hint"));
    let data = app.dashboard.as_deref();
    let statistics = app.statistics.as_deref();
    let key = view.group_by;
    ui.horizontal(|ui| {
        let label = ui
            .checkbox(&mut stats.significance, tr!("panel-stats-compare-with"))
            .on_hover_text(tr!(
                "panel-stats-compare-hint",
                group = key.label(),
                key = key.name()
            ));
        let by_spend = statistics
            .and_then(|s| s.uncertainty.as_ref())
            .filter(|u| u.baseline_by_spend)
            .and_then(|u| u.baseline_name().map(str::to_owned));
        let automatic = match &by_spend {
            Some(name) => tr!("panel-stats-most-spend-named", name = name),
            None => tr!("panel-stats-most-spend"),
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
        .checkbox(&mut comparing, tr!("panel-stats-compare-periods"))
        .on_hover_text(tr!("panel-stats-compare-periods-hint"))
        .changed()
    {
        stats.compare = comparing.then_some(Comparison::Previous);
    }
    if let Some(compare) = &mut stats.compare {
        ui.indent("compare", |ui| {
            let previous = matches!(compare, Comparison::Previous);
            if ui
                .radio(previous, tr!("panel-stats-previous-period"))
                .clicked()
                && !previous
            {
                *compare = Comparison::Previous;
            }
            let chosen_text = tr!("panel-stats-chosen-range");
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
                    date_picker_ui(ui, "cmp-from", from);
                    ui.label(tr!("panel-stats-range-to"));
                    date_picker_ui(ui, "cmp-to", to);
                });
            }
            if let Some((now, before)) = current {
                ui.label(
                    RichText::new(tr!(
                        "panel-stats-periods",
                        from = crate::i18n::date(now.0),
                        to = crate::i18n::date(now.1),
                        previous_from = crate::i18n::date(before.0),
                        previous_to = crate::i18n::date(before.1)
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
                    RichText::new(tr!("panel-stats-no-rows"))
                        .small()
                        .color(ui.visuals().warn_fg_color),
                );
            }
        });
    }
    ui.add_space(4.0);
}

/// Checkboxes over `all` under `title` (`id` keeps the list's state whatever the language); an
/// empty `selected` means everything is selected.
fn multi_select_ui(
    ui: &mut egui::Ui,
    id: &str,
    title: &str,
    all: &[String],
    selected: &mut Vec<String>,
) {
    if all.is_empty() {
        return;
    }
    let total = all.len().to_string();
    let summary = if selected.is_empty() {
        tr!("panel-filters-all-selected", title = title, total = total)
    } else {
        tr!(
            "panel-filters-some-selected",
            title = title,
            selected = selected.len().to_string(),
            total = total
        )
    };
    egui::CollapsingHeader::new(summary)
        .id_salt(id)
        .default_open(all.len() <= 12)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.small_button(tr!("panel-filters-all")).clicked() {
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
    ui.heading(tr!("panel-mapping-heading"));
    if let Some(missing) = app.failed_load.as_ref().map(|f| f.missing.clone()) {
        // The file that could not load: point at the missing field and let the user pick it.
        let name = missing.path.file_name().map_or_else(
            || missing.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.label(
            RichText::new(tr!(
                "panel-mapping-no-column",
                name = name,
                field = field_label(missing.field)
            ))
            .color(ui.visuals().error_fg_color),
        );
        let label = ui.label(tr!(
            "panel-mapping-column",
            field = field_label(missing.field)
        ));
        let mut choice = None;
        egui::ComboBox::from_id_salt("missing-column")
            .selected_text(tr!("panel-mapping-choose"))
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
                .button(tr!("panel-mapping-event-log"))
                .on_hover_text(tr!("panel-mapping-event-log-hint"))
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
                    RichText::new(tr!(
                        "panel-mapping-header-line",
                        encoding = encoding,
                        line = source.header_line.to_string()
                    ))
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
                                RichText::new(tr!(
                                    "panel-mapping-required",
                                    field = field_label(field)
                                ))
                                .color(ui.visuals().error_fg_color)
                            } else {
                                RichText::new(field_label(field))
                            };
                            let label = ui.label(label);
                            let selected = current.map_or(tr!("panel-mapping-not-used"), |m| {
                                if let Some(derived) = m.derived_words() {
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
                                        .selectable_label(
                                            current.is_none(),
                                            tr!("panel-mapping-not-used"),
                                        )
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
                                    ui.label(
                                        RichText::new(tr!("panel-mapping-maybe")).small().weak(),
                                    );
                                    for header in maybe {
                                        if ui
                                            .small_button(header)
                                            .on_hover_text(tr!(
                                                "panel-mapping-use-as",
                                                header = header,
                                                field = field_label(field)
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
                    && ui.button(tr!("panel-mapping-reset")).clicked()
                {
                    app.push(Command::ResetMapping(source.path.clone()));
                }
                for note in source.notes_to_show() {
                    ui.label(RichText::new(note).small().weak());
                }
            });
    }
}

/// A field of a campaign export as the column mapping and the sheet chooser name it (in English
/// its canonical column name, `spend`, `retained_d7`).
pub(super) fn field_label(field: Field) -> String {
    match field {
        Field::Date => tr!("panel-field-date"),
        Field::Channel => tr!("panel-field-channel"),
        Field::Campaign => tr!("panel-field-campaign"),
        Field::Spend => tr!("panel-field-spend"),
        Field::Impressions => tr!("panel-field-impressions"),
        Field::Clicks => tr!("panel-field-clicks"),
        Field::Conversions => tr!("panel-field-conversions"),
        Field::Revenue => tr!("panel-field-revenue"),
        Field::NewUsers => tr!("panel-field-new-users"),
        Field::Retained(day) => tr!("panel-field-retained", day = day.to_string()),
    }
}
