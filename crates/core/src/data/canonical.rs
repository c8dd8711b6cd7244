//! From the columns Polars read to the canonical ones: totals and blank rows dropped, labels
//! trimmed, numbers and dates cleaned and cast, rates turned into counts, the `source` label.

use std::path::Path;

use polars::prelude::*;

use crate::data::clean;
use crate::data::columns::{Cells, NumberShape, date_column, number_column};
use crate::data::currency::{self, Conversion, Currency};
use crate::data::encoding::TextEncoding;
use crate::data::error::{Expected, LoadError};
use crate::data::notes::{self, Note, note};
use crate::data::platforms;
use crate::data::read::RawTable;
use crate::data::schema::{Field, is_period_end};
use crate::data::types::{
    ChannelOrigin, ColumnMapping, FileFormat, NONE_LABEL, SOURCE_COLUMN, SourceInfo, as_label,
    repeated_label,
};
use crate::i18n::{Arg, message_in};

/// What the user said about one file: its channel (when it has no channel column), whether to
/// load it anyway past unreadable cells, its currency, and the rates to convert amounts at.
#[derive(Clone, Copy)]
pub(super) struct Given<'a> {
    pub channel_of: Option<&'a str>,
    pub lenient: bool,
    pub currency_of: Option<&'a str>,
    pub conversion: Option<&'a Conversion>,
}

