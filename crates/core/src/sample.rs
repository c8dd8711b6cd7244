//! The bundled sample data and the deterministic generator that writes it.
//!
//! Three files in the shapes analysts actually get (see `sample_data/README.md`): an English
//! multi-channel export, a GBK Tencent Ads export and a UTF-8-with-BOM Ocean Engine export.
//! The generator also writes arbitrarily large files for benchmarks.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, TimeDelta};

/// File names of the bundled samples, in the order they are opened.
pub const SAMPLE_FILES: [&str; 3] = [
    "campaigns_en.csv",
    "tencent_ads_gbk.csv",
    "ocean_engine_utf8bom.csv",
];

/// Where the bundled sample data lives: `$ROI_LENS_SAMPLE_DIR`, `./sample_data`, beside the
/// executable, or the source tree it was built from.
pub fn sample_dir() -> anyhow::Result<PathBuf> {
    let mut candidates = Vec::new();
    if let Some(dir) = std::env::var_os("ROI_LENS_SAMPLE_DIR") {
        candidates.push(PathBuf::from(dir));
    }
    candidates.push(PathBuf::from("sample_data"));
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        candidates.push(dir.join("sample_data"));
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample_data"));
    candidates
        .into_iter()
        .find(|dir| dir.join(SAMPLE_FILES[0]).is_file())
        .ok_or_else(|| anyhow::anyhow!(crate::tr!("data-no-sample", file = SAMPLE_FILES[0])))
}

/// Paths of the bundled sample files.
pub fn sample_files() -> anyhow::Result<Vec<PathBuf>> {
    let dir = sample_dir()?;
    let mut files: Vec<PathBuf> = SAMPLE_FILES.iter().map(|f| dir.join(f)).collect();
    // The event log, for the Cohorts view, where the folder has it.
    let events = dir.join(SAMPLE_EVENTS);
    if events.is_file() {
        files.push(events);
    }
    Ok(files)
}

pub use crate::stats::SplitMix64;

/// How one channel behaves in the generated data.
#[derive(Clone, Debug)]
pub struct ChannelProfile {
    pub name: &'static str,
    /// Mean daily spend of one campaign, in yuan.
    pub daily_spend: f64,
    /// Cost per 1,000 impressions at the mean spend; rises with spend (diminishing returns).
    pub cpm: f64,
    pub ctr: f64,
    pub cvr: f64,
    /// Mean revenue per conversion.
    pub order_value: f64,
    /// New users per conversion.
    pub users_per_conversion: f64,
    /// Day-1, day-7 and day-30 retention probabilities.
    pub retention: [f64; 3],
    /// How fast the cost per impression rises with a day's spend: `cpm × (spend /
    /// daily_spend)^saturation`, so revenue grows like spend^(1 − saturation) and the marginal
    /// ROI is about (1 − saturation) × the average ROI. Near 0: room to grow; near 1:
    /// saturated. [`SATURATION`] unless a channel is meant to teach otherwise.
    pub saturation: f64,
    /// An always-on budget nobody touched: every campaign spends exactly `daily_spend ×` its
    /// weight every day (no noise, no weekend or seasonal swing), so how revenue responds to
    /// spend cannot be measured.
    pub fixed_budget: bool,
}

/// The usual [`ChannelProfile::saturation`]: revenue grows like spend^0.65.
pub const SATURATION: f64 = 0.35;

