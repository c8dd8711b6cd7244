//! The background workers: loading files and computing the dashboard happen here, never on the
//! UI thread. The charts come first; the statistics (a bootstrap per group, the slow part)
//! follow as a job of their own on a second worker, which a newer request supersedes. Results
//! come back over a channel, tagged with the request's generation so a cancelled or superseded
//! request is ignored when it finally arrives.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::budget::{self, Curves, PlanData, PlannerSettings};
use crate::dashboard::{
    ChartQuery, DashboardData, DatasetFacts, Statistics, StatsRequest, compute_charts,
    compute_statistics_until,
};
use crate::data::{Dataset, Field, LoadError, LoadOptions, LoadProgress, load_files_with_progress};
use crate::i18n::Text;
use crate::{text, tr};

/// Work for the worker.
pub enum Job {
    /// Load files, then compute the charts for `query`.
    Load {
        generation: u64,
        paths: Vec<PathBuf>,
        options: LoadOptions,
        query: ChartQuery,
    },
    /// Recompute the charts of an already loaded dataset.
    Compute {
        generation: u64,
        dataset: Arc<Dataset>,
        query: ChartQuery,
    },
    /// The statistics of charts already on screen.
    Statistics {
        generation: u64,
        dataset: Arc<Dataset>,
        dashboard: Arc<DashboardData>,
        request: StatsRequest,
    },
    /// A budget plan: the curves of `query`'s groups (fitted unless given), then the plan.
    Plan {
        generation: u64,
        dataset: Arc<Dataset>,
        query: ChartQuery,
        /// The charts' daily sums of every group, when they have them (see
        /// [`DashboardData::daily`]): the curves are fitted on those, not on a pass over the
        /// rows.
        daily: Option<crate::metrics::Summary>,
        curves: Option<Arc<Curves>>,
        settings: PlannerSettings,
    },
    /// The plan's 90 % intervals (a bootstrap that refits every group; reports progress).
    PlanIntervals {
        generation: u64,
        plan: Arc<PlanData>,
    },
}

impl Job {
    fn generation(&self) -> u64 {
        match self {
            Job::Load { generation, .. }
            | Job::Compute { generation, .. }
            | Job::Statistics { generation, .. }
            | Job::Plan { generation, .. }
            | Job::PlanIntervals { generation, .. } => *generation,
        }
    }
}

/// What the worker reports.
pub enum Report {
    /// How far a load has come.
    Loading {
        generation: u64,
        progress: LoadProgress,
    },
    /// The plan's intervals: `done` of `total` resamples.
    Progress {
        generation: u64,
        done: usize,
        total: usize,
    },
    Loaded {
        generation: u64,
        dataset: Arc<Dataset>,
        facts: DatasetFacts,
        dashboard: Arc<DashboardData>,
        elapsed: Duration,
    },
    Computed {
        generation: u64,
        dashboard: Arc<DashboardData>,
        elapsed: Duration,
    },
    /// The statistics of the charts on screen.
    Statistics {
        generation: u64,
        statistics: Arc<Statistics>,
        elapsed: Duration,
    },
    /// A plan on its curves, without intervals yet.
    Planned {
        generation: u64,
        plan: Arc<PlanData>,
    },
    /// The same plan with its intervals.
    PlanIntervals {
        generation: u64,
        plan: Arc<PlanData>,
    },
    Failed {
        generation: u64,
        /// Why, written when shown.
        message: Text,
        /// Set when a file lacks a required column: the user can pick one and retry.
        needs_mapping: Option<NeedsMapping>,
        /// Set when a cell of this file could not be read: it can be loaded anyway.
        bad_cell: Option<PathBuf>,
        /// The currencies of files that cannot be added without rates (empty otherwise).
        currencies: Vec<String>,
    },
}

/// A file that could not be loaded because a required field has no column.
#[derive(Clone, Debug, PartialEq)]
pub struct NeedsMapping {
    pub path: PathBuf,
    /// The field to map (spend, or channel when neither channel nor campaign was found).
    pub field: Field,
    pub headers: Vec<String>,
}

