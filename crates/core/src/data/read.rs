//! Having Polars read a file's columns: Parquet, or text as laid out by [`sniff`], inside a
//! guard that turns Polars' errors and panics into a [`LoadError`] naming the file; and where
//! Polars cannot say where a text file is broken, finding the quote that breaks it.
//!
//! [`sniff`]: crate::data::sniff

use std::io::Cursor;
use std::path::Path;

use polars::prelude::*;

use crate::data::encoding::{self, TextEncoding};
use crate::data::error::{LoadError, Location};
use crate::data::sniff::{TextFile, lines_ended_by_newline};
use crate::data::tokenize::{
    QuoteProblem, Tokenizer, find_quote_problem, line_start, record_start_lines,
};
use crate::data::types::FileFormat;

/// A file's raw table: header names and the mapped columns as Polars read them (text or
/// plain numbers for CSV, typed for Parquet). It holds nothing of the file's bytes, which are
/// freed before the cleaning builds the canonical columns.
pub(super) struct RawTable {
    pub format: FileFormat,
    pub encoding: Option<TextEncoding>,
    pub header_line: usize,
    pub headers: Vec<String>,
    pub frame: DataFrame,
    /// How to say where a data row is in the file; only used to report an error.
    pub rows_are: RowPlaces,
    /// What the read lost without stopping (see [`notes`](crate::data::notes)).
    pub notes: Vec<crate::data::notes::Note>,
}

/// Where a data row is, for error messages.
#[derive(Clone)]
pub(super) enum RowPlaces {
    /// Parquet: the row number.
    Numbered,
    /// A workbook's sheet: data row 0 is sheet row `first_row` (1-based); each column read
    /// has its letters.
    Cells {
        sheet: String,
        first_row: u32,
        letters: Vec<(String, String)>,
    },
    /// Text: a line, counted (only when an error needs it) by reading the file again, with
    /// the header on this 0-based line.
    Lines { header_line: usize, separator: u8 },
}

impl RowPlaces {
    /// Where data row `row` of the column headed `column` is.
    pub(super) fn locate(&self, path: &Path, row: usize, column: &str) -> Location {
        match self {
            RowPlaces::Numbered => Location::Row(row + 1),
            RowPlaces::Cells {
                sheet,
                first_row,
                letters,
            } => {
                let letter = letters
                    .iter()
                    .find(|(header, _)| header == column)
                    .map_or("?", |(_, l)| l.as_str());
                Location::Cell(format!("{sheet}!{letter}{}", *first_row as usize + row))
            }
            &RowPlaces::Lines {
                header_line,
                separator,
            } => {
                let guess = header_line + 2 + row;
                let line = std::fs::read(path)
                    .ok()
                    .and_then(|bytes| {
                        let (text, _) = encoding::decode(&bytes).ok()?;
                        let text = lines_ended_by_newline(text);
                        record_start_lines(&text, header_line, separator).nth(row)
                    })
                    .unwrap_or(guess);
                Location::Line(line)
            }
        }
    }
}

/// Runs a Polars reader, turning both its errors and its panics into [`LoadError::Malformed`].
/// Polars can panic on corrupt input (seen: Parquet metadata "Thrift out of range"); a bad file
/// must give a message, never bring down the app or the CLI.
pub(super) fn guarded_read<T>(
    path: &Path,
    what: &str,
    read: impl FnOnce() -> PolarsResult<T>,
) -> Result<T, LoadError> {
    let malformed = |detail: String| LoadError::Malformed {
        path: path.to_owned(),
        message: crate::text!("data-read-failed", what = what, detail = detail),
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(malformed(e.to_string())),
        Err(payload) => Err(malformed(crate::panic_message(payload.as_ref()).to_owned())),
    }
}

/// What a Parquet file that cannot be read is said to be.
fn not_parquet() -> String {
    crate::tr!("data-not-parquet")
}

pub(super) fn parquet_headers(path: &Path, bytes: &[u8]) -> Result<Vec<String>, LoadError> {
    let schema = guarded_read(path, &not_parquet(), || {
        ParquetReader::new(Cursor::new(bytes)).schema()
    })?;
    Ok(schema.iter_names().map(|n| n.to_string()).collect())
}

/// The column names of a Parquet file, from its footer (the file is not read whole).
pub(super) fn parquet_file_headers(path: &Path) -> Result<Vec<String>, LoadError> {
    let file = std::fs::File::open(path).map_err(|source| LoadError::Io {
        path: path.to_owned(),
        source,
    })?;
    let schema = guarded_read(path, &not_parquet(), || ParquetReader::new(file).schema())?;
    Ok(schema.iter_names().map(|n| n.to_string()).collect())
}

pub(super) fn read_parquet(
    path: &Path,
    bytes: &[u8],
    headers: Vec<String>,
    columns: Vec<String>,
) -> Result<RawTable, LoadError> {
    let frame = guarded_read(path, &not_parquet(), || {
        ParquetReader::new(Cursor::new(bytes))
            .with_columns(Some(columns))
            .finish()
    })?;
    Ok(RawTable {
        format: FileFormat::Parquet,
        encoding: None,
        header_line: 0,
        headers,
        frame,
        rows_are: RowPlaces::Numbered,
        notes: Vec::new(),
    })
}

/// Polars' CSV options for this file: every column as text, so cleaning sees the raw cells.
fn csv_options(file: &TextFile<'_>) -> CsvReadOptions {
    let parse_options = CsvParseOptions::default()
        .with_separator(file.separator)
        .with_truncate_ragged_lines(true)
        .with_missing_is_null(true);
    CsvReadOptions::default()
        .with_has_header(true)
        .with_skip_lines(file.header_line)
        .with_infer_schema_length(Some(0))
        .with_raise_if_empty(false)
        .with_parse_options(parse_options)
}