/// The English sample's channels. Video Accounts truly converts better than Douyin (3.0 % vs
/// 2.0 % CVR on tens of thousands of clicks); Kuaishou and Xiaohongshu share one profile, so any
/// gap between them is noise. For the budget planner: Mini Programs has the highest average ROI
/// but is saturated (each extra yuan returns under 1), Douyin's average ROI is modest but it has
/// room to grow (marginal ROI close to its average), and WeChat Moments runs a fixed budget, so
/// its response cannot be measured.
pub fn english_channels() -> Vec<ChannelProfile> {
    let profile = |name, daily_spend, cpm, ctr, cvr, order_value, upc, retention| ChannelProfile {
        name,
        daily_spend,
        cpm,
        ctr,
        cvr,
        order_value,
        users_per_conversion: upc,
        retention,
        saturation: SATURATION,
        fixed_budget: false,
    };
    vec![
        ChannelProfile {
            fixed_budget: true,
            ..profile(
                "WeChat Moments",
                4500.0,
                42.0,
                0.012,
                0.026,
                168.0,
                0.9,
                [0.42, 0.21, 0.11],
            )
        },
        profile(
            "Video Accounts",
            3600.0,
            30.0,
            0.015,
            0.030,
            132.0,
            1.1,
            [0.38, 0.18, 0.09],
        ),
        ChannelProfile {
            saturation: 0.8,
            ..profile(
                "Mini Programs",
                2600.0,
                28.0,
                0.019,
                0.034,
                96.0,
                1.4,
                [0.47, 0.26, 0.15],
            )
        },
        ChannelProfile {
            saturation: 0.08,
            ..profile(
                "Douyin",
                6100.0,
                28.0,
                0.016,
                0.020,
                137.0,
                1.2,
                [0.33, 0.14, 0.06],
            )
        },
        profile(
            "Kuaishou",
            2300.0,
            20.0,
            0.017,
            0.025,
            84.0,
            1.3,
            [0.35, 0.15, 0.07],
        ),
        profile(
            "Xiaohongshu",
            2300.0,
            20.0,
            0.017,
            0.025,
            84.0,
            1.3,
            [0.35, 0.15, 0.07],
        ),
    ]
}

/// One generated day of one campaign on one channel.
#[derive(Clone, Debug, PartialEq)]
pub struct GeneratedRow {
    pub date: NaiveDate,
    pub channel: String,
    pub campaign: String,
    pub spend: f64,
    pub impressions: u64,
    pub clicks: u64,
    pub conversions: u64,
    pub revenue: f64,
    pub new_users: u64,
    /// Day-1, 7 and 30 retained; `None` where the cohort is too young on the export date.
    pub retained: [Option<u64>; 3],
}

/// Retention days the generator writes.
pub const RETENTION_DAYS: [i64; 3] = [1, 7, 30];

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Simulates a day of a campaign. `export_date` decides which cohorts are too young.
fn simulate(
    rng: &mut SplitMix64,
    p: &ChannelProfile,
    campaign: &str,
    campaign_weight: f64,
    date: NaiveDate,
    export_date: NaiveDate,
) -> GeneratedRow {
    let weekend = matches!(date.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun);
    let seasonal = 1.0 + 0.15 * ((date.ordinal() as f64) / 58.0).sin();
    let level = campaign_weight * seasonal * if weekend { 0.85 } else { 1.0 };
    // Drawn even for a fixed budget, which ignores it: one path for the random draws.
    let noise = rng.normal();
    let spend = if p.fixed_budget {
        round2(p.daily_spend * campaign_weight)
    } else {
        round2((p.daily_spend * level * (1.0 + 0.25 * noise)).max(50.0))
    };
    // Diminishing returns: the more a day spends, the dearer each impression.
    let cpm = p.cpm * (spend / p.daily_spend).powf(p.saturation) * (1.0 + 0.05 * rng.normal());
    let impressions = (1000.0 * spend / cpm.max(1.0)).round() as u64;
    let clicks = rng.binomial(impressions, p.ctr);
    let conversions = rng.binomial(clicks, p.cvr);
    let revenue = round2(
        (0..conversions.min(400))
            .map(|_| p.order_value * (0.6 + 0.8 * rng.uniform()))
            .sum::<f64>()
            * (conversions as f64 / conversions.clamp(1, 400) as f64),
    );
    let users_mean = conversions as f64 * p.users_per_conversion;
    let new_users = (users_mean * (1.0 + 0.1 * rng.normal())).round().max(0.0) as u64;
    let mut retained = [None; 3];
    for (i, days) in RETENTION_DAYS.iter().enumerate() {
        let draw = rng.binomial(new_users, p.retention[i]);
        if plus_days(date, *days) < export_date {
            retained[i] = Some(draw);
        }
    }
    GeneratedRow {
        date,
        channel: p.name.to_owned(),
        campaign: campaign.to_owned(),
        spend,
        impressions,
        clicks,
        conversions,
        revenue,
        new_users,
        retained,
    }
}

