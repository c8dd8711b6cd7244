//! The one CSV quote tokenizer: every reading of quotes in the loader goes through it (the
//! header search, the type sniffing, the line of a bad cell, the location of a broken quote).
//!
//! A state machine over bytes. The separator, the quote and the line ends are ASCII, so a byte
//! never splits a character, and fields are slices of the text with doubled quotes undone.
//!
//! CSV's rules: a quote opens a quoted field only at the start of a field; inside, `""` is a
//! quote and a lone `"` closes the field; a separator or newline inside quotes is text. A quote
//! anywhere else (`5" wide`, `"ab"c`) breaks these rules and is reported with its line, field
//! and value. To go on after a broken quote, the tokenizer does what Polars 0.55 does when it
//! finds where records end: *every* quote toggles between inside and outside quotes, so a
//! newline ends a record exactly when the record so far holds an even number of quotes. For
//! well-formed CSV the two readings are the same; for broken CSV, record boundaries (and so
//! the lines given in error messages) still agree with the rows Polars reads.

/// A double quote that breaks CSV quoting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum QuoteProblem {
    /// A quote inside a value that does not start with one (`5" wide`), or text after a
    /// closing quote (`"ab"c`). `line` is 1-based, `field` 0-based, `value` the field as
    /// written in the file up to the next separator or line end.
    Stray {
        line: usize,
        field: usize,
        value: String,
    },
    /// A quoted value opened on `line` (1-based) runs to the end of the text.
    Unclosed { line: usize },
}

/// One record: a header or data row, possibly over several physical lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Record {
    /// 1-based physical line the record starts on.
    pub line: usize,
    /// Byte offset just past the record's newline (or the end of the text).
    pub end: usize,
    /// The field values, unquoted; empty when the tokenizer was made [`without_fields`].
    ///
    /// [`without_fields`]: Tokenizer::without_fields
    pub fields: Vec<String>,
    /// How many fields the record has (counted with or without their values).
    pub field_count: usize,
    /// 0-based index of the last field holding any text, `None` when all are empty.
    pub last_filled: Option<usize>,
    /// The first quote problem in the record, if any.
    pub problem: Option<QuoteProblem>,
}

impl Record {
    /// The fields as a header row: a byte-order mark and surrounding spaces dropped.
    pub(crate) fn header(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| f.trim_start_matches('\u{feff}').trim().to_owned())
            .collect()
    }
}

/// Where the machine is within a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Nothing of the current field read yet.
    FieldStart,
    /// In a field that did not start with a quote.
    Unquoted,
    /// Inside quotes.
    Quoted,
    /// Just read a quote inside quotes: a doubled quote if another follows, else the close.
    QuoteInQuoted,
    /// After a closing quote and a carriage return.
    AfterClose,
}

/// Yields the records of a text, lazily: reading the first few records of a large file costs
/// only those records.
pub(crate) struct Tokenizer<'a> {
    text: &'a str,
    separator: u8,
    /// Byte offset of the next record.
    pos: usize,
    /// 1-based physical line at `pos`.
    line: usize,
    keep_fields: bool,
}

impl<'a> Tokenizer<'a> {
    /// The records of `text` separated by `separator`, starting after the first `skip_lines`
    /// physical lines, which are skipped as lines, quotes or not (as Polars' `skip_lines` does).
    pub(crate) fn new(text: &'a str, separator: u8, skip_lines: usize) -> Self {
        let pos = line_start(text, skip_lines);
        Tokenizer {
            text,
            separator,
            pos,
            line: skip_lines + 1,
            keep_fields: true,
        }
    }

    /// Records without their field values: for counting lines through a whole file.
    pub(crate) fn without_fields(mut self) -> Self {
        self.keep_fields = false;
        self
    }
}

/// The field starting at byte `start` as written, up to the next separator or line end.
fn raw_value(text: &str, separator: u8, start: usize) -> String {
    let rest = &text.as_bytes()[start..];
    let len = rest
        .iter()
        .position(|&b| b == separator || b == b'\n' || b == b'\r')
        .unwrap_or(rest.len());
    text[start..start + len].to_owned()
}

