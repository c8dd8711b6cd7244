//! Everything the dashboard shows, computed in one pass from a dataset and a [`View`].
//! Pure core: the app computes this on a worker thread and its charts only read it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::data::clean::date_from_epoch_days;
use crate::data::{Dataset, Field};
use crate::metrics::{
    Comparison, DailyPoint, Filters, FunnelRow, Granularity, GroupKey, Metric, MetricsError,
    PeriodComparison, Query, Summary, Uncertainty, Verdict, compare_periods, daily_points,
    daily_points_of, date_span, funnel_of, rollup, summarize, time_series, uncertainty_until,
};
use crate::palette::assign_colors;
use crate::report::{Annotations, Cell, Report, ReportColumn, RowRef};
use crate::stats::{Bootstrap, Interval};

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
            channels: distinct_values(ds, &Field::Channel.name()),
            campaigns: distinct_values(ds, &Field::Campaign.name()),
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
    /// (x, y) points; x is days since 1970-01-01 for time series.
    pub points: Vec<[f64; 2]>,
}

/// The computed dashboard.
#[derive(Clone, Debug)]
pub struct DashboardData {
    pub view: View,
    /// One row per group (KPI table, ROI bars, retention).
    pub by_group: Summary,
    /// One row of overall totals (totals row, overall ROI line).
    pub totals: Summary,
    /// Groups in display order (the order of `by_group`) with their colours.
    pub groups: Vec<(String, [u8; 3])>,
    pub funnel: Vec<FunnelRow>,
    /// Retention curve per group: x = day N, y = retention.
    pub retention: Vec<Series>,
    /// The trend metric per group over time.
    pub trend: Vec<Series>,
    /// Daily (spend, revenue) per group.
    pub points: Vec<DailyPoint>,
    /// The same daily points split by group, in group order, each with its ROI.
    pub scatter: Vec<ScatterSeries>,
    /// The first and last day of the rows in view (`None` without dates).
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// Which groups (of `groups`) the charts show: all of them, or the [`CHART_GROUPS`] with the
    /// most spend when there are more. The table shows every group.
    pub charted: Vec<bool>,
    /// Intervals and baseline comparisons of `by_group`'s rows, when switched on.
    pub uncertainty: Option<Uncertainty>,
    /// The other period's values for `by_group`'s rows, when switched on.
    pub periods: Option<PeriodComparison>,
}

/// One group's daily points, for the scatter chart and its hover labels.
#[derive(Clone, Debug, PartialEq)]
pub struct ScatterSeries {
    pub name: String,
    pub color: [u8; 3],
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

    /// Said under each chart when it leaves groups out: how many it shows of how many.
    pub fn charted_note(&self) -> Option<String> {
        let shown = self.charted.iter().filter(|c| **c).count();
        let key = self.view.group_by.name();
        (shown < self.charted.len()).then(|| {
            format!(
                "The {shown} {key}s with the most spend of {}; the table lists all. Filter \
                 {key}s to chart others.",
                self.charted.len()
            )
        })
    }

