//! The event log in columns: what a 10-million-event file is held as. Users are interned to
//! `u32` ids, event names and channels to small ids, and each user's events sit together in
//! time order, so the cohort table is one pass over users and memory is about 28 bytes an
//! event (an [`Event`] row is 96 bytes plus three heap strings).
//!
//! UTF-8 files (the usual case) are read in chunks and parsed straight from the bytes, without
//! holding the whole file or a `String` per field; other encodings are decoded whole as before.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Read as _;
use std::path::Path;

use chrono::FixedOffset;

mod parquet;

use super::{
    Event, EventColumn, EventLog, EventMapping, has_mapped_events, local_day, mapped_column,
    parse_time, read_table, user_column,
};
use crate::data::error::{Expected, LoadError, Location};
use crate::data::schema::Field;
use crate::data::tokenize::Tokenizer;

/// FxHash (rustc's): interning millions of short user ids is most of the parsing time, and
/// SipHash's protection against crafted keys buys nothing for a local file.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0_u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0_u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // Fx's multiply leaves the low bits (the bucket index) to the first bytes only
        // (`u1…` for every user id): mix the high bits down.
        let h = (self.hash ^ (self.hash >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

/// A hash map keyed by FxHash.
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

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

/// How a user's events are ordered when the table is built.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// By time, then event name, the same (time, event) twice kept once: a loaded file.
    DedupedByTimeAndEvent,
    /// By time only, every event kept: a log built in memory, as the cohort table always
    /// read one.
    ByTime,
}

/// Interns names to ids + 1 (0 is "none").
#[derive(Default)]
struct Names {
    ids: FxMap<String, u32>,
    names: Vec<String>,
    /// The id of the last name looked up: channels and event names come in runs.
    last: Option<u32>,
}

impl Names {
    fn id(&mut self, name: Option<&str>) -> u32 {
        let Some(name) = name else { return 0 };
        if let Some(id) = self.last
            && self.names[id as usize - 1] == name
        {
            return id;
        }
        let id = match self.ids.get(name) {
            Some(id) => *id,
            None => {
                self.names.push(name.to_owned());
                let id = self.names.len() as u32;
                self.ids.insert(name.to_owned(), id);
                id
            }
        };
        self.last = Some(id);
        id
    }
}

/// User names of rows as they are read, handed to an interner in batches.
#[derive(Default)]
struct UserBatch {
    text: String,
    ends: Vec<u32>,
}

/// Rows in a batch before it goes to its interner.
const BATCH_ROWS: usize = 1 << 16;

/// Names by id, one after another in one string: no allocation per name.
#[derive(Clone, Debug, Default, PartialEq)]
struct UserNames {
    text: String,
    /// Where each name ends in `text`.
    ends: Vec<usize>,
}

impl UserNames {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, id: usize) -> &str {
        let start = id.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.text[start..self.ends[id]]
    }

    fn push(&mut self, name: &str) {
        self.text.push_str(name);
        self.ends.push(self.text.len());
    }
}

/// FxHash of a name.
fn hash_name(name: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(name.as_bytes());
    hasher.finish()
}

/// The users of one partition (by a bit of their name's hash): ids dense from 0 in order of
/// first appearance, found through a table of ids hashed by name (4 bytes a slot), and the id
/// of each of the partition's rows.
#[derive(Default)]
struct UserPart {
    ids: hashbrown::HashTable<u32>,
    names: UserNames,
    of_row: Vec<u32>,
}

impl UserPart {
    /// Room for a partition's share of `rows` rows (of users with several events each):
    /// reserved at once, the columns are not copied as they grow.
    fn with_capacity(rows: usize) -> Self {
        let rows = rows / PARTS + rows / (8 * PARTS);
        UserPart {
            ids: hashbrown::HashTable::with_capacity(rows / 4),
            names: UserNames::default(),
            of_row: Vec::with_capacity(rows),
        }
    }

    fn add(&mut self, batch: &UserBatch) {
        let UserPart { ids, names, of_row } = self;
        let mut start = 0;
        for end in &batch.ends {
            let name = &batch.text[start..*end as usize];
            start = *end as usize;
            let hash = hash_name(name);
            let id = match ids.find(hash, |id| names.get(*id as usize) == name) {
                Some(id) => *id,
                None => {
                    let id = names.len() as u32;
                    names.push(name);
                    ids.insert_unique(hash, id, |id| hash_name(names.get(*id as usize)));
                    id
                }
            };
            of_row.push(id);
        }
    }
}

/// Interning millions of user names through a hash map is most of a large log's load time,
/// spent waiting on memory; users are split in two by their hash, so the two halves can be
/// interned on two threads while the file is parsed.
const PARTS: usize = 2;