impl NeedsMapping {
    fn from_error(error: &LoadError) -> Option<NeedsMapping> {
        match error {
            LoadError::MissingColumn {
                path,
                field,
                headers,
            } => Some(NeedsMapping {
                path: path.clone(),
                field: *field,
                headers: headers.clone(),
            }),
            LoadError::MissingGrouping { path, headers } => Some(NeedsMapping {
                path: path.clone(),
                field: Field::Channel,
                headers: headers.clone(),
            }),
            _ => None,
        }
    }
}

impl Report {
    pub fn generation(&self) -> u64 {
        match self {
            Report::Loading { generation, .. }
            | Report::Progress { generation, .. }
            | Report::Loaded { generation, .. }
            | Report::Computed { generation, .. }
            | Report::Statistics { generation, .. }
            | Report::Planned { generation, .. }
            | Report::PlanIntervals { generation, .. }
            | Report::Failed { generation, .. } => *generation,
        }
    }
}

/// How many jobs the dashboard's workers (charts, statistics) are running. The planner's worker
/// waits while there are any: on two cores a plan fitted beside them would slow down the
/// charts the user is waiting for.
#[derive(Clone, Default)]
pub struct Busy(Arc<AtomicUsize>);

impl Busy {
    fn any(&self) -> bool {
        self.0.load(Ordering::SeqCst) > 0
    }
}

/// A job counted in [`Busy`] until dropped (also when the job panics).
struct Running(Busy);

impl Running {
    fn start(busy: &Busy) -> Running {
        busy.0.fetch_add(1, Ordering::SeqCst);
        Running(busy.clone())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.0.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Which side of [`Busy`] a worker is on.
pub enum Lane {
    /// Its jobs count as busy.
    Dashboard(Busy),
    /// Its jobs wait, at their checks, while the dashboard's are busy.
    Planner(Busy),
}

/// How often a waiting plan looks whether the dashboard's workers are done.
const GIVE_WAY_POLL: Duration = Duration::from_millis(5);

/// Handle to the worker thread.
pub struct Worker {
    jobs: Sender<Job>,
    reports: Receiver<Report>,
    /// The newest generation the app has asked for: an older job still queued is skipped.
    newest: Arc<AtomicU64>,
}

impl Drop for Worker {
    /// A job still running stops at its next check: nobody will read its result.
    fn drop(&mut self) {
        self.newest.store(u64::MAX, Ordering::SeqCst);
    }
}

impl Worker {
    /// Starts the worker; `wake` is called after each report (the app passes
    /// `ctx.request_repaint`).
    pub fn spawn(
        name: &str,
        newest: Arc<AtomicU64>,
        lane: Lane,
        wake: impl Fn() + Send + 'static,
    ) -> std::io::Result<Worker> {
        let (job_tx, job_rx) = channel::<Job>();
        let (report_tx, report_rx) = channel::<Report>();
        let seen = newest.clone();
        std::thread::Builder::new()
            .name(name.into())
            .spawn(move || run(&job_rx, &report_tx, &seen, &lane, &wake))?;
        Ok(Worker {
            jobs: job_tx,
            reports: report_rx,
            newest,
        })
    }

    /// Every job before `generation` (on any worker sharing `newest`) is stale: a running one
    /// stops at its next check, a queued one is skipped.
    pub fn supersede(&self, generation: u64) {
        self.newest.fetch_max(generation, Ordering::SeqCst);
    }

    /// Queues a job; every job queued earlier, on any worker sharing `newest`, is now stale.
    pub fn submit(&self, job: Job) {
        self.newest.fetch_max(job.generation(), Ordering::SeqCst);
        // The worker only stops when this handle is dropped, so sending cannot fail earlier.
        let _ = self.jobs.send(job);
    }

    /// Reports that have arrived, without waiting, and whether the worker is still alive.
    pub fn poll(&self) -> (Vec<Report>, bool) {
        let mut out = Vec::new();
        loop {
            match self.reports.try_recv() {
                Ok(report) => out.push(report),
                Err(TryRecvError::Empty) => return (out, true),
                Err(TryRecvError::Disconnected) => return (out, false),
            }
        }
    }
}

fn run(
    jobs: &Receiver<Job>,
    reports: &Sender<Report>,
    newest: &AtomicU64,
    lane: &Lane,
    wake: &dyn Fn(),
) {
    while let Ok(mut job) = jobs.recv() {
        // Only the newest of several queued jobs matters: the user moved on.
        while let Ok(newer) = jobs.try_recv() {
            job = newer;
        }
        let generation = job.generation();
        if generation < newest.load(Ordering::SeqCst) {
            // Superseded by a job on the other worker (new charts while statistics waited).
            continue;
        }
        let send = |report: Report| {
            let _ = reports.send(report);
            wake();
        };
        // Statistics stop as soon as a newer request arrives on either worker.
        let superseded = || newest.load(Ordering::SeqCst) > generation;
        let running = match lane {
            Lane::Dashboard(busy) => Some(Running::start(busy)),
            Lane::Planner(_) => None,
        };
        // A plan asks between steps, on this thread: there it waits for the dashboard.
        let give_way = || {
            if let Lane::Planner(busy) = lane {
                while busy.any() && !superseded() {
                    std::thread::sleep(GIVE_WAY_POLL);
                }
            }
            superseded()
        };
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            do_job(job, &send, &superseded, &give_way)
        }));
        // Done before its result is out: whoever reads it may count on the planner going on.
        drop(running);
        match outcome {
            Ok(Ok(report)) => send(report),
            Ok(Err(failure)) => send(Report::Failed {
                generation,
                message: failure.message,
                needs_mapping: failure.needs_mapping.map(|n| *n),
                bad_cell: failure.bad_cell,
                currencies: failure.currencies,
            }),
            Err(payload) => send(Report::Failed {
                generation,
                message: text!(
                    "app-error-internal",
                    message = crate::panic_message(payload.as_ref())
                ),
                needs_mapping: None,
                bad_cell: None,
                currencies: Vec::new(),
            }),
        }
    }
}

