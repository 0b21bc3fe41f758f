//! Corpus-level resolution: which mentions across documents are one entity, and which events
//! across documents are one real-world event.
//!
//! Pure functions of the processed documents: no SQL, no I/O. Every merge and every join
//! carries its reason, so an analyst can see why two names or two reports were put together.
//!
//! Entity merges need evidence beyond a shared word: the same knowledge-file entry, the same
//! normalised full name, or a full name whose every part matches under transliteration
//! (Elham/Ilham, Aghazadh/Aghazadeh, Ahmadi Najad/Ahmadinejad). A shared surname or first name
//! alone never merges two people.
//!
//! Event clusters block candidates by type and date (no all-pairs pass over the corpus) and
//! join on compatible dates, counts and places, shared participants and similar evidence;
//! disagreements inside a cluster become [`model::Conflict`]s.
#![deny(missing_docs)]

mod cluster;
mod names;

pub use cluster::cluster_events;
pub use names::{same_person_name, skeleton};

use model::{Cluster, Document, Entity, EntityType};
use std::collections::{BTreeSet, HashMap};

/// The corpus-level result.
#[derive(Debug, Default)]
pub struct Resolution {
    /// Resolved entities.
    pub entities: Vec<Entity>,
    /// `(doc, mention index, entity id)`.
    pub mention_links: Vec<(String, usize, String)>,
    /// Event clusters.
    pub clusters: Vec<Cluster>,
    /// `(doc, event index, cluster id)`.
    pub event_links: Vec<(String, usize, String)>,
}

