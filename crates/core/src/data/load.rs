//! Reading export files into one canonical Polars frame.
//!
//! Per file: detect the encoding and transcode to UTF-8, find the header row (Chinese exports
//! often put a title and a date range above it), map headers to canonical fields, let Polars read
//! the mapped columns as text, then clean each cell and cast. Several files are stacked with a
//! `source` column.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;
use std::path::{Path, PathBuf};

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use crate::data::clean::{self, Number};
use crate::data::encoding::{self, DecodeProblem, TextEncoding};
use crate::data::error::{Expected, LoadError, Location};
use crate::data::schema::{
    Field, Recognized, Unit, header_unit, normalize_header, recognize_header,
};

/// Name of the column holding the file each row came from.
pub const SOURCE_COLUMN: &str = "source";
/// Label for a row with no channel or campaign (so it is grouped visibly, not dropped).
pub const NONE_LABEL: &str = "(none)";
/// How many lines at the top of a file are searched for the header row.
const HEADER_SEARCH_LINES: usize = 30;

/// The user's corrections to the automatic header mapping of one file (or of all files).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MappingOverrides {
    /// Field → the header to take it from, or `None` to ignore the field in this file.
    pub fields: BTreeMap<Field, Option<String>>,
}

impl MappingOverrides {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

/// Options for [`load_files`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Applied to every file that has the named header (the CLI's `--map`). A header that no
    /// file has is an error.
    pub global: MappingOverrides,
    /// Applied to one file only (the GUI's mapping panel); a header the file lacks is an error.
    pub per_source: BTreeMap<PathBuf, MappingOverrides>,
}

/// The container a file was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileFormat {
    Csv,
    Tsv,
    /// Semicolon-separated text (European Excel).
    Ssv,
    Parquet,
}

/// One header that feeds a canonical field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    pub field: Field,
    pub header: String,
    /// The column holds a retention *rate*, turned into a count with new users.
    pub is_rate: bool,
    /// Chosen by the user rather than recognised.
    pub overridden: bool,
    /// Factor from the header's unit: 10,000 for `万元`, 0.01 for a bare `(%)` rate.
    #[serde(default = "unit_scale_one")]
    pub unit_scale: f64,
}

fn unit_scale_one() -> f64 {
    1.0
}

/// What was learnt about one loaded file, for the mapping panel and the CLI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    pub path: PathBuf,
    /// The value of the `source` column for this file's rows.
    pub name: String,
    pub format: FileFormat,
    /// `None` for Parquet.
    pub encoding: Option<TextEncoding>,
    /// 1-based line of the header row (0 for Parquet).
    pub header_line: usize,
    pub headers: Vec<String>,
    pub mapping: Vec<ColumnMapping>,
    /// Data rows kept.
    pub rows: usize,
    /// Totals and subtotals rows dropped (`合计`, `Total`).
    pub totals_rows_dropped: usize,
    /// Things the user should know that did not stop the load.
    pub notes: Vec<String>,
}

impl SourceInfo {
    /// How the file was read, for people: `GBK/GB18030`, `UTF-8 with BOM`, `Parquet`.
    pub fn encoding_label(&self) -> String {
        self.encoding
            .as_ref()
            .map_or_else(|| "Parquet".to_owned(), TextEncoding::to_string)
    }
}

/// All loaded rows in canonical columns, plus what was learnt about each file.
#[derive(Clone, Debug)]
pub struct Dataset {
    /// Columns: `source`, then the canonical fields present in at least one file, in canonical
    /// order: `date` (Date), `channel`, `campaign` (String), numeric fields (Float64).
    pub frame: DataFrame,
    pub sources: Vec<SourceInfo>,
}

impl Dataset {
    /// Is this field present in at least one file?
    pub fn has(&self, field: Field) -> bool {
        self.frame.column(field.name().as_str()).is_ok()
    }

    /// The canonical fields present, in canonical order.
    pub fn fields(&self) -> Vec<Field> {
        self.frame
            .get_column_names()
            .iter()
            .filter_map(|name| Field::from_canonical(name.as_str()))
            .collect()
    }

    /// Retention days present (`[1, 7, 30]`), ascending.
    pub fn retention_days(&self) -> Vec<u16> {
        self.fields()
            .into_iter()
            .filter_map(|f| match f {
                Field::Retained(n) => Some(n),
                _ => None,
            })
            .collect()
    }
}

/// Loads and stacks several files. The first bad file stops the load with its error.
pub fn load_files(paths: &[PathBuf], options: &LoadOptions) -> Result<Dataset, LoadError> {
    load_files_with_progress(paths, options, &mut |_, _| {})
}

