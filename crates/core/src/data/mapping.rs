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
/// recognised headers left to right. Counts beat rates for the same retention day; a second
/// column recognised as an already-mapped field is left unused.
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
    let counts_first = recognized
        .iter()
        .filter(|(_, r)| matches!(r, Recognized::Field(_)))
        .chain(
            recognized
                .iter()
                .filter(|(_, r)| matches!(r, Recognized::RetentionRate(_))),
        );
    for (header, rec) in counts_first {
        let field = rec.field();
        if decided.insert(field) {
            mapping.push(ColumnMapping {
                field,
                header: (*header).clone(),
                is_rate: matches!(rec, Recognized::RetentionRate(_)),
                overridden: false,
                unit_scale: header_unit(header).scale_for(field),
            });
        }
    }
    mapping.sort_by_key(|m| m.field);
    Ok(mapping)
}
