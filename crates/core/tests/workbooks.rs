//! Workbooks as platforms hand them out, written by the tests themselves: a title and a date
//! range above the header (merged cells), date cells and date serials, numbers as text with
//! units, error cells, a totals row, several sheets, a corrupt file. Sums equal hand values;
//! errors name the sheet and the cell.

use std::path::{Path, PathBuf};

use polars::prelude::ChunkAgg;
use roi_lens_core::data::workbook::{list_sheets, with_sheet};
use roi_lens_core::data::{
    Dataset, Field, FileFormat, LoadError, LoadOptions, Location, load_files,
};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};

fn sum(ds: &Dataset, field: Field) -> Option<f64> {
    ds.frame.column(&field.name()).ok()?.f64().ok()?.sum()
}

fn load(paths: &[PathBuf]) -> Result<Dataset, LoadError> {
    load_files(paths, &LoadOptions::default())
}

fn save(book: &mut Workbook, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, book.save_to_buffer().expect("xlsx")).expect("write");
    path
}

/// A Tencent-shaped report sheet: title merged over the columns, a date-range line, a blank
/// row, the header on row 4, two days of date cells, a spend written as text with a unit and
/// separators, a totals row.
fn tencent_sheet(sheet: &mut Worksheet) {
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .merge_range(0, 0, 0, 5, "腾讯广告 · 数据报表", &Format::new())
        .expect("workbook");
    sheet
        .write_string(1, 0, "2024-09-01 至 2024-09-02")
        .expect("workbook");
    for (col, header) in [
        "日期",
        "广告版位",
        "花费(元)",
        "曝光次数",
        "点击次数",
        "下单金额(元)",
    ]
    .iter()
    .enumerate()
    {
        sheet
            .write_string(3, col as u16, *header)
            .expect("workbook");
    }
    let rows: [(u8, &str, f64, f64, f64, f64); 3] = [
        (1, "朋友圈", 1200.5, 30000.0, 450.0, 3600.0),
        (1, "视频号", 800.0, 20000.0, 300.0, 2000.0),
        (2, "朋友圈", 1000.0, 25000.0, 400.0, 3100.25),
    ];
    for (k, (day, channel, spend, imps, clicks, revenue)) in rows.iter().enumerate() {
        let row = 4 + k as u32;
        let when = ExcelDateTime::from_ymd(2024, 9, *day).expect("workbook");
        sheet
            .write_datetime_with_format(row, 0, &when, &date)
            .expect("workbook");
        sheet.write_string(row, 1, *channel).expect("workbook");
        if k == 1 {
            // As an export writes it when the cell is text: unit and thousands separator.
            sheet.write_string(row, 2, "¥800.00").expect("workbook");
        } else {
            sheet.write_number(row, 2, *spend).expect("workbook");
        }
        sheet.write_number(row, 3, *imps).expect("workbook");
        sheet.write_number(row, 4, *clicks).expect("workbook");
        sheet.write_number(row, 5, *revenue).expect("workbook");
    }
    sheet.write_string(7, 0, "合计").expect("workbook");
    sheet.write_number(7, 2, 3000.5).expect("workbook");
    sheet.write_number(7, 3, 75000.0).expect("workbook");
    sheet.write_number(7, 4, 1150.0).expect("workbook");
    sheet.write_number(7, 5, 8700.25).expect("workbook");
}

#[test]
fn a_platform_report_sheet_loads_like_its_csv() {
    let dir = tempfile::tempdir().expect("workbook");
    let mut book = Workbook::new();
    tencent_sheet(book.add_worksheet());
    let path = save(&mut book, dir.path(), "tencent.xlsx");
    let ds = load(std::slice::from_ref(&path)).expect("loads");
    let source = &ds.sources[0];
    assert_eq!(source.format, FileFormat::Workbook);
    assert_eq!(source.header_line, 4, "the header is on sheet row 4");
    assert_eq!(source.totals_rows_dropped, 1);
    assert_eq!(source.rows, 3);
    assert_eq!(sum(&ds, Field::Spend), Some(1200.5 + 800.0 + 1000.0));
    assert_eq!(sum(&ds, Field::Impressions), Some(75000.0));
    assert_eq!(sum(&ds, Field::Clicks), Some(1150.0));
    assert_eq!(sum(&ds, Field::Revenue), Some(3600.0 + 2000.0 + 3100.25));
    let dates = ds.frame.column("date").expect("workbook");
    assert_eq!(dates.dtype(), &polars::prelude::DataType::Date);
    assert_eq!(
        dates
            .as_materialized_series()
            .str_value(0)
            .expect("workbook"),
        "2024-09-01"
    );
    assert_eq!(ds.raw_channels, ["朋友圈", "视频号"]);
}

