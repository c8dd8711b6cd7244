//! The plan's table: one row per group with its hold box, today's and the planned spend, the
//! change, average and marginal ROI and the revenue, and its status. Columns are as wide as
//! their text, measured before the table is laid out, so that it fits a narrow pane where it
//! can ([`Fit`]); only what still does not fit scrolls sideways, under a scroll bar that is
//! always drawn.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::ViewCtx;
use crate::budget::{GroupCurve, PlanData, PlannerSettings};
use crate::i18n::big_number;
use crate::plan::{PlanRow, RowStatus};
use crate::tr;

/// The right-aligned columns: today, plan, change, average ROI, mROI now, mROI planned,
/// revenue now, revenue planned.
const NUMBERS: usize = 8;

/// The column of marginal ROI now, among [`NUMBERS`] (it carries the interval).
const MROI_NOW: usize = 4;

/// What the table gives up to fit a narrow pane, least first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Everything: intervals beside marginal ROI, headings on one line, amounts to the cent.
    Full,
    /// The intervals on hover, long headings on two lines.
    Compact,
    /// Also amounts in whole units (the cents stay in the CSV).
    Whole,
}

/// A number of the table, written as `fit` has it.
#[derive(Clone, Copy)]
enum Value {
    Money(Option<f64>),
    /// A signed amount: `+740.45`.
    Change(f64),
    /// A ratio, `–` when there is none.
    Multiple(Option<f64>),
}

impl Value {
    fn text(self, fit: Fit) -> String {
        let decimals = if fit == Fit::Whole { 0 } else { 2 };
        // Rounded first, so that a whole -0.4 is `0`, not `-0`.
        let round = |v: f64| {
            let v = if decimals == 0 { v.round() } else { v };
            if v == 0.0 { 0.0 } else { v }
        };
        match self {
            Value::Money(v) => v.map_or_else(String::new, |v| big_number(round(v), decimals)),
            Value::Change(v) => {
                let v = round(v);
                let sign = if v > 0.0 { "+" } else { "" };
                format!("{sign}{}", big_number(v, decimals))
            }
            Value::Multiple(v) => v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}")),
        }
    }
}

/// One group's row.
struct RowText {
    numbers: [Value; NUMBERS],
    /// `1.37–1.68`, when the bootstrap has run.
    interval: Option<String>,
    status: String,
    status_hover: Option<String>,
}

impl RowText {
    /// Column `c` of the numbers as `fit` writes it (marginal ROI with its interval in full).
    fn number(&self, c: usize, fit: Fit) -> String {
        let text = self.numbers[c].text(fit);
        match &self.interval {
            Some(iv) if c == MROI_NOW && fit == Fit::Full => format!("{text} ({iv})"),
            _ => text,
        }
    }
}

