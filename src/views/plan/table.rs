//! The plan's table: one row per group with its hold box, today's and the planned spend, the
//! change, average and marginal ROI and the revenue, and its status. Columns are as wide as
//! their text, measured before the table is laid out, so that it fits a narrow pane where it
//! can ([`Fit`]); only what still does not fit scrolls sideways, under a scroll bar that is
//! always drawn.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::ViewCtx;
use super::texts::{Fit, MROI_NOW, NUMBERS, PlanTexts, RowText, texts_of};
use crate::budget::{GroupCurve, PlanData, PlannerSettings};
use crate::plan::{PlanRow, RowStatus};

/// The plan table; returns new settings when a hold box changed.
pub(super) fn table_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    plan: &PlanData,
) -> Option<PlannerSettings> {
    let mut locked = ctx.planner.map(|s| s.locked.clone());
    let row_height = egui::TextStyle::Body.resolve(ui.style()).size * 1.7;
    let texts = texts_of(ui, plan);
    let mut headings = texts.headings.clone();
    // Each column as wide as its widest text, at each fit.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
            .size()
            .x
    };
    let gap = ui.spacing().item_spacing.x;
    // Laid out: only the longest few texts by characters, found when the texts were written.
    let widest = |texts: &[String]| texts.iter().map(|t| width(t)).fold(0.0, f32::max);
    let hold = ui.spacing().interact_size.y + gap;
    let names = widest(&texts.longest_names);
    let name_width = (width("■") + gap + names).max(width(&headings[1].0)) + gap;
    let status_width = widest(&texts.longest_status).max(width(&headings[NUMBERS + 2].0)) + gap;
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
                widest(texts.longest_numbers(fit, c)).max(heading) + gap
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
                    .body(|body| rows_ui(body, ctx, plan, &texts, fit, locked.as_mut()));
            });
    });
    let settings = ctx.planner?;
    let locked = locked?;
    (locked != settings.locked).then(|| PlannerSettings {
        locked,
        ..settings.clone()
    })
}

/// The rows: every one when there are few, else only those in sight.
fn rows_ui(
    mut body: egui_extras::TableBody<'_>,
    ctx: &ViewCtx<'_>,
    plan: &PlanData,
    texts: &PlanTexts,
    fit: Fit,
    mut locked: Option<&mut std::collections::BTreeSet<String>>,
) {
    let row_height = egui::TextStyle::Body.resolve(body.ui_mut().style()).size * 1.7;
    let mut draw = |mut r: egui_extras::TableRow<'_, '_>| {
        let i = r.index();
        let (g, row, text) = (&plan.curves.groups[i], &plan.plan.rows[i], &texts.rows[i]);
        r.col(|ui| hold_ui(ui, g, row, text, locked.as_deref_mut()));
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
    };
    let n = texts.rows.len();
    if n <= crate::views::ALWAYS_LAID_OUT {
        for _ in 0..n {
            body.row(row_height, &mut draw);
        }
    } else {
        body.rows(row_height, n, draw);
    }
}

/// A number, right-aligned; marginal ROI's interval on hover when the column leaves it out.
fn number_ui(ui: &mut egui::Ui, text: &RowText, c: usize, fit: Fit) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let label = ui.label(text.number(c, fit));
        if let Some(hover) = text.interval_hover.as_ref().filter(|_| c == MROI_NOW)
            && fit != Fit::Full
        {
            label.on_hover_text(hover);
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

/// The hold box of a group (a lock for a held group when the planner cannot be changed).
fn hold_ui(
    ui: &mut egui::Ui,
    g: &GroupCurve,
    row: &PlanRow,
    text: &RowText,
    locked: Option<&mut std::collections::BTreeSet<String>>,
) {
    match locked {
        Some(set) => {
            let mut on = set.contains(&g.name);
            if ui
                .checkbox(&mut on, "")
                .on_hover_text(&text.hold_hover)
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
