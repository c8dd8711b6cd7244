//! File work off the UI thread: the native open/save dialogs on their own threads, then
//! exports (PNG, CSV), workspace saves and workspace opens (which hash every source) on job
//! threads, so neither a dialog nor the work ever stalls the UI. Pictures are drawn with
//! eframe's wgpu device when it lends one, else with a device of our own.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

use super::Then;
use crate::dashboard::{DashboardData, Shown, TableSort};
use crate::export::{self, Gpu, ImageSpec, Look, Picture, Snapshot};
use crate::i18n::Text;
use crate::views::ViewRef;
use crate::workspace::{self, DiskStamp, Opened, Workspace};
use crate::{text, tr};

/// What a save dialog or an export job is for.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportKind {
    Png {
        picture: Picture,
        spec: ImageSpec,
    },
    TableCsv,
    /// The budget plan's table as CSV.
    PlanCsv,
    /// The cohort table as CSV.
    CohortsCsv,
    /// The analysis as a workspace, with the note typed in the save window, and what waits
    /// for the save (closing, opening another workspace).
    Workspace {
        note: String,
        then: Option<Then>,
    },
}

impl ExportKind {
    /// The export window's and the save dialog's title.
    pub fn title(&self) -> String {
        match self {
            ExportKind::Png { .. } => tr!("app-export-title-png"),
            ExportKind::TableCsv => tr!("app-export-title-table-csv"),
            ExportKind::PlanCsv => tr!("app-export-title-plan-csv"),
            ExportKind::CohortsCsv => tr!("app-export-title-cohorts-csv"),
            ExportKind::Workspace { .. } => tr!("app-export-title-workspace"),
        }
    }

