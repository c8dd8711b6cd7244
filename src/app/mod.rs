//! The desktop app: state, the commands that change it, and the frame loop.
//!
//! Widgets never change state directly: they push a [`Command`], and [`RoiLensApp::apply`]
//! carries commands out at the end of the frame. Loading and computing run on the
//! [`worker`]; the last good dashboard stays on screen while a new one is computed.

mod cohorts;
mod commands;
pub mod connect;
mod files;
mod panels;
mod planner;
mod recovery;
mod requests;
mod sheets;
pub mod worker;
mod workspace;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::budget::{PlanData, PlannerSettings};
pub use crate::dashboard::TableSort;
use crate::dashboard::{DashboardData, DatasetFacts, Shown, Statistics, View};
use crate::data::{Dataset, Field, LoadOptions};
use crate::export::{Gpu, ImageSpec, Look, Snapshot};
use crate::i18n::Text;
use crate::views::ViewRef;
use crate::{text, tr};
pub use commands::Command;
pub use files::{ExportDialog, ExportKind, PickFor};
use files::{FileEvent, FileJobs};
pub use planner::PlanWork;
pub use recovery::{KEEP_FOR, RecoveryOffer, WRITE_DELAY};
pub use sheets::{BookChoice, SheetChooser};
use worker::{Job, NeedsMapping, Report, Worker};
pub use workspace::{
    Answer, Confirm, ConflictAnswer, MissingSource, OpeningWorkspace, Recovering, SaveConflict,
    Then,
};

/// How many recent files are remembered.
pub(crate) const RECENT_LIMIT: usize = 12;

/// Preferences kept between runs in eframe's storage (not part of an analysis).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub dark_mode: bool,
    /// The language of the interface; `None` until the first start, which takes the system's.
    pub lang: Option<crate::i18n::Lang>,
    /// Large numbers in plain digits even in Chinese and Japanese (no 万 / 亿).
    pub plain_digits: bool,
    pub recent_files: Vec<PathBuf>,
    /// The size, scale and background last chosen for a PNG export.
    pub image_spec: ImageSpec,
    /// Where the last export was saved.
    pub export_dir: Option<PathBuf>,
    /// Workspaces opened or saved, newest first.
    pub recent_workspaces: Vec<PathBuf>,
    /// The app's data folder, where unsaved analyses are kept for crash recovery (`None`: no
    /// recovery). Not stored: [`run`] sets it from the environment, tests to a folder of their
    /// own.
    #[serde(skip)]
    pub data_dir: Option<PathBuf>,
}

/// What the worker is doing for us.
#[derive(Clone, Debug)]
pub struct Pending {
    pub generation: u64,
    pub what: PendingWork,
    pub started: Instant,
    /// How far a load has come (files and bytes); nothing for other work.
    pub progress: crate::data::LoadProgress,
}

#[derive(Clone, Debug)]
pub enum PendingWork {
    Loading {
        paths: Vec<PathBuf>,
        options: Box<LoadOptions>,
        /// What the load is for; cancelling or superseding it drops this with it.
        purpose: Purpose,
    },
    Computing,
    /// The charts are on screen; their intervals and comparisons are being computed.
    Statistics,
}

/// What a load is for: what happens to the analysis around it when it lands.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    /// Plain files opened: a new analysis (fresh filters, no workspace file, note, colours or
    /// sort), unchanged as loaded.
    NewAnalysis,
    /// The sources of a workspace being opened: its settings take over when they have loaded,
    /// and the analysis then counts as unchanged.
    OpenWorkspace(Box<OpeningWorkspace>),
    /// The same analysis with other files or mappings (a mapping changed, files added, a
    /// missing source located, a retry): everything else stays.
    Reload,
}

/// A load that failed for want of a column, kept (with what it was for) so the user can map
/// the column and retry.
#[derive(Clone, Debug)]
pub struct FailedLoad {
    pub paths: Vec<PathBuf>,
    pub options: LoadOptions,
    pub purpose: Purpose,
    pub missing: NeedsMapping,
}

/// A load that stopped at a cell it could not read: `file` can be loaded anyway, that cell and
/// any like it left empty and listed.
#[derive(Clone, Debug)]
pub struct LoadAnyway {
    pub paths: Vec<PathBuf>,
    pub options: LoadOptions,
    pub purpose: Purpose,
    pub file: PathBuf,
}

