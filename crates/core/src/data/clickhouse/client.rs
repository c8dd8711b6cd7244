//! The HTTP client: requests over ClickHouse's HTTP interface (read-only, with a time limit
//! and a query id of their own), passwords, `KILL QUERY`, the polling of `system.processes`
//! for progress, and ClickHouse's error codes turned into messages.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::sql::quote_string;
use super::{ClickHouseError, TableUrl};

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
pub(super) const MAX_RESULT_ROWS: usize = 5_000_000;

/// Passwords given in the app, by [`TableUrl::server`]; kept in memory only.
static PASSWORDS: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());

/// Queries now running, by id, for [`cancel`].
pub(super) static RUNNING: Mutex<Vec<(TableUrl, String)>> = Mutex::new(Vec::new());

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

/// One HTTP conversation with a server: its agent and credentials.
pub(super) struct Connection<'a> {
    pub(super) url: &'a TableUrl,
    agent: ureq::Agent,
    password: Option<String>,
}

/// What a query's answer was: its body and how many bytes of it came over the wire.
pub(super) struct Answer {
    pub(super) body: String,
    pub(super) bytes: u64,
}

static NEXT_QUERY: AtomicU64 = AtomicU64::new(0);

pub(super) fn new_query_id() -> String {
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
    pub(super) fn new(url: &'a TableUrl) -> Self {
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
    pub(super) fn post(
        &self,
        sql: &str,
        settings: &[(&str, String)],
    ) -> Result<Answer, ClickHouseError> {
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
                message: crate::i18n::Text::fixed(e.to_string()),
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
                message: crate::i18n::Text::fixed(server_message(last)),
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
                    crate::tr!("ch-http-status", status = status.to_string())
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
        ureq::Error::Timeout(_) => crate::tr!("ch-transport-timed-out"),
        ureq::Error::HostNotFound => crate::tr!("ch-transport-host-not-found"),
        ureq::Error::ConnectionFailed => crate::tr!("ch-transport-connection-failed"),
        other => other.to_string(),
    }
}

/// How far the running queries are: rows ClickHouse has read, and the rows it expects to read
/// (0 when it cannot tell), summed over every query this process is running.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub read_rows: u64,
    pub total_rows: u64,
}

/// Progress of the running queries, by id, as last polled.
pub(super) static PROGRESS: Mutex<BTreeMap<String, Progress>> = Mutex::new(BTreeMap::new());

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
pub(super) fn watch_progress(url: &TableUrl, id: &str, finished: &Arc<AtomicBool>) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn translated_errors_still_name_the_url_server_and_table() {
        use crate::i18n::{Arg, Lang, message_in};
        let url = "clickhouse://ana@db1:9999/ads/daily";
        for lang in [Lang::Zh, Lang::Ja] {
            let table = message_in(
                lang,
                "ch-unknown-table",
                &[
                    ("url", Arg::from(url)),
                    ("server", Arg::from("ana@db1:9999")),
                    ("table", Arg::from("ads.daily")),
                ],
            );
            assert!(
                table.starts_with(url) && table.contains("ana@db1:9999"),
                "{table}"
            );
            assert!(
                table.contains("ads.daily") && !table.contains("has no"),
                "{table}"
            );
            let refused = message_in(
                lang,
                "ch-wrong-password",
                &[
                    ("url", Arg::from(url)),
                    ("server", Arg::from("ana@db1:9999")),
                    ("user", Arg::from("ana")),
                    ("variable", Arg::from(PASSWORD_VARIABLE)),
                ],
            );
            assert!(
                refused.contains("用户 ana：") || refused.contains("ユーザー ana を"),
                "{refused}"
            );
            assert!(refused.contains(PASSWORD_VARIABLE), "{refused}");
            let columns = message_in(
                lang,
                "ch-not-numeric",
                &[
                    ("url", Arg::from(url)),
                    ("column", Arg::from("花费")),
                    ("field", Arg::from("spend")),
                    ("column_type", Arg::from("String")),
                ],
            );
            assert!(
                columns.contains("“花费”（spend）") || columns.contains("「花费」（spend）"),
                "{columns}"
            );
            assert!(columns.contains("String"), "{columns}");
        }
    }

    #[test]
    fn server_messages_are_one_line_with_their_code() {
        let body = "Code: 60, e.displayText() = DB::Exception: Table a.b doesn't exist., \
                    e.what() = DB::Exception\n";
        assert_eq!(server_message(body), "Table a.b doesn't exist. (code 60)");
    }
}