    /// The statistics switched on in the view, for the KPI table and its exports.
    pub fn annotations(&self) -> Annotations<'_> {
        let stats = &self.view.stats;
        Annotations {
            intervals: self.uncertainty.as_ref().filter(|_| stats.intervals),
            versus: self.uncertainty.as_ref().filter(|_| stats.significance),
            periods: self.periods.as_ref(),
        }
    }

    /// The interval of `metric` for group row `i`, when intervals are on.
    pub fn interval(&self, metric: Metric, i: usize) -> Option<Interval> {
        self.annotations().intervals?.interval(metric, i)
    }

    /// The verdict against the baseline of group row `i`, when comparisons are on.
    pub fn verdict(&self, metric: Metric, i: usize) -> Option<Verdict> {
        self.annotations().versus?.verdict(metric, i)
    }

    /// The baseline's row, when comparisons are on.
    pub fn baseline(&self) -> Option<usize> {
        self.annotations().versus?.baseline
    }

    /// The row of a group by name.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.groups.iter().position(|(g, _)| g == name)
    }

    /// The KPI table as a report: one row per group in the table's order, then a "Total" row
    /// (the core's totals: ratios of sums); each metric followed by the statistics switched
    /// on (`roi_lo`, `roi_hi`, `roi_vs_baseline`, `roi_p`, `roi_prev`, …).
    pub fn kpi_report(&self, sort: TableSort) -> Report {
        let annotations = self.annotations();
        let mut columns = vec![ReportColumn::Key(self.view.group_by)];
        columns.extend(annotations.columns(&self.by_group.metrics));
        let values: std::collections::BTreeMap<Metric, Vec<Option<f64>>> = self
            .by_group
            .metrics
            .iter()
            .map(|m| (*m, self.by_group.values(*m)))
            .collect();
        let mut rows: Vec<Vec<Cell>> = self
            .table_order(sort)
            .into_iter()
            .map(|i| {
                std::iter::once(Cell::Text(Some(self.groups[i].0.clone())))
                    .chain(annotations.cells(&columns, RowRef::Group(i), |m| {
                        values.get(&m).and_then(|v| v[i])
                    }))
                    .collect()
            })
            .collect();
        rows.push(
            std::iter::once(Cell::Text(Some("Total".to_owned())))
                .chain(annotations.cells(&columns, RowRef::Total, |m| {
                    self.totals.values(m).first().copied().flatten()
                }))
                .collect(),
        );
        Report { columns, rows }
    }

    /// One line saying what the charts show, for an exported image's subtitle:
    /// `2024-09-22 – 2024-10-21 · all 6 channels · by channel, daily`.
    pub fn describe(&self, hidden: &std::collections::BTreeSet<String>) -> String {
        let dates = match self.span {
            Some((a, b)) if a == b => a.to_string(),
            Some((a, b)) => format!("{a} – {b}"),
            None => "all dates".to_owned(),
        };
        let key = self.view.group_by;
        let filters = &self.view.filters;
        let none = Vec::new();
        // The filter on the grouping key itself, and the name filters that narrow the rows.
        let (own_filter, others) = match key {
            GroupKey::Channel => (&filters.channels, vec![("campaign", &filters.campaigns)]),
            GroupKey::Campaign => (&filters.campaigns, vec![("channel", &filters.channels)]),
            _ => (
                &none,
                vec![
                    ("channel", &filters.channels),
                    ("campaign", &filters.campaigns),
                ],
            ),
        };
        let plural = |word: &str, n: usize| {
            if n == 1 {
                word.to_owned()
            } else {
                format!("{word}s")
            }
        };
        let shown: Vec<&str> = self
            .groups
            .iter()
            .map(|(g, _)| g.as_str())
            .filter(|g| !hidden.contains(*g))
            .collect();
        let all = self.groups.len();
        let groups = if shown.len() == all && own_filter.is_empty() {
            format!("all {all} {}", plural(key.name(), all))
        } else if shown.len() <= 6 {
            format!("{}: {}", plural(key.name(), shown.len()), shown.join(", "))
        } else {
            format!("{} of {all} {}", shown.len(), plural(key.name(), all))
        };
        let mut parts = vec![dates, groups];
        for (word, names) in others {
            if !names.is_empty() {
                parts.push(list_filter(word, names));
            }
        }
        let granularity = match self.view.granularity {
            Granularity::Day => "daily",
            Granularity::Week => "weekly",
            Granularity::Month => "monthly",
        };
        parts.push(format!("by {}, {granularity}", key.name()));
        // What the whiskers, markers and Δ columns mean, so a slide explains itself.
        let notes = self.annotations();
        if notes.intervals.is_some() {
            parts.push("whiskers: 95 % intervals".to_owned());
        }
        if let Some(name) = notes.versus.and_then(Uncertainty::baseline_name) {
            parts.push(format!(
                "▲▼ differs from {name} (5 %, Holm), ≈ not distinguishable"
            ));
        }
        if let Some(p) = notes.periods {
            parts.push(format!("Δ vs {} – {}", p.previous.0, p.previous.1));
        }
        parts.join(" · ")
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
        for s in self.retention.iter_mut().chain(self.trend.iter_mut()) {
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

/// Computes every chart's data for `view`.
pub fn compute(ds: &Dataset, view: &View) -> Result<DashboardData, MetricsError> {
    let mut data = compute_charts(ds, view)?;
    add_statistics(ds, &mut data)?;
    Ok(data)
}

/// Does the view ask for statistics (intervals, baseline comparisons or another period)?
pub fn wants_statistics(view: &View) -> bool {
    let stats = &view.stats;
    stats.intervals || stats.significance || stats.compare.is_some()
}

/// Everything of [`compute`] but the statistics: what the charts need, quickly. The app shows
/// this first and computes the statistics after it ([`add_statistics`]).
pub fn compute_charts(ds: &Dataset, view: &View) -> Result<DashboardData, MetricsError> {
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
    let palette = assign_colors(&everyone);
    let colors: Vec<[u8; 3]> = names
        .iter()
        .map(|n| {
            everyone
                .iter()
                .position(|e| e == n)
                .map_or_else(|| crate::palette::color_of(n), |i| palette[i])
        })
        .collect();
    let groups: Vec<(String, [u8; 3])> = names.iter().cloned().zip(colors).collect();
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
    let color_of = |name: &str| {
        groups
            .iter()
            .find(|(g, _)| g == name)
            .map_or([128, 128, 128], |(_, c)| *c)
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
                    color: color_of(name),
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

    let mut trend = Vec::new();
    let mut daily: Option<Summary> = None;
    if ds.has(Field::Date) {
        let ts = match series_of_all {
            Some(ts) => ts,
            None => time_series(ds, filters, key, view.granularity)?,
        };
        if view.granularity == Granularity::Day {
            daily = Some(ts.clone());
        }
        let labels = ts.key_labels(key);
        let dates = ts.key_dates(GroupKey::Period(view.granularity));
        let values = ts.values(view.trend_metric);
        // One pass over the rows, not one per group: hundreds of campaigns × a year of days.
        let mut points: Vec<Vec<[f64; 2]>> = vec![Vec::new(); names.len()];
        for i in 0..ts.height() {
            if let (Some(&g), Some(date), Some(v)) =
                (slot.get(labels[i].as_str()), dates[i], values[i])
            {
                let day = crate::data::clean::days_since_epoch(date);
                points[g].push([f64::from(day), v]);
            }
        }
        for (name, points) in names.iter().zip(points) {
            trend.push(Series {
                name: name.clone(),
                color: color_of(name),
                points,
            });
        }
        trend = keep_charted(trend, &charted);
    }

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
        .zip(scatter_points)
        .map(|((name, color), points)| ScatterSeries {
            name: name.clone(),
            color: *color,
            points,
        })
        .collect();
    let scatter = keep_charted(scatter, &charted);
    Ok(DashboardData {
        uncertainty: None,
        periods: None,
        scatter,
        view: view.clone(),
        funnel: funnel_of(&by_group, key),
        charted,
        by_group,
        totals,
        groups,
        retention,
        trend,
        points,
        span: date_span(ds, &view.filters)?,
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

/// The statistics the view asks for, added to charts computed by [`compute_charts`] for the
/// same view. The slow part: a bootstrap per group.
pub fn add_statistics(ds: &Dataset, data: &mut DashboardData) -> Result<(), MetricsError> {
    add_statistics_until(ds, data, &|| false)
}

/// [`add_statistics`], giving up with [`MetricsError::Stopped`] once `stop` says so.
pub fn add_statistics_until(
    ds: &Dataset,
    data: &mut DashboardData,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<(), MetricsError> {
    let view = &data.view;
    let stats = &view.stats;
    data.uncertainty = if stats.intervals || stats.significance {
        Some(uncertainty_until(
            ds,
            &view.filters,
            view.group_by,
            &data.by_group,
            &data.totals,
            stats.baseline.as_deref(),
            Bootstrap::default(),
            stop,
        )?)
    } else {
        None
    };
    data.periods = match &stats.compare {
        Some(c) => compare_periods(ds, &view.filters, view.group_by, &data.by_group, c)?,
        None => None,
    };
    Ok(())
}

/// `campaign: A, B` or `campaigns: 5 selected`.
fn list_filter(word: &str, names: &[String]) -> String {
    let word = if names.len() == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    };
    if names.len() <= 3 {
        format!("{word}: {}", names.join(", "))
    } else {
        format!("{word}: {} selected", names.len())
    }
}

/// Every distinct value of a grouping key in the whole (unfiltered) dataset.
fn all_names(ds: &Dataset, key: GroupKey) -> Vec<String> {
    match key {
        GroupKey::Channel => distinct_values(ds, &Field::Channel.name()),
        GroupKey::Campaign => distinct_values(ds, &Field::Campaign.name()),
        GroupKey::Source => distinct_values(ds, crate::data::SOURCE_COLUMN),
        GroupKey::Period(_) => Vec::new(),
    }
}

/// The distinct non-null values of a text column, sorted; empty if the column is absent.
fn distinct_values(ds: &Dataset, column: &str) -> Vec<String> {
    let Ok(col) = ds.frame.column(column) else {
        return Vec::new();
    };
    let Ok(unique) = col.unique() else {
        return Vec::new();
    };
    let mut values: Vec<String> = unique
        .str()
        .map(|ca| ca.iter().flatten().map(str::to_owned).collect())
        .unwrap_or_default();
    values.sort();
    values
}
