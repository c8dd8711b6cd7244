//! The charts, their statistics and the presentation switches together: what a view draws,
//! the KPI table's model (the same rows, columns and annotations on screen, in CSV, TSV and
//! the clipboard) and the words under a picture's title. Pure: no drawing here.

use std::collections::{BTreeMap, BTreeSet};

use crate::budget::PlanData;
use crate::format;
use crate::metrics::{GroupKey, Metric, Uncertainty, Verdict};
use crate::report::{Annotations, Cell, Report, ReportColumn, RowRef};
use crate::stats::Interval;

use super::{DashboardData, Presentation, Series, Statistics, TableSort};

/// What one view shows: the charts, the statistics computed for them so far, the budget plan,
/// and how they are drawn.
#[derive(Clone, Copy, Debug)]
pub struct Shown<'a> {
    pub data: &'a DashboardData,
    /// `None` until computed (or when none were asked for).
    pub stats: Option<&'a Statistics>,
    /// The budget plan for the same rows, once computed.
    pub plan: Option<&'a PlanData>,
    /// The cohorts of the event logs loaded beside the exports, once computed.
    pub cohorts: Option<&'a super::CohortData>,
    pub presentation: Presentation,
}

/// Which statistics a picture draws, so its subtitle explains those and no others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marks {
    /// Interval whiskers (or ± columns).
    pub whiskers: bool,
    /// ▲ ▼ ≈ against the baseline.
    pub markers: bool,
    /// Δ columns against another period.
    pub deltas: bool,
}

impl Marks {
    pub const NONE: Marks = Marks {
        whiskers: false,
        markers: false,
        deltas: false,
    };
    pub const ALL: Marks = Marks {
        whiskers: true,
        markers: true,
        deltas: true,
    };

    /// Either's marks.
    pub fn or(self, other: Marks) -> Marks {
        Marks {
            whiskers: self.whiskers || other.whiskers,
            markers: self.markers || other.markers,
            deltas: self.deltas || other.deltas,
        }
    }
}

/// The KPI table: one row per group in the table's order and a "Total" row, each metric
/// followed by the statistics switched on. The screen, CSV, TSV and clipboard all come from it.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiTable {
    /// Columns and cells (`roi`, `roi_lo`, `roi_hi`, `roi_vs_baseline`, `roi_p`, `roi_prev`, …).
    pub report: Report,
    /// What each row is: a group (its index in [`DashboardData::groups`]) or the total.
    pub rows: Vec<RowRef>,
}

impl KpiTable {
    /// The cell of `column` in row `row`, if the table has that column.
    pub fn cell(&self, row: usize, column: ReportColumn) -> Option<&Cell> {
        let at = self.report.columns.iter().position(|c| *c == column)?;
        self.report.rows.get(row)?.get(at)
    }

    /// The number in that cell, if there is one.
    pub fn number(&self, row: usize, column: ReportColumn) -> Option<f64> {
        match self.cell(row, column)? {
            Cell::Number(v) => *v,
            _ => None,
        }
    }

    /// The metrics the table has a column for, in order.
    pub fn metrics(&self) -> Vec<Metric> {
        self.report
            .columns
            .iter()
            .filter_map(|c| match c {
                ReportColumn::Metric(m) => Some(*m),
                _ => None,
            })
            .collect()
    }
}

impl<'a> Shown<'a> {
    pub fn new(
        data: &'a DashboardData,
        stats: Option<&'a Statistics>,
        presentation: Presentation,
    ) -> Self {
        Shown {
            data,
            stats,
            plan: None,
            cohorts: None,
            presentation,
        }
    }

    /// With the cohorts of the event logs.
    pub fn with_cohorts(self, cohorts: Option<&'a super::CohortData>) -> Self {
        Shown { cohorts, ..self }
    }

    /// The same, with the budget plan for these rows (a plan of other rows is left out: it
    /// would be shown as if it were about these).
    pub fn with_plan(self, plan: Option<&'a PlanData>) -> Self {
        let query = &self.data.query;
        let plan = plan.filter(|p| p.curves.fits(&query.filters, query.group_by));
        Shown { plan, ..self }
    }

