//! The metrics ROI Lens reports, with their names, labels and units.

use serde::{Deserialize, Serialize};

use crate::data::Field;

/// How a metric's value is read, for formatting and axis titles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricKind {
    /// Money in the export's currency (yuan for Chinese platforms).
    Money,
    /// A count of events or users.
    Count,
    /// A multiple, such as ROI 2.35 (revenue per unit of spend).
    Multiple,
    /// A fraction shown as a percentage (CTR 0.0123 is 1.23 %).
    Rate,
}

/// A reported quantity: a summed field or a ratio of sums.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Metric {
    /// The sum of a numeric field over the group.
    Sum(Field),
    /// revenue ÷ spend (what Chinese platforms call ROI; elsewhere ROAS).
    Roi,
    /// clicks ÷ impressions.
    Ctr,
    /// conversions ÷ clicks.
    Cvr,
    /// spend ÷ conversions.
    Cpa,
    /// spend ÷ clicks.
    Cpc,
    /// 1000 × spend ÷ impressions.
    Cpm,
    /// Σ retained_dN ÷ Σ new_users, over cohorts old enough to have a day-N figure.
    Retention(u16),
}

impl Metric {
    /// The derived metrics in output order (retention comes after, one per day present).
    pub const DERIVED: [Metric; 6] = [
        Metric::Roi,
        Metric::Ctr,
        Metric::Cvr,
        Metric::Cpa,
        Metric::Cpc,
        Metric::Cpm,
    ];

    /// Column / JSON key: `spend`, `roi`, `retention_d7`.
    pub fn name(self) -> String {
        match self {
            Metric::Sum(field) => field.name(),
            Metric::Roi => "roi".into(),
            Metric::Ctr => "ctr".into(),
            Metric::Cvr => "cvr".into(),
            Metric::Cpa => "cpa".into(),
            Metric::Cpc => "cpc".into(),
            Metric::Cpm => "cpm".into(),
            Metric::Retention(n) => format!("retention_d{n}"),
        }
    }

    /// A human label that says what the number is, in the language in force (the key stays
    /// [`Metric::name`]).
    pub fn label(self) -> String {
        match self {
            Metric::Sum(Field::Spend) => crate::tr!("metric-spend"),
            Metric::Sum(Field::Impressions) => crate::tr!("metric-impressions"),
            Metric::Sum(Field::Clicks) => crate::tr!("metric-clicks"),
            Metric::Sum(Field::Conversions) => crate::tr!("metric-conversions"),
            Metric::Sum(Field::Revenue) => crate::tr!("metric-revenue"),
            Metric::Sum(Field::NewUsers) => crate::tr!("metric-new-users"),
            Metric::Sum(Field::Retained(n)) => {
                crate::tr!("metric-retained", day = n.to_string())
            }
            Metric::Sum(other) => other.label(),
            Metric::Roi => crate::tr!("metric-roi"),
            Metric::Ctr => crate::tr!("metric-ctr"),
            Metric::Cvr => crate::tr!("metric-cvr"),
            Metric::Cpa => crate::tr!("metric-cpa"),
            Metric::Cpc => crate::tr!("metric-cpc"),
            Metric::Cpm => crate::tr!("metric-cpm"),
            Metric::Retention(n) => crate::tr!("metric-retention", day = n.to_string()),
        }
    }

    /// A short column header for people, in the language in force: `spend` / `花费` /
    /// `広告費`, `roi` / `ROI`, `retention_d7` / `第 7 天留存率`. In English it is the key
    /// itself ([`Metric::name`]), as the CLI's table has always shown it.
    pub fn header(self) -> String {
        match self {
            Metric::Sum(field) => field.label(),
            Metric::Roi => crate::tr!("metric-header-roi"),
            Metric::Ctr => crate::tr!("metric-header-ctr"),
            Metric::Cvr => crate::tr!("metric-header-cvr"),
            Metric::Cpa => crate::tr!("metric-header-cpa"),
            Metric::Cpc => crate::tr!("metric-header-cpc"),
            Metric::Cpm => crate::tr!("metric-header-cpm"),
            Metric::Retention(n) => crate::tr!("metric-header-retention", day = n.to_string()),
        }
    }

    pub fn kind(self) -> MetricKind {
        match self {
            Metric::Sum(Field::Spend | Field::Revenue)
            | Metric::Cpa
            | Metric::Cpc
            | Metric::Cpm => MetricKind::Money,
            Metric::Sum(_) => MetricKind::Count,
            Metric::Roi => MetricKind::Multiple,
            Metric::Ctr | Metric::Cvr | Metric::Retention(_) => MetricKind::Rate,
        }
    }

    /// The summed fields this metric is computed from.
    pub fn inputs(self) -> Vec<Field> {
        match self {
            Metric::Sum(field) => vec![field],
            Metric::Roi => vec![Field::Revenue, Field::Spend],
            Metric::Ctr => vec![Field::Clicks, Field::Impressions],
            Metric::Cvr => vec![Field::Conversions, Field::Clicks],
            Metric::Cpa => vec![Field::Spend, Field::Conversions],
            Metric::Cpc => vec![Field::Spend, Field::Clicks],
            Metric::Cpm => vec![Field::Spend, Field::Impressions],
            Metric::Retention(n) => vec![Field::Retained(n), Field::NewUsers],
        }
    }

    /// A derived ratio as (numerator field, denominator field, factor): CPM is
    /// (spend, impressions, 1000). `None` for sums and retention.
    pub fn ratio_parts(self) -> Option<(Field, Field, f64)> {
        match self {
            Metric::Roi => Some((Field::Revenue, Field::Spend, 1.0)),
            Metric::Ctr => Some((Field::Clicks, Field::Impressions, 1.0)),
            Metric::Cvr => Some((Field::Conversions, Field::Clicks, 1.0)),
            Metric::Cpa => Some((Field::Spend, Field::Conversions, 1.0)),
            Metric::Cpc => Some((Field::Spend, Field::Clicks, 1.0)),
            Metric::Cpm => Some((Field::Spend, Field::Impressions, 1000.0)),
            Metric::Sum(_) | Metric::Retention(_) => None,
        }
    }

    /// Parses a metric name as the CLI and the workspace write it.
    pub fn parse(name: &str) -> Option<Metric> {
        let lower = name.trim().to_ascii_lowercase();
        for m in Metric::DERIVED {
            if m.name() == lower {
                return Some(m);
            }
        }
        if let Some(n) = lower
            .strip_prefix("retention_d")
            .and_then(|n| n.parse().ok())
        {
            return Some(Metric::Retention(n));
        }
        lower
            .parse::<Field>()
            .ok()
            .filter(|f| f.is_numeric())
            .map(Metric::Sum)
    }
}
