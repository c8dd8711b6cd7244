//! Writes the bundled sample data, or a large English-shaped file for benchmarks.
//!
//! ```text
//! cargo run --example gen_sample                       # rewrite sample_data/ (and its workbook)
//! cargo run --release --example gen_sample -- --rows 1000000 --out big.csv
//! ```

use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Write one English-shaped file with exactly this many data rows instead of the samples.
    #[arg(long)]
    rows: Option<usize>,
    /// Output directory (samples) or file (with --rows).
    #[arg(long)]
    out: Option<PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    match args.rows {
        None => {
            let dir = args.out.unwrap_or_else(|| PathBuf::from("sample_data"));
            roi_lens::sample::write_samples(&dir)?;
            write_workbook(&dir.join(roi_lens::sample::SAMPLE_WORKBOOK))?;
            eprintln!("wrote the sample files to {}", dir.display());
        }
        Some(rows) => {
            let out = args
                .out
                .unwrap_or_else(|| PathBuf::from(format!("campaigns_{rows}.csv")));
            roi_lens::sample::write_benchmark_file(&out, rows)?;
            eprintln!("wrote {rows} rows to {}", out.display());
        }
    }
    Ok(())
}

/// The sample workbook as an agency sends it: per channel a sheet with a merged title, a
/// date-range line, the header on row 3, date cells, money with two decimals and a totals row.
/// Its document dates are fixed so the file is the same on every run.
fn write_workbook(path: &std::path::Path) -> anyhow::Result<()> {
    use roi_lens::sample::{WORKBOOK_SHEETS, workbook_rows};
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2024, 9, 15)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let title = Format::new().set_bold().set_font_size(14);
    let header = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let money = Format::new().set_num_format("#,##0.00");
    for (k, (name, _)) in WORKBOOK_SHEETS.iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(*name)?;
        sheet.merge_range(
            0,
            0,
            0,
            6,
            &format!("磁力金牛 · {name} · 推广数据报表"),
            &title,
        )?;
        sheet.write_string(1, 0, "统计时间：2024-09-01 至 2024-09-14")?;
        let headers = [
            "日期",
            "计划名称",
            "花费(元)",
            "曝光数",
            "点击数",
            "转化数",
            "付费金额(元)",
        ];
        for (col, text) in headers.iter().enumerate() {
            sheet.write_string_with_format(2, col as u16, *text, &header)?;
        }
        let rows = workbook_rows(k);
        for (i, r) in rows.iter().enumerate() {
            let row = 3 + i as u32;
            let day = ExcelDateTime::from_ymd(2024, 9, r.date.format("%d").to_string().parse()?)?;
            sheet.write_datetime_with_format(row, 0, &day, &date)?;
            sheet.write_string(row, 1, r.plan)?;
            sheet.write_number_with_format(row, 2, r.spend, &money)?;
            sheet.write_number(row, 3, r.impressions as f64)?;
            sheet.write_number(row, 4, r.clicks as f64)?;
            sheet.write_number(row, 5, r.conversions as f64)?;
            sheet.write_number_with_format(row, 6, r.revenue, &money)?;
        }
        let total = 3 + rows.len() as u32;
        sheet.write_string_with_format(total, 0, "合计", &header)?;
        let sum = |f: fn(&roi_lens::sample::WorkbookRow) -> f64| rows.iter().map(f).sum::<f64>();
        sheet.write_number_with_format(total, 2, sum(|r| r.spend), &money)?;
        sheet.write_number(total, 3, sum(|r| r.impressions as f64))?;
        sheet.write_number(total, 4, sum(|r| r.clicks as f64))?;
        sheet.write_number(total, 5, sum(|r| r.conversions as f64))?;
        sheet.write_number_with_format(total, 6, sum(|r| r.revenue), &money)?;
        sheet.set_column_width(1, 14)?;
    }
    book.save(path)?;
    Ok(())
}
