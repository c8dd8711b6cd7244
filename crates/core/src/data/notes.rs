//! What a text file's layout loses without stopping the load: rows with fewer or more fields
//! than the header (Polars reads the missing values as empty and drops the extra ones) and a
//! header named twice (Polars renames the second, so only the first is used). Each becomes a
//! note in [`SourceInfo::notes`], or under [`LoadOptions::strict`] an error.
//!
//! [`SourceInfo::notes`]: crate::data::SourceInfo::notes
//! [`LoadOptions::strict`]: crate::data::LoadOptions::strict

use std::path::Path;

use crate::data::error::LoadError;
use crate::data::schema::{Recognized, recognize_header};
use crate::data::sniff::TextFile;
use crate::data::tokenize::{Tokenizer, ragged_records};
use crate::data::types::ColumnMapping;

/// How many line numbers a note lists before `and N more`.
const LINES_LISTED: usize = 10;

/// The notes on a text file's layout, given the mapping chosen for its headers.
pub(super) fn layout_notes(file: &TextFile<'_>, mapping: &[ColumnMapping]) -> Vec<String> {
    let ragged = ragged_records(&file.text, file.header_line, file.separator);
    let mut notes = Vec::new();
    if !ragged.short.is_empty() {
        notes.push(rows_note(
            &ragged.short,
            "fewer",
            ("its missing values are", "their missing values are"),
            "empty",
        ));
    }
    if !ragged.long.is_empty() {
        notes.push(rows_note(
            &ragged.long,
            "more",
            ("the extra fields are", "the extra fields are"),
            "ignored",
        ));
    }
    let header = Tokenizer::new(&file.text, file.separator, file.header_line)
        .next()
        .map(|record| record.fields)
        .unwrap_or_default();
    notes.extend(duplicate_notes(&header, mapping));
    notes
}

/// `3 rows have fewer fields than the header: lines 8, 19, 40 — their missing values are empty`.
fn rows_note(lines: &[usize], than: &str, (one, many): (&str, &str), what: &str) -> String {
    let (rows, verb, lines_word, rest) = match lines.len() {
        1 => ("row", "has", "line", one),
        _ => ("rows", "have", "lines", many),
    };
    let listed: Vec<String> = lines
        .iter()
        .take(LINES_LISTED)
        .map(ToString::to_string)
        .collect();
    let mut list = listed.join(", ");
    if lines.len() > LINES_LISTED {
        list.push_str(&format!(" and {} more", lines.len() - LINES_LISTED));
    }
    format!(
        "{} {rows} {verb} {than} fields than the header: {lines_word} {list} — {rest} {what}",
        lines.len()
    )
}

/// `column "Spend" appears 2 times (columns 3 and 6); the first is used`, for each header
/// written more than once whose first column feeds a field (an unused one loses nothing).
fn duplicate_notes(header: &[String], mapping: &[ColumnMapping]) -> Vec<String> {
    let mut notes = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() || header[..i].contains(name) {
            continue;
        }
        let columns: Vec<String> = header
            .iter()
            .enumerate()
            .filter(|(_, h)| *h == name)
            .map(|(j, _)| (j + 1).to_string())
            .collect();
        if columns.len() < 2 || !mapping.iter().any(|m| m.header == *name) {
            continue;
        }
        let (last, first) = columns.split_last().expect("two or more");
        notes.push(format!(
            "column \"{name}\" appears {} times (columns {} and {last}); the first is used",
            columns.len(),
            first.join(", ")
        ));
    }
    notes
}

/// `"花费(元)" also reads as spend; "花费" is used (pick another in the column mapping)`, for
/// each header recognised as a field that another header already feeds (same-name headers
/// are [`duplicate_notes`]' business; a retention rate beside its count is expected and the
/// count is used, so it is not noted).
pub(super) fn synonym_notes(headers: &[String], mapping: &[ColumnMapping]) -> Vec<String> {
    headers
        .iter()
        .filter(|h| !mapping.iter().any(|m| m.header == **h))
        .filter_map(|h| match recognize_header(h) {
            Some(Recognized::Field(field)) => {
                let used = mapping
                    .iter()
                    .find(|m| m.field == field && m.header != *h)?;
                Some(format!(
                    "\"{h}\" also reads as {}; \"{}\" is used (pick another in the column \
                     mapping)",
                    field.name(),
                    used.header
                ))
            }
            _ => None,
        })
        .collect()
}

/// Under `strict`, notes are an error naming the file.
pub(super) fn check_strict(path: &Path, notes: &[String], strict: bool) -> Result<(), LoadError> {
    if strict && !notes.is_empty() {
        return Err(LoadError::Strict {
            path: path.to_owned(),
            message: notes.join("; "),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_header_for_a_mapped_field_is_named() {
        let headers: Vec<String> = ["日期", "花费", "花费(元)", "次留", "次留率"]
            .map(String::from)
            .to_vec();
        let mapping = [
            ColumnMapping {
                field: crate::data::Field::Spend,
                header: "花费".into(),
                is_rate: false,
                overridden: false,
                unit_scale: 1.0,
            },
            ColumnMapping {
                field: crate::data::Field::Retained(1),
                header: "次留".into(),
                is_rate: false,
                overridden: false,
                unit_scale: 1.0,
            },
        ];
        assert_eq!(
            synonym_notes(&headers, &mapping),
            [
                "\"花费(元)\" also reads as spend; \"花费\" is used (pick another in the column \
              mapping)"
            ]
        );
    }

    #[test]
    fn at_most_ten_lines_then_how_many_more() {
        let lines: Vec<usize> = (2..=14).collect();
        assert_eq!(
            rows_note(&lines, "more", ("x", "the extra fields are"), "ignored"),
            "13 rows have more fields than the header: lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 \
             and 3 more — the extra fields are ignored"
        );
        assert_eq!(
            rows_note(&[7], "fewer", ("its missing values are", "x"), "empty"),
            "1 row has fewer fields than the header: line 7 — its missing values are empty"
        );
    }
}
