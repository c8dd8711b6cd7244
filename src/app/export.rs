//! Exports from the app: the save dialog on its own thread, then the PNG or CSV written on an
//! export thread, so neither the dialog nor the rendering ever stalls the UI. The picture is
//! drawn with eframe's wgpu device when it lends one, else with a device of our own.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

use crate::dashboard::{DashboardData, TableSort};
use crate::export::{self, Gpu, ImageSpec, Look, Picture};

/// What a save dialog or an export job is for.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportKind {
    Png { picture: Picture, spec: ImageSpec },
    TableCsv,
}

impl ExportKind {
    fn extension(&self) -> &'static str {
        match self {
            ExportKind::Png { .. } => "png",
            ExportKind::TableCsv => "csv",
        }
    }

    /// A file name that says what and when: `roi-2024-09-22_2024-10-21.png`.
    pub fn file_name(&self, data: &DashboardData) -> String {
        let picture = match self {
            ExportKind::Png { picture, .. } => *picture,
            ExportKind::TableCsv => Picture::Chart(crate::export::Chart::Table),
        };
        picture.file_name(data, self.extension())
    }
}

/// The export window, while it is open: what to export and where. The path can be typed
/// (systems without a file-chooser service) or picked with the native dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportDialog {
    pub kind: ExportKind,
    pub path: String,
    /// Set when the native dialog returned without a file, to point at the path box.
    pub no_file_chosen: bool,
}

/// Save dialogs and export jobs under way.
pub struct Exports {
    /// The device to draw with: eframe's, or one made on first use.
    gpu: Arc<Mutex<Option<Gpu>>>,
    dialog: Option<(ExportKind, Receiver<Option<PathBuf>>)>,
    jobs: Vec<Receiver<Result<String, String>>>,
}

/// What came back from the dialog or a job this frame.
pub enum ExportEvent {
    /// The user picked where to save.
    Chosen(ExportKind, PathBuf),
    /// The dialog was closed without a file.
    NoFile,
    Done(String),
    Failed(String),
}

impl Exports {
    pub fn new(gpu: Option<Gpu>) -> Exports {
        Exports {
            gpu: Arc::new(Mutex::new(gpu)),
            dialog: None,
            jobs: Vec::new(),
        }
    }

    /// Is a dialog open or an export running?
    pub fn is_busy(&self) -> bool {
        self.dialog.is_some() || !self.jobs.is_empty()
    }

    /// Exports running (not counting an open dialog).
    pub fn running(&self) -> usize {
        self.jobs.len()
    }

    /// Shows the native save dialog on its own thread (rfd blocks its thread, and can block
    /// forever where no desktop portal answers).
    pub fn choose_file(
        &mut self,
        ctx: &egui::Context,
        kind: ExportKind,
        suggested: &std::path::Path,
    ) -> Result<(), String> {
        if self.dialog.is_some() {
            return Ok(());
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let extension = kind.extension();
        let file_name = suggested
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let directory = suggested.parent().map(std::path::Path::to_path_buf);
        let title = match &kind {
            ExportKind::Png { .. } => "Export PNG",
            ExportKind::TableCsv => "Export KPI table as CSV",
        };
        std::thread::Builder::new()
            .name("roi-lens-save-dialog".into())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new().set_title(title);
                if let Some(dir) = directory.filter(|d| d.is_dir()) {
                    dialog = dialog.set_directory(dir);
                }
                let picked = dialog
                    .set_file_name(file_name)
                    .add_filter(extension.to_uppercase(), &[extension])
                    .save_file();
                let _ = tx.send(picked);
                ctx.request_repaint();
            })
            .map_err(|e| format!("cannot open the save dialog: {e}"))?;
        self.dialog = Some((kind, rx));
        Ok(())
    }

    /// Starts writing `kind` of `data` to `path` on an export thread.
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        kind: ExportKind,
        path: PathBuf,
        data: Arc<DashboardData>,
        look: Look,
    ) -> Result<(), String> {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let gpu = Arc::clone(&self.gpu);
        std::thread::Builder::new()
            .name("roi-lens-export".into())
            .spawn(move || {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    write_export(&gpu, &kind, &path, &data, &look)
                }))
                .unwrap_or_else(|payload| {
                    Err(format!(
                        "internal error while exporting: {}",
                        crate::panic_message(payload.as_ref())
                    ))
                });
                let _ = tx.send(result);
                ctx.request_repaint();
            })
            .map_err(|e| format!("cannot start the export: {e}"))?;
        self.jobs.push(rx);
        Ok(())
    }

    /// Collects what the dialog and the jobs have reported.
    pub fn poll(&mut self) -> Vec<ExportEvent> {
        let mut events = Vec::new();
        if let Some((kind, rx)) = &self.dialog {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    events.push(ExportEvent::Chosen(
                        kind.clone(),
                        with_extension(path, kind),
                    ));
                    self.dialog = None;
                }
                Ok(None) | Err(TryRecvError::Disconnected) => {
                    events.push(ExportEvent::NoFile);
                    self.dialog = None;
                }
                Err(TryRecvError::Empty) => {}
            }
        }
        self.jobs.retain(|rx| match rx.try_recv() {
            Ok(Ok(message)) => {
                events.push(ExportEvent::Done(message));
                false
            }
            Ok(Err(message)) => {
                events.push(ExportEvent::Failed(message));
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                events.push(ExportEvent::Failed(
                    "the export stopped unexpectedly".into(),
                ));
                false
            }
        });
        events
    }
}

/// `chart` → `chart.png` when the dialog gave a name without an extension.
fn with_extension(path: PathBuf, kind: &ExportKind) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(kind.extension())
    }
}

fn write_export(
    gpu: &Mutex<Option<Gpu>>,
    kind: &ExportKind,
    path: &std::path::Path,
    data: &DashboardData,
    look: &Look,
) -> Result<String, String> {
    match kind {
        ExportKind::Png { picture, spec } => {
            let gpu = {
                let mut slot = gpu.lock().map_err(|_| "the export device is unusable")?;
                match slot.as_ref() {
                    Some(gpu) => gpu.clone(),
                    None => {
                        let made = Gpu::headless().map_err(|e| e.to_string())?;
                        *slot = Some(made.clone());
                        made
                    }
                }
            };
            let [w, h] = export::save_png(&gpu, data, *picture, spec, look, path)
                .map_err(|e| e.to_string())?;
            Ok(format!("Saved {} ({w}×{h} px)", path.display()))
        }
        ExportKind::TableCsv => {
            export::save_table_csv(data, look.sort, path).map_err(|e| e.to_string())?;
            Ok(format!("Saved the KPI table to {}", path.display()))
        }
    }
}

/// The clipboard text of the KPI table: tab-separated, as shown (sorted, with totals).
pub fn table_tsv(data: &DashboardData, sort: TableSort) -> String {
    data.kpi_report(sort).to_tsv()
}
