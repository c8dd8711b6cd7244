//! Cohorts from the analyst's own event log: the triangle of retention by cohort and day
//! (immature cells blank), the retention curves per first-touch channel, and the LTV and ROAS
//! curves with each channel's payback day.

use egui::{Align2, Color32, FontId, RichText, Sense, Stroke, StrokeKind, vec2};
use egui_plot::{GridMark, HLine, Line, Plot, Points};

use super::{Needs, View, ViewCtx, ViewEvent};
use crate::cohorts::Payback;
use crate::dashboard::{ALL_USERS, CohortData, Shown};
use crate::i18n::{big_number, date};
use crate::metrics::MetricKind;
use crate::tr;
use crate::ui::plot::{axis_value, near_point};
use crate::ui::{color32, line_style, marker_shape};

pub struct Cohorts;

impl View for Cohorts {
    fn id(&self) -> &'static str {
        "cohorts"
    }

    fn title(&self) -> String {
        tr!("view-cohorts-title")
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        match shown.cohorts {
            Some(c) => {
                let users = users(c);
                tr!(
                    "view-cohorts-title-for",
                    period = c.options.period.name(),
                    users = big_number(users as f64, 0)
                )
            }
            None => self.title(),
        }
    }

    fn needs(&self) -> Needs {
        Needs::Cohorts
    }

    fn wide(&self) -> bool {
        true
    }

    fn card_height(&self) -> Option<f32> {
        Some(640.0)
    }

    fn picture_scale(&self) -> f32 {
        1.15
    }

    fn header_ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let Some(data) = ctx.shown.cohorts else {
            return;
        };
        if ui
            .small_button("CSV…")
            .on_hover_text(tr!("view-cohorts-csv-hover"))
            .clicked()
        {
            ctx.events.push(ViewEvent::ExportCohortsCsv);
        }
        let (current, _) = data.heatmap();
        let mut chosen = data.options.heatmap_channel.clone();
        egui::ComboBox::from_id_salt("cohort-heatmap-channel")
            .selected_text(group_label(current))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, tr!("view-cohorts-all-users"));
                for channel in data.channels() {
                    ui.selectable_value(&mut chosen, Some(channel.to_owned()), channel);
                }
            });
        ui.label(tr!("view-cohorts-heatmap-of"));
        if chosen != data.options.heatmap_channel {
            ctx.events.push(ViewEvent::SetHeatmapChannel(chosen));
        }
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let Some(data) = ctx.shown.cohorts else {
            if ctx.cohorts_busy {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("view-cohorts-busy"));
                });
                return;
            }
            ui.label(tr!("view-cohorts-no-log"));
            return;
        };
        if data.by_channel.is_empty() {
            ui.label(tr!("view-cohorts-no-events"));
            return;
        }
        ui.label(RichText::new(definitions(data)).small().weak());
        let styles = channel_styles(ctx, data);
        legend_row_ui(ui, ctx, &styles);
        let gap = 12.0;
        let width = ui.available_width();
        let half = ((width - gap) / 2.0).max(120.0);
        let row_height = ((ctx.height - 60.0 - gap) / 2.0).max(120.0);
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            cell_ui(ui, half, row_height, |ui| {
                heatmap_ui(ui, data, half, row_height);
            });
            cell_ui(ui, half, row_height, |ui| {
                let series = curves(ctx, data, &styles, Curve::Retention);
                curves_ui(
                    ui,
                    "cohort-retention",
                    &series,
                    Curve::Retention,
                    half,
                    row_height,
                );
            });
        });
        ui.add_space(gap / 2.0);
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            cell_ui(ui, half, row_height, |ui| {
                let series = curves(ctx, data, &styles, Curve::Ltv);
                curves_ui(ui, "cohort-ltv", &series, Curve::Ltv, half, row_height);
            });
            cell_ui(ui, half, row_height, |ui| {
                if data.with_spend {
                    let series = curves(ctx, data, &styles, Curve::Roas);
                    curves_ui(ui, "cohort-roas", &series, Curve::Roas, half, row_height);
                } else {
                    ui.label(tr!("view-cohorts-no-spend"));
                }
            });
        });
        if data.with_spend {
            ui.label(RichText::new(payback_line(data)).small());
        }
    }
}

/// A cell of the 2 × 2 layout: top-down, exactly `width` wide.
fn cell_ui(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui)) {
    let layout = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(vec2(width, height), layout, |ui| {
        ui.set_width(width);
        add(ui);
    });
}

/// A group of the cohorts as shown: a channel's name, or every user together in the reader's
/// words (the core names that group `All users`, as its CSV does).
fn group_label(group: &str) -> String {
    if group == ALL_USERS {
        tr!("view-cohorts-all-users")
    } else {
        group.to_owned()
    }
}

