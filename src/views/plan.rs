//! The budget planner: each group's response curve (expected daily revenue at a steady daily
//! budget, today's and the planned spend marked, the observed range shaded, the days behind),
//! marginal ROI beside average ROI (the lesson at a glance), and the plan with its controls.

mod table;
mod texts;

use egui::{Align2, RichText};
use egui_plot::{
    Bar, BarChart, Corner, GridMark, Line, LineStyle, MarkerShape, Plot, PlotPoint, Points,
    Polygon, Text, VLine,
};

use super::{Needs, Place, View, ViewCtx, ViewEvent};
use crate::budget::{self, GroupCurve, PlanData, PlannerSettings};
use crate::dashboard::Shown;
use crate::format::group_thousands;
use crate::metrics::{GroupKey, MetricKind};
use crate::plan::{PlanRow, Refusal, RowStatus, summarize_refusals};
use crate::tr;
use crate::ui::color32;
use crate::ui::plot::{axis_value, legend, ranked_rows};
use table::table_ui;

pub struct BudgetPlan;

impl View for BudgetPlan {
    fn id(&self) -> &'static str {
        "plan"
    }

    fn title(&self) -> String {
        tr!("view-plan-title")
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        tr!(
            "view-plan-title-by",
            group = shown.data.query.group_by.label()
        )
    }

    fn needs(&self) -> Needs {
        Needs::Plan
    }

    fn picture_scale(&self) -> f32 {
        1.15
    }

    fn wide(&self) -> bool {
        true
    }

    fn card_height(&self) -> Option<f32> {
        Some(700.0)
    }

    fn header_ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        if ctx.shown.plan.is_some()
            && ui
                .small_button("CSV…")
                .on_hover_text(tr!("view-plan-csv-hover"))
                .clicked()
        {
            ctx.events.push(ViewEvent::ExportPlanCsv);
        }
    }

    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let Some(plan) = ctx.shown.plan else {
            let key = ctx.shown.data.query.group_by;
            if matches!(key, GroupKey::Channel | GroupKey::Campaign) {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("view-plan-fitting"));
                });
            } else {
                ui.label(tr!("view-plan-wrong-grouping"));
            }
            return;
        };
        ui.label(RichText::new(budget::caveat()).small().weak());
        if plan.curves.groups.is_empty() {
            ui.label(tr!("view-plan-no-columns"));
            return;
        }
        if let Some(settings) = ctx.planner
            && let Some(changed) = controls_ui(ui, plan, settings, ctx.planning)
        {
            ctx.events.push(ViewEvent::SetPlanner(changed));
        }
        summary_ui(ui, plan, ctx.plan_progress);
        let nothing_drawn = drawn(ctx, plan).is_empty();
        if nothing_drawn {
            // Nothing to draw a curve for: say why, in the groups' own words.
            let reasons: Vec<&Refusal> = plan
                .plan
                .rows
                .iter()
                .filter_map(|row| match &row.status {
                    RowStatus::Refused(reason) => Some(reason),
                    _ => None,
                })
                .collect();
            let key = plan.curves.group_by;
            let reasons = summarize_refusals(&reasons, key);
            ui.label(tr!(
                "view-plan-no-curve",
                group = key.label(),
                reasons = reasons.join(&tr!("view-plan-reason-separator"))
            ));
        }
        if ctx.place == Place::PictureCard {
            // A dashboard picture's card has room for the lesson alone: marginal beside
            // average ROI.
            if !nothing_drawn {
                let height = ui.available_height() - 24.0;
                mroi_ui(ui, ctx, plan, height);
            }
            return;
        }
        // The table scrolls past a screenful of rows; the charts need a row per group they
        // draw (up to 20), or their labels and legend overlap.
        let row_height = egui::TextStyle::Body.resolve(ui.style()).size * 1.9;
        let table_height =
            (plan.curves.groups.len().min(TABLE_ROWS_BESIDE_CHARTS) as f32 + 2.0) * row_height;
        let charts_need = (drawn(ctx, plan).len() as f32 * 24.0 + 60.0).clamp(160.0, 520.0);
        let charts_height =
            (ui.available_height().min(ctx.height) - table_height - 60.0).clamp(charts_need, 520.0);
        // With no curve there is nothing to chart: the sentence above says why.
        if !nothing_drawn {
            ui.columns(2, |cols| {
                curves_ui(&mut cols[0], ctx, plan, charts_height);
                mroi_ui(&mut cols[1], ctx, plan, charts_height);
            });
            if let Some(note) = ctx.shown.data.charted_note() {
                ui.label(RichText::new(note).small().weak());
            }
        }
        ui.add_space(6.0);
        if let Some(changed) = table_ui(ui, ctx, plan) {
            ctx.events.push(ViewEvent::SetPlanner(changed));
        }
        // Why a group has no curve, in plain words (said once above when none has).
        let refused = plan.curves.groups.iter().zip(&plan.plan.rows);
        for (g, row) in refused.filter(|_| !nothing_drawn) {
            if let RowStatus::Refused(reason) = &row.status {
                ui.label(
                    RichText::new(tr!(
                        "view-plan-refused",
                        group = g.name.as_str(),
                        reason = reason.message()
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
            }
        }
    }
}

/// The plan table's rows counted when sharing the height with the charts: more scroll.
const TABLE_ROWS_BESIDE_CHARTS: usize = 12;

/// The groups a chart of the plan draws: with a curve, charted by the dashboard (all, or the
/// most spent on when there are many: hundreds of curves are neither readable nor cheap to
/// draw each frame) and not hidden, in the core's order. The table has every group.
fn drawn<'a>(ctx: &ViewCtx<'_>, plan: &'a PlanData) -> Vec<(usize, &'a GroupCurve, &'a PlanRow)> {
    let data = ctx.shown.data;
    let charted: std::collections::HashSet<&str> = data
        .chart_rows(ctx.hidden)
        .into_iter()
        .map(|i| data.groups[i].0.as_str())
        .collect();
    plan.curves
        .groups
        .iter()
        .zip(&plan.plan.rows)
        .enumerate()
        .filter(|(_, (g, _))| g.fit.curve().is_some() && charted.contains(g.name.as_str()))
        .map(|(i, (g, row))| (i, g, row))
        .collect()
}

