//! Channel metrics over a loaded [`Dataset`](crate::data::Dataset): sums, ratios of sums,
//! retention over mature cohorts, time series, funnels and daily points. Pure Polars.

mod metric;
mod query;
mod summary;

pub use metric::{Metric, MetricKind};
pub use query::{Filters, Granularity, GroupKey, Query};
pub use summary::{
    DailyPoint, FunnelRow, MetricsError, Summary, daily_points, daily_points_of, date_span, funnel,
    summarize, time_series,
};
