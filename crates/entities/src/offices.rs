//! One person, two offices at once: a report that calls someone "President" in a sentence
//! about 2009 and "Prime Minister" in another sentence about 2009 says two things that cannot
//! both be true (or that the person changed office within the time named, which an analyst
//! will want to check either way).
//!
//! Offices compared: president, vice president, prime minister: one person holds at most one
//! of them at a time. A title that looks ahead or is not held ("future", "president-elect",
//! "candidate", "acting") is no office, nor is the president of a company or a court.
//! Each title is dated by the one date its sentence gives; two dates that cannot be the same
//! time ("March 2014" and "September 2014") are no clash.

use model::{Conflict, DateValue, Document, EntityType, Statement};

/// The office a role names, if it is one of those compared.
fn office(role: &str) -> Option<&'static str> {
    let r = role.to_lowercase();
    let words: Vec<&str> = r
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| {
        matches!(
            *w,
            "future"
                | "would"
                | "next"
                | "elect"
                | "candidate"
                | "hopeful"
                | "acting"
                | "interim"
                | "deputy"
                | "wife"
                | "husband"
                | "son"
                | "daughter"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "adviser"
                | "advisor"
                | "aide"
        )
    }) {
        return None;
    }
    let at = |w: &str| words.iter().position(|x| *x == w);
    if let Some(k) = at("minister") {
        return (k > 0 && matches!(words[k - 1], "prime")).then_some("prime minister");
    }
    if words.contains(&"premier") {
        return Some("prime minister");
    }
    let k = at("president")?;
    // "president of the chamber of commerce": not a head of state.
    if words.get(k + 1) == Some(&"of") {
        let rest = words[k + 2..].join(" ");
        let rest = rest.strip_prefix("the ").unwrap_or(&rest);
        let kb = knowledge::get();
        let country =
            kb.lookup(rest).is_some_and(|e| e.subtype == "country") || rest.starts_with("republic");
        if !country {
            return None;
        }
    }
    if k > 0 && words[k - 1] == "vice" {
        return Some("vice president");
    }
    Some("president")
}

/// The date of the sentence `at` is in, when it gives exactly one.
fn sentence_date(doc: &Document, at: usize) -> Option<(DateValue, model::Span)> {
    let sentences = &doc.segments.sentences;
    let s = *sentences.get(sentences.partition_point(|s| s.end <= at))?;
    let mut dates: Vec<DateValue> = doc
        .times
        .iter()
        .filter(|t| s.contains(t.span) && !t.approximate)
        .filter_map(|t| t.value)
        .collect();
    dates.dedup();
    match dates.as_slice() {
        [d] => Some((*d, s)),
        _ => None,
    }
}

/// People the report gives two of the compared offices for one time.
pub fn office_clashes(doc: &Document) -> Vec<Conflict> {
    // Each title as one side of a clash: (person, office, date, the statement).
    let mut titled: Vec<(&str, &'static str, DateValue, Statement)> = Vec::new();
    for m in &doc.mentions {
        if m.etype != EntityType::Person {
            continue;
        }
        let Some(office) = m.role.as_deref().and_then(office) else {
            continue;
        };
        let Some((date, sentence)) = sentence_date(doc, m.span.start) else {
            continue;
        };
        titled.push((
            &m.canonical,
            office,
            date,
            Statement {
                event: None,
                value: format!("{office} ({date})"),
                text: sentence.of(&doc.text).to_string(),
                start: sentence.start,
                end: sentence.end,
            },
        ));
    }
    let mut out: Vec<Conflict> = Vec::new();
    for (i, a) in titled.iter().enumerate() {
        for b in &titled[i + 1..] {
            if a.0 != b.0 || a.1 == b.1 || !a.2.compatible(&b.2) {
                continue;
            }
            // One clash per person.
            if out.iter().any(|c| c.subject.as_deref() == Some(a.0)) {
                continue;
            }
            out.push(Conflict {
                field: "office".to_string(),
                values: vec![a.3.value.clone(), b.3.value.clone()],
                events: vec![],
                subject: Some(a.0.to_string()),
                statements: vec![a.3.clone(), b.3.clone()],
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_compared() {
        assert_eq!(office("former Israeli president"), Some("president"));
        assert_eq!(office("then-Prime Minister"), Some("prime minister"));
        assert_eq!(office("vice president"), Some("vice president"));
        assert_eq!(office("Vice-President"), Some("vice president"));
        assert_eq!(office("ex-wife of the president"), None);
        assert_eq!(office("president of the chamber of commerce"), None);
        assert_eq!(office("president of France"), Some("president"));
        assert_eq!(office("foreign minister"), None);
        assert_eq!(office("president-elect"), None);
        assert_eq!(office("future prime minister"), None);
        assert_eq!(office("deputy prime minister"), None);
    }
}
