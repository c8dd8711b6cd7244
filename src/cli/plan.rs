//! `roi-lens plan`: response curves, marginal ROI and a budget plan per group, from the same
//! core as the app's Budget plan view.

use std::io::Write;

use super::{FilterArgs, InputArgs, OutputFormat, default_group, write_report};
use crate::budget;
use crate::metrics::GroupKey;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Plan by channel (default) or campaign.
    #[arg(long, value_parser = parse_plan_key)]
    pub by: Option<GroupKey>,
    /// Total daily budget to split (default: today's total, the sum of the mean daily spends).
    #[arg(long, value_name = "DAILY_TOTAL", conflicts_with = "target_mroi")]
    pub budget: Option<f64>,
    /// Spend each group until its marginal ROI falls to X (1.0 = break-even); sets the total.
    #[arg(long, value_name = "X")]
    pub target_mroi: Option<f64>,
    /// How far each group may move from today's spend, either way (0.3 = ±30 %; default: the
    /// workspace's, else 0.3).
    #[arg(long)]
    pub bounds: Option<f64>,
    /// Hold this group at today's spend (repeat for several).
    #[arg(long = "lock", value_name = "NAME")]
    pub locked: Vec<String>,
    /// Bootstrap resamples for the 90 % intervals (0 = none; default: the workspace's, else
    /// 200; at most 10,000).
    #[arg(long = "bootstrap", value_name = "N")]
    pub resamples: Option<usize>,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

fn parse_plan_key(s: &str) -> Result<GroupKey, String> {
    match s.parse::<GroupKey>()? {
        key @ (GroupKey::Channel | GroupKey::Campaign) => Ok(key),
        other => Err(tr!("cli-error-plan-key", key = other.noun(1))),
    }
}

/// Runs `plan`: the plan table on `out`, the totals and the caveat on stderr.
pub fn run_plan(args: &PlanArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if args.resamples.is_some_and(|n| n > budget::MAX_RESAMPLES) {
        anyhow::bail!(
            "{}",
            tr!(
                "cli-error-bootstrap-max",
                max = budget::MAX_RESAMPLES.to_string()
            )
        );
    }
    for (what, v) in [
        ("--budget", args.budget),
        ("--target-mroi", args.target_mroi),
        ("--bounds", args.bounds),
    ] {
        if let Some(v) = v
            && !(v.is_finite() && v >= 0.0)
        {
            anyhow::bail!(
                "{}",
                tr!("cli-error-not-positive", flag = what, value = v.to_string())
            );
        }
    }
    let (ds, ws) = args.input.load_warning()?;
    let key = args.by.unwrap_or_else(|| match &ws {
        Some(ws) if matches!(ws.view.group_by, GroupKey::Channel | GroupKey::Campaign) => {
            ws.view.group_by
        }
        _ => default_group(&ds),
    });
    let saved = ws
        .as_ref()
        .map(|w| w.view.filters.clone())
        .unwrap_or_default();
    let filters = args.filters.over(&saved);
    let curves = std::sync::Arc::new(budget::fit_curves(&ds, &filters, key)?);
    if curves.groups.is_empty() {
        anyhow::bail!("{}", tr!("cli-error-plan-needs-data"));
    }
    for name in &args.locked {
        if !curves.groups.iter().any(|g| &g.name == name) {
            anyhow::bail!(
                "{}",
                tr!(
                    "cli-error-no-lock-group",
                    name = name,
                    key = key.label(),
                    groups = curves
                        .groups
                        .iter()
                        .map(|g| g.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            );
        }
    }
    // The workspace's settings, with what is given here instead.
    let mut settings = ws.as_ref().map(|w| w.planner.clone()).unwrap_or_default();
    if args.budget.is_some() || args.target_mroi.is_some() {
        settings.budget = args.budget;
        settings.target_mroi = args.target_mroi;
    }
    if let Some(bounds) = args.bounds {
        settings.bounds = bounds;
    }
    if !args.locked.is_empty() {
        settings.locked = args.locked.iter().cloned().collect();
    }
    if let Some(resamples) = args.resamples {
        settings.resamples = resamples;
    }
    settings
        .locked
        .retain(|name| curves.groups.iter().any(|g| &g.name == name));
    let mut data = budget::make_plan(&curves, &settings);
    if settings.resamples > 0 {
        data.intervals = budget::plan_intervals(&data, &mut |_, _| true, &|| false).ok();
    }
    write_report(&data.report(), args.format, out)?;
    // The table first, then what it rests on.
    out.flush()?;
    for line in data.summary_lines() {
        eprintln!("{line}");
    }
    for (g, row) in curves.groups.iter().zip(&data.plan.rows) {
        if let crate::plan::RowStatus::Refused(reason) = &row.status {
            eprintln!(
                "{}",
                tr!(
                    "cli-held",
                    name = g.name.as_str(),
                    reason = reason.message()
                )
            );
        }
    }
    eprintln!("{}", tr!("plan-note", note = budget::caveat()));
    Ok(())
}

/// The plan a picture draws (the Budget plan view alone, or in the whole dashboard), with the
/// workspace's planner settings; intervals when the view draws intervals. `None` when the
/// picture has no planner view or the grouping is not one a plan is made by.
pub fn picture_plan(
    ds: &crate::data::Dataset,
    view: &crate::dashboard::View,
    ws: Option<&crate::workspace::Workspace>,
    picture: crate::export::Picture,
) -> anyhow::Result<Option<budget::PlanData>> {
    use crate::views::{Needs, ViewRef};
    let wanted = match picture {
        crate::export::Picture::View(v) => v.needs() == Needs::Plan,
        crate::export::Picture::Dashboard => ViewRef::all().any(|v| v.needs() == Needs::Plan),
    };
    if !wanted || !matches!(view.group_by, GroupKey::Channel | GroupKey::Campaign) {
        return Ok(None);
    }
    let curves = std::sync::Arc::new(budget::fit_curves(ds, &view.filters, view.group_by)?);
    let settings = ws.map(|w| w.planner.clone()).unwrap_or_default();
    let mut data = budget::make_plan(&curves, &settings);
    if view.stats.intervals && settings.resamples > 0 {
        data.intervals = budget::plan_intervals(&data, &mut |_, _| true, &|| false).ok();
    }
    Ok(Some(data))
}