/// Cleans and casts the mapped columns, drops totals rows, and labels the rows with `source`.
pub(super) fn build_canonical(
    path: &Path,
    name: &str,
    raw: RawTable,
    mapping: Vec<ColumnMapping>,
    given: &Given<'_>,
) -> Result<(DataFrame, SourceInfo), LoadError> {
    let Given {
        channel_of,
        lenient,
        currency_of,
        conversion,
    } = *given;
    let has = |f: Field| mapping.iter().any(|m| m.field == f);
    if !has(Field::Spend) {
        return Err(LoadError::MissingColumn {
            path: path.to_owned(),
            field: Field::Spend,
            headers: raw.headers,
        });
    }
    // A file without a channel column is one channel: the platform whose download it is, or
    // the file itself; opening never fails for want of a grouping column.
    let channel = if has(Field::Channel) {
        ChannelOrigin::Column
    } else if let Some(given) = channel_of.map(str::trim).filter(|n| !n.is_empty()) {
        ChannelOrigin::Given(given.to_owned())
    } else if let Some(platform) = platforms::platform_of_headers(&raw.headers) {
        ChannelOrigin::Platform(platform.to_owned())
    } else {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.to_owned());
        ChannelOrigin::FileName(stem)
    };
    let frame = &raw.frame;
    let height = frame.height();
    let malformed = |e: PolarsError| LoadError::Malformed {
        path: path.to_owned(),
        message: crate::i18n::Text::fixed(e.to_string()),
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
            location: raw.rows_are.locate(path, row, &m.header),
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
    let mut notes = raw.notes.clone();
    // Cells left empty because the user loads this file anyway (see `LoadOptions::lenient`).
    let blanked = std::cell::RefCell::new(Vec::new());
    let mut rates: Vec<(Field, String, Float64Chunked)> = Vec::new();
    let mut new_users: Option<Float64Chunked> = None;
    let mut spend: Option<Float64Chunked> = None;
    let mut start_days: Option<Int32Chunked> = None;
    for m in &mapping {
        let col = column_of(&m.header)?;
        let out_name: PlSmallStr = m.field.name().into();
        match m.field {
            Field::Date => {
                let error = |row: usize, v: &str| bad_cell(m, row, v, Expected::Date);
                let cells = Cells {
                    error: &error,
                    blanked: lenient.then_some(&blanked),
                };
                let days = date_column(col, &keep, &cells)?;
                start_days = Some(days.clone());
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
                // Blank or missing → "(none)": a row without a channel or campaign is
                // grouped as such, not dropped.
                let values = if clean && text.null_count() == 0 {
                    text.clone().with_name(out_name)
                } else {
                    StringChunked::from_iter_values(
                        out_name,
                        text.iter().map(|v| {
                            v.map(str::trim)
                                .filter(|v| !v.is_empty())
                                .unwrap_or(NONE_LABEL)
                        }),
                    )
                };
                columns.push(as_label(&values.into_column()).map_err(malformed)?);
            }
            _ => {
                // A retention rate may be written in percent; a platform's ROI is a plain
                // multiple (3.5 is 350 %, never 3.5 %).
                let percent_rate = m.is_rate && m.field != Field::Revenue;
                let expected = if percent_rate {
                    Expected::Rate
                } else {
                    Expected::Number
                };
                let shape = NumberShape {
                    is_rate: percent_rate,
                    unit_scale: m.unit_scale,
                    decimal_comma: raw.format == FileFormat::Ssv,
                };
                let values = number_column(
                    col,
                    &keep,
                    shape,
                    &Cells {
                        error: &|row: usize, v: &str| bad_cell(m, row, v, expected),
                        blanked: lenient.then_some(&blanked),
                    },
                )?
                .with_name(out_name);
                if m.is_rate {
                    rates.push((m.field, m.header.clone(), values));
                } else {
                    match m.field {
                        Field::NewUsers => new_users = Some(values.clone()),
                        Field::Spend => spend = Some(values.clone()),
                        _ => {}
                    }
                    columns.push(values.into_column());
                }
            }
        }
    }
    for (field, header, rate) in rates {
        // Revenue from a platform's ROI is ROI × spend; a retention count is rate × new users.
        let base = if field == Field::Revenue {
            &spend
        } else {
            &new_users
        };
        match base {
            Some(base) => {
                let derived = (base * &rate).with_name(field.name().into());
                columns.push(derived.into_column());
            }
            None => notes.push(Note::by_language(|lang| {
                let args = [
                    ("header", Arg::from(&header)),
                    ("field", Arg::from(field.label_in(lang))),
                ];
                if field == Field::Revenue {
                    message_in(lang, "note-roi-without-spend", &args)
                } else {
                    message_in(lang, "note-rate-without-new-users", &args)
                }
            })),
        }
    }
    mapping.retain(|m| !m.is_rate || columns.iter().any(|c| c.name().as_str() == m.field.name()));
    let period_days = match (&start_days, raw.headers.iter().find(|h| is_period_end(h))) {
        (Some(start), Some(end_header)) => {
            let end_mapping = ColumnMapping {
                field: Field::Date,
                header: end_header.clone(),
                is_rate: false,
                overridden: false,
                unit_scale: 1.0,
            };
            let error = |row: usize, v: &str| bad_cell(&end_mapping, row, v, Expected::Date);
            let cells = Cells {
                error: &error,
                blanked: lenient.then_some(&blanked),
            };
            let end = date_column(column_of(end_header)?, &keep, &cells)?;
            longest_period(start, &end, &keep)
        }
        _ => None,
    };
    if let Some(days) = period_days {
        notes.push(note!("note-periods", count = days, days = days.to_string()));
    }
    let currency = file_currency(&raw, &mapping, currency_of, &mut notes);
    if let Some(conversion) = conversion {
        convert(
            path,
            &mut columns,
            currency.as_ref(),
            conversion,
            &mut notes,
        )?;
    }
    // One name for the whole file: held once in the dictionary, a code a row.
    columns.push(repeated_label(SOURCE_COLUMN, name, height).map_err(malformed)?);
    let blanked = blanked.into_inner();
    if !blanked.is_empty() {
        notes.push(blanked_note(&blanked));
    }
    let notes_by_language = notes;
    let notes = notes::english(&notes_by_language);
    if let Some(whole) = channel.whole_file() {
        columns.push(repeated_label(&Field::Channel.name(), whole, height).map_err(malformed)?);
    }
    let frame = DataFrame::new(height, columns).map_err(malformed)?;
    let frame = if keep.iter().all(|k| *k) {
        frame
    } else {
        let mask = BooleanChunked::from_slice("keep".into(), &keep);
        frame.filter(&mask).map_err(malformed)?
    };
    let sheet = match &raw.rows_are {
        crate::data::read::RowPlaces::Cells { sheet, .. } => Some(sheet.clone()),
        _ => None,
    };
    let info = SourceInfo {
        period_days,
        currency,
        sheet,
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
        notes_by_language,
        channel,
        pushed_down: None,
        slices: 1,
    };
    Ok((frame, info))
}

/// The longest period (end − start + 1 days) of the kept rows, when any row covers more than
/// one day.
fn longest_period(start: &Int32Chunked, end: &Int32Chunked, keep: &[bool]) -> Option<i64> {
    start
        .iter()
        .zip(end.iter())
        .zip(keep)
        .filter(|(_, keep)| **keep)
        .filter_map(|((s, e), _)| Some(i64::from(e?) - i64::from(s?) + 1))
        .max()
        .filter(|days| *days > 1)
}

