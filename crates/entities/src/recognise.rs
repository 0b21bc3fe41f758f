//! Candidate spans, typing votes and in-document coreference.

use crate::roles;
use knowledge::{key, Entry, Kind, Knowledge};
use model::{Document, EntityType, Mention, Span};
use std::collections::{HashMap, HashSet};

/// Words that start sentences or phrases with a capital but never start a name.
const FUNCTION_WORDS: [&str; 96] = [
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "but",
    "and",
    "or",
    "according",
    "after",
    "before",
    "when",
    "while",
    "since",
    "as",
    "if",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "we",
    "they",
    "he",
    "she",
    "it",
    "there",
    "then",
    "also",
    "however",
    "meanwhile",
    "although",
    "both",
    "many",
    "some",
    "another",
    "other",
    "last",
    "early",
    "question",
    "answer",
    "thus",
    "finally",
    "actually",
    "besides",
    "today",
    "yesterday",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "let",
    "given",
    "firstly",
    "secondly",
    "so",
    "by",
    "from",
    "with",
    "all",
    "each",
    "every",
    "most",
    "more",
    "no",
    "not",
    "one",
    "two",
    "three",
    "several",
    "during",
    "until",
    "among",
    "even",
    "only",
    "just",
    "such",
    "here",
    "i",
    "you",
    "my",
    "your",
    "unfortunately",
    "together",
    "instead",
    "still",
    "moreover",
    "therefore",
];

const CONNECTORS: [&str; 12] = [
    "of", "al", "al-", "bin", "ibn", "de", "van", "von", "der", "el", "for", "and",
];

/// Heads of descriptive institution phrases after a demonym or a country's possessive, and
/// what they make of the phrase.
fn generic_head(w: &str) -> Option<(&'static str, EntityType, &'static str)> {
    Some(match w {
        "intelligence" | "services" | "service" | "circles" | "agencies" | "agency" | "system"
        | "agents" => (
            "intelligence services",
            EntityType::Org,
            "intelligence_service",
        ),
        "forces" | "military" | "army" | "troops" => {
            ("armed forces", EntityType::Org, "armed_group")
        }
        "navy" => ("navy", EntityType::Org, "armed_group"),
        "police" => ("police", EntityType::Org, "government_body"),
        "authorities" | "government" | "regime" | "leadership" | "lands" | "state" => {
            ("", EntityType::Location, "country")
        }
        "embassy" => ("embassy", EntityType::Location, "facility"),
        _ => return None,
    })
}

/// Nouns "military" modifies as an adjective ("military drills"), where it is no one's name.
const MILITARY_NOUNS: [&str; 30] = [
    "exercises",
    "exercise",
    "drills",
    "drill",
    "maneuvers",
    "manoeuvres",
    "equipment",
    "facilities",
    "facility",
    "units",
    "unit",
    "bases",
    "base",
    "objects",
    "installations",
    "personnel",
    "aid",
    "cooperation",
    "training",
    "operation",
    "operations",
    "buildup",
    "build-up",
    "presence",
    "capabilities",
    "sites",
    "secrets",
    "hardware",
    "vehicles",
    "strikes",
];

/// Last words of the names of events and periods, which are no one's name.
const EVENT_NAMES: [&str; 19] = [
    // A law: "the Official Secrets Act", "the Criminal Code".
    "act",
    "code",
    "day",
    "war",
    "wars",
    "revolution",
    "uprising",
    "crisis",
    "conflict",
    "massacre",
    "genocide",
    "treaty",
    "accords",
    "accord",
    "offensive",
    "intifada",
    "spring",
    "siege",
    "blockade",
];

/// Faiths and their adjectives: words of descriptions, not of personal names.
const FAITHS: [&str; 16] = [
    "muslim",
    "muslims",
    "shia",
    "shiite",
    "shiites",
    "sunni",
    "sunnis",
    "islamic",
    "islamist",
    "christian",
    "christians",
    "jewish",
    "catholic",
    "orthodox",
    "hindu",
    "buddhist",
];

const PERSON_AFTER: [&str; 12] = [
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "explained",
    "wrote",
    "argued",
    "believes",
    "warned",
    "commented",
];
/// Acronyms of things, not of bodies: the devices, networks and weapons reports name.
const TECH_ACRONYMS: [&str; 26] = [
    "SIM", "GPS", "USB", "IED", "VPN", "IP", "SMS", "DNA", "CCTV", "GSM", "ATM", "PDF", "LNG",
    "UAV", "ID", "TV", "PC", "MANPADS", "RPG", "AK", "SUV", "HIMARS", "ATGM", "LPG", "WIFI", "TNT",
];

const PERSON_BEFORE: [&str; 6] = ["named", "called", "as", "identified", "mr", "mrs"];

/// Kinds of group that, in lower case right before or after a capitalised name, make it the
/// group's name ("the Barrio Rojo gang", "the militia Jaysh al-Fath").
const GROUP_KINDS: [&str; 14] = [
    "gang",
    "cartel",
    "militia",
    "party",
    "faction",
    "coalition",
    "syndicate",
    "clan",
    "mafia",
    "brigade",
    "bloc",
    "movement",
    "outfit",
    "group",
];

/// Second parts of a hyphenated compound that make its first part a modifier: "Russian-
/// occupied", "Bishkek-based", "Iranian-backed".
const HYPHEN_PARTICIPLES: [&str; 18] = [
    "occupied",
    "held",
    "controlled",
    "backed",
    "based",
    "led",
    "linked",
    "allied",
    "funded",
    "run",
    "annexed",
    "owned",
    "aligned",
    "affiliated",
    "sponsored",
    "supported",
    "trained",
    "born",
];

/// Words for a group that a name in quotes after "known as", "dubbed" and the like names.
const QUOTED_GROUP_WORDS: [&str; 16] = [
    "group",
    "groups",
    "crew",
    "gang",
    "network",
    "cell",
    "unit",
    "faction",
    "cartel",
    "militia",
    "campaign",
    "actor",
    "collective",
    "team",
    "hackers",
    "intruders",
];

/// First words that only begin the names of towns ("Fort Meade", "Port Harcourt", "San
/// Pedro", "Saint-Louis").
const TOWN_PREFIXES: [&str; 17] = [
    "fort", "port", "san", "santa", "santo", "são", "saint", "st", "puerto", "kota", "kuala",
    "bandar", "tanjung", "pulau", "kampung", "ciudad", "sidi",
];

#[derive(Clone, Debug)]
struct Cand {
    span: Span,
    etype: Option<EntityType>,
    subtype: Option<String>,
    canonical: String,
    kb: Option<String>,
    role: Option<String>,
    rule: &'static str,
}

/// Words that end a title ("Deputy Interior Minister", "Justice Secretary").
const TITLE_HEADS: [&str; 24] = [
    "minister",
    "secretary",
    "superintendent",
    "commissioner",
    "colonel",
    "general",
    "director",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "governor",
    "commander",
    "prosecutor",
    "ambassador",
    "president",
    "premier",
    "mayor",
    "judge",
    "inspector",
    "lieutenant",
    "admiral",
    "chairman",
    "envoy",
];

/// "Elena Sorokina and Temir Asanov": two people's names joined by "and" are two names, when
/// either begins with a known given name and neither holds an organisation's head word. The
/// run ends before the "and".
fn split_person_pair(kb: &Knowledge, w: &[&str], i: usize, len: usize) -> usize {
    let Some(k) = (i + 2..i + len).find(|&k| w[k] == "and") else {
        return len;
    };
    let (left, right) = (&w[i..k], &w[k + 1..i + len]);
    let name_like = |p: &[&str]| {
        (2..=3).contains(&p.len())
            && p.iter().all(|x| {
                (is_cap(x) || particle_name(x))
                    && !is_acronym(x)
                    && !kb.org_heads.contains_key(&x.to_lowercase())
                    && kb.lookup_country_word(&key(x)).is_none()
            })
    };
    let given = |p: &[&str]| kb.is_given_name(&p[0].to_lowercase());
    // "..., members of the assembly": an apposition that describes people.
    let people_after = w.get(i + len) == Some(&",")
        && w.get(i + len + 1).is_some_and(|n| {
            matches!(
                n.to_lowercase().as_str(),
                "members"
                    | "activists"
                    | "journalists"
                    | "brothers"
                    | "sisters"
                    | "both"
                    | "students"
                    | "lawyers"
                    | "officers"
                    | "residents"
                    | "citizens"
                    | "nationals"
                    | "workers"
                    | "leaders"
                    | "who"
                    | "aged"
            )
        });
    if name_like(left) && name_like(right) && (given(left) || given(right) || people_after) {
        k - i
    } else {
        len
    }
}

/// The number of lower-case words at token `end` that name a kind of facility ("military
/// base", "border crossing", "highway"), two words first.
fn facility_kind_after(kb: &Knowledge, w: &[&str], end: usize) -> Option<usize> {
    let kind = |n: usize| {
        let ws = w.get(end..end + n)?;
        if ws.iter().any(|x| is_cap(x)) {
            return None;
        }
        kb.place_cues
            .get(&ws.join(" ").to_lowercase())
            .filter(|s| *s == "facility")
            .map(|_| n)
    };
    kind(2).or_else(|| kind(1))
}

