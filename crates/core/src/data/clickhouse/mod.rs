//! A ClickHouse table as a source: `clickhouse://[user@]host[:port]/database/table`
//! (`clickhouses://` for TLS), read over ClickHouse's HTTP interface.
//!
//! What travels is the table's sums per day × label, never its rows: the table's columns
//! (`DESCRIBE TABLE`) are mapped with the same aliases as a file's headers, then one query
//! groups by the mapped date, channel and campaign (and a currency or period-end column, as a
//! file's rows would carry them) and sums every mapped number in ClickHouse. The result is the
//! raw table the file readers yield, so the cleaning, the views, the statistics (which resample
//! days) and the planner (which needs daily sums) run the same code on it. Sums of sums are
//! sums, and every ratio is a ratio of sums, so the numbers are those of the rows.
//!
//! Safety: identifiers are back-quoted and escaped, literal values single-quoted and escaped
//! ([`quote_identifier`], [`quote_string`]); ClickHouse 18.16 (Debian's package) has no
//! query parameters over HTTP (`param_x=` is refused as an unknown setting), so no value is
//! sent that way. Every query runs with `readonly=1`, a time limit, a result-size limit and a
//! query id of its own, by which [`cancel`] kills it and [`progress`] follows it. The password comes from
//! `CLICKHOUSE_PASSWORD` or [`remember_password`] (the app's form) and is sent in a header,
//! never in the URL, a message or a workspace.
//!
//! The parts: `url` parses and prints the URLs, `sql` quotes names and values and reads
//! the answers' text, `client` talks HTTP to the server; this module maps a table and runs
//! its aggregate.

mod client;
mod events;
mod sql;
mod url;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use polars::prelude::*;

use crate::data::read::{RawTable, RowPlaces};
use crate::data::schema::Field;
use crate::data::types::{ColumnMapping, FileFormat};

use self::client::{Connection, MAX_RESULT_ROWS, PROGRESS, RUNNING, new_query_id, watch_progress};
pub use self::client::{
    PASSWORD_VARIABLE, Progress, TIMEOUT_VARIABLE, cancel, progress, remember_password,
};
pub use self::events::{RemoteEvents, open_events};
pub use self::events::{event_headers, url_of};
use self::sql::{Kind, kind_of, unescape_tsv};
pub use self::sql::{quote_identifier, quote_string};
pub use self::url::{DEFAULT_PORT, TableUrl};

/// Is this path a ClickHouse URL rather than a file?
pub fn is_url(path: &Path) -> bool {
    path.to_str().is_some_and(|p| TableUrl::parse(p).is_some())
}

/// Why a ClickHouse table could not be read. Every message names the server and the table,
/// and none holds the password.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickHouseError {
    BadUrl {
        url: String,
        /// What is wrong with it, written when shown.
        reason: crate::i18n::Text,
    },
    PasswordInUrl {
        url: String,
    },
    Unreachable {
        url: String,
        server: String,
        detail: String,
    },
    WrongPassword {
        url: String,
        server: String,
        user: String,
    },
    UnknownDatabase {
        url: String,
        server: String,
        database: String,
    },
    UnknownTable {
        url: String,
        server: String,
        table: String,
    },
    NotNumeric {
        url: String,
        column: String,
        field: Field,
        column_type: String,
    },
    Timeout {
        url: String,
        server: String,
        seconds: u64,
    },
    TooManyGroups {
        url: String,
        limit: usize,
    },
    Cancelled {
        url: String,
    },
    Server {
        url: String,
        server: String,
        message: String,
    },
    Broken {
        url: String,
        server: String,
        /// What was wrong with the answer (ours, written when shown; or the server's own).
        message: crate::i18n::Text,
    },
}

impl std::fmt::Display for ClickHouseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            ClickHouseError::BadUrl { url, reason } => {
                tr!("ch-bad-url", url = url, reason = reason)
            }
            ClickHouseError::PasswordInUrl { url } => {
                tr!(
                    "ch-password-in-url",
                    url = url,
                    variable = PASSWORD_VARIABLE
                )
            }
            ClickHouseError::Unreachable {
                url,
                server,
                detail,
            } => tr!(
                "ch-unreachable",
                url = url,
                server = server,
                detail = detail
            ),
            ClickHouseError::WrongPassword { url, server, user } => tr!(
                "ch-wrong-password",
                url = url,
                server = server,
                user = user,
                variable = PASSWORD_VARIABLE
            ),
            ClickHouseError::UnknownDatabase {
                url,
                server,
                database,
            } => tr!(
                "ch-unknown-database",
                url = url,
                server = server,
                database = database
            ),
            ClickHouseError::UnknownTable { url, server, table } => {
                tr!(
                    "ch-unknown-table",
                    url = url,
                    server = server,
                    table = table
                )
            }
            ClickHouseError::NotNumeric {
                url,
                column,
                field,
                column_type,
            } => tr!(
                "ch-not-numeric",
                url = url,
                column = column,
                field = field.to_string(),
                column_type = column_type
            ),
            ClickHouseError::Timeout {
                url,
                server,
                seconds,
            } => tr!(
                "ch-timeout",
                url = url,
                server = server,
                seconds = seconds.to_string()
            ),
            ClickHouseError::TooManyGroups { url, limit } => {
                tr!("ch-too-many-groups", url = url, limit = limit.to_string())
            }
            ClickHouseError::Cancelled { url } => tr!("ch-cancelled", url = url),
            ClickHouseError::Server {
                url,
                server,
                message,
            } => tr!("ch-server", url = url, server = server, message = message),
            ClickHouseError::Broken {
                url,
                server,
                message,
            } => tr!("ch-broken", url = url, server = server, message = message),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ClickHouseError {}

