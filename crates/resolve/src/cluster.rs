//! Incremental event clustering and conflicts.
//!
//! A new event fetches candidates by blocking keys (type + year, type + decade, type +
//! participant), at most [`PER_KEY`] per key, scores each, and joins the best cluster that
//! passes; otherwise it starts a cluster. Conflicts are recomputed for the cluster it joins.

use crate::index::{ClusterState, EventState, FieldValue, Index, IndexResult};
use model::{
    ArgRef, Cluster, Conflict, DateValue, Document, EntityType, Event, EventType, Modality,
    Precision, Statement,
};
use std::collections::BTreeSet;

/// Candidates fetched per blocking key that names a participant.
const PER_KEY: usize = 10;
/// Candidates fetched per broad blocking key (type + year, decade, count or country): in a
/// large store these return many unrelated events, and true matches share a participant.
const PER_BROAD_KEY: usize = 4;
/// The most candidates one key is ever asked for: a store need keep no more per key.
pub const EVENT_CANDIDATES_PER_KEY: usize = if PER_KEY > PER_BROAD_KEY {
    PER_KEY
} else {
    PER_BROAD_KEY
};
/// Event ids kept per reported value (examples of the evidence on each side of a conflict;
/// every member is in the membership table).
const MAX_EVENTS_PER_VALUE: usize = 6;
/// Distinct agents a cluster may report: sources can disagree on who did it, but a cluster
/// whose members name this many different agents is several events chained together.
const MAX_AGENTS: usize = 3;
/// Distinct values kept in a cluster's value table (a bound on its stored size).
const MAX_VALUES: usize = 32;

const STOP: [&str; 40] = [
    "the", "a", "an", "of", "in", "on", "and", "to", "for", "with", "by", "at", "it", "its", "had",
    "has", "was", "were", "said", "that", "from", "as", "is", "be", "been", "this", "these",
    "their", "they", "who", "which", "also", "have", "not", "but", "or", "after", "about", "into",
    "than",
];

/// Lower-case five-letter stems of the content words of `s`, with the words of one concept
/// ("extradited", "transfer") as that concept.
pub(crate) fn content_words(s: &str) -> Vec<String> {
    let kb = knowledge::get();
    let set: BTreeSet<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_lowercase())
        .filter(|w| w.len() > 2 && !STOP.contains(&w.as_str()))
        .map(|w| match kb.concepts.get(&w) {
            Some((c, _)) => format!("~{c}"),
            // A five-letter stem: "arrests" and "arrested", "smuggler" and "smuggling" agree.
            None => w.chars().take(5).collect(),
        })
        .collect();
    set.into_iter().collect()
}

/// The ISO code of the country an argument is or belongs to: a country, a known
/// organisation's country, or a name led by a country or its demonym ("Armenian forces",
/// "Togo's police").
fn country_of(doc: &Document, a: &ArgRef) -> Option<String> {
    let kb = knowledge::get();
    let m = a.mention.and_then(|m| doc.mentions.get(m));
    if let Some(e) = m
        .and_then(|m| m.kb.as_deref())
        .and_then(|k| k.split_once(':'))
        .and_then(|(_, name)| kb.lookup(name))
    {
        if let Some(c) = &e.country {
            return Some(c.clone());
        }
    }
    let name = m.map_or(a.name.as_str(), |m| m.canonical.as_str());
    if let Some(e) = kb
        .lookup(name)
        .filter(|e| e.kind == knowledge::Kind::Country)
    {
        return e.country.clone();
    }
    let first = name.split_whitespace().next()?;
    kb.lookup_country_word(&knowledge::key(first))
        .and_then(|e| e.country.clone())
}

/// Words an institution's name can be made of without naming which one ("the Interior
/// Ministry", "the regional prosecutor's office", "police").
const INSTITUTION_WORDS: [&str; 40] = [
    "the",
    "of",
    "and",
    "for",
    "ministry",
    "interior",
    "foreign",
    "affairs",
    "defence",
    "defense",
    "justice",
    "internal",
    "police",
    "army",
    "office",
    "prosecutor",
    "prosecutors",
    "general",
    "court",
    "security",
    "service",
    "services",
    "state",
    "national",
    "committee",
    "department",
    "directorate",
    "agency",
    "intelligence",
    "council",
    "government",
    "presidency",
    "embassy",
    "federal",
    "regional",
    "district",
    "supreme",
    "military",
    "public",
    "s",
];

/// Whether a participant key is an organisation named only by what it is, not whose.
fn generic_org(key: &str) -> bool {
    key.strip_prefix("ORG:").is_some_and(|name| {
        name.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| INSTITUTION_WORDS.contains(&w))
    })
}

