//! Everything the dashboard shows, computed from a dataset and a [`View`]. Pure core: the app
//! computes this on a worker thread and its views only read it.
//!
//! Three values, each recomputed only when what it depends on changes:
//! - [`DashboardData`], the charts, from the [`ChartQuery`] (filters, grouping, time buckets);
//! - [`Statistics`] (intervals, baseline comparisons, the other period), from a
//!   [`StatsRequest`], computed after the charts and kept beside them, never copied into them;
//! - [`Presentation`] (which statistics are drawn, the trend's metric), applied when drawing:
//!   switching it re-renders and recomputes nothing. [`Shown`] puts the three together for a
//!   view, the KPI table model and a picture's subtitle.

mod cohorts;
mod shown;
mod statistics;

pub use cohorts::{
    ALL_USERS, CohortColumns, CohortData, CohortOptions, CohortTable, MAX_DAY, compute_cohorts,
    payback_text, payback_words,
};

pub use shown::{KpiTable, Marks, Shown};
pub use statistics::{Statistics, StatsRequest, compute_statistics, compute_statistics_until};

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::data::clean::date_from_epoch_days;
use crate::data::{Dataset, Field, distinct_values};
use crate::metrics::{
    Comparison, Filters, FunnelRow, Granularity, GroupKey, Metric, MetricsError, Query, Summary,
    daily_points, daily_points_of, date_span, funnel_of, rollup, summarize, time_series,
};
use crate::palette::{Style, assign_styles};

/// What the dashboard looks at: filters, grouping, granularity and the trend's metric.
/// A plain comparable value: results are recomputed only when it changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct View {
    pub filters: Filters,
    /// Channel, campaign or source.
    pub group_by: GroupKey,
    pub granularity: Granularity,
    pub trend_metric: Metric,
    pub stats: StatsView,
}

impl View {
    /// What the charts are computed from: a change here starts a new computation.
    pub fn query(&self) -> ChartQuery {
        ChartQuery {
            filters: self.filters.clone(),
            group_by: self.group_by,
            granularity: self.granularity,
        }
    }

    /// What is drawn from the computed values: a change here only re-renders.
    pub fn presentation(&self) -> Presentation {
        Presentation {
            intervals: self.stats.intervals,
            significance: self.stats.significance,
            periods: self.stats.compare.is_some(),
            trend_metric: self.trend_metric,
        }
    }

    /// The statistics the view needs computed (nothing when every switch is off).
    pub fn stats_request(&self) -> StatsRequest {
        StatsRequest {
            uncertainty: self.stats.intervals || self.stats.significance,
            baseline: self.stats.baseline.clone(),
            compare: self.stats.compare.clone(),
        }
    }
}

/// The part of a [`View`] the charts' numbers depend on.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChartQuery {
    pub filters: Filters,
    /// Channel, campaign or source.
    pub group_by: GroupKey,
    pub granularity: Granularity,
}

impl Default for ChartQuery {
    fn default() -> Self {
        View::default().query()
    }
}

/// The part of a [`View`] that only changes how computed values are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Presentation {
    /// Draw 95 % intervals (whiskers, ± columns).
    pub intervals: bool,
    /// Draw the comparisons with the baseline (▲ ▼ ≈).
    pub significance: bool,
    /// Show the other period's values (Δ, Δ %).
    pub periods: bool,
    /// The metric of the trend chart.
    pub trend_metric: Metric,
}

impl Default for Presentation {
    fn default() -> Self {
        View::default().presentation()
    }
}

impl Default for View {
    fn default() -> Self {
        View {
            filters: Filters::default(),
            group_by: GroupKey::Channel,
            granularity: Granularity::Day,
            trend_metric: Metric::Sum(Field::Spend),
            stats: StatsView::default(),
        }
    }
}

