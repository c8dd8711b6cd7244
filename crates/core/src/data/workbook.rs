//! Excel and OpenDocument workbooks (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`) read with
//! calamine into the same raw table a CSV becomes: the header row found in the first 30 rows
//! (platforms put a title and a date range above it, often as merged cells), the mapped
//! columns typed from the cells — numbers stay numbers, date cells and date serials become
//! dates, text goes through the usual cleaning — and every place named as a cell (`Sheet1!D8`).
//!
//! A source may name one sheet: `book.xlsx#Sheet2` ([`with_sheet`], [`split_sheet`]); without
//! one, the first sheet with a recognisable header is read.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, ExcelDateTime, ExcelDateTimeType, Range, Reader, Sheets};
use polars::prelude::*;

use crate::data::clean;
use crate::data::error::LoadError;
use crate::data::notes::{Note, list_and_more_in};
use crate::data::read::{RawTable, RowPlaces};
use crate::data::schema::{Field, recognize_header};
use crate::data::sniff::{HEADER_SEARCH_LINES, header_score};
use crate::data::types::{ColumnMapping, FileFormat};
use crate::i18n::{Arg, message_in};

/// The file name extensions read as workbooks.
pub const EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// How many error cells a note lists before `and N more`.
const CELLS_LISTED: usize = 10;

/// The source `book.xlsx#Sheet2`: one sheet of a workbook.
pub fn with_sheet(path: &Path, sheet: &str) -> PathBuf {
    let mut text = path.as_os_str().to_owned();
    text.push("#");
    text.push(sheet);
    PathBuf::from(text)
}

/// A source as (the file, the sheet it names): `book.xlsx#Sheet2` → (`book.xlsx`, `Sheet2`)
/// when `book.xlsx` is a workbook on disk and the whole name is not a file itself.
pub fn split_sheet(path: &Path) -> (PathBuf, Option<String>) {
    if path.is_file() {
        return (path.to_owned(), None);
    }
    let text = path.to_string_lossy();
    if let Some((file, sheet)) = text.rsplit_once('#') {
        let file = PathBuf::from(file);
        if is_workbook_name(&file) && file.is_file() && !sheet.is_empty() {
            return (file, Some(sheet.to_owned()));
        }
    }
    (path.to_owned(), None)
}

/// Does the name say workbook (`.xlsx`, `.xls`, …)?
pub fn is_workbook_name(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

/// A workbook by its name, or by its bytes: a zip (xlsx, xlsb, ods) or an OLE compound file
/// (xls, and any workbook saved with a password).
pub(super) fn looks_like_workbook(path: &Path, bytes: &[u8]) -> bool {
    is_workbook_name(path)
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

type Book = Sheets<Cursor<Vec<u8>>>;

/// Runs a calamine call that may panic on a corrupt file: a panic becomes an error naming it.
fn guarded<T>(path: &Path, read: impl FnOnce() -> Result<T, String>) -> Result<T, LoadError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(message)) => Err(workbook_error(path, &message)),
        Err(payload) => Err(workbook_error(path, crate::panic_message(payload.as_ref()))),
    }
}

fn workbook_error(path: &Path, detail: &str) -> LoadError {
    let message = if detail.to_ascii_lowercase().contains("password") {
        crate::text!("data-workbook-password")
    } else {
        crate::text!("data-workbook-unreadable", detail = detail)
    };
    LoadError::Workbook {
        path: path.to_owned(),
        message,
    }
}

