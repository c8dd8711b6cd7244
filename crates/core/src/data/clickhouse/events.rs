//! An event table in ClickHouse as the Cohorts view's log. What travels is the cohort matrix
//! ([`CohortMatrix`]), never the events: ClickHouse finds each user's start (their first
//! event, or first start event) and first-touch channel, the day offsets on which they
//! returned and their amounts by day offset, then sums per channel × start day: users, returns
//! per day offset, users by their last return, returns per bracket, amount per day offset.
//! The rows, maturity and averages are then read from the matrix by the same code as a file's
//! ([`crate::cohorts::rows_of`]).
//!
//! The same rules as a file: user, event and channel cells are trimmed and a blank user's
//! events skipped; a time is a `DateTime` (an instant), a `Date` (midnight in the log's time
//! zone), epoch seconds or milliseconds (13 digits and more), or text read as a file's time
//! cell (with its own offset, else in the log's time zone); a blank event or channel is none.
//! A day is a calendar day in the log's time zone, or a 24-hour window from the start. Events
//! with an amount that are exact duplicates (same user, time, event and amount) count once,
//! like a file's duplicates; ties in time are broken by the event name, then as the server
//! meets them.

use std::path::{Path, PathBuf};

use chrono::FixedOffset;

use super::sql::{Kind, kind_of, quote_identifier, quote_string, unescape_tsv};
use super::{ClickHouseError, PushedDown, TableUrl, describe, run_aggregate};
use crate::cohorts::{CohortMatrix, CohortSettings, CohortSums, Mode, NO_CHANNEL, Windows};
use crate::data::error::LoadError;
use crate::data::events::{Columns, EventMapping, local_day};
use crate::data::schema::Field;

/// The most channels or event names a table may have: more, and the column is an id.
const MAX_NAMES: usize = 10_000;

/// An event table in ClickHouse, mapped, with what the Cohorts view shows of it beside the
/// cohorts (read when it is opened: Reload reads them again).
#[derive(Clone, Debug)]
pub struct RemoteEvents {
    pub url: TableUrl,
    /// Seconds east of UTC of the log's calendar.
    offset: i64,
    /// SQL of each event's user, time (seconds since 1970), event ('' for none), amount and
    /// channel ('' for none), in that order.
    select: [String; 5],
    /// Events with a user.
    pub events: u64,
    first_at: Option<i64>,
    last_at: Option<i64>,
    /// The distinct channels as written (not the `(none)` of users without one).
    pub channels: Vec<String>,
    pub event_names: Vec<String>,
}

/// `replaceRegexpAll(…)` trimming white space at both ends (18.16 has no `trimBoth`).
fn trimmed(text: &str) -> String {
    format!(
        "replaceRegexpAll({text}, {}, '')",
        quote_string(r"^\s+|\s+$")
    )
}

/// Opens the event table at `url` with the columns `mapping` chooses (else those its column
/// names say, as a file's headers), on the calendar of `tz`.
pub fn open_events(
    url: &TableUrl,
    tz: FixedOffset,
    mapping: &EventMapping,
) -> Result<RemoteEvents, LoadError> {
    let connection = super::client::Connection::new(url);
    let described = describe(&connection).map_err(LoadError::ClickHouse)?;
    let headers: Vec<String> = described.iter().map(|(name, _)| name.clone()).collect();
    let path = PathBuf::from(url.to_string());
    let columns = Columns::new(&path, tz, &headers, mapping)?;
    let offset = i64::from(tz.local_minus_utc());
    let column = |i: usize| (quote_identifier(&headers[i]), kind_of(&described[i].1));
    let text = |i: Option<usize>| match i.map(column) {
        None => "''".to_owned(),
        Some((c, Kind::Text)) => trimmed(&format!("ifNull({c}, '')")),
        Some((c, _)) => trimmed(&format!("ifNull(toString({c}), '')")),
    };
    let user = text(Some(columns.user));
    let at = time_sql(column(columns.time), offset);
    let amount = match columns.amount.map(|i| (i, column(i))) {
        None => "toFloat64(0)".to_owned(),
        Some((_, (c, Kind::Number))) => format!("ifNull(toFloat64({c}), 0)"),
        Some((i, (_, _))) => {
            return Err(LoadError::ClickHouse(ClickHouseError::NotNumeric {
                url: url.to_string(),
                column: headers[i].clone(),
                field: Field::Revenue,
                column_type: described[i].1.clone(),
            }));
        }
    };
    let mut events = RemoteEvents {
        url: url.clone(),
        offset,
        select: [user, at, text(columns.event), amount, text(columns.channel)],
        events: 0,
        first_at: None,
        last_at: None,
        channels: Vec::new(),
        event_names: Vec::new(),
    };
    events.read_facts(&headers[columns.time])?;
    events.channels = events.distinct("roi_c", &headers, columns.channel)?;
    events.event_names = events.distinct("roi_e", &headers, columns.event)?;
    Ok(events)
}