/// One document's view of one entity: its mentions grouped under one canonical name.
struct Group {
    doc: usize,
    etype: EntityType,
    canonical: String,
    subtype: Option<String>,
    kb: Option<String>,
    forms: BTreeSet<String>,
    roles: BTreeSet<String>,
    mentions: Vec<usize>,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Stable short id from a string (FNV-1a).
fn short_id(prefix: &str, s: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{prefix}{:08x}", (h >> 32) as u32 ^ h as u32)
}

/// Resolves entities and clusters events across `docs`.
pub fn resolve(docs: &[Document]) -> Resolution {
    let mut groups: Vec<Group> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let mut by_name: HashMap<(EntityType, String), usize> = HashMap::new();
        for (i, m) in doc.mentions.iter().enumerate() {
            let k = (m.etype, knowledge::key(&m.canonical));
            let g = *by_name.entry(k).or_insert_with(|| {
                groups.push(Group {
                    doc: d,
                    etype: m.etype,
                    canonical: m.canonical.clone(),
                    subtype: m.subtype.clone(),
                    kb: m.kb.clone(),
                    forms: BTreeSet::new(),
                    roles: BTreeSet::new(),
                    mentions: vec![],
                });
                groups.len() - 1
            });
            let g = &mut groups[g];
            g.forms.insert(m.text.clone());
            g.forms.insert(m.canonical.clone());
            if let Some(r) = &m.role {
                g.roles.insert(r.clone());
            }
            if g.subtype.is_none() {
                g.subtype = m.subtype.clone();
            }
            if g.kb.is_none() {
                g.kb = m.kb.clone();
            }
            g.mentions.push(i);
        }
    }
    let n = groups.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut reasons: Vec<Vec<String>> = vec![vec![]; n];
    let mut union = |parent: &mut Vec<usize>, a: usize, b: usize, why: String| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[rb] = ra;
            let moved = std::mem::take(&mut reasons[rb]);
            reasons[ra].extend(moved);
            reasons[ra].push(why);
        }
    };
    // Blocking: candidates share a knowledge entry, a normalised name or a name skeleton.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, g) in groups.iter().enumerate() {
        if let Some(kb) = &g.kb {
            by_key.entry(format!("kb:{kb}")).or_default().push(i);
        }
        by_key
            .entry(format!("{:?}:{}", g.etype, knowledge::key(&g.canonical)))
            .or_default()
            .push(i);
        if g.etype == EntityType::Person && g.canonical.split_whitespace().count() >= 2 {
            for part in g.canonical.split_whitespace() {
                by_key
                    .entry(format!("p:{}", skeleton(part)))
                    .or_default()
                    .push(i);
            }
            by_key
                .entry(format!("p:{}", skeleton(&g.canonical.replace(' ', ""))))
                .or_default()
                .push(i);
        }
    }
    let mut keys: Vec<&String> = by_key.keys().collect();
    keys.sort();
    for k in keys {
        let members = &by_key[k];
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                let (ga, gb) = (&groups[a], &groups[b]);
                if ga.etype != gb.etype {
                    continue;
                }
                let why = if let Some(entry) = k.strip_prefix("kb:") {
                    Some(format!(
                        "“{}” and “{}” are the same knowledge entry ({entry})",
                        ga.canonical, gb.canonical
                    ))
                } else if knowledge::key(&ga.canonical) == knowledge::key(&gb.canonical) {
                    (ga.kb.is_none() || gb.kb.is_none() || ga.kb == gb.kb).then(|| {
                        format!(
                            "“{}” and “{}” have the same normalised name",
                            ga.canonical, gb.canonical
                        )
                    })
                } else if ga.etype == EntityType::Person
                    && same_person_name(&ga.canonical, &gb.canonical)
                {
                    Some(format!(
                        "“{}” and “{}” match part by part under transliteration",
                        ga.canonical, gb.canonical
                    ))
                } else {
                    None
                };
                if let Some(why) = why {
                    union(&mut parent, a, b, why);
                }
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        members.entry(r).or_default().push(i);
    }
    let mut roots: Vec<usize> = members.keys().copied().collect();
    roots.sort();
    let kb = knowledge::get();
    let mut out = Resolution::default();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    for r in roots {
        let ms = &members[&r];
        let first = &groups[ms[0]];
        let kb_name = ms
            .iter()
            .find_map(|&i| groups[i].kb.as_ref())
            .and_then(|k| k.split_once(':').map(|(_, n)| n.to_string()));
        let canonical = kb_name.unwrap_or_else(|| {
            ms.iter()
                .map(|&i| &groups[i].canonical)
                .max_by_key(|c| (c.split_whitespace().count(), c.len()))
                .cloned()
                .unwrap_or_default()
        });
        let subtype = ms.iter().find_map(|&i| groups[i].subtype.clone());
        let mut aliases: BTreeSet<String> = BTreeSet::new();
        let mut roles: BTreeSet<String> = BTreeSet::new();
        let mut docs_of: BTreeSet<String> = BTreeSet::new();
        let mut count = 0;
        for &i in ms {
            aliases.extend(groups[i].forms.iter().cloned());
            roles.extend(groups[i].roles.iter().cloned());
            docs_of.insert(docs[groups[i].doc].id.clone());
            count += groups[i].mentions.len();
        }
        aliases.insert(canonical.clone());
        let base = short_id(
            match first.etype {
                EntityType::Person => "P",
                EntityType::Org => "O",
                EntityType::Location => "L",
            },
            &format!("{:?}:{}", first.etype, knowledge::key(&canonical)),
        );
        let n = used_ids.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        for &i in ms {
            for &m in &groups[i].mentions {
                out.mention_links
                    .push((docs[groups[i].doc].id.clone(), m, id.clone()));
            }
        }
        let _ = kb;
        out.entities.push(Entity {
            id,
            name: canonical,
            etype: first.etype,
            subtype,
            aliases: aliases.into_iter().collect(),
            roles: roles.into_iter().collect(),
            docs: docs_of.into_iter().collect(),
            mentions: count,
            merges: reasons[r].clone(),
        });
    }
    let links: HashMap<(String, usize), String> = out
        .mention_links
        .iter()
        .map(|(d, m, e)| ((d.clone(), *m), e.clone()))
        .collect();
    let (clusters, event_links) = cluster_events(docs, &links);
    out.clusters = clusters;
    out.event_links = event_links;
    out
}