/// Which statistics the dashboard computes and shows; each can be switched off for a clean
/// slide.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct StatsView {
    /// 95 % intervals: error bars on the ROI and retention charts, ± in the KPI table.
    pub intervals: bool,
    /// Every group compared with a baseline: markers in the table, the ROI chart and the
    /// funnel.
    pub significance: bool,
    /// The baseline group; `None` (or a name not in view) = the one with the most spend.
    pub baseline: Option<String>,
    /// Period over period in the KPI table; `None` = off.
    pub compare: Option<Comparison>,
}

impl Default for StatsView {
    fn default() -> Self {
        StatsView {
            intervals: true,
            significance: true,
            baseline: None,
            compare: None,
        }
    }
}

/// How the KPI table is sorted: by a metric (`None` = the group name) and direction. A
/// metric, not a column position, so the sort survives the metric set changing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSort {
    pub metric: Option<Metric>,
    pub descending: bool,
}

/// Facts about the whole dataset (unfiltered) that the filter controls need.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DatasetFacts {
    pub channels: Vec<String>,
    pub campaigns: Vec<String>,
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    pub rows: usize,
}

impl DatasetFacts {
    pub fn of(ds: &Dataset) -> DatasetFacts {
        let (first_day, last_day) = ds
            .frame
            .column("date")
            .ok()
            .and_then(|c| c.cast(&polars::prelude::DataType::Int32).ok())
            .and_then(|c| {
                let ca = c.i32().ok()?.clone();
                let days = || ca.iter().flatten();
                Some((
                    days().min().and_then(date_from_epoch_days),
                    days().max().and_then(date_from_epoch_days),
                ))
            })
            .unwrap_or((None, None));
        DatasetFacts {
            channels: distinct_values(&ds.frame, &Field::Channel.name()),
            campaigns: distinct_values(&ds.frame, &Field::Campaign.name()),
            first_day,
            last_day,
            rows: ds.frame.height(),
        }
    }
}

/// One group's line in a chart: its name, colour and values.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub color: [u8; 3],
    /// Line style and marker shape when groups share a colour (see [`crate::palette::Style`]).
    pub variant: u8,
    /// (x, y) points; x is days since 1970-01-01 for time series.
    pub points: Vec<[f64; 2]>,
}

/// The computed charts of one [`ChartQuery`]. Every per-group vector (`groups`, `by_group`'s
/// rows, `funnel`, `charted`) has one entry per group in the same order; the series
/// (`retention`, `trend`, `scatter`) hold only the charted groups, in that order.
#[derive(Clone, Debug)]
pub struct DashboardData {
    pub query: ChartQuery,
    /// One row per group (KPI table, ROI bars, retention).
    pub by_group: Summary,
    /// One row of overall totals (totals row, overall ROI line).
    pub totals: Summary,
    /// Groups in display order (the order of `by_group`) with their colours.
    pub groups: Vec<(String, [u8; 3])>,
    pub funnel: Vec<FunnelRow>,
    /// Retention curve per group: x = day N, y = retention.
    pub retention: Vec<Series>,
    /// Every metric per group over time, so the trend can switch metric without a
    /// recomputation.
    pub trend: BTreeMap<Metric, Vec<Series>>,
    /// Daily (spend, revenue) per group, in group order, each day with its ROI.
    pub scatter: Vec<ScatterSeries>,
    /// The first and last day of the rows in view (`None` without dates).
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// Which groups (of `groups`) the charts show: all of them, or the [`CHART_GROUPS`] with the
    /// most spend when there are more. The table shows every group.
    pub charted: Vec<bool>,
    /// Why the rows are not days, when a file's rows cover longer periods: the charts by day
    /// say this instead of drawing a month as a day.
    pub not_daily: Option<String>,
    /// The currency of the amounts shown, when known.
    pub currency: Option<String>,
    /// Every group's sums per day, when the trend is daily and shows every group (it is then
    /// the trend's own series): the statistics resample these days instead of reading the rows
    /// again.
    pub daily: Option<Summary>,
}

