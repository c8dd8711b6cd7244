//! A text for people kept unwritten until it is shown, so that it reads in the language in
//! force then: an error or a status line already on screen follows a change of language at
//! once, instead of staying in the language it was made in.

use std::fmt;
use std::sync::Arc;

use super::{Arg, message};

/// A text written when it is shown (or printed), in the language in force then. Clones share
/// the text; equality compares what they say now.
#[derive(Clone)]
pub struct Text(Written);

#[derive(Clone)]
enum Written {
    /// The same in every language: a path, a server's own message, an operating system's.
    Fixed(Arc<str>),
    /// Written anew each time: a message, a typed error's `Display`.
    Lazily(Arc<dyn Fn() -> String + Send + Sync>),
}

impl Text {
    /// A text written by `write` each time it is shown (`write` calls [`tr!`](crate::tr) or a
    /// `Display` that does).
    pub fn new(write: impl Fn() -> String + Send + Sync + 'static) -> Text {
        Text(Written::Lazily(Arc::new(write)))
    }

    /// A text that reads the same in every language: a path, a server's message, an error of
    /// the operating system or of a library that only speaks English.
    pub fn fixed(text: impl Into<String>) -> Text {
        Text(Written::Fixed(Arc::from(text.into())))
    }

    /// What `value` displays, written each time (a typed error's `Display` speaks the
    /// language in force).
    pub fn display(value: impl fmt::Display + Send + Sync + 'static) -> Text {
        Text::new(move || value.to_string())
    }

    /// The message `key` with `args` (see [`text!`](crate::text)).
    pub fn message(key: &'static str, args: Vec<(&'static str, Arg<'static>)>) -> Text {
        Text::new(move || message(key, &args))
    }

    /// Is this the very same text (a clone of it), not merely one that says the same?
    pub fn is(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            (Written::Fixed(a), Written::Fixed(b)) => Arc::ptr_eq(a, b),
            (Written::Lazily(a), Written::Lazily(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Does it say nothing (now)?
    pub fn is_empty(&self) -> bool {
        match &self.0 {
            Written::Fixed(text) => text.is_empty(),
            Written::Lazily(write) => write().is_empty(),
        }
    }
}

impl Default for Text {
    /// Nothing to say.
    fn default() -> Self {
        Text::fixed(String::new())
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Written::Fixed(text) => f.write_str(text),
            Written::Lazily(write) => f.write_str(&write()),
        }
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_string(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.is(other) || self.to_string() == other.to_string()
    }
}

/// A [`Text`] from a message, written when shown: `text!("app-error-plan", message = …)`,
/// the values as for [`tr!`](crate::tr) (taken now; a [`Text`] among them is written with
/// the message).
#[macro_export]
macro_rules! text {
    ($key:literal) => {
        $crate::i18n::Text::message($key, ::std::vec::Vec::new())
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Text::message(
            $key,
            ::std::vec![$((stringify!($name), $crate::i18n::Arg::from($value).into_owned())),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, message_in};

    /// A text made in one language and shown after a change of language reads in the new
    /// one (`message_in` stands in for the language in force, which other tests share).
    #[test]
    fn a_message_is_written_when_shown() {
        let plan = crate::text!("app-error-plan", message = Text::fixed("x"));
        assert_eq!(
            plan.to_string(),
            message_in(
                crate::i18n::language(),
                "app-error-plan",
                &[("message", Arg::from("x"))]
            )
        );
        let nested = Text::new(|| message_in(Lang::Ja, "menu-file", &[]));
        let outer = crate::text!("app-error-plan", message = &nested);
        assert!(outer.to_string().contains("ファイル"), "{outer}");
        assert!(plan.is(&plan.clone()) && !plan.is(&crate::text!("app-error-plan", message = "x")));
        assert_eq!(Text::default().to_string(), "");
        assert!(Text::default().is_empty());
    }
}