/// [`load_files`], calling `progress(files_done, files_total)` before each file and at the end.
pub fn load_files_with_progress(
    paths: &[PathBuf],
    options: &LoadOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Dataset, LoadError> {
    if paths.is_empty() {
        return Err(LoadError::NoFiles);
    }
    let names = source_names(paths);
    let mut frames = Vec::with_capacity(paths.len());
    let mut sources = Vec::with_capacity(paths.len());
    let mut global_used: BTreeSet<Field> = BTreeSet::new();
    for (done, (path, name)) in paths.iter().zip(names).enumerate() {
        progress(done, paths.len());
        let per_source = options.per_source.get(path).cloned().unwrap_or_default();
        let (frame, info, used) = load_one(path, &name, &options.global, &per_source)?;
        global_used.extend(used);
        frames.push(frame);
        sources.push(info);
    }
    // A global override naming a header no file has is a typo the user must hear about.
    for (field, header) in &options.global.fields {
        if let Some(header) = header
            && !global_used.contains(field)
        {
            return Err(LoadError::UnknownHeader {
                path: paths[0].clone(),
                field: *field,
                header: header.clone(),
                headers: sources[0].headers.clone(),
            });
        }
    }
    progress(paths.len(), paths.len());
    let frame = stack(frames).map_err(|e| LoadError::Malformed {
        path: paths[0].clone(),
        message: e.to_string(),
    })?;
    Ok(Dataset { frame, sources })
}

/// File names as the `source` label; the full path where two files share a name.
fn source_names(paths: &[PathBuf]) -> Vec<String> {
    let file_name = |p: &PathBuf| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string())
    };
    let all: Vec<String> = paths.iter().map(file_name).collect();
    paths
        .iter()
        .zip(&all)
        .map(|(p, n)| {
            if all.iter().filter(|m| *m == n).count() > 1 {
                p.display().to_string()
            } else {
                n.clone()
            }
        })
        .collect()
}

/// Canonical column order for the stacked frame.
fn column_order(fields: &BTreeSet<Field>) -> Vec<Field> {
    fields.iter().copied().collect()
}

/// Stacks per-file frames, adding typed null columns for fields a file lacks.
fn stack(frames: Vec<DataFrame>) -> PolarsResult<DataFrame> {
    let mut fields = BTreeSet::new();
    for frame in &frames {
        for name in frame.get_column_names() {
            if let Some(field) = Field::from_canonical(name.as_str()) {
                fields.insert(field);
            }
        }
    }
    let order = column_order(&fields);
    let mut stacked: Option<DataFrame> = None;
    for frame in frames {
        let height = frame.height();
        let mut columns = vec![frame.column(SOURCE_COLUMN)?.clone()];
        for field in &order {
            let name = field.name();
            columns.push(match frame.column(name.as_str()) {
                Ok(col) => col.clone(),
                Err(_) => Column::full_null(name.into(), height, &dtype_of(*field)),
            });
        }
        let frame = DataFrame::new(height, columns)?;
        match stacked.as_mut() {
            None => stacked = Some(frame),
            Some(acc) => {
                acc.vstack_mut_owned(frame)?;
            }
        }
    }
    let mut out = stacked.unwrap_or_default();
    // Key columns: a row with no channel or campaign is grouped as "(none)", not dropped.
    let fills: Vec<Expr> = [Field::Channel, Field::Campaign]
        .iter()
        .map(|key| key.name())
        .filter(|name| out.column(name.as_str()).is_ok_and(|c| c.null_count() > 0))
        .map(|name| col(name.as_str()).fill_null(lit(NONE_LABEL)))
        .collect();
    if !fills.is_empty() {
        out = out.lazy().with_columns(fills).collect()?;
    }
    // One chunk per column. Polars 0.55 can fail on a frame whose columns are split into chunks
    // differently (seen: a whole-file `select` of sums, with common subexpressions, reporting
    // a height mismatch), and every later query is faster on contiguous columns.
    out.rechunk_mut_par();
    Ok(out)
}

/// The Polars type of a canonical field in the stacked frame.
pub fn dtype_of(field: Field) -> DataType {
    match field {
        Field::Date => DataType::Date,
        Field::Channel | Field::Campaign => DataType::String,
        _ => DataType::Float64,
    }
}

/// A file's raw table: header names and the mapped columns as Polars read them (text or
/// plain numbers for CSV, typed for Parquet). It holds nothing of the file's bytes, which are
/// freed before the cleaning builds the canonical columns.
struct RawTable {
    format: FileFormat,
    encoding: Option<TextEncoding>,
    header_line: usize,
    headers: Vec<String>,
    frame: DataFrame,
    /// How to say where a data row is in the file; only used to report an error.
    rows_are: RowPlaces,
}

