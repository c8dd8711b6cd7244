//! Channel metrics over a loaded [`Dataset`](crate::data::Dataset): sums, ratios of sums,
//! retention over mature cohorts, time series, funnels and daily points; how certain each is
//! and how it compares with a baseline group and with another period. Pure Polars.

mod grouped;
mod metric;
mod period;
mod query;
mod summary;
mod uncertainty;

pub use metric::{Metric, MetricKind};
pub use period::{
    Comparison, PeriodComparison, change, compare_periods, current_range, previous_range,
};
pub use query::{Filters, Granularity, GroupKey, Query};
pub use summary::{
    DailyPoint, FunnelRow, MetricsError, Summary, daily_points, daily_points_of, date_span, funnel,
    funnel_of, rollup, summarize, summarize_only, time_series,
};
pub use uncertainty::{BOOTSTRAPPED, Uncertainty, Verdict, uncertainty, uncertainty_until};
