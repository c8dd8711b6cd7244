//! The loader on the shapes real exports come in. Expected numbers are worked out by hand.

use std::path::{Path, PathBuf};

use polars::prelude::*;
use roi_lens::data::{
    Expected, Field, FileFormat, LoadError, LoadOptions, Location, MappingOverrides, TextEncoding,
    load_files,
};
use roi_lens::metrics::{GroupKey, Metric, Query, summarize};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

fn column_f64(ds: &roi_lens::data::Dataset, name: &str) -> Vec<Option<f64>> {
    ds.frame
        .column(name)
        .expect("column")
        .f64()
        .expect("f64")
        .iter()
        .collect()
}

/// A label column's names row by row (they are dictionary-encoded: see `label_dtype`).
fn column_str(ds: &roi_lens::data::Dataset, name: &str) -> Vec<String> {
    let column = ds.frame.column(name).expect("column");
    assert!(
        matches!(column.dtype(), polars::prelude::DataType::Categorical(..)),
        "{name} is {:?}, not dictionary-encoded",
        column.dtype()
    );
    roi_lens::data::label_iter(column)
        .expect("labels")
        .map(|v| v.unwrap_or("<null>").to_owned())
        .collect()
}

#[test]
fn gbk_export_with_preamble_units_and_totals() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "广告数据报表\n时间范围：2024-09-01 至 2024-09-02\n\n\
        日期,广告版位,花费(元),曝光次数,点击次数,点击率,下单金额(元)\n\
        2024-09-01,朋友圈,\"1,200.50\",\"10,000\",150,1.50%,\"3,000.00\"\n\
        2024-09-02,朋友圈,￥799.50,\"8,000\",50,0.63%,-\n\
        2024-09-01,视频号,300,\"2,000\",40,2.00%,600\n\
        合计,-,\"2,300.00\",\"20,000\",240,1.20%,\"3,600.00\"\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let path = write(dir.path(), "tencent.csv", &gbk);
    let ds = load_files(std::slice::from_ref(&path), &LoadOptions::default()).expect("load");
    let info = &ds.sources[0];
    assert_eq!(info.encoding, Some(TextEncoding::Gbk));
    assert_eq!(info.header_line, 4);
    assert_eq!((info.rows, info.totals_rows_dropped), (3, 1));
    assert!(info.mapping.iter().all(|m| m.header != "点击率"));
    assert_eq!(column_str(&ds, "channel"), ["朋友圈", "朋友圈", "视频号"]);
    assert_eq!(
        column_f64(&ds, "spend"),
        [Some(1200.5), Some(799.5), Some(300.0)]
    );
    assert_eq!(
        column_f64(&ds, "clicks"),
        [Some(150.0), Some(50.0), Some(40.0)]
    );
    assert_eq!(
        column_f64(&ds, "revenue"),
        [Some(3000.0), None, Some(600.0)]
    );
    let s = summarize(&ds, &Query::default()).expect("summary");
    // 朋友圈: revenue 3000 over spend 2000 = 1.5; 视频号 600/300 = 2.
    assert_eq!(s.values(Metric::Roi), [Some(1.5), Some(2.0)]);
    assert_eq!(
        s.values(Metric::Sum(Field::Impressions)),
        [Some(18000.0), Some(2000.0)]
    );
}

#[test]
fn bom_export_with_full_width_units_and_retention_rates() {
    let dir = tempfile::tempdir().expect("temp dir");
    // 7日留存率 has percent signs; D30 retention has bare percentages (values above 1).
    let text = "\u{feff}总计,,,,,,\n\
        时间,投放平台,消耗（元）,激活数,次日留存数,7日留存率,D30 Retention\n\
        2024/10/1,抖音,1000,200,80,25.00%,10\n\
        2024/10/2,抖音,500,100,30,--,\n\
        2024/10/2,西瓜视频,100,0,0,0.00%,0\n";
    let path = write(dir.path(), "ocean.csv", text.as_bytes());
    let ds = load_files(std::slice::from_ref(&path), &LoadOptions::default()).expect("load");
    assert_eq!(ds.sources[0].encoding, Some(TextEncoding::Utf8Bom));
    assert_eq!(
        ds.sources[0].header_line, 2,
        "the 总计 line above is not the header"
    );
    assert_eq!(
        column_f64(&ds, "retained_d1"),
        [Some(80.0), Some(30.0), Some(0.0)]
    );
    // 200 × 25 % = 50; young cohort stays missing.
    assert_eq!(
        column_f64(&ds, "retained_d7"),
        [Some(50.0), None, Some(0.0)]
    );
    // 200 × 10 % = 20.
    assert_eq!(
        column_f64(&ds, "retained_d30"),
        [Some(20.0), None, Some(0.0)]
    );
    let s = summarize(&ds, &Query::default()).expect("summary");
    assert_eq!(s.key_labels(GroupKey::Channel), ["抖音", "西瓜视频"]);
    // d1: (80+30)/(200+100) ; d7 over mature rows only: 50/200.
    assert_eq!(s.values(Metric::Retention(1))[0], Some(110.0 / 300.0));
    assert_eq!(s.values(Metric::Retention(7))[0], Some(0.25));
    assert_eq!(
        s.values(Metric::Retention(7))[1],
        None,
        "0 new users: no rate"
    );
}

