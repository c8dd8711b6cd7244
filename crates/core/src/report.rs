//! A summary as rows of cells, the shape every output (JSON, CSV, table, the app's KPI table)
//! is written from.

use serde_json::{Map, Value};

use crate::format::format_value;
use crate::metrics::{GroupKey, Metric, PeriodComparison, Summary, Uncertainty, change};
use crate::stats::Interval;

/// One output column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportColumn {
    Key(GroupKey),
    Metric(Metric),
    /// A statistic about a metric's value: `roi_lo`, `ctr_vs_baseline`, `spend_prev`.
    Extra(Metric, Extra),
    /// A column of another table (the budget plan's): its key, and how its numbers read.
    Named(&'static str, NumberFormat),
}

/// How a [`ReportColumn::Named`] column's numbers are written for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberFormat {
    /// Two decimals with thousands separators: `12,345.60`.
    Money,
    /// A ratio such as ROI: `2.35`.
    Multiple,
    /// Three significant decimals: `0.412`.
    Plain,
}

impl ReportColumn {
    /// The column's key in JSON and CSV: the canonical name.
    pub fn name(self) -> String {
        match self {
            ReportColumn::Key(k) => k.name().to_owned(),
            ReportColumn::Metric(m) => m.name(),
            ReportColumn::Extra(m, e) => format!("{}_{}", m.name(), e.suffix()),
            ReportColumn::Named(name, _) => name.to_owned(),
        }
    }

    /// The column's header for people (the CLI's table), in the language in force: in
    /// English the key itself (`roi_lo`), in Chinese and Japanese words (`ROI 下限`).
    pub fn header(self) -> String {
        match self {
            ReportColumn::Key(k) => k.label(),
            ReportColumn::Metric(m) => m.header(),
            ReportColumn::Extra(m, e) => {
                let metric = m.header();
                match e {
                    Extra::Lo => crate::tr!("core-column-lo", metric = metric),
                    Extra::Hi => crate::tr!("core-column-hi", metric = metric),
                    Extra::VsBaseline => crate::tr!("core-column-vs-baseline", metric = metric),
                    Extra::P => crate::tr!("core-column-p", metric = metric),
                    Extra::Prev => crate::tr!("core-column-prev", metric = metric),
                    Extra::Change => crate::tr!("core-column-change", metric = metric),
                    Extra::ChangePct => crate::tr!("core-column-change-pct", metric = metric),
                }
            }
            ReportColumn::Named(name, _) => named_header(name),
        }
    }
}

/// The header of a column of the budget plan's table, for people.
fn named_header(name: &str) -> String {
    match name {
        "status" => crate::tr!("plan-column-status"),
        "spend_now" => crate::tr!("plan-column-spend-now"),
        "spend_plan" => crate::tr!("plan-column-spend-plan"),
        "change" => crate::tr!("plan-column-change"),
        "roi" => crate::tr!("plan-column-roi"),
        "mroi_now" => crate::tr!("plan-column-mroi-now"),
        "mroi_now_lo" => crate::tr!("plan-column-mroi-now-lo"),
        "mroi_now_hi" => crate::tr!("plan-column-mroi-now-hi"),
        "mroi_plan" => crate::tr!("plan-column-mroi-plan"),
        "revenue_now" => crate::tr!("plan-column-revenue-now"),
        "revenue_plan" => crate::tr!("plan-column-revenue-plan"),
        "extrapolated" => crate::tr!("plan-column-extrapolated"),
        "theta" => crate::tr!("plan-column-theta"),
        "half_saturation" => crate::tr!("plan-column-half-saturation"),
        "shape" => crate::tr!("plan-column-shape"),
        "r2" => crate::tr!("plan-column-r2"),
        other => other.to_owned(),
    }
}

/// A budget plan row's status word (a key in CSV and JSON) for people.
fn status_words(status: &str) -> Option<String> {
    Some(match status {
        "fitted" => crate::tr!("plan-status-fitted"),
        "locked" => crate::tr!("plan-status-locked"),
        "too_few_days" => crate::tr!("plan-status-too-few-days"),
        "too_little_variation" => crate::tr!("plan-status-too-little-variation"),
        "no_response" => crate::tr!("plan-status-no-response"),
        "mismatched" => crate::tr!("plan-status-mismatched"),
        "not_daily" => crate::tr!("plan-status-not-daily"),
        _ => return None,
    })
}