/// One group's daily points, for the scatter chart and its hover labels.
#[derive(Clone, Debug, PartialEq)]
pub struct ScatterSeries {
    pub name: String,
    pub color: [u8; 3],
    /// Marker shape when groups share a colour (see [`crate::palette::Style`]).
    pub variant: u8,
    pub points: Vec<ScatterPoint>,
}

/// One day of one group.
#[derive(Clone, Debug, PartialEq)]
pub struct ScatterPoint {
    pub date: NaiveDate,
    pub spend: f64,
    pub revenue: f64,
    /// revenue ÷ spend for the day; `None` when nothing was spent.
    pub roi: Option<f64>,
}

impl DashboardData {
    /// Group indices (into `groups` and `by_group`) in the KPI table's order. Missing values
    /// sort last whichever the direction.
    pub fn table_order(&self, sort: TableSort) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.groups.len()).collect();
        let direction = |o: std::cmp::Ordering| if sort.descending { o.reverse() } else { o };
        match sort.metric.filter(|m| self.by_group.metrics.contains(m)) {
            Some(metric) => {
                let values = self.by_group.values(metric);
                order.sort_by(|a, b| match (values[*a], values[*b]) {
                    (Some(x), Some(y)) => direction(x.total_cmp(&y)),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                });
            }
            None => order.sort_by(|a, b| direction(self.groups[*a].0.cmp(&self.groups[*b].0))),
        }
        order
    }

    /// The groups (indices into `groups`, `by_group` and `funnel`) a chart draws: those charted
    /// and not hidden by the user.
    pub fn chart_rows(&self, hidden: &std::collections::BTreeSet<String>) -> Vec<usize> {
        (0..self.groups.len())
            .filter(|i| self.charted[*i] && !hidden.contains(&self.groups[*i].0))
            .collect()
    }

    /// Said under each chart when it leaves groups out: how many it shows of how many, in the
    /// language in force.
    pub fn charted_note(&self) -> Option<String> {
        let shown = self.charted.iter().filter(|c| **c).count();
        let total = self.charted.len();
        let key = self.query.group_by;
        let count = |n: usize| {
            crate::tr!(
                "core-group-count",
                key = key.name(),
                count = n,
                count_text = crate::i18n::big_number(n as f64, 0)
            )
        };
        (shown < total).then(|| {
            crate::tr!(
                "core-charted-note",
                groups = count(shown),
                all = count(total),
                total = crate::i18n::big_number(total as f64, 0),
                noun = key.noun(total)
            )
        })
    }

    /// The row of a group by name.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.groups.iter().position(|(g, _)| g == name)
    }

    /// Replaces the automatic colours of the groups named in `colors` (a workspace's saved
    /// colours), in every chart's series.
    pub fn apply_colors(&mut self, colors: &std::collections::BTreeMap<String, [u8; 3]>) {
        if colors.is_empty() {
            return;
        }
        let pick = |name: &str, color: &mut [u8; 3]| {
            if let Some(c) = colors.get(name) {
                *color = *c;
            }
        };
        for (name, color) in &mut self.groups {
            pick(name, color);
        }
        for s in self
            .retention
            .iter_mut()
            .chain(self.trend.values_mut().flatten())
        {
            pick(&s.name, &mut s.color);
        }
        for s in &mut self.scatter {
            pick(&s.name, &mut s.color);
        }
    }

    /// The colour of a group.
    pub fn color_of(&self, group: &str) -> [u8; 3] {
        self.groups
            .iter()
            .find(|(g, _)| g == group)
            .map_or([128, 128, 128], |(_, c)| *c)
    }
}