/// The table's columns and their ClickHouse types, by `DESCRIBE TABLE`.
fn describe(connection: &Connection<'_>) -> Result<Vec<(String, String)>, ClickHouseError> {
    let sql = format!(
        "DESCRIBE TABLE {} FORMAT TabSeparated",
        connection.url.sql_table()
    );
    let answer = connection.post(&sql, &[])?;
    Ok(answer
        .body
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let name = unescape_tsv(fields.next()?)?;
            let column_type = unescape_tsv(fields.next()?)?;
            Some((name, column_type))
        })
        .collect())
}

/// A table of a database, as the app's connection form lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedTable {
    pub name: String,
    /// Its columns are an event log's (a user and a time, no spend): it opens in Cohorts.
    pub event_log: bool,
}

/// The tables of a database, for the app's connection form (`SHOW TABLES`), each with
/// whether its columns (`system.columns`) make it an event log.
pub fn list_tables(url: &TableUrl) -> Result<Vec<ListedTable>, ClickHouseError> {
    let connection = Connection::new(url);
    let sql = format!(
        "SHOW TABLES FROM {} FORMAT TabSeparated",
        quote_identifier(&url.database)
    );
    let names: Vec<String> = connection
        .post(&sql, &[])?
        .body
        .lines()
        .filter_map(unescape_tsv)
        .collect();
    let sql = format!(
        "SELECT table, name FROM system.columns WHERE database = {} FORMAT TabSeparated",
        quote_string(&url.database)
    );
    let mut columns: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for line in connection.post(&sql, &[])?.body.lines() {
        if let Some((table, name)) = line.split_once('\t')
            && let (Some(table), Some(name)) = (unescape_tsv(table), unescape_tsv(name))
        {
            columns.entry(table).or_default().push(name);
        }
    }
    Ok(names
        .into_iter()
        .map(|name| ListedTable {
            event_log: columns
                .get(&name)
                .is_some_and(|headers| crate::data::kind::is_event_header(headers)),
            name,
        })
        .collect())
}

/// What reading a table in ClickHouse came to.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PushedDown {
    /// Rows of the table that were summed.
    pub table_rows: u64,
    /// Rows of day × label sums received.
    pub groups: usize,
    /// Bytes of the answer received.
    pub received_bytes: u64,
}

/// The headers of a table (its columns), for mapping.
pub(super) fn headers(url: &TableUrl) -> Result<Vec<(String, String)>, ClickHouseError> {
    describe(&Connection::new(url))
}

/// One column of the aggregate: the table's column and what is done to it.
struct Output {
    header: String,
    /// Grouped by (a label or the date) rather than summed.
    label: bool,
}

