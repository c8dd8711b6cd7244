//! Sums per group straight from the rows: one pass to give each selected row its group, then
//! one pass per sum, each group's values added in row order.
//!
//! Why not Polars' `filter` + `group_by`: that copies every column it reads through the filter
//! (on 10M rows, hundreds of MB while the app also holds the rows), hashes the keys, and adds a
//! group's values in an order that depends on how the work was split, so parallel or streaming
//! execution could give other last digits from run to run. Here the filter is a test per row,
//! the keys are the label columns' dictionary codes (see
//! [`label_dtype`](crate::data::types::label_dtype)) or day numbers, and every sum is taken in
//! row order with the rounding error carried (Neumaier): the same digits every run, and the
//! digits of the exact sum wherever a double can hold them. The sums run side by side on the worker threads, each on
//! its own accumulators.

use std::collections::HashMap;

use chrono::Datelike as _;
use polars::prelude::*;

use crate::data::clean::{date_from_epoch_days, days_since_epoch};
use crate::data::{Dataset, Field, SOURCE_COLUMN};
use crate::metrics::query::{Filters, Granularity, GroupKey};
use crate::metrics::summary::MetricsError;

/// Which rows a sum adds.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Mask {
    /// Every row with a value.
    All,
    /// Rows where every one of these columns has a value.
    NotNull(Vec<String>),
    /// Rows from these sources (file names).
    Sources(Vec<String>),
}

/// One sum: `column`'s values over the rows of `mask`, into the column `sum`; where a group
/// has no value to add, null if `or_null`, else 0.
#[derive(Clone, Debug)]
pub(super) struct SumSpec {
    pub column: String,
    pub mask: Mask,
    pub sum: String,
    pub or_null: bool,
}

/// A row left out by the filters.
const SKIP: u32 = u32::MAX;

