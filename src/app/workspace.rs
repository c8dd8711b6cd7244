//! The app's side of workspaces: what is saved, opening one (missing and changed sources
//! included), unsaved-change tracking, and the "save changes first?" question before closing
//! or opening another workspace. The file format itself is in [`crate::workspace`].

use std::path::PathBuf;
use std::sync::Arc;

use super::{Command, ExportDialog, ExportKind, Purpose, RECENT_LIMIT, RoiLensApp};
use crate::dashboard::DashboardData;
use crate::i18n::Text;
use crate::views::ViewRef;
use crate::workspace::{DiskStamp, Opened, Source, SourceState, Workspace};
use crate::{text, tr};

/// A source of the opened workspace that was not found; its settings are kept (and saved
/// again) until it is located.
#[derive(Clone, Debug, PartialEq)]
pub struct MissingSource {
    pub source: Source,
    /// Where it was when the workspace was saved.
    pub recorded: PathBuf,
    /// The "new location" box.
    pub input: String,
}

/// A workspace whose sources are loading: it takes over when they have loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct OpeningWorkspace {
    pub path: PathBuf,
    pub workspace: Workspace,
    pub missing: Vec<MissingSource>,
    pub notices: Vec<Text>,
    /// Set when this is an unsaved analysis being restored after a crash.
    pub recovering: Option<Recovering>,
}

/// An analysis restored from a recovery file: where it is, and the workspace it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovering {
    pub file: PathBuf,
    pub origin: Option<PathBuf>,
}

/// A save that found the workspace changed on disk since it was opened or saved here.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveConflict {
    pub path: PathBuf,
    /// What waited for the save.
    pub then: Option<Then>,
}

/// The answer to "the workspace changed on disk".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictAnswer {
    /// Save over it anyway.
    Overwrite,
    /// Save to another file.
    SaveAs,
    /// Drop the changes made here and open the file as it is now.
    ReloadTheirs,
    Cancel,
}

/// What waits for the answer to "save changes first?".
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    Close,
    OpenWorkspace(PathBuf),
}

/// The question, while asked.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    pub then: Then,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Save,
    Discard,
    Cancel,
}

impl RoiLensApp {
    /// The analysis as it would be saved now.
    pub fn current_workspace(&self) -> Workspace {
        let mut sources: Vec<Source> = self
            .sources
            .iter()
            .map(|path| Source {
                path: path.clone(),
                mapping: self
                    .load_options
                    .per_source
                    .get(path)
                    .cloned()
                    .unwrap_or_default(),
                event_log: false,
            })
            .collect();
        sources.extend(self.missing.iter().map(|m| m.source.clone()));
        // The event logs are sources too, marked as such for the reopened workspace.
        sources.extend(self.cohorts.paths.iter().map(|path| Source {
            path: path.clone(),
            mapping: Default::default(),
            event_log: true,
        }));
        Workspace {
            sources,
            view: self.view.clone(),
            table_sort: self.table_sort,
            hidden: self.hidden.clone(),
            colors: self.colors.clone(),
            maximized: self.maximized.map(|v| v.id().to_owned()),
            dark: self.prefs.dark_mode,
            note: self.note.clone(),
            planner: self.planner.clone(),
            channel_names: crate::data::platforms::ChannelNames::of(&self.load_options),
            lenient_files: self
                .load_options
                .lenient
                .iter()
                .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
                .collect(),
            currencies: self.load_options.conversion.clone(),
            currency_of: self
                .load_options
                .currency_of
                .iter()
                .filter_map(|(p, c)| {
                    Some((p.file_name()?.to_string_lossy().into_owned(), c.clone()))
                })
                .collect(),
            cohorts: self.cohorts.options.clone(),
        }
    }

    /// Has the analysis changed since it was opened or saved?
    pub fn is_dirty(&self) -> bool {
        self.baseline
            .as_ref()
            .is_some_and(|b| *b != self.current_workspace())
    }

