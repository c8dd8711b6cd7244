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

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use polars::prelude::*;

use crate::data::read::{RawTable, RowPlaces};
use crate::data::schema::Field;
use crate::data::types::{ColumnMapping, FileFormat};

/// The HTTP interface's default port.
pub const DEFAULT_PORT: u16 = 8123;
/// The environment variable the password is read from when the app has not been given one.
pub const PASSWORD_VARIABLE: &str = "CLICKHOUSE_PASSWORD";
/// How long ClickHouse may work on one query (its `max_execution_time`), in seconds, unless
/// [`TIMEOUT_VARIABLE`] says otherwise.
const QUERY_SECONDS: u64 = 300;
/// The environment variable that sets another time limit, in seconds.
pub const TIMEOUT_VARIABLE: &str = "ROI_LENS_CLICKHOUSE_TIMEOUT";

fn query_seconds() -> u64 {
    std::env::var(TIMEOUT_VARIABLE)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|s| *s > 0)
        .unwrap_or(QUERY_SECONDS)
}
/// The most day × label rows an aggregate may have: more means the grouping columns are not
/// labels (a user id mapped as the campaign), and the load stops with a message instead of
/// filling the memory.
const MAX_RESULT_ROWS: usize = 5_000_000;

/// A table on a ClickHouse server, as its URL names it. It holds no password.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TableUrl {
    pub tls: bool,
    pub user: String,
    pub host: String,
    pub port: u16,
    pub database: String,
    pub table: String,
}

impl TableUrl {
    /// `None` when `text` is not a ClickHouse URL at all (a file path).
    pub fn parse(text: &str) -> Option<Result<TableUrl, ClickHouseError>> {
        let (tls, rest) = if let Some(rest) = text.strip_prefix("clickhouse://") {
            (false, rest)
        } else if let Some(rest) = text.strip_prefix("clickhouses://") {
            (true, rest)
        } else {
            return None;
        };
        Some(Self::parse_rest(text, tls, rest))
    }

    fn parse_rest(text: &str, tls: bool, rest: &str) -> Result<TableUrl, ClickHouseError> {
        let bad = |reason: &str| ClickHouseError::BadUrl {
            url: redact(text),
            reason: reason.to_owned(),
        };
        let (authority, path) = rest
            .split_once('/')
            .ok_or_else(|| bad("expected clickhouse://[user@]host[:port]/database/table"))?;
        let (user, host_port) = match authority.rsplit_once('@') {
            Some((user, host)) => (user, host),
            None => ("default", authority),
        };
        if user.contains(':') {
            return Err(ClickHouseError::PasswordInUrl { url: redact(text) });
        }
        // `[::1]:8123` is an IPv6 address and a port; the brackets are not part of the host.
        let (host, port) = match host_port.strip_prefix('[') {
            Some(bracketed) => {
                let (host, rest) = bracketed
                    .split_once(']')
                    .ok_or_else(|| bad("an IPv6 address needs its closing ]"))?;
                (host, rest.strip_prefix(':').unwrap_or(rest))
            }
            None => match host_port.split_once(':') {
                Some((host, port)) => (host, port),
                None => (host_port, ""),
            },
        };
        let port = if port.is_empty() {
            DEFAULT_PORT
        } else {
            port.parse::<u16>()
                .map_err(|_| bad(&format!("`{port}` is not a port number")))?
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let parts: Vec<&str> = path.split('/').collect();
        let [database, table] = parts.as_slice() else {
            return Err(bad("expected /database/table after the host"));
        };
        let (database, table) = (decode_percent(database), decode_percent(table));
        if database.is_empty() || table.is_empty() {
            return Err(bad("expected /database/table after the host"));
        }
        Ok(TableUrl {
            tls,
            user: if user.is_empty() {
                "default".to_owned()
            } else {
                decode_percent(user)
            },
            host: host.to_owned(),
            port,
            database,
            table,
        })
    }

    /// The server, for messages and for remembering a password: `default@db1:8123`.
    pub fn server(&self) -> String {
        format!("{}@{}:{}", self.user, self.bracketed_host(), self.port)
    }

    /// `db.table`, as people write it.
    pub fn table_name(&self) -> String {
        format!("{}.{}", self.database, self.table)
    }

    /// The table's name in SQL: `` `db`.`table` ``.
    fn sql_table(&self) -> String {
        format!(
            "{}.{}",
            quote_identifier(&self.database),
            quote_identifier(&self.table)
        )
    }

    fn endpoint(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}:{}/", self.bracketed_host(), self.port)
    }

