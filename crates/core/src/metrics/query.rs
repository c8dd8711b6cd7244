//! The query is a value: grouping and filters in one comparable, serialisable struct, so
//! results are recomputed only when it changes and a workspace saves exactly it.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Time bucket for dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    #[default]
    Day,
    /// ISO week, starting on Monday; labelled by its Monday.
    Week,
    /// Calendar month; labelled by its first day.
    Month,
}

impl Granularity {
    /// `day`, `week` or `month`: as workspaces, the CLI and the UI name it.
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
        }
    }
}

/// One dimension to group rows by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupKey {
    Channel,
    Campaign,
    Source,
    /// The date at a granularity: output column `date`, `week` or `month`.
    Period(Granularity),
}

impl GroupKey {
    /// Output column name.
    pub fn name(self) -> &'static str {
        match self {
            GroupKey::Channel => "channel",
            GroupKey::Campaign => "campaign",
            GroupKey::Source => "source",
            GroupKey::Period(Granularity::Day) => "date",
            GroupKey::Period(Granularity::Week) => "week",
            GroupKey::Period(Granularity::Month) => "month",
        }
    }

    /// The grouping named for people, in the language in force (a table header, `by
    /// channel`). In English it is the column name itself.
    pub fn label(self) -> String {
        match self {
            GroupKey::Channel => crate::tr!("core-key-channel"),
            GroupKey::Campaign => crate::tr!("core-key-campaign"),
            GroupKey::Source => crate::tr!("core-key-source"),
            GroupKey::Period(Granularity::Day) => crate::tr!("core-key-date"),
            GroupKey::Period(Granularity::Week) => crate::tr!("core-key-week"),
            GroupKey::Period(Granularity::Month) => crate::tr!("core-key-month"),
        }
    }

    /// The groups of this key named for people, in the plural form for `count` (`channel`,
    /// `channels`, `渠道`), in the language in force.
    pub fn noun(self, count: usize) -> String {
        crate::tr!("core-group-noun", key = self.name(), count = count)
    }

    pub fn is_time(self) -> bool {
        matches!(self, GroupKey::Period(_))
    }
}

impl fmt::Display for GroupKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for GroupKey {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "channel" => GroupKey::Channel,
            "campaign" => GroupKey::Campaign,
            "source" | "file" => GroupKey::Source,
            "date" | "day" => GroupKey::Period(Granularity::Day),
            "week" => GroupKey::Period(Granularity::Week),
            "month" => GroupKey::Period(Granularity::Month),
            other => {
                return Err(crate::tr!("err-group-by", value = other));
            }
        })
    }
}

/// Which rows take part. Empty lists mean "all".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    /// First day included.
    pub from: Option<NaiveDate>,
    /// Last day included.
    pub to: Option<NaiveDate>,
    pub channels: Vec<String>,
    pub campaigns: Vec<String>,
}

/// Grouping plus filters: everything that decides a summary's numbers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Query {
    pub group_by: Vec<GroupKey>,
    pub filters: Filters,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            group_by: vec![GroupKey::Channel],
            filters: Filters::default(),
        }
    }
}
