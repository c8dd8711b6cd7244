//! `clickhouse://` URLs: parsing them into a [`TableUrl`], printing them back, and the
//! percent-encoding of the names in their path.

use std::fmt;

use super::ClickHouseError;
use super::sql::quote_identifier;

/// The HTTP interface's default port.
pub const DEFAULT_PORT: u16 = 8123;

/// A table on a ClickHouse server, as its URL names it. It holds no password.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TableUrl {
    pub tls: bool,
    pub user: String,
    pub host: String,
    pub port: u16,
    pub database: String,
    pub table: String,
}

impl TableUrl {
    /// `None` when `text` is not a ClickHouse URL at all (a file path).
    pub fn parse(text: &str) -> Option<Result<TableUrl, ClickHouseError>> {
        let (tls, rest) = if let Some(rest) = text.strip_prefix("clickhouse://") {
            (false, rest)
        } else if let Some(rest) = text.strip_prefix("clickhouses://") {
            (true, rest)
        } else {
            return None;
        };
        Some(Self::parse_rest(text, tls, rest))
    }

    fn parse_rest(text: &str, tls: bool, rest: &str) -> Result<TableUrl, ClickHouseError> {
        let bad = |reason: crate::i18n::Text| ClickHouseError::BadUrl {
            url: redact(text),
            reason,
        };
        let (authority, path) = rest
            .split_once('/')
            .ok_or_else(|| bad(crate::text!("ch-url-expected-form")))?;
        let (user, host_port) = match authority.rsplit_once('@') {
            Some((user, host)) => (user, host),
            None => ("default", authority),
        };
        if user.contains(':') {
            return Err(ClickHouseError::PasswordInUrl { url: redact(text) });
        }
        // `[::1]:8123` is an IPv6 address and a port; the brackets are not part of the host.
        let (host, port) = match host_port.strip_prefix('[') {
            Some(bracketed) => {
                let (host, rest) = bracketed
                    .split_once(']')
                    .ok_or_else(|| bad(crate::text!("ch-url-ipv6-bracket")))?;
                (host, rest.strip_prefix(':').unwrap_or(rest))
            }
            None => match host_port.split_once(':') {
                Some((host, port)) => (host, port),
                None => (host_port, ""),
            },
        };
        let port = if port.is_empty() {
            DEFAULT_PORT
        } else {
            port.parse::<u16>()
                .map_err(|_| bad(crate::text!("ch-url-bad-port", port = port)))?
        };
        if host.is_empty() {
            return Err(bad(crate::text!("ch-url-no-host")));
        }
        let parts: Vec<&str> = path.split('/').collect();
        let [database, table] = parts.as_slice() else {
            return Err(bad(crate::text!("ch-url-expected-path")));
        };
        let (database, table) = (decode_percent(database), decode_percent(table));
        if database.is_empty() || table.is_empty() {
            return Err(bad(crate::text!("ch-url-expected-path")));
        }
        Ok(TableUrl {
            tls,
            user: if user.is_empty() {
                "default".to_owned()
            } else {
                decode_percent(user)
            },
            host: host.to_owned(),
            port,
            database,
            table,
        })
    }

    /// The server, for messages and for remembering a password: `default@db1:8123`.
    pub fn server(&self) -> String {
        format!("{}@{}:{}", self.user, self.bracketed_host(), self.port)
    }

    /// `db.table`, as people write it.
    pub fn table_name(&self) -> String {
        format!("{}.{}", self.database, self.table)
    }

    /// The table's name in SQL: `` `db`.`table` ``.
    pub(super) fn sql_table(&self) -> String {
        format!(
            "{}.{}",
            quote_identifier(&self.database),
            quote_identifier(&self.table)
        )
    }

    pub(super) fn endpoint(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}:{}/", self.bracketed_host(), self.port)
    }

    /// The host as a URL writes it: an IPv6 address in brackets.
    fn bracketed_host(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        }
    }
}

impl fmt::Display for TableUrl {
    /// The URL, without any password (there is none to leave out: it is refused in URLs).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls {
            "clickhouses"
        } else {
            "clickhouse"
        };
        write!(
            f,
            "{scheme}://{}@{}:{}/{}/{}",
            encode_percent(&self.user),
            self.bracketed_host(),
            self.port,
            encode_percent(&self.database),
            encode_percent(&self.table)
        )
    }
}

