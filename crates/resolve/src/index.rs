//! What incremental resolution needs from storage, and an in-memory implementation.
//!
//! The store implements [`Index`] over one SQLite transaction, so the documents of a batch and
//! the resolution they cause are committed together or not at all. Every lookup is by key
//! with a bounded number of results, so the work per new document does not grow with the
//! store.

use model::{Cluster, DateValue, Entity, EventType, Modality, Statement};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use crate::names::PersonName;

/// An error from the storage behind an [`Index`].
#[derive(Debug)]
pub struct IndexError(pub String);

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for IndexError {}

/// Result alias for index operations.
pub type IndexResult<T> = Result<T, IndexError>;

/// A resolved entity with what later matches need: the distinct names it was seen under
/// and the knowledge entries it stands for. `entity.docs` and `entity.mentions` are not kept
/// here (they grow with the corpus); the store derives them from the mention links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityState {
    /// The entity.
    pub entity: Entity,
    /// Canonical names of the document-level groups merged into it.
    pub names: Vec<String>,
    /// Knowledge entries.
    pub kbs: Vec<String>,
}

/// What matching a new name against a resolved entity needs: small, so candidates are cheap
/// to load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NameCard {
    /// Entity id.
    pub id: String,
    /// Type.
    pub etype: model::EntityType,
    /// Canonical names of the groups merged into it.
    pub names: Vec<String>,
    /// Knowledge entries.
    pub kbs: Vec<String>,
    /// The normalised key of each name, in `names` order (empty in cards written before
    /// they were kept; then worked out when compared).
    #[serde(default)]
    pub keys: Vec<String>,
    /// For a person, each name prepared for transliteration matching, in `names` order.
    #[serde(default)]
    pub people: Vec<PersonName>,
}

impl EntityState {
    /// The entity's name card: its names with their comparison forms worked out once, when
    /// the entity is written, not at every comparison.
    pub fn card(&self) -> NameCard {
        let person = self.entity.etype == model::EntityType::Person;
        NameCard {
            id: self.entity.id.clone(),
            etype: self.entity.etype,
            names: self.names.clone(),
            kbs: self.kbs.clone(),
            keys: self.names.iter().map(|n| knowledge::key(n)).collect(),
            people: if person {
                self.names.iter().map(|n| PersonName::new(n)).collect()
            } else {
                Vec::new()
            },
        }
    }
}

/// The features of one stored event that clustering compares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventState {
    /// Export id, `DOC-IDX`.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// Event index in its document.
    pub idx: usize,
    /// Type.
    pub etype: EventType,
    /// Date.
    pub date: Option<DateValue>,
    /// Count.
    pub count: Option<u32>,
    /// Location key.
    pub location: Option<String>,
    /// Location as written.
    pub location_name: Option<String>,
    /// Whether the location is a whole country.
    #[serde(default)]
    pub location_is_country: bool,
    /// ISO code of the location's country, when known.
    #[serde(default)]
    pub location_country: Option<String>,
    /// ISO code of the country the report places the event in when the event names no
    /// place: the last place named before it nearby, else the report's one main country.
    #[serde(default)]
    pub context_country: Option<String>,
    /// Kind of place (`city`, `region`, `facility`, ...), when known.
    #[serde(default)]
    pub location_level: Option<String>,
    /// Keys of every name in the evidence sentence (people, organisations, places).
    #[serde(default)]
    pub names: Vec<String>,
    /// Agent key.
    pub agent: Option<String>,
    /// Modality.
    pub modality: Modality,
    /// Participant keys (agent, patients, location, sponsor).
    pub parts: Vec<String>,
    /// Byte offset of the evidence sentence in its document.
    #[serde(default)]
    pub sentence: usize,
    /// Content-word stems of the evidence sentence.
    pub words: Vec<String>,
    /// Content-word stems of the trigger's clause (a window around the trigger).
    pub core: Vec<String>,
    /// ISO code of the country the agent is or belongs to ("Armenian forces" -> AM).
    #[serde(default)]
    pub agent_country: Option<String>,
    /// ISO codes of the countries among the patients.
    #[serde(default)]
    pub patient_countries: Vec<String>,
    /// The lasting state the trigger names (`war`, `occupation`, `network`), if any.
    #[serde(default)]
    pub lasting: Option<String>,
    /// The event this one made public (its id and date), when that event is dated.
    #[serde(default)]
    pub announces: Option<(String, DateValue)>,
    /// Year its report was written (the dateline or publication date), when known.
    #[serde(default)]
    pub written: Option<i32>,
    /// Statements that what it shows is proven or in doubt (value "proven" or "in doubt",
    /// with the sentence).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stances: Vec<Statement>,
}

