//! Documents, spans and the bookkeeping that ties clean text back to its input.

use crate::{DateValue, Event, Mention, TimeExpr};
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into a document's clean text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A new span.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        // An empty span (a document-level mention, such as a byline name) is in no span.
        other.start < other.end && self.start <= other.start && other.end <= self.end
    }
    /// The text this span covers, or "" when it does not fit `text`.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The input format a document was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML page.
    Html,
}

/// Metadata that came with the input (HTML meta tags, JSON-LD, a JSONL record) rather than
/// from the text itself. Text-derived metadata only fills what this leaves empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceMeta {
    /// Record id from a JSONL batch.
    pub record_id: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Site or publication name.
    pub outlet: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication date as given (any common format).
    pub published: Option<String>,
    /// Language code declared by the source.
    pub language: Option<String>,
}

/// Why a stretch of the input was set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// Headline, byline, dateline and other header lines: metadata, not body text.
    Header,
    /// Page chrome: buttons, banners, share and follow links, section labels.
    Chrome,
    /// A lead paragraph printed again.
    RepeatedLead,
    /// Reader comments and their headers.
    Comments,
    /// Unrelated stories after the article.
    Teaser,
    /// Footers such as "Leave a Reply".
    Footer,
}

/// A stretch of the original input that is not part of the clean text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// Byte range into [`Document::original`].
    pub span: Span,
    /// What it is.
    pub kind: BoilerplateKind,
}

/// Maps clean-text offsets back to the original input: each piece says that `len` bytes at
/// `clean` in the clean text are a verbatim copy of the bytes at `original`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// `(clean_start, original_start, len)`, ordered by `clean_start`.
    pub pieces: Vec<(usize, usize, usize)>,
}

impl Alignment {
    /// The original offset of a clean-text offset, where that byte was copied verbatim.
    pub fn to_original(&self, clean: usize) -> Option<usize> {
        let i = self
            .pieces
            .partition_point(|p| p.0 <= clean)
            .checked_sub(1)?;
        let (c, o, len) = self.pieces[i];
        (clean < c + len || (clean == c + len && len > 0)).then_some(o + clean - c)
    }
}

/// Paragraphs, sentences and tokens as spans into the clean text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Segments {
    /// Paragraphs.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order, never crossing a paragraph.
    pub sentences: Vec<Span>,
    /// Word and punctuation tokens. Not serialised: they are a pure function of the text
    /// (`segment::tokens`) and would be most of a stored document's size.
    #[serde(skip)]
    pub tokens: Vec<Span>,
}

/// Something a stage noticed about the input that the user may want to know.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage that noticed it.
    pub stage: String,
    /// What it noticed.
    pub message: String,
}

/// One report, as it flows through the pipeline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id derived from the content hash.
    pub id: String,
    /// Hex SHA-256 of `original`; the idempotency key.
    pub hash: String,
    /// The path as given at ingest (with `#record` for a JSONL record).
    pub path: String,
    /// The decoded input text (for HTML, the text of the main content).
    pub original: String,
    /// Metadata that came with the input.
    pub source: SourceMeta,
    /// The clean text: what extraction reads and what offsets point into.
    pub text: String,
    /// Clean text back to `original`.
    pub alignment: Alignment,
    /// What was set aside, as ranges of `original`.
    pub boilerplate: Vec<Boilerplate>,
    /// Headline.
    pub title: Option<String>,
    /// Publication or site name.
    pub outlet: Option<String>,
    /// Byline authors (never translators).
    pub authors: Vec<String>,
    /// Translators named in the byline.
    pub translators: Vec<String>,
    /// Publication date.
    pub published: Option<DateValue>,
    /// ISO 639-3 language code, or "und".
    pub language: String,
    /// Sections inside the text that carry their own source and date (an embedded wire
    /// excerpt), as `(span into text, source name, date)`.
    pub sections: Vec<(Span, Option<String>, Option<DateValue>)>,
    /// Paragraphs, sentences, tokens.
    pub segments: Segments,
    /// Entity mentions.
    pub mentions: Vec<Mention>,
    /// Temporal expressions.
    pub times: Vec<TimeExpr>,
    /// Events.
    pub events: Vec<Event>,
    /// Things the report says that cannot both be true and that belong to no event cluster
    /// (one person given two offices for the same time).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<crate::Conflict>,
    /// What the stages noticed.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// Records a diagnostic from `stage`.
    pub fn note(&mut self, stage: &str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            stage: stage.to_string(),
            message: message.into(),
        });
    }

    /// The reference date for relative expressions at `offset`: the date of the section it
    /// lies in, else the publication date.
    pub fn reference_date(&self, offset: usize) -> Option<DateValue> {
        self.sections
            .iter()
            .find(|(s, _, d)| s.start <= offset && offset < s.end && d.is_some())
            .and_then(|(_, _, d)| *d)
            .or(self.published)
    }

    /// The source named by the section that holds `offset`, if any.
    pub fn section_source(&self, offset: usize) -> Option<&str> {
        self.sections
            .iter()
            .find(|(s, _, _)| s.start <= offset && offset < s.end)
            .and_then(|(_, n, _)| n.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alignment_maps_into_copied_pieces_only() {
        let a = Alignment {
            pieces: vec![(0, 10, 5), (7, 30, 4)],
        };
        assert_eq!(a.to_original(0), Some(10));
        assert_eq!(a.to_original(4), Some(14));
        assert_eq!(a.to_original(6), None);
        assert_eq!(a.to_original(8), Some(31));
    }
}
