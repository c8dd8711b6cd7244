//! Event logs as Parquet: the same columns (found by the same header aliases), read by Polars
//! and fed row by row through the text reader's checks, so a bad time or amount is the same
//! error, naming the row instead of a line.

use std::path::Path;

use chrono::FixedOffset;
use polars::prelude::*;

use super::{Builder, Columns, Days, EventMapping, EventTable, Order};
use crate::data::error::LoadError;

/// Loads a Parquet event log in columns.
pub(crate) fn load_parquet_table(
    path: &Path,
    tz: FixedOffset,
    mapping: &EventMapping,
) -> Result<EventTable, LoadError> {
    let bytes = crate::data::sniff::read_bytes(path, path)?;
    let headers = crate::data::read::parquet_headers(path, &bytes)?;
    let mut columns = Columns::new(path, tz, &headers, mapping)?;
    columns.places = super::Places::Rows;
    let wanted: Vec<usize> = [Some(columns.user), Some(columns.time)]
        .into_iter()
        .chain([columns.event, columns.amount, columns.channel])
        .flatten()
        .collect();
    let names: Vec<String> = wanted.iter().map(|i| headers[*i].clone()).collect();
    let frame = crate::data::read::read_parquet(path, &bytes, headers.clone(), names)?.frame;
    drop(bytes);
    // Every wanted column as text, as a CSV would have it. Timestamps are naive here (the
    // Polars build reads no zone from a schema): taken as written in the log's zone, like naive
    // times in CSV; a column that does carry a zone is an instant, given as epoch seconds.
    let mut texts: Vec<Option<StringChunked>> = vec![None; headers.len()];
    let unreadable = crate::tr!("data-unreadable-column");
    for i in &wanted {
        let as_text = crate::data::read::guarded_read(path, &unreadable, || {
            let column = frame.column(headers[*i].as_str())?;
            let series = column.as_materialized_series();
            let series = match series.dtype() {
                DataType::Datetime(unit, Some(_)) => {
                    let per_second = match unit {
                        TimeUnit::Nanoseconds => 1_000_000_000,
                        TimeUnit::Microseconds => 1_000_000,
                        TimeUnit::Milliseconds => 1_000,
                    };
                    let physical = series.to_physical_repr().into_owned();
                    let seconds = physical.i64()?.apply_values(|v| v.div_euclid(per_second));
                    seconds.into_series()
                }
                _ => series.clone(),
            };
            Ok(series.cast(&DataType::String)?.str()?.clone())
        })?;
        texts[*i] = Some(as_text);
    }
    let mut rows = Builder::with_capacity(frame.height());
    let mut fields = vec![String::new(); headers.len()];
    for row in 0..frame.height() {
        for (i, text) in texts.iter().enumerate() {
            fields[i].clear();
            if let Some(value) = text.as_ref().and_then(|t| t.get(row)) {
                fields[i].push_str(value);
            }
        }
        columns.add(&mut rows, row + 1, &fields)?;
    }
    Ok(rows.finish(Days::Zone(tz), Order::DedupedByTimeAndEvent))
}
