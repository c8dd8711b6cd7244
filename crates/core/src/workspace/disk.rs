//! What a workspace knows of files on disk: the fingerprint of a source (to notice a changed
//! export), the stamp of the workspace file itself (to notice someone else's save), and the
//! recovery files an unsaved analysis is kept in.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::Digest;

use super::{Opened, Workspace, WorkspaceError, parse, to_json};

/// The SHA-256 of a file's content, in hex, and its size (of the whole workbook for a source
/// naming one of its sheets).
pub fn fingerprint(path: &Path) -> std::io::Result<(u64, String)> {
    let (path, _) = crate::data::workbook::split_sheet(path);
    let mut file = std::fs::File::open(path)?;
    let mut hasher = sha2::Sha256::new();
    let mut buf = vec![0_u8; 1 << 16];
    let mut size = 0_u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    let digest = hasher.finalize();
    Ok((size, digest.iter().map(|b| format!("{b:02x}")).collect()))
}

/// What a workspace file was on disk when it was opened or saved: a save over a file whose
/// stamp has changed since would overwrite someone else's work (another window, a colleague on
/// a shared drive), so it asks first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    pub size: u64,
    pub modified: Option<std::time::SystemTime>,
    pub sha256: String,
}

/// The stamp of the file at `path` now.
pub fn stamp(path: &Path) -> std::io::Result<DiskStamp> {
    let modified = std::fs::metadata(path)?.modified().ok();
    let (size, sha256) = fingerprint(path)?;
    Ok(DiskStamp {
        size,
        modified,
        sha256,
    })
}

/// The key of a recovery file that names the workspace the analysis came from.
const RECOVERED_FROM: &str = "recovered_from";

/// An analysis read back from a recovery file.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    pub opened: Opened,
    /// The workspace file it was opened from or last saved to, if any.
    pub origin: Option<PathBuf>,
}

/// Saves an unsaved analysis to a recovery file: the workspace format (so it is read back, and
/// refused when newer, exactly like a workspace), plus the workspace it came from.
pub fn save_recovery(
    ws: &Workspace,
    origin: Option<&Path>,
    file: &Path,
) -> Result<(), WorkspaceError> {
    let write_error = |e: serde_json::Error| WorkspaceError::Write {
        path: file.to_path_buf(),
        source: std::io::Error::other(e),
    };
    let text = to_json(ws, file)?;
    let mut value: serde_json::Value = serde_json::from_str(&text).map_err(write_error)?;
    // Paths relative to the recovery folder mean nothing: every source by its absolute path.
    if let Some(sources) = value.get_mut("sources").and_then(|s| s.as_array_mut()) {
        for source in sources.iter_mut().filter_map(|s| s.as_object_mut()) {
            if let Some(absolute) = source.get("absolute").cloned() {
                source.insert("path".to_owned(), absolute);
            }
        }
    }
    if let (Some(map), Some(origin)) = (value.as_object_mut(), origin) {
        map.insert(
            RECOVERED_FROM.to_owned(),
            serde_json::Value::String(origin.display().to_string()),
        );
    }
    let mut text = serde_json::to_string_pretty(&value).map_err(write_error)?;
    text.push('\n');
    crate::files::write_atomic(file, text.as_bytes()).map_err(|source| WorkspaceError::Write {
        path: file.to_path_buf(),
        source,
    })
}

/// Reads a recovery file written by [`save_recovery`].
pub fn open_recovery(file: &Path) -> Result<Recovered, WorkspaceError> {
    let bytes = std::fs::read(file).map_err(|source| WorkspaceError::Read {
        path: file.to_path_buf(),
        source,
    })?;
    let opened = parse(&bytes, file)?;
    let origin = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| Some(PathBuf::from(v.get(RECOVERED_FROM)?.as_str()?)));
    Ok(Recovered { opened, origin })
}
