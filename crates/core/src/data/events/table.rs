//! The event log in columns: what a 10-million-event file is held as. Users are interned to
//! `u32` ids, event names and channels to small ids, and each user's events sit together in
//! time order, so the cohort table is one pass over users and memory is about 28 bytes an
//! event (an [`Event`] row is 96 bytes plus three heap strings).
//!
//! UTF-8 files (the usual case) are read in chunks and parsed straight from the bytes, without
//! holding the whole file or a `String` per field; other encodings are decoded whole as before.

use std::path::Path;

use chrono::FixedOffset;

mod builder;
mod parquet;
mod text;

pub(crate) use builder::FxMap;
use builder::{Builder, Order, UserNames};

use super::{
    Event, EventColumn, EventLog, EventMapping, has_mapped_events, local_day, mapped_column,
    parse_time, read_table, user_column,
};
use crate::data::error::{Expected, LoadError, Location};
use crate::data::schema::Field;

/// The local calendar day of each event: computed from its time in one zone (a loaded file),
/// or given per event (a log built in memory, whose days are taken as they are).
#[derive(Clone, Debug, PartialEq)]
enum Days {
    Zone(FixedOffset),
    Given(Vec<i32>),
}

/// An event log in columns. Each user's events are rows `user_rows[u] .. user_rows[u + 1]`,
/// in time order; events at the same time keep the order they had (a loaded file: by event
/// name, as [`super::load_events`] always sorted them).
#[derive(Clone, Debug, PartialEq)]
pub struct EventTable {
    /// User names by id.
    users: UserNames,
    user_rows: Vec<usize>,
    at: Vec<i64>,
    days: Days,
    /// Event name id + 1 per row; 0: no event name.
    event: Vec<u32>,
    event_names: Vec<String>,
    /// Channel id + 1 per row; 0: no channel.
    channel: Vec<u32>,
    channel_names: Vec<String>,
    amount: Vec<f64>,
    /// Events dropped as duplicates (same user, time and event).
    pub duplicates: usize,
}

impl Default for EventTable {
    fn default() -> Self {
        EventTable {
            users: UserNames::default(),
            user_rows: vec![0],
            at: Vec::new(),
            days: Days::Given(Vec::new()),
            event: Vec::new(),
            event_names: Vec::new(),
            channel: Vec::new(),
            channel_names: Vec::new(),
            amount: Vec::new(),
            duplicates: 0,
        }
    }
}

/// One user's events, as the cohort table reads them.
pub(crate) struct UserEvents<'a> {
    pub name: &'a str,
    pub rows: std::ops::Range<usize>,
}

impl EventTable {
    /// How many events.
    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// How many users.
    pub fn user_count(&self) -> usize {
        self.users.len()
    }

    /// The distinct channel names as written (not the `(none)` of users without one).
    pub fn channels(&self) -> &[String] {
        &self.channel_names
    }

    /// The distinct event names.
    pub fn event_names(&self) -> &[String] {
        &self.event_names
    }

    /// The first and last local day of the log.
    pub fn day_span(&self) -> Option<(i32, i32)> {
        match &self.days {
            Days::Given(days) => Some((*days.iter().min()?, *days.iter().max()?)),
            Days::Zone(tz) => Some((
                local_day(*self.at.iter().min()?, *tz),
                local_day(*self.at.iter().max()?, *tz),
            )),
        }
    }

    /// Shows channels under other names (`renames`: name as written → name shown), in place:
    /// only the table of names changes. Two channels renamed alike become one group.
    pub fn rename_channels(&mut self, renames: &std::collections::BTreeMap<String, String>) {
        for name in &mut self.channel_names {
            if let Some(to) = renames.get(name) {
                name.clone_from(to);
            }
        }
    }

    /// The local day of row `row`.
    pub(crate) fn day(&self, row: usize) -> i32 {
        match &self.days {
            Days::Zone(tz) => local_day(self.at[row], *tz),
            Days::Given(days) => days[row],
        }
    }

    pub(crate) fn at(&self, row: usize) -> i64 {
        self.at[row]
    }

    pub(crate) fn amount(&self, row: usize) -> f64 {
        self.amount[row]
    }

    /// Event name id + 1 of a row (0: none).
    pub(crate) fn event_id(&self, row: usize) -> u32 {
        self.event[row]
    }

    /// Channel id + 1 of a row (0: none).
    pub(crate) fn channel_id(&self, row: usize) -> u32 {
        self.channel[row]
    }

