//! Every integration test of the core, one file per subject, linked as one binary (one copy
//! of Polars instead of one per file).

mod cohort_view;
mod cohorts;
mod currencies;
mod dates;
#[path = "support/event_log.rs"]
mod event_log;
mod event_parquet;
mod layout_notes;
mod plan;
mod platform_shapes;
mod properties;
mod quotes;
mod sample_planner;
mod slices;
mod sums;
mod workbooks;