/// `date` moved by `days`, held at the calendar's ends instead of overflowing (the samples
/// only move by months; this keeps the generator free of a panic path all the same).
fn plus_days(date: NaiveDate, days: i64) -> NaiveDate {
    TimeDelta::try_days(days)
        .and_then(|delta| date.checked_add_signed(delta))
        .unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// Rows of the English sample, or of a large benchmark file when `rows` is given: the same
/// channels over more days and campaigns, cut at exactly `rows` rows.
pub fn english_rows(rows: Option<usize>) -> Vec<GeneratedRow> {
    let channels = english_channels();
    let start = NaiveDate::from_ymd_opt(2024, 7, 1).unwrap_or_default();
    let (days, campaigns): (i64, Vec<(String, f64)>) = match rows {
        None => (
            92,
            vec![
                ("Autumn Launch".to_owned(), 1.0),
                ("Always-on Brand".to_owned(), 0.6),
                ("Retargeting".to_owned(), 0.35),
            ],
        ),
        Some(n) => {
            let per_campaign = 365 * channels.len();
            let count = n.div_ceil(per_campaign).max(1);
            let names = (1..=count)
                .map(|i| {
                    (
                        format!("Campaign {i:04}"),
                        0.3 + 0.7 * ((i % 7) as f64 / 6.0),
                    )
                })
                .collect();
            (365, names)
        }
    };
    let export_date = plus_days(start, days);
    let mut rng = SplitMix64::new(20_240_701);
    let mut out = Vec::new();
    'outer: for day in 0..days {
        let date = plus_days(start, day);
        for p in &channels {
            for (campaign, weight) in &campaigns {
                out.push(simulate(&mut rng, p, campaign, *weight, date, export_date));
                if rows.is_some_and(|n| out.len() >= n) {
                    break 'outer;
                }
            }
        }
    }
    out
}

