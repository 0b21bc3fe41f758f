//! [`resolve::Index`] over one SQLite transaction.

use resolve::{ClusterState, EntityState, EventState, Index, IndexError, IndexResult, NameCard};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// Parsed records of the most recent events, by their sequence number. Candidate lookups
/// return recent events first, so most reads are served from here instead of re-reading and
/// re-parsing JSON. The store
/// clears it when a transaction fails, since its sequence numbers are then reused.
#[derive(Debug)]
pub(crate) struct RecentCache<T> {
    map: BTreeMap<i64, T>,
    capacity: usize,
}

impl<T> RecentCache<T> {
    pub fn new(capacity: usize) -> Self {
        RecentCache {
            map: BTreeMap::new(),
            capacity,
        }
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    fn get(&self, n: i64) -> Option<&T> {
        self.map.get(&n)
    }

    /// Inserts or replaces; beyond capacity the older half is dropped.
    fn insert(&mut self, n: i64, v: T) {
        self.map.insert(n, v);
        if self.map.len() > self.capacity {
            let keep_from = *self
                .map
                .keys()
                .nth(self.capacity / 2)
                .expect("more than capacity");
            self.map = self.map.split_off(&keep_from);
        }
    }
}

/// The recent events filed under one key, newest first: (sequence number, cluster). Shared,
/// so a lookup does not copy the list.
pub(crate) type Recent = Arc<[(i64, Arc<str>)]>;

/// What the store keeps between transactions to make resolution cheaper.
#[derive(Debug)]
pub(crate) struct Caches {
    /// Event features by event sequence number (features never change once written).
    pub features: RecentCache<Arc<EventState>>,
    /// Name cards of entities by id, kept in step with every write of an entity; emptied
    /// when it reaches `MAX_CARDS`.
    pub cards: HashMap<String, Arc<NameCard>>,
    /// Entity records by id, as last written.
    pub entities: TwoGen<Arc<EntityState>>,
    /// The recent events filed under each key, as in `event_recent`.
    pub recent: TwoGen<Recent>,
    /// The store's sequence number when the caches were last known to match it; another
    /// writer's commit moves it on, and then the caches are dropped.
    pub seen: Option<i64>,
}

/// A bounded map that keeps what was used lately: entries live in a young and an old
/// generation; a hit in the old one moves to the young one, and when the young one fills
/// the old one is dropped. Keys in use stay; keys not touched for a generation go.
#[derive(Debug)]
pub(crate) struct TwoGen<T> {
    young: HashMap<String, T>,
    old: HashMap<String, T>,
    capacity: usize,
}

impl<T> TwoGen<T> {
    pub fn new(capacity: usize) -> Self {
        TwoGen {
            young: HashMap::new(),
            old: HashMap::new(),
            capacity,
        }
    }

    pub fn clear(&mut self) {
        self.young.clear();
        self.old.clear();
    }

    fn get(&mut self, k: &str) -> Option<&T> {
        if !self.young.contains_key(k) {
            let (k, v) = self.old.remove_entry(k)?;
            self.insert(k, v);
        }
        self.young.get(k)
    }

    fn remove(&mut self, k: &str) {
        self.young.remove(k);
        self.old.remove(k);
    }

    fn insert(&mut self, k: String, v: T) {
        if self.young.len() >= self.capacity / 2 && !self.young.contains_key(&k) {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(k, v);
    }
}

impl Default for Caches {
    fn default() -> Self {
        Caches {
            features: RecentCache::new(10_000),
            cards: HashMap::new(),
            recent: TwoGen::new(MAX_RECENT_KEYS),
            entities: TwoGen::new(MAX_ENTITIES),
            seen: None,
        }
    }
}

impl Caches {
    pub fn clear(&mut self) {
        self.features.clear();
        self.cards.clear();
        self.recent.clear();
        self.entities.clear();
        self.seen = None;
    }

    /// Drops the caches unless the store is where this process left it.
    pub fn check(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        let now = sequence(conn)?;
        if self.seen != Some(now) {
            self.clear();
        }
        Ok(())
    }

