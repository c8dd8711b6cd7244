//! Requests to the workers: loads that carry their purpose, chart and statistics jobs, and what
//! the app does with their reports.

use super::*;

/// A load or an update the status line tells of, kept so the statistics' time can be said in
/// the same sentence when they come. Numbers and times stay numbers until the sentence is
/// written (in the language in force: `3,597.6万` rows in Chinese).
#[derive(Clone, Copy, Debug)]
pub(super) enum StatusOf {
    Loaded {
        rows: usize,
        files: usize,
        /// The rows of ClickHouse tables summed on the server, when there were any.
        table_rows: Option<u64>,
        elapsed: Duration,
    },
    Updated {
        elapsed: Duration,
    },
}

impl StatusOf {
    /// The sentence, with the statistics' time when they are in, written when shown.
    fn text(self, statistics: Option<Duration>) -> Text {
        Text::new(move || self.write(statistics))
    }

    fn write(self, statistics: Option<Duration>) -> String {
        let statistics = statistics.map(format_elapsed);
        match self {
            StatusOf::Loaded {
                rows,
                files,
                table_rows,
                elapsed,
            } => {
                let rows = crate::i18n::big_number(rows as f64, 0);
                let elapsed = format_elapsed(elapsed);
                let table_rows = table_rows.map(|n| crate::i18n::big_number(n as f64, 0));
                match (table_rows, statistics) {
                    (None, None) => tr!(
                        "app-status-loaded",
                        rows = rows,
                        files = files,
                        elapsed = elapsed
                    ),
                    (None, Some(statistics)) => tr!(
                        "app-status-loaded-statistics",
                        rows = rows,
                        files = files,
                        elapsed = elapsed,
                        statistics = statistics
                    ),
                    (Some(table_rows), None) => tr!(
                        "app-status-loaded-summed",
                        rows = rows,
                        files = files,
                        table_rows = table_rows,
                        elapsed = elapsed
                    ),
                    (Some(table_rows), Some(statistics)) => tr!(
                        "app-status-loaded-summed-statistics",
                        rows = rows,
                        files = files,
                        table_rows = table_rows,
                        elapsed = elapsed,
                        statistics = statistics
                    ),
                }
            }
            StatusOf::Updated { elapsed } => {
                let elapsed = format_elapsed(elapsed);
                match statistics {
                    None => tr!("app-status-updated", elapsed = elapsed),
                    Some(statistics) => tr!(
                        "app-status-updated-statistics",
                        elapsed = elapsed,
                        statistics = statistics
                    ),
                }
            }
        }
    }
}