/// A load of files in different currencies, waiting for the rates to convert them at: the
/// status line asks for them (typed as text), then the load is retried.
#[derive(Clone, Debug)]
pub struct NeedRates {
    pub paths: Vec<PathBuf>,
    pub options: LoadOptions,
    pub purpose: Purpose,
    /// The currency to report in (one of those found).
    pub report: String,
    /// Every currency found, with the rate typed for it (the report's own is ignored).
    pub rates: Vec<(String, String)>,
}

impl NeedRates {
    /// The conversion the typed rates make, or what is wrong with them.
    pub fn conversion(&self) -> Result<crate::data::currency::Conversion, String> {
        let mut rates = std::collections::BTreeMap::new();
        for (code, text) in self.rates.iter().filter(|(c, _)| *c != self.report) {
            let rate: f64 =
                text.trim().replace(',', ".").parse().map_err(|_| {
                    tr!("app-error-rate-missing", report = &self.report, code = code)
                })?;
            if !(rate.is_finite() && rate > 0.0) {
                return Err(tr!("app-error-rate-positive", code = code));
            }
            rates.insert(code.clone(), rate);
        }
        Ok(crate::data::currency::Conversion {
            report: self.report.clone(),
            rates,
        })
    }
}

/// How many jobs of each kind the app has started: what a test counts to prove that a change
/// of presentation recomputes nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JobCounts {
    pub loads: usize,
    pub charts: usize,
    pub statistics: usize,
    /// Budget plans (fitting curves, or re-planning on the same curves).
    pub plans: usize,
}

/// The app.
pub struct RoiLensApp {
    pub prefs: Prefs,
    /// The files of the current analysis and their mapping corrections.
    pub sources: Vec<PathBuf>,
    pub load_options: LoadOptions,
    pub view: View,
    pub dataset: Option<Arc<Dataset>>,
    pub facts: DatasetFacts,
    pub dashboard: Option<Arc<DashboardData>>,
    /// The statistics of `dashboard`'s rows, once computed (none asked for: `None`).
    pub statistics: Option<Arc<Statistics>>,
    /// The budget planner's settings (saved in the workspace).
    pub planner: PlannerSettings,
    /// The plan for `dashboard`'s rows, once computed (none for a grouping it cannot plan by).
    pub plan: Option<Arc<PlanData>>,
    /// The event logs opened beside the exports, and their cohorts.
    pub cohorts: cohorts::CohortState,
    /// What the planner's worker is doing, with the request's generation.
    pub plan_pending: Option<(u64, PlanWork)>,
    pub pending: Option<Pending>,
    /// The last error, shown until dismissed (written when drawn: a change of language
    /// changes it at once).
    pub error: Option<Text>,
    /// A load that failed for want of a required column, kept so the user can map it and retry:
    /// (the files and options of that load, what is missing).
    pub failed_load: Option<FailedLoad>,
    /// A load that failed on a cell it could not read, kept so the user can load it anyway.
    pub load_anyway: Option<LoadAnyway>,
    /// A load of files in different currencies, kept until rates are given.
    pub need_rates: Option<NeedRates>,
    /// A one-line status (what was loaded, how long it took), written when drawn.
    pub status: Text,
    /// The load or update the status line last told of, and the text it told it with: the
    /// statistics' time is then said in the same sentence.
    status_of: Option<(requests::StatusOf, Text)>,
    /// The text of the "open a path" box.
    pub path_input: String,
    /// The Channels panel's name boxes while edited (raw name, or `file:` + file name).
    pub channel_inputs: std::collections::BTreeMap<String, String>,
    /// The Currencies panel's rate boxes while edited (currency code → text).
    pub rate_inputs: std::collections::BTreeMap<String, String>,
    pub maximized: Option<ViewRef>,
    pub hidden: BTreeSet<String>,
    pub table_sort: TableSort,
    /// The export (and save-workspace) window, while open.
    pub export_dialog: Option<ExportDialog>,
    /// The workspace file of this analysis, once opened or saved.
    pub workspace_path: Option<PathBuf>,
    /// The workspace's free-text note.
    pub note: String,
    /// Colours fixed per group name (from a workspace, or as first shown).
    pub colors: std::collections::BTreeMap<String, [u8; 3]>,
    /// Sources of the workspace that were not found, with their settings.
    pub missing: Vec<MissingSource>,
    /// The "save changes first?" question, while asked.
    pub confirm: Option<Confirm>,
    /// Which sheets of a workbook to open, while asked.
    pub sheet_chooser: Option<SheetChooser>,
    /// File → Connect to ClickHouse…, while open.
    pub connect: Option<connect::ConnectForm>,
    /// Workbooks whose sheets are being listed before they open.
    sheet_listing: Option<sheets::SheetListing>,
    /// The analysis as last opened or saved; differences mark unsaved changes.
    baseline: Option<crate::workspace::Workspace>,
    /// The user chose to close (without saving, or after saving): closing no longer asks.
    allow_close: bool,
    /// This window's recovery file, when there is a data folder.
    recovery: Option<recovery::Recovery>,
    /// Unsaved analyses of windows that did not exit cleanly, offered one at a time.
    pub recovery_offers: Vec<RecoveryOffer>,
    /// The analysis being opened is a restored one: once loaded it counts as unsaved.
    mark_unsaved: bool,
    /// The workspace file as it was on disk when opened or last saved.
    disk_stamp: Option<(PathBuf, crate::workspace::DiskStamp)>,
    /// "The workspace changed on disk": asked instead of saving over it.
    pub save_conflict: Option<SaveConflict>,
    files: FileJobs,
    pub(crate) commands: Vec<Command>,
    /// Jobs started so far, by kind.
    pub jobs: JobCounts,
    worker: Worker,
    stats_worker: Worker,
    /// The planner's own worker and request counter: a bootstrap of the plan never holds up
    /// the charts or their statistics, and they never cancel it.
    planner_worker: Worker,
    plan_generation: u64,
    /// The rows and settings of the plan last asked for.
    plan_asked: Option<(
        crate::metrics::Filters,
        crate::metrics::GroupKey,
        PlannerSettings,
    )>,
    /// When set (`ROI_LENS_TIMING`), the first frame prints how long after this it came.
    report_first_frame: Option<Instant>,
    generation: u64,
    dialog: Option<Receiver<Option<Vec<PathBuf>>>>,
    title: String,
}