/// Where batches of user names go: interned here, or sent to the partitions' threads.
enum Interning {
    Inline([UserPart; PARTS]),
    Threads([std::sync::mpsc::SyncSender<UserBatch>; PARTS]),
}

/// Rows as they are read, in file order.
struct Builder {
    /// The partition of each row's user.
    part_of_row: Vec<u8>,
    batches: [UserBatch; PARTS],
    interning: Interning,
    at: Vec<i64>,
    event: Vec<u32>,
    events: Names,
    channel: Vec<u32>,
    channels: Names,
    amount: Vec<f64>,
}

/// Takes the threads' senders out of a builder when dropped, also when parsing panics, so the
/// interning threads end and the scope waiting for them returns.
struct Unhook<'a>(&'a mut Builder);

impl Drop for Unhook<'_> {
    fn drop(&mut self) {
        if matches!(self.0.interning, Interning::Threads(_)) {
            self.0.interning = Interning::Inline(Default::default());
        }
    }
}

impl Builder {
    fn with_capacity(rows: usize) -> Self {
        Builder {
            part_of_row: Vec::with_capacity(rows),
            batches: Default::default(),
            interning: Interning::Inline([(); PARTS].map(|()| UserPart::with_capacity(rows))),
            at: Vec::with_capacity(rows),
            event: Vec::with_capacity(rows),
            events: Names::default(),
            channel: Vec::with_capacity(rows),
            channels: Names::default(),
            amount: Vec::with_capacity(rows),
        }
    }

    fn push(
        &mut self,
        user: &str,
        at: i64,
        event: Option<&str>,
        amount: f64,
        channel: Option<&str>,
    ) {
        // A middle bit: hash tables index by the low bits and tag by the top ones.
        let part = (hash_name(user) >> 32) as usize % PARTS;
        self.part_of_row.push(part as u8);
        let batch = &mut self.batches[part];
        batch.text.push_str(user);
        batch.ends.push(batch.text.len() as u32);
        if batch.ends.len() == BATCH_ROWS {
            self.flush(part);
        }
        self.at.push(at);
        self.event.push(self.events.id(event));
        self.amount.push(amount);
        self.channel.push(self.channels.id(channel));
    }

    /// Interns, or sends to be interned, the users waiting in partition `part`'s batch.
    fn flush(&mut self, part: usize) {
        let batch = std::mem::take(&mut self.batches[part]);
        match &mut self.interning {
            Interning::Inline(parts) => parts[part].add(&batch),
            // A send fails only when the thread has panicked, which the join reports.
            Interning::Threads(senders) => drop(senders[part].send(batch)),
        }
    }

