//! Human formatting of metric values: thousands separators, money, percentages.
//! Shared by the CLI table and the app so both print a number the same way.

use crate::metrics::{Metric, MetricKind};

/// Formats a value for people: `12,345.67` money, `12,345` counts, `2.35` ROI, `1.23%` rates,
/// `–` when not computable.
pub fn format_value(metric: Metric, value: Option<f64>) -> String {
    let Some(v) = value else {
        return "–".to_owned();
    };
    match metric.kind() {
        MetricKind::Money => group_thousands(v, 2),
        // Counts rebuilt from rounded rates (users × 35.2 %) are near-whole: print them whole.
        MetricKind::Count => group_thousands(v, 0),
        MetricKind::Multiple => format!("{v:.2}"),
        MetricKind::Rate => format!("{:.2}%", v * 100.0),
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
