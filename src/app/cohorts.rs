//! The event logs of the analysis and their cohorts. Loaded and computed on a thread of their
//! own (a large log never holds up the charts), and recomputed only when what they depend on
//! changes: the files or time zone (a new load), the cohort options, the campaign rows whose
//! spend is joined, or the channel names.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::dashboard::{CohortData, CohortOptions, compute_cohorts};
use crate::data::Dataset;
use crate::data::events::{EventMapping, EventSource, event_log_headers, open_event_source};
use crate::data::platforms::{DisplayNames, renames};
use crate::i18n::Text;
use crate::{text, tr};

/// The event logs of the analysis, their cohorts, and the work under way on them.
#[derive(Default)]
pub struct CohortState {
    /// The event logs opened (beside the campaign exports).
    pub paths: Vec<PathBuf>,
    /// How the cohorts are cut (saved in the workspace).
    pub options: CohortOptions,
    /// The events, once loaded.
    pub log: Option<Arc<EventSource>>,
    /// The cohorts on screen, once computed.
    pub data: Option<Arc<CohortData>>,
    /// The header row of the first event log (for choosing its columns), once read.
    pub headers: Vec<String>,
    /// What `log` was loaded from: the files, the time zone (minutes east of UTC) and the
    /// columns chosen.
    loaded: Option<Source>,
    /// What `data` was (or is being) computed from.
    asked: Option<Inputs>,
    running: Option<Receiver<Answer>>,
}

/// What the cohorts depend on, compared by value (the log and the rows by identity); the
/// heatmap's channel is not among them.
#[derive(Clone, PartialEq)]
struct Inputs {
    log: usize,
    dataset: Option<usize>,
    options: CohortOptions,
    aliases: BTreeMap<String, String>,
    display: DisplayNames,
}

/// What a log is loaded from: the files, the time zone in minutes and the columns chosen.
type Source = (Vec<PathBuf>, i32, EventMapping);

/// A log loaded (or why it failed), with the header row of its first file.
type Loaded = (Result<Arc<EventSource>, Text>, Vec<String>);

/// A job's answer: a new log with its header row, and the cohorts computed from it (or why
/// they could not be: a ClickHouse table computes them, and its server can fail).
struct Answer {
    loaded: Option<Loaded>,
    data: Option<Result<Arc<CohortData>, Text>>,
}

impl CohortState {
    /// A load or computation is under way.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// What the log is to be loaded from now.
    fn source(&self) -> Source {
        (
            self.paths.clone(),
            self.options.utc_offset_minutes,
            self.options.columns.clone(),
        )
    }

    /// The event logs failed to load (and nothing is under way): their columns may need
    /// choosing.
    pub fn failed(&self) -> bool {
        !self.paths.is_empty()
            && self.loaded.is_some()
            && self.log.is_none()
            && self.running.is_none()
    }

    /// The event logs of a new analysis (none: the old ones go with the old analysis).
    pub fn set_paths(&mut self, paths: Vec<PathBuf>) {
        self.paths = paths;
    }