/// A date column of plain serial numbers (the cells lost their date format) is still dates.
#[test]
fn date_serials_without_a_date_format_are_dates() {
    let dir = tempfile::tempdir().expect("workbook");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (col, header) in ["Day", "Channel", "Cost"].iter().enumerate() {
        sheet
            .write_string(0, col as u16, *header)
            .expect("workbook");
    }
    for (k, serial) in [45536.0, 45537.0].iter().enumerate() {
        let row = 1 + k as u32;
        sheet.write_number(row, 0, *serial).expect("workbook");
        sheet.write_string(row, 1, "Search").expect("workbook");
        sheet.write_number(row, 2, 10.0).expect("workbook");
    }
    let path = save(&mut book, dir.path(), "serials.xlsx");
    let ds = load(&[path]).expect("loads");
    let dates = ds
        .frame
        .column("date")
        .expect("workbook")
        .as_materialized_series()
        .clone();
    assert_eq!(dates.str_value(0).expect("workbook"), "2024-09-01");
    assert_eq!(dates.str_value(1).expect("workbook"), "2024-09-02");
}

/// `#DIV/0!` and `#N/A` cells (formulas' cached results) are empty and named in a note.
#[test]
fn error_cells_are_empty_and_named() {
    let dir = tempfile::tempdir().expect("workbook");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Report").expect("workbook");
    for (col, header) in ["Date", "Channel", "Spend", "Revenue"].iter().enumerate() {
        sheet
            .write_string(0, col as u16, *header)
            .expect("workbook");
    }
    for k in 0..3_u32 {
        let row = 1 + k;
        sheet
            .write_string(row, 0, format!("2024-09-0{}", k + 1))
            .expect("workbook");
        sheet.write_string(row, 1, "Douyin").expect("workbook");
        sheet.write_number(row, 2, 100.0).expect("workbook");
    }
    sheet.write_number(1, 3, 250.0).expect("workbook");
    sheet
        .write_formula(2, 3, Formula::new("=1/0").set_result("#DIV/0!"))
        .expect("workbook");
    sheet
        .write_formula(3, 3, Formula::new("=NA()").set_result("#N/A"))
        .expect("workbook");
    let path = save(&mut book, dir.path(), "errors.xlsx");
    let ds = load(&[path]).expect("loads");
    assert_eq!(sum(&ds, Field::Revenue), Some(250.0));
    assert_eq!(sum(&ds, Field::Spend), Some(300.0));
    assert_eq!(
        ds.sources[0].notes,
        [
            "2 cells hold a spreadsheet error: Report!D3 (#DIV/0!), Report!D4 (#N/A) — they \
          are read as empty"
        ]
    );
}

/// A cell that cannot be read is named in spreadsheet terms.
#[test]
fn a_bad_cell_is_named_by_sheet_and_cell() {
    let dir = tempfile::tempdir().expect("workbook");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1").expect("workbook");
    sheet.write_string(0, 0, "Weekly report").expect("workbook");
    for (col, header) in ["Date", "Channel", "Spend"].iter().enumerate() {
        sheet
            .write_string(2, col as u16, *header)
            .expect("workbook");
    }
    for (k, spend) in ["10", "abc"].iter().enumerate() {
        let row = 3 + k as u32;
        sheet.write_string(row, 0, "2024-09-01").expect("workbook");
        sheet.write_string(row, 1, "Search").expect("workbook");
        sheet.write_string(row, 2, *spend).expect("workbook");
    }
    let path = save(&mut book, dir.path(), "bad.xlsx");
    let err = load(&[path]).expect_err("abc is not a number");
    match &err {
        LoadError::BadCell {
            location, value, ..
        } => {
            assert_eq!(location, &Location::Cell("Sheet1!C5".into()));
            assert_eq!(value, "abc");
        }
        other => panic!("{other}"),
    }
    assert!(
        err.to_string()
            .contains("bad.xlsx: Sheet1!C5, column \"Spend\""),
        "{err}"
    );
}

