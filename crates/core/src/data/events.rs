//! Event logs: one row per event (user, time, event, amount, first-touch channel), as a shop's
//! or app's own data exports them. Decoded like the campaign exports (the same encodings and
//! the one quote tokenizer), headers matched in English, Chinese and Japanese, times parsed in
//! every shape the issue lists (ISO with or without an offset, `2024/6/1 13:05`, epoch seconds
//! or milliseconds) and placed on the calendar of a chosen time zone.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};

use crate::data::error::LoadError;
use crate::data::schema::normalize_header;
use crate::data::tokenize::Tokenizer;

mod table;
pub(crate) use table::is_parquet;
pub(crate) use table::{Columns, FxMap};
pub use table::{EventTable, load_event_table, load_mapped_event_table};

/// One event, placed on the local calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub user: String,
    /// Seconds since 1970-01-01 UTC (naive times are taken as written in the time zone).
    pub at: i64,
    /// The local calendar day, days since 1970-01-01.
    pub day: i32,
    pub event: Option<String>,
    pub amount: f64,
    pub channel: Option<String>,
}

/// An event log: its events and where they came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventLog {
    pub events: Vec<Event>,
    /// Events dropped as duplicates (same user, time and event).
    pub duplicates: usize,
}

/// The columns of an event log, by the headers that name them.
const EVENT_HEADERS: [(&str, &[&str]); 5] = [
    (
        "user",
        &[
            "user_id",
            "user id",
            "uid",
            "openid",
            "unionid",
            "device_id",
            "device id",
            "user",
            "用户id",
            "用户",
            "设备id",
            "ユーザーid",
        ],
    ),
    (
        "time",
        &[
            "event_time",
            "event time",
            "timestamp",
            "ts",
            "time",
            "时间",
            "事件时间",
            "日時",
            "datetime",
        ],
    ),
    (
        "event",
        &[
            "event",
            "event_name",
            "event name",
            "事件",
            "事件名称",
            "イベント",
        ],
    ),
    (
        "amount",
        &[
            "revenue",
            "amount",
            "pay_amount",
            "pay amount",
            "金额",
            "付费金额",
            "gmv",
            "売上",
        ],
    ),
    (
        "channel",
        &[
            "channel",
            "utm_source",
            "utm source",
            "media_source",
            "media source",
            "渠道",
            "来源",
            "媒体",
        ],
    ),
];

/// What a column of an event log holds.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum EventColumn {
    User,
    Time,
    Event,
    Amount,
    Channel,
}

impl EventColumn {
    pub const ALL: [EventColumn; 5] = [
        EventColumn::User,
        EventColumn::Time,
        EventColumn::Event,
        EventColumn::Amount,
        EventColumn::Channel,
    ];

    /// `user`, `time`, `event`, `amount`, `channel`.
    pub fn name(self) -> &'static str {
        match self {
            EventColumn::User => "user",
            EventColumn::Time => "time",
            EventColumn::Event => "event",
            EventColumn::Amount => "amount",
            EventColumn::Channel => "channel",
        }
    }

    pub fn parse(name: &str) -> Option<EventColumn> {
        EventColumn::ALL.into_iter().find(|c| c.name() == name)
    }

    /// A log cannot do without it (the others may be absent).
    pub fn required(self) -> bool {
        matches!(self, EventColumn::User | EventColumn::Time)
    }
}

/// The analyst's choice of column, where the headers do not say (or say wrong): the header to
/// read each column from, or `None` for a column the log does not have. Columns not listed
/// are found by their headers' names.
pub type EventMapping = std::collections::BTreeMap<EventColumn, Option<String>>;

/// Which column holds `what`, by the names of the headers alone.
pub fn column_by_name(headers: &[String], what: EventColumn) -> Option<usize> {
    column_of(headers, what.name())
}