/// What a metric column can carry beside its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extra {
    /// Lower bound of the 95 % interval.
    Lo,
    /// Upper bound of the 95 % interval.
    Hi,
    /// `higher`, `lower` or `same` as the baseline group (`baseline` on its own row).
    VsBaseline,
    /// The Holm-adjusted p-value of that comparison.
    P,
    /// The value in the other period.
    Prev,
    /// Current − previous.
    Change,
    /// The change in percent of the previous value.
    ChangePct,
}

impl Extra {
    pub fn suffix(self) -> &'static str {
        match self {
            Extra::Lo => "lo",
            Extra::Hi => "hi",
            Extra::VsBaseline => "vs_baseline",
            Extra::P => "p",
            Extra::Prev => "prev",
            Extra::Change => "change",
            Extra::ChangePct => "change_pct",
        }
    }
}

/// A row of a grouped report: a group (its index in the summary) or the overall total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowRef {
    Group(usize),
    Total,
}

/// The statistics to write beside each metric. Each part is optional: `--ci` asks for
/// intervals, `--baseline` for comparisons, `--compare-previous` for the other period.
#[derive(Clone, Copy, Debug, Default)]
pub struct Annotations<'a> {
    pub intervals: Option<&'a Uncertainty>,
    pub versus: Option<&'a Uncertainty>,
    pub periods: Option<&'a PeriodComparison>,
}

impl Annotations<'_> {
    /// The extra columns that follow `metric`.
    pub fn extras(&self, metric: Metric) -> Vec<Extra> {
        let mut out = Vec::new();
        if self.intervals.is_some() && metric.has_interval() {
            out.extend([Extra::Lo, Extra::Hi]);
        }
        if self.versus.is_some() && metric.is_tested() {
            out.extend([Extra::VsBaseline, Extra::P]);
        }
        if self.periods.is_some() {
            out.extend([Extra::Prev, Extra::Change, Extra::ChangePct]);
        }
        out
    }

    /// Every metric's column followed by its extras.
    pub fn columns(&self, metrics: &[Metric]) -> Vec<ReportColumn> {
        metrics
            .iter()
            .flat_map(|m| {
                std::iter::once(ReportColumn::Metric(*m)).chain(
                    self.extras(*m)
                        .into_iter()
                        .map(|e| ReportColumn::Extra(*m, e)),
                )
            })
            .collect()
    }

    /// One extra's cell for `row`, whose current value of `metric` is `value`.
    pub fn cell(&self, metric: Metric, extra: Extra, row: RowRef, value: Option<f64>) -> Cell {
        let interval = || -> Option<Interval> {
            let u = self.intervals?;
            match row {
                RowRef::Group(i) => u.interval(metric, i),
                RowRef::Total => u.total_intervals.get(&metric).copied(),
            }
        };
        let bound = |pick: fn((f64, f64)) -> f64| match interval() {
            Some(Interval::TooFewDays { days }) => Cell::TooFewDays(days),
            other => Cell::Number(other.and_then(Interval::range).map(pick)),
        };
        let previous = || -> Option<f64> {
            let p = self.periods?;
            match row {
                RowRef::Group(i) => p.previous(metric, i),
                RowRef::Total => p.previous_total(metric),
            }
        };
        let verdict = || match (self.versus, row) {
            (Some(u), RowRef::Group(i)) => u.verdict(metric, i),
            _ => None,
        };
        match extra {
            Extra::Lo => bound(|r| r.0),
            Extra::Hi => bound(|r| r.1),
            Extra::VsBaseline => {
                let own = matches!(
                    (self.versus, row),
                    (Some(u), RowRef::Group(i)) if u.baseline == Some(i)
                );
                Cell::Text(if own {
                    Some("baseline".to_owned())
                } else {
                    verdict().map(|v| v.direction.name().to_owned())
                })
            }
            Extra::P => Cell::Number(verdict().map(|v| v.p)),
            Extra::Prev => Cell::Number(previous()),
            Extra::Change => Cell::Number(change(value, previous()).0),
            Extra::ChangePct => Cell::Number(change(value, previous()).1.map(|r| 100.0 * r)),
        }
    }

    /// The cells of the metric and extra columns among `columns` for one row.
    pub fn cells(
        &self,
        columns: &[ReportColumn],
        row: RowRef,
        value: impl Fn(Metric) -> Option<f64>,
    ) -> Vec<Cell> {
        columns
            .iter()
            .filter_map(|c| match c {
                ReportColumn::Key(_) | ReportColumn::Named(..) => None,
                ReportColumn::Metric(m) => Some(Cell::Number(value(*m))),
                ReportColumn::Extra(m, e) => Some(self.cell(*m, *e, row, value(*m))),
            })
            .collect()
    }
}