/// The header names exactly as Polars will name the columns (duplicates get a suffix).
pub(super) fn csv_headers(path: &Path, file: &TextFile<'_>) -> Result<Vec<String>, LoadError> {
    // The header needs only the head of the file; Polars would scan all of it.
    let head = head_records(file);
    let empty = guarded_read(path, &crate::tr!("data-cannot-parse-table"), || {
        csv_options(file)
            .with_n_rows(Some(0))
            .into_reader_with_file_handle(Cursor::new(head.as_bytes()))
            .finish()
    })
    .map_err(|e| explain_quotes(path, file, &[], e))?;
    Ok(empty
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect())
}

/// The text up to the end of the header record and the first data record: enough for Polars
/// to name the columns. All of it when a quote left open runs to its end.
fn head_records<'a>(file: &'a TextFile<'_>) -> &'a str {
    let end = Tokenizer::new(&file.text, file.separator, file.header_line)
        .without_fields()
        .take(2)
        .last()
        .map_or(file.text.len(), |record| record.end);
    &file.text[..end]
}

/// The header record of a text file as written, its newline included.
pub(super) fn header_record<'a>(file: &'a TextFile<'_>) -> &'a str {
    let start = line_start(&file.text, file.header_line);
    let end = Tokenizer::new(&file.text, file.separator, file.header_line)
        .without_fields()
        .next()
        .map_or(file.text.len(), |record| record.end);
    &file.text[start..end]
}

/// Has Polars read the given columns: the `typed` ones as numbers, the others as text. If a
/// typed column turns out not to be plain numbers further down (a `1,234` after the first
/// rows), the whole file is read again as text, so the cleaning sees every cell as written.
pub(super) fn read_text(
    path: &Path,
    file: &TextFile<'_>,
    headers: Vec<String>,
    columns: Vec<String>,
    typed: &[(String, DataType)],
) -> Result<RawTable, LoadError> {
    let projection: Arc<[PlSmallStr]> = columns
        .iter()
        .map(|c| PlSmallStr::from(c.as_str()))
        .collect();
    let read = |typed: &[(String, DataType)]| {
        let schema: Schema = headers
            .iter()
            .map(|h| {
                let dtype = typed
                    .iter()
                    .find(|(t, _)| t == h)
                    .map_or(DataType::String, |(_, dtype)| dtype.clone());
                (PlSmallStr::from(h.as_str()), dtype)
            })
            .collect();
        guarded_read(path, &crate::tr!("data-cannot-parse-table"), || {
            csv_options(file)
                .with_schema(Some(Arc::new(schema)))
                .with_columns(Some(projection.clone()))
                .into_reader_with_file_handle(Cursor::new(file.text.as_bytes()))
                .finish()
        })
    };
    let typed_read = (!typed.is_empty())
        .then(|| read(typed).ok())
        .flatten()
        .filter(|frame| all_finite(frame, typed));
    let frame = match typed_read {
        Some(frame) => frame,
        None => read(&[]).map_err(|e| explain_quotes(path, file, &headers, e))?,
    };
    let header_line = file.header_line;
    let format = match file.separator {
        b'\t' => FileFormat::Tsv,
        b';' => FileFormat::Ssv,
        _ => FileFormat::Csv,
    };
    Ok(RawTable {
        format,
        encoding: Some(file.encoding.clone()),
        header_line: header_line + 1,
        headers,
        frame,
        rows_are: RowPlaces::Lines {
            header_line,
            separator: file.separator,
        },
        notes: Vec::new(),
    })
}

/// No `inf` or `NaN` in the typed columns: Polars reads those words as numbers; the cleaning
/// rejects them with the line they are on.
fn all_finite(frame: &DataFrame, typed: &[(String, DataType)]) -> bool {
    typed.iter().all(|(h, _)| {
        frame
            .column(h)
            .ok()
            .and_then(|c| c.f64().ok().map(all_finite_values))
            .unwrap_or(true)
    })
}

/// Every value is a finite number (nulls aside). Looks at the raw buffers first, which the
/// compiler can vectorise; only when one holds a non-finite value (perhaps under a null) are
/// the values looked at one by one.
pub(super) fn all_finite_values(values: &Float64Chunked) -> bool {
    values
        .downcast_iter()
        .all(|chunk| chunk.values().iter().all(|x| x.is_finite()))
        || values.iter().flatten().all(f64::is_finite)
}

/// Polars' parse errors name a byte offset in a chunk; the usual cause is a stray double quote.
/// Where one is found, say where it is instead.
fn explain_quotes(
    path: &Path,
    file: &TextFile<'_>,
    headers: &[String],
    err: LoadError,
) -> LoadError {
    match find_quote_problem(&file.text, file.header_line, file.separator) {
        Some(QuoteProblem::Stray { line, field, value }) => LoadError::StrayQuote {
            path: path.to_owned(),
            line,
            column: headers
                .get(field)
                .cloned()
                .or_else(|| {
                    Tokenizer::new(&file.text, file.separator, file.header_line)
                        .next()?
                        .fields
                        .get(field)
                        .cloned()
                })
                .unwrap_or_else(|| format!("#{}", field + 1)),
            value,
        },
        Some(QuoteProblem::Unclosed { line }) => LoadError::UnclosedQuote {
            path: path.to_owned(),
            line,
        },
        None => err,
    }
}