/// A name part led by a lower-case particle joined with a hyphen: "al-Jubouri", "el-Sisi",
/// "bin-Salman".
fn particle_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| {
        matches!(
            p,
            "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "bin" | "ibn" | "abu"
        ) && rest.starts_with(char::is_uppercase)
    })
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// "3rd", "21st", "101st".
fn is_ordinal(w: &str) -> bool {
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    // ("UPDATE 13:50 –", "BREAKING:", "WATCH:": a page's label in capitals names nobody.)
    !matches!(
        w,
        "UPDATE"
            | "UPDATED"
            | "BREAKING"
            | "EXCLUSIVE"
            | "WATCH"
            | "VIDEO"
            | "PHOTOS"
            | "LIVE"
            | "CORRECTION"
            | "EDITORIAL"
            | "OPINION"
            | "ANALYSIS"
    ) && (2..=7).contains(&letters)
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-')
        && letters * 2 > w.len()
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

fn kb_type(kind: Kind) -> EntityType {
    match kind {
        Kind::Org => EntityType::Org,
        _ => EntityType::Location,
    }
}

/// A candidate named as written at `span`, of a type and subtype its shape gives, by `rule`.
fn shaped(text: &str, span: Span, etype: EntityType, subtype: &str, rule: &'static str) -> Cand {
    Cand {
        span,
        etype: Some(etype),
        subtype: Some(subtype.into()),
        canonical: span.of(text).to_string(),
        kb: None,
        role: None,
        rule,
    }
}

/// A candidate for the knowledge entry `e`, found at `span` by `rule`.
fn kb_cand(e: &Entry, span: Span, rule: &'static str) -> Cand {
    let etype = kb_type(e.kind);
    Cand {
        span,
        etype: Some(etype),
        subtype: Some(e.subtype.clone()),
        canonical: e.canonical.clone(),
        kb: Some(format!("{}:{}", etype.as_str().to_lowercase(), e.canonical)),
        role: None,
        rule,
    }
}

/// Recognises entity mentions in `doc.text` sentence by sentence and fills `doc.mentions`.
pub fn recognise(doc: &mut Document) {
    let kb = knowledge::get();
    let text = doc.text.as_str();
    let mut cands: Vec<Cand> = Vec::new();
    // Words the report also writes in lower case are common words ("the war", "schools"),
    // whatever their capitals in a heading or a phrase like "Liberation Day".
    let common: HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    for s in &doc.segments.sentences {
        let toks = segment::tokens(text, *s);
        sentence(kb, text, &toks, &common, &mut cands);
    }
    own_ministries(kb, text, &mut cands);
    let mut mentions = resolve_in_document(text, cands);
    // The report's own outlet, named in its text ("... told Eastern Dispatch"), is a media
    // organisation whatever its shape suggests.
    if let Some(outlet) = doc.outlet.as_deref().map(key).filter(|k| !k.is_empty()) {
        for m in mentions
            .iter_mut()
            .filter(|m| m.kb.is_none() && key(&m.text) == outlet)
        {
            m.etype = EntityType::Org;
            m.subtype = Some("media".into());
            m.role = None;
            m.rule = "outlet".into();
        }
    }
    crate::heads::apply(kb, text, &mut mentions);
    doc.mentions = split_possessor_countries(kb, text, mentions);
    missions_in_places(text, &mut doc.mentions);
    sources(doc);
}

/// "the Russian embassy in Sofia", "the Chinese consulate in Almaty": a state's mission is
/// named with the place it sits in, one name for the building in that place (a state has
/// missions in many), unless the place is a country (a state's embassy in a country is the
/// one in its capital). The mention keeps its span; its name takes the place. The report's
/// other mentions of the mission by its short name ("the Russian embassy") take that name
/// too when the report places only one such mission.
fn missions_in_places(text: &str, mentions: &mut [Mention]) {
    let mission = |m: &Mention| {
        let c = m.canonical.to_lowercase();
        [
            "embassy",
            "consulate",
            "high commission",
            "consulate general",
        ]
        .iter()
        .any(|k| c.ends_with(k))
    };
    // (short name, placed name) for each mission the text names with its place.
    let mut placed: Vec<(String, String)> = Vec::new();
    for i in 0..mentions.len() {
        if !mission(&mentions[i]) || mentions[i].span.start == mentions[i].span.end {
            continue;
        }
        let end = mentions[i].span.end;
        if !text[end..].starts_with(" in ") {
            continue;
        }
        let Some(place) = mentions.iter().find(|p| {
            p.etype == EntityType::Location
                && p.span.start == end + 4
                // ("the Israeli embassy in Azerbaijan" is its embassy there, in its capital.)
                && !matches!(p.subtype.as_deref(), Some("facility" | "country"))
        }) else {
            continue;
        };
        let name = format!("{} in {}", mentions[i].canonical, place.text);
        placed.push((mentions[i].canonical.clone(), name.clone()));
        mentions[i].canonical = name;
    }
    for m in mentions.iter_mut().filter(|m| mission(m)) {
        let mut names: Vec<&String> = placed
            .iter()
            .filter(|(short, _)| *short == m.canonical)
            .map(|(_, name)| name)
            .collect();
        names.sort();
        names.dedup();
        if let [name] = names.as_slice() {
            m.canonical = (*name).clone();
        }
    }
}

/// "Moldova's Intelligence and Security Service": the country is named too. An organisation
/// written after its country's possessive becomes two mentions: the country (rule
/// `possessor`, which events do not take as a participant: the organisation acts) and the
/// organisation under its own name, still resolved to the country's organisation.
fn split_possessor_countries(kb: &Knowledge, text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        // ("Colombia's embassy": an embassy is a building that speaks for its country.)
        let is_embassy = m.etype == EntityType::Location
            && m.subtype.as_deref() == Some("facility")
            && m.canonical.to_lowercase().ends_with("embassy");
        let cut = (m.etype == EntityType::Org || is_embassy)
            .then(|| m.text.find("'s ").or_else(|| m.text.find("’s ")))
            .flatten();
        let split = cut.and_then(|at| {
            let owner = &m.text[..at];
            let rest_at = at + m.text[at..].find(' ')? + 1;
            let rest = &m.text[rest_at..];
            let country = kb
                .lookup(owner)
                .filter(|e| e.kind == Kind::Country || e.subtype == "country")?;
            // ("Sri Lanka's foreign ministry": a portfolio in lower case, too.)
            (rest.starts_with(char::is_uppercase) || rest.ends_with(" ministry") || is_embassy)
                .then_some((country, at, rest_at))
        });
        let Some((country, at, rest_at)) = split else {
            out.push(m);
            continue;
        };
        let start = m.span.start;
        out.push(Mention {
            span: Span::new(start, start + at),
            text: m.text[..at].to_string(),
            etype: EntityType::Location,
            subtype: Some("country".into()),
            role: None,
            canonical: country.canonical.clone(),
            kb: Some(format!("location:{}", country.canonical)),
            rule: "possessor".into(),
            coref: None,
        });
        debug_assert!(text.get(start + rest_at..m.span.end).is_some());
        out.push(Mention {
            span: Span::new(start + rest_at, m.span.end),
            text: m.text[rest_at..].to_string(),
            ..m
        });
    }
    out
}

/// A source the metadata names: name, type, subtype, role and the rule that adds it.
type Source = (
    String,
    EntityType,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
);

/// The report's own sources are entities too: its byline authors and translators (people),
/// its outlet and the sources of excerpts it embeds (media). The metadata names them whether
/// or not the text does; one the text does not name gets a mention with an empty span at the
/// start of the text, which belongs to the document and to no sentence.
fn sources(doc: &mut Document) {
    let kb = knowledge::get();
    let mut wanted: Vec<Source> = Vec::new();
    for a in &doc.authors {
        wanted.push((
            a.clone(),
            EntityType::Person,
            None,
            Some("author"),
            "byline",
        ));
    }
    for t in &doc.translators {
        wanted.push((
            t.clone(),
            EntityType::Person,
            None,
            Some("translator"),
            "byline",
        ));
    }
    if let Some(o) = &doc.outlet {
        wanted.push((o.clone(), EntityType::Org, Some("media"), None, "outlet"));
    }
    for (_, src, _) in &doc.sections {
        if let Some(src) = src {
            wanted.push((
                src.clone(),
                EntityType::Org,
                Some("media"),
                None,
                "section-source",
            ));
        }
    }
    let mut added = Vec::new();
    for (name, etype, subtype, role, rule) in wanted {
        let k = key(&name);
        let named = |m: &Mention| m.etype == etype && key(&m.canonical) == k;
        if k.is_empty() || doc.mentions.iter().any(named) || added.iter().any(named) {
            continue;
        }
        let entry = kb.lookup(&name).filter(|e| kb_type(e.kind) == etype);
        added.push(Mention {
            span: Span::new(0, 0),
            text: name.clone(),
            etype,
            subtype: entry
                .map(|e| e.subtype.clone())
                .or(subtype.map(String::from)),
            role: role.map(String::from),
            canonical: entry.map_or(name.clone(), |e| e.canonical.clone()),
            kb: entry.map(|e| format!("{}:{}", etype.as_str().to_lowercase(), e.canonical)),
            rule: rule.to_string(),
            coref: None,
        });
    }
    // Mentions stay in text order: the empty spans at offset 0 come first.
    added.append(&mut doc.mentions);
    doc.mentions = added;
}

