//! Cell cleaning: the few shapes real exports write numbers and dates in.
//!
//! These are plain functions over `&str`, applied column by column by the loader; keeping them
//! free of Polars makes every rule testable in one line.

use chrono::{Datelike, NaiveDate};

/// A cell that is not in any shape we read; the loader adds the file, line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadValue;

/// What a numeric cell held.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A blank, `-`, `--`, `N/A`: no value.
    Missing,
    /// A plain number, thousands separators and currency signs removed.
    Plain(f64),
    /// A number written with a percent sign, already divided by 100.
    Percent(f64),
}

/// Cells that mean "no value" in exports.
fn is_null_token(s: &str) -> bool {
    // Compared without lower-casing into a new string: this runs for every cell of a file.
    const TOKENS: [&str; 13] = [
        "", "-", "--", "---", "—", "–", "n/a", "na", "#n/a", "null", "none", "nan", "/",
    ];
    s.len() <= 4 && TOKENS.iter().any(|t| t.eq_ignore_ascii_case(s))
}

/// A cell that is already a plain number: an optional sign, digits with at most one dot, and an
/// optional exponent (`-12.5`, `300`, `+7`, `1.23E+11`, which Excel writes for long numbers).
/// Most cells of a large export are; they skip the cleaning below. These are also exactly the
/// finite numbers Polars' typed CSV reader takes, so a column read either way reads the same.
pub(crate) fn is_plain_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s).as_bytes();
    let (mantissa, exponent) = match s.iter().position(|&b| b == b'e' || b == b'E') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut dots = 0;
    let mantissa_ok = mantissa.iter().any(u8::is_ascii_digit)
        && mantissa.iter().all(|&b| {
            dots += usize::from(b == b'.');
            b.is_ascii_digit() || b == b'.'
        })
        && dots <= 1;
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e
            .strip_prefix(b"-")
            .or_else(|| e.strip_prefix(b"+"))
            .unwrap_or(e);
        !e.is_empty() && e.iter().all(u8::is_ascii_digit)
    });
    mantissa_ok && exponent_ok
}

/// Parses a numeric cell: `12,345.67`, `¥1,200`, `￥ 88`, `$3.5`, `35.2%`, `1200元`, `-`, ``.
/// Thousands separators must sit between groups of three digits, so a decimal comma (`1,5`)
/// is an error rather than silently becoming 15.
pub fn parse_number(raw: &str) -> Result<Number, BadValue> {
    parse_number_with(raw, false)
}

/// [`parse_number`] for files that write `1.234,5` (semicolon-separated European exports):
/// `,` is the decimal mark and `.` groups thousands.
pub fn parse_number_decimal_comma(raw: &str) -> Result<Number, BadValue> {
    parse_number_with(raw, true)
}