/// A stored cluster. Its size does not grow with membership beyond the distinct values its
/// members report (with at most a few event ids each), so updating it stays cheap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterState {
    /// The cluster; `events` and `docs` are filled by the store when read.
    pub cluster: Cluster,
    /// The values members report, field by field, with the events that report them.
    #[serde(default)]
    pub values: Vec<FieldValue>,
}

/// One value of one field reported inside a cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldValue {
    /// `date`, `count`, `location`, `agent` or `modality`.
    pub field: String,
    /// Comparison key (a date in export form, a count, an entity key, a modality).
    pub key: String,
    /// The value as shown.
    pub shown: String,
    /// Events that report it (at most a few).
    pub events: Vec<String>,
    /// For a value stated outside the events' own sentences: those statements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
}

/// Storage behind incremental resolution.
pub trait Index {
    /// Name cards of the entities having any of `keys`, at most `limit` per key (most
    /// recent first).
    fn entities_by_keys(
        &mut self,
        keys: &[String],
        limit: usize,
    ) -> IndexResult<Vec<Arc<NameCard>>>;
    /// An entity by id.
    fn entity(&mut self, id: &str) -> IndexResult<Option<EntityState>>;
    /// Whether an entity id is in use.
    fn entity_exists(&mut self, id: &str) -> IndexResult<bool>;
    /// Inserts or replaces an entity and adds `keys` to it.
    fn put_entity(&mut self, e: &EntityState, keys: &[String]) -> IndexResult<()>;
    /// Moves every mention and key of entity `from` to `into` and deletes `from`.
    fn absorb_entity(&mut self, from: &str, into: &str) -> IndexResult<()>;
    /// Links mentions `idxs` of document `doc` to `entity`.
    fn link_mentions(&mut self, doc: &str, idxs: &[usize], entity: &str) -> IndexResult<()>;

    /// Events having any of `keys`, at most `limit` per key (most recent first), each with
    /// its cluster id.
    fn events_by_keys(
        &mut self,
        keys: &[String],
        limit: usize,
    ) -> IndexResult<Vec<(Arc<EventState>, String)>>;
    /// Stores an event's features and keys and links it to `cluster`, with the reason it
    /// joined the cluster (none when it started it).
    fn put_event(
        &mut self,
        e: &EventState,
        keys: &[String],
        cluster: &str,
        why: Option<&str>,
    ) -> IndexResult<()>;
    /// A cluster by id.
    fn cluster(&mut self, id: &str) -> IndexResult<Option<ClusterState>>;
    /// Inserts or replaces a cluster.
    fn put_cluster(&mut self, c: &ClusterState) -> IndexResult<()>;
    /// A fresh cluster id.
    fn new_cluster_id(&mut self) -> IndexResult<String>;
}

/// An in-memory [`Index`], for tests and one-off resolution of documents not in a store.
#[derive(Debug, Default)]
pub struct MemoryIndex {
    /// Entities by id.
    pub entities: BTreeMap<String, EntityState>,
    entity_keys: HashMap<String, Vec<String>>,
    /// `(doc, mention index) -> entity id`.
    pub mention_links: BTreeMap<(String, usize), String>,
    events: BTreeMap<String, EventState>,
    event_keys: HashMap<String, Vec<String>>,
    /// Event id -> cluster id.
    pub event_cluster: BTreeMap<String, String>,
    /// Event id -> why it joined its cluster.
    pub join_reasons: BTreeMap<String, String>,
    /// Clusters by id.
    pub clusters: BTreeMap<String, ClusterState>,
    next_cluster: usize,
}

