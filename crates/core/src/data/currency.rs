//! Which currency a file's money is in, and turning it into the report's currency.
//!
//! A file's currency comes from (first that speaks) a currency column (Meta's `Currency`,
//! Google's `Currency code`), the unit of a money header (`Amount spent (USD)`, `花费(元)`,
//! `費用(円)`), or the symbol on its money cells (`$`, `€`, `¥`/`￥` — yen in a Japanese file,
//! yuan otherwise). Amounts in different currencies are never added: with rates
//! ([`Conversion`]) every amount is converted before any sum; without, files in different
//! currencies do not load together ([`LoadError::MixedCurrencies`]).
//!
//! [`LoadError::MixedCurrencies`]: crate::data::LoadError::MixedCurrencies

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::data::notes::{Note, note};
use crate::data::schema::normalize_header;

/// Headers of a column that names the currency of each row.
pub const CURRENCY_HEADERS: [&str; 6] =
    ["currency", "currency code", "币种", "货币", "通貨", "通货"];

/// A file's currency and how it was found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Currency {
    /// ISO 4217 code: `CNY`, `USD`, `JPY`.
    pub code: String,
    /// How it was found, in English (as `inspect --json` writes it): `the header unit of
    /// "Amount spent (USD)"`.
    pub from: String,
    /// The same in every language, shown in the language in force (none for a currency
    /// restored from a workspace or given by hand: see [`from_to_show`](Self::from_to_show)).
    #[serde(skip)]
    pub from_by_language: Option<Note>,
}

impl Currency {
    /// `code`, found as `from` says.
    pub(crate) fn found(code: impl Into<String>, from: Note) -> Currency {
        Currency {
            code: code.into(),
            from: from.en().to_owned(),
            from_by_language: Some(from),
        }
    }

    /// How it was found, for people: in the language in force, else in English.
    pub fn from_to_show(&self) -> &str {
        match &self.from_by_language {
            Some(note) => note.text(),
            None => &self.from,
        }
    }
}

/// The report's currency and the rate of every other currency into it (`USD` → 7.10 means
/// one dollar is 7.10 of the report's currency).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    pub report: String,
    pub rates: BTreeMap<String, f64>,
}

impl Conversion {
    /// The factor from `code` into the report's currency (1 for the report's own).
    pub fn rate(&self, code: &str) -> Option<f64> {
        if code.eq_ignore_ascii_case(&self.report) {
            Some(1.0)
        } else {
            self.rates
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(code))
                .map(|(_, r)| *r)
        }
    }
}

/// The ISO code a unit or symbol stands for (`元` → CNY, `(USD)` → USD, `円` → JPY); `¥`
/// is yen in a Japanese file, yuan otherwise.
pub fn code_of(unit: &str, japanese: bool) -> Option<&'static str> {
    let unit = unit.trim().to_lowercase();
    let unit = unit.strip_prefix('万').unwrap_or(&unit);
    Some(match unit {
        "元" | "人民币" | "rmb" | "cny" | "人民币元" => "CNY",
        "$" | "usd" | "us$" | "美元" => "USD",
        "円" | "jpy" | "日元" => "JPY",
        "€" | "eur" | "欧元" => "EUR",
        "hkd" | "hk$" | "港币" | "港元" => "HKD",
        "twd" | "nt$" => "TWD",
        "krw" | "₩" => "KRW",
        "gbp" | "£" => "GBP",
        "¥" | "￥" if japanese => "JPY",
        "¥" | "￥" => "CNY",
        _ => return None,
    })
}

/// A currency code written in a cell: `USD`, `cny`, `人民币`.
fn code_in_cell(cell: &str) -> Option<String> {
    let cell = cell.trim();
    if cell.len() == 3 && cell.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(cell.to_ascii_uppercase());
    }
    code_of(cell, false).map(str::to_owned)
}

/// Does a header row look Japanese (kana anywhere)?
pub fn looks_japanese(headers: &[String]) -> bool {
    headers
        .iter()
        .flat_map(|h| h.chars())
        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c))
        || headers.iter().any(|h| h.contains('円'))
}

/// Is this header a currency column?
pub fn is_currency_header(header: &str) -> bool {
    CURRENCY_HEADERS.contains(&normalize_header(header).as_str())
}

