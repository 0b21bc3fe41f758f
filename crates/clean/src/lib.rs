//! Cleaning: the article's own text, set apart from everything a web capture wraps it in.
//!
//! Input is [`model::Document::original`]; output is [`model::Document::text`] (the clean
//! text every later stage reads), the [`model::Alignment`] back to the original, the
//! [`model::Boilerplate`] spans that were set aside, and the metadata the text itself states:
//! title, authors, translators, publication date and outlet.
//!
//! The rules read the shape of lines (length, capitals, final punctuation), their position
//! (header before the first body paragraph, tail after a comments marker), repetition (a lead
//! printed again) and the vocabulary of web chrome, never the exact strings of particular
//! sites. Nothing here fails: odd input gives a diagnostic.
//!
//! ```
//! let mut doc = model::Document {
//!     original: "Share on Facebook\nPolice detained two couriers in Tbilisi on Friday, the interior ministry said.\n\nLeave a Reply\nNice article!\n".into(),
//!     ..Default::default()
//! };
//! clean::clean(&mut doc);
//! assert_eq!(doc.text, "Police detained two couriers in Tbilisi on Friday, the interior ministry said.\n");
//! ```
#![deny(missing_docs)]

mod lines;
mod meta;

use lines::{Class, Line};
use model::{Alignment, Boilerplate, Document, Span};

/// Cleans a document in place: fills `text`, `alignment`, `boilerplate`, `sections` and the
/// text-derived metadata that the source metadata left empty.
pub fn clean(doc: &mut Document) {
    let original = std::mem::take(&mut doc.original);
    let lines = lines::split(&original);
    let (classes, sections) = lines::classify(&lines);
    meta::apply_header(doc, &lines, &classes);
    build_text(doc, &original, &lines, &classes, &sections);
    meta::apply_outlet(doc, &lines, &classes);
    doc.original = original;
}

fn build_text(
    doc: &mut Document,
    original: &str,
    lines: &[Line],
    classes: &[Class],
    section_heads: &[usize],
) {
    let mut text = String::with_capacity(doc.original.len());
    let mut pieces = Vec::new();
    let mut boiler: Vec<Boilerplate> = Vec::new();
    let mut gap = false;
    let mut pending: Option<usize> = None;
    let mut open: Option<(usize, usize)> = None;
    let mut sections = Vec::new();
    for (i, (line, class)) in lines.iter().zip(classes).enumerate() {
        if section_heads.contains(&i) {
            pending = Some(i);
        }
        match class {
            Class::Body => {
                if !text.is_empty() {
                    text.push_str(if gap { "\n\n" } else { "\n" });
                }
                gap = false;
                if let Some(head) = pending.take() {
                    if let Some((start, h)) = open.take() {
                        sections.push((Span::new(start, text.len()), h));
                    }
                    open = Some((text.len(), head));
                }
                pieces.push((text.len(), line.start, line.text.len()));
                text.push_str(line.text);
            }
            Class::Blank => gap = true,
            Class::Boiler(kind) => {
                gap = true;
                let span = Span::new(line.start, line.start + line.text.len());
                match boiler.last_mut() {
                    Some(b)
                        if b.kind == *kind
                            && lines::only_blanks_between(original, b.span.end, span.start) =>
                    {
                        b.span.end = span.end
                    }
                    _ => boiler.push(Boilerplate { span, kind: *kind }),
                }
            }
        }
    }
    if !text.is_empty() {
        text.push('\n');
    }
    if let Some((start, h)) = open {
        sections.push((Span::new(start, text.len()), h));
    }
    doc.sections = sections
        .into_iter()
        .map(|(span, head)| {
            let name = lines[head].text.trim().to_string();
            let date = lines[head + 1..]
                .iter()
                .find(|l| !l.text.trim().is_empty())
                .and_then(|l| temporal::parse_date(l.text, doc.published));
            (span, Some(name), date)
        })
        .collect();
    doc.text = text;
    doc.alignment = Alignment { pieces };
    doc.boilerplate = boiler;
    if doc.text.trim().is_empty() {
        doc.note("clean", "no article text left after removing boilerplate");
    }
}

#[cfg(test)]
mod tests;
