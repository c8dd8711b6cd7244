//! File → Connect to ClickHouse…: the connection form (host, port, user, password, database,
//! the table to open, chosen from the database's tables) and opening the table as a source.
//!
//! The table list is fetched on a thread of its own (a dead host must not freeze the window);
//! the password is handed to the core's in-memory store, never to the URL, the recent list or
//! a workspace. Recent connections are the ClickHouse URLs among the recent files.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::data::clickhouse::{self, DEFAULT_PORT, ListedTable, TableUrl};

use super::{Command, RoiLensApp};
use crate::i18n::Text;
use crate::text;

/// The form's fields as typed, and the table list.
#[derive(Debug, Default)]
pub struct ConnectForm {
    pub host: String,
    pub port: String,
    pub user: String,
    pub password: String,
    pub database: String,
    /// `clickhouses://`: TLS.
    pub tls: bool,
    /// The table to open.
    pub table: String,
    /// The database's tables, once listed.
    pub tables: Vec<ListedTable>,
    /// What went wrong last (listing the tables, or the form itself), written when shown.
    pub message: Option<Text>,
    listing: Option<Receiver<Result<Vec<ListedTable>, Text>>>,
}

impl ConnectForm {
    /// A form filled from a recent connection, or with the defaults.
    pub fn new(from: Option<&TableUrl>) -> ConnectForm {
        match from {
            Some(url) => ConnectForm {
                host: url.host.clone(),
                port: url.port.to_string(),
                user: url.user.clone(),
                database: url.database.clone(),
                table: url.table.clone(),
                tls: url.tls,
                ..ConnectForm::default()
            },
            None => ConnectForm {
                host: "localhost".to_owned(),
                port: DEFAULT_PORT.to_string(),
                user: "default".to_owned(),
                database: "default".to_owned(),
                ..ConnectForm::default()
            },
        }
    }

    /// The table's URL from the fields, or what is wrong with them.
    pub fn url(&self, table: &str) -> Result<TableUrl, Text> {
        let port: u16 = self
            .port
            .trim()
            .parse()
            .map_err(|_| text!("app-connect-error-port", port = self.port.trim()))?;
        let host = self.host.trim();
        if host.is_empty() || host.contains(['/', '@', ' ']) {
            return Err(text!("app-connect-error-host"));
        }
        if self.database.trim().is_empty() {
            return Err(text!("app-connect-error-database"));
        }
        Ok(TableUrl {
            tls: self.tls,
            user: match self.user.trim() {
                "" => "default".to_owned(),
                user => user.to_owned(),
            },
            host: host.to_owned(),
            port,
            database: self.database.trim().to_owned(),
            table: table.to_owned(),
        })
    }

    /// The chosen table is an event log (as far as the list says).
    pub fn is_event_log(&self) -> bool {
        self.tables
            .iter()
            .any(|t| t.event_log && t.name == self.table.trim())
    }

    pub fn is_listing(&self) -> bool {
        self.listing.is_some()
    }

    /// Asks the server for the database's tables, on a thread of its own.
    fn list_tables(&mut self, ctx: &egui::Context) {
        let url = match self.url("") {
            Ok(url) => url,
            Err(e) => {
                self.message = Some(e);
                return;
            }
        };
        clickhouse::remember_password(&url, &self.password);
        let (send, answer) = channel();
        let wake = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("clickhouse-tables".to_owned())
            .spawn(move || {
                let _ = send.send(clickhouse::list_tables(&url).map_err(Text::display));
                wake.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.message = None;
                self.listing = Some(answer);
            }
            Err(e) => self.message = Some(text!("app-connect-error-thread", error = e.to_string())),
        }
    }

    /// Takes in the table list when it has come.
    pub fn poll(&mut self) {
        let Some(answer) = &self.listing else {
            return;
        };
        let listed = match answer.try_recv() {
            Ok(listed) => listed,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(text!("app-connect-error-list-lost")),
        };
        self.listing = None;
        match listed {
            Ok(tables) => {
                if self.table.is_empty() || !tables.iter().any(|t| t.name == self.table) {
                    self.table = tables.first().map(|t| t.name.clone()).unwrap_or_default();
                }
                self.message = tables
                    .is_empty()
                    .then(|| text!("app-connect-no-tables", database = self.database.trim()));
                self.tables = tables;
            }
            Err(e) => self.message = Some(e),
        }
    }
}

/// What the form asks of the app.
#[derive(Clone, Debug, PartialEq)]
pub enum ConnectAction {
    /// Show the form (filled from this recent connection, if any), or close it (`false`).
    Show(bool, Option<String>),
    ListTables,
    /// Open the chosen table: as the analysis (`false`) or added to it.
    Open {
        add: bool,
    },
}

impl RoiLensApp {
    pub(super) fn apply_connect(&mut self, ctx: &egui::Context, action: ConnectAction) {
        match action {
            ConnectAction::Show(false, _) => self.connect = None,
            ConnectAction::Show(true, recent) => {
                let url = recent
                    .as_deref()
                    .and_then(TableUrl::parse)
                    .and_then(Result::ok);
                self.connect = Some(ConnectForm::new(url.as_ref()));
            }
            ConnectAction::ListTables => {
                if let Some(form) = self.connect.as_mut() {
                    form.list_tables(ctx);
                }
            }
            ConnectAction::Open { add } => {
                let Some(form) = self.connect.as_mut() else {
                    return;
                };
                let table = form.table.trim().to_owned();
                if table.is_empty() {
                    form.message = Some(text!("app-connect-choose-table"));
                    return;
                }
                let event_log = form.is_event_log();
                match form.url(&table) {
                    Ok(url) => {
                        clickhouse::remember_password(&url, &form.password);
                        self.connect = None;
                        let path = PathBuf::from(url.to_string());
                        if event_log {
                            // An event table's cohorts are computed in ClickHouse.
                            self.open_now(Vec::new(), vec![path], Default::default(), add);
                            if !add {
                                self.apply(
                                    ctx,
                                    Command::Maximize(Some(crate::views::ViewRef::cohorts())),
                                );
                            }
                        } else {
                            self.apply(
                                ctx,
                                if add {
                                    Command::Add(vec![path])
                                } else {
                                    Command::Open(vec![path])
                                },
                            );
                        }
                    }
                    Err(e) => form.message = Some(e),
                }
            }
        }
    }

    /// The ClickHouse tables opened lately, newest first (from the recent files).
    pub fn recent_connections(&self) -> Vec<String> {
        self.prefs
            .recent_files
            .iter()
            .filter(|p| clickhouse::is_url(p))
            .map(|p| p.display().to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_makes_a_url_without_the_password() {
        let mut form = ConnectForm::new(None);
        form.host = "db1".to_owned();
        form.password = "secret".to_owned();
        let url = form.url("daily").expect("valid");
        assert_eq!(
            url.to_string(),
            "clickhouse://default@db1:8123/default/daily"
        );
        form.port = "http".to_owned();
        assert!(form.url("daily").is_err());
        let again = ConnectForm::new(Some(&url));
        assert_eq!(
            (again.host.as_str(), again.table.as_str()),
            ("db1", "daily")
        );
        assert!(again.password.is_empty());
    }
}