/// Opens the workbook with the reader its name calls for, else whichever reads it.
fn open_book(path: &Path, bytes: Vec<u8>) -> Result<Book, LoadError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    guarded(path, || {
        let data = Cursor::new(bytes);
        let specific: Option<Result<Book, String>> = match ext.as_str() {
            "xlsx" | "xlsm" => Some(
                calamine::open_workbook_from_rs(data.clone())
                    .map(Sheets::Xlsx)
                    .map_err(|e: calamine::XlsxError| e.to_string()),
            ),
            "xlsb" => Some(
                calamine::open_workbook_from_rs(data.clone())
                    .map(Sheets::Xlsb)
                    .map_err(|e: calamine::XlsbError| e.to_string()),
            ),
            "xls" => Some(
                calamine::open_workbook_from_rs(data.clone())
                    .map(Sheets::Xls)
                    .map_err(|e: calamine::XlsError| e.to_string()),
            ),
            "ods" => Some(
                calamine::open_workbook_from_rs(data.clone())
                    .map(Sheets::Ods)
                    .map_err(|e: calamine::OdsError| e.to_string()),
            ),
            _ => None,
        };
        match specific {
            Some(Ok(book)) => Ok(book),
            // A password is the answer, whatever else might read the bytes.
            Some(Err(e)) if e.to_ascii_lowercase().contains("password") => Err(e),
            Some(Err(e)) => calamine::open_workbook_auto_from_rs(data).map_err(|_| e),
            None => calamine::open_workbook_auto_from_rs(data).map_err(|e| e.to_string()),
        }
    })
}

/// Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900.
fn is_1904(book: &Book) -> bool {
    match book {
        Sheets::Xlsx(x) => x.has_1904_epoch(),
        _ => false,
    }
}

fn sheet_range(path: &Path, book: &mut Book, name: &str) -> Result<Range<Data>, LoadError> {
    guarded(path, || {
        book.worksheet_range(name).map_err(|e| e.to_string())
    })
}

/// One sheet, for a chooser: its size and what its header row holds.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetInfo {
    pub name: String,
    /// Rows below the header (all rows when no header is recognised).
    pub rows: usize,
    pub columns: usize,
    /// 1-based sheet row of the header, when one is recognised.
    pub header_row: Option<u32>,
    /// The fields its headers are recognised as, in column order.
    pub fields: Vec<Field>,
    /// An event log: a header row with a user and a time column and no spend column (see
    /// [`crate::data::kind`]).
    pub events: bool,
}

impl SheetInfo {
    /// A sheet worth loading: a recognised header with a spend column.
    pub fn has_data(&self) -> bool {
        self.header_row.is_some() && self.fields.contains(&Field::Spend)
    }
}

/// Every sheet of a workbook with its size and recognised columns.
pub fn list_sheets(path: &Path) -> Result<Vec<SheetInfo>, LoadError> {
    let (file, _) = split_sheet(path);
    let bytes = std::fs::read(&file).map_err(|source| LoadError::Io {
        path: file.clone(),
        source,
    })?;
    let mut book = open_book(&file, bytes)?;
    let names = book.sheet_names();
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let range = sheet_range(&file, &mut book, &name)?;
        let events = find_row(&range, crate::data::kind::is_event_header).is_some();
        let found = find_header(&range, &[]);
        let (rows, header_row, fields) = match &found {
            Some((index, headers)) => (
                range.height() - index - 1,
                Some(absolute_row(&range, *index)),
                headers
                    .iter()
                    .filter_map(|h| recognize_header(h).map(|r| r.field()))
                    .collect(),
            ),
            None => (range.height(), None, Vec::new()),
        };
        sheets.push(SheetInfo {
            name,
            rows,
            columns: range.width(),
            header_row,
            fields,
            events,
        });
    }
    Ok(sheets)
}

/// The first of the first 30 rows whose cells (as text, trimmed) `is_header` accepts.
fn find_row(
    range: &Range<Data>,
    is_header: impl Fn(&[String]) -> bool,
) -> Option<(usize, Vec<String>)> {
    range
        .rows()
        .take(HEADER_SEARCH_LINES)
        .map(header_cells)
        .enumerate()
        .find(|(_, cells)| is_header(cells))
}

/// A sheet read as text (an event log's): the header row and the cells below it as a CSV
/// would hold them.
pub(crate) struct TextSheet {
    pub name: String,
    pub headers: Vec<String>,
    range: Range<Data>,
    header_index: usize,
}

impl TextSheet {
    /// Each row below the header: its sheet row (1-based) and its cells as text.
    pub(crate) fn rows(&self) -> impl Iterator<Item = (u32, Vec<String>)> + '_ {
        let first = absolute_row(&self.range, self.header_index + 1);
        self.range
            .rows()
            .skip(self.header_index + 1)
            .enumerate()
            .map(move |(k, row)| {
                let cells = row
                    .iter()
                    .map(|c| cell_text(c).unwrap_or_default())
                    .collect();
                (first + k as u32, cells)
            })
    }

    /// The sheet's name for a cell in column `index` of the header on sheet row `row`
    /// (`Events!B7`).
    pub(crate) fn cell(&self, row: u32, index: usize) -> String {
        let first_col = self.range.start().map_or(0, |(_, col)| col);
        format!(
            "{}!{}{row}",
            self.name,
            column_letters(first_col + index as u32)
        )
    }
}

