//! Typed ingest errors that always name the file.

use std::fmt;
use std::path::Path;

/// An input that could not be read, with the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// The path as given (with `:LINE` for a JSONL record).
    pub path: String,
    /// The cause.
    pub kind: ErrorKind,
}

impl Error {
    /// An error for `path`.
    pub fn new(path: &Path, kind: ErrorKind) -> Self {
        Error {
            path: path.display().to_string(),
            kind,
        }
    }
}

/// Why an input could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file system refused.
    #[error("cannot read: {0}")]
    Io(String),
    /// Over the size limit.
    #[error("file is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Empty or only whitespace.
    #[error("empty file: no text to ingest")]
    Empty,
    /// Looks like a binary file.
    #[error("binary file ({0}), not a text report")]
    Binary(String),
    /// Bytes that are not valid in the detected encoding.
    #[error("invalid UTF-8 at byte {offset}: the file mixes UTF-8 with bytes of another encoding")]
    InvalidUtf8 {
        /// Offset of the first bad byte.
        offset: usize,
    },
    /// HTML nested deeper than the limit.
    #[error("HTML nested {depth} elements deep, over the limit of {limit}")]
    HtmlTooDeep {
        /// Depth found (at least).
        depth: usize,
        /// The limit in force.
        limit: usize,
    },
    /// HTML that yielded no article text.
    #[error("no article text found")]
    NoText,
    /// A JSONL line that is not a valid record.
    #[error("line {line}: {message}")]
    Jsonl {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The extraction stages failed on this document: a fault of Tessera's, not the
    /// file's. The rest of the batch goes on.
    #[error(
        "internal error while extracting ({0}); the document was not stored, please report it"
    )]
    Internal(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl std::error::Error for Error {}