    /// The id + 1 of an event name, if the log has it.
    pub(crate) fn event_id_of(&self, name: &str) -> Option<u32> {
        self.event_names
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32 + 1)
    }

    /// Each user's events.
    pub(crate) fn users(&self) -> impl Iterator<Item = UserEvents<'_>> + '_ {
        (0..self.users.len())
            .map(|u| self.users.get(u))
            .zip(self.user_rows.windows(2))
            .map(|(name, w)| UserEvents {
                name,
                rows: w[0]..w[1],
            })
    }

    /// The columns of an in-memory log, its duplicates kept (the cohort table of a log built
    /// by hand counts every event it was given).
    pub fn from_log(log: &EventLog) -> EventTable {
        let mut builder = Builder::with_capacity(log.events.len());
        let mut days = Vec::with_capacity(log.events.len());
        for e in &log.events {
            builder.push(
                &e.user,
                e.at,
                e.event.as_deref(),
                e.amount,
                e.channel.as_deref(),
            );
            days.push(e.day);
        }
        let mut table = builder.finish(Days::Given(days), Order::ByTime);
        table.duplicates = log.duplicates;
        table
    }

    /// The log as rows, ordered by user name, time and event name (as `load_events` has
    /// always given them).
    pub fn to_log(&self) -> EventLog {
        let mut by_name: Vec<usize> = (0..self.users.len()).collect();
        by_name.sort_unstable_by(|a, b| self.users.get(*a).cmp(self.users.get(*b)));
        let mut events = Vec::with_capacity(self.len());
        let name = |names: &[String], id: u32| id.checked_sub(1).map(|i| names[i as usize].clone());
        for u in by_name {
            for row in self.user_rows[u]..self.user_rows[u + 1] {
                events.push(Event {
                    user: self.users.get(u).to_owned(),
                    at: self.at[row],
                    day: self.day(row),
                    event: name(&self.event_names, self.event[row]),
                    amount: self.amount[row],
                    channel: name(&self.channel_names, self.channel[row]),
                });
            }
        }
        EventLog {
            events,
            duplicates: self.duplicates,
        }
    }
}

/// The columns an event log's header names, and how a record becomes a row.
pub(crate) struct Columns<'h> {
    path: &'h Path,
    tz: FixedOffset,
    headers: &'h [String],
    pub(crate) user: usize,
    pub(crate) time: usize,
    pub(crate) event: Option<usize>,
    pub(crate) amount: Option<usize>,
    pub(crate) channel: Option<usize>,
    places: Places<'h>,
}

/// What the place a record is read from names.
enum Places<'h> {
    /// A line of text.
    Lines,
    /// A data row (Parquet).
    Rows,
    /// A sheet row of a workbook, whose cells are named (`Events!B7`).
    Cells(&'h crate::data::workbook::TextSheet),
}

impl<'h> Columns<'h> {
    /// The columns `mapping` chooses, else those the headers name; an error naming the
    /// headers when there is no user or time column.
    pub(crate) fn new(
        path: &'h Path,
        tz: FixedOffset,
        headers: &'h [String],
        mapping: &EventMapping,
    ) -> Result<Self, LoadError> {
        let user = user_column(path, headers, mapping)?;
        let column = |what| mapped_column(path, headers, what, mapping);
        let time = column(EventColumn::Time)?.ok_or_else(|| LoadError::MissingColumn {
            path: path.to_owned(),
            field: Field::Date,
            headers: headers.to_vec(),
        })?;
        Ok(Columns {
            path,
            tz,
            headers,
            user,
            time,
            event: column(EventColumn::Event)?,
            amount: column(EventColumn::Amount)?,
            channel: column(EventColumn::Channel)?,
            places: Places::Lines,
        })
    }

    fn bad(
        &self,
        line: usize,
        column: usize,
        value: &str,
        field: Field,
        expected: Expected,
    ) -> LoadError {
        LoadError::BadCell {
            path: self.path.to_owned(),
            location: match self.places {
                Places::Lines => Location::Line(line),
                Places::Rows => Location::Row(line),
                Places::Cells(sheet) => Location::Cell(sheet.cell(line as u32, column)),
            },
            column: self.headers[column].clone(),
            field,
            value: value.to_owned(),
            expected,
        }
    }