    /// Shows a new dashboard in the analysis's colours; groups seen for the first time keep
    /// the colour they are first shown in.
    pub(super) fn show_dashboard(&mut self, mut dashboard: Arc<DashboardData>) {
        if dashboard
            .groups
            .iter()
            .any(|(g, c)| self.colors.get(g).is_some_and(|saved| saved != c))
        {
            Arc::make_mut(&mut dashboard).apply_colors(&self.colors);
        }
        for (name, color) in &dashboard.groups {
            self.colors.entry(name.clone()).or_insert(*color);
        }
        // Statistics are of the rows of the charts they were computed for, and so is a plan.
        self.statistics = None;
        let query = &dashboard.query;
        if self
            .plan
            .as_ref()
            .is_some_and(|p| !p.curves.fits(&query.filters, query.group_by))
        {
            self.plan = None;
        }
        self.dashboard = Some(dashboard);
    }

    /// Starts the app on a workspace instead of the sample data.
    pub fn replace_startup_with_workspace(&mut self, path: PathBuf) {
        self.commands.clear();
        self.push(Command::OpenWorkspace(path));
    }

    pub(super) fn open_workspace(&mut self, ctx: &egui::Context, path: PathBuf) {
        if self.is_dirty() {
            self.confirm = Some(Confirm {
                then: Then::OpenWorkspace(path),
            });
            return;
        }
        if let Err(e) = self.files.open_workspace(ctx, path) {
            self.error = Some(e);
        }
    }

    /// The baseline once an opened analysis has loaded: what it is now, or, for an analysis
    /// restored after a crash, nothing it can equal (it is unsaved until saved).
    pub(super) fn settle_baseline(&mut self) {
        self.baseline = Some(if std::mem::take(&mut self.mark_unsaved) {
            Workspace::default()
        } else {
            self.current_workspace()
        });
    }

    /// Restores (or discards) the first unsaved analysis offered after a crash.
    pub(super) fn answer_recovery(&mut self, restore: bool) {
        if self.recovery_offers.is_empty() {
            return;
        }
        let offer = self.recovery_offers.remove(0);
        if !restore {
            super::recovery::remove_left_behind(&offer.file);
            return;
        }
        let crate::workspace::Recovered { opened, origin } = offer.recovered;
        self.disk_stamp = origin
            .as_ref()
            .and_then(|o| Some((o.clone(), crate::workspace::stamp(o).ok()?)));
        let recovering = Recovering {
            file: offer.file.clone(),
            origin: origin.clone(),
        };
        self.open_loaded(offer.file, opened, Some(recovering));
    }

    /// Every frame: hands the analysis, while unsaved, to the recovery file's writer.
    pub(super) fn keep_for_recovery(&mut self, ctx: &egui::Context) {
        if self.recovery.is_none() {
            return;
        }
        // After the start-up load, which would clear a message shown before it lands.
        let scan = match self.recovery.as_mut() {
            Some(recovery) if self.pending.is_none() => recovery.poll_scan(),
            _ => None,
        };
        if let Some((offers, messages)) = scan {
            self.recovery_offers.extend(offers);
            if !messages.is_empty() {
                self.error = Some(Text::new(move || {
                    let lines: Vec<String> = messages.iter().map(ToString::to_string).collect();
                    lines.join("\n")
                }));
            }
        }
        let current = self.current_workspace();
        let unsaved = self
            .baseline
            .as_ref()
            .is_some_and(|b| *b != current)
            .then_some(current);
        let origin = self.workspace_path.clone();
        if let Some(recovery) = self.recovery.as_mut() {
            recovery.tick(ctx, unsaved, origin.as_deref());
        }
    }

    /// This window's recovery file, when it keeps one.
    pub fn recovery_file(&self) -> Option<&std::path::Path> {
        self.recovery.as_ref().map(|r| r.file())
    }

    /// Has the start-up look for analyses left by crashed windows finished (or is there none)?
    pub fn recovery_scanned(&self) -> bool {
        self.recovery.as_ref().is_none_or(|r| r.scanned())
    }

    /// A clean exit: the recovery file goes (eframe calls this when the window closes).
    pub fn exit_cleanly(&mut self) {
        if let Some(recovery) = self.recovery.as_mut() {
            recovery.exit_cleanly();
        }
    }

    /// Opens a workspace: its sources load on the worker, and its view, layout and settings
    /// take over when they have (a cancelled or failed load leaves the analysis on screen as it
    /// was); the analysis then counts as unchanged.
    pub(super) fn workspace_opened(
        &mut self,
        path: PathBuf,
        opened: Opened,
        stamp: Option<DiskStamp>,
    ) {
        // Absolute, so "Save" writes where it was read whatever folder the app runs in.
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.disk_stamp = stamp.map(|s| (path.clone(), s));
        self.open_loaded(path, opened, None);
    }