/// SQL of an event's time in seconds since 1970 from a column of that kind.
fn time_sql((column, kind): (String, Kind), offset: i64) -> String {
    match kind {
        Kind::DateTime => format!("toInt64(toUnixTimestamp({column}))"),
        Kind::Date => format!("toInt64(toUInt16({column})) * 86400 - {offset}"),
        Kind::Number => format!(
            "if(toInt64({column}) >= 1000000000000, intDiv(toInt64({column}), 1000), \
             toInt64({column}))"
        ),
        Kind::Text | Kind::Other => {
            let s = trimmed(&format!("ifNull(toString({column}), '')"));
            let parsed =
                format!("toInt64(toUnixTimestamp(parseDateTimeBestEffortOrNull({s}, 'UTC')))");
            format!(
                "multiIf(match({s}, '^[0-9]{{13,}}$'), intDiv(toInt64OrZero({s}), 1000), \
                 match({s}, '^[0-9]{{9,12}}$'), toInt64OrZero({s}), \
                 match({s}, '([Zz]|[+-][0-9][0-9]:?[0-9][0-9])$'), {parsed}, \
                 {parsed} - {offset})"
            )
        }
    }
}

impl RemoteEvents {
    /// The table's events with a user, as `roi_u, roi_at, roi_e, roi_a, roi_c`, with `extra`
    /// (`, expression AS name`) selected too. `timed`: only the events whose time could be
    /// read, the time never null (a text time read as null would make every expression on it
    /// nullable).
    fn events_sql(&self, timed: bool, extra: &str) -> String {
        let [u, at, e, a, c] = &self.select;
        let (at, only_timed) = if timed {
            (
                format!("assumeNotNull({at})"),
                format!(" AND isNotNull({at})"),
            )
        } else {
            (at.clone(), String::new())
        };
        format!(
            "SELECT {u} AS roi_u, {at} AS roi_at, {e} AS roi_e, {a} AS roi_a, {c} AS roi_c{extra} \
             FROM {} WHERE roi_u != ''{only_timed}",
            self.url.sql_table()
        )
    }

    fn path(&self) -> PathBuf {
        PathBuf::from(self.url.to_string())
    }

    fn broken(&self, message: crate::i18n::Text) -> LoadError {
        LoadError::ClickHouse(ClickHouseError::Broken {
            url: self.url.to_string(),
            server: self.url.server(),
            message,
        })
    }

    /// How many events, the first and last, and whether every time could be read.
    fn read_facts(&mut self, time_header: &str) -> Result<(), LoadError> {
        let raw = format!(", toString({}) AS roi_t", quote_identifier(time_header));
        let sql = format!(
            "SELECT count(), min(roi_at), max(roi_at), countIf(isNull(roi_at)), \
             anyIf(roi_t, isNull(roi_at)) FROM ({}) FORMAT TabSeparated",
            self.events_sql(false, &raw)
        );
        let answer = run_aggregate(&self.url, &sql).map_err(LoadError::ClickHouse)?;
        let line = answer.body.lines().next().unwrap_or("");
        let fields: Vec<&str> = line.split('\t').collect();
        let [count, first, last, unread, example] = fields[..] else {
            return Err(self.broken(crate::text!("ch-broken-facts", line = line)));
        };
        self.events = count.parse().unwrap_or(0);
        self.first_at = first.parse().ok().filter(|_| self.events > 0);
        self.last_at = last.parse().ok().filter(|_| self.events > 0);
        let unread: u64 = unread.parse().unwrap_or(0);
        if unread > 0 {
            return Err(LoadError::Malformed {
                path: self.path(),
                message: crate::text!(
                    "ch-events-not-times",
                    column = time_header,
                    count = unread.to_string(),
                    example = unescape_tsv(example).unwrap_or_default()
                ),
            });
        }
        Ok(())
    }

