//! Reading export files into one canonical Polars frame.
//!
//! Per file: detect the encoding and transcode to UTF-8, find the header row (Chinese exports
//! often put a title and a date range above it), map headers to canonical fields, let Polars read
//! the mapped columns as text, then clean each cell and cast. Several files are stacked with a
//! `source` column.
//!
//! The steps live in their own modules: [`sniff`](super::sniff) opens a text file,
//! [`tokenize`](super::tokenize) reads its quotes, [`mapping`](super::mapping) maps its headers,
//! [`read`](super::read) has Polars read it, [`canonical`](super::canonical) cleans the
//! columns. This module runs them per file and stacks the results.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::data::canonical::{Given, build_canonical};
use crate::data::clickhouse;
use crate::data::error::LoadError;
use crate::data::mapping::{merged_overrides, resolve_mapping};
use crate::data::notes::{Note, check_strict, layout_notes, synonym_notes};
use crate::data::platforms;
use crate::data::read::{RawTable, csv_headers, parquet_headers, read_parquet, read_text};
use crate::data::schema::Field;
use crate::data::sniff::{TextFile, open_text, typed_columns};
use crate::data::workbook;
use crate::i18n::{Arg, message_in};

// The types were defined here before the loader was split; `data::load::Dataset` and the
// like stay valid paths.
use crate::data::types::repeated_label;
pub use crate::data::types::{
    ColumnMapping, Dataset, FileFormat, LoadOptions, MappingOverrides, NONE_LABEL, SOURCE_COLUMN,
    SourceInfo, dtype_of,
};

/// Loads and stacks several files. The first bad file stops the load with its error.
pub fn load_files(paths: &[PathBuf], options: &LoadOptions) -> Result<Dataset, LoadError> {
    load_files_with_progress(paths, options, &mut |_| {})
}

/// How far a load has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadProgress {
    /// Files read so far, of `files_total`.
    pub files_done: usize,
    pub files_total: usize,
    /// Bytes read so far of the files' sizes added up: a large text file moves on slice by
    /// slice, any other file when it is done.
    pub bytes_done: u64,
    /// 0 when no file has a size (a pipe, a ClickHouse table).
    pub bytes_total: u64,
}

/// A file's size, or 0 for what has none (a pipe, a ClickHouse table).
fn file_size(path: &Path) -> u64 {
    let (file, _) = crate::data::workbook::split_sheet(path);
    std::fs::metadata(file)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map_or(0, |m| m.len())
}

