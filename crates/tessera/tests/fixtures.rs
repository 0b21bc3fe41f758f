//! The engine on reports it was not written for: invented reports about other countries,
//! agencies and event types (tests/reports/*.txt, each with an .expect.json written blind to
//! the rules), and report pairs for clustering (tests/pairs/NN/{a,b}.txt + expect.json).
//!
//! Each figure is printed and held to a floor a little under what the engine measures today,
//! so a change that makes extraction worse on unseen text fails here.
//!
//! `TESSERA_FIXTURES=77,78` measures only the reports whose names start so (new reports,
//! before any rule is fitted to them); the floors are then printed but not enforced.

mod common;

use common::{export, tessera};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace(['’', '‘'], "'")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn words(s: &str) -> std::collections::HashSet<String> {
    norm(s).split(' ').map(str::to_string).collect()
}

/// Whether system evidence covers the expected evidence quote.
fn covers(sys: &str, quote: &str) -> bool {
    let (s, q) = (norm(sys), norm(quote));
    if s.contains(&q) || q.contains(&s) {
        return true;
    }
    let (ws, wq) = (words(sys), words(quote));
    ws.intersection(&wq).count() * 2 >= wq.len().max(4)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn ingest(db: &Path, paths: &[PathBuf]) {
    let mut c = tessera();
    c.arg("ingest").arg("--db").arg(db);
    for p in paths {
        c.arg(p);
    }
    c.assert().success();
}

#[test]
fn held_out_reports_meet_their_floors() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("f.db");
    let reports = dir("reports");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let only: Option<Vec<String>> = std::env::var("TESSERA_FIXTURES")
        .ok()
        .map(|v| v.split(',').map(|x| x.trim().to_string()).collect());
    if let Some(prefixes) = &only {
        texts.retain(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            prefixes.iter().any(|x| name.starts_with(x.as_str()))
        });
    }
    assert!(
        texts.len() >= 15 || (only.is_some() && !texts.is_empty()),
        "fixture reports missing"
    );
    ingest(&db, &texts);
    let docs = export(&db, "documents");
    let ents = export(&db, "entities");
    let evs = export(&db, "events");
    let by_path: HashMap<String, &Value> = docs
        .iter()
        .map(|d| {
            let p = d["path"].as_str().unwrap();
            (
                Path::new(p)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .to_string(),
                d,
            )
        })
        .collect();

    let (mut pub_ok, mut pub_n) = (0, 0);
    let (mut title_ok, mut authors_ok) = (0, 0);
    let (mut ent_found, mut ent_typed, mut ent_n) = (0, 0, 0);
    let (mut ev_found, mut ev_n) = (0, 0);
    // What was missed, printed with --nocapture to show where to look.
    let mut misses: Vec<String> = Vec::new();
    let (mut date_ok, mut count_ok, mut count_n, mut mod_ok, mut claim_ok) = (0, 0, 0, 0, 0);
    for t in &texts {
        let name = t.file_name().unwrap().to_string_lossy().to_string();
        let expect: Value = serde_json::from_str(
            &std::fs::read_to_string(t.with_extension("expect.json")).unwrap(),
        )
        .unwrap();
        let doc = by_path[&name];
        let id = doc["id"].as_str().unwrap();
        if let Some(p) = expect["published"].as_str() {
            pub_n += 1;
            if doc["published"].as_str() == Some(p) {
                pub_ok += 1;
            } else {
                misses.push(format!("{name}: published {} not {p}", doc["published"]));
            }
        }
        if doc["title"].as_str().map(norm) == expect["title"].as_str().map(norm) {
            title_ok += 1;
        } else {
            misses.push(format!(
                "{name}: title {} not {}",
                doc["title"], expect["title"]
            ));
        }
        let names_of = |v: &Value| {
            let mut n: Vec<String> = v
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a.as_str().map(norm))
                .collect();
            n.sort();
            n
        };
        if names_of(&doc["authors"]) == names_of(&expect["authors"]) {
            authors_ok += 1;
        } else {
            misses.push(format!(
                "{name}: authors {} not {}",
                doc["authors"], expect["authors"]
            ));
        }
        // Entities: the expected name (or an alias) among the names of an entity of this doc.
        let mine: Vec<&Value> = ents
            .iter()
            .filter(|e| e["docs"].as_array().unwrap().iter().any(|d| d == id))
            .collect();
        for x in expect["entities"].as_array().unwrap() {
            ent_n += 1;
            let mut names = vec![norm(x["name"].as_str().unwrap())];
            for a in x["aliases"].as_array().into_iter().flatten() {
                names.push(norm(a.as_str().unwrap()));
            }
            let hit = mine.iter().find(|e| {
                e["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .chain(std::iter::once(&e["name"]))
                    .any(|a| names.contains(&norm(a.as_str().unwrap_or(""))))
            });
            if let Some(e) = hit {
                ent_found += 1;
                ent_typed += usize::from(e["type"] == x["type"]);
                if e["type"] != x["type"] {
                    misses.push(format!(
                        "{name}: {} typed {} not {}",
                        x["name"], e["type"], x["type"]
                    ));
                }
            } else {
                misses.push(format!(
                    "{name}: entity {} ({}) not found",
                    x["name"], x["type"]
                ));
            }
        }
        // Events: same type, evidence covering the quote, each system event used once.
        let mut pool: Vec<&Value> = evs.iter().filter(|e| e["doc"] == id).collect();
        for x in expect["events"].as_array().unwrap() {
            ev_n += 1;
            let quote = x["evidence"].as_str().unwrap();
            let Some(k) = pool.iter().position(|e| {
                e["type"] == x["type"] && covers(e["evidence"]["text"].as_str().unwrap(), quote)
            }) else {
                misses.push(format!("{name}: event {} “{quote}” not found", x["type"]));
                continue;
            };
            let e = pool.remove(k);
            ev_found += 1;
            date_ok += usize::from(e["date"] == x["date"]);
            if !x["count"].is_null() {
                count_n += 1;
                count_ok += usize::from(e["count"] == x["count"]);
            }
            mod_ok += usize::from(e["modality"] == x["modality"]);
            // The claimant as ../shared/score.py judges it: one name inside the other, or a
            // word in common.
            // word in common; the claimant's entity may be named by any of its aliases ("SBU").
            let want = norm(x["claimant"].as_str().unwrap_or(""));
            let mut said: Vec<String> = vec![norm(e["claimant"]["name"].as_str().unwrap_or(""))];
            if let Some(c) = ents.iter().find(|n| n["id"] == e["claimant"]["id"]) {
                said.extend(
                    c["aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|a| a.as_str().map(norm)),
                );
            }
            let fits = |said: &String| {
                let shared = said.split(' ').any(|w| {
                    !w.is_empty()
                        && !["of", "the", "s"].contains(&w)
                        && want.split(' ').any(|v| v == w)
                });
                !said.is_empty() && (said.contains(&want) || want.contains(said.as_str()) || shared)
            };
            if said.iter().any(fits) {
                claim_ok += 1;
            } else {
                misses.push(format!(
                    "{name}: event {} “{quote}” claimant {} not {:?}",
                    x["type"], e["claimant"]["name"], want
                ));
            }
            for field in ["date", "count", "modality"] {
                if e[field] != x[field] && !(field == "count" && x[field].is_null()) {
                    misses.push(format!(
                        "{name}: event {} “{quote}” {field} {} not {}",
                        x["type"], e[field], x[field]
                    ));
                }
            }
        }
    }
    for m in &misses {
        println!("  missed: {m}");
    }
    // Reports 131-142 (a chronology, a parliament's record, a military release, court
    // summaries) and 143-154 (long analyses, interviews, follow-up reports) came in harder
    // than the rest: the recall, date and count floors were set again under what the whole
    // set measures with them. Embassies named with their city ("the Russian embassy in
    // Sofia") are found now and typed as facilities, as the corpus annotation types them, where
    // these reports call them organisations: the type floor went down with them.
    // Reports 155-178 (news from outlets in ten regions, court reports, releases, situation
    // reports, a live blog, a parliament's written answers, a podcast transcript), written
    // blind to the rules and annotated densely (22 events a report), came in at event recall
    // 0.526, date 0.661 and count 0.546: with them the recall, date and count floors were set
    // again under what the 178 reports measure.
    let figures = [
        ("published", ratio(pub_ok, pub_n), 0.95),
        ("title", ratio(title_ok, texts.len()), 0.95),
        ("authors", ratio(authors_ok, texts.len()), 0.95),
        ("entity recall", ratio(ent_found, ent_n), 0.85),
        ("entity type accuracy", ratio(ent_typed, ent_found), 0.95),
        ("event recall", ratio(ev_found, ev_n), 0.70),
        ("event date accuracy", ratio(date_ok, ev_found), 0.75),
        ("event count accuracy", ratio(count_ok, count_n), 0.69),
        ("event modality accuracy", ratio(mod_ok, ev_found), 0.87),
        ("event claimant accuracy", ratio(claim_ok, ev_found), 0.55),
    ];
    let system_events = evs.len();
    println!(
        "held-out reports: {} docs, {system_events} system events, {ev_n} expected",
        texts.len()
    );
    let mut failed = vec![];
    for (name, v, floor) in figures {
        println!("  {name:<26} {v:.3}  (floor {floor})");
        if v < floor {
            failed.push(name);
        }
    }
    assert!(
        failed.is_empty() || only.is_some(),
        "below floor: {failed:?}"
    );
}

