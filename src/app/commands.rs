//! Everything a person can ask the app to do, and the one place it is done.

use super::*;
use crate::data::clickhouse::{self, TableUrl};

/// Everything a person can ask the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Replace the analysis with these files.
    Open(Vec<PathBuf>),
    /// Add files to the analysis.
    Add(Vec<PathBuf>),
    OpenSample,
    /// Open the sheets ticked in the sheet chooser.
    OpenChosenSheets,
    /// Close the sheet chooser without opening anything.
    CancelSheets,
    /// Show the native file dialog (on its own thread).
    ShowOpenDialog,
    /// The ClickHouse connection form: show, list tables, open.
    Connect(super::connect::ConnectAction),
    SetView(View),
    /// Take `field` of `source` from `header`, or ignore it (`None`).
    SetMapping {
        source: PathBuf,
        field: Field,
        header: Option<String>,
    },
    /// Back to automatic recognition for one file.
    ResetMapping(PathBuf),
    /// The file of the failed load is an event log after all (its headers not known as
    /// one): it goes to the cohorts, whose Columns choose its user and time, and the other
    /// files load as before.
    OpenAsEventLog,
    /// Retry the load that failed for want of a column, taking `field` from `header`.
    RetryWithMapping {
        field: Field,
        header: String,
    },
    SetDarkMode(bool),
    /// The interface's language, at once (kept in the preferences).
    SetLanguage(crate::i18n::Lang),
    /// Large numbers in plain digits, not 万 / 亿.
    SetPlainDigits(bool),
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
    /// New cohort options (the sidebar, the heatmap's channel): recomputed off the UI thread.
    SetCohorts(crate::dashboard::CohortOptions),
    /// New channel names (merges, renames, display language, single-channel files): reload.
    SetChannelNames(crate::data::platforms::ChannelNames),
    /// Load the file that stopped at an unreadable cell anyway, such cells left empty.
    LoadAnyway,
    /// The currency of one file (`None`: as detected).
    SetCurrencyOf(PathBuf, Option<String>),
    /// Convert amounts at these rates, or stop converting.
    SetConversion(Option<crate::data::currency::Conversion>),
    /// Retry the load of files in different currencies, converting at these rates.
    ConvertCurrencies(crate::data::currency::Conversion),
    /// A group's colour, chosen by the user (kept in the workspace).
    SetColor(String, [u8; 3]),
    /// Restore (`true`) or discard the unsaved analysis a crashed window left.
    AnswerRecovery(bool),
    /// The answer to "the workspace changed on disk".
    AnswerConflict(ConflictAnswer),
}

