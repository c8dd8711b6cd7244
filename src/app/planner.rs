//! The budget planner's side of the app: plans are asked of their own worker (with their own
//! request counter, so a bootstrap never holds up the charts or their statistics and they never
//! cancel it), for the rows of the charts on screen, and come back curves first, intervals
//! after.

use super::*;

/// What the planner's worker is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanWork {
    /// Fitting curves or making the plan.
    Planning,
    /// Bootstrapping the intervals: `done` of `total` resamples.
    Intervals { done: usize, total: usize },
}

impl RoiLensApp {
    /// Plans the groups of the charts on screen: fits their curves (`refit`, after new
    /// charts) or re-plans on the curves there are (new settings).
    pub(super) fn start_plan(&mut self, refit: bool) {
        let (Some(dataset), Some(dashboard)) = (self.dataset.clone(), self.dashboard.clone())
        else {
            return;
        };
        let query = &dashboard.query;
        if !matches!(
            query.group_by,
            crate::metrics::GroupKey::Channel | crate::metrics::GroupKey::Campaign
        ) {
            // Plans are by channel or campaign; the view says so. Planning under way stops.
            self.plan = None;
            self.plan_pending = None;
            self.plan_generation += 1;
            self.planner_worker.supersede(self.plan_generation);
            return;
        }
        // The curves are reused only for the rows they were fitted on (a change of time
        // buckets keeps them; new data or filters do not).
        let curves = self
            .plan
            .as_ref()
            .filter(|plan| !refit && plan.curves.fits(&query.filters, query.group_by))
            .map(|plan| plan.curves.clone());
        let asked = (query.filters.clone(), query.group_by, self.planner.clone());
        if curves.is_some() && self.plan_asked.as_ref() == Some(&asked) {
            // Already planned (or planning) for these rows and settings.
            return;
        }
        self.plan_asked = Some(asked);
        self.plan_generation += 1;
        self.plan_pending = Some((self.plan_generation, PlanWork::Planning));
        self.jobs.plans += 1;
        self.planner_worker.submit(Job::Plan {
            generation: self.plan_generation,
            dataset,
            query: dashboard.query.clone(),
            daily: dashboard.daily.clone(),
            curves,
            settings: self.planner.clone(),
        });
    }

    /// Takes in what the planner's worker reported.
    pub(super) fn poll_planner(&mut self) {
        let (reports, alive) = self.planner_worker.poll();
        if !alive && self.plan_pending.take().is_some() {
            self.error = Some(text!("app-error-planner-stopped"));
        }
        for report in reports {
            if self.plan_pending.map(|(g, _)| g) != Some(report.generation()) {
                continue;
            }
            match report {
                Report::Progress { done, total, .. } => {
                    self.plan_pending =
                        Some((self.plan_generation, PlanWork::Intervals { done, total }));
                }
                Report::Planned { plan, .. } => {
                    self.plan = Some(plan.clone());
                    self.plan_pending = None;
                    if plan.settings.resamples > 0 {
                        self.plan_generation += 1;
                        let total = plan.settings.resamples;
                        self.plan_pending =
                            Some((self.plan_generation, PlanWork::Intervals { done: 0, total }));
                        self.planner_worker.submit(Job::PlanIntervals {
                            generation: self.plan_generation,
                            plan,
                        });
                    }
                }
                Report::PlanIntervals { plan, .. } => {
                    self.plan = Some(plan);
                    self.plan_pending = None;
                }
                Report::Failed { message, .. } => {
                    self.plan_pending = None;
                    self.error = Some(text!("app-error-plan", message = message));
                }
                Report::Loading { .. }
                | Report::Loaded { .. }
                | Report::Computed { .. }
                | Report::Statistics { .. } => {}
            }
        }
    }
}