/// Where a data row is, for error messages.
#[derive(Clone, Copy)]
enum RowPlaces {
    /// Parquet: the row number.
    Numbered,
    /// Text: a line, counted (only when an error needs it) by reading the file again, with
    /// the header on this 0-based line.
    Lines { header_line: usize },
}

impl RowPlaces {
    fn locate(self, path: &Path, row: usize) -> Location {
        match self {
            RowPlaces::Numbered => Location::Row(row + 1),
            RowPlaces::Lines { header_line } => {
                let guess = header_line + 2 + row;
                let line = std::fs::read(path)
                    .ok()
                    .and_then(|bytes| {
                        let (text, _) = encoding::decode(&bytes).ok()?;
                        let text = lines_ended_by_newline(text);
                        record_start_lines(&text, header_line).get(row).copied()
                    })
                    .unwrap_or(guess);
                Location::Line(line)
            }
        }
    }
}

/// Old Mac Excel ends lines with a bare CR; Polars and the line counts want LF.
fn lines_ended_by_newline(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.contains('\r') && !text.contains('\n') {
        Cow::Owned(text.replace('\r', "\n"))
    } else {
        text
    }
}

/// A file opened far enough to know its headers, before any data is read.
enum Opened<'a> {
    Text(TextFile<'a>),
    Parquet(Vec<u8>),
}

/// Decoded text with its layout.
struct TextFile<'a> {
    text: Cow<'a, str>,
    encoding: TextEncoding,
    separator: u8,
    /// 0-based line of the header row.
    header_line: usize,
}

/// Loads one file into canonical columns. Returns the fields set from global overrides.
fn load_one(
    path: &Path,
    name: &str,
    global: &MappingOverrides,
    per_source: &MappingOverrides,
) -> Result<(DataFrame, SourceInfo, BTreeSet<Field>), LoadError> {
    let (raw, mapping, used_global) = read_raw(path, global, per_source)?;
    // The file's bytes are gone by now: a large export is not held twice while it is cleaned.
    let (frame, info) = build_canonical(path, name, raw, mapping)?;
    Ok((frame, info, used_global))
}

/// Reads the file, maps its headers and has Polars read the mapped columns.
fn read_raw(
    path: &Path,
    global: &MappingOverrides,
    per_source: &MappingOverrides,
) -> Result<(RawTable, Vec<ColumnMapping>, BTreeSet<Field>), LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_owned(),
        source,
    })?;
    if bytes.is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    let is_parquet_ext = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"));
    let wanted_headers: Vec<String> = merged_overrides(global, per_source)
        .fields
        .into_values()
        .flatten()
        .collect();
    let (opened, headers) = if bytes.starts_with(b"PAR1") || is_parquet_ext {
        let headers = parquet_headers(path, &bytes)?;
        (Opened::Parquet(bytes), headers)
    } else {
        let file = open_text(path, &bytes, &wanted_headers)?;
        let headers = csv_headers(path, &file)?;
        (Opened::Text(file), headers)
    };
    let mapping = resolve_mapping(path, &headers, global, per_source)?;
    let used_global = mapping
        .iter()
        .filter(|m| m.overridden && global.fields.contains_key(&m.field))
        .filter(|m| !per_source.fields.contains_key(&m.field))
        .map(|m| m.field)
        .collect();
    // Read only what is used: the mapped columns, plus the first column, where totals rows
    // often carry their label.
    let mut columns: Vec<String> = Vec::new();
    for header in mapping
        .iter()
        .map(|m| &m.header)
        .chain(headers.first().filter(|h| !h.is_empty()))
    {
        if !columns.contains(header) {
            columns.push(header.clone());
        }
    }
    let raw = match &opened {
        Opened::Parquet(bytes) => read_parquet(path, bytes, headers, columns)?,
        Opened::Text(file) => {
            // Numeric columns whose first rows are plain numbers, and a date column of ISO
            // dates, are parsed by Polars' reader directly; the rest stay text for the
            // cleaning. A totals row further down (`合计` under the date) fails that read and
            // sends the file through the cleaning.
            let candidates: Vec<(&str, DataType)> = mapping
                .iter()
                .filter(|m| !m.field.is_key())
                .map(|m| (m.header.as_str(), dtype_of(m.field)))
                .collect();
            let typed = typed_columns(file, &headers, candidates);
            read_text(path, file, headers, columns, &typed)?
        }
    };
    Ok((raw, mapping, used_global))
}