#[test]
fn tsv_and_utf16_excel_unicode_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tsv = write(dir.path(), "a.tsv", b"Channel\tCost\nX\t1,000\nY\t5\n");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "平台\t花费\n小红书\t12.5\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let txt = write(dir.path(), "b.txt", &utf16);
    let ds = load_files(&[tsv, txt], &LoadOptions::default()).expect("load");
    assert_eq!(ds.sources[0].format, FileFormat::Tsv);
    assert_eq!(ds.sources[1].format, FileFormat::Tsv);
    assert_eq!(ds.sources[1].encoding, Some(TextEncoding::Utf16Le));
    assert_eq!(column_str(&ds, "channel"), ["X", "Y", "小红书"]);
    assert_eq!(
        column_f64(&ds, "spend"),
        [Some(1000.0), Some(5.0), Some(12.5)]
    );
    assert_eq!(column_str(&ds, "source"), ["a.tsv", "a.tsv", "b.txt"]);
}

#[test]
fn parquet_with_typed_and_text_columns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("export.parquet");
    let mut df = df!(
        "Date" => ["2024-03-01", "2024/3/2"],
        "Channel" => ["Douyin", "Kuaishou"],
        "Spend" => [100.0f64, 50.0],
        "Clicks" => [10i64, 5],
        "GMV" => ["¥1,000", "250"],
    )
    .expect("frame");
    let file = std::fs::File::create(&path).expect("create");
    ParquetWriter::new(file)
        .finish(&mut df)
        .expect("write parquet");
    let ds = load_files(&[path], &LoadOptions::default()).expect("load");
    assert_eq!(ds.sources[0].format, FileFormat::Parquet);
    assert_eq!(column_f64(&ds, "revenue"), [Some(1000.0), Some(250.0)]);
    assert_eq!(column_f64(&ds, "clicks"), [Some(10.0), Some(5.0)]);
    let s = summarize(&ds, &Query::default()).expect("summary");
    assert_eq!(s.values(Metric::Roi), [Some(10.0), Some(5.0)]);
}

#[test]
fn parquet_bad_cell_names_the_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.parquet");
    let mut df = df!("channel" => ["a", "b", "c"], "spend" => ["1", "2", "three"]).expect("df");
    ParquetWriter::new(std::fs::File::create(&path).expect("create"))
        .finish(&mut df)
        .expect("write");
    let err = load_files(&[path], &LoadOptions::default()).expect_err("bad cell");
    assert!(
        matches!(&err, LoadError::BadCell { location: Location::Row(3), value, .. } if value == "three"),
        "{err}"
    );
}

#[test]
fn several_files_stack_with_missing_columns_as_null() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sub = dir.path().join("other");
    std::fs::create_dir(&sub).expect("mkdir");
    let a = write(
        dir.path(),
        "report.csv",
        b"channel,spend,revenue\nA,10,30\n",
    );
    let b = write(&sub, "report.csv", b"channel,spend\nA,10\nB,5\n");
    let ds = load_files(&[a.clone(), b.clone()], &LoadOptions::default()).expect("load");
    assert_eq!(column_f64(&ds, "revenue"), [Some(30.0), None, None]);
    // Same file name twice: the full paths tell the sources apart.
    let sources = column_str(&ds, "source");
    assert_eq!(sources[0], a.display().to_string());
    assert_eq!(sources[1], b.display().to_string());
    let s = summarize(&ds, &Query::default()).expect("summary");
    // ROI counts only the file that reports revenue: 30 / 10. B has no revenue anywhere.
    assert_eq!(s.values(Metric::Roi), [Some(3.0), None]);
}

