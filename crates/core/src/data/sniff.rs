//! Opening a text export: decoding it, choosing the separator, finding the header row below any
//! preamble, and sniffing which columns the first data rows show to be plain numbers or dates.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::Path;

use polars::prelude::DataType;

use crate::data::clean;
use crate::data::encoding::{self, DecodeProblem, TextEncoding};
use crate::data::error::LoadError;
use crate::data::schema::recognize_header;
use crate::data::tokenize::{Tokenizer, split_record};

/// How many lines at the top of a file are searched for the header row.
pub(super) const HEADER_SEARCH_LINES: usize = 30;

/// How many data records [`typed_columns`] looks at.
const SNIFF_LINES: usize = 200;

/// Decoded text with its layout.
pub(super) struct TextFile<'a> {
    pub text: Cow<'a, str>,
    pub encoding: TextEncoding,
    pub separator: u8,
    /// 0-based line of the header row.
    pub header_line: usize,
}

/// Old Mac Excel ends lines with a bare CR; Polars and the line counts want LF.
pub(super) fn lines_ended_by_newline(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.contains('\r') && !text.contains('\n') {
        Cow::Owned(text.replace('\r', "\n"))
    } else {
        text
    }
}

/// The bytes of the file at `path`, read whole; a file that cannot be read or is empty is an
/// error naming the source as given (`named`: `book.xlsx#Sheet2` for a sheet of `book.xlsx`).
pub(crate) fn read_bytes(path: &Path, named: &Path) -> Result<Vec<u8>, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: named.to_owned(),
        source,
    })?;
    if bytes.is_empty() {
        return Err(LoadError::Empty {
            path: named.to_owned(),
        });
    }
    Ok(bytes)
}

/// The bytes as text in the encoding detected; binary or undecodable bytes are an error
/// naming the file.
pub(crate) fn decode_text<'a>(
    path: &Path,
    bytes: &'a [u8],
) -> Result<(Cow<'a, str>, encoding::TextEncoding), LoadError> {
    encoding::decode(bytes).map_err(|problem| match problem {
        DecodeProblem::Binary { offset } => LoadError::Binary {
            path: path.to_owned(),
            offset,
        },
        DecodeProblem::Undecodable { encoding } => LoadError::Undecodable {
            path: path.to_owned(),
            encoding: encoding.to_string(),
        },
    })
}

/// Decodes the bytes and finds the separator and the header row.
pub(super) fn open_text<'a>(
    path: &Path,
    bytes: &'a [u8],
    wanted_headers: &[String],
) -> Result<TextFile<'a>, LoadError> {
    let (text, encoding) = decode_text(path, bytes)?;
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let text = lines_ended_by_newline(text);
    let (separator, header_line) = find_header(&text, &ext, wanted_headers);
    Ok(TextFile {
        text,
        encoding,
        separator,
        header_line,
    })
}

/// Picks the separator and the header line (0-based): the first line within the first
/// [`HEADER_SEARCH_LINES`] that has at least two recognised headers, for the separator that
/// recognises the most. A file with no recognisable header row uses its first line, and the
/// missing-column error then lists what it found.
///
/// Candidates are physical lines, each read on its own: Polars skips the lines above the
/// header as lines, so a quote in a title must not swallow the lines after it.
pub(super) fn find_header(text: &str, ext: &str, wanted_headers: &[String]) -> (u8, usize) {
    let candidates: &[u8] = match ext {
        "tsv" | "tab" => b"\t,;",
        _ => b",\t;",
    };
    let mut best = (candidates[0], 0usize, 0usize);
    for &sep in candidates {
        for (index, line) in text.lines().take(HEADER_SEARCH_LINES).enumerate() {
            let cells = split_record(line, sep);
            let score = header_score(cells.iter().map(String::as_str), wanted_headers);
            if score >= 2 {
                if score > best.2 {
                    best = (sep, index, score);
                }
                break;
            }
        }
    }
    (best.0, best.1)
}

/// How much a row of cells looks like the header: the distinct fields its cells are recognised
/// as, plus the cells the user's mapping names. Two or more make a header.
pub(super) fn header_score<'a>(
    cells: impl Iterator<Item = &'a str>,
    wanted_headers: &[String],
) -> usize {
    let mut fields = BTreeSet::new();
    let mut wanted = 0;
    for cell in cells {
        if wanted_headers.iter().any(|w| w == cell) {
            wanted += 1;
        }
        if let Some(rec) = recognize_header(cell) {
            fields.insert(rec.field());
        }
    }
    fields.len() + wanted
}

/// Of the `candidates` (numeric or date columns), those whose cells in the first data records
/// are all blank or in the one shape Polars' reader parses as we would: plain numbers
/// ([`clean::is_plain_number`]) and ISO dates (`2024-09-01`).
pub(super) fn typed_columns(
    file: &TextFile<'_>,
    headers: &[String],
    candidates: Vec<(&str, DataType)>,
) -> Vec<(String, DataType)> {
    if file.separator == b';' {
        // `1.234,5`: decimal commas need the cleaning.
        return Vec::new();
    }
    let mut plain: Vec<(usize, &str, DataType)> = candidates
        .into_iter()
        .filter_map(|(c, dtype)| headers.iter().position(|h| h == c).map(|i| (i, c, dtype)))
        .collect();
    let records = Tokenizer::new(&file.text, file.separator, file.header_line)
        .skip(1)
        .take(SNIFF_LINES);
    for record in records {
        let cells = record.fields;
        plain.retain(|(i, _, dtype)| {
            cells.get(*i).is_none_or(|c| {
                c.is_empty()
                    || match dtype {
                        DataType::Date => clean::is_iso_date(c),
                        _ => clean::is_plain_number(c),
                    }
            })
        });
    }
    plain
        .into_iter()
        .map(|(_, h, dtype)| (h.to_owned(), dtype))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_found_below_a_preamble() {
        let text = "广告报表\n时间范围:2024-09-01至2024-09-30\n\n日期,广告版位,花费(元)\n2024-09-01,朋友圈,1\n";
        assert_eq!(find_header(text, "csv", &[]), (b',', 3));
        let tsv = "date\tchannel\tspend\n2024-09-01\tx\t1\n";
        assert_eq!(find_header(tsv, "txt", &[]), (b'\t', 0));
    }

    #[test]
    fn a_quote_in_the_preamble_does_not_hide_the_header() {
        let text = "5\" screens report\ndate,channel,spend\n2024-09-01,x,1\n";
        assert_eq!(find_header(text, "csv", &[]), (b',', 1));
    }

    #[test]
    fn sniffing_reads_records_not_lines() {
        let file = TextFile {
            text: Cow::Borrowed("channel,note,spend\nA,\"two\nlines, 1\",5\nB,x,7\n"),
            encoding: TextEncoding::Utf8,
            separator: b',',
            header_line: 0,
        };
        let headers: Vec<String> = ["channel", "note", "spend"].map(String::from).to_vec();
        // Line by line, `lines, 1` would put ` 1"` under spend and make it text.
        assert_eq!(
            typed_columns(&file, &headers, vec![("spend", DataType::Float64)]),
            vec![("spend".to_owned(), DataType::Float64)]
        );
    }
}
