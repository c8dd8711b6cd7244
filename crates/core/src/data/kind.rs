//! What a file holds, told from its header row before it is loaded: campaign rows (spend by
//! date and channel) or an event log (a user and a time per row, no spend). Opening both
//! together is how an analyst joins cohorts to spend, so every command sorts them first.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::data::schema::{Field, Recognized, recognize_header};
use crate::data::workbook::{SheetInfo, is_workbook_name, list_sheets, split_sheet, with_sheet};

/// How much of a file is read to see its header row.
const HEAD_BYTES: u64 = 64 * 1024;

/// Is the file an event log: a user column and a time column, and no spend column? Files that
/// cannot be read count as campaign exports, whose loader names what is wrong with them.
/// A Parquet file's column names are its schema's (its footer only is read). Workbooks are
/// told by their listed sheets ([`workbook_contents`]): reading one is no quick look, so this
/// says no.
pub fn is_event_log(path: &Path) -> bool {
    if is_workbook_name(&split_sheet(path).0) {
        return false;
    }
    if crate::data::events::is_parquet(path) {
        return std::fs::metadata(path).is_ok_and(|m| m.is_file())
            && crate::data::read::parquet_file_headers(path)
                .is_ok_and(|headers| is_event_header(&headers));
    }
    text_headers(path).is_some_and(|headers| is_event_header(&headers))
}

/// The header row of a text file (its first non-blank record) from its first 64 KB, in any
/// of the supported encodings; `None` when it cannot be read.
pub(crate) fn text_headers(path: &Path) -> Option<Vec<String>> {
    // Only regular files: opening a named pipe would wait for a writer (the loader, on its
    // worker thread, is the one to wait).
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let file = std::fs::File::open(path).ok()?;
    let mut head = Vec::new();
    file.take(HEAD_BYTES).read_to_end(&mut head).ok()?;
    // Whole lines only: a character cut in two would fail the decoding.
    let end = head.iter().rposition(|b| *b == b'\n').unwrap_or(head.len());
    let (text, _) = crate::data::sniff::decode_text(path, &head[..end]).ok()?;
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    let separator = if first.contains('\t') { b'\t' } else { b',' };
    crate::data::tokenize::Tokenizer::new(first, separator, 0)
        .next()
        .map(|r| r.header())
}

/// A user and a time column, and no spend column: an event log's header row.
pub fn is_event_header(headers: &[String]) -> bool {
    let has_spend = headers
        .iter()
        .any(|h| recognize_header(h) == Some(Recognized::Field(Field::Spend)));
    let no_mapping = crate::data::events::EventMapping::new();
    crate::data::events::has_mapped_events(headers, &no_mapping) && !has_spend
}

/// What a workbook holds, from its listed sheets: whether a sheet holds campaign rows, and
/// the sheets that are event logs, as sources (`book.xlsx#Events`). A source naming a sheet
/// holds that sheet only.
pub fn workbook_contents(book: &Path, sheets: &[SheetInfo]) -> (bool, Vec<PathBuf>) {
    let (file, named) = split_sheet(book);
    let mine = |s: &&SheetInfo| named.as_ref().is_none_or(|n| *n == s.name);
    let has_data = sheets.iter().filter(mine).any(SheetInfo::has_data);
    let events = sheets
        .iter()
        .filter(mine)
        .filter(|s| s.events)
        .map(|s| match &named {
            Some(_) => book.to_owned(),
            None => with_sheet(&file, &s.name),
        })
        .collect();
    (has_data, events)
}

/// The paths split into campaign exports and event logs, each in the order given. A workbook
/// is listed (read whole): its event-log sheets are event logs, and it stays a campaign export
/// when a sheet holds campaign rows or none is an event log. A ClickHouse table is asked for
/// its columns.
pub fn split_event_logs(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut exports = Vec::new();
    let mut events = Vec::new();
    for path in paths {
        if is_workbook_name(&split_sheet(path).0) {
            let (has_data, sheets) = list_sheets(path)
                .map(|sheets| workbook_contents(path, &sheets))
                .unwrap_or((true, Vec::new()));
            if has_data || sheets.is_empty() {
                exports.push(path.clone());
            }
            events.extend(sheets);
        } else if let Some(url) = crate::data::clickhouse::url_of(path) {
            // A ClickHouse table is an event log by its columns (one DESCRIBE); a table that
            // cannot be described goes with the exports, whose load says why.
            let described = url.and_then(|url| crate::data::clickhouse::event_headers(&url));
            if described.is_ok_and(|headers| is_event_header(&headers)) {
                events.push(path.clone());
            } else {
                exports.push(path.clone());
            }
        } else if is_event_log(path) {
            events.push(path.clone());
        } else {
            exports.push(path.clone());
        }
    }
    (exports, events)
}
