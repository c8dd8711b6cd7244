//! CSV quotes: splitting a line into fields, finding the line each record starts on, and
//! finding the quote that breaks a file's quoting.

/// A double quote that breaks CSV quoting.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum QuoteProblem {
    /// A quote inside a value that does not start with one (`5" wide`), or text after a
    /// closing quote (`"ab"c`). `line` is 1-based, `field` 0-based.
    Stray {
        line: usize,
        field: usize,
        value: String,
    },
    /// A quoted value opened on `line` runs to the end of the file.
    Unclosed { line: usize },
}

/// Walks the records from the header on with CSV's quoting rules and reports the first
/// quote that breaks them.
pub(crate) fn find_quote_problem(
    text: &str,
    header_line: usize,
    separator: u8,
) -> Option<QuoteProblem> {
    let sep = separator as char;
    let start = text
        .split_inclusive('\n')
        .take(header_line)
        .map(str::len)
        .sum::<usize>();
    let mut line = header_line + 1;
    let mut field = 0;
    let mut value = String::new();
    let mut quoted = false; // inside quotes
    let mut was_quoted = false; // this field had a closing quote
    let mut opened_on = line;
    let mut chars = text[start.min(text.len())..].chars().peekable();
    let stray =
        |line: usize, field: usize, mut value: String, rest: &mut dyn Iterator<Item = char>| {
            value.extend(rest.take_while(|c| *c != sep && *c != '\n' && *c != '\r'));
            Some(QuoteProblem::Stray { line, field, value })
        };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    value.push('"');
                }
                '"' => {
                    quoted = false;
                    was_quoted = true;
                }
                '\n' => {
                    line += 1;
                    value.push(c);
                }
                _ => value.push(c),
            }
            continue;
        }
        match c {
            '"' if value.is_empty() && !was_quoted => {
                quoted = true;
                opened_on = line;
            }
            '"' => {
                value.push('"');
                return stray(line, field, value, &mut chars);
            }
            c if c == sep => {
                field += 1;
                value.clear();
                was_quoted = false;
            }
            '\n' => {
                line += 1;
                field = 0;
                value.clear();
                was_quoted = false;
            }
            '\r' => {}
            c if was_quoted => {
                value.push(c);
                return stray(line, field, value, &mut chars);
            }
            c => value.push(c),
        }
    }
    quoted.then_some(QuoteProblem::Unclosed { line: opened_on })
}

/// Splits one line of delimited text, honouring double quotes (`"1,234.5"`, `"a ""b"""`).
pub(crate) fn split_record(line: &str, sep: u8) -> Vec<String> {
    let sep = sep as char;
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == sep && !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

/// 1-based line on which each data record after the header starts, the way Polars 0.55 counts
/// records: a newline inside quotes stays inside the record, and every other line (blank ones
/// included, which Polars reads as all-null rows) is a record, except the empty remainder after
/// the final newline.
pub(crate) fn record_start_lines(text: &str, header_line: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut line = 0usize; // 0-based physical line at the current byte
    let mut quoted = false;
    let mut record_start = header_line;
    let mut after_header = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    // Polars' `skip_lines` skips physical lines, quotes or not.
    while line < header_line && i < bytes.len() {
        if bytes[i] == b'\n' {
            line += 1;
        }
        i += 1;
    }
    for &b in &bytes[i..] {
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
                }
            }
            _ => {}
        }
    }
    // A last line without a newline is a record too.
    if after_header && !text.ends_with('\n') {
        starts.push(record_start + 1);
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let text = "title\nh1,h2\na,1\n\n\"multi\nline\",2\nc,3\n";
        assert_eq!(record_start_lines(text, 1), vec![3, 4, 5, 7]);
        assert_eq!(record_start_lines("h\na\nb", 0), vec![2, 3]);
        assert_eq!(record_start_lines("h\na\n\n", 0), vec![2, 3]);
    }
}
