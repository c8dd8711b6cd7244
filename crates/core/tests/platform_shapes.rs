//! One file per platform's default download, shaped as the platform writes it (headers, units,
//! encodings, totals rows): spend, impressions, clicks, conversions and revenue equal sums
//! computed by hand.

use std::path::PathBuf;

use polars::prelude::ChunkAgg;
use roi_lens_core::data::{Dataset, Field, LoadOptions, TextEncoding, load_files};

fn load(name: &str, bytes: &[u8]) -> (tempfile::TempDir, Dataset) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    let ds = load_files(&[path], &LoadOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
    (dir, ds)
}

fn sum(ds: &Dataset, field: Field) -> Option<f64> {
    let column = ds.frame.column(&field.name()).ok()?;
    column.f64().ok()?.sum()
}

/// Spend, impressions, clicks, conversions, revenue.
fn assert_sums(ds: &Dataset, expected: [f64; 5], what: &str) {
    let fields = [
        Field::Spend,
        Field::Impressions,
        Field::Clicks,
        Field::Conversions,
        Field::Revenue,
    ];
    for (field, want) in fields.into_iter().zip(expected) {
        let got = sum(ds, field).unwrap_or_else(|| panic!("{what}: no {field} column"));
        assert!(
            (got - want).abs() < 1e-6,
            "{what}: {field} is {got}, by hand {want}; mapping {:?}",
            ds.sources[0].mapping
        );
    }
}

#[test]
fn meta_ads_manager() {
    let csv = "Reporting starts,Reporting ends,Campaign name,Amount spent (USD),Impressions,\
               Link clicks,Clicks (all),Purchases,Purchases conversion value,CTR (link click-through rate)\n\
               2024-09-01,2024-09-01,Autumn,120.50,10000,150,210,6,480.00,1.5\n\
               2024-09-02,2024-09-02,Autumn,99.50,8000,120,160,4,300.00,1.5\n";
    let (_dir, ds) = load("meta.csv", csv.as_bytes());
    // Link clicks, not Clicks (all): the first recognised column is used, and the other noted.
    assert_sums(&ds, [220.0, 18000.0, 270.0, 10.0, 780.0], "Meta");
    assert_eq!(
        ds.sources[0].channel.describe().as_deref(),
        Some("no channel column: one channel, Meta (recognised from its headers)")
    );
}

#[test]
fn google_ads() {
    let csv = "Campaign report\n\"September 1, 2024 - September 2, 2024\"\n\
               Day,Campaign,Cost,Impr.,Clicks,Conversions,Conv. value\n\
               2024-09-01,Search,\"1,000.00\",20000,400,20.5,\"3,000.00\"\n\
               2024-09-02,Search,500.00,10000,200,9.5,1500.00\n\
               Total: Account,,\"1,500.00\",30000,600,30,\"4,500.00\"\n";
    let (_dir, ds) = load("google.csv", csv.as_bytes());
    assert_sums(&ds, [1500.0, 30000.0, 600.0, 30.0, 4500.0], "Google Ads");
}

#[test]
fn tiktok_ads_manager() {
    let csv = "By Day,Campaign name,Cost,Impressions,Clicks (Destination),Conversions,Total purchase value\n\
               2024-09-01,Launch,300,50000,700,14,900\n\
               2024-09-02,Launch,200,40000,500,10,650\n";
    let (_dir, ds) = load("tiktok.csv", csv.as_bytes());
    assert_sums(&ds, [500.0, 90000.0, 1200.0, 24.0, 1550.0], "TikTok");
}

#[test]
fn tencent_ads_in_gbk() {
    let csv = "日期,广告版位,推广计划,花费(元),曝光次数,点击次数,目标转化量,下单金额(元)\n\
               2024-09-01,朋友圈,秋季,\"1,200.00\",30000,450,18,\"3,600.00\"\n\
               2024-09-01,视频号,秋季,800.00,20000,300,9,2000.00\n\
               合计,,,\"2,000.00\",50000,750,27,\"5,600.00\"\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(csv);
    let (_dir, ds) = load("tencent.csv", &bytes);
    assert_eq!(ds.sources[0].encoding, Some(TextEncoding::Gbk));
    assert_sums(&ds, [2000.0, 50000.0, 750.0, 27.0, 5600.0], "Tencent Ads");
}

#[test]
fn ocean_engine_and_qianchuan() {
    let csv = "时间,广告计划,消耗,展示数,点击数,成交订单数,整体成交金额,激活数\n\
               2024-09-01,直播间,5000,100000,2000,40,15000,30\n\
               2024-09-02,直播间,3000,60000,1200,25,9000,20\n";
    let (_dir, ds) = load("ocean.csv", csv.as_bytes());
    assert_sums(
        &ds,
        [8000.0, 160000.0, 3200.0, 65.0, 24000.0],
        "Ocean Engine",
    );
    assert_eq!(sum(&ds, Field::NewUsers), Some(50.0));
    let csv = "日期,计划名称,消耗,展示数,点击数,付费次数,付费金额\n\
               2024-09-01,千川,1000,9000,300,12,2400\n";
    let (_dir, ds) = load("qianchuan.csv", csv.as_bytes());
    assert_sums(&ds, [1000.0, 9000.0, 300.0, 12.0, 2400.0], "Qianchuan");
}

#[test]
fn kuaishou_magnetic_and_xiaohongshu_juguang() {
    let csv = "日期,广告计划名称,花费(元),曝光数,点击数,转化数,付费金额(元)\n\
               2024-09-01,快手计划,600.5,12000,240,8,1500.25\n\
               2024-09-02,快手计划,399.5,8000,160,5,999.75\n";
    let (_dir, ds) = load("kuaishou.csv", csv.as_bytes());
    assert_sums(&ds, [1000.0, 20000.0, 400.0, 13.0, 2500.0], "Kuaishou");
    let csv = "日期,计划名称,消费,展现量,点击量,转化数,成交金额\n\
               2024-09-01,小红书种草,700,15000,500,10,2100\n";
    let (_dir, ds) = load("xiaohongshu.csv", csv.as_bytes());
    assert_sums(&ds, [700.0, 15000.0, 500.0, 10.0, 2100.0], "Xiaohongshu");
}