/// Ends a field: its bytes become the next value (when values are kept).
fn finish(value: &mut Vec<u8>, fields: &mut Vec<String>, keep: bool) {
    if keep {
        let bytes = std::mem::take(value);
        // Only ASCII bytes were left out of valid UTF-8, so this is whole UTF-8.
        fields.push(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        );
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let sep = self.separator;
        let start_line = self.line;
        let mut fields: Vec<String> = Vec::new();
        let mut value: Vec<u8> = Vec::new();
        // 0-based index of the current field, and where it starts.
        let mut field = 0;
        let mut field_start = self.pos;
        let mut problem: Option<QuoteProblem> = None;
        // Whether the current field has any text, and the last field that had.
        let mut filled = false;
        let mut last_filled: Option<usize> = None;
        let mut state = State::FieldStart;
        let mut opened_on = self.line;
        let keep = self.keep_fields;
        let mut i = self.pos;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            // A stray quote: note the first, then read on as Polars finds record ends.
            let mut stray = |line: usize, field: usize| {
                if problem.is_none() {
                    problem = Some(QuoteProblem::Stray {
                        line,
                        field,
                        value: raw_value(self.text, sep, field_start),
                    });
                }
            };
            match (state, b) {
                (State::Quoted, b'"') => state = State::QuoteInQuoted,
                (State::Quoted, _) => {
                    if b == b'\n' {
                        self.line += 1;
                    }
                    filled = true;
                    if keep {
                        value.push(b);
                    }
                }
                (State::QuoteInQuoted, b'"') => {
                    filled = true;
                    if keep {
                        value.push(b'"');
                    }
                    state = State::Quoted;
                }
                (State::FieldStart, b'"') => {
                    state = State::Quoted;
                    opened_on = self.line;
                }
                (State::Unquoted | State::AfterClose, b'"') => {
                    stray(self.line, field);
                    filled = true;
                    state = State::Quoted;
                    opened_on = self.line;
                }
                (_, b'\n') => {
                    self.line += 1;
                    break;
                }
                (_, b'\r') => {
                    if state == State::QuoteInQuoted {
                        state = State::AfterClose;
                    }
                }
                (_, b) if b == sep => {
                    finish(&mut value, &mut fields, keep);
                    if std::mem::take(&mut filled) {
                        last_filled = Some(field);
                    }
                    field += 1;
                    field_start = i;
                    state = State::FieldStart;
                }
                (State::QuoteInQuoted | State::AfterClose, _) => {
                    stray(self.line, field);
                    filled = true;
                    if keep {
                        value.push(b);
                    }
                    state = State::Unquoted;
                }
                (State::FieldStart | State::Unquoted, _) => {
                    filled = true;
                    if keep {
                        value.push(b);
                    }
                    state = State::Unquoted;
                }
            }
        }
        if state == State::Quoted && i >= bytes.len() && problem.is_none() {
            problem = Some(QuoteProblem::Unclosed { line: opened_on });
        }
        finish(&mut value, &mut fields, keep);
        if filled {
            last_filled = Some(field);
        }
        self.pos = i;
        Some(Record {
            line: start_line,
            end: i,
            fields,
            field_count: field + 1,
            last_filled,
            problem,
        })
    }
}

/// The byte offset where 0-based physical line `line` of `text` starts (its end when it has
/// fewer lines).
pub(crate) fn line_start(text: &str, line: usize) -> usize {
    if line == 0 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 1)
            .map_or(text.len(), |(i, _)| i + 1)
    }
}

/// The fields of one line of delimited text (`"1,234.5"`, `"a ""b"""`), for header candidates
/// taken line by line. A quote left open ends with the line.
pub(crate) fn split_record(line: &str, separator: u8) -> Vec<String> {
    Tokenizer::new(line, separator, 0)
        .next()
        .map(|record| record.fields)
        .unwrap_or_else(|| vec![String::new()])
}

/// 1-based line on which each data record after the header (on 0-based line `header_line`)
/// starts, as Polars 0.55 counts records: a newline inside quotes stays inside the record, and
/// every other line (blank ones included, which Polars reads as all-null rows) is a record,
/// except the empty remainder after the final newline.
pub(crate) fn record_start_lines(
    text: &str,
    header_line: usize,
    separator: u8,
) -> impl Iterator<Item = usize> + '_ {
    Tokenizer::new(text, separator, header_line)
        .without_fields()
        .skip(1)
        .map(|record| record.line)
}

/// Data records that do not fit the header, by the 1-based line each starts on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ragged {
    /// Records with fewer fields than the header has named columns.
    pub short: Vec<usize>,
    /// Records with text in a field beyond the header's last.
    pub long: Vec<usize>,
}

/// The data records after the header (on 0-based line `header_line`) with fewer or more fields
/// than it. Records with no text at all (blank lines) hold nothing to lose and are left out, as
/// are empty fields past the header's end (a trailing separator) and missing fields under
/// unnamed trailing header columns.
///
/// A line without a quote is one record whose fields are counted by its separators (memchr's
/// vectorised search, several times faster than the state machine); a line with a quote goes
/// through the [`Tokenizer`], which reads on to where its record ends.
pub fn ragged_records(text: &str, header_line: usize, separator: u8) -> Ragged {
    let mut records = Tokenizer::new(text, separator, header_line).without_fields();
    let mut ragged = Ragged::default();
    let Some(header) = records.next() else {
        return ragged;
    };
    let named = header.last_filled.map_or(0, |last| last + 1);
    let mut check = |line: usize, field_count: usize, last_filled: Option<usize>| {
        let Some(last) = last_filled else {
            return;
        };
        if last >= header.field_count {
            ragged.long.push(line);
        } else if field_count < named {
            ragged.short.push(line);
        }
    };
    let bytes = text.as_bytes();
    while records.pos < bytes.len() {
        let start = records.pos;
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let line = &bytes[start..end];
        if memchr::memchr(b'"', line).is_some() {
            if let Some(record) = records.next() {
                check(record.line, record.field_count, record.last_filled);
            }
            continue;
        }
        // As the state machine reads it: a field is filled by any byte but a carriage return.
        let seps = memchr::memchr_iter(separator, line).count();
        let last_filled = line
            .iter()
            .rposition(|&b| b != separator && b != b'\r')
            .map(|at| memchr::memchr_iter(separator, &line[..at]).count());
        check(records.line, seps + 1, last_filled);
        records.pos = (end + 1).min(bytes.len()).max(end);
        records.line += 1;
    }
    ragged
}

/// The first quote that breaks CSV's rules, from the header on.
pub(crate) fn find_quote_problem(
    text: &str,
    header_line: usize,
    separator: u8,
) -> Option<QuoteProblem> {
    Tokenizer::new(text, separator, header_line)
        .without_fields()
        .find_map(|record| record.problem)
}

#[cfg(test)]
mod tests;
