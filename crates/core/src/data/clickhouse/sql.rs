//! SQL text: identifiers and literals quoted for ClickHouse, values of its TabSeparated
//! answers unescaped, and its column types classified.

/// `` `name` `` with backslashes and back quotes escaped: any text is one identifier.
pub fn quote_identifier(name: &str) -> String {
    quote(name, '`')
}

/// `'value'` with backslashes and single quotes escaped: any text is one string literal.
pub fn quote_string(value: &str) -> String {
    quote(value, '\'')
}

/// ClickHouse's quoting, understood since its first releases: a backslash escapes the next
/// character, `\xHH` is a byte; control characters are written as bytes so no line ends
/// inside a literal.
fn quote(text: &str, mark: char) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(mark);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c == mark => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(mark);
    out
}

/// One value of ClickHouse's TabSeparated format: `\N` is null; escapes undone.
pub(super) fn unescape_tsv(field: &str) -> Option<String> {
    if field == "\\N" {
        return None;
    }
    if !field.contains('\\') {
        return Some(field.to_owned());
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    Some(out)
}

/// A column's ClickHouse type, as far as the load cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Date,
    DateTime,
    Number,
    Text,
    Other,
}

pub(super) fn kind_of(column_type: &str) -> Kind {
    let mut t = column_type.trim();
    while let Some(inner) = ["Nullable(", "LowCardinality("]
        .iter()
        .find_map(|wrapper| t.strip_prefix(wrapper)?.strip_suffix(')'))
    {
        t = inner;
    }
    if t == "Date" {
        Kind::Date
    } else if t.starts_with("DateTime") {
        Kind::DateTime
    } else if ["Int", "UInt", "Float", "Decimal"]
        .iter()
        .any(|p| t.starts_with(p))
    {
        Kind::Number
    } else if t == "String" || t.starts_with("FixedString") || t.starts_with("Enum") {
        Kind::Text
    } else {
        Kind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_every_way_out_of_a_literal() {
        assert_eq!(quote_identifier("spend"), "`spend`");
        assert_eq!(quote_identifier("a`b"), "`a\\`b`");
        assert_eq!(quote_identifier("a\\`b"), "`a\\\\\\`b`");
        assert_eq!(quote_string("it's"), "'it\\'s'");
        assert_eq!(quote_string("a\\"), "'a\\\\'");
        assert_eq!(quote_string("x\ny\0"), "'x\\x0Ay\\x00'");
        assert_eq!(quote_string("渠道"), "'渠道'");
    }

    #[test]
    fn tsv_values_are_unescaped() {
        assert_eq!(unescape_tsv("\\N"), None);
        assert_eq!(
            unescape_tsv("a\\tb\\\\c\\nd").as_deref(),
            Some("a\tb\\c\nd")
        );
        assert_eq!(unescape_tsv("it\\'s").as_deref(), Some("it's"));
    }

    #[test]
    fn types_are_classified_through_wrappers() {
        assert_eq!(kind_of("Nullable(Decimal(18, 2))"), Kind::Number);
        assert_eq!(kind_of("LowCardinality(Nullable(String))"), Kind::Text);
        assert_eq!(kind_of("DateTime('Asia/Shanghai')"), Kind::DateTime);
        assert_eq!(kind_of("Date"), Kind::Date);
        assert_eq!(kind_of("Array(UInt8)"), Kind::Other);
    }
}
