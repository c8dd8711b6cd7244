//! What several test files share: the hand-computed sample figures, reading exported pictures,
//! workspace and workbook fixtures, and the hand-counted event log the core's tests use too.

#[path = "../../crates/core/tests/support/event_log.rs"]
pub mod event_log;
#[path = "expected_samples.rs"]
pub mod expected;
pub mod pictures;
pub mod workbooks;
pub mod workspaces;
