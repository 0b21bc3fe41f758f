//! Exports the store's record in the JSONL contract of DESIGN.md: `documents`, `entities`,
//! `events` and `clusters`, one JSON object per line. Field names are a contract with outside
//! tools: fields may be added, never renamed or dropped.
//!
//! ```
//! let store = store::Store::open_in_memory().unwrap();
//! let mut out = Vec::new();
//! export::jsonl(&store, export::What::Documents, &mut out).unwrap();
//! assert!(out.is_empty());
//! ```
#![deny(missing_docs)]

use model::ArgRef;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::Write;

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// Documents with their clean text.
    Documents,
    /// Resolved entities.
    Entities,
    /// Events.
    Events,
    /// Event clusters.
    Clusters,
}

impl What {
    /// Parses `documents`, `entities`, `events` or `clusters`.
    pub fn parse(s: &str) -> Option<What> {
        match s {
            "documents" | "docs" => Some(What::Documents),
            "entities" => Some(What::Entities),
            "events" => Some(What::Events),
            "clusters" => Some(What::Clusters),
            _ => None,
        }
    }
}

/// An export error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] store::Error),
    /// Writing failed.
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
}

/// Writes one JSON object per line for every record of `what`.
pub fn jsonl(store: &store::Store, what: What, out: &mut dyn Write) -> Result<(), Error> {
    for v in records(store, what)? {
        serde_json::to_writer(&mut *out, &v).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// The records of `what` as JSON values, in the contract's shape.
pub fn records(store: &store::Store, what: What) -> Result<Vec<Value>, Error> {
    Ok(match what {
        What::Documents => store
            .all_documents()?
            .into_iter()
            .map(|d| {
                json!({
                    "id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet, "authors": d.authors,
                    "translators": d.translators, "published": d.published.map(|p| p.to_string()),
                    "language": d.language, "chars": d.text.chars().count(), "url": d.source.url,
                    "boilerplate": d.boilerplate.iter().map(|b| json!({"kind": b.kind, "start": b.span.start, "end": b.span.end})).collect::<Vec<_>>(),
                    "conflicts": d.conflicts, "text": d.text,
                })
            })
            .collect(),
        What::Entities => store
            .entities()?
            .into_iter()
            .map(|e| {
                json!({
                    "id": e.id, "name": e.name, "type": e.etype.as_str(), "subtype": e.subtype, "aliases": e.aliases,
                    "docs": e.docs, "mentions": e.mentions, "roles": e.roles, "merges": e.merges,
                })
            })
            .collect(),
        What::Events => {
            let links = store.mention_links()?;
            let texts: HashMap<String, String> = store.texts()?;
            store
                .events()?
                .into_iter()
                .map(|s| {
                    let e = &s.event;
                    let arg = |a: &Option<ArgRef>| a.as_ref().map(|a| arg_json(a, &s.doc, &links));
                    let text = texts.get(&s.doc).map(|t| e.evidence.of(t)).unwrap_or("");
                    json!({
                        "id": s.id, "doc": s.doc, "type": e.etype.as_str(), "date": e.date.map(|d| d.to_string()),
                        "date_text": e.date_text, "location": arg(&e.location), "agent": arg(&e.agent),
                        "sponsor": arg(&e.sponsor), "claimant": arg(&e.claimant),
                        "patients": e.patients.iter().map(|p| arg_json(p, &s.doc, &links)).collect::<Vec<_>>(),
                        "count": e.count, "modality": e.modality.as_str(),
                        "evidence": {"text": text, "start": e.evidence.start, "end": e.evidence.end},
                        "cluster": s.cluster, "target": e.target.map(|t| store::event_id(&s.doc, t)), "rule": e.rule,
                    })
                })
                .collect()
        }
        What::Clusters => store
            .clusters()?
            .into_iter()
            .map(|c| {
                json!({
                    "id": c.id, "type": c.etype, "date": c.date, "events": c.events, "docs": c.docs,
                    "conflicts": c.conflicts, "reasons": c.reasons,
                })
            })
            .collect(),
    })
}

fn arg_json(a: &ArgRef, doc: &str, links: &HashMap<(String, usize), String>) -> Value {
    let id = a.entity.clone().or_else(|| {
        a.mention
            .and_then(|m| links.get(&(doc.to_string(), m)).cloned())
    });
    json!({"id": id, "name": a.name})
}