#[test]
fn bad_cell_line_accounts_for_quoted_newlines_and_blank_lines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "channel,campaign,spend\n\
        A,\"two\nlines\",1\n\
        \n\
        B,x,2\n\
        C,y,\"1,2\"\n";
    let path = write(dir.path(), "tricky.csv", text.as_bytes());
    let err = load_files(&[path], &LoadOptions::default()).expect_err("bad cell");
    match err {
        LoadError::BadCell {
            location,
            column,
            field,
            value,
            expected,
            ..
        } => {
            assert_eq!(location, Location::Line(6));
            assert_eq!(
                (column.as_str(), field, value.as_str()),
                ("spend", Field::Spend, "1,2")
            );
            assert_eq!(expected, Expected::Number);
        }
        other => panic!("unexpected: {other}"),
    }
}

#[test]
fn percent_in_a_count_column_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "p.csv", b"channel,spend,clicks\nA,1,5%\n");
    let err = load_files(&[path], &LoadOptions::default()).expect_err("bad");
    assert!(err.to_string().contains("\"5%\""), "{err}");
}

#[test]
fn per_source_overrides_and_ignoring_a_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "x.csv",
        "Kanal,花费,消耗,收入\nA,1,100,50\nB,2,200,1000\n".as_bytes(),
    );
    // Automatic: 花费 wins (first), 消耗 is left unused.
    let ds = load_files(std::slice::from_ref(&path), &LoadOptions::default());
    // No channel column is recognised (Kanal is not a known header): the file is one channel,
    // named after the platform whose spend header 消耗 is (Ocean Engine's).
    let ds = ds.expect("a file without a channel column still loads");
    assert_eq!(ds.raw_channels, ["Ocean Engine"]);
    assert_eq!(
        ds.sources[0].channel,
        roi_lens::data::ChannelOrigin::Platform("Ocean Engine".to_owned())
    );
    let mut fields = std::collections::BTreeMap::new();
    fields.insert(Field::Channel, Some("Kanal".to_owned()));
    fields.insert(Field::Spend, Some("消耗".to_owned()));
    fields.insert(Field::Revenue, None);
    let options = LoadOptions {
        per_source: [(path.clone(), MappingOverrides { fields })].into(),
        ..LoadOptions::default()
    };
    let ds = load_files(std::slice::from_ref(&path), &options).expect("load");
    assert_eq!(column_f64(&ds, "spend"), [Some(100.0), Some(200.0)]);
    assert!(!ds.has(Field::Revenue), "revenue ignored");
    let m = &ds.sources[0].mapping;
    assert!(
        m.iter()
            .any(|m| m.field == Field::Spend && m.header == "消耗" && m.overridden)
    );
    // A per-source override naming a header the file lacks is an error naming it.
    let mut fields = std::collections::BTreeMap::new();
    fields.insert(Field::Channel, Some("渠道".to_owned()));
    let options = LoadOptions {
        per_source: [(path.clone(), MappingOverrides { fields })].into(),
        ..LoadOptions::default()
    };
    let err = load_files(&[path], &options).expect_err("unknown header");
    assert!(err.to_string().contains("渠道"), "{err}");
}

#[test]
fn totals_in_an_unmapped_first_column_are_dropped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "t.csv",
        "账户ID,渠道,花费\n1001,抖音,10\n1001,快手,20\n总计：,,30\n".as_bytes(),
    );
    let ds = load_files(&[path], &LoadOptions::default()).expect("load");
    assert_eq!(ds.sources[0].totals_rows_dropped, 1);
    assert_eq!(column_f64(&ds, "spend"), [Some(10.0), Some(20.0)]);
}

#[test]
fn loading_never_modifies_the_users_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "\u{feff}渠道,花费\n抖音,\"1,000\"\n合计,\"1,000\"\n";
    let path = write(dir.path(), "mine.csv", text.as_bytes());
    let before = std::fs::metadata(&path)
        .expect("meta")
        .modified()
        .expect("mtime");
    load_files(std::slice::from_ref(&path), &LoadOptions::default()).expect("load");
    assert_eq!(std::fs::read(&path).expect("read"), text.as_bytes());
    let after = std::fs::metadata(&path)
        .expect("meta")
        .modified()
        .expect("mtime");
    assert_eq!(before, after);
}