    /// Adds the record on `line` with these fields. A record without a user (blank rows
    /// included) is skipped; a bad time or amount is an error naming the line, column and
    /// value.
    fn add<S: AsRef<str>>(
        &self,
        rows: &mut Builder,
        line: usize,
        fields: &[S],
    ) -> Result<(), LoadError> {
        let cell = |i: usize| fields.get(i).map_or("", |s| s.as_ref().trim());
        let who = cell(self.user);
        if who.is_empty() {
            return Ok(());
        }
        let time = cell(self.time);
        let at = parse_time(time, self.tz)
            .ok_or_else(|| self.bad(line, self.time, time, Field::Date, Expected::Date))?;
        let amount = match self.amount.map(cell).filter(|c| !c.is_empty()) {
            None => 0.0,
            Some(text) => match crate::data::clean::parse_number(text) {
                Ok(crate::data::clean::Number::Plain(v)) => v,
                Ok(crate::data::clean::Number::Missing) => 0.0,
                _ => {
                    return Err(self.bad(
                        line,
                        self.amount.unwrap_or(0),
                        text,
                        Field::Revenue,
                        Expected::Number,
                    ));
                }
            },
        };
        let text = |i: Option<usize>| i.map(cell).filter(|c| !c.is_empty());
        rows.push(who, at, text(self.event), amount, text(self.channel));
        Ok(())
    }
}

/// Loads an event log in columns (see [`super::load_events`] for what is read and the
/// errors).
pub fn load_event_table(path: &Path, tz: FixedOffset) -> Result<EventTable, LoadError> {
    load_mapped_event_table(path, tz, &EventMapping::new())
}

/// [`load_event_table`] with the columns `mapping` chooses.
pub fn load_mapped_event_table(
    path: &Path,
    tz: FixedOffset,
    mapping: &EventMapping,
) -> Result<EventTable, LoadError> {
    if is_parquet(path) {
        return parquet::load_parquet_table(path, tz, mapping);
    }
    if crate::data::workbook::is_workbook_name(&crate::data::workbook::split_sheet(path).0) {
        return load_workbook_table(path, tz, mapping);
    }
    if let Some(table) = text::stream_utf8(path, tz, mapping)? {
        return Ok(table);
    }
    read_table(path, |headers, records| {
        let columns = Columns::new(path, tz, &headers, mapping)?;
        let mut rows = Builder::with_capacity(0);
        for record in records {
            columns.add(&mut rows, record.line, &record.fields)?;
        }
        Ok(rows.finish(Days::Zone(tz), Order::DedupedByTimeAndEvent))
    })
}

/// Several event logs as one table, on the calendar of `tz`: each is loaded in columns (its
/// own duplicates dropped, which `duplicates_of` hears), then its rows are added to the one
/// table and the log dropped, so at most one log and the growing table are held; an event in
/// two logs (same user, time and event: overlapping exports) counts once, the first file's.
pub(super) fn merged_tables(
    paths: &[std::path::PathBuf],
    tz: FixedOffset,
    mapping: &EventMapping,
    duplicates_of: &mut dyn FnMut(&Path, usize),
) -> Result<EventTable, LoadError> {
    let mut merged = Builder::with_capacity(0);
    let mut within = 0;
    for path in paths {
        let table = load_mapped_event_table(path, tz, mapping)?;
        duplicates_of(path, table.duplicates);
        within += table.duplicates;
        fn name(names: &[String], id: u32) -> Option<&str> {
            id.checked_sub(1).map(|i| names[i as usize].as_str())
        }
        for u in 0..table.users.len() {
            let user = table.users.get(u);
            for row in table.user_rows[u]..table.user_rows[u + 1] {
                merged.push(
                    user,
                    table.at[row],
                    name(&table.event_names, table.event[row]),
                    table.amount[row],
                    name(&table.channel_names, table.channel[row]),
                );
            }
        }
    }
    let mut table = merged.finish(Days::Zone(tz), Order::DedupedByTimeAndEvent);
    table.duplicates += within;
    Ok(table)
}

/// An event log in a workbook: the named sheet, or the first whose header row (within the
/// first 30 rows) names a user and a time column; cells are read as a CSV would hold them
/// (date cells as `2024-06-01 13:05:00`, taken in the time zone), and errors name the cell.
fn load_workbook_table(
    path: &Path,
    tz: FixedOffset,
    mapping: &EventMapping,
) -> Result<EventTable, LoadError> {
    let sheet =
        crate::data::workbook::open_text_sheet(path, |cells| has_mapped_events(cells, mapping))?
            .ok_or_else(|| LoadError::Malformed {
                path: path.to_owned(),
                message: crate::text!("data-no-event-sheet"),
            })?;
    let mut columns = Columns::new(path, tz, &sheet.headers, mapping)?;
    columns.places = Places::Cells(&sheet);
    let mut rows = Builder::with_capacity(0);
    for (row, cells) in sheet.rows() {
        columns.add(&mut rows, row as usize, &cells)?;
    }
    Ok(rows.finish(Days::Zone(tz), Order::DedupedByTimeAndEvent))
}

/// A `.parquet` file, by its name.
pub(crate) fn is_parquet(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
}