/// The plan table; returns new settings when a hold box changed.
pub(super) fn table_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    plan: &PlanData,
) -> Option<PlannerSettings> {
    let mut locked = ctx.planner.map(|s| s.locked.clone());
    let row_height = egui::TextStyle::Body.resolve(ui.style()).size * 1.7;
    let mut headings = headings(plan);
    let rows: Vec<RowText> = plan
        .curves
        .groups
        .iter()
        .zip(&plan.plan.rows)
        .enumerate()
        .map(|(i, (g, row))| row_text(plan, i, g, row))
        .collect();
    // Each column as wide as its widest text, at each fit.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
            .size()
            .x
    };
    let gap = ui.spacing().item_spacing.x;
    // Laid out: only the longest few texts by characters, not every row's (thousands of
    // campaigns each frame made a frame cost tens of milliseconds).
    let widest = |texts: &mut dyn Iterator<Item = &str>| {
        longest(texts).into_iter().map(width).fold(0.0, f32::max)
    };
    let hold = ui.spacing().interact_size.y + gap;
    let names = widest(&mut plan.curves.groups.iter().map(|g| g.name.as_str()));
    let name_width = (width("■") + gap + names).max(width(&headings[1].0)) + gap;
    let status_width = widest(
        &mut rows
            .iter()
            .map(|r| r.status.as_str())
            .chain([headings[NUMBERS + 2].0.as_str()]),
    ) + gap;
    // A heading on two lines where that narrows its column (`revenue` over `now`).
    let split: Vec<Option<(String, f32)>> = headings
        .iter()
        .map(|(text, _)| two_lines(text, &width))
        .collect();
    let number_widths = |fit: Fit| -> Vec<f32> {
        (0..NUMBERS)
            .map(|c| {
                let heading = match &split[c + 2] {
                    Some((_, w)) if fit != Fit::Full => *w,
                    _ => width(&headings[c + 2].0),
                };
                let cells: Vec<String> = rows.iter().map(|r| r.number(c, fit)).collect();
                widest(&mut cells.iter().map(String::as_str)).max(heading) + gap
            })
            .collect()
    };
    let total = |widths: &[f32]| {
        hold + name_width + widths.iter().sum::<f32>() + status_width + gap * (NUMBERS + 2) as f32
    };
    let available = ui.available_width();
    let fit = [Fit::Full, Fit::Compact]
        .into_iter()
        .find(|fit| total(&number_widths(*fit)) <= available)
        .unwrap_or(Fit::Whole);
    let number_widths = number_widths(fit);
    let mut header_height = row_height;
    if fit != Fit::Full {
        for (c, w) in number_widths.iter().enumerate() {
            if let Some((text, _)) = &split[c + 2]
                && width(&headings[c + 2].0) + gap > *w
            {
                headings[c + 2].0.clone_from(text);
                header_height = row_height * 1.6;
            }
        }
    }
    ui.scope(|ui| {
        // A scroll bar drawn whenever the table is wider than the pane: a floating one only
        // shows on hover, and the last columns looked cut off.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::horizontal()
            .id_salt("plan-table-scroll")
            .show(ui, |ui| {
                let mut builder = TableBuilder::new(ui)
                    .id_salt("plan-table")
                    .striped(true)
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .column(Column::exact(hold))
                    .column(Column::exact(name_width));
                for w in &number_widths {
                    builder = builder.column(Column::exact(*w));
                }
                builder
                    .column(Column::remainder().at_least(status_width))
                    .header(header_height, |mut header| {
                        for (text, hover) in &headings {
                            header.col(|ui| {
                                // Wrapped: a split heading keeps its second line.
                                let text = RichText::new(text).strong();
                                let label = ui.add(egui::Label::new(text).wrap());
                                if !hover.is_empty() {
                                    label.on_hover_text(hover);
                                }
                            });
                        }
                    })
                    .body(|mut body| {
                        let groups = plan.curves.groups.iter().zip(&plan.plan.rows);
                        for ((g, row), text) in groups.zip(&rows) {
                            body.row(row_height, |mut r| {
                                r.col(|ui| hold_ui(ui, g, row, locked.as_mut()));
                                r.col(|ui| {
                                    let color = super::color_of(ctx, &g.name);
                                    ui.label(RichText::new("■").color(color));
                                    ui.label(&g.name);
                                });
                                for c in 0..NUMBERS {
                                    r.col(|ui| number_ui(ui, text, c, fit));
                                }
                                r.col(|ui| {
                                    let label = ui.label(&text.status);
                                    if let Some(hover) = &text.status_hover {
                                        label.on_hover_text(hover);
                                    }
                                });
                            });
                        }
                    });
            });
    });
    let settings = ctx.planner?;
    let locked = locked?;
    (locked != settings.locked).then(|| PlannerSettings {
        locked,
        ..settings.clone()
    })
}

/// A number, right-aligned; marginal ROI's interval on hover when the column leaves it out.
/// The few texts with the most characters: the ones that can be widest.
fn longest<'a>(texts: &mut dyn Iterator<Item = &'a str>) -> Vec<&'a str> {
    const FEW: usize = 4;
    let mut few: Vec<(usize, &str)> = Vec::with_capacity(FEW + 1);
    for text in texts {
        let n = text.chars().count();
        if few.len() < FEW || few.last().is_some_and(|(m, _)| n > *m) {
            few.push((n, text));
            few.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
            few.truncate(FEW);
        }
    }
    few.into_iter().map(|(_, t)| t).collect()
}

fn number_ui(ui: &mut egui::Ui, text: &RowText, c: usize, fit: Fit) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let label = ui.label(text.number(c, fit));
        if let Some(iv) = text.interval.as_ref().filter(|_| c == MROI_NOW)
            && fit != Fit::Full
        {
            label.on_hover_text(tr!("view-plan-interval-hover", interval = iv.as_str()));
        }
    });
}