/// Every user in the log's cohorts.
fn users(data: &CohortData) -> usize {
    data.all_users
        .iter()
        .filter(|r| r.cohort.is_none())
        .map(|r| r.users)
        .sum()
}

/// The definitions in force, in one line under the title.
fn definitions(data: &CohortData) -> String {
    let o = &data.options;
    let period = o.period.name();
    let cohort = match o.start.as_deref() {
        None => tr!("view-cohorts-def-cohort", period = period),
        Some(event) => tr!(
            "view-cohorts-def-cohort-event",
            period = period,
            event = event
        ),
    };
    let when = if o.on_or_after { "later" } else { "on" };
    let retained = match o.returns.as_deref() {
        None => tr!("view-cohorts-def-retained", when = when),
        Some(event) => tr!(
            "view-cohorts-def-retained-event",
            when = when,
            event = event
        ),
    };
    let days = if o.rolling {
        tr!("view-cohorts-def-days-rolling")
    } else {
        tr!("view-cohorts-def-days-calendar", offset = o.offset_text())
    };
    tr!(
        "view-cohorts-definitions",
        cohort = cohort,
        days = days,
        retained = retained
    )
}

/// "Payback (ROAS ≥ 1): Mini Programs day 0 · Douyin not by day 30".
fn payback_line(data: &CohortData) -> String {
    let parts: Vec<String> = data
        .averages()
        .map(|r| {
            let group = r.group.as_str();
            match r.payback() {
                Some(Payback::Day(d)) => {
                    tr!(
                        "view-cohorts-payback-day",
                        group = group,
                        day = d.to_string()
                    )
                }
                Some(Payback::NotBy(d)) => {
                    tr!(
                        "view-cohorts-payback-not-by",
                        group = group,
                        day = d.to_string()
                    )
                }
                None => tr!("view-cohorts-payback-no-spend", group = group),
            }
        })
        .collect();
    tr!("view-cohorts-payback", channels = parts.join(" · "))
}

/// Each channel with its colour (as the dashboard shows it) and line variant.
fn channel_styles(ctx: &ViewCtx<'_>, data: &CohortData) -> Vec<(String, [u8; 3], u8)> {
    let names: Vec<String> = data.channels().iter().map(|c| (*c).to_owned()).collect();
    let styles = crate::palette::assign_styles(&names);
    names
        .into_iter()
        .zip(styles)
        .map(|(name, style)| {
            let color = if ctx.shown.data.group_index(&name).is_some() {
                ctx.shown.data.color_of(&name)
            } else {
                style.rgb
            };
            (name, color, style.variant)
        })
        .collect()
}

/// One legend for the three charts, in a row: a click hides or shows a channel everywhere.
fn legend_row_ui(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, styles: &[(String, [u8; 3], u8)]) {
    let on_screen = ctx.on_screen();
    let mut toggled = None;
    ui.horizontal_wrapped(|ui| {
        for (name, color, _) in styles {
            let hidden = ctx.hidden.contains(name);
            if hidden && !on_screen {
                continue;
            }
            let color = if hidden {
                ui.visuals().weak_text_color()
            } else {
                color32(*color)
            };
            let text = RichText::new(format!("■ {name}")).color(color);
            let text = if hidden { text.strikethrough() } else { text };
            let response = ui.add(egui::Button::new(text).frame(false));
            if on_screen
                && response
                    .on_hover_text(tr!("view-cohorts-legend-hover"))
                    .clicked()
            {
                toggled = Some(name.clone());
            }
        }
    });
    if let Some(name) = toggled {
        let mut hidden = ctx.hidden.clone();
        if !hidden.remove(&name) {
            hidden.insert(name);
        }
        ctx.events.push(ViewEvent::SetHidden(hidden));
    }
}

/// One channel's curve: name, colour, line variant, points.
struct CurveSeries {
    name: String,
    color: [u8; 3],
    variant: u8,
    points: Vec<[f64; 2]>,
    payback: Option<Payback>,
    /// Per day, the 95 % Wilson interval of the retention and its parts (back, users).
    intervals: Vec<Option<(f64, f64, usize, usize)>>,
}