/// Whether a participant key is a whole country.
fn is_country(key: &str) -> bool {
    let name = key
        .strip_prefix("kb:location:")
        .or_else(|| key.strip_prefix("LOCATION:"))
        .unwrap_or(key);
    knowledge::get()
        .lookup(name)
        .is_some_and(|e| e.kind == knowledge::Kind::Country)
}

/// How far back (bytes) from an event's sentence a place named sets its country.
const CONTEXT_REACH: usize = 600;

/// The country of a place mention, from the knowledge files.
fn place_country(m: &model::Mention) -> Option<String> {
    if m.etype != EntityType::Location {
        return None;
    }
    let kb = knowledge::get();
    let name =
        m.kb.as_deref()
            .and_then(|k| k.split_once(':'))
            .map_or(m.canonical.as_str(), |(_, n)| n);
    kb.lookup(name).and_then(|e| e.country.clone())
}

/// The country a report places an event in when the event names no place: the last place
/// named in its sentence or just before it, else the report's main country.
fn context_country(doc: &Document, ev: &Event, main: Option<&str>) -> Option<String> {
    let from = ev.evidence.start.saturating_sub(CONTEXT_REACH);
    doc.mentions
        .iter()
        .filter(|m| m.span.start >= from && m.span.end <= ev.evidence.end)
        .rev()
        .find_map(place_country)
        .or_else(|| main.map(str::to_string))
}