    /// The host as a URL writes it: an IPv6 address in brackets.
    fn bracketed_host(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        }
    }
}

impl fmt::Display for TableUrl {
    /// The URL, without any password (there is none to leave out: it is refused in URLs).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls {
            "clickhouses"
        } else {
            "clickhouse"
        };
        write!(
            f,
            "{scheme}://{}@{}:{}/{}/{}",
            encode_percent(&self.user),
            self.bracketed_host(),
            self.port,
            encode_percent(&self.database),
            encode_percent(&self.table)
        )
    }
}

/// Is this path a ClickHouse URL rather than a file?
pub fn is_url(path: &Path) -> bool {
    path.to_str().is_some_and(|p| TableUrl::parse(p).is_some())
}

/// `%xx` sequences decoded (a table name with a `/` or a space in a URL); invalid ones kept.
fn decode_percent(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The reverse of [`decode_percent`] for what cannot stand in a URL's path as it is
/// (non-ASCII letters stay as they are, as browsers show them).
fn encode_percent(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._~$!()*+,;=".contains(c) || !c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("%{:02X}", c as u32));
        }
    }
    out
}

/// A URL as given, with anything between `://` and `@` after a `:` (a password) blanked: for
/// the message that refuses it.
fn redact(text: &str) -> String {
    let Some((scheme, rest)) = text.split_once("://") else {
        return text.to_owned();
    };
    match rest.split_once('/').unwrap_or((rest, "")) {
        (authority, path) if authority.contains('@') => {
            let (userinfo, host) = authority.rsplit_once('@').unwrap_or(("", authority));
            let user = userinfo.split(':').next().unwrap_or("");
            let hidden = if userinfo.contains(':') { ":***" } else { "" };
            format!("{scheme}://{user}{hidden}@{host}/{path}")
        }
        _ => text.to_owned(),
    }
}

/// Why a ClickHouse table could not be read. Every message names the server and the table,
/// and none holds the password.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ClickHouseError {
    #[error("{url}: not a ClickHouse table URL: {reason}")]
    BadUrl { url: String, reason: String },
    #[error(
        "{url}: a password in the URL would be saved with the workspace; give it in \
         {PASSWORD_VARIABLE} (or the app's connection form) instead"
    )]
    PasswordInUrl { url: String },
    #[error("{url}: cannot connect to ClickHouse at {server} ({detail}); is the server running?")]
    Unreachable {
        url: String,
        server: String,
        detail: String,
    },
    #[error(
        "{url}: ClickHouse at {server} refused user {user}: wrong password or unknown user \
         (the password is read from {PASSWORD_VARIABLE})"
    )]
    WrongPassword {
        url: String,
        server: String,
        user: String,
    },
    #[error("{url}: ClickHouse at {server} has no database {database}")]
    UnknownDatabase {
        url: String,
        server: String,
        database: String,
    },
    #[error("{url}: ClickHouse at {server} has no table {table}")]
    UnknownTable {
        url: String,
        server: String,
        table: String,
    },
    #[error(
        "{url}: column \"{column}\" ({field}) is {column_type} in ClickHouse; it can only be \
         summed as a number (map the field to a numeric column, or give the table a view \
         that converts it)"
    )]
    NotNumeric {
        url: String,
        column: String,
        field: Field,
        column_type: String,
    },
    #[error("{url}: the query ran longer than {seconds} s on {server} and was stopped")]
    Timeout {
        url: String,
        server: String,
        seconds: u64,
    },
    #[error(
        "{url}: the day × label sums have more than {limit} rows; the channel or campaign \
         column seems to be an id, not a label (map another column)"
    )]
    TooManyGroups { url: String, limit: usize },
    #[error("{url}: the query was cancelled")]
    Cancelled { url: String },
    #[error("{url}: ClickHouse at {server} failed: {message}")]
    Server {
        url: String,
        server: String,
        message: String,
    },
    #[error("{url}: the answer from {server} broke off: {message}")]
    Broken {
        url: String,
        server: String,
        message: String,
    },
}