    /// The distinct non-blank values of `alias` (`roi_c`, `roi_e`), in name order.
    fn distinct(
        &self,
        alias: &str,
        headers: &[String],
        column: Option<usize>,
    ) -> Result<Vec<String>, LoadError> {
        let Some(column) = column else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT DISTINCT {alias} FROM ({}) WHERE {alias} != '' LIMIT {} FORMAT TabSeparated",
            self.events_sql(false, ""),
            MAX_NAMES + 1
        );
        let answer = run_aggregate(&self.url, &sql).map_err(LoadError::ClickHouse)?;
        let mut names: Vec<String> = answer.body.lines().filter_map(unescape_tsv).collect();
        if names.len() > MAX_NAMES {
            return Err(LoadError::Malformed {
                path: self.path(),
                message: crate::text!(
                    "ch-events-too-many-names",
                    column = &headers[column],
                    limit = MAX_NAMES.to_string()
                ),
            });
        }
        names.sort();
        Ok(names)
    }

    /// The first and last local day of the log.
    pub fn day_span(&self) -> Option<(i32, i32)> {
        let tz = FixedOffset::east_opt(i32::try_from(self.offset).ok()?)?;
        Some((local_day(self.first_at?, tz), local_day(self.last_at?, tz)))
    }

    /// The cohort matrix of `settings`, computed in ClickHouse. `None` for an empty table.
    pub fn matrix(
        &self,
        settings: &CohortSettings,
    ) -> Result<Option<(CohortMatrix, PushedDown)>, LoadError> {
        if settings.user_channels.is_some() {
            return Err(LoadError::Malformed {
                path: self.path(),
                message: crate::text!("ch-events-user-channels"),
            });
        }
        let (Some((_, last_day)), Some(last_at)) = (self.day_span(), self.last_at) else {
            return Ok(None);
        };
        let sql = matrix_sql(&self.events_sql(true, ""), self.offset, settings);
        let answer = run_aggregate(&self.url, &sql).map_err(LoadError::ClickHouse)?;
        let mut cells = Vec::new();
        for (i, line) in answer.body.lines().enumerate() {
            let cell = parse_cell(line, settings).ok_or_else(|| {
                self.broken(crate::text!(
                    "ch-broken-cohort-row",
                    row = (i + 1).to_string(),
                    line = line
                ))
            })?;
            cells.push(cell);
        }
        let pushed = PushedDown {
            table_rows: self.events,
            groups: cells.len(),
            received_bytes: answer.bytes,
        };
        Ok(Some((
            CohortMatrix {
                cells,
                last_day,
                last_at,
            },
            pushed,
        )))
    }
}

