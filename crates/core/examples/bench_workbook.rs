//! How long a large workbook takes to open: writes an .xlsx of N rows shaped like a platform
//! report (title rows, date cells, numbers, a totals row) and times the whole load of it.
//!
//! ```text
//! cargo run --release -p roi-lens-core --example bench_workbook -- 100000
//! ```

use std::time::Instant;

use roi_lens_core::data::{LoadOptions, load_files};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn main() -> anyhow::Result<()> {
    let rows: u32 = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.xlsx");
    let start = Instant::now();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_string(0, 0, "广告数据报表")?;
    sheet.write_string(1, 0, "2024-01-01 至 2024-12-31")?;
    let headers = [
        "日期",
        "渠道",
        "计划名称",
        "花费(元)",
        "曝光次数",
        "点击次数",
        "转化数",
        "成交金额(元)",
    ];
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string(2, col as u16, *h)?;
    }
    let channels = ["朋友圈", "视频号", "抖音", "快手", "小红书"];
    for i in 0..rows {
        let row = 3 + i;
        let day = (i / 50) % 365;
        let when = ExcelDateTime::from_serial_datetime(45292.0 + f64::from(day))?;
        sheet.write_datetime_with_format(row, 0, &when, &date)?;
        sheet.write_string(row, 1, channels[(i % 5) as usize])?;
        sheet.write_string(row, 2, format!("计划{}", i % 10))?;
        let spend = 100.0 + f64::from(i % 97) * 3.25;
        sheet.write_number(row, 3, spend)?;
        sheet.write_number(row, 4, f64::from(10_000 + i % 5000))?;
        sheet.write_number(row, 5, f64::from(200 + i % 300))?;
        sheet.write_number(row, 6, f64::from(i % 20))?;
        sheet.write_number(row, 7, spend * 2.1)?;
    }
    sheet.write_string(3 + rows, 0, "合计")?;
    book.save(&path)?;
    let size = std::fs::metadata(&path)?.len() as f64 / 1e6;
    println!(
        "{rows} rows, {size:.1} MB .xlsx, written in {:.2} s",
        start.elapsed().as_secs_f64()
    );
    let mut times = Vec::new();
    for run in 1..=5 {
        let start = Instant::now();
        let ds = load_files(std::slice::from_ref(&path), &LoadOptions::default())?;
        let t = start.elapsed().as_secs_f64();
        assert_eq!(ds.frame.height(), rows as usize);
        println!("run {run}: opened in {t:.3} s");
        times.push(t);
    }
    times.sort_by(f64::total_cmp);
    println!("median: {:.3} s (target < 3 s)", times[times.len() / 2]);
    Ok(())
}
