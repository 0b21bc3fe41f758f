//! A large ingest killed with SIGKILL leaves a sound, fully resolved store, and re-running the
//! ingest completes it with exact counts.

use assert_cmd::cargo::cargo_bin;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const REPORTS: usize = 1200;

fn tessera(args: &[&str], db: &Path) -> std::process::Output {
    Command::new(cargo_bin("tessera"))
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("tessera runs")
}

/// `(documents, whole check line)` from `tessera check`, or `None` before anything is stored.
fn check(db: &Path) -> Option<(usize, String, bool)> {
    if !db.exists() {
        return None;
    }
    let out = tessera(&["check"], db);
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let docs = line.split("; ").nth(1)?.split(' ').next()?.parse().ok()?;
    Some((docs, line, out.status.success()))
}

#[test]
fn sigkill_during_ingest_leaves_a_consistent_store() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("reports");
    let db = dir.path().join("kill.db");
    let out = Command::new(cargo_bin("tessera"))
        .args(["synth", "--count", &REPORTS.to_string(), "--out"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(out.status.success());

    let mut child = Command::new(cargo_bin("tessera"))
        .arg("ingest")
        .args(["--batch", "64"])
        .arg("--db")
        .arg(&db)
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once at least one batch is committed, in the middle of the run.
    let start = Instant::now();
    loop {
        if let Some((n, _, _)) = check(&db) {
            if n >= 64 {
                break;
            }
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest finished before it could be killed; raise REPORTS"
        );
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "no batch stored"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();

    let (stored, line, ok) = check(&db).expect("database readable after kill");
    assert!(ok, "store unsound or half-resolved after kill: {line}");
    assert!(line.starts_with("integrity ok;"), "{line}");
    assert!(stored > 0 && stored < REPORTS, "killed too late: {line}");

    let out = tessera(&["ingest", corpus.to_str().unwrap()], &db);
    let summary = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{summary}");
    assert!(
        summary.contains(&format!(
            "ingested {}, unchanged {stored}, failed 0",
            REPORTS - stored
        )),
        "{summary}"
    );
    let (total, line, ok) = check(&db).unwrap();
    assert!(ok, "{line}");
    assert_eq!(total, REPORTS, "{line}");

    let out = tessera(&["ingest", corpus.to_str().unwrap()], &db);
    let summary = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        summary.contains(&format!("ingested 0, unchanged {REPORTS}, failed 0")),
        "{summary}"
    );
}
