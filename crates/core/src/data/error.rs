//! Everything that can be wrong with an input file, with the file, line, column and value.

use std::path::PathBuf;

use crate::data::schema::Field;
use crate::i18n::Text;

/// Where in a file a bad value sits. CSV has lines; Parquet has rows; a workbook has cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// 1-based physical line of the record in the text file.
    Line(usize),
    /// 1-based data row (Parquet has no lines).
    Row(usize),
    /// A workbook's cell, in spreadsheet terms: `Sheet1!D8`.
    Cell(String),
}

impl Location {
    /// The place as `lang` writes it (`line 8`, `第 8 行`, `8 行目`).
    pub fn text_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Arg, message_in};
        match self {
            Location::Line(n) => message_in(
                lang,
                "err-location-line",
                &[("line", Arg::from(n.to_string()))],
            ),
            Location::Row(n) => message_in(
                lang,
                "err-location-row",
                &[("row", Arg::from(n.to_string()))],
            ),
            Location::Cell(cell) => cell.clone(),
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text_in(crate::i18n::language()))
    }
}

/// What kind of value a cell should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Number,
    Date,
    /// A number, possibly with a percent sign (retention rates).
    Rate,
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Expected::Number => crate::tr!("err-expected-number"),
            Expected::Date => crate::tr!("err-expected-date"),
            Expected::Rate => crate::tr!("err-expected-rate"),
        })
    }
}