/// The sums of `specs` per group of `keys` over the rows `filters` select: one row per group
/// (one row in all without keys), the keys first (labels as text, periods as dates), in no
/// particular order.
pub(super) fn grouped_sums(
    ds: &Dataset,
    filters: &Filters,
    keys: &[GroupKey],
    specs: &[SumSpec],
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<DataFrame, MetricsError> {
    let height = ds.frame.height();
    let selected = selection(ds, filters)?;
    let ids: Vec<u32> = match &selected {
        Some(keep) => keep.iter().map(|k| if *k { 0 } else { SKIP }).collect(),
        None => vec![0; height],
    };
    drop(selected);
    let mut parts: Vec<KeyPart> = Vec::new();
    for key in keys {
        parts.push(KeyPart::of(ds, *key)?);
    }
    sum_groups(&ds.frame, ids, &parts, keys, specs, stop)
}

/// The sums of `specs` (over every row, [`Mask::All`]) per group of `keys` of an already
/// grouped `frame` (a [`Summary`](crate::metrics::Summary)'s: labels as text, periods as
/// dates): a finer summary summed into a coarser one as exactly as the rows were.
pub(super) fn regrouped_sums(
    frame: &DataFrame,
    keys: &[GroupKey],
    specs: &[SumSpec],
) -> Result<DataFrame, MetricsError> {
    let mut parts: Vec<KeyPart> = Vec::new();
    for key in keys {
        let column = frame.column(key.name())?;
        parts.push(if key.is_time() {
            KeyPart::numbered(day_numbers(column)?.iter().map(|d| d.map(i64::from)))
        } else {
            KeyPart::texts(column.str()?)
        });
    }
    sum_groups(frame, vec![0; frame.height()], &parts, keys, specs, &|| {
        false
    })
}

/// Groups the rows whose `ids` are not [`SKIP`] by `parts` and sums `specs` per group, asking
/// `stop` before each pass.
fn sum_groups(
    frame: &DataFrame,
    mut ids: Vec<u32>,
    parts: &[KeyPart],
    keys: &[GroupKey],
    specs: &[SumSpec],
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<DataFrame, MetricsError> {
    if stop() {
        return Err(MetricsError::Stopped);
    }
    let groups = Groups::assign(&mut ids, parts);
    let group_count = groups.len();
    // Each distinct mask once: a retention day's numerator and denominator share theirs.
    let mut masks: Vec<(&Mask, Option<Vec<bool>>)> = Vec::new();
    for spec in specs {
        if !masks.iter().any(|(m, _)| *m == &spec.mask) {
            masks.push((&spec.mask, row_mask(frame, &spec.mask)?));
        }
    }
    let sums: Vec<(Vec<f64>, Vec<IdxSize>)> = {
        use rayon::prelude::*;
        specs
            .par_iter()
            .map(|spec| {
                if stop() {
                    return Err(MetricsError::Stopped);
                }
                let mask = masks
                    .iter()
                    .find(|(m, _)| *m == &spec.mask)
                    .and_then(|(_, rows)| rows.as_deref());
                sum_one(frame, spec, mask, &ids, group_count)
            })
            .collect::<Result<_, MetricsError>>()?
    };
    drop(masks);
    drop(ids);
    let mut columns: Vec<Column> = Vec::new();
    for (i, (part, key)) in parts.iter().zip(keys).enumerate() {
        columns.push(part.column(key.name(), groups.slots(parts, i)));
    }
    for (spec, (sum, count)) in specs.iter().zip(sums) {
        let name = spec.sum.as_str().into();
        let column = if spec.or_null && count.contains(&0) {
            Float64Chunked::from_iter_options(
                name,
                sum.into_iter()
                    .zip(count)
                    .map(|(s, c)| (c > 0).then_some(s)),
            )
        } else {
            Float64Chunked::from_vec(name, sum)
        };
        columns.push(column.into_column());
    }
    Ok(DataFrame::new(group_count, columns)?)
}

/// The first and last day of the rows `filters` select; `None` when none is dated.
pub(super) fn selected_days(
    ds: &Dataset,
    filters: &Filters,
) -> Result<Option<(i32, i32)>, MetricsError> {
    let days = day_numbers(ds.frame.column(&Field::Date.name())?)?;
    let selected = selection(ds, filters)?;
    let mut span: Option<(i32, i32)> = None;
    for (row, day) in days.iter().enumerate() {
        let (Some(day), true) = (day, selected.as_ref().is_none_or(|s| s[row])) else {
            continue;
        };
        span = Some(span.map_or((day, day), |(a, b)| (a.min(day), b.max(day))));
    }
    Ok(span)
}

/// A date column's days since 1970, row by row.
fn day_numbers(column: &Column) -> PolarsResult<Int32Chunked> {
    Ok(column.date()?.physical().clone())
}

/// The rows `filters` keep (`None`: every row).
fn selection(ds: &Dataset, filters: &Filters) -> Result<Option<Vec<bool>>, MetricsError> {
    let height = ds.frame.height();
    let mut keep: Option<Vec<bool>> = None;
    if filters.from.is_some() || filters.to.is_some() {
        if !ds.has(Field::Date) {
            return Err(MetricsError::FilterNeedsDate);
        }
        let from = filters.from.map_or(i32::MIN, days_since_epoch);
        let to = filters.to.map_or(i32::MAX, days_since_epoch);
        let days = day_numbers(ds.frame.column(&Field::Date.name())?)?;
        keep = Some(
            days.iter()
                .map(|d| d.is_some_and(|d| from <= d && d <= to))
                .collect(),
        );
    }
    for (field, wanted) in [
        (Field::Channel, &filters.channels),
        (Field::Campaign, &filters.campaigns),
    ] {
        if wanted.is_empty() {
            continue;
        }
        let keep = keep.get_or_insert_with(|| vec![true; height]);
        let Ok(column) = ds.frame.column(&field.name()) else {
            // Nothing can match a filter on a column the data does not have.
            keep.fill(false);
            continue;
        };
        let labels = Labels::of(column)?;
        let allowed = labels.codes_of(wanted.iter().map(String::as_str));
        for (k, code) in keep.iter_mut().zip(labels.codes.iter()) {
            *k = *k && code.is_some_and(|c| allowed.get(c as usize).copied().unwrap_or(false));
        }
    }
    Ok(keep)
}

/// A label column's dictionary codes and names.
struct Labels {
    codes: UInt32Chunked,
    mapping: Arc<CategoricalMapping>,
}

impl Labels {
    fn of(column: &Column) -> Result<Labels, MetricsError> {
        let column = match column.dtype() {
            DataType::Categorical(..) => column.clone(),
            _ => crate::data::as_label(column)?,
        };
        let cats = column.cat32()?;
        Ok(Labels {
            codes: cats.physical().clone(),
            mapping: cats.get_mapping().clone(),
        })
    }

    /// Which codes name one of `names`, by code.
    fn codes_of<'a>(&self, names: impl Iterator<Item = &'a str>) -> Vec<bool> {
        let mut allowed = Vec::new();
        for code in names.filter_map(|n| self.mapping.get_cat(n)) {
            let code = code as usize;
            if allowed.len() <= code {
                allowed.resize(code + 1, false);
            }
            allowed[code] = true;
        }
        allowed
    }
}

/// One grouping key, row by row: each row's number among the key's distinct values (`NONE`
/// where it has none), and the value each number stands for (a dictionary code or the first
/// day of a period).
struct KeyPart {
    local: Vec<u32>,
    values: Vec<i64>,
    names: Names,
}

/// What a key's values stand for.
enum Names {
    /// Days (the first of a period).
    Days,
    /// Codes of a label column's dictionary.
    Dictionary(Arc<CategoricalMapping>),
    /// Positions in a list of texts.
    Texts(Vec<String>),
}

/// A row without a value of a key (no date, grouped by week).
const NONE: u32 = u32::MAX;

impl KeyPart {
    fn of(ds: &Dataset, key: GroupKey) -> Result<KeyPart, MetricsError> {
        let need = |field: Field, column: &'static str| {
            ds.frame
                .column(&field.name())
                .map_err(|_| MetricsError::GroupNeedsColumn { key, column })
                .cloned()
        };
        let labels = match key {
            GroupKey::Channel => Labels::of(&need(Field::Channel, "channel")?)?,
            GroupKey::Campaign => Labels::of(&need(Field::Campaign, "campaign")?)?,
            GroupKey::Source => Labels::of(ds.frame.column(SOURCE_COLUMN)?)?,
            GroupKey::Period(granularity) => {
                let days = day_numbers(&need(Field::Date, "date")?)?;
                return Ok(KeyPart::periods(&days, granularity));
            }
        };
        // Codes index a table straight away: no hashing per row.
        let size = labels.codes.max().map_or(0, |m| m as usize + 1);
        let mut part = KeyPart::tabled(
            labels.codes.iter(),
            (0..size).map(|code| code as i64).collect(),
        );
        part.names = Names::Dictionary(labels.mapping);
        Ok(part)
    }

    /// A text key (a summary's label column): each distinct text numbered.
    fn texts(column: &StringChunked) -> KeyPart {
        let mut index: HashMap<&str, u32> = HashMap::new();
        let mut texts: Vec<String> = Vec::new();
        // Numbered in the order first met, as `numbered` would: each text is its own value.
        let local = column
            .iter()
            .map(|v| {
                v.map_or(NONE, |v| {
                    *index.entry(v).or_insert_with(|| {
                        texts.push(v.to_owned());
                        u32::try_from(texts.len() - 1).unwrap_or(NONE - 1)
                    })
                })
            })
            .collect();
        KeyPart {
            local,
            values: (0..texts.len() as i64).collect(),
            names: Names::Texts(texts),
        }
    }

    /// Periods: days numbered through a table over the days' range, so that a month's first
    /// day is found once per day, not once per row.
    fn periods(days: &Int32Chunked, granularity: Granularity) -> KeyPart {
        let (Some(min), Some(max)) = (days.min(), days.max()) else {
            return KeyPart::numbered(days.iter().map(|_| None));
        };
        let span = usize::try_from(i64::from(max) - i64::from(min) + 1).unwrap_or(usize::MAX);
        if span > 1 << 24 {
            let starts = days
                .iter()
                .map(|d| d.map(|d| i64::from(period_start(d, granularity))));
            return KeyPart::numbered(starts);
        }
        let table: Vec<i64> = (min..=max)
            .map(|d| i64::from(period_start(d, granularity)))
            .collect();
        KeyPart::tabled(days.iter().map(|d| d.map(|d| (d - min) as u32)), table)
    }

    /// Numbers rows by a table: `index` (below `table.len()`) stands for `table[index]`, and
    /// equal values in the table are one group.
    fn tabled(indexes: impl Iterator<Item = Option<u32>>, table: Vec<i64>) -> KeyPart {
        let mut number_of: Vec<u32> = vec![NONE; table.len()];
        let mut first_of: HashMap<i64, u32> = HashMap::new();
        let mut distinct = Vec::new();
        let local = indexes
            .map(|i| {
                let Some(i) = i else { return NONE };
                let slot = &mut number_of[i as usize];
                if *slot == NONE {
                    let value = table[i as usize];
                    *slot = *first_of.entry(value).or_insert_with(|| {
                        distinct.push(value);
                        u32::try_from(distinct.len() - 1).unwrap_or(NONE - 1)
                    });
                }
                *slot
            })
            .collect();
        KeyPart {
            local,
            values: distinct,
            names: Names::Days,
        }
    }

    /// Numbers the distinct values in the order first met.
    fn numbered(values: impl Iterator<Item = Option<i64>>) -> KeyPart {
        let mut index: HashMap<i64, u32> = HashMap::new();
        let mut distinct = Vec::new();
        let mut last: Option<(i64, u32)> = None;
        let local = values
            .map(|v| {
                let Some(v) = v else { return NONE };
                // Rows come in runs of one value (a day's rows, a file's source).
                if let Some((value, n)) = last
                    && value == v
                {
                    return n;
                }
                let n = *index.entry(v).or_insert_with(|| {
                    distinct.push(v);
                    u32::try_from(distinct.len() - 1).unwrap_or(NONE - 1)
                });
                last = Some((v, n));
                n
            })
            .collect();
        KeyPart {
            local,
            values: distinct,
            names: Names::Days,
        }
    }

    /// How many numbers a row can have: the distinct values and `NONE`.
    fn size(&self) -> u64 {
        self.values.len() as u64 + 1
    }

    /// The number of a row's value, `NONE` as the last.
    fn slot(&self, row: usize) -> u64 {
        match self.local[row] {
            NONE => self.values.len() as u64,
            n => u64::from(n),
        }
    }

    /// The key column of the groups, from each group's slot of this key.
    fn column(&self, name: &str, slots: impl Iterator<Item = u64>) -> Column {
        let value = |slot: u64| self.values.get(slot as usize).copied();
        match &self.names {
            Names::Dictionary(mapping) => {
                let names: StringChunked = slots
                    .map(|s| value(s).and_then(|code| mapping.cat_to_str(code as u32)))
                    .collect();
                names.with_name(name.into()).into_column()
            }
            Names::Texts(texts) => {
                let names: StringChunked = slots
                    .map(|s| value(s).and_then(|i| texts.get(i as usize).map(String::as_str)))
                    .collect();
                names.with_name(name.into()).into_column()
            }
            Names::Days => {
                let days: Int32Chunked = slots
                    .map(|s| value(s).and_then(|d| i32::try_from(d).ok()))
                    .collect();
                days.with_name(name.into()).into_date().into_column()
            }
        }
    }
}

