//! Loading campaign exports: encodings, header recognition, cell cleaning.
//! Pure Polars; never imports a UI crate.
//!
//! The loader's steps, in the order a file goes through them: [`sniff`] (decode, separator,
//! header row, column types), [`tokenize`] (CSV quotes, one tokenizer for every step that reads them),
//! [`mapping`] (headers to fields), [`read`] (Polars reads the columns), [`canonical`] and
//! [`columns`] (cells cleaned and cast); [`load`] runs them per file and stacks the files.
//! [`notes`] says what a text file's layout loses (rows that do not fit the header, a header
//! named twice) without stopping the load, unless the load is strict.

mod canonical;
pub mod clean;
pub mod clickhouse;
mod columns;
pub mod currency;
pub mod encoding;
pub mod error;
pub mod events;
pub mod kind;
pub mod load;
pub mod mapping;
mod notes;
pub mod platforms;
mod read;
pub mod schema;
mod slices;
mod sniff;
mod tokenize;
mod types;
pub mod workbook;

pub use encoding::TextEncoding;
pub use error::{Expected, LoadError, Location};
pub use load::{LoadProgress, distinct_values, load_files, load_files_with_progress};
pub use notes::Note;
pub use schema::{Field, Recognized};
pub use slices::DEFAULT_SLICE_BYTES;
pub use tokenize::{Ragged, ragged_records};
pub use types::{
    ChannelOrigin, ColumnMapping, Dataset, FileFormat, LoadOptions, MappingOverrides, NONE_LABEL,
    SOURCE_COLUMN, SourceInfo, as_label, label_iter,
};
