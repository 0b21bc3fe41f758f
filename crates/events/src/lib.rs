//! Event extraction.
#![deny(missing_docs)]

/// Extracts events from `doc`.
pub fn extract(_doc: &mut model::Document) {}