/// The first day (days since 1970) of the period `day` falls in: itself, its week's Monday,
/// its month's first.
fn period_start(day: i32, granularity: Granularity) -> i32 {
    match granularity {
        Granularity::Day => day,
        // 1970-01-01 was a Thursday: day 4 (1970-01-05) is a Monday.
        Granularity::Week => day - (day - 4).rem_euclid(7),
        Granularity::Month => date_from_epoch_days(day)
            .and_then(|d| d.with_day(1))
            .map_or(day, days_since_epoch),
    }
}

/// The groups met, in the order first met: each one's slot in every key.
struct Groups {
    /// The combined slot (slot of key 1 × size of key 2 + slot of key 2 …) of each group.
    combined: Vec<u64>,
}

impl Groups {
    /// Gives each selected row (`ids[row] != SKIP`) its group's number.
    fn assign(ids: &mut [u32], parts: &[KeyPart]) -> Groups {
        let mut combined = Vec::new();
        if parts.is_empty() {
            // Without keys there is one group, even over no rows (the totals row).
            combined.push(0);
            return Groups { combined };
        }
        let total: u64 = parts.iter().map(KeyPart::size).product();
        // A table from combined slot to group when it is small, else a map.
        let mut table: Vec<u32> = if total <= 1 << 24 {
            vec![SKIP; total as usize]
        } else {
            Vec::new()
        };
        let mut map: HashMap<u64, u32> = HashMap::new();
        for (row, id) in ids.iter_mut().enumerate() {
            if *id == SKIP {
                continue;
            }
            let slot = parts
                .iter()
                .fold(0u64, |acc, part| acc * part.size() + part.slot(row));
            let next = u32::try_from(combined.len()).unwrap_or(SKIP - 1);
            let group = if table.is_empty() {
                *map.entry(slot).or_insert(next)
            } else {
                let entry = &mut table[slot as usize];
                if *entry == SKIP {
                    *entry = next;
                }
                *entry
            };
            if group == next {
                combined.push(slot);
            }
            *id = group;
        }
        Groups { combined }
    }