/// One sheet per channel, none with a channel column: listed with sizes and columns; the
/// first sheet with a header is read by default; `book.xlsx#抖音` reads that sheet; both
/// stacked, each sheet named as its channel, sum to the hand totals.
#[test]
fn several_sheets_listed_picked_and_stacked() {
    let dir = tempfile::tempdir().expect("workbook");
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("说明")
        .expect("workbook")
        .write_string(0, 0, "各渠道分表")
        .expect("workbook");
    for (name, spends) in [("朋友圈", [100.0, 200.0]), ("抖音", [300.0, 50.0])] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).expect("workbook");
        for (col, header) in ["日期", "花费", "点击"].iter().enumerate() {
            sheet
                .write_string(0, col as u16, *header)
                .expect("workbook");
        }
        for (k, spend) in spends.iter().enumerate() {
            let row = 1 + k as u32;
            sheet
                .write_string(row, 0, format!("2024-09-0{}", k + 1))
                .expect("workbook");
            sheet.write_number(row, 1, *spend).expect("workbook");
            sheet.write_number(row, 2, 10.0).expect("workbook");
        }
    }
    let path = save(&mut book, dir.path(), "channels.xlsx");
    let sheets = list_sheets(&path).expect("lists");
    let summary: Vec<(&str, usize, bool)> = sheets
        .iter()
        .map(|s| (s.name.as_str(), s.rows, s.has_data()))
        .collect();
    assert_eq!(
        summary,
        [("说明", 1, false), ("朋友圈", 2, true), ("抖音", 2, true)]
    );
    assert_eq!(sheets[1].fields, [Field::Date, Field::Spend, Field::Clicks]);
    // By default: the first sheet with a header.
    let ds = load(std::slice::from_ref(&path)).expect("loads");
    assert_eq!(sum(&ds, Field::Spend), Some(300.0));
    // One sheet by name.
    let douyin = with_sheet(&path, "抖音");
    let ds = load(std::slice::from_ref(&douyin)).expect("loads");
    assert_eq!(sum(&ds, Field::Spend), Some(350.0));
    // Both, each sheet its channel.
    let moments = with_sheet(&path, "朋友圈");
    let mut options = LoadOptions::default();
    options.channel_of.insert(moments.clone(), "朋友圈".into());
    options.channel_of.insert(douyin.clone(), "抖音".into());
    let ds = load_files(&[moments, douyin], &options).expect("loads");
    assert_eq!(ds.raw_channels, ["抖音", "朋友圈"]);
    assert_eq!(sum(&ds, Field::Spend), Some(650.0));
    // A sheet that is not there is named with the ones that are.
    let err = load(&[with_sheet(&path, "快手")]).expect_err("no such sheet");
    assert!(
        err.to_string()
            .contains("there is no sheet \"快手\"; its sheets are \"说明\", \"朋友圈\", \"抖音\""),
        "{err}"
    );
}

