//! Everything that can be wrong with an input file, with the file, line, column and value.

use std::path::PathBuf;

use crate::data::schema::Field;

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

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::Row(n) => write!(f, "row {n}"),
            Location::Cell(cell) => f.write_str(cell),
        }
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
        f.write_str(match self {
            Expected::Number => "a number (like 1,234.56 or ¥88)",
            Expected::Date => "a date (like 2024-03-01, 2024/3/1 or 20240301)",
            Expected::Rate => "a rate (like 35.2% or 0.352)",
        })
    }
}

/// Why a file could not be loaded. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{}: the file is empty", path.display())]
    Empty { path: PathBuf },

    #[error(
        "{}: this is not a text table (binary data at byte {offset}); \
         expected CSV, TSV, Parquet or a workbook (.xlsx, .xls, .ods)",
        path.display()
    )]
    Binary { path: PathBuf, offset: usize },

    #[error("{}: cannot decode the text as {encoding}", path.display())]
    Undecodable { path: PathBuf, encoding: String },

    #[error(
        "{}: no {} column found (looked for headers such as {}); headers found: {}",
        path.display(), field, field_examples(*field), quote_list(headers)
    )]
    MissingColumn {
        path: PathBuf,
        field: Field,
        headers: Vec<String>,
    },

    #[error(
        "{}: no channel or campaign column found to group by (looked for headers such as \
         渠道, 广告版位, 平台, channel, 计划名称, campaign); headers found: {}",
        path.display(), quote_list(headers)
    )]
    MissingGrouping { path: PathBuf, headers: Vec<String> },

    #[error(
        "{}: {location}, column \"{column}\" ({field}): cannot read \"{value}\" as {expected}",
        path.display()
    )]
    BadCell {
        path: PathBuf,
        location: Location,
        column: String,
        field: Field,
        value: String,
        expected: Expected,
    },

    #[error(
        "{}: the mapping {field}=\"{header}\" names a column this file does not have; \
         headers found: {}",
        path.display(), quote_list(headers)
    )]
    UnknownHeader {
        path: PathBuf,
        field: Field,
        header: String,
        headers: Vec<String>,
    },

    #[error("{}: {message}", path.display())]
    Malformed { path: PathBuf, message: String },

    /// Files whose amounts are in different currencies, loaded without rates.
    #[error(
        "the files are in different currencies ({}): amounts in different currencies are \
         never added; give the rates to convert them (CLI: --currency {} --rate {}=…), or \
         open the files separately",
        currencies.iter().map(|(file, code)| format!("{file}: {code}")).collect::<Vec<_>>().join(", "),
        currencies.first().map_or("CNY", |(_, c)| c.as_str()),
        currencies.iter().map(|(_, c)| c.as_str()).find(|c| Some(*c) != currencies.first().map(|(_, f)| f.as_str())).unwrap_or("USD"),
    )]
    MixedCurrencies { currencies: Vec<(String, String)> },

    /// A file's currency has no rate into the report's currency.
    #[error(
        "{}: its amounts are in {code} and there is no rate from {code} to {report} \
         (CLI: --rate {code}=…)",
        path.display()
    )]
    NoRate {
        path: PathBuf,
        code: String,
        report: String,
    },

    /// A workbook that cannot be opened (damaged, password-protected) or lacks the sheet asked.
    #[error("{}: {message}", path.display())]
    Workbook { path: PathBuf, message: String },

    #[error(
        "{}: line {line}, column \"{column}\": the double quote in \"{value}\" breaks CSV \
         quoting; quote the whole value (\"5\"\" wide\") or remove the quote",
        path.display()
    )]
    StrayQuote {
        path: PathBuf,
        line: usize,
        column: String,
        value: String,
    },

    #[error(
        "{}: line {line}: a quoted value starts here and is never closed",
        path.display()
    )]
    UnclosedQuote { path: PathBuf, line: usize },

    /// Under [`LoadOptions::strict`](crate::data::LoadOptions::strict): what would have been
    /// the file's notes (several joined by `; `).
    #[error("{}: {message}", path.display())]
    Strict { path: PathBuf, message: String },

    /// A ClickHouse table that could not be read; the message names the server and table.
    /// (No `#[from]`: a second `From` impl would leave `?` in closures returning `Ok(..)`
    /// without an inferable error type.)
    #[error(transparent)]
    ClickHouse(crate::data::clickhouse::ClickHouseError),

    #[error("no input files given")]
    NoFiles,
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
        return "(none)".to_owned();
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