fn sentence(
    kb: &Knowledge,
    text: &str,
    toks: &[Span],
    common: &HashSet<&str>,
    out: &mut Vec<Cand>,
) {
    let w: Vec<&str> = toks.iter().map(|t| t.of(text)).collect();
    let n = w.len();
    let mut i = 0;
    while i < n {
        // Before the knowledge files read a word alone: a part of a known place ("central
        // Asia", "South Aleppo"), a ministry in lower case the knowledge files know by that
        // name ("the state security ministry"), and a known outlet after its country's
        // adjective ("the British Times", not the country).
        let early = dateline(kb, text, toks, &w, i)
            .or_else(|| compass_place(kb, text, toks, &w, i))
            .or_else(|| lower_case_ministry(kb, toks, &w, i))
            .or_else(|| adjective_outlet(kb, text, toks, &w, i));
        if let Some((len, c)) = early {
            out.push(c);
            i += len;
            continue;
        }
        if let Some((len, c)) = knowledge_match(kb, text, toks, &w, i) {
            // The match may begin with "the": the name's own words start at `first`.
            let first = (i..i + len).find(|&k| is_cap(w[k])).unwrap_or(i);
            let end = i + len;
            let run_end = first + split_at_known(kb, &w, first, run_len(&w, first));
            let own = !w[end - 1].ends_with("'s") && !w[end - 1].ends_with("’s");
            // "the Narva border crossing", "the Ramstein air base": a known town named with
            // a facility's kind in lower case names the facility.
            if own
                && c.etype == Some(EntityType::Location)
                && c.subtype.as_deref() != Some("country")
            {
                if let Some(n) = facility_kind_after(kb, &w, end) {
                    let span = Span::new(toks[first].start, toks[end + n - 1].end);
                    out.push(shaped(
                        text,
                        span,
                        EntityType::Location,
                        "facility",
                        "place-kind-after",
                    ));
                    i = end + n;
                    continue;
                }
            }
            // A known name that begins a longer organisation name ("Sahel" in "Sahel
            // Liberation Front") gives way to it.
            // Not when the words after it are generic ("Kenya Intelligence"): those
            // make an institution phrase of the country's.
            let generic_tail = w[end..run_end.max(end)].iter().all(|x| {
                let l = x.to_lowercase();
                generic_head(&l).is_some() || GENERIC_MODIFIERS.contains(&l.as_str())
            });
            let country = c.subtype.as_deref() == Some("country");
            if run_end > end
                && own
                && !(country && generic_tail)
                && kb.org_heads.contains_key(&w[run_end - 1].to_lowercase())
            {
                if let Some(org) = typed_run(kb, text, toks, &w, (first, run_end - first), common)
                    .filter(|o| o.etype == Some(EntityType::Org))
                {
                    out.push(org);
                    i = run_end;
                    continue;
                }
            }
            // A place's name leading an industry's ("Black Sea Shipping Lines", "Kharg Oil
            // Terminal"): a company named after the place.
            if run_end > end
                && run_end <= end + 3
                && own
                && c.etype == Some(EntityType::Location)
                && w[end..run_end]
                    .iter()
                    .any(|x| INDUSTRY.contains(&x.to_lowercase().as_str()))
            {
                let span = Span::new(toks[first].start, toks[run_end - 1].end);
                out.push(shaped(
                    text,
                    span,
                    EntityType::Org,
                    "company",
                    "place-named-company",
                ));
                i = run_end;
                continue;
            }
            // "Togo's intelligence services" are an institution; "Togo's" alone is the
            // country. A longer knowledge name ("Azerbaijan's State Security Service") wins.
            // The owner may be a longer name ("the Russian Federation's security forces").
            let possessive = strip_possessive(w[end - 1]).len() != w[end - 1].len();
            // (The match may begin with a sentence's "The": "The Russian embassy in
            // Prague", where the head is in lower case.)
            let lower_head = w
                .get(first + 1)
                .is_some_and(|n| generic_head(&n.to_lowercase()).is_some());
            let modifier = possessive
                || (end - first == 1
                    && (is_abbreviation(w[first]) || head_follows(&w, first) || lower_head));
            let (len, c) = match institution_phrase(kb, toks, &w, first) {
                Some((l, inst))
                    if first + l > end
                        && modifier
                        && (inst.etype != c.etype || inst.canonical != c.canonical) =>
                {
                    (first - i + l, inst)
                }
                _ => (len, c),
            };
            out.push(c);
            i += len;
            continue;
        }
        if let Some((len, c)) = institution_phrase(kb, toks, &w, i) {
            out.push(c);
            i += len;
            continue;
        }
        // "the country's security forces": the country last named.
        if i > 0
            && w[i - 1].eq_ignore_ascii_case("the")
            && matches!(w[i].to_lowercase().as_str(), "country's" | "country’s")
        {
            let last = out
                .iter()
                .rev()
                .find(|c| c.subtype.as_deref() == Some("country"))
                .and_then(|c| kb.lookup(&c.canonical))
                .filter(|e| e.kind == Kind::Country);
            if let Some((len, c)) = last.and_then(|e| institution_of(kb, toks, &w, i, Some(e))) {
                out.push(c);
                i += len;
                continue;
            }
        }
        // A website cited as a source: "reported by the kavkaz-news.az website".
        if let Some(c) = web_outlet(&w, toks, i) {
            out.push(c);
            i += 1;
            continue;
        }
        // "Russian-occupied Crimea", "a Bishkek-based group": the word before the hyphen is
        // a known place or country (the sponsor, the base), and the compound begins no name.
        if let Some((x, _)) = w[i]
            .split_once('-')
            .filter(|(x, rest)| is_cap(x) && HYPHEN_PARTICIPLES.contains(rest))
        {
            let e = kb
                .lookup(x)
                .filter(|e| e.kind != Kind::Org)
                .or_else(|| kb.lookup_country_word(&key(x)));
            if let Some(e) = e {
                let span = Span::new(toks[i].start, toks[i].start + x.len());
                out.push(kb_cand(e, span, "hyphen-prefix"));
            }
            i += 1;
            continue;
        }
        // "the 3rd Infantry Division", "1st Battalion": an ordinal in figures begins a
        // unit's name when the name ends in an organisation's head word.
        if is_ordinal(w[i]) && w.get(i + 1).is_some_and(|x| is_cap(x)) {
            let len = run_len(&w, i + 1);
            let head = w[i + len].to_lowercase();
            if kb.org_heads.contains_key(head.as_str()) {
                if let Some(mut c) = typed_run(kb, text, toks, &w, (i + 1, len), common)
                    .filter(|c| c.etype == Some(EntityType::Org))
                {
                    c.span = Span::new(toks[i].start, c.span.end);
                    c.canonical = c.span.of(text).to_string();
                    out.push(c);
                    i += 1 + len;
                    continue;
                }
            }
        }
        if is_cap(w[i]) || is_acronym(w[i]) {
            let len = split_at_known(kb, &w, i, run_len(&w, i));
            let len = len + spelled_in_place(&w, i, len);
            let len = split_before_plural_kind(kb, &w, i, len);
            let len = split_person_pair(kb, &w, i, len);
            if let Some(c) = typed_run(kb, text, toks, &w, (i, len), common) {
                out.push(c);
                i += len.max(1);
                continue;
            }
            // A run that is no name as a whole may hold names: two single words joined by
            // "and" ("arrested Sadeghi and Moradkhani"), each read on its own, or one after
            // an adverb opening the sentence ("Later Moradkhani was held").
            if len == 3 && w[i + 1] == "and" {
                if let Some(c) = typed_run(kb, text, toks, &w, (i, 1), common) {
                    out.push(c);
                }
                i += 2;
                continue;
            }
            if len == 2 && i == 0 && SENTENCE_OPENERS.contains(&w[0].to_lowercase().as_str()) {
                i += 1;
                continue;
            }
            i += len.max(1);
            continue;
        }
        i += 1;
    }
}

/// Longest knowledge-file name starting at token `i` (an optional leading "the" is skipped).
fn knowledge_match(
    kb: &Knowledge,
    text: &str,
    toks: &[Span],
    w: &[&str],
    i: usize,
) -> Option<(usize, Cand)> {
    // No longer than a name beginning with this word can be (a leading "the" aside, and
    // two tokens of slack for punctuation inside a name).
    let lead = usize::from(w[i].eq_ignore_ascii_case("the"));
    // A name begins with a capital, or holds two capitals in its first three words.
    // ("al-Shabaab", "al-Qaeda": an Arabic article joined to a name begins it.)
    if lead == 0
        && !is_cap(w[i])
        && !particle_name(w[i])
        && w[i..w.len().min(i + 3)]
            .iter()
            .filter(|x| is_cap(x))
            .count()
            < 2
    {
        return None;
    }
    let first = w.get(i + lead).map(|x| key(x)).unwrap_or_default();
    let longest = kb.longest_from(first.split(' ').next().unwrap_or_default());
    if longest == 0 {
        return None;
    }
    let max = (longest + lead + 2).min(kb.max_tokens).min(w.len() - i);
    for len in (1..=max).rev() {
        let words = &w[i..i + len];
        if !(is_cap(words[0])
            || particle_name(words[0])
            || (len >= 3 && words.iter().filter(|x| is_cap(x)).count() >= 2))
        {
            continue;
        }
        if words
            .iter()
            .any(|x| matches!(*x, "," | "." | ";" | "(" | ")" | "\"" | "“" | "”"))
        {
            continue;
        }
        // A name ends at a possessive: "Iran's" is the country, not "Iran's Foreign".
        if words[..len - 1]
            .iter()
            .any(|x| x.ends_with("’s") || x.ends_with("'s"))
            && len > 1
        {
            let possessed = kb.lookup(&words.join(" "));
            if possessed.is_none() {
                continue;
            }
        }
        let surface = Span::new(toks[i].start, toks[i + len - 1].end);
        let k = key(surface.of(text));
        if k.is_empty() {
            continue;
        }
        if let Some(e) = kb.lookup_key(&k) {
            // Single lower-case-ambiguous words need a capital: "Turkey" yes, "turkey" no.
            if len == 1 && !is_cap(words[0]) && !particle_name(words[0]) {
                continue;
            }
            // An acronym matches only as written: "Let me" is not LeT, "Who" is not WHO.
            // The name without a leading "the".
            let core = match words {
                [the, rest @ ..] if the.eq_ignore_ascii_case("the") => rest,
                _ => words,
            };
            // "NATO's" is NATO written with a possessive.
            if core.len() == 1 && acronym_mismatch(e, &k, strip_possessive(core[0])) {
                continue;
            }
            return Some((len, kb_cand(e, trim_possessive(text, surface), "knowledge")));
        }
        // "Azerbaijani national security ministry" = "Ministry of National Security of Azerbaijan".
        if len >= 3 && words[len - 1].eq_ignore_ascii_case("ministry") {
            if let Some(country) = kb.lookup_country_word(&key(words[0])) {
                let middle = key(&words[1..len - 1].join(" "));
                let alt = format!("ministry of {middle} of {}", key(&country.canonical));
                if let Some(e) = kb.lookup_key(&alt).filter(|e| e.kind == Kind::Org) {
                    return Some((len, kb_cand(e, surface, "knowledge-reordered")));
                }
            }
        }
    }
    None
}

/// A span without its last word's possessive or case ending ("Iran's", "Karimov’to").
fn trim_possessive(text: &str, s: Span) -> Span {
    let t = s.of(text);
    let stripped = strip_possessive(t);
    let stripped = suffix_apostrophe(stripped).unwrap_or(stripped);
    Span::new(s.start, s.start + stripped.len())
}

/// Case endings written after an apostrophe, as Turkish and Azerbaijani do with names
/// ("Ankara'da", "Bakı'ya", "Aliyev'in"), and an English word run into a name ("Karimov’to").
const APOSTROPHE_SUFFIXES: [&str; 34] = [
    "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ya", "ye", "yı", "yi", "yu", "yü", "nin",
    "nın", "nun", "nün", "in", "ın", "un", "ün", "la", "le", "yla", "yle", "ki", "na", "ne", "nda",
    "nde", "dır", "dir", "to",
];

