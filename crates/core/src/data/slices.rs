//! Reading a large text export in slices, so that its bytes are never all in memory at once.
//!
//! The first slice (the preamble, the header and the first rows) is read exactly as a whole
//! file is: it decides the encoding, the separator, the header row, the mapping, which columns
//! Polars parses directly, the units, percent or fraction and the currency. Every later slice
//! is its next [`DEFAULT_SLICE_BYTES`], cut at a record boundary, decoded in that encoding,
//! given the header record and read and cleaned the same way; its typed columns are appended.
//!
//! Where a later slice would decide otherwise (its own notes, another currency) or anything
//! fails, the slices are dropped and the file is read whole ([`load_sliced`] says `None`): the
//! numbers, the notes and the errors, with their lines, are those of a whole-file read by
//! construction, and only an unusual file pays for reading twice.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use polars::prelude::*;

use crate::data::canonical::{Given, build_canonical};
use crate::data::encoding::TextEncoding;
use crate::data::load::{TextLayout, read_raw_from};
use crate::data::notes::layout_notes;
use crate::data::read::{RawTable, read_text};
use crate::data::schema::Field;
use crate::data::sniff::TextFile;
use crate::data::types::{MappingOverrides, SourceInfo};
use crate::data::workbook;

/// How many bytes of a file are read at a time: large enough that Polars' reader runs at full
/// speed on each slice, small beside any file worth slicing.
pub const DEFAULT_SLICE_BYTES: usize = 32 << 20;

/// The fewest slices a file is read in. A shorter file is read whole: slicing it would save
/// less than two slices' worth of memory and cost each slice's own setup (a 77 MB export read
/// in three slices took 8 % longer than read whole).
const MIN_SLICES: usize = 3;

/// One file's columns and what was learnt of it.
pub(super) type Loaded = (DataFrame, SourceInfo, BTreeSet<Field>);

/// Loads the text file at `path` in slices of `slice_bytes`, telling `on_bytes` how many of
/// its bytes are read after each; `None` when it is not a text file of at least [`MIN_SLICES`]
/// slices, or when a slice cannot be read as the first was (then the caller reads it whole, and says what
/// a whole read says).
pub(super) fn load_sliced(
    path: &Path,
    name: &str,
    overrides: (&MappingOverrides, &MappingOverrides),
    given: &Given<'_>,
    strict: bool,
    slice_bytes: usize,
    on_bytes: &mut dyn FnMut(u64),
) -> Option<Loaded> {
    let (global, per_source) = overrides;
    let (file_path, sheet) = workbook::split_sheet(path);
    let is_other_format = sheet.is_some()
        || workbook::is_workbook_name(&file_path)
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("parquet"));
    if is_other_format {
        return None;
    }
    // Asked of the path, not an opened file: opening a pipe would wait for its writer and
    // take what it writes from the whole read that follows.
    let meta = std::fs::metadata(&file_path).ok()?;
    let size = usize::try_from(meta.len()).ok()?;
    if !meta.is_file() || size < MIN_SLICES.saturating_mul(slice_bytes) {
        return None;
    }
    let mut file = std::fs::File::open(&file_path).ok()?;
    let mut reader = Slices {
        file: &mut file,
        carry: Vec::new(),
        slice_bytes,
        done: false,
        failed: false,
    };
    let first = reader.next_slice()?;
    let mut read = first.len() as u64;
    if first.starts_with(b"PAR1")
        || first.starts_with(b"\xFF\xFE")
        || first.starts_with(b"\xFE\xFF")
        || workbook::looks_like_workbook(&file_path, &first)
    {
        return None;
    }
    let (raw, mapping, used_global, layout) =
        read_raw_from(path, first, global, per_source, strict).ok()?;
    let layout = layout?;
    let (mut frame, mut info) = build_canonical(path, name, raw, mapping, given).ok()?;
    // One chunk per slice and column (Polars' reader splits numbers into many): the stacked
    // columns then line up, and are not copied into one at the end.
    frame.rechunk_mut_par();
    on_bytes(read);
    let mut frames = vec![frame];
    while let Some(bytes) = reader.next_slice() {
        read += bytes.len() as u64;
        let text = decode(&layout.encoding, bytes)?;
        let (mut frame, slice_info) = read_slice(path, name, &layout, &info, given, text)?;
        if !same_decisions(&info, &slice_info) {
            return None;
        }
        info.rows += slice_info.rows;
        info.totals_rows_dropped += slice_info.totals_rows_dropped;
        info.slices += 1;
        frame.rechunk_mut_par();
        frames.push(frame);
        on_bytes(read);
    }
    if reader.failed {
        return None;
    }
    let mut frames = frames.into_iter();
    let mut out = frames.next()?;
    for frame in frames {
        out.vstack_mut_owned(frame).ok()?;
    }
    Some((out, info, used_global))
}