fn opt(v: Option<u64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// Writes an English-shaped export of exactly `rows` data rows to `path`: the benchmark file
/// (`gen_sample --rows`, and the benchmark examples when no file is given).
pub fn write_benchmark_file(path: &Path, rows: usize) -> std::io::Result<()> {
    std::fs::write(path, english_csv(&english_rows(Some(rows))))
}

/// The English sample as CSV text.
pub fn english_csv(rows: &[GeneratedRow]) -> String {
    let mut s = String::from(
        "Date,Channel,Campaign,Spend,Impressions,Clicks,Conversions,Revenue,New Users,\
         D1 Retained,D7 Retained,D30 Retained\n",
    );
    for r in rows {
        let _ = writeln!(
            s,
            "{},{},{},{:.2},{},{},{},{:.2},{},{},{},{}",
            r.date,
            r.channel,
            r.campaign,
            r.spend,
            r.impressions,
            r.clicks,
            r.conversions,
            r.revenue,
            r.new_users,
            opt(r.retained[0]),
            opt(r.retained[1]),
            opt(r.retained[2]),
        );
    }
    s
}

/// Simulates every day × channel × plan, in that order, from one seed.
fn simulate_grid(
    channels: &[ChannelProfile],
    plans: &[(&str, f64)],
    start: NaiveDate,
    days: i64,
    seed: u64,
) -> Vec<GeneratedRow> {
    let export_date = plus_days(start, days);
    let mut rng = SplitMix64::new(seed);
    let mut rows = Vec::new();
    for day in 0..days {
        let date = plus_days(start, day);
        for p in channels {
            for (plan, weight) in plans {
                rows.push(simulate(&mut rng, p, plan, *weight, date, export_date));
            }
        }
    }
    rows
}

/// Column totals for an export's totals row.
#[derive(Default)]
struct Totals {
    spend: f64,
    impressions: u64,
    clicks: u64,
    conversions: u64,
    revenue: f64,
    new_users: u64,
}

impl Totals {
    fn add(&mut self, r: &GeneratedRow) {
        self.spend += r.spend;
        self.impressions += r.impressions;
        self.clicks += r.clicks;
        self.conversions += r.conversions;
        self.revenue += r.revenue;
        self.new_users += r.new_users;
    }
}

/// `1234567.5` → `"1,234,567.50"` (quoted because of the commas), as Chinese Excel writes.
fn money_zh(v: f64) -> String {
    format!("\"{}\"", crate::format::group_thousands(v, 2))
}

fn count_zh(v: u64) -> String {
    let s = crate::format::group_thousands(v as f64, 0);
    if s.contains(',') {
        format!("\"{s}\"")
    } else {
        s
    }
}

fn pct(num: f64, den: f64) -> String {
    if den == 0.0 {
        "-".to_owned()
    } else {
        format!("{:.2}%", 100.0 * num / den)
    }
}

/// The Tencent Ads sample: a title and date range above the header, placements (版位) and
/// promotion plans, money with thousands separators, a CTR column that must not be read as
/// clicks, day-1 retention as a rate, and a 合计 row at the bottom. Returned as UTF-8 text; the
/// file is written in GBK.
pub fn tencent_csv() -> String {
    let channels = [
        ChannelProfile {
            name: "朋友圈",
            daily_spend: 3000.0,
            cpm: 40.0,
            ctr: 0.011,
            cvr: 0.028,
            order_value: 158.0,
            users_per_conversion: 1.0,
            retention: [0.41, 0.0, 0.0],
            saturation: SATURATION,
            fixed_budget: false,
        },
        ChannelProfile {
            name: "视频号",
            daily_spend: 2200.0,
            cpm: 31.0,
            ctr: 0.014,
            cvr: 0.031,
            order_value: 126.0,
            users_per_conversion: 1.1,
            retention: [0.37, 0.0, 0.0],
            saturation: SATURATION,
            fixed_budget: false,
        },
        ChannelProfile {
            name: "公众号",
            daily_spend: 900.0,
            cpm: 26.0,
            ctr: 0.009,
            cvr: 0.024,
            order_value: 142.0,
            users_per_conversion: 0.9,
            retention: [0.44, 0.0, 0.0],
            saturation: SATURATION,
            fixed_budget: false,
        },
    ];
    let plans = [("秋季新品推广", 1.0), ("品牌常投", 0.5)];
    let start = NaiveDate::from_ymd_opt(2024, 9, 1).unwrap_or_default();
    let rows = simulate_grid(&channels, &plans, start, 30, 9_2024);
    let mut s = String::from("腾讯广告 广告数据报表\n时间范围：2024-09-01 至 2024-09-30\n\n");
    s.push_str(
        "日期,广告版位,推广计划,花费(元),曝光次数,点击次数,点击率,转化数,转化成本(元),\
         下单金额(元),新增用户,次留率\n",
    );
    let mut t = Totals::default();
    for r in &rows {
        let cpa = if r.conversions == 0 {
            "-".to_owned()
        } else {
            format!("{:.2}", r.spend / r.conversions as f64)
        };
        let d1 = match r.retained[0] {
            Some(k) if r.new_users > 0 => format!("{:.2}%", 100.0 * k as f64 / r.new_users as f64),
            _ => "-".to_owned(),
        };
        let _ = writeln!(
            s,
            "{},{},{},{},{},{},{},{},{},{},{},{}",
            r.date,
            r.channel,
            r.campaign,
            money_zh(r.spend),
            count_zh(r.impressions),
            count_zh(r.clicks),
            pct(r.clicks as f64, r.impressions as f64),
            r.conversions,
            cpa,
            money_zh(r.revenue),
            r.new_users,
            d1,
        );
        t.add(r);
    }
    let _ = writeln!(
        s,
        "合计,-,-,{},{},{},{},{},{:.2},{},{},-",
        money_zh(t.spend),
        count_zh(t.impressions),
        count_zh(t.clicks),
        pct(t.clicks as f64, t.impressions as f64),
        t.conversions,
        t.spend / t.conversions.max(1) as f64,
        money_zh(t.revenue),
        t.new_users,
    );
    s
}

/// The Ocean Engine sample: a 总计 row first, `2024/9/1` dates, full-width units, `¥` signs on
/// revenue, `--` for not-yet-known retention, day-1 retention as a count and day-7 as a rate.
pub fn ocean_engine_csv() -> String {
    let channels = [
        ChannelProfile {
            name: "抖音",
            daily_spend: 4200.0,
            cpm: 27.0,
            ctr: 0.018,
            cvr: 0.021,
            order_value: 118.0,
            users_per_conversion: 1.2,
            retention: [0.32, 0.13, 0.0],
            saturation: SATURATION,
            fixed_budget: false,
        },
        ChannelProfile {
            name: "今日头条",
            daily_spend: 1500.0,
            cpm: 18.0,
            ctr: 0.010,
            cvr: 0.019,
            order_value: 102.0,
            users_per_conversion: 1.0,
            retention: [0.36, 0.16, 0.0],
            saturation: SATURATION,
            fixed_budget: false,
        },
        ChannelProfile {
            name: "西瓜视频",
            daily_spend: 800.0,
            cpm: 15.0,
            ctr: 0.012,
            cvr: 0.017,
            order_value: 95.0,
            users_per_conversion: 1.1,
            retention: [0.30, 0.12, 0.0],
            saturation: SATURATION,
            fixed_budget: false,
        },
    ];
    let plans = [("双十一预热_信息流", 1.0), ("日常拉新_搜索", 0.4)];
    let start = NaiveDate::from_ymd_opt(2024, 10, 1).unwrap_or_default();
    let rows = simulate_grid(&channels, &plans, start, 21, 10_2024);
    let header = "时间,投放平台,计划名称,消耗（元）,展示数,点击数,点击率(%),转化数,转化成本,\
                  转化率(%),成交金额（元）,激活数,次日留存数,7日留存率\n";
    let fmt_date = |d: NaiveDate| format!("{}/{}/{}", d.year(), d.month(), d.day());
    let mut body = String::new();
    let mut t = Totals::default();
    for r in &rows {
        let d1 = r.retained[0].map_or("--".to_owned(), |k| k.to_string());
        let d7 = match r.retained[1] {
            Some(k) if r.new_users > 0 => format!("{:.2}%", 100.0 * k as f64 / r.new_users as f64),
            Some(_) => "0.00%".to_owned(),
            None => "--".to_owned(),
        };
        let cpa = if r.conversions == 0 {
            "--".to_owned()
        } else {
            format!("{:.2}", r.spend / r.conversions as f64)
        };
        let _ = writeln!(
            body,
            "{},{},{},{:.2},{},{},{},{},{},{},\"¥{}\",{},{},{}",
            fmt_date(r.date),
            r.channel,
            r.campaign,
            r.spend,
            r.impressions,
            r.clicks,
            pct(r.clicks as f64, r.impressions as f64).trim_end_matches('%'),
            r.conversions,
            cpa,
            pct(r.conversions as f64, r.clicks as f64).trim_end_matches('%'),
            crate::format::group_thousands(r.revenue, 2),
            r.new_users,
            d1,
            d7,
        );
        t.add(r);
    }
    let total = format!(
        "总计,--,--,{:.2},{},{},{},{},{:.2},{},\"¥{}\",{},--,--\n",
        t.spend,
        t.impressions,
        t.clicks,
        pct(t.clicks as f64, t.impressions as f64).trim_end_matches('%'),
        t.conversions,
        t.spend / t.conversions.max(1) as f64,
        pct(t.conversions as f64, t.clicks as f64).trim_end_matches('%'),
        crate::format::group_thousands(t.revenue, 2),
        t.new_users,
    );
    format!("{header}{total}{body}")
}

/// Writes the three sample files into `dir`.
pub fn write_samples(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join(SAMPLE_FILES[0]), english_csv(&english_rows(None)))?;
    let tencent = tencent_csv();
    let (gbk, _, _) = encoding_rs::GBK.encode(&tencent);
    std::fs::write(dir.join(SAMPLE_FILES[1]), gbk)?;
    let mut bom = "\u{feff}".to_owned();
    bom.push_str(&ocean_engine_csv());
    std::fs::write(dir.join(SAMPLE_FILES[2]), bom)?;
    std::fs::write(dir.join(SAMPLE_EVENTS), events_csv())?;
    Ok(())
}

