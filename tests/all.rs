//! Every integration test of this crate, one file per subject, linked as one binary: each
//! separate test binary linked egui, wgpu and Polars again (eleven copies filled a CI disk).

mod app;
mod app_cohorts;
mod app_workspaces;
mod cli;
mod cli_cohorts;
mod cli_plan;
mod clickhouse;
mod clickhouse_events;
mod dashboard;
mod export;
mod fuzz;
mod i18n;
mod loader;
mod metrics;
mod plan_table;
mod recovery;
mod sample_summaries;
pub(crate) mod snapshots;
mod stats;
mod support;
mod workspace;