/// Reads and cleans one later slice, `text` being its records without the header.
fn read_slice(
    path: &Path,
    name: &str,
    layout: &TextLayout,
    first: &SourceInfo,
    given: &Given<'_>,
    text: String,
) -> Option<(DataFrame, SourceInfo)> {
    let mut with_header = String::with_capacity(layout.header_record.len() + text.len());
    with_header.push_str(&layout.header_record);
    with_header.push_str(&text);
    drop(text);
    let file = TextFile {
        text: std::borrow::Cow::Owned(with_header),
        encoding: layout.encoding.clone(),
        separator: layout.separator,
        header_line: 0,
    };
    let mut notes = layout_notes(&file, &first.mapping);
    notes.extend(layout.synonyms.iter().cloned());
    let raw = read_text(
        path,
        &file,
        layout.headers.clone(),
        layout.columns.clone(),
        &layout.typed,
    )
    .ok()?;
    drop(file);
    let raw = RawTable {
        notes,
        header_line: first.header_line,
        ..raw
    };
    build_canonical(path, name, raw, first.mapping.clone(), given).ok()
}

/// A later slice decided as the first did: the same mapping (rates found from `%` cells), the
/// same currency, the same notes (a row with missing fields, a period longer than a day, a
/// cell left empty: each would name lines only a whole read can number).
fn same_decisions(first: &SourceInfo, slice: &SourceInfo) -> bool {
    first.mapping == slice.mapping
        && first.currency == slice.currency
        && first.period_days == slice.period_days
        && first.notes == slice.notes
        && first.channel == slice.channel
}

/// A slice's bytes as text in the first slice's encoding; `None` where the whole file would
/// have been decoded otherwise (a UTF-8 start with other bytes further on) or lost characters.
fn decode(encoding: &TextEncoding, bytes: Vec<u8>) -> Option<String> {
    match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => String::from_utf8(bytes).ok(),
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => None,
        other => {
            let (text, had_errors) = other.legacy_decoder()?.decode_without_bom_handling(&bytes);
            (!had_errors).then(|| text.into_owned())
        }
    }
}

/// A file read slice by slice, each cut after the last newline outside quotes.
struct Slices<'a> {
    file: &'a mut std::fs::File,
    /// Bytes read past the last cut, the start of the next slice.
    carry: Vec<u8>,
    slice_bytes: usize,
    done: bool,
    /// Reading stopped before the end: the file could not be read, or a record ran past a
    /// whole slice.
    failed: bool,
}

impl Slices<'_> {
    /// The next slice: whole records, the last one's newline included; `None` at the end.
    fn next_slice(&mut self) -> Option<Vec<u8>> {
        if self.done {
            return None;
        }
        let mut bytes = std::mem::take(&mut self.carry);
        let want = self.slice_bytes.max(bytes.len() + 1);
        bytes.reserve_exact(want - bytes.len());
        // Read to the slice's size or the end, without zeroing the buffer first.
        let missing = (want - bytes.len()) as u64;
        if (&mut *self.file)
            .take(missing)
            .read_to_end(&mut bytes)
            .is_err()
        {
            self.done = true;
            self.failed = true;
            return None;
        }
        let filled = bytes.len();
        if filled < want {
            // The end of the file: the rest is the last slice.
            self.done = true;
            return (!bytes.is_empty()).then_some(bytes);
        }
        match record_boundary(&bytes) {
            Some(cut) => {
                self.carry = bytes.split_off(cut);
                Some(bytes)
            }
            // No newline outside quotes in a whole slice: a record that long is read whole.
            None => {
                self.done = true;
                self.failed = true;
                None
            }
        }
    }
}

/// Just past the last newline of `bytes` that ends a record: one with an even number of
/// double quotes before it (a quoted value's quotes come in pairs, `""` inside it too).
fn record_boundary(bytes: &[u8]) -> Option<usize> {
    let quotes = memchr::memchr_iter(b'"', bytes).count();
    let mut odd = quotes % 2 == 1;
    for (i, b) in bytes.iter().enumerate().rev() {
        match b {
            b'\n' if !odd => return Some(i + 1),
            b'"' => odd = !odd,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_end_at_newlines_outside_quotes() {
        assert_eq!(record_boundary(b"a,b\nc,d\ne"), Some(8));
        assert_eq!(record_boundary(b"a,b\nc,\"x\ny"), Some(4));
        assert_eq!(record_boundary(b"a,\"\"\"q\"\"\"\nb"), Some(10));
        assert_eq!(record_boundary(b"\"a\nb"), None);
    }
}
