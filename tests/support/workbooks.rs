//! Workbooks the tests write: an agency report with a notes sheet and one sheet per channel.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::Workbook;

/// `name` in `dir`: a sheet `说明` with one line of text (no header), then per channel a sheet
/// `日期, 花费, 成交金额` with one row a day from 2024-09-01: spend as given, revenue = spend ×
/// `roi`.
pub fn channel_sheets(dir: &Path, name: &str, channels: &[(&str, &[f64])], roi: f64) -> PathBuf {
    let mut book = Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("说明").expect("name");
    notes.write_string(0, 0, "各渠道分表").expect("cell");
    for (channel, spends) in channels {
        let sheet = book.add_worksheet();
        sheet.set_name(*channel).expect("name");
        for (col, header) in ["日期", "花费", "成交金额"].iter().enumerate() {
            sheet.write_string(0, col as u16, *header).expect("cell");
        }
        for (k, spend) in spends.iter().enumerate() {
            let row = 1 + k as u32;
            sheet
                .write_string(row, 0, format!("2024-09-0{}", k + 1))
                .expect("cell");
            sheet.write_number(row, 1, *spend).expect("cell");
            sheet.write_number(row, 2, spend * roi).expect("cell");
        }
    }
    let path = dir.join(name);
    std::fs::write(&path, book.save_to_buffer().expect("xlsx")).expect("write");
    path
}
