//! Corpus-level resolution: which mentions across documents are one entity, and which events
//! across documents are one real-world event.
//!
//! Resolution is incremental: [`add_documents`] matches a batch of new documents against what
//! is already resolved, through an [`Index`] (the store implements it over the transaction
//! that inserts the batch). Every lookup goes by blocking key with a bounded number of
//! candidates, so the cost per new document stays flat as the store grows. No SQL here.
//!
//! Every merge and every join carries its reason, so an analyst can see why two names or two
//! reports were put together.
//!
//! Entity merges need evidence beyond a shared word: the same knowledge-file entry, the same
//! normalised full name, or a full name whose every part matches under transliteration
//! (Elnara/Ilnara, Mammadzadh/Mammadzadeh, Ahmadi Najad/Ahmadinejad). A shared surname or first name
//! alone never merges two people.
//!
//! Event clusters block candidates by type with date, participant and count keys and join on
//! compatible dates, counts and places, shared participants and similar wording;
//! disagreements inside a cluster become [`model::Conflict`]s.
#![deny(missing_docs)]

mod cluster;
mod entity;
mod index;
mod names;

pub use cluster::EVENT_CANDIDATES_PER_KEY;
pub use index::{
    ClusterState, EntityState, EventState, Index, IndexError, IndexResult, MemoryIndex, NameCard,
};
pub use names::{same_person_name, skeleton};

/// Version of the stored event features and keys. A store resolved under another version is
/// re-resolved from its documents when opened, so old and new features are never compared.
pub const FEATURES_VERSION: i64 = 4;

use model::Document;

/// Stable short id from a string (FNV-1a).
pub(crate) fn short_id(prefix: &str, s: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{prefix}{:08x}", (h >> 32) as u32 ^ h as u32)
}

/// Resolves one document's mentions to entities (the first half of [`add_documents`]).
pub fn add_entities(index: &mut dyn Index, doc: &Document) -> IndexResult<()> {
    entity::add_document(index, doc)
}

/// Clusters one document's events (the second half of [`add_documents`], after every
/// document of the batch has had its entities resolved).
pub fn add_events(index: &mut dyn Index, doc: &Document) -> IndexResult<()> {
    cluster::add_document(index, doc)
}

/// Resolves the entities and clusters the events of newly stored documents against the
/// index, document by document in the order given.
pub fn add_documents(index: &mut dyn Index, docs: &[&Document]) -> IndexResult<()> {
    for doc in docs {
        entity::add_document(index, doc)?;
    }
    for doc in docs {
        cluster::add_document(index, doc)?;
    }
    Ok(())
}

/// Resolves a set of documents from scratch in memory.
pub fn resolve(docs: &[Document]) -> IndexResult<MemoryIndex> {
    let mut index = MemoryIndex::default();
    add_documents(&mut index, &docs.iter().collect::<Vec<_>>())?;
    Ok(index)
}

#[cfg(test)]
mod tests;