/// Why a job failed: the message, and what the user can fix.
struct Failure {
    message: Text,
    needs_mapping: Option<Box<NeedsMapping>>,
    bad_cell: Option<PathBuf>,
    currencies: Vec<String>,
}

impl From<LoadError> for Failure {
    fn from(error: LoadError) -> Self {
        let needs_mapping = NeedsMapping::from_error(&error).map(Box::new);
        let bad_cell = match &error {
            LoadError::BadCell { path, .. } => Some(path.clone()),
            _ => None,
        };
        let mut currencies: Vec<String> = Vec::new();
        if let LoadError::MixedCurrencies { currencies: files } = &error {
            for (_, code) in files {
                if !currencies.contains(code) {
                    currencies.push(code.clone());
                }
            }
        }
        let message = match error {
            // The app asks for the rates right below the message, not with CLI flags.
            LoadError::MixedCurrencies { currencies } => Text::new(move || {
                tr!(
                    "app-error-mixed-currencies",
                    currencies = currencies
                        .iter()
                        .map(|(file, code)| tr!("app-file-currency", file = file, code = code))
                        .collect::<Vec<_>>()
                        .join(&tr!("app-list-separator"))
                )
            }),
            // Kept typed, and written in the language in force whenever shown.
            error => Text::display(error),
        };
        Failure {
            message,
            needs_mapping,
            bad_cell,
            currencies,
        }
    }
}

impl From<crate::metrics::MetricsError> for Failure {
    fn from(error: crate::metrics::MetricsError) -> Self {
        Failure {
            message: Text::display(error),
            needs_mapping: None,
            bad_cell: None,
            currencies: Vec::new(),
        }
    }
}

