//! `tessera demo`: the built-in sample reports, ingested and summarised.

use anyhow::{Context, Result};
use std::path::Path;

/// Invented sample reports, compiled in: web captures with chrome, repeated leads, comment
/// sections, embedded wire excerpts and relative dates.
pub const SAMPLES: [(&str, &str); 4] = [
    (
        "caspian-courier.txt",
        include_str!("../samples/caspian-courier.txt"),
    ),
    (
        "tbilisi-photographs.txt",
        include_str!("../samples/tbilisi-photographs.txt"),
    ),
    (
        "courier-denial.txt",
        include_str!("../samples/courier-denial.txt"),
    ),
    (
        "analysis-networks.txt",
        include_str!("../samples/analysis-networks.txt"),
    ),
];

pub fn run(db: &Path) -> Result<()> {
    let dir = std::env::temp_dir().join(format!("tessera-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, text) in SAMPLES {
        std::fs::write(dir.join(name), text)
            .with_context(|| format!("cannot write sample {name}"))?;
    }
    let mut store = crate::open(db)?;
    let summary = crate::ingest_cmd::ingest(
        &mut store,
        std::slice::from_ref(&dir),
        &ingest::Limits::default(),
        crate::ingest_cmd::CHUNK,
        false,
    )?;
    let _ = std::fs::remove_dir_all(&dir);
    out!(
        "Tessera demo: {} sample reports into {} ({summary})\n",
        SAMPLES.len(),
        db.display()
    );
    crate::views::docs(&store)?;
    out!("\nTop entities:");
    crate::views::entities(&store, None, None, 15)?;
    out!("\nEvents:");
    crate::views::events(&store, &Default::default(), false)?;
    out!("\nClusters with more than one source:");
    for c in store.clusters()?.iter().filter(|c| c.docs.len() > 1) {
        out!(
            "  {} {} {} — {} reports",
            c.id,
            c.etype,
            c.date.as_deref().unwrap_or("-"),
            c.docs.len()
        );
    }
    out!("\nConflicts:");
    crate::views::conflicts(&store)?;
    out!("\nTry: tessera events --db {0} --modality alleged · tessera timeline --db {0} · tessera export --db {0} --format jsonl --what events", db.display());
    Ok(())
}
