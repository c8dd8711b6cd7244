//! Crash recovery: while the analysis has unsaved changes it is written, a few seconds after the
//! last change and off the UI thread, to a recovery file of this window in the app's data
//! folder; a clean exit (or saving, or undoing the changes) removes it. A window that was killed
//! leaves its file behind, and the next start offers to restore it.
//!
//! Each window holds an exclusive lock on a `.lock` file beside its recovery file for as long
//! as it runs: the lock is what tells a live window's file (never offered) from a dead one's
//! (the operating system releases the lock when a process dies, `SIGKILL` included).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use crate::i18n::Text;
use crate::workspace::{self, Recovered, Workspace, WorkspaceError};
use crate::{text, tr};

/// How long after the last change the recovery file is written.
pub const WRITE_DELAY: Duration = Duration::from_secs(3);

/// Recovery files older than this are deleted at start instead of offered.
pub const KEEP_FOR: Duration = Duration::from_secs(14 * 24 * 60 * 60);

/// The app's data folder: `$ROI_LENS_DATA_DIR`, else `$XDG_DATA_HOME/roi-lens`, else
/// `~/.local/share/roi-lens`. Recovery files are in its `recovery` folder.
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("ROI_LENS_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("roi-lens"));
    }
    Some(std::env::home_dir()?.join(".local/share/roi-lens"))
}

/// An unsaved analysis a dead window left behind, offered for restoring.
pub struct RecoveryOffer {
    pub file: PathBuf,
    pub recovered: Recovered,
    /// Held while offered, so another window starting now does not offer it too.
    _lock: File,
}

enum WriteJob {
    Write(Box<Workspace>, Option<PathBuf>),
    Remove,
}

impl RecoveryOffer {
    /// What the analysis was, in the language in force: "3 files, by campaign, 2024-09-01 –
    /// 2024-10-21".
    pub fn summary(&self) -> String {
        summary(&self.recovered.opened.workspace)
    }
}

/// This window's recovery file and the thread that writes it.
pub struct Recovery {
    file: PathBuf,
    lock_path: PathBuf,
    _lock: File,
    writer: Option<(Sender<WriteJob>, JoinHandle<()>)>,
    /// The unsaved analysis last seen, and when it was first seen so.
    seen: Option<(Workspace, Instant)>,
    /// What the recovery file holds (`None`: there is none).
    written: Option<Workspace>,
    scan: Option<Receiver<(Vec<RecoveryOffer>, Vec<Text>)>>,
}