/// Each shown channel's average as `curve` draws it: retention from day 1 (day 0 is everyone)
/// with its intervals, LTV and ROAS from day 0.
fn curves(
    ctx: &ViewCtx<'_>,
    data: &CohortData,
    styles: &[(String, [u8; 3], u8)],
    curve: Curve,
) -> Vec<CurveSeries> {
    data.averages()
        .zip(styles)
        .filter(|(r, _)| !ctx.hidden.contains(&r.group))
        .map(|(r, (name, color, variant))| {
            let (values, from) = match curve {
                Curve::Retention => (&r.retention, 1.0),
                Curve::Ltv => (&r.ltv, 0.0),
                Curve::Roas => (&r.roas_by_day, 0.0),
            };
            let intervals = match curve {
                Curve::Retention => (0..r.retained.len())
                    .map(|k| {
                        let (back, users) = r.retained[k]?;
                        let (lo, hi) = r.retention_interval(k)?;
                        Some((lo, hi, back, users))
                    })
                    .collect(),
                Curve::Ltv | Curve::Roas => Vec::new(),
            };
            CurveSeries {
                name: name.clone(),
                color: *color,
                variant: *variant,
                points: CohortData::curve(values)
                    .into_iter()
                    .filter(|p| p[0] >= from)
                    .collect(),
                payback: r.payback(),
                intervals,
            }
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Curve {
    Retention,
    Ltv,
    Roas,
}

fn curves_ui(
    ui: &mut egui::Ui,
    id: &str,
    series: &[CurveSeries],
    curve: Curve,
    width: f32,
    height: f32,
) {
    let (title, y_label) = match curve {
        Curve::Retention => (
            tr!("view-cohorts-retention-title"),
            tr!("view-cohorts-retention-axis-y"),
        ),
        Curve::Ltv => (
            tr!("view-cohorts-ltv-title"),
            tr!("view-cohorts-ltv-axis-y"),
        ),
        Curve::Roas => (
            tr!("view-cohorts-roas-title"),
            tr!("view-cohorts-roas-axis-y"),
        ),
    };
    ui.label(RichText::new(title).strong());
    let plot_id = egui::Id::unique(id);
    let kind = match curve {
        Curve::Retention => MetricKind::Rate,
        Curve::Ltv => MetricKind::Money,
        Curve::Roas => MetricKind::Multiple,
    };
    let plot = Plot::new(id)
        .id(plot_id)
        .width(width)
        .height(height - 24.0)
        .include_y(0.0)
        .include_x(0.0)
        .x_axis_label(tr!("view-cohorts-axis-day"))
        .y_axis_label(y_label)
        .x_axis_formatter(|mark: GridMark, _| {
            if mark.value >= 0.0 && mark.value.fract() == 0.0 {
                format!("D{}", mark.value)
            } else {
                String::new()
            }
        })
        .y_axis_formatter(
            move |mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
                axis_value(kind, mark.value, range)
            },
        )
        .label_formatter(near_point(|name, point| {
            let value = match kind {
                MetricKind::Rate => format!("{:.1}%", point.y * 100.0),
                MetricKind::Money => big_number(point.y, 2),
                _ => format!("{:.2}", point.y),
            };
            let day = point.x.round();
            let day_value = tr!(
                "view-cohorts-hover-day",
                day = format!("{day}"),
                value = value
            );
            let mut text = format!("{name}\n{day_value}");
            // Retention: how sure, from how many users (mature cohorts only).
            if kind == MetricKind::Rate
                && let Some((lo, hi, back, users)) = series
                    .iter()
                    .find(|s| s.name == name)
                    .and_then(|s| s.intervals.get(day as usize).copied().flatten())
            {
                let interval = tr!(
                    "view-cohorts-hover-interval",
                    lo = format!("{:.1}", lo * 100.0),
                    hi = format!("{:.1}", hi * 100.0),
                    back = back.to_string(),
                    users = users.to_string()
                );
                text.push_str(&format!("\n{interval}"));
            }
            text
        }));
    plot.show(ui, |plot| {
        if curve == Curve::Roas {
            plot.hline(
                HLine::new(tr!("view-cohorts-roas-line"), 1.0)
                    .color(Color32::from_gray(90))
                    .width(1.5)
                    .style(egui_plot::LineStyle::dashed_dense()),
            );
        }
        for s in series {
            let color = color32(s.color);
            plot.line(
                Line::new(s.name.as_str(), s.points.clone())
                    .color(color)
                    .style(line_style(s.variant))
                    .width(2.0),
            );
            if curve == Curve::Roas
                && let Some(Payback::Day(d)) = s.payback
                && let Some(p) = s.points.iter().find(|p| p[0] == f64::from(d))
            {
                plot.points(
                    Points::new(s.name.as_str(), vec![*p])
                        .color(color)
                        .shape(egui_plot::MarkerShape::Diamond)
                        .radius(7.0),
                );
            } else if curve != Curve::Roas {
                plot.points(
                    Points::new(s.name.as_str(), s.points.clone())
                        .color(color)
                        .shape(marker_shape(s.variant))
                        .radius(1.5),
                );
            }
        }
    });
}

/// The triangle: one row per cohort, one column per day 1 … horizon, each cell the share of
/// the cohort back that day, darker for more; immature cells are left blank. Hovering a cell
/// says the cohort, the day, the share and the users.
fn heatmap_ui(ui: &mut egui::Ui, data: &CohortData, width: f32, height: f32) {
    let (group, rows) = data.heatmap();
    ui.label(
        RichText::new(tr!(
            "view-cohorts-heatmap-title",
            group = group_label(group)
        ))
        .strong(),
    );
    let horizon = usize::from(data.options.horizon());
    let days: Vec<usize> = (1..=horizon).collect();
    let label_width = 112.0;
    let header = 16.0;
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, (height - 24.0).max(60.0)), Sense::hover());
    if rows.is_empty() || days.is_empty() {
        return;
    }
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let cell_w = (rect.width() - label_width) / days.len() as f32;
    let cell_h = ((rect.height() - header) / rows.len() as f32).min(28.0);
    let font = FontId::proportional((cell_h * 0.6).min(cell_w * 0.42).clamp(8.0, 12.0));
    let label_font = FontId::proportional((cell_h * 0.7).clamp(9.0, 12.0));
    let base = color32([31, 119, 180]);
    let background = visuals.extreme_bg_color;
    let top = rows
        .iter()
        .flat_map(|r| r.retention.iter().skip(1).flatten())
        .fold(0.0_f64, |m, v| m.max(*v))
        .max(1e-9);
    // Day labels: as many as fit (the last may reach past the triangle's edge).
    let labels = ui.painter();
    let step = (34.0 / cell_w).ceil().max(1.0) as usize;
    for (k, day) in days.iter().enumerate() {
        if day % step == 0 || *day == 1 {
            let x = rect.left() + label_width + (k as f32 + 0.5) * cell_w;
            labels.text(
                egui::pos2(x, rect.top()),
                Align2::CENTER_TOP,
                format!("D{day}"),
                FontId::proportional(10.0),
                visuals.text_color(),
            );
        }
    }
    let mut hovered = None;
    for (i, row) in rows.iter().enumerate() {
        let y = rect.top() + header + i as f32 * cell_h;
        if let Some(cohort) = row.cohort {
            painter.text(
                egui::pos2(rect.left(), y + cell_h / 2.0),
                Align2::LEFT_CENTER,
                format!("{}  {}", date(cohort), row.users),
                label_font.clone(),
                visuals.text_color(),
            );
        }
        for (k, day) in days.iter().enumerate() {
            let cell = egui::Rect::from_min_size(
                egui::pos2(rect.left() + label_width + k as f32 * cell_w, y),
                vec2(cell_w, cell_h),
            )
            .shrink(0.5);
            let Some(value) = row.retention.get(*day).copied().flatten() else {
                continue;
            };
            let t = (value / top).clamp(0.0, 1.0) as f32;
            let fill = background.lerp_to_gamma(base, 0.08 + 0.92 * t);
            painter.rect_filled(cell, 1.0, fill);
            if cell_w >= 22.0 && cell_h >= 11.0 {
                let ink = if t > 0.55 {
                    Color32::WHITE
                } else {
                    visuals.text_color()
                };
                painter.text(
                    cell.center(),
                    Align2::CENTER_CENTER,
                    format!("{:.0}%", value * 100.0),
                    font.clone(),
                    ink,
                );
            }
            if response.hover_pos().is_some_and(|p| cell.contains(p)) {
                painter.rect_stroke(
                    cell,
                    1.0,
                    Stroke::new(1.5, visuals.strong_text_color()),
                    StrokeKind::Inside,
                );
                hovered = Some((row, *day, value));
            }
        }
    }
    if let Some((row, day, value)) = hovered {
        let share = format!("{:.1}%", value * 100.0);
        let retained = row.retained.get(day).copied().flatten();
        let day = day.to_string();
        let back = match retained {
            Some((back, users)) => tr!(
                "view-cohorts-heatmap-hover-day-users",
                day = day.as_str(),
                share = share,
                back = back.to_string(),
                users = users.to_string()
            ),
            None => tr!(
                "view-cohorts-heatmap-hover-day",
                day = day.as_str(),
                share = share
            ),
        };
        let cohort = row.cohort.map_or_else(String::new, date);
        let title = tr!(
            "view-cohorts-heatmap-hover-cohort",
            group = group_label(group),
            cohort = cohort
        );
        response.on_hover_text_at_pointer(format!("{title}\n{back}"));
    }
}