/// One cell: a key label (missing for a row with no date, say) or a metric value.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text: a group name, a verdict word; `None` where missing (a row with no date, say).
    Text(Option<String>),
    Number(Option<f64>),
    /// An interval bound that was not computed: the group has data on only this many days.
    /// Empty in CSV and `null` in JSON; the app says "too uncertain".
    TooFewDays(usize),
    /// Yes or no: `true`/`false` in CSV and JSON, `yes` or nothing for people.
    Flag(bool),
}

impl Cell {
    /// The cell as the table on screen and in the terminal shows it, in `column`'s format:
    /// values and bounds as the metric is written, changes signed, p-values to three places.
    pub fn text(&self, column: ReportColumn) -> String {
        match (self, column) {
            // The verdict words are keys in CSV and JSON; for people, words of the language.
            (Cell::Text(Some(s)), ReportColumn::Extra(_, Extra::VsBaseline)) => match s.as_str() {
                "baseline" => crate::tr!("core-verdict-baseline"),
                "higher" => crate::tr!("core-verdict-higher"),
                "lower" => crate::tr!("core-verdict-lower"),
                "same" => crate::tr!("core-verdict-same"),
                _ => s.clone(),
            },
            (Cell::Text(Some(s)), ReportColumn::Named("status", _)) => {
                status_words(s).unwrap_or_else(|| s.clone())
            }
            (Cell::Text(Some(s)), _) => s.clone(),
            (Cell::Text(None), _) => crate::data::NONE_LABEL.to_owned(),
            (Cell::TooFewDays(_), _) | (Cell::Number(None), ReportColumn::Extra(..)) => {
                String::new()
            }
            (Cell::Number(v), ReportColumn::Metric(m)) => format_value(m, *v),
            (Cell::Number(Some(v)), ReportColumn::Extra(m, e)) => match e {
                Extra::P => crate::format::p_value(*v),
                Extra::ChangePct => format!("{v:+.1}%"), // already in percent
                Extra::Change => crate::format::signed(m, *v),
                _ => format_value(m, Some(*v)),
            },
            (Cell::Number(v), ReportColumn::Key(_)) => v.map(|v| v.to_string()).unwrap_or_default(),
            (Cell::Number(None), ReportColumn::Named(..)) => String::new(),
            (Cell::Number(Some(v)), ReportColumn::Named(_, format)) => match format {
                NumberFormat::Money => crate::i18n::big_number(*v, 2),
                NumberFormat::Multiple => format!("{v:.2}"),
                NumberFormat::Plain => format!("{v:.3}"),
            },
            (Cell::Flag(on), _) => {
                if *on {
                    crate::tr!("core-flag-yes")
                } else {
                    String::new()
                }
            }
        }
    }
}

/// A summary laid out as columns and rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub columns: Vec<ReportColumn>,
    pub rows: Vec<Vec<Cell>>,
}

impl Report {
    pub fn from_summary(summary: &Summary) -> Report {
        Report::annotated(summary, &Annotations::default())
    }

    /// The summary with each metric followed by the statistics `annotations` asks for (whose
    /// group rows must be the summary's rows).
    pub fn annotated(summary: &Summary, annotations: &Annotations) -> Report {
        let mut columns: Vec<ReportColumn> =
            summary.keys.iter().map(|k| ReportColumn::Key(*k)).collect();
        columns.extend(annotations.columns(&summary.metrics));
        let key_values: Vec<Vec<Option<String>>> = summary
            .keys
            .iter()
            .map(|k| summary.key_values(*k))
            .collect();
        let metric_values: std::collections::BTreeMap<Metric, Vec<Option<f64>>> = summary
            .metrics
            .iter()
            .map(|m| (*m, summary.values(*m)))
            .collect();
        let rows = (0..summary.height())
            .map(|i| {
                key_values
                    .iter()
                    .map(|col| Cell::Text(col[i].clone()))
                    .chain(annotations.cells(&columns, RowRef::Group(i), |m| {
                        metric_values.get(&m).and_then(|v| v[i])
                    }))
                    .collect()
            })
            .collect();
        Report { columns, rows }
    }

    /// CSV text: a header of canonical names, then one line per row; numbers in full
    /// precision, empty where not computable. With `for_spreadsheets`, the text starts with a
    /// UTF-8 byte-order mark (so Excel reads Chinese names as UTF-8) and text cells that a
    /// spreadsheet would run as a formula are neutralised (see [`neutralize`]).
    pub fn to_csv(&self, for_spreadsheets: bool) -> String {
        let text_cell = |s: &str| {
            let s = if for_spreadsheets {
                neutralize(s)
            } else {
                s.into()
            };
            csv_field(&s)
        };
        let mut out = String::new();
        if for_spreadsheets {
            out.push('\u{feff}');
        }
        self.write_delimited(&mut out, ',', text_cell);
        out
    }