/// A damaged workbook, or bytes that only look like one, is an error naming the file.
#[test]
fn a_corrupt_workbook_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("workbook");
    let mut book = Workbook::new();
    tencent_sheet(book.add_worksheet());
    let good = book.save_to_buffer().expect("workbook");
    for (name, bytes) in [
        ("garbage.xlsx", b"PK\x03\x04 this is not a zip".to_vec()),
        ("half.xlsx", good[..good.len() / 2].to_vec()),
        (
            "old.xls",
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("workbook");
        let err = load(std::slice::from_ref(&path)).expect_err(name);
        assert!(
            err.to_string()
                .starts_with(&format!("{}: ", path.display())),
            "{name}: {err}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Workbooks with bytes changed, cut or inserted never panic the loader.
    #[test]
    fn mutated_workbooks_never_panic(
        edits in proptest::collection::vec((0.0_f64..1.0, proptest::num::u8::ANY, 0_u8..3), 1..8),
    ) {
        let mut book = Workbook::new();
        tencent_sheet(book.add_worksheet());
        let mut bytes = book.save_to_buffer().expect("workbook");
        for (at, byte, kind) in edits {
            let i = ((bytes.len() as f64) * at) as usize % bytes.len().max(1);
            match kind {
                0 => bytes[i] = byte,
                1 => bytes.truncate(i.max(4)),
                _ => bytes.insert(i, byte),
            }
        }
        let dir = tempfile::tempdir().expect("workbook");
        let path = dir.path().join("mutated.xlsx");
        std::fs::write(&path, &bytes).expect("workbook");
        let _ = load(&[path]);
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A workbook in the 1904 date system (old Mac Excel): its date serials count from 1904, and
/// read as the same days.
#[test]
fn dates_in_the_1904_system_are_the_same_days() {
    let ds = load(&[fixture("dates_1904.xlsx")]).expect("loads");
    let dates = ds
        .frame
        .column("date")
        .expect("date")
        .as_materialized_series()
        .clone();
    assert_eq!(dates.str_value(0).expect("a date"), "2024-09-01");
    assert_eq!(dates.str_value(1).expect("a date"), "2024-09-02");
    assert_eq!(sum(&ds, Field::Spend), Some(150.0));
    assert_eq!(sum(&ds, Field::Revenue), Some(330.0));
}

/// A workbook saved with a password gets a message saying so, naming the file.
#[test]
fn a_password_protected_workbook_says_so() {
    let path = fixture("password.xlsx");
    let err = load(std::slice::from_ref(&path)).expect_err("encrypted");
    assert!(matches!(err, LoadError::Workbook { .. }), "{err}");
    assert!(
        err.to_string().starts_with(&format!(
            "{}: the workbook is protected by a password",
            path.display()
        )),
        "{err}"
    );
}

/// An event log in a workbook: a title above the header, date-time cells, epoch seconds and
/// text times. The sheet is told apart from a spend sheet beside it, reads to the same table
/// as the CSV of the same events, and a bad time names its cell.
#[test]
fn an_event_log_sheet_is_an_event_log() {
    use chrono::FixedOffset;
    use roi_lens_core::data::events::load_event_table;
    use roi_lens_core::data::kind::split_event_logs;
    let dir = tempfile::tempdir().expect("dir");
    let tz = FixedOffset::east_opt(8 * 3600).expect("offset");
    let events = |book: &mut Workbook, bad: bool| {
        let sheet = book.add_worksheet();
        sheet.set_name("Events").expect("workbook");
        sheet
            .write_string(0, 0, "App events, June")
            .expect("workbook");
        for (col, header) in ["用户ID", "事件时间", "事件", "金额", "渠道"]
            .iter()
            .enumerate()
        {
            sheet
                .write_string(1, col as u16, *header)
                .expect("workbook");
        }
        let when = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
        // u1 starts 23:58 on 1 June and is back at 00:03; u2 starts by epoch seconds; the
        // same event of u1 is written twice.
        let at = ExcelDateTime::from_ymd(2024, 6, 1)
            .expect("date")
            .and_hms(23, 58, 0)
            .expect("time");
        let back = ExcelDateTime::from_ymd(2024, 6, 2)
            .expect("date")
            .and_hms(0, 3, 0)
            .expect("time");
        for row in [2, 3] {
            sheet.write_string(row, 0, "u1").expect("workbook");
            sheet
                .write_datetime_with_format(row, 1, &at, &when)
                .expect("workbook");
            sheet.write_string(row, 2, "install").expect("workbook");
            sheet.write_string(row, 4, "抖音").expect("workbook");
        }
        sheet.write_string(4, 0, "u1").expect("workbook");
        sheet
            .write_datetime_with_format(4, 1, &back, &when)
            .expect("workbook");
        sheet.write_string(4, 2, "pay").expect("workbook");
        sheet.write_number(4, 3, 30.5).expect("workbook");
        sheet.write_string(5, 0, "u2").expect("workbook");
        if bad {
            sheet.write_string(5, 1, "yesterday").expect("workbook");
        } else {
            sheet.write_number(5, 1, 1_717_257_600.0).expect("workbook");
        }
        sheet.write_string(5, 2, "install").expect("workbook");
        sheet.write_string(5, 4, "快手").expect("workbook");
    };
    let mut mixed = Workbook::new();
    tencent_sheet(mixed.add_worksheet());
    events(&mut mixed, false);
    let mixed = save(&mut mixed, dir.path(), "mixed.xlsx");
    let mut only = Workbook::new();
    events(&mut only, false);
    let only = save(&mut only, dir.path(), "events.xlsx");
    let mut broken = Workbook::new();
    events(&mut broken, true);
    let broken = save(&mut broken, dir.path(), "broken.xlsx");

    let sheets = list_sheets(&mixed).expect("lists");
    assert_eq!(
        sheets
            .iter()
            .map(|s| (s.has_data(), s.events))
            .collect::<Vec<_>>(),
        [(true, false), (false, true)]
    );
    let (exports, logs) = split_event_logs(&[mixed.clone(), only.clone()]);
    assert_eq!(
        exports,
        std::slice::from_ref(&mixed),
        "the spend sheet's book stays an export"
    );
    assert_eq!(
        logs,
        [with_sheet(&mixed, "Events"), with_sheet(&only, "Events")]
    );
    let named = with_sheet(&mixed, "Events");
    assert_eq!(
        split_event_logs(std::slice::from_ref(&named)).1,
        std::slice::from_ref(&named)
    );

    let csv = dir.path().join("events.csv");
    std::fs::write(
        &csv,
        "用户ID,事件时间,事件,金额,渠道\n\
         u1,2024-06-01 23:58:00,install,,抖音\n\
         u1,2024-06-01 23:58:00,install,,抖音\n\
         u1,2024-06-02 00:03:00,pay,30.5,\n\
         u2,1717257600,install,,快手\n",
    )
    .expect("write");
    let from_csv = load_event_table(&csv, tz).expect("csv");
    assert_eq!(from_csv.duplicates, 1);
    assert!(load_event_table(&named, tz).expect("sheet") == from_csv);
    assert!(load_event_table(&only, tz).expect("first event sheet") == from_csv);

    match load_event_table(&broken, tz) {
        Err(LoadError::BadCell {
            location, value, ..
        }) => {
            assert_eq!(location, Location::Cell("Events!B6".into()));
            assert_eq!(value, "yesterday");
        }
        other => panic!("expected a bad cell, got {other:?}"),
    }
}