/// What the charts of `view` need, quickly. The app shows this first and computes the
/// [`Statistics`] after it.
pub fn compute_charts(ds: &Dataset, view: &ChartQuery) -> Result<DashboardData, MetricsError> {
    let key = view.group_by;
    // Colours come from every name in the data, not just the filtered ones, so a channel keeps
    // its colour whatever the filters.
    let everyone = all_names(ds, key);
    // With few groups, one pass over the rows: the series by group and period, which the
    // per-group and total rows are summed from. With many, the charts show some of them
    // (below), so the series are only read for those.
    let mut series_of_all = None;
    let by_group = if everyone.len() <= CHART_GROUPS && ds.has(Field::Date) {
        let ts = time_series(ds, &view.filters, key, view.granularity)?;
        let by_group = rollup(&ts, &[key])?;
        series_of_all = Some(ts);
        by_group
    } else {
        summarize(
            ds,
            &Query {
                group_by: vec![key],
                filters: view.filters.clone(),
            },
        )?
    };
    // Filtered rows are never copied: on a large file a copy would double the memory.
    let totals = rollup(&by_group, &[])?;
    let filters = &view.filters;
    let names = by_group.key_labels(key);
    let palette = assign_styles(&everyone);
    // Looked up by name, not searched: thousands of campaigns × every series would be
    // millions of string comparisons per chart update.
    let everyone_at = index_of(&everyone);
    let styles: Vec<Style> = names
        .iter()
        .map(|n| {
            everyone_at.get(n.as_str()).map_or_else(
                || Style {
                    rgb: crate::palette::color_of(n),
                    variant: 0,
                },
                |i| palette[*i],
            )
        })
        .collect();
    let groups: Vec<(String, [u8; 3])> = names
        .iter()
        .cloned()
        .zip(styles.iter().map(|s| s.rgb))
        .collect();
    let charted = most_spend(&by_group, CHART_GROUPS);
    let all_charted = charted.iter().all(|c| *c);
    let charted_names = keep_charted(names.clone(), &charted);
    // The per-day queries only need the charted groups' rows.
    let series_filters = match key {
        GroupKey::Channel if !all_charted => Filters {
            channels: charted_names.clone(),
            ..filters.clone()
        },
        GroupKey::Campaign if !all_charted => Filters {
            campaigns: charted_names.clone(),
            ..filters.clone()
        },
        _ => filters.clone(),
    };
    let filters = &series_filters;
    let slot = index_of(&names);
    let style_of = |name: &str| {
        slot.get(name).map_or(
            Style {
                rgb: [128, 128, 128],
                variant: 0,
            },
            |i| styles[*i],
        )
    };

    let retention = ds
        .retention_days()
        .iter()
        .map(|n| (*n, by_group.values(Metric::Retention(*n))))
        .fold(
            names
                .iter()
                .map(|name| Series {
                    name: name.clone(),
                    color: style_of(name).rgb,
                    variant: style_of(name).variant,
                    points: Vec::new(),
                })
                .collect::<Vec<_>>(),
            |mut series, (day, values)| {
                for (s, v) in series.iter_mut().zip(values) {
                    if let Some(v) = v {
                        s.points.push([f64::from(day), v]);
                    }
                }
                series
            },
        );
    let retention = keep_charted(retention, &charted);

    let mut trend = BTreeMap::new();
    let mut daily: Option<Summary> = None;
    if ds.has(Field::Date) {
        let ts = match series_of_all {
            Some(ts) => ts,
            None => time_series(ds, filters, key, view.granularity)?,
        };
        let labels = ts.key_labels(key);
        let dates = ts.key_dates(GroupKey::Period(view.granularity));
        // Each row's group slot and day, found once for every metric.
        let places: Vec<Option<(usize, f64)>> = (0..ts.height())
            .map(|i| {
                let g = *slot.get(labels[i].as_str())?;
                let day = crate::data::clean::days_since_epoch(dates[i]?);
                Some((g, f64::from(day)))
            })
            .collect();
        for metric in ts.metrics.clone() {
            let values = ts.values(metric);
            // One pass over the rows, not one per group: hundreds of campaigns × a year of days.
            let mut points: Vec<Vec<[f64; 2]>> = vec![Vec::new(); names.len()];
            for (place, value) in places.iter().zip(values) {
                if let (Some((g, day)), Some(v)) = (place, value) {
                    points[*g].push([*day, v]);
                }
            }
            let series = names
                .iter()
                .zip(points)
                .map(|(name, points)| Series {
                    name: name.clone(),
                    color: style_of(name).rgb,
                    variant: style_of(name).variant,
                    points,
                })
                .collect();
            trend.insert(metric, keep_charted(series, &charted));
        }
        if view.granularity == Granularity::Day {
            daily = Some(ts);
        }
    }
    // Only a series of every group in view can stand for the rows in the statistics.
    let daily_of_all = daily.clone().filter(|_| all_charted);

    // The scatter's daily points reuse the trend's series when it is already daily.
    let points = match daily {
        Some(ts) if ds.has(Field::Revenue) => daily_points_of(&ts, key),
        _ if ds.has(Field::Date) => daily_points(ds, filters, key)?,
        _ => Vec::new(),
    };
    let mut scatter_points: Vec<Vec<ScatterPoint>> = vec![Vec::new(); names.len()];
    for p in &points {
        if let Some(&g) = slot.get(p.group.as_str()) {
            scatter_points[g].push(ScatterPoint {
                date: p.date,
                spend: p.spend,
                revenue: p.revenue,
                roi: (p.spend != 0.0).then(|| p.revenue / p.spend),
            });
        }
    }
    let scatter = groups
        .iter()
        .zip(&styles)
        .zip(scatter_points)
        .map(|(((name, color), style), points)| ScatterSeries {
            name: name.clone(),
            color: *color,
            variant: style.variant,
            points,
        })
        .collect();
    let scatter = keep_charted(scatter, &charted);
    Ok(DashboardData {
        scatter,
        query: view.clone(),
        funnel: funnel_of(&by_group, key),
        charted,
        by_group,
        totals,
        groups,
        retention,
        trend,
        span: date_span(ds, &view.filters)?,
        not_daily: ds.not_daily(),
        currency: ds.currency.clone(),
        daily: daily_of_all,
    })
}

