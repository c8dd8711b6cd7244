//! Text event logs read straight into columns: a UTF-8 file in 8 MB chunks, its lines split
//! where they stand (the quote tokenizer only for lines with quotes); other encodings are
//! decoded whole by the caller.

use std::io::Read as _;
use std::path::Path;

use chrono::FixedOffset;

use super::{Builder, Columns, Days, EventMapping, EventTable, Order};
use crate::data::error::LoadError;
use crate::data::tokenize::Tokenizer;

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
pub(super) fn stream_utf8(
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
