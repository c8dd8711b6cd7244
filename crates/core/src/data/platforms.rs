//! The ad platforms' names in Chinese, English and Japanese, so that `朋友圈` in a Tencent
//! export and `WeChat Moments` in an English report are one channel; and the platforms' own
//! report downloads, recognised from their headers, so that a file with no channel column is
//! one channel named after its platform.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A channel known under several names.
#[derive(Debug)]
pub struct Channel {
    /// The English name (what `--known-aliases` shows).
    pub en: &'static str,
    /// The Chinese name.
    pub zh: &'static str,
    /// Every name it goes by (English, Chinese, Japanese, abbreviations), the two above
    /// included; matched after [`normalize_name`].
    pub names: &'static [&'static str],
}

/// The channels the analysts meet, in one table.
pub static CHANNELS: &[Channel] = &[
    Channel {
        en: "WeChat Moments",
        zh: "朋友圈",
        names: &[
            "WeChat Moments",
            "Moments",
            "朋友圈",
            "微信朋友圈",
            "朋友圈广告",
            "モーメンツ",
            "WeChatモーメンツ",
        ],
    },
    Channel {
        en: "Video Accounts",
        zh: "视频号",
        names: &[
            "Video Accounts",
            "Channels",
            "WeChat Channels",
            "视频号",
            "微信视频号",
            "視頻號",
        ],
    },
    Channel {
        en: "Mini Programs",
        zh: "小程序",
        names: &[
            "Mini Programs",
            "Mini Program",
            "小程序",
            "微信小程序",
            "ミニプログラム",
        ],
    },
    Channel {
        en: "Official Accounts",
        zh: "公众号",
        names: &[
            "Official Accounts",
            "Official Account",
            "公众号",
            "微信公众号",
        ],
    },
    Channel {
        en: "Douyin",
        zh: "抖音",
        names: &["Douyin", "抖音", "抖音短视频"],
    },
    Channel {
        en: "Toutiao",
        zh: "今日头条",
        names: &["Toutiao", "今日头条", "头条"],
    },
    Channel {
        en: "Xigua",
        zh: "西瓜视频",
        names: &["Xigua", "Xigua Video", "西瓜视频"],
    },
    Channel {
        en: "Kuaishou",
        zh: "快手",
        names: &["Kuaishou", "快手", "磁力引擎", "Kuaishou Magnetic"],
    },
    Channel {
        en: "Xiaohongshu",
        zh: "小红书",
        names: &[
            "Xiaohongshu",
            "RED",
            "Little Red Book",
            "小红书",
            "小紅書",
            "聚光",
        ],
    },
    Channel {
        en: "Bilibili",
        zh: "哔哩哔哩",
        names: &["Bilibili", "哔哩哔哩", "B站", "ビリビリ"],
    },
    Channel {
        en: "Weibo",
        zh: "微博",
        names: &["Weibo", "Sina Weibo", "微博", "新浪微博"],
    },
    Channel {
        en: "Baidu",
        zh: "百度",
        names: &["Baidu", "百度", "百度营销", "百度推广"],
    },
    Channel {
        en: "Taobao",
        zh: "淘宝",
        names: &["Taobao", "淘宝", "タオバオ"],
    },
    Channel {
        en: "Tmall",
        zh: "天猫",
        names: &["Tmall", "天猫"],
    },
    Channel {
        en: "JD",
        zh: "京东",
        names: &["JD", "JD.com", "Jingdong", "京东"],
    },
    Channel {
        en: "Pinduoduo",
        zh: "拼多多",
        names: &["Pinduoduo", "PDD", "拼多多"],
    },
    Channel {
        en: "Tencent Ads",
        zh: "腾讯广告",
        names: &["Tencent Ads", "腾讯广告", "广点通"],
    },
    Channel {
        en: "Ocean Engine",
        zh: "巨量引擎",
        names: &[
            "Ocean Engine",
            "OceanEngine",
            "巨量引擎",
            "巨量千川",
            "Qianchuan",
        ],
    },
    Channel {
        en: "Alimama",
        zh: "阿里妈妈",
        names: &["Alimama", "阿里妈妈", "万相台"],
    },
    Channel {
        en: "Meta",
        zh: "Meta",
        names: &["Meta", "Facebook", "Meta Ads", "Facebook Ads"],
    },
    Channel {
        en: "Google Ads",
        zh: "谷歌广告",
        names: &["Google Ads", "Google", "AdWords", "谷歌广告"],
    },
    Channel {
        en: "TikTok",
        zh: "TikTok",
        names: &["TikTok", "TikTok Ads"],
    },
];