/// The one country most of a report's places are in (none when no country holds half of
/// them).
pub(crate) fn main_country(doc: &Document) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut total = 0;
    for c in doc.mentions.iter().filter_map(place_country) {
        total += 1;
        match counts.iter_mut().find(|x| x.0 == c) {
            Some(x) => x.1 += 1,
            None => counts.push((c, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|x| x.1)
        .filter(|x| x.1 >= 2 && x.1 * 2 >= total)
        .map(|x| x.0)
}

/// Jaccard similarity of two sorted, deduplicated word lists.
fn jaccard(a: &[String], b: &[String]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// The key of an event argument: its knowledge entry, else its type and normalised name.
pub(crate) fn arg_key(doc: &Document, a: &ArgRef) -> String {
    if let Some(m) = a.mention.and_then(|m| doc.mentions.get(m)) {
        if let Some(kb) = &m.kb {
            return format!("kb:{kb}");
        }
        return format!("{}:{}", m.etype.as_str(), knowledge::key(&m.canonical));
    }
    if let Some(e) = &a.entity {
        return format!("kb:{e}");
    }
    format!("text:{}", knowledge::key(&a.name))
}

/// The clause around the trigger: the words from a few words before it to a dozen after.
fn trigger_window(doc: &Document, ev: &Event) -> String {
    let text = &doc.text;
    let ev_s = ev.evidence;
    let mut start = ev.trigger.start.max(ev_s.start);
    let mut words = 0;
    while start > ev_s.start && words < 4 {
        start -= 1;
        while start > ev_s.start && !text.is_char_boundary(start) {
            start -= 1;
        }
        if text[start..].starts_with(' ') {
            words += 1;
        }
    }
    let mut end = ev.trigger.end.min(ev_s.end);
    let mut words = 0;
    while end < ev_s.end && words < 12 {
        end += 1;
        while end < ev_s.end && !text.is_char_boundary(end) {
            end += 1;
        }
        if text[..end].ends_with(' ') {
            words += 1;
        }
    }
    text.get(start..end).unwrap_or_default().to_string()
}

/// The features of event `idx` of `doc`; `main` is the report's main country ([`main_country`]).
pub(crate) fn state(doc: &Document, idx: usize, main: Option<&str>) -> EventState {
    let ev = &doc.events[idx];
    let mut parts: Vec<String> = ev
        .agent
        .iter()
        .chain(&ev.patients)
        .chain(&ev.location)
        .chain(&ev.sponsor)
        .map(|a| arg_key(doc, a))
        .collect();
    parts.sort();
    parts.dedup();
    let place = ev.location.as_ref().and_then(|l| {
        let kb = knowledge::get();
        let m = l.mention.and_then(|m| doc.mentions.get(m));
        let name = m.map(|m| m.canonical.as_str()).unwrap_or(&l.name);
        kb.lookup(name)
            .map(|e| (e.subtype.clone(), e.country.clone()))
            .or_else(|| m.and_then(|m| m.subtype.clone()).map(|s| (s, None)))
    });
    let mut names: Vec<String> = doc
        .mentions
        .iter()
        .filter(|m| ev.evidence.contains(m.span))
        .map(|m| match &m.kb {
            Some(kb) => format!("kb:{kb}"),
            None => format!("{}:{}", m.etype.as_str(), knowledge::key(&m.canonical)),
        })
        .collect();
    names.sort();
    names.dedup();
    EventState {
        id: format!("{}-{idx}", doc.id),
        doc: doc.id.clone(),
        idx,
        etype: ev.etype,
        date: ev.date,
        count: ev.count,
        location: ev.location.as_ref().map(|l| arg_key(doc, l)),
        location_name: ev.location.as_ref().map(|l| l.name.clone()),
        location_is_country: place.as_ref().is_some_and(|p| p.0 == "country"),
        location_level: place.as_ref().map(|p| p.0.clone()),
        location_country: place.and_then(|p| p.1),
        context_country: context_country(doc, ev, main),
        names,
        agent: ev.agent.as_ref().map(|a| arg_key(doc, a)),
        modality: ev.modality,
        parts,
        sentence: ev.evidence.start,
        words: content_words(ev.evidence.of(&doc.text)),
        core: content_words(&trigger_window(doc, ev)),
        written: doc.reference_date(ev.evidence.start).map(|d| d.year),
        stances: ev
            .stances
            .iter()
            .map(|st| Statement {
                event: Some(format!("{}-{idx}", doc.id)),
                value: stance_value(st.certain).to_string(),
                text: st.evidence.of(&doc.text).to_string(),
                start: st.evidence.start,
                end: st.evidence.end,
            })
            .collect(),
        announces: ev.announces.and_then(|j| {
            let d = doc.events.get(j)?.date?;
            Some((format!("{}-{j}", doc.id), d))
        }),
        agent_country: ev.agent.as_ref().and_then(|a| country_of(doc, a)),
        patient_countries: {
            let mut v: Vec<String> = ev
                .patients
                .iter()
                .filter_map(|p| country_of(doc, p))
                .collect();
            v.sort();
            v.dedup();
            v
        },
        lasting: ev
            .trigger
            .of(&doc.text)
            .split(|c: char| !c.is_alphanumeric())
            .find_map(|w| {
                knowledge::get()
                    .concepts
                    .get(&w.to_lowercase())
                    .filter(|c| c.1)
                    .map(|c| c.0.clone())
            }),
    }
}

fn decade(d: &DateValue) -> i32 {
    d.year.div_euclid(10)
}

/// Keys an event is filed under: its date's year (or decade), its participants (not every
/// name in its sentence: a name that takes no part is looked up, not filed), its place's
/// country, its side in a lasting war, and its count. Each key is a row written at a random
/// place in a large index, so an event files as few as it can.
fn own_keys(e: &EventState) -> Vec<String> {
    let t = e.etype.as_str();
    let mut keys = Vec::new();
    match e.date {
        Some(d) if d.precision == Precision::Decade => keys.push(format!("{t}|d{}", decade(&d))),
        Some(d) => keys.push(format!("{t}|y{}", d.year)),
        None => {}
    }
    for p in anchors(e, false) {
        keys.push(format!("{t}|p{p}"));
    }
    if let Some(c) = e.count {
        keys.push(format!("{t}|c{c}"));
    }
    keys
}

/// What an event is filed under (`with_names` false) or looked up by (true) besides its
/// date: its participants, with the names in its sentence when looking up, its location's
/// country and its side in a lasting war.
fn anchors(e: &EventState, with_names: bool) -> Vec<String> {
    let names: &[String] = if with_names { &e.names } else { &[] };
    let mut out: Vec<String> = e
        .parts
        .iter()
        .chain(names)
        .filter(|p| !p.starts_with("text:"))
        .cloned()
        .collect();
    if let Some(c) = &e.location_country {
        out.push(format!("country:{c}"));
    }
    // A war or an occupation is filed under its side, however each report names it.
    if let (Some(l), Some(c)) = (&e.lasting, &e.agent_country) {
        out.push(format!("side:{l}:{c}"));
    }
    out.sort();
    out.dedup();
    out
}

/// Keys an event looks its candidates up under: its date's year (or decade) when it has a
/// date, the participants and names it shares with others, and its count.
fn lookup_keys(e: &EventState) -> Vec<String> {
    let t = e.etype.as_str();
    let mut keys = Vec::new();
    match e.date {
        Some(d) if d.precision == Precision::Decade => {
            keys.push(format!("{t}|d{}", decade(&d)));
            for y in 0..10 {
                keys.push(format!("{t}|y{}", decade(&d) * 10 + y));
            }
        }
        Some(d) => {
            keys.push(format!("{t}|y{}", d.year));
            keys.push(format!("{t}|d{}", decade(&d)));
        }
        None => {}
    }
    for p in anchors(e, true) {
        keys.push(format!("{t}|p{p}"));
    }
    if let Some(c) = e.count {
        keys.push(format!("{t}|c{c}"));
    }
    keys
}

/// Whether a blocking key is broad: a date, a count or a country rather than a participant.
fn is_broad(key: &str) -> bool {
    let Some((_, rest)) = key.split_once('|') else {
        return true;
    };
    rest.starts_with(['y', 'd', 'c']) || rest.starts_with("pcountry:") || rest.starts_with("pside:")
}

/// Days between two day-precision dates (approximate across months; enough for "a day or
/// two apart").
fn days_apart(a: &DateValue, b: &DateValue) -> i64 {
    let n = |d: &DateValue| d.year as i64 * 372 + d.month as i64 * 31 + d.day as i64;
    (n(a) - n(b)).abs()
}

/// How two dates bear on joining: a score, or `None` when they rule the join out. Day dates a
/// few days apart can still be one event (sources often differ by a day); that becomes a
/// date conflict in the cluster.
fn date_score(a: Option<DateValue>, b: Option<DateValue>) -> Option<(f64, bool)> {
    match (a, b) {
        (Some(x), Some(y)) if x.compatible(&y) => Some((
            match x.precision.min(y.precision) {
                Precision::Day => 2.5,
                Precision::Month => 1.5,
                Precision::Year => 1.0,
                Precision::Decade => 0.5,
            },
            true,
        )),
        (Some(x), Some(y))
            if x.precision == Precision::Day
                && y.precision == Precision::Day
                && days_apart(&x, &y) <= 3 =>
        {
            Some((0.5, true))
        }
        (Some(_), Some(_)) => None,
        _ => Some((0.0, false)),
    }
}

/// Whether two places rule a join out: different countries, or two different places of the
/// same kind (two cities, two villages). A city and a region, or a country and a place in
/// it, may be one event's place.
fn places_clash(a: &EventState, b: &EventState) -> bool {
    let (Some(x), Some(y)) = (&a.location, &b.location) else {
        return false;
    };
    if x == y {
        return false;
    }
    if let (Some(p), Some(q)) = (&a.location_country, &b.location_country) {
        if p != q {
            return true;
        }
    }
    let (nx, ny) = (
        knowledge::key(a.location_name.as_deref().unwrap_or(x)),
        knowledge::key(b.location_name.as_deref().unwrap_or(y)),
    );
    if nx.contains(&ny) || ny.contains(&nx) {
        return false;
    }
    !a.location_is_country
        && !b.location_is_country
        && a.location_level.is_some()
        && a.location_level == b.location_level
}

/// The surnames (last name words) of the people taking part in an event (not the people
/// merely named in its sentence, such as the official quoted).
fn surnames(e: &EventState) -> impl Iterator<Item = &str> + Clone {
    e.parts
        .iter()
        .filter_map(|p| p.strip_prefix("PERSON:"))
        .filter_map(|n| n.rsplit(' ').next())
}

/// Whether two events name different people: both name someone and no surname of one is
/// the same as (or a spelling variant of) a surname of the other. Two arrests of different
/// people are two events however alike their wording.
fn people_clash(a: &EventState, b: &EventState) -> bool {
    let (mut x, y) = (surnames(a), surnames(b));
    x.clone().next().is_some()
        && y.clone().next().is_some()
        && !x.any(|p| y.clone().any(|q| strsim::jaro_winkler(p, q) >= 0.85))
}

/// Whether event `e` fits the cluster as a whole, not only the member it matched (so a
/// chain of pairwise matches cannot drift): its date must be compatible with every date the
/// cluster reports, and it may not add a new agent to a cluster that already names
/// [`MAX_AGENTS`].
fn fits(state: &ClusterState, e: &EventState) -> bool {
    let dates_ok = state
        .values
        .iter()
        .filter(|v| v.field == "date")
        .filter_map(|v| DateValue::parse(&v.key))
        .all(|d| date_score(Some(d), e.date).is_some());
    let agents: Vec<&FieldValue> = state.values.iter().filter(|v| v.field == "agent").collect();
    let agent_ok = e
        .agent
        .as_ref()
        .is_none_or(|a| agents.len() < MAX_AGENTS || agents.iter().any(|v| &v.key == a));
    dates_ok && agent_ok
}

/// The evidence overlap two undated acts from two reports need when they share no actor.
const UNDATED_SIM: f64 = 0.3;

/// The evidence overlap two acts from two reports need when they share no name and no agent.
const UNNAMED_SIM: f64 = 0.4;

/// The evidence overlap two acts from two reports need when only one agency or country and a
/// year (at most) tie them.
const WEAK_SIM: f64 = 0.3;

/// Years an undated act may lie before the report that tells it: an undated arrest in a
/// 2022 report is not the 1993 one.
const UNDATED_SPAN: i32 = 10;

/// Whether two events are too far apart in time to be one act, judged by when their reports
/// were written where an event has no date of its own: an undated event happened before its
/// report, and not long before; two undated events from reports written many years apart are
/// two events. Wars and occupations last, and are not judged this way.
fn apart_in_time(a: &EventState, b: &EventState) -> bool {
    let undated_vs = |u: &EventState, d: &EventState| match (u.written, d.date) {
        (Some(w), Some(date)) => {
            let (lo, hi) = (
                date.year,
                date.year
                    + if date.precision == Precision::Decade {
                        9
                    } else {
                        0
                    },
            );
            hi < w - UNDATED_SPAN || lo > w
        }
        _ => false,
    };
    match (a.date, b.date) {
        (None, None) => match (a.written, b.written) {
            (Some(x), Some(y)) => (x - y).abs() > UNDATED_SPAN / 2,
            _ => false,
        },
        (None, Some(_)) => undated_vs(a, b),
        (Some(_), None) => undated_vs(b, a),
        _ => false,
    }
}

/// What a join score rests on, kept until the join is chosen, when it becomes the reason
/// (most candidates are scored and dropped, and need no words).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Grounds {
    sim: f64,
    shared: usize,
    dated: bool,
    same_count: bool,
    opposed: bool,
    lasting_side: bool,
}

impl Grounds {
    /// The reason as stored with the join: "A and B: evidence overlap 0.42, 2 shared names".
    pub(crate) fn reason(&self, a: &str, b: &str) -> String {
        let mut why = format!("{a} and {b}: evidence overlap {:.2}", self.sim);
        if self.shared > 0 {
            why.push_str(&format!(", {} shared names", self.shared));
        }
        if self.dated {
            why.push_str(", compatible dates");
        }
        if self.same_count {
            why.push_str(", same count");
        }
        if self.opposed {
            why.push_str(", one source denies what the other reports");
        }
        if self.lasting_side {
            why.push_str(", one lasting war or occupation by the same side");
        }
        why
    }
}

/// A join score for two events and its grounds, or `None` when they cannot be one event.
pub(crate) fn joinable(a: &EventState, b: &EventState) -> Option<(f64, Grounds)> {
    if a.etype != b.etype || a.id == b.id {
        return None;
    }
    let same_doc = a.doc == b.doc;
    // Two events of one type in one sentence were told apart by extraction.
    if same_doc && a.sentence == b.sentence {
        return None;
    }
    let (date_points, dated) = date_score(a.date, b.date)?;
    let lasting = a.lasting.is_some() && a.lasting == b.lasting;
    if !lasting && apart_in_time(a, b) {
        return None;
    }
    if places_clash(a, b) || people_clash(a, b) {
        return None;
    }
    let sim = jaccard(&a.words, &b.words);
    let core = jaccard(&a.core, &b.core);
    // Names both events hold, each counted once: (actors, places).
    let (mut actors, mut places) = (0usize, 0usize);
    // Of those, the people and the places smaller than a country: names that pin one act
    // down, where an agency or a country takes part in thousands.
    let (mut people, mut towns) = (0usize, 0usize);
    let mine: Vec<&String> = a.parts.iter().chain(&a.names).collect();
    for (i, p) in mine.iter().enumerate() {
        if p.starts_with("text:")
            || mine[..i].contains(p)
            || !(b.parts.contains(p) || b.names.contains(p))
        {
            continue;
        }
        // "the Interior Ministry", "police": every country has one, so across reports the
        // same words name no one in particular.
        if !same_doc && generic_org(p) {
            continue;
        }
        if p.starts_with("PERSON:") || p.starts_with("kb:person:") {
            actors += 1;
            people += 1;
        } else if p.starts_with("ORG:") || p.starts_with("kb:org") {
            actors += 1;
        } else {
            places += 1;
            if !is_country(p) {
                towns += 1;
            }
        }
    }
    let shared = actors + places;
    // Two reports placing an arrest, a trial, an attack or a protest in two countries tell
    // of two acts, unless the same person takes part in both or the same agency does it (a
    // cross-border case: "Georgia's service arrested an Armenian in Tbilisi", told from
    // Yerevan). Diplomacy, spying and covert acts span two countries by nature.
    fn country(e: &EventState) -> Option<&String> {
        e.location_country.as_ref().or(e.context_country.as_ref())
    }
    let same_agent = a.agent.is_some()
        && a.agent == b.agent
        && (same_doc || !a.agent.as_deref().is_some_and(generic_org));
    let local = matches!(
        a.etype,
        EventType::Arrest
            | EventType::Charge
            | EventType::Sentence
            | EventType::Attack
            | EventType::Protest
    );
    if local && !same_doc && people == 0 && !same_agent {
        if let (Some(x), Some(y)) = (country(a), country(b)) {
            if x != y {
                return None;
            }
        }
    }
    // "Prague expelled a Chinese diplomat" and "Beijing expelled a Czech one in return":
    // states answer each other in kind, so two states doing the same are two acts.
    if a.etype == EventType::DiplomaticAction {
        if let (Some(x), Some(y)) = (&a.agent, &b.agent) {
            if x != y && is_country(x) && is_country(y) {
                return None;
            }
        }
    }
    let counts = match (a.count, b.count) {
        // One man is not thirty: sources differ on a count, not by that much.
        (Some(x), Some(y)) if x.max(y) >= 3 * x.min(y) && x.abs_diff(y) >= 3 => return None,
        (Some(x), Some(y)) => Some(x == y),
        _ => None,
    };
    let mut score = sim * 4.0 + core * 3.0 + date_points;
    score += actors.min(2) as f64 * 1.5 + places.min(2) as f64 * 0.5;
    score += match counts {
        Some(true) => 1.5,
        Some(false) => -0.5,
        None => 0.0,
    };
    if a.location.is_some() && a.location == b.location {
        score += 0.5;
    }
    // The same actor (a country, an agency, a person) doing it.
    if same_agent {
        score += 1.0;
    }
    // A war or an occupation is a state that lasts: two reports of one by the same side
    // against the same other side are one, dated or not. Against different sides they are
    // two ("Russia's war with Georgia" and its war with Ukraine).
    let same_side = a.agent_country.is_some() && a.agent_country == b.agent_country;
    if lasting && same_side {
        let (p, q) = (&a.patient_countries, &b.patient_countries);
        if !p.is_empty() && !q.is_empty() && !p.iter().any(|c| q.contains(c)) {
            return None;
        }
        score += 2.0;
    }
    // One source asserting what another denies is the same event told two ways.
    let opposed = matches!(
        (a.modality, b.modality),
        (Modality::Denied, Modality::Asserted | Modality::Alleged)
            | (Modality::Asserted | Modality::Alleged, Modality::Denied)
    );
    // Without a shared name, a date or a count, only close wording joins.
    let anchored = shared > 0 || dated || counts == Some(true) || (lasting && same_side);
    // Two undated acts from two reports, sharing no one who acted or was acted on (only a
    // country or a place): "Iran's military manoeuvres on its borders" in one report and
    // "Iran's military exercises on the border" in another may be years apart. Only close
    // wording joins them. (A war or an occupation lasts, and is judged as above.)
    let unanchored_in_time = !same_doc && a.date.is_none() && b.date.is_none() && !lasting;
    if unanchored_in_time && actors == 0 && sim < UNDATED_SIM {
        return None;
    }
    // Two reports that share no name at all (no one acting or acted on, no place) and not
    // the agent: a date, a count and the type fit countless acts ("two men were arrested
    // in March"). Only close wording joins them, and only when they are dated.
    let lasting_same_side = lasting && same_side;
    // Undated as well, like words are no evidence at all: "Both men denied the charges"
    // closes many reports.
    let undated = a.date.is_none() && b.date.is_none();
    if !(same_doc || shared > 0 || same_agent || lasting_same_side)
        && (sim < UNNAMED_SIM || undated)
    {
        return None;
    }
    // Two reports tied only by an agency or a country, and a year at most: the agency and
    // the country take part in many acts a year. A second shared name, a count of three or
    // more, or close wording must tie them too.
    let fine_date = matches!(
        (a.date, b.date),
        (Some(x), Some(y)) if x.precision.min(y.precision) >= Precision::Month
    );
    let weak = !same_doc && people == 0 && towns == 0 && !fine_date && !lasting_same_side;
    let big_count = matches!((a.count, b.count), (Some(x), Some(y)) if x == y && x >= 3);
    if weak && shared < 2 && !big_count && sim < WEAK_SIM {
        return None;
    }
    let needed = if same_doc {
        4.0
    } else if opposed && (actors > 0 || same_agent) {
        1.0
    } else {
        2.5
    };
    if score < needed || (!anchored && sim < 0.35) {
        return None;
    }
    Some((
        score,
        Grounds {
            sim,
            shared,
            dated,
            same_count: counts == Some(true),
            opposed,
            lasting_side: lasting && same_side,
        },
    ))
}

/// Clusters the events of one document against the index.
pub(crate) fn add_document(index: &mut dyn Index, doc: &Document) -> IndexResult<()> {
    // The cluster each event of this document went to, in order.
    let mut placed: Vec<String> = Vec::with_capacity(doc.events.len());
    let main = main_country(doc);
    for idx in 0..doc.events.len() {
        let e = state(doc, idx, main.as_deref());
        // "They weren't arrested": the report itself ties a negated act to the earlier
        // account of it that it answers (see `events`), so the two are one event told two
        // ways, whatever their wording.
        let answered = doc.events[idx]
            .target
            .filter(|&j| {
                e.modality == Modality::Denied
                    && j < idx
                    && doc.events[j].etype == e.etype
                    && e.etype != EventType::Denial
            })
            .and_then(|j| placed.get(j).map(|c| (j, c.clone())));
        if let Some((j, cluster)) = answered {
            if let Some(state) = index.cluster(&cluster)?.filter(|s| fits(s, &e)) {
                let why = format!(
                    "{} and {}-{j}: the report says did not happen what it reported earlier",
                    e.id, doc.id
                );
                place(index, &e, Some((state, why)))?;
                placed.push(cluster);
                continue;
            }
        }
        // The best-scoring member of each candidate cluster.
        // (score, grounds, the member it matched, its cluster)
        let mut best: Vec<(f64, Grounds, std::sync::Arc<EventState>, String)> = Vec::new();
        let (broad, specific): (Vec<String>, Vec<String>) =
            lookup_keys(&e).into_iter().partition(|k| is_broad(k));
        let mut candidates = index.events_by_keys(&specific, PER_KEY)?;
        candidates.extend(index.events_by_keys(&broad, PER_BROAD_KEY)?);
        for (c, cluster) in candidates {
            if let Some((score, grounds)) = joinable(&e, &c) {
                match best.iter_mut().find(|b| b.3 == cluster) {
                    Some(b) if score > b.0 => *b = (score, grounds, c, cluster),
                    Some(_) => {}
                    None => best.push((score, grounds, c, cluster)),
                }
            }
        }
        best.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.3.cmp(&b.3)));
        let mut joined = None;
        for (_, grounds, member, cluster) in best {
            if let Some(state) = index.cluster(&cluster)? {
                if fits(&state, &e) {
                    joined = Some((state, grounds.reason(&e.id, &member.id)));
                    break;
                }
            }
        }
        placed.push(place(index, &e, joined)?);
    }
    Ok(())
}