/// The name before a case ending after an apostrophe ("Karimov’to" -> "Karimov"); `None` when
/// the word has none ("O'Neill", "Qur'an", "Sana'a", "Iran's").
fn suffix_apostrophe(w: &str) -> Option<&str> {
    let (name, ending) = w.rsplit_once(['\'', '’'])?;
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && APOSTROPHE_SUFFIXES.contains(&ending))
    .then_some(name)
}

/// "Iranian intelligence", "Iran's special services", "Azerbaijani authorities".
fn institution_phrase(
    kb: &Knowledge,
    toks: &[Span],
    w: &[&str],
    i: usize,
) -> Option<(usize, Cand)> {
    if !is_cap(w[i]) {
        return None;
    }
    // "The Russian embassy in Prague ...": a sentence's "The" before the owner.
    if w[i] == "The" && i + 1 < w.len() {
        if let Some((len, c)) = institution_of(kb, toks, w, i + 1, None) {
            return Some((len + 1, c));
        }
    }
    institution_of(kb, toks, w, i, None)
}

/// The country a phrase at token `i` names as an owner or modifier, and how many tokens it
/// takes: "Iranian", "Iran's", "US", or a longer name in the possessive ("the Islamic
/// Republic's").
fn owner_country<'k>(kb: &'k Knowledge, w: &[&str], i: usize) -> Option<(&'k Entry, usize)> {
    for n in (2..=3).rev() {
        let Some(words) = w.get(i..i + n) else {
            continue;
        };
        let last = strip_possessive(words[n - 1]);
        if last.len() == words[n - 1].len() || !words.iter().all(|x| is_cap(x)) {
            continue;
        }
        let name = format!("{} {last}", words[..n - 1].join(" "));
        if let Some(e) = kb.lookup_country_word(&key(&name)) {
            return Some((e, n));
        }
    }
    let first = strip_possessive(w[i]);
    let possessive = first.len() != w[i].len();
    // "Iranian intelligence", "Iran's intelligence", and a country's abbreviation used as a
    // modifier: "US intelligence", "UK forces".
    kb.lookup_country_word(&key(first))
        .filter(|_| {
            possessive
                || is_abbreviation(first)
                || kb.adjectives.contains_key(&key(first))
                || head_follows(w, i)
        })
        .map(|e| (e, 1))
}

/// An institution named by its country and a generic head from token `i`: the country read
/// from the text, or `given` when the text says "the country's".
fn institution_of(
    kb: &Knowledge,
    toks: &[Span],
    w: &[&str],
    i: usize,
    given: Option<&Entry>,
) -> Option<(usize, Cand)> {
    let (country, owner_len) = match given {
        Some(c) => (c, 1),
        None => owner_country(kb, w, i)?,
    };
    for len in owner_len + 1..=(owner_len + 4).min(w.len() - i) {
        let last = w[i + len - 1];
        if matches!(last, "," | "." | ";" | "(" | ")") {
            break;
        }
        let lw = last.to_lowercase();
        // "the Finnish foreign ministry", "Iran's interior ministry": a country's ministry
        // named by its portfolio in lower case.
        if lw == "ministry" && len == owner_len + 2 {
            if let Some(p) = portfolio(&w[i + owner_len..i + len - 1]) {
                let span = Span::new(toks[i].start, toks[i + len - 1].end);
                return Some((
                    len,
                    Cand {
                        span,
                        etype: Some(EntityType::Org),
                        subtype: Some("government_body".into()),
                        canonical: country_ministry(kb, country, p),
                        kb: None,
                        role: None,
                        rule: "institution-phrase",
                    },
                ));
            }
        }
        // "military" before a noun is an adjective: "Chile's naval military drills".
        let adjective = lw == "military"
            && w.get(i + len)
                .is_some_and(|n| MILITARY_NOUNS.contains(&n.to_lowercase().as_str()));
        // "security forces" are not the army.
        let security = lw == "forces" && w[i + len - 2].eq_ignore_ascii_case("security");
        let head = if security {
            Some(("security forces", EntityType::Org, "government_body"))
        } else {
            generic_head(&lw).filter(|_| !adjective)
        };
        if let Some((head, etype, subtype)) = head {
            // Extend over "intelligence services", "security forces": the longest head wins.
            let mut end = len;
            while i + end < w.len()
                && generic_head(&w[i + end].to_lowercase()).is_some_and(|(_, t, _)| t == etype)
            {
                end += 1;
            }
            let span = Span::new(toks[i].start, toks[i + end - 1].end);
            // "the Iranian authorities" are Iran; "the Israeli embassy" is a building.
            let is_country = etype == EntityType::Location && head.is_empty();
            let canonical = if is_country {
                country.canonical.clone()
            } else {
                format!("{} {head}", demonym(kb, country))
            };
            let kbid = is_country.then(|| format!("location:{}", country.canonical));
            return Some((
                end,
                Cand {
                    span,
                    etype: Some(etype),
                    subtype: Some(subtype.to_string()),
                    canonical,
                    kb: kbid,
                    role: None,
                    rule: "institution-phrase",
                },
            ));
        }
        if is_cap(last)
            && !matches!(
                lw.as_str(),
                "intelligence" | "security" | "national" | "state" | "special" | "secret"
            )
        {
            break;
        }
    }
    None
}

/// The portfolio a ministry's name gives, in the words of one of ours: "foreign" for
/// "Foreign Affairs", "defence" for "Defense".
fn portfolio(words: &[&str]) -> Option<&'static str> {
    let k = key(&words.join(" "));
    Some(match k.as_str() {
        "foreign" | "foreign affairs" | "external affairs" => "foreign",
        "defence" | "defense" => "defence",
        "interior" | "internal affairs" | "home affairs" => "interior",
        "justice" => "justice",
        _ => return None,
    })
}

/// One name for a country's ministry however the text writes it ("Finland's Ministry for
/// Foreign Affairs", "the Finnish foreign ministry"): "Finnish foreign ministry".
fn country_ministry(kb: &Knowledge, country: &Entry, portfolio: &str) -> String {
    format!("{} {portfolio} ministry", demonym(kb, country))
}

/// The same demonym whatever the text wrote ("Iran's", "Iranian", "Azeri"): the country's
/// preferred adjective, the first its knowledge entry lists.
fn demonym(kb: &Knowledge, country: &Entry) -> String {
    kb.demonyms
        .get(&country.canonical)
        .cloned()
        .unwrap_or_else(|| country.canonical.clone())
}

/// "Finland's Ministry for Foreign Affairs", "Chile's Foreign Ministry": a ministry the
/// knowledge files do not hold, right after its country in the possessive, takes the
/// country's name for its portfolio (see [`country_ministry`]).
fn own_ministries(kb: &Knowledge, text: &str, cands: &mut [Cand]) {
    for j in 1..cands.len() {
        let (before, rest) = cands.split_at_mut(j);
        let (owner, c) = (&before[j - 1], &mut rest[0]);
        if c.etype != Some(EntityType::Org) || c.kb.is_some() || owner.span.end > c.span.start {
            continue;
        }
        let gap = &text[owner.span.end..c.span.start];
        if !matches!(gap, "'s " | "’s ") {
            continue;
        }
        let Some(country) = kb
            .lookup(&owner.canonical)
            .filter(|e| e.kind == Kind::Country)
        else {
            continue;
        };
        let words: Vec<&str> = c.canonical.split_whitespace().collect();
        let p = match words.as_slice() {
            ["Ministry", "of" | "for", rest @ ..] => portfolio(rest),
            [rest @ .., "Ministry"] => portfolio(rest),
            _ => None,
        };
        if let Some(p) = p {
            c.canonical = country_ministry(kb, country, p);
        }
    }
}

/// A run joined by "and" stops before a known name: "Iranian Intelligence and Hezbollah" are
/// two, "Ministry of Trade and Industry" is one.
fn split_at_known(kb: &Knowledge, w: &[&str], i: usize, len: usize) -> usize {
    (i + 1..i + len)
        .find(|&k| {
            w[k] == "and"
                && (1..=3).any(|n| {
                    k + n < i + len
                        && kb
                            .lookup_key(&key(&w[k + 1..k + 1 + n].join(" ")))
                            .is_some()
                })
        })
        .map_or(len, |k| k - i)
}

/// Words of industries that companies are named after.
const INDUSTRY: [&str; 20] = [
    "oil",
    "gas",
    "petroleum",
    "shipping",
    "steel",
    "airlines",
    "airways",
    "railway",
    "railways",
    "fleet",
    "refinery",
    "terminal",
    "pipeline",
    "shipyard",
    "bank",
    "energy",
    "mining",
    "chemicals",
    "telecom",
    "metals",
];

/// Top-level domains a news site cited by its address may have.
const WEB_TLDS: [&str; 16] = [
    "com", "net", "org", "info", "news", "az", "ir", "ru", "ge", "am", "tr", "ua", "kz", "uz",
    "uk", "io",
];

/// Words that qualify a generic institution without naming one.
const GENERIC_MODIFIERS: [&str; 10] = [
    "intelligence",
    "security",
    "national",
    "state",
    "special",
    "secret",
    "central",
    "foreign",
    "federal",
    "armed",
];

/// Whether a capitalised generic institution head follows token `i` ("Azerbaijan
/// Intelligence", "Iran Government"): the country name is then its owner.
fn head_follows(w: &[&str], i: usize) -> bool {
    w.get(i + 1)
        .is_some_and(|n| is_cap(n) && generic_head(&n.to_lowercase()).is_some())
}

/// Compass words that name a part of a place.
const COMPASS: [&str; 16] = [
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
];