    fn open_loaded(&mut self, path: PathBuf, opened: Opened, recovering: Option<Recovering>) {
        let loadable = opened.loadable();
        let missing = opened
            .workspace
            .sources
            .iter()
            .zip(&opened.states)
            .filter_map(|(source, state)| match state {
                SourceState::Missing { recorded } => Some(MissingSource {
                    source: source.clone(),
                    recorded: recorded.clone(),
                    input: String::new(),
                }),
                _ => None,
            })
            .collect();
        let pending = OpeningWorkspace {
            path,
            workspace: opened.workspace.clone(),
            missing,
            notices: opened.notices(),
            recovering,
        };
        self.export_dialog = None;
        let (paths, options) = loadable.load_request();
        // The workspace's event logs replace those open (none: they go with the old analysis).
        // Those it marks are taken as they are; others (older workspaces) by their header.
        let (events, paths): (Vec<PathBuf>, Vec<PathBuf>) = paths.into_iter().partition(|p| {
            loadable.sources.iter().any(|s| s.event_log && s.path == *p)
                || crate::data::kind::is_event_log(p)
        });
        self.cohorts.options = opened.workspace.cohorts.clone();
        self.cohorts.set_paths(events);
        if paths.is_empty() {
            // Nothing to load: the settings stay, waiting for the sources to be located.
            self.apply_opened_workspace(pending);
            self.sources.clear();
            self.load_options = options;
            self.dataset = None;
            self.dashboard = None;
            self.statistics = None;
            self.facts = Default::default();
            self.settle_baseline();
            return;
        }
        self.start_load(paths, options, Purpose::OpenWorkspace(Box::new(pending)));
    }

    /// The opened workspace's view, layout and settings take over.
    pub(super) fn apply_opened_workspace(&mut self, opening: OpeningWorkspace) {
        let OpeningWorkspace {
            path,
            workspace: ws,
            missing,
            notices,
            recovering,
        } = opening;
        self.missing = missing;
        self.view = ws.view;
        self.hidden = ws.hidden;
        self.table_sort = ws.table_sort;
        self.maximized = ws.maximized.as_deref().and_then(ViewRef::from_id);
        self.colors = ws.colors;
        self.note = ws.note;
        self.planner = ws.planner;
        if ws.dark != self.prefs.dark_mode {
            self.push(Command::SetDarkMode(ws.dark));
        }
        if let Some(recovering) = recovering {
            // The dead window's file has done its work: this window keeps its own from now.
            super::recovery::remove_left_behind(&recovering.file);
            self.mark_unsaved = true;
            self.status = if notices.is_empty() {
                text!("app-status-restored")
            } else {
                Text::new(move || tr!("app-status-restored-notices", notices = joined(&notices)))
            };
            self.workspace_path = recovering.origin;
            return;
        }
        self.remember_recent_workspace(&path);
        self.status = if notices.is_empty() {
            text!(
                "app-status-opened-workspace",
                path = path.display().to_string()
            )
        } else {
            Text::new(move || joined(&notices))
        };
        self.workspace_path = Some(path);
    }

    /// Saves to the workspace's file, or asks where; `then` runs once saved (and is dropped
    /// with the save if it fails or its window is cancelled).
    pub(super) fn save_workspace(&mut self, ctx: &egui::Context, then: Option<Then>) {
        match self.workspace_path.clone() {
            Some(path) => {
                let ws = self.current_workspace();
                let expected = self
                    .disk_stamp
                    .as_ref()
                    .filter(|(p, _)| *p == path)
                    .map(|(_, s)| s.clone());
                if let Err(e) = self.files.save_workspace(ctx, ws, path, then, expected) {
                    self.error = Some(e);
                }
            }
            None => self.show_save_workspace_window(then),
        }
    }

    pub(super) fn show_save_workspace_window(&mut self, then: Option<Then>) {
        let path = match &self.workspace_path {
            Some(p) => p.clone(),
            None => self
                .export_dir()
                .join(format!("analysis.{}", crate::workspace::EXTENSION)),
        };
        self.export_dialog = Some(ExportDialog {
            kind: ExportKind::Workspace {
                note: self.note.clone(),
                then,
            },
            path: path.display().to_string(),
            no_file_chosen: false,
        });
    }