    fn extension(&self) -> &'static str {
        match self {
            ExportKind::Png { .. } => "png",
            ExportKind::TableCsv | ExportKind::PlanCsv | ExportKind::CohortsCsv => "csv",
            ExportKind::Workspace { .. } => workspace::EXTENSION,
        }
    }

    /// A file name that says what and when: `roi-2024-09-22_2024-10-21.png`.
    pub fn file_name(&self, data: &DashboardData) -> String {
        let picture = match self {
            ExportKind::Png { picture, .. } => *picture,
            ExportKind::TableCsv => Picture::View(ViewRef::table()),
            ExportKind::PlanCsv => Picture::View(ViewRef::plan()),
            ExportKind::CohortsCsv => Picture::View(ViewRef::cohorts()),
            ExportKind::Workspace { .. } => {
                return format!("analysis.{}", workspace::EXTENSION);
            }
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

/// What a native open dialog is picking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickFor {
    Workspace,
    /// A new place for the missing source at this index.
    Locate(usize),
}

/// Dialogs and jobs under way.
pub struct FileJobs {
    /// The device to draw with: eframe's, or one made on first use.
    gpu: Arc<Mutex<Option<Gpu>>>,
    /// Set once an export had to make a device of its own (none was lent, or none yet).
    made_device: Arc<std::sync::atomic::AtomicBool>,
    save_dialog: Option<(ExportKind, Receiver<Option<PathBuf>>)>,
    open_dialog: Option<(PickFor, Receiver<Option<PathBuf>>)>,
    jobs: Vec<Receiver<JobResult>>,
}

/// What a job thread sends back.
enum JobResult {
    Exported(Result<Text, Text>),
    Saved {
        path: PathBuf,
        workspace: Box<Workspace>,
        /// What waits for this save (closing, opening another workspace); dropped if it fails.
        then: Option<Then>,
        /// The file as written, and the result.
        result: Result<Option<DiskStamp>, Text>,
    },
    /// The file changed on disk since it was opened or saved: nothing was written.
    Conflict {
        path: PathBuf,
        then: Option<Then>,
    },
    Opened {
        path: PathBuf,
        result: Result<(Box<Opened>, Option<DiskStamp>), Text>,
    },
}

/// What came back from a dialog or a job this frame.
pub enum FileEvent {
    /// The user picked where to save.
    Chosen(ExportKind, PathBuf),
    /// The user picked a file to open.
    Picked(PickFor, PathBuf),
    /// A save dialog was closed without a file.
    NoFile,
    Exported(Text),
    /// Saved, what waited for the save, and the file as written.
    WorkspaceSaved(PathBuf, Box<Workspace>, Option<Then>, Option<DiskStamp>),
    /// Not saved: the file changed on disk since it was opened or saved.
    SaveConflict(PathBuf, Option<Then>),
    WorkspaceOpened(PathBuf, Box<Opened>, Option<DiskStamp>),
    Failed(Text),
}

impl FileJobs {
    pub fn new(gpu: Option<Gpu>) -> FileJobs {
        FileJobs {
            gpu: Arc::new(Mutex::new(gpu)),
            made_device: Arc::default(),
            save_dialog: None,
            open_dialog: None,
            jobs: Vec::new(),
        }
    }

    /// Is a dialog open or a job running?
    pub fn is_busy(&self) -> bool {
        self.save_dialog.is_some() || self.open_dialog.is_some() || !self.jobs.is_empty()
    }

    /// Jobs running (not counting open dialogs).
    pub fn running(&self) -> usize {
        self.jobs.len()
    }

    /// Shows the native save dialog on its own thread (rfd blocks its thread, and can block
    /// forever where no desktop portal answers).
    pub fn choose_file(
        &mut self,
        ctx: &egui::Context,
        kind: ExportKind,
        suggested: &Path,
    ) -> Result<(), Text> {
        if self.save_dialog.is_some() {
            return Ok(());
        }
        let extension = kind.extension();
        let title = kind.title();
        let file_name = suggested
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let directory = suggested.parent().map(Path::to_path_buf);
        let rx = spawn_dialog(ctx, "roi-lens-save-dialog", move || {
            let mut dialog = rfd::FileDialog::new().set_title(title);
            if let Some(dir) = directory.filter(|d| d.is_dir()) {
                dialog = dialog.set_directory(dir);
            }
            dialog
                .set_file_name(file_name)
                .add_filter(extension.to_uppercase(), &[extension])
                .save_file()
        })?;
        self.save_dialog = Some((kind, rx));
        Ok(())
    }

    /// Shows the native open dialog for a workspace or a missing source.
    pub fn pick_file(&mut self, ctx: &egui::Context, purpose: PickFor) -> Result<(), Text> {
        if self.open_dialog.is_some() {
            return Ok(());
        }
        let all = tr!("app-dialog-filter-all");
        let (title, filter) = match purpose {
            PickFor::Workspace => (
                tr!("app-dialog-open-workspace"),
                tr!("app-dialog-filter-workspace"),
            ),
            PickFor::Locate(_) => (
                tr!("app-dialog-locate-missing"),
                tr!("app-dialog-filter-exports"),
            ),
        };
        let rx = spawn_dialog(ctx, "roi-lens-open-dialog", move || {
            let dialog = rfd::FileDialog::new().set_title(title);
            match purpose {
                PickFor::Workspace => dialog.add_filter(filter, &[workspace::EXTENSION]),
                PickFor::Locate(_) => dialog.add_filter(
                    filter,
                    &[
                        "csv", "tsv", "txt", "parquet", "xlsx", "xlsm", "xlsb", "xls", "ods",
                    ],
                ),
            }
            .add_filter(all, &["*"])
            .pick_file()
        })?;
        self.open_dialog = Some((purpose, rx));
        Ok(())
    }

    /// Starts writing `kind` of `data` to `path` on a job thread.
    pub fn export(
        &mut self,
        ctx: &egui::Context,
        kind: ExportKind,
        path: PathBuf,
        snapshot: Snapshot,
        look: Look,
    ) -> Result<(), Text> {
        let gpu = Arc::clone(&self.gpu);
        let made = Arc::clone(&self.made_device);
        self.spawn(ctx, move || {
            let shown = snapshot.shown();
            JobResult::Exported(write_export(&gpu, &made, &kind, &path, &shown, &look))
        })
    }

    /// Has an export had to make a wgpu device of its own?
    pub fn made_device(&self) -> bool {
        self.made_device.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Saves `workspace` to `path` on a job thread (hashing its sources there); `then` comes
    /// back with the result, so what waits for the save lives and dies with it. With
    /// `expected`, a file at `path` that is no longer as expected is left alone and the save
    /// comes back as a conflict.
    pub fn save_workspace(
        &mut self,
        ctx: &egui::Context,
        workspace: Workspace,
        path: PathBuf,
        then: Option<Then>,
        expected: Option<DiskStamp>,
    ) -> Result<(), Text> {
        self.spawn(ctx, move || {
            if let Some(expected) = expected
                && workspace::stamp(&path).is_ok_and(|now| now != expected)
            {
                return JobResult::Conflict { path, then };
            }
            let result = workspace::save(&workspace, &path)
                .map(|()| workspace::stamp(&path).ok())
                .map_err(Text::display);
            JobResult::Saved {
                path,
                workspace: Box::new(workspace),
                then,
                result,
            }
        })
    }

    /// Opens the workspace at `path` on a job thread (reading and hashing its sources).
    pub fn open_workspace(&mut self, ctx: &egui::Context, path: PathBuf) -> Result<(), Text> {
        self.spawn(ctx, move || {
            // The stamp first: a save in between then counts as a change.
            let stamp = workspace::stamp(&path).ok();
            let result = workspace::open(&path)
                .map(|opened| (Box::new(opened), stamp))
                .map_err(Text::display);
            JobResult::Opened { path, result }
        })
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        job: impl FnOnce() -> JobResult + Send + 'static,
    ) -> Result<(), Text> {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("roi-lens-file-job".into())
            .spawn(move || {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job))
                    .unwrap_or_else(|payload| {
                        JobResult::Exported(Err(text!(
                            "app-error-file-job-panic",
                            message = crate::panic_message(payload.as_ref())
                        )))
                    });
                let _ = tx.send(result);
                ctx.request_repaint();
            })
            .map_err(|e| text!("app-error-file-job-start", error = e.to_string()))?;
        self.jobs.push(rx);
        Ok(())
    }

    /// Collects what the dialogs and the jobs have reported.
    pub fn poll(&mut self) -> Vec<FileEvent> {
        let mut events = Vec::new();
        if let Some((kind, rx)) = &self.save_dialog {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    events.push(FileEvent::Chosen(kind.clone(), with_extension(path, kind)));
                    self.save_dialog = None;
                }
                Ok(None) | Err(TryRecvError::Disconnected) => {
                    events.push(FileEvent::NoFile);
                    self.save_dialog = None;
                }
                Err(TryRecvError::Empty) => {}
            }
        }
        if let Some((purpose, rx)) = &self.open_dialog {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    events.push(FileEvent::Picked(*purpose, path));
                    self.open_dialog = None;
                }
                Ok(None) | Err(TryRecvError::Disconnected) => self.open_dialog = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        self.jobs.retain(|rx| match rx.try_recv() {
            Ok(result) => {
                events.push(match result {
                    JobResult::Exported(Ok(message)) => FileEvent::Exported(message),
                    JobResult::Saved {
                        path,
                        workspace,
                        then,
                        result: Ok(stamp),
                    } => FileEvent::WorkspaceSaved(path, workspace, then, stamp),
                    JobResult::Conflict { path, then } => FileEvent::SaveConflict(path, then),
                    JobResult::Opened {
                        path,
                        result: Ok((opened, stamp)),
                    } => FileEvent::WorkspaceOpened(path, opened, stamp),
                    JobResult::Exported(Err(message))
                    | JobResult::Saved {
                        result: Err(message),
                        ..
                    }
                    | JobResult::Opened {
                        result: Err(message),
                        ..
                    } => FileEvent::Failed(message),
                });
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                events.push(FileEvent::Failed(text!("app-error-file-job-stopped")));
                false
            }
        });
        events
    }
}

