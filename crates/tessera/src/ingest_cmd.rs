//! `tessera ingest`: read and process in parallel, then store and resolve each chunk in one
//! transaction.

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::fmt;
use std::path::PathBuf;

/// What an ingest run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub ingested: usize,
    pub unchanged: usize,
    pub failed: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ingested {}, unchanged {}, failed {}",
            self.ingested, self.unchanged, self.failed
        )
    }
}

/// Ingests `paths` into `store`; per-file errors go to stderr and the batch goes on.
pub fn ingest(
    store: &mut store::Store,
    paths: &[PathBuf],
    limits: &ingest::Limits,
    progress: bool,
) -> Result<Summary> {
    let collected = ingest::collect_files(paths);
    let mut summary = Summary::default();
    for e in &collected.errors {
        eprintln!("error: {e}");
        summary.failed += 1;
    }
    let bar = if progress {
        ProgressBar::new(collected.files.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} files {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    // Files are read and processed in parallel in chunks; each chunk is stored and resolved
    // in one transaction, so a kill loses at most the chunk in flight.
    for chunk in collected.files.chunks(256) {
        let results: Vec<ingest::FileRead> = chunk
            .par_iter()
            .map(|p| {
                let mut read = ingest::read_file(p, limits);
                for doc in std::mem::take(&mut read.docs) {
                    // The document's own path names a JSONL record's line too.
                    let path = doc.path.clone();
                    match process_contained(doc) {
                        Ok(d) => read.docs.push(d),
                        Err(cause) => read.errors.push(ingest::Error {
                            path,
                            kind: ingest::ErrorKind::Internal(cause),
                        }),
                    }
                }
                read
            })
            .collect();
        let mut docs = Vec::new();
        for r in results {
            for e in &r.errors {
                bar.suspend(|| eprintln!("error: {e}"));
                summary.failed += 1;
            }
            for d in r.docs {
                if store.has_hash(&d.hash)?
                    || docs.iter().any(|x: &model::Document| x.hash == d.hash)
                {
                    summary.unchanged += 1;
                } else {
                    docs.push(d);
                }
            }
        }
        summary.ingested += store.insert_documents(&docs)?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    Ok(summary)
}

/// Runs the extraction stages on one document, turning a fault in them into an error for
/// its file instead of ending the whole batch.
fn process_contained(doc: model::Document) -> Result<model::Document, String> {
    contained(|| pipeline::process(doc))
}

/// Runs `f`, returning a panic's message as an error.
fn contained<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_fault_in_extraction_becomes_an_error_with_its_message() {
        let v: Vec<u8> = Vec::new();
        let r = super::contained(|| v[3]);
        assert!(
            r.as_ref().is_err_and(|m| m.contains("index out of bounds")),
            "{r:?}"
        );
        assert_eq!(super::contained(|| 7), Ok(7));
    }
}