fn parse_number_with(raw: &str, decimal_comma: bool) -> Result<Number, BadValue> {
    let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if is_null_token(trimmed) {
        return Ok(Number::Missing);
    }
    if !decimal_comma && is_plain_number(trimmed) {
        return match trimmed.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Number::Plain(v)),
            _ => Err(BadValue),
        };
    }
    let mut s = trimmed;
    let mut percent = false;
    if let Some(rest) = s.strip_suffix('%').or_else(|| s.strip_suffix('％')) {
        s = rest.trim_end();
        percent = true;
    }
    if let Some(rest) = s.strip_suffix('元') {
        s = rest.trim_end();
    }
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s),
    };
    let s = s
        .trim_start_matches(['¥', '￥', '$', '€', '£'])
        .trim_start();
    let mut digits = String::with_capacity(s.len() + 1);
    if negative {
        digits.push('-');
    }
    let (decimal_mark, group_marks): (char, &[char]) = if decimal_comma {
        (',', &['.', ' ', '\u{a0}'])
    } else {
        ('.', &[',', '，'])
    };
    let (int_part, frac_part) = match s.find(decimal_mark) {
        Some(dot) => (&s[..dot], Some(&s[dot + 1..])),
        None => (s, None),
    };
    if int_part.contains(group_marks) {
        let groups: Vec<&str> = int_part.split(group_marks).collect();
        // Groups of three after a first group of one to three digits not starting with 0:
        // `1,5` or `0,500` are decimal commas or typos, not thousands.
        let well_formed = groups.iter().enumerate().all(|(i, g)| {
            g.bytes().all(|b| b.is_ascii_digit())
                && if i == 0 {
                    (1..=3).contains(&g.len()) && !g.starts_with('0')
                } else {
                    g.len() == 3
                }
        });
        if !well_formed {
            return Err(BadValue);
        }
        groups.iter().for_each(|g| digits.push_str(g));
    } else {
        digits.push_str(int_part);
    }
    if let Some(frac) = frac_part {
        digits.push('.');
        digits.push_str(frac);
    }
    // `str::parse` would also take "inf" and "nan"; exports never mean those, so only digits,
    // one dot and a leading minus are allowed through (exponents only on plain numbers, above).
    let body = digits.strip_prefix('-').unwrap_or(&digits);
    if body.is_empty()
        || body == "."
        || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        || body.bytes().filter(|&b| b == b'.').count() > 1
    {
        return Err(BadValue);
    }
    if percent {
        // `35.2e-2` parses to the double nearest 0.352; `35.2 / 100` would not.
        digits.push_str("e-2");
        return digits.parse().map(Number::Percent).map_err(|_| BadValue);
    }
    digits.parse().map(Number::Plain).map_err(|_| BadValue)
}

/// A date written `2024-09-01`, exactly: the shape Polars' reader parses as a date itself.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// Parses a date cell: `2024-03-01`, `2024/3/1`, `2024.3.1`, `20240301`, `2024年3月1日`,
/// optionally followed by a time (`2024-03-01 00:00:00`, `2024-03-01T08:00`), which is dropped.
/// Returns `Ok(None)` for a blank cell.
pub fn parse_date(raw: &str) -> Result<Option<NaiveDate>, BadValue> {
    let trimmed = raw.trim();
    if is_null_token(trimmed) {
        return Ok(None);
    }
    let (date_part, rest) = match trimmed.find([' ', 'T']) {
        Some(i) => (&trimmed[..i], trimmed[i + 1..].trim()),
        None => (trimmed, ""),
    };
    // Only a time of day may follow (`00:00:00`, `08:00+08:00`); `2024-03-01 ~ 2024-03-07` is
    // a range, not a day, and must not silently become its first day.
    let is_time = rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.contains(':')
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z'));
    if !rest.is_empty() && !is_time {
        return Err(BadValue);
    }
    let date_part = date_part.trim_end_matches('日');
    let (y, m, d) = if date_part.len() == 8 && date_part.bytes().all(|b| b.is_ascii_digit()) {
        (&date_part[..4], &date_part[4..6], &date_part[6..])
    } else {
        let mut parts = date_part.split(['-', '/', '.', '年', '月']);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d), None) if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
                (y, m, d)
            }
            _ => return Err(BadValue),
        }
    };
    let number = |s: &str| -> Result<u32, BadValue> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BadValue);
        }
        s.parse().map_err(|_| BadValue)
    };
    let year = i32::try_from(number(y)?).map_err(|_| BadValue)?;
    NaiveDate::from_ymd_opt(year, number(m)?, number(d)?)
        .map(Some)
        .ok_or(BadValue)
}

/// Days from 0001-01-01 (day 1 of the common era) to 1970-01-01.
const EPOCH_DAYS_FROM_CE: i32 = 719_163;

/// Days since 1970-01-01, the physical representation of Polars' `Date`. Every `NaiveDate`
/// (±262,000 years) is within ±96 million days, far inside `i32`: the subtraction cannot
/// overflow, and saturates rather than wrap if it ever could.
pub fn days_since_epoch(date: NaiveDate) -> i32 {
    date.num_days_from_ce().saturating_sub(EPOCH_DAYS_FROM_CE)
}

