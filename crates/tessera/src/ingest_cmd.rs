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

/// Files read, processed, and stored in one transaction at a time, unless `--batch` says
/// otherwise: large enough that a page several reports dirty is written once, small enough
/// to keep memory low.
pub const CHUNK: usize = 1000;

/// Ingests `paths` into `store`; per-file errors go to stderr and the batch goes on.
pub fn ingest(
    store: &mut store::Store,
    paths: &[PathBuf],
    limits: &ingest::Limits,
    batch: usize,
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
    // in one transaction, so a kill loses at most the chunk in flight. One chunk is stored
    // while the next is processed, and a file whose text is already stored is not processed
    // again.
    let mut processed: Vec<model::Document> = Vec::new();
    for chunk in collected.files.chunks(batch.max(1)) {
        let reads: Vec<ingest::FileRead> = chunk
            .par_iter()
            .map(|p| ingest::read_file(p, limits))
            .collect();
        let mut fresh: Vec<model::Document> = Vec::new();
        for r in reads {
            for e in &r.errors {
                bar.suspend(|| eprintln!("error: {e}"));
                summary.failed += 1;
            }
            for d in r.docs {
                let seen = |x: &model::Document| x.hash == d.hash;
                if store.has_hash(&d.hash)? || fresh.iter().any(seen) || processed.iter().any(seen)
                {
                    summary.unchanged += 1;
                } else {
                    fresh.push(d);
                }
            }
        }
        bar.inc((chunk.len() - fresh.len()) as u64);
        let previous = std::mem::take(&mut processed);
        let (stored, results) = std::thread::scope(|scope| {
            let storing = scope.spawn(|| store_all(store, &previous));
            let results: Vec<Result<model::Document, ingest::Error>> = fresh
                .into_par_iter()
                .map(|doc| {
                    // The document's own path names a JSONL record's line too.
                    let path = doc.path.clone();
                    let r = process_contained(doc).map_err(|cause| ingest::Error {
                        path,
                        kind: ingest::ErrorKind::Internal(cause),
                    });
                    bar.inc(1);
                    r
                })
                .collect();
            let stored = storing
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            (stored, results)
        });
        let stored = stored?;
        summary.ingested += stored;
        summary.unchanged += previous.len() - stored;
        for r in results {
            match r {
                Ok(d) => processed.push(d),
                Err(e) => {
                    bar.suspend(|| eprintln!("error: {e}"));
                    summary.failed += 1;
                }
            }
        }
    }
    let stored = store_all(store, &processed)?;
    summary.ingested += stored;
    summary.unchanged += processed.len() - stored;
    bar.finish_and_clear();
    Ok(summary)
}

/// Stores and resolves `docs` in one transaction; how many were new.
fn store_all(store: &mut store::Store, docs: &[model::Document]) -> store::Result<usize> {
    if docs.is_empty() {
        return Ok(0);
    }
    store.insert_documents(docs)
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