/// Which column holds `what` (`user`, `time`, …), by header.
fn column_of(headers: &[String], what: &str) -> Option<usize> {
    let (_, aliases) = EVENT_HEADERS.iter().find(|(w, _)| *w == what)?;
    headers.iter().position(|h| {
        let norm = normalize_header(h);
        aliases.contains(&norm.as_str()) || aliases.contains(&norm.replace(' ', "_").as_str())
    })
}

/// Which column holds `what` under `mapping`: the header it names (an error naming the
/// headers when the file has no such header), none when it says the log has none, else by
/// the headers' names.
pub fn mapped_column(
    path: &Path,
    headers: &[String],
    what: EventColumn,
    mapping: &EventMapping,
) -> Result<Option<usize>, LoadError> {
    match mapping.get(&what) {
        Some(Some(header)) => headers
            .iter()
            .position(|h| h == header)
            .map(Some)
            .ok_or_else(|| LoadError::Malformed {
                path: path.to_owned(),
                message: crate::text!(
                    "data-event-column-not-in-file",
                    column = what.name(),
                    header = header,
                    headers = headers.join(", ")
                ),
            }),
        Some(None) => Ok(None),
        None => Ok(column_of(headers, what.name())),
    }
}

/// Does a header row hold the user and time columns `mapping` names (or, where it names none,
/// that their names say)? With no mapping: does it look like an event log?
pub fn has_mapped_events(headers: &[String], mapping: &EventMapping) -> bool {
    [EventColumn::User, EventColumn::Time].into_iter().all(|c| {
        mapped_column(Path::new(""), headers, c, mapping).is_ok_and(|found| found.is_some())
    })
}

/// Seconds since 1970 UTC of a time cell in the time zone `tz`: ISO 8601 with or without an
/// offset (`2024-06-01T13:05:00+08:00`, `2024-06-01 13:05`), `2024/6/1 13:05`, a date alone,
/// or epoch seconds or milliseconds (told apart by their size). Naive times are taken as
/// written in `tz`.
pub fn parse_time(cell: &str, tz: FixedOffset) -> Option<i64> {
    let s = cell.trim();
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && s.len() >= 9 {
        let n: i64 = s.parse().ok()?;
        // Milliseconds from 13 digits on (seconds reach 13 digits only after year 2286).
        return Some(if s.len() >= 13 { n.div_euclid(1000) } else { n });
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp());
    }
    for format in [
        "%Y-%m-%d %H:%M:%S%:z",
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M:%S%z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(s, format) {
            return Some(t.timestamp());
        }
    }
    let naive = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
    .or_else(|| {
        ["%Y-%m-%d", "%Y/%m/%d"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
            .and_then(|d| d.and_hms_opt(0, 0, 0))
    })?;
    tz.from_local_datetime(&naive)
        .single()
        .map(|t| t.timestamp())
}

/// The local calendar day (days since 1970-01-01) of `at` in `tz`.
pub fn local_day(at: i64, tz: FixedOffset) -> i32 {
    let local = at + i64::from(tz.local_minus_utc());
    i32::try_from(local.div_euclid(86_400)).unwrap_or(i32::MAX)
}

