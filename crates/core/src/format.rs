//! Human formatting of metric values: thousands separators, money, percentages.
//! Shared by the CLI table and the app so both print a number the same way.

use crate::metrics::{Metric, MetricKind, Verdict};
use crate::stats::{Direction, Interval};

/// Formats a value for people: `12,345.67` money, `12,345` counts, `2.35` ROI, `1.23%` rates,
/// `–` when not computable.
pub fn format_value(metric: Metric, value: Option<f64>) -> String {
    let Some(v) = value else {
        return "–".to_owned();
    };
    match metric.kind() {
        // With 万 / 亿 (億) for large amounts in Chinese and Japanese.
        MetricKind::Money => crate::i18n::big_number(v, 2),
        // Counts rebuilt from rounded rates (users × 35.2 %) are near-whole: print them whole.
        MetricKind::Count => crate::i18n::big_number(v, 0),
        MetricKind::Multiple => format!("{v:.2}"),
        MetricKind::Rate => format!("{:.2}%", v * 100.0),
    }
}

/// A change in a metric's unit with its sign: `+1,234.50`, `-0.12`, `+0.35 pp` for rates
/// (percentage points, so a change of a rate is not read as a relative change).
pub fn signed(metric: Metric, change: f64) -> String {
    let sign = if change > 0.0 { "+" } else { "" };
    match metric.kind() {
        MetricKind::Rate => format!("{sign}{:.2} pp", change * 100.0),
        _ => format!("{sign}{}", format_value(metric, Some(change))),
    }
}

/// A relative change as a signed percentage: `+12.3%`, `-4.0%`.
pub fn percent_change(fraction: f64) -> String {
    format!("{:+.1}%", fraction * 100.0)
}

/// A p-value to three places, `< 0.001` below that.
pub fn p_value(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".to_owned()
    } else {
        format!("{p:.3}")
    }
}

/// Half the width of an interval in the metric's unit, with the value's two decimals, or two
/// significant digits when it is finer than that: `±0.07`, `±0.0042%`, `±1,234`.
pub fn plus_minus(metric: Metric, half: f64) -> String {
    let (scaled, unit) = match metric.kind() {
        MetricKind::Rate => (half * 100.0, "%"),
        _ => (half, ""),
    };
    let decimals = if scaled >= 10.0 {
        if metric.kind() == MetricKind::Money {
            2
        } else {
            0
        }
    } else if scaled > 0.0 && scaled < 0.01 {
        // Below the value's own two decimals: two significant digits, not `±0.00`.
        (1 - scaled.log10().floor() as i32).clamp(2, 8) as usize
    } else {
        2
    };
    format!("±{}{unit}", group_thousands(scaled, decimals))
}

/// The marker beside a value compared with the baseline: ▲ higher, ▼ lower, ≈ not
/// distinguishable.
pub fn marker(direction: Direction) -> &'static str {
    match direction {
        Direction::Higher => "▲",
        Direction::Lower => "▼",
        Direction::Same => "≈",
    }
}

/// A comparison with the baseline in words a marketer reads, with the p-value:
/// `Significantly higher than Douyin (p < 0.001 after Holm's correction across 5 channels).`
/// `groups_word` names the groups in the plural (`channels`, `campaigns`, `sources`); the
/// message files name them in their own words.
pub fn verdict_words(verdict: &Verdict, baseline: &str, groups_word: &str) -> String {
    let what = match verdict.direction {
        Direction::Higher => crate::tr!("stat-verdict-higher", baseline = baseline),
        Direction::Lower => crate::tr!("stat-verdict-lower", baseline = baseline),
        Direction::Same => crate::tr!("stat-verdict-same", baseline = baseline),
    };
    let p = p_value(verdict.p);
    let p = if p.starts_with('<') {
        crate::tr!("stat-p-below", p = p)
    } else {
        crate::tr!("stat-p-equals", p = p)
    };
    if verdict.family > 1 {
        crate::tr!(
            "stat-verdict-holm",
            what = what,
            p = p,
            family = verdict.family,
            groups = groups_word
        )
    } else {
        crate::tr!("stat-verdict-single", what = what, p = p)
    }
}

/// What an interval says, or why there is none: `95 % interval 2.28 – 2.41`.
pub fn interval_words(metric: Metric, interval: Interval, min_days: usize) -> String {
    match interval {
        Interval::Range { lo, hi } => crate::tr!(
            "stat-interval",
            lo = format_value(metric, Some(lo)),
            hi = format_value(metric, Some(hi))
        ),
        Interval::TooFewDays { days: 0 } => crate::tr!("stat-interval-no-dates"),
        Interval::TooFewDays { days } => crate::tr!(
            "stat-interval-too-few-days",
            days = days,
            min_days = min_days
        ),
        Interval::Missing => crate::tr!("stat-interval-missing"),
    }
}

/// How an interval was computed, for hover text.
pub fn interval_method(metric: Metric, days: usize, resamples: usize) -> String {
    if metric.is_proportion() {
        crate::tr!("stat-method-wilson")
    } else {
        crate::tr!(
            "stat-method-bootstrap",
            days = days,
            resamples = group_thousands(resamples as f64, 0)
        )
    }
}

/// `1234567.891` with 2 decimals → `1,234,567.89`.
pub fn group_thousands(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::with_capacity(text.len() + int_part.len() / 3 + 1);
    if value < 0.0 && text.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        grouped.push('-');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(frac) = frac_part {
        grouped.push('.');
        grouped.push_str(frac);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Field;

    #[test]
    fn thousands() {
        assert_eq!(group_thousands(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(group_thousands(999.0, 0), "999");
        assert_eq!(group_thousands(1000.0, 0), "1,000");
        assert_eq!(group_thousands(-1234.5, 1), "-1,234.5");
        assert_eq!(group_thousands(-0.001, 2), "0.00");
    }

    #[test]
    fn statistics() {
        assert_eq!(signed(Metric::Roi, 0.123), "+0.12");
        assert_eq!(signed(Metric::Sum(Field::Spend), -1234.5), "-1,234.50");
        assert_eq!(signed(Metric::Ctr, 0.0012), "+0.12 pp");
        assert_eq!(percent_change(-0.04), "-4.0%");
        assert_eq!(p_value(0.0004), "< 0.001");
        assert_eq!(p_value(0.0123), "0.012");
        assert_eq!(plus_minus(Metric::Roi, 0.0712), "±0.07");
        assert_eq!(plus_minus(Metric::Ctr, 0.000_042), "±0.0042%");
        assert_eq!(plus_minus(Metric::Cvr, 0.0031), "±0.31%");
        assert_eq!(plus_minus(Metric::Cpa, 12.345), "±12.35");
    }

    #[test]
    fn by_kind() {
        assert_eq!(
            format_value(Metric::Sum(Field::Spend), Some(12345.678)),
            "12,345.68"
        );
        assert_eq!(
            format_value(Metric::Sum(Field::Clicks), Some(12345.0)),
            "12,345"
        );
        assert_eq!(format_value(Metric::Roi, Some(2.345)), "2.35");
        assert_eq!(format_value(Metric::Ctr, Some(0.0123)), "1.23%");
        assert_eq!(format_value(Metric::Cpa, None), "–");
    }
}
