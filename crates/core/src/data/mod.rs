//! Loading campaign exports: encodings, header recognition, cell cleaning.
//! Pure Polars; never imports a UI crate.

pub mod clean;
pub mod encoding;
pub mod error;
pub mod load;
pub mod schema;

pub use encoding::TextEncoding;
pub use error::{Expected, LoadError, Location};
pub use load::{
    ColumnMapping, Dataset, FileFormat, LoadOptions, MappingOverrides, NONE_LABEL, SOURCE_COLUMN,
    SourceInfo, load_files, load_files_with_progress,
};
pub use schema::{Field, Recognized};
