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
use crate::i18n::{Arg, Lang, language, message_in};

/// How many line numbers a note lists before `and N more`.
const LINES_LISTED: usize = 10;

/// A note in every language, from one message: English for `inspect --json`, and whichever
/// language is in force when it is shown (the sidebar follows a change of language at once;
/// the values it names — lists, places in the file — are written in each language too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// By language, in the order of [`Lang::ALL`].
    texts: [String; 3],
}

impl Note {
    /// The message `key` with `args`, in every language.
    pub(crate) fn new(key: &str, args: &[(&str, Arg<'_>)]) -> Note {
        Note::by_language(|lang| message_in(lang, key, args))
    }

    /// `text` in every language, for a note whose values are themselves written in the
    /// language (lists, places in the file).
    pub(crate) fn by_language(text: impl Fn(Lang) -> String) -> Note {
        Note {
            texts: Lang::ALL.map(text),
        }
    }

    /// The note in `lang`.
    pub fn text_in(&self, lang: Lang) -> &str {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.texts[index]
    }

    /// The note in English (as `inspect --json` writes it).
    pub fn en(&self) -> &str {
        self.text_in(Lang::En)
    }

    /// The note in the language in force.
    pub fn text(&self) -> &str {
        self.text_in(language())
    }
}

/// A [`Note`] from a message: `note!("note-periods", days = …)`, the values as for
/// [`tr!`](crate::tr).
macro_rules! note {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::data::notes::Note::new(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}
pub(crate) use note;

/// Items in a list as `lang` writes them (`8, 19, 40`; `8、19、40`).
pub(crate) fn list_in(lang: Lang, items: &[String]) -> String {
    items.join(&message_in(lang, "note-list-separator", &[]))
}

/// The first `shown` of `items` as a list, then `and N more` when there are more.
pub(crate) fn list_and_more_in(lang: Lang, items: &[String], shown: usize) -> String {
    let list = list_in(lang, &items[..items.len().min(shown)]);
    match items.len().saturating_sub(shown) {
        0 => list,
        more => message_in(
            lang,
            "note-and-more",
            &[
                ("list", Arg::from(list)),
                ("count", Arg::from(more)),
                ("more", Arg::from(more.to_string())),
            ],
        ),
    }
}

/// The English texts of `notes`.
pub(crate) fn english(notes: &[Note]) -> Vec<String> {
    notes.iter().map(|n| n.en().to_owned()).collect()
}

/// The notes on a text file's layout, given the mapping chosen for its headers.
pub(super) fn layout_notes(file: &TextFile<'_>, mapping: &[ColumnMapping]) -> Vec<Note> {
    let ragged = ragged_records(&file.text, file.header_line, file.separator);
    let mut notes = Vec::new();
    if !ragged.short.is_empty() {
        notes.push(rows_note(&ragged.short, Ragged::Fewer));
    }
    if !ragged.long.is_empty() {
        notes.push(rows_note(&ragged.long, Ragged::More));
    }
    let header = Tokenizer::new(&file.text, file.separator, file.header_line)
        .next()
        .map(|record| record.fields)
        .unwrap_or_default();
    notes.extend(duplicate_notes(&header, mapping));
    notes
}

/// Rows with fewer or more fields than the header.
#[derive(Clone, Copy)]
enum Ragged {
    Fewer,
    More,
}

/// `3 rows have fewer fields than the header: lines 8, 19, 40 — their missing values are empty`.
fn rows_note(lines: &[usize], ragged: Ragged) -> Note {
    let lines_text: Vec<String> = lines.iter().map(ToString::to_string).collect();
    Note::by_language(|lang| {
        let args = [
            ("count", Arg::from(lines.len())),
            ("rows", Arg::from(lines.len().to_string())),
            (
                "lines",
                Arg::from(list_and_more_in(lang, &lines_text, LINES_LISTED)),
            ),
        ];
        match ragged {
            Ragged::Fewer => message_in(lang, "note-rows-fewer", &args),
            Ragged::More => message_in(lang, "note-rows-more", &args),
        }
    })
}

/// `column "Spend" appears 2 times (columns 3 and 6); the first is used`, for each header
/// written more than once whose first column feeds a field (an unused one loses nothing).
fn duplicate_notes(header: &[String], mapping: &[ColumnMapping]) -> Vec<Note> {
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
        notes.push(Note::by_language(|lang| {
            message_in(
                lang,
                "note-header-twice",
                &[
                    ("name", Arg::from(name)),
                    ("count", Arg::from(columns.len())),
                    ("times", Arg::from(columns.len().to_string())),
                    ("first", Arg::from(list_in(lang, first))),
                    ("last", Arg::from(last)),
                ],
            )
        }));
    }
    notes
}

/// `"花费(元)" also reads as spend; "花费" is used (pick another in the column mapping)`, for
/// each header recognised as a field that another header already feeds (same-name headers
/// are [`duplicate_notes`]' business; a retention rate beside its count is expected and the
/// count is used, so it is not noted).
pub(super) fn synonym_notes(headers: &[String], mapping: &[ColumnMapping]) -> Vec<Note> {
    headers
        .iter()
        .filter(|h| !mapping.iter().any(|m| m.header == **h))
        .filter_map(|h| match recognize_header(h) {
            Some(Recognized::Field(field)) => {
                let used = mapping
                    .iter()
                    .find(|m| m.field == field && m.header != *h)?;
                Some(Note::by_language(|lang| {
                    message_in(
                        lang,
                        "note-synonym",
                        &[
                            ("header", Arg::from(h)),
                            ("field", Arg::from(field.label_in(lang))),
                            ("used", Arg::from(&used.header)),
                        ],
                    )
                }))
            }
            _ => None,
        })
        .collect()
}

/// Under `strict`, notes are an error naming the file.
pub(super) fn check_strict(path: &Path, notes: &[Note], strict: bool) -> Result<(), LoadError> {
    if strict && !notes.is_empty() {
        let notes = notes.to_vec();
        return Err(LoadError::Strict {
            path: path.to_owned(),
            message: crate::i18n::Text::new(move || {
                let shown: Vec<&str> = notes.iter().map(Note::text).collect();
                shown.join(&crate::tr!("note-separator"))
            }),
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
        let notes: Vec<String> = synonym_notes(&headers, &mapping)
            .into_iter()
            .map(|n| n.en().to_owned())
            .collect();
        assert_eq!(
            notes,
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
            rows_note(&lines, Ragged::More).en(),
            "13 rows have more fields than the header: lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 \
             and 3 more — the extra fields are ignored"
        );
        assert_eq!(
            rows_note(&[7], Ragged::Fewer).en(),
            "1 row has fewer fields than the header: line 7 — its missing values are empty"
        );
        assert_eq!(
            rows_note(&[8, 19, 40], Ragged::Fewer).en(),
            "3 rows have fewer fields than the header: lines 8, 19, 40 — their missing values \
             are empty"
        );
    }

    /// A note in Chinese and Japanese still names the lines and the column; its English twin
    /// (what `inspect --json` writes) does not change.
    #[test]
    fn a_note_names_the_lines_and_the_column_in_every_language() {
        let lines: Vec<usize> = (2..=14).collect();
        for lang in [Lang::Zh, Lang::Ja] {
            let listed: Vec<String> = lines.iter().map(ToString::to_string).collect();
            let args = [
                ("count", Arg::from(lines.len())),
                ("rows", Arg::from("13")),
                ("lines", Arg::from(list_and_more_in(lang, &listed, 10))),
            ];
            let text = message_in(lang, "note-rows-more", &args);
            assert!(
                text.contains("13")
                    && text.contains("2、3、4")
                    && text.contains("11")
                    && text.contains('3'),
                "{text}"
            );
            assert!(!text.contains("fields"), "{text}");
            let twice = message_in(
                lang,
                "note-header-twice",
                &[
                    ("name", Arg::from("Spend")),
                    ("count", Arg::from(2_usize)),
                    ("times", Arg::from("2")),
                    ("first", Arg::from("3")),
                    ("last", Arg::from("6")),
                ],
            );
            assert!(twice.contains("Spend") && twice.contains('3') && twice.contains('6'));
            assert!(!twice.contains("appears"), "{twice}");
        }
        // Made while the language in force is English (the other tests of this process).
        assert_eq!(
            rows_note(&lines, Ragged::More).en(),
            "13 rows have more fields than the header: lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 \
             and 3 more — the extra fields are ignored"
        );
    }
}
