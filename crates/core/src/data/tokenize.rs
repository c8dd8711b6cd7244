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
    /// The first quote problem in the record, if any.
    pub problem: Option<QuoteProblem>,
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
        let pos = if skip_lines == 0 {
            0
        } else {
            text.match_indices('\n')
                .nth(skip_lines - 1)
                .map_or(text.len(), |(i, _)| i + 1)
        };
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
                    if keep {
                        value.push(b);
                    }
                }
                (State::QuoteInQuoted, b'"') => {
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
                    field += 1;
                    field_start = i;
                    state = State::FieldStart;
                }
                (State::QuoteInQuoted | State::AfterClose, _) => {
                    stray(self.line, field);
                    if keep {
                        value.push(b);
                    }
                    state = State::Unquoted;
                }
                (State::FieldStart | State::Unquoted, _) => {
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
        self.pos = i;
        Some(Record {
            line: start_line,
            end: i,
            fields,
            problem,
        })
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
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<(usize, Vec<String>)> {
        Tokenizer::new(text, b',', 0)
            .map(|r| (r.line, r.fields))
            .collect()
    }

    fn fields(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn quote_problems_are_located() {
        let stray = "channel,campaign,spend\nA,\"ok, fine\",1\nB,5\" wide,2\n";
        assert_eq!(
            find_quote_problem(stray, 0, b','),
            Some(QuoteProblem::Stray {
                line: 3,
                field: 1,
                value: "5\" wide".to_owned()
            })
        );
        let after = "title\nh1,h2\n\"ab\"c,1\n";
        assert!(matches!(
            find_quote_problem(after, 1, b','),
            Some(QuoteProblem::Stray {
                line: 3,
                field: 0,
                ..
            })
        ));
        let unclosed = "h1,h2\na,1\n\"b,2\nc,3\n";
        assert_eq!(
            find_quote_problem(unclosed, 0, b','),
            Some(QuoteProblem::Unclosed { line: 3 })
        );
        let fine = "h1,h2\n\"a\"\"b\",\"multi\nline\"\n";
        assert_eq!(find_quote_problem(fine, 0, b','), None);
    }

    #[test]
    fn split_honours_quotes() {
        assert_eq!(
            split_record(r#"a,"1,234.5","say ""hi""",,"#, b','),
            vec!["a", "1,234.5", "say \"hi\"", "", ""]
        );
    }

    #[test]
    fn record_lines_count_blank_lines_and_keep_quoted_newlines() {
        let lines = |text: &str, header: usize| -> Vec<usize> {
            record_start_lines(text, header, b',').collect()
        };
        let text = "title\nh1,h2\na,1\n\n\"multi\nline\",2\nc,3\n";
        assert_eq!(lines(text, 1), vec![3, 4, 5, 7]);
        assert_eq!(lines("h\na\nb", 0), vec![2, 3]);
        assert_eq!(lines("h\na\n\n", 0), vec![2, 3]);
    }

    #[test]
    fn quoted_separators_are_text() {
        assert_eq!(
            records("a,\"1,5\",\"x;y\"\n"),
            vec![(1, fields(&["a", "1,5", "x;y"]))]
        );
        let tsv: Vec<Vec<String>> = Tokenizer::new("\"a\tb\"\tc\n", b'\t', 0)
            .map(|r| r.fields)
            .collect();
        assert_eq!(tsv, vec![fields(&["a\tb", "c"])]);
    }

    #[test]
    fn doubled_quotes_are_one_quote() {
        assert_eq!(
            records("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n"),
            vec![(1, fields(&["say \"hi\"", "\"", ""]))]
        );
        assert_eq!(find_quote_problem("\"a\"\"b\",c\n", 0, b','), None);
    }

    #[test]
    fn newlines_inside_quotes_stay_in_the_record() {
        let text = "h1,h2\n\"one\ntwo\nthree\",1\nb,2\n\"x\r\ny\",3";
        assert_eq!(
            records(text),
            vec![
                (1, fields(&["h1", "h2"])),
                (2, fields(&["one\ntwo\nthree", "1"])),
                (5, fields(&["b", "2"])),
                (6, fields(&["x\r\ny", "3"])),
            ]
        );
        let ends: Vec<usize> = Tokenizer::new(text, b',', 0).map(|r| r.end).collect();
        assert_eq!(ends, vec![6, 24, 28, text.len()]);
    }

    #[test]
    fn a_stray_quote_mid_field_is_reported_and_reading_goes_on_as_polars_does() {
        let text = "h1,h2\na,5\" wide\nb,2\"\nc,3\n";
        let all: Vec<Record> = Tokenizer::new(text, b',', 0).collect();
        assert_eq!(
            all[1].problem,
            Some(QuoteProblem::Stray {
                line: 2,
                field: 1,
                value: "5\" wide".to_owned()
            })
        );
        // The stray quote opened quotes until the one on line 3: one record over two lines,
        // as Polars splits records.
        assert_eq!(all.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 4]);
        assert_eq!(all[2].fields, fields(&["c", "3"]));
        assert_eq!(all[2].problem, None);
        // Text after a closing quote: the value as written in the file.
        assert_eq!(
            find_quote_problem("h\n\"ab\"c,1\n", 0, b','),
            Some(QuoteProblem::Stray {
                line: 2,
                field: 0,
                value: "\"ab\"c".to_owned()
            })
        );
    }

    #[test]
    fn an_unterminated_quote_runs_to_the_end() {
        let text = "h1,h2\na,1\nb,\"open\nc,3\n";
        let all: Vec<Record> = Tokenizer::new(text, b',', 0).collect();
        assert_eq!(all.len(), 3);
        assert_eq!(all[2].line, 3);
        assert_eq!(all[2].fields, fields(&["b", "open\nc,3\n"]));
        assert_eq!(all[2].problem, Some(QuoteProblem::Unclosed { line: 3 }));
        assert_eq!(
            find_quote_problem("h\n\"", 0, b','),
            Some(QuoteProblem::Unclosed { line: 2 })
        );
        // The last record's final newline is inside the open quote: it is still a record
        // (the old line counter, which looked only at whether the text ended with a newline,
        // dropped it).
        assert_eq!(
            record_start_lines("\"\"\n\"\n", 0, b',').collect::<Vec<_>>(),
            [2]
        );
        // One line on its own: the open quote ends with it.
        assert_eq!(split_record("a,\"b,c", b','), vec!["a", "b,c"]);
    }

    #[test]
    fn crlf_line_ends() {
        let text = "h1,h2\r\n\"a\",1\r\n\r\nb,\"2\"\r\n";
        assert_eq!(
            records(text),
            vec![
                (1, fields(&["h1", "h2"])),
                (2, fields(&["a", "1"])),
                (3, fields(&[""])),
                (4, fields(&["b", "2"])),
            ]
        );
        assert_eq!(find_quote_problem(text, 0, b','), None);
        assert_eq!(
            record_start_lines(text, 0, b',').collect::<Vec<_>>(),
            [2, 3, 4]
        );
        // A closing quote, a carriage return, then more text: still text after the close.
        assert!(matches!(
            find_quote_problem("h\n\"a\"\rb\n", 0, b','),
            Some(QuoteProblem::Stray { line: 2, .. })
        ));
    }

    #[test]
    fn skipped_lines_are_lines_whatever_their_quotes() {
        let text = "title \"5\nh1,h2\na,1\n";
        let all: Vec<(usize, Vec<String>)> = Tokenizer::new(text, b',', 1)
            .map(|r| (r.line, r.fields))
            .collect();
        assert_eq!(
            all,
            vec![(2, fields(&["h1", "h2"])), (3, fields(&["a", "1"]))]
        );
        assert_eq!(Tokenizer::new("a\n", b',', 5).count(), 0);
    }

    #[test]
    fn without_fields_gives_the_same_records() {
        let text = "h1,h2\n\"a\nb\",1\nc,5\"\n\"";
        let full: Vec<(usize, usize, Option<QuoteProblem>)> = Tokenizer::new(text, b',', 0)
            .map(|r| (r.line, r.end, r.problem))
            .collect();
        let bare: Vec<(usize, usize, Option<QuoteProblem>)> = Tokenizer::new(text, b',', 0)
            .without_fields()
            .map(|r| (r.line, r.end, r.problem))
            .collect();
        assert_eq!(full, bare);
    }

    /// Polars 0.55's rule for where records end, written the plain way: every quote toggles,
    /// a newline outside quotes ends the record (the loader's scanner before the tokenizer,
    /// except that a last record whose final newline is inside quotes now counts too).
    fn parity_record_lines(text: &str, header_line: usize) -> Vec<usize> {
        let mut starts = Vec::new();
        let mut line = 0;
        let mut quoted = false;
        let mut record_start = header_line;
        let mut record_start_byte = 0;
        let mut after_header = false;
        let bytes = text.as_bytes();
        let mut i = 0;
        while line < header_line && i < bytes.len() {
            if bytes[i] == b'\n' {
                line += 1;
            }
            i += 1;
        }
        for (at, &b) in bytes.iter().enumerate().skip(i) {
            match b {
                b'"' => quoted = !quoted,
                b'\n' => {
                    line += 1;
                    if !quoted {
                        if after_header {
                            starts.push(record_start + 1);
                        }
                        after_header = true;
                        record_start = line;
                        record_start_byte = at + 1;
                    }
                }
                _ => {}
            }
        }
        if after_header && record_start_byte < bytes.len() {
            starts.push(record_start + 1);
        }
        starts
    }

    /// A cell as a CSV writer writes it: quoted when it holds a separator, quote or line end.
    fn quoted(cell: &str) -> String {
        if cell.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.to_owned()
        }
    }

    proptest::proptest! {
        #[test]
        fn written_tables_read_back_cell_for_cell(
            columns in 1_usize..4,
            cells in proptest::collection::vec("[a,\"\n\r é;]{0,6}", 1..40),
            crlf in proptest::bool::ANY,
        ) {
            let rows: Vec<Vec<String>> = cells.chunks(columns).map(<[String]>::to_vec).collect();
            let end = if crlf { "\r\n" } else { "\n" };
            let mut text = String::new();
            let mut lines = Vec::new();
            for row in &rows {
                lines.push(1 + text.matches('\n').count());
                let cells: Vec<String> = row.iter().map(|c| quoted(c)).collect();
                text.push_str(&cells.join(","));
                text.push_str(end);
            }
            let read: Vec<Record> = Tokenizer::new(&text, b',', 0).collect();
            // A row of one empty cell is a blank line, read back as one empty field.
            proptest::prop_assert_eq!(read.len(), rows.len());
            for ((record, row), line) in read.iter().zip(&rows).zip(&lines) {
                proptest::prop_assert_eq!(&record.fields, row);
                proptest::prop_assert_eq!(record.line, *line);
                proptest::prop_assert_eq!(&record.problem, &None);
            }
        }

        #[test]
        fn any_text_splits_into_records_where_polars_does(
            text in "[a,\"\n\r;é]{0,40}",
            header_line in 0_usize..3,
        ) {
            let lines: Vec<usize> = record_start_lines(&text, header_line, b',').collect();
            proptest::prop_assert_eq!(lines, parity_record_lines(&text, header_line));
            let full: Vec<Record> = Tokenizer::new(&text, b',', header_line).collect();
            let bare: Vec<Record> = Tokenizer::new(&text, b',', header_line)
                .without_fields()
                .collect();
            proptest::prop_assert_eq!(full.len(), bare.len());
            for (f, b) in full.iter().zip(&bare) {
                proptest::prop_assert_eq!((f.line, f.end, &f.problem), (b.line, b.end, &b.problem));
            }
            if let Some(last) = full.last() {
                proptest::prop_assert_eq!(last.end, text.len());
            }
        }
    }
}
