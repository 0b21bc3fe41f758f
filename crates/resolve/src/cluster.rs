//! Event clustering and conflicts.

use model::{ArgRef, Cluster, Conflict, DateValue, Document, Event, Modality};
use std::collections::{BTreeSet, HashMap, HashSet};

struct Item<'a> {
    doc: &'a Document,
    idx: usize,
    ev: &'a Event,
    words: HashSet<String>,
    entities: HashSet<String>,
}

const STOP: [&str; 24] = [
    "the", "a", "an", "of", "in", "on", "and", "to", "for", "with", "by", "at", "it", "its", "had",
    "has", "was", "were", "said", "that", "from", "as", "is", "be",
];

fn content_words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_lowercase())
        .filter(|w| w.len() > 2 && !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(6).collect())
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count() as f64;
    let union = (a.len() + b.len()) as f64 - inter;
    if union == 0.0 {
        0.0
    } else {
        inter / union
    }
}

fn arg_ids(doc: &Document, a: &ArgRef, links: &HashMap<(String, usize), String>) -> Option<String> {
    a.entity.clone().or_else(|| {
        a.mention
            .and_then(|m| links.get(&(doc.id.clone(), m)).cloned())
    })
}

/// Clusters events of all documents. Returns clusters and `(doc, event index, cluster id)`.
pub fn cluster_events(
    docs: &[Document],
    links: &HashMap<(String, usize), String>,
) -> (Vec<Cluster>, Vec<(String, usize, String)>) {
    let mut items: Vec<Item> = Vec::new();
    for doc in docs {
        for (idx, ev) in doc.events.iter().enumerate() {
            let mut entities = HashSet::new();
            for a in ev
                .agent
                .iter()
                .chain(&ev.patients)
                .chain(&ev.location)
                .chain(&ev.sponsor)
            {
                if let Some(id) = arg_ids(doc, a, links) {
                    entities.insert(id);
                }
            }
            items.push(Item {
                doc,
                idx,
                ev,
                words: content_words(ev.evidence.of(&doc.text)),
                entities,
            });
        }
    }
    // Block by type; inside a block, only events whose dates are compatible (or unknown) are
    // compared, via a per-year index, so cost grows with the block, not the corpus.
    let mut blocks: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        blocks.entry(it.ev.etype.as_str()).or_default().push(i);
    }
    let mut parent: Vec<usize> = (0..items.len()).collect();
    let mut why: Vec<Vec<String>> = vec![vec![]; items.len()];
    let mut names: Vec<&&str> = blocks.keys().collect();
    names.sort();
    for name in names {
        let block = &blocks[*name];
        let mut by_year: HashMap<Option<i32>, Vec<usize>> = HashMap::new();
        for &i in block {
            by_year
                .entry(items[i].ev.date.map(|d| {
                    d.year
                        / if d.precision == model::Precision::Decade {
                            10
                        } else {
                            1
                        }
                }))
                .or_default()
                .push(i);
        }
        for &i in block {
            let cands: Vec<usize> = match items[i].ev.date {
                Some(_) => by_year
                    .values()
                    .flatten()
                    .copied()
                    .filter(|&j| j > i)
                    .collect(),
                None => block.iter().copied().filter(|&j| j > i).collect(),
            };
            for j in cands {
                if let Some(reason) = joinable(&items[i], &items[j]) {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    if ri != rj {
                        parent[rj] = ri;
                        let moved = std::mem::take(&mut why[rj]);
                        why[ri].extend(moved);
                        why[ri].push(reason);
                    }
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..items.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut roots: Vec<usize> = groups.keys().copied().collect();
    roots.sort();
    let mut clusters = Vec::new();
    let mut event_links = Vec::new();
    for (n, r) in roots.into_iter().enumerate() {
        let ms = &groups[&r];
        let id = format!("C{}", n + 1);
        let date = ms
            .iter()
            .filter_map(|&i| items[i].ev.date)
            .max_by_key(|d| d.precision);
        let ev_ids: Vec<String> = ms.iter().map(|&i| store_id(&items[i])).collect();
        let docs_of: BTreeSet<String> = ms.iter().map(|&i| items[i].doc.id.clone()).collect();
        for &i in ms {
            event_links.push((items[i].doc.id.clone(), items[i].idx, id.clone()));
        }
        clusters.push(Cluster {
            id,
            etype: items[ms[0]].ev.etype.as_str().to_string(),
            date: date.map(|d| d.to_string()),
            events: ev_ids,
            docs: docs_of.into_iter().collect(),
            conflicts: conflicts(&items, ms, links),
            reasons: why[r].clone(),
        });
    }
    (clusters, event_links)
}

fn store_id(it: &Item) -> String {
    format!("{}-{}", it.doc.id, it.idx)
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn joinable(a: &Item, b: &Item) -> Option<String> {
    if a.doc.id == b.doc.id && a.ev.evidence == b.ev.evidence {
        return None;
    }
    let sim = jaccard(&a.words, &b.words);
    let shared: Vec<&String> = a.entities.intersection(&b.entities).collect();
    let dates = match (a.ev.date, b.ev.date) {
        (Some(x), Some(y)) if x.compatible(&y) => Some(true),
        (Some(_), Some(_)) => Some(false),
        _ => None,
    };
    let counts = match (a.ev.count, b.ev.count) {
        (Some(x), Some(y)) => Some(x == y),
        _ => None,
    };
    let loc_clash = match (&a.ev.location, &b.ev.location) {
        (Some(x), Some(y)) => knowledge::key(&x.name) != knowledge::key(&y.name),
        _ => false,
    };
    let mut score = 0.0;
    score += sim * 6.0;
    score += shared.len().min(3) as f64;
    score += match dates {
        Some(true) => 1.5,
        Some(false) => -2.0,
        None => 0.0,
    };
    score += match counts {
        Some(true) => 1.5,
        Some(false) => -0.5,
        None => 0.0,
    };
    if loc_clash {
        score -= 3.0;
    }
    let needed = if a.doc.id == b.doc.id { 3.5 } else { 3.0 };
    (score >= needed && sim >= 0.2).then(|| {
        format!(
            "{} and {}: evidence overlap {:.2}{}{}{}",
            store_id(a),
            store_id(b),
            sim,
            if shared.is_empty() {
                String::new()
            } else {
                format!(", {} shared participants", shared.len())
            },
            if dates == Some(true) {
                ", compatible dates"
            } else {
                ""
            },
            if counts == Some(true) {
                ", same count"
            } else {
                ""
            }
        )
    })
}

fn conflicts(
    items: &[Item],
    ms: &[usize],
    links: &HashMap<(String, usize), String>,
) -> Vec<Conflict> {
    let mut out = Vec::new();
    let mut add = |field: &str, vals: Vec<(String, String)>| {
        let distinct: BTreeSet<&String> = vals.iter().map(|(v, _)| v).collect();
        if distinct.len() > 1 {
            out.push(Conflict {
                field: field.to_string(),
                values: distinct.into_iter().cloned().collect(),
                events: vals.iter().map(|(_, e)| e.clone()).collect(),
            });
        }
    };
    let dated: Vec<(DateValue, String)> = ms
        .iter()
        .filter_map(|&i| items[i].ev.date.map(|d| (d, store_id(&items[i]))))
        .collect();
    let clash = dated
        .iter()
        .any(|(a, _)| dated.iter().any(|(b, _)| !a.compatible(b)));
    if clash {
        add(
            "date",
            dated
                .iter()
                .map(|(d, e)| (d.to_string(), e.clone()))
                .collect(),
        );
    }
    add(
        "count",
        ms.iter()
            .filter_map(|&i| {
                items[i]
                    .ev
                    .count
                    .map(|c| (c.to_string(), store_id(&items[i])))
            })
            .collect(),
    );
    add(
        "location",
        ms.iter()
            .filter_map(|&i| {
                items[i]
                    .ev
                    .location
                    .as_ref()
                    .map(|l| (knowledge::key(&l.name), store_id(&items[i])))
            })
            .collect(),
    );
    add(
        "agent",
        ms.iter()
            .filter_map(|&i| {
                items[i]
                    .ev
                    .agent
                    .as_ref()
                    .and_then(|a| arg_ids(items[i].doc, a, links))
                    .map(|id| (id, store_id(&items[i])))
            })
            .collect(),
    );
    let mods: Vec<(String, String)> = ms
        .iter()
        .filter(|&&i| matches!(items[i].ev.modality, Modality::Asserted | Modality::Denied))
        .map(|&i| {
            (
                items[i].ev.modality.as_str().to_string(),
                store_id(&items[i]),
            )
        })
        .collect();
    add("modality", mods);
    out
}
