//! The analyst's language: English, Simplified Chinese (简体中文) and Japanese (日本語).
//!
//! Every user-facing text of the app, the pictures and the CLI's human output is a Project
//! Fluent message (`assets/i18n/`), looked up by key with [`tr!`](crate::tr): word order,
//! plurals (CLDR rules, `{ $count -> [one] … *[other] … }`) and the choice of words are the
//! message file's, never fragments glued in English order. Numbers are formatted here (with
//! 万 / 亿 and 万 / 億 for large values, see [`big_number`]) and handed to the messages as
//! text, with the count itself for plural rules; dates by [`date`].
//!
//! The language in force is process-wide ([`set_language`]): the app sets it from its
//! preferences, the CLI from `--lang`. A missing message falls back to English, then to its key
//! (a test checks every key used is in every file). CSV and JSON keys never go through here.

use std::borrow::Cow;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

mod text;
pub use text::Text;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Zh,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Zh, Lang::Ja];

    /// `en`, `zh`, `ja`: the `--lang` value and the preference.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
        }
    }

    /// The language's own name, as the View menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "简体中文",
            Lang::Ja => "日本語",
        }
    }

    /// A language from a code or a locale (`zh`, `zh-CN`, `zh_CN.UTF-8`, `ja-JP`, `en_US`);
    /// `None` for another language.
    pub fn from_locale(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            "ja" | "jp" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// The system's language when it is one of ours, else English.
    pub fn system() -> Lang {
        sys_locale::get_locale()
            .and_then(|l| Lang::from_locale(&l))
            .unwrap_or(Lang::En)
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Zh => 1,
            Lang::Ja => 2,
        }
    }

    fn locale(self) -> unic_langid::LanguageIdentifier {
        let tag = match self {
            Lang::En => "en-US",
            Lang::Zh => "zh-CN",
            Lang::Ja => "ja-JP",
        };
        tag.parse().expect("a valid language tag")
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);
static PLAIN_DIGITS: AtomicBool = AtomicBool::new(false);

/// Sets the language of every message from now on.
pub fn set_language(lang: Lang) {
    CURRENT.store(lang.index() as u8, Ordering::Relaxed);
}

/// The language in force.
pub fn language() -> Lang {
    Lang::ALL[usize::from(CURRENT.load(Ordering::Relaxed)).min(2)]
}

/// Large numbers in plain digits (`35,976,012`) even in Chinese and Japanese, rather than with
/// 万 / 亿 (億).
pub fn set_plain_digits(plain: bool) {
    PLAIN_DIGITS.store(plain, Ordering::Relaxed);
}

pub fn plain_digits() -> bool {
    PLAIN_DIGITS.load(Ordering::Relaxed)
}

/// The message files, by language (English, Chinese, Japanese): one file per language, in
/// sections by the part of the program that shows them.
pub const MESSAGES: [&str; 3] = [
    include_str!("../../../assets/i18n/en.ftl"),
    include_str!("../../../assets/i18n/zh.ftl"),
    include_str!("../../../assets/i18n/ja.ftl"),
];

fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let mut bundle = FluentBundle::new_concurrent(vec![lang.locale()]);
                // No Unicode isolation marks around values: egui would draw them as boxes.
                bundle.set_use_isolating(false);
                let text = MESSAGES[lang.index()];
                let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
                bundle
            })
            .collect()
    })
}

/// A value handed to a message.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
    /// A text written with the message (in the language in force, whatever `message_in` was
    /// asked for: it is for texts shown now).
    Later(Text),
}

impl Arg<'_> {
    /// The value, owning its text (for a [`Text`] written later).
    pub fn into_owned(self) -> Arg<'static> {
        match self {
            Arg::Text(text) => Arg::Text(Cow::Owned(text.into_owned())),
            Arg::Number(n) => Arg::Number(n),
            Arg::Later(text) => Arg::Later(text),
        }
    }
}

impl From<Text> for Arg<'_> {
    fn from(text: Text) -> Self {
        Arg::Later(text)
    }
}