impl RoiLensApp {
    /// Creates the app and starts loading `files` (the bundled sample data when empty).
    pub fn new(
        ctx: &egui::Context,
        mut prefs: Prefs,
        files: Vec<PathBuf>,
    ) -> std::io::Result<Self> {
        crate::ui::fonts::install(ctx);
        let lang = *prefs.lang.get_or_insert_with(crate::i18n::Lang::system);
        crate::i18n::set_language(lang);
        crate::i18n::set_plain_digits(prefs.plain_digits);
        ctx.set_theme(if prefs.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // Charts on one worker, statistics on another, so new charts never wait for the
        // bootstrap of the old ones; the planner's worker has its own requests and gives way
        // to the other two.
        let newest = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let busy = worker::Busy::default();
        let wake = || {
            let ctx = ctx.clone();
            move || ctx.request_repaint()
        };
        let worker = Worker::spawn(
            "roi-lens-worker",
            newest.clone(),
            worker::Lane::Dashboard(busy.clone()),
            wake(),
        )?;
        let stats_worker = Worker::spawn(
            "roi-lens-statistics",
            newest,
            worker::Lane::Dashboard(busy.clone()),
            wake(),
        )?;
        let planner_worker = Worker::spawn(
            "roi-lens-planner",
            Arc::default(),
            worker::Lane::Planner(busy),
            wake(),
        )?;
        let mut app = RoiLensApp {
            prefs,
            sources: Vec::new(),
            load_options: LoadOptions::default(),
            view: View::default(),
            dataset: None,
            facts: DatasetFacts::default(),
            dashboard: None,
            statistics: None,
            planner: PlannerSettings::default(),
            plan: None,
            plan_pending: None,
            cohorts: cohorts::CohortState::default(),
            pending: None,
            error: None,
            failed_load: None,
            load_anyway: None,
            need_rates: None,
            status: Text::default(),
            status_of: None,
            path_input: String::new(),
            channel_inputs: Default::default(),
            rate_inputs: Default::default(),
            maximized: None,
            hidden: BTreeSet::new(),
            table_sort: TableSort::default(),
            export_dialog: None,
            workspace_path: None,
            note: String::new(),
            colors: std::collections::BTreeMap::new(),
            missing: Vec::new(),
            confirm: None,
            sheet_chooser: None,
            connect: None,
            sheet_listing: None,
            baseline: None,
            allow_close: false,
            recovery: None,
            recovery_offers: Vec::new(),
            mark_unsaved: false,
            disk_stamp: None,
            save_conflict: None,
            files: FileJobs::new(None),
            commands: Vec::new(),
            jobs: JobCounts::default(),
            worker,
            stats_worker,
            planner_worker,
            plan_generation: 0,
            plan_asked: None,
            report_first_frame: None,
            generation: 0,
            dialog: None,
            title: String::new(),
        };
        if let Some(dir) = app.prefs.data_dir.clone() {
            match recovery::Recovery::start(ctx, &dir) {
                Ok(recovery) => app.recovery = Some(recovery),
                Err(e) => {
                    app.error = Some(text!(
                        "app-error-recovery-unavailable",
                        dir = dir.display().to_string(),
                        error = e.to_string()
                    ));
                }
            }
        }
        app.push(if files.is_empty() {
            Command::OpenSample
        } else {
            Command::Open(files)
        });
        Ok(app)
    }

    /// Draws exports with this device (eframe's) instead of making one.
    pub fn use_gpu(&mut self, gpu: Gpu) {
        self.files = FileJobs::new(Some(gpu));
    }

    /// The charts on screen with their statistics, as the view's switches show them.
    pub fn shown(&self) -> Option<Shown<'_>> {
        let data = self.dashboard.as_deref()?;
        Some(
            Shown::new(data, self.statistics.as_deref(), self.view.presentation())
                .with_plan(self.plan.as_deref())
                .with_cohorts(self.cohorts.data.as_deref()),
        )
    }