/// The matrix query over `events` (as [`RemoteEvents::events_sql`] selects them, timed).
fn matrix_sql(events: &str, offset: i64, settings: &CohortSettings) -> String {
    let is = |name: &Option<String>| {
        name.as_deref()
            .map(|n| format!("roi_e = {}", quote_string(n)))
    };
    let (start, returns) = (is(&settings.start), is(&settings.returns));
    // What a return is keyed by: its local day, or its time for 24-hour windows.
    let key = match settings.windows {
        Windows::Calendar => format!("intDiv(roi_at + {offset}, 86400)"),
        Windows::Rolling24h => "roi_at".to_owned(),
    };
    let (start_at, first_channel, having) = match &start {
        None => (
            "min(roi_at)".to_owned(),
            "argMin(roi_c, (roi_at, roi_e))".to_owned(),
            String::new(),
        ),
        Some(s) => (
            format!("minIf(roi_at, {s})"),
            format!("argMinIf(roi_c, (roi_at, roi_e), {s})"),
            format!(" HAVING countIf({s}) > 0"),
        ),
    };
    let returned = match &returns {
        None => format!("groupUniqArray({key})"),
        Some(r) => format!("groupUniqArrayIf({key}, {r})"),
    };
    let per_user = format!(
        "SELECT {start_at} AS roi_start_at, \
         toInt64(intDiv(roi_start_at + {offset}, 86400)) AS roi_start_day, \
         {first_channel} AS roi_first_c, {returned} AS roi_returns, \
         groupUniqArrayIf((roi_at, roi_e, roi_a), roi_a != 0) AS roi_paid \
         FROM ({events}) GROUP BY roi_u{having}"
    );
    let (offsets, paid_offsets) = match settings.windows {
        Windows::Calendar => (
            "arrayFilter(o -> o >= 0, arrayMap(k -> toInt64(k) - roi_start_day, roi_returns))"
                .to_owned(),
            format!(
                "arrayMap(p -> toInt64(intDiv(p.1 + {offset}, 86400)) - roi_start_day, roi_paid)"
            ),
        ),
        Windows::Rolling24h => (
            // Several returns in one window are one return that day.
            "arrayDistinct(arrayMap(k -> toInt64(intDiv(k - roi_start_at, 86400)), \
             arrayFilter(k -> k >= roi_start_at, roi_returns)))"
                .to_owned(),
            "arrayMap(p -> if(p.1 >= roi_start_at, toInt64(intDiv(p.1 - roi_start_at, 86400)), \
             toInt64(-1)), roi_paid)"
                .to_owned(),
        ),
    };
    let per_user_offsets = format!(
        "SELECT roi_first_c, roi_start_day, roi_start_at, {offsets} AS roi_offs, \
         arrayMap(p -> p.3, roi_paid) AS roi_amounts, {paid_offsets} AS roi_amount_offs \
         FROM ({per_user})"
    );
    let max_day = settings.days.iter().copied().max().unwrap_or(0);
    let in_days = format!("o >= 0 AND o <= {max_day}");
    let brackets: Vec<String> = crate::cohorts::bracket_ends(settings)
        .iter()
        .map(|(a, b)| format!("({a}, {b})"))
        .collect();
    let bracket_sums = if brackets.is_empty() {
        "emptyArrayUInt64()".to_owned()
    } else {
        format!(
            "sumForEach(arrayMap(b -> toUInt64(arrayExists(o -> o >= b.1 AND o <= b.2, \
             roi_offs)), [{}]))",
            brackets.join(", ")
        )
    };
    format!(
        "SELECT roi_first_c, roi_start_day, count(), max(roi_start_at), \
         sumMap(roi_offs, arrayMap(o -> toUInt64(1), roi_offs)), \
         sumMap(if(empty(roi_offs), emptyArrayInt64(), [arrayReduce('max', roi_offs)]), \
         if(empty(roi_offs), emptyArrayUInt64(), [toUInt64(1)])), \
         {bracket_sums}, \
         sumMap(arrayFilter(o -> {in_days}, roi_amount_offs), \
         arrayFilter((v, o) -> {in_days}, roi_amounts, roi_amount_offs)) \
         FROM ({per_user_offsets}) GROUP BY roi_first_c, roi_start_day \
         ORDER BY roi_first_c, roi_start_day FORMAT TabSeparated"
    )
}

/// `[1,2,3]` as numbers.
fn parse_array<T: std::str::FromStr>(text: &str) -> Option<Vec<T>> {
    let inner = text.trim().strip_prefix('[')?.strip_suffix(']')?;
    if inner.is_empty() {
        return Some(Vec::new());
    }
    inner.split(',').map(|v| v.trim().parse().ok()).collect()
}

/// `([keys],[values])`, as `sumMap` writes it.
fn parse_map<V: std::str::FromStr>(text: &str) -> Option<Vec<(i64, V)>> {
    let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
    let split = inner.find("],[")? + 1;
    let keys: Vec<i64> = parse_array(&inner[..split])?;
    let values: Vec<V> = parse_array(&inner[split + 1..])?;
    (keys.len() == values.len()).then(|| keys.into_iter().zip(values).collect())
}