impl From<&Text> for Arg<'_> {
    fn from(text: &Text) -> Self {
        Arg::Later(text.clone())
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(f64, f32, usize, u64, u32, u16, u8, i64, i32);

/// The message `key` in `lang`, with `args`; English when `lang` lacks it, the key itself when
/// English does too.
pub fn message_in(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundles = bundles();
    for bundle in [&bundles[lang.index()], &bundles[0]] {
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            continue;
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_ref()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Later(text) => FluentValue::from(text.to_string()),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
    }
    key.to_owned()
}

/// The message `key` in the language in force (see [`tr!`](crate::tr)).
pub fn message(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    message_in(language(), key, args)
}

/// The message keys of a message file, in order (for the test that every file has every key).
pub fn keys_of(text: &str) -> Vec<String> {
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The parse errors of a message file, as text (none: it parses).
pub fn parse_errors(text: &str) -> Vec<String> {
    match FluentResource::try_new(text.to_owned()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// A message in the language in force: `tr!("menu-file")`, or with values
/// `tr!("status-rows", count = 1656)` (numbers select plurals; format them with
/// [`big_number`] or [`crate::format`] and pass the text under another name to show them).
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::i18n::message($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// A large number as a reader of the language expects it: in Chinese and Japanese, values of
/// eight digits and more with 万 (10⁴) or 亿 / 億 (10⁸) — `3,597.6万`, `1.23亿` — unless plain
/// digits are asked for; otherwise, and in English, `35,976,012` with `decimals` decimals.
pub fn big_number(value: f64, decimals: usize) -> String {
    big_number_in(language(), plain_digits(), value, decimals)
}

/// [`big_number`] in `lang`.
pub fn big_number_in(lang: Lang, plain: bool, value: f64, decimals: usize) -> String {
    let abs = value.abs();
    let units = match lang {
        Lang::En => None,
        Lang::Zh => Some(("万", "亿")),
        Lang::Ja => Some(("万", "億")),
    };
    match units {
        Some((_, hundred_million)) if !plain && abs >= 1e8 => {
            format!(
                "{}{hundred_million}",
                crate::format::group_thousands(value / 1e8, 2)
            )
        }
        Some((ten_thousand, _)) if !plain && abs >= 1e7 => {
            format!(
                "{}{ten_thousand}",
                crate::format::group_thousands(value / 1e4, 1)
            )
        }
        _ => crate::format::group_thousands(value, decimals),
    }
}

/// A date as a reader of the language writes it: `2024-06-01`, `2024年6月1日`, `2024/6/1`.
pub fn date(day: chrono::NaiveDate) -> String {
    date_in(language(), day)
}

/// [`date`] in `lang`.
pub fn date_in(lang: Lang, day: chrono::NaiveDate) -> String {
    match lang {
        Lang::En => day.format("%Y-%m-%d").to_string(),
        Lang::Zh => day.format("%Y年%-m月%-d日").to_string(),
        Lang::Ja => day.format("%Y/%-m/%-d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_our_languages() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_locale("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_locale("de-DE"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn large_numbers_use_wan_and_yi() {
        assert_eq!(big_number_in(Lang::Zh, false, 35_976_012.0, 0), "3,597.6万");
        assert_eq!(big_number_in(Lang::Ja, false, 35_976_012.0, 0), "3,597.6万");
        assert_eq!(big_number_in(Lang::Zh, false, 123_456_789.0, 0), "1.23亿");
        assert_eq!(big_number_in(Lang::Ja, false, 123_456_789.0, 0), "1.23億");
        assert_eq!(
            big_number_in(Lang::Zh, false, -35_976_012.0, 0),
            "-3,597.6万"
        );
        // Below eight digits, and in English or plain digits, the digits themselves.
        assert_eq!(big_number_in(Lang::Zh, false, 9_999_999.0, 0), "9,999,999");
        assert_eq!(big_number_in(Lang::Zh, true, 35_976_012.0, 0), "35,976,012");
        assert_eq!(
            big_number_in(Lang::En, false, 35_976_012.5, 2),
            "35,976,012.50"
        );
    }

    #[test]
    fn dates_are_written_as_each_reader_writes_them() {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).expect("a date");
        assert_eq!(date_in(Lang::En, day), "2024-06-01");
        assert_eq!(date_in(Lang::Zh, day), "2024年6月1日");
        assert_eq!(date_in(Lang::Ja, day), "2024/6/1");
    }

    #[test]
    fn messages_fall_back_to_english_then_to_the_key() {
        assert_eq!(message_in(Lang::Zh, "no-such-key", &[]), "no-such-key");
        assert_eq!(message_in(Lang::Zh, "menu-file", &[]), "文件");
        assert_eq!(message_in(Lang::Ja, "menu-file", &[]), "ファイル");
        assert_eq!(message_in(Lang::En, "menu-file", &[]), "File");
    }

    #[test]
    fn plurals_follow_each_language() {
        let rows = |lang, n: usize| message_in(lang, "status-rows", &[("count", Arg::from(n))]);
        assert_eq!(rows(Lang::En, 1), "1 row");
        assert_eq!(rows(Lang::En, 2), "2 rows");
        assert_eq!(rows(Lang::Zh, 2), "2 行");
        assert_eq!(rows(Lang::Ja, 1), "1 行");
    }
}