/// The cluster of the event of `type` in document `doc` whose evidence best covers `quote`.
fn cluster_of<'a>(evs: &'a [Value], doc: &str, etype: &str, quote: &str) -> Option<&'a str> {
    let wq = words(quote);
    evs.iter()
        .filter(|e| {
            e["doc"] == doc
                && e["type"] == etype
                && covers(e["evidence"]["text"].as_str().unwrap_or(""), quote)
        })
        .max_by_key(|e| {
            let ws = words(e["evidence"]["text"].as_str().unwrap_or(""));
            (ws.intersection(&wq).count(), usize::MAX - ws.len())
        })
        .and_then(|e| e["cluster"].as_str())
}

#[test]
fn report_pairs_join_stay_apart_and_conflict() {
    let pairs = dir("pairs");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&pairs)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    let mut failures = vec![];
    let mut checks = 0;
    // Each pair is stored in one run, and again one report per run: the second run finds
    // the first report's events through what the store kept, not through a warm cache.
    for (case, apart) in cases.iter().flat_map(|c| [(c, false), (c, true)]) {
        let tmp = tempfile::tempdir().unwrap();
        let db = tmp.path().join("p.db");
        if apart {
            ingest(&db, &[case.join("a.txt")]);
            ingest(&db, &[case.join("b.txt")]);
        } else {
            ingest(&db, &[case.join("a.txt"), case.join("b.txt")]);
        }
        let docs = export(&db, "documents");
        let id = |f: &str| {
            docs.iter()
                .find(|d| d["path"].as_str().unwrap().ends_with(f))
                .map(|d| d["id"].as_str().unwrap().to_string())
                .unwrap()
        };
        let (a, b) = (id("a.txt"), id("b.txt"));
        let evs = export(&db, "events");
        let clusters = export(&db, "clusters");
        let expect: Value =
            serde_json::from_str(&std::fs::read_to_string(case.join("expect.json")).unwrap())
                .unwrap();
        let label = format!(
            "{}{}",
            case.file_name().unwrap().to_string_lossy(),
            if apart { " (two runs)" } else { "" }
        );
        for (kind, same) in [("joined", true), ("apart", false)] {
            for x in expect[kind].as_array().into_iter().flatten() {
                checks += 1;
                let t = x["type"].as_str().unwrap();
                let ca = cluster_of(&evs, &a, t, x["a"].as_str().unwrap());
                let cb = cluster_of(&evs, &b, t, x["b"].as_str().unwrap());
                let ok = match (ca, cb) {
                    (Some(p), Some(q)) => (p == q) == same,
                    _ => !same && (ca.is_some() || cb.is_some()),
                };
                if !ok {
                    failures.push(format!("{label}: {kind} {t} ({ca:?} / {cb:?})"));
                }
            }
        }
        for x in expect["conflicts"].as_array().into_iter().flatten() {
            checks += 1;
            let field = x["field"].as_str().unwrap();
            let qa = x["a"].as_str().unwrap();
            let found = evs.iter().filter(|e| e["doc"] == a.as_str()).any(|e| {
                covers(e["evidence"]["text"].as_str().unwrap_or(""), qa)
                    && clusters.iter().any(|c| {
                        c["id"] == e["cluster"]
                            && c["conflicts"].as_array().unwrap().iter().any(|k| {
                                // A disagreement stated apart from the events' sentences
                                // ("still in doubt" / "beyond doubt") quotes each side.
                                k["field"] == field
                                    && x["statements"].as_array().into_iter().flatten().all(|q| {
                                        k["statements"].as_array().into_iter().flatten().any(|st| {
                                            covers(
                                                st["text"].as_str().unwrap_or(""),
                                                q.as_str().unwrap(),
                                            )
                                        })
                                    })
                            })
                    })
            });
            if !found {
                failures.push(format!("{label}: no {field} conflict"));
            }
        }
    }
    println!(
        "report pairs: {} of {checks} checks pass",
        checks - failures.len()
    );
    for f in &failures {
        println!("  FAIL {f}");
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
