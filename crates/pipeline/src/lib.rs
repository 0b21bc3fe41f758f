//! The per-document pipeline: clean → language → segment → times → entities → events.
//!
//! This is the only crate that knows stage order. Each stage is a function of the document
//! alone, so a batch runs in parallel; cross-document resolution happens after, in `resolve`.
//!
//! ```
//! let read = ingest::read_bytes("r.txt", "txt", b"Police in Batumi detained two men on Friday.\n", &Default::default()).unwrap();
//! let doc = pipeline::process(read.docs.into_iter().next().unwrap());
//! assert_eq!(doc.segments.sentences.len(), 1);
//! ```
#![deny(missing_docs)]

use model::Document;

/// Runs every per-document stage on `doc`.
pub fn process(mut doc: Document) -> Document {
    prepare(&mut doc);
    recognise(&mut doc);
    extract_events(&mut doc);
    doc
}

/// The text stages: cleaning, language, segmentation and temporal expressions.
pub fn prepare(doc: &mut Document) {
    clean::clean(doc);
    doc.language = language(doc);
    doc.segments = segment::segment(&doc.text);
    doc.times = times(doc);
}

/// Entity recognition (needs [`prepare`] first).
pub fn recognise(doc: &mut Document) {
    entities::recognise(doc);
}

/// Event extraction (needs [`recognise`] first).
pub fn extract_events(doc: &mut Document) {
    events::extract(doc);
}

fn language(doc: &Document) -> String {
    if let Some(l) = doc.source.language.as_deref().filter(|l| l.len() >= 2) {
        return l.split(['-', '_']).next().unwrap_or(l).to_lowercase();
    }
    let sample: String = doc.text.chars().take(4000).collect();
    match whatlang::detect(&sample) {
        Some(info) if info.is_reliable() || sample.len() > 200 => info.lang().code().to_string(),
        _ => "und".to_string(),
    }
}

/// Temporal expressions, each resolved against the date of the section it lies in.
fn times(doc: &Document) -> Vec<model::TimeExpr> {
    let mut out = Vec::new();
    for p in &doc.segments.paragraphs {
        let reference = doc.reference_date(p.start);
        for mut t in temporal::find(p.of(&doc.text), reference) {
            t.span = model::Span::new(t.span.start + p.start, t.span.end + p.start);
            out.push(t);
        }
    }
    out
}