    fn len(&self) -> usize {
        self.combined.len()
    }

    /// Each group's slot in key `index` of `parts`.
    fn slots<'a>(&'a self, parts: &'a [KeyPart], index: usize) -> impl Iterator<Item = u64> + 'a {
        let below: u64 = parts[index + 1..].iter().map(KeyPart::size).product();
        let size = parts[index].size();
        self.combined.iter().map(move |c| (c / below) % size)
    }
}

/// One sum over the rows, per group: the sums and the counts of values added.
fn sum_one(
    frame: &DataFrame,
    spec: &SumSpec,
    mask: Option<&[bool]>,
    ids: &[u32],
    group_count: usize,
) -> Result<(Vec<f64>, Vec<IdxSize>), MetricsError> {
    let mut sums = vec![0.0; group_count];
    // Neumaier's compensation: what each addition rounded away, added back at the end, so a
    // sum is as exact as the values allow (and the same whatever their order, all but always).
    let mut lost = vec![0.0; group_count];
    let mut counts: Vec<IdxSize> = vec![0; group_count];
    let values = frame.column(&spec.column)?.f64()?.clone();
    let mut row = 0usize;
    for chunk in values.downcast_iter() {
        let data = chunk.values().as_slice();
        let validity = chunk.validity();
        for (i, value) in data.iter().enumerate() {
            let g = ids[row + i];
            if g == SKIP
                || validity.is_some_and(|v| !v.get_bit(i))
                || mask.is_some_and(|m| !m[row + i])
            {
                continue;
            }
            let (g, value) = (g as usize, *value);
            let (sum, t) = (sums[g], sums[g] + value);
            lost[g] += if sum.abs() >= value.abs() {
                (sum - t) + value
            } else {
                (value - t) + sum
            };
            sums[g] = t;
            counts[g] += 1;
        }
        row += data.len();
    }
    for (sum, lost) in sums.iter_mut().zip(lost) {
        *sum += lost;
    }
    Ok((sums, counts))
}