/// Why a file could not be loaded. Every message names the file.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    Empty {
        path: PathBuf,
    },

    Binary {
        path: PathBuf,
        offset: usize,
    },

    Undecodable {
        path: PathBuf,
        encoding: String,
    },

    MissingColumn {
        path: PathBuf,
        field: Field,
        headers: Vec<String>,
    },

    MissingGrouping {
        path: PathBuf,
        headers: Vec<String>,
    },

    BadCell {
        path: PathBuf,
        location: Location,
        column: String,
        field: Field,
        value: String,
        expected: Expected,
    },

    UnknownHeader {
        path: PathBuf,
        field: Field,
        header: String,
        headers: Vec<String>,
    },

    Malformed {
        path: PathBuf,
        message: Text,
    },

    /// Files whose amounts are in different currencies, loaded without rates.
    MixedCurrencies {
        currencies: Vec<(String, String)>,
    },

    /// A file's currency has no rate into the report's currency.
    NoRate {
        path: PathBuf,
        code: String,
        report: String,
    },

    /// A workbook that cannot be opened (damaged, password-protected) or lacks the sheet asked.
    Workbook {
        path: PathBuf,
        message: Text,
    },

    StrayQuote {
        path: PathBuf,
        line: usize,
        column: String,
        value: String,
    },

    UnclosedQuote {
        path: PathBuf,
        line: usize,
    },

    /// Under [`LoadOptions::strict`](crate::data::LoadOptions::strict): what would have been
    /// the file's notes (several joined by `; `).
    Strict {
        path: PathBuf,
        message: Text,
    },

    /// A ClickHouse table that could not be read; the message names the server and table.
    /// (No `#[from]`: a second `From` impl would leave `?` in closures returning `Ok(..)`
    /// without an inferable error type.)
    ClickHouse(crate::data::clickhouse::ClickHouseError),

    NoFiles,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let file = |path: &PathBuf| path.display().to_string();
        let text = match self {
            LoadError::Io { path, source } => {
                tr!("err-io", file = file(path), detail = source.to_string())
            }
            LoadError::Empty { path } => tr!("err-empty", file = file(path)),
            LoadError::Binary { path, offset } => {
                tr!("err-binary", file = file(path), offset = offset.to_string())
            }
            LoadError::Undecodable { path, encoding } => {
                tr!("err-undecodable", file = file(path), encoding = encoding)
            }
            LoadError::MissingColumn {
                path,
                field,
                headers,
            } => tr!(
                "err-missing-column",
                file = file(path),
                field = field.label(),
                examples = field_examples(*field),
                headers = quote_list(headers)
            ),
            LoadError::MissingGrouping { path, headers } => tr!(
                "err-missing-grouping",
                file = file(path),
                headers = quote_list(headers)
            ),
            LoadError::BadCell {
                path,
                location,
                column,
                field,
                value,
                expected,
            } => tr!(
                "err-bad-cell",
                file = file(path),
                location = location.to_string(),
                column = column,
                field = field.label(),
                value = value,
                expected = expected.to_string()
            ),
            LoadError::UnknownHeader {
                path,
                field,
                header,
                headers,
            } => tr!(
                "err-unknown-header",
                file = file(path),
                field = field.name(),
                header = header,
                headers = quote_list(headers)
            ),
            LoadError::Malformed { path, message }
            | LoadError::Workbook { path, message }
            | LoadError::Strict { path, message } => {
                tr!("err-in-file", file = file(path), message = message)
            }
            LoadError::MixedCurrencies { currencies } => {
                let first = currencies.first().map_or("CNY", |(_, c)| c.as_str());
                let other = currencies
                    .iter()
                    .map(|(_, c)| c.as_str())
                    .find(|c| *c != first)
                    .unwrap_or("USD");
                tr!(
                    "err-mixed-currencies",
                    currencies = currencies
                        .iter()
                        .map(|(file, code)| format!("{file}: {code}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    first = first,
                    other = other
                )
            }
            LoadError::NoRate { path, code, report } => tr!(
                "err-no-rate",
                file = file(path),
                code = code,
                report = report
            ),
            LoadError::StrayQuote {
                path,
                line,
                column,
                value,
            } => tr!(
                "err-stray-quote",
                file = file(path),
                line = line.to_string(),
                column = column,
                value = value
            ),
            LoadError::UnclosedQuote { path, line } => tr!(
                "err-unclosed-quote",
                file = file(path),
                line = line.to_string()
            ),
            LoadError::ClickHouse(e) => return std::fmt::Display::fmt(e, f),
            LoadError::NoFiles => tr!("err-no-files"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            // Transparent: the ClickHouse error's own cause.
            LoadError::ClickHouse(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}

impl LoadError {
    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::Binary { path, .. }
            | LoadError::Undecodable { path, .. }
            | LoadError::MissingColumn { path, .. }
            | LoadError::MissingGrouping { path, .. }
            | LoadError::BadCell { path, .. }
            | LoadError::Workbook { path, .. }
            | LoadError::NoRate { path, .. }
            | LoadError::UnknownHeader { path, .. }
            | LoadError::Malformed { path, .. }
            | LoadError::StrayQuote { path, .. }
            | LoadError::UnclosedQuote { path, .. }
            | LoadError::Strict { path, .. } => Some(path),
            LoadError::NoFiles | LoadError::MixedCurrencies { .. } | LoadError::ClickHouse(_) => {
                None
            }
        }
    }
}

fn quote_list(items: &[String]) -> String {
    if items.is_empty() {
        return crate::tr!("err-none");
    }
    items
        .iter()
        .map(|h| format!("\"{h}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn field_examples(field: Field) -> &'static str {
    match field {
        Field::Spend => "花费, 消耗, 投放金额, spend, cost",
        Field::Date => "日期, 时间, date, day",
        Field::Channel => "渠道, 广告版位, 平台, channel, platform",
        Field::Campaign => "计划名称, 广告计划, campaign",
        Field::Impressions => "曝光次数, 展示数, impressions",
        Field::Clicks => "点击次数, clicks",
        Field::Conversions => "转化数, conversions, orders",
        Field::Revenue => "成交金额, 下单金额, revenue, gmv",
        Field::NewUsers => "新增用户, 激活数, new users, installs",
        Field::Retained(_) => "次留数, 7日留存数, retained d7",
    }
}