/// Passwords given in the app, by [`TableUrl::server`]; kept in memory only.
static PASSWORDS: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());

/// Queries now running, by id, for [`cancel`].
static RUNNING: Mutex<Vec<(TableUrl, String)>> = Mutex::new(Vec::new());

/// Remembers the password for `url`'s user and server for the rest of the process (the app's
/// connection form); an empty one forgets it.
pub fn remember_password(url: &TableUrl, password: &str) {
    if let Ok(mut passwords) = PASSWORDS.lock() {
        if password.is_empty() {
            passwords.remove(&url.server());
        } else {
            passwords.insert(url.server(), password.to_owned());
        }
    }
}

fn password_for(url: &TableUrl) -> Option<String> {
    PASSWORDS
        .lock()
        .ok()
        .and_then(|p| p.get(&url.server()).cloned())
        .or_else(|| std::env::var(PASSWORD_VARIABLE).ok())
        .filter(|p| !p.is_empty())
}

/// Kills the queries this process is running on `url`'s table (`KILL QUERY` by their ids),
/// so the server stops working for an answer no one waits for: the app's Cancel. The load
/// waiting for the answer then fails with [`ClickHouseError::Cancelled`].
pub fn cancel(url: &TableUrl) {
    let ids: Vec<String> = RUNNING
        .lock()
        .map(|running| {
            running
                .iter()
                .filter(|(running_url, _)| running_url == url)
                .map(|(_, id)| id.clone())
                .collect()
        })
        .unwrap_or_default();
    for id in ids {
        let sql = format!(
            "KILL QUERY WHERE query_id = {} ASYNC FORMAT TabSeparated",
            quote_string(&id)
        );
        // Best effort: if it cannot be killed, its time limit still ends it.
        let _ = Connection::new(url).post(&sql, &[]);
    }
}

/// `` `name` `` with backslashes and back quotes escaped: any text is one identifier.
pub fn quote_identifier(name: &str) -> String {
    quote(name, '`')
}

/// `'value'` with backslashes and single quotes escaped: any text is one string literal.
pub fn quote_string(value: &str) -> String {
    quote(value, '\'')
}

/// ClickHouse's quoting, understood since its first releases: a backslash escapes the next
/// character, `\xHH` is a byte; control characters are written as bytes so no line ends
/// inside a literal.
fn quote(text: &str, mark: char) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(mark);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c == mark => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(mark);
    out
}

/// One value of ClickHouse's TabSeparated format: `\N` is null; escapes undone.
fn unescape_tsv(field: &str) -> Option<String> {
    if field == "\\N" {
        return None;
    }
    if !field.contains('\\') {
        return Some(field.to_owned());
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    Some(out)
}

/// A column's ClickHouse type, as far as the load cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Date,
    DateTime,
    Number,
    Text,
    Other,
}

fn kind_of(column_type: &str) -> Kind {
    let mut t = column_type.trim();
    while let Some(inner) = ["Nullable(", "LowCardinality("]
        .iter()
        .find_map(|wrapper| t.strip_prefix(wrapper)?.strip_suffix(')'))
    {
        t = inner;
    }
    if t == "Date" {
        Kind::Date
    } else if t.starts_with("DateTime") {
        Kind::DateTime
    } else if ["Int", "UInt", "Float", "Decimal"]
        .iter()
        .any(|p| t.starts_with(p))
    {
        Kind::Number
    } else if t == "String" || t.starts_with("FixedString") || t.starts_with("Enum") {
        Kind::Text
    } else {
        Kind::Other
    }
}

