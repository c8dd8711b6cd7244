//! What a file holds, told from its header row before it is loaded: campaign rows (spend by
//! date and channel) or an event log (a user and a time per row, no spend). Opening both
//! together is how an analyst joins cohorts to spend, so every command sorts them first.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::data::schema::{Field, Recognized, recognize_header};

/// How much of a file is read to see its header row.
const HEAD_BYTES: u64 = 64 * 1024;

/// Is the file an event log: a user column and a time column, and no spend column? Files that
/// cannot be read count as campaign exports, whose loader names what is wrong with them.
/// Workbooks are read as campaign exports; a Parquet file's column names are its schema's
/// (its footer only is read).
pub fn is_event_log(path: &Path) -> bool {
    if crate::data::workbook::is_workbook_name(path) {
        return false;
    }
    if crate::data::events::is_parquet(path) {
        return std::fs::metadata(path).is_ok_and(|m| m.is_file())
            && crate::data::read::parquet_file_headers(path)
                .is_ok_and(|headers| looks_like_events_only(&headers));
    }
    // Only regular files: opening a named pipe would wait for a writer (the loader, on its
    // worker thread, is the one to wait).
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    if file.take(HEAD_BYTES).read_to_end(&mut head).is_err() {
        return false;
    }
    // Whole lines only: a character cut in two would fail the decoding.
    let end = head.iter().rposition(|b| *b == b'\n').unwrap_or(head.len());
    let Ok((text, _)) = crate::data::sniff::decode_text(path, &head[..end]) else {
        return false;
    };
    let Some(first) = text.lines().find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let separator = if first.contains('\t') { b'\t' } else { b',' };
    let headers: Vec<String> = crate::data::tokenize::Tokenizer::new(first, separator, 0)
        .next()
        .map(|r| r.header())
        .unwrap_or_default();
    looks_like_events_only(&headers)
}

/// A user and a time column, and no spend column.
fn looks_like_events_only(headers: &[String]) -> bool {
    let has_spend = headers
        .iter()
        .any(|h| recognize_header(h) == Some(Recognized::Field(Field::Spend)));
    crate::data::events::looks_like_events(headers) && !has_spend
}

/// The paths split into campaign exports and event logs, each in the order given.
pub fn split_event_logs(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    paths.iter().cloned().partition(|p| !is_event_log(p))
}