/// The sample workbook: a Kuaishou Magnetic (磁力金牛) agency report, one sheet per channel.
pub const SAMPLE_WORKBOOK: &str = "magnetic_by_channel.xlsx";

/// A plan of the sample workbook: name, base daily spend, ROI.
pub type WorkbookPlan = (&'static str, f64, f64);

/// The channels of the sample workbook, one sheet each, with its two plans.
pub const WORKBOOK_SHEETS: [(&str, [WorkbookPlan; 2]); 3] = [
    (
        "快手",
        [("直播间引流", 900.0, 2.4), ("短视频带货", 600.0, 1.8)],
    ),
    (
        "小红书",
        [("种草笔记", 500.0, 1.6), ("搜索推广", 300.0, 2.2)],
    ),
    ("B站", [("UP主合作", 400.0, 1.3), ("信息流", 250.0, 1.9)]),
];

/// One data row of the sample workbook.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkbookRow {
    pub date: NaiveDate,
    pub plan: &'static str,
    pub spend: f64,
    pub impressions: u64,
    pub clicks: u64,
    pub conversions: u64,
    pub revenue: f64,
}

/// The rows of one sheet of the sample workbook: 14 days (2024-09-01 …) × 2 plans, from fixed
/// formulas (spend swings with the weekday; CPM 30, CTR 2 %, order value 150).
pub fn workbook_rows(sheet: usize) -> Vec<WorkbookRow> {
    let start = NaiveDate::from_ymd_opt(2024, 9, 1).expect("a date");
    let (_, plans) = WORKBOOK_SHEETS[sheet];
    let mut rows = Vec::new();
    for day in 0..14_i64 {
        for (k, (plan, spend, roi)) in plans.iter().enumerate() {
            let swing = 1.0 + 0.1 * (((day + k as i64) % 7) as f64 - 3.0) / 3.0;
            let spend = round2(spend * swing);
            let impressions = (spend / 30.0 * 1000.0).round() as u64;
            let clicks = (impressions as f64 * 0.02).round() as u64;
            let revenue = round2(spend * roi);
            rows.push(WorkbookRow {
                date: plus_days(start, day),
                plan,
                spend,
                impressions,
                clicks,
                conversions: (revenue / 150.0).round() as u64,
                revenue,
            });
        }
    }
    rows
}