impl RoiLensApp {
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
            }) => (paths.clone(), (**options).clone(), purpose.clone()),
            _ => (
                self.sources.clone(),
                self.load_options.clone(),
                Purpose::Reload,
            ),
        }
    }

    /// Puts the filters back to what the dashboard on screen shows (after a cancel or failure).
    pub(super) fn restore_view_of_dashboard(&mut self) {
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
        self.start_load_with_events(paths, Vec::new(), options, purpose);
    }

    /// [`Self::start_load`] with `known` event logs besides those its files are told to be
    /// (the event-log sheets of workbooks, found when their sheets were listed).
    pub(crate) fn start_load_with_events(
        &mut self,
        paths: Vec<PathBuf>,
        known: Vec<PathBuf>,
        options: LoadOptions,
        purpose: Purpose,
    ) {
        // Event logs go to the cohorts; the campaign exports to the dashboard. A new analysis
        // brings its own event logs (or none); a reload or an addition keeps those open and
        // adds any new. A workspace's files were sorted when it opened, and files already
        // loaded as exports need no second look.
        let mut events: Vec<PathBuf> = match &purpose {
            Purpose::OpenWorkspace(_) => Vec::new(),
            _ => paths
                .iter()
                .filter(|p| !self.sources.contains(p) && crate::data::kind::is_event_log(p))
                .cloned()
                .collect(),
        };
        for path in known {
            if !events.contains(&path) {
                events.push(path);
            }
        }
        let paths: Vec<PathBuf> = paths.into_iter().filter(|p| !events.contains(p)).collect();
        match &purpose {
            Purpose::NewAnalysis if events.is_empty() && paths.is_empty() => {}
            Purpose::NewAnalysis => self.cohorts.set_paths(events),
            Purpose::OpenWorkspace(_) | Purpose::Reload => {
                for path in events {
                    if !self.cohorts.paths.contains(&path) {
                        self.cohorts.paths.push(path);
                    }
                }
            }
        }
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
                options: Box::new(options.clone()),
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
    pub(super) fn set_view(&mut self, view: View) {
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

    pub(super) fn start_compute(&mut self) {
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
    pub(super) fn start_statistics(&mut self, dashboard: Arc<DashboardData>) {
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
    pub(super) fn begin(&mut self, what: PendingWork, files_total: usize) -> u64 {
        self.generation += 1;
        self.pending = Some(Pending {
            generation: self.generation,
            what,
            started: Instant::now(),
            progress: crate::data::LoadProgress {
                files_total,
                ..Default::default()
            },
        });
        self.generation
    }

    /// Tells of a load or an update on the status line.
    fn set_status_of(&mut self, of: StatusOf) {
        self.status = of.text(None);
        self.status_of = Some((of, self.status.clone()));
    }

    /// Adds the statistics' time to the status line: in the sentence of the load or update it
    /// tells of (replacing an earlier time), or after whatever else it says.
    fn set_statistics_time(&mut self, elapsed: Duration) {
        match &mut self.status_of {
            Some((of, said)) if said.is(&self.status) => {
                self.status = of.text(Some(elapsed));
                said.clone_from(&self.status);
            }
            _ => {
                let status = self.status.clone();
                self.status = Text::new(move || {
                    tr!(
                        "app-status-with-statistics",
                        status = &status,
                        statistics = format_elapsed(elapsed)
                    )
                });
            }
        }
    }

    /// Takes in what the worker and the file dialog have reported.
    pub fn poll(&mut self, ctx: &egui::Context) {
        self.poll_planner();
        self.poll_sheet_listing();
        let (mut reports, alive) = self.worker.poll();
        let (statistics, stats_alive) = self.stats_worker.poll();
        reports.extend(statistics);
        let alive = alive && stats_alive;
        if !alive && self.pending.is_some() {
            self.pending = None;
            self.error = Some(text!("app-error-worker-stopped"));
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
                Report::Loading { progress, .. } => {
                    if let Some(p) = self.pending.as_mut() {
                        p.progress = progress;
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
                            self.load_options = *options;
                            purpose
                        }
                        _ => Purpose::Reload,
                    };
                    self.failed_load = None;
                    self.load_anyway = None;
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
                    // A ClickHouse table's rows stayed on the server: say how many were summed.
                    let summed: u64 = dataset
                        .sources
                        .iter()
                        .filter_map(|s| s.pushed_down.as_ref())
                        .map(|p| p.table_rows)
                        .sum();
                    self.set_status_of(StatusOf::Loaded {
                        rows: facts.rows,
                        files: self.sources.len(),
                        table_rows: (summed > 0).then_some(summed),
                        elapsed,
                    });
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
                        self.settle_baseline();
                    }
                }
                Report::Computed {
                    dashboard, elapsed, ..
                } => {
                    self.pending = None;
                    // The same query made again (in another language) is no update to tell
                    // of: the status line keeps its sentence, now in the new language.
                    let same = self
                        .dashboard
                        .as_ref()
                        .is_some_and(|d| d.query == dashboard.query);
                    if !same {
                        self.set_status_of(StatusOf::Updated { elapsed });
                    }
                    self.show_dashboard(dashboard.clone());
                    self.start_statistics(dashboard);
                    // Same data: the curves are kept when the rows are the same.
                    self.start_plan(false);
                }
                Report::Progress { .. } | Report::Planned { .. } | Report::PlanIntervals { .. } => {
                }
                Report::Statistics {
                    statistics,
                    elapsed,
                    ..
                } => {
                    self.pending = None;
                    self.set_statistics_time(elapsed);
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
                    bad_cell,
                    currencies,
                    ..
                } => {
                    // What was loaded before stays loaded, with the filters it was shown with.
                    // The failed request's purpose goes with it, or with the offer to retry.
                    // The failed load's files, options and purpose, for whichever remedy the
                    // failure offers (rates, load anyway, a column to map).
                    let failed = match self.pending.take() {
                        Some(Pending {
                            what:
                                PendingWork::Loading {
                                    paths,
                                    options,
                                    purpose,
                                },
                            ..
                        }) => Some((paths, *options, purpose)),
                        _ => None,
                    };
                    self.need_rates = failed.clone().filter(|_| !currencies.is_empty()).map(
                        |(paths, options, purpose)| NeedRates {
                            paths,
                            options,
                            purpose,
                            report: currencies[0].clone(),
                            rates: currencies
                                .iter()
                                .map(|c| (c.clone(), String::new()))
                                .collect(),
                        },
                    );
                    self.load_anyway =
                        failed
                            .clone()
                            .zip(bad_cell)
                            .map(|((paths, options, purpose), file)| LoadAnyway {
                                paths,
                                options,
                                purpose,
                                file,
                            });
                    self.failed_load =
                        failed
                            .zip(needs_mapping)
                            .map(|((paths, options, purpose), missing)| FailedLoad {
                                paths,
                                options,
                                purpose,
                                missing,
                            });
                    self.restore_view_of_dashboard();
                    // The worker says the rates are asked for below the message (not with CLI
                    // flags).
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
                    None => self.status = text!("app-status-export-cancelled"),
                },
                FileEvent::Exported(message) => self.status = message,
                FileEvent::WorkspaceSaved(path, ws, then, stamp) => {
                    self.workspace_saved(ctx, path, *ws, then, stamp);
                }
                FileEvent::WorkspaceOpened(path, opened, stamp) => {
                    self.workspace_opened(path, *opened, stamp);
                }
                FileEvent::SaveConflict(path, then) => {
                    self.status = text!(
                        "app-status-changed-on-disk",
                        path = path.display().to_string()
                    );
                    self.save_conflict = Some(SaveConflict { path, then });
                }
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
                    self.status = text!("app-status-no-file-chosen");
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.dialog = None,
            }
        }
    }
}
