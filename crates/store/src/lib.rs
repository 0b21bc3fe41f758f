//! The embedded store: one SQLite file in WAL mode, with versioned migrations, content-hash
//! idempotency and FTS5 full-text search over sentences.
//!
//! This is the only crate that knows SQL. A batch of documents is written in one transaction
//! with its sentences, mentions and events *and* the incremental resolution it causes
//! (entity links and merges, event clusters and conflicts, computed by `resolve` through
//! [`resolve::Index`]), so a process killed at any point leaves either the whole batch,
//! resolved, or none of it. Analyst decisions live in their own table that re-ingest never
//! touches.
//!
//! ```
//! let store = store::Store::open_in_memory().unwrap();
//! assert_eq!(store.count_documents().unwrap(), 0);
//! ```
#![deny(missing_docs)]

mod index;
mod schema;

pub use model::{Cluster, Conflict};
use model::{Document, Entity, Event};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A store error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite said no.
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    /// A stored JSON column did not parse.
    #[error("stored data is malformed: {0}")]
    Json(#[from] serde_json::Error),
    /// Incremental resolution failed.
    #[error("resolution failed: {0}")]
    Resolve(#[from] resolve::IndexError),
    /// The database was written by a newer Tessera.
    #[error("database schema version {found} is newer than this tessera supports ({supported})")]
    TooNew {
        /// Version found.
        found: i64,
        /// Latest version known.
        supported: i64,
    },
}

/// Result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// One row of the document table.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DocRow {
    /// Id.
    pub id: String,
    /// Path as given at ingest.
    pub path: String,
    /// Title.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication date in export form.
    pub published: Option<String>,
    /// Language.
    pub language: String,
    /// Clean text length in characters.
    pub chars: usize,
}

/// A document's own conflicts: its id, its title and the conflicts.
pub type DocConflicts = (String, Option<String>, Vec<Conflict>);

/// What [`Store::check`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// SQLite's `PRAGMA integrity_check` answer ("ok" when sound).
    pub integrity: String,
    /// Documents.
    pub documents: usize,
    /// Mentions.
    pub mentions: usize,
    /// Mentions without an entity (0 when resolution is complete).
    pub unlinked_mentions: usize,
    /// Events.
    pub events: usize,
    /// Events without a cluster (0 when resolution is complete).
    pub unclustered_events: usize,
    /// Resolved entities.
    pub entities: usize,
    /// Event clusters.
    pub clusters: usize,
}

impl Check {
    /// Whether the store is sound and fully resolved.
    pub fn ok(&self) -> bool {
        self.integrity == "ok" && self.unlinked_mentions == 0 && self.unclustered_events == 0
    }
}

/// A full-text search hit.
#[derive(Clone, Debug)]
pub struct Hit {
    /// Document id.
    pub doc: String,
    /// Document title.
    pub title: Option<String>,
    /// Sentence with the matches marked `[...]`.
    pub snippet: String,
}

/// An event as stored, with its ids.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    /// Event id.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// The event.
    pub event: Event,
    /// Cluster id.
    pub cluster: Option<String>,
}

/// The store.
pub struct Store {
    conn: Connection,
    /// Recent event features and clusters, kept between transactions; cleared when a
    /// transaction fails, since its sequence numbers are then reused.
    cache: index::Caches,
    /// Time spent in each phase of storing, for the benchmark.
    times: Phases,
    /// Copies the log into the database file off the writer's path (file stores only).
    checkpointer: Option<Checkpointer>,
}

