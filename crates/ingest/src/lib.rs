//! Reading reports: files, folders and JSONL batches become [`model::Document`]s.
//!
//! This is the only stage that touches the file system. It detects encodings (UTF-8,
//! UTF-16 with a BOM, legacy single-byte code pages), refuses binary, empty, oversized and
//! malformed inputs with an [`Error`] that names the file and the cause, pulls the main
//! content and metadata out of HTML pages, and splits JSONL batches into one document per
//! record. A bad record or file never stops the rest of the batch: [`read_file`] returns the
//! documents it could read *and* the errors for the rest.
//!
//! ```no_run
//! let limits = ingest::Limits::default();
//! for path in ingest::collect_files(&["reports/".into()]).files {
//!     let read = ingest::read_file(&path, &limits);
//!     println!("{} documents, {} errors", read.docs.len(), read.errors.len());
//! }
//! ```
#![deny(missing_docs)]

mod decode;
mod error;
mod html;
mod jsonl;

pub use error::{Error, ErrorKind};

use model::{Document, Format, SourceMeta};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Limits that protect the process from hostile or broken inputs.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_bytes: u64,
    /// Deepest HTML element nesting accepted.
    pub max_html_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 20 * 1024 * 1024,
            max_html_depth: 512,
        }
    }
}

/// The files found under the paths given, and the paths that could not be walked.
#[derive(Debug, Default)]
pub struct Collected {
    /// Files with a supported extension, sorted, each once.
    pub files: Vec<PathBuf>,
    /// Paths that do not exist or could not be listed.
    pub errors: Vec<Error>,
}

/// What reading one file produced.
#[derive(Debug, Default)]
pub struct FileRead {
    /// Documents read (one for a text or HTML file, one per good record for JSONL).
    pub docs: Vec<Document>,
    /// What could not be read.
    pub errors: Vec<Error>,
}

const EXTENSIONS: [&str; 6] = ["txt", "text", "md", "markdown", "html", "htm"];

fn supported(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .is_some_and(|e| EXTENSIONS.contains(&e.as_str()) || e == "jsonl")
}

/// Walks files and folders recursively and lists the supported files in them. A file named
/// directly is taken whatever its extension (and fails later if it cannot be read).
pub fn collect_files(paths: &[PathBuf]) -> Collected {
    let mut out = Collected::default();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut out),
            Ok(_) => out.files.push(p.clone()),
            Err(e) => out.errors.push(Error::new(p, ErrorKind::Io(e.to_string()))),
        }
    }
    out.files.sort();
    out.files.dedup();
    out
}

fn walk(dir: &Path, out: &mut Collected) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return out
                .errors
                .push(Error::new(dir, ErrorKind::Io(e.to_string())))
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, out),
            Ok(m) if m.is_file() && supported(&p) => out.files.push(p),
            _ => {}
        }
    }
}

/// Reads one file into documents. Never panics on bad input.
pub fn read_file(path: &Path, limits: &Limits) -> FileRead {
    let mut out = FileRead::default();
    let err = |kind| Error::new(path, kind);
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => {
            out.errors.push(err(ErrorKind::Io(e.to_string())));
            return out;
        }
    };
    if size > limits.max_bytes {
        out.errors.push(err(ErrorKind::TooLarge {
            size,
            limit: limits.max_bytes,
        }));
        return out;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.errors.push(err(ErrorKind::Io(e.to_string())));
            return out;
        }
    };
    let shown = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match read_bytes(&shown, &ext, &bytes, limits) {
        Ok(read) => read,
        Err(kind) => {
            out.errors.push(err(kind));
            out
        }
    }
}

/// Reads the bytes of one input named `path` with extension `ext`.
pub fn read_bytes(
    path: &str,
    ext: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<FileRead, ErrorKind> {
    let text = decode::decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ErrorKind::Empty);
    }
    if ext == "jsonl" {
        return Ok(jsonl::read(path, &text, limits));
    }
    let format = match ext {
        "html" | "htm" => Format::Html,
        "md" | "markdown" => Format::Markdown,
        _ if html::looks_like_html(&text) => Format::Html,
        _ => Format::Text,
    };
    let doc = document(path, format, &text, SourceMeta::default(), limits)?;
    Ok(FileRead {
        docs: vec![doc],
        errors: vec![],
    })
}

