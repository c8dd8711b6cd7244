//! The desktop app: state, the commands that change it, and the frame loop.
//!
//! Widgets never change state directly: they push a [`Command`], and [`RoiLensApp::apply`]
//! carries commands out at the end of the frame. Loading and computing run on the
//! [`worker`]; the last good dashboard stays on screen while a new one is computed.

mod files;
mod panels;
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
use crate::views::ViewRef;
pub use files::{ExportDialog, ExportKind, PickFor};
use files::{FileEvent, FileJobs};
use worker::{Job, NeedsMapping, Report, Worker};
pub use workspace::{Answer, Confirm, MissingSource, OpeningWorkspace, Then};

/// How many recent files are remembered.
pub(crate) const RECENT_LIMIT: usize = 12;

/// Preferences kept between runs in eframe's storage (not part of an analysis).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub dark_mode: bool,
    pub recent_files: Vec<PathBuf>,
    /// The size, scale and background last chosen for a PNG export.
    pub image_spec: ImageSpec,
    /// Where the last export was saved.
    pub export_dir: Option<PathBuf>,
    /// Workspaces opened or saved, newest first.
    pub recent_workspaces: Vec<PathBuf>,
}

/// Everything a person can ask the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Replace the analysis with these files.
    Open(Vec<PathBuf>),
    /// Add files to the analysis.
    Add(Vec<PathBuf>),
    OpenSample,
    /// Show the native file dialog (on its own thread).
    ShowOpenDialog,
    SetView(View),
    /// Take `field` of `source` from `header`, or ignore it (`None`).
    SetMapping {
        source: PathBuf,
        field: Field,
        header: Option<String>,
    },
    /// Back to automatic recognition for one file.
    ResetMapping(PathBuf),
    /// Retry the load that failed for want of a column, taking `field` from `header`.
    RetryWithMapping {
        field: Field,
        header: String,
    },
    SetDarkMode(bool),
    Cancel,
    DismissError,
    Maximize(Option<ViewRef>),
    SetHidden(BTreeSet<String>),
    SortTable(TableSort),
    /// Open the export window for a picture or the table (`None` closes it).
    ShowExportDialog(Option<ExportKind>),
    /// Ask where to save an export (native dialog, on its own thread).
    ChooseExportFile(ExportKind),
    /// Write an export of what is on screen to `path` (off the UI thread).
    Export {
        kind: ExportKind,
        path: PathBuf,
    },
    /// Copy the KPI table to the clipboard as tab-separated text.
    CopyTable,
    /// Open a workspace (asking first when the analysis has unsaved changes).
    OpenWorkspace(PathBuf),
    /// Show the native dialog to pick a workspace.
    ShowOpenWorkspaceDialog,
    /// Save the workspace to its file, or ask where when it has none.
    SaveWorkspace,
    /// Ask where to save the workspace.
    SaveWorkspaceAs,
    /// The answer to "save changes first?".
    Answer(Answer),
    /// Use `path` for the missing source at `index` (its settings are kept).
    LocateSource {
        index: usize,
        path: PathBuf,
    },
    /// Show the native dialog to locate the missing source at this index.
    ShowLocateDialog(usize),
    /// New budget planner settings: re-plan on the same curves.
    SetPlanner(PlannerSettings),
    /// New channel names (merges, renames, display language, single-channel files): reload.
    SetChannelNames(crate::data::platforms::ChannelNames),
    /// A group's colour, chosen by the user (kept in the workspace).
    SetColor(String, [u8; 3]),
}

/// What the worker is doing for us.
#[derive(Clone, Debug)]
pub struct Pending {
    pub generation: u64,
    pub what: PendingWork,
    pub started: Instant,
    pub files_done: usize,
    pub files_total: usize,
}

