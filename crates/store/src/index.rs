//! [`resolve::Index`] over one SQLite transaction.

use resolve::{ClusterState, EntityState, EventState, Index, IndexError, IndexResult, NameCard};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{HashMap, HashSet};

/// The resolution tables seen through the connection (inside a transaction).
pub(crate) struct SqlIndex<'a> {
    conn: &'a Connection,
    /// Parsed event features of this batch's lookups (features never change once written).
    features: HashMap<(String, i64), EventState>,
}

impl<'a> SqlIndex<'a> {
    pub fn new(conn: &'a Connection) -> Self {
        SqlIndex {
            conn,
            features: HashMap::new(),
        }
    }
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
    fn entities_by_keys(&mut self, keys: &[String], limit: usize) -> IndexResult<Vec<NameCard>> {
        let mut ids: HashSet<String> = HashSet::new();
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT entity FROM entity_keys WHERE key = ?1 ORDER BY rowid DESC LIMIT ?2",
            )
            .map_err(err)?;
        for k in keys {
            let rows = st
                .query_map(params![k, limit as i64], |r| r.get::<_, String>(0))
                .map_err(err)?;
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
            let data: Option<String> = st.query_row([&id], |r| r.get(0)).optional().map_err(err)?;
            if let Some(d) = data {
                out.push(parse(&d)?);
            }
        }
        Ok(out)
    }

    fn entity(&mut self, id: &str) -> IndexResult<Option<EntityState>> {
        let data: Option<String> = self
            .conn
            .prepare_cached("SELECT data FROM entities WHERE id = ?1")
            .map_err(err)?
            .query_row([id], |r| r.get(0))
            .optional()
            .map_err(err)?;
        data.map(|d| parse(&d)).transpose()
    }

    fn entity_exists(&mut self, id: &str) -> IndexResult<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM entities WHERE id = ?1")
            .map_err(err)?;
        Ok(st
            .query_row([id], |_| Ok(()))
            .optional()
            .map_err(err)?
            .is_some())
    }

    fn put_entity(&mut self, e: &EntityState, keys: &[String]) -> IndexResult<()> {
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO entities (id, name, etype, data, card) VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .map_err(err)?
            .execute(params![
                e.entity.id,
                e.entity.name,
                e.entity.etype.as_str(),
                json(e)?,
                json(&e.card())?
            ])
            .map_err(err)?;
        let mut st = self
            .conn
            .prepare_cached("INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?1, ?2)")
            .map_err(err)?;
        for k in keys {
            st.execute(params![k, e.entity.id]).map_err(err)?;
        }
        Ok(())
    }

    fn absorb_entity(&mut self, from: &str, into: &str) -> IndexResult<()> {
        self.conn
            .execute(
                "UPDATE mention_entity SET entity = ?2 WHERE entity = ?1",
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

    fn link_mentions(&mut self, doc: &str, idxs: &[usize], entity: &str) -> IndexResult<()> {
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
    ) -> IndexResult<Vec<(EventState, String)>> {
        let mut ids: HashMap<(String, i64), String> = HashMap::new();
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT doc, idx, cluster FROM event_keys WHERE key = ?1 ORDER BY rowid DESC LIMIT ?2",
            )
            .map_err(err)?;
        for k in keys {
            let rows = st
                .query_map(params![k, limit as i64], |r| {
                    Ok(((r.get(0)?, r.get(1)?), r.get(2)?))
                })
                .map_err(err)?;
            for r in rows {
                let (id, c) = r.map_err(err)?;
                ids.insert(id, c);
            }
        }
        let mut ids: Vec<((String, i64), String)> = ids.into_iter().collect();
        ids.sort();
        let mut st = self
            .conn
            .prepare_cached("SELECT features FROM event_cluster WHERE doc = ?1 AND idx = ?2")
            .map_err(err)?;
        let mut out = Vec::new();
        for (id, cluster) in ids {
            if !self.features.contains_key(&id) {
                let f: Option<String> = st
                    .query_row(params![id.0, id.1], |r| r.get(0))
                    .optional()
                    .map_err(err)?;
                let Some(f) = f else { continue };
                self.features.insert(id.clone(), parse(&f)?);
            }
            if let Some(e) = self.features.get(&id) {
                out.push((e.clone(), cluster));
            }
        }
        Ok(out)
    }

    fn put_event(&mut self, e: &EventState, keys: &[String], cluster: &str) -> IndexResult<()> {
        let mut st = self
            .conn
            .prepare_cached(
                "INSERT INTO event_keys (key, doc, idx, cluster) VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(err)?;
        for k in keys {
            st.execute(params![k, e.doc, e.idx as i64, cluster])
                .map_err(err)?;
        }
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO event_cluster (doc, idx, cluster, features) VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(err)?
            .execute(params![e.doc, e.idx as i64, cluster, json(e)?])
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
        let n: i64 = self
            .conn
            .prepare_cached(
                "INSERT INTO counters (name, value) VALUES ('cluster', 1)
                 ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
            )
            .map_err(err)?
            .query_row([], |r| r.get(0))
            .map_err(err)?;
        Ok(format!("C{n}"))
    }
}
