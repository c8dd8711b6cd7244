//! Workbooks with several sheets: when files are opened or added, each workbook named without
//! a sheet has its sheets listed off the UI thread; a workbook with more than one sheet of
//! data opens the chooser (which sheets, and whether each is a channel), any other goes
//! straight to the load.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::{Purpose, RoiLensApp};
use crate::data::kind::workbook_contents;
use crate::data::workbook::{SheetInfo, is_workbook_name, list_sheets, split_sheet, with_sheet};
use crate::data::{Field, LoadOptions};
use crate::text;

/// The sheet chooser's state while it is open: the window edits it, Open and Cancel are
/// commands.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetChooser {
    /// Adding to the analysis (else opening a new one).
    pub add: bool,
    /// Files opened as they are (text files, workbooks with one sheet of data).
    pub plain: Vec<PathBuf>,
    pub books: Vec<BookChoice>,
    /// A chosen sheet without a channel column is the channel named after the sheet.
    pub sheets_are_channels: bool,
    /// The event-log sheets of the workbooks, opened with the chosen sheets (for the
    /// cohorts).
    pub events: Vec<PathBuf>,
}

/// One workbook's sheets and which are chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct BookChoice {
    pub path: PathBuf,
    pub sheets: Vec<(SheetInfo, bool)>,
}

impl SheetChooser {
    /// The sources chosen and the channel of each sheet that is one.
    pub fn chosen(&self) -> (Vec<PathBuf>, BTreeMap<PathBuf, String>) {
        let mut paths = self.plain.clone();
        let mut channel_of = BTreeMap::new();
        for book in &self.books {
            for (sheet, on) in &book.sheets {
                if !on {
                    continue;
                }
                let source = with_sheet(&book.path, &sheet.name);
                if self.sheets_are_channels && !sheet.fields.contains(&Field::Channel) {
                    channel_of.insert(source.clone(), sheet.name.clone());
                }
                paths.push(source);
            }
        }
        (paths, channel_of)
    }
}

type Listed = Vec<(PathBuf, Result<Vec<SheetInfo>, String>)>;

/// Workbooks whose sheets are being listed, for an open or an add of `paths`.
pub(super) struct SheetListing {
    add: bool,
    paths: Vec<PathBuf>,
    answer: Receiver<Listed>,
}

impl RoiLensApp {
    /// Opens (or adds) `paths`: at once, or after the sheets of its workbooks are listed
    /// (which sheets hold campaign rows, which are event logs).
    pub(super) fn open_or_add(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>, add: bool) {
        let books: Vec<PathBuf> = paths
            .iter()
            .filter(|p| is_workbook_name(&split_sheet(p).0))
            .cloned()
            .collect();
        if books.is_empty() {
            self.open_now(paths, Vec::new(), BTreeMap::new(), add);
            return;
        }
        let (send, answer) = channel();
        let wake = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("roi-lens-sheets".into())
            .spawn(move || {
                let listed: Listed = books
                    .into_iter()
                    .map(|book| {
                        let sheets = list_sheets(&book).map_err(|e| e.to_string());
                        (book, sheets)
                    })
                    .collect();
                let _ = send.send(listed);
                wake.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.status = text!("app-status-reading-sheets");
                self.sheet_listing = Some(SheetListing { add, paths, answer });
            }
            // No thread: the load itself reads the first sheet with data.
            Err(_) => self.open_now(paths, Vec::new(), BTreeMap::new(), add),
        }
    }

    /// Takes in the listed sheets: the chooser when a workbook has several sheets of data,
    /// else the load.
    pub(super) fn poll_sheet_listing(&mut self) {
        let Some(listing) = &self.sheet_listing else {
            return;
        };
        let listed = match listing.answer.try_recv() {
            Ok(listed) => listed,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Vec::new(),
        };
        let Some(SheetListing { add, paths, .. }) = self.sheet_listing.take() else {
            return;
        };
        // Event-log sheets go to the cohorts; a workbook holding nothing else is no export.
        let mut events = Vec::new();
        let mut only_events = Vec::new();
        for (book, sheets) in &listed {
            if let Ok(sheets) = sheets {
                let (has_data, sheets) = workbook_contents(book, sheets);
                if !has_data && !sheets.is_empty() {
                    only_events.push(book.clone());
                }
                events.extend(sheets);
            }
        }
        let paths: Vec<PathBuf> = paths
            .into_iter()
            .filter(|p| !only_events.contains(p))
            .collect();
        let several: BTreeMap<PathBuf, Vec<SheetInfo>> = listed
            .into_iter()
            .filter(|(book, _)| split_sheet(book).1.is_none())
            .filter_map(|(book, sheets)| {
                // A workbook that cannot be listed goes to the load, which names its problem.
                let sheets = sheets.ok()?;
                (sheets.iter().filter(|s| s.has_data()).count() > 1).then_some((book, sheets))
            })
            .collect();
        if several.is_empty() {
            self.open_now(paths, events, BTreeMap::new(), add);
            return;
        }
        let plain = paths
            .iter()
            .filter(|p| !several.contains_key(*p))
            .cloned()
            .collect();
        let books: Vec<BookChoice> = paths
            .iter()
            .filter_map(|p| several.get(p).map(|sheets| (p, sheets)))
            .map(|(path, sheets)| BookChoice {
                path: path.clone(),
                sheets: sheets.iter().map(|s| (s.clone(), s.has_data())).collect(),
            })
            .collect();
        // One sheet per channel is the common layout when the sheets have no channel column.
        let sheets_are_channels = books
            .iter()
            .flat_map(|b| &b.sheets)
            .filter(|(s, on)| *on && s.has_data())
            .all(|(s, _)| !s.fields.contains(&Field::Channel));
        self.status = text!("app-status-choose-sheets");
        self.sheet_chooser = Some(SheetChooser {
            add,
            plain,
            books,
            sheets_are_channels,
            events,
        });
    }

    /// Loads the sources now: a new analysis, or added to this one, with the channels given to
    /// sheets and the event-log sheets found in the workbooks.
    pub(super) fn open_now(
        &mut self,
        paths: Vec<PathBuf>,
        events: Vec<PathBuf>,
        channel_of: BTreeMap<PathBuf, String>,
        add: bool,
    ) {
        if add {
            let (mut all, mut options, purpose) = self.latest_request();
            all.extend(paths.into_iter().filter(|p| !self.sources.contains(p)));
            options.channel_of.extend(channel_of);
            self.start_load_with_events(all, events, options, purpose);
        } else {
            // The view is reset when the new files have loaded (a failed open keeps it).
            self.failed_load = None;
            let options = LoadOptions {
                channel_of,
                ..LoadOptions::default()
            };
            self.start_load_with_events(paths, events, options, Purpose::NewAnalysis);
        }
    }

    /// The chooser's Open: the chosen sheets (and the files opened with them) are loaded.
    pub(super) fn open_chosen_sheets(&mut self) {
        let Some(chooser) = self.sheet_chooser.take() else {
            return;
        };
        let (paths, channel_of) = chooser.chosen();
        if paths.is_empty() {
            return;
        }
        self.open_now(paths, chooser.events, channel_of, chooser.add);
    }

    /// Sheets are being listed or chosen.
    pub fn choosing_sheets(&self) -> bool {
        self.sheet_listing.is_some()
    }
}