    /// Records where the store is after this process's own writes.
    pub fn settle(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        self.seen = Some(sequence(conn)?);
        Ok(())
    }
}

/// The store's sequence number (0 for an empty store).
fn sequence(conn: &Connection) -> rusqlite::Result<i64> {
    Ok(conn
        .query_row("SELECT value FROM counters WHERE name = 'key'", [], |r| {
            r.get(0)
        })
        .optional()?
        .unwrap_or(0))
}

/// How many key sequence numbers (about 25 per stored report) an entity's filing under a key
/// stays recent enough not to be rewritten.
const REFILE_AFTER: i64 = 20_000;

/// How many name cards the cache holds before it starts again.
const MAX_CARDS: usize = 50_000;

/// How many keys' recent-event lists the cache holds (about 300 bytes each).
const MAX_RECENT_KEYS: usize = 200_000;

/// How many entity records the cache holds.
const MAX_ENTITIES: usize = 50_000;

/// Recent events kept per key: as many as a lookup ever asks for.
const RECENT_PER_KEY: usize = resolve::EVENT_CANDIDATES_PER_KEY;

/// The resolution tables seen through the connection (inside a transaction).
///
/// The sequence counters are read once and moved on in memory, and the recent-event lists
/// changed are kept until the end of the batch; [`SqlIndex::finish`] writes both and must be
/// called before the transaction commits.
pub(crate) struct SqlIndex<'a> {
    conn: &'a Connection,
    cache: &'a mut Caches,
    /// The last key sequence number handed out, once read.
    key_seq: Option<i64>,
    /// The last cluster number handed out, once read.
    cluster_seq: Option<i64>,
    /// The document last looked up and its number (a document's rows are written together).
    doc: Option<(String, i64)>,
    /// Recent-event lists changed in this transaction and not yet written.
    dirty: HashMap<String, Recent>,
}

impl<'a> SqlIndex<'a> {
    pub fn new(conn: &'a Connection, cache: &'a mut Caches) -> Self {
        SqlIndex {
            conn,
            cache,
            key_seq: None,
            cluster_seq: None,
            doc: None,
            dirty: HashMap::new(),
        }
    }
}

impl SqlIndex<'_> {
    fn counter(&self, name: &str) -> IndexResult<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM counters WHERE name = ?1")
            .map_err(err)?
            .query_row([name], |r| r.get(0))
            .optional()
            .map_err(err)?
            .unwrap_or(0))
    }

    /// Moves counter `name` on by one, reading it from the store the first time; `seen`
    /// holds the last number handed out.
    fn advance(&self, seen: Option<i64>, name: &str) -> IndexResult<i64> {
        Ok(match seen {
            Some(n) => n,
            None => self.counter(name)?,
        } + 1)
    }

    /// The next number of the sequence that orders key rows by recency.
    fn next_key_seq(&mut self) -> IndexResult<i64> {
        let n = self.advance(self.key_seq, "key")?;
        self.key_seq = Some(n);
        Ok(n)
    }

    /// The number of stored document `id`, which keys its rows.
    fn doc_number(&mut self, id: &str) -> IndexResult<i64> {
        if let Some((d, n)) = &self.doc {
            if d == id {
                return Ok(*n);
            }
        }
        let n: i64 = self
            .conn
            .prepare_cached("SELECT n FROM documents WHERE id = ?1")
            .map_err(err)?
            .query_row([id], |r| r.get(0))
            .optional()
            .map_err(err)?
            .ok_or_else(|| IndexError(format!("document {id} is not stored")))?;
        self.doc = Some((id.to_string(), n));
        Ok(n)
    }

    /// Writes the recent-event lists and the counters this index moved on.
    pub fn finish(&mut self) -> IndexResult<()> {
        let mut st = self
            .conn
            .prepare_cached(
                "INSERT INTO event_recent (key, items) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET items = excluded.items",
            )
            .map_err(err)?;
        // In key order: neighbouring keys share pages.
        let mut dirty: Vec<(String, Recent)> = self.dirty.drain().collect();
        dirty.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (k, v) in dirty {
            st.execute(params![k, format_recent(&v)]).map_err(err)?;
            self.cache.recent.insert(k, v);
        }
        let mut st = self
            .conn
            .prepare_cached(
                "INSERT INTO counters (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            )
            .map_err(err)?;
        for (name, v) in [("key", self.key_seq), ("cluster", self.cluster_seq)] {
            if let Some(v) = v {
                st.execute(params![name, v]).map_err(err)?;
            }
        }
        Ok(())
    }

    /// Writes an entity's record and name card.
    fn write_entity(&mut self, e: &EntityState) -> IndexResult<()> {
        let card = Arc::new(e.card());
        self.conn
            .prepare_cached(
                "INSERT INTO entities (id, name, etype, data, card) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, etype = excluded.etype,
                     data = excluded.data, card = excluded.card
                 WHERE data IS NOT excluded.data OR card IS NOT excluded.card",
            )
            .map_err(err)?
            .execute(params![
                e.entity.id,
                e.entity.name,
                e.entity.etype.as_str(),
                json(e)?,
                json(card.as_ref())?
            ])
            .map_err(err)?;
        remember(&mut self.cache.cards, e.entity.id.clone(), card);
        self.cache
            .entities
            .insert(e.entity.id.clone(), Arc::new(e.clone()));
        Ok(())
    }

    /// Files an entity under its keys.
    fn file_entity(&mut self, e: &EntityState, keys: &[String]) -> IndexResult<()> {
        // Re-filing an entity under a key makes it the most recent there, so a much-mentioned
        // entity stays among a crowded key's candidates; a filing younger than
        // `REFILE_AFTER` is recent enough and is left alone.
        let n = self.next_key_seq()?;
        let mut filed = self
            .conn
            .prepare_cached("SELECT n FROM entity_keys WHERE key = ?1 AND entity = ?2")
            .map_err(err)?;
        let mut stale = Vec::new();
        for k in keys {
            let at: Option<i64> = filed
                .query_row(params![k, e.entity.id], |r| r.get(0))
                .optional()
                .map_err(err)?;
            if at.is_none_or(|at| n - at >= REFILE_AFTER) {
                stale.push(k);
            }
        }
        let mut st = self
            .conn
            .prepare_cached(
                "INSERT OR REPLACE INTO entity_keys (key, n, entity) VALUES (?1, ?2, ?3)",
            )
            .map_err(err)?;
        for k in stale {
            st.execute(params![k, n, e.entity.id]).map_err(err)?;
        }
        Ok(())
    }

    /// Moves entity `from` into `into`: its mention rows are read through `entity_moved`
    /// from now on (as are those of entities moved into `from` before), and its keys move.
    fn absorb_rows(&mut self, from: &str, into: &str) -> IndexResult<()> {
        self.conn
            .execute(
                "UPDATE entity_moved SET into_entity = ?2 WHERE into_entity = ?1",
                params![from, into],
            )
            .map_err(err)?;
        self.conn
            .execute(
                "INSERT OR REPLACE INTO entity_moved (entity, into_entity) VALUES (?1, ?2)",
                params![from, into],
            )
            .map_err(err)?;
        self.conn
            .execute(
                "UPDATE OR IGNORE entity_keys SET entity = ?2 WHERE entity = ?1",
                params![from, into],
            )
            .map_err(err)?;
        self.conn
            .execute("DELETE FROM entity_keys WHERE entity = ?1", [from])
            .map_err(err)?;
        self.conn
            .execute("DELETE FROM entities WHERE id = ?1", [from])
            .map_err(err)?;
        Ok(())
    }

    /// The recent events filed under `key`, newest first.
    fn recent(&mut self, key: &str) -> IndexResult<Recent> {
        if let Some(v) = self.dirty.get(key) {
            return Ok(Arc::clone(v));
        }
        if let Some(v) = self.cache.recent.get(key) {
            return Ok(Arc::clone(v));
        }
        let items: Option<String> = self
            .conn
            .prepare_cached("SELECT items FROM event_recent WHERE key = ?1")
            .map_err(err)?
            .query_row([key], |r| r.get(0))
            .optional()
            .map_err(err)?;
        let mut v = items
            .as_deref()
            .map(parse_recent)
            .transpose()?
            .unwrap_or_default();
        v.sort_by_key(|x| std::cmp::Reverse(x.0));
        v.truncate(RECENT_PER_KEY);
        let v: Recent = Arc::from(v);
        self.cache.recent.insert(key.to_string(), Arc::clone(&v));
        Ok(v)
    }
}

