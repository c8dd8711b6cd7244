//! The dashboard's statistics: 95 % intervals and comparisons with a baseline (a bootstrap
//! per group, the slow part) and the other period's values. Computed after the charts, for
//! the same [`ChartQuery`](super::ChartQuery), and kept as a value of their own beside them.

use crate::data::Dataset;
use crate::metrics::{
    Comparison, MetricsError, PeriodComparison, Uncertainty, compare_periods, uncertainty_until,
};
use crate::stats::Bootstrap;

use super::DashboardData;

/// Which statistics to compute. Whether they are drawn is the
/// [`Presentation`](super::Presentation)'s business: intervals and comparisons come from the
/// same bootstrap, so switching either on or off while the other is on computes nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct StatsRequest {
    /// Intervals and baseline comparisons.
    pub uncertainty: bool,
    /// The baseline group; `None` (or a name not in view) = the one with the most spend.
    pub baseline: Option<String>,
    /// The other period; `None` = no comparison.
    pub compare: Option<Comparison>,
}

impl StatsRequest {
    /// Nothing to compute.
    pub fn is_empty(&self) -> bool {
        !self.uncertainty && self.compare.is_none()
    }

    /// Do statistics computed for `self` already answer `wanted`? What `wanted` leaves out
    /// is simply not drawn, so switching a statistic off never needs a computation, nor does
    /// switching it back on.
    pub fn covers(&self, wanted: &StatsRequest) -> bool {
        let uncertainty =
            !wanted.uncertainty || (self.uncertainty && self.baseline == wanted.baseline);
        let periods = wanted.compare.is_none() || self.compare == wanted.compare;
        uncertainty && periods
    }
}

/// Statistics of one [`DashboardData`]'s group rows.
#[derive(Clone, Debug)]
pub struct Statistics {
    /// What was computed.
    pub request: StatsRequest,
    /// Intervals and baseline comparisons of `by_group`'s rows.
    pub uncertainty: Option<Uncertainty>,
    /// The other period's values for `by_group`'s rows.
    pub periods: Option<PeriodComparison>,
}

/// The statistics `request` asks for, about the charts `data` (computed from the same dataset).
pub fn compute_statistics(
    ds: &Dataset,
    data: &DashboardData,
    request: &StatsRequest,
) -> Result<Statistics, MetricsError> {
    compute_statistics_until(ds, data, request, &|| false)
}

/// [`compute_statistics`], giving up with [`MetricsError::Stopped`] once `stop` says so.
pub fn compute_statistics_until(
    ds: &Dataset,
    data: &DashboardData,
    request: &StatsRequest,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Statistics, MetricsError> {
    let query = &data.query;
    let uncertainty = if request.uncertainty {
        Some(uncertainty_until(
            ds,
            &query.filters,
            query.group_by,
            (&data.by_group, &data.totals, data.daily.as_ref()),
            request.baseline.as_deref(),
            Bootstrap::default(),
            stop,
        )?)
    } else {
        None
    };
    let periods = match &request.compare {
        Some(c) => compare_periods(ds, &query.filters, query.group_by, &data.by_group, c)?,
        None => None,
    };
    Ok(Statistics {
        request: request.clone(),
        uncertainty,
        periods,
    })
}