/// `text` on two lines where that makes it narrowest, and the width it then takes (`None`
/// when it cannot break): at a space when it has one, else between two characters that are
/// not both Latin (Chinese and Japanese break between any two characters; `ROI` stays whole).
fn two_lines(text: &str, width: &dyn Fn(&str) -> f32) -> Option<(String, f32)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let breaks = |at_space: bool| {
        chars
            .windows(2)
            .filter(move |pair| {
                let (a, b) = (pair[0].1, pair[1].1);
                if at_space {
                    b == ' '
                } else {
                    !a.is_ascii() || !b.is_ascii()
                }
            })
            .map(|pair| pair[1].0)
    };
    let best = |at: &mut dyn Iterator<Item = usize>| {
        at.map(|at| {
            let (first, second) = text.split_at(at);
            let (first, second) = (first.trim_end(), second.trim_start());
            (
                format!("{first}\n{second}"),
                width(first).max(width(second)),
            )
        })
        .filter(|(text, _)| !text.starts_with('\n') && !text.ends_with('\n'))
        // Of equally narrow breaks the last: `現在の` over `売上`, not `現在` over `の売上`.
        .fold(None, |best: Option<(String, f32)>, split| match best {
            Some(best) if best.1 < split.1 => Some(best),
            _ => Some(split),
        })
    };
    best(&mut breaks(true)).or_else(|| best(&mut breaks(false)))
}

/// The headings and their hover texts, in column order.
fn headings(plan: &PlanData) -> [(String, String); NUMBERS + 3] {
    [
        (String::new(), tr!("view-plan-col-hold-hover")),
        (plan.curves.group_by.label(), String::new()),
        (tr!("view-plan-col-today"), tr!("view-plan-col-today-hover")),
        (tr!("view-plan-col-plan"), tr!("view-plan-col-plan-hover")),
        (
            tr!("view-plan-col-change"),
            tr!("view-plan-col-change-hover"),
        ),
        (tr!("view-plan-col-avg"), tr!("view-plan-col-avg-hover")),
        (
            tr!("view-plan-col-mroi-now"),
            tr!("view-plan-col-mroi-now-hover"),
        ),
        (
            tr!("view-plan-col-mroi-plan"),
            tr!("view-plan-col-mroi-plan-hover"),
        ),
        (
            tr!("view-plan-col-revenue-now"),
            tr!("view-plan-col-revenue-now-hover"),
        ),
        (
            tr!("view-plan-col-revenue-plan"),
            tr!("view-plan-col-revenue-plan-hover"),
        ),
        (tr!("view-plan-col-status"), String::new()),
    ]
}

/// Group `i`'s row.
fn row_text(plan: &PlanData, i: usize, g: &GroupCurve, row: &PlanRow) -> RowText {
    // A held group's revenue is what it earns today, both now and in the plan.
    let held = row.revenue_now.is_none().then_some(g.observed_revenue);
    let (status, status_hover) = status_words(row);
    RowText {
        numbers: [
            Value::Money(Some(row.spend_now)),
            Value::Money(Some(row.spend_plan)),
            Value::Change(row.change),
            Value::Multiple(g.observed_roi),
            Value::Multiple(row.mroi_now),
            Value::Multiple(row.mroi_plan),
            Value::Money(row.revenue_now.or(held)),
            Value::Money(row.revenue_plan.or(held)),
        ],
        interval: plan
            .intervals
            .as_ref()
            .and_then(|iv| iv.rows.get(i))
            .and_then(|r| r.mroi_now)
            .map(|iv| format!("{:.2}–{:.2}", iv.lo, iv.hi)),
        status,
        status_hover,
    }
}

/// The hold box of a group (a lock for a held group when the planner cannot be changed).
fn hold_ui(
    ui: &mut egui::Ui,
    g: &GroupCurve,
    row: &PlanRow,
    locked: Option<&mut std::collections::BTreeSet<String>>,
) {
    match locked {
        Some(set) => {
            let mut on = set.contains(&g.name);
            if ui
                .checkbox(&mut on, "")
                .on_hover_text(tr!("view-plan-hold-hover", group = g.name.as_str()))
                .changed()
            {
                if on {
                    set.insert(g.name.clone());
                } else {
                    set.remove(&g.name);
                }
            }
        }
        None => {
            if row.status == RowStatus::Locked {
                ui.label("🔒");
            }
        }
    }
}

/// A row's status in a few words, and the full reason on hover.
fn status_words(row: &PlanRow) -> (String, Option<String>) {
    match &row.status {
        RowStatus::Fitted if row.extrapolated => (
            tr!("view-plan-status-extrapolated"),
            Some(tr!("view-plan-status-extrapolated-hover")),
        ),
        RowStatus::Fitted => (tr!("view-plan-status-planned"), None),
        RowStatus::Locked => (tr!("view-plan-status-locked"), None),
        RowStatus::Refused(_) => (tr!("view-plan-status-refused"), None),
    }
}
