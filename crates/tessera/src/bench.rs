//! `tessera bench`: throughput and scaling figures on synthetic reports.
//!
//! Timing lives here, never in tests. Three measurements:
//! - stages: each per-document stage on one core, in MB/s of input;
//! - ingest: the whole `tessera ingest` path (read, parallel processing, store, resolve) on
//!   files written to a scratch folder, in MB/s;
//! - scale: documents stored one after another into one store, with the time per document
//!   at each thousand, to show that incremental resolution stays flat as the store grows.

use crate::synth;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9)
}

fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("tessera-bench-{}-{name}", std::process::id()))
}

/// Size of the store's write-ahead log, in MiB.
fn wal_mib(db: &std::path::Path) -> f64 {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map_or(0.0, |m| m.len() as f64 / (1 << 20) as f64)
}

/// Peak resident memory of this process, from /proc (Linux), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Time this thread has spent on a CPU, from /proc (Linux): unlike wall time, it leaves out
/// waiting for the disk and for other processes.
fn thread_cpu() -> Option<std::time::Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(std::time::Duration::from_nanos(ns))
}

/// A counter of this process's I/O from /proc (Linux): `write_bytes` (bytes it caused to be
/// written to storage) or `syscr` (read calls, here mostly SQLite pages its cache missed).
fn io_counter(name: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/io").ok()?;
    let line = s.lines().find(|l| l.split(':').next() == Some(name))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn read(n: u64) -> Result<model::Document> {
    let text = synth::report(n);
    let mut r = ingest::read_bytes(
        &format!("synth-{n}.txt"),
        "txt",
        text.as_bytes(),
        &Default::default(),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    r.docs.pop().context("synthetic report gave no document")
}

/// Per-stage throughput on one core over at least `mb` MB of reports.
/// Passes over the stage corpus; each stage's fastest is reported.
const PASSES: usize = 3;

pub fn stages(mb: f64) -> Result<()> {
    let mut fresh = Vec::new();
    let mut bytes = 0;
    let mut n = 0;
    while (bytes as f64) < mb * 1e6 {
        let d = read(n)?;
        bytes += d.original.len();
        fresh.push(d);
        n += 1;
    }
    out!(
        "stages (one core) on {} synthetic reports, {:.1} MB, best of {PASSES} passes:",
        fresh.len(),
        bytes as f64 / 1e6
    );
    // A shared machine slows some passes down: the fastest pass of each stage is the one
    // least disturbed.
    let mut best = [std::time::Duration::MAX; 3];
    let mut docs = Vec::new();
    for _ in 0..PASSES {
        docs = fresh.clone();
        let t = Instant::now();
        for d in &mut docs {
            pipeline::prepare(d);
        }
        best[0] = best[0].min(t.elapsed());
        let t = Instant::now();
        for d in &mut docs {
            pipeline::recognise(d);
        }
        best[1] = best[1].min(t.elapsed());
        let t = Instant::now();
        for d in &mut docs {
            pipeline::extract_events(d);
        }
        best[2] = best[2].min(t.elapsed());
    }
    let [prep, rec, ev] = best;
    let mentions: usize = docs.iter().map(|d| d.mentions.len()).sum();
    let events: usize = docs.iter().map(|d| d.events.len()).sum();
    out!("  clean+segment+dates   {:>8.2} MB/s", mbps(bytes, prep));
    out!(
        "  entity recognition    {:>8.2} MB/s  ({mentions} mentions)",
        mbps(bytes, rec)
    );
    out!(
        "  event extraction      {:>8.2} MB/s  ({events} events)",
        mbps(bytes, ev)
    );
    out!(
        "  recognition+events    {:>8.2} MB/s",
        mbps(bytes, rec + ev)
    );
    out!(
        "  whole per-document    {:>8.2} MB/s",
        mbps(bytes, prep + rec + ev)
    );
    Ok(())
}

/// The whole ingest path on files of at least `mb` MB.
pub fn ingest(mb: f64) -> Result<()> {
    let dir = scratch("files");
    let db = scratch("ingest.db");
    std::fs::create_dir_all(&dir)?;
    let mut bytes = 0;
    let mut n = 0;
    while (bytes as f64) < mb * 1e6 {
        let text = synth::report(n);
        bytes += text.len();
        std::fs::write(dir.join(format!("r{n:06}.txt")), text)?;
        n += 1;
    }
    let mut store = store::Store::open(&db)?;
    let t = Instant::now();
    let summary = crate::ingest_cmd::ingest(
        &mut store,
        std::slice::from_ref(&dir),
        &Default::default(),
        crate::ingest_cmd::CHUNK,
        false,
    )?;
    let d = t.elapsed();
    drop(store);
    out!(
        "ingest ({} threads) of {n} files, {:.1} MB: {:.2} MB/s, {:.0} docs/s ({summary})",
        rayon::current_num_threads(),
        bytes as f64 / 1e6,
        mbps(bytes, d),
        n as f64 / d.as_secs_f64()
    );
    cleanup(&dir, &db);
    Ok(())
}

fn cleanup(dir: &Path, db: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    remove_db(db);
}

/// Removes a scratch database with its WAL files; missing files are fine.
fn remove_db(db: &Path) {
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
    }
}

/// Synthetic reports `range`, processed in parallel.
fn processed(range: std::ops::Range<u64>) -> Result<Vec<model::Document>> {
    range
        .into_par_iter()
        .map(|n| read(n).map(pipeline::process))
        .collect()
}

/// How many times the scale benchmark stores a batch into a new store and one into the full
/// store, in turns.
const TURNS: u64 = 5;

/// One turn: (wall, CPU, whole report) seconds of a batch into the new store, then of one into
/// the full store.
type Turn = [(f64, f64, f64); 2];

/// Stores `total` reports in batches of 1,000 and prints the time per document per batch.
pub fn scale(total: u64) -> Result<()> {
    let db = scratch("scale.db");
    remove_db(&db);
    let mut store = store::Store::open(&db)?;
    out!("scale: {total} synthetic reports into one store, batches of 1000");
    out!(
        "  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}",
        "stored",
        "ms/doc",
        "store",
        "cpu",
        "rows",
        "entities",
        "clusters",
        "commit",
        "KB/doc",
        "reads",
        "peak MiB",
        "log MiB"
    );
    let mut before = store.phases();
    // (wall, cpu) ms per document storing the first batch and the last.
    let mut first: Option<(f64, f64)> = None;
    let mut last = (0.0, 0.0);
    // Store time per document of the last three batches: one batch alone varies by a fifth.
    let mut tail: std::collections::VecDeque<f64> = std::collections::VecDeque::new();
    let mut start = 0;
    while start < total {
        let end = (start + 1000).min(total);
        let t = Instant::now();
        let docs = processed(start..end)?;
        let ts = Instant::now();
        let (cpu0, written0, reads0) =
            (thread_cpu(), io_counter("write_bytes"), io_counter("syscr"));
        for chunk in docs.chunks(1000) {
            store.insert_documents(chunk)?;
        }
        let n = (end - start) as f64;
        let store_ms = ts.elapsed().as_secs_f64() * 1e3 / n;
        let cpu_ms = thread_cpu()
            .zip(cpu0)
            .map_or(f64::NAN, |(b, a)| (b - a).as_secs_f64() * 1e3 / n);
        let kb = io_counter("write_bytes")
            .zip(written0)
            .map_or(f64::NAN, |(b, a)| b.saturating_sub(a) as f64 / 1024.0 / n);
        let reads = io_counter("syscr")
            .zip(reads0)
            .map_or(f64::NAN, |(b, a)| b.saturating_sub(a) as f64 / n);
        let ms = t.elapsed().as_secs_f64() * 1e3 / n;
        if first.is_none() {
            first = Some((store_ms, cpu_ms));
        }
        last = (store_ms, cpu_ms);
        tail.push_back(store_ms);
        if tail.len() > 3 {
            tail.pop_front();
        }
        let now = store.phases();
        let per = |a: std::time::Duration, b: std::time::Duration| {
            (a - b).as_secs_f64() * 1e3 / (end - start) as f64
        };
        if end == 1000 || end % (total / 10).max(1000) == 0 || end == total {
            out!(
                "  {end:>8}  {ms:>8.3}  {store_ms:>8.3}  {cpu_ms:>8.3}  {:>8.3}  {:>8.3}  {:>8.3}  {:>8.3}  {kb:>8.1}  {reads:>8.1}  {:>8.0}  {:>8.0}",
                per(now.rows, before.rows),
                per(now.entities, before.entities),
                per(now.clusters, before.clusters),
                per(now.commit, before.commit),
                peak_rss_mib().unwrap_or(f64::NAN),
                wal_mib(&db)
            );
        }
        before = now;
        start = end;
    }
    // This machine's speed drifts by a third over minutes, so the first batches, stored
    // minutes ago, are measured again now, in turns with the full store: a batch of new
    // reports into a new, empty store, then a batch into the full one, `TURNS` times over.
    let fresh = scratch("scale-fresh.db");
    remove_db(&fresh);
    let mut small = store::Store::open(&fresh)?;
    // Per turn: (wall, cpu, whole) seconds of the batch into the new store, then of the
    // batch into the full one: storing and resolving (wall and CPU), and the whole report
    // (extraction in parallel, then storing: the ms/doc column).
    let mut turns: Vec<Turn> = Vec::new();
    let timed = |s: &mut store::Store, range: std::ops::Range<u64>| {
        let t = Instant::now();
        let docs = processed(range)?;
        let (ts, cpu0) = (Instant::now(), thread_cpu());
        s.insert_documents(&docs)?;
        let cpu = thread_cpu()
            .zip(cpu0)
            .map_or(f64::NAN, |(b, a)| (b - a).as_secs_f64());
        Ok::<_, anyhow::Error>((ts.elapsed().as_secs_f64(), cpu, t.elapsed().as_secs_f64()))
    };
    for b in 0..TURNS {
        let first = total + 10_000 + b * 1000;
        let new = timed(&mut small, first..first + 1000)?;
        let full = timed(&mut store, total + b * 1000..total + (b + 1) * 1000)?;
        turns.push([new, full]);
    }
    drop(small);
    remove_db(&fresh);
    if let Some(f) = first {
        out!(
            "  store+resolve time per document, last batch / first batch: {:.2}x wall, {:.2}x on the CPU",
            last.0 / f.0,
            last.1 / f.1
        );
    }
    let again = turns.iter().fold((0.0, 0.0), |acc, [a, _]| {
        (acc.0 + a.0 / TURNS as f64, acc.1 + a.1 / TURNS as f64)
    });
    let tail_ms = tail.iter().sum::<f64>() / tail.len().max(1) as f64;
    out!(
        "  the first {} again, into a new store now: {:.3} ms/doc ({:.3} CPU); last three batches ({tail_ms:.3} ms/doc) / that: {:.2}x",
        TURNS * 1000,
        again.0,
        again.1,
        tail_ms / again.0
    );
    out!(
        "  in turns, a batch into a new store and a batch into the full one, {TURNS} times (ms/doc, storing alone):"
    );
    for [a, b] in &turns {
        out!("    {:.3} and {:.3}: {:.2}x", a.0, b.0, b.0 / a.0);
    }
    let median = |f: &dyn Fn(&Turn) -> f64| {
        let mut v: Vec<f64> = turns.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    out!(
        "  median of the turns, storing alone: {:.2}x wall, {:.2}x on the CPU; whole report (extraction and storing, the ms/doc column): {:.2}x",
        median(&|[a, b]| b.0 / a.0),
        median(&|[a, b]| b.1 / a.1),
        median(&|[a, b]| b.2 / a.2)
    );
    drop(store);
    remove_db(&db);
    Ok(())
}
