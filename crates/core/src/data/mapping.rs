//! Which header feeds which canonical field: the user's overrides first, then recognised
//! headers.

use std::collections::BTreeSet;
use std::path::Path;

use crate::data::error::LoadError;
use crate::data::schema::{
    Field, Recognized, Unit, header_unit, normalize_header, recognize_header,
};
use crate::data::types::{ColumnMapping, MappingOverrides};

/// Per-source overrides win over global ones for the same field.
pub(super) fn merged_overrides(
    global: &MappingOverrides,
    per_source: &MappingOverrides,
) -> MappingOverrides {
    let mut merged = global.clone();
    merged
        .fields
        .extend(per_source.fields.iter().map(|(f, h)| (*f, h.clone())));
    merged
}

/// Chooses which header feeds which field: overrides first (per-source over global), then
/// recognised headers left to right. Counts beat rates for the same retention day and a
/// revenue column beats a platform's ROI; a second column recognised as an already-mapped
/// field is left unused.
pub(super) fn resolve_mapping(
    path: &Path,
    headers: &[String],
    global: &MappingOverrides,
    per_source: &MappingOverrides,
) -> Result<Vec<ColumnMapping>, LoadError> {
    let find = |wanted: &str| -> Option<&String> {
        headers.iter().find(|h| *h == wanted).or_else(|| {
            let norm = normalize_header(wanted);
            headers.iter().find(|h| normalize_header(h) == norm)
        })
    };
    let mut mapping: Vec<ColumnMapping> = Vec::new();
    let mut decided: BTreeSet<Field> = BTreeSet::new();
    let mut taken: BTreeSet<&str> = BTreeSet::new();
    for (strict, overrides) in [(true, per_source), (false, global)] {
        for (field, header) in &overrides.fields {
            if decided.contains(field) {
                continue;
            }
            match header {
                None => {
                    decided.insert(*field);
                }
                Some(wanted) => match find(wanted) {
                    Some(found) => {
                        decided.insert(*field);
                        taken.insert(found.as_str());
                        // Pointing a retention field at a rate column keeps it a rate.
                        let is_rate = matches!(field, Field::Retained(_))
                            && (matches!(
                                recognize_header(found),
                                Some(Recognized::RetentionRate(_))
                            ) || header_unit(found) == Unit::Percent);
                        mapping.push(ColumnMapping {
                            field: *field,
                            header: found.clone(),
                            is_rate,
                            overridden: true,
                            unit_scale: header_unit(found).scale_for(*field),
                        });
                    }
                    None if strict => {
                        return Err(LoadError::UnknownHeader {
                            path: path.to_owned(),
                            field: *field,
                            header: wanted.clone(),
                            headers: headers.to_vec(),
                        });
                    }
                    None => {}
                },
            }
        }
    }
    let recognized: Vec<(&String, Recognized)> = headers
        .iter()
        .filter(|h| !taken.contains(h.as_str()))
        .filter_map(|h| recognize_header(h).map(|r| (h, r)))
        .collect();
    // A column of the field itself beats a rate of it: retention counts beat rates, a revenue
    // column beats ROI × spend.
    let counts_first = recognized
        .iter()
        .filter(|(_, r)| matches!(r, Recognized::Field(_)))
        .chain(
            recognized
                .iter()
                .filter(|(_, r)| !matches!(r, Recognized::Field(_))),
        );
    for (header, rec) in counts_first {
        let field = rec.field();
        if decided.insert(field) {
            mapping.push(ColumnMapping {
                field,
                header: (*header).clone(),
                is_rate: !matches!(rec, Recognized::Field(_)),
                overridden: false,
                unit_scale: header_unit(header).scale_for(field),
            });
        }
    }
    mapping.sort_by_key(|m| m.field);
    Ok(mapping)
}

/// What a header must contain to be worth suggesting for a field nothing feeds.
const NEAR_MISSES: &[(Field, &[&str])] = &[
    (
        Field::Spend,
        &[
            "spend",
            "cost",
            "花费",
            "消耗",
            "费用",
            "支出",
            "費用",
            "コスト",
        ],
    ),
    (
        Field::Impressions,
        &[
            "impression",
            "impr",
            "曝光",
            "展示",
            "展现",
            "表示",
            "インプレッション",
        ],
    ),
    (Field::Clicks, &["click", "点击", "クリック"]),
    (
        Field::Conversions,
        &[
            "conversion",
            "conv",
            "purchase",
            "order",
            "result",
            "转化",
            "订单",
            "成交笔数",
            "コンバージョン",
        ],
    ),
    (
        Field::Revenue,
        &[
            "revenue", "value", "sales", "gmv", "金额", "收入", "销售", "売上", "収益",
        ],
    ),
    (
        Field::NewUsers,
        &["install", "activation", "new user", "激活", "新增", "新規"],
    ),
];

/// Words that make a header a ratio or an average, never the field itself.
const NOT_A_TOTAL: &[&str] = &[
    "rate", "率", "per ", "/", "平均", "avg", "average", "ctr", "cpc", "cpm", "cpa", "roas", "roi",
    "单价", "成本", "%", "％", "単価",
];

/// Headers that look like a field nothing feeds (an unknown column containing `clicks`,
/// `点击`, `金额`, `value` …): suggestions for the mapping, never applied on their own.
pub fn near_misses(headers: &[String], mapping: &[ColumnMapping]) -> Vec<(Field, Vec<String>)> {
    NEAR_MISSES
        .iter()
        .filter(|(field, _)| !mapping.iter().any(|m| m.field == *field))
        .filter_map(|(field, words)| {
            let found: Vec<String> = headers
                .iter()
                .filter(|h| !mapping.iter().any(|m| m.header == **h))
                .filter(|h| {
                    let lower = h.to_lowercase();
                    words.iter().any(|w| lower.contains(w))
                        && !NOT_A_TOTAL.iter().any(|w| lower.contains(w))
                })
                .cloned()
                .collect();
            (!found.is_empty()).then_some((*field, found))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_suggest_unknown_columns_that_look_like_a_missing_field() {
        let headers: Vec<String> = [
            "Day",
            "Spend",
            "Outbound clicks",
            "Cost per click",
            "CTR (all)",
            "Order value",
        ]
        .map(String::from)
        .to_vec();
        let mapping = [ColumnMapping {
            field: Field::Spend,
            header: "Spend".into(),
            is_rate: false,
            overridden: false,
            unit_scale: 1.0,
        }];
        // "Order value" could be either; "Cost per click" and "CTR (all)" are ratios.
        assert_eq!(
            near_misses(&headers, &mapping),
            vec![
                (Field::Clicks, vec!["Outbound clicks".to_owned()]),
                (Field::Conversions, vec!["Order value".to_owned()]),
                (Field::Revenue, vec!["Order value".to_owned()]),
            ]
        );
    }
}
