//! Cleaning one column into canonical values: numbers (units, rates, decimal commas) and
//! dates (days since 1970-01-01), each bad cell reported through the caller's [`Cells`].

use polars::prelude::*;

use crate::data::clean::{self, Number};
use crate::data::error::LoadError;
use crate::data::read::all_finite_values;

/// How a numeric column's cells are to be read.
#[derive(Clone, Copy, Debug)]
pub(super) struct NumberShape {
    /// A retention rate: `%` allowed; without `%` or a `(%)` unit, values above 1 mean the
    /// column is in percent (`35.2` is 35.2 %).
    pub is_rate: bool,
    /// From the header's unit (`万元` → 10,000; `(%)` → 0.01); applies to cells without `%`.
    pub unit_scale: f64,
    /// `1.234,5` (semicolon-separated files).
    pub decimal_comma: bool,
}

/// How a column's unreadable cells are handled: an error naming the cell (the default), or,
/// for a file the user loads anyway, the cell left empty and the error kept to be listed.
pub(super) struct Cells<'a> {
    /// The error for a cell at a row with a value.
    pub error: &'a dyn Fn(usize, &str) -> LoadError,
    /// Where blanked cells are listed; `None` = strict.
    pub blanked: Option<&'a std::cell::RefCell<Vec<LoadError>>>,
}

impl Cells<'_> {
    /// A cell that cannot be read: an error, or (lenient) noted and left empty.
    fn unreadable(&self, row: usize, value: &str) -> Result<(), LoadError> {
        match self.blanked {
            Some(list) => {
                list.borrow_mut().push((self.error)(row, value));
                Ok(())
            }
            None => Err((self.error)(row, value)),
        }
    }

    /// A failure of the whole column (not of one cell): always an error.
    fn fatal(&self, message: &str) -> LoadError {
        (self.error)(0, message)
    }
}

/// Parses a numeric column. Rates: a value with `%` is a percentage; without any `%` in the
/// column (and no unit), values above 1 mean the column is in percent ([`scale_rates`]).
pub(super) fn number_column(
    col: &Column,
    keep: &[bool],
    shape: NumberShape,
    cells: &Cells<'_>,
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
            .map_err(|e| cells.fatal(&e.to_string()))?;
        let values = cast.f64().map_err(|e| cells.fatal(&e.to_string()))?.clone();
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
        .map_err(|e| cells.fatal(&e.to_string()))?;
    let text = text.str().map_err(|e| cells.fatal(&e.to_string()))?;
    let mut values = Vec::with_capacity(text.len());
    let mut any_percent = false;
    for (row, cell) in text.iter().enumerate() {
        let parsed = match cell {
            None => Number::Missing,
            Some(s) => match parse(s) {
                Ok(Number::Percent(_)) if !shape.is_rate && keep[row] => {
                    cells.unreadable(row, s)?;
                    Number::Missing
                }
                Ok(n) => n,
                Err(clean::BadValue) if keep[row] => {
                    cells.unreadable(row, s)?;
                    Number::Missing
                }
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
pub(super) fn date_column(
    col: &Column,
    keep: &[bool],
    cells: &Cells<'_>,
) -> Result<Int32Chunked, LoadError> {
    let typed = match col.dtype() {
        DataType::Date => Some((1, "days")),
        DataType::Datetime(unit, _) => Some(match unit {
            TimeUnit::Nanoseconds => (86_400_000_000_000, "nanoseconds"),
            TimeUnit::Microseconds => (86_400_000_000, "microseconds"),
            TimeUnit::Milliseconds => (86_400_000, "milliseconds"),
        }),
        _ => None,
    };
    if let Some((per_day, unit)) = typed {
        return typed_date_column(col, keep, per_day, unit, cells);
    }
    let text = col
        .cast(&DataType::String)
        .map_err(|e| cells.fatal(&e.to_string()))?;
    let text = text.str().map_err(|e| cells.fatal(&e.to_string()))?;
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
            Err(clean::BadValue) if keep[row] => {
                // Left empty when lenient; never cached, so each such row is listed.
                cells.unreadable(row, s)?;
                out.push(None);
                continue;
            }
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

/// A column Parquet typed as dates or timestamps, in days since the epoch. A value outside
/// [`clean::FIRST_DATE`]..=[`clean::LAST_DATE`] on a kept row is an error naming it: such a
/// value used to overflow the day arithmetic (a panic), or to become a silent null when a
/// timestamp's day count did not fit an `i32`.
fn typed_date_column(
    col: &Column,
    keep: &[bool],
    per_day: i64,
    unit: &str,
    cells: &Cells<'_>,
) -> Result<Int32Chunked, LoadError> {
    let physical = col.to_physical_repr();
    let loadable = |extreme: PolarsResult<Scalar>| {
        extreme
            .ok()
            .and_then(|s| s.value().extract::<i64>())
            .is_none_or(|v| clean::loadable_date(v.div_euclid(per_day)).is_some())
    };
    if loadable(physical.min_reduce()) && loadable(physical.max_reduce()) {
        // The usual case: every value is a plain date, cast without looking at each.
        let days = col
            .cast(&DataType::Date)
            .and_then(|d| d.cast(&DataType::Int32))
            .map_err(|e| cells.fatal(&e.to_string()))?;
        return Ok(days.i32().map_err(|e| cells.fatal(&e.to_string()))?.clone());
    }
    let values = physical
        .cast(&DataType::Int64)
        .map_err(|e| cells.fatal(&e.to_string()))?;
    let values = values.i64().map_err(|e| cells.fatal(&e.to_string()))?;
    let mut out = Vec::with_capacity(values.len());
    for (row, value) in values.iter().enumerate() {
        let days = value.and_then(|v| {
            let days = v.div_euclid(per_day);
            clean::loadable_date(days).and_then(|_| i32::try_from(days).ok())
        });
        match (value, days) {
            (Some(v), None) if keep[row] => {
                cells.unreadable(row, &format!("{v} {unit} from 1970-01-01"))?;
                out.push(None);
            }
            _ => out.push(days),
        }
    }
    Ok(Int32Chunked::from_iter_options(
        col.name().clone(),
        out.into_iter(),
    ))
}
