//! Whether what an event is said to show is proven or in doubt.
//!
//! Reports and interviews argue about the charge behind an arrest: one voice says "whether
//! these men worked for the network is still in doubt", another that "the ties of those
//! detained to the network are beyond doubt". Each such statement is tied to the event its
//! subject refers back to, so that a cluster holding both can report the disagreement with
//! both sentences.
//!
//! A statement counts only when its subject points back at the people an event acted on:
//! a participle group ("those arrested", "the detainees") names the kind of act, and a
//! demonstrative group ("these people", "those men") the act of the sentence before. A
//! general "the network's existence is not in doubt" refers to no event and is left alone.

use model::{Document, Event, EventType, Modality, Stance};

/// How far back (bytes) a participle group may reach for its act.
const REACH: usize = 3000;

/// What the statement's doubt or certainty is about is not the charge: whether they will be
/// freed, where they are, how they are.
const NOT_THE_CHARGE: [&str; 9] = [
    "fate",
    "whereabouts",
    "release",
    "released",
    "freed",
    "health",
    "future",
    "condition",
    "trial",
];

/// Words that turn a doubt into certainty when they come just before it ("not in doubt",
/// "no doubt", "beyond doubt", "never been in doubt", "no longer in doubt").
const NEGATORS: [&str; 7] = [
    "not", "no", "never", "little", "beyond", "without", "longer",
];

/// The cue of a statement of certainty (`true`) or doubt (`false`) in lower-cased words,
/// with the index of its first word.
fn cue(w: &[&str]) -> Option<(bool, usize, usize)> {
    for (k, &t) in w.iter().enumerate() {
        let negated = |from: usize| {
            w[from.saturating_sub(3)..from]
                .iter()
                .any(|p| NEGATORS.contains(p))
        };
        match t {
            "doubt" | "doubts" => {
                let prev = k.checked_sub(1).map(|j| w[j]);
                let next = w.get(k + 1).copied();
                if negated(k) {
                    // "beyond (any) doubt", "no doubt that", "not in doubt".
                    let at = (k.saturating_sub(3)..k)
                        .find(|&j| NEGATORS.contains(&w[j]))
                        .unwrap_or(k);
                    return Some((true, at, k + 1));
                }
                if prev == Some("in")
                    || matches!(next, Some("that" | "whether" | "about" | "over" | "as"))
                {
                    return Some((false, k.saturating_sub(1), k + 1));
                }
            }
            "doubtful" | "unproven" | "questionable" | "unsubstantiated" if !negated(k) => {
                return Some((false, k, k + 1));
            }
            // "presumed innocent until proven guilty" says nothing about the case.
            "proven" | "proved" if k > 0 && matches!(w[k - 1], "until" | "unless") => {}
            "proven" | "proved" => {
                let before = &w[k.saturating_sub(3)..k];
                if before.iter().any(|p| matches!(*p, "not" | "never")) {
                    return Some((false, k.saturating_sub(2), k + 1));
                }
                if before
                    .iter()
                    .any(|p| matches!(*p, "is" | "are" | "was" | "were" | "been"))
                {
                    return Some((true, k.saturating_sub(1), k + 1));
                }
            }
            "indisputable" | "undeniable" | "incontrovertible" => {
                return Some((true, k, k + 1));
            }
            "evidence" if k > 0 && w[k - 1] == "no" => {
                if matches!(w.get(k + 1), Some(&("that" | "of"))) {
                    return Some((false, k - 1, k + 1));
                }
            }
            "question" if k > 0 && w[k - 1] == "beyond" => {
                return Some((true, k - 1, k + 1));
            }
            _ => {}
        }
    }
    None
}

/// The kinds of act a participle group names ("those arrested" -> arrest).
fn participle_group(w: &str) -> Option<&'static [EventType]> {
    const HELD: &[EventType] = &[EventType::Arrest];
    const CHARGED: &[EventType] = &[EventType::Charge, EventType::Arrest];
    const CONVICTED: &[EventType] = &[EventType::Sentence, EventType::Charge];
    match w {
        "arrested" | "detained" | "held" | "detainees" | "apprehended" => Some(HELD),
        "charged" | "accused" | "suspects" | "indicted" | "defendants" => Some(CHARGED),
        "convicted" | "sentenced" | "jailed" => Some(CONVICTED),
        _ => None,
    }
}

/// A group referring back to people acted on, with the index of its first word: ("those
/// arrested" -> Some(types)), ("these people" -> None, meaning the act just before).
fn group(w: &[&str], end: usize) -> Option<(usize, Option<&'static [EventType]>)> {
    for k in 0..end.min(w.len()).saturating_sub(1) {
        let det = w[k];
        let noun = w[k + 1];
        if matches!(det, "those" | "the") {
            if let Some(t) = participle_group(noun) {
                return Some((k, Some(t)));
            }
        }
        if matches!(det, "these" | "those")
            && matches!(
                noun,
                "people"
                    | "persons"
                    | "men"
                    | "women"
                    | "individuals"
                    | "suspects"
                    | "detainees"
                    | "citizens"
                    | "officers"
                    | "defendants"
            )
        {
            return Some((k, participle_group(noun)));
        }
    }
    None
}