/// Reads an `event_recent` row: "n cluster n cluster ...".
fn parse_recent(items: &str) -> IndexResult<Vec<(i64, Arc<str>)>> {
    let words: Vec<&str> = items.split_whitespace().collect();
    words
        .chunks(2)
        .map(|p| match p {
            [n, c] => n
                .parse()
                .map(|n| (n, Arc::from(*c)))
                .map_err(|_| IndexError(format!("bad event_recent item {n:?}"))),
            _ => Err(IndexError(format!("odd event_recent row {items:?}"))),
        })
        .collect()
}

/// Writes an `event_recent` row.
fn format_recent(v: &[(i64, Arc<str>)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(v.len() * 16);
    for (n, c) in v {
        if !out.is_empty() {
            out.push(' ');
        }
        let _ = write!(out, "{n} {c}");
    }
    out
}

fn remember(cards: &mut HashMap<String, Arc<NameCard>>, id: String, card: Arc<NameCard>) {
    if cards.len() >= MAX_CARDS {
        cards.clear();
    }
    cards.insert(id, card);
}

fn err(e: impl std::fmt::Display) -> IndexError {
    IndexError(e.to_string())
}

fn json<T: serde::Serialize>(v: &T) -> IndexResult<String> {
    serde_json::to_string(v).map_err(err)
}

fn parse<T: serde::de::DeserializeOwned>(s: &str) -> IndexResult<T> {
    serde_json::from_str(s).map_err(err)
}

impl Index for SqlIndex<'_> {
    fn entities_by_keys(
        &mut self,
        keys: &[String],
        limit: usize,
    ) -> IndexResult<Vec<Arc<NameCard>>> {
        let mut ids: HashSet<String> = HashSet::new();
        let mut st = self
            .conn
            // The limit is part of the statement text: a bound LIMIT makes SQLite re-plan
            // the statement at every binding.
            .prepare_cached(&format!(
                "SELECT entity FROM entity_keys WHERE key = ?1 ORDER BY n DESC LIMIT {limit}"
            ))
            .map_err(err)?;
        for k in keys {
            let rows = st.query_map([k], |r| r.get::<_, String>(0)).map_err(err)?;
            for r in rows {
                ids.insert(r.map_err(err)?);
            }
        }
        let mut ids: Vec<String> = ids.into_iter().collect();
        ids.sort();
        let mut st = self
            .conn
            .prepare_cached("SELECT card FROM entities WHERE id = ?1")
            .map_err(err)?;
        let mut out = Vec::new();
        for id in ids {
            if let Some(card) = self.cache.cards.get(&id) {
                out.push(card.clone());
                continue;
            }
            let data: Option<String> = st.query_row([&id], |r| r.get(0)).optional().map_err(err)?;
            if let Some(d) = data {
                let card: Arc<NameCard> = Arc::new(parse(&d)?);
                remember(&mut self.cache.cards, id, card.clone());
                out.push(card);
            }
        }
        Ok(out)
    }

    fn entity(&mut self, id: &str) -> IndexResult<Option<EntityState>> {
        if let Some(e) = self.cache.entities.get(id) {
            return Ok(Some(e.as_ref().clone()));
        }
        let data: Option<String> = self
            .conn
            .prepare_cached("SELECT data FROM entities WHERE id = ?1")
            .map_err(err)?
            .query_row([id], |r| r.get(0))
            .optional()
            .map_err(err)?;
        let Some(d) = data else { return Ok(None) };
        let e: EntityState = parse(&d)?;
        self.cache
            .entities
            .insert(id.to_string(), Arc::new(e.clone()));
        Ok(Some(e))
    }

    fn entity_exists(&mut self, id: &str) -> IndexResult<bool> {
        // A moved id stays taken: its old mention rows are read as the entity it moved into.
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM entities WHERE id = ?1 UNION ALL SELECT 1 FROM entity_moved WHERE entity = ?1",
            )
            .map_err(err)?;
        Ok(st
            .query_row([id], |_| Ok(()))
            .optional()
            .map_err(err)?
            .is_some())
    }

    fn put_entity(&mut self, e: &EntityState, keys: &[String]) -> IndexResult<()> {
        // An unchanged record is not rewritten: most mentions of a known entity change
        // nothing, and every rewrite dirties a page of the file.
        let unchanged = self
            .cache
            .entities
            .get(&e.entity.id)
            .is_some_and(|was| was.as_ref() == e);
        if !unchanged {
            self.write_entity(e)?;
        }
        self.file_entity(e, keys)
    }

    fn absorb_entity(&mut self, from: &str, into: &str) -> IndexResult<()> {
        self.cache.cards.remove(from);
        self.cache.entities.remove(from);
        self.absorb_rows(from, into)
    }

    fn link_mentions(&mut self, doc: &str, idxs: &[usize], entity: &str) -> IndexResult<()> {
        let doc = self.doc_number(doc)?;
        let mut st = self
            .conn
            .prepare_cached(
                "INSERT OR REPLACE INTO mention_entity (doc, idx, entity) VALUES (?1, ?2, ?3)",
            )
            .map_err(err)?;
        for &i in idxs {
            st.execute(params![doc, i as i64, entity]).map_err(err)?;
        }
        Ok(())
    }

    fn events_by_keys(
        &mut self,
        keys: &[String],
        limit: usize,
    ) -> IndexResult<Vec<(Arc<EventState>, String)>> {
        debug_assert!(limit <= RECENT_PER_KEY);
        // Event sequence number -> cluster.
        let mut ids: Vec<(i64, Arc<str>)> = Vec::new();
        for k in keys {
            for (n, c) in self.recent(k)?.iter().take(limit) {
                ids.push((*n, Arc::clone(c)));
            }
        }
        ids.sort_unstable_by_key(|x| x.0);
        ids.dedup_by_key(|x| x.0);
        let mut st = self
            .conn
            .prepare_cached("SELECT features FROM event_features WHERE n = ?1")
            .map_err(err)?;
        let mut out = Vec::with_capacity(ids.len());
        for (n, cluster) in ids {
            if self.cache.features.get(n).is_none() {
                let f: Option<String> = st.query_row([n], |r| r.get(0)).optional().map_err(err)?;
                let Some(f) = f else { continue };
                self.cache.features.insert(n, Arc::new(parse(&f)?));
            }
            if let Some(e) = self.cache.features.get(n) {
                out.push((e.clone(), cluster.to_string()));
            }
        }
        Ok(out)
    }

    fn put_event(
        &mut self,
        e: &EventState,
        keys: &[String],
        cluster: &str,
        why: Option<&str>,
    ) -> IndexResult<()> {
        let n = self.next_key_seq()?;
        let id: Arc<str> = Arc::from(cluster);
        for k in keys {
            let was = self.recent(k)?;
            let mut v: Vec<(i64, Arc<str>)> = Vec::with_capacity(RECENT_PER_KEY);
            v.push((n, Arc::clone(&id)));
            v.extend(
                was.iter()
                    .filter(|(m, _)| *m != n)
                    .take(RECENT_PER_KEY - 1)
                    .cloned(),
            );
            // Written once per batch, in `finish`: a busy key changes many times in one.
            self.dirty.insert(k.clone(), Arc::from(v));
        }
        self.conn
            .prepare_cached("INSERT INTO event_features (n, features) VALUES (?1, ?2)")
            .map_err(err)?
            .execute(params![n, json(e)?])
            .map_err(err)?;
        self.cache.features.insert(n, Arc::new(e.clone()));
        let doc = self.doc_number(&e.doc)?;
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO event_cluster (doc, idx, cluster, reason) VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(err)?
            .execute(params![doc, e.idx as i64, cluster, why])
            .map_err(err)?;
        Ok(())
    }

    fn cluster(&mut self, id: &str) -> IndexResult<Option<ClusterState>> {
        let data: Option<String> = self
            .conn
            .prepare_cached("SELECT data FROM clusters WHERE id = ?1")
            .map_err(err)?
            .query_row([id], |r| r.get(0))
            .optional()
            .map_err(err)?;
        data.map(|d| parse(&d)).transpose()
    }

    fn put_cluster(&mut self, c: &ClusterState) -> IndexResult<()> {
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO clusters (id, etype, date, data) VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(err)?
            .execute(params![
                c.cluster.id,
                c.cluster.etype,
                c.cluster.date,
                json(c)?
            ])
            .map_err(err)?;
        Ok(())
    }

    fn new_cluster_id(&mut self) -> IndexResult<String> {
        let n = self.advance(self.cluster_seq, "cluster")?;
        self.cluster_seq = Some(n);
        Ok(format!("C{n}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_lists_read_back_as_written() {
        let v: Vec<(i64, Arc<str>)> = vec![(12, "C3".into()), (7, "C1".into())];
        assert_eq!(format_recent(&v), "12 C3 7 C1");
        assert_eq!(parse_recent("12 C3 7 C1").unwrap(), v);
        assert!(parse_recent("12 C3 7").is_err());
        assert!(parse_recent("x C3").is_err());
    }

    #[test]
    fn two_generations_keep_what_is_used() {
        let mut c: TwoGen<i32> = TwoGen::new(4);
        c.insert("a".into(), 1);
        c.insert("b".into(), 2);
        // The young generation is full: "a" and "b" age, "c" starts a new one.
        c.insert("c".into(), 3);
        assert_eq!(c.get("a"), Some(&1)); // used again: young
        c.insert("d".into(), 4); // young full again: "c" and "a" age, "b" is dropped
        assert_eq!(c.get("b"), None);
        assert_eq!(c.get("a"), Some(&1));
        assert_eq!(c.get("c"), Some(&3));
    }
}
