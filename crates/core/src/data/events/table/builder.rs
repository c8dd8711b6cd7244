//! Building an [`EventTable`] from rows as they are read: user names interned to dense ids
//! (on two threads for a streamed file, the hash split in two), event names and channels to
//! small ids, then each user's rows grouped by a counting sort, ordered and de-duplicated.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{Days, EventTable};

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

/// How a user's events are ordered when the table is built.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    /// By time, then event name, the same (time, event) twice kept once: a loaded file.
    DedupedByTimeAndEvent,
    /// By time only, every event kept: a log built in memory, as the cohort table always
    /// read one.
    ByTime,
}

/// Interns names to ids + 1 (0 is "none").
#[derive(Default)]
pub(super) struct Names {
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
pub(super) struct UserBatch {
    text: String,
    ends: Vec<u32>,
}

/// Rows in a batch before it goes to its interner.
const BATCH_ROWS: usize = 1 << 16;

/// Names by id, one after another in one string: no allocation per name.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct UserNames {
    text: String,
    /// Where each name ends in `text`.
    ends: Vec<usize>,
}

impl UserNames {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn get(&self, id: usize) -> &str {
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
pub(super) struct UserPart {
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
pub(super) enum Interning {
    Inline([UserPart; PARTS]),
    Threads([std::sync::mpsc::SyncSender<UserBatch>; PARTS]),
}

/// Rows as they are read, in file order.
pub(super) struct Builder {
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
    pub(super) fn with_capacity(rows: usize) -> Self {
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

    pub(super) fn push(
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
    pub(super) fn intern_on_threads<R>(&mut self, work: impl FnOnce(&mut Builder) -> R) -> R {
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
    pub(super) fn finish(mut self, mut days: Days, order: Order) -> EventTable {
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