/// What a file says about its currency: `currency_cells` are the cells of its currency column
/// (if any), `money_headers` the headers of its money columns, `money_cells` some of their
/// cells as written. `Err` names the codes when the currency column holds several.
pub fn detect<'a>(
    currency_column: Option<(&str, &mut dyn Iterator<Item = &'a str>)>,
    money_headers: &[&str],
    money_cells: &mut dyn Iterator<Item = &'a str>,
    japanese: bool,
) -> Result<Option<Currency>, Vec<String>> {
    if let Some((header, cells)) = currency_column {
        let mut codes: Vec<String> = cells.filter_map(code_in_cell).collect();
        codes.sort();
        codes.dedup();
        match codes.as_slice() {
            [] => {}
            [one] => {
                return Ok(Some(Currency::found(
                    one.clone(),
                    note!("note-currency-from-column", header = header),
                )));
            }
            _ => return Err(codes),
        }
    }
    for header in money_headers {
        if let Some(unit) = unit_of(header)
            && let Some(code) = code_of(&unit, japanese)
        {
            return Ok(Some(Currency::found(
                code,
                note!("note-currency-from-unit", header = *header),
            )));
        }
    }
    for cell in money_cells {
        let cell = cell.trim().trim_start_matches('-');
        let symbol: String = cell.chars().take_while(|c| !c.is_ascii_digit()).collect();
        if symbol.is_empty() {
            continue;
        }
        if let Some(code) = code_of(symbol.trim(), japanese) {
            return Ok(Some(Currency::found(
                code,
                note!("note-currency-from-symbol", symbol = symbol.trim()),
            )));
        }
    }
    Ok(None)
}

/// The bracketed unit of a header: `Amount spent (USD)` → `USD`.
fn unit_of(header: &str) -> Option<String> {
    let h = header.trim();
    for (open, close) in [('(', ')'), ('（', '）'), ('[', ']'), ('【', '】')] {
        if h.ends_with(close)
            && let Some(start) = h.rfind(open)
        {
            return Some(h[start + open.len_utf8()..h.len() - close.len_utf8()].to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(
        column: Option<(&str, &[&str])>,
        headers: &[&str],
        cells: &[&str],
        japanese: bool,
    ) -> Option<(String, String)> {
        let mut column_cells = column.map(|(_, c)| c.iter().copied());
        let column = column
            .zip(column_cells.as_mut())
            .map(|((h, _), it)| (h, it as &mut dyn Iterator<Item = &str>));
        detect(column, headers, &mut cells.iter().copied(), japanese)
            .expect("one currency")
            .map(|c| (c.code, c.from))
    }

    /// How a currency was found, in Chinese and Japanese, still names the header.
    #[test]
    fn how_it_was_found_names_the_header_in_every_language() {
        use crate::i18n::{Arg, Lang, message_in};
        let args = [("header", Arg::from("Amount spent (USD)"))];
        assert_eq!(
            message_in(Lang::Zh, "note-currency-from-unit", &args),
            "表头“Amount spent (USD)”中的单位"
        );
        assert_eq!(
            message_in(Lang::Ja, "note-currency-from-unit", &args),
            "見出し「Amount spent (USD)」の単位"
        );
    }

    #[test]
    fn from_a_column_a_unit_or_a_symbol() {
        assert_eq!(
            found(
                Some(("Currency", &["USD", "USD"])),
                &["Amount spent"],
                &[],
                false
            ),
            Some(("USD".into(), "the column \"Currency\"".into()))
        );
        assert_eq!(
            found(None, &["Amount spent (USD)"], &[], false),
            Some((
                "USD".into(),
                "the header unit of \"Amount spent (USD)\"".into()
            ))
        );
        assert_eq!(
            found(None, &["花费(元)"], &[], false).map(|c| c.0),
            Some("CNY".into())
        );
        assert_eq!(
            found(None, &["消耗(万元)"], &[], false).map(|c| c.0),
            Some("CNY".into())
        );
        assert_eq!(
            found(None, &["費用(円)"], &[], true).map(|c| c.0),
            Some("JPY".into())
        );
        assert_eq!(
            found(None, &["Cost"], &["", "$1,234.50"], false),
            Some(("USD".into(), "the symbol $ on its amounts".into()))
        );
        assert_eq!(
            found(None, &["费用"], &["￥88"], false).map(|c| c.0),
            Some("CNY".into())
        );
        assert_eq!(
            found(None, &["費用"], &["¥88"], true).map(|c| c.0),
            Some("JPY".into())
        );
        assert_eq!(
            found(None, &["Spend", "Clicks (all)"], &["12.5"], false),
            None
        );
    }

    #[test]
    fn a_column_of_several_currencies_is_said() {
        let mut cells = ["USD", "EUR", "USD"].into_iter();
        let err = detect(
            Some(("Currency", &mut cells)),
            &[],
            &mut std::iter::empty(),
            false,
        )
        .expect_err("two currencies");
        assert_eq!(err, ["EUR", "USD"]);
    }

    #[test]
    fn rates_convert_into_the_report_currency() {
        let conversion = Conversion {
            report: "CNY".into(),
            rates: [("USD".to_owned(), 7.1)].into(),
        };
        assert_eq!(conversion.rate("cny"), Some(1.0));
        assert_eq!(conversion.rate("usd"), Some(7.1));
        assert_eq!(conversion.rate("EUR"), None);
    }
}