/// One row of the matrix query's answer as a cell of the matrix.
fn parse_cell(line: &str, settings: &CohortSettings) -> Option<(String, i32, CohortSums)> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [
        channel,
        start_day,
        users,
        latest_at,
        on,
        last,
        brackets,
        amounts,
    ] = fields[..]
    else {
        return None;
    };
    let channel = unescape_tsv(channel)?;
    let group = if !settings.by_channel {
        "all".to_owned()
    } else if channel.is_empty() {
        NO_CHANNEL.to_owned()
    } else {
        channel
    };
    let on: Vec<(i64, u64)> = parse_map(on)?;
    let last: Vec<(i64, u64)> = parse_map(last)?;
    let count = |n: u16| -> usize {
        let n = i64::from(n);
        let found: u64 = match settings.mode {
            Mode::On => on.iter().filter(|(o, _)| *o == n).map(|(_, c)| c).sum(),
            Mode::OnOrAfter => last.iter().filter(|(o, _)| *o >= n).map(|(_, c)| c).sum(),
        };
        usize::try_from(found).unwrap_or(usize::MAX)
    };
    let mut sums = CohortSums::empty(settings);
    sums.users = users.parse().ok()?;
    sums.latest_start = start_day.parse().ok()?;
    sums.latest_start_at = latest_at.parse().ok()?;
    sums.back = settings.days.iter().map(|n| count(*n)).collect();
    let bracket_back: Vec<u64> = parse_array(brackets)?;
    if !bracket_back.is_empty() {
        sums.bracket_back = bracket_back
            .into_iter()
            .map(|b| usize::try_from(b).unwrap_or(usize::MAX))
            .collect();
    }
    for (offset, amount) in parse_map::<f64>(amounts)? {
        if let Some(slot) = usize::try_from(offset)
            .ok()
            .and_then(|o| sums.amount_by_day.get_mut(o))
        {
            *slot += amount;
        }
    }
    Some((group, sums.latest_start, sums))
}

/// The headers of an event table (its columns), for choosing its columns.
pub fn event_headers(url: &TableUrl) -> Result<Vec<String>, LoadError> {
    let described =
        describe(&super::client::Connection::new(url)).map_err(LoadError::ClickHouse)?;
    Ok(described.into_iter().map(|(name, _)| name).collect())
}

/// Is `path` a ClickHouse URL? Then its parsed form (or why it is not one).
pub fn url_of(path: &Path) -> Option<Result<TableUrl, LoadError>> {
    Some(TableUrl::parse(path.to_str()?)?.map_err(LoadError::ClickHouse))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sum_maps_and_arrays_are_read() {
        assert_eq!(parse_array::<u64>("[]"), Some(vec![]));
        assert_eq!(parse_array::<u64>("[3,4]"), Some(vec![3, 4]));
        assert_eq!(
            parse_map::<f64>("([0,1,7],[2850,360.5,1e3])"),
            Some(vec![(0, 2850.0), (1, 360.5), (7, 1000.0)])
        );
        assert_eq!(parse_map::<u64>("([],[])"), Some(vec![]));
        assert_eq!(parse_map::<u64>("([1],[])"), None);
    }

    #[test]
    fn a_cell_counts_returns_on_a_day_or_after_it() {
        let mut settings = CohortSettings {
            days: vec![0, 1, 7],
            brackets: vec![(7, 2)],
            ..CohortSettings::default()
        };
        let line = "Douyin\t19905\t165\t1719849577\t([0,1,7,30],[165,42,30,5])\t\
                    ([0,1,7,30],[100,31,29,5])\t[30]\t([0,1,7],[2850,360,120])";
        let (group, day, sums) = parse_cell(line, &settings).expect("a cell");
        assert_eq!((group.as_str(), day, sums.users), ("Douyin", 19905, 165));
        assert_eq!(sums.back, vec![165, 42, 30]);
        assert_eq!(sums.bracket_back, vec![30]);
        assert_eq!(sums.amount_by_day[..2], [2850.0, 360.0]);
        assert_eq!(sums.amount_by_day[7], 120.0);
        settings.mode = Mode::OnOrAfter;
        let (_, _, sums) = parse_cell(line, &settings).expect("a cell");
        // Users whose last return is on day n or later: 100 + 31 + 29 + 5 from day 0.
        assert_eq!(sums.back, vec![165, 65, 34]);
        settings.by_channel = false;
        let blank = line.replacen("Douyin", "", 1);
        assert_eq!(
            parse_cell(&blank, &settings).map(|c| c.0).as_deref(),
            Some("all")
        );
        settings.by_channel = true;
        assert_eq!(
            parse_cell(&blank, &settings).map(|c| c.0).as_deref(),
            Some(NO_CHANNEL)
        );
    }
}