    /// Runs `work` (which pushes rows) with the users interned on threads of their own, one
    /// per partition, while `work` parses.
    fn intern_on_threads<R>(&mut self, work: impl FnOnce(&mut Builder) -> R) -> R {
        let Interning::Inline(parts) =
            std::mem::replace(&mut self.interning, Interning::Inline(Default::default()))
        else {
            return work(self);
        };
        std::thread::scope(|scope| {
            let started = parts.map(|mut part| {
                let (sender, batches) = std::sync::mpsc::sync_channel::<UserBatch>(4);
                let thread = scope.spawn(move || {
                    for batch in batches {
                        part.add(&batch);
                    }
                    part
                });
                (sender, thread)
            });
            let [(s0, t0), (s1, t1)] = started;
            self.interning = Interning::Threads([s0, s1]);
            let result = {
                let unhook = Unhook(self);
                let result = work(unhook.0);
                for part in 0..PARTS {
                    unhook.0.flush(part);
                }
                result
            };
            let join = |t: std::thread::ScopedJoinHandle<'_, UserPart>| {
                t.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            };
            self.interning = Interning::Inline([join(t0), join(t1)]);
            result
        })
    }

    /// Groups the rows by user (a counting sort: users are dense ids), orders each user's
    /// rows, drops duplicates when asked, and gathers the columns in that order.
    fn finish(mut self, mut days: Days, order: Order) -> EventTable {
        for part in 0..PARTS {
            self.flush(part);
        }
        let Builder {
            part_of_row,
            interning,
            at,
            event,
            events,
            channel,
            channels,
            amount,
            ..
        } = self;
        let Interning::Inline(parts) = interning else {
            unreachable!("intern_on_threads puts the partitions back before returning")
        };
        // Partition 0's users first, then partition 1's, each in order of first appearance.
        let mut first_id = [0_u32; PARTS];
        for p in 1..PARTS {
            first_id[p] = first_id[p - 1] + parts[p - 1].names.len() as u32;
        }
        let mut user_rows =
            vec![0_usize; first_id[PARTS - 1] as usize + parts[PARTS - 1].names.len() + 1];
        for (p, part) in parts.iter().enumerate() {
            for id in &part.of_row {
                user_rows[(first_id[p] + id) as usize + 1] += 1;
            }
        }
        let user_count = user_rows.len() - 1;
        for u in 0..user_count {
            user_rows[u + 1] += user_rows[u];
        }
        // Each row's place among its user's rows, in file order.
        let mut next = user_rows.clone();
        let mut rows = vec![0_u32; part_of_row.len()];
        let mut read = [0_usize; PARTS];
        for (row, p) in part_of_row.iter().enumerate() {
            let p = *p as usize;
            let u = (first_id[p] + parts[p].of_row[read[p]]) as usize;
            read[p] += 1;
            rows[next[u]] = row as u32;
            next[u] += 1;
        }
        drop((part_of_row, next));
        let mut users = UserNames {
            text: String::with_capacity(parts.iter().map(|p| p.names.text.len()).sum()),
            ends: Vec::with_capacity(user_count),
        };
        for part in parts {
            let before = users.text.len();
            users.text.push_str(&part.names.text);
            users
                .ends
                .extend(part.names.ends.iter().map(|end| before + end));
        }
        // Event names in the order `Option<String>` compares them, for ties in time.
        let mut rank = vec![0_u32; events.names.len() + 1];
        let mut sorted: Vec<usize> = (0..events.names.len()).collect();
        sorted.sort_by(|a, b| events.names[*a].cmp(&events.names[*b]));
        for (r, i) in sorted.into_iter().enumerate() {
            rank[i + 1] = r as u32 + 1;
        }
        // Sort each user's rows (stable: ties keep file order) and, for a loaded file, keep
        // the first of each (time, event).
        let mut kept = 0;
        let mut start = 0;
        for u in 0..users.len() {
            let end = user_rows[u + 1];
            let mine = &mut rows[start..end];
            match order {
                Order::ByTime => mine.sort_by_key(|r| at[*r as usize]),
                Order::DedupedByTimeAndEvent => {
                    mine.sort_by_key(|r| (at[*r as usize], rank[event[*r as usize] as usize]));
                }
            }
            let first_kept = kept;
            for i in start..end {
                let row = rows[i] as usize;
                if order == Order::DedupedByTimeAndEvent && kept > first_kept {
                    let previous = rows[kept - 1] as usize;
                    if at[previous] == at[row] && event[previous] == event[row] {
                        continue;
                    }
                }
                rows[kept] = row as u32;
                kept += 1;
            }
            user_rows[u] = first_kept;
            start = end;
        }
        let duplicates = rows.len() - kept;
        rows.truncate(kept);
        user_rows[users.len()] = kept;
        fn gather<T: Copy>(column: Vec<T>, rows: &[u32]) -> Vec<T> {
            rows.iter().map(|r| column[*r as usize]).collect()
        }
        if let Days::Given(given) = days {
            days = Days::Given(gather(given, &rows));
        }
        EventTable {
            users,
            user_rows,
            at: gather(at, &rows),
            days,
            event: gather(event, &rows),
            event_names: events.names,
            channel: gather(channel, &rows),
            channel_names: channels.names,
            amount: gather(amount, &rows),
            duplicates,
        }
    }
}

