//! Helpers shared by the integration tests: run the real binary, read its JSONL export.

use assert_cmd::Command;
use std::path::Path;

/// The `tessera` binary built by cargo.
pub fn tessera() -> Command {
    Command::cargo_bin("tessera").expect("binary builds")
}

/// `tessera export --what WHAT` of `db`, one JSON value per line.
pub fn export(db: &Path, what: &str) -> Vec<serde_json::Value> {
    let out = tessera()
        .args(["export", "--format", "jsonl", "--what", what, "--db"])
        .arg(db)
        .output()
        .expect("runs");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}
