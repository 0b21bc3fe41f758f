//! Organisations known by who headed them.
//!
//! Reports often name a service loosely, or by a name several countries' services share ("the
//! National Security Service, headed by Ivan Petrenko"). When the text ties an organisation
//! mention to its head and the knowledge files list that person as head of a service whose
//! names fit the mention, the mention is that service.

use knowledge::{key, Entry, Knowledge, OfficeHolder};
use model::{EntityType, Mention};

/// Words naming the head of an organisation.
const HEAD_WORDS: [&str; 12] = [
    "head",
    "chief",
    "director",
    "director-general",
    "minister",
    "commander",
    "chairman",
    "chair",
    "boss",
    "leader",
    "president",
    "general",
];

/// Verbs of "headed by".
const LED: [&str; 7] = [
    "headed",
    "led",
    "run",
    "chaired",
    "directed",
    "commanded",
    "overseen",
];

/// Most bytes between an organisation and its head's name.
const MAX_GAP: usize = 80;

/// Words of a gap between two mentions: lower-case, with commas as words of their own.
fn gap_words(gap: &str) -> Option<Vec<String>> {
    if gap.contains(['.', ';', '\n', '(', ')', '!', '?', ':']) || gap.len() > MAX_GAP {
        return None;
    }
    let mut out = Vec::new();
    for w in gap.replace(',', " , ").split_whitespace() {
        let w = w.replace('’', "'").to_lowercase();
        if w == "'s" || w == "'" {
            continue;
        }
        out.push(w);
    }
    Some(out)
}

/// Whether `w` (lower-case) names a head ("head", "director general", "then-minister").
fn is_head_word(w: &str) -> bool {
    let w = w.strip_prefix("then-").unwrap_or(w);
    HEAD_WORDS.contains(&w)
}

/// "…Service, headed by [General] …", "…Service, which was then led by …",
/// "…Service chief …", "…Service's director, …".
fn org_then_head(words: &[String], titles: &dyn Fn(&str) -> bool) -> bool {
    let mut i = 0;
    let at = |i: usize| words.get(i).map(String::as_str);
    if at(i) == Some(",") {
        i += 1;
    }
    // The head's title right after the name: "MNS chief X", "the Service's head, X".
    if at(i).is_some_and(is_head_word) {
        let rest = &words[i + 1..];
        return rest.is_empty() || rest == [","];
    }
    while matches!(
        at(i),
        Some("which" | "that" | "was" | "is" | "were" | "then" | "at" | "the" | "time")
    ) {
        i += 1;
    }
    if !at(i).is_some_and(|w| LED.contains(&w)) || at(i + 1) != Some("by") {
        return false;
    }
    i += 2;
    // Up to three title words before the name: "by Lieutenant General".
    let rest = &words[i..];
    rest.len() <= 3 && rest.iter().all(|w| w == "the" || titles(w))
}

/// "X, head of the …", "X, who was then director of …", "X, the former chief of …".
fn head_then_org(words: &[String]) -> bool {
    let mut i = 0;
    let at = |i: usize| words.get(i).map(String::as_str);
    if at(i) == Some(",") {
        i += 1;
    }
    while matches!(
        at(i),
        Some("who" | "was" | "is" | "then" | "the" | "a" | "former" | "longtime" | "long-time")
    ) {
        i += 1;
    }
    if !at(i).is_some_and(is_head_word) {
        return false;
    }
    i += 1;
    if at(i) == Some("general") {
        i += 1;
    }
    if at(i) != Some("of") {
        return false;
    }
    i += 1;
    if at(i) == Some("the") {
        i += 1;
    }
    i == words.len()
}

/// Whether two spellings name one person: the same name, or the same surname with the
/// same first initial ("Eldar Mahmudov", "E. Mahmudov"), or the surname alone.
fn same_person(listed: &str, named: &str) -> bool {
    let (a, b) = (key(listed), key(named));
    if a == b {
        return true;
    }
    let (aw, bw): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (Some(al), Some(bl)) = (aw.last(), bw.last()) else {
        return false;
    };
    if al != bl || al.len() < 4 {
        return false;
    }
    bw.len() == 1 || aw[0].chars().next() == bw[0].chars().next()
}