/// A platform's own report download: recognised by headers only it writes. Checked in order;
/// the first whose any header is in the file wins.
struct Export {
    /// The channel the file's rows are.
    channel: &'static str,
    /// Headers (normalised like column headers) only this platform's downloads have.
    headers: &'static [&'static str],
}

static EXPORTS: &[Export] = &[
    Export {
        channel: "Meta",
        headers: &[
            "amount spent",
            "reporting starts",
            "link clicks",
            "purchases conversion value",
            "website purchases conversion value",
            "purchase roas (return on ad spend)",
            "ad set name",
        ],
    },
    Export {
        channel: "Google Ads",
        headers: &[
            "impr.",
            "conv. value",
            "avg. cpc",
            "cost / conv.",
            "all conv.",
        ],
    },
    Export {
        channel: "TikTok",
        headers: &[
            "clicks (destination)",
            "total purchase value",
            "ad group name",
        ],
    },
    Export {
        channel: "Alimama",
        headers: &["投入产出比", "总成交笔数", "总成交金额"],
    },
    Export {
        channel: "Ocean Engine",
        headers: &[
            "消耗",
            "整体成交金额",
            "展示数",
            "付费次数",
            "成交订单数",
            "投放平台",
        ],
    },
    Export {
        channel: "Tencent Ads",
        headers: &[
            "广告版位",
            "下单金额",
            "目标转化量",
            "转化目标量",
            "推广计划",
        ],
    },
    Export {
        channel: "Baidu",
        headers: &["展现", "消费", "推广单元"],
    },
    Export {
        channel: "Xiaohongshu",
        headers: &["笔记", "聚光"],
    },
    Export {
        channel: "Kuaishou",
        headers: &["磁力金牛", "快手"],
    },
];

/// A name as compared: lowercase, without white space, dots, dashes or underscores, and the
/// full-width forms of letters and digits folded (`ＷｅＣｈａｔ` = `WeChat`).
pub fn normalize_name(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-' | '_' | '·' | '・'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The known channel a name stands for.
pub fn channel_of_name(name: &str) -> Option<&'static Channel> {
    let wanted = normalize_name(name);
    if wanted.is_empty() {
        return None;
    }
    CHANNELS
        .iter()
        .find(|c| c.names.iter().any(|n| normalize_name(n) == wanted))
}

/// The platform whose own download has these headers (a file with no channel column is then
/// that platform's rows).
pub fn platform_of_headers(headers: &[String]) -> Option<&'static str> {
    let normalized: Vec<String> = headers
        .iter()
        .map(|h| crate::data::schema::normalize_header(h))
        .collect();
    EXPORTS
        .iter()
        .find(|e| {
            e.headers
                .iter()
                .any(|h| normalized.contains(&crate::data::schema::normalize_header(h)))
        })
        .map(|e| e.channel)
}

/// How an analysis names its channels: saved in the workspace, applied to the load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChannelNames {
    /// Raw name → the name shown (merges and renames).
    pub aliases: BTreeMap<String, String>,
    /// Known channels under their English or Chinese name.
    pub display: DisplayNames,
    /// File name → the channel of a file with no channel column.
    pub files: BTreeMap<String, String>,
}

impl ChannelNames {
    /// These names as load options for `paths` (a file is matched by its file name).
    pub fn apply(&self, paths: &[std::path::PathBuf], options: &mut crate::data::LoadOptions) {
        options.aliases = self.aliases.clone();
        options.display = self.display;
        options.channel_of = paths
            .iter()
            .filter_map(|p| {
                let name = p.file_name()?.to_string_lossy();
                self.files
                    .get(name.as_ref())
                    .map(|c| (p.clone(), c.clone()))
            })
            .collect();
    }

    /// The names of the load options in force (files keyed by their file name).
    pub fn of(options: &crate::data::LoadOptions) -> ChannelNames {
        ChannelNames {
            aliases: options.aliases.clone(),
            display: options.display,
            files: options
                .channel_of
                .iter()
                .filter_map(|(p, c)| {
                    Some((p.file_name()?.to_string_lossy().into_owned(), c.clone()))
                })
                .collect(),
        }
    }
}

/// How channel names are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisplayNames {
    /// As the files write them (merges the user made still apply).
    #[default]
    AsInData,
    /// Every known channel under its English name.
    English,
    /// Every known channel under its Chinese name.
    Chinese,
}