#[derive(Clone, Debug)]
pub enum PendingWork {
    Loading {
        paths: Vec<PathBuf>,
        options: LoadOptions,
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

/// What the planner's worker is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanWork {
    /// Fitting curves or making the plan.
    Planning,
    /// Bootstrapping the intervals: `done` of `total` resamples.
    Intervals { done: usize, total: usize },
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
    /// What the planner's worker is doing, with the request's generation.
    pub plan_pending: Option<(u64, PlanWork)>,
    pub pending: Option<Pending>,
    /// The last error, shown until dismissed.
    pub error: Option<String>,
    /// A load that failed for want of a required column, kept so the user can map it and retry:
    /// (the files and options of that load, what is missing).
    pub failed_load: Option<FailedLoad>,
    /// A one-line status (what was loaded, how long it took).
    pub status: String,
    /// The text of the "open a path" box.
    pub path_input: String,
    /// The Channels panel's name boxes while edited (raw name, or `file:` + file name).
    pub channel_inputs: std::collections::BTreeMap<String, String>,
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
    /// The analysis as last opened or saved; differences mark unsaved changes.
    baseline: Option<crate::workspace::Workspace>,
    /// The user chose to close (without saving, or after saving): closing no longer asks.
    allow_close: bool,
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
    pub fn new(ctx: &egui::Context, prefs: Prefs, files: Vec<PathBuf>) -> std::io::Result<Self> {
        crate::ui::fonts::install(ctx);
        ctx.set_theme(if prefs.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // Two workers: charts on one, statistics on the other, so new charts never wait for the
        // bootstrap of the old ones.
        let newest = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let wake_ctx = ctx.clone();
        let worker = Worker::spawn("roi-lens-worker", newest.clone(), move || {
            wake_ctx.request_repaint()
        })?;
        let wake_ctx = ctx.clone();
        let stats_worker = Worker::spawn("roi-lens-statistics", newest, move || {
            wake_ctx.request_repaint()
        })?;
        let wake_ctx = ctx.clone();
        let planner_worker = Worker::spawn("roi-lens-planner", Arc::default(), move || {
            wake_ctx.request_repaint()
        })?;
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
            pending: None,
            error: None,
            failed_load: None,
            status: String::new(),
            path_input: String::new(),
            channel_inputs: Default::default(),
            maximized: None,
            hidden: BTreeSet::new(),
            table_sort: TableSort::default(),
            export_dialog: None,
            workspace_path: None,
            note: String::new(),
            colors: std::collections::BTreeMap::new(),
            missing: Vec::new(),
            confirm: None,
            baseline: None,
            allow_close: false,
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
                .with_plan(self.plan.as_deref()),
        )
    }

    /// Everything computed, owned, for an export drawn off the UI thread.
    pub fn snapshot(&self) -> Option<Snapshot> {
        Some(Snapshot {
            data: self.dashboard.clone()?,
            stats: self.statistics.clone(),
            plan: self.plan.clone(),
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
        let pictures = home.join("Pictures");
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
            || !self.commands.is_empty()
            || self.files.is_busy()
            || matches!(self.plan_pending, Some((_, PlanWork::Planning)))
    }

    /// Plans the groups of the charts on screen: fits their curves (`refit`, after new
    /// charts) or re-plans on the curves there are (new settings).
    fn start_plan(&mut self, refit: bool) {
        let (Some(dataset), Some(dashboard)) = (self.dataset.clone(), self.dashboard.clone())
        else {
            return;
        };
        let query = &dashboard.query;
        if !matches!(
            query.group_by,
            crate::metrics::GroupKey::Channel | crate::metrics::GroupKey::Campaign
        ) {
            // Plans are by channel or campaign; the view says so. Planning under way stops.
            self.plan = None;
            self.plan_pending = None;
            self.plan_generation += 1;
            self.planner_worker.supersede(self.plan_generation);
            return;
        }
        // The curves are reused only for the rows they were fitted on (a change of time
        // buckets keeps them; new data or filters do not).
        let curves = self
            .plan
            .as_ref()
            .filter(|plan| !refit && plan.curves.fits(&query.filters, query.group_by))
            .map(|plan| plan.curves.clone());
        let asked = (query.filters.clone(), query.group_by, self.planner.clone());
        if curves.is_some() && self.plan_asked.as_ref() == Some(&asked) {
            // Already planned (or planning) for these rows and settings.
            return;
        }
        self.plan_asked = Some(asked);
        self.plan_generation += 1;
        self.plan_pending = Some((self.plan_generation, PlanWork::Planning));
        self.jobs.plans += 1;
        self.planner_worker.submit(Job::Plan {
            generation: self.plan_generation,
            dataset,
            query: dashboard.query.clone(),
            curves,
            settings: self.planner.clone(),
        });
    }

    /// Takes in what the planner's worker reported.
    fn poll_planner(&mut self) {
        let (reports, alive) = self.planner_worker.poll();
        if !alive && self.plan_pending.take().is_some() {
            self.error = Some("the planner stopped; please restart ROI Lens".to_owned());
        }
        for report in reports {
            if self.plan_pending.map(|(g, _)| g) != Some(report.generation()) {
                continue;
            }
            match report {
                Report::Progress {
                    files_done,
                    files_total,
                    ..
                } => {
                    self.plan_pending = Some((
                        self.plan_generation,
                        PlanWork::Intervals {
                            done: files_done,
                            total: files_total,
                        },
                    ));
                }
                Report::Planned { plan, .. } => {
                    self.plan = Some(plan.clone());
                    self.plan_pending = None;
                    if plan.settings.resamples > 0 {
                        self.plan_generation += 1;
                        let total = plan.settings.resamples;
                        self.plan_pending =
                            Some((self.plan_generation, PlanWork::Intervals { done: 0, total }));
                        self.planner_worker.submit(Job::PlanIntervals {
                            generation: self.plan_generation,
                            plan,
                        });
                    }
                }
                Report::PlanIntervals { plan, .. } => {
                    self.plan = Some(plan);
                    self.plan_pending = None;
                }
                Report::Failed { message, .. } => {
                    self.plan_pending = None;
                    self.error = Some(format!("budget plan: {message}"));
                }
                Report::Loaded { .. } | Report::Computed { .. } | Report::Statistics { .. } => {}
            }
        }
    }

    /// Applies every queued command.
    pub fn apply_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            self.apply(ctx, command);
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Open(paths) => {
                // The view is reset when the new files have loaded (a failed open keeps it).
                self.failed_load = None;
                self.start_load(paths, LoadOptions::default(), Purpose::NewAnalysis);
            }
            Command::Add(paths) => {
                let (mut all, options, purpose) = self.latest_request();
                all.extend(paths.into_iter().filter(|p| !self.sources.contains(p)));
                self.start_load(all, options, purpose);
            }
            Command::OpenSample => match crate::sample::sample_files() {
                Ok(files) => self.apply(ctx, Command::Open(files)),
                Err(e) => self.error = Some(e.to_string()),
            },
            Command::ShowOpenDialog => self.show_open_dialog(ctx),
            Command::SetView(view) => self.set_view(view),
            Command::SetMapping {
                source,
                field,
                header,
            } => {
                let (paths, mut options, purpose) = self.latest_request();
                options
                    .per_source
                    .entry(source)
                    .or_default()
                    .fields
                    .insert(field, header);
                self.start_load(paths, options, purpose);
            }
            Command::RetryWithMapping { field, header } => {
                if let Some(FailedLoad {
                    paths,
                    mut options,
                    purpose,
                    missing,
                }) = self.failed_load.take()
                {
                    options
                        .per_source
                        .entry(missing.path)
                        .or_default()
                        .fields
                        .insert(field, Some(header));
                    self.start_load(paths, options, purpose);
                }
            }
            Command::ResetMapping(source) => {
                let (paths, mut options, purpose) = self.latest_request();
                options.per_source.remove(&source);
                self.start_load(paths, options, purpose);
            }
            Command::SetDarkMode(dark) => {
                self.prefs.dark_mode = dark;
                ctx.set_theme(if dark {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            Command::Cancel => {
                if self.pending.take().is_some() {
                    // Results of the abandoned generation will be ignored when they arrive;
                    // the request's purpose went with it. Work under way stops at its next
                    // check.
                    self.generation += 1;
                    self.worker.supersede(self.generation);
                    self.restore_view_of_dashboard();
                    self.status = "Cancelled; showing the previous result.".to_owned();
                }
            }
            Command::DismissError => self.error = None,
            Command::Maximize(view) => self.maximized = view,
            Command::SetHidden(hidden) => {
                self.hidden = hidden;
                // Every other plot must pick the change up on the next frame.
                ctx.request_repaint();
            }
            Command::SortTable(sort) => self.table_sort = sort,
            Command::ShowExportDialog(kind) => {
                self.export_dialog = match (kind, &self.dashboard) {
                    (Some(kind), Some(data)) => Some(ExportDialog {
                        path: self
                            .export_dir()
                            .join(kind.file_name(data))
                            .display()
                            .to_string(),
                        kind,
                        no_file_chosen: false,
                    }),
                    _ => None,
                };
            }
            Command::ChooseExportFile(kind) => {
                let suggested = match &self.export_dialog {
                    Some(dialog) => PathBuf::from(&dialog.path),
                    None => match &self.dashboard {
                        Some(data) => self.export_dir().join(kind.file_name(data)),
                        None => return,
                    },
                };
                if let Err(e) = self.files.choose_file(ctx, kind, &suggested) {
                    self.error = Some(e);
                }
            }
            Command::Export { kind, path } => {
                let data = self.dashboard.clone();
                if data.is_none() && !matches!(kind, ExportKind::Workspace { .. }) {
                    self.error = Some("nothing to export yet: open some files first".into());
                    return;
                }
                // A relative path typed in the box is taken from the export folder.
                let path = if path.is_relative() {
                    self.export_dir().join(path)
                } else {
                    path
                };
                if let ExportKind::Png { spec, .. } = &kind {
                    self.prefs.image_spec = *spec;
                }
                if let Some(dir) = path.parent().filter(|d| d.is_dir()) {
                    self.prefs.export_dir = Some(dir.to_path_buf());
                }
                self.export_dialog = None;
                let started = match kind {
                    ExportKind::Workspace { note, then } => {
                        self.note = note;
                        let ws = self.current_workspace();
                        self.files.save_workspace(ctx, ws, path, then)
                    }
                    kind => match self.snapshot() {
                        Some(snapshot) => {
                            let look = self.look();
                            self.files.export(ctx, kind, path, snapshot, look)
                        }
                        None => Ok(()),
                    },
                };
                match started {
                    Ok(()) => self.status = "Saving…".to_owned(),
                    Err(e) => self.error = Some(e),
                }
            }
            Command::CopyTable => {
                if let Some(shown) = self.shown() {
                    let rows = shown.data.groups.len() + 1;
                    ctx.copy_text(files::table_tsv(&shown, self.table_sort));
                    self.status = format!(
                        "Copied the KPI table ({rows} rows) — paste it into a spreadsheet."
                    );
                }
            }
            Command::OpenWorkspace(path) => self.open_workspace(ctx, path),
            Command::ShowOpenWorkspaceDialog => {
                if let Err(e) = self.files.pick_file(ctx, PickFor::Workspace) {
                    self.error = Some(e);
                }
            }
            Command::SaveWorkspace => self.save_workspace(ctx, None),
            Command::SaveWorkspaceAs => self.show_save_workspace_window(None),
            Command::Answer(answer) => self.answer(ctx, answer),
            Command::LocateSource { index, path } => self.locate_source(index, path),
            Command::SetColor(name, rgb) => {
                self.colors.insert(name, rgb);
                if let Some(dashboard) = self.dashboard.clone() {
                    // Recolour what is on screen; nothing is recomputed.
                    self.show_dashboard_keeping_statistics(dashboard);
                }
            }
            Command::SetChannelNames(names) => {
                let (paths, mut options, purpose) = self.latest_request();
                names.apply(&paths, &mut options);
                self.start_load(paths, options, purpose);
            }
            Command::SetPlanner(settings) => {
                if settings != self.planner {
                    self.planner = settings;
                    self.start_plan(false);
                }
            }
            Command::ShowLocateDialog(index) => {
                if let Err(e) = self.files.pick_file(ctx, PickFor::Locate(index)) {
                    self.error = Some(e);
                }
            }
        }
    }

    /// The files, options and purpose of the load under way, or else of what is loaded (a
    /// reload): a change made while a load runs builds on it, and keeps what it is for,
    /// instead of silently replacing it.
    pub(crate) fn latest_request(&self) -> (Vec<PathBuf>, LoadOptions, Purpose) {
        match &self.pending {
            Some(Pending {
                what:
                    PendingWork::Loading {
                        paths,
                        options,
                        purpose,
                    },
                ..
            }) => (paths.clone(), options.clone(), purpose.clone()),
            _ => (
                self.sources.clone(),
                self.load_options.clone(),
                Purpose::Reload,
            ),
        }
    }

    /// Puts the filters back to what the dashboard on screen shows (after a cancel or failure).
    fn restore_view_of_dashboard(&mut self) {
        if let Some(d) = &self.dashboard {
            self.view.filters = d.query.filters.clone();
            self.view.group_by = d.query.group_by;
            self.view.granularity = d.query.granularity;
        }
        if let Some(s) = &self.statistics {
            self.view.stats.baseline = s.request.baseline.clone();
            self.view.stats.compare = s.request.compare.clone();
        }
    }

    /// Loads `paths` for `purpose`. A new analysis is computed with a fresh view (applied when
    /// the files have loaded; a failed open keeps the old one); a reload with the view in force.
    pub(crate) fn start_load(
        &mut self,
        paths: Vec<PathBuf>,
        options: LoadOptions,
        purpose: Purpose,
    ) {
        if paths.is_empty() {
            return;
        }
        let query = match &purpose {
            Purpose::NewAnalysis => View::default().query(),
            Purpose::OpenWorkspace(opening) => opening.workspace.view.query(),
            Purpose::Reload => self.view.query(),
        };
        let generation = self.begin(
            PendingWork::Loading {
                paths: paths.clone(),
                options: options.clone(),
                purpose,
            },
            paths.len(),
        );
        self.jobs.loads += 1;
        self.worker.submit(Job::Load {
            generation,
            paths,
            options,
            query,
        });
    }

    /// A new view: charts are recomputed when the query changed, statistics when the ones
    /// asked for are not already there; a change of presentation only re-renders.
    fn set_view(&mut self, view: View) {
        if view == self.view {
            return;
        }
        let query_changed = view.query() != self.view.query();
        self.view = view;
        if query_changed {
            self.start_compute();
        } else if let Some(dashboard) = self.dashboard.clone() {
            self.start_statistics(dashboard);
        }
    }

    fn start_compute(&mut self) {
        let Some(dataset) = self.dataset.clone() else {
            return;
        };
        if matches!(
            self.pending,
            Some(Pending {
                what: PendingWork::Loading { .. },
                ..
            })
        ) {
            // A load in flight computes with the view it was given; recompute after it lands.
            return;
        }
        let generation = self.begin(PendingWork::Computing, 0);
        self.jobs.charts += 1;
        self.worker.submit(Job::Compute {
            generation,
            dataset,
            query: self.view.query(),
        });
    }

    /// After the charts: the statistics the view asks for, as a job of its own, unless those
    /// on screen already answer it.
    fn start_statistics(&mut self, dashboard: Arc<DashboardData>) {
        let Some(dataset) = self.dataset.clone() else {
            return;
        };
        let request = self.view.stats_request();
        let covered = self
            .statistics
            .as_ref()
            .is_some_and(|s| s.request.covers(&request));
        if covered || request.is_empty() {
            return;
        }
        // Charts under way start their statistics when they land.
        if let Some(Pending {
            what: PendingWork::Loading { .. } | PendingWork::Computing,
            ..
        }) = &self.pending
        {
            return;
        }
        let generation = self.begin(PendingWork::Statistics, 0);
        self.jobs.statistics += 1;
        self.stats_worker.submit(Job::Statistics {
            generation,
            dataset,
            dashboard,
            request,
        });
    }

    /// A new request: the next generation, now pending (any older one is superseded).
    fn begin(&mut self, what: PendingWork, files_total: usize) -> u64 {
        self.generation += 1;
        self.pending = Some(Pending {
            generation: self.generation,
            what,
            started: Instant::now(),
            files_done: 0,
            files_total,
        });
        self.generation
    }

    /// Takes in what the worker and the file dialog have reported.
    pub fn poll(&mut self, ctx: &egui::Context) {
        self.poll_planner();
        let (mut reports, alive) = self.worker.poll();
        let (statistics, stats_alive) = self.stats_worker.poll();
        reports.extend(statistics);
        let alive = alive && stats_alive;
        if !alive && self.pending.is_some() {
            self.pending = None;
            self.error = Some("the background worker stopped; please restart ROI Lens".to_owned());
        }
        for report in reports {
            let current = self
                .pending
                .as_ref()
                .is_some_and(|p| p.generation == report.generation());
            if !current {
                continue;
            }
            match report {
                Report::Progress {
                    files_done,
                    files_total,
                    ..
                } => {
                    if let Some(p) = self.pending.as_mut() {
                        p.files_done = files_done;
                        p.files_total = files_total;
                    }
                }
                Report::Loaded {
                    dataset,
                    facts,
                    dashboard,
                    elapsed,
                    ..
                } => {
                    let purpose = match self.pending.take() {
                        Some(Pending {
                            what:
                                PendingWork::Loading {
                                    paths,
                                    options,
                                    purpose,
                                },
                            ..
                        }) => {
                            self.remember_recent(&paths);
                            self.sources = paths;
                            self.load_options = options;
                            purpose
                        }
                        _ => Purpose::Reload,
                    };
                    self.failed_load = None;
                    let settled = !matches!(purpose, Purpose::Reload);
                    if let Purpose::OpenWorkspace(opening) = purpose {
                        self.apply_opened_workspace(*opening);
                    } else if purpose == Purpose::NewAnalysis {
                        // New files are a new analysis: fresh filters, no workspace file,
                        // colours, note or sort.
                        self.view = View::default();
                        self.hidden.clear();
                        self.workspace_path = None;
                        self.note.clear();
                        self.colors.clear();
                        self.missing.clear();
                        self.maximized = None;
                        self.table_sort = TableSort::default();
                        self.planner = PlannerSettings::default();
                    }
                    // Selections naming channels or campaigns that are gone would match nothing.
                    self.view
                        .filters
                        .channels
                        .retain(|c| facts.channels.contains(c));
                    self.view
                        .filters
                        .campaigns
                        .retain(|c| facts.campaigns.contains(c));
                    self.status = format!(
                        "Loaded {} rows from {} file{} in {}",
                        crate::format::group_thousands(facts.rows as f64, 0),
                        self.sources.len(),
                        if self.sources.len() == 1 { "" } else { "s" },
                        format_elapsed(elapsed)
                    );
                    self.error = None;
                    self.dataset = Some(dataset);
                    self.facts = facts;
                    let stale = dashboard.query != self.view.query();
                    self.show_dashboard(dashboard.clone());
                    if stale {
                        self.start_compute();
                    } else {
                        self.start_statistics(dashboard);
                        self.start_plan(true);
                    }
                    if settled {
                        self.baseline = Some(self.current_workspace());
                    }
                }
                Report::Computed {
                    dashboard, elapsed, ..
                } => {
                    self.pending = None;
                    self.status = format!("Updated in {}", format_elapsed(elapsed));
                    self.show_dashboard(dashboard.clone());
                    self.start_statistics(dashboard);
                    // Same data: the curves are kept when the rows are the same.
                    self.start_plan(false);
                }
                Report::Planned { .. } | Report::PlanIntervals { .. } => {}
                Report::Statistics {
                    statistics,
                    elapsed,
                    ..
                } => {
                    self.pending = None;
                    self.status =
                        format!("{}; statistics in {}", self.status, format_elapsed(elapsed));
                    let wanted = self.view.stats_request();
                    let answers = statistics.request.covers(&wanted);
                    self.statistics = Some(statistics);
                    if !answers && let Some(dashboard) = self.dashboard.clone() {
                        // The view moved on while these were computed (a baseline chosen and
                        // chosen back): compute what it shows now.
                        self.statistics = None;
                        self.start_statistics(dashboard);
                    }
                }
                Report::Failed {
                    message,
                    needs_mapping,
                    ..
                } => {
                    // What was loaded before stays loaded, with the filters it was shown with.
                    // The failed request's purpose goes with it.
                    self.failed_load = match (self.pending.take(), needs_mapping) {
                        (
                            Some(Pending {
                                what:
                                    PendingWork::Loading {
                                        paths,
                                        options,
                                        purpose,
                                    },
                                ..
                            }),
                            Some(missing),
                        ) => Some(FailedLoad {
                            paths,
                            options,
                            purpose,
                            missing,
                        }),
                        _ => None,
                    };
                    self.restore_view_of_dashboard();
                    self.error = Some(message);
                }
            }
        }
        for event in self.files.poll() {
            match event {
                FileEvent::Chosen(kind, path) => self.push(Command::Export { kind, path }),
                FileEvent::Picked(PickFor::Workspace, path) => {
                    self.push(Command::OpenWorkspace(path));
                }
                FileEvent::Picked(PickFor::Locate(index), path) => {
                    self.push(Command::LocateSource { index, path });
                }
                FileEvent::NoFile => match self.export_dialog.as_mut() {
                    // The window stays open; its path box is the way on without a dialog.
                    Some(dialog) => dialog.no_file_chosen = true,
                    None => self.status = "Export cancelled: no file chosen.".to_owned(),
                },
                FileEvent::Exported(message) => self.status = message,
                FileEvent::WorkspaceSaved(path, ws, then) => {
                    self.workspace_saved(ctx, path, *ws, then);
                }
                FileEvent::WorkspaceOpened(path, opened) => self.workspace_opened(path, *opened),
                FileEvent::Failed(message) => self.error = Some(message),
            }
        }
        if let Some(rx) = &self.dialog {
            match rx.try_recv() {
                Ok(Some(paths)) => {
                    self.dialog = None;
                    self.push(Command::Open(paths));
                }
                Ok(None) => {
                    self.dialog = None;
                    self.status = "No file chosen. If no dialog appeared, this system has no \
                                   file-chooser service: type or paste a path in the box on the \
                                   left instead."
                        .to_owned();
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.dialog = None,
            }
        }
    }

    fn show_open_dialog(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        // rfd blocks its thread, and can block forever where a desktop portal never answers:
        // never on the UI thread.
        let spawned = std::thread::Builder::new()
            .name("roi-lens-file-dialog".into())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .set_title("Open campaign exports")
                    .add_filter("Exports", &["csv", "tsv", "txt", "parquet"])
                    .add_filter("All files", &["*"])
                    .pick_files();
                let _ = tx.send(picked);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.dialog = Some(rx),
            Err(e) => self.error = Some(format!("cannot open the file dialog: {e}")),
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
                .join(", "),
        };
        let dirty = if self.is_dirty() { "*" } else { "" };
        if name.is_empty() {
            "ROI Lens".to_owned()
        } else {
            format!("{dirty}{name} — ROI Lens")
        }
    }

    /// One frame: take in reports and dropped files, draw, then apply the commands.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        self.poll(ui.ctx());
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
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.pending.is_some() || self.dialog.is_some() || self.files.is_busy() {
            // Keep the spinner turning; reports also wake us.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}

fn format_elapsed(d: Duration) -> String {
    if d.as_millis() < 1000 {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

impl eframe::App for RoiLensApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
        if let Some(started) = self.report_first_frame.take() {
            // `ROI_LENS_TIMING=1`: how long the window took to show something (bench/startup.sh).
            eprintln!(
                "roi-lens: first frame {:.0} ms after start",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}

/// Runs the desktop app on `files` (the sample data when empty), or on a workspace.
pub fn run(files: Vec<PathBuf>, workspace: Option<PathBuf>) -> anyhow::Result<()> {
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
            let prefs: Prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
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
    .map_err(|e| anyhow::anyhow!("cannot start the window: {e}"))
}