/// The rows a mask keeps (`None`: all).
fn row_mask(frame: &DataFrame, mask: &Mask) -> Result<Option<Vec<bool>>, MetricsError> {
    Ok(match mask {
        Mask::All => None,
        Mask::NotNull(columns) => {
            let mut keep = vec![true; frame.height()];
            for name in columns {
                let column = frame.column(name)?;
                for (k, valid) in keep.iter_mut().zip(column.is_not_null().iter()) {
                    *k = *k && valid == Some(true);
                }
            }
            Some(keep)
        }
        Mask::Sources(names) => {
            let labels = Labels::of(frame.column(SOURCE_COLUMN)?)?;
            let allowed = labels.codes_of(names.iter().map(String::as_str));
            Some(
                labels
                    .codes
                    .iter()
                    .map(|c| c.is_some_and(|c| allowed.get(c as usize).copied().unwrap_or(false)))
                    .collect(),
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_start_on_mondays_and_firsts() {
        let day =
            |y, m, d| days_since_epoch(chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date"));
        // 2024-07-04 was a Thursday; its week starts Monday 2024-07-01. Before 1970 too.
        for (date, granularity, start) in [
            (day(2024, 7, 4), Granularity::Week, day(2024, 7, 1)),
            (day(2024, 7, 1), Granularity::Week, day(2024, 7, 1)),
            (day(2024, 7, 7), Granularity::Week, day(2024, 7, 1)),
            (day(1969, 12, 31), Granularity::Week, day(1969, 12, 29)),
            (day(2024, 2, 29), Granularity::Month, day(2024, 2, 1)),
            (day(2024, 2, 29), Granularity::Day, day(2024, 2, 29)),
        ] {
            assert_eq!(
                period_start(date, granularity),
                start,
                "{date} {granularity:?}"
            );
        }
    }
}