#[test]
fn baidu() {
    let csv = "日期,推广计划,展现,点击,消费,转化\n\
               2024-09-01,品牌词,8000,320,640.00,16\n\
               2024-09-02,品牌词,7000,280,560.00,14\n";
    let (_dir, ds) = load("baidu.csv", csv.as_bytes());
    for (field, want) in [
        (Field::Spend, 1200.0),
        (Field::Impressions, 15000.0),
        (Field::Clicks, 600.0),
        (Field::Conversions, 30.0),
    ] {
        assert_eq!(sum(&ds, field), Some(want), "{field}");
    }
}

/// Alimama's only money column besides spend is its ROI: revenue is ROI × spend, row by row,
/// and the mapping says so.
#[test]
fn alimama_revenue_from_roi_times_spend() {
    let csv = "日期,计划名称,花费,展现量,点击量,总成交笔数,投入产出比\n\
               2024-09-01,直通车,200,10000,300,6,3.5\n\
               2024-09-02,直通车,100,5000,150,2,2.25\n";
    let (_dir, ds) = load("alimama.csv", csv.as_bytes());
    // 200 × 3.5 + 100 × 2.25 = 700 + 225.
    assert_sums(&ds, [300.0, 15000.0, 450.0, 8.0, 925.0], "Alimama");
    let revenue = ds.sources[0]
        .mapping
        .iter()
        .find(|m| m.field == Field::Revenue)
        .expect("revenue mapped");
    assert_eq!(
        (revenue.header.as_str(), revenue.derived()),
        ("投入产出比", Some("ROI × spend"))
    );
    // A revenue column, when there is one, beats the ROI.
    let csv = "日期,计划名称,花费,总成交金额,投入产出比\n2024-09-01,直通车,200,650,3.5\n";
    let (_dir, ds) = load("alimama2.csv", csv.as_bytes());
    assert_eq!(sum(&ds, Field::Revenue), Some(650.0));
}

/// Excel on Japanese Windows writes Shift_JIS: detected from the bytes, Japanese headers and
/// the unit 円 recognised.
#[test]
fn japanese_agency_sheet_in_shift_jis() {
    let csv = "日付,媒体,キャンペーン名,費用(円),表示回数,クリック数,CV,売上(円)\n\
               2024/9/1,LINE広告,秋,\"12,000\",50000,800,12,\"36,000\"\n\
               2024/9/1,Yahoo!広告,秋,\"8,000\",30000,500,7,\"20,000\"\n\
               合計,,,\"20,000\",80000,1300,19,\"56,000\"\n";
    let (bytes, _, bad) = encoding_rs::SHIFT_JIS.encode(csv);
    assert!(!bad);
    let (_dir, ds) = load("agency.csv", &bytes);
    assert_eq!(ds.sources[0].encoding, Some(TextEncoding::ShiftJis));
    assert_sums(&ds, [20000.0, 80000.0, 1300.0, 19.0, 56000.0], "Japanese");
    assert_eq!(ds.raw_channels, ["LINE広告", "Yahoo!広告"]);
}

/// Meta rows that cover a month (`Reporting starts` before `Reporting ends`) load, counted on
/// their first day, and say they are not days; the planner refuses them in those words; daily
/// Meta rows are days.
#[test]
fn reporting_periods_are_not_days() {
    let csv = "Reporting starts,Reporting ends,Campaign name,Amount spent (CNY),Purchases conversion value\n\
               2024-08-01,2024-08-31,Autumn,3100,9300\n\
               2024-09-01,2024-09-30,Autumn,3000,8700\n";
    let (_dir, ds) = load("meta_monthly.csv", csv.as_bytes());
    assert_eq!(ds.sources[0].period_days, Some(31));
    assert_eq!(sum(&ds, Field::Spend), Some(6100.0));
    assert!(
        ds.sources[0].notes.iter().any(|n| n.starts_with(
            "rows cover periods of up to 31 days, not single days: each is counted on its first day"
        )),
        "{:?}",
        ds.sources[0].notes
    );
    assert_eq!(
        ds.not_daily().as_deref(),
        Some("the rows of meta_monthly.csv cover periods of up to 31 days, not single days")
    );
    let curves = roi_lens_core::budget::fit_curves(
        &ds,
        &Default::default(),
        roi_lens_core::metrics::GroupKey::Campaign,
    )
    .expect("curves");
    assert!(
        matches!(
            curves.groups[0].fit,
            roi_lens_core::plan::Fit::Refused(roi_lens_core::plan::Refusal::NotDaily { days: 31 })
        ),
        "{:?}",
        curves.groups[0].fit
    );
    // The dashboard's charts by day carry the reason.
    let query = roi_lens_core::dashboard::ChartQuery {
        group_by: roi_lens_core::metrics::GroupKey::Campaign,
        ..Default::default()
    };
    let charts = roi_lens_core::dashboard::compute_charts(&ds, &query).expect("charts");
    assert_eq!(charts.not_daily, ds.not_daily());
    let daily = "Reporting starts,Reporting ends,Campaign name,Amount spent (CNY)\n\
                 2024-09-01,2024-09-01,Autumn,100\n";
    let (_dir, ds) = load("meta_daily.csv", daily.as_bytes());
    assert_eq!(ds.sources[0].period_days, None);
    assert_eq!(ds.not_daily(), None);
}