    /// Everything computed, owned, for an export drawn off the UI thread.
    pub fn snapshot(&self) -> Option<Snapshot> {
        Some(Snapshot {
            data: self.dashboard.clone()?,
            stats: self.statistics.clone(),
            plan: self.plan.clone(),
            cohorts: self.cohorts.data.clone(),
            presentation: self.view.presentation(),
        })
    }

    /// What an exported picture shows besides the data.
    pub fn look(&self) -> Look {
        Look {
            hidden: self.hidden.clone(),
            sort: self.table_sort,
            sources: self
                .sources
                .iter()
                .chain(&self.cohorts.paths)
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect(),
        }
    }

    /// The folder exports are suggested in: the last one used, else Pictures, else home.
    pub fn export_dir(&self) -> PathBuf {
        if let Some(dir) = self.prefs.export_dir.as_ref().filter(|d| d.is_dir()) {
            return dir.clone();
        }
        let home = std::env::home_dir().unwrap_or_else(|| PathBuf::from("."));
        let pictures = home.join("Pictures"); // not shown: the folder's name on disk
        if pictures.is_dir() { pictures } else { home }
    }

    /// Whether an export so far made a wgpu device of its own; with eframe's device lent,
    /// never.
    pub fn exports_made_a_device(&self) -> bool {
        self.files.made_device()
    }

    /// Exports being written.
    pub fn exports_running(&self) -> usize {
        self.files.running()
    }

    /// Queues a command for the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Is a load or computation under way? (The plan's intervals are not waited for: they
    /// show their own progress in the Budget plan view.)
    pub fn is_busy(&self) -> bool {
        self.pending.is_some()
            || self.sheet_listing.is_some()
            || self
                .connect
                .as_ref()
                .is_some_and(connect::ConnectForm::is_listing)
            || !self.commands.is_empty()
            || self.files.is_busy()
            || self.cohorts_busy()
            || matches!(self.plan_pending, Some((_, PlanWork::Planning)))
    }

    /// Event logs are being read or cohorts computed, or will be as soon as the exports are in.
    pub fn cohorts_busy(&self) -> bool {
        self.cohorts.is_busy()
            || self.cohorts.stale(
                self.dataset.as_ref(),
                &self.load_options.aliases,
                self.load_options.display,
            )
    }

