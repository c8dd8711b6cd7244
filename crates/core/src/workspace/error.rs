//! Why a workspace cannot be used: reading, writing, a damaged or foreign file, a newer
//! format. Every message names the file, in the language in force.

use std::path::PathBuf;

use super::FORMAT_VERSION;

/// Why a workspace cannot be used. Every message names the file.
#[derive(Debug)]
pub enum WorkspaceError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Truncated {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    NotAWorkspace {
        path: PathBuf,
        /// What is wrong with it, written when shown.
        message: crate::i18n::Text,
    },
    NewerVersion {
        path: PathBuf,
        found: u64,
    },
    Hash {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for WorkspaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let file = |path: &PathBuf| path.display().to_string();
        let text = match self {
            WorkspaceError::Read { path, source } => tr!(
                "ws-error-read",
                file = file(path),
                detail = source.to_string()
            ),
            WorkspaceError::Write { path, source } => tr!(
                "ws-error-write",
                file = file(path),
                detail = source.to_string()
            ),
            WorkspaceError::Truncated { path, line, column } => tr!(
                "ws-error-truncated",
                file = file(path),
                line = line.to_string(),
                column = column.to_string()
            ),
            WorkspaceError::Corrupt {
                path,
                line,
                column,
                message,
            } => tr!(
                "ws-error-corrupt",
                file = file(path),
                line = line.to_string(),
                column = column.to_string(),
                message = message
            ),
            WorkspaceError::NotAWorkspace { path, message } => tr!(
                "ws-error-not-a-workspace",
                file = file(path),
                message = message
            ),
            WorkspaceError::NewerVersion { path, found } => tr!(
                "ws-error-newer-version",
                file = file(path),
                found = found.to_string(),
                supported = FORMAT_VERSION.to_string()
            ),
            WorkspaceError::Hash { path, source } => tr!(
                "ws-error-hash",
                file = file(path),
                detail = source.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for WorkspaceError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WorkspaceError::Read { source, .. }
            | WorkspaceError::Write { source, .. }
            | WorkspaceError::Hash { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_workspace_errors_name_the_file_line_and_column() {
        use crate::i18n::{Arg, Lang, message_in};
        let damaged = |lang| {
            message_in(
                lang,
                "ws-error-corrupt",
                &[
                    ("file", Arg::from("/data/周报.roilens")),
                    ("line", Arg::from("12")),
                    ("column", Arg::from("7")),
                    ("message", Arg::from("expected `,`")),
                ],
            )
        };
        assert_eq!(
            damaged(Lang::En),
            "workspace /data/周报.roilens is damaged at line 12, column 7: expected `,`"
        );
        assert_eq!(
            damaged(Lang::Zh),
            "工作区 /data/周报.roilens 在第 12 行第 7 列处已损坏：expected `,`"
        );
        assert_eq!(
            damaged(Lang::Ja),
            "ワークスペース /data/周报.roilens の 12 行目、7 列目が壊れています：expected `,`"
        );
        let newer = message_in(
            Lang::Ja,
            "ws-error-newer-version",
            &[
                ("file", Arg::from("a.roilens")),
                ("found", Arg::from("2")),
                ("supported", Arg::from("1")),
            ],
        );
        assert!(
            newer.contains("a.roilens") && newer.contains("2") && newer.contains("ROI Lens"),
            "{newer}"
        );
        let missing = message_in(
            Lang::Zh,
            "ws-notice-missing",
            &[
                ("name", Arg::from("a.csv")),
                ("path", Arg::from("/w/a.csv")),
                ("recorded", Arg::from("/old/a.csv")),
            ],
        );
        assert_eq!(missing, "a.csv 缺失（已在 /w/a.csv 和 /old/a.csv 查找）");
    }

    #[test]
    fn errors_keep_english_and_their_cause() {
        let error = WorkspaceError::Read {
            path: PathBuf::from("/data/a.roilens"),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "gone"),
        };
        assert_eq!(
            error.to_string(),
            "cannot read workspace /data/a.roilens: gone"
        );
        assert!(std::error::Error::source(&error).is_some());
        let newer = WorkspaceError::NewerVersion {
            path: PathBuf::from("a.roilens"),
            found: 3,
        };
        assert_eq!(
            newer.to_string(),
            "workspace a.roilens was saved by a newer ROI Lens (format version 3; this one \
             reads up to 1): please update ROI Lens"
        );
    }
}
