//! Text encoding detection: Chinese Excel writes GBK with no BOM, web consoles write UTF-8 with
//! a BOM, Excel's "Unicode text" is UTF-16. Polars reads UTF-8 only, so everything else is
//! transcoded first.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The encoding a file was read with, reported to the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// GBK and its superset GB18030 (decoded as GB18030).
    Gbk,
    /// Big5 (Traditional Chinese).
    Big5,
    /// Shift_JIS as Windows writes it (CP932): Excel's CSV on Japanese Windows.
    ShiftJis,
    /// Another legacy encoding guessed by the detector (label from the WHATWG list).
    Other(String),
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with BOM",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Gbk => "GBK/GB18030",
            TextEncoding::Big5 => "Big5",
            TextEncoding::ShiftJis => "Shift_JIS/CP932",
            TextEncoding::Other(name) => name.as_str(),
        })
    }
}

impl TextEncoding {
    /// The decoder of a legacy encoding; `None` for UTF-8 and UTF-16, which are read otherwise.
    pub(crate) fn legacy_decoder(&self) -> Option<&'static encoding_rs::Encoding> {
        match self {
            TextEncoding::Gbk => Some(encoding_rs::GB18030),
            TextEncoding::Big5 => Some(encoding_rs::BIG5),
            TextEncoding::ShiftJis => Some(encoding_rs::SHIFT_JIS),
            TextEncoding::Other(label) => encoding_rs::Encoding::for_label(label.as_bytes()),
            TextEncoding::Utf8
            | TextEncoding::Utf8Bom
            | TextEncoding::Utf16Le
            | TextEncoding::Utf16Be => None,
        }
    }
}

/// Why bytes could not be turned into text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeProblem {
    /// A NUL byte where text has none: a binary file (spreadsheet, image, archive).
    Binary { offset: usize },
    /// The detected encoding could not decode the bytes without many replacement characters.
    Undecodable { encoding: TextEncoding },
}

/// Decodes bytes as text, borrowing when they already are UTF-8 (the common, fast case).
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, TextEncoding), DecodeProblem> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(text) => Ok((Cow::Borrowed(text), TextEncoding::Utf8Bom)),
            Err(_) => lossy(encoding_rs::UTF_8, rest, TextEncoding::Utf8Bom),
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return lossy(encoding_rs::UTF_16LE, rest, TextEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return lossy(encoding_rs::UTF_16BE, rest, TextEncoding::Utf16Be);
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if let Some(offset) = head.iter().position(|&b| b == 0) {
        return Err(DecodeProblem::Binary { offset });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((Cow::Borrowed(text), TextEncoding::Utf8));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(
        &bytes[..bytes.len().min(1024 * 1024)],
        bytes.len() <= 1024 * 1024,
    );
    // `.cn` steers ties towards Simplified Chinese, which is where our exports come from.
    let guess = detector.guess(Some(b"cn"), true);
    let double_byte = [
        encoding_rs::GBK,
        encoding_rs::GB18030,
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_JP,
    ];
    let (encoding, label) = if double_byte.contains(&guess) {
        // GBK or Shift_JIS: the hint favours GBK, so both decodes are scored by the headers
        // they make recognisable (`費用(円)` read as GBK is `旓梡(墌)`), then by how few
        // characters fail; a tie goes to what the detector says without the hint.
        let unhinted = detector.guess(None, true);
        let japanese_first = unhinted == encoding_rs::SHIFT_JIS || unhinted == encoding_rs::EUC_JP;
        let score = |encoding: &'static encoding_rs::Encoding| {
            let (text, _) =
                encoding.decode_without_bom_handling(&bytes[..bytes.len().min(64 * 1024)]);
            let failed = text.chars().filter(|&c| c == '\u{fffd}').count();
            (recognised_headers(&text), std::cmp::Reverse(failed))
        };
        let (gbk, sjis) = (score(encoding_rs::GB18030), score(encoding_rs::SHIFT_JIS));
        if sjis > gbk || (sjis == gbk && japanese_first) {
            (encoding_rs::SHIFT_JIS, TextEncoding::ShiftJis)
        } else {
            (encoding_rs::GB18030, TextEncoding::Gbk)
        }
    } else if guess == encoding_rs::BIG5 {
        (encoding_rs::BIG5, TextEncoding::Big5)
    } else if guess == encoding_rs::UTF_8 {
        (encoding_rs::UTF_8, TextEncoding::Utf8)
    } else {
        (guess, TextEncoding::Other(guess.name().to_owned()))
    };
    lossy(encoding, bytes, label)
}

/// How many cells of the first lines read as a known header (any of `,`, tab, `;` apart).
fn recognised_headers(text: &str) -> usize {
    text.lines()
        .take(30)
        .map(|line| {
            [',', '\t', ';']
                .iter()
                .map(|sep| {
                    line.split(*sep)
                        .filter(|cell| {
                            crate::data::schema::recognize_header(cell.trim_matches('"')).is_some()
                        })
                        .count()
                })
                .max()
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0)
}

/// Decodes with replacement, refusing the result when more than 1 % of characters were invalid.
fn lossy(
    encoding: &'static encoding_rs::Encoding,
    bytes: &[u8],
    label: TextEncoding,
) -> Result<(Cow<'static, str>, TextEncoding), DecodeProblem> {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let replaced = text.chars().filter(|&c| c == '\u{fffd}').count();
    if replaced > 0 && replaced * 100 > text.chars().count() {
        return Err(DecodeProblem::Undecodable { encoding: label });
    }
    if let Some(offset) = text.find('\0') {
        return Err(DecodeProblem::Binary { offset });
    }
    Ok((Cow::Owned(text.into_owned()), label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_and_bom_is_stripped() {
        let (text, enc) = decode("日期,花费\n".as_bytes()).unwrap();
        assert!(matches!(text, Cow::Borrowed(_)));
        assert_eq!(enc, TextEncoding::Utf8);
        let (text, enc) = decode(b"\xEF\xBB\xBFa,b\n").unwrap();
        assert_eq!(text, "a,b\n");
        assert_eq!(enc, TextEncoding::Utf8Bom);
    }

    #[test]
    fn gbk_without_bom_is_detected() {
        let src = "日期,广告版位,花费(元),点击次数\n2024-09-01,朋友圈,\"1,234.50\",88\n合计,,\"1,234.50\",88\n";
        let (bytes, _, _) = encoding_rs::GBK.encode(src);
        assert!(std::str::from_utf8(&bytes).is_err());
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(enc, TextEncoding::Gbk);
        assert_eq!(text, src);
    }

    #[test]
    fn shift_jis_is_told_from_gbk_by_the_headers_it_makes() {
        let src = "日付,媒体,費用(円),インプレッション,クリック数,コンバージョン,売上\n\
                   2024/9/1,LINE広告,\"12,000\",50000,800,12,\"36,000\"\n";
        let (bytes, _, bad) = encoding_rs::SHIFT_JIS.encode(src);
        assert!(!bad);
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(enc, TextEncoding::ShiftJis);
        assert_eq!(text, src);
        // A Chinese export stays GBK.
        let src = "日期,广告版位,花费(元),点击次数\n2024-09-01,朋友圈,100,8\n";
        let (bytes, _, _) = encoding_rs::GBK.encode(src);
        assert_eq!(decode(&bytes).unwrap().1, TextEncoding::Gbk);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "渠道\t花费\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(
            (text.as_ref(), enc),
            ("渠道\t花费\n", TextEncoding::Utf16Le)
        );
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(decode(png), Err(DecodeProblem::Binary { offset: 8 }));
    }
}