#[test]
fn rows_without_a_channel_are_grouped_visibly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "n.csv", b"channel,spend\nA,1\n,2\n  ,3\n");
    let ds = load_files(&[path], &LoadOptions::default()).expect("load");
    let s = summarize(&ds, &Query::default()).expect("summary");
    assert_eq!(s.key_labels(GroupKey::Channel), ["(none)", "A"]);
    assert_eq!(s.values(Metric::Sum(Field::Spend)), [Some(5.0), Some(1.0)]);
}

fn load_text(name: &str, text: &str) -> Result<roi_lens::data::Dataset, LoadError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), name, text.as_bytes());
    load_files(&[path], &LoadOptions::default())
}

#[test]
fn pandas_index_column_with_an_empty_header() {
    let ds = load_text("pandas.csv", ",channel,spend\n0,A,1\n1,B,2\n").expect("load");
    assert_eq!(column_f64(&ds, "spend"), [Some(1.0), Some(2.0)]);
}

#[test]
fn qualified_totals_rows_are_dropped_and_lookalike_names_kept() {
    let ds = load_text(
        "google.csv",
        "Campaign,Cost\nBrand,100\nGeneric,50\nTotal: Account,150\nTotal: Search,150\n\
         Total (2 campaigns),150\n",
    )
    .expect("load");
    assert_eq!(ds.sources[0].totals_rows_dropped, 3);
    assert_eq!(column_f64(&ds, "spend"), [Some(100.0), Some(50.0)]);
    let ds = load_text(
        "zh.csv",
        "计划名称,花费\n总计划-品牌,100\n汇总页投放,5\n总计,105\n",
    )
    .expect("load");
    assert_eq!(column_str(&ds, "campaign"), ["总计划-品牌", "汇总页投放"]);
}

#[test]
fn ten_thousand_units_scale_and_qualified_headers_are_not_the_field() {
    let ds = load_text(
        "wan.csv",
        "渠道,花费(占比),花费(万元),展示（万次）\n抖音,10%,1.5,2.25\n",
    )
    .expect("load");
    assert_eq!(column_f64(&ds, "spend"), [Some(15_000.0)]);
    assert_eq!(column_f64(&ds, "impressions"), [Some(22_500.0)]);
    let m = &ds.sources[0].mapping;
    assert!(
        m.iter()
            .any(|m| m.field == Field::Spend && m.header == "花费(万元)")
    );
}

#[test]
fn percent_unit_marks_bare_rates() {
    // 留存率(%) with 0.5 means 0.5 %, not 50 %.
    let ds = load_text("pct.csv", "渠道,花费,新增用户,7日留存率(%)\nA,1,1000,0.5\n").expect("load");
    assert_eq!(column_f64(&ds, "retained_d7"), [Some(5.0)]);
}

#[test]
fn semicolon_files_use_decimal_commas() {
    let ds = load_text("eu.csv", "channel;spend;clicks\nA;1.250,50;3\nB;2,5;2\n").expect("load");
    assert_eq!(ds.sources[0].format, FileFormat::Ssv);
    assert_eq!(column_f64(&ds, "spend"), [Some(1250.5), Some(2.5)]);
}

#[test]
fn a_bad_date_is_reported_even_after_a_totals_row_with_the_same_text() {
    let err = load_text(
        "d.csv",
        "date,channel,spend\n2024-02-30,合计,2\n2024-02-30,A,1\n",
    )
    .expect_err("bad date");
    assert!(
        matches!(
            &err,
            LoadError::BadCell {
                location: Location::Line(3),
                ..
            }
        ),
        "{err}"
    );
    let err = load_text("r.csv", "date,channel,spend\n2024-03-01 ~ 2024-03-07,A,1\n")
        .expect_err("a range is not a day");
    assert!(err.to_string().contains("2024-03-01 ~ 2024-03-07"), "{err}");
}

#[test]
fn stray_quote_names_line_column_and_value() {
    let err = load_text(
        "q.csv",
        "channel,campaign,spend\nA,5\" wide,1\nB,c,2\nC,d,3\n",
    )
    .expect_err("stray quote");
    let message = err.to_string();
    for needle in ["q.csv", "line 2", "\"campaign\"", "5\" wide"] {
        assert!(message.contains(needle), "{needle} missing: {message}");
    }
}