/// Runs the aggregate for `mapping` and returns it as the raw table a file reader would yield
/// (its columns named as the table's), with what was pushed down. `extra_labels` are other
/// columns a file's rows would carry (currency, period end).
pub(super) fn read_sums(
    url: &TableUrl,
    columns: &[(String, String)],
    mapping: &[ColumnMapping],
    extra_labels: &[String],
) -> Result<(RawTable, PushedDown), ClickHouseError> {
    let type_of = |header: &str| {
        columns
            .iter()
            .find(|(name, _)| name == header)
            .map_or("String", |(_, t)| t.as_str())
    };
    let mut outputs: Vec<Output> = Vec::new();
    let mut select: Vec<String> = Vec::new();
    for m in mapping {
        let column = quote_identifier(&m.header);
        let kind = kind_of(type_of(&m.header));
        let (expr, label) = match m.field {
            Field::Date => (
                match kind {
                    Kind::Date | Kind::Text => column,
                    Kind::DateTime => format!("toDate({column})"),
                    Kind::Number | Kind::Other => format!("toString({column})"),
                },
                true,
            ),
            Field::Channel | Field::Campaign => (
                match kind {
                    Kind::Text => column,
                    _ => format!("toString({column})"),
                },
                true,
            ),
            field => {
                if kind != Kind::Number {
                    return Err(ClickHouseError::NotNumeric {
                        url: url.to_string(),
                        column: m.header.clone(),
                        field,
                        column_type: type_of(&m.header).to_owned(),
                    });
                }
                (format!("toFloat64(sum({column}))"), false)
            }
        };
        select.push(expr);
        outputs.push(Output {
            header: m.header.clone(),
            label,
        });
    }
    for header in extra_labels {
        if outputs.iter().any(|o| o.header == *header) {
            continue;
        }
        let column = quote_identifier(header);
        select.push(match kind_of(type_of(header)) {
            Kind::DateTime => format!("toDate({column})"),
            Kind::Text | Kind::Date => column,
            _ => format!("toString({column})"),
        });
        outputs.push(Output {
            header: header.clone(),
            label: true,
        });
    }
    // Aliases of our own, so a sum never shadows the column it sums (`sum(x) AS x` is an
    // error in ClickHouse).
    let alias = |i: usize| format!("roi_lens_c{i}");
    let mut list: Vec<String> = select
        .iter()
        .enumerate()
        .map(|(i, e)| format!("{e} AS {}", alias(i)))
        .collect();
    list.push("count() AS roi_lens_rows".to_owned());
    let labels: Vec<String> = outputs
        .iter()
        .enumerate()
        .filter(|(_, o)| o.label)
        .map(|(i, _)| alias(i))
        .collect();
    let mut sql = format!("SELECT {} FROM {}", list.join(", "), url.sql_table());
    if !labels.is_empty() {
        sql.push_str(&format!(
            " GROUP BY {} ORDER BY {}",
            labels.join(", "),
            labels.join(", ")
        ));
    }
    sql.push_str(" FORMAT TabSeparated");
    let answer = run_aggregate(url, &sql)?;
    let broken = |message: crate::i18n::Text| ClickHouseError::Broken {
        url: url.to_string(),
        server: url.server(),
        message,
    };
    let width = outputs.len() + 1;
    let mut text: Vec<Vec<Option<String>>> = vec![Vec::new(); outputs.len()];
    let mut numbers: Vec<Vec<Option<f64>>> = vec![Vec::new(); outputs.len()];
    let mut table_rows: u64 = 0;
    let mut groups = 0usize;
    for (line_no, line) in answer.body.lines().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != width {
            return Err(broken(crate::text!(
                "ch-broken-row-width",
                row = (line_no + 1).to_string(),
                values = fields.len().to_string(),
                width = width.to_string()
            )));
        }
        for (i, output) in outputs.iter().enumerate() {
            let value = unescape_tsv(fields[i]);
            if output.label {
                text[i].push(value);
            } else {
                let number = match value {
                    None => None,
                    Some(v) => Some(v.parse::<f64>().map_err(|_| {
                        broken(crate::text!(
                            "ch-broken-not-number",
                            value = &v,
                            row = (line_no + 1).to_string()
                        ))
                    })?),
                };
                numbers[i].push(number);
            }
        }
        table_rows += fields[width - 1].parse::<u64>().unwrap_or(0);
        groups += 1;
    }
    let mut frame_columns = Vec::with_capacity(outputs.len());
    for (i, output) in outputs.iter().enumerate() {
        let name = PlSmallStr::from(output.header.as_str());
        frame_columns.push(if output.label {
            StringChunked::from_iter_options(name, text[i].iter().map(|v| v.as_deref()))
                .into_column()
        } else {
            Float64Chunked::from_iter_options(name, numbers[i].iter().copied()).into_column()
        });
    }
    let frame = DataFrame::new(groups, frame_columns)
        .map_err(|e| broken(crate::i18n::Text::fixed(e.to_string())))?;
    let raw = RawTable {
        format: FileFormat::ClickHouse,
        encoding: None,
        header_line: 0,
        headers: outputs.iter().map(|o| o.header.clone()).collect(),
        frame,
        rows_are: RowPlaces::Numbered,
        notes: Vec::new(),
    };
    let pushed = PushedDown {
        table_rows,
        groups,
        received_bytes: answer.bytes,
    };
    Ok((raw, pushed))
}

/// Runs an aggregate `sql` under a query id of its own: registered for [`cancel`], its
/// progress followed for [`progress`], its answer limited to [`MAX_RESULT_ROWS`] rows and
/// made whole before it is sent, so an error is an HTTP status rather than text after half
/// the rows (the answer is small by design).
fn run_aggregate(url: &TableUrl, sql: &str) -> Result<client::Answer, ClickHouseError> {
    let connection = Connection::new(url);
    let id = new_query_id();
    if let Ok(mut running) = RUNNING.lock() {
        running.push((url.clone(), id.clone()));
    }
    let settings = [
        ("query_id", id.clone()),
        ("max_result_rows", MAX_RESULT_ROWS.to_string()),
        ("result_overflow_mode", "throw".to_owned()),
        ("wait_end_of_query", "1".to_owned()),
    ];
    let finished = Arc::new(AtomicBool::new(false));
    watch_progress(url, &id, &finished);
    let answer = connection.post(sql, &settings);
    finished.store(true, Ordering::Relaxed);
    if let Ok(mut running) = RUNNING.lock() {
        running.retain(|(_, running_id)| *running_id != id);
    }
    if let Ok(mut progress) = PROGRESS.lock() {
        progress.remove(&id);
    }
    answer
}

/// Is this column one a file's rows would carry beside the mapped ones: its currency, or the
/// end of each row's period?
pub(super) fn extra_label(header: &str) -> bool {
    crate::data::currency::is_currency_header(header) || crate::data::schema::is_period_end(header)
}