    /// Tab-separated text for the clipboard (pasting into a spreadsheet fills cells): tabs and
    /// line breaks inside names become spaces, formula-like names are neutralised.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        self.write_delimited(&mut out, '\t', |s| {
            neutralize(&s.replace(['\t', '\n', '\r'], " ")).into_owned()
        });
        out
    }

    fn write_delimited(&self, out: &mut String, sep: char, text_cell: impl Fn(&str) -> String) {
        let header: Vec<String> = self.columns.iter().map(|c| text_cell(&c.name())).collect();
        push_line(out, &header, sep);
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|cell| match cell {
                    Cell::Text(Some(s)) => text_cell(s),
                    Cell::Text(None) | Cell::Number(None) | Cell::TooFewDays(_) => String::new(),
                    Cell::Flag(on) => on.to_string(),
                    Cell::Number(Some(v)) => number_text(*v),
                })
                .collect();
            push_line(out, &cells, sep);
        }
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
        Cell::Text(Some(s)) => Value::String(s.clone()),
        Cell::Text(None) => Value::Null,
        Cell::Number(None) | Cell::TooFewDays(_) => Value::Null,
        Cell::Flag(on) => Value::Bool(*on),
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

/// A number for CSV and TSV: 12 significant digits, so a sum of cents reads `3281445.76`
/// rather than `3281445.7599999998`, and no precision that the data had is lost.
fn number_text(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let rounded = format!("{v:.11e}").parse::<f64>().unwrap_or(v);
    // Rust never writes an exponent; a p-value of 1e-32 needs one to stay readable.
    if rounded != 0.0 && rounded.abs() < 1e-6 {
        format!("{rounded:e}")
    } else {
        rounded.to_string()
    }
}

fn push_line(out: &mut String, cells: &[String], sep: char) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.push_str(cell);
    }
    out.push('\n');
}

/// A CSV field, quoted when it holds a comma, quote or line break.
/// A CSV field, quoted when it holds a separator, a quote or a line end.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Text a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading apostrophe, so it shows as text: channel and campaign
/// names come from outside and must not execute in the analyst's spreadsheet (OWASP's advice
/// on CSV injection).
pub fn neutralize(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        Report {
            columns: vec![
                ReportColumn::Key(crate::metrics::GroupKey::Channel),
                ReportColumn::Metric(Metric::Roi),
            ],
            rows: vec![
                vec![
                    Cell::Text(Some("=HYPERLINK(\"x\")".into())),
                    Cell::Number(Some(-1.5)),
                ],
                vec![Cell::Text(Some("抖音, 信息流".into())), Cell::Number(None)],
                vec![Cell::Text(Some("@sum\tA1".into())), Cell::Number(Some(2.0))],
                vec![Cell::Text(None), Cell::Number(Some(0.125))],
            ],
        }
    }

    #[test]
    fn spreadsheet_csv_has_a_bom_and_neutral_names_but_real_negative_numbers() {
        let csv = report().to_csv(true);
        assert_eq!(
            csv,
            "\u{feff}channel,roi\n\"'=HYPERLINK(\"\"x\"\")\",-1.5\n\"抖音, 信息流\",\n'@sum\tA1,2\n,0.125\n"
        );
    }

    #[test]
    fn plain_csv_is_unchanged_text() {
        let csv = report().to_csv(false);
        assert!(csv.starts_with("channel,roi\n\"=HYPERLINK("));
    }

    #[test]
    fn tsv_keeps_one_cell_per_column() {
        let tsv = report().to_tsv();
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(lines[0], "channel\troi");
        assert_eq!(lines[1], "'=HYPERLINK(\"x\")\t-1.5");
        assert_eq!(lines[3], "'@sum A1\t2");
        assert!(lines.iter().all(|l| l.split('\t').count() == 2));
    }

    #[test]
    fn neutralize_only_touches_formula_starts() {
        assert_eq!(neutralize("-5"), "'-5");
        assert_eq!(neutralize("+86 campaign"), "'+86 campaign");
        assert_eq!(neutralize("微信朋友圈"), "微信朋友圈");
        assert_eq!(neutralize("a=b"), "a=b");
        assert_eq!(neutralize(""), "");
    }
}
