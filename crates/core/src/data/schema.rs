//! Canonical columns and how export headers map onto them.
//!
//! Ad platforms name the same quantity a dozen ways (`花费(元)`, `消耗（元）`, `Spend ($)`, `cost`).
//! Recognition normalises a header (case, whitespace, BOM, a trailing unit in parentheses) and
//! then looks it up *exactly* in an alias list, so that a rate such as `点击率` or `CTR` can never
//! be taken for the count it is a rate of.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Largest day-N retention we accept (`retained_d365`). Beyond that a header is not retention.
pub const MAX_RETENTION_DAY: u16 = 365;

/// A canonical column of ROI Lens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Field {
    Date,
    Channel,
    Campaign,
    Spend,
    Impressions,
    Clicks,
    Conversions,
    Revenue,
    NewUsers,
    /// Users of a day's cohort still active on day N (a count).
    Retained(u16),
}

impl Field {
    /// The fields that are not retention, in output order.
    pub const BASIC: [Field; 9] = [
        Field::Date,
        Field::Channel,
        Field::Campaign,
        Field::Spend,
        Field::Impressions,
        Field::Clicks,
        Field::Conversions,
        Field::Revenue,
        Field::NewUsers,
    ];

    /// Count-like fields that are summed over a group.
    pub fn is_numeric(self) -> bool {
        !matches!(self, Field::Date | Field::Channel | Field::Campaign)
    }

    /// Text fields that identify a row (and are where totals rows say `合计`).
    pub fn is_key(self) -> bool {
        matches!(self, Field::Channel | Field::Campaign)
    }

    /// Spend and revenue: the fields counted in money.
    pub fn is_money(self) -> bool {
        matches!(self, Field::Spend | Field::Revenue)
    }

    /// The canonical column name (`spend`, `retained_d7`).
    pub fn name(self) -> String {
        match self {
            Field::Retained(n) => format!("retained_d{n}"),
            other => other.static_name().to_owned(),
        }
    }

    /// The field named for people, in the language in force: in a table header or a
    /// sentence (`no spend column found`). In English it is the canonical name itself.
    pub fn label(self) -> String {
        self.label_in(crate::i18n::language())
    }

    /// [`label`](Self::label) in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Arg, message_in};
        match self {
            Field::Date => message_in(lang, "core-field-date", &[]),
            Field::Channel => message_in(lang, "core-field-channel", &[]),
            Field::Campaign => message_in(lang, "core-field-campaign", &[]),
            Field::Spend => message_in(lang, "core-field-spend", &[]),
            Field::Impressions => message_in(lang, "core-field-impressions", &[]),
            Field::Clicks => message_in(lang, "core-field-clicks", &[]),
            Field::Conversions => message_in(lang, "core-field-conversions", &[]),
            Field::Revenue => message_in(lang, "core-field-revenue", &[]),
            Field::NewUsers => message_in(lang, "core-field-new-users", &[]),
            Field::Retained(n) => message_in(
                lang,
                "core-field-retained",
                &[("day", Arg::from(n.to_string()))],
            ),
        }
    }

    fn static_name(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Channel => "channel",
            Field::Campaign => "campaign",
            Field::Spend => "spend",
            Field::Impressions => "impressions",
            Field::Clicks => "clicks",
            Field::Conversions => "conversions",
            Field::Revenue => "revenue",
            Field::NewUsers => "new_users",
            Field::Retained(_) => "retained",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl From<Field> for String {
    fn from(field: Field) -> Self {
        field.name()
    }
}

impl TryFrom<String> for Field {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl Field {
    /// Parses a canonical column name only (`spend`, `retained_d7`), never an alias: the
    /// stacked frame's `source` column must not read as the `source` alias of channel.
    pub fn from_canonical(name: &str) -> Option<Field> {
        if let Some(field) = Field::BASIC.into_iter().find(|f| f.static_name() == name) {
            return Some(field);
        }
        name.strip_prefix("retained_d")
            .and_then(|n| n.parse::<u16>().ok())
            .filter(|n| (1..=MAX_RETENTION_DAY).contains(n))
            .map(Field::Retained)
    }
}

impl FromStr for Field {
    type Err = String;

    /// Parses a canonical name (`spend`, `retained_d7`) or any recognised alias.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let canonical = normalize_header(s).replace(' ', "_");
        if let Some(field) = Field::from_canonical(&canonical) {
            return Ok(field);
        }
        match recognize_header(s) {
            Some(Recognized::Field(field)) => Ok(field),
            _ => Err(format!(
                "unknown field `{s}`; expected one of date, channel, campaign, spend, impressions, \
                 clicks, conversions, revenue, new_users, retained_dN"
            )),
        }
    }
}

/// What a header was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recognized {
    /// A column holding the field itself.
    Field(Field),
    /// A day-N retention *rate* (`次留率`, `D7 retention`), turned into a count with new users.
    RetentionRate(u16),
    /// A platform's ROI or ROAS: revenue ÷ spend per row, turned into revenue with spend when
    /// the file has no revenue column.
    ReturnOnSpend,
}