impl Recovery {
    /// Claims a recovery file in `data_dir/recovery` and starts looking for dead windows'
    /// files there.
    pub fn start(ctx: &egui::Context, data_dir: &Path) -> std::io::Result<Recovery> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let dir = data_dir.join("recovery");
        std::fs::create_dir_all(&dir)?;
        let stem = format!(
            "{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let file = dir.join(format!("{stem}.{}", workspace::EXTENSION));
        let lock_path = file.with_extension("lock");
        let lock = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)?;
        lock.try_lock().map_err(std::io::Error::other)?;
        let (tx, rx) = channel::<WriteJob>();
        let target = file.clone();
        let thread = std::thread::Builder::new()
            .name("roi-lens-recovery".into())
            .spawn(move || {
                for job in rx {
                    match job {
                        WriteJob::Write(ws, origin) => {
                            if let Err(e) =
                                workspace::save_recovery(&ws, origin.as_deref(), &target)
                            {
                                eprintln!("roi-lens: cannot write the recovery file: {e}");
                            }
                        }
                        WriteJob::Remove => {
                            let _ = std::fs::remove_file(&target);
                        }
                    }
                }
            })?;
        let (scan_tx, scan_rx) = channel();
        let own = file.clone();
        let wake = ctx.clone();
        std::thread::Builder::new()
            .name("roi-lens-recovery-scan".into())
            .spawn(move || {
                let _ = scan_tx.send(scan(&dir, &own));
                wake.request_repaint();
            })?;
        Ok(Recovery {
            file,
            lock_path,
            _lock: lock,
            writer: Some((tx, thread)),
            seen: None,
            written: None,
            scan: Some(scan_rx),
        })
    }

    /// This window's recovery file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Has the look for dead windows' files finished?
    pub fn scanned(&self) -> bool {
        self.scan.is_none()
    }

    /// The files dead windows left, and messages about those that cannot be offered, once
    /// the scan is done.
    pub fn poll_scan(&mut self) -> Option<(Vec<RecoveryOffer>, Vec<Text>)> {
        let rx = self.scan.as_ref()?;
        match rx.try_recv() {
            Ok(found) => {
                self.scan = None;
                Some(found)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.scan = None;
                None
            }
        }
    }

    /// Called every frame with the analysis when it has unsaved changes (`None`: it has none):
    /// writes it once it has not changed for [`WRITE_DELAY`], removes the file once clean.
    pub fn tick(&mut self, ctx: &egui::Context, unsaved: Option<Workspace>, origin: Option<&Path>) {
        let Some((tx, _)) = &self.writer else {
            return;
        };
        match unsaved {
            Some(ws) => {
                if self.seen.as_ref().is_none_or(|(seen, _)| *seen != ws) {
                    self.seen = Some((ws, Instant::now()));
                }
                let Some((seen, since)) = &self.seen else {
                    return;
                };
                if self.written.as_ref() == Some(seen) {
                    return;
                }
                let wait = WRITE_DELAY.saturating_sub(since.elapsed());
                if wait.is_zero() {
                    let _ = tx.send(WriteJob::Write(
                        Box::new(seen.clone()),
                        origin.map(Path::to_path_buf),
                    ));
                    self.written = Some(seen.clone());
                } else {
                    ctx.request_repaint_after(wait);
                }
            }
            None => {
                self.seen = None;
                if self.written.take().is_some() {
                    let _ = tx.send(WriteJob::Remove);
                }
            }
        }
    }

    /// A clean exit: waits for a write under way, then removes the recovery file and the lock.
    pub fn exit_cleanly(&mut self) {
        if let Some((tx, thread)) = self.writer.take() {
            drop(tx);
            let _ = thread.join();
        }
        let _ = std::fs::remove_file(&self.file);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// Removes a dead window's recovery file and its lock file.
pub fn remove_left_behind(file: &Path) {
    let _ = std::fs::remove_file(file);
    let _ = std::fs::remove_file(file.with_extension("lock"));
}

/// The recovery files in `dir` whose window is gone (its lock is free), readable ones as
/// offers, newest first; files older than [`KEEP_FOR`] are deleted.
fn scan(dir: &Path, own: &Path) -> (Vec<RecoveryOffer>, Vec<Text>) {
    let mut offers = Vec::new();
    let mut messages = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (offers, messages);
    };
    let paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    // The locks of windows that ended with nothing unsaved: no recovery file beside them,
    // nobody holding them, and older than a minute (a window just starting may not hold its
    // new lock yet).
    for lock_path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "lock"))
    {
        let settled = std::fs::metadata(lock_path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > Duration::from_secs(60)));
        let orphan = settled
            && *lock_path != own.with_extension("lock")
            && !lock_path.with_extension(workspace::EXTENSION).exists();
        let free = orphan
            && File::options()
                .read(true)
                .write(true)
                .open(lock_path)
                .is_ok_and(|f| f.try_lock().is_ok());
        if free {
            let _ = std::fs::remove_file(lock_path);
        }
    }
    let mut files: Vec<(SystemTime, PathBuf)> = paths
        .into_iter()
        .filter(|p| p != own && p.extension().is_some_and(|e| e == workspace::EXTENSION))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    files.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    for (modified, file) in files {
        let Ok(lock) = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(file.with_extension("lock"))
        else {
            continue;
        };
        if lock.try_lock().is_err() {
            // Its window is still running.
            continue;
        }
        if !file.is_file() {
            // Removed by its window's clean exit meanwhile.
            let _ = std::fs::remove_file(file.with_extension("lock"));
            continue;
        }
        if modified.elapsed().is_ok_and(|age| age > KEEP_FOR) {
            remove_left_behind(&file);
            continue;
        }
        match workspace::open_recovery(&file) {
            Ok(recovered) => offers.push(RecoveryOffer {
                file,
                recovered,
                _lock: lock,
            }),
            Err(e @ WorkspaceError::NewerVersion { .. }) => {
                // Kept for the newer version to restore.
                messages.push(text!(
                    "app-recovery-newer-version",
                    error = Text::display(e)
                ));
            }
            Err(e) => {
                messages.push(text!("app-recovery-failed", error = Text::display(e)));
                remove_left_behind(&file);
            }
        }
    }
    (offers, messages)
}

/// What the analysis was, in a line: "3 files, by campaign, 2024-09-01 – 2024-10-21".
pub fn summary(ws: &Workspace) -> String {
    let files = ws.sources.len();
    let group = tr!("app-group-name", key = ws.view.group_by.name());
    let date = crate::i18n::date;
    match (ws.view.filters.from, ws.view.filters.to) {
        (Some(from), Some(to)) => tr!(
            "app-recovery-summary-range",
            files = files,
            group = group,
            from = date(from),
            to = date(to)
        ),
        (Some(from), None) => tr!(
            "app-recovery-summary-from",
            files = files,
            group = group,
            from = date(from)
        ),
        (None, Some(to)) => tr!(
            "app-recovery-summary-until",
            files = files,
            group = group,
            to = date(to)
        ),
        (None, None) => tr!("app-recovery-summary", files = files, group = group),
    }
}