/// The inverse of [`days_since_epoch`]: `None` for a day count outside the calendar (a
/// Parquet `Date` can hold any `i32`).
pub fn date_from_epoch_days(days: i32) -> Option<NaiveDate> {
    days.checked_add(EPOCH_DAYS_FROM_CE)
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// [`date_from_epoch_days`] for a count in an `i64` (a Parquet timestamp turned into days).
pub fn date_from_epoch_days_i64(days: i64) -> Option<NaiveDate> {
    i32::try_from(days).ok().and_then(date_from_epoch_days)
}

/// The first and last day a date cell may hold: those text exports can write (four-digit
/// years). A Parquet date outside is an error when loading, so later date arithmetic (weeks,
/// months, the period before) works well inside the calendar's limits.
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(0, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// A day count (since 1970-01-01) as a date in [`FIRST_DATE`]..=[`LAST_DATE`], else `None`.
pub fn loadable_date(days: i64) -> Option<NaiveDate> {
    date_from_epoch_days_i64(days).filter(|d| (FIRST_DATE..=LAST_DATE).contains(d))
}

/// The letters a totals label can start with (lower case); a test checks them against the labels.
const TOTALS_FIRST_LETTERS: [char; 8] = ['合', '总', '汇', '小', '総', 't', 'g', 's'];

/// Totals labels, lower case.
const TOTALS_LABELS: [&str; 13] = [
    "合计",
    "合計", // Japanese (and Traditional Chinese)
    "総計",
    "小計",
    "总计",
    "汇总",
    "小计",
    "total",
    "totals",
    "grand total",
    "subtotal",
    "sub total",
    "sum",
];

/// Is this key cell the label of a totals or subtotals row (`合计`, `总计：`, `Grand total`)?
/// Such rows repeat the sum of the others and would count everything twice.
pub fn is_totals_label(raw: &str) -> bool {
    // Every key cell of a file comes through here: most are rejected by their first letter,
    // before any lower-cased copy is made.
    let first = raw
        .trim_start()
        .chars()
        .next()
        .map(|c| c.to_ascii_lowercase());
    if !first.is_some_and(|c| TOTALS_FIRST_LETTERS.contains(&c)) {
        return false;
    }
    let s = raw.trim().to_lowercase();
    // The label alone, or followed by what qualifies it: `Total: Account`, `合计(30条)`,
    // `总计 30`. A name that merely starts with it (`总计划-品牌`, `Total Brand Push`) is data.
    TOTALS_LABELS
        .iter()
        .any(|label| match s.strip_prefix(label) {
            Some(rest) => {
                let rest = rest.trim_start();
                rest.is_empty()
                    || rest.starts_with([':', '：', '(', '（', '-', '—'])
                    || rest.starts_with(|c: char| c.is_ascii_digit())
            }
            None => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> f64 {
        match parse_number(s) {
            Ok(Number::Plain(v)) => v,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn numbers_in_export_shapes() {
        assert_eq!(plain("12,345.67"), 12345.67);
        assert_eq!(plain(" ¥1,200 "), 1200.0);
        assert_eq!(plain("￥ 88"), 88.0);
        assert_eq!(plain("$3.5"), 3.5);
        assert_eq!(plain("1200元"), 1200.0);
        assert_eq!(plain("-12.5"), -12.5);
        assert_eq!(plain("1,234,567"), 1_234_567.0);
        assert_eq!(plain("0.5"), 0.5);
        assert_eq!(plain(".5"), 0.5);
        assert_eq!(parse_number("35.2%"), Ok(Number::Percent(0.352)));
        assert_eq!(parse_number("35.2 ％"), Ok(Number::Percent(0.352)));
        for missing in ["", "  ", "-", "--", "N/A", "n/a", "null", "—"] {
            assert_eq!(parse_number(missing), Ok(Number::Missing), "{missing:?}");
        }
    }

    #[test]
    fn plain_numbers_take_a_sign_and_an_exponent() {
        assert_eq!(plain("+7"), 7.0);
        assert_eq!(plain("1e5"), 100_000.0);
        assert_eq!(plain("1.23457E+11"), 123_457_000_000.0);
        assert_eq!(plain("-2.5e-1"), -0.25);
        assert_eq!(plain(".5"), 0.5);
        assert_eq!(plain("5."), 5.0);
    }

    #[test]
    fn malformed_numbers_are_errors() {
        for bad in [
            "abc", "1,5", "12,34.5", "1.2.3", "inf", "NaN1", "1e", "1e5.5", "¥", "--5", "12 34",
            "1e400", ".", "+", "¥1e5",
        ] {
            assert_eq!(parse_number(bad), Err(BadValue), "{bad:?}");
        }
    }

    #[test]
    fn decimal_comma_numbers() {
        let dc = parse_number_decimal_comma;
        assert_eq!(dc("1.234,5"), Ok(Number::Plain(1234.5)));
        assert_eq!(dc("1,250"), Ok(Number::Plain(1.25)));
        assert_eq!(dc("12,5%"), Ok(Number::Percent(0.125)));
        assert_eq!(dc("1.2.3"), Err(BadValue));
    }

    #[test]
    fn dates_in_export_shapes() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 1);
        for s in [
            "2024-03-01",
            "2024/3/1",
            "2024.03.01",
            "20240301",
            "2024年3月1日",
            "2024-03-01 00:00:00",
            "2024-03-01T08:00:00",
        ] {
            assert_eq!(parse_date(s), Ok(d), "{s}");
        }
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(parse_date("2024-03-01 08:00:00+08:00"), Ok(d));
        for range in [
            "2024-03-01 ~ 2024-03-07",
            "2024-03-01 - 2024-03-07",
            "2024-03-01 Fri",
        ] {
            assert_eq!(parse_date(range), Err(BadValue), "{range}");
        }
        for bad in [
            "2024-02-30",
            "March 1",
            "24-3-1",
            "2024-3",
            "合计",
            "20241301",
        ] {
            assert_eq!(parse_date(bad), Err(BadValue), "{bad}");
        }
    }

    #[test]
    fn epoch_days_match_polars_convention() {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        assert_eq!(days_since_epoch(epoch), 0);
        let d = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
        assert_eq!(days_since_epoch(d), 19783);
        assert_eq!(date_from_epoch_days(19783), Some(d));
    }

    #[test]
    fn epoch_days_at_the_limits_do_not_overflow() {
        assert_eq!(date_from_epoch_days(i32::MAX), None);
        assert_eq!(date_from_epoch_days(i32::MIN), None);
        assert_eq!(date_from_epoch_days_i64(i64::MIN), None);
        for date in [NaiveDate::MIN, NaiveDate::MAX] {
            assert_eq!(date_from_epoch_days(days_since_epoch(date)), Some(date));
        }
        let first = i64::from(days_since_epoch(FIRST_DATE));
        let last = i64::from(days_since_epoch(LAST_DATE));
        assert_eq!(loadable_date(first), Some(FIRST_DATE));
        assert_eq!(loadable_date(last), Some(LAST_DATE));
        assert_eq!(loadable_date(first - 1), None);
        assert_eq!(loadable_date(last + 1), None);
    }

    #[test]
    fn totals_labels() {
        for label in TOTALS_LABELS {
            let first = label.chars().next().expect("a label");
            assert!(TOTALS_FIRST_LETTERS.contains(&first), "{label}");
        }
        for t in [
            "合计",
            "总计：",
            "汇总",
            "小计",
            "Total",
            "Grand total",
            " TOTAL: ",
            "合计(30条)",
            "Total: Account",
            "Total: Search",
            "Total (2 campaigns)",
            "总计 30",
        ] {
            assert!(is_totals_label(t), "{t}");
        }
        for t in [
            "Douyin",
            "Total Brand Push",
            "朋友圈",
            "",
            "总计划-品牌",
            "汇总页投放",
            "Summer",
        ] {
            assert!(!is_totals_label(t), "{t}");
        }
    }
}