/// [`load_files`], calling `progress` before each file, after each slice of a large text file,
/// and at the end.
pub fn load_files_with_progress(
    paths: &[PathBuf],
    options: &LoadOptions,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Dataset, LoadError> {
    if paths.is_empty() {
        return Err(LoadError::NoFiles);
    }
    let names = source_names(paths);
    let sizes: Vec<u64> = paths.iter().map(|p| file_size(p)).collect();
    let bytes_total: u64 = sizes.iter().sum();
    let at = |files_done: usize, bytes_done: u64| LoadProgress {
        files_done,
        files_total: paths.len(),
        bytes_done,
        bytes_total,
    };
    let mut frames = Vec::with_capacity(paths.len());
    let mut sources = Vec::with_capacity(paths.len());
    let mut global_used: BTreeSet<Field> = BTreeSet::new();
    for (done, (path, name)) in paths.iter().zip(names).enumerate() {
        let before: u64 = sizes[..done].iter().sum();
        progress(at(done, before));
        let mut on_bytes = |read: u64| progress(at(done, before + read));
        let per_source = options.per_source.get(path).cloned().unwrap_or_default();
        let given = Given {
            channel_of: options.channel_of.get(path).map(String::as_str),
            lenient: options.lenient.contains(path),
            currency_of: options.currency_of.get(path).map(String::as_str),
            conversion: options.conversion.as_ref(),
        };
        let (frame, info, used) = load_one(
            path,
            &name,
            (&options.global, &per_source),
            &given,
            options.strict,
            options
                .slice_bytes
                .unwrap_or(crate::data::slices::DEFAULT_SLICE_BYTES),
            &mut on_bytes,
        )?;
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
    // Amounts in different currencies are never added: without rates, such files do not load
    // together.
    if options.conversion.is_none() {
        let known: Vec<(String, String)> = sources
            .iter()
            .filter_map(|s| Some((s.name.clone(), s.currency.as_ref()?.code.clone())))
            .collect();
        if known.iter().any(|(_, c)| *c != known[0].1) {
            return Err(LoadError::MixedCurrencies { currencies: known });
        }
    }
    progress(at(paths.len(), bytes_total));
    let malformed = |e: PolarsError| LoadError::Malformed {
        path: paths[0].clone(),
        message: crate::i18n::Text::fixed(e.to_string()),
    };
    let mut frame = stack(frames).map_err(malformed)?;
    let raw_channels = distinct_values(&frame, &Field::Channel.name());
    let shown = platforms::renames(&raw_channels, &options.aliases, options.display);
    if !shown.is_empty() {
        rename_channels(&mut frame, &shown).map_err(malformed)?;
    }
    let currency = match &options.conversion {
        Some(conversion) => Some(conversion.report.clone()),
        // Only when every file says, and all say the same.
        None => {
            let codes: Option<Vec<&str>> = sources
                .iter()
                .map(|s| Some(s.currency.as_ref()?.code.as_str()))
                .collect();
            codes
                .filter(|c| c.iter().all(|code| *code == c[0]))
                .and_then(|c| c.first().map(|code| (*code).to_owned()))
        }
    };
    Ok(Dataset {
        frame,
        sources,
        raw_channels,
        currency,
    })
}

/// The distinct non-null values of a text column, sorted (none when the column is absent): the
/// channel names of a load, and the names the dashboard's filters and colours list.
pub fn distinct_values(frame: &DataFrame, column: &str) -> Vec<String> {
    let mut values: Vec<String> = frame
        .column(column)
        .ok()
        .and_then(|c| c.unique().ok())
        .and_then(|u| u.cast(&DataType::String).ok())
        .and_then(|u| {
            u.str()
                .ok()
                .map(|ca| ca.iter().flatten().map(str::to_owned).collect())
        })
        .unwrap_or_default();
    values.sort();
    values
}

/// Shows each channel named in `aliases` under its new name: merged channels are then one
/// group everywhere, and their sums the sums of their parts.
fn rename_channels(frame: &mut DataFrame, aliases: &BTreeMap<String, String>) -> PolarsResult<()> {
    let name = Field::Channel.name();
    let Ok(column) = frame.column(name.as_str()) else {
        return Ok(());
    };
    let renamed: StringChunked = crate::data::types::label_iter(column)?
        .map(|v| v.map(|v| aliases.get(v).map_or(v, String::as_str)))
        .collect();
    let renamed =
        crate::data::types::as_label(&renamed.with_name(name.as_str().into()).into_column())?;
    frame.with_column(renamed)?;
    Ok(())
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
                // A row with no channel or campaign is grouped as "(none)", not dropped.
                Err(_) if field.is_key() => repeated_label(&name, NONE_LABEL, height)?,
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
    // Columns split into chunks alike: Polars 0.55 can fail on a frame whose columns are split
    // differently (seen: a whole-file `select` of sums, with common subexpressions, reporting
    // a height mismatch). Files and slices stacked are split alike already (one chunk each),
    // and the sums read chunk by chunk (`metrics::grouped`), so they are not copied into one:
    // on a large file that copy was the load's last peak.
    out.align_chunks_par();
    Ok(out)
}

/// A file opened far enough to know its headers, before any data is read.
enum Opened<'a> {
    Text(TextFile<'a>),
    Parquet(Vec<u8>),
    Sheet(Box<workbook::OpenedSheet>),
}

/// Loads one file into canonical columns. Returns the fields set from global overrides.
fn load_one(
    path: &Path,
    name: &str,
    (global, per_source): (&MappingOverrides, &MappingOverrides),
    given: &Given<'_>,
    strict: bool,
    slice_bytes: usize,
    on_bytes: &mut dyn FnMut(u64),
) -> Result<(DataFrame, SourceInfo, BTreeSet<Field>), LoadError> {
    if let Some(url) = path.to_str().and_then(clickhouse::TableUrl::parse) {
        let url = url.map_err(LoadError::ClickHouse)?;
        return load_table(path, name, &url, global, per_source, given, strict);
    }
    if let Some(loaded) = crate::data::slices::load_sliced(
        path,
        name,
        (global, per_source),
        given,
        strict,
        slice_bytes,
        on_bytes,
    ) {
        return Ok(loaded);
    }
    let (raw, mapping, used_global) = read_raw(path, global, per_source, strict)?;
    // The file's bytes are gone by now: a large export is not held twice while it is cleaned.
    let (frame, info) = build_canonical(path, name, raw, mapping, given)?;
    Ok((frame, info, used_global))
}

/// Loads a ClickHouse table: its columns mapped like a file's headers, its sums per day ×
/// label computed by ClickHouse (see [`clickhouse`]), then cleaned like a file's rows.
fn load_table(
    path: &Path,
    name: &str,
    url: &clickhouse::TableUrl,
    global: &MappingOverrides,
    per_source: &MappingOverrides,
    given: &Given<'_>,
    strict: bool,
) -> Result<(DataFrame, SourceInfo, BTreeSet<Field>), LoadError> {
    let columns = clickhouse::headers(url).map_err(LoadError::ClickHouse)?;
    let headers: Vec<String> = columns.iter().map(|(name, _)| name.clone()).collect();
    let mapping = resolve_mapping(path, &headers, global, per_source)?;
    if !mapping.iter().any(|m| m.field == Field::Spend) {
        return Err(LoadError::MissingColumn {
            path: path.to_owned(),
            field: Field::Spend,
            headers,
        });
    }
    let used_global = used_globally(&mapping, global, per_source);
    let mut notes = synonym_notes(&headers, &mapping);
    // A rate (ROI, a retention rate) is not a sum: a day's rate cannot be rebuilt from the
    // sums that travel.
    let (rates, mapping): (Vec<ColumnMapping>, Vec<ColumnMapping>) =
        mapping.into_iter().partition(|m| m.is_rate);
    for rate in rates {
        notes.push(Note::by_language(|lang| {
            message_in(
                lang,
                "note-clickhouse-rate",
                &[
                    ("header", Arg::from(&rate.header)),
                    ("field", Arg::from(rate.field.label_in(lang))),
                ],
            )
        }));
    }
    check_strict(path, &notes, strict)?;
    let extra: Vec<String> = headers
        .iter()
        .filter(|h| clickhouse::extra_label(h) && !mapping.iter().any(|m| m.header == **h))
        .cloned()
        .collect();
    let (mut raw, pushed) =
        clickhouse::read_sums(url, &columns, &mapping, &extra).map_err(LoadError::ClickHouse)?;
    raw.notes = notes;
    let (frame, mut info) = build_canonical(path, name, raw, mapping, given)?;
    info.headers = headers;
    info.rows = usize::try_from(pushed.table_rows).unwrap_or(usize::MAX);
    info.pushed_down = Some(pushed);
    Ok((frame, info, used_global))
}

/// The fields a global override (the CLI's `--map`) decided, where no per-file one did.
fn used_globally(
    mapping: &[ColumnMapping],
    global: &MappingOverrides,
    per_source: &MappingOverrides,
) -> BTreeSet<Field> {
    mapping
        .iter()
        .filter(|m| m.overridden && global.fields.contains_key(&m.field))
        .filter(|m| !per_source.fields.contains_key(&m.field))
        .map(|m| m.field)
        .collect()
}

/// Reads the file, maps its headers and has Polars read the mapped columns.
fn read_raw(
    path: &Path,
    global: &MappingOverrides,
    per_source: &MappingOverrides,
    strict: bool,
) -> Result<(RawTable, Vec<ColumnMapping>, BTreeSet<Field>), LoadError> {
    let (file_path, _) = workbook::split_sheet(path);
    let bytes = crate::data::sniff::read_bytes(&file_path, path)?;
    let (raw, mapping, used, _) = read_raw_from(path, bytes, global, per_source, strict)?;
    Ok((raw, mapping, used))
}

/// How a text file was read, so that the rest of it can be read the same way slice by slice
/// (see [`slices`](super::slices)).
pub(super) struct TextLayout {
    pub encoding: crate::data::encoding::TextEncoding,
    pub separator: u8,
    /// The header record as written, newline included.
    pub header_record: String,
    pub headers: Vec<String>,
    /// The columns read, and those read as numbers or dates by Polars' reader.
    pub columns: Vec<String>,
    pub typed: Vec<(String, DataType)>,
    /// The notes of the header's names (synonyms), the same for every slice.
    pub synonyms: Vec<Note>,
}

/// A file's raw table, its mapping, the fields a global override set, and for a text file how
/// it was read.
pub(super) type ReadRaw = (
    RawTable,
    Vec<ColumnMapping>,
    BTreeSet<Field>,
    Option<TextLayout>,
);

/// [`read_raw`] of the file's `bytes` (all of them, or its first slice); a text file's
/// layout comes back too.
pub(super) fn read_raw_from(
    path: &Path,
    bytes: Vec<u8>,
    global: &MappingOverrides,
    per_source: &MappingOverrides,
    strict: bool,
) -> Result<ReadRaw, LoadError> {
    // `book.xlsx#Sheet2` names one sheet of a workbook.
    let (file_path, sheet) = workbook::split_sheet(path);
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
    } else if sheet.is_some() || workbook::is_workbook_name(&file_path) {
        let opened = workbook::open_sheet(path, bytes, sheet.as_deref(), &wanted_headers)?;
        let headers = opened.headers.clone();
        (Opened::Sheet(Box::new(opened)), headers)
    } else if workbook::looks_like_workbook(&file_path, &bytes)
        && let Ok(opened) = workbook::open_sheet(path, bytes.clone(), None, &wanted_headers)
    {
        // A workbook under another name (`report.csv` that is really an .xlsx); bytes that
        // only look like one are read as text below, and said to be binary.
        let headers = opened.headers.clone();
        (Opened::Sheet(Box::new(opened)), headers)
    } else {
        let file = open_text(path, &bytes, &wanted_headers)?;
        let headers = csv_headers(path, &file)?;
        (Opened::Text(file), headers)
    };
    let mapping = resolve_mapping(path, &headers, global, per_source)?;
    let used_global = used_globally(&mapping, global, per_source);
    // Read only what is used: the mapped columns, plus the first column, where totals rows
    // often carry their label.
    let mut columns: Vec<String> = Vec::new();
    // And a currency column, which says what the amounts are in.
    let currency_column = headers
        .iter()
        .find(|h| crate::data::currency::is_currency_header(h));
    // And the end of each row's period, which says whether rows are days.
    let period_end = headers
        .iter()
        .find(|h| crate::data::schema::is_period_end(h));
    for header in mapping
        .iter()
        .map(|m| &m.header)
        .chain(headers.first().filter(|h| !h.is_empty()))
        .chain(currency_column)
        .chain(period_end)
    {
        if !columns.contains(header) {
            columns.push(header.clone());
        }
    }
    let synonyms = synonym_notes(&headers, &mapping);
    let mut layout = None;
    let raw = match opened {
        Opened::Sheet(sheet) => {
            let raw = sheet.read(path, &columns, &mapping)?;
            let mut notes = raw.notes.clone();
            notes.extend(synonyms);
            check_strict(path, &notes, strict)?;
            RawTable { notes, ..raw }
        }
        Opened::Parquet(bytes) => {
            check_strict(path, &synonyms, strict)?;
            RawTable {
                notes: synonyms,
                ..read_parquet(path, &bytes, headers, columns)?
            }
        }
        Opened::Text(file) => {
            let mut notes = layout_notes(&file, &mapping);
            notes.extend(synonyms.iter().cloned());
            check_strict(path, &notes, strict)?;
            // Numeric columns whose first rows are plain numbers, and a date column of ISO
            // dates, are parsed by Polars' reader directly; the rest stay text for the
            // cleaning. A totals row further down (`合计` under the date) fails that read and
            // sends the file through the cleaning.
            let candidates: Vec<(&str, DataType)> = mapping
                .iter()
                .filter(|m| !m.field.is_key())
                .map(|m| (m.header.as_str(), dtype_of(m.field)))
                .collect();
            let typed = typed_columns(&file, &headers, candidates);
            layout = Some(TextLayout {
                encoding: file.encoding.clone(),
                separator: file.separator,
                header_record: crate::data::read::header_record(&file).to_owned(),
                headers: headers.clone(),
                columns: columns.clone(),
                typed: typed.clone(),
                synonyms,
            });
            RawTable {
                notes,
                ..read_text(path, &file, headers, columns, &typed)?
            }
        }
    };
    Ok((raw, mapping, used_global, layout))
}