    pub(super) fn workspace_saved(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        saved: Workspace,
        then: Option<Then>,
        stamp: Option<DiskStamp>,
    ) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.disk_stamp = stamp.map(|s| (path.clone(), s));
        self.status = text!(
            "app-status-saved-workspace",
            path = path.display().to_string()
        );
        self.remember_recent_workspace(&path);
        self.workspace_path = Some(path);
        self.baseline = Some(saved);
        match then {
            Some(Then::Close) => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(Then::OpenWorkspace(next)) => self.push(Command::OpenWorkspace(next)),
            None => {}
        }
    }

    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(confirm) = self.confirm.take() else {
            return;
        };
        match answer {
            Answer::Cancel => {}
            Answer::Save => self.save_workspace(ctx, Some(confirm.then)),
            Answer::Discard => match confirm.then {
                Then::Close => {
                    self.allow_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                Then::OpenWorkspace(path) => {
                    // Forget the changes, then open without asking again.
                    self.baseline = None;
                    self.open_workspace(ctx, path);
                }
            },
        }
    }

    /// The answer to "the workspace changed on disk".
    pub(super) fn answer_conflict(&mut self, ctx: &egui::Context, answer: ConflictAnswer) {
        let Some(SaveConflict { path, then }) = self.save_conflict.take() else {
            return;
        };
        match answer {
            ConflictAnswer::Cancel => {}
            ConflictAnswer::Overwrite => {
                let ws = self.current_workspace();
                if let Err(e) = self.files.save_workspace(ctx, ws, path, then, None) {
                    self.error = Some(e);
                }
            }
            ConflictAnswer::SaveAs => self.show_save_workspace_window(then),
            ConflictAnswer::ReloadTheirs => {
                // Their version replaces the changes made here.
                self.baseline = None;
                self.open_workspace(ctx, path);
            }
        }
    }

    /// Puts a missing source back at `path`, with its mapping, and reloads.
    pub(super) fn locate_source(&mut self, index: usize, path: PathBuf) {
        if index >= self.missing.len() {
            return;
        }
        if !path.is_file() {
            self.error = Some(text!(
                "app-error-not-a-file",
                path = path.display().to_string()
            ));
            return;
        }
        let (in_use, ..) = self.latest_request();
        let same = |p: &PathBuf| std::fs::canonicalize(p).ok() == std::fs::canonicalize(&path).ok();
        if in_use.iter().any(same) {
            self.error = Some(text!(
                "app-error-already-in-analysis",
                path = path.display().to_string()
            ));
            return;
        }
        let missing = self.missing.remove(index);
        let (mut paths, mut options, purpose) = self.latest_request();
        if !missing.source.mapping.is_empty() {
            options
                .per_source
                .insert(path.clone(), missing.source.mapping.clone());
        }
        paths.push(path);
        self.start_load(paths, options, purpose);
    }

    /// Ctrl+S saves, Ctrl+Shift+S saves as, Ctrl+O opens a workspace.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        ctx.input_mut(|i| {
            if i.consume_shortcut(&save_as) {
                self.commands.push(Command::SaveWorkspaceAs);
            } else if i.consume_shortcut(&save) {
                self.commands.push(Command::SaveWorkspace);
            } else if i.consume_shortcut(&open) {
                self.commands.push(Command::ShowOpenWorkspaceDialog);
            }
        });
    }

    /// Closing the window with unsaved changes asks first.
    pub(super) fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Confirm { then: Then::Close });
        }
    }

    pub(super) fn remember_recent_workspace(&mut self, path: &std::path::Path) {
        let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.prefs.recent_workspaces.retain(|p| p != &absolute);
        self.prefs.recent_workspaces.insert(0, absolute);
        self.prefs.recent_workspaces.truncate(RECENT_LIMIT);
    }
}

/// Notices as one line, sentence after sentence, in the language in force.
fn joined(notices: &[Text]) -> String {
    let sentences: Vec<String> = notices.iter().map(ToString::to_string).collect();
    sentences.join(&tr!("app-sentence-separator"))
}