fn color_of(ctx: &ViewCtx<'_>, name: &str) -> egui::Color32 {
    color32(ctx.shown.data.color_of(name))
}

/// Budget or target, the total, the bounds; returns new settings when one changed.
fn controls_ui(
    ui: &mut egui::Ui,
    plan: &PlanData,
    settings: &PlannerSettings,
    planning: bool,
) -> Option<PlannerSettings> {
    let mut next = settings.clone();
    let today: f64 = plan.plan.total_now;
    ui.horizontal_wrapped(|ui| {
        let mut target = next.target_mroi.is_some();
        if ui
            .radio(!target, tr!("view-plan-mode-budget"))
            .on_hover_text(tr!("view-plan-mode-budget-hover"))
            .clicked()
        {
            target = false;
        }
        if ui
            .radio(target, tr!("view-plan-mode-target"))
            .on_hover_text(tr!("view-plan-mode-target-hover"))
            .clicked()
        {
            target = true;
        }
        if target {
            let mut value = next.target_mroi.unwrap_or(1.0);
            let label = ui.label(tr!("view-plan-target"));
            ui.add(
                egui::DragValue::new(&mut value)
                    .range(0.0..=50.0)
                    .clamp_existing_to_range(false)
                    .speed(0.02)
                    .fixed_decimals(2),
            )
            .labelled_by(label.id);
            next.target_mroi = Some(value);
        } else {
            next.target_mroi = None;
            let mut budget = next.budget.unwrap_or(today);
            let label = ui.label(tr!("view-plan-budget"));
            ui.add(
                egui::Slider::new(&mut budget, (today * 0.5)..=(today * 1.5).max(1.0))
                    .clamping(egui::SliderClamping::Edits)
                    .custom_formatter(|v, _| group_thousands(v, 0)),
            )
            .labelled_by(label.id);
            if ui
                .small_button(tr!("view-plan-budget-today"))
                .on_hover_text(tr!("view-plan-budget-today-hover"))
                .clicked()
            {
                budget = today;
            }
            next.budget = ((budget - today).abs() > 0.005).then_some(budget);
        }
        let mut bounds = next.bounds * 100.0;
        let label = ui.label(tr!("view-plan-bounds"));
        ui.add(
            egui::DragValue::new(&mut bounds)
                .range(0.0..=300.0)
                .clamp_existing_to_range(false)
                .speed(1.0)
                .suffix(" %"),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!("view-plan-bounds-hover"));
        next.bounds = bounds / 100.0;
        if planning {
            ui.spinner();
        }
    });
    (next != *settings).then_some(next)
}