/// Per-source overrides win over global ones for the same field.
fn merged_overrides(global: &MappingOverrides, per_source: &MappingOverrides) -> MappingOverrides {
    let mut merged = global.clone();
    merged
        .fields
        .extend(per_source.fields.iter().map(|(f, h)| (*f, h.clone())));
    merged
}

/// Runs a Polars reader, turning both its errors and its panics into [`LoadError::Malformed`].
/// Polars can panic on corrupt input (seen: Parquet metadata "Thrift out of range"); a bad file
/// must give a message, never bring down the app or the CLI.
fn guarded_read<T>(
    path: &Path,
    what: &str,
    read: impl FnOnce() -> PolarsResult<T>,
) -> Result<T, LoadError> {
    let malformed = |detail: String| LoadError::Malformed {
        path: path.to_owned(),
        message: format!("{what} ({detail})"),
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(malformed(e.to_string())),
        Err(payload) => Err(malformed(crate::panic_message(payload.as_ref()).to_owned())),
    }
}

const NOT_PARQUET: &str = "not a readable Parquet file";

fn parquet_headers(path: &Path, bytes: &[u8]) -> Result<Vec<String>, LoadError> {
    let schema = guarded_read(path, NOT_PARQUET, || {
        ParquetReader::new(Cursor::new(bytes)).schema()
    })?;
    Ok(schema.iter_names().map(|n| n.to_string()).collect())
}

fn read_parquet(
    path: &Path,
    bytes: &[u8],
    headers: Vec<String>,
    columns: Vec<String>,
) -> Result<RawTable, LoadError> {
    let frame = guarded_read(path, NOT_PARQUET, || {
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
    })
}