/// The file's currency: as the user gave it, else as its currency column, money headers or
/// money cells say (see [`currency::detect`]).
fn file_currency(
    raw: &RawTable,
    mapping: &[ColumnMapping],
    given: Option<&str>,
    notes: &mut Vec<Note>,
) -> Option<Currency> {
    if let Some(code) = given.map(str::trim).filter(|c| !c.is_empty()) {
        return Some(Currency::found(
            code.to_uppercase(),
            note!("note-currency-from-setting"),
        ));
    }
    let text_of = |header: &str| -> Option<StringChunked> {
        let col = raw.frame.column(header).ok()?;
        if !matches!(col.dtype(), DataType::String) {
            return None;
        }
        col.str().ok().cloned()
    };
    let currency_header = raw.headers.iter().find(|h| currency::is_currency_header(h));
    // The distinct values of the currency column, and the first amounts as written.
    let currency_values: Vec<String> = currency_header
        .and_then(|h| text_of(h))
        .and_then(|ca| ca.unique().ok())
        .map(|ca| ca.iter().flatten().map(str::to_owned).collect())
        .unwrap_or_default();
    let money: Vec<&str> = mapping
        .iter()
        .filter(|m| m.field.is_money() && !m.is_rate)
        .map(|m| m.header.as_str())
        .collect();
    let money_values: Vec<String> = money
        .iter()
        .filter_map(|h| text_of(h))
        .flat_map(|ca| {
            ca.iter()
                .flatten()
                .filter(|c| !c.trim().is_empty())
                .take(50)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut currency_cells = currency_values.iter().map(String::as_str);
    let mut money_cells = money_values.iter().map(String::as_str);
    let japanese =
        raw.encoding == Some(TextEncoding::ShiftJis) || currency::looks_japanese(&raw.headers);
    let column = currency_header.map(|h| {
        (
            h.as_str(),
            &mut currency_cells as &mut dyn Iterator<Item = &str>,
        )
    });
    match currency::detect(column, &money, &mut money_cells, japanese) {
        Ok(found) => found,
        Err(codes) => {
            notes.push(Note::by_language(|lang| {
                message_in(
                    lang,
                    "note-several-currencies",
                    &[("codes", Arg::from(notes::list_in(lang, &codes)))],
                )
            }));
            None
        }
    }
}

/// Converts the money columns into the report's currency at the file's rate.
fn convert(
    path: &Path,
    columns: &mut [Column],
    currency: Option<&Currency>,
    conversion: &Conversion,
    notes: &mut Vec<Note>,
) -> Result<(), LoadError> {
    let Some(currency) = currency else {
        notes.push(note!("note-currency-unknown", report = &conversion.report));
        return Ok(());
    };
    let rate = conversion
        .rate(&currency.code)
        .ok_or_else(|| LoadError::NoRate {
            path: path.to_owned(),
            code: currency.code.clone(),
            report: conversion.report.clone(),
        })?;
    if rate == 1.0 {
        return Ok(());
    }
    let money = [Field::Spend.name(), Field::Revenue.name()];
    for column in columns.iter_mut() {
        if money.iter().any(|m| m.as_str() == column.name().as_str())
            && let Ok(values) = column.f64()
        {
            *column = (values * rate).into_column();
        }
    }
    notes.push(note!(
        "note-converted",
        from = &currency.code,
        to = &conversion.report,
        rate = rate.to_string()
    ));
    Ok(())
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

/// `3 cells could not be read and were left empty: line 8, column "spend": "abc"; …` — the
/// first 20, then how many more.
fn blanked_note(blanked: &[LoadError]) -> Note {
    const SHOWN: usize = 20;
    let more = blanked.len().saturating_sub(SHOWN);
    Note::by_language(|lang| {
        let cells: Vec<String> = blanked
            .iter()
            .take(SHOWN)
            .map(|e| match e {
                LoadError::BadCell {
                    location,
                    column,
                    value,
                    ..
                } => message_in(
                    lang,
                    "note-blanked-cell",
                    &[
                        ("location", Arg::from(location.text_in(lang))),
                        ("column", Arg::from(column)),
                        ("value", Arg::from(value)),
                    ],
                ),
                other => other.to_string(),
            })
            .collect();
        let separator = message_in(lang, "note-separator", &[]);
        let mut list = cells.join(&separator);
        if more > 0 {
            list = message_in(
                lang,
                "note-cells-and-more",
                &[
                    ("list", Arg::from(list)),
                    ("count", Arg::from(more)),
                    ("more", Arg::from(more.to_string())),
                ],
            );
        }
        message_in(
            lang,
            "note-cells-blanked",
            &[
                ("count", Arg::from(blanked.len())),
                ("cells_count", Arg::from(blanked.len().to_string())),
                ("cells", Arg::from(list)),
            ],
        )
    })
}