/// Builds a document from decoded input text.
fn document(
    path: &str,
    format: Format,
    text: &str,
    mut source: SourceMeta,
    limits: &Limits,
) -> Result<Document, ErrorKind> {
    let original = match format {
        Format::Html => {
            let page = html::extract(text, limits)?;
            source.merge_missing(page.meta);
            page.text
        }
        Format::Markdown => strip_markdown(text),
        Format::Text => normalise_newlines(text),
    };
    if original.trim().is_empty() {
        return Err(ErrorKind::NoText);
    }
    let hash = hex(&Sha256::digest(original.as_bytes()));
    Ok(Document {
        id: hash[..16].to_string(),
        hash,
        path: path.to_string(),
        original,
        source,
        ..Document::default()
    })
}

trait MergeMissing {
    fn merge_missing(&mut self, other: SourceMeta);
}

impl MergeMissing for SourceMeta {
    fn merge_missing(&mut self, other: SourceMeta) {
        let fill = |a: &mut Option<String>, b: Option<String>| {
            if a.as_deref().is_none_or(|s| s.trim().is_empty()) {
                *a = b.filter(|s| !s.trim().is_empty());
            }
        };
        fill(&mut self.url, other.url);
        fill(&mut self.title, other.title);
        fill(&mut self.outlet, other.outlet);
        fill(&mut self.published, other.published);
        fill(&mut self.language, other.language);
        if self.authors.is_empty() {
            self.authors = other.authors;
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `\r\n` and lone `\r` become `\n`; a leading BOM and NULs go; the rest is kept verbatim so
/// that offsets into the original stay meaningful.
fn normalise_newlines(text: &str) -> String {
    let t = text.trim_start_matches('\u{feff}');
    let mut out = String::with_capacity(t.len());
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\0' => {}
            c => out.push(c),
        }
    }
    out
}

/// Markdown to plain text: drops heading marks, emphasis, link targets and code fences, and
/// keeps the words.
fn strip_markdown(text: &str) -> String {
    let text = normalise_newlines(text);
    let mut out = String::with_capacity(text.len());
    let mut in_fence = false;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            out.push('\n');
            continue;
        }
        if in_fence {
            out.push('\n');
            continue;
        }
        let t = t
            .trim_start_matches('#')
            .trim_start_matches('>')
            .trim_start();
        let t = t
            .strip_prefix("- ")
            .or_else(|| t.strip_prefix("* "))
            .unwrap_or(t);
        out.push_str(&strip_inline_markdown(t));
        out.push('\n');
    }
    out
}

fn strip_inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(['[', '*', '_', '`', '!']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let c = tail.as_bytes()[0];
        if c == b'!' && tail.starts_with("![") {
            rest = &tail[1..];
            continue;
        }
        if c == b'[' {
            if let Some(close) = tail.find("](") {
                if let Some(end) = tail[close..].find(')') {
                    out.push_str(&tail[1..close]);
                    rest = &tail[close + end + 1..];
                    continue;
                }
            }
            out.push('[');
            rest = &tail[1..];
            continue;
        }
        // Emphasis marks are dropped only when they hug a word, so "a * b" and snake_case stay.
        let prev_alnum = out.chars().last().is_some_and(|p| p.is_alphanumeric());
        let next_alnum = tail[1..]
            .chars()
            .next()
            .is_some_and(|n| n.is_alphanumeric() || n == c as char);
        if (c == b'_' && prev_alnum && next_alnum) || (!next_alnum && !prev_alnum) {
            out.push(c as char);
        }
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(ext: &str, bytes: &[u8]) -> Result<FileRead, ErrorKind> {
        read_bytes("t", ext, bytes, &Limits::default())
    }

    #[test]
    fn markdown_keeps_words_and_drops_marks() {
        let r = read(
            "md",
            b"# Title\n\nThe **FSB** said [it](http://x) detained_two men.\n",
        )
        .unwrap();
        assert_eq!(
            r.docs[0].original,
            "Title\n\nThe FSB said it detained_two men.\n"
        );
    }

    #[test]
    fn identical_text_has_identical_ids() {
        let a = read("txt", b"Police detained two men.\r\n").unwrap();
        let b = read("txt", b"Police detained two men.\n").unwrap();
        assert_eq!(a.docs[0].id, b.docs[0].id);
    }

    #[test]
    fn empty_and_blank_files_are_refused() {
        assert!(matches!(read("txt", b""), Err(ErrorKind::Empty)));
        assert!(matches!(read("txt", b" \n\n "), Err(ErrorKind::Empty)));
    }
}