    /// Applies every queued command.
    pub fn apply_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            self.apply(ctx, command);
        }
    }

    fn show_open_dialog(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let title = tr!("app-dialog-open-exports");
        let exports = tr!("app-dialog-filter-exports");
        let all = tr!("app-dialog-filter-all");
        // rfd blocks its thread, and can block forever where a desktop portal never answers:
        // never on the UI thread.
        let spawned = std::thread::Builder::new()
            .name("roi-lens-file-dialog".into())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .set_title(title)
                    .add_filter(
                        exports,
                        &[
                            "csv", "tsv", "txt", "parquet", "xlsx", "xlsm", "xlsb", "xls", "ods",
                        ],
                    )
                    .add_filter(all, &["*"])
                    .pick_files();
                let _ = tx.send(picked);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.dialog = Some(rx),
            Err(e) => self.error = Some(text!("app-error-file-dialog", error = e.to_string())),
        }
    }

    fn remember_recent(&mut self, paths: &[PathBuf]) {
        for path in paths.iter().rev() {
            let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
            self.prefs.recent_files.retain(|p| p != &absolute);
            self.prefs.recent_files.insert(0, absolute);
        }
        self.prefs.recent_files.truncate(RECENT_LIMIT);
    }

    /// The window title: the workspace or the open files, `*` when there are unsaved changes.
    pub fn window_title(&self) -> String {
        let name = match &self.workspace_path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None => self
                .sources
                .iter()
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect::<Vec<_>>()
                .join(&tr!("app-list-separator")),
        };
        let dirty = if self.is_dirty() { "*" } else { "" };
        if name.is_empty() {
            "ROI Lens".to_owned()
        } else {
            tr!("app-window-title", dirty = dirty, name = name)
        }
    }

    /// One frame: take in reports and dropped files, draw, then apply the commands.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        self.poll(ui.ctx());
        if let Some(form) = self.connect.as_mut() {
            form.poll();
        }
        if let Some(e) = self.cohorts.poll(
            ui.ctx(),
            self.dataset.as_ref(),
            &self.load_options.aliases,
            self.load_options.display,
            matches!(
                self.pending,
                Some(Pending {
                    what: PendingWork::Loading { .. },
                    ..
                })
            ),
        ) {
            self.error = Some(e);
        }
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.push(Command::Open(dropped));
        }
        self.shortcuts(ui.ctx());
        self.guard_close(ui.ctx());
        panels::app_ui(self, ui);
        let ctx = ui.ctx().clone();
        self.apply_commands(&ctx);
        self.keep_for_recovery(&ctx);
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.pending.is_some()
            || self.dialog.is_some()
            || self.files.is_busy()
            || self.sheet_listing.is_some()
            || self.cohorts_busy()
            || self
                .connect
                .as_ref()
                .is_some_and(connect::ConnectForm::is_listing)
        {
            // Keep the spinner turning; reports also wake us.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}

fn format_elapsed(d: Duration) -> String {
    if d.as_millis() < 1000 {
        tr!("app-elapsed-ms", ms = d.as_millis().to_string())
    } else {
        tr!(
            "app-elapsed-seconds",
            seconds = format!("{:.1}", d.as_secs_f64())
        )
    }
}

impl eframe::App for RoiLensApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
        if let Some(started) = self.report_first_frame.take() {
            // `ROI_LENS_TIMING=1`: how long the window took to show something (bench/startup.sh).
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            eprintln!("roi-lens: first frame {ms:.0} ms after start");
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    fn on_exit(&mut self) {
        self.exit_cleanly();
    }
}

/// Runs the desktop app on `files` (the sample data when empty), or on a workspace.
pub fn run(
    files: Vec<PathBuf>,
    workspace: Option<PathBuf>,
    lang: Option<crate::i18n::Lang>,
) -> anyhow::Result<()> {
    let timing = std::env::var_os("ROI_LENS_TIMING").map(|_| crate::process_start());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("ROI Lens")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "roi-lens",
        options,
        Box::new(move |cc| {
            let mut prefs: Prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            prefs.data_dir = recovery::default_data_dir();
            if lang.is_some() {
                prefs.lang = lang;
            }
            let mut app = match workspace {
                Some(path) => {
                    let mut app = RoiLensApp::new(&cc.egui_ctx, prefs, Vec::new())?;
                    app.replace_startup_with_workspace(path);
                    app
                }
                None => RoiLensApp::new(&cc.egui_ctx, prefs, files)?,
            };
            if let Some(state) = &cc.wgpu_render_state {
                app.use_gpu(Gpu::from_render_state(state));
            }
            app.report_first_frame = timing;
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!(tr!("app-error-window", error = e.to_string())))
}