/// The columns an event log's header names, and how a record becomes a row.
struct Columns<'h> {
    path: &'h Path,
    tz: FixedOffset,
    headers: &'h [String],
    user: usize,
    time: usize,
    event: Option<usize>,
    amount: Option<usize>,
    channel: Option<usize>,
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
    fn new(
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
    if let Some(table) = stream_utf8(path, tz, mapping)? {
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
                message: "no sheet has a header row with a user column (user_id, uid, openid, \
                      用户ID …) and a time column (event_time, timestamp, 时间 …) in its first 30 \
                      rows"
                    .to_owned(),
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

/// Bytes read at a time.
const CHUNK_BYTES: usize = 8 << 20;

/// Reads up to [`CHUNK_BYTES`] more into `buf`; true at the end of the file.
fn fill(file: &mut std::fs::File, buf: &mut Vec<u8>, path: &Path) -> Result<bool, LoadError> {
    let before = buf.len();
    buf.resize(before + CHUNK_BYTES, 0);
    let mut filled = before;
    while filled < buf.len() {
        match file.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(source) => {
                return Err(LoadError::Io {
                    path: path.to_owned(),
                    source,
                });
            }
        }
    }
    buf.truncate(filled);
    Ok(filled < before + CHUNK_BYTES)
}

/// The longest prefix of `buf` that is whole UTF-8 (a character cut by the chunk's end waits
/// for the next), or `None` when the bytes are not UTF-8.
fn utf8_prefix(buf: &[u8], eof: bool) -> Option<&str> {
    match std::str::from_utf8(buf) {
        Ok(text) => Some(text),
        Err(e) if e.error_len().is_none() && !eof => {
            std::str::from_utf8(&buf[..e.valid_up_to()]).ok()
        }
        Err(_) => None,
    }
}

/// Reads a UTF-8 file chunk by chunk; `None` when it is not plain UTF-8 (a byte-order mark
/// of UTF-16, a NUL byte near the start, bytes that are not UTF-8), which the whole-file
/// decoder then reads (and reports) as it always has.
fn stream_utf8(
    path: &Path,
    tz: FixedOffset,
    mapping: &EventMapping,
) -> Result<Option<EventTable>, LoadError> {
    let mut file = std::fs::File::open(path).map_err(|source| LoadError::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut buf = Vec::with_capacity(CHUNK_BYTES + (1 << 20));
    let mut eof = fill(&mut file, &mut buf, path)?;
    if buf.is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    if buf.starts_with(b"\xFF\xFE")
        || buf.starts_with(b"\xFE\xFF")
        || buf[..buf.len().min(64 * 1024)].contains(&0)
    {
        return Ok(None);
    }
    let bom = buf.starts_with(b"\xEF\xBB\xBF");
    if bom {
        buf.drain(..3);
    }
    // The header record, whole.
    let (headers, separator, mut pos, mut line) = loop {
        let Some(text) = utf8_prefix(&buf, eof) else {
            return Ok(None);
        };
        let first_line = memchr::memchr(b'\n', text.as_bytes());
        if first_line.is_some() || eof {
            let separator = if text[..first_line.unwrap_or(text.len())].contains('\t') {
                b'\t'
            } else {
                b','
            };
            let record = Tokenizer::new(text, separator, 0).next();
            let whole = record
                .as_ref()
                .is_some_and(|r| r.end < text.len() || text.ends_with('\n'));
            if whole || eof {
                let end = record.as_ref().map_or(0, |r| r.end);
                let headers = record.map(|r| r.header()).unwrap_or_default();
                let line = 1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..end]).count();
                break (headers, separator, end, line);
            }
        }
        eof = fill(&mut file, &mut buf, path)?;
    };
    let columns = Columns::new(path, tz, &headers, mapping)?;
    let estimate = file
        .metadata()
        .ok()
        .and_then(|m| usize::try_from(m.len()).ok())
        .map_or(0, |bytes| bytes / 48);
    let mut rows = Builder::with_capacity(estimate);
    let utf8 = rows.intern_on_threads(|rows| {
        loop {
            let Some(text) = utf8_prefix(&buf, eof) else {
                return Ok(false);
            };
            pos = parse_records(text, pos, &mut line, eof, separator, &columns, rows)?;
            if eof {
                return Ok(true);
            }
            buf.drain(..pos);
            pos = 0;
            eof = fill(&mut file, &mut buf, path)?;
        }
    })?;
    Ok(utf8.then(|| rows.finish(Days::Zone(tz), Order::DedupedByTimeAndEvent)))
}

/// Adds the whole records of `text` from byte `pos` on; returns where the first record not
/// yet whole starts (`text.len()` at the end of the file). A line without quotes or stray
/// carriage returns is split where it stands; others go through the quote tokenizer.
fn parse_records(
    text: &str,
    mut pos: usize,
    line: &mut usize,
    eof: bool,
    separator: u8,
    columns: &Columns<'_>,
    rows: &mut Builder,
) -> Result<usize, LoadError> {
    let bytes = text.as_bytes();
    let mut fields: Vec<&str> = Vec::with_capacity(8);
    while pos < bytes.len() {
        let (line_end, next) = match memchr::memchr(b'\n', &bytes[pos..]) {
            Some(i) => (pos + i, pos + i + 1),
            None if eof => (bytes.len(), bytes.len()),
            None => break,
        };
        let raw = &text[pos..line_end];
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if memchr::memchr2(b'"', b'\r', raw.as_bytes()).is_none() {
            fields.clear();
            fields.extend(raw.split(char::from(separator)));
            columns.add(rows, *line, &fields)?;
            *line += 1;
            pos = next;
            continue;
        }
        let Some(record) = Tokenizer::new(&text[pos..], separator, 0).next() else {
            break;
        };
        let end = pos + record.end;
        if end == bytes.len() && !eof && !text.ends_with('\n') {
            break;
        }
        columns.add(rows, *line, &record.fields)?;
        *line += memchr::memchr_iter(b'\n', &bytes[pos..end]).count();
        pos = end;
    }
    Ok(pos)
}