/// Files event `e` in the cluster it joined (with the reason), or in a new one, and updates
/// that cluster's values and conflicts. Returns the cluster's id.
fn place(
    index: &mut dyn Index,
    e: &EventState,
    joined: Option<(ClusterState, String)>,
) -> IndexResult<String> {
    let (state, why) = joined.unzip();
    let cluster = match &state {
        Some(s) => s.cluster.id.clone(),
        None => index.new_cluster_id()?,
    };
    index.put_event(e, &own_keys(e), &cluster, why.as_deref())?;
    let mut state = state.unwrap_or_else(|| ClusterState {
        cluster: Cluster {
            id: cluster.clone(),
            etype: e.etype.as_str().to_string(),
            date: None,
            events: vec![],
            docs: vec![],
            conflicts: vec![],
            reasons: vec![],
        },
        values: vec![],
    });
    record(&mut state.values, e);
    state.cluster.date = state
        .values
        .iter()
        .filter(|v| v.field == "date")
        .filter_map(|v| DateValue::parse(&v.key))
        .max_by_key(|d| d.precision)
        .map(|d| d.to_string());
    state.cluster.conflicts = conflicts(&state.values);
    index.put_cluster(&state)?;
    Ok(cluster)
}

/// Adds what event `e` reports to a cluster's values.
fn record(values: &mut Vec<FieldValue>, e: &EventState) {
    let mut add = |field: &str, key: String, shown: String| {
        let full = values.len() >= MAX_VALUES;
        match values.iter_mut().find(|v| v.field == field && v.key == key) {
            Some(v) if v.events.len() < MAX_EVENTS_PER_VALUE && !v.events.contains(&e.id) => {
                v.events.push(e.id.clone());
            }
            Some(_) => {}
            None if !full => values.push(FieldValue {
                field: field.to_string(),
                key,
                shown,
                events: vec![e.id.clone()],
                statements: vec![],
            }),
            None => {}
        }
    };
    if let Some(d) = e.date {
        add("date", d.to_string(), d.to_string());
    }
    if let Some(c) = e.count {
        add("count", c.to_string(), c.to_string());
    }
    if let Some(l) = &e.location {
        let shown = e.location_name.clone().unwrap_or_else(|| l.clone());
        add("location", l.clone(), shown);
    }
    if let Some(a) = &e.agent {
        add(
            "agent",
            a.clone(),
            a.split_once(':').map_or(a.as_str(), |x| x.1).to_string(),
        );
    }
    if let Some(c) = &e.agent_country {
        add("agent_side", c.clone(), c.clone());
    }
    if matches!(e.modality, Modality::Asserted | Modality::Denied) {
        add(
            "modality",
            e.modality.as_str().to_string(),
            e.modality.as_str().to_string(),
        );
    }
    // The date of the event this one announced, held by that event.
    if let Some((id, d)) = &e.announces {
        if !values
            .iter()
            .any(|v| v.field == "announces" && v.key == d.to_string())
            && values.len() < MAX_VALUES
        {
            values.push(FieldValue {
                field: "announces".into(),
                key: d.to_string(),
                shown: d.to_string(),
                events: vec![id.clone()],
                statements: vec![],
            });
        }
    }
    // "Their ties to the network are beyond doubt" / "... still in doubt": the statements
    // themselves, since the event's own sentence says neither.
    for st in &e.stances {
        let full = values.len() >= MAX_VALUES;
        match values
            .iter_mut()
            .find(|v| v.field == "certainty" && v.key == st.value)
        {
            Some(v) if v.statements.len() < MAX_EVENTS_PER_VALUE && !v.statements.contains(st) => {
                if !v.events.contains(&e.id) {
                    v.events.push(e.id.clone());
                }
                v.statements.push(st.clone());
            }
            Some(_) => {}
            None if !full => values.push(FieldValue {
                field: "certainty".into(),
                key: st.value.clone(),
                shown: st.value.clone(),
                events: vec![e.id.clone()],
                statements: vec![st.clone()],
            }),
            None => {}
        }
    }
}