/// Reads a text table (CSV or TSV in any supported encoding) and hands its trimmed header row
/// and its data records to `read`: the event log and the user→channel file decode alike.
fn read_table<T>(
    path: &Path,
    read: impl FnOnce(Vec<String>, Tokenizer<'_>) -> Result<T, LoadError>,
) -> Result<T, LoadError> {
    let bytes = crate::data::sniff::read_bytes(path, path)?;
    let (text, _) = crate::data::sniff::decode_text(path, &bytes)?;
    let separator = if text.lines().next().is_some_and(|l| l.contains('\t')) {
        b'\t'
    } else {
        b','
    };
    let mut records = Tokenizer::new(&text, separator, 0);
    let headers = records.next().map(|r| r.header()).unwrap_or_default();
    read(headers, records)
}

/// The user column of a table, or an error listing the headers it looked for and found.
fn user_column(
    path: &Path,
    headers: &[String],
    mapping: &EventMapping,
) -> Result<usize, LoadError> {
    mapped_column(path, headers, EventColumn::User, mapping)?.ok_or_else(|| LoadError::Malformed {
        path: path.to_owned(),
        message: crate::text!("data-no-user-column", headers = headers.join(", ")),
    })
}

/// Loads an event log (CSV or TSV in any of the supported encodings). Bad times and amounts
/// are errors naming the file, line, column and value; duplicate events (same user, time and
/// event) are counted once. For large logs, [`load_event_table`] holds the same events in a
/// quarter of the memory.
pub fn load_events(path: &Path, tz: FixedOffset) -> Result<EventLog, LoadError> {
    load_event_table(path, tz).map(|table| table.to_log())
}

/// Several event logs as one table, their columns chosen by `mapping`, each read straight
/// into columns. `duplicates_of` hears how many duplicates each file had; an event in two
/// files (overlapping exports) counts once too, and the table's `duplicates` counts both.
pub fn load_event_tables(
    paths: &[PathBuf],
    tz: FixedOffset,
    mapping: &EventMapping,
    mut duplicates_of: impl FnMut(&Path, usize),
) -> Result<EventTable, LoadError> {
    if let [one] = paths {
        let table = load_mapped_event_table(one, tz, mapping)?;
        duplicates_of(one, table.duplicates);
        return Ok(table);
    }
    table::merged_tables(paths, tz, mapping, &mut duplicates_of)
}

/// Where an analysis's events are: a table in memory (read from files), or a ClickHouse
/// table, which computes the cohort matrix itself and sends only that.
#[derive(Clone, Debug)]
pub enum EventSource {
    Table(EventTable),
    ClickHouse(crate::data::clickhouse::RemoteEvents),
}

impl EventSource {
    /// How many events.
    pub fn len(&self) -> usize {
        match self {
            EventSource::Table(t) => t.len(),
            EventSource::ClickHouse(r) => usize::try_from(r.events).unwrap_or(usize::MAX),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Events dropped as duplicates (a table read from files; ClickHouse drops exact
    /// duplicates of paying events without counting them).
    pub fn duplicates(&self) -> usize {
        match self {
            EventSource::Table(t) => t.duplicates,
            EventSource::ClickHouse(_) => 0,
        }
    }

    /// The first and last local day of the log.
    pub fn day_span(&self) -> Option<(i32, i32)> {
        match self {
            EventSource::Table(t) => t.day_span(),
            EventSource::ClickHouse(r) => r.day_span(),
        }
    }

    /// The distinct channel names as written.
    pub fn channels(&self) -> &[String] {
        match self {
            EventSource::Table(t) => t.channels(),
            EventSource::ClickHouse(r) => &r.channels,
        }
    }

    /// The distinct event names.
    pub fn event_names(&self) -> &[String] {
        match self {
            EventSource::Table(t) => t.event_names(),
            EventSource::ClickHouse(r) => &r.event_names,
        }
    }

    /// The cohort matrix of `settings` (`None`: no events): computed here for a table, in
    /// ClickHouse for a ClickHouse table.
    pub fn matrix(
        &self,
        settings: &crate::cohorts::CohortSettings,
    ) -> Result<Option<crate::cohorts::CohortMatrix>, LoadError> {
        match self {
            EventSource::Table(t) => Ok(crate::cohorts::matrix_of(t, settings)),
            EventSource::ClickHouse(r) => Ok(r.matrix(settings)?.map(|(matrix, _)| matrix)),
        }
    }

    /// The cohort table of `settings` (see [`crate::cohorts::cohort_table`]).
    pub fn cohort_table(
        &self,
        settings: &crate::cohorts::CohortSettings,
    ) -> Result<Vec<crate::cohorts::CohortRow>, LoadError> {
        Ok(self
            .matrix(settings)?
            .map_or_else(Vec::new, |m| crate::cohorts::rows_of(&m, settings)))
    }
}

/// The events of `paths`: event logs read into one table (see [`load_event_tables`]), or
/// one ClickHouse table (`clickhouse://…`), opened where it is.
pub fn open_event_source(
    paths: &[PathBuf],
    tz: FixedOffset,
    mapping: &EventMapping,
    duplicates_of: impl FnMut(&Path, usize),
) -> Result<EventSource, LoadError> {
    let mut urls = paths
        .iter()
        .filter_map(|p| crate::data::clickhouse::url_of(p).map(|url| (p, url)));
    match (urls.next(), paths.len()) {
        (None, _) => load_event_tables(paths, tz, mapping, duplicates_of).map(EventSource::Table),
        (Some((_, url)), 1) => {
            crate::data::clickhouse::open_events(&url?, tz, mapping).map(EventSource::ClickHouse)
        }
        (Some((path, _)), _) => Err(LoadError::Malformed {
            path: path.to_path_buf(),
            message: crate::text!("data-clickhouse-events-alone"),
        }),
    }
}

/// The header row of an event log, for choosing its columns: a text file's first record, a
/// Parquet file's schema, a workbook sheet's header (the sheet with the mapped user and time
/// columns, else the first row of two or more cells in the first sheet that has one).
pub fn event_log_headers(path: &Path, mapping: &EventMapping) -> Result<Vec<String>, LoadError> {
    if let Some(url) = crate::data::clickhouse::url_of(path) {
        return crate::data::clickhouse::event_headers(&url?);
    }
    if is_parquet(path) {
        return crate::data::read::parquet_file_headers(path);
    }
    if crate::data::workbook::is_workbook_name(&crate::data::workbook::split_sheet(path).0) {
        let open = |is_header: &dyn Fn(&[String]) -> bool| {
            crate::data::workbook::open_text_sheet(path, is_header)
        };
        let sheet = match open(&|cells| has_mapped_events(cells, mapping))? {
            Some(sheet) => Some(sheet),
            None => open(&|cells| cells.iter().filter(|c| !c.is_empty()).count() >= 2)?,
        };
        return Ok(sheet.map(|s| s.headers).unwrap_or_default());
    }
    crate::data::kind::text_headers(path).ok_or_else(|| LoadError::Empty {
        path: path.to_owned(),
    })
}

/// Loads a user→channel file (CSV or TSV: a user column and a channel column, named like an
/// event log's), which overrides first-touch attribution for the users it lists. Blank users
/// or channels are skipped (those users keep their first touch); the same user given two
/// different channels is an error naming the file, line, column and value, since either
/// choice would silently move the user's revenue.
pub fn load_user_channels(path: &Path) -> Result<HashMap<String, String>, LoadError> {
    read_table(path, |headers, records| {
        let user = user_column(path, &headers, &EventMapping::new())?;
        let channel = column_of(&headers, "channel").ok_or_else(|| LoadError::Malformed {
            path: path.to_owned(),
            message: crate::text!("data-no-channel-column", headers = headers.join(", ")),
        })?;
        let mut channels = HashMap::new();
        // Where each user's channel was given, to name both lines of a conflict.
        let mut given_on: HashMap<String, usize> = HashMap::new();
        for record in records {
            let cell = |i: usize| record.fields.get(i).map_or("", |s| s.trim());
            let (who, to) = (cell(user), cell(channel));
            if who.is_empty() || to.is_empty() {
                continue;
            }
            match channels.get(who) {
                Some(before) if before != to => {
                    return Err(LoadError::Malformed {
                        path: path.to_owned(),
                        message: crate::text!(
                            "data-second-channel",
                            line = record.line.to_string(),
                            column = &headers[channel],
                            value = to,
                            user = who,
                            before = before,
                            before_line = given_on.get(who).copied().unwrap_or(0).to_string(),
                        ),
                    });
                }
                Some(_) => {}
                None => {
                    channels.insert(who.to_owned(), to.to_owned());
                    given_on.insert(who.to_owned(), record.line);
                }
            }
        }
        Ok(channels)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz8() -> FixedOffset {
        FixedOffset::east_opt(8 * 3600).expect("an offset")
    }

    #[test]
    fn times_in_every_shape_land_on_the_local_day() {
        let day = |s: &str| parse_time(s, tz8()).map(|t| local_day(t, tz8()));
        let june1 = NaiveDate::from_ymd_opt(2024, 6, 1).expect("a date");
        let june1 = crate::data::clean::days_since_epoch(june1);
        for cell in [
            "2024-06-01T13:05:00+08:00",
            "2024-06-01 13:05",
            "2024/6/1 13:05",
            "2024-06-01",
            // 2024-05-31 16:30 UTC is 00:30 on 1 June in +08:00.
            "2024-05-31T16:30:00Z",
            "1717173000",
            "1717173000000",
        ] {
            assert_eq!(day(cell), Some(june1), "{cell}");
        }
        // 23:58 and 00:03 are two calendar days.
        assert_eq!(day("2024-06-01 23:58"), Some(june1));
        assert_eq!(day("2024-06-02 00:03"), Some(june1 + 1));
        assert_eq!(day("yesterday"), None);
        assert_eq!(day(""), None);
    }

    /// A user given two channels: the error names the file, both lines, the column and the
    /// values, and so does the same message in Japanese and Chinese.
    #[test]
    fn a_second_channel_is_named_in_every_language() {
        use crate::i18n::{Arg, Lang, message_in};
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("channels.csv");
        std::fs::write(&path, "uid,渠道\nu1,抖音\nu2,快手\nu1,快手\n").expect("write");
        let err = load_user_channels(&path)
            .expect_err("a conflict")
            .to_string();
        if crate::i18n::language() == Lang::En {
            assert_eq!(
                err,
                format!(
                    "{}: line 4, column \"渠道\": \"快手\" is a second channel for user \"u1\", \
                     given \"抖音\" on line 2",
                    path.display()
                )
            );
        }
        let args = |lang| {
            message_in(
                lang,
                "data-second-channel",
                &[
                    ("line", Arg::from("4")),
                    ("column", Arg::from("渠道")),
                    ("value", Arg::from("快手")),
                    ("user", Arg::from("u1")),
                    ("before", Arg::from("抖音")),
                    ("before_line", Arg::from("2")),
                ],
            )
        };
        assert_eq!(
            args(Lang::Ja),
            "4 行目、列「渠道」：「快手」はユーザー「u1」の 2 つ目のチャネルです（2 行目で「抖音」を指定済み）"
        );
        assert_eq!(
            args(Lang::Zh),
            "第 4 行，列“渠道”：“快手”是用户“u1”的第二个渠道，第 2 行已为该用户指定“抖音”"
        );
        // The column a mapping names, in the reader's words; the header as written.
        let missing = |lang, column: &str| {
            message_in(
                lang,
                "data-event-column-not-in-file",
                &[
                    ("column", Arg::from(column)),
                    ("header", Arg::from("member_no")),
                    ("headers", Arg::from("uid, ts")),
                ],
            )
        };
        assert_eq!(
            missing(Lang::Ja, "user"),
            "ユーザーの列に「member_no」が指定されていますが、このファイルにその列はありません。\
             見つかった見出し：uid, ts"
        );
        assert_eq!(
            missing(Lang::Zh, "time"),
            "时间列被设为“member_no”，但此文件没有这一列；文件中的列名：uid, ts"
        );
        assert_eq!(
            missing(Lang::En, "time"),
            "the time column was set to \"member_no\", which this file does not have; headers \
             found: uid, ts"
        );
    }
}