/// A part of a known place from token `i`: "central Asia" when the knowledge files name
/// the part, else the place itself ("northern Iran" is in Iran). A capitalised compass word
/// is read so only before a town or region the knowledge files do not name with it ("South
/// Aleppo"; "South Sudan" is not Sudan).
fn compass_place(
    kb: &Knowledge,
    text: &str,
    toks: &[Span],
    w: &[&str],
    i: usize,
) -> Option<(usize, Cand)> {
    let lw = w[i].to_lowercase();
    if !COMPASS.contains(&lw.as_str()) || !w.get(i + 1).is_some_and(|n| is_cap(n)) {
        return None;
    }
    let cand = |len: usize, e: &Entry| {
        let span = trim_possessive(text, Span::new(toks[i].start, toks[i + len - 1].end));
        kb_cand(e, span, "compass-place")
    };
    if is_cap(w[i]) {
        // A name the knowledge files hold whole is theirs.
        if knowledge_match(kb, text, toks, w, i).is_some() {
            return None;
        }
    } else if let Some(e) = kb
        .lookup_key(&key(&format!("{lw} {}", w[i + 1])))
        .filter(|e| kb_type(e.kind) == EntityType::Location)
    {
        // The part itself, known by name ("central Asia").
        return Some((2, cand(2, e)));
    }
    let (len, c) = knowledge_match(kb, text, toks, w, i + 1)?;
    if c.etype != Some(EntityType::Location) {
        return None;
    }
    let e = kb.lookup(&c.canonical)?;
    let town = matches!(
        e.subtype.as_str(),
        "city" | "town" | "village" | "region" | "province" | "district"
    );
    if is_cap(w[i]) && !town {
        return None;
    }
    Some((len + 1, cand(len + 1, e)))
}