/// How a stance is shown and compared.
fn stance_value(certain: bool) -> &'static str {
    if certain {
        "proven"
    } else {
        "in doubt"
    }
}

/// Disagreements between the values reported inside one cluster.
pub(crate) fn conflicts(values: &[FieldValue]) -> Vec<Conflict> {
    let mut out = Vec::new();
    // An announcement dated before the event it announced: the report's dates cannot both
    // be right.
    for a in values.iter().filter(|v| v.field == "announces") {
        let Some(done) = DateValue::parse(&a.key) else {
            continue;
        };
        for d in values.iter().filter(|v| v.field == "date") {
            if let Some(said) = DateValue::parse(&d.key).filter(|s| {
                !s.compatible(&done) && (s.year, s.month, s.day) < (done.year, done.month, done.day)
            }) {
                out.push(Conflict {
                    field: "date".to_string(),
                    values: vec![
                        format!("{said} (announced)"),
                        format!("{done} (the event announced)"),
                    ],
                    events: d.events.iter().chain(&a.events).cloned().collect(),
                    subject: None,
                    statements: vec![],
                });
            }
        }
    }
    // One source says the charge is proven, another that it is in doubt.
    let stances: Vec<&FieldValue> = values.iter().filter(|v| v.field == "certainty").collect();
    if stances.len() > 1 {
        let mut events: Vec<String> = Vec::new();
        for id in stances.iter().flat_map(|v| &v.events) {
            if !events.contains(id) {
                events.push(id.clone());
            }
        }
        out.push(Conflict {
            field: "certainty".to_string(),
            values: stances.iter().map(|v| v.shown.clone()).collect(),
            events,
            subject: None,
            statements: stances
                .iter()
                .flat_map(|v| v.statements.iter().cloned())
                .collect(),
        });
    }
    for field in ["date", "count", "location", "agent", "modality"] {
        let vs: Vec<&FieldValue> = values.iter().filter(|v| v.field == field).collect();
        let clash = if field == "date" {
            let ds: Vec<DateValue> = vs.iter().filter_map(|v| DateValue::parse(&v.key)).collect();
            ds.iter().any(|a| ds.iter().any(|b| !a.compatible(b)))
        } else if field == "agent" {
            // "Armenia" and "the Armenian forces", "Iran" and its intelligence service: one
            // side named two ways is no disagreement about who did it.
            let sides: Vec<&FieldValue> =
                values.iter().filter(|v| v.field == "agent_side").collect();
            let all_sided = vs
                .iter()
                .flat_map(|v| &v.events)
                .all(|e| sides.iter().any(|s| s.events.contains(e)));
            vs.len() > 1 && !(all_sided && sides.len() == 1)
        } else {
            vs.len() > 1
        };
        if clash {
            let shown: BTreeSet<&String> = vs.iter().map(|v| &v.shown).collect();
            out.push(Conflict {
                field: field.to_string(),
                values: shown.into_iter().cloned().collect(),
                events: vs.iter().flat_map(|v| v.events.iter().cloned()).collect(),
                subject: None,
                statements: vec![],
            });
        }
    }
    out
}