/// An act whose people can be said to be proven guilty or not: an arrest, a charge or a
/// sentence (always done to someone, named or not: "many people were arrested"), or another
/// act with people named or counted.
fn acts_on_people(e: &Event) -> bool {
    e.modality != Modality::Denied
        && e.etype != EventType::Denial
        && e.etype != EventType::Accusation
        && (matches!(
            e.etype,
            EventType::Arrest | EventType::Charge | EventType::Sentence
        ) || !e.patients.is_empty()
            || e.count.is_some())
}

/// Ties each statement of certainty or doubt to the event its subject refers back to.
pub(crate) fn link_stances(doc: &Document, events: &mut [Event]) {
    let text = &doc.text;
    let sentences = &doc.segments.sentences;
    for (si, sspan) in sentences.iter().enumerate() {
        let raw = sspan.of(text).to_lowercase();
        if ![
            "doubt",
            "prove",
            "unproven",
            "questionable",
            "evidence",
            "indisput",
            "undeniab",
        ]
        .iter()
        .any(|c| raw.contains(c))
        {
            continue;
        }
        let toks = segment::tokens(text, *sspan);
        let lower: Vec<String> = toks.iter().map(|t| t.of(text).to_lowercase()).collect();
        let w: Vec<&str> = lower.iter().map(String::as_str).collect();
        let Some((certain, from, to)) = cue(&w) else {
            continue;
        };
        if w.iter().any(|t| NOT_THE_CHARGE.contains(t)) {
            continue;
        }
        // The subject comes before the cue ("the ties of those detained ... are beyond
        // doubt") or, for "no doubt that ...", after it.
        let subject_end = if w.get(to) == Some(&"that") {
            w.len()
        } else {
            from
        };
        let Some((at, kinds)) = group(&w, subject_end) else {
            continue;
        };
        // The act referred to comes before the group: in an earlier sentence, or earlier in
        // this one ("Police held four men, and whether these men...").
        let anaphor = toks[at].start;
        let before = |e: &Event| e.trigger.end <= anaphor && e.evidence.end <= sspan.end;
        let found = match kinds {
            // "those arrested": the nearest earlier act of that kind.
            Some(kinds) => events.iter().rposition(|e| {
                kinds.contains(&e.etype)
                    && acts_on_people(e)
                    && before(e)
                    && anaphor.saturating_sub(e.evidence.end) <= REACH
            }),
            // "these people": the act of this sentence or the one before.
            None => {
                let prev = si
                    .checked_sub(1)
                    .map_or(sspan.start, |p| sentences[p].start);
                events
                    .iter()
                    .rposition(|e| acts_on_people(e) && before(e) && e.evidence.start >= prev)
            }
        };
        let Some(j) = found else {
            continue;
        };
        let cue = toks[from].start..toks[to - 1].end;
        events[j].stances.push(Stance {
            certain,
            evidence: *sspan,
            cue: text[cue].to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    }

    fn cue_of(s: &str) -> Option<bool> {
        let w = words(s);
        let w: Vec<&str> = w.iter().map(String::as_str).collect();
        cue(&w).map(|c| c.0)
    }

    #[test]
    fn doubt_and_certainty_cues() {
        assert_eq!(cue_of("whether they spied is still in doubt"), Some(false));
        assert_eq!(cue_of("their guilt is not in doubt"), Some(true));
        assert_eq!(cue_of("it has never been in doubt"), Some(true));
        assert_eq!(
            cue_of("their ties to the cell are beyond doubt"),
            Some(true)
        );
        assert_eq!(cue_of("there is no doubt that they spied"), Some(true));
        assert_eq!(
            cue_of("lawyers raised doubts about the charge"),
            Some(false)
        );
        assert_eq!(cue_of("the link has not been proven"), Some(false));
        assert_eq!(cue_of("the link was proven in court"), Some(true));
        assert_eq!(cue_of("there is no evidence that they spied"), Some(false));
        assert_eq!(cue_of("the charge is unproven"), Some(false));
        assert_eq!(cue_of("the police said they spied"), None);
        assert_eq!(
            cue_of("they are presumed innocent until proven guilty"),
            None
        );
    }

    #[test]
    fn groups_that_refer_back() {
        let g = |s: &str| {
            let w = words(s);
            let w: Vec<&str> = w.iter().map(String::as_str).collect();
            group(&w, w.len())
        };
        assert_eq!(
            g("the ties of those detained"),
            Some((3, Some(&[EventType::Arrest][..])))
        );
        assert_eq!(g("that these men worked for Brenia"), Some((1, None)));
        assert_eq!(g("the existence of the network"), None);
    }
}