/// The sheet a source names (`book.xlsx#Events`), or else the first sheet, whose header row
/// (within the first 30 rows) `is_header` accepts; `None` when no sheet has one.
pub(crate) fn open_text_sheet(
    path: &Path,
    is_header: impl Fn(&[String]) -> bool,
) -> Result<Option<TextSheet>, LoadError> {
    let (file, sheet) = split_sheet(path);
    let bytes = std::fs::read(&file).map_err(|source| LoadError::Io {
        path: file.clone(),
        source,
    })?;
    let mut book = open_book(&file, bytes)?;
    let names = match sheet {
        Some(name) if book.sheet_names().contains(&name) => vec![name],
        Some(name) => {
            return Err(LoadError::Workbook {
                path: file,
                message: crate::text!("data-no-sheet", name = &name),
            });
        }
        None => book.sheet_names(),
    };
    for name in names {
        let range = sheet_range(&file, &mut book, &name)?;
        if let Some((header_index, headers)) = find_row(&range, &is_header) {
            return Ok(Some(TextSheet {
                name,
                headers,
                range,
                header_index,
            }));
        }
    }
    Ok(None)
}

/// 1-based sheet row of the range's row `index`.
fn absolute_row(range: &Range<Data>, index: usize) -> u32 {
    range.start().map_or(0, |(row, _)| row) + index as u32 + 1
}

/// `A`, `B`, …, `Z`, `AA`: the letters of 0-based column `index`.
pub fn column_letters(index: u32) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A cell as the text a CSV would hold: numbers in their shortest exact form, dates as ISO
/// dates (with the time when there is one), errors and blanks as nothing.
fn cell_text(cell: &Data) -> Option<String> {
    match cell {
        Data::Empty | Data::Error(_) => None,
        Data::String(s) => Some(s.clone()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) => Some(f.to_string()),
        Data::Bool(b) => Some(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            Some(if (hh, mm, ss) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
            })
        }
        Data::DateTime(dt) => Some(dt.as_f64().to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
    }
}

/// The header row: the first of the first 30 rows with two or more recognised headers (or
/// cells the user's mapping names); `None` when no row qualifies.
fn find_header(range: &Range<Data>, wanted: &[String]) -> Option<(usize, Vec<String>)> {
    find_row(range, |cells| {
        header_score(cells.iter().map(String::as_str), wanted) >= 2
    })
}