impl MemoryIndex {
    /// Clusters with `events` and `docs` filled in.
    pub fn full_clusters(&self) -> Vec<Cluster> {
        let mut out = Vec::new();
        for (id, c) in &self.clusters {
            let mut c = c.cluster.clone();
            let members: Vec<&EventState> = self
                .event_cluster
                .iter()
                .filter(|(_, k)| *k == id)
                .filter_map(|(e, _)| self.events.get(e))
                .collect();
            c.events = members.iter().map(|e| e.id.clone()).collect();
            c.reasons = members
                .iter()
                .filter_map(|e| self.join_reasons.get(&e.id).cloned())
                .collect();
            c.docs = members
                .iter()
                .map(|e| e.doc.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            out.push(c);
        }
        out
    }

    /// The cluster id of event `id`.
    pub fn cluster_of(&self, event: &str) -> Option<&str> {
        self.event_cluster.get(event).map(String::as_str)
    }
}

fn recent<'a>(ids: impl Iterator<Item = &'a String>, limit: usize) -> Vec<String> {
    let all: Vec<&String> = ids.collect();
    all.into_iter().rev().take(limit).cloned().collect()
}

impl Index for MemoryIndex {
    fn entities_by_keys(
        &mut self,
        keys: &[String],
        limit: usize,
    ) -> IndexResult<Vec<Arc<NameCard>>> {
        let mut seen = BTreeSet::new();
        for k in keys {
            if let Some(ids) = self.entity_keys.get(k) {
                seen.extend(recent(ids.iter(), limit));
            }
        }
        Ok(seen
            .into_iter()
            .filter_map(|id| self.entities.get(&id).map(|e| Arc::new(e.card())))
            .collect())
    }

    fn entity(&mut self, id: &str) -> IndexResult<Option<EntityState>> {
        Ok(self.entities.get(id).cloned())
    }

    fn entity_exists(&mut self, id: &str) -> IndexResult<bool> {
        Ok(self.entities.contains_key(id))
    }

    fn put_entity(&mut self, e: &EntityState, keys: &[String]) -> IndexResult<()> {
        self.entities.insert(e.entity.id.clone(), e.clone());
        for k in keys {
            let v = self.entity_keys.entry(k.clone()).or_default();
            if !v.contains(&e.entity.id) {
                v.push(e.entity.id.clone());
            }
        }
        Ok(())
    }

    fn absorb_entity(&mut self, from: &str, into: &str) -> IndexResult<()> {
        for v in self.mention_links.values_mut() {
            if v == from {
                *v = into.to_string();
            }
        }
        for ids in self.entity_keys.values_mut() {
            if ids.iter().any(|i| i == from) {
                ids.retain(|i| i != from && i != into);
                ids.push(into.to_string());
            }
        }
        self.entities.remove(from);
        Ok(())
    }

    fn link_mentions(&mut self, doc: &str, idxs: &[usize], entity: &str) -> IndexResult<()> {
        for &i in idxs {
            self.mention_links
                .insert((doc.to_string(), i), entity.to_string());
        }
        Ok(())
    }

    fn events_by_keys(
        &mut self,
        keys: &[String],
        limit: usize,
    ) -> IndexResult<Vec<(Arc<EventState>, String)>> {
        let mut seen = BTreeSet::new();
        for k in keys {
            if let Some(ids) = self.event_keys.get(k) {
                seen.extend(recent(ids.iter(), limit));
            }
        }
        Ok(seen
            .into_iter()
            .filter_map(|id| {
                Some((
                    Arc::new(self.events.get(&id)?.clone()),
                    self.event_cluster.get(&id)?.clone(),
                ))
            })
            .collect())
    }

    fn put_event(
        &mut self,
        e: &EventState,
        keys: &[String],
        cluster: &str,
        why: Option<&str>,
    ) -> IndexResult<()> {
        self.events.insert(e.id.clone(), e.clone());
        if let Some(w) = why {
            self.join_reasons.insert(e.id.clone(), w.to_string());
        }
        for k in keys {
            self.event_keys
                .entry(k.clone())
                .or_default()
                .push(e.id.clone());
        }
        self.event_cluster.insert(e.id.clone(), cluster.to_string());
        Ok(())
    }

    fn cluster(&mut self, id: &str) -> IndexResult<Option<ClusterState>> {
        Ok(self.clusters.get(id).cloned())
    }

    fn put_cluster(&mut self, c: &ClusterState) -> IndexResult<()> {
        self.clusters.insert(c.cluster.id.clone(), c.clone());
        Ok(())
    }

    fn new_cluster_id(&mut self) -> IndexResult<String> {
        self.next_cluster += 1;
        Ok(format!("C{}", self.next_cluster))
    }
}