impl RoiLensApp {
    pub(super) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            // Workbooks with several sheets of data ask which first (see `sheets`).
            Command::Open(paths) => self.open_or_add(ctx, paths, false),
            Command::Add(paths) => self.open_or_add(ctx, paths, true),
            Command::OpenChosenSheets => self.open_chosen_sheets(),
            Command::CancelSheets => {
                self.sheet_chooser = None;
                self.status = Text::default();
            }
            Command::OpenSample => match crate::sample::sample_files() {
                Ok(files) => self.apply(ctx, Command::Open(files)),
                Err(e) => self.error = Some(Text::display(e)),
            },
            Command::ShowOpenDialog => self.show_open_dialog(ctx),
            Command::Connect(action) => self.apply_connect(ctx, action),
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
            Command::OpenAsEventLog => {
                if let Some(FailedLoad {
                    paths,
                    options,
                    purpose,
                    missing,
                }) = self.failed_load.take()
                {
                    let rest = paths.into_iter().filter(|p| *p != missing.path).collect();
                    self.error = None;
                    self.start_load_with_events(rest, vec![missing.path], options, purpose);
                }
            }
            Command::ResetMapping(source) => {
                let (paths, mut options, purpose) = self.latest_request();
                options.per_source.remove(&source);
                self.start_load(paths, options, purpose);
            }
            Command::SetLanguage(lang) => {
                self.prefs.lang = Some(lang);
                crate::i18n::set_language(lang);
                // Texts made by the workers (verdicts, notes) are made again in the language.
                self.start_compute();
            }
            Command::SetPlainDigits(plain) => {
                self.prefs.plain_digits = plain;
                crate::i18n::set_plain_digits(plain);
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
                if let Some(Pending {
                    what: PendingWork::Loading { paths, .. },
                    ..
                }) = &self.pending
                {
                    // The server stops working on it too (KILL QUERY by its id), off the UI
                    // thread.
                    let tables: Vec<TableUrl> = paths
                        .iter()
                        .filter_map(|p| TableUrl::parse(p.to_str()?)?.ok())
                        .collect();
                    if !tables.is_empty() {
                        let _ = std::thread::Builder::new()
                            .name("clickhouse-cancel".to_owned())
                            .spawn(move || tables.iter().for_each(clickhouse::cancel));
                    }
                }
                if self.pending.take().is_some() {
                    // Results of the abandoned generation will be ignored when they arrive;
                    // the request's purpose went with it. Work under way stops at its next
                    // check.
                    self.generation += 1;
                    self.worker.supersede(self.generation);
                    self.restore_view_of_dashboard();
                    self.status = text!("app-status-cancelled");
                }
            }
            Command::DismissError => {
                self.error = None;
                self.need_rates = None;
            }
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
                    self.error = Some(text!("app-error-nothing-to-export"));
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
                        self.files.save_workspace(ctx, ws, path, then, None)
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
                    Ok(()) => self.status = text!("app-status-saving"),
                    Err(e) => self.error = Some(e),
                }
            }
            Command::CopyTable => {
                if let Some(shown) = self.shown() {
                    let rows = shown.data.groups.len() + 1;
                    ctx.copy_text(files::table_tsv(&shown, self.table_sort));
                    self.status = text!(
                        "app-status-copied-table",
                        rows = crate::i18n::big_number(rows as f64, 0)
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
            Command::AnswerRecovery(restore) => self.answer_recovery(restore),
            Command::AnswerConflict(answer) => self.answer_conflict(ctx, answer),
            Command::LocateSource { index, path } => self.locate_source(index, path),
            Command::ConvertCurrencies(conversion) => {
                if let Some(NeedRates {
                    paths,
                    mut options,
                    purpose,
                    ..
                }) = self.need_rates.take()
                {
                    options.conversion = Some(conversion);
                    self.error = None;
                    self.start_load(paths, options, purpose);
                }
            }
            Command::LoadAnyway => {
                if let Some(LoadAnyway {
                    paths,
                    mut options,
                    purpose,
                    file,
                }) = self.load_anyway.take()
                {
                    options.lenient.insert(file);
                    self.error = None;
                    self.start_load(paths, options, purpose);
                }
            }
            Command::SetColor(name, rgb) => {
                self.colors.insert(name, rgb);
                if let Some(dashboard) = self.dashboard.as_mut() {
                    // Recolour what is on screen; nothing is recomputed.
                    Arc::make_mut(dashboard).apply_colors(&self.colors);
                }
            }
            Command::SetCurrencyOf(path, code) => {
                let (paths, mut options, purpose) = self.latest_request();
                match code {
                    Some(code) => options.currency_of.insert(path, code),
                    None => options.currency_of.remove(&path),
                };
                self.start_load(paths, options, purpose);
            }
            Command::SetConversion(conversion) => {
                let (paths, mut options, purpose) = self.latest_request();
                options.conversion = conversion;
                self.start_load(paths, options, purpose);
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
            Command::SetCohorts(options) => self.cohorts.options = options,
            Command::ShowLocateDialog(index) => {
                if let Err(e) = self.files.pick_file(ctx, PickFor::Locate(index)) {
                    self.error = Some(e);
                }
            }
        }
    }
}