/// The sample event log, consistent with `campaigns_en.csv`.
pub const SAMPLE_EVENTS: &str = "events.csv";

/// How the users a channel brings behave, for the sample event log: the chance of coming back
/// on each day of [`EVENT_RETURN_DAYS`], and what a payment brings on day 0 and on a return.
struct UserProfile {
    channel: &'static str,
    back: [f64; 3],
    /// Chance of paying on day 0, and the amount.
    first_pay: (f64, f64),
    /// Chance of paying on a return, and the amount.
    repeat_pay: (f64, f64),
}

/// The days after install on which a sample user may come back.
pub const EVENT_RETURN_DAYS: [i64; 3] = [1, 7, 30];

/// Planted truths (sample_data/README.md): Video Accounts' users come back on day 7 twice as
/// often as Douyin's; Mini Programs pays its cost back within the first week; Douyin does not
/// pay back by day 30.
const USER_PROFILES: [UserProfile; 6] = [
    UserProfile {
        channel: "Douyin",
        back: [0.30, 0.12, 0.05],
        first_pay: (0.10, 150.0),
        repeat_pay: (0.10, 120.0),
    },
    UserProfile {
        channel: "Kuaishou",
        back: [0.32, 0.14, 0.06],
        first_pay: (0.08, 120.0),
        repeat_pay: (0.10, 100.0),
    },
    UserProfile {
        channel: "Mini Programs",
        back: [0.40, 0.20, 0.10],
        first_pay: (0.30, 120.0),
        repeat_pay: (0.15, 80.0),
    },
    UserProfile {
        channel: "Video Accounts",
        back: [0.40, 0.24, 0.12],
        first_pay: (0.15, 150.0),
        repeat_pay: (0.25, 200.0),
    },
    UserProfile {
        channel: "WeChat Moments",
        back: [0.35, 0.15, 0.07],
        first_pay: (0.12, 200.0),
        repeat_pay: (0.10, 200.0),
    },
    UserProfile {
        channel: "Xiaohongshu",
        back: [0.32, 0.14, 0.06],
        first_pay: (0.08, 120.0),
        repeat_pay: (0.10, 100.0),
    },
];