/// One HTTP conversation with a server: its agent and credentials.
struct Connection<'a> {
    url: &'a TableUrl,
    agent: ureq::Agent,
    password: Option<String>,
}

/// What a query's answer was: its body and how many bytes of it came over the wire.
struct Answer {
    body: String,
    bytes: u64,
}

static NEXT_QUERY: AtomicU64 = AtomicU64::new(0);

fn new_query_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "roi-lens-{}-{nanos:x}-{}",
        std::process::id(),
        NEXT_QUERY.fetch_add(1, Ordering::Relaxed)
    )
}

impl<'a> Connection<'a> {
    fn new(url: &'a TableUrl) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(query_seconds() + 30)))
            .timeout_connect(Some(Duration::from_secs(10)))
            .http_status_as_error(false)
            .build()
            .into();
        Connection {
            url,
            agent,
            password: password_for(url),
        }
    }

    fn error(&self, make: impl FnOnce(String, String) -> ClickHouseError) -> ClickHouseError {
        make(self.url.to_string(), self.url.server())
    }

    /// Runs `sql` read-only with `settings`.
    fn post(&self, sql: &str, settings: &[(&str, String)]) -> Result<Answer, ClickHouseError> {
        let mut target = format!(
            "{}?readonly=1&max_execution_time={}",
            self.url.endpoint(),
            query_seconds()
        );
        for (name, value) in settings {
            target.push_str(&format!("&{name}={value}"));
        }
        let mut request = self
            .agent
            .post(&target)
            .header("X-ClickHouse-User", &self.url.user);
        if let Some(password) = &self.password {
            request = request.header("X-ClickHouse-Key", password);
        }
        let response = request.send(sql).map_err(|e| {
            self.error(|url, server| ClickHouseError::Unreachable {
                url,
                server,
                detail: transport_detail(&e),
            })
        })?;
        let status = response.status().as_u16();
        let mut bytes = Vec::new();
        let read_result = response.into_body().into_reader().read_to_end(&mut bytes);
        let body = String::from_utf8_lossy(&bytes).into_owned();
        if status != 200 {
            return Err(self.server_error(status, &body));
        }
        if let Err(e) = read_result {
            return Err(self.error(|url, server| ClickHouseError::Broken {
                url,
                server,
                message: e.to_string(),
            }));
        }
        // An error after the answer began is appended to the body as a line of its own
        // (ClickHouse cannot change the status once sent); rows of the answer have tabs.
        let last = body
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        if last.starts_with("Code: ") && last.contains("DB::Exception") && !last.contains('\t') {
            return Err(self.error(|url, server| ClickHouseError::Broken {
                url,
                server,
                message: server_message(last),
            }));
        }
        Ok(Answer {
            body,
            bytes: bytes.len() as u64,
        })
    }

    /// The error of a failed query, by ClickHouse's code.
    fn server_error(&self, status: u16, body: &str) -> ClickHouseError {
        let code = body
            .strip_prefix("Code: ")
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|code| code.parse::<u32>().ok());
        let url = &self.url;
        match (status, code) {
            (401, _) | (_, Some(193 | 192 | 516)) => {
                self.error(|url_text, server| ClickHouseError::WrongPassword {
                    url: url_text,
                    server,
                    user: url.user.clone(),
                })
            }
            (_, Some(81)) => self.error(|url_text, server| ClickHouseError::UnknownDatabase {
                url: url_text,
                server,
                database: url.database.clone(),
            }),
            (_, Some(60)) => self.error(|url_text, server| ClickHouseError::UnknownTable {
                url: url_text,
                server,
                table: url.table_name(),
            }),
            (_, Some(159)) => self.error(|url, server| ClickHouseError::Timeout {
                url,
                server,
                seconds: query_seconds(),
            }),
            (_, Some(394)) => self.error(|url, _| ClickHouseError::Cancelled { url }),
            (_, Some(396)) => self.error(|url, _| ClickHouseError::TooManyGroups {
                url,
                limit: MAX_RESULT_ROWS,
            }),
            _ => self.error(|url, server| ClickHouseError::Server {
                url,
                server,
                message: if body.trim().is_empty() {
                    format!("HTTP status {status}")
                } else {
                    server_message(body)
                },
            }),
        }
    }
}