/// `%xx` sequences decoded (a table name with a `/` or a space in a URL); invalid ones kept.
fn decode_percent(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The reverse of [`decode_percent`] for what cannot stand in a URL's path as it is
/// (non-ASCII letters stay as they are, as browsers show them).
fn encode_percent(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._~$!()*+,;=".contains(c) || !c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("%{:02X}", c as u32));
        }
    }
    out
}

/// A URL as given, with anything between `://` and `@` after a `:` (a password) blanked: for
/// the message that refuses it.
fn redact(text: &str) -> String {
    let Some((scheme, rest)) = text.split_once("://") else {
        return text.to_owned();
    };
    match rest.split_once('/').unwrap_or((rest, "")) {
        (authority, path) if authority.contains('@') => {
            let (userinfo, host) = authority.rsplit_once('@').unwrap_or(("", authority));
            let user = userinfo.split(':').next().unwrap_or("");
            let hidden = if userinfo.contains(':') { ":***" } else { "" };
            format!("{scheme}://{user}{hidden}@{host}/{path}")
        }
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::clickhouse::PASSWORD_VARIABLE;

    #[test]
    fn urls_parse_with_defaults_and_refuse_passwords() {
        let url = TableUrl::parse("clickhouse://db1/ads/daily")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!(
            (url.user.as_str(), url.host.as_str(), url.port, url.tls),
            ("default", "db1", DEFAULT_PORT, false)
        );
        assert_eq!(url.table_name(), "ads.daily");
        let url = TableUrl::parse("clickhouses://ana@db1:8443/ads/my%20table")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!((url.user.as_str(), url.port, url.tls), ("ana", 8443, true));
        assert_eq!(url.table, "my table");
        assert_eq!(url.to_string(), "clickhouses://ana@db1:8443/ads/my%20table");
        let odd = TableUrl::parse("clickhouse://db1/广告/a%60b%2Fc'd")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!(odd.table, "a`b/c'd");
        assert_eq!(
            odd.to_string(),
            "clickhouse://default@db1:8123/广告/a%60b%2Fc%27d"
        );
        let again = TableUrl::parse(&odd.to_string())
            .expect("a URL")
            .expect("valid");
        assert_eq!(again, odd);
        assert!(TableUrl::parse("/data/report.csv").is_none());
        let v6 = TableUrl::parse("clickhouse://[::1]:9000/a/b")
            .expect("a ClickHouse URL")
            .expect("valid");
        assert_eq!((v6.host.as_str(), v6.port), ("::1", 9000));
        assert_eq!(v6.endpoint(), "http://[::1]:9000/");
        assert_eq!(v6.to_string(), "clickhouse://default@[::1]:9000/a/b");
        assert_eq!(
            TableUrl::parse("clickhouse://[::1]/a/b")
                .and_then(Result::ok)
                .map(|u| u.port),
            Some(DEFAULT_PORT)
        );
        let err = TableUrl::parse("clickhouse://ana:hunter2@db1/ads/t")
            .expect("a ClickHouse URL")
            .expect_err("password refused");
        assert!(!err.to_string().contains("hunter2"), "{err}");
        assert!(err.to_string().contains(PASSWORD_VARIABLE), "{err}");
        for bad in [
            "clickhouse://db1",
            "clickhouse://db1/ads",
            "clickhouse://db1:port/a/b",
            "clickhouse:///a/b",
            "clickhouse://db1/a/b/c",
        ] {
            assert!(
                matches!(
                    TableUrl::parse(bad),
                    Some(Err(ClickHouseError::BadUrl { .. }))
                ),
                "{bad}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_is_refused_without_a_panic(
            tail in "\\PC{0,40}|(\\PC{0,6}@)?\\PC{1,8}(:[0-9]{1,5})?/\\PC{1,8}/\\PC{1,8}"
        ) {
            for scheme in ["clickhouse://", "clickhouses://"] {
                let text = format!("{scheme}{tail}");
                if let Some(Ok(url)) = TableUrl::parse(&text) {
                    // What parses prints as a URL that parses to the same table.
                    let again = TableUrl::parse(&url.to_string());
                    proptest::prop_assert_eq!(again, Some(Ok(url)));
                }
            }
        }
    }
}