/// `superseded` may be asked from any thread; `give_way` (which may wait, see [`Lane`]) only
/// where a wait holds up nobody else: this thread between a plan's steps, or the bootstrap's
/// own threads (never the shared thread pool the charts' sums run on).
fn do_job(
    job: Job,
    send: &dyn Fn(Report),
    superseded: &(dyn Fn() -> bool + Sync),
    give_way: &(dyn Fn() -> bool + Sync),
) -> Result<Report, Failure> {
    let started = Instant::now();
    match job {
        Job::Load {
            generation,
            paths,
            options,
            query,
        } => {
            let mut progress = |progress| {
                send(Report::Loading {
                    generation,
                    progress,
                })
            };
            let dataset = load_files_with_progress(&paths, &options, &mut progress)?;
            let facts = DatasetFacts::of(&dataset);
            let dashboard = compute_charts(&dataset, &query)?;
            Ok(Report::Loaded {
                generation,
                dataset: Arc::new(dataset),
                facts,
                dashboard: Arc::new(dashboard),
                elapsed: started.elapsed(),
            })
        }
        Job::Compute {
            generation,
            dataset,
            query,
        } => {
            let dashboard = compute_charts(&dataset, &query)?;
            Ok(Report::Computed {
                generation,
                dashboard: Arc::new(dashboard),
                elapsed: started.elapsed(),
            })
        }
        Job::Statistics {
            generation,
            dataset,
            dashboard,
            request,
        } => {
            let statistics = compute_statistics_until(&dataset, &dashboard, &request, superseded)?;
            Ok(Report::Statistics {
                generation,
                statistics: Arc::new(statistics),
                elapsed: started.elapsed(),
            })
        }
        Job::Plan {
            generation,
            dataset,
            query,
            daily,
            curves,
            settings,
        } => {
            let curves = match curves {
                Some(curves) => curves,
                None => Arc::new(budget::fit_curves_until(
                    &dataset,
                    &query.filters,
                    query.group_by,
                    daily.as_ref(),
                    give_way,
                )?),
            };
            Ok(Report::Planned {
                generation,
                plan: Arc::new(budget::make_plan(&curves, &settings)),
            })
        }
        Job::PlanIntervals { generation, plan } => {
            let mut progress = |done, total| {
                send(Report::Progress {
                    generation,
                    done,
                    total,
                });
                !give_way()
            };
            let intervals =
                budget::plan_intervals(&plan, &mut progress, give_way).map_err(|_| Failure {
                    message: text!("app-plan-stopped"),
                    needs_mapping: None,
                    bad_cell: None,
                    currencies: Vec::new(),
                })?;
            let mut plan = (*plan).clone();
            plan.intervals = Some(intervals);
            Ok(Report::PlanIntervals {
                generation,
                plan: Arc::new(plan),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Arc<Dataset> {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample_data/campaigns_en.csv");
        Arc::new(crate::data::load_files(&[path], &LoadOptions::default()).expect("sample"))
    }

    fn plan_job(generation: u64, dataset: &Arc<Dataset>) -> Job {
        Job::Plan {
            generation,
            dataset: dataset.clone(),
            query: ChartQuery::default(),
            daily: None,
            curves: None,
            settings: PlannerSettings::default(),
        }
    }

    /// Waits up to a minute for the worker's next report.
    fn next_report(worker: &Worker) -> Report {
        let started = Instant::now();
        loop {
            let (mut reports, alive) = worker.poll();
            assert!(alive, "the worker stopped");
            if !reports.is_empty() {
                return reports.remove(0);
            }
            assert!(started.elapsed() < Duration::from_secs(60), "no report");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_plan_waits_while_the_dashboard_works_and_stops_when_superseded() {
        let dataset = sample();
        let busy = Busy::default();
        let planner = Worker::spawn(
            "test-planner",
            Arc::default(),
            Lane::Planner(busy.clone()),
            || {},
        )
        .expect("thread");
        // While charts are computed, a plan makes no progress…
        let charts = Running::start(&busy);
        planner.submit(plan_job(1, &dataset));
        std::thread::sleep(Duration::from_millis(400));
        assert!(planner.poll().0.is_empty(), "planned while the charts ran");
        // …and goes on as soon as they are done.
        drop(charts);
        match next_report(&planner) {
            Report::Planned { generation, plan } => {
                assert_eq!(generation, 1);
                assert_eq!(plan.curves.groups.len(), 6, "the sample's channels");
            }
            _ => panic!("expected a plan"),
        }
        // A waiting plan that a newer request supersedes stops without waiting any longer.
        let charts = Running::start(&busy);
        planner.submit(plan_job(2, &dataset));
        std::thread::sleep(Duration::from_millis(100));
        planner.supersede(3);
        assert!(matches!(
            next_report(&planner),
            Report::Failed { generation: 2, .. }
        ));
        drop(charts);
        // The dashboard's own workers count as busy only while a job runs.
        let dashboard = Worker::spawn(
            "test-dashboard",
            Arc::default(),
            Lane::Dashboard(busy.clone()),
            || {},
        )
        .expect("thread");
        dashboard.submit(Job::Compute {
            generation: 1,
            dataset: dataset.clone(),
            query: ChartQuery::default(),
        });
        assert!(matches!(next_report(&dashboard), Report::Computed { .. }));
        assert!(!busy.any());
    }
}