/// The sample event log: every new user of `campaigns_en.csv` (its day and channel) installs
/// at a time of day of its own, may pay at once, and comes back and pays on later days by its
/// channel's profile; nothing after the export's last day (2024-09-30). Times are written in
/// +08:00 with the offset, one in ten as epoch milliseconds (as some SDKs export).
pub fn events_csv() -> String {
    let rows = english_rows(None);
    let last = NaiveDate::from_ymd_opt(2024, 9, 30).expect("a date");
    let mut rng = crate::stats::SplitMix64::new(0x0e7e_4715);
    let mut out = String::from("user_id,event_time,event,amount,channel\n");
    let mut serial = 0_u64;
    for row in &rows {
        let Some(profile) = USER_PROFILES.iter().find(|p| p.channel == row.channel) else {
            continue;
        };
        for _ in 0..row.new_users {
            serial += 1;
            let user = format!("u{serial:06}");
            let event = |out: &mut String,
                         day: NaiveDate,
                         name: &str,
                         amount: Option<f64>,
                         rng: &mut crate::stats::SplitMix64| {
                let seconds = (rng.uniform() * 86_399.0) as u32;
                let time = day
                    .and_hms_opt(seconds / 3600, (seconds / 60) % 60, seconds % 60)
                    .expect("a time");
                let written = if rng.uniform() < 0.1 {
                    // Epoch milliseconds of the +08:00 time.
                    ((time.and_utc().timestamp() - 8 * 3600) * 1000).to_string()
                } else {
                    format!("{}+08:00", time.format("%Y-%m-%dT%H:%M:%S"))
                };
                let amount = amount.map_or_else(String::new, |a| format!("{a:.2}"));
                let _ = writeln!(out, "{user},{written},{name},{amount},{}", row.channel);
            };
            event(&mut out, row.date, "install", None, &mut rng);
            if rng.uniform() < profile.first_pay.0 {
                event(
                    &mut out,
                    row.date,
                    "pay",
                    Some(profile.first_pay.1),
                    &mut rng,
                );
            }
            for (k, offset) in EVENT_RETURN_DAYS.iter().enumerate() {
                let day = plus_days(row.date, *offset);
                if day > last || rng.uniform() >= profile.back[k] {
                    continue;
                }
                event(&mut out, day, "open", None, &mut rng);
                if rng.uniform() < profile.repeat_pay.0 {
                    event(&mut out, day, "pay", Some(profile.repeat_pay.1), &mut rng);
                }
            }
        }
    }
    out
}
