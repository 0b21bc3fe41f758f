//! End-to-end tests: the real binary on fixture files written here.

mod common;

use common::{export, tessera};
use std::path::Path;

fn ingest(db: &Path, paths: &[&Path]) -> assert_cmd::assert::Assert {
    let mut c = tessera();
    c.arg("ingest").arg("--db").arg(db);
    for p in paths {
        c.arg(p);
    }
    c.assert()
}

const REPORT: &str = "Courier Detained Near Border\n\nMarch 14, 2024\nLeyla Huseynova\n\nAzerbaijan's State Security Service said on Tuesday it had detained four men suspected of spying for a foreign intelligence service in Lankaran.\n\nLeave a Reply\nGreat story!\n";

/// A store holding `REPORT`, in a temporary folder that lives as long as the returned guard.
fn stored_report() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("report.txt");
    std::fs::write(&f, REPORT).unwrap();
    let db = dir.path().join("t.db");
    ingest(&db, &[&f]).success();
    (dir, db)
}

#[test]
fn bad_inputs_each_get_an_error_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("good.txt"), REPORT).unwrap();
    std::fs::write(
        d.join("image.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
    )
    .unwrap();
    let mut bad = "Qəbələ court sentenced the officer".as_bytes().to_vec();
    bad.extend_from_slice(b" \xff\xfe to nine years.");
    std::fs::write(d.join("broken.txt"), bad).unwrap();
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(d.join("huge.txt"), "a".repeat(50 * 1024 * 1024)).unwrap();
    std::fs::write(
        d.join("deep.html"),
        format!("<html><body>{}x</body></html>", "<div>".repeat(100_000)),
    )
    .unwrap();
    std::fs::write(
        d.join("batch.jsonl"),
        "{\"id\":\"r1\",\"title\":\"Drills\",\"published\":\"2023-05-02\",\"text\":\"Belarus held military drills near the Lithuanian border on Monday, the defence ministry said.\"}\n{\"id\":\"r2\",\"text\":\"Trunc",
    )
    .unwrap();
    let db = d.join("t.db");
    let out = ingest(&db, &[d]).code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(err.contains("image.txt: binary file (PNG image)"), "{err}");
    assert!(err.contains("broken.txt: invalid UTF-8 at byte"), "{err}");
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(
        err.contains("huge.txt: file is 52428800 bytes, over the limit"),
        "{err}"
    );
    assert!(err.contains("deep.html: HTML nested"), "{err}");
    assert!(
        err.contains("batch.jsonl: line 2: not a valid JSON record"),
        "{err}"
    );
    assert!(
        stdout.contains("ingested 2, unchanged 0, failed 6"),
        "{stdout}"
    );
    // Re-ingesting adds nothing and keeps what was stored.
    let again = ingest(&db, &[d]).code(1);
    assert!(String::from_utf8_lossy(&again.get_output().stdout)
        .contains("ingested 0, unchanged 2, failed 6"));
    assert_eq!(export(&db, "documents").len(), 2);
}

#[test]
fn documents_export_follows_the_contract() {
    let (_dir, db) = stored_report();
    let docs = export(&db, "documents");
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    for field in [
        "id",
        "path",
        "title",
        "outlet",
        "authors",
        "published",
        "language",
        "chars",
        "text",
    ] {
        assert!(d.get(field).is_some(), "missing {field}");
    }
    assert_eq!(d["title"], "Courier Detained Near Border");
    assert_eq!(d["published"], "2024-03-14");
    assert_eq!(d["authors"][0], "Leyla Huseynova");
    assert_eq!(d["language"], "eng");
    assert!(!d["text"].as_str().unwrap().contains("Great story"));
    let events = export(&db, "events");
    let arrest = events
        .iter()
        .find(|e| e["type"] == "ARREST")
        .expect("an arrest");
    assert_eq!(arrest["count"], 4);
    assert_eq!(arrest["date"], "2024-03-12");
    let text = d["text"].as_str().unwrap();
    let (s, e) = (
        arrest["evidence"]["start"].as_u64().unwrap() as usize,
        arrest["evidence"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], arrest["evidence"]["text"].as_str().unwrap());
    let entities = export(&db, "entities");
    assert!(entities
        .iter()
        .any(|e| e["name"] == "State Security Service of Azerbaijan" && e["type"] == "ORG"));
    assert!(entities
        .iter()
        .any(|e| e["name"] == "Lankaran" && e["type"] == "LOCATION"));
}

#[test]
fn search_and_show() {
    let (_dir, db) = stored_report();
    let out = tessera()
        .args(["search", "spying", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("[spying]"));
    let id = export(&db, "documents")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let raw = tessera()
        .args(["show", &id[..6], "--raw", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&raw.stdout).contains("⟦comments: Great story!⟧"));
}

#[test]
fn demo_runs_on_the_built_in_samples() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = tessera().args(["demo", "--db"]).arg(&db).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("ingested 4"), "{s}");
    assert!(s.contains("Top entities"));
    assert!(s.contains("ARREST"));
}

#[test]
fn eval_scores_the_store_against_a_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("lankaran.txt"), REPORT).unwrap();
    let db = d.join("e.db");
    ingest(&db, &[&d.join("lankaran.txt")]).success();
    let gold = serde_json::json!({
        "documents": [{"file": "lankaran.txt", "title": "Courier Detained Near Border", "published": "2024-03-14", "outlet": null, "authors": ["Leyla Huseynova"]}],
        "entities": [{"id": "e1", "canonical": "State Security Service", "type": "ORG", "aliases": ["Azerbaijan's State Security Service"]}],
        "events": [{"id": "v1", "doc": "lankaran", "type": "ARREST", "evidence": "it had detained four men suspected of spying", "date": "2024-03-12", "count": 4, "modality": "asserted", "claimant": "e1"}],
        "clusters": []
    });
    std::fs::write(d.join("gold.json"), gold.to_string()).unwrap();
    let out = tessera()
        .args(["eval", "--gold"])
        .arg(d.join("gold.json"))
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}");
    let fig = |k: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(k).map(|v| v.trim().parse().unwrap()))
            .unwrap_or_else(|| panic!("{k} missing in {text}"))
    };
    assert_eq!(fig("docs_found"), 1.0);
    assert_eq!(fig("meta_title"), 1.0);
    assert_eq!(fig("event_recall"), 1.0);
    assert_eq!(fig("event_count_acc"), 1.0);
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let (_dir, db) = stored_report();
    for view in [
        "docs",
        "entities",
        "events",
        "clusters",
        "conflicts",
        "timeline",
    ] {
        // The reading end is closed before the command writes (`tessera clusters | head -0`).
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("tessera"))
            .args([view, "--db"])
            .arg(&db)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{view}: {err}");
        assert!(!err.contains("panicked"), "{view}: {err}");
    }
}

#[test]
fn the_byline_author_is_an_entity_named_by_the_report() {
    let (_dir, db) = stored_report();
    let out = tessera()
        .args(["entity", "Leyla Huseynova", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(s.contains("the report's author"), "{s}");
}