/// Copies the write-ahead log into the database file on its own thread and connection, so
/// that the copying overlaps with the next batch's work instead of stalling a commit. A
/// passive checkpoint never blocks the writer and never changes what is committed: killing
/// the process at any point leaves the same store as before.
struct Checkpointer {
    wal: std::path::PathBuf,
    wake: Option<std::sync::mpsc::SyncSender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Log size past which the checkpointer is woken.
const CHECKPOINT_BYTES: u64 = 64 << 20;

/// Log size past which the writer makes sure the log starts again before its next batch.
/// A passive checkpoint that runs while the writer is in a transaction can never let the
/// log restart, so under a steady stream of batches the log would only grow, and every page
/// read searches the log's index before the file.
const RESTART_BYTES: u64 = 4 * CHECKPOINT_BYTES;

impl Checkpointer {
    fn start(path: &Path) -> Option<Checkpointer> {
        let conn = Connection::open(path).ok()?;
        conn.busy_timeout(std::time::Duration::from_secs(10)).ok()?;
        let (wake, rx) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("tessera-checkpoint".into())
            .spawn(move || {
                while rx.recv().is_ok() {
                    // An error (a busy database) only means the next wake tries again.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })
            .ok()?;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        Some(Checkpointer {
            wal: wal.into(),
            wake: Some(wake),
            thread: Some(thread),
        })
    }

    /// The log's size in bytes.
    fn log_bytes(&self) -> u64 {
        std::fs::metadata(&self.wal).map_or(0, |m| m.len())
    }

    /// Wakes the checkpointer when the log has grown past [`CHECKPOINT_BYTES`].
    fn nudge(&self) {
        let big = self.log_bytes() > CHECKPOINT_BYTES;
        if let (true, Some(w)) = (big, &self.wake) {
            // Full: a checkpoint is already pending.
            let _ = w.try_send(());
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.wake.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Time spent storing, phase by phase, since the store was opened.
#[derive(Clone, Copy, Debug, Default)]
pub struct Phases {
    /// Writing the documents, mentions, events and the full-text index.
    pub rows: std::time::Duration,
    /// Entity resolution.
    pub entities: std::time::Duration,
    /// Event clustering.
    pub clusters: std::time::Duration,
    /// Committing (writing the log, checkpoints).
    pub commit: std::time::Duration,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        let mut store = Self::init(conn)?;
        store.checkpointer = Checkpointer::start(path);
        if store.checkpointer.is_some() {
            // The checkpointer keeps the log short; the writer checkpoints only if it
            // falls far behind.
            store
                .conn
                .pragma_update(None, "wal_autocheckpoint", 262_144)?;
        }
        Ok(store)
    }

    /// An in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // 64 MiB of page cache: resolution reads keys and features all over the file.
        conn.pragma_update(None, "cache_size", -65536)?;
        // Checkpoint every 64 MiB of WAL instead of 4: a page rewritten by several batches
        // in between is copied into the database file once.
        conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
        // A log that has started again is cut back to this size, so its size on disk shows
        // how far it has grown since.
        conn.pragma_update(None, "journal_size_limit", CHECKPOINT_BYTES as i64)?;
        let before = schema::migrate(&conn)?;
        let mut store = Store {
            conn,
            cache: Default::default(),
            times: Phases::default(),
            checkpointer: None,
        };
        let features: Option<i64> = store
            .conn
            .query_row(
                "SELECT value FROM counters WHERE name = 'features'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let stored = store.count_documents()? > 0;
        // Schema version 1 resolved in batch and kept no keys; features of another version
        // cannot be compared with new ones. Either way, resolve again from the documents.
        if stored && (before == 1 || features.unwrap_or(1) != resolve::FEATURES_VERSION) {
            store.rebuild_resolution()?;
        } else if features.is_none() {
            record_features_version(&store.conn)?;
        }
        Ok(store)
    }

    /// Recomputes all corpus-level resolution from the stored documents, in ingest order, in
    /// one transaction.
    pub fn rebuild_resolution(&mut self) -> Result<()> {
        // Sequence numbers start again, so cached records would be stale.
        self.cache.clear();
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "DELETE FROM entities; DELETE FROM mention_entity; DELETE FROM entity_keys;
             DELETE FROM entity_moved;
             DELETE FROM clusters; DELETE FROM event_cluster; DELETE FROM event_recent;
             DELETE FROM event_features;
             DELETE FROM counters;",
        )?;
        let ids: Vec<String> = {
            let mut st = tx.prepare("SELECT id FROM documents ORDER BY n")?;
            let rows = st.query_map([], |r| r.get(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        for chunk in ids.chunks(64) {
            let mut docs = Vec::with_capacity(chunk.len());
            for id in chunk {
                let (d, o, t): (String, String, String) = tx.query_row(
                    "SELECT data, original, text FROM documents WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?;
                docs.push(restore(&tx, &d, o, t)?);
            }
            let refs: Vec<&Document> = docs.iter().collect();
            resolve_batch(&tx, &mut self.cache, &refs)?;
        }
        record_features_version(&tx)?;
        commit(tx, &mut self.cache)
    }

    /// Runs SQLite's integrity check; "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// Checks the file and the invariants between tables: SQLite's integrity check, and that
    /// every stored mention is linked to an entity and every stored event to a cluster.
    pub fn check(&self) -> Result<Check> {
        let n = |sql: &str| -> Result<usize> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        Ok(Check {
            integrity: self.integrity_check()?,
            documents: n("SELECT count(*) FROM documents")?,
            mentions: n("SELECT count(*) FROM mentions")?,
            unlinked_mentions: n("SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM mention_entity l WHERE l.doc = m.doc AND l.idx = m.idx)")?,
            events: n("SELECT count(*) FROM events")?,
            unclustered_events: n("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_cluster c WHERE c.doc = e.doc AND c.idx = e.idx)")?,
            entities: n("SELECT count(*) FROM entities")?,
            clusters: n("SELECT count(*) FROM clusters")?,
        })
    }

    /// Whether a document with this content hash is stored.
    pub fn has_hash(&self, hash: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM documents WHERE hash = ?1",
                [hash],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Number of documents.
    pub fn count_documents(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// Stores documents and resolves them against the store, all in one transaction.
    /// Documents whose hash is already stored are skipped. Returns how many were added.
    pub fn insert_documents(&mut self, docs: &[Document]) -> Result<usize> {
        if let Some(c) = &self.checkpointer {
            if c.log_bytes() > RESTART_BYTES {
                // Copies what the background checkpoints have not and empties the log, so
                // this batch writes it from the start. A checkpoint already running makes
                // this one busy at once (SQLite does not wait for that lock), so it tries
                // again for up to two seconds; if it never gets its turn (another process
                // reading a long time, say) the next batch tries.
                let start = std::time::Instant::now();
                loop {
                    // A failed checkpoint loses nothing: the log still holds every page.
                    let busy: i64 = self
                        .conn
                        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
                        .unwrap_or(1);
                    if busy == 0 || start.elapsed() > std::time::Duration::from_secs(2) {
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
            }
        }
        // Immediate: the caches are checked against the store under the write lock.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        self.cache.check(&tx)?;
        let t = std::time::Instant::now();
        let mut added = Vec::new();
        for doc in docs {
            if insert_document(&tx, doc)? {
                added.push(doc);
            }
        }
        self.times.rows += t.elapsed();
        let t = std::time::Instant::now();
        let mut index = index::SqlIndex::new(&tx, &mut self.cache);
        let resolved = added
            .iter()
            .try_for_each(|d| resolve::add_entities(&mut index, d))
            .map(|_| t.elapsed())
            .and_then(|e| {
                let t = std::time::Instant::now();
                added
                    .iter()
                    .try_for_each(|d| resolve::add_events(&mut index, d))
                    .and_then(|_| index.finish())
                    .map(|_| (e, t.elapsed()))
            });
        if resolved.is_err() {
            self.cache.clear();
        }
        let (e, c) = resolved?;
        self.times.entities += e;
        self.times.clusters += c;
        let t = std::time::Instant::now();
        commit(tx, &mut self.cache)?;
        if let Some(c) = &self.checkpointer {
            c.nudge();
        }
        self.times.commit += t.elapsed();
        Ok(added.len())
    }

    /// Time spent storing since the store was opened, phase by phase.
    pub fn phases(&self) -> Phases {
        self.times
    }

    /// The clean text of every document, by id.
    pub fn texts(&self) -> Result<std::collections::HashMap<String, String>> {
        let mut st = self.conn.prepare("SELECT id, text FROM documents")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The document table, ordered by path.
    pub fn documents(&self) -> Result<Vec<DocRow>> {
        let mut st = self.conn.prepare(
            "SELECT id, path, title, outlet, authors, published, language, chars FROM documents ORDER BY path, id",
        )?;
        let rows = st.query_map([], |r| {
            Ok(DocRow {
                id: r.get(0)?,
                path: r.get(1)?,
                title: r.get(2)?,
                outlet: r.get(3)?,
                authors: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
                published: r.get(5)?,
                language: r.get(6)?,
                chars: r.get::<_, i64>(7)? as usize,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// A whole document by id or unique id prefix.
    pub fn document(&self, id: &str) -> Result<Option<Document>> {
        let pattern = format!("{}%", id.replace(['%', '_'], ""));
        let mut st = self
            .conn
            .prepare("SELECT data, original, text FROM documents WHERE id LIKE ?1 LIMIT 2")?;
        let rows: Vec<(String, String, String)> = st
            .query_map([pattern], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<std::result::Result<_, _>>()?;
        if rows.len() != 1 {
            return Ok(None);
        }
        let (data, original, text) = rows.into_iter().next().expect("one row");
        Ok(Some(restore(&self.conn, &data, original, text)?))
    }

    /// The disagreements found inside single documents that belong to no event cluster (one
    /// person given two offices for one time), by document id and title, in path order.
    pub fn document_conflicts(&self) -> Result<Vec<DocConflicts>> {
        #[derive(serde::Deserialize)]
        struct Only {
            #[serde(default)]
            conflicts: Vec<Conflict>,
        }
        let mut st = self.conn.prepare(
            "SELECT id, title, data FROM documents WHERE instr(data, '\"conflicts\":') > 0 ORDER BY path, id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, title, data) = row?;
            let only: Only = serde_json::from_str(&data)?;
            if !only.conflicts.is_empty() {
                out.push((id, title, only.conflicts));
            }
        }
        Ok(out)
    }

    /// Every document, in path order.
    pub fn all_documents(&self) -> Result<Vec<Document>> {
        let mut st = self
            .conn
            .prepare("SELECT data, original, text FROM documents ORDER BY path, id")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (d, o, t) = row?;
            out.push(restore(&self.conn, &d, o, t)?);
        }
        Ok(out)
    }

    /// Full-text search over sentences, best matches first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let q = fts_query(query);
        if q.is_empty() {
            return Ok(vec![]);
        }
        let mut st = self.conn.prepare(
            "SELECT f.doc, d.title, snippet(sentences_fts, 2, '[', ']', '…', 24)
             FROM sentences_fts f JOIN documents d ON d.id = f.doc
             WHERE sentences_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = st.query_map(params![q, limit as i64], |r| {
            Ok(Hit {
                doc: r.get(0)?,
                title: r.get(1)?,
                snippet: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Resolved entities, most mentioned first.
    pub fn entities(&self) -> Result<Vec<Entity>> {
        let mut usage: std::collections::HashMap<String, (usize, Vec<String>)> =
            std::collections::HashMap::new();
        {
            let mut st = self
                .conn
                .prepare(&format!("SELECT {LINKED} AS e, d.id, count(*) FROM mention_entity l JOIN documents d ON d.n = l.doc {MOVED} GROUP BY e, d.id ORDER BY e, d.id"))?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?;
            for row in rows {
                let (e, d, n) = row?;
                let u = usage.entry(e).or_default();
                u.0 += n as usize;
                u.1.push(d);
            }
        }
        let mut st = self.conn.prepare("SELECT data FROM entities")?;
        let mut out: Vec<Entity> = Vec::new();
        for row in st.query_map([], |r| r.get::<_, String>(0))? {
            let mut e: Entity = serde_json::from_str::<resolve::EntityState>(&row?)?.entity;
            if let Some((n, docs)) = usage.remove(&e.id) {
                e.mentions = n;
                e.docs = docs;
            }
            out.push(e);
        }
        out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    /// Corpus entity id of each mention, as `(doc, mention index) -> entity`.
    pub fn mention_links(&self) -> Result<std::collections::HashMap<(String, usize), String>> {
        let mut st = self.conn.prepare(
            &format!("SELECT d.id, l.idx, {LINKED} FROM mention_entity l JOIN documents d ON d.n = l.doc {MOVED}"),
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize),
                r.get::<_, String>(2)?,
            ))
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Event clusters.
    pub fn clusters(&self) -> Result<Vec<Cluster>> {
        type Member = (String, i64, Option<String>);
        let mut members: std::collections::HashMap<String, Vec<Member>> =
            std::collections::HashMap::new();
        {
            let mut st = self
                .conn
                .prepare("SELECT c.cluster, d.id, c.idx, c.reason FROM event_cluster c JOIN documents d ON d.n = c.doc ORDER BY d.id, c.idx")?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })?;
            for row in rows {
                let (c, d, i, why) = row?;
                members.entry(c).or_default().push((d, i, why));
            }
        }
        let mut st = self
            .conn
            .prepare("SELECT data FROM clusters ORDER BY date, rowid")?;
        let mut out = Vec::new();
        for row in st.query_map([], |r| r.get::<_, String>(0))? {
            let mut c: Cluster = serde_json::from_str::<resolve::ClusterState>(&row?)?.cluster;
            let ms = members.remove(&c.id).unwrap_or_default();
            c.events = ms
                .iter()
                .map(|(d, i, _)| event_id(d, *i as usize))
                .collect();
            c.reasons = ms.iter().filter_map(|(_, _, why)| why.clone()).collect();
            let docs: std::collections::BTreeSet<&String> = ms.iter().map(|(d, _, _)| d).collect();
            c.docs = docs.into_iter().cloned().collect();
            out.push(c);
        }
        Ok(out)
    }

    /// Every event with its ids and cluster, in document order.
    pub fn events(&self) -> Result<Vec<StoredEvent>> {
        let links: std::collections::HashMap<(String, i64), String> = {
            let mut st = self
                .conn
                .prepare("SELECT d.id, c.idx, c.cluster FROM event_cluster c JOIN documents d ON d.n = c.doc")?;
            let rows = st.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        let mut st = self.conn.prepare("SELECT d.id, e.idx, e.data FROM events e JOIN documents d ON d.n = e.doc ORDER BY d.path, d.id, e.idx")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (doc, idx, data) = row?;
            out.push(StoredEvent {
                id: event_id(&doc, idx as usize),
                cluster: links.get(&(doc.clone(), idx)).cloned(),
                doc,
                event: serde_json::from_str(&data)?,
            });
        }
        Ok(out)
    }
}

/// The entity a mention row `l` is linked to, given the join [`MOVED`]: the entity its row
/// names, or the one that entity was merged into.
const LINKED: &str = "coalesce(m.into_entity, l.entity)";

/// Joins a mention row `l` to the record of its entity's merge, if it was merged.
const MOVED: &str = "LEFT JOIN entity_moved m ON m.entity = l.entity";

/// The export id of event `idx` of document `doc`.
pub fn event_id(doc: &str, idx: usize) -> String {
    format!("{doc}-{idx}")
}

/// A stored document: its JSON without text and events, plus the text and the event rows.
fn restore(conn: &Connection, data: &str, original: String, text: String) -> Result<Document> {
    let mut d: Document = serde_json::from_str(data)?;
    let mut st = conn.prepare_cached(
        "SELECT e.data FROM events e JOIN documents d ON d.n = e.doc WHERE d.id = ?1 ORDER BY e.idx",
    )?;
    let rows = st.query_map([&d.id], |r| r.get::<_, String>(0))?;
    d.events = Vec::new();
    for r in rows {
        d.events.push(serde_json::from_str(&r?)?);
    }
    d.original = original;
    d.text = text;
    Ok(d)
}

/// Quotes each word so user input never breaks FTS5 syntax; keeps `OR` and trailing `*`.
fn fts_query(q: &str) -> String {
    q.split_whitespace()
        .map(|w| {
            if w == "OR" || w == "AND" || w == "NOT" {
                return w.to_string();
            }
            let prefix = w.ends_with('*');
            let clean: String = w
                .trim_end_matches('*')
                .chars()
                .filter(|c| *c != '"')
                .collect();
            if clean.is_empty() {
                return String::new();
            }
            format!("\"{clean}\"{}", if prefix { "*" } else { "" })
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Resolves a batch inside the insert transaction. On failure the transaction rolls back and
/// its sequence numbers will be reused, so the caches are dropped.
fn resolve_batch(
    tx: &rusqlite::Transaction,
    cache: &mut index::Caches,
    docs: &[&Document],
) -> Result<()> {
    let mut index = index::SqlIndex::new(tx, cache);
    let resolved = resolve::add_documents(&mut index, docs).and_then(|_| index.finish());
    if resolved.is_err() {
        cache.clear();
    }
    Ok(resolved?)
}

/// Commits, recording where this process left the store; drops the caches if that fails.
fn commit(tx: rusqlite::Transaction, cache: &mut index::Caches) -> Result<()> {
    let committed = cache.settle(&tx).and_then(|_| tx.commit());
    if committed.is_err() {
        cache.clear();
    }
    Ok(committed?)
}

/// Records that the store's resolution was made under this build's features version.
fn record_features_version(conn: &Connection) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO counters (name, value) VALUES ('features', ?1)",
        [resolve::FEATURES_VERSION],
    )?;
    Ok(())
}

fn insert_document(tx: &rusqlite::Transaction, doc: &Document) -> Result<bool> {
    let exists = tx
        .prepare_cached("SELECT 1 FROM documents WHERE hash = ?1 OR id = ?2")?
        .query_row(params![doc.hash, doc.id], |_| Ok(()))
        .optional()?;
    if exists.is_some() {
        return Ok(false);
    }
    // Text, original and events are stored in their own columns and rows, not twice.
    let light = Document {
        original: String::new(),
        text: String::new(),
        events: Vec::new(),
        ..doc.clone()
    };
    tx.prepare_cached(
        "INSERT INTO documents (id, hash, path, url, title, outlet, authors, translators, published, language, chars, original, text, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
            doc.id,
            doc.hash,
            doc.path,
            doc.source.url,
            doc.title,
            doc.outlet,
            serde_json::to_string(&doc.authors)?,
            serde_json::to_string(&doc.translators)?,
            doc.published.map(|d| d.to_string()),
            doc.language,
            doc.text.chars().count() as i64,
            doc.original,
            doc.text,
            serde_json::to_string(&light)?,
        ])?;
    // The document's number: its rows in the other tables are keyed by it.
    let n = tx.last_insert_rowid();
    let mut st =
        tx.prepare_cached("INSERT INTO sentences_fts (doc, idx, text) VALUES (?1, ?2, ?3)")?;
    for (i, s) in doc.segments.sentences.iter().enumerate() {
        st.execute(params![doc.id, i as i64, s.of(&doc.text)])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO mentions (doc, idx, start, end, text, etype, subtype, canonical) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, m) in doc.mentions.iter().enumerate() {
        st.execute(params![
            n,
            i as i64,
            m.span.start as i64,
            m.span.end as i64,
            m.text,
            m.etype.as_str(),
            m.subtype,
            m.canonical
        ])?;
    }
    let mut st = tx.prepare_cached("INSERT INTO events (doc, idx, etype, date, modality, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for (i, e) in doc.events.iter().enumerate() {
        st.execute(params![
            n,
            i as i64,
            e.etype.as_str(),
            e.date.map(|d| d.to_string()),
            e.modality.as_str(),
            serde_json::to_string(e)?
        ])?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document of one sentence naming one organisation.
    fn naming(id: &str, text: &str, name: &str, kb: Option<&str>) -> Document {
        let at = text.find(name).expect("name in text");
        Document {
            id: id.into(),
            hash: format!("h-{id}"),
            path: format!("{id}.txt"),
            mentions: vec![model::Mention {
                span: model::Span::new(at, at + name.len()),
                text: name.into(),
                etype: model::EntityType::Org,
                subtype: None,
                role: None,
                canonical: name.into(),
                kb: kb.map(str::to_string),
                rule: "test".into(),
                coref: None,
            }],
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_merged_entity_keeps_its_mentions_and_its_id_is_not_given_again() {
        let mut s = Store::open_in_memory().unwrap();
        let kb = Some("org:Sluzhba Okhrany Granitsy");
        // "SOG" and the spelled-out name are two entities until a report ties them.
        s.insert_documents(&[
            naming("a", "The SOG said so.", "SOG", kb),
            naming(
                "b",
                "The Border Guard Service said so.",
                "Border Guard Service",
                None,
            ),
        ])
        .unwrap();
        assert_eq!(s.entities().unwrap().len(), 2);
        s.insert_documents(&[naming(
            "c",
            "The Border Guard Service (SOG) said so.",
            "Border Guard Service",
            kb,
        )])
        .unwrap();
        let links = s.mention_links().unwrap();
        let one = &links[&("a".to_string(), 0)];
        assert_eq!(&links[&("b".to_string(), 0)], one);
        assert_eq!(&links[&("c".to_string(), 0)], one);
        let all = s.entities().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].mentions, 3);
        assert_eq!(all[0].docs, ["a", "b", "c"]);
        // Each name again, under another knowledge entry: two new entities, whichever of the
        // two first ids was merged away. Given the merged id again, one of them would be read
        // as the merged entity.
        s.insert_documents(&[
            naming("d", "The SOG said so.", "SOG", Some("org:Other One")),
            naming(
                "e",
                "The Border Guard Service said so.",
                "Border Guard Service",
                Some("org:Other Two"),
            ),
        ])
        .unwrap();
        let links = s.mention_links().unwrap();
        let (d, e) = (&links[&("d".to_string(), 0)], &links[&("e".to_string(), 0)]);
        assert!(d != one && e != one && d != e, "{one} {d} {e}");
        assert_eq!(s.entities().unwrap().len(), 3);
        assert!(s.check().unwrap().ok());
    }

    #[test]
    fn same_hash_is_stored_once_and_searchable() {
        let mut s = Store::open_in_memory().unwrap();
        let text = "Border guards detained a courier near Astara.\n".to_string();
        let doc = Document {
            id: "abc".into(),
            hash: "h1".into(),
            path: "a.txt".into(),
            segments: model::Segments {
                sentences: vec![model::Span::new(0, text.len() - 1)],
                ..Default::default()
            },
            text,
            ..Default::default()
        };
        assert_eq!(s.insert_documents(std::slice::from_ref(&doc)).unwrap(), 1);
        assert_eq!(s.insert_documents(&[doc]).unwrap(), 0);
        assert_eq!(s.count_documents().unwrap(), 1);
        let hits = s.search("courier", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(hits[0].snippet.contains("[courier]"));
        assert!(s.search("\"unbalanced", 10).unwrap().is_empty());
        assert_eq!(s.document("ab").unwrap().unwrap().path, "a.txt");
    }
}