/// A row's cells as header names: their text, trimmed.
fn header_cells(row: &[Data]) -> Vec<String> {
    row.iter()
        .map(|c| {
            cell_text(c)
                .map(|t| t.trim().to_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// A sheet read far enough to know its header.
pub(super) struct OpenedSheet {
    name: String,
    range: Range<Data>,
    /// Row of the range holding the header.
    header_index: usize,
    pub headers: Vec<String>,
    is_1904: bool,
}

/// Opens `sheet` of the workbook (or, without one, the first sheet with a recognisable header;
/// failing that the first sheet, whose missing columns the mapping then reports).
pub(super) fn open_sheet(
    path: &Path,
    bytes: Vec<u8>,
    sheet: Option<&str>,
    wanted: &[String],
) -> Result<OpenedSheet, LoadError> {
    let mut book = open_book(path, bytes)?;
    let is_1904 = is_1904(&book);
    let names = book.sheet_names();
    let chosen: Vec<String> = match sheet {
        Some(name) => {
            if !names.iter().any(|n| n == name) {
                return Err(LoadError::Workbook {
                    path: path.to_owned(),
                    message: crate::text!(
                        "data-no-sheet-of",
                        name = name,
                        sheets = names
                            .iter()
                            .map(|n| format!("\"{n}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            }
            vec![name.to_owned()]
        }
        None => names.clone(),
    };
    let mut first: Option<(String, Range<Data>)> = None;
    for name in chosen {
        let range = sheet_range(path, &mut book, &name)?;
        // An event log's sheet (users and times, no spend) is the cohorts', not campaign rows.
        if sheet.is_none() && find_row(&range, crate::data::kind::is_event_header).is_some() {
            continue;
        }
        if let Some((header_index, headers)) = find_header(&range, wanted) {
            return Ok(OpenedSheet {
                name,
                range,
                header_index,
                headers,
                is_1904,
            });
        }
        if first.is_none() && (sheet.is_some() || !range.is_empty()) {
            first = Some((name, range));
        }
    }
    let Some((name, range)) = first else {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    };
    // No recognisable header: the first non-empty row stands as one.
    let header_index = range
        .rows()
        .position(|row| row.iter().any(|c| !matches!(c, Data::Empty)))
        .unwrap_or(0);
    let headers = range
        .rows()
        .nth(header_index)
        .map(header_cells)
        .unwrap_or_default();
    Ok(OpenedSheet {
        name,
        range,
        header_index,
        headers,
        is_1904,
    })
}

/// How a column's cells are typed.
enum Kind {
    Numbers,
    Dates,
    Text,
}

impl OpenedSheet {
    /// The sheet's `columns` (each by its header's first occurrence) below the header as a raw
    /// table: a column of numbers as Float64, of date cells (or, feeding the date, of Excel
    /// date serials) as Date, anything else as text for the cleaning. Error cells are empty
    /// and named in a note.
    pub(super) fn read(
        self,
        path: &Path,
        columns: &[String],
        mapping: &[ColumnMapping],
    ) -> Result<RawTable, LoadError> {
        let rows: Vec<&[Data]> = self.range.rows().skip(self.header_index + 1).collect();
        let first_col = self.range.start().map_or(0, |(_, col)| col);
        let first_row = absolute_row(&self.range, self.header_index + 1);
        let mut series = Vec::with_capacity(columns.len());
        let mut errors: Vec<String> = Vec::new();
        let mut letters = Vec::new();
        for header in columns {
            let Some(index) = self.headers.iter().position(|h| h == header) else {
                continue;
            };
            let letter = column_letters(first_col + index as u32);
            letters.push((header.clone(), letter.clone()));
            let cells: Vec<&Data> = rows
                .iter()
                .map(|row| row.get(index).unwrap_or(&Data::Empty))
                .collect();
            for (k, cell) in cells.iter().enumerate() {
                if let Data::Error(e) = cell {
                    errors.push(format!(
                        "{}!{letter}{} ({e})",
                        self.name,
                        first_row + k as u32
                    ));
                }
            }
            let is_date = mapping
                .iter()
                .any(|m| m.header == *header && m.field == Field::Date);
            series.push(self.column(header, &cells, is_date));
        }
        let height = rows.len();
        let frame = DataFrame::new(height, series.into_iter().map(Column::from).collect())
            .map_err(|e| LoadError::Malformed {
                path: path.to_owned(),
                message: crate::i18n::Text::fixed(e.to_string()),
            })?;
        let mut notes = Vec::new();
        if !errors.is_empty() {
            notes.push(Note::by_language(|lang| {
                message_in(
                    lang,
                    "note-spreadsheet-errors",
                    &[
                        ("count", Arg::from(errors.len())),
                        ("cells_count", Arg::from(errors.len().to_string())),
                        (
                            "cells",
                            Arg::from(list_and_more_in(lang, &errors, CELLS_LISTED)),
                        ),
                    ],
                )
            }));
        }
        Ok(RawTable {
            format: FileFormat::Workbook,
            encoding: None,
            header_line: absolute_row(&self.range, self.header_index) as usize,
            headers: self.headers,
            frame,
            rows_are: RowPlaces::Cells {
                sheet: self.name,
                first_row,
                letters,
            },
            notes,
        })
    }

    /// One column of cells, typed.
    fn column(&self, header: &str, cells: &[&Data], is_date: bool) -> Series {
        let filled = || {
            cells
                .iter()
                .filter(|c| !matches!(c, Data::Empty | Data::Error(_)))
        };
        let serial = |v: f64| (1.0..2_958_466.0).contains(&v) && v.fract() == 0.0;
        let kind = if filled().all(|c| matches!(c, Data::DateTime(dt) if dt.is_datetime())) {
            if filled().next().is_some() {
                Kind::Dates
            } else {
                Kind::Text
            }
        } else if is_date
            && filled().all(|c| match c {
                Data::Int(i) => serial(*i as f64),
                Data::Float(f) => serial(*f),
                Data::DateTime(dt) => dt.is_datetime(),
                _ => false,
            })
        {
            Kind::Dates
        } else if filled().all(|c| matches!(c, Data::Int(_) | Data::Float(_))) {
            Kind::Numbers
        } else {
            Kind::Text
        };
        let name: PlSmallStr = header.into();
        match kind {
            Kind::Numbers => Series::new(
                name,
                cells
                    .iter()
                    .map(|c| match c {
                        Data::Int(i) => Some(*i as f64),
                        Data::Float(f) => Some(*f),
                        _ => None,
                    })
                    .collect::<Vec<Option<f64>>>(),
            ),
            Kind::Dates => {
                let days: Vec<Option<i32>> = cells
                    .iter()
                    .map(|c| match c {
                        Data::DateTime(dt) => date_days(dt),
                        Data::Int(i) => serial_days(*i as f64, self.is_1904),
                        Data::Float(f) => serial_days(*f, self.is_1904),
                        _ => None,
                    })
                    .collect();
                Series::new(name, days)
                    .cast(&DataType::Date)
                    .unwrap_or_else(|_| Series::new_null(header.into(), cells.len()))
            }
            Kind::Text => Series::new(
                name,
                cells
                    .iter()
                    .map(|c| cell_text(c))
                    .collect::<Vec<Option<String>>>(),
            ),
        }
    }
}

/// Days since 1970-01-01 of an Excel date serial in the 1900 or the 1904 date system.
pub fn serial_days(serial: f64, is_1904: bool) -> Option<i32> {
    date_days(&ExcelDateTime::new(
        serial,
        ExcelDateTimeType::DateTime,
        is_1904,
    ))
}

/// Days since 1970-01-01 of a date cell (its time of day dropped).
fn date_days(dt: &ExcelDateTime) -> Option<i32> {
    let (y, m, d, ..) = dt.to_ymd_hms_milli();
    let date = chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))?;
    Some(clean::days_since_epoch(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_serials_in_both_systems() {
        let day =
            |y, m, d| clean::days_since_epoch(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap());
        // 45536 is 2024-09-01 counted from 1900; the 1904 system counts 1,462 days fewer.
        assert_eq!(serial_days(45536.0, false), Some(day(2024, 9, 1)));
        assert_eq!(serial_days(45536.0 - 1462.0, true), Some(day(2024, 9, 1)));
        assert_eq!(serial_days(45536.75, false), Some(day(2024, 9, 1)));
        assert_eq!(serial_days(61.0, false), Some(day(1900, 3, 1)));
    }

    #[test]
    fn a_password_is_said_as_such() {
        let e = workbook_error(Path::new("book.xlsx"), "Workbook is password protected");
        assert!(e.to_string().contains("protected by a password"), "{e}");
        let e = workbook_error(Path::new("book.xlsx"), "Cannot detect file format");
        assert!(
            e.to_string()
                .starts_with("book.xlsx: cannot read the workbook"),
            "{e}"
        );
    }

    #[test]
    fn column_letters_run_past_z() {
        let letters: Vec<String> = [0, 3, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column_letters)
            .collect();
        assert_eq!(
            letters,
            ["A", "D", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
        );
    }

    #[test]
    fn a_sheet_is_named_after_a_hash_only_when_the_workbook_exists() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("book.xlsx");
        std::fs::write(&book, b"PK").unwrap();
        let source = with_sheet(&book, "Sheet 2");
        assert_eq!(split_sheet(&source), (book.clone(), Some("Sheet 2".into())));
        assert_eq!(split_sheet(&book), (book.clone(), None));
        let csv = dir.path().join("a#b.csv");
        std::fs::write(&csv, b"x").unwrap();
        assert_eq!(split_sheet(&csv), (csv.clone(), None));
    }
}