    /// Takes in a finished job, then starts the next one when an input changed. Returns an
    /// error to show once (an event log that does not load).
    pub fn poll(
        &mut self,
        ctx: &egui::Context,
        dataset: Option<&Arc<Dataset>>,
        aliases: &BTreeMap<String, String>,
        display: DisplayNames,
        exports_loading: bool,
    ) -> Option<Text> {
        let mut error = None;
        if let Some(running) = &self.running {
            match running.try_recv() {
                Ok(answer) => {
                    self.running = None;
                    if let Some((_, headers)) = &answer.loaded {
                        self.headers.clone_from(headers);
                    }
                    match answer.loaded.map(|(log, _)| log) {
                        Some(Ok(log)) => {
                            // What was computed with it was computed from this log.
                            if let Some(asked) = &mut self.asked {
                                asked.log = Arc::as_ptr(&log) as usize;
                            }
                            self.log = Some(log);
                        }
                        Some(Err(e)) => {
                            self.log = None;
                            self.data = None;
                            error = Some(e);
                        }
                        None => {}
                    }
                    match answer.data {
                        Some(Ok(data)) => self.data = Some(data),
                        // The last cohorts stay on screen.
                        Some(Err(e)) => error = Some(e),
                        None => {}
                    }
                }
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => self.running = None,
            }
        }
        // The heatmap's channel is only which rows it shows: no recomputation.
        if let Some(data) = &mut self.data
            && data.options.heatmap_channel != self.options.heatmap_channel
        {
            Arc::make_mut(data).options.heatmap_channel = self.options.heatmap_channel.clone();
        }
        if exports_loading && !self.paths.is_empty() {
            // The spend is joined from the exports being loaded: start once they are in.
            return error;
        }
        if self.paths.is_empty() {
            self.log = None;
            self.data = None;
            self.loaded = None;
            return error;
        }
        let Some((log, inputs)) = self.next_job(dataset, aliases, display) else {
            return error;
        };
        self.loaded = Some(self.source());
        self.asked = Some(inputs);
        let (send, answer) = channel();
        let wake = ctx.clone();
        let paths = self.paths.clone();
        let options = self.options.clone();
        let dataset = dataset.cloned();
        let aliases = aliases.clone();
        let spawned = std::thread::Builder::new()
            .name("roi-lens-cohorts".into())
            .spawn(move || {
                let (loaded, log) = match log {
                    Some(log) => (None, Some(log)),
                    None => {
                        let headers = paths
                            .first()
                            .and_then(|p| event_log_headers(p, &options.columns).ok())
                            .unwrap_or_default();
                        match load_all(&paths, &options) {
                            Ok(log) => {
                                let log = Arc::new(log);
                                (Some((Ok(log.clone()), headers)), Some(log))
                            }
                            Err(e) => (Some((Err(e), headers)), None),
                        }
                    }
                };
                let data = log.map(|log| {
                    let shown_as = renames(log.channels(), &aliases, display);
                    compute_cohorts(&log, &options, &shown_as, dataset.as_deref())
                        .map(Arc::new)
                        .map_err(Text::display)
                });
                let _ = send.send(Answer { loaded, data });
                wake.request_repaint();
            });
        match spawned {
            Ok(_) => self.running = Some(answer),
            Err(e) => error = Some(text!("app-error-cohorts-start", error = e.to_string())),
        }
        error
    }

    /// The job the inputs call for, if any: the log loaded already (`None`: load the files
    /// again), and what the cohorts will be computed from.
    fn next_job(
        &self,
        dataset: Option<&Arc<Dataset>>,
        aliases: &BTreeMap<String, String>,
        display: DisplayNames,
    ) -> Option<(Option<Arc<EventSource>>, Inputs)> {
        if self.paths.is_empty() {
            return None;
        }
        let reload = self.loaded.as_ref() != Some(&self.source());
        let log = if reload { None } else { self.log.clone() };
        if !reload && log.is_none() {
            // The files in force failed to load: nothing to compute until they change.
            return None;
        }
        let inputs = Inputs {
            log: log.as_ref().map_or(0, |l| Arc::as_ptr(l) as usize),
            dataset: dataset.map(|d| Arc::as_ptr(d) as usize),
            options: CohortOptions {
                heatmap_channel: None,
                ..self.options.clone()
            },
            aliases: aliases.clone(),
            display,
        };
        if !reload && self.asked.as_ref() == Some(&inputs) {
            return None;
        }
        Some((log, inputs))
    }

    /// Work is due that has not started yet (an option, the exports or the names changed).
    pub fn stale(
        &self,
        dataset: Option<&Arc<Dataset>>,
        aliases: &BTreeMap<String, String>,
        display: DisplayNames,
    ) -> bool {
        self.running.is_none() && self.next_job(dataset, aliases, display).is_some()
    }

    /// The event logs as a sentence for the status line: `events.csv: 132,411 events`.
    pub fn status(&self) -> Option<String> {
        let data = self.data.as_ref()?;
        let names: Vec<String> = self
            .paths
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        let files = names.join(&tr!("app-list-separator"));
        let events = crate::i18n::big_number(data.events as f64, 0);
        let duplicates = crate::i18n::big_number(data.duplicates as f64, 0);
        let in_clickhouse = self
            .paths
            .iter()
            .any(|p| crate::data::clickhouse::is_url(p));
        Some(match (data.duplicates > 0, in_clickhouse) {
            (false, false) => tr!("app-cohorts-events", files = files, events = events),
            (true, false) => tr!(
                "app-cohorts-events-duplicates",
                files = files,
                events = events,
                duplicates = duplicates
            ),
            (false, true) => tr!(
                "app-cohorts-events-clickhouse",
                files = files,
                events = events
            ),
            (true, true) => tr!(
                "app-cohorts-events-duplicates-clickhouse",
                files = files,
                events = events,
                duplicates = duplicates
            ),
        })
    }
}

/// Every event log as one, on the calendar of the options' time zone.
fn load_all(paths: &[PathBuf], options: &CohortOptions) -> Result<EventSource, Text> {
    // The status line says how many duplicates there were in all.
    open_event_source(paths, options.tz(), &options.columns, |_, _| {}).map_err(Text::display)
}