impl Recognized {
    /// The canonical field this column ends up feeding.
    pub fn field(self) -> Field {
        match self {
            Recognized::Field(field) => field,
            Recognized::RetentionRate(n) => Field::Retained(n),
            Recognized::ReturnOnSpend => Field::Revenue,
        }
    }
}

/// Every header ROI Lens reads as a field, the one table of them: generic names first, then
/// each platform's own default-download names (Meta Ads Manager, Google Ads, TikTok Ads
/// Manager, Tencent Ads, Ocean Engine / Qianchuan, Kuaishou Magnetic, Xiaohongshu Juguang,
/// Baidu, Alimama) and Japanese exports (agency sheets, Yahoo! 広告, LINE広告). Matched after
/// [`normalize_header`]; a name with brackets that are part of it (`Clicks (all)`) is written
/// with them.
const ALIASES: &[(Field, &[&str])] = &[
    (
        Field::Date,
        &[
            "date",
            "day",
            "日期",
            "时间",
            "统计日期",         // generic, Chinese
            "reporting starts", // Meta (period start)
            "日付",
            "日",
            "集計日", // Japanese
        ],
    ),
    (
        Field::Channel,
        &[
            "channel",
            "platform",
            "placement",
            "media",
            "source", // generic
            "渠道",
            "媒体",
            "平台",
            "版位",
            "广告版位",
            "投放平台",
            "投放渠道",
            "媒体渠道",
            "媒体名",
            "チャネル",
            "チャネル名",
            "チャンネル",
            "媒体名称", // Japanese
        ],
    ),
    (
        Field::Campaign,
        &[
            "campaign",
            "campaign name",
            "plan", // generic, Meta, Google, TikTok
            "计划",
            "广告计划",
            "推广计划",
            "计划名称",
            "广告计划名称",
            "推广计划名称",
            "广告组名称", // Kuaishou, Ocean Engine
            "キャンペーン",
            "キャンペーン名", // Japanese
        ],
    ),
    (
        Field::Spend,
        &[
            "spend",
            "cost",
            "amount spent",
            "total cost", // generic, Meta, Google, TikTok
            "消费",
            "花费",
            "消耗",
            "投放金额",
            "总花费",
            "总消耗", // Baidu, Tencent, Ocean Engine
            "费用",
            "广告费",
            "消耗金额", // Kuaishou, Xiaohongshu
            "費用",
            "広告費",
            "ご利用額",
            "コスト",
            "利用金額",
            "消化金額", // Japanese
        ],
    ),
    (
        Field::Impressions,
        &[
            "impressions",
            "impr",
            "imps",
            "views", // generic, Meta, Google
            "曝光",
            "曝光次数",
            "曝光量",
            "曝光数",
            "展示",
            "展示数",
            "展现量",
            "展示次数",
            "展现",
            "展现数", // Baidu, Xiaohongshu
            "インプレッション",
            "インプレッション数",
            "表示回数",
            "imp",
            "imp数", // Japanese
        ],
    ),
    (
        Field::Clicks,
        &[
            "clicks",
            "link clicks",
            "clicks (all)",         // generic, Meta
            "clicks (destination)", // TikTok
            "点击",
            "点击数",
            "点击次数",
            "点击量",
            "クリック",
            "クリック数", // Japanese
        ],
    ),
    (
        Field::Conversions,
        &[
            "conversions",
            "orders",
            "purchases",
            "website purchases", // generic, Meta
            "转化",
            "转化数",
            "转化次数",
            "订单数",
            "转化量",
            "目标转化量",
            "转化目标量", // Tencent Ads
            "付费次数",
            "成交订单数",
            "成交订单量", // Ocean Engine / Qianchuan
            "总成交笔数",
            "成交笔数", // Alimama
            "コンバージョン",
            "コンバージョン数",
            "cv",
            "cv数", // Japanese
        ],
    ),
    (
        Field::Revenue,
        &[
            "revenue",
            "gmv",
            "sales",
            "conversion value",
            "conv value", // generic, Google
            "total conversion value",
            "purchase value",
            "purchases conversion value",
            "website purchases conversion value", // Meta
            "total purchase value",               // TikTok
            "成交金额",
            "下单金额",
            "销售额",
            "支付金额",
            "收入",
            "成交额",
            "付费金额",
            "整体成交金额",
            "总成交金额", // Ocean Engine / Qianchuan, Alimama
            "売上",
            "売上金額",
            "売上高",
            "収益", // Japanese
        ],
    ),
    (
        Field::NewUsers,
        &[
            "new users",
            "installs",
            "activations", // generic
            "新增",
            "新增用户",
            "激活数",
            "新用户",
            "新增用户数",
            "新規ユーザー",
            "インストール",
            "インストール数", // Japanese
        ],
    ),
];