/// Whether an organisation mention's own words fit the names of `e`: every word it has
/// besides head words ("Service", "Ministry"), function words and country words is a word
/// of one of `e`'s names. An acronym must be one of them.
fn fits(kb: &Knowledge, e: &Entry, text: &str) -> bool {
    let k = key(text);
    let names: Vec<String> = e.names.iter().map(|n| key(n)).collect();
    if text.split_whitespace().count() == 1 && text.chars().all(|c| !c.is_lowercase()) {
        return names.contains(&k);
    }
    let own: Vec<&str> = names.iter().flat_map(|n| n.split(' ')).collect();
    k.split(' ').all(|w| {
        own.contains(&w)
            || matches!(w, "of" | "for" | "and" | "the")
            || kb.org_heads.contains_key(w)
            || kb.lookup_country_word(w).is_some()
    })
}

/// Whether the mention's text names a country ("Armenia's", "Iranian").
fn names_country(kb: &Knowledge, text: &str) -> bool {
    key(text).split(' ').any(|w| {
        kb.lookup_country_word(w).is_some()
            || kb
                .lookup_key(w)
                .is_some_and(|e| e.kind == knowledge::Kind::Country)
    })
}

/// Resolves organisation mentions that the text ties to a listed head.
pub(crate) fn apply(kb: &Knowledge, text: &str, mentions: &mut [Mention]) {
    if kb.office_holders.is_empty() {
        return;
    }
    let titles = |w: &str| kb.titles.contains_key(&key(w)) || is_head_word(w);
    // (organisation mention, office holder)
    let mut found: Vec<(usize, &OfficeHolder)> = Vec::new();
    for (oi, o) in mentions.iter().enumerate() {
        if o.etype != EntityType::Org || o.span.is_empty() || names_country(kb, &o.text) {
            continue;
        }
        for p in mentions.iter().filter(|p| p.etype == EntityType::Person) {
            let linked = if p.span.start >= o.span.end && p.span.start - o.span.end <= MAX_GAP {
                gap_words(&text[o.span.end..p.span.start])
                    .is_some_and(|g| org_then_head(&g, &titles))
            } else if o.span.start >= p.span.end && o.span.start - p.span.end <= MAX_GAP {
                gap_words(&text[p.span.end..o.span.start]).is_some_and(|g| head_then_org(&g))
            } else {
                false
            };
            if !linked {
                continue;
            }
            let holder = kb.office_holders.iter().find(|h| {
                (same_person(&h.person, &p.canonical) || same_person(&h.person, &p.text))
                    && fits(kb, &kb.entries[h.org], &o.text)
            });
            if let Some(h) = holder {
                found.push((oi, h));
                break;
            }
        }
    }
    // One sense per document: the report's other mentions by the same name follow.
    for (oi, h) in found {
        let e = &kb.entries[h.org];
        let name = key(&mentions[oi].text);
        let years = match h.to {
            Some(to) => format!("{}–{to}", h.from),
            None => format!("from {}", h.from),
        };
        let why = format!(
            "headed by {} ({} of {}, {years})",
            h.person, h.office, e.canonical
        );
        for m in mentions
            .iter_mut()
            .filter(|m| m.etype == EntityType::Org && key(&m.text) == name)
        {
            m.kb = Some(format!("org:{}", e.canonical));
            m.canonical = e.canonical.clone();
            m.subtype = Some(e.subtype.clone());
            m.coref = Some(why.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        gap_words(s).unwrap()
    }

    #[test]
    fn gaps_that_tie_an_organisation_to_its_head() {
        let titles = |w: &str| matches!(w, "general" | "lieutenant");
        for gap in [
            ", headed by ",
            ", which was then led by ",
            " chief ",
            "'s director, ",
            ", run by Lieutenant General ",
        ] {
            assert!(org_then_head(&words(gap), &titles), "{gap:?}");
        }
        for gap in [
            ", and ",
            " arrested ",
            ", headed by the cousin of ",
            " said ",
        ] {
            assert!(!org_then_head(&words(gap), &titles), "{gap:?}");
        }
        for gap in [
            ", head of the ",
            ", who was then director of ",
            ", the former chief of ",
        ] {
            assert!(head_then_org(&words(gap)), "{gap:?}");
        }
        for gap in [
            ", a source in the ",
            " told the ",
            ", head of security at the ",
        ] {
            assert!(!head_then_org(&words(gap)), "{gap:?}");
        }
        assert!(gap_words(". Later, ").is_none());
    }

    #[test]
    fn one_person_spelled_several_ways() {
        assert!(same_person("Hakan Fidan", "Hakan Fidan"));
        assert!(same_person("Hakan Fidan", "H. Fidan"));
        assert!(same_person("Hakan Fidan", "Fidan"));
        assert!(!same_person("Hakan Fidan", "Ayse Fidan"));
        assert!(!same_person("Ali Bar", "Bar"));
    }
}
