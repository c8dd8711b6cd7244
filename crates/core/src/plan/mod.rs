//! Response curves, marginal ROI and a budget plan, in the spirit of Google Meridian and Meta
//! Robyn (the math is in PLANNER.md). Pure arithmetic on daily numbers the caller hands over:
//! no Polars, no egui.
//!
//! - [`fit`] turns one group's daily spend and revenue into a [`Curve`] (geometric adstock θ
//!   chosen by AIC, Hill saturation β, K, s), or a [`Refusal`] that says in plain words why
//!   there is none (too few days, spend that never varied).
//! - [`plan`] splits a daily budget across groups to maximise modelled revenue within bounds
//!   around today's spend, or spends each group up to a target marginal ROI.
//! - [`bootstrap`] puts 90 % intervals on marginal ROI and on the plan's gain by refitting on
//!   block-resampled days.
//!
//! Every figure is *platform-attributed* revenue, not incremental lift, and the curves describe
//! the past range of spend: the views built on this must say so, and large moves should be
//! validated with a holdout or geo test.

mod allocate;
mod bootstrap;
mod curve;
mod fit;
mod lm;

pub use allocate::{Goal, Plan, PlanInput, PlanNote, PlanRow, PlanSettings, RowStatus, plan};
pub use bootstrap::{
    BootstrapSettings, Interval90, PlanIntervals, RowIntervals, Stopped, bootstrap,
    bootstrap_until, interval90,
};
pub use curve::{Curve, EXTRAPOLATION, MAX_LAG_CAP, adstock, hill, hill_slope};
pub use fit::{Fit, FitSettings, Refusal, fit, summarize_refusals};
