//! `roi-lens inspect`: how each file was read — encoding, sheets, header row, which header
//! became which field, near misses, channel, currency and notes.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

use super::InputArgs;
use crate::data;

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
        writeln!(out, "  encoding:     {encoding}")?;
        if let Some(read) = &s.sheet {
            writeln!(out, "  sheets:")?;
            for sheet in data::workbook::list_sheets(&s.path)? {
                let what = if sheet.header_row.is_some() {
                    let fields: Vec<String> = sheet.fields.iter().map(|f| f.name()).collect();
                    format!("{} rows: {}", sheet.rows, fields.join(", "))
                } else {
                    format!("{} rows, no recognisable header", sheet.rows)
                };
                let mark = if sheet.name == *read {
                    "  ← read"
                } else {
                    ""
                };
                // Padded by display width: a Chinese character takes two columns.
                let pad = " ".repeat(14_usize.saturating_sub(sheet.name.width()));
                writeln!(out, "    {}{pad} ({what}){mark}", sheet.name)?;
            }
        }
        if s.header_line > 0 {
            let row = if s.sheet.is_some() {
                "header row:  "
            } else {
                "header line: "
            };
            writeln!(out, "  {row} {}", s.header_line)?;
        }
        match &s.pushed_down {
            // A table: its rows stayed on the server; what came is one row per day × label.
            Some(pushed) => writeln!(
                out,
                "  rows:         {} in the table, summed in ClickHouse into {} day × label rows \
                 ({} bytes received)",
                pushed.table_rows, pushed.groups, pushed.received_bytes
            )?,
            None => writeln!(
                out,
                "  rows:         {} ({} totals rows dropped)",
                s.rows, s.totals_rows_dropped
            )?,
        }
        writeln!(out, "  mapping:")?;
        for m in &s.mapping {
            let how = match (m.overridden, m.derived()) {
                (true, _) => " (set by --map)".to_owned(),
                (false, Some(derived)) => format!(" ({derived})"),
                (false, None) => String::new(),
            };
            let scale = if m.unit_scale == 1.0 || m.is_rate {
                String::new()
            } else {
                format!(" (values × {})", m.unit_scale)
            };
            writeln!(
                out,
                "    {:<14} ← \"{}\"{how}{scale}",
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
            writeln!(out, "  not used:     {}", unused.join(", "))?;
        }
        for (field, headers) in crate::data::mapping::near_misses(&s.headers, &s.mapping) {
            for header in headers {
                writeln!(
                    out,
                    "  maybe:        {} ← \"{header}\"? (not recognised; --map {}=\"{header}\" uses it)",
                    field.name(),
                    field.name()
                )?;
            }
        }
        if let Some(channel) = s.channel.describe() {
            writeln!(out, "  channel:      {channel}")?;
        }
        match &s.currency {
            Some(c) => writeln!(out, "  currency:     {} (from {})", c.code, c.from)?,
            None => writeln!(
                out,
                "  currency:     not recognised (--currency-of FILE=CODE sets it)"
            )?,
        }
        for note in &s.notes {
            writeln!(out, "  note: {note}")?;
        }
    }
    Ok(())
}