/// The renames that show every known name of `names` in `display`'s language (nothing for
/// [`DisplayNames::AsInData`]); names shown as they are need no entry.
pub fn known_aliases(names: &[String], display: DisplayNames) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for name in names {
        let Some(channel) = channel_of_name(name) else {
            continue;
        };
        let shown = match display {
            DisplayNames::AsInData => continue,
            DisplayNames::English => channel.en,
            DisplayNames::Chinese => channel.zh,
        };
        if shown != name {
            out.insert(name.clone(), shown.to_owned());
        }
    }
    out
}

/// The raw names shown as another: the user's `aliases` first, then the known channels in
/// `display`'s language; names shown as they are have no entry.
pub fn renames(
    raw: &[String],
    aliases: &BTreeMap<String, String>,
    display: DisplayNames,
) -> BTreeMap<String, String> {
    let mut shown = known_aliases(raw, display);
    for (from, to) in aliases {
        shown.insert(from.clone(), to.clone());
    }
    shown.retain(|from, to| from != to);
    shown
}

/// Names of the same known channel that are shown apart: each group of raw names, and the
/// English name they would be merged under. `aliases` are the renames in force.
pub fn suggested_merges(
    raw: &[String],
    aliases: &BTreeMap<String, String>,
) -> Vec<(Vec<String>, &'static str)> {
    let shown = |n: &String| aliases.get(n).unwrap_or(n).clone();
    let mut by_channel: BTreeMap<&'static str, Vec<&String>> = BTreeMap::new();
    for name in raw {
        if let Some(channel) = channel_of_name(&shown(name)) {
            by_channel.entry(channel.en).or_default().push(name);
        }
    }
    by_channel
        .into_iter()
        .filter_map(|(en, names)| {
            let mut shown_as: Vec<String> = names.iter().map(|n| shown(n)).collect();
            shown_as.sort();
            shown_as.dedup();
            (shown_as.len() > 1).then(|| (names.into_iter().cloned().collect(), en))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_three_languages_are_one_channel() {
        for name in [
            "朋友圈",
            "WeChat Moments",
            "moments",
            "モーメンツ",
            "ＷｅＣｈａｔ Moments",
        ] {
            assert_eq!(
                channel_of_name(name).map(|c| c.en),
                Some("WeChat Moments"),
                "{name}"
            );
        }
        assert_eq!(
            channel_of_name("Video-Accounts").map(|c| c.zh),
            Some("视频号")
        );
        assert_eq!(channel_of_name("B站").map(|c| c.en), Some("Bilibili"));
        assert!(channel_of_name("Autumn Launch").is_none());
        assert!(channel_of_name("").is_none());
    }

    #[test]
    fn merges_are_suggested_only_for_names_shown_apart() {
        let raw: Vec<String> = ["朋友圈", "WeChat Moments", "抖音", "Kuaishou", "Autumn"]
            .map(String::from)
            .to_vec();
        let merges = suggested_merges(&raw, &BTreeMap::new());
        assert_eq!(
            merges,
            vec![(
                vec!["朋友圈".to_owned(), "WeChat Moments".to_owned()],
                "WeChat Moments"
            )]
        );
        // Once merged, nothing is suggested.
        let aliases = known_aliases(&raw, DisplayNames::English);
        assert_eq!(
            aliases.get("朋友圈").map(String::as_str),
            Some("WeChat Moments")
        );
        assert_eq!(aliases.get("抖音").map(String::as_str), Some("Douyin"));
        assert!(!aliases.contains_key("WeChat Moments") && !aliases.contains_key("Autumn"));
        assert!(suggested_merges(&raw, &aliases).is_empty());
        let chinese = known_aliases(&raw, DisplayNames::Chinese);
        assert_eq!(
            chinese.get("WeChat Moments").map(String::as_str),
            Some("朋友圈")
        );
    }

    #[test]
    fn platform_downloads_are_recognised_from_their_headers() {
        let meta = [
            "Campaign name",
            "Reporting starts",
            "Amount spent (USD)",
            "Link clicks",
        ];
        let meta: Vec<String> = meta.map(String::from).to_vec();
        assert_eq!(platform_of_headers(&meta), Some("Meta"));
        let ocean: Vec<String> = ["日期", "计划名称", "消耗（元）", "展示数"]
            .map(String::from)
            .to_vec();
        assert_eq!(platform_of_headers(&ocean), Some("Ocean Engine"));
        let plain: Vec<String> = ["date", "campaign", "spend"].map(String::from).to_vec();
        assert_eq!(platform_of_headers(&plain), None);
    }
}
