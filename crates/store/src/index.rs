//! [`resolve::Index`] over one SQLite transaction.

use resolve::{ClusterState, EntityState, EventState, Index, IndexError, IndexResult};
use rusqlite::{params, Connection, OptionalExtension};

/// The resolution tables seen through the connection (inside a transaction).
pub(crate) struct SqlIndex<'a> {
    pub conn: &'a Connection,
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
    fn entities_by_keys(&mut self, keys: &[String], limit: usize) -> IndexResult<Vec<EntityState>> {
        let mut ids: Vec<String> = Vec::new();
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
                let id = r.map_err(err)?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids.sort();
        let mut st = self
            .conn
            .prepare_cached("SELECT data FROM entities WHERE id = ?1")
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
                "INSERT OR REPLACE INTO entities (id, name, etype, data) VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(err)?
            .execute(params![
                e.entity.id,
                e.entity.name,
                e.entity.etype.as_str(),
                json(e)?
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
        let mut ids: Vec<(String, i64)> = Vec::new();
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT doc, idx FROM event_keys WHERE key = ?1 ORDER BY rowid DESC LIMIT ?2",
            )
            .map_err(err)?;
        for k in keys {
            let rows = st
                .query_map(params![k, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(err)?;
            for r in rows {
                let id = r.map_err(err)?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids.sort();
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT e.features, c.cluster FROM events e JOIN event_cluster c ON c.doc = e.doc AND c.idx = e.idx
                 WHERE e.doc = ?1 AND e.idx = ?2 AND e.features IS NOT NULL",
            )
            .map_err(err)?;
        let mut out = Vec::new();
        for (doc, idx) in ids {
            let row: Option<(String, String)> = st
                .query_row(params![doc, idx], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
                .map_err(err)?;
            if let Some((f, c)) = row {
                out.push((parse(&f)?, c));
            }
        }
        Ok(out)
    }

    fn put_event(&mut self, e: &EventState, keys: &[String], cluster: &str) -> IndexResult<()> {
        self.conn
            .prepare_cached("UPDATE events SET features = ?3 WHERE doc = ?1 AND idx = ?2")
            .map_err(err)?
            .execute(params![e.doc, e.idx as i64, json(e)?])
            .map_err(err)?;
        let mut st = self
            .conn
            .prepare_cached("INSERT INTO event_keys (key, doc, idx) VALUES (?1, ?2, ?3)")
            .map_err(err)?;
        for k in keys {
            st.execute(params![k, e.doc, e.idx as i64]).map_err(err)?;
        }
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO event_cluster (doc, idx, cluster) VALUES (?1, ?2, ?3)",
            )
            .map_err(err)?
            .execute(params![e.doc, e.idx as i64, cluster])
            .map_err(err)?;
        Ok(())
    }

    fn cluster_members(&mut self, cluster: &str) -> IndexResult<Vec<EventState>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT e.features FROM event_cluster c JOIN events e ON e.doc = c.doc AND e.idx = c.idx
                 WHERE c.cluster = ?1 AND e.features IS NOT NULL ORDER BY e.doc, e.idx",
            )
            .map_err(err)?;
        let rows = st
            .query_map([cluster], |r| r.get::<_, String>(0))
            .map_err(err)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(parse(&r.map_err(err)?)?);
        }
        Ok(out)
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

    fn absorb_cluster(&mut self, from: &str, into: &str) -> IndexResult<()> {
        self.conn
            .execute(
                "UPDATE event_cluster SET cluster = ?2 WHERE cluster = ?1",
                params![from, into],
            )
            .map_err(err)?;
        self.conn
            .execute("DELETE FROM clusters WHERE id = ?1", [from])
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
