//! Segmentation: paragraphs, sentences and tokens as byte spans into the clean text.
//!
//! Paragraphs break at blank lines, and at a line break after a finished sentence (captures
//! often put one paragraph per line); a line break inside a sentence is a soft wrap.
//! Sentences break after `.`, `!` or `?` (and any closing quotes) before a capital, digit or
//! opening quote, except after abbreviations ("Gen.", "U.S."), initials ("J. R.") and inside
//! numbers. Tokens are words (with inner apostrophes, hyphens and abbreviation dots) and single
//! punctuation marks.
//!
//! ```
//! let text = "Gen. A. Karimov said the U.S. embassy was warned. Two men were held.\n";
//! let s = segment::segment(text);
//! assert_eq!(s.sentences.len(), 2);
//! assert_eq!(s.sentences[1].of(text), "Two men were held.");
//! ```
#![deny(missing_docs)]

use model::{Segments, Span};

const ABBREVIATIONS: [&str; 48] = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "brig",
    "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "e.g",
    "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "fig", "ca",
];

/// Splits clean text into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Segments {
    let paragraphs = paragraphs(text);
    let mut sentences = Vec::new();
    for p in &paragraphs {
        sentences.extend(sentences_in(text, *p));
    }
    Segments {
        tokens: tokens(text, Span::new(0, text.len())),
        paragraphs,
        sentences,
    }
}

fn terminal(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', '»'])
        .ends_with(['.', '!', '?', ':'])
}

/// Paragraph spans (trimmed of surrounding whitespace).
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    let mut prev_line = "";
    let mut blank_before = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        if body.trim().is_empty() {
            blank_before = true;
        } else {
            let lower_start = body
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase());
            let soft = start.is_some() && !blank_before && !terminal(prev_line) && lower_start;
            if !soft {
                if let Some(s) = start.take() {
                    out.push(trim(text, Span::new(s, pos)));
                }
                start = Some(pos);
            }
            prev_line = body;
            blank_before = false;
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(trim(text, Span::new(s, text.len())));
    }
    out.retain(|s| !s.is_empty());
    out
}

fn trim(text: &str, s: Span) -> Span {
    let piece = &text[s.start..s.end];
    let lead = piece.len() - piece.trim_start().len();
    let tail = piece.len() - piece.trim_end().len();
    Span::new(s.start + lead, s.end - tail)
}

fn is_abbreviation(word: &str) -> bool {
    let w = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let w = w.trim_end_matches('.');
    ABBREVIATIONS.contains(&w)
        || (w.chars().count() == 1 && w.chars().all(char::is_alphabetic))
        || (w.len() <= 6 && w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2))
}

/// Sentences inside one paragraph span.
pub fn sentences_in(text: &str, para: Span) -> Vec<Span> {
    let p = &text[para.start..para.end];
    let bytes = p.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // Closing quotes and brackets stay with the sentence they close.
            while end < p.len() {
                let rest = &p[end..];
                let Some(c) = rest.chars().next() else { break };
                if matches!(c, '"' | '”' | '’' | '\'' | ')' | '»' | '.' | '!' | '?') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let after = &p[end..];
            let ws = after.len() - after.trim_start().len();
            let next = after.trim_start().chars().next();
            let opens = next.is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '«' | '(')
            });
            let word_before = p[start..i]
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let abbreviation = b == b'.' && is_abbreviation(word_before);
            if (ws > 0 && opens && !abbreviation) || next.is_none() {
                out.push(trim(text, Span::new(para.start + start, para.start + end)));
                start = end + ws;
                i = start;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < p.len() && !p[start..].trim().is_empty() {
        out.push(trim(text, Span::new(para.start + start, para.end)));
    }
    out
}

/// Tokens inside `span`: words and single punctuation marks.
pub fn tokens(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                let joiner = matches!(d, '\'' | '’' | '-' | '.' | '‑');
                let next_alnum = s[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if d.is_alphanumeric() || d == '\u{301}' || (joiner && next_alnum) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            // "U.S." keeps its final dot; "said." does not.
            let word = &s[i..end];
            if word.contains('.') && s[end..].starts_with('.') {
                end += 1;
                iter.next();
            }
            out.push(Span::new(span.start + i, span.start + end));
        } else {
            out.push(Span::new(span.start + i, span.start + i + c.len_utf8()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn abbreviations_initials_decimals_and_quotes() {
        assert_eq!(
            sents("Col. R. Mammadov met Mr. Li at 3.5 km from the U.S. base. \"We saw nothing.\" He left."),
            vec!["Col. R. Mammadov met Mr. Li at 3.5 km from the U.S. base.", "\"We saw nothing.\"", "He left."]
        );
    }

    #[test]
    fn one_paragraph_per_line_and_soft_wraps() {
        let t = "Police detained two men\nin Batumi on Friday.\nThe ministry said nothing.\n\nA third man fled.\n";
        let s = segment(t);
        assert_eq!(s.paragraphs.len(), 3);
        assert_eq!(
            s.sentences[0].of(t),
            "Police detained two men\nin Batumi on Friday."
        );
    }

    #[test]
    fn tokens_keep_inner_marks() {
        let t = "Azerbaijan’s al-Qaeda-linked U.S.-based cell, 2022.";
        let toks: Vec<&str> = tokens(t, Span::new(0, t.len()))
            .iter()
            .map(|s| s.of(t))
            .collect();
        assert_eq!(
            toks,
            vec![
                "Azerbaijan’s",
                "al-Qaeda-linked",
                "U.S.",
                "-",
                "based",
                "cell",
                ",",
                "2022",
                "."
            ]
        );
    }
}
