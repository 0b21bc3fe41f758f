//! Entity recognition.
#![deny(missing_docs)]

/// Recognises entity mentions in `doc`.
pub fn recognise(_doc: &mut model::Document) {}
