//! One side's reaction shown by the other side's words: a report that writes "the Turkish
//! response to the arrests was swift" and goes on "For example, Greek Foreign Minister X
//! said ..." says two things that cannot both be meant. An example belongs to what it
//! illustrates, so either the side is misnamed or the example is wrong; an analyst wants it
//! flagged either way.
//!
//! A reaction is a country word before a reaction noun ("the Turkish response", "Chile's
//! reaction", "Turkish official anger"). Its illustration is a following sentence, at most
//! two on, that opens with an example cue ("For instance", "For example"). The sentence
//! clashes when its first named person or body that belongs to a country belongs to another
//! one, and no one in it belongs to the reacting country. A person belongs to the country
//! their role names ("Greek Foreign Minister"); a body to the country of its entry in the
//! knowledge files or to the country word it opens with ("Peru's Interior Ministry").

use model::{Conflict, Document, EntityType, Mention, Span, Statement};

/// Nouns for what a side does in answer to something.
const REACTIONS: [&str; 17] = [
    "reaction",
    "reactions",
    "response",
    "responses",
    "reply",
    "anger",
    "outrage",
    "protest",
    "protests",
    "criticism",
    "condemnation",
    "objection",
    "objections",
    "displeasure",
    "backlash",
    "fury",
    "alarm",
];

/// Words that may stand between the country word and the reaction noun.
const BETWEEN: [&str; 9] = [
    "official",
    "government",
    "public",
    "initial",
    "first",
    "angry",
    "strong",
    "sharp",
    "diplomatic",
];

/// How a sentence that gives an example opens.
const CUES: [&str; 6] = [
    "for instance",
    "for example",
    "for one",
    "as an example",
    "by way of example",
    "to give an example",
];

/// How many sentences on from the reaction its example may come.
const REACH: usize = 2;

/// The words of `text` with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// The country (its ISO code, else its name) a country word or possessive names:
/// "Turkish", "Chile's".
fn country_word(word: &str) -> Option<String> {
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    let e = knowledge::get().lookup_country_word(&bare.to_lowercase())?;
    Some(e.country.clone().unwrap_or_else(|| e.canonical.clone()))
}

/// The reacting country a sentence names, with the phrase ("Turkish response").
fn reaction(sentence: &str) -> Option<(String, String)> {
    let ws = words(sentence);
    for (i, (_, w)) in ws.iter().enumerate() {
        if !REACTIONS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        let mut j = i.checked_sub(1)?;
        if BETWEEN.contains(&ws[j].1.to_lowercase().as_str()) {
            j = j.checked_sub(1)?;
        }
        // "the reaction of Chile" is not caught; "Turkish response" and "Chile's reaction" are.
        let capital = ws[j].1.starts_with(|c: char| c.is_uppercase());
        if let Some(country) = country_word(ws[j].1).filter(|_| capital) {
            let phrase = &sentence[ws[j].0..ws[i].0 + w.len()];
            return Some((country, phrase.to_string()));
        }
    }
    None
}

/// The country a named person or body belongs to, when the report or the knowledge files
/// say.
fn belongs_to(m: &Mention) -> Option<String> {
    match m.etype {
        // Roles are kept in lower case; short words ("us") are not read as countries there.
        EntityType::Person => m.role.as_deref().and_then(|r| {
            words(r)
                .into_iter()
                .filter(|(_, w)| w.len() >= 4)
                .find_map(|(_, w)| country_word(w))
        }),
        EntityType::Org => {
            let kb = knowledge::get();
            kb.lookup(&m.canonical.to_lowercase())
                .and_then(|e| e.country.clone())
                .or_else(|| words(&m.text).first().and_then(|(_, w)| country_word(w)))
        }
        _ => None,
    }
}

fn statement(doc: &Document, s: Span, value: String) -> Statement {
    Statement {
        event: None,
        value,
        text: s.of(&doc.text).to_string(),
        start: s.start,
        end: s.end,
    }
}

/// Reactions of one country that the report illustrates with another country's words.
pub fn side_clashes(doc: &Document) -> Vec<Conflict> {
    let sentences = &doc.segments.sentences;
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let Some((side, phrase)) = reaction(s.of(&doc.text)) else {
            continue;
        };
        for t in sentences.iter().skip(i + 1).take(REACH) {
            let text = t.of(&doc.text).trim_start().to_lowercase();
            if !CUES.iter().any(|c| text.starts_with(c)) {
                continue;
            }
            let sides: Vec<(&Mention, String)> = doc
                .mentions
                .iter()
                .filter(|m| t.contains(m.span))
                .filter_map(|m| belongs_to(m).map(|c| (m, c)))
                .collect();
            let Some((who, other)) = sides.first() else {
                break;
            };
            if *other != side && sides.iter().all(|(_, c)| *c != side) {
                let shown = match &who.role {
                    Some(role) => format!("{} ({role})", who.canonical),
                    None => who.canonical.clone(),
                };
                out.push(Conflict {
                    field: "side".to_string(),
                    values: vec![phrase.clone(), shown.clone()],
                    events: vec![],
                    subject: Some(phrase.clone()),
                    statements: vec![statement(doc, *s, phrase), statement(doc, *t, shown)],
                });
            }
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clashes(text: &str) -> Vec<Conflict> {
        let mut doc = Document {
            text: text.to_string(),
            ..Default::default()
        };
        doc.segments = segment::segment(&doc.text);
        crate::recognise(&mut doc);
        side_clashes(&doc)
    }

    #[test]
    fn an_example_from_the_other_side_clashes() {
        let c = clashes(
            "Athens watched the trial closely. The Turkish response to the arrest of the two \
             reporters in Izmir was swift. For example, Greek Foreign Minister Nikos Pappadakis \
             said the arrests would harm talks on the islands.\n",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].field, "side");
        assert_eq!(c[0].values[0], "Turkish response");
        assert!(c[0].values[1].contains("Pappadakis"), "{c:?}");
        assert!(c[0].statements[1].text.starts_with("For example"));
    }

    #[test]
    fn a_possessive_country_reacts_too() {
        let c = clashes(
            "Chile's reaction to the expulsion was measured. For instance, Peruvian Interior \
             Minister Rosa Quispe Mamani told reporters the matter was closed.\n",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].values[0], "Chile's reaction");
    }

    #[test]
    fn an_example_from_the_same_side_or_no_example_is_no_clash() {
        for text in [
            // The example belongs to the side.
            "The Turkish response was swift. For example, Turkish Foreign Minister Mehmet \
             Kaya said the arrests were lawful.\n",
            // A reply from the other side, not an example of the reaction.
            "The Turkish response was swift. Greek Foreign Minister Nikos Pappadakis said \
             the arrests would harm talks.\n",
            // The side's own people speak in the example as well.
            "The Turkish response was swift. For example, Greek Foreign Minister Nikos \
             Pappadakis said Turkish Interior Minister Ali Demir had called him.\n",
            // Too far on to illustrate it.
            "The Turkish response was swift. Talks went on. Ships sailed. Ferries were \
             cancelled. For example, Greek Foreign Minister Nikos Pappadakis said so.\n",
        ] {
            assert!(clashes(text).is_empty(), "{text}");
        }
    }
}