/// The totals before and after, the gain with its interval, the plan's note.
fn summary_ui(ui: &mut egui::Ui, plan: &PlanData, progress: Option<(usize, usize)>) {
    let mut lines = plan.summary_lines().into_iter();
    ui.horizontal_wrapped(|ui| {
        if let Some(first) = lines.next() {
            ui.label(RichText::new(first).strong());
        }
        if let Some((done, total)) = progress {
            ui.spinner();
            let text = tr!(
                "view-plan-progress",
                done = done.to_string(),
                total = total.to_string()
            );
            ui.label(RichText::new(text).weak());
        }
    });
    for line in lines {
        ui.label(RichText::new(line).color(ui.visuals().warn_fg_color));
    }
}

/// Expected daily revenue against a steady daily budget, per group.
fn curves_ui(ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>, plan: &PlanData, height: f32) {
    let groups = drawn(ctx, plan);
    let plot_id = egui::Id::unique("plot-plan-curves");
    let top_spend = groups
        .iter()
        .map(|(_, g, row)| (2.0 * g.today).max(row.spend_plan))
        .fold(0.0_f64, f64::max);
    Plot::new("plan-curves")
        .id(plot_id)
        .height(height)
        .width(ui.available_width())
        .legend(legend(ctx.hidden, Corner::RightBottom))
        .include_x(0.0)
        .include_y(0.0)
        .allow_scroll(false)
        .x_axis_label(tr!("view-plan-curves-axis-x"))
        .y_axis_label(tr!("view-plan-curves-axis-y"))
        .x_axis_formatter(|mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
            axis_value(MetricKind::Money, mark.value, range)
        })
        .y_axis_formatter(|mark: GridMark, range: &std::ops::RangeInclusive<f64>| {
            axis_value(MetricKind::Money, mark.value, range)
        })
        .show(ui, |plot| {
            for (_, g, row) in &groups {
                let Some(curve) = g.fit.curve() else { continue };
                let name = g.name.as_str();
                let color = color_of(ctx, name);
                // The days behind the curve.
                let days: Vec<[f64; 2]> = g
                    .spend
                    .iter()
                    .zip(&g.revenue)
                    .map(|(s, r)| [*s, *r])
                    .collect();
                plot.points(
                    Points::new(name, days)
                        .color(color.gamma_multiply(0.35))
                        .radius(1.8),
                );
                let at = |b: f64| [b, curve.response(b)];
                let span = (2.0 * g.today).max(row.spend_plan).max(1.0);
                let samples = |from: f64, to: f64| -> Vec<[f64; 2]> {
                    (0..=60)
                        .map(|k| at(from + (to - from) * k as f64 / 60.0))
                        .collect()
                };
                // The range of spend the data covers, shaded; outside it the curve is dashed.
                let (lo, hi) = (curve.min_observed, curve.max_observed.min(top_spend));
                if hi > lo {
                    let mut area = samples(lo, hi);
                    area.push([hi, 0.0]);
                    area.push([lo, 0.0]);
                    plot.polygon(
                        Polygon::new(name, area)
                            .fill_color(color.gamma_multiply(0.10))
                            .stroke(egui::Stroke::NONE),
                    );
                    plot.line(Line::new(name, samples(lo, hi)).color(color).width(2.2));
                }
                for (from, to) in [(0.0, lo.min(span)), (hi.max(0.0), span)] {
                    if to > from {
                        plot.line(
                            Line::new(name, samples(from, to))
                                .color(color)
                                .width(1.2)
                                .style(LineStyle::dashed_dense()),
                        );
                    }
                }
                plot.points(
                    Points::new(name, vec![at(row.spend_now)])
                        .color(color)
                        .shape(MarkerShape::Circle)
                        .radius(5.0),
                );
                plot.points(
                    Points::new(name, vec![at(row.spend_plan)])
                        .color(color)
                        .shape(MarkerShape::Diamond)
                        .filled(false)
                        .radius(7.0),
                );
            }
        });
    ui.label(RichText::new(tr!("view-plan-curves-key")).small().weak());
    ctx.follow_legend(ui, plot_id, groups.iter().map(|(_, g, _)| g.name.as_str()));
}

