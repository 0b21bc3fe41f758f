//! Versioned schema migrations, tracked in `PRAGMA user_version`.

use crate::{Error, Result};
use rusqlite::Connection;

const MIGRATIONS: [&str; 7] = [
    r#"
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT,
    outlet TEXT,
    authors TEXT NOT NULL,
    translators TEXT NOT NULL,
    published TEXT,
    language TEXT NOT NULL,
    chars INTEGER NOT NULL,
    original TEXT NOT NULL,
    text TEXT NOT NULL,
    data TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(doc UNINDEXED, idx UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE mentions (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    etype TEXT NOT NULL,
    subtype TEXT,
    canonical TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE TABLE events (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    etype TEXT NOT NULL,
    date TEXT,
    modality TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX events_type_date ON events (etype, date);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, etype TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE mention_entity (doc TEXT NOT NULL, idx INTEGER NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (doc, idx));
CREATE TABLE clusters (id TEXT PRIMARY KEY, etype TEXT NOT NULL, date TEXT, data TEXT NOT NULL);
CREATE TABLE event_cluster (doc TEXT NOT NULL, idx INTEGER NOT NULL, cluster TEXT NOT NULL, PRIMARY KEY (doc, idx));
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    action TEXT NOT NULL,
    value TEXT,
    note TEXT,
    decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
"#,
    r#"
-- Incremental resolution: keys that find candidates, features that compare them.
DELETE FROM entities;
DELETE FROM mention_entity;
DELETE FROM clusters;
DELETE FROM event_cluster;
CREATE INDEX mention_entity_entity ON mention_entity (entity);
ALTER TABLE entities ADD COLUMN card TEXT NOT NULL DEFAULT '';
CREATE TABLE entity_keys (key TEXT NOT NULL, entity TEXT NOT NULL, UNIQUE (key, entity));
CREATE INDEX entity_keys_entity ON entity_keys (entity);
ALTER TABLE event_cluster ADD COLUMN features TEXT NOT NULL DEFAULT '';
CREATE TABLE event_keys (key TEXT NOT NULL, doc TEXT NOT NULL, idx INTEGER NOT NULL, cluster TEXT NOT NULL);
CREATE INDEX event_keys_cluster ON event_keys (cluster);
CREATE INDEX event_keys_key ON event_keys (key);
CREATE INDEX event_cluster_cluster ON event_cluster (cluster);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"#,
    r#"
-- Candidate lookups read the most recent rows of one key straight from a covering,
-- recency-ordered primary key, so their cost does not grow with how many rows share the key.
CREATE TABLE event_keys_v3 (
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    doc TEXT NOT NULL,
    idx INTEGER NOT NULL,
    cluster TEXT NOT NULL,
    PRIMARY KEY (key, n)
) WITHOUT ROWID;
INSERT INTO event_keys_v3 (key, n, doc, idx, cluster) SELECT key, rowid, doc, idx, cluster FROM event_keys;
DROP TABLE event_keys;
ALTER TABLE event_keys_v3 RENAME TO event_keys;
CREATE TABLE entity_keys_v3 (
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (key, n),
    UNIQUE (key, entity)
) WITHOUT ROWID;
INSERT INTO entity_keys_v3 (key, n, entity) SELECT key, rowid, entity FROM entity_keys;
DROP TABLE entity_keys;
ALTER TABLE entity_keys_v3 RENAME TO entity_keys;
CREATE INDEX entity_keys_entity ON entity_keys (entity);
-- Event features in insertion order: the recent events that lookups return sit together
-- at the end of the table instead of scattered by document hash.
CREATE TABLE event_features (n INTEGER PRIMARY KEY, features TEXT NOT NULL);
INSERT INTO event_features (n, features)
    SELECT min(k.n), c.features FROM event_cluster c JOIN event_keys k ON k.doc = c.doc AND k.idx = c.idx
    GROUP BY c.doc, c.idx;
ALTER TABLE event_cluster DROP COLUMN features;
-- Why each event joined its cluster, written once with the event (the cluster record is not
-- rewritten with a growing list of reasons).
ALTER TABLE event_cluster ADD COLUMN reason TEXT;
INSERT OR REPLACE INTO counters (name, value)
    SELECT 'key', coalesce(max(n), 0) FROM (SELECT max(n) AS n FROM event_keys UNION ALL SELECT max(n) FROM entity_keys);
"#,
    r#"
-- Indexes no query reads: every insert wrote a page at a random place in each of them.
DROP INDEX IF EXISTS events_type_date;
DROP INDEX IF EXISTS event_cluster_cluster;
"#,
    r#"
-- Candidate lookups read only the few most recent events under a key, so one row per key
-- keeps just those ("n cluster n cluster ...", newest first): the table grows with the
-- number of keys, not of events, and an insert rewrites one small row instead of adding a
-- row at a random place in a table that grows without bound.
CREATE TABLE event_recent (key TEXT PRIMARY KEY, items TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO event_recent (key, items)
    SELECT key, group_concat(n || ' ' || cluster, ' ') FROM (
        SELECT key, n, cluster FROM (
            SELECT key, n, cluster, row_number() OVER (PARTITION BY key ORDER BY n DESC) AS rn
            FROM event_keys)
        WHERE rn <= 32 ORDER BY key, n DESC)
    GROUP BY key;
DROP TABLE event_keys;
"#,
    r#"
-- A document's rows are keyed by its number, given in ingest order, instead of by its id (a
-- content hash): a batch then appends at the end of each of these tables instead of writing
-- a page at a random place in each, however large the store grows.
CREATE TABLE documents_v6 (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT,
    outlet TEXT,
    authors TEXT NOT NULL,
    translators TEXT NOT NULL,
    published TEXT,
    language TEXT NOT NULL,
    chars INTEGER NOT NULL,
    original TEXT NOT NULL,
    text TEXT NOT NULL,
    data TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO documents_v6 (n, id, hash, path, url, title, outlet, authors, translators, published,
        language, chars, original, text, data, ingested_at)
    SELECT rowid, id, hash, path, url, title, outlet, authors, translators, published,
        language, chars, original, text, data, ingested_at
    FROM documents ORDER BY rowid;
CREATE TABLE mentions_v6 (
    doc INTEGER NOT NULL REFERENCES documents_v6(n) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    etype TEXT NOT NULL,
    subtype TEXT,
    canonical TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
INSERT INTO mentions_v6 SELECT d.n, m.idx, m.start, m.end, m.text, m.etype, m.subtype, m.canonical
    FROM mentions m JOIN documents_v6 d ON d.id = m.doc ORDER BY d.n, m.idx;
CREATE TABLE events_v6 (
    doc INTEGER NOT NULL REFERENCES documents_v6(n) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    etype TEXT NOT NULL,
    date TEXT,
    modality TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
INSERT INTO events_v6 SELECT d.n, e.idx, e.etype, e.date, e.modality, e.data
    FROM events e JOIN documents_v6 d ON d.id = e.doc ORDER BY d.n, e.idx;
CREATE TABLE mention_entity_v6 (
    doc INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
INSERT INTO mention_entity_v6 SELECT d.n, l.idx, l.entity
    FROM mention_entity l JOIN documents_v6 d ON d.id = l.doc ORDER BY d.n, l.idx;
CREATE TABLE event_cluster_v6 (
    doc INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    cluster TEXT NOT NULL,
    reason TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
INSERT INTO event_cluster_v6 SELECT d.n, c.idx, c.cluster, c.reason
    FROM event_cluster c JOIN documents_v6 d ON d.id = c.doc ORDER BY d.n, c.idx;
DROP TABLE mentions;
DROP TABLE events;
DROP TABLE mention_entity;
DROP TABLE event_cluster;
DROP TABLE documents;
ALTER TABLE documents_v6 RENAME TO documents;
ALTER TABLE mentions_v6 RENAME TO mentions;
ALTER TABLE events_v6 RENAME TO events;
ALTER TABLE mention_entity_v6 RENAME TO mention_entity;
ALTER TABLE event_cluster_v6 RENAME TO event_cluster;
CREATE INDEX mention_entity_entity ON mention_entity (entity);
"#,
    r#"
-- An entity merged into another is recorded as moved, and its mention rows are read through
-- that record, instead of being rewritten: the rewrite needed an index of mention rows by
-- entity, where every stored mention wrote a page at a random place for the sake of merges,
-- which are rare. A moved id is never given to a new entity.
CREATE TABLE entity_moved (entity TEXT PRIMARY KEY, into_entity TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX entity_moved_into ON entity_moved (into_entity);
DROP INDEX mention_entity_entity;
"#,
];

/// Applies every migration newer than the database, each in its own transaction. Returns
/// the version the database had before.
pub fn migrate(conn: &Connection) -> Result<i64> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let supported = MIGRATIONS.len() as i64;
    if version > supported {
        return Err(Error::TooNew {
            found: version,
            supported,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keyed_by_document_id_move_to_its_number() {
        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        for sql in &MIGRATIONS[..5] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 5).unwrap();
        for id in ["zz", "aa"] {
            conn.execute(
                "INSERT INTO documents (id, hash, path, authors, translators, language, chars, original, text, data)
                 VALUES (?1, ?1, ?1, '[]', '[]', 'en', 1, 'x', 'x', '{}')",
                [id],
            )
            .unwrap();
            for idx in 0..2 {
                let p = rusqlite::params![id, idx];
                conn.execute(
                    "INSERT INTO mentions VALUES (?1, ?2, 0, 1, 'x', 'PER', NULL, 'x')",
                    p,
                )
                .unwrap();
                conn.execute("INSERT INTO events (doc, idx, etype, modality, data) VALUES (?1, ?2, 'ARREST', 'asserted', ?1)", p).unwrap();
                conn.execute("INSERT INTO mention_entity VALUES (?1, ?2, 'E' || ?1)", p)
                    .unwrap();
                conn.execute(
                    "INSERT INTO event_cluster (doc, idx, cluster) VALUES (?1, ?2, 'C' || ?1)",
                    p,
                )
                .unwrap();
            }
        }
        assert_eq!(migrate(&conn).unwrap(), 5);
        // "zz" was stored first: number 1, though its id sorts last.
        let n: i64 = conn
            .query_row("SELECT n FROM documents WHERE id = 'zz'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        let rows = |sql: &str| -> Vec<String> {
            let mut st = conn.prepare(sql).unwrap();
            st.query_map([], |r| r.get(0))
                .unwrap()
                .map(|r| r.unwrap())
                .collect()
        };
        assert_eq!(
            rows("SELECT d.id || m.idx FROM mentions m JOIN documents d ON d.n = m.doc ORDER BY m.doc, m.idx"),
            ["zz0", "zz1", "aa0", "aa1"]
        );
        assert_eq!(
            rows("SELECT d.id || e.data FROM events e JOIN documents d ON d.n = e.doc ORDER BY e.doc, e.idx"),
            ["zzzz", "zzzz", "aaaa", "aaaa"]
        );
        assert_eq!(
            rows("SELECT l.entity FROM mention_entity l JOIN documents d ON d.n = l.doc WHERE d.id = 'aa'"),
            ["Eaa", "Eaa"]
        );
        assert_eq!(
            rows("SELECT c.cluster FROM event_cluster c JOIN documents d ON d.n = c.doc WHERE d.id = 'zz'"),
            ["Czz", "Czz"]
        );
        // Deleting a document still takes its rows with it.
        conn.execute("DELETE FROM documents WHERE id = 'zz'", [])
            .unwrap();
        assert_eq!(rows("SELECT text FROM mentions").len(), 2);
    }

    #[test]
    fn key_rows_become_one_recent_list_per_key() {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        for n in 1..=40 {
            conn.execute(
                "INSERT INTO event_keys (key, n, doc, idx, cluster) VALUES ('ARREST|y2020', ?1, 'd', ?1, ?2)",
                rusqlite::params![n, format!("C{n}")],
            )
            .unwrap();
        }
        assert_eq!(migrate(&conn).unwrap(), 4);
        let items: String = conn
            .query_row(
                "SELECT items FROM event_recent WHERE key = 'ARREST|y2020'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let words: Vec<&str> = items.split(' ').collect();
        assert_eq!(&words[..4], ["40", "C40", "39", "C39"]);
        assert_eq!(words.len(), 64);
        let gone: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'event_keys'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(gone, 0);
    }
}