/// A wire report's dateline: the place in capitals that opens its first paragraph, before a
/// comma, an agency in brackets or a dash ("KAUNAS, Lithuania, May 12 (Reuters) -", "ODESA
/// (AP) —", "NEW YORK, 3 June —"). It is a place, named as the text names it elsewhere
/// ("Kaunas"), not an acronym.
fn dateline(
    kb: &Knowledge,
    text: &str,
    toks: &[Span],
    w: &[&str],
    i: usize,
) -> Option<(usize, Cand)> {
    let before = &text[..toks[0].start];
    let opens_paragraph = i == 0
        && (before.trim().is_empty() || before.trim_end_matches([' ', '\t']).ends_with('\n'));
    if !opens_paragraph {
        return None;
    }
    let caps = |x: &str| {
        x.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && x.chars().all(|c| c.is_uppercase() || c == '-' || c == '.')
    };
    let len = w.iter().take(4).take_while(|x| caps(x)).count();
    if len == 0 || !w[..len].iter().any(|x| x.chars().count() >= 3) {
        return None;
    }
    let surface = w[..len].join(" ");
    // A known acronym ("NATO, the alliance, ...") is not a dateline.
    if kb.lookup(&surface).is_some_and(|e| {
        e.names
            .iter()
            .any(|n| n == &surface && n.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            && kb_type(e.kind) == EntityType::Org
    }) {
        return None;
    }
    let agency = |k: usize| w.get(k) == Some(&"(") && w.get(k + 1).is_some_and(|x| is_cap(x));
    let dash = |k: usize| {
        w.get(k)
            .is_some_and(|x| matches!(*x, "—" | "–" | "-" | "--"))
    };
    let dated = |k: usize| {
        w[k.min(w.len())..(k + 6).min(w.len())]
            .iter()
            .any(|x| month_or_day(x) || x.chars().all(|c| c.is_ascii_digit()))
    };
    let next = len;
    let ok = agency(next)
        || dash(next)
        || (w.get(next) == Some(&",")
            && (dated(next + 1) || (next + 1..next + 8).any(|k| agency(k) || dash(k))));
    if !ok {
        return None;
    }
    let span = Span::new(toks[0].start, toks[len - 1].end);
    let title: String = surface
        .split(' ')
        .map(|x| {
            x.split('-')
                .map(|p| {
                    let mut cs = p.chars();
                    cs.next()
                        .map(|f| {
                            f.to_uppercase()
                                .chain(cs.flat_map(char::to_lowercase))
                                .collect()
                        })
                        .unwrap_or_default()
                })
                .collect::<Vec<String>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(e) = kb
        .lookup(&title)
        .filter(|e| kb_type(e.kind) == EntityType::Location)
    {
        return Some((len, kb_cand(e, span, "dateline")));
    }
    Some((
        len,
        Cand {
            span,
            etype: Some(EntityType::Location),
            subtype: Some("city".into()),
            canonical: title,
            kb: None,
            role: None,
            rule: "dateline",
        },
    ))
}

/// "the state security ministry", "the foreign ministry": a ministry in lower case after
/// "the", when the knowledge files know one "Ministry of ..." by that name alone.
fn lower_case_ministry(
    kb: &Knowledge,
    toks: &[Span],
    w: &[&str],
    i: usize,
) -> Option<(usize, Cand)> {
    if w[i] != "the" {
        return None;
    }
    let end = (i + 2..(i + 5).min(w.len())).find(|&k| w[k] == "ministry")?;
    let middle = &w[i + 1..end];
    if !middle
        .iter()
        .all(|x| x.chars().all(|c| c.is_lowercase() || c == '-'))
    {
        return None;
    }
    let e = kb
        .lookup_key(&format!("ministry of {}", middle.join(" ")))
        .filter(|e| e.kind == Kind::Org)?;
    let span = Span::new(toks[i + 1].start, toks[end].end);
    Some((end + 1 - i, kb_cand(e, span, "lower-case-ministry")))
}

/// A run followed by "in" and a capitalised name that an acronym in parentheses spells with
/// it ("Popular Front in Chad (PFC)"): the two tokens the run takes in.
fn spelled_in_place(w: &[&str], i: usize, len: usize) -> usize {
    let (Some("in"), Some(place), Some("("), Some(acr)) = (
        w.get(i + len).copied(),
        w.get(i + len + 1),
        w.get(i + len + 2).copied(),
        w.get(i + len + 3),
    ) else {
        return 0;
    };
    if !is_cap(place) || !is_acronym(acr) {
        return 0;
    }
    let letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
    // "The" before a name is not spelled.
    let from = (i..i + len)
        .find(|&k| !FUNCTION_WORDS.contains(&w[k].to_lowercase().as_str()))
        .unwrap_or(i);
    let initials = |all: bool| -> String {
        w[from..i + len + 2]
            .iter()
            .filter(|x| all || is_cap(x))
            .filter_map(|x| x.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    if letters == initials(true) || letters == initials(false) {
        2
    } else {
        0
    }
}

/// A line in headline case: two thirds of its words, function words aside, begin with a
/// capital, two of them words the report writes in lower case elsewhere ("Smugglers Bribing
/// Port Officials to Hire Dock Workers").
fn headline_case(w: &[&str], common: &HashSet<&str>) -> bool {
    let (mut words, mut caps, mut common_caps) = (0, 0, 0);
    for x in w {
        let function = FUNCTION_WORDS
            .iter()
            .chain(&CONNECTORS)
            .any(|f| f.eq_ignore_ascii_case(x));
        if function || !x.chars().all(char::is_alphabetic) {
            continue;
        }
        words += 1;
        if is_cap(x) {
            caps += 1;
            common_caps += usize::from(common.contains(x.to_lowercase().as_str()));
        }
    }
    words >= 4 && caps * 3 >= words * 2 && common_caps >= 2
}

/// A known outlet after its country's adjective, from token `i` ("the" included): "the
/// British Times", "The French Le Monde". The adjective is part of the mention, the outlet
/// its canonical name.
fn adjective_outlet(
    kb: &Knowledge,
    text: &str,
    toks: &[Span],
    w: &[&str],
    i: usize,
) -> Option<(usize, Cand)> {
    let j = i + usize::from(w[i].eq_ignore_ascii_case("the"));
    if j + 1 >= w.len() || !is_cap(w[j]) || !kb.adjectives.contains_key(&key(w[j])) {
        return None;
    }
    // The outlet ends the name: "Azerbaijani National Security Ministry" is no outlet's.
    let (len, c) = knowledge_match(kb, text, toks, w, j + 1).filter(|(len, c)| {
        c.subtype.as_deref() == Some("media") && !w.get(j + 1 + len).is_some_and(|x| is_cap(x))
    })?;
    let cand = Cand {
        span: Span::new(toks[j].start, c.span.end),
        ..c
    };
    Some((j + 1 - i + len, cand))
}

/// A web address cited as an outlet ("the kavkaz-news.az website", "reported by
/// haqqin.az"): a lower-case domain with a known ending, beside "website", "site" or
/// "portal", or after "by" or "according to".
fn web_outlet(w: &[&str], toks: &[Span], i: usize) -> Option<Cand> {
    let d = w[i].trim_end_matches('.');
    let (name, tld) = d.rsplit_once('.')?;
    if name.is_empty()
        || !WEB_TLDS.contains(&tld)
        || !d
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-'))
    {
        return None;
    }
    let next = w.get(i + 1).map(|x| x.to_lowercase()).unwrap_or_default();
    let prev: Vec<String> = w[i.saturating_sub(3)..i]
        .iter()
        .map(|x| x.to_lowercase())
        .collect();
    let cited = matches!(
        next.as_str(),
        "website" | "site" | "portal" | "web" | "news"
    ) || prev.last().is_some_and(|p| p == "by")
        || prev.ends_with(&["by".into(), "the".into()])
        || prev.windows(2).any(|p| p[0] == "according" && p[1] == "to");
    cited.then(|| Cand {
        span: Span::new(toks[i].start, toks[i].start + d.len()),
        etype: Some(EntityType::Org),
        subtype: Some("media".into()),
        canonical: d.to_string(),
        kb: None,
        role: None,
        rule: "web-outlet",
    })
}

/// "the Varo and Teslin districts" names two places: a run joined by "and" before a
/// plural kind of place ends at the "and".
fn split_before_plural_kind(kb: &Knowledge, w: &[&str], i: usize, len: usize) -> usize {
    let plural_kind = w.get(i + len).is_some_and(|n| {
        let n = n.to_lowercase();
        n.ends_with('s')
            && n.strip_suffix('s')
                .is_some_and(|one| kb.place_cues.contains_key(one))
    });
    if !plural_kind {
        return len;
    }
    w[i..i + len]
        .iter()
        .position(|x| *x == "and")
        .filter(|&k| k > 0)
        .unwrap_or(len)
}

/// Adverbs and connectives that open a sentence with a capital and begin no name.
const SENTENCE_OPENERS: [&str; 16] = [
    "later",
    "earlier",
    "then",
    "meanwhile",
    "separately",
    "previously",
    "subsequently",
    "afterwards",
    "yesterday",
    "today",
    "however",
    "also",
    "finally",
    "instead",
    "since",
    "now",
];

/// Number words that can head a sentence ("Four port workers ...", "Two border guards ...").
const COUNT_WORDS: [&str; 19] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundreds", "dozens", "several",
];

/// Possessive words that sit inside organisation names (keys, without the "'s").
const NAME_POSSESSIVES: [&str; 14] = [
    // "the Prosecutor General's Office", "the Prime Minister's Office".
    "general",
    "minister",
    "president",
    "prosecutor",
    "prosecutors",
    "people",
    "workers",
    "women",
    "defenders",
    "attorney",
    "residents",
    "veterans",
    "mothers",
    "journalists",
];

/// Length of the capitalised run at `i`, with connectors inside it.
/// Administrative units that a place's name may end with.
const ADMIN_UNITS: [&str; 13] = [
    "lga",
    "district",
    "county",
    "province",
    "region",
    "municipality",
    "governorate",
    "prefecture",
    "oblast",
    "raion",
    "rayon",
    "tehsil",
    "upazila",
];

fn run_len(w: &[&str], i: usize) -> usize {
    let mut j = i;
    while j < w.len() {
        let t = w[j];
        // "Saad al-Jubouri": an Arabic article joined to a name continues it.
        if is_cap(t) || is_acronym(t) || (j > i && particle_name(t)) {
            j += 1;
            let possessive =
                t.ends_with("’s") || t.ends_with("'s") || suffix_apostrophe(t).is_some();
            // "Prosecutor's Office", "People's Front": a possessive inside a name.
            if possessive
                && !(NAME_POSSESSIVES
                    .contains(&key(strip_possessive(t).trim_end_matches('\'')).as_str())
                    && w.get(j).is_some_and(|n| is_cap(n)))
            {
                break;
            }
            continue;
        }
        // "Damboa LGA of Borno State", "Nad Ali District of Helmand": a unit and the larger
        // one it lies in are two places (but "District of Columbia" is one name).
        if t == "of" && j > i + 1 && ADMIN_UNITS.contains(&w[j - 1].to_lowercase().as_str()) {
            break;
        }
        if CONNECTORS.contains(&t.to_lowercase().as_str())
            && j > i
            && w.get(j + 1).is_some_and(|n| is_cap(n))
        {
            j += 1;
            continue;
        }
        // "the North-West Lawyers' Association", "Melbourne Magistrates' Court": a plural
        // possessive inside a name, before the name's head.
        if matches!(t, "'" | "’")
            && j > i
            && w[j - 1].ends_with('s')
            && w.get(j + 1).is_some_and(|n| is_cap(n) && !is_acronym(n))
        {
            j += 1;
            continue;
        }
        break;
    }
    j - i
}

fn typed_run(
    kb: &Knowledge,
    text: &str,
    toks: &[Span],
    w: &[&str],
    (i, len): (usize, usize),
    common: &HashSet<&str>,
) -> Option<Cand> {
    let mut start = i;
    let mut end = i + len;
    // Drop function words and known non-names at the front ("The", "According", "Question").
    while start < end
        && (FUNCTION_WORDS.contains(&w[start].to_lowercase().as_str()) || month_or_day(w[start]))
    {
        start += 1;
    }
    // "Filipinos Ramon Villareal": people of a nationality before a name are not part of it.
    while start + 1 < end && {
        let l = w[start].to_lowercase();
        l.len() > 3
            && l.ends_with('s')
            && kb.lookup_country_word(&key(&l[..l.len() - 1])).is_some()
            && kb.is_given_name(&w[start + 1].to_lowercase())
    } {
        start += 1;
    }
    while end > start && CONNECTORS.contains(&w[end - 1].to_lowercase().as_str()) {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    // Titles: "President Ilham Aliyev", "then-President Hassan Rouhani".
    let mut role = None;
    let mut name_start = start;
    for tl in (1..=kb.max_title_tokens.min(end - start)).rev() {
        let cand = w[start..start + tl].join(" ");
        let cand = cand
            .trim_start_matches("then-")
            .trim_start_matches("former ");
        if let Some(r) = kb.titles.get(&key(cand)) {
            // "the Minister of Defence" is an office, not a minister named "of Defence".
            if start + tl < end && is_cap(w[start + tl]) {
                role = Some(r.clone().unwrap_or_else(|| cand.to_lowercase()));
                name_start = start + tl;
            }
            break;
        }
    }
    // "Deputy Interior Minister Tomasz Wilk", "Champhai Superintendent of Police Vanlal
    // Sailo": a chain of titles the files do not hold whole, ending in a title word, before a
    // two-word name.
    if end >= name_start + 3 || (role.is_none() && end >= start + 3) {
        let plain = |x: &str| {
            is_cap(x)
                && !is_acronym(x)
                && !kb.org_heads.contains_key(&x.to_lowercase())
                && !TITLE_HEADS.contains(&x.to_lowercase().as_str())
                && kb.lookup_country_word(&key(x)).is_none()
                && kb.lookup(x).is_none()
        };
        let from = if role.is_some() { name_start } else { start };
        let head = (from..end - 2)
            .rev()
            .find(|&t| TITLE_HEADS.contains(&w[t].to_lowercase().as_str()));
        if let Some(t) = head.filter(|_| plain(w[end - 2]) && plain(w[end - 1])) {
            // A three-word name after the title: "Chief of Staff Hassan Firouz Abadi".
            let first = if end >= 3 && end - 3 > t && plain(w[end - 3]) {
                end - 3
            } else {
                end - 2
            };
            role = Some(w[start..first].join(" ").to_lowercase());
            name_start = first;
        }
    }
    // "General Directorate of Military Counterintelligence": a title word that begins an
    // organisation's name is part of it.
    if role.is_some()
        && w[name_start..end].iter().any(|x| {
            kb.org_heads
                .contains_key(&strip_possessive(x).to_lowercase())
        })
    {
        role = None;
        name_start = start;
    }
    let words = &w[name_start..end];
    let span = trim_possessive(text, Span::new(toks[name_start].start, toks[end - 1].end));
    let surface = span.of(text).to_string();
    let lower: Vec<String> = words.iter().map(|x| x.to_lowercase()).collect();
    let prev = name_start.checked_sub(1).map(|p| w[p].to_lowercase());
    let prev2 = name_start.checked_sub(2).map(|p| w[p].to_lowercase());
    let next = w.get(end).map(|x| x.to_lowercase());
    let sentence_initial = name_start == 0
        || (name_start == start
            && start > 0
            && w[..start]
                .iter()
                .all(|x| !x.chars().any(char::is_alphanumeric)));
    let mut c = Cand {
        span,
        etype: None,
        subtype: None,
        canonical: surface.clone(),
        kb: None,
        role,
        rule: "shape",
    };
    // Votes, strongest first.
    if let Some(e) = kb.lookup(&surface).filter(|e| {
        words.len() > 1 || !acronym_mismatch(e, &key(&surface), strip_possessive(words[0]))
    }) {
        c.etype = Some(kb_type(e.kind));
        c.subtype = Some(e.subtype.clone());
        c.canonical = e.canonical.clone();
        c.kb = Some(format!(
            "{}:{}",
            kb_type(e.kind).as_str().to_lowercase(),
            e.canonical
        ));
        c.rule = "knowledge";
        return Some(c);
    }
    if c.role.is_some() {
        c.etype = Some(EntityType::Person);
        c.rule = "title";
        return Some(c);
    }
    if let Some(sub) = lower
        .iter()
        .rev()
        .find_map(|x| kb.org_heads.get(strip_possessive(x)))
    {
        // "Intelligence Agencies", "Security Services": generic words in capitals name a
        // kind of body, not one.
        let generic = lower.iter().all(|x| {
            generic_head(x).is_some()
                || kb.org_heads.contains_key(x.as_str())
                || GENERIC_MODIFIERS.contains(&x.as_str())
        });
        if generic && lower[lower.len() - 1].ends_with('s') && !is_acronym(words[0]) {
            return None;
        }
        if words.len() >= 2 || is_acronym(words[0]) {
            c.etype = Some(EntityType::Org);
            c.subtype = Some(sub.clone());
            c.rule = "org-head";
            return Some(c);
        }
    }
    // A hometown after an age: "Li Wei, 43, of Chula Vista".
    if prev.as_deref() == Some("of")
        && name_start >= 4
        && w[name_start - 2] == ","
        && w[name_start - 3].chars().all(|ch| ch.is_ascii_digit())
        && w[name_start - 4] == ","
    {
        c.etype = Some(EntityType::Location);
        c.subtype = Some("city".into());
        c.rule = "hometown";
        return Some(c);
    }
    if words.len() == 1 && is_acronym(words[0]) {
        if sentence_initial && words[0].len() <= 2 {
            return None;
        }
        // "SIM cards", "GPS receivers", "an IED": a technical term, not a body.
        if TECH_ACRONYMS.contains(&strip_possessive(words[0])) {
            return None;
        }
        c.etype = Some(EntityType::Org);
        c.rule = "acronym";
        return Some(c);
    }
    let cue = prev.as_deref().and_then(|p| {
        let two = prev2.as_deref().map(|q| format!("{q} {p}"));
        two.and_then(|t| kb.place_cues.get(&t).cloned())
            .or_else(|| kb.place_cues.get(p).cloned())
    });
    let given = kb.is_given_name(&lower[0]) && !kb.ambiguous_given_names.contains(&lower[0]);
    let place = place_head(kb, &lower);
    // A given name leads a person's name, unless a place is named after the person
    // ("Antonio Bautista Air Base").
    if words.len() >= 2 && given && !(words.len() >= 3 && place.is_some()) {
        c.etype = Some(EntityType::Person);
        c.rule = "given-name";
        return Some(c);
    }
    if let Some(sub) = place {
        c.etype = Some(EntityType::Location);
        c.subtype = Some(sub);
        c.rule = "place-head";
        return Some(c);
    }
    if let Some(sub) = cue {
        c.etype = Some(EntityType::Location);
        c.subtype = Some(sub);
        c.rule = "place-cue";
        return Some(c);
    }
    // A name given in quotes to a group: 'a group that analysts track as "Copper Heron"',
    // 'a crew dubbed "Night Orchard"'.
    let quoted_after_naming = matches!(prev.as_deref(), Some("\"" | "“" | "'" | "‘"))
        && prev2.as_deref().is_some_and(|p| {
            matches!(
                p,
                "as" | "dubbed" | "nicknamed" | "codenamed" | "called" | "itself"
            )
        })
        && w[name_start.saturating_sub(16)..name_start.saturating_sub(2)]
            .iter()
            .any(|x| QUOTED_GROUP_WORDS.contains(&x.to_lowercase().as_str()));
    // (The group word may stand a long clause before: 'the group, which the firm X tracks
    // as "Y"'.)
    if quoted_after_naming && !given {
        c.etype = Some(EntityType::Org);
        c.rule = "quoted-group-name";
        return Some(c);
    }
    // A group named with its kind in lower case, after the name ("the Barrio Rojo gang",
    // "the People's Unity party") or right before it ("the rights group Voces Libres").
    let group_after = w.get(end).is_some_and(|x| !is_cap(x))
        && next.as_deref().is_some_and(|n| GROUP_KINDS.contains(&n));
    let group_before = prev.as_deref().is_some_and(|p| GROUP_KINDS.contains(&p));
    if !given && words.len() <= 4 && (group_after || group_before) {
        c.etype = Some(EntityType::Org);
        let kind = if group_after {
            next.as_deref()
        } else {
            prev.as_deref()
        };
        c.subtype = match kind {
            Some("party" | "bloc") => Some("political_party".into()),
            Some("group")
                if matches!(prev2.as_deref(), Some("rights" | "advocacy" | "campaign")) =>
            {
                Some("ngo".into())
            }
            Some("gang" | "cartel" | "militia" | "faction" | "syndicate" | "mafia" | "brigade") => {
                Some("armed_group".into())
            }
            _ => None,
        };
        c.rule = "group-kind";
        return Some(c);
    }
    // A town whose name begins with a word that only begins towns' names ("Fort Meade",
    // "Port Aransas", "San Lázaro").
    if words.len() == 2 && TOWN_PREFIXES.contains(&lower[0].trim_end_matches('.')) {
        c.etype = Some(EntityType::Location);
        c.subtype = Some("city".into());
        c.rule = "town-prefix";
        return Some(c);
    }
    // A kind of place after the name, in lower case: "the Chuhuiv district", "Sarvan
    // village", "the Esenyurt and Bagcilar districts".
    let kind_after = |at: usize| {
        let n = w.get(at)?;
        if is_cap(n) {
            return None;
        }
        let n = n.to_lowercase();
        let one = n.strip_suffix('s').unwrap_or(&n).to_string();
        [n, one]
            .iter()
            .find_map(|k| kb.place_cues.get(k))
            .filter(|s| matches!(s.as_str(), "region" | "village" | "city"))
            .cloned()
    };
    // A demonym before a kind of place is an adjective: "the Iranian city of ...".
    let adjective = lower
        .iter()
        .any(|x| kb.lookup_country_word(&key(x)).is_some());
    // "in Durango state", "neighbouring Borno state": "state" names a place only after a
    // preposition or "neighbouring" ("a Sharia state" is a kind of state).
    let state_after = w.get(end) == Some(&"state")
        && prev
            .as_deref()
            .is_some_and(|p| matches!(p, "in" | "of" | "neighbouring" | "neighboring" | "from"));
    let after = kind_after(end)
        .or_else(|| state_after.then(|| "region".to_string()))
        .or_else(|| {
            (next.as_deref() == Some("and") && w.get(end + 1).is_some_and(|x| is_cap(x)))
                .then(|| kind_after(end + 2).filter(|_| w[end + 2].ends_with('s')))
                .flatten()
        })
        .filter(|_| !adjective);
    if let Some(sub) = after {
        c.etype = Some(EntityType::Location);
        c.subtype = Some(sub);
        c.rule = "place-kind-after";
        return Some(c);
    }
    // A facility named by a name and its kind in lower case: "the Vaziani military base",
    // "Gozhsky training ground", "the Ganja-Gazakh highway", "the Astara border crossing".
    // The kind is part of the name.
    // "Four port workers were detained": a number at the head of a sentence names no place.
    let number = COUNT_WORDS.contains(&lower[0].as_str());
    if !adjective && !given && !number {
        if let Some(n) = facility_kind_after(kb, w, end) {
            c.span = Span::new(c.span.start, toks[end + n - 1].end);
            c.canonical = c.span.of(text).to_string();
            c.etype = Some(EntityType::Location);
            c.subtype = Some("facility".into());
            c.rule = "place-kind-after";
            return Some(c);
        }
    }
    if let Some(p) = prev.as_deref() {
        // "in May" is a month.
        // Two words after "in", "near" or "off" ("off Lahad Datu") with no given name are
        // a place too.
        let two_word_place = words.len() == 2
            && !given
            && matches!(p, "in" | "near" | "off")
            && !kb.org_heads.contains_key(lower[1].as_str())
            && words
                .iter()
                .all(|x| !x.ends_with("'s") && !x.ends_with("’s"));
        if (matches!(
            p,
            "in" | "near" | "from" | "to" | "outside" | "inside" | "off"
        ) && words.len() == 1
            || two_word_place)
            && !sentence_initial
            && lower[0] != "may"
        {
            c.etype = Some(EntityType::Location);
            c.subtype = Some("city".into());
            c.rule = "in-place";
            return Some(c);
        }
    }
    let person_cue = next
        .as_deref()
        .is_some_and(|n| PERSON_AFTER.contains(&n) || n == ",")
        && words.len() >= 2
        || prev.as_deref().is_some_and(|p| PERSON_BEFORE.contains(&p));
    // Not a name: a demonym, a country or a faith among the words ("Sunni Muslim", "Kurdish
    // Alevi"), or a last word the report also writes in lower case ("Liberation Day", "Great
    // War", "Military Schools").
    let not_a_name = words.iter().any(|x| {
        let k = key(x);
        kb.lookup_country_word(&k).is_some() || FAITHS.contains(&k.as_str())
    }) || common.contains(lower[lower.len() - 1].as_str())
        // The name of an event or a period: "the Five-Day War", "the Orange Revolution".
        || EVENT_NAMES.contains(&lower[lower.len() - 1].as_str())
        || lower[0] == "operation";
    // "La Libertad", "El Porvenir", "Los Choneros": a Spanish or French article begins the
    // name of a place or, in the plural, of a gang; not of a person ("El Baradei said"
    // keeps its cue).
    let article = lower[0].as_str();
    if words.len() >= 2
        && matches!(article, "el" | "la" | "los" | "las" | "le" | "les")
        && !person_cue
        && !not_a_name
        && words[1..].iter().all(|x| is_cap(x) || particle_name(x))
    {
        if matches!(article, "los" | "las") {
            c.etype = Some(EntityType::Org);
            c.subtype = Some("armed_group".into());
        } else {
            c.etype = Some(EntityType::Location);
            c.subtype = Some("region".into());
        }
        c.rule = "article-name";
        return Some(c);
    }
    // In a line written in headline case ("Smugglers Bribing Port Officials") every word has
    // a capital: the shape of a name says nothing there.
    if words.len() >= 2
        && words.len() <= 4
        && (person_cue || (!sentence_initial && !headline_case(w, common)))
        && !not_a_name
        && words
            .iter()
            .all(|x| (is_cap(x) || particle_name(x)) && !is_acronym(x))
    {
        c.etype = Some(EntityType::Person);
        c.rule = if person_cue {
            "person-cue"
        } else {
            "name-shape"
        };
        return Some(c);
    }
    // Unknown single capitalised words stay untyped: coreference may type them later.
    if words.len() == 1 {
        c.rule = "single";
        return Some(c);
    }
    None
}

/// The subtype of a place named by its kind of place: a last word or two that the place
/// cues list ("Tovra Dam", "Hamrin Mountains", "Kosta Air Base"), or a first kind of
/// facility before its name ("Naval Base Kitsap", "Camp Orlov"). Cues that need "of" do not count.
fn place_head(kb: &Knowledge, lower: &[String]) -> Option<String> {
    if lower.len() < 2 {
        return None;
    }
    let cue = |k: &str| {
        kb.place_cues
            .get(k)
            .filter(|_| !k.ends_with(" of") && !k.starts_with("the "))
            .cloned()
    };
    let n = lower.len();
    // "Chin State", "Rivers State": a state of a federation.
    if n == 2 && lower[1] == "state" {
        return Some("region".into());
    }
    let last_two = (n >= 3).then(|| format!("{} {}", lower[n - 2], lower[n - 1]));
    last_two
        .and_then(|t| cue(&t))
        .or_else(|| cue(&lower[n - 1]))
        .or_else(|| {
            let first_two = format!("{} {}", lower[0], lower[1]);
            (n >= 3)
                .then(|| cue(&first_two))
                .flatten()
                .or_else(|| cue(&lower[0]))
                .filter(|s| s == "facility")
        })
}

/// A country's abbreviation ("US", "U.S.", "UK"), which can modify a noun as a demonym does.
fn is_abbreviation(w: &str) -> bool {
    w.len() >= 2
        && w.chars().any(|c| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// Whether `surface` is a plain word where the entry's name for `k` is an acronym ("LeT",
/// "WHO", "RAW"): the name must then be written as it is, or in capitals.
/// Nor is an acronym a word: "NIS" is not the city of Nis.
fn acronym_mismatch(e: &knowledge::Entry, k: &str, surface: &str) -> bool {
    if is_acronym(surface)
        && e.names
            .iter()
            .filter(|n| key(n) == k)
            .all(|n| n.chars().any(char::is_lowercase))
    {
        return true;
    }
    let mut forms = e.names.iter().filter(|n| key(n) == k).peekable();
    forms.peek().is_some()
        && surface.chars().any(|c| c.is_lowercase())
        && forms.all(|n| {
            // An acronym is one word with two capitals ("LeT", "WHO"); "The Times" is not.
            !n.contains(' ') && n.chars().filter(|c| c.is_uppercase()).count() >= 2 && n != surface
        })
}

fn month_or_day(w: &str) -> bool {
    matches!(
        w.to_lowercase().trim_end_matches('.'),
        "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// The one person of the document whose name ends with `tail` ("Hamid El Idrissi" for "El
/// Idrissi").
fn person_ending(cands: &[Cand], tail: &str) -> Option<String> {
    let end = format!(" {}", tail.to_lowercase());
    let mut found = cands
        .iter()
        .filter(|p| p.etype == Some(EntityType::Person))
        .map(|p| &p.canonical)
        .filter(|n| n.to_lowercase().ends_with(&end));
    let first = found.next()?;
    found.all(|n| n == first).then(|| first.clone())
}

/// One sense per document, surnames, acronyms defined in the text, roles.
fn resolve_in_document(text: &str, cands: Vec<Cand>) -> Vec<Mention> {
    let mut typed: HashMap<String, (EntityType, Option<String>, String, Option<String>)> =
        HashMap::new();
    let mut surnames: HashMap<String, Vec<String>> = HashMap::new();
    for c in cands.iter().filter(|c| c.etype.is_some()) {
        let t = c.etype.expect("filtered");
        typed.entry(key(c.span.of(text))).or_insert((
            t,
            c.subtype.clone(),
            c.canonical.clone(),
            c.kb.clone(),
        ));
        if t == EntityType::Person {
            let parts: Vec<&str> = c.canonical.split_whitespace().collect();
            if parts.len() >= 2 {
                for p in [parts[parts.len() - 1], parts[0]] {
                    let v = surnames.entry(key(p)).or_default();
                    if !v.contains(&c.canonical) {
                        v.push(c.canonical.clone());
                    }
                }
            }
        }
    }
    // A company named in full and then by its first word ("Bayline Micro Systems LLC" ...
    // "paid Bayline"): the first word, when no other company starts with it.
    let mut firms: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let words: Vec<&str> = c.canonical.split_whitespace().collect();
        if c.etype == Some(EntityType::Org)
            && c.subtype.as_deref() == Some("company")
            && words.len() >= 2
            && words[0].chars().count() >= 4
            && is_cap(words[0])
            && knowledge::get().lookup(words[0]).is_none()
        {
            let v = firms.entry(key(words[0])).or_default();
            if !v.iter().any(|&j| cands[j].canonical == c.canonical) {
                v.push(i);
            }
        }
    }
    let firm = |k: &str| firms.get(k).filter(|v| v.len() == 1).map(|v| &cands[v[0]]);
    // Acronyms defined in the text: "State Security Service (DTX)".
    let mut acronyms: HashMap<String, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.etype.is_some() && text[c.span.end..].trim_start().starts_with('(') {
            let after = &text[c.span.end..];
            let open = after.find('(').unwrap_or(0) + 1;
            if let Some(close) = after[open..].find(')') {
                let inner = after[open..open + close].trim();
                // A place takes an acronym only when it spells it ("United Arab Emirates
                // (UAE)"): in "Popular Front in Niger (PFN)" it ends a longer name.
                let spelled = || {
                    let initials: String = c
                        .span
                        .of(text)
                        .split_whitespace()
                        .filter_map(|w| w.chars().next())
                        .collect();
                    initials.eq_ignore_ascii_case(inner)
                };
                if is_acronym(inner) && (c.etype != Some(EntityType::Location) || spelled()) {
                    acronyms.insert(key(inner), i);
                }
            }
        }
    }
    // Acronyms an earlier organisation's name spells ("the National Intelligence Service
    // ... the NIS"): the first such organisation, when no definition says otherwise.
    let mut spelled: HashMap<String, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.etype == Some(EntityType::Org) && c.rule != "acronym" {
            let initials: String = c
                .span
                .of(text)
                .split_whitespace()
                .filter(|w| is_cap(w) && !w.eq_ignore_ascii_case("the"))
                .filter_map(|w| w.chars().next())
                .collect();
            if initials.chars().count() >= 3 {
                spelled.entry(key(&initials)).or_insert(i);
            }
        }
    }
    let mut out = Vec::new();
    for (ci, c) in cands.iter().enumerate() {
        let k = key(c.span.of(text));
        // This candidate's span taken as another entity, and why.
        let taken_as = |etype, subtype, canonical, kb, coref: String| Mention {
            span: c.span,
            text: c.span.of(text).to_string(),
            etype,
            subtype,
            role: None,
            canonical,
            kb,
            rule: c.rule.to_string(),
            coref: Some(coref),
        };
        let (etype, subtype, canonical, kbid, coref) = if let Some(t) = c.etype {
            let mut canonical = c.canonical.clone();
            let mut coref = None;
            let mut kbid = c.kb.clone();
            let mut subtype = c.subtype.clone();
            let defined = acronyms
                .get(&k)
                .filter(|_| c.kb.is_none() || c.rule == "acronym")
                .map(|&d| (d, "acronym defined after"));
            let earlier = spelled
                .get(&k)
                .filter(|&&d| d < ci && c.rule == "acronym" && !acronyms.contains_key(&k))
                .map(|&d| (d, "acronym of"));
            let article_person = (c.rule == "article-name")
                .then(|| person_ending(&cands, &c.canonical))
                .flatten();
            if let Some((d, how)) = defined.or(earlier) {
                let def = &cands[d];
                canonical = def.canonical.clone();
                kbid = def.kb.clone();
                subtype = def.subtype.clone();
                coref = Some(format!("{how} “{}”", def.span.of(text)));
            } else if let Some(full) = article_person {
                // "Hamid El Idrissi ... from El Idrissi": the surname, article and all.
                out.push(taken_as(
                    EntityType::Person,
                    None,
                    full,
                    None,
                    "surname".to_string(),
                ));
                continue;
            } else if t == EntityType::Person && c.canonical.split_whitespace().count() == 1 {
                if let Some(full) = surnames.get(&k).filter(|v| v.len() == 1) {
                    canonical = full[0].clone();
                    coref = Some(format!("surname of {}", full[0]));
                }
            } else if t == EntityType::Location
                && matches!(c.rule, "place-cue" | "in-place")
                && c.kb.is_none()
                && c.canonical.split_whitespace().count() == 1
            {
                // "paid Bayline": the company the report named in full.
                if let Some(f) = firm(&k) {
                    out.push(taken_as(
                        EntityType::Org,
                        f.subtype.clone(),
                        f.canonical.clone(),
                        f.kb.clone(),
                        format!("short name of {}", f.canonical),
                    ));
                    continue;
                }
                // "passed the files to Zhou": after "to" or "in" a single word is a place
                // only if the report names no one by it ("Zhou Jianguo").
                if let Some(full) = surnames.get(&k).filter(|v| v.len() == 1) {
                    out.push(taken_as(
                        EntityType::Person,
                        None,
                        full[0].clone(),
                        None,
                        format!("surname of {}", full[0]),
                    ));
                    continue;
                }
            }
            (t, subtype, canonical, kbid, coref)
        } else if let Some(full) = surnames.get(&k).filter(|v| v.len() == 1) {
            (
                EntityType::Person,
                None,
                full[0].clone(),
                None,
                Some(format!("surname of {}", full[0])),
            )
        } else if let Some(f) = firm(&k).filter(|_| c.canonical.split_whitespace().count() == 1) {
            (
                EntityType::Org,
                f.subtype.clone(),
                f.canonical.clone(),
                f.kb.clone(),
                Some(format!("short name of {}", f.canonical)),
            )
        } else if let Some(&d) = acronyms.get(&k) {
            let def = &cands[d];
            (
                def.etype.unwrap_or(EntityType::Org),
                def.subtype.clone(),
                def.canonical.clone(),
                def.kb.clone(),
                Some("acronym defined in the text".to_string()),
            )
        } else if let Some((t, s, canon, kbid)) = typed.get(&k) {
            (
                *t,
                s.clone(),
                canon.clone(),
                kbid.clone(),
                Some("one sense per document".to_string()),
            )
        } else if let Some(place) = coordinated_place(text, &cands, ci) {
            // "in Madrid and Toledo": a name joined to a town is a town.
            (
                EntityType::Location,
                place.subtype.clone(),
                c.canonical.clone(),
                None,
                Some(format!("coordinated with {}", place.span.of(text))),
            )
        } else {
            continue;
        };
        let role = c.role.clone().or_else(|| {
            (etype == EntityType::Person).then(|| {
                let before = &text
                    [text[..c.span.start].rfind(['.', '\n']).map_or(0, |p| p + 1)..c.span.start];
                roles::premodifier(before)
                    .or_else(|| roles::apposition(after(text, c.span.end, 120)))
            })?
        });
        out.push(Mention {
            span: c.span,
            text: c.span.of(text).to_string(),
            etype,
            subtype,
            role,
            canonical,
            kb: kbid,
            rule: c.rule.to_string(),
            coref,
        });
    }
    out
}

/// The place an untyped one-word name is coordinated with: the candidate just before it, a
/// town, village, district or region, with only "and", "or" or a comma between
/// ("in Madrid and Toledo", "villages of Kurba, Asil and Tarim").
fn coordinated_place<'c>(text: &str, cands: &'c [Cand], i: usize) -> Option<&'c Cand> {
    let c = &cands[i];
    if c.span.of(text).split_whitespace().count() != 1 {
        return None;
    }
    let prev = cands[..i].iter().rev().find(|p| p.etype.is_some())?;
    let between = text.get(prev.span.end..c.span.start)?.trim();
    let joined = matches!(between, "and" | "or" | "," | ", and" | ", or");
    let town = prev.etype == Some(EntityType::Location)
        && prev.subtype.as_deref().is_some_and(|s| {
            matches!(
                s,
                "city" | "town" | "village" | "district" | "region" | "province"
            )
        });
    (joined && town).then_some(prev)
}

/// Up to `n` bytes of `text` after `at`, cut on a character boundary.
fn after(text: &str, at: usize, n: usize) -> &str {
    let mut end = (at + n).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}