/// Marginal ROI (what the next unit of spend returns) beside average ROI, per group, with the
/// break-even line.
fn mroi_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, plan: &PlanData, height: f32) {
    let groups = drawn(ctx, plan);
    let names: Vec<String> = groups
        .iter()
        .rev()
        .map(|(_, g, _)| g.name.clone())
        .collect();
    let intervals = plan.intervals.as_ref();
    let ink = ui.visuals().strong_text_color();
    let top = groups
        .iter()
        .flat_map(|(i, g, row)| {
            let hi = intervals
                .and_then(|iv| iv.rows.get(*i))
                .and_then(|r| r.mroi_now)
                .map(|iv| iv.hi);
            [g.observed_roi, row.mroi_now, hi]
        })
        .flatten()
        .fold(1.0_f64, f64::max);
    // A card has room for a short axis title only.
    let axis_title = if ctx.place == Place::PictureCard {
        tr!("view-plan-mroi-axis-short")
    } else {
        tr!("view-plan-mroi-axis")
    };
    // The labels ("avg 3.49") go right of the bars: room for them in a narrow card too.
    let reach = if ctx.place == Place::PictureCard {
        1.45
    } else {
        1.25
    };
    ranked_rows(Plot::new("plan-mroi"), names, top * reach)
        .height(height)
        .width(ui.available_width())
        .x_axis_label(axis_title)
        .show(ui, |plot| {
            for (rank, (i, g, row)) in groups.iter().rev().enumerate() {
                let y = rank as f64;
                let color = color_of(ctx, &g.name);
                let name = g.name.as_str();
                if let Some(avg) = g.observed_roi {
                    plot.bar_chart(
                        BarChart::new(
                            name,
                            vec![
                                Bar::new(y + 0.17, avg)
                                    .fill(color.gamma_multiply(0.35))
                                    .width(0.3),
                            ],
                        )
                        .horizontal()
                        .color(color),
                    );
                    plot.text(
                        Text::new(
                            name,
                            PlotPoint::new(avg, y + 0.17),
                            format!(
                                " {}",
                                tr!("view-plan-mroi-avg", value = format!("{avg:.2}"))
                            ),
                        )
                        .color(ink)
                        .anchor(Align2::LEFT_CENTER),
                    );
                }
                let Some(mroi) = row.mroi_now else { continue };
                plot.bar_chart(
                    BarChart::new(name, vec![Bar::new(y - 0.17, mroi).fill(color).width(0.3)])
                        .horizontal()
                        .color(color),
                );
                let mut label_x = mroi;
                if let Some(iv) = intervals
                    .and_then(|iv| iv.rows.get(*i))
                    .and_then(|r| r.mroi_now)
                {
                    let yy = y - 0.17;
                    for segment in [
                        vec![[iv.lo, yy], [iv.hi, yy]],
                        vec![[iv.lo, yy - 0.08], [iv.lo, yy + 0.08]],
                        vec![[iv.hi, yy - 0.08], [iv.hi, yy + 0.08]],
                    ] {
                        plot.line(Line::new(name, segment).color(ink).width(1.4));
                    }
                    label_x = label_x.max(iv.hi);
                }
                plot.text(
                    Text::new(
                        name,
                        PlotPoint::new(label_x, y - 0.17),
                        format!(
                            " {}",
                            tr!("view-plan-mroi-next", value = format!("{mroi:.2}"))
                        ),
                    )
                    .color(ink)
                    .anchor(Align2::LEFT_CENTER),
                );
            }
            plot.vline(
                VLine::new(tr!("view-plan-break-even"), 1.0)
                    .style(LineStyle::dashed_loose())
                    .color(egui::Color32::GRAY),
            );
        });
    ui.label(RichText::new(tr!("view-plan-mroi-key")).small().weak());
}