#[test]
fn ratios_only_count_files_that_report_both_inputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = write(
        dir.path(),
        "m1.csv",
        b"channel,spend,clicks,impressions\nA,100,10,1000\n",
    );
    let b = write(dir.path(), "m2.csv", b"channel,spend\nA,100\n");
    let ds = load_files(&[a, b], &LoadOptions::default()).expect("load");
    let s = summarize(&ds, &Query::default()).expect("summary");
    assert_eq!(s.values(Metric::Sum(Field::Spend)), [Some(200.0)]);
    // CPC over m1 only: 100 / 10; CPM: 1000 × 100 / 1000.
    assert_eq!(s.values(Metric::Cpc), [Some(10.0)]);
    assert_eq!(s.values(Metric::Cpm), [Some(100.0)]);
    assert_eq!(s.values(Metric::Ctr), [Some(0.01)]);
}

#[test]
fn bare_carriage_return_line_endings() {
    let ds = load_text("mac.csv", "channel,spend\rA,1\rB,2\r").expect("load");
    assert_eq!(column_f64(&ds, "spend"), [Some(1.0), Some(2.0)]);
}

#[test]
fn blank_lines_do_not_become_a_group() {
    let ds = load_text("blank.csv", "channel,spend\nA,1\n\n\nB,2\n\n").expect("load");
    let s = summarize(&ds, &Query::default()).expect("summary");
    assert_eq!(s.key_labels(GroupKey::Channel), ["A", "B"]);
}

/// 300 plain rows (spend 1 … 300), then `last` as the spend of row 301 (line 302).
fn plain_rows_then(last: &str) -> String {
    let mut text = String::from("channel,spend,clicks\n");
    for i in 1..=300 {
        text.push_str(&format!("A,{i},1\n"));
    }
    text.push_str(&format!("B,{last},1\n"));
    text
}

#[test]
fn a_messy_number_after_the_first_rows_is_still_cleaned() {
    // The first rows look like plain numbers, so Polars is asked to parse spend itself; the
    // thousands separator further down sends the file back through the cleaning.
    let ds = load_text("late.csv", &plain_rows_then("\"1,234.5\"")).expect("load");
    let spend = column_f64(&ds, "spend");
    assert_eq!(spend.len(), 301);
    assert_eq!(spend[299], Some(300.0));
    assert_eq!(spend[300], Some(1234.5));
    let ds = load_text("late.csv", &plain_rows_then("1.5e3")).expect("load");
    assert_eq!(column_f64(&ds, "spend")[300], Some(1500.0));
}

#[test]
fn a_bad_or_infinite_number_after_the_first_rows_names_its_line() {
    for bad in ["abc", "inf", "-inf"] {
        let err = load_text("late.csv", &plain_rows_then(bad)).expect_err(bad);
        match err {
            LoadError::BadCell {
                location, value, ..
            } => assert_eq!((location, value.as_str()), (Location::Line(302), bad)),
            other => panic!("{bad}: unexpected {other}"),
        }
    }
    // `NaN`, like `-` or `N/A`, is how some exports write "no value".
    let ds = load_text("late.csv", &plain_rows_then("NaN")).expect("load");
    assert_eq!(column_f64(&ds, "spend")[300], None);
}

#[test]
fn dates_in_another_shape_or_a_totals_label_after_the_first_rows() {
    // ISO dates in the first rows let Polars parse the column; a different shape or a totals
    // row further down sends the file back through the cleaning.
    let rows = |last: &str| {
        let mut text = String::from("channel,date,spend\n");
        for _ in 0..300 {
            text.push_str("A,2024-09-01,1\n");
        }
        text.push_str(last);
        text
    };
    let ds = load_text("dates.csv", &rows("B,2024/9/2,2\n")).expect("load");
    let days = ds
        .frame
        .column("date")
        .expect("date")
        .cast(&DataType::Int32)
        .expect("days");
    let days: Vec<Option<i32>> = days.i32().expect("i32").iter().collect();
    assert_eq!((days[0], days[300]), (Some(19967), Some(19968)));
    let ds = load_text("dates.csv", &rows("B,合计,300\n")).expect("load");
    assert_eq!(
        (ds.sources[0].rows, ds.sources[0].totals_rows_dropped),
        (300, 1)
    );
    let err = load_text("dates.csv", &rows("B,2024-02-30,2\n")).expect_err("no such day");
    assert!(
        matches!(
            err,
            LoadError::BadCell {
                location: Location::Line(302),
                ..
            }
        ),
        "{err}"
    );
}
