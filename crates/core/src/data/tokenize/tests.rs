//! The tokenizer's rules one by one, and three properties over random text.

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

    /// The quote-free fast path of the ragged-row check finds exactly the records the state
    /// machine alone finds.
    #[test]
    fn ragged_rows_fast_path_agrees_with_the_tokenizer(
        text in "[a,\"\n\r;é]{0,60}",
        header_line in 0_usize..3,
    ) {
        let mut records = Tokenizer::new(&text, b',', header_line).without_fields();
        let mut slow = Ragged::default();
        if let Some(header) = records.next() {
            let named = header.last_filled.map_or(0, |last| last + 1);
            for record in records {
                let Some(last) = record.last_filled else { continue };
                if last >= header.field_count {
                    slow.long.push(record.line);
                } else if record.field_count < named {
                    slow.short.push(record.line);
                }
            }
        }
        proptest::prop_assert_eq!(ragged_records(&text, header_line, b','), slow);
    }
}
