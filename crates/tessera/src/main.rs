//! The `tessera` command: ingest reports, browse the record, export it.

/// `println!` that hands a failed write (a closed pipe: `tessera clusters | head`) back to
/// the caller instead of panicking.
macro_rules! out {
    () => {{
        use std::io::Write as _;
        writeln!(std::io::stdout())?
    }};
    ($($t:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($t)*)?
    }};
}

mod bench;
mod demo;
mod ingest_cmd;
mod synth;
mod views;

/// Resolution keeps large caches of small records alive for the whole run while it makes
/// and drops many short-lived strings; the system allocator's heap fragments under that mix
/// and its cost per allocation grows with the store. mimalloc's does not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "tessera",
    version,
    about = "Turns open reporting on covert and security activity into a source-attributed record."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest files and folders (.txt, .md, .html, .jsonl), recursively.
    Ingest {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Database file.
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
        /// Largest file accepted, in bytes.
        #[arg(long, default_value_t = 20 * 1024 * 1024)]
        max_bytes: u64,
        /// Files stored per transaction (a killed ingest loses at most one batch).
        #[arg(long, default_value_t = ingest_cmd::CHUNK)]
        batch: usize,
    },
    /// List the stored documents.
    Docs {
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Show a document's clean text (or, with --raw, the input with boilerplate marked).
    Show {
        /// Document id or id prefix.
        doc: String,
        #[arg(long)]
        raw: bool,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Full-text search over sentences.
    Search {
        query: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// List entities.
    Entities {
        /// PERSON, ORG or LOCATION.
        #[arg(long = "type")]
        etype: Option<String>,
        /// Only entities in this document (id or prefix).
        #[arg(long)]
        doc: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// One entity: aliases, roles, documents, sentences, merge reasons.
    Entity {
        name: String,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// List events.
    Events {
        #[arg(long = "type")]
        etype: Option<String>,
        /// Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Latest date.
        #[arg(long)]
        until: Option<String>,
        /// Events that name this entity.
        #[arg(long)]
        entity: Option<String>,
        #[arg(long)]
        modality: Option<String>,
        /// One JSON object per line instead of a table.
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Event clusters (the same event across reports).
    Clusters {
        #[arg(long = "type")]
        etype: Option<String>,
        #[arg(long)]
        since: Option<String>,
        #[arg(long)]
        until: Option<String>,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Disagreements between reports of the same event.
    Conflicts {
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Events by year and month.
    Timeline {
        #[arg(long)]
        entity: Option<String>,
        #[arg(long = "type")]
        etype: Option<String>,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Export the record.
    Export {
        /// Only jsonl for now.
        #[arg(long, default_value = "jsonl")]
        format: String,
        /// documents, entities, events or clusters.
        #[arg(long)]
        what: String,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Ingest the built-in sample reports into ./tessera-demo.db and summarise the record.
    Demo {
        #[arg(long, default_value = "tessera-demo.db")]
        db: PathBuf,
    },
    /// Score the store against a gold annotation (documents, entities, events, clusters).
    Eval {
        /// Gold annotation file (JSON, the format of DESIGN.md's gold files).
        #[arg(long)]
        gold: PathBuf,
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Check the database: file integrity and that every mention and event is resolved.
    Check {
        #[arg(long, default_value = "tessera.db")]
        db: PathBuf,
    },
    /// Measure throughput on synthetic reports (per stage, whole ingest, and store growth).
    Bench {
        /// Megabytes of reports for the stage and ingest figures.
        #[arg(long, default_value_t = 20.0)]
        mb: f64,
        /// Also store this many reports in one store and show time per document as it grows.
        #[arg(long)]
        scale: Option<u64>,
        /// Only run the scale measurement.
        #[arg(long)]
        scale_only: bool,
    },
    /// Write synthetic reports (invented, shaped like real captures) to a folder.
    Synth {
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
        /// Number of reports.
        #[arg(long, default_value_t = 1000)]
        count: u64,
    },
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        // A closed pipe (`tessera export ... | head`) is the reader's choice, not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.to_string().contains("Broken pipe")
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tessera: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn open(db: &std::path::Path) -> Result<store::Store> {
    store::Store::open(db).with_context(|| format!("cannot open database {}", db.display()))
}

fn open_existing(db: &std::path::Path) -> Result<store::Store> {
    if !db.exists() {
        bail!(
            "no database at {} (run `tessera ingest --db {} PATH` first)",
            db.display(),
            db.display()
        );
    }
    open(db)
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Ingest {
            paths,
            db,
            max_bytes,
            batch,
        } => {
            let mut store = open(&db)?;
            let limits = ingest::Limits {
                max_bytes,
                ..Default::default()
            };
            let summary = ingest_cmd::ingest(&mut store, &paths, &limits, batch, true)?;
            out!("{summary}");
            return Ok(if summary.failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            });
        }
        Command::Docs { db } => views::docs(&open_existing(&db)?)?,
        Command::Show { doc, raw, db } => views::show(&open_existing(&db)?, &doc, raw)?,
        Command::Search { query, limit, db } => views::search(&open_existing(&db)?, &query, limit)?,
        Command::Entities {
            etype,
            doc,
            limit,
            db,
        } => views::entities(
            &open_existing(&db)?,
            etype.as_deref(),
            doc.as_deref(),
            limit,
        )?,
        Command::Entity { name, db } => views::entity(&open_existing(&db)?, &name)?,
        Command::Events {
            etype,
            since,
            until,
            entity,
            modality,
            json,
            db,
        } => {
            let f = views::EventFilter {
                etype,
                since,
                until,
                entity,
                modality,
            };
            views::events(&open_existing(&db)?, &f, json)?
        }
        Command::Clusters {
            etype,
            since,
            until,
            db,
        } => {
            let f = views::EventFilter {
                etype,
                since,
                until,
                entity: None,
                modality: None,
            };
            views::clusters(&open_existing(&db)?, &f)?
        }
        Command::Conflicts { db } => views::conflicts(&open_existing(&db)?)?,
        Command::Timeline { entity, etype, db } => {
            let f = views::EventFilter {
                etype,
                since: None,
                until: None,
                entity,
                modality: None,
            };
            views::timeline(&open_existing(&db)?, &f)?
        }
        Command::Export { format, what, db } => {
            if format != "jsonl" {
                bail!("unknown export format {format:?} (supported: jsonl)");
            }
            let Some(what) = export::What::parse(&what) else {
                bail!("unknown export kind {what:?} (documents, entities, events, clusters)");
            };
            let store = open_existing(&db)?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            export::jsonl(&store, what, &mut out)?;
        }
        Command::Demo { db } => demo::run(&db)?,
        Command::Eval { gold, db } => {
            let text = std::fs::read_to_string(&gold)
                .with_context(|| format!("cannot read {}", gold.display()))?;
            let gold_v: serde_json::Value = serde_json::from_str(&text)
                .with_context(|| format!("{} is not valid JSON", gold.display()))?;
            let store = open_existing(&db)?;
            let get = |w| export::records(&store, w);
            let (d, e, v, c) = (
                get(export::What::Documents)?,
                get(export::What::Entities)?,
                get(export::What::Events)?,
                get(export::What::Clusters)?,
            );
            let records = eval::Records {
                documents: &d,
                entities: &e,
                events: &v,
                clusters: &c,
            };
            for f in eval::score(&gold_v, &records) {
                out!("{:<26} {}", f.name, f.value);
            }
        }
        Command::Check { db } => {
            let c = open_existing(&db)?.check()?;
            out!(
                "integrity {}; {} documents, {} mentions ({} unlinked), {} entities, {} events ({} unclustered), {} clusters",
                c.integrity,
                c.documents,
                c.mentions,
                c.unlinked_mentions,
                c.entities,
                c.events,
                c.unclustered_events,
                c.clusters
            );
            if !c.ok() {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Bench {
            mb,
            scale,
            scale_only,
        } => {
            if !scale_only {
                bench::stages(mb)?;
                bench::ingest(mb)?;
            }
            if let Some(n) = scale {
                bench::scale(n)?;
            }
        }
        Command::Synth { out, count } => {
            std::fs::create_dir_all(&out)
                .with_context(|| format!("cannot create {}", out.display()))?;
            for n in 0..count {
                let p = out.join(format!("synth-{n:06}.txt"));
                std::fs::write(&p, synth::report(n))
                    .with_context(|| format!("cannot write {}", p.display()))?;
            }
            out!("wrote {count} reports to {}", out.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
