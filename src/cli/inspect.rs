//! `roi-lens inspect`: how each file was read — encoding, sheets, header row, which header
//! became which field, near misses, channel, currency and notes.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

use super::InputArgs;
use crate::data;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Runs `inspect`.
pub fn run_inspect(args: &InspectArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let (ds, _) = args.input.load()?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &ds.sources).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    for s in &ds.sources {
        let encoding = s.encoding_label();
        writeln!(out, "{}", s.path.display())?;
        writeln!(
            out,
            "  {}",
            tr!("cli-inspect-encoding", encoding = &encoding)
        )?;
        if let Some(read) = &s.sheet {
            writeln!(out, "  {}", tr!("cli-inspect-sheets"))?;
            for sheet in data::workbook::list_sheets(&s.path)? {
                let what = if sheet.header_row.is_some() {
                    let fields: Vec<String> = sheet.fields.iter().map(|f| f.name()).collect();
                    tr!(
                        "cli-inspect-sheet-fields",
                        rows = sheet.rows.to_string(),
                        fields = fields.join(", ")
                    )
                } else {
                    tr!("cli-inspect-sheet-no-header", rows = sheet.rows.to_string())
                };
                let mark = if sheet.name == *read {
                    format!("  {}", tr!("cli-inspect-sheet-read"))
                } else {
                    String::new()
                };
                // Padded by display width: a Chinese character takes two columns.
                let pad = " ".repeat(14_usize.saturating_sub(sheet.name.width()));
                writeln!(out, "    {}{pad} ({what}){mark}", sheet.name)?;
            }
        }
        if s.header_line > 0 {
            let line = s.header_line.to_string();
            let text = if s.sheet.is_some() {
                tr!("cli-inspect-header-row", line = line)
            } else {
                tr!("cli-inspect-header-line", line = line)
            };
            writeln!(out, "  {text}")?;
        }
        match &s.pushed_down {
            // A table: its rows stayed on the server; what came is one row per day × label.
            Some(pushed) => writeln!(
                out,
                "  {}",
                tr!(
                    "cli-inspect-rows-pushed",
                    table_rows = pushed.table_rows.to_string(),
                    groups = pushed.groups.to_string(),
                    bytes = pushed.received_bytes.to_string()
                )
            )?,
            None => writeln!(
                out,
                "  {}",
                tr!(
                    "cli-inspect-rows",
                    rows = s.rows.to_string(),
                    dropped = s.totals_rows_dropped.to_string()
                )
            )?,
        }
        writeln!(out, "  {}", tr!("cli-inspect-mapping"))?;
        for m in &s.mapping {
            let how = match (m.overridden, m.derived_words()) {
                (true, _) => format!(" {}", tr!("cli-inspect-set-by-map")),
                (false, Some(derived)) => format!(" ({derived})"),
                (false, None) => String::new(),
            };
            let scale = if m.unit_scale == 1.0 || m.is_rate {
                String::new()
            } else {
                format!(
                    " {}",
                    tr!("cli-inspect-scale", scale = m.unit_scale.to_string())
                )
            };
            writeln!(
                out,
                "    {:<14} ← \"{}\"{how}{scale}", // not shown: a layout
                m.field.name(),
                m.header
            )?;
        }
        let used: Vec<&str> = s.mapping.iter().map(|m| m.header.as_str()).collect();
        let unused: Vec<&str> = s
            .headers
            .iter()
            .map(String::as_str)
            .filter(|h| !used.contains(h))
            .collect();
        if !unused.is_empty() {
            writeln!(
                out,
                "  {}",
                tr!("cli-inspect-not-used", headers = unused.join(", "))
            )?;
        }
        for (field, headers) in crate::data::mapping::near_misses(&s.headers, &s.mapping) {
            for header in headers {
                writeln!(
                    out,
                    "  {}",
                    tr!(
                        "cli-inspect-maybe",
                        field = field.name(),
                        header = header.as_str()
                    )
                )?;
            }
        }
        if let Some(channel) = s.channel.describe() {
            writeln!(out, "  {}", tr!("cli-inspect-channel", channel = channel))?;
        }
        match &s.currency {
            Some(c) => writeln!(
                out,
                "  {}",
                tr!(
                    "cli-inspect-currency",
                    code = c.code.as_str(),
                    from = c.from_to_show()
                )
            )?,
            None => writeln!(out, "  {}", tr!("cli-inspect-no-currency"))?,
        }
        for note in s.notes_to_show() {
            writeln!(out, "  {}", tr!("cli-inspect-note", note = note))?;
        }
    }
    Ok(())
}
