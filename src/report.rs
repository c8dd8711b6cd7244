//! A summary as rows of cells, the shape every output (JSON, CSV, table, the app's KPI table)
//! is written from.

use serde_json::{Map, Value};

use crate::metrics::{GroupKey, Metric, Summary};

/// One output column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportColumn {
    Key(GroupKey),
    Metric(Metric),
}

impl ReportColumn {
    /// The column's key in JSON and CSV: the canonical name.
    pub fn name(self) -> String {
        match self {
            ReportColumn::Key(k) => k.name().to_owned(),
            ReportColumn::Metric(m) => m.name(),
        }
    }
}

/// One cell: a key label (missing for a row with no date, say) or a metric value.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Key(Option<String>),
    Number(Option<f64>),
}

/// A summary laid out as columns and rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub columns: Vec<ReportColumn>,
    pub rows: Vec<Vec<Cell>>,
}

impl Report {
    pub fn from_summary(summary: &Summary) -> Report {
        let mut columns: Vec<ReportColumn> =
            summary.keys.iter().map(|k| ReportColumn::Key(*k)).collect();
        columns.extend(summary.metrics.iter().map(|m| ReportColumn::Metric(*m)));
        let key_values: Vec<Vec<Option<String>>> = summary
            .keys
            .iter()
            .map(|k| summary.key_values(*k))
            .collect();
        let metric_values: Vec<Vec<Option<f64>>> =
            summary.metrics.iter().map(|m| summary.values(*m)).collect();
        let rows = (0..summary.height())
            .map(|i| {
                key_values
                    .iter()
                    .map(|col| Cell::Key(col[i].clone()))
                    .chain(metric_values.iter().map(|col| Cell::Number(col[i])))
                    .collect()
            })
            .collect();
        Report { columns, rows }
    }

    /// JSON records: one object per row, keys in column order, numbers as JSON numbers
    /// (whole numbers without a fraction), `null` where not computable.
    pub fn to_json(&self) -> Value {
        Value::Array(
            self.rows
                .iter()
                .map(|row| {
                    let mut object = Map::new();
                    for (column, cell) in self.columns.iter().zip(row) {
                        object.insert(column.name(), cell_json(cell));
                    }
                    Value::Object(object)
                })
                .collect(),
        )
    }
}

fn cell_json(cell: &Cell) -> Value {
    match cell {
        Cell::Key(Some(s)) => Value::String(s.clone()),
        Cell::Key(None) => Value::Null,
        Cell::Number(None) => Value::Null,
        Cell::Number(Some(v)) => number_json(*v),
    }
}

/// `1234.0` → `1234`; other finite values as floats; non-finite as `null`.
pub fn number_json(v: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if v.fract() == 0.0 && v.abs() < EXACT {
        #[allow(clippy::cast_possible_truncation)]
        return Value::from(v as i64);
    }
    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
}