/// Runs a blocking native dialog on its own thread; its answer arrives on the receiver.
fn spawn_dialog(
    ctx: &egui::Context,
    name: &str,
    dialog: impl FnOnce() -> Option<PathBuf> + Send + 'static,
) -> Result<Receiver<Option<PathBuf>>, Text> {
    let (tx, rx) = channel();
    let ctx = ctx.clone();
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            let _ = tx.send(dialog());
            ctx.request_repaint();
        })
        .map_err(|e| text!("app-error-file-dialog", error = e.to_string()))?;
    Ok(rx)
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
    made: &std::sync::atomic::AtomicBool,
    kind: &ExportKind,
    path: &Path,
    shown: &Shown<'_>,
    look: &Look,
) -> Result<Text, Text> {
    match kind {
        ExportKind::Png { picture, spec } => {
            let gpu = {
                let mut slot = gpu.lock().map_err(|_| text!("app-error-export-device"))?;
                match slot.as_ref() {
                    Some(gpu) => gpu.clone(),
                    None => {
                        let own = Gpu::headless().map_err(Text::display)?;
                        made.store(true, std::sync::atomic::Ordering::SeqCst);
                        *slot = Some(own.clone());
                        own
                    }
                }
            };
            let [w, h] =
                export::save_png(&gpu, shown, *picture, spec, look, path).map_err(Text::display)?;
            Ok(text!(
                "app-status-saved-png",
                path = path.display().to_string(),
                width = w.to_string(),
                height = h.to_string()
            ))
        }
        ExportKind::TableCsv => {
            export::save_table_csv(shown, look.sort, path).map_err(Text::display)?;
            Ok(text!(
                "app-status-saved-table",
                path = path.display().to_string()
            ))
        }
        ExportKind::PlanCsv => {
            let plan = shown.plan.ok_or_else(|| text!("app-error-no-plan"))?;
            export::save_plan_csv(plan, path).map_err(Text::display)?;
            Ok(text!(
                "app-status-saved-plan",
                path = path.display().to_string()
            ))
        }
        ExportKind::CohortsCsv => {
            let cohorts = shown.cohorts.ok_or_else(|| text!("app-error-no-cohorts"))?;
            export::save_cohorts_csv(cohorts, path).map_err(Text::display)?;
            Ok(text!(
                "app-status-saved-cohorts",
                path = path.display().to_string()
            ))
        }
        ExportKind::Workspace { .. } => Err(text!("app-error-workspace-export")),
    }
}

/// The clipboard text of the KPI table: tab-separated, as shown (sorted, with totals).
pub fn table_tsv(shown: &Shown<'_>, sort: TableSort) -> String {
    shown.kpi_table(sort).report.to_tsv()
}