/// The end of the period a row covers (Meta's `Reporting ends`): rows whose end is not their
/// start cover periods, not days.
const PERIOD_ENDS: &[&str] = &[
    "reporting ends",
    "end date",
    "结束日期",
    "结束时间",
    "終了日",
];

/// Is this header the end of a row's period?
pub fn is_period_end(raw: &str) -> bool {
    PERIOD_ENDS.contains(&normalize_header(raw).as_str())
}

/// A platform's own return on ad spend (`投入产出比`, `ROI`, Meta's `Purchase ROAS (return on ad
/// spend)`): where a file has no revenue column, revenue = this × spend, row by row.
const RETURN_ON_SPEND: &[&str] = &[
    "roi",
    "roas",
    "投入产出比",
    "广告投入产出比",
    "purchase roas (return on ad spend)",
    "website purchase roas (return on ad spend)",
    "roas (return on ad spend)",
    "費用対効果",
];

/// What a header's bracketed unit says about its cells.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    /// No unit, or one that changes nothing (`元`, `$`, `次`).
    Plain,
    /// Values are in ten-thousands (`万元`, `万次`): multiply by 10,000.
    TenThousand,
    /// Values are percentages without a sign (`留存率(%)`: `35.2` is 35.2 %).
    Percent,
    /// Money in hundredths (`花费(分)`, `cost (fen)`, `revenue (cents)`: `12345` is 123.45);
    /// the Tencent Marketing API reports cost in fen. Only a money field may carry it.
    Cent,
}

impl Unit {
    /// The factor that turns a plain cell into the field's own unit.
    pub fn scale(self) -> f64 {
        match self {
            Unit::Plain => 1.0,
            Unit::TenThousand => 10_000.0,
            Unit::Percent | Unit::Cent => 0.01,
        }
    }

    /// The factor for a column feeding `field`: hundredths scale money only.
    pub fn scale_for(self, field: Field) -> f64 {
        match self {
            Unit::Cent if !field.is_money() => 1.0,
            unit => unit.scale(),
        }
    }
}

/// Units in brackets that say money is counted in hundredths of the currency.
const CENT_UNITS: &[&str] = &["分", "fen", "cents", "cent"];

/// Units that may follow a header in brackets without changing what it counts.
const PLAIN_UNITS: &[&str] = &[
    "元",
    "人民币",
    "rmb",
    "cny",
    "¥",
    "￥",
    "$",
    "usd",
    "us$",
    "円",
    "jpy",
    "eur",
    "€",
    "hkd",
    "twd",
    "krw",
    "gbp",
    "次",
    "个",
    "人",
    "人次",
    "条",
    "单",
    "笔",
    "位",
    "户",
    "pv",
    "uv",
];

/// Splits a header into its name and its bracketed unit: `消耗（万元）` → (`消耗`, `万元`).
fn split_unit(raw: &str) -> (String, Option<String>) {
    let s = raw.trim_start_matches('\u{feff}').trim().to_lowercase();
    for (open, close) in [('(', ')'), ('（', '）'), ('[', ']'), ('【', '】')] {
        if s.ends_with(close)
            && let Some(start) = s.rfind(open)
            && start > 0
        {
            let unit = s[start + open.len_utf8()..s.len() - close.len_utf8()].trim();
            return (s[..start].to_owned(), Some(unit.to_owned()));
        }
    }
    (s, None)
}

