//! The data types that flow through Tessera's pipeline.
//!
//! One [`Document`] travels from `ingest` through `clean`, `segment`, `entities`, `temporal` and
//! `events`; each stage fills in its own part and never rewrites another stage's spans. Every
//! span is a byte range into [`Document::text`], the clean text that is stored and exported.
//! [`Alignment`] maps clean-text offsets back to the original input.
//!
//! This crate does no I/O and knows nothing about SQL, HTTP or files.
#![deny(missing_docs)]

mod date;
mod doc;
mod extract;

pub use date::{DateValue, Precision, MONTH_NAMES};
pub use doc::{
    Alignment, Boilerplate, BoilerplateKind, Diagnostic, Document, Format, Segments, SourceMeta,
    Span,
};
pub use extract::{
    ArgRef, Cluster, Conflict, Entity, EntityType, Event, EventType, Mention, Modality, Stance,
    Statement, TimeExpr,
};