/// ClickHouse's `Code: 60, e.displayText() = DB::Exception: Table x doesn't exist., e.what()
/// = DB::Exception` as `Table x doesn't exist. (code 60)`, on one line.
fn server_message(body: &str) -> String {
    let line = body.lines().next().unwrap_or("").trim();
    let code = line
        .strip_prefix("Code: ")
        .and_then(|r| r.split(',').next())
        .unwrap_or("");
    let text = line
        .split_once("DB::Exception: ")
        .map_or(line, |(_, t)| t)
        .trim_end_matches(", e.what() = DB::Exception")
        .trim();
    let text: String = text.chars().take(500).collect();
    if code.is_empty() {
        text
    } else {
        format!("{text} (code {code})")
    }
}

/// A transport error for people, without the request (which could carry a header).
fn transport_detail(error: &ureq::Error) -> String {
    match error {
        ureq::Error::Io(e) => e.to_string(),
        ureq::Error::Timeout(_) => "timed out".to_owned(),
        ureq::Error::HostNotFound => "host not found".to_owned(),
        ureq::Error::ConnectionFailed => "connection failed".to_owned(),
        other => other.to_string(),
    }
}

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

/// The tables of a database, for the app's connection form (`SHOW TABLES`).
pub fn list_tables(url: &TableUrl) -> Result<Vec<String>, ClickHouseError> {
    let connection = Connection::new(url);
    let sql = format!(
        "SHOW TABLES FROM {} FORMAT TabSeparated",
        quote_identifier(&url.database)
    );
    let answer = connection.post(&sql, &[])?;
    Ok(answer.body.lines().filter_map(unescape_tsv).collect())
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

/// How far the running queries are: rows ClickHouse has read, and the rows it expects to read
/// (0 when it cannot tell), summed over every query this process is running.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub read_rows: u64,
    pub total_rows: u64,
}

/// Progress of the running queries, by id, as last polled.
static PROGRESS: Mutex<BTreeMap<String, Progress>> = Mutex::new(BTreeMap::new());

/// How far the queries this process is running have come, or `None` when none is running.
/// ClickHouse 18.16 sends no progress headers over HTTP, so a thread of the load asks
/// `system.processes` for its query every 300 ms; the app's status line reads this.
pub fn progress() -> Option<Progress> {
    let progress = PROGRESS.lock().ok()?;
    if progress.is_empty() {
        return None;
    }
    Some(
        progress
            .values()
            .fold(Progress::default(), |sum, p| Progress {
                read_rows: sum.read_rows + p.read_rows,
                total_rows: sum.total_rows + p.total_rows,
            }),
    )
}