/// Decodes the bytes and finds the separator and the header row.
fn open_text<'a>(
    path: &Path,
    bytes: &'a [u8],
    wanted_headers: &[String],
) -> Result<TextFile<'a>, LoadError> {
    let (text, encoding) = encoding::decode(bytes).map_err(|problem| match problem {
        DecodeProblem::Binary { offset } => LoadError::Binary {
            path: path.to_owned(),
            offset,
        },
        DecodeProblem::Undecodable { encoding } => LoadError::Undecodable {
            path: path.to_owned(),
            encoding: encoding.to_string(),
        },
    })?;
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
fn csv_headers(path: &Path, file: &TextFile<'_>) -> Result<Vec<String>, LoadError> {
    // The header needs only the head of the file; Polars would scan all of it.
    let head = head_lines(&file.text, file.header_line + 2);
    let empty = guarded_read(path, "cannot parse the table", || {
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

/// How many data lines [`typed_columns`] looks at.
const SNIFF_LINES: usize = 200;

/// Of the `candidates` (numeric or date columns), those whose cells in the first data lines
/// are all blank or in the one shape Polars' reader parses as we would: plain numbers
/// ([`clean::is_plain_number`]) and ISO dates (`2024-09-01`).
fn typed_columns(
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
    for line in file
        .text
        .lines()
        .skip(file.header_line + 1)
        .take(SNIFF_LINES)
    {
        let cells = split_record(line, file.separator);
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

/// The first `n` physical lines of `text`, or all of it when a quote is left open in them (a
/// header cell with a line break in it).
fn head_lines(text: &str, n: usize) -> &str {
    let end = text
        .match_indices('\n')
        .nth(n.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i + 1);
    let head = &text[..end];
    if head.bytes().filter(|&b| b == b'"').count() % 2 == 0 {
        head
    } else {
        text
    }
}

/// Has Polars read the given columns: the `typed` ones as numbers, the others as text. If a
/// typed column turns out not to be plain numbers further down (a `1,234` after the first
/// rows), the whole file is read again as text, so the cleaning sees every cell as written.
fn read_text(
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
        guarded_read(path, "cannot parse the table", || {
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
        rows_are: RowPlaces::Lines { header_line },
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
fn all_finite_values(values: &Float64Chunked) -> bool {
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
                    let header = file.text.lines().nth(file.header_line)?;
                    split_record(header, file.separator).get(field).cloned()
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

/// A double quote that breaks CSV quoting.
#[derive(Debug, PartialEq, Eq)]
enum QuoteProblem {
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
fn find_quote_problem(text: &str, header_line: usize, separator: u8) -> Option<QuoteProblem> {
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

/// Picks the separator and the header line (0-based): the first line within the first
/// [`HEADER_SEARCH_LINES`] that has at least two recognised headers, for the separator that
/// recognises the most. A file with no recognisable header row uses its first line, and the
/// missing-column error then lists what it found.
fn find_header(text: &str, ext: &str, wanted_headers: &[String]) -> (u8, usize) {
    let candidates: &[u8] = match ext {
        "tsv" | "tab" => b"\t,;",
        _ => b",\t;",
    };
    let mut best = (candidates[0], 0usize, 0usize);
    for &sep in candidates {
        for (index, line) in text.lines().take(HEADER_SEARCH_LINES).enumerate() {
            let cells = split_record(line, sep);
            let mut fields = BTreeSet::new();
            let mut wanted = 0;
            for cell in &cells {
                if wanted_headers.iter().any(|w| w == cell) {
                    wanted += 1;
                }
                if let Some(rec) = recognize_header(cell) {
                    fields.insert(rec.field());
                }
            }
            let score = fields.len() + wanted;
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

/// Splits one line of delimited text, honouring double quotes (`"1,234.5"`, `"a ""b"""`).
fn split_record(line: &str, sep: u8) -> Vec<String> {
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
fn record_start_lines(text: &str, header_line: usize) -> Vec<usize> {
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

/// Chooses which header feeds which field: overrides first (per-source over global), then
/// recognised headers left to right. Counts beat rates for the same retention day; a second
/// column recognised as an already-mapped field is left unused.
fn resolve_mapping(
    path: &Path,
    headers: &[String],
    global: &MappingOverrides,
    per_source: &MappingOverrides,
) -> Result<Vec<ColumnMapping>, LoadError> {
    let find = |wanted: &str| -> Option<&String> {
        headers.iter().find(|h| *h == wanted).or_else(|| {
            let norm = normalize_header(wanted);
            headers.iter().find(|h| normalize_header(h) == norm)
        })
    };
    let mut mapping: Vec<ColumnMapping> = Vec::new();
    let mut decided: BTreeSet<Field> = BTreeSet::new();
    let mut taken: BTreeSet<&str> = BTreeSet::new();
    for (strict, overrides) in [(true, per_source), (false, global)] {
        for (field, header) in &overrides.fields {
            if decided.contains(field) {
                continue;
            }
            match header {
                None => {
                    decided.insert(*field);
                }
                Some(wanted) => match find(wanted) {
                    Some(found) => {
                        decided.insert(*field);
                        taken.insert(found.as_str());
                        // Pointing a retention field at a rate column keeps it a rate.
                        let is_rate = matches!(field, Field::Retained(_))
                            && (matches!(
                                recognize_header(found),
                                Some(Recognized::RetentionRate(_))
                            ) || header_unit(found) == Unit::Percent);
                        mapping.push(ColumnMapping {
                            field: *field,
                            header: found.clone(),
                            is_rate,
                            overridden: true,
                            unit_scale: header_unit(found).scale(),
                        });
                    }
                    None if strict => {
                        return Err(LoadError::UnknownHeader {
                            path: path.to_owned(),
                            field: *field,
                            header: wanted.clone(),
                            headers: headers.to_vec(),
                        });
                    }
                    None => {}
                },
            }
        }
    }
    let recognized: Vec<(&String, Recognized)> = headers
        .iter()
        .filter(|h| !taken.contains(h.as_str()))
        .filter_map(|h| recognize_header(h).map(|r| (h, r)))
        .collect();
    let counts_first = recognized
        .iter()
        .filter(|(_, r)| matches!(r, Recognized::Field(_)))
        .chain(
            recognized
                .iter()
                .filter(|(_, r)| matches!(r, Recognized::RetentionRate(_))),
        );
    for (header, rec) in counts_first {
        let field = rec.field();
        if decided.insert(field) {
            mapping.push(ColumnMapping {
                field,
                header: (*header).clone(),
                is_rate: matches!(rec, Recognized::RetentionRate(_)),
                overridden: false,
                unit_scale: header_unit(header).scale(),
            });
        }
    }
    mapping.sort_by_key(|m| m.field);
    Ok(mapping)
}

/// Cleans and casts the mapped columns, drops totals rows, and labels the rows with `source`.
fn build_canonical(
    path: &Path,
    name: &str,
    raw: RawTable,
    mapping: Vec<ColumnMapping>,
) -> Result<(DataFrame, SourceInfo), LoadError> {
    let has = |f: Field| mapping.iter().any(|m| m.field == f);
    if !has(Field::Spend) {
        return Err(LoadError::MissingColumn {
            path: path.to_owned(),
            field: Field::Spend,
            headers: raw.headers,
        });
    }
    if !has(Field::Channel) && !has(Field::Campaign) {
        return Err(LoadError::MissingGrouping {
            path: path.to_owned(),
            headers: raw.headers,
        });
    }
    let frame = &raw.frame;
    let height = frame.height();
    let malformed = |e: PolarsError| LoadError::Malformed {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let column_of = |header: &str| frame.column(header).map_err(malformed);

    // Totals rows: a totals label in a key column, or in the file's first column (Tencent puts
    // `合计` under the date even when the first column is not one we use).
    let mut keep = vec![true; height];
    let mut label_columns: Vec<&str> = mapping
        .iter()
        .filter(|m| m.field.is_key() || m.field == Field::Date)
        .map(|m| m.header.as_str())
        .collect();
    if let Some(first) = raw.headers.first().filter(|h| !h.is_empty())
        && !label_columns.contains(&first.as_str())
    {
        label_columns.push(first.as_str());
    }
    // Text, or categorical in Parquet: compare the labels as text either way. Columns parsed
    // as dates or numbers cannot hold a label.
    let mut label_text: Vec<(&str, StringChunked)> = Vec::new();
    for header in label_columns {
        let col = column_of(header)?;
        if col.dtype().is_temporal() || col.dtype().is_primitive_numeric() {
            continue;
        }
        if let Ok(text) = col.cast(&DataType::String)
            && let Ok(text) = text.str()
        {
            label_text.push((header, text.clone()));
        }
    }
    // One pass per column, the columns side by side.
    let scans: Vec<(String, LabelScan)> = {
        use rayon::prelude::*;
        label_text
            .par_iter()
            .map(|(header, text)| ((*header).to_owned(), scan_labels(text)))
            .collect()
    };
    for (_, scan) in &scans {
        for &row in &scan.totals {
            keep[row] = false;
        }
    }
    let totals_rows_dropped = keep.iter().filter(|k| !**k).count();
    // Blank lines arrive as all-empty rows: drop them silently (they are not data). The first
    // column names the candidates; the others only need looking at on those rows.
    let mut blank: Vec<usize> = (0..height).collect();
    for col in frame.columns() {
        if blank.is_empty() {
            break;
        }
        match col.str() {
            Ok(text) if blank.len() == height => {
                blank = text
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.is_none_or(|c| c.trim().is_empty()))
                    .map(|(row, _)| row)
                    .collect();
            }
            Ok(text) => blank.retain(|&row| text.get(row).is_none_or(|c| c.trim().is_empty())),
            Err(_) if blank.len() == height => {
                blank = col
                    .is_null()
                    .iter()
                    .enumerate()
                    .filter(|(_, null)| *null == Some(true))
                    .map(|(row, _)| row)
                    .collect();
            }
            Err(_) => blank.retain(|&row| col.get(row).is_ok_and(|v| v.is_null())),
        }
    }
    for row in blank {
        keep[row] = false;
    }

    let bad_cell =
        |m: &ColumnMapping, row: usize, value: &str, expected: Expected| LoadError::BadCell {
            path: path.to_owned(),
            location: raw.rows_are.locate(path, row),
            column: m.header.clone(),
            field: m.field,
            value: value.to_owned(),
            expected,
        };

    // A retention field the user pointed at a column of percentages is a rate, whatever the
    // header says.
    let mut mapping = mapping;
    for m in mapping.iter_mut() {
        if m.overridden && matches!(m.field, Field::Retained(_)) && !m.is_rate {
            let col = column_of(&m.header)?;
            m.is_rate = col.str().is_ok_and(|text| {
                text.iter()
                    .flatten()
                    .any(|c| c.trim_end().ends_with(['%', '％']))
            });
        }
    }
    let mut columns: Vec<Column> = Vec::new();
    let mut notes = Vec::new();
    let mut rates: Vec<(Field, String, Float64Chunked)> = Vec::new();
    let mut new_users: Option<Float64Chunked> = None;
    for m in &mapping {
        let col = column_of(&m.header)?;
        let out_name: PlSmallStr = m.field.name().into();
        match m.field {
            Field::Date => {
                let days = date_column(col, &keep, |row, v| bad_cell(m, row, v, Expected::Date))?;
                columns.push(
                    days.with_name(out_name)
                        .into_series()
                        .into_date()
                        .into_column(),
                );
            }
            Field::Channel | Field::Campaign => {
                let text = col.cast(&DataType::String).map_err(malformed)?;
                let text = text.str().map_err(malformed)?;
                // Blank → missing, padding trimmed; a clean column is used as it is.
                let clean = scans
                    .iter()
                    .find(|(h, _)| *h == m.header)
                    .is_some_and(|(_, scan)| !scan.needs_cleaning);
                let values = if clean {
                    text.clone().with_name(out_name)
                } else {
                    StringChunked::from_iter_options(
                        out_name,
                        text.iter()
                            .map(|v| v.map(str::trim).filter(|v| !v.is_empty())),
                    )
                };
                columns.push(values.into_column());
            }
            _ => {
                let expected = if m.is_rate {
                    Expected::Rate
                } else {
                    Expected::Number
                };
                let shape = NumberShape {
                    is_rate: m.is_rate,
                    unit_scale: m.unit_scale,
                    decimal_comma: raw.format == FileFormat::Ssv,
                };
                let values =
                    number_column(col, &keep, shape, |row, v| bad_cell(m, row, v, expected))?
                        .with_name(out_name);
                if m.is_rate {
                    rates.push((m.field, m.header.clone(), values));
                } else {
                    if m.field == Field::NewUsers {
                        new_users = Some(values.clone());
                    }
                    columns.push(values.into_column());
                }
            }
        }
    }
    for (field, header, rate) in rates {
        match &new_users {
            Some(users) => {
                let counts = (users * &rate).with_name(field.name().into());
                columns.push(counts.into_column());
            }
            None => notes.push(format!(
                "column \"{}\" is a retention rate; without a new-users column it cannot be \
                 turned into counts, so it is not used",
                header
            )),
        }
    }
    mapping.retain(|m| !m.is_rate || columns.iter().any(|c| c.name().as_str() == m.field.name()));
    // One value for the whole file: a scalar column, not a million copies of the name.
    columns.push(Column::new_scalar(
        SOURCE_COLUMN.into(),
        Scalar::new(DataType::String, AnyValue::StringOwned(name.into())),
        height,
    ));
    let frame = DataFrame::new(height, columns).map_err(malformed)?;
    let frame = if keep.iter().all(|k| *k) {
        frame
    } else {
        let mask = BooleanChunked::from_slice("keep".into(), &keep);
        frame.filter(&mask).map_err(malformed)?
    };
    let info = SourceInfo {
        path: path.to_owned(),
        name: name.to_owned(),
        format: raw.format,
        encoding: raw.encoding,
        header_line: raw.header_line,
        headers: raw.headers,
        mapping,
        rows: frame.height(),
        totals_rows_dropped,
        notes,
    };
    Ok((frame, info))
}

/// What one pass over a text column of labels finds.
struct LabelScan {
    /// Rows whose cell is a totals label.
    totals: Vec<usize>,
    /// Some cell is blank or padded with spaces.
    needs_cleaning: bool,
}

fn scan_labels(text: &StringChunked) -> LabelScan {
    let mut scan = LabelScan {
        totals: Vec::new(),
        needs_cleaning: false,
    };
    let mut row = 0;
    for chunk in text.downcast_iter() {
        for (i, cell) in chunk.iter().enumerate() {
            if let Some(cell) = cell {
                scan.needs_cleaning |= cell.is_empty()
                    || cell.starts_with(char::is_whitespace)
                    || cell.ends_with(char::is_whitespace);
                if clean::is_totals_label(cell) {
                    scan.totals.push(row + i);
                }
            }
        }
        row += chunk.len();
    }
    scan
}

/// How a numeric column's cells are to be read.
#[derive(Clone, Copy, Debug)]
struct NumberShape {
    /// A retention rate: `%` allowed; without `%` or a `(%)` unit, values above 1 mean the
    /// column is in percent (`35.2` is 35.2 %).
    is_rate: bool,
    /// From the header's unit (`万元` → 10,000; `(%)` → 0.01); applies to cells without `%`.
    unit_scale: f64,
    /// `1.234,5` (semicolon-separated files).
    decimal_comma: bool,
}

/// Parses a numeric column. Rates: a value with `%` is a percentage; without any `%` in the
/// column (and no unit), values above 1 mean the column is in percent ([`scale_rates`]).
fn number_column(
    col: &Column,
    keep: &[bool],
    shape: NumberShape,
    bad: impl Fn(usize, &str) -> LoadError,
) -> Result<Float64Chunked, LoadError> {
    let scaled = |values: Float64Chunked| {
        if shape.unit_scale == 1.0 {
            values
        } else {
            values * shape.unit_scale
        }
    };
    if col.dtype().is_primitive_numeric() {
        // Parsed by the reader (plain CSV numbers, Parquet): used as they are, without a copy
        // unless a unit or a non-finite value (Parquet can hold NaN) needs one.
        let cast = col
            .cast(&DataType::Float64)
            .map_err(|e| bad(0, &e.to_string()))?;
        let values = cast.f64().map_err(|e| bad(0, &e.to_string()))?.clone();
        let values = if all_finite_values(&values) {
            values
        } else {
            values.apply(|v| v.filter(|x| x.is_finite()))
        };
        return Ok(scale_rates(scaled(values), shape, false));
    }
    let parse = if shape.decimal_comma {
        clean::parse_number_decimal_comma
    } else {
        clean::parse_number
    };
    let text = col
        .cast(&DataType::String)
        .map_err(|e| bad(0, &e.to_string()))?;
    let text = text.str().map_err(|e| bad(0, &e.to_string()))?;
    let mut values = Vec::with_capacity(text.len());
    let mut any_percent = false;
    for (row, cell) in text.iter().enumerate() {
        let parsed = match cell {
            None => Number::Missing,
            Some(s) => match parse(s) {
                Ok(Number::Percent(_)) if !shape.is_rate && keep[row] => return Err(bad(row, s)),
                Ok(n) => n,
                Err(clean::BadValue) if keep[row] => return Err(bad(row, s)),
                Err(clean::BadValue) => Number::Missing,
            },
        };
        values.push(match parsed {
            Number::Missing => None,
            // The header's unit applies to plain cells; a `%` cell is already a fraction.
            Number::Plain(v) if shape.unit_scale != 1.0 => Some(v * shape.unit_scale),
            Number::Plain(v) => Some(v),
            Number::Percent(v) => {
                any_percent = true;
                Some(v)
            }
        });
    }
    let values = Float64Chunked::from_iter_options(col.name().clone(), values.into_iter());
    Ok(scale_rates(values, shape, any_percent))
}

/// A rate column with neither `%` signs nor a `(%)` unit, and values above 1, is in percent.
fn scale_rates(values: Float64Chunked, shape: NumberShape, any_percent: bool) -> Float64Chunked {
    if !shape.is_rate
        || shape.unit_scale != 1.0
        || any_percent
        || !values.iter().flatten().any(|v| v > 1.0)
    {
        return values;
    }
    values / 100.0
}

/// Parses a date column into days since the epoch. Consecutive equal cells (the usual shape of
/// a daily export) are parsed once.
fn date_column(
    col: &Column,
    keep: &[bool],
    bad: impl Fn(usize, &str) -> LoadError,
) -> Result<Int32Chunked, LoadError> {
    if matches!(col.dtype(), DataType::Date | DataType::Datetime(_, _)) {
        let days = col
            .cast(&DataType::Date)
            .and_then(|d| d.cast(&DataType::Int32))
            .map_err(|e| bad(0, &e.to_string()))?;
        return Ok(days.i32().map_err(|e| bad(0, &e.to_string()))?.clone());
    }
    let text = col
        .cast(&DataType::String)
        .map_err(|e| bad(0, &e.to_string()))?;
    let text = text.str().map_err(|e| bad(0, &e.to_string()))?;
    let mut out = Vec::with_capacity(text.len());
    let mut last: Option<(&str, Option<i32>)> = None;
    for (row, cell) in text.iter().enumerate() {
        let Some(s) = cell else {
            out.push(None);
            continue;
        };
        if let Some((prev, days)) = last
            && prev == s
        {
            out.push(days);
            continue;
        }
        let days = match clean::parse_date(s) {
            Ok(date) => date.map(clean::days_since_epoch),
            Err(clean::BadValue) if keep[row] => return Err(bad(row, s)),
            // A bad date on a dropped totals row: not cached, so a data row with the same
            // text still gets its error.
            Err(clean::BadValue) => {
                out.push(None);
                continue;
            }
        };
        last = Some((s, days));
        out.push(days);
    }
    Ok(Int32Chunked::from_iter_options(
        col.name().clone(),
        out.into_iter(),
    ))
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
    fn header_found_below_a_preamble() {
        let text = "广告报表\n时间范围:2024-09-01至2024-09-30\n\n日期,广告版位,花费(元)\n2024-09-01,朋友圈,1\n";
        assert_eq!(find_header(text, "csv", &[]), (b',', 3));
        let tsv = "date\tchannel\tspend\n2024-09-01\tx\t1\n";
        assert_eq!(find_header(tsv, "txt", &[]), (b'\t', 0));
    }

    #[test]
    fn record_lines_count_blank_lines_and_keep_quoted_newlines() {
        let text = "title\nh1,h2\na,1\n\n\"multi\nline\",2\nc,3\n";
        assert_eq!(record_start_lines(text, 1), vec![3, 4, 5, 7]);
        assert_eq!(record_start_lines("h\na\nb", 0), vec![2, 3]);
        assert_eq!(record_start_lines("h\na\n\n", 0), vec![2, 3]);
    }
}