/// The most groups a chart shows. Hundreds of campaigns make lines nobody can tell apart and
/// frames that cost tens of milliseconds; beyond this the charts show the groups with the
/// most spend and say so.
pub const CHART_GROUPS: usize = 20;

/// Marks the `k` rows of `by_group` with the most spend (all rows when there are no more).
fn most_spend(by_group: &Summary, k: usize) -> Vec<bool> {
    let n = by_group.height();
    if n <= k {
        return vec![true; n];
    }
    let spend = by_group.values(Metric::Sum(Field::Spend));
    let mut order: Vec<usize> = (0..n).collect();
    // Most spend first; a group without spend after every group with some; ties by position.
    order.sort_by(|a, b| match (spend[*a], spend[*b]) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(a.cmp(b)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    });
    let mut charted = vec![false; n];
    for i in order.into_iter().take(k) {
        charted[i] = true;
    }
    charted
}

/// The items (one per group, in group order) of the groups the charts show.
fn keep_charted<T>(items: Vec<T>, charted: &[bool]) -> Vec<T> {
    items
        .into_iter()
        .zip(charted)
        .filter(|(_, c)| **c)
        .map(|(item, _)| item)
        .collect()
}

/// Each name's position, to sort rows into per-group series in one pass.
fn index_of(names: &[String]) -> std::collections::HashMap<&str, usize> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect()
}

/// Every distinct value of a grouping key in the whole (unfiltered) dataset.
fn all_names(ds: &Dataset, key: GroupKey) -> Vec<String> {
    match key {
        GroupKey::Channel => distinct_values(&ds.frame, &Field::Channel.name()),
        GroupKey::Campaign => distinct_values(&ds.frame, &Field::Campaign.name()),
        GroupKey::Source => distinct_values(&ds.frame, crate::data::SOURCE_COLUMN),
        GroupKey::Period(_) => Vec::new(),
    }
}