/// Polls `system.processes` for query `id` until `finished`, recording its progress.
fn watch_progress(url: &TableUrl, id: &str, finished: &Arc<AtomicBool>) {
    let (url, id, finished) = (url.clone(), id.to_owned(), Arc::clone(finished));
    let sql = format!(
        "SELECT read_rows, total_rows_approx FROM system.processes WHERE query_id = {} \
         FORMAT TabSeparated",
        quote_string(&id)
    );
    // Without a thread there is no progress to show; the load itself goes on.
    let _ = std::thread::Builder::new()
        .name("clickhouse-progress".to_owned())
        .spawn(move || {
            let connection = Connection::new(&url);
            while !finished.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(300));
                let Ok(answer) = connection.post(&sql, &[]) else {
                    continue;
                };
                let mut numbers = answer
                    .body
                    .split_whitespace()
                    .map(|n| n.parse::<u64>().unwrap_or(0));
                if let (Some(read_rows), Some(total_rows)) = (numbers.next(), numbers.next())
                    && !finished.load(Ordering::Relaxed)
                    && let Ok(mut progress) = PROGRESS.lock()
                {
                    progress.insert(
                        id.clone(),
                        Progress {
                            read_rows,
                            total_rows,
                        },
                    );
                }
            }
            if let Ok(mut progress) = PROGRESS.lock() {
                progress.remove(&id);
            }
        });
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
    let connection = Connection::new(url);
    let id = new_query_id();
    if let Ok(mut running) = RUNNING.lock() {
        running.push((url.clone(), id.clone()));
    }
    let settings = [
        ("query_id", id.clone()),
        ("max_result_rows", MAX_RESULT_ROWS.to_string()),
        ("result_overflow_mode", "throw".to_owned()),
        // The whole answer is made before it is sent, so an error is an HTTP status rather
        // than text after half the rows; the answer is small by design.
        ("wait_end_of_query", "1".to_owned()),
    ];
    let finished = Arc::new(AtomicBool::new(false));
    watch_progress(url, &id, &finished);
    let answer = connection.post(&sql, &settings);
    finished.store(true, Ordering::Relaxed);
    if let Ok(mut running) = RUNNING.lock() {
        running.retain(|(_, running_id)| *running_id != id);
    }
    if let Ok(mut progress) = PROGRESS.lock() {
        progress.remove(&id);
    }
    let answer = answer?;
    let broken = |message: String| ClickHouseError::Broken {
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
            return Err(broken(format!(
                "row {} has {} values, expected {width}",
                line_no + 1,
                fields.len()
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
                        broken(format!("`{v}` in row {} is not a number", line_no + 1))
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
    let frame = DataFrame::new(groups, frame_columns).map_err(|e| broken(e.to_string()))?;
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

/// Is this column one a file's rows would carry beside the mapped ones: its currency, or the
/// end of each row's period?
pub(super) fn extra_label(header: &str) -> bool {
    crate::data::currency::is_currency_header(header) || crate::data::schema::is_period_end(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse_with_defaults_and_refuse_passwords() {
        let url = TableUrl::parse("clickhouse://db1/ads/daily")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!(
            (url.user.as_str(), url.host.as_str(), url.port, url.tls),
            ("default", "db1", DEFAULT_PORT, false)
        );
        assert_eq!(url.table_name(), "ads.daily");
        let url = TableUrl::parse("clickhouses://ana@db1:8443/ads/my%20table")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!((url.user.as_str(), url.port, url.tls), ("ana", 8443, true));
        assert_eq!(url.table, "my table");
        assert_eq!(url.to_string(), "clickhouses://ana@db1:8443/ads/my%20table");
        let odd = TableUrl::parse("clickhouse://db1/广告/a%60b%2Fc'd")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!(odd.table, "a`b/c'd");
        assert_eq!(
            odd.to_string(),
            "clickhouse://default@db1:8123/广告/a%60b%2Fc%27d"
        );
        let again = TableUrl::parse(&odd.to_string())
            .expect("a URL")
            .expect("valid");
        assert_eq!(again, odd);
        assert!(TableUrl::parse("/data/report.csv").is_none());
        let v6 = TableUrl::parse("clickhouse://[::1]:9000/a/b")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!((v6.host.as_str(), v6.port), ("::1", 9000));
        assert_eq!(v6.endpoint(), "http://[::1]:9000/");
        assert_eq!(v6.to_string(), "clickhouse://default@[::1]:9000/a/b");
        assert_eq!(
            TableUrl::parse("clickhouse://[::1]/a/b")
                .and_then(Result::ok)
                .map(|u| u.port),
            Some(DEFAULT_PORT)
        );
        let err = TableUrl::parse("clickhouse://ana:hunter2@db1/ads/t")
            .expect("a ClickHouse URL")
            .expect_err("password refused");
        assert!(!err.to_string().contains("hunter2"), "{err}");
        assert!(err.to_string().contains(PASSWORD_VARIABLE), "{err}");
        for bad in [
            "clickhouse://db1",
            "clickhouse://db1/ads",
            "clickhouse://db1:port/a/b",
            "clickhouse:///a/b",
            "clickhouse://db1/a/b/c",
        ] {
            assert!(
                matches!(
                    TableUrl::parse(bad),
                    Some(Err(ClickHouseError::BadUrl { .. }))
                ),
                "{bad}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_is_refused_without_a_panic(
            tail in "\\PC{0,40}|(\\PC{0,6}@)?\\PC{1,8}(:[0-9]{1,5})?/\\PC{1,8}/\\PC{1,8}"
        ) {
            for scheme in ["clickhouse://", "clickhouses://"] {
                let text = format!("{scheme}{tail}");
                if let Some(Ok(url)) = TableUrl::parse(&text) {
                    // What parses prints as a URL that parses to the same table.
                    let again = TableUrl::parse(&url.to_string());
                    proptest::prop_assert_eq!(again, Some(Ok(url)));
                }
            }
        }
    }

    #[test]
    fn quoting_escapes_every_way_out_of_a_literal() {
        assert_eq!(quote_identifier("spend"), "`spend`");
        assert_eq!(quote_identifier("a`b"), "`a\\`b`");
        assert_eq!(quote_identifier("a\\`b"), "`a\\\\\\`b`");
        assert_eq!(quote_string("it's"), "'it\\'s'");
        assert_eq!(quote_string("a\\"), "'a\\\\'");
        assert_eq!(quote_string("x\ny\0"), "'x\\x0Ay\\x00'");
        assert_eq!(quote_string("渠道"), "'渠道'");
    }

    #[test]
    fn tsv_values_are_unescaped() {
        assert_eq!(unescape_tsv("\\N"), None);
        assert_eq!(
            unescape_tsv("a\\tb\\\\c\\nd").as_deref(),
            Some("a\tb\\c\nd")
        );
        assert_eq!(unescape_tsv("it\\'s").as_deref(), Some("it's"));
    }

    #[test]
    fn types_are_classified_through_wrappers() {
        assert_eq!(kind_of("Nullable(Decimal(18, 2))"), Kind::Number);
        assert_eq!(kind_of("LowCardinality(Nullable(String))"), Kind::Text);
        assert_eq!(kind_of("DateTime('Asia/Shanghai')"), Kind::DateTime);
        assert_eq!(kind_of("Date"), Kind::Date);
        assert_eq!(kind_of("Array(UInt8)"), Kind::Other);
    }

    #[test]
    fn server_codes_become_errors_naming_server_and_table() {
        let url = TableUrl::parse("clickhouse://ana@db1:9999/ads/daily")
            .expect("a ClickHouse URL")
            .expect("valid");
        let connection = Connection::new(&url);
        let error = |status, body: &str| connection.server_error(status, body).to_string();
        let body = |code: u32, text: &str| {
            format!(
                "Code: {code}, e.displayText() = DB::Exception: {text}, e.what() = DB::Exception"
            )
        };
        for (status, code, needle) in [
            (401, 193, "refused user ana"),
            (404, 60, "has no table ads.daily"),
            (404, 81, "has no database ads"),
            (500, 159, "ran longer than 300 s"),
            (500, 394, "was cancelled"),
            (500, 396, "more than 5000000 rows"),
            (500, 62, "Syntax error (code 62)"),
        ] {
            let message = error(status, &body(code, "Syntax error"));
            assert!(message.contains(needle), "{message}");
            assert!(
                message.contains("clickhouse://ana@db1:9999/ads/daily"),
                "{message}"
            );
        }
        assert!(error(502, "").contains("HTTP status 502"));
    }

    #[test]
    fn server_messages_are_one_line_with_their_code() {
        let body = "Code: 60, e.displayText() = DB::Exception: Table a.b doesn't exist., \
                    e.what() = DB::Exception\n";
        assert_eq!(server_message(body), "Table a.b doesn't exist. (code 60)");
    }
}