    /// The statistics computed and switched on, for the table, its exports and the charts.
    pub fn annotations(&self) -> Annotations<'a> {
        let uncertainty = self.stats.and_then(|s| s.uncertainty.as_ref());
        Annotations {
            intervals: uncertainty.filter(|_| self.presentation.intervals),
            versus: uncertainty.filter(|_| self.presentation.significance),
            periods: self
                .stats
                .and_then(|s| s.periods.as_ref())
                .filter(|_| self.presentation.periods),
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

    /// The trend's series for the chosen metric (none without dates).
    pub fn trend(&self) -> &'a [Series] {
        self.data
            .trend
            .get(&self.presentation.trend_metric)
            .map_or(&[], Vec::as_slice)
    }

    /// A value's interval and comparison in words, for a hover text.
    pub fn explain(&self, metric: Metric, row: RowRef) -> Option<String> {
        let mut lines = Vec::new();
        let annotations = self.annotations();
        let interval = match row {
            RowRef::Group(i) => self.interval(metric, i),
            RowRef::Total => annotations
                .intervals
                .and_then(|u| u.total_intervals.get(&metric).copied()),
        };
        if let (Some(interval), Some(u)) = (interval, annotations.intervals) {
            let days = match row {
                RowRef::Group(i) => u.days.get(i).copied().unwrap_or(0),
                RowRef::Total => self
                    .data
                    .span
                    .map_or(0, |(a, b)| (b - a).num_days().max(0) as usize + 1),
            };
            let mut text = format::interval_words(metric, interval, u.settings.min_days);
            if matches!(interval, Interval::Range { .. }) {
                text = crate::tr!(
                    "stat-interval-with-method",
                    interval = text,
                    method = format::interval_method(metric, days, u.settings.resamples)
                );
            }
            lines.push(text);
        }
        if let RowRef::Group(i) = row {
            let groups = self.data.query.group_by.noun(2);
            match (self.verdict(metric, i), self.baseline()) {
                (Some(v), Some(b)) => {
                    lines.push(format::verdict_words(&v, &self.data.groups[b].0, &groups));
                }
                (None, Some(b)) if b == i && metric.is_tested() => {
                    lines.push(crate::tr!("core-explain-baseline", groups = groups));
                }
                _ => {}
            }
        }
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    /// The KPI table with every metric of the data, in the order `sort` asks for.
    pub fn kpi_table(&self, sort: TableSort) -> KpiTable {
        self.kpi_table_of(&self.data.by_group.metrics, sort)
    }

    /// The KPI table with the columns of `metrics` that the data has (a dashboard card shows
    /// only the money), rows in the order `sort` asks for, then the "Total" row (the core's
    /// totals: ratios of sums).
    pub fn kpi_table_of(&self, metrics: &[Metric], sort: TableSort) -> KpiTable {
        let data = self.data;
        let metrics: Vec<Metric> = metrics
            .iter()
            .copied()
            .filter(|m| data.by_group.metrics.contains(m))
            .collect();
        let annotations = self.annotations();
        let mut columns = vec![ReportColumn::Key(data.query.group_by)];
        columns.extend(annotations.columns(&metrics));
        let values: BTreeMap<Metric, Vec<Option<f64>>> = metrics
            .iter()
            .map(|m| (*m, data.by_group.values(*m)))
            .collect();
        let mut rows: Vec<RowRef> = data
            .table_order(sort)
            .into_iter()
            .map(RowRef::Group)
            .collect();
        rows.push(RowRef::Total);
        let cells = rows
            .iter()
            .map(|row| {
                let name = match *row {
                    RowRef::Group(i) => data.groups[i].0.clone(),
                    // A value of the CSV and the copied table, beside their canonical headers
                    // (the table on screen says view-table-total).
                    RowRef::Total => "Total".to_owned(), // not shown: a CSV value
                };
                let value = |m: Metric| match *row {
                    RowRef::Group(i) => values.get(&m).and_then(|v| v[i]),
                    RowRef::Total => data.totals.values(m).first().copied().flatten(),
                };
                std::iter::once(Cell::Text(Some(name)))
                    .chain(annotations.cells(&columns, *row, value))
                    .collect()
            })
            .collect();
        KpiTable {
            report: Report {
                columns,
                rows: cells,
            },
            rows,
        }
    }

    /// One line saying what the charts show, for an exported image's subtitle:
    /// `2024-09-22 – 2024-10-21 · all 6 channels · by channel, daily`.
    pub fn describe(&self, hidden: &BTreeSet<String>, marks: Marks) -> String {
        let dates = match self.data.span {
            Some((a, b)) if a == b => crate::i18n::date(a),
            Some((a, b)) => crate::tr!(
                "core-describe-dates",
                from = crate::i18n::date(a),
                to = crate::i18n::date(b)
            ),
            None => crate::tr!("core-describe-all-dates"),
        };
        let key = self.data.query.group_by;
        let filters = &self.data.query.filters;
        let none = Vec::new();
        // The filter on the grouping key itself, and the name filters that narrow the rows.
        let (own_filter, others) = match key {
            GroupKey::Channel => (
                &filters.channels,
                vec![(GroupKey::Campaign, &filters.campaigns)],
            ),
            GroupKey::Campaign => (
                &filters.campaigns,
                vec![(GroupKey::Channel, &filters.channels)],
            ),
            _ => (
                &none,
                vec![
                    (GroupKey::Channel, &filters.channels),
                    (GroupKey::Campaign, &filters.campaigns),
                ],
            ),
        };
        let shown: Vec<&str> = self
            .data
            .groups
            .iter()
            .map(|(g, _)| g.as_str())
            .filter(|g| !hidden.contains(*g))
            .collect();
        let all = self.data.groups.len();
        let all_groups = crate::tr!(
            "core-group-count",
            key = key.name(),
            count = all,
            count_text = all.to_string()
        );
        let groups = if shown.len() == all && own_filter.is_empty() {
            crate::tr!("core-describe-all-groups", groups = all_groups)
        } else if shown.len() <= 6 {
            crate::tr!(
                "core-describe-list",
                noun = key.noun(shown.len()),
                names = shown.join(", ")
            )
        } else {
            crate::tr!(
                "core-describe-some-groups",
                shown = shown.len().to_string(),
                groups = all_groups
            )
        };
        let mut parts = vec![dates, groups];
        for (word, names) in others {
            if !names.is_empty() {
                parts.push(list_filter(word, names));
            }
        }
        parts.push(crate::tr!(
            "core-describe-by",
            key = key.label(),
            granularity = self.data.query.granularity.name()
        ));
        if let Some(currency) = &self.data.currency {
            parts.push(crate::tr!(
                "core-describe-currency",
                currency = currency.as_str()
            ));
        }
        // What the whiskers, markers and Δ columns mean, so a slide explains itself; only
        // those the picture draws.
        let notes = self.annotations();
        if notes.intervals.is_some() && marks.whiskers {
            parts.push(crate::tr!("core-describe-whiskers"));
        }
        if let Some(name) = notes
            .versus
            .and_then(Uncertainty::baseline_name)
            .filter(|_| marks.markers)
        {
            parts.push(crate::tr!("core-describe-markers", name = name));
        }
        if let Some(p) = notes.periods.filter(|_| marks.deltas) {
            parts.push(crate::tr!(
                "core-describe-deltas",
                from = crate::i18n::date(p.previous.0),
                to = crate::i18n::date(p.previous.1)
            ));
        }
        parts.join(" · ")
    }
}

/// `campaign: A, B` or `campaigns: 5 selected`.
fn list_filter(key: GroupKey, names: &[String]) -> String {
    let noun = key.noun(names.len());
    if names.len() <= 3 {
        crate::tr!("core-describe-list", noun = noun, names = names.join(", "))
    } else {
        crate::tr!(
            "core-describe-selected",
            noun = noun,
            count = names.len(),
            count_text = names.len().to_string()
        )
    }
}