/// Reads a bracketed unit; `None` when the brackets say something else (`花费(占比)`,
/// `收入(人均)`), in which case the column is not the plain field.
fn read_unit(unit: Option<&str>) -> Option<Unit> {
    let Some(unit) = unit else {
        return Some(Unit::Plain);
    };
    if unit == "%" || unit == "％" {
        return Some(Unit::Percent);
    }
    if CENT_UNITS.contains(&unit) {
        return Some(Unit::Cent);
    }
    if let Some(rest) = unit.strip_prefix('万') {
        return (rest.is_empty() || PLAIN_UNITS.contains(&rest)).then_some(Unit::TenThousand);
    }
    PLAIN_UNITS.contains(&unit).then_some(Unit::Plain)
}

/// The unit a header declares (`Plain` when none or unknown).
pub fn header_unit(raw: &str) -> Unit {
    read_unit(split_unit(raw).1.as_deref()).unwrap_or(Unit::Plain)
}

fn fold_spaces(s: &str) -> String {
    let spaced: String = s
        .chars()
        .filter(|c| *c != '.')
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Normalises a header for matching: drops a BOM and surrounding whitespace, lower-cases ASCII,
/// removes one trailing unit in ASCII or full-width parentheses or brackets (`花费(元)`,
/// `消耗（元）`, `Spend ($)`, `Revenue [USD]`), and turns `_`, `-` and runs of whitespace into
/// single spaces.
pub fn normalize_header(raw: &str) -> String {
    fold_spaces(&split_unit(raw).0)
}

/// Recognises an export header, or `None` for a column ROI Lens does not use (including every
/// rate that is not a retention rate: `点击率`, `CTR`, `转化率`, `ROI`).
pub fn recognize_header(raw: &str) -> Option<Recognized> {
    // Names whose brackets are part of them (`Clicks (all)`, `Purchase ROAS (return on ad
    // spend)`) before a bracket is read as a unit.
    let whole = fold_spaces(&raw.trim_start_matches('\u{feff}').trim().to_lowercase());
    if let Some(found) = recognize_name(&whole) {
        return Some(found);
    }
    let (name, unit) = split_unit(raw);
    let unit = read_unit(unit.as_deref())?;
    let norm = fold_spaces(&name);
    if norm.is_empty() {
        return None;
    }
    let recognized = recognize_name(&norm).or_else(|| recognize_retention(&norm))?;
    // `(分)` after a count is something else (a score, minutes), not the plain field.
    (unit != Unit::Cent || recognized.field().is_money()).then_some(recognized)
}

/// A normalised name in the alias table, or a return on spend.
fn recognize_name(norm: &str) -> Option<Recognized> {
    ALIASES
        .iter()
        .find(|(_, aliases)| aliases.contains(&norm))
        .map(|(field, _)| Recognized::Field(*field))
        .or_else(|| {
            RETURN_ON_SPEND
                .contains(&norm)
                .then_some(Recognized::ReturnOnSpend)
        })
}

/// Day-N retention headers, counts and rates, English and Chinese.
fn recognize_retention(norm: &str) -> Option<Recognized> {
    let valid = |n: u16| (1..=MAX_RETENTION_DAY).contains(&n).then_some(n);
    // Chinese: 次留 / 次日留存 (N = 1), N日留存, each followed by 数 (count) or 率 (rate).
    let zh = |stem: &str| -> Option<u16> {
        if stem == "次留" || stem == "次日留存" {
            return Some(1);
        }
        let day = stem.strip_suffix("日留存")?;
        valid(day.parse().ok()?)
    };
    if let Some(n) = norm
        .strip_suffix("人数")
        .or_else(|| norm.strip_suffix('数'))
        .and_then(zh)
    {
        return Some(Recognized::Field(Field::Retained(n)));
    }
    if let Some(n) = norm.strip_suffix('率').and_then(zh) {
        return Some(Recognized::RetentionRate(n));
    }
    // English: words around a day number, e.g. "retained d7", "d7 retained", "day 7 retained",
    // "d7 retention", "day 7 retention rate", "retention d30".
    let words: Vec<&str> = norm.split(' ').collect();
    let day_of = |w: &[&str]| -> Option<u16> {
        match w {
            [d] => valid(
                d.strip_prefix("day")
                    .or_else(|| d.strip_prefix('d'))?
                    .parse()
                    .ok()?,
            ),
            ["day", n] => valid(n.parse().ok()?),
            _ => None,
        }
    };
    let (kind, day_words): (&str, &[&str]) = match words.as_slice() {
        ["retained", rest @ ..] => ("count", rest),
        [rest @ .., "retained"] => ("count", rest),
        [rest @ .., "retained", "users"] => ("count", rest),
        ["retention", "rate", rest @ ..] => ("rate", rest),
        ["retention", rest @ ..] => ("rate", rest),
        [rest @ .., "retention", "rate"] => ("rate", rest),
        [rest @ .., "retention"] => ("rate", rest),
        _ => return None,
    };
    let n = day_of(day_words)?;
    Some(if kind == "count" {
        Recognized::Field(Field::Retained(n))
    } else {
        Recognized::RetentionRate(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(h: &str) -> Option<Recognized> {
        recognize_header(h)
    }

    #[test]
    fn units_case_and_bom_are_ignored() {
        let spend = Some(Recognized::Field(Field::Spend));
        assert_eq!(rec("花费(元)"), spend);
        assert_eq!(rec("消耗（元）"), spend);
        assert_eq!(rec(" Spend ($) "), spend);
        assert_eq!(rec("\u{feff}SPEND"), spend);
        assert_eq!(rec("Amount_Spent"), spend);
        assert_eq!(
            rec("Campaign Name"),
            Some(Recognized::Field(Field::Campaign))
        );
        assert_eq!(rec("下单金额(元)"), Some(Recognized::Field(Field::Revenue)));
    }

    #[test]
    fn units_scale_or_disqualify() {
        assert_eq!(header_unit("消耗(万元)"), Unit::TenThousand);
        assert_eq!(header_unit("展示（万次）"), Unit::TenThousand);
        assert_eq!(header_unit("7日留存率(%)"), Unit::Percent);
        assert_eq!(header_unit("花费(元)"), Unit::Plain);
        for money in ["花费(分)", "消耗（分）", "cost (fen)", "Revenue (cents)"] {
            assert_eq!(header_unit(money), Unit::Cent, "{money}");
            assert!(rec(money).is_some_and(|r| r.field().is_money()), "{money}");
        }
        assert_eq!(Unit::Cent.scale_for(Field::Spend), 0.01);
        assert_eq!(Unit::Cent.scale_for(Field::Clicks), 1.0);
        assert_eq!(rec("点击数(分)"), None);
        assert_eq!(rec("消耗(万元)"), Some(Recognized::Field(Field::Spend)));
        assert_eq!(rec("花费(占比)"), None);
        assert_eq!(rec("收入(人均)"), None);
        assert_eq!(rec("Impr."), Some(Recognized::Field(Field::Impressions)));
        assert_eq!(rec("Conv. value"), Some(Recognized::Field(Field::Revenue)));
        assert_eq!(rec("消费"), Some(Recognized::Field(Field::Spend)));
    }

    #[test]
    fn rates_are_never_taken_for_counts() {
        for h in [
            "点击率",
            "CTR",
            "转化率",
            "转化成本",
            "点击率(%)",
            "CPC",
            "转化率（%）",
        ] {
            assert_eq!(rec(h), None, "{h}");
        }
    }

    #[test]
    fn retention_counts_and_rates() {
        use Recognized::*;
        assert_eq!(rec("次留数"), Some(Field(super::Field::Retained(1))));
        assert_eq!(rec("次日留存数"), Some(Field(super::Field::Retained(1))));
        assert_eq!(rec("7日留存数"), Some(Field(super::Field::Retained(7))));
        assert_eq!(rec("次留率"), Some(RetentionRate(1)));
        assert_eq!(rec("30日留存率(%)"), Some(RetentionRate(30)));
        assert_eq!(rec("D7 Retention"), Some(RetentionRate(7)));
        assert_eq!(rec("day 30 retention rate"), Some(RetentionRate(30)));
        assert_eq!(rec("Retained D1"), Some(Field(super::Field::Retained(1))));
        assert_eq!(rec("d7_retained"), Some(Field(super::Field::Retained(7))));
        assert_eq!(
            rec("Day 7 Retained"),
            Some(Field(super::Field::Retained(7)))
        );
        assert_eq!(rec("7日留存人数"), Some(Field(super::Field::Retained(7))));
        assert_eq!(rec("次留人数"), Some(Field(super::Field::Retained(1))));
        assert_eq!(rec("Day1 Retention"), Some(RetentionRate(1)));
        assert_eq!(rec("retained d0"), None);
        assert_eq!(rec("retained d9999"), None);
    }

    #[test]
    fn field_names_round_trip() {
        for f in Field::BASIC.into_iter().chain([Field::Retained(7)]) {
            assert_eq!(f.name().parse::<Field>(), Ok(f));
        }
        assert_eq!("花费".parse::<Field>(), Ok(Field::Spend));
        assert!("ctr".parse::<Field>().is_err());
    }
}
