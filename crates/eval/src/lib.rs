//! Scores Tessera's records (in the JSONL export shapes) against a gold annotation in the
//! format of DESIGN.md's gold files: `documents` (by file name), `entities` (canonical +
//! aliases), `events` (doc, type, evidence quote, date, count, modality, claimant) and
//! `clusters` (gold event ids). Pure: values in, figures out.
//!
//! Matching rules: a system entity hits a gold entity when they share a normalised surface
//! form; a system event matches a gold event of the same document and type when its evidence
//! sentence contains the gold quote (or the reverse, or they share half the quote's words),
//! each system event used once, preferring the candidate with the right date and count.
#![deny(missing_docs)]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The records of one store, as exported.
pub struct Records<'a> {
    /// Document records.
    pub documents: &'a [Value],
    /// Entity records.
    pub entities: &'a [Value],
    /// Event records.
    pub events: &'a [Value],
    /// Cluster records.
    pub clusters: &'a [Value],
}

/// One scored figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Name, e.g. `event_f1`.
    pub name: String,
    /// Value (a ratio, or a count).
    pub value: f64,
}

/// Lower-case, ASCII-folded, punctuation-free form used for every comparison.
pub fn norm(s: &str) -> String {
    let s = s.replace(['’', '‘'], "'");
    let s = deunicode::deunicode(&s).to_lowercase();
    let s = s.replace("'s ", " ");
    let s = s.strip_suffix("'s").unwrap_or(&s).to_string();
    let w: Vec<&str> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let w = if w.first() == Some(&"the") {
        &w[1..]
    } else {
        &w[..]
    };
    w.join(" ")
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

fn name_of(v: &Value) -> String {
    match v {
        Value::Object(o) => o
            .get("name")
            .or_else(|| o.get("text"))
            .map(|x| s(x).to_string())
            .unwrap_or_default(),
        Value::Null => String::new(),
        other => other
            .as_str()
            .map_or_else(|| other.to_string(), str::to_string),
    }
}

fn file_name(p: &str) -> &str {
    p.rsplit(['/', '\\']).next().unwrap_or(p)
}

/// Scores `sys` against `gold`.
pub fn score(gold: &Value, sys: &Records) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut put = |name: &str, value: f64| {
        out.push(Figure {
            name: name.to_string(),
            value: (value * 1000.0).round() / 1000.0,
        })
    };
    let empty = vec![];
    let arr = |k: &str| gold[k].as_array().unwrap_or(&empty);
    // Documents, by file name.
    let gdocs: Vec<&Value> = arr("documents").iter().collect();
    let mut sid2g: HashMap<String, usize> = HashMap::new();
    for d in sys.documents {
        let base = file_name(s(&d["path"]));
        if let Some(k) = gdocs.iter().position(|g| s(&g["file"]) == base) {
            sid2g.insert(s(&d["id"]).to_string(), k);
        }
    }
    put(
        "docs_found",
        sid2g.values().collect::<BTreeSet<_>>().len() as f64,
    );
    let (mut hits, mut tot) = ([0usize; 4], [0usize; 4]);
    for d in sys.documents {
        let Some(&k) = sid2g.get(s(&d["id"])) else {
            continue;
        };
        let g = gdocs[k];
        tot[0] += 1;
        hits[0] += usize::from(g["published"].as_str() == d["published"].as_str());
        if !g["title"].is_null() {
            tot[1] += 1;
            hits[1] += usize::from(norm(s(&g["title"])) == norm(s(&d["title"])));
        }
        if !g["outlet"].is_null() {
            tot[2] += 1;
            let (go, so) = (norm(s(&g["outlet"])), norm(s(&d["outlet"])));
            hits[2] += usize::from(so.contains(&go) || (!so.is_empty() && go.contains(&so)));
        }
        let ga: BTreeSet<String> = g["authors"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .map(|a| norm(s(a)))
            .collect();
        if !ga.is_empty() {
            tot[3] += 1;
            let sa: BTreeSet<String> = d["authors"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                .map(|a| norm(s(a)))
                .collect();
            hits[3] += usize::from(ga.is_subset(&sa));
        }
    }
    for (i, f) in ["published", "title", "outlet", "authors"]
        .iter()
        .enumerate()
    {
        if tot[i] > 0 {
            put(&format!("meta_{f}"), hits[i] as f64 / tot[i] as f64);
        }
    }
    // Entities.
    let gents = arr("entities");
    let gforms: BTreeMap<String, (BTreeSet<String>, String)> = gents
        .iter()
        .map(|e| {
            let mut forms: BTreeSet<String> = BTreeSet::new();
            forms.insert(norm(s(&e["canonical"])));
            for a in e["aliases"].as_array().unwrap_or(&empty) {
                forms.insert(norm(s(a)));
            }
            forms.remove("");
            (s(&e["id"]).to_string(), (forms, s(&e["type"]).to_string()))
        })
        .collect();
    let sforms: Vec<(BTreeSet<String>, &Value)> = sys
        .entities
        .iter()
        .filter(|e| {
            e["docs"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                .any(|d| sid2g.contains_key(s(d)))
        })
        .map(|e| {
            let mut f: BTreeSet<String> = std::iter::once(&e["name"])
                .chain(e["aliases"].as_array().unwrap_or(&empty))
                .map(|a| norm(s(a)))
                .collect();
            f.remove("");
            (f, e)
        })
        .collect();
    let (mut found, mut typed, mut correct) = (BTreeSet::new(), BTreeSet::new(), 0);
    for (forms, e) in &sforms {
        let mut hit = false;
        for (gid, (gf, gt)) in &gforms {
            if !forms.is_disjoint(gf) {
                hit = true;
                found.insert(gid.clone());
                if s(&e["type"]).eq_ignore_ascii_case(gt) {
                    typed.insert(gid.clone());
                }
            }
        }
        correct += usize::from(hit);
    }
    let (p, r, f) = prf(correct, sforms.len() - correct, gforms.len() - found.len());
    put("entity_precision", p);
    put("entity_recall", r);
    put("entity_f1", f);
    put(
        "entity_type_acc",
        if found.is_empty() {
            0.0
        } else {
            typed.len() as f64 / found.len() as f64
        },
    );
    // Resolution: gold alias pairs in one system entity; system entities spanning gold ones.
    let mut form2sys: HashMap<&String, BTreeSet<&str>> = HashMap::new();
    for (forms, e) in &sforms {
        for fm in forms {
            form2sys.entry(fm).or_default().insert(s(&e["id"]));
        }
    }
    let (mut tp, mut fnn) = (0, 0);
    for (gf, _) in gforms.values() {
        let fl: Vec<&String> = gf.iter().filter(|x| form2sys.contains_key(x)).collect();
        for (i, a) in fl.iter().enumerate() {
            for b in &fl[i + 1..] {
                if form2sys[a].is_disjoint(&form2sys[b]) {
                    fnn += 1;
                } else {
                    tp += 1;
                }
            }
        }
    }
    let false_merges: usize = sforms
        .iter()
        .map(|(forms, _)| {
            gforms
                .values()
                .filter(|(gf, _)| !forms.is_disjoint(gf))
                .count()
                .saturating_sub(1)
        })
        .sum();
    put("resolution_pair_recall", prf(tp, 0, fnn).1);
    put("resolution_false_merges", false_merges as f64);
    // Events.
    let gevs: Vec<&Value> = arr("events").iter().collect();
    let mut by_doc: HashMap<usize, Vec<&Value>> = HashMap::new();
    for v in sys.events {
        if let Some(&k) = sid2g.get(s(&v["doc"])) {
            by_doc.entry(k).or_default().push(v);
        }
    }
    let gkey = |g: &Value| {
        let f = s(&g["file"]);
        if f.len() > 3
            && f.as_bytes()[..3].iter().all(u8::is_ascii_digit)
            && f.as_bytes()[3] == b'_'
        {
            f[..3].to_string()
        } else {
            f.split('.').next().unwrap_or(f).to_string()
        }
    };
    let doc_index: HashMap<String, usize> = gdocs
        .iter()
        .enumerate()
        .map(|(i, g)| (gkey(g), i))
        .collect();
    let mut used: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut matched: Vec<(&Value, &Value)> = Vec::new();
    let date_ok = |g: &Value, v: &Value| {
        g.as_str().filter(|x| !x.is_empty()) == v.as_str().filter(|x| !x.is_empty())
    };
    for gv in &gevs {
        let Some(&k) = doc_index.get(s(&gv["doc"])) else {
            continue;
        };
        let q = norm(s(&gv["evidence"]));
        let qw: BTreeSet<&str> = q.split(' ').collect();
        let mut best: Option<(u32, usize)> = None;
        for (i, sv) in by_doc.get(&k).into_iter().flatten().enumerate() {
            if used.contains(&(k, i)) || s(&sv["type"]) != s(&gv["type"]) {
                continue;
            }
            let ev = &sv["evidence"];
            let st = norm(if ev.is_object() {
                s(&ev["text"])
            } else {
                s(ev)
            });
            let sw: BTreeSet<&str> = st.split(' ').collect();
            let overlap = !q.is_empty()
                && !st.is_empty()
                && (st.contains(&q)
                    || q.contains(&st)
                    || sw.intersection(&qw).count() >= (qw.len() / 2).max(4));
            if !overlap {
                continue;
            }
            let sc = 2 * u32::from(date_ok(&gv["date"], &sv["date"]))
                + u32::from(gv["count"] == sv["count"]);
            if best.is_none_or(|(b, _)| sc > b) {
                best = Some((sc, i));
            }
        }
        if let Some((_, i)) = best {
            used.insert((k, i));
            matched.push((gv, by_doc[&k][i]));
        }
    }
    let n_sys: usize = by_doc.values().map(Vec::len).sum();
    let (p, r, f) = prf(
        matched.len(),
        n_sys - matched.len(),
        gevs.len() - matched.len(),
    );
    put("event_precision", p);
    put("event_recall", r);
    put("event_f1", f);
    put("events_gold", gevs.len() as f64);
    put("events_system", n_sys as f64);
    if !matched.is_empty() {
        let m = matched.len() as f64;
        put(
            "event_date_acc",
            matched
                .iter()
                .filter(|(g, v)| date_ok(&g["date"], &v["date"]))
                .count() as f64
                / m,
        );
        let withc: Vec<_> = matched
            .iter()
            .filter(|(g, _)| !g["count"].is_null())
            .collect();
        if !withc.is_empty() {
            put(
                "event_count_acc",
                withc
                    .iter()
                    .filter(|(g, v)| g["count"] == v["count"])
                    .count() as f64
                    / withc.len() as f64,
            );
        }
        put(
            "event_modality_acc",
            matched
                .iter()
                .filter(|(g, v)| g["modality"] == v["modality"])
                .count() as f64
                / m,
        );
        let claim_ok = matched
            .iter()
            .filter(|(g, v)| {
                let (gc, sc) = (
                    norm(&name_of(&g["claimant"])),
                    norm(&name_of(&v["claimant"])),
                );
                let forms = g["claimant"]
                    .as_str()
                    .and_then(|id| gforms.get(id))
                    .map(|x| &x.0);
                let gw: BTreeSet<&str> = gc
                    .split(' ')
                    .filter(|w| !matches!(*w, "of" | "the" | "s" | ""))
                    .collect();
                !sc.is_empty()
                    && (forms.is_some_and(|f| f.contains(&sc))
                        || (!gc.is_empty() && (sc.contains(&gc) || gc.contains(&sc)))
                        || sc.split(' ').any(|w| gw.contains(w)))
            })
            .count();
        put("event_claimant_acc", claim_ok as f64 / m);
    }
    // Clusters: cross-document gold pairs found in one system cluster.
    let by_id: HashMap<&str, &Value> = gevs.iter().map(|g| (s(&g["id"]), *g)).collect();
    let sys_of: HashMap<*const Value, &Value> = matched
        .iter()
        .map(|(g, v)| (*g as *const Value, *v))
        .collect();
    let (mut ctp, mut cn) = (0, 0);
    for c in arr("clusters") {
        let evs: Vec<&Value> = c["events"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .filter_map(|x| by_id.get(s(x)).copied())
            .collect();
        for (i, a) in evs.iter().enumerate() {
            for b in &evs[i + 1..] {
                if a["doc"] == b["doc"] {
                    continue;
                }
                cn += 1;
                let (sa, sb) = (
                    sys_of.get(&(*a as *const Value)),
                    sys_of.get(&(*b as *const Value)),
                );
                if let (Some(x), Some(y)) = (sa, sb) {
                    if !x["cluster"].is_null() && x["cluster"] == y["cluster"] {
                        ctp += 1;
                    }
                }
            }
        }
    }
    put("cluster_pairs_gold", cn as f64);
    if cn > 0 {
        put("cluster_pair_recall", ctp as f64 / cn as f64);
    }
    put("clusters_system", sys.clusters.len() as f64);
    put(
        "conflicts_system",
        sys.clusters
            .iter()
            .map(|c| c["conflicts"].as_array().map_or(0, Vec::len))
            .sum::<usize>() as f64,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_perfect_store_scores_one_and_a_wrong_one_does_not() {
        let gold = json!({
            "documents": [{"file": "r1.txt", "title": "Spy ring broken up in Kaunas", "published": "2024-02-02", "outlet": null, "authors": []}],
            "entities": [{"id": "e1", "canonical": "VSD", "type": "ORG", "aliases": ["State Security Department"]}],
            "events": [{"id": "v1", "doc": "r1", "type": "ARREST", "evidence": "The VSD detained three men in Kaunas", "date": "2024-02-01", "count": 3, "modality": "asserted", "claimant": "e1"}],
            "clusters": []
        });
        let docs = vec![
            json!({"id": "d1", "path": "in/r1.txt", "title": "Spy ring broken up in Kaunas", "published": "2024-02-02", "authors": []}),
        ];
        let ents = vec![
            json!({"id": "O1", "name": "State Security Department", "aliases": ["VSD"], "type": "ORG", "docs": ["d1"]}),
        ];
        let evs = vec![
            json!({"id": "d1-0", "doc": "d1", "type": "ARREST", "evidence": {"text": "On Thursday the VSD detained three men in Kaunas."}, "date": "2024-02-01", "count": 3, "modality": "asserted", "claimant": {"name": "VSD"}, "cluster": "C1"}),
        ];
        let r = Records {
            documents: &docs,
            entities: &ents,
            events: &evs,
            clusters: &[],
        };
        let figs: HashMap<String, f64> = score(&gold, &r)
            .into_iter()
            .map(|f| (f.name, f.value))
            .collect();
        for k in [
            "meta_title",
            "meta_published",
            "entity_f1",
            "event_f1",
            "event_date_acc",
            "event_count_acc",
            "event_claimant_acc",
        ] {
            assert_eq!(figs[k], 1.0, "{k}");
        }
        let wrong = vec![
            json!({"id": "d1-0", "doc": "d1", "type": "SENTENCE", "evidence": {"text": "Unrelated."}}),
        ];
        let r = Records {
            documents: &docs,
            entities: &ents,
            events: &wrong,
            clusters: &[],
        };
        let figs: HashMap<String, f64> = score(&gold, &r)
            .into_iter()
            .map(|f| (f.name, f.value))
            .collect();
        assert_eq!(figs["event_f1"], 0.0);
    }
}
