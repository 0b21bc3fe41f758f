//! The extraction itself.

use crate::lexicon::{self, Phrase};
use model::{ArgRef, Document, EntityType, Event, EventType, Mention, Modality, Span, TimeExpr};

const NUMBER_WORDS: [(&str, u32); 22] = [
    ("both", 2),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("dozen", 12),
];

const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "personnel",
    "troops",
    "guards",
    "workers",
    "operatives",
    "policemen",
    "sailors",
    "crew",
    "persons",
    "person",
    "citizens",
    "citizen",
    "men",
    "women",
    "suspects",
    "spies",
    "agents",
    "officers",
    "members",
    "islamists",
    "militants",
    "soldiers",
    "nationals",
    "individuals",
    "residents",
    "activists",
    "employees",
    "servicemen",
    "fighters",
    "civilians",
    "diplomats",
    "journalists",
    "students",
    "leaders",
    "officials",
    "others",
    "detainees",
    "foreigners",
    "lebanese",
    "recruits",
    "couriers",
    "traders",
    "representatives",
    "gunmen",
    "worshippers",
    "worshipers",
    "pilgrims",
    "migrants",
    "refugees",
    "villagers",
    "shepherds",
    "farmers",
    "fishermen",
    "protesters",
    "demonstrators",
    "children",
    "teenagers",
    "minors",
    "hostages",
    "victims",
    "passengers",
    "prisoners",
    "inmates",
    "bloggers",
    "dissidents",
    "rebels",
    "insurgents",
    "mercenaries",
    "relatives",
    "pensioners",
    "engineers",
    "drivers",
    "buyers",
    "supporters",
    "sympathisers",
    "sympathizers",
    "followers",
    "patrolmen",
    "vendors",
    "smugglers",
    "traffickers",
    "defendants",
    "lawyers",
    "doctors",
    "teachers",
    "clerics",
    "imams",
    "priests",
    "youths",
    "boys",
    "girls",
    "pupils",
    "conscripts",
    "reservists",
    "commanders",
    "guerrillas",
    "jihadists",
    "extremists",
    "separatists",
    "saboteurs",
    "hackers",
    "informants",
    "accomplices",
    "captives",
    "tourists",
    "contractors",
    "technicians",
    "scientists",
    "researchers",
    "pilots",
    "seamen",
    "dockworkers",
    "miners",
    "lawmakers",
    "deputies",
    "senators",
    "ministers",
    "gendarmes",
    "marines",
    "peacekeepers",
    "bystanders",
    "pedestrians",
    "deckhands",
    "crewmen",
    "captains",
    "skippers",
    "colleagues",
    "associates",
    "accused",
    "exiles",
    "mourners",
    "rangers",
    "passers-by",
    "passersby",
    "commuters",
    "motorists",
    "bodyguards",
    "militiamen",
    "tribesmen",
    "paramilitaries",
];

/// Nouns for one person, which count one when an act is done to them ("to kidnap a
/// diplomat", "recruited an officer of the navy").
const SINGULAR_PEOPLE: &[&str] = &[
    "man",
    "woman",
    "person",
    "citizen",
    "national",
    "suspect",
    "agent",
    "officer",
    "official",
    "diplomat",
    "representative",
    "envoy",
    "journalist",
    "reporter",
    "engineer",
    "scientist",
    "soldier",
    "employee",
    "businessman",
    "businesswoman",
    "student",
    "activist",
    "cleric",
    "resident",
    "teacher",
    "pilot",
    "captain",
    "worker",
    "member",
    "spy",
    "major",
    "colonel",
    "lieutenant",
    "sergeant",
    "general",
    "commander",
    "lawyer",
    "blogger",
    "informant",
    "courier",
    "guard",
    "farmer",
    "policeman",
    "policewoman",
    "gunman",
    "civilian",
    "child",
    "driver",
    "vendor",
    "patrolman",
    "buyer",
    "supporter",
    "smuggler",
    "doctor",
    "nurse",
    "priest",
    "imam",
    "boy",
    "girl",
    "teenager",
    "fisherman",
    "villager",
    "trader",
    "migrant",
    "refugee",
    "hostage",
    "prisoner",
    "dissident",
    "militant",
    "fighter",
    "tourist",
    "contractor",
    "ranger",
    "passer-by",
    "commuter",
    "motorist",
    "bodyguard",
    "militiaman",
    "tribesman",
    "technician",
    "researcher",
    "consul",
    "ambassador",
    "attaché",
    "attache",
    "executive",
    "dealer",
    "serviceman",
    "servicewoman",
    "electrician",
    "inspector",
    "clerk",
    "mechanic",
    "shepherd",
    "photographer",
    "professor",
    "analyst",
    "manager",
    "counsellor",
    "clerk",
    "dispatcher",
    "producer",
    "presenter",
    "photographer",
    "translator",
    "interpreter",
    "mechanic",
    "lecturer",
    "professor",
    "physicist",
    "chemist",
    "programmer",
    "analyst",
    "accountant",
    "banker",
    "entrepreneur",
    "mayor",
    "governor",
    "judge",
    "prosecutor",
    "pensioner",
    "volunteer",
    "exile",
    "defector",
    "sailor",
    "seaman",
    "crewman",
    "conscript",
    "skipper",
    "deckhand",
];

/// Event types whose asserted form is an official or public act; wrongdoing types become
/// alleged when a party other than the author states them.
fn is_wrongdoing(t: EventType) -> bool {
    matches!(
        t,
        EventType::Espionage
            | EventType::Recruitment
            | EventType::Funding
            | EventType::Plot
            | EventType::CovertOperation
    )
}

fn number(w: &str) -> Option<u32> {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        let n = if w.contains(',') {
            w.replace(',', "").parse::<u32>()
        } else {
            w.parse::<u32>()
        };
        return n
            .ok()
            .filter(|&n| n > 0 && n < 100_000 && !(1900..=2100).contains(&n));
    }
    NUMBER_WORDS
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(w))
        .map(|(_, n)| *n)
}

struct Sent<'a> {
    span: Span,
    toks: Vec<Span>,
    lower: Vec<String>,
    text: &'a str,
}

impl Sent<'_> {
    /// The first token starting at or after byte `pos` (the token count when none does).
    fn tok_at(&self, pos: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.start >= pos)
            .unwrap_or(self.toks.len())
    }
}

/// Matches a phrase at token `i`; returns the token range it covers.
fn match_phrase(s: &Sent, i: usize, p: &Phrase) -> Option<(usize, usize)> {
    let mut pos = i;
    for (k, part) in p.parts.iter().enumerate() {
        let found = if k == 0 {
            (s.lower.get(pos..pos + part.len())? == part.as_slice()).then_some(pos)
        } else {
            (pos..(pos + 7).min(s.lower.len()))
                .find(|&q| s.lower.get(q..q + part.len()) == Some(part.as_slice()))
        }?;
        pos = found + part.len();
    }
    Some((i, pos))
}

/// Extracts events from every sentence of `doc` and fills `doc.events`.
pub fn extract(doc: &mut Document) {
    let lex = lexicon::get();
    let kb = knowledge::get();
    let text = doc.text.as_str();
    let interviewee = interviewee(doc);
    let speakers = turn_speakers(doc);
    let live = live_page(text);
    let mut events = Vec::new();
    let mut last_claimant: Option<(usize, ArgRef)> = None;
    // The last institution named as a source, and its paragraph.
    let mut last_source: Option<(usize, ArgRef)> = None;
    // "The Press Service of the FSB informs:": a body's statement reproduced whole. It is
    // the source of every allegation after it.
    let mut statement: Option<ArgRef> = None;
    // The last group counted ("16 people", "the five") and the sentence it was counted in.
    let mut last_group: Option<(usize, u32)> = None;
    // The last person named in an earlier sentence.
    let mut last_person: Option<ArgRef> = None;
    for (si, sspan) in doc.segments.sentences.iter().enumerate() {
        let toks = segment::tokens(text, *sspan);
        let lower: Vec<String> = toks
            .iter()
            .map(|t| t.of(text).to_lowercase().replace('’', "'"))
            .collect();
        let s = Sent {
            span: *sspan,
            toks,
            lower,
            text,
        };
        let para = doc
            .segments
            .paragraphs
            .iter()
            .position(|p| p.contains(*sspan))
            .unwrap_or(0);
        let claimant = claimant(doc, &s, kb).map(|c| (para, c));
        let own_claim = claimant.as_ref().map(|c| c.1.clone());
        let by_pronoun = s
            .lower
            .windows(3)
            .any(|w| w[0] == "according" && w[1] == "to" && matches!(w[2].as_str(), "him" | "her"));
        // In an interview answer the interviewee tells everything, including what others
        // "informed" or "said", unless the answer cites a source ("according to").
        let answering = interviewee
            .as_ref()
            .is_some_and(|i| turn(i, para) == Some(true))
            && !s
                .lower
                .windows(2)
                .any(|w| w[0] == "according" && w[1] == "to");
        let claimant = if answering { None } else { claimant };
        let claim = match (&claimant, &last_claimant) {
            (Some(c), _) => Some(c.1.clone()),
            // "According to him": the last person named before.
            (None, _) if by_pronoun && last_person.is_some() => last_person.clone(),
            (None, Some((p, c))) if *p + 1 >= para && anaphoric_report(&s) => Some(c.clone()),
            _ => None,
        };
        let institution = claimant
            .as_ref()
            .filter(|c| {
                c.1.mention
                    .and_then(|m| doc.mentions.get(m))
                    .is_some_and(|m| {
                        m.etype == EntityType::Org || m.subtype.as_deref() == Some("country")
                    })
            })
            .cloned();
        if let Some(c) = claimant {
            last_claimant = Some(c);
        }
        let events_before = events.len();
        // An agency's announcement is the source of the allegations the next paragraphs
        // spell out ("The NIS said it had detained three... The three had been passing
        // details..."), unless another source is named.
        let continued_source = last_source
            .as_ref()
            .filter(|(p, _)| para <= p + 2)
            .map(|(_, c)| c.clone())
            .or_else(|| statement.clone());
        // The body that speaks is the sentence's first organisation, the subject of the
        // reporting verb before the colon.
        let n = s.lower.len();
        if statement.is_none()
            && n >= 2
            && s.lower[n - 1] == ":"
            && kb.reporting_verbs.contains(&s.lower[n - 2])
        {
            statement = mention_in(doc, s.span)
                .into_iter()
                .find(|(_, m)| m.etype == EntityType::Org)
                .map(|(i, _)| arg(doc, i));
        }
        let default_claim = default_claimant(doc, sspan.start, para, &interviewee, &speakers);
        let triggers = trigger_spans(&s, lex);
        let mut i = 0;
        let mut seen: Vec<(EventType, usize)> = Vec::new();
        while i < s.lower.len() {
            let Some(list) = lex.by_first.get(&s.lower[i]) else {
                i += 1;
                continue;
            };
            let Some((p, (a, b))) = list
                .iter()
                .find_map(|p| match_phrase(&s, i, p).map(|r| (p, r)))
            else {
                i += 1;
                continue;
            };
            // One event per type and clause: "arrested ... the arrests" is one event, but "a
            // crackdown ..., after Russia's war with Georgia" is two.
            let repeated = seen
                .iter()
                .any(|&(t, end)| t == p.etype && !new_clause(&s, end, a));
            if !plausible(&s, a, p)
                || repeated
                || !occurrence(&s, a, b, p, &events, doc.title.as_deref())
            {
                i = b.max(i + 1);
                continue;
            }
            seen.push((p.etype, b));
            let trigger = Span::new(s.toks[a].start, s.toks[b - 1].end);
            let mut ev = Event {
                etype: p.etype,
                trigger,
                evidence: s.span,
                date: None,
                date_text: None,
                location: None,
                agent: None,
                patients: vec![],
                count: None,
                sponsor: None,
                // A denial or an accusation is its speaker's own act: a source carried over
                // from an earlier sentence does not report it.
                claimant: if matches!(p.etype, EventType::Denial | EventType::Accusation) {
                    // "Iran said ..., but Azerbaijan denied": the denial is outside the
                    // statement.
                    own_claim.clone().filter(|c| {
                        let from = c
                            .mention
                            .and_then(|m| doc.mentions.get(m))
                            .map_or(s.span.start, |m| m.span.end);
                        !s.toks.iter().zip(&s.lower).any(|(t, w)| {
                            t.start >= from
                                && t.end <= s.toks[a].start
                                && matches!(w.as_str(), "but" | "however" | ";" | "whereas")
                        })
                    })
                } else {
                    claim.clone()
                }
                .or_else(|| {
                    continued_source.clone().filter(|_| {
                        is_wrongdoing(p.etype) && doc.section_source(s.span.start).is_none()
                    })
                })
                .or_else(|| default_claim.clone()),
                modality: Modality::Asserted,
                target: None,
                announces: None,
                stances: vec![],
                rule: format!("trigger:{}", s.lower[a..b].join(" ")),
            };
            // "... in 2019 and was later indicted for bribery": a time before the "later"
            // dates the earlier act, not this one.
            let later_since = |t: &model::TimeExpr| {
                s.toks[..a].iter().zip(&s.lower).any(|(tok, w)| {
                    tok.start >= t.span.end
                        && matches!(w.as_str(), "later" | "subsequently" | "afterwards")
                })
            };
            // "The service said on Wednesday that four men had passed ...": the day of the
            // statement, not of the wrong it alleges (an arrest it announces keeps it).
            let statement_time = |t: &model::TimeExpr| {
                is_wrongdoing(p.etype)
                    && s.toks[..a].iter().zip(&s.lower).any(|(tok, w)| {
                        kb.reporting_verbs.contains(w)
                            && tok.end <= t.span.start
                            && t.span.start - tok.end <= 4
                    })
            };
            // "Posts since Sunday claim that the police arrested a man ... on February 14",
            // "said on Monday that ... the previous day": a time before the "that" of a
            // reporting verb belongs to the frame when the act's clause has a date of its own.
            let frame_that = (0..a).rev().find(|&k| {
                s.lower[k] == "that"
                    && (k.saturating_sub(5)..k).any(|j| kb.reporting_verbs.contains(&s.lower[j]))
            });
            let inner_time = frame_that.is_some_and(|v| {
                doc.times.iter().any(|u| {
                    s.span.contains(u.span)
                        && u.span.start >= s.toks[v].end
                        && u.value.is_some()
                        && !in_dateline(&doc.text, u.span)
                })
            });
            let frame_time = |t: &model::TimeExpr| {
                inner_time && frame_that.is_some_and(|v| t.span.end <= s.toks[v].start)
            };
            let time = governing_time(&doc.times, &s, (a, b, p.etype), &triggers, |t| {
                !later_since(t)
                    && !statement_time(t)
                    && !frame_time(t)
                    && !in_dateline(&doc.text, t.span)
            });
            if let Some(t) = time {
                ev.date = t.value;
                ev.date_text = Some(t.text.clone());
            } else if ongoing(&s, a, b) {
                // Still going on when the report was written: the year of writing.
                ev.date = doc
                    .reference_date(s.span.start)
                    .map(|d| model::DateValue::year(d.year));
            } else if let Some(d) = entry_date(doc, para, *sspan)
                .filter(|_| !matches!(p.etype, EventType::Denial | EventType::Accusation))
            {
                // An entry of a dated list ("2025-02-10 | Phnom Penh | Police arrest ...")
                // dates the act its first sentence tells; what follows may be later news,
                // and a denial or an accusation may be older.
                ev.date = Some(d);
            } else if live && !matches!(p.etype, EventType::Denial | EventType::Accusation) {
                // An update on a live page tells what happened that day ("Police say they
                // have detained two men"); what someone denies or alleges may be older.
                ev.date = doc.reference_date(s.span.start);
            }
            // "from time to time", "routinely": a habit, not an event, unless it is dated;
            // "agents are trained to...": a practice told in the present, with no one named
            // and nothing counted.
            if described_place(&s, a, p.noun)
                || ev.date.is_none()
                    && ((habitual(&s, a, b) && !own_conduct(doc, &s, a))
                        || generic_present(doc, &s, a, p.noun))
            {
                i = b;
                continue;
            }
            // "arrest", "attacks": a verb form used as a noun after a determiner or a possessive.
            // ("the accusations are baseless": a phrase of several words is a clause.)
            let noun = p.noun
                || b == a + 1
                    && a.checked_sub(1).is_some_and(|k| {
                        let w = s.lower[k].as_str();
                        w.ends_with("'s") || determiner(w)
                    });
            arguments(&mut ev, doc, &s, a, b, noun);
            // A named war carries its sides when the sentence names neither.
            if ev.etype == EventType::Attack && s.lower[b - 1] == "war" && ev.patients.is_empty() {
                if let Some(w) = named_war(doc, &s, b) {
                    let sides: Vec<ArgRef> = w
                        .attackers
                        .iter()
                        .chain(&w.defenders)
                        .map(|c| country_arg(doc, c))
                        .collect();
                    if ev.agent.is_none() {
                        ev.agent = sides.first().cloned();
                    }
                    // The other side: every side the agent is not on.
                    let agent_side = ev.agent.as_ref().and_then(|g| {
                        let on = |l: &[String]| l.contains(&g.name);
                        if on(&w.attackers) {
                            Some(true)
                        } else if on(&w.defenders) {
                            Some(false)
                        } else {
                            None
                        }
                    });
                    let other = if agent_side == Some(false) {
                        &w.attackers
                    } else {
                        &w.defenders
                    };
                    ev.patients = other.iter().map(|c| country_arg(doc, c)).collect();
                }
            }
            // The state whose weapons a force was armed with supplied them.
            if s.lower[a] == "armed" && ev.agent.is_none() {
                ev.agent = arms_supplier(&s, b).and_then(|k| demonym_country(doc, &s, k));
            }
            let group = last_group.filter(|(at, _)| si <= at + 4).map(|(_, n)| n);
            infer_count(&mut ev, doc, &s, a, &events, group);
            // "cooperation between Chile and Peru", undated, is a standing relationship,
            // not an act.
            if noun
                && p.etype == EventType::Cooperation
                && ev.date.is_none()
                && s.lower.get(b).is_some_and(|w| w == "between")
            {
                i = b;
                continue;
            }
            // A noun with nobody, no time, no place and no number is the idea of the act
            // ("espionage is the second oldest profession", "an arrest is not a purge"),
            // unless it is given a name ("the plan code-named 'Winter Storm'").
            let named = s.lower.get(b).is_some_and(|w| {
                matches!(w.as_str(), "code-named" | "codenamed" | "dubbed" | "code")
            });
            if noun
                && !named
                && ev.agent.is_none()
                && ev.patients.is_empty()
                && ev.date.is_none()
                && ev.count.is_none()
                && ev.location.is_none()
                && ev.sponsor.is_none()
            {
                i = b;
                continue;
            }
            // Told on an agency's word, carried over from its announcement, is attributed too.
            let carried = claim.is_none()
                && continued_source.is_some()
                && ev.claimant.is_some()
                && ev.claimant == continued_source;
            ev.modality = modality(&s, a, p.etype, claim.is_some() || answering || carried);
            // "scheduled to be sentenced on May 14", "a protest for Friday": a day still to
            // come.
            if ev.modality == Modality::Planned {
                if let (Some(t), Some(r)) = (time, doc.reference_date(s.span.start)) {
                    ev.date = temporal::forward(t, r);
                }
            }
            ev.rule
                .push_str(&format!(" modality:{}", ev.modality.as_str()));
            events.extend(coordinated(doc, &s, b, ev));
            i = b;
        }
        if let Some((mut acc, j)) = reported_accusation(doc, &s, kb, &mut events[events_before..]) {
            acc.target = j.map(|j| events_before + j);
            events.push(acc);
        }
        if let Some(p) = count_phrases(&s)
            .iter()
            .filter(|p| p.2 > 1)
            .max_by_key(|p| p.2)
        {
            last_group = Some((si, p.2));
        }
        if let Some((i, _)) = mention_in(doc, s.span)
            .into_iter()
            .rev()
            .find(|(_, m)| m.etype == EntityType::Person)
        {
            last_person = Some(arg(doc, i));
        }
        // An institution announcing an official act (an arrest, a charge, a sentence) or
        // alleging a wrong is the source of what the report goes on to allege about that
        // case ("The ministry said he had been recruited in 2019. He allegedly passed...").
        if let Some(c) = institution {
            if events[events_before..].iter().any(|e| {
                matches!(
                    e.etype,
                    EventType::Arrest | EventType::Charge | EventType::Sentence
                ) || is_wrongdoing(e.etype)
            }) {
                last_source = Some(c);
            }
        }
    }
    link_targets(&mut events);
    link_negations(doc, &mut events);
    link_announcements(doc, lex, &mut events);
    crate::stance::link_stances(doc, &mut events);
    speaking_bodies(doc, kb, &mut events);
    doc.events = events;
}

/// "Kazakhstan said it had arrested two more suspects": a state speaks through one of its bodies, and
/// when the report names exactly one body of that state as a source elsewhere (the security
/// service that "announced in a statement"), that body is the source of what the state is
/// said to have said.
fn speaking_bodies(doc: &Document, kb: &knowledge::Knowledge, events: &mut [Event]) {
    let country_of = |m: &Mention| -> Option<String> {
        let name = m.kb.as_deref()?.split_once(':')?.1;
        kb.lookup(name)?.country.clone()
    };
    let mention = |a: &ArgRef| a.mention.and_then(|i| doc.mentions.get(i).map(|m| (i, m)));
    // Bodies (not states) quoted as sources, by their state.
    let mut bodies: Vec<(String, usize, String)> = Vec::new();
    for e in events.iter() {
        let Some((i, m)) = e.claimant.as_ref().and_then(mention) else {
            continue;
        };
        let official = matches!(
            m.subtype.as_deref(),
            Some("intelligence_service" | "government_body")
        );
        if m.etype == EntityType::Org && official {
            if let Some(c) = country_of(m) {
                if !bodies.iter().any(|b| b.0 == c && b.2 == m.canonical) {
                    bodies.push((c, i, m.canonical.clone()));
                }
            }
        }
    }
    for e in events.iter_mut() {
        // A state's own acts (a denial, an accusation, a visit) are the state's word.
        if matches!(
            e.etype,
            EventType::Denial
                | EventType::Accusation
                | EventType::DiplomaticAction
                | EventType::Cooperation
                | EventType::MilitaryExercise
        ) {
            continue;
        }
        let Some((_, m)) = e.claimant.as_ref().and_then(mention) else {
            continue;
        };
        if m.subtype.as_deref() != Some("country") {
            continue;
        }
        let Some(c) = country_of(m) else {
            continue;
        };
        let mut of_state = bodies.iter().filter(|b| b.0 == c);
        if let (Some(b), None) = (of_state.next(), of_state.next()) {
            e.claimant = Some(arg(doc, b.1));
        }
    }
}

/// Verbs that make an act public, as participles ("That raid was disclosed").
const ANNOUNCED: [&str; 8] = [
    "announced",
    "revealed",
    "disclosed",
    "unveiled",
    "exposed",
    "publicized",
    "publicised",
    "confirmed",
];

/// "That sabotage had been disclosed by the minister at a press conference on 2 May 2011": the
/// event of that sentence (the press conference) made public the operation the report has
/// been telling, and cannot precede it. The operation is the last event of the noun's type
/// before the sentence, or one after it that refers back to it ("Through that sabotage, the
/// service in January 2018 ..."); a dated one is preferred, since only a date can clash.
fn link_announcements(doc: &Document, lex: &lexicon::Lexicon, events: &mut [Event]) {
    let text = doc.text.as_str();
    // The type of the act a demonstrative noun phrase at `k` refers back to.
    let referent = |lower: &[String], k: usize| -> Option<EventType> {
        if !matches!(
            lower.get(k)?.as_str(),
            "this" | "that" | "these" | "those" | "the"
        ) {
            return None;
        }
        lex.by_first.get(lower.get(k + 1)?)?.iter().find_map(|p| {
            (p.noun && p.parts.len() == 1 && p.parts[0].len() == 1).then_some(p.etype)
        })
    };
    let sentences = &doc.segments.sentences;
    for (si, sspan) in sentences.iter().enumerate() {
        // (Most sentences announce nothing: no need to read them word by word.)
        let raw = sspan.of(text);
        if !ANNOUNCED.iter().any(|w| raw.contains(w)) {
            continue;
        }
        let toks = segment::tokens(text, *sspan);
        let lower: Vec<String> = toks.iter().map(|t| t.of(text).to_lowercase()).collect();
        // "that raid was disclosed", "the arrests were revealed".
        let Some(etype) = (0..lower.len()).find_map(|k| {
            let t = referent(&lower, k)?;
            let be = lower.get(k + 2).map(String::as_str);
            (matches!(be, Some("was" | "were" | "had" | "has" | "been"))
                && lower[k + 3..(k + 5).min(lower.len())]
                    .iter()
                    .any(|w| ANNOUNCED.contains(&w.as_str())))
            .then_some(t)
        }) else {
            continue;
        };
        // The announcing event: one stated in this sentence, dated.
        let Some(by) = events
            .iter()
            .position(|e| e.evidence == *sspan && e.etype != etype && e.date.is_some())
        else {
            continue;
        };
        let before = events
            .iter()
            .rposition(|e| e.etype == etype && e.evidence.end <= sspan.start);
        // Later events that refer back: "By this operation, ...", within three sentences.
        let later: Vec<usize> = sentences[si + 1..(si + 4).min(sentences.len())]
            .iter()
            .filter(|s2| {
                let lw: Vec<String> = segment::tokens(text, **s2)
                    .iter()
                    .map(|t| t.of(text).to_lowercase())
                    .collect();
                (0..lw.len().min(4)).any(|j| {
                    referent(&lw, j) == Some(etype) && matches!(lw[j].as_str(), "this" | "that")
                })
            })
            .filter_map(|s2| {
                events
                    .iter()
                    .position(|e| e.evidence == *s2 && e.etype == etype)
            })
            .collect();
        let chain: Vec<usize> = before.into_iter().chain(later).collect();
        let pick = chain
            .iter()
            .copied()
            .find(|&j| events[j].date.is_some())
            .or(chain.first().copied());
        events[by].announces = pick;
    }
}

/// "The Daily Ledger stated on 3 March 2019 that the SVR was recruiting officials", "Pakistan
/// said RAW had funded...": a state, a government, a politician or an outlet saying that
/// another state or organisation did wrong is itself an event, an ACCUSATION by the speaker
/// against the accused, dated when it was made. The wrongdoing keeps its own date (none, when
/// the only date in the sentence is the statement's). Security services and police
/// announcing their own cases are not accusing in this sense: what they allege stays
/// attributed to them.
fn reported_accusation(
    doc: &Document,
    s: &Sent,
    kb: &knowledge::Knowledge,
    sentence_events: &mut [Event],
) -> Option<(Event, Option<usize>)> {
    if sentence_events
        .iter()
        .any(|e| e.etype == EventType::Accusation)
    {
        return None;
    }
    let ms = mention_in(doc, s.span);
    for (k, w) in s.lower.iter().enumerate() {
        if !kb.reporting_verbs.contains(w)
            || matches!(
                w.as_str(),
                "according" | "report" | "reports" | "believe" | "believes"
            )
        {
            continue;
        }
        let verb = s.toks[k];
        let Some(&(si, sm)) = speaker(s, &ms, k, actor) else {
            continue;
        };
        // A state announcing its own arrests, charges or sentences states the grounds of a
        // case, not an accusation.
        if sentence_events.iter().any(|e| {
            matches!(
                e.etype,
                EventType::Arrest | EventType::Charge | EventType::Sentence
            )
        }) {
            return None;
        }
        let text = |m: &Mention| m.canonical.to_lowercase();
        if sm.subtype.as_deref() == Some("intelligence_service")
            || [
                "police",
                "prosecutor",
                "security service",
                "ministry of interior",
            ]
            .iter()
            .any(|x| text(sm).contains(x))
        {
            continue;
        }
        let embedded = sentence_events.iter_mut().enumerate().find(|(_, e)| {
            e.trigger.start > verb.end
                && (is_wrongdoing(e.etype)
                    || matches!(e.etype, EventType::Attack | EventType::Incursion))
                && e.agent.as_ref().is_some_and(|a| {
                    a.mention.is_some_and(|i| {
                        i != si
                            && doc.mentions.get(i).is_some_and(|m| {
                                (m.etype == EntityType::Org || actor(m))
                                    && m.etype != EntityType::Person
                                    && text(m) != text(sm)
                            })
                    })
                })
        });
        // Without an act of its own in the sentence: "said Benin was sheltering saboteurs",
        // "said its neighbour is arming the rebels".
        let (j, accused, complement) = match embedded {
            Some((j, e)) => (Some(j), e.agent.clone(), e.trigger.start),
            None => match harbouring(doc, s, &ms, k, si) {
                Some((i, at)) => (None, Some(arg(doc, i)), at),
                None => continue,
            },
        };
        // The statement's date: a time expression next to the verb, before the complement.
        let when = doc.times.iter().find(|t| {
            s.span.contains(t.span)
                && t.span.start < complement
                && (t.span.end <= verb.start && verb.start - t.span.end <= 25
                    || t.span.start >= verb.end && t.span.start - verb.end <= 25)
        });
        if let (Some(t), Some(j)) = (when, j) {
            let embedded = &mut sentence_events[j];
            if embedded.date_text.as_deref() == Some(t.text.as_str()) {
                embedded.date = None;
                embedded.date_text = None;
            }
        }
        let speaker = arg(doc, si);
        let event = Event {
            etype: EventType::Accusation,
            trigger: verb,
            evidence: s.span,
            date: when.and_then(|t| t.value),
            date_text: when.map(|t| t.text.clone()),
            location: None,
            agent: Some(speaker.clone()),
            patients: accused.into_iter().collect(),
            count: None,
            sponsor: None,
            claimant: Some(speaker),
            modality: Modality::Asserted,
            target: None,
            announces: None,
            stances: vec![],
            rule: format!("reported-accusation:{w} modality:asserted"),
        };
        return Some((event, j));
    }
    None
}

/// Verbs of giving armed men a base or arms, and the men given it: "hosting terrorists",
/// "harbouring militants", "arming the rebels".
const HARBOUR_VERBS: [&str; 10] = [
    "hosting",
    "harbouring",
    "harboring",
    "sheltering",
    "arming",
    "backing",
    "supporting",
    "sponsoring",
    "protecting",
    "housing",
];
const ARMED_MEN: [&str; 14] = [
    "terrorists",
    "terrorist",
    "terrorism",
    "militants",
    "militant",
    "extremists",
    "separatists",
    "insurgents",
    "rebels",
    "jihadists",
    "mercenaries",
    "gunmen",
    "fighters",
    "saboteurs",
];

/// The state or organisation a reported statement says harbours armed men ("said Benin was
/// sheltering saboteurs bent on wrecking the pipeline"): its mention and the start of the
/// complement. `k` is the reporting verb, `si` the speaker.
fn harbouring(
    doc: &Document,
    s: &Sent,
    ms: &[(usize, &Mention)],
    k: usize,
    si: usize,
) -> Option<(usize, usize)> {
    let mut j = k + 1;
    if s.lower.get(j).is_some_and(|w| w == "that") {
        j += 1;
    }
    let start = s.toks.get(j)?.start;
    let &(i, m) = ms.iter().find(|(_, m)| m.span.start == start)?;
    if i == si
        || m.etype == EntityType::Person
        || !actor(m)
        || m.canonical
            .eq_ignore_ascii_case(&doc.mentions[si].canonical)
    {
        return None;
    }
    let mut j = s.tok_at(m.span.end);
    for aux in ["was", "were", "is", "are", "has", "had", "have", "been"] {
        if s.lower.get(j).is_some_and(|w| w == aux) {
            j += 1;
        }
    }
    if s.lower.get(j).is_some_and(|w| w == "been") {
        j += 1;
    }
    let verb = s.lower.get(j)?;
    if !HARBOUR_VERBS.contains(&verb.as_str()) {
        return None;
    }
    let men = (j + 1..(j + 5).min(s.lower.len())).any(|x| ARMED_MEN.contains(&s.lower[x].as_str()));
    men.then_some((i, start))
}

/// One event per visited place and per actor of "and so did X": "Netanyahu visited Kenya
/// and Uganda, and so did Rivlin" is four visits.
fn coordinated(doc: &Document, s: &Sent, b: usize, ev: Event) -> Vec<Event> {
    let ms = mention_in(doc, s.span);
    let starting = |k: usize| {
        s.toks
            .get(k)
            .and_then(|t| ms.iter().find(|(_, m)| m.span.start == t.start))
    };
    let after = |m: &Mention| {
        s.toks
            .iter()
            .position(|t| t.start >= m.span.end)
            .unwrap_or(s.lower.len())
    };
    let mut k = b;
    let trigger = s.lower[b - 1].as_str();
    let mut places = Vec::new();
    if ev.etype == EventType::DiplomaticAction && trigger.starts_with("visit") {
        while let Some(&(i, m)) = starting(k).filter(|(_, m)| m.etype == EntityType::Location) {
            places.push(i);
            k = after(m);
            match s.lower.get(k).map(String::as_str) {
                Some("and" | ",")
                    if starting(k + 1).is_some_and(|(_, m)| m.etype == EntityType::Location) =>
                {
                    k += 1
                }
                _ => break,
            }
        }
    }
    let mut out = Vec::new();
    if places.len() >= 2 {
        for &i in &places {
            let mut e = ev.clone();
            e.location = Some(arg(doc, i));
            e.patients = vec![arg(doc, i)];
            out.push(e);
        }
    } else {
        out.push(ev);
    }
    // "... and so did X" / "..., as did X": the same acts by another actor.
    let so_did = (k..s.lower.len().saturating_sub(2))
        .find(|&q| matches!(s.lower[q].as_str(), "so" | "as") && s.lower[q + 1] == "did");
    if let Some(&(i, _)) = so_did
        .and_then(|q| starting(q + 2))
        .filter(|(_, m)| actor(m))
    {
        let others: Vec<Event> = out
            .iter()
            .map(|e| {
                let mut e = e.clone();
                e.agent = Some(arg(doc, i));
                e
            })
            .collect();
        out.extend(others);
    }
    out
}

/// Nouns and participles that only name an event in some frames.
fn plausible(s: &Sent, a: usize, p: &Phrase) -> bool {
    let prev = a.checked_sub(1).map(|k| s.lower[k].as_str());
    let first = s.lower[a].as_str();
    match first {
        // "exercise" as a verb of rights, "plans" as generic intentions, "visit the section".
        "exercise" | "exercises" | "drills" | "drill" if p.etype == EventType::MilitaryExercise => {
            // Another military word than the trigger itself.
            s.lower.iter().enumerate().any(|(k, w)| {
                k != a
                    && matches!(
                        w.as_str(),
                        "military"
                            | "naval"
                            | "border"
                            | "army"
                            | "forces"
                            | "large-scale"
                            | "joint"
                            | "exercises"
                            | "drills"
                            | "maneuvers"
                            | "troops"
                            | "soldiers"
                            | "warships"
                            | "peacekeeping"
                            | "live-fire"
                            | "personnel"
                            | "command-staff"
                    )
            })
        }
        "operation" => {
            prev.is_some_and(|w| {
                matches!(w, "this" | "the" | "an" | "covert" | "secret" | "special")
            }) && s
                .lower
                .iter()
                .any(|w| w == "carried" || w == "announced" || w == "called" || w == "by")
        }
        // "the plan was executed poorly", "executed the plan": carried out, not put
        // to death.
        "executed" | "execute" | "executes" | "executing" => {
            const DONE: [&str; 12] = [
                "it",
                "this",
                "which",
                "that",
                "plan",
                "operation",
                "order",
                "orders",
                "project",
                "attack",
                "decision",
                "strategy",
            ];
            let passive_subject = a >= 2
                && matches!(
                    s.lower[a - 1].as_str(),
                    "was" | "were" | "been" | "be" | "is"
                )
                && DONE.contains(&s.lower[a - 2].as_str());
            let object = s.lower[a + 1..(a + 4).min(s.lower.len())]
                .iter()
                .any(|w| DONE[4..].contains(&w.as_str()));
            !passive_subject && !object
        }
        // "recruits are trained": the people recruited; "he recruits students": the act,
        // with its object after it.
        "recruits" => s.lower.get(a + 1).is_some_and(|n| {
            matches!(
                n.as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "them" | "him" | "young" | "people"
            ) || number(n).is_some()
                || s.toks[a + 1].of(s.text).starts_with(char::is_uppercase)
        }),
        "met" | "meeting" | "meetings" | "talks" => true,
        "joined" => s
            .lower
            .get(a + 1)
            .is_some_and(|w| !matches!(w.as_str(), "the" | "a")),
        "war" => true,
        // "territory held by X", "the town, controlled by rebels since 2014": a reduced
        // passive after a word for land.
        "held" | "controlled" if p.etype == EventType::Incursion => {
            s.lower.get(a + 1).is_some_and(|w| w == "by") && {
                let mut k = a;
                while k > 0
                    && matches!(
                        s.lower[k - 1].as_str(),
                        "," | "previously"
                            | "formerly"
                            | "long"
                            | "still"
                            | "once"
                            | "then"
                            | "effectively"
                            | "illegally"
                            | "de"
                            | "facto"
                            | "now"
                            | "already"
                    )
                {
                    k -= 1;
                }
                k.checked_sub(1)
                    .is_some_and(|k| TERRITORY.contains(&s.lower[k].as_str()))
            }
        }
        // "Armed with Iranian-made drones": arms a named state supplied.
        "armed" if p.etype == EventType::Cooperation => arms_supplier(s, a + 2).is_some(),
        // "mind occupied by doubts", "seats occupied by": only land is occupied in this sense.
        "occupied" if s.lower.get(a + 1).is_some_and(|w| w == "by") => {
            let mut k = a;
            while k > 0
                && matches!(
                    s.lower[k - 1].as_str(),
                    "is" | "was" | "were" | "are" | "been" | "being" | "be" | "still" | "long"
                )
            {
                k -= 1;
            }
            let before = k.checked_sub(1).map_or("", |k| s.lower[k].as_str());
            TERRITORY.contains(&before)
                || !matches!(
                    before,
                    "mind"
                        | "minds"
                        | "attention"
                        | "thoughts"
                        | "seat"
                        | "seats"
                        | "post"
                        | "posts"
                        | "position"
                        | "positions"
                        | "time"
                        | "office"
                        | "offices"
                        | "room"
                        | "rooms"
                        | "house"
                        | "flat"
                        | "apartment"
                )
        }
        _ => !p.noun || prev.is_none_or(|w| !matches!(w, "no" | "without")),
    }
}

/// Words for land that a force can hold or occupy.
const TERRITORY: [&str; 22] = [
    "territory",
    "territories",
    "land",
    "lands",
    "region",
    "regions",
    "area",
    "areas",
    "district",
    "districts",
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "province",
    "enclave",
    "swaths",
    "parts",
    "peninsula",
    "islands",
    "zone",
];

/// Weapons a state supplies.
const WEAPONS: [&str; 14] = [
    "drones",
    "missiles",
    "rockets",
    "weapons",
    "arms",
    "rifles",
    "tanks",
    "artillery",
    "munitions",
    "aircraft",
    "jets",
    "helicopters",
    "howitzers",
    "launchers",
];

/// The token of the first demonym in "(armed with) Iranian-made attack drones": a
/// capitalised country adjective among the six tokens from `from`, followed within four
/// tokens by a weapon.
fn arms_supplier(s: &Sent, from: usize) -> Option<usize> {
    let kb = knowledge::get();
    let end = (from + 6).min(s.lower.len());
    let k = (from..end).find(|&k| {
        let w = s.lower[k]
            .trim_end_matches("-made")
            .trim_end_matches("-built");
        s.toks[k].of(s.text).starts_with(char::is_uppercase) && kb.adjectives.contains_key(w)
    })?;
    s.lower[k + 1..(k + 5).min(s.lower.len())]
        .iter()
        .any(|w| WEAPONS.contains(&w.as_str()))
        .then_some(k)
}

/// Whether a trigger names something that happened (or is claimed, denied or planned) rather
/// than a question, a headline, a purpose, an obligation, a modifier of another event or a
/// reference back to an event already extracted.
fn occurrence(
    s: &Sent,
    a: usize,
    b: usize,
    p: &Phrase,
    prev: &[Event],
    title: Option<&str>,
) -> bool {
    let w = |k: usize| s.lower.get(k).map(String::as_str).unwrap_or("");
    let text = s.span.of(s.text).trim();
    // Rhetorical and interview questions ask; they do not report.
    if text.ends_with('?') {
        return false;
    }
    // The headline restates an event the body reports with its details.
    if title.is_some_and(|t| t.trim() == text) {
        return false;
    }
    // Whether one of `words` is among the `n` tokens before token `k`.
    let any_before = |k: usize, n: usize, words: &[&str]| {
        s.lower[k.saturating_sub(n)..k]
            .iter()
            .any(|x| words.contains(&x.as_str()))
    };
    // "he should be arrested", "must be punished": an obligation.
    if any_before(a, 3, &["should", "must", "ought"]) {
        return false;
    }
    // Purpose: "in order to spy", "trained to carry out bombings" (unless planned:
    // "planned to kidnap" is a plot the plot trigger reports).
    let planned = |k: usize| {
        any_before(
            k,
            4,
            &[
                "planned",
                "plotted",
                "plan",
                "plans",
                "planning",
                "intended",
                "conspired",
                "scheme",
                "attempted",
                "tried",
                "sought",
            ],
        )
    };
    // (A verb form used as a noun counts too: "to carry out terrorist attacks".)
    let to_at = if !p.noun && w(a.wrapping_sub(1)) == "to" {
        Some(a - 1)
    } else {
        (a.saturating_sub(5)..a).find(|&k| {
            w(k) == "to"
                && matches!(
                    w(k + 1),
                    "carry"
                        | "conduct"
                        | "commit"
                        | "stage"
                        | "launch"
                        | "perpetrate"
                        | "organize"
                        | "organise"
                )
        })
    };
    // "was asked to extradite", "agreed to hand over": the infinitive is the act requested
    // or decided, which is the event.
    let requested = |k: usize| {
        any_before(
            k,
            2,
            &[
                "asked",
                "requested",
                "urged",
                "demanded",
                "ordered",
                "agreed",
                "decided",
                "voted",
                "began",
                "started",
                "continued",
                "managed",
                "promised",
                "pledged",
                "refused",
                "threatened",
                "vowed",
            ],
        )
    };
    if to_at.is_some_and(|k| !planned(k) && !requested(k)) {
        return false;
    }
    // "a scheme to bomb the embassy", "plans for assassinating scientists", "had plans to
    // carry out attacks": the plan is the event (a PLOT), not the act it intends, which did
    // not happen.
    const PLAN: [&str; 12] = [
        "plan",
        "plans",
        "planned",
        "planning",
        "plot",
        "plots",
        "plotted",
        "plotting",
        "scheme",
        "schemes",
        "conspired",
        "conspiracy",
    ];
    let plan_at = if matches!(w(a.wrapping_sub(1)), "to" | "for" | "of") {
        Some(a - 1)
    } else {
        to_at
    };
    if p.etype != EventType::Plot && plan_at.is_some_and(|k| any_before(k + 1, 5, &PLAN)) {
        return false;
    }
    // "the risk of an attack", "the prospect of reprisals": not an occurrence.
    if (a.saturating_sub(6)..a).any(|k| {
        matches!(
            w(k),
            "possibility" | "likelihood" | "prospect" | "risk" | "danger"
        ) && w(k + 1) == "of"
    }) {
        return false;
    }
    // "All the couriers stopped at the border carried cash": a generalisation, unless it counts
    // or dates what it sums up ("All 12 men were arrested on Monday").
    if w(0) == "all"
        && number(w(1)).is_none()
        && !s.lower.iter().any(|x| number(x).is_some())
        && !s
            .lower
            .iter()
            .any(|x| x.len() == 4 && x.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)))
    {
        return false;
    }
    // "none of the suspects has been handed over", "no one was arrested": the act did not happen.
    if !p.noun
        && p.etype != EventType::Denial
        && (a.saturating_sub(6)..a).any(|k| {
            (matches!(w(k), "none" | "nobody" | "neither") || (w(k) == "no" && w(k + 1) == "one"))
                // Its subject: an auxiliary stands between ("none of the men arrested" is a
                // reduced relative about men who were).
                && (k + 1..a).any(|j| {
                    matches!(w(j), "has" | "have" | "had" | "was" | "were" | "is" | "are" | "been" | "will")
                })
        })
    {
        return false;
    }
    // "arrested on charges of treason": the arrest's grounds, not a separate charge.
    if p.etype == EventType::Charge
        && w(a).starts_with("charge")
        && matches!(w(a.wrapping_sub(1)), "on" | "in" | "under")
    {
        return false;
    }
    // "twelve men accused of smuggling": describes the people, it is not a public accusation.
    if p.etype == EventType::Accusation
        && matches!(w(a), "accused" | "suspected")
        && w(a + 1) == "of"
        && (PEOPLE_NOUNS.contains(&w(a.wrapping_sub(1)))
            || matches!(
                w(a.wrapping_sub(1)),
                "man" | "woman" | "those" | "suspect" | "others"
            ))
    {
        return false;
    }
    // "We reject these baseless allegations": the accusation denied is the denial's object,
    // not a new accusation.
    if p.etype == EventType::Accusation
        && matches!(
            w(a),
            "allegations" | "allegation" | "accusations" | "accusation"
        )
        && (a.saturating_sub(4)..a).any(|k| {
            matches!(
                w(k),
                "reject"
                    | "rejects"
                    | "rejected"
                    | "deny"
                    | "denies"
                    | "denied"
                    | "dismissed"
                    | "dismisses"
                    | "refuted"
                    | "refutes"
            )
        })
    {
        return false;
    }
    // "suspected of cooperating with", "because they had been cooperating": cooperation
    // named as the grounds of suspicion is what someone is accused of, not an agreement.
    if p.etype == EventType::Cooperation
        && (a.saturating_sub(4)..a).any(|k| {
            matches!(
                w(k),
                "accused" | "suspected" | "suspicion" | "charges" | "charged" | "because"
            )
        })
    {
        return false;
    }
    // "the 'shoot first and ask later' approach": words quoted to name a
    // stance report no act.
    let before = &s.text[s.span.start..s.toks[a].start];
    if before.matches(['"', '“', '”']).count() % 2 == 1 {
        let after = &s.text[s.toks[b - 1].end..s.span.end];
        if let Some((close, q)) = after.char_indices().find(|&(_, c)| matches!(c, '"' | '”')) {
            let next = after[close + q.len_utf8()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if matches!(
                next.as_str(),
                "approach"
                    | "policy"
                    | "strategy"
                    | "tactic"
                    | "tactics"
                    | "slogan"
                    | "doctrine"
                    | "principle"
                    | "model"
                    | "formula"
                    | "rhetoric"
                    | "logic"
                    | "method"
                    | "scenario"
                    | "mentality"
            ) {
                return false;
            }
        }
    }
    // "Another citizen arrested was identified as...": a participle after a people noun and
    // before a verb describes one of those an event already extracted took, it is not new.
    if !p.noun
        && matches!(w(b), "was" | "were" | "is" | "are")
        && (PEOPLE_NOUNS.contains(&w(a.wrapping_sub(1)))
            || SINGULAR_PEOPLE.contains(&w(a.wrapping_sub(1))))
        && prev.iter().any(|e| e.etype == p.etype)
    {
        return false;
    }
    // "The raids followed...", "those arrested": a reference back to an event already
    // extracted, unless it adds whom or how many ("the arrest of 12 men").
    let definite = matches!(
        w(a.wrapping_sub(1)),
        "the" | "these" | "those" | "this" | "such"
    );
    // (After a determiner even a verb form is a noun: "the arrests".)
    // "the links of those detained to the network": "those" with a participle names the
    // people of an earlier act wherever it stands in the sentence.
    let back_reference = (definite && a <= 2 && w(b) != "of"
        || !p.noun && w(a.wrapping_sub(1)) == "those")
        && prev.iter().any(|e| e.etype == p.etype);
    !back_reference
}

/// A present passive ("agents are trained", "a man is recruited") in a sentence that names
/// no person before it and counts no one: a practice, not an occurrence.
/// "the base, which hosts joint training with NATO partners", "a camp that offers weapons
/// training": a place described by what it does, in the present, dated or not (a date in the
/// sentence belongs to its main clause).
fn described_place(s: &Sent, a: usize, noun: bool) -> bool {
    noun && (a.saturating_sub(4)..a).any(|k| {
        matches!(s.lower[k].as_str(), "which" | "that" | "where")
            && s.lower.get(k + 1).is_some_and(|v| {
                matches!(
                    v.as_str(),
                    "hosts" | "holds" | "offers" | "provides" | "runs" | "houses" | "stages"
                )
            })
    })
}

fn generic_present(doc: &Document, s: &Sent, a: usize, noun: bool) -> bool {
    !noun
        && a >= 1
        && matches!(s.lower[a - 1].as_str(), "is" | "are")
        && !s.lower.iter().any(|w| number(w).is_some())
        && !mention_in(doc, s.span)
            .iter()
            .any(|(_, m)| m.etype == EntityType::Person && m.span.end <= s.toks[a].start)
}

/// Whether the trigger's clause states a habit rather than an occurrence: a frequency word
/// just before the trigger or just after it ("routinely detain", "arrests from time to time").
fn habitual(s: &Sent, a: usize, b: usize) -> bool {
    let window = s.lower[a.saturating_sub(4)..(b + 5).min(s.lower.len())].join(" ");
    [
        "from time to time",
        "often",
        "usually",
        "repeatedly",
        "routinely",
        "regularly",
        "every time",
        "frequently",
    ]
    .iter()
    .any(|m| format!(" {window} ").contains(&format!(" {m} ")))
}

/// The date that opens a paragraph as an entry of a dated list or timeline: "2025-02-10 |
/// Phnom Penh | ...", "14 March 2025 – Police raid ...", "c. late July 2024 | ...". The date
/// stands at the start (after at most a short qualifier such as "c.") and a bar, a dash or a
/// colon follows it.
fn entry_date(doc: &Document, para: usize, sentence: Span) -> Option<model::DateValue> {
    let p = doc.segments.paragraphs.get(para)?;
    let text = p.of(&doc.text);
    let lead = text.len() - text.trim_start().len();
    let t = doc.times.iter().find(|t| {
        t.span.start >= p.start + lead && t.span.start <= p.start + lead + 4 && t.span.end <= p.end
    })?;
    let after = doc.text[t.span.end..p.end].trim_start();
    (sentence.contains(t.span)
        && (after.starts_with(['|', '–', '—', ':']) || after.starts_with("- ")))
    .then_some(t.value)
    .flatten()
}

/// A live page: at least two lines of its text open with a time of day ("19:40", "18:12 —
/// The RSF has claimed ..."). (The first stamp often sits in the header, under the date.)
fn live_page(text: &str) -> bool {
    text.lines()
        .filter(|line| {
            let b = line.trim_start().as_bytes();
            let hm = |i: usize| {
                b.get(i) == Some(&b':')
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_digit)
                    && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
            };
            b.first().is_some_and(u8::is_ascii_digit)
                && (hm(1) || (b.get(1).is_some_and(u8::is_ascii_digit) && hm(2)))
        })
        .count()
        >= 2
}

/// "He then regularly passed lists of members to his handler": one person's repeated acts,
/// told in the past, are a course of conduct, not a habit of an institution ("police
/// routinely detain ..."). The subject, just before the verb, is "he", "she" or a person
/// named, and the verb is in the past.
fn own_conduct(doc: &Document, s: &Sent, a: usize) -> bool {
    let past = s.lower[a].ends_with("ed") || (a > 0 && s.lower[a - 1] == "had");
    let from = a.saturating_sub(4);
    let subject = s.lower[from..a]
        .iter()
        .any(|w| matches!(w.as_str(), "he" | "she"))
        || mention_in(doc, s.span).iter().any(|(_, m)| {
            m.etype == EntityType::Person
                && m.span.end <= s.toks[a].start
                && m.span.start >= s.toks[from].start
        });
    past && subject
}

fn anaphoric_report(s: &Sent) -> bool {
    let reporting = knowledge::get();
    s.lower.iter().enumerate().any(|(i, w)| {
        reporting.reporting_verbs.contains(w)
            && i > 0
            && matches!(
                s.lower[i - 1].as_str(),
                "it" | "he"
                    | "she"
                    | "they"
                    | "statement"
                    | "ministry"
                    | "agency"
                    | "service"
                    | "officials"
            )
    }) || s.lower.windows(3).any(|w| {
        w[0] == "according"
            && w[1] == "to"
            && matches!(w[2].as_str(), "the" | "him" | "her" | "them" | "it")
    })
}

/// Who speaks through the reporting verb at token `k`: the nearest actor before it ("X said",
/// within 60 bytes), else, in inverted attribution only ('..., said the ministry',
/// '"...," said Karimov'), the first mention right after it that `after` accepts. "It said
/// Okafor passed..." names what was said, not who said it.
fn speaker<'m>(
    s: &Sent,
    ms: &'m [(usize, &'m Mention)],
    k: usize,
    after: fn(&Mention) -> bool,
) -> Option<&'m (usize, &'m Mention)> {
    let verb = s.toks[k];
    let inverted = k > 0 && matches!(s.lower[k - 1].as_str(), "," | "”" | "\"" | "'");
    // "The directorate, in a press release issued after his arrest, said ...": the subject
    // stands before an aside that opens with a preposition.
    let aside = (k > 0 && s.lower[k - 1] == ",")
        .then(|| {
            (k.saturating_sub(16)..k - 1)
                .rev()
                .find(|&j| s.lower[j] == ",")
        })
        .flatten()
        .filter(|&c| {
            matches!(
                s.lower.get(c + 1).map(String::as_str),
                Some("in" | "on" | "at" | "after" | "citing" | "quoting" | "speaking" | "during")
            )
        });
    let before = aside.map_or(verb.start, |c| s.toks[c].start);
    ms.iter()
        .rev()
        .find(|(_, m)| m.span.end <= before && before - m.span.end <= 60 && actor(m))
        .or_else(|| {
            ms.iter().find(|(_, m)| {
                inverted && m.span.start >= verb.end && m.span.start <= verb.end + 12 && after(m)
            })
        })
}

/// Heads of a body named by its kind: "the agency said", "the ministry announced".
const INSTITUTION_HEADS: [&str; 16] = [
    "agency",
    "ministry",
    "service",
    "office",
    "directorate",
    "department",
    "bureau",
    "committee",
    "court",
    "embassy",
    "council",
    "command",
    "army",
    "government",
    "commission",
    "authority",
];

/// Sources named only by their kind: "prosecutors", "security sources", "the indictment".
const GENERIC_SOURCES: [&str; 22] = [
    "prosecutors",
    "prosecutor",
    "officials",
    "official",
    "investigators",
    "sources",
    "source",
    "indictment",
    "documents",
    "authorities",
    "witnesses",
    "residents",
    "relatives",
    "lawyers",
    "experts",
    "analysts",
    "diplomats",
    "police",
    "activists",
    "monitors",
    "researchers",
    "spokesman",
];

/// The source the words right before token `k` name by its kind, with the words that
/// describe it ("federal prosecutors", "two security sources", "the indictment"), when no
/// named mention ends there.
fn generic_source(s: &Sent, ms: &[(usize, &Mention)], k: usize) -> Option<ArgRef> {
    let aux = |w: &str| {
        matches!(
            w,
            "have" | "had" | "has" | "also" | "later" | "were" | "are"
        )
    };
    let mut j = k.checked_sub(1)?;
    while j > 0 && aux(&s.lower[j]) {
        j -= 1;
    }
    if !GENERIC_SOURCES.contains(&s.lower[j].as_str())
        || ms.iter().any(|(_, m)| m.span.end == s.toks[j].end)
    {
        return None;
    }
    // Up to two describing words before it, in lower case or a demonym's capital ("Turkish
    // security sources"), and an article.
    let mut start = j;
    while start > 0 && j - start < 2 {
        let w = s.lower[start - 1].as_str();
        let t = s.toks[start - 1].of(s.text);
        let describing = w.chars().all(char::is_alphabetic)
            && !matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "and"
                    | "or"
                    | "that"
                    | "said"
                    | "but"
                    | "as"
                    | "to"
                    | "by"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "where"
                    | "when"
                    | "which"
                    | "who"
                    | "while"
                    | "after"
                    | "before"
                    | "if"
                    | "because"
                    | "since"
                    | "then"
                    | "also"
            )
            && (t.starts_with(char::is_lowercase)
                || start - 1 == 0
                || knowledge::get().adjectives.contains_key(w));
        if !describing {
            break;
        }
        start -= 1;
    }
    if start > 0 && s.lower[start - 1] == "the" {
        start -= 1;
    }
    let span = Span::new(s.toks[start].start, s.toks[j].end);
    Some(ArgRef::text(span.of(s.text)))
}

/// "prosecutors said" in a report that has named "the Sofia City Prosecutor's Office": the
/// office speaks. A source named by its kind is the body of that kind the report named last
/// before (up to its sentence); else it stays as written.
fn named_body(doc: &Document, sentence: Span, source: ArgRef) -> ArgRef {
    let lower = source.name.to_lowercase();
    let head = lower.rsplit(' ').next().unwrap_or_default();
    let kind = match head {
        "prosecutors" | "prosecutor" => "prosecutor",
        "police" => "police",
        _ => return source,
    };
    doc.mentions
        .iter()
        .enumerate()
        .rfind(|(_, m)| {
            m.etype == EntityType::Org
                && m.span.end <= sentence.end
                && m.span.start < m.span.end
                && m.canonical.to_lowercase().contains(kind)
        })
        .map_or(source, |(i, _)| arg(doc, i))
}

/// A mention that can act: a person, an organisation or a whole country, not a place in it.
fn actor(m: &Mention) -> bool {
    m.etype != EntityType::Location
        || m.subtype.as_deref() == Some("country")
        // An embassy is a building that speaks for its state ("The Russian embassy in
        // Prague dismissed the case").
        || embassy(m)
}

/// An embassy or a consulate.
fn embassy(m: &Mention) -> bool {
    let c = m.canonical.to_lowercase();
    c.contains("embassy") || c.contains("consulate")
}

/// The mentions inside `span` that can take part in an event: not the country named only as
/// an organisation's owner ("Moldova's" in "Moldova's Intelligence and Security Service"),
/// since the organisation acts, nor the agency credited in a wire dateline.
fn mention_in(doc: &Document, span: Span) -> Vec<(usize, &Mention)> {
    doc.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            span.contains(m.span) && m.rule != "possessor" && !dateline_credit(&doc.text, m.span)
        })
        .collect()
}

/// Whether `at` is the agency credited in brackets in a wire dateline at the start of a
/// paragraph ("TBILISI, March 13 (Kavkaz Wire) - ..."): a byline, not an actor.
fn dateline_credit(text: &str, at: Span) -> bool {
    let line_start = text[..at.start].rfind('\n').map_or(0, |p| p + 1);
    let before = &text[line_start..at.start];
    let after = text[at.end..].trim_start();
    before.len() <= 60
        && before.trim_end().ends_with('(')
        && after.starts_with(')')
        && after[1..].trim_start().starts_with(['-', '–', '—'])
}

/// Whether `at` lies in a wire dateline at the start of a paragraph ("MADRID, 1 Dec (EFE)
/// -"): the day the report was filed, which dates no event by itself.
fn in_dateline(text: &str, at: Span) -> bool {
    let line_start = text[..at.start].rfind('\n').map_or(0, |p| p + 1);
    let line = &text[line_start..];
    let Some(comma) = line.get(..32.min(line.len())).and_then(|l| l.find(',')) else {
        return false;
    };
    let place = &line[..comma];
    let place_like = place.starts_with(|c: char| c.is_uppercase())
        && place
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-'));
    let head = &line[comma..line.len().min(comma + 60)];
    let head = head
        .get(..head.find('\n').unwrap_or(head.len()))
        .unwrap_or(head);
    let dash = [" - ", "–", "—"].iter().filter_map(|d| head.find(d)).min();
    place_like && dash.is_some_and(|d| at.end <= line_start + comma + d)
}

fn arg(doc: &Document, i: usize) -> ArgRef {
    let m = &doc.mentions[i];
    ArgRef {
        name: m.canonical.clone(),
        mention: Some(i),
        entity: None,
    }
}

/// The claimant a reporting frame in this sentence names.
fn claimant(doc: &Document, s: &Sent, kb: &knowledge::Knowledge) -> Option<ArgRef> {
    let ms = mention_in(doc, s.span);
    // "according to X"
    for k in 0..s.lower.len().saturating_sub(2) {
        if s.lower[k] == "according" && s.lower[k + 1] == "to" {
            // "According to him": the source named before, not the next name in the sentence.
            if matches!(s.lower[k + 2].as_str(), "him" | "her" | "them") {
                continue;
            }
            let after = s.toks[k + 1].end;
            if let Some((i, _)) = ms.iter().find(|(_, m)| {
                m.span.start >= after
                    && m.span.start <= after + 40
                    && m.etype != EntityType::Location
                    || m.span.start >= after && m.span.start <= after + 20
            }) {
                return Some(arg(doc, *i));
            }
        }
    }
    // "X said / announced / told": the nearest named subject before the verb, or a source
    // named only by its kind right before it ("prosecutors said", "security sources told").
    for (k, w) in s.lower.iter().enumerate() {
        // "was told", "... was called in and told that": someone was told, nobody said.
        let passive = k > 0
            && matches!(
                s.lower[k - 1].as_str(),
                "was" | "were" | "been" | "being" | "is" | "are"
            )
            || (w == "told" && s.lower.get(k + 1).is_some_and(|n| n == "that"));
        // ("The State Attorney General's Office says": "State" is part of a name; asked only
        // of a verb of speech.)
        let in_name = || {
            ms.iter()
                .any(|(_, m)| m.span.start <= s.toks[k].start && s.toks[k].end <= m.span.end)
        };
        if !kb.reporting_verbs.contains(w)
            || w == "according"
            || w == "report"
            || w == "reports" && k == 0
            || passive
            || in_name()
        {
            continue;
        }
        if let Some(source) = generic_source(s, &ms, k) {
            return Some(named_body(doc, s.span, source));
        }
        // "... in favour of the Russian Federation, the agency said": the subject is the
        // body named by its kind right before the verb, which points back to a body named
        // earlier in the sentence, never to a country or a person there; with none, to the
        // source of the sentences before.
        if k >= 2
            && matches!(s.lower[k - 2].as_str(), "the" | "this")
            && INSTITUTION_HEADS.contains(&s.lower[k - 1].as_str())
        {
            if let Some((i, _)) = ms
                .iter()
                .rev()
                .find(|(_, m)| m.span.end <= s.toks[k - 2].start && m.etype == EntityType::Org)
            {
                return Some(arg(doc, *i));
            }
            continue;
        }
        if let Some((i, _)) = speaker(s, &ms, k, |_| true) {
            return Some(arg(doc, *i));
        }
    }
    // "according to prosecutors", "according to court documents".
    for k in 0..s.lower.len().saturating_sub(2) {
        if s.lower[k] == "according" && s.lower[k + 1] == "to" {
            let end = (k + 2..(k + 6).min(s.lower.len()))
                .take_while(|&j| !matches!(s.lower[j].as_str(), "," | "." | ";"))
                .last();
            if let Some(source) = end.and_then(|j| generic_source(s, &ms, j + 1)) {
                return Some(source);
            }
        }
    }
    // "a statement by X", "X's statement"
    for (k, w) in s.lower.iter().enumerate() {
        if w.starts_with("statement") {
            let lo = s.toks[k.saturating_sub(6)].start;
            let hi = s.toks[(k + 4).min(s.toks.len() - 1)].end;
            if let Some((i, _)) = ms
                .iter()
                .find(|(_, m)| m.span.start >= lo && m.span.end <= hi && m.etype == EntityType::Org)
            {
                return Some(arg(doc, *i));
            }
        }
    }
    None
}

/// An interview: who answers, and where each turn begins (`Some(true)` for an answer,
/// `Some(false)` for a question, per paragraph).
struct Interview {
    who: String,
    marks: Vec<Option<bool>>,
}

/// A report written as an interview, in any of the ways interviews mark their turns:
/// "Question:"/"Answer:" or "Q:"/"A:" labels; dialogue dashes ("— Senator, what do we know?",
/// "— We know that ..."), where a turn that asks is a question; or the interviewee's name
/// before each answer ("Kowalski: We saw ..."), with the questions between. The one who
/// answers is the one named so, else [`interviewed`].
fn interviewee(doc: &Document) -> Option<Interview> {
    let paras: Vec<&str> = doc
        .segments
        .paragraphs
        .iter()
        .map(|p| p.of(&doc.text).trim_start())
        .collect();
    let label = |t: &str| -> Option<bool> {
        let t = t.trim_start_matches(['*', '_']);
        if t.starts_with("Answer") || t.starts_with("A:") || t.starts_with("A.") {
            Some(true)
        } else if t.starts_with("Question") || t.starts_with("Q:") || t.starts_with("Q.") {
            Some(false)
        } else {
            None
        }
    };
    let labels: Vec<Option<bool>> = paras.iter().map(|t| label(t)).collect();
    let dash = |t: &str| t.starts_with(['—', '–']);
    let asks = |t: &str| t.trim_end().ends_with(['?', '»', '"', '”']) && t.contains('?');
    let dashes: Vec<Option<bool>> = paras.iter().map(|t| dash(t).then(|| !asks(t))).collect();
    // "Kowalski: ..." before two answers or more: the name of a person the report names.
    let named = doc
        .mentions
        .iter()
        .filter(|m| m.etype == EntityType::Person)
        .filter_map(|m| m.canonical.rsplit(' ').next())
        .find(|surname| {
            surname.len() > 2
                && paras
                    .iter()
                    .filter(|t| t.strip_prefix(surname).is_some_and(|r| r.starts_with(':')))
                    .count()
                    >= 2
        })
        .map(str::to_string);
    let (marks, who) = if labels.iter().filter(|m| **m == Some(true)).count() >= 2 {
        (labels, None)
    } else if let Some(surname) = named {
        let marks = paras
            .iter()
            .map(|t| {
                if t.strip_prefix(surname.as_str())
                    .is_some_and(|r| r.starts_with(':'))
                {
                    Some(true)
                } else {
                    asks(t).then_some(false)
                }
            })
            .collect();
        let who = doc
            .mentions
            .iter()
            .find(|m| m.etype == EntityType::Person && m.canonical.ends_with(surname.as_str()))
            .map(|m| m.canonical.clone());
        (marks, who)
    } else if dashes.iter().filter(|m| m.is_some()).count() >= 4
        && dashes.contains(&Some(true))
        && dashes.contains(&Some(false))
    {
        (dashes, None)
    } else {
        return None;
    };
    let who = who.or_else(|| interviewed(doc, &marks))?;
    Some(Interview { who, marks })
}

/// Who answers in an interview whose answers carry no name: the person the headline names
/// ("Senator Ospina: ..."), else the one named with "answered", else the one the
/// introduction names before the first turn, else the person most mentioned (the byline's
/// author asks).
fn interviewed(doc: &Document, marks: &[Option<bool>]) -> Option<String> {
    // The person the headline names ("Senator Ospina: ...") is the one interviewed.
    let titled = doc.title.as_deref().and_then(|t| {
        doc.mentions
            .iter()
            .filter(|m| m.etype == EntityType::Person && !doc.authors.contains(&m.canonical))
            .find(|m| {
                // A surname ("Ospina" of "Marcela Ospina Rey"), not a place's name.
                m.canonical
                    .split(' ')
                    .skip(1)
                    .any(|w| w.len() > 3 && t.contains(w) && knowledge::get().lookup(w).is_none())
            })
            .map(|m| m.canonical.clone())
    });
    // Else the person the introduction names before the first turn ("Peter Achola spent
    // 24 years in ...", then "Q: ...").
    let first_turn = marks.iter().position(Option::is_some).unwrap_or(0);
    let introduced = doc
        .segments
        .paragraphs
        .get(first_turn)
        .and_then(|p| {
            doc.mentions.iter().find(|m| {
                m.etype == EntityType::Person
                    && m.span.start < m.span.end
                    && m.span.end <= p.start
                    && !doc.authors.contains(&m.canonical)
                    && !doc.translators.contains(&m.canonical)
            })
        })
        .map(|m| m.canonical.clone());
    let answered = doc
        .mentions
        .iter()
        .find(|m| {
            m.etype == EntityType::Person
                && m.span.start < m.span.end
                && doc.text[m.span.end..].trim_start().starts_with("answered")
        })
        .map(|m| m.canonical.clone());
    titled.or(answered).or(introduced).or_else(|| {
        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        // People named in the text; the byline's author interviews, and does not answer.
        for m in doc.mentions.iter().filter(|m| {
            m.etype == EntityType::Person
                && m.span.start < m.span.end
                && !doc.authors.contains(&m.canonical)
        }) {
            *counts.entry(m.canonical.as_str()).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by_key(|(n, c)| (*c, std::cmp::Reverse(*n)))
            .map(|(n, _)| n.to_string())
    })
}

fn default_claimant(
    doc: &Document,
    offset: usize,
    para: usize,
    interviewee: &Option<Interview>,
    speakers: &[(usize, usize)],
) -> Option<ArgRef> {
    if let Some(src) = doc.section_source(offset) {
        return Some(named(doc, src));
    }
    if let Some(i) = interviewee {
        match turn(i, para) {
            Some(true) => return Some(named(doc, &i.who)),
            Some(false) => {
                if let Some(o) = &doc.outlet {
                    return Some(named(doc, o));
                }
            }
            None => {}
        }
    }
    // In a transcript, the speaker whose turn it is.
    if let Some(&(_, m)) = speakers.iter().rev().find(|(p, _)| *p <= para) {
        return Some(arg(doc, m));
    }
    if let Some(a) = doc.authors.first() {
        return Some(named(doc, a));
    }
    doc.outlet.as_deref().map(|o| named(doc, o))
}

/// In a transcript (a hearing, a press conference), the paragraphs where a speaker's turn
/// begins, with the speaker's mention: "Mr Ivo Tamm, Director. – Thank you ...", "SENATOR
/// LINA ROSS: We have ...". A turn runs on over the paragraphs that follow until the next.
/// A report is a transcript when at least two turns begin.
fn turn_speakers(doc: &Document) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, span) in doc.segments.paragraphs.iter().enumerate() {
        let t = span.of(&doc.text);
        let cut = (0..=t.len().min(160))
            .rev()
            .find(|&i| t.is_char_boundary(i))
            .unwrap_or(0);
        let head = &t[..cut];
        let marker = [". – ", ". — ", ".– ", ". - ", ": "]
            .iter()
            .filter_map(|m| head.find(m))
            .min();
        let Some(at) = marker else { continue };
        let prefix = &t[..at];
        // The prefix names the speaker and says nothing else: no sentence ends in it and
        // no verb of speech opens the turn ("Police said: ...").
        let lower = prefix.to_lowercase();
        if prefix.len() > 120
            || prefix.contains(['"', '“'])
            || lower
                .split_whitespace()
                .any(|w| knowledge::get().reporting_verbs.contains(w))
        {
            continue;
        }
        let who = doc.mentions.iter().position(|m| {
            m.etype == EntityType::Person
                && m.span.start >= span.start
                && m.span.start <= span.start + 24
                && m.span.end <= span.start + at
        });
        if let Some(m) = who {
            out.push((p, m));
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// In an interview, the turn a paragraph belongs to (`true` for an answer): its own mark,
/// else the last mark before it (an answer often runs over several paragraphs).
fn turn(interview: &Interview, para: usize) -> Option<bool> {
    interview.marks[..(para + 1).min(interview.marks.len())]
        .iter()
        .rev()
        .find_map(|m| *m)
}

/// A source named in the metadata, linked to its mention (in the text, or the document-level
/// mention the byline gives it) so it resolves to an entity.
fn named(doc: &Document, name: &str) -> ArgRef {
    let k = knowledge::key(name);
    doc.mentions
        .iter()
        .position(|m| knowledge::key(&m.canonical) == k)
        .map_or_else(|| ArgRef::text(name), |i| arg(doc, i))
}

/// The temporal expression that governs the trigger's clause: the nearest one in the sentence
/// (before the trigger preferred), among those with a value or explicit words, and not one
/// that belongs to another trigger in another clause ("protests continue ... after the war
/// two years ago": the date is the war's), and that `allowed` lets through (the day of a
/// statement does not date the wrong it reports: "said in March that the militia had
/// recruited 30 boys last year" is dated by "last year").
fn governing_time<'a>(
    times: &'a [TimeExpr],
    s: &Sent,
    (a, b, etype): (usize, usize, EventType),
    triggers: &[(usize, usize, EventType)],
    allowed: impl Fn(&TimeExpr) -> bool,
) -> Option<&'a TimeExpr> {
    let trigger = Span::new(s.toks[a].start, s.toks[b - 1].end);
    let owned_elsewhere = |t: &TimeExpr| {
        let (lo, hi) = gap(s, (a, b), t.span);
        // Another trigger, not coordinated with this one ("arrested and charged"), stands
        // between, across a clause boundary or a comma ("rifles supplied by Sudan, the rebels
        // took towns held by the army since the 1990s").
        // One of the same kind across commas alone names the same act again ("was killed
        // in an ambush at the forest, in Zamfara State, on 21 March").
        let across = |w: &String| {
            (clause_break(w) && w != "whereas") || matches!(w.as_str(), "as" | "despite")
        };
        let clause = lo < hi && s.lower[lo..hi].iter().any(across);
        // "charged Lev Orlov, Ana Petrescu and Ivo Kask with espionage on Tuesday": the act
        // a charge, arrest or sentence names as its grounds is its complement, and a date
        // right after it (a few words on, no comma) is the charge's: the names' commas are
        // no clause break. ("Accused of plotting an attack on 22 September" dates the plot.)
        let complement = |(x, y): (usize, usize)| {
            !clause
                && x > b
                && matches!(s.lower[x - 1].as_str(), "with" | "of" | "for")
                && matches!(
                    etype,
                    EventType::Charge | EventType::Sentence | EventType::Arrest
                )
                && y <= hi
                && hi - y <= 4
                && s.lower[y..hi].iter().all(|w| w != "," && w != "to")
        };
        lo < hi
            && triggers.iter().any(|&(x, y, t)| {
                x >= lo
                    && y <= hi
                    && !coordinated_verbs(s, (x, y), (a, b))
                    && !complement((x, y))
                    && (t != etype || clause)
            })
            && (clause || s.lower[lo..hi].iter().any(|w| w == ","))
    };
    // "the arrest of 12 men said to have been trained ...", "drivers accused of being
    // funded by ...": what the detainees are said to have done earlier is not dated by the
    // arrest's date.
    let described = |t: &TimeExpr| {
        t.span.end <= trigger.start && {
            let between = &s.lower[s.tok_at(t.span.end)..a];
            let has = |x: &str, y: &str| between.windows(2).any(|w| w[0] == x && w[1] == y);
            has("said", "to")
                || has("accused", "of")
                || has("suspected", "of")
                || has("charged", "with")
                || between.iter().any(|w| w == "who")
        }
    };
    // "a serving officer, born in 1991, was detained": a birth dates only the birth.
    let birth = |t: &TimeExpr| {
        let k = s.tok_at(t.span.start);
        (k.saturating_sub(2)..k).any(|j| s.lower[j] == "born")
    };
    times
        .iter()
        .filter(|t| {
            s.span.contains(t.span)
                && !owned_elsewhere(t)
                && !described(t)
                && !birth(t)
                && allowed(t)
        })
        .min_by_key(|t| distance(s, (a, b), t.span))
}

/// Whether two triggers are coordinated verbs of one clause ("arrested and charged", "was
/// detained, questioned and released"): nothing but conjunctions, commas and auxiliaries
/// between them.
fn coordinated_verbs(s: &Sent, (a1, b1): (usize, usize), (a2, b2): (usize, usize)) -> bool {
    let (lo, hi) = if b1 <= a2 { (b1, a2) } else { (b2, a1) };
    lo <= hi
        && s.lower[lo..hi].iter().all(|w| {
            matches!(
                w.as_str(),
                "," | "and"
                    | "or"
                    | "then"
                    | "later"
                    | "also"
                    | "was"
                    | "were"
                    | "been"
                    | "had"
                    | "have"
                    | "has"
                    | "is"
                    | "are"
            )
        })
}

/// Whether the trigger's clause says the event is still going on at the time of writing
/// ("protests continue in Khartoum despite a crackdown", "the ongoing war").
fn ongoing(s: &Sent, a: usize, b: usize) -> bool {
    let lo = a.saturating_sub(8);
    let hi = (b + 4).min(s.lower.len());
    s.lower[lo..hi].iter().any(|w| {
        matches!(
            w.as_str(),
            "continue" | "continues" | "continuing" | "ongoing" | "persist" | "persists"
        )
    })
}

/// The tokens between a span and the trigger at tokens `a..b`, on whichever side it lies.
fn gap(s: &Sent, (a, b): (usize, usize), span: Span) -> (usize, usize) {
    if span.end <= s.toks[a].start {
        (s.tok_at(span.end), a)
    } else {
        (b, s.tok_at(span.start))
    }
}

/// How far a span is from the trigger at tokens `a..b`, in bytes: spans after the trigger
/// count a little more, and spans across a clause boundary ("..., after the KGB had
/// arrested ...") much more.
fn distance(s: &Sent, (a, b): (usize, usize), span: Span) -> usize {
    let trigger = Span::new(s.toks[a].start, s.toks[b - 1].end);
    let d = if span.end <= trigger.start {
        trigger.start - span.end
    } else {
        span.start.saturating_sub(trigger.end) + 15
    };
    let (lo, hi) = gap(s, (a, b), span);
    let across = lo < hi
        && s.lower[lo..hi]
            .iter()
            .any(|w| clause_break(w) || w == "despite");
    d + if across { 1000 } else { 0 }
}

/// Where triggers start and end in the sentence, whether or not they make events.
fn trigger_spans(s: &Sent, lex: &lexicon::Lexicon) -> Vec<(usize, usize, EventType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.lower.len() {
        match lex.by_first.get(&s.lower[i]).and_then(|list| {
            list.iter()
                .find_map(|p| match_phrase(s, i, p).map(|(a, b)| (a, b, p.etype)))
        }) {
            Some((a, b, t)) => {
                out.push((a, b, t));
                i = b.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

fn arguments(ev: &mut Event, doc: &Document, s: &Sent, a: usize, b: usize, noun: bool) {
    let trig = ev.trigger;
    let ms = mention_in(doc, s.span);
    let by_idx = (b..s.lower.len().min(b + 4)).find(|&k| s.lower[k] == "by");
    // "was arrested", and the reduced passive of "territory held by X" / "men detained by
    // police": the subject is what the act was done to.
    // "was collecting" is progressive and active: a passive needs a participle.
    let be = |w: &str| matches!(w, "was" | "were" | "been" | "be" | "being" | "is" | "are");
    // "Khan was urged to hand over 12 men": the request is the event, and the one asked
    // is its patient, as in a passive.
    let asked = a >= 3
        && s.lower[a - 1] == "to"
        && matches!(
            s.lower[a - 2].as_str(),
            "asked" | "requested" | "urged" | "invited" | "pressed" | "pressured" | "called"
        )
        && be(&s.lower[a - 3]);
    // A trigger phrase may hold its own auxiliary ("was called to", "were paid").
    let passive = (a > 0 && be(&s.lower[a - 1]) && !s.lower[a].ends_with("ing"))
        || (b > a + 1 && be(&s.lower[a]) && participle(&s.lower[a + 1]))
        || (!noun && by_idx.is_some_and(|k| k <= b + 1) && participle(&s.lower[b - 1]));
    // The by-phrase names the agent of a passive ("arrested by police") and of a noun ("a
    // crackdown by the security forces", "the creation of a network by the services").
    let by_agent = by_idx
        .filter(|&k| passive || (noun && k == b))
        .and_then(|k| {
            ms.iter()
                .find(|(_, m)| m.span.start >= s.toks[k].end && m.span.start <= s.toks[k].end + 30)
        })
        .map(|(i, _)| arg(doc, *i));
    // Agent.
    let owner = noun.then(|| nominal_owner(doc, s, &ms, a)).flatten();
    let owner_is_patient = owner.is_some() && !owner_acts(ev.etype);
    let agent = if passive || asked || by_agent.is_some() {
        by_agent
    } else if owner.is_some() && !owner_is_patient {
        owner.clone()
    } else {
        let skip = owner.as_ref().and_then(|o| o.mention);
        ms.iter()
            .rev()
            .find(|(i, m)| m.span.end <= trig.start && Some(*i) != skip && actor(m))
            .map(|(i, _)| arg(doc, *i))
    };
    // "The ambassador was called to the Finnish foreign ministry", "was summoned to the
    // ministry": who summoned is where the envoy was called to.
    let agent = agent.or_else(|| {
        (passive && ev.etype == EventType::DiplomaticAction && s.lower[b - 1] == "to")
            .then(|| {
                ms.iter().find(|(_, m)| {
                    m.span.start >= trig.end
                        && m.span.start <= trig.end + 30
                        && (m.etype == EntityType::Org || m.subtype.as_deref() == Some("country"))
                })
            })
            .flatten()
            .map(|(i, _)| arg(doc, *i))
    });
    ev.agent = agent;
    if asked {
        if let Some((i, _)) = ms
            .iter()
            .rev()
            .find(|(_, m)| m.span.end <= trig.start && trig.start - m.span.end <= 40 && actor(m))
        {
            ev.patients.push(arg(doc, *i));
        }
    }
    // "Kato's arrest": the owner is who was arrested.
    if let Some(o) = owner.filter(|_| owner_is_patient) {
        ev.patients.push(o);
    }
    // The other side of a war, an attack or an occupation: "war with (neighbouring) Armenia",
    // "the occupation of Karabakh", "an attack on Israel".
    // "a clash between the rebels and the police": both sides take part.
    if noun
        && ev.etype == EventType::Attack
        && (b..(b + 3).min(s.lower.len())).any(|k| s.lower[k] == "between")
    {
        let after: Vec<usize> = ms
            .iter()
            .filter(|(_, m)| m.span.start >= trig.end && m.span.start - trig.end <= 120 && actor(m))
            .map(|(i, _)| *i)
            .take(2)
            .collect();
        if ev.agent.is_none() {
            ev.agent = after.first().map(|&i| arg(doc, i));
        }
        if let Some(&i) = after.get(1) {
            ev.patients.push(arg(doc, i));
        }
    }
    if noun && matches!(ev.etype, EventType::Attack | EventType::Incursion) {
        let mut k = b;
        if matches!(
            s.lower.get(k).map(String::as_str),
            Some("with" | "against" | "on" | "of")
        ) {
            k += 1;
            while s.lower.get(k).is_some_and(|w| is_modifier(w)) {
                k += 1;
            }
            if let Some(t) = s.toks.get(k) {
                if let Some((i, _)) = ms.iter().find(|(_, m)| m.span.start == t.start) {
                    ev.patients.push(arg(doc, *i));
                }
            }
        }
    }
    // Patients: named people and organisations right after an active trigger, before a passive.
    let window: Vec<&(usize, &Mention)> = if passive {
        ms.iter()
            .filter(|(_, m)| {
                m.span.end <= trig.start
                    && trig.start - m.span.end <= 80
                    && m.etype == EntityType::Person
            })
            .collect()
    } else {
        ms.iter()
            .filter(|(_, m)| {
                m.span.start >= trig.end
                    && m.span.start - trig.end <= 80
                    && m.etype != EntityType::Location
                    && distance(s, (a, b), m.span) < 1000
            })
            .take(3)
            .collect()
    };
    for (i, _) in window {
        if ev.agent.as_ref().and_then(|x| x.mention) != Some(*i)
            && ev.patients.iter().all(|p| p.mention != Some(*i))
        {
            ev.patients.push(arg(doc, *i));
        }
    }
    // Count: a number before a people noun, inside the patient phrase; "four X in addition
    // to two Y" counts six.
    let phrases = count_phrases(s);
    let near = |lo: usize, hi: usize| phrases.iter().find(|p| p.0 >= lo && p.0 < hi);
    let found = if passive {
        near(a.saturating_sub(8), a).or_else(|| phrases.iter().rev().find(|p| p.1 <= a))
    } else {
        near(b, (b + 8).min(s.lower.len()))
            .or_else(|| near(a.saturating_sub(6), a))
            .or_else(|| near(b, (b + 14).min(s.lower.len())))
            .or_else(|| {
                // "attacked a checkpoint near X late on Sunday, killing four soldiers": the one
                // group counted after the trigger.
                let after: Vec<&(usize, usize, u32)> =
                    phrases.iter().filter(|p| p.0 >= b).collect();
                (after.len() == 1).then(|| after[0])
            })
    };
    // "14 officers the service had tried to recruit them": a pronoun object takes
    // back the last group counted before the trigger.
    let found = found.or_else(|| {
        (!passive && s.lower.get(b).is_some_and(|w| w == "them"))
            .then(|| phrases.iter().rev().find(|p| p.1 <= a))
            .flatten()
    });
    if let Some(&(k, q, n)) = found {
        ev.count = Some(n);
        if ev.patients.is_empty() {
            let phrase = Span::new(s.toks[k].start, s.toks[q - 1].end);
            ev.patients.push(ArgRef::text(phrase.of(s.text)));
        }
    }
    // "the detention of several members of the choir": people described, not
    // counted, after a noun trigger.
    if noun && ev.patients.is_empty() && s.lower.get(b).is_some_and(|w| w == "of") {
        let head = (b + 1..(b + 6).min(s.lower.len()))
            .take_while(|&k| s.lower[k].chars().all(|c| c.is_alphabetic() || c == '-'))
            .find(|&k| PEOPLE_NOUNS.contains(&s.lower[k].as_str()));
        if let Some(k) = head {
            let phrase = Span::new(s.toks[b + 1].start, s.toks[k].end);
            ev.patients.push(ArgRef::text(phrase.of(s.text)));
        }
    }
    // Location: a place after in / near / at, not inside a relative clause about someone
    // else ("asked to hand over 12 men who had smuggled rifles in X").
    let relative_at = (b..s.lower.len())
        .find(|&k| matches!(s.lower[k].as_str(), "who" | "whom" | "whose" | "which"))
        .map_or(usize::MAX, |k| s.toks[k].start);
    let ms: Vec<(usize, &Mention)> = ms
        .iter()
        .filter(|(_, m)| m.etype != EntityType::Location || m.span.start < relative_at)
        .copied()
        .collect();
    // The nearest place in the trigger's clause; a place below country level first.
    let nearest = |pred: &dyn Fn(&Mention) -> bool| {
        ms.iter()
            .filter(|(_, m)| m.etype == EntityType::Location && pred(m))
            .min_by_key(|(_, m)| distance(s, (a, b), m.span))
            .map(|(i, _)| *i)
    };
    let cue = |m: &Mention, cues: &[&str]| {
        let before = s.text[s.span.start..m.span.start].trim_end().to_lowercase();
        cues.iter().any(|c| before.ends_with(c))
    };
    if let Some(i) = nearest(&|m| {
        m.subtype.as_deref() != Some("country") && cue(m, &[" in", " near", " at", "of"])
    })
    .or_else(|| nearest(&|m| cue(m, &[" in", " near"])))
    {
        ev.location = Some(arg(doc, i));
    }
    // Sponsor: "for X", "on behalf of X", "funded by X", "working for X".
    for (i, m) in &ms {
        let before = s.text[s.span.start..m.span.start].trim_end().to_lowercase();
        // "with" alone is company, not sponsorship ("relations with Tehran").
        if (before.ends_with(" for")
            || before.ends_with("behalf of")
            || before.ends_with("funded by")
            || before.ends_with("financed by")
            || ["cooperat", "collaborat", "work", "conspir"]
                .iter()
                .any(|v| {
                    before
                        .strip_suffix(" with")
                        .and_then(|x| x.rsplit(' ').next())
                        .is_some_and(|w| w.starts_with(v))
                }))
            && matches!(m.etype, EntityType::Org | EntityType::Location)
            && m.span.start > trig.start.saturating_sub(60)
        {
            ev.sponsor = Some(arg(doc, *i));
            break;
        }
    }
    // "X agreed to work for the service", "X joined the militia": the one who agreed or
    // joined is the recruit; the service or group is who recruited.
    if ev.etype == EventType::Recruitment && !passive && !noun {
        let recruiter = if matches!(s.lower[a].as_str(), "agreed" | "joined") {
            let org = ev.patients.iter().position(|p| {
                p.mention
                    .and_then(|m| doc.mentions.get(m))
                    .is_some_and(|m| !matches!(m.etype, EntityType::Person | EntityType::Location))
            });
            match (s.lower[a].as_str(), org) {
                (_, Some(k)) => Some(ev.patients.remove(k)),
                ("agreed", None) => ev.sponsor.clone(),
                _ => None,
            }
        } else {
            None
        };
        if let Some(r) = recruiter {
            if let Some(recruit) = ev.agent.take() {
                ev.patients.insert(0, recruit);
            }
            ev.agent = Some(r);
        }
    }
}

/// Whether a new clause starts between tokens `from` and `to`: a few words apart, across a
/// semicolon or a subordinating word ("after", "while", "amid").
fn new_clause(s: &Sent, from: usize, to: usize) -> bool {
    let between = &s.lower[from..to];
    // A coordinated clause with its own subject, a long way on: "... summoned the ambassador
    // on 2 April, and the Belgian foreign ministry then summoned ...". The last "and" must
    // start a subject: "collected ... and passed it to ..." is one actor's one act.
    let subject_after_and = between.iter().rposition(|w| w == "and").is_some_and(|k| {
        between.get(k + 1).is_some_and(|n| {
            determiner(n)
                || matches!(
                    n.as_str(),
                    "he" | "she" | "they" | "it" | "we" | "police" | "officials" | "authorities"
                )
                || s.toks[from + k + 1]
                    .of(s.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
    });
    // "... charged with treason in 2019 and later indicted for bribery": a later act
    // of the same kind, told in sequence.
    let later = between.iter().enumerate().any(|(k, w)| {
        w == "and"
            && between[k + 1..(k + 3).min(between.len())].iter().any(|n| {
                matches!(
                    n.as_str(),
                    "later" | "then" | "subsequently" | "afterwards" | "eventually"
                )
            })
    });
    (to >= from + 8 && subject_after_and)
        || (to >= from + 4 && between.iter().any(|w| clause_break(w)))
        || later
}

/// A word that opens a new clause: a semicolon or a subordinator of time or contrast.
fn clause_break(w: &str) -> bool {
    matches!(
        w,
        ";" | "after" | "before" | "while" | "when" | "amid" | "following" | "whereas"
    )
}

/// An article, a demonstrative or a possessive determiner: what stands before a noun.
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// Whether the owner of a noun trigger did the act ("Iran's exercises", "the Ethiopian
/// shelling") rather than underwent it ("his arrest", "their recruitment").
fn owner_acts(t: EventType) -> bool {
    !matches!(
        t,
        EventType::Arrest
            | EventType::Charge
            | EventType::Sentence
            | EventType::Recruitment
            | EventType::Training
    )
}

/// Whether a word is a past participle that can head a reduced passive ("territory held by",
/// "men detained by").
fn participle(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "held"
                | "taken"
                | "seized"
                | "caught"
                | "built"
                | "made"
                | "run"
                | "led"
                | "sent"
                | "shot"
                | "hit"
                | "struck"
                | "kept"
                | "brought"
                | "sought"
                | "given"
                | "done"
                | "set"
                | "put"
                | "paid"
                | "met"
                | "known"
                | "seen"
                | "found"
                | "thrown"
                | "beaten"
                | "stolen"
                | "overthrown"
                | "withdrawn"
                | "driven"
                | "bought"
        )
}

/// A word that can stand between a determiner or a preposition and the noun it modifies:
/// an adjective, a number, a hyphenated compound ("two-year", "large-scale", "neighboring").
fn is_modifier(w: &str) -> bool {
    const ADJ: [&str; 36] = [
        "military",
        "recent",
        "neighboring",
        "neighbouring",
        "brutal",
        "bloody",
        "violent",
        "alleged",
        "latest",
        "full-scale",
        "large-scale",
        "armed",
        "deadly",
        "massive",
        "joint",
        "naval",
        "covert",
        "secret",
        "failed",
        "foiled",
        "suspected",
        "so-called",
        "ongoing",
        "new",
        "long",
        "short",
        "brief",
        "bitter",
        "first",
        "second",
        "last",
        "previous",
        "former",
        "major",
        "fresh",
        "renewed",
    ];
    ADJ.contains(&w)
        || w.contains('-')
        || w.chars().all(|c| c.is_ascii_digit())
        || number(w).is_some()
        || (w.len() > 4 && (w.ends_with("ary") || w.ends_with("ern") || w.ends_with("al")))
}

/// Who a noun trigger belongs to: a possessive ("Azerbaijan's war", "Iran's military
/// exercises"), a demonym ("the Ethiopian shelling", "Russian strikes") or a possessive
/// pronoun whose antecedent is the sentence's subject ("its long war").
fn nominal_owner(doc: &Document, s: &Sent, ms: &[(usize, &Mention)], a: usize) -> Option<ArgRef> {
    let mut k = a;
    while k > 0 && is_modifier(&s.lower[k - 1]) && k + 3 > a {
        k -= 1;
    }
    let prev = k.checked_sub(1)?;
    let w = s.lower[prev].as_str();
    let tok = s.toks[prev];
    if w.ends_with("'s") || w.ends_with("s'") {
        return ms
            .iter()
            .find(|(_, m)| m.span.end > tok.start && m.span.end <= tok.end && actor(m))
            .map(|(i, _)| arg(doc, *i));
    }
    // A mention ending just before the modifiers: "the Iranian intelligence services'" is
    // taken above; "IRGC drills" here.
    if let Some((i, _)) = ms
        .iter()
        .find(|(_, m)| m.span.end == tok.end && m.etype == EntityType::Org)
    {
        return Some(arg(doc, *i));
    }
    if let Some(country) = demonym_country(doc, s, prev) {
        return Some(country);
    }
    match w {
        "its" | "their" => ms
            .iter()
            .find(|(_, m)| m.span.end <= tok.start && actor(m) && m.etype != EntityType::Person)
            .filter(|(_, m)| m.span.start == s.toks[0].start)
            .map(|(i, _)| arg(doc, *i)),
        "his" | "her" => ms
            .iter()
            .find(|(_, m)| m.span.end <= tok.start && m.etype == EntityType::Person)
            .filter(|(_, m)| m.span.start == s.toks[0].start)
            .map(|(i, _)| arg(doc, *i)),
        _ => None,
    }
}

/// The country a capitalised demonym at token `k` names ("Ethiopian", "Iranian-made"), linked
/// to the country's mention when the report names it.
fn demonym_country(doc: &Document, s: &Sent, k: usize) -> Option<ArgRef> {
    let kb = knowledge::get();
    let w = s.lower[k]
        .trim_end_matches("-made")
        .trim_end_matches("-built");
    let country = s.toks[k]
        .of(s.text)
        .starts_with(char::is_uppercase)
        .then(|| kb.adjectives.get(w))
        .flatten()
        .map(|&i| &kb.entries[i])?;
    Some(country_arg(doc, &country.canonical))
}

/// A country by its canonical name, linked to its mention when the report names it.
fn country_arg(doc: &Document, canonical: &str) -> ArgRef {
    let id = format!("location:{canonical}");
    doc.mentions
        .iter()
        .position(|m| m.kb.as_deref() == Some(id.as_str()))
        .map(|i| arg(doc, i))
        .unwrap_or_else(|| ArgRef::text(canonical))
}

/// The named war whose name ends at token `b` ("the Six-Day War", "its five-day war"), the
/// longest name first, when the report names one of the countries its name needs.
fn named_war<'k>(doc: &Document, s: &Sent, b: usize) -> Option<&'k knowledge::War> {
    let kb: &'k knowledge::Knowledge = knowledge::get();
    let fold = |w: &str| w.to_lowercase().replace(['–', '—'], "-").replace('’', "'");
    let mentioned = |c: &String| {
        let id = format!("location:{c}");
        doc.mentions
            .iter()
            .any(|m| m.kb.as_deref() == Some(id.as_str()))
    };
    kb.wars
        .iter()
        .filter(|w| w.context.is_empty() || w.context.iter().any(mentioned))
        .flat_map(|w| w.names.iter().map(move |n| (w, n)))
        .filter(|(_, name)| {
            let parts: Vec<&str> = name.split_whitespace().collect();
            b >= parts.len()
                && parts.iter().enumerate().all(|(i, p)| {
                    let t = s.toks[b - parts.len() + i].of(s.text);
                    fold(t) == fold(p)
                        && (!p.starts_with(char::is_uppercase) || t.starts_with(char::is_uppercase))
                })
        })
        .max_by_key(|(_, name)| name.split_whitespace().count())
        .map(|(w, _)| w)
}

/// Every "N people-noun" phrase of the sentence as `(first token, end token, number)`, with
/// phrases joined by "in addition to", "as well as" or "and" summed into one.
fn count_phrases(s: &Sent) -> Vec<(usize, usize, u32)> {
    let mut out: Vec<(usize, usize, u32)> = Vec::new();
    let mut k = 0;
    while k < s.lower.len() {
        // "killing two patrolmen and a street vendor": one more of a kind joins the group
        // before it.
        if matches!(s.lower[k].as_str(), "a" | "an") {
            let one = (k + 1..(k + 3).min(s.lower.len()))
                .find(|&q| SINGULAR_PEOPLE.contains(&s.lower[q].as_str()));
            if let (Some(q), Some(last)) = (one, out.last_mut()) {
                if s.lower[last.1..k] == ["and"] {
                    last.2 += 1;
                    last.1 = q + 1;
                    k = q + 1;
                    continue;
                }
            }
            // "killed a 40-year-old Lebanese man and wounded two passers-by": right after a
            // verb of harm, one person described starts a group.
            let harmed = k > 0 && HARM_VERBS.contains(&s.lower[k - 1].as_str());
            let one = (k + 1..(k + 5).min(s.lower.len()))
                .take_while(|&q| !matches!(s.lower[q].as_str(), "," | "and" | "." | "of" | "who"))
                .find(|&q| SINGULAR_PEOPLE.contains(&s.lower[q].as_str()));
            if let Some(q) = one.filter(|_| harmed) {
                out.push((k, q + 1, 1));
                k = q + 1;
                continue;
            }
            k += 1;
            continue;
        }
        // "on the evening of 14 November by men ...", "March 3": a day of the month counts
        // nobody.
        let month_at = |q: usize| {
            s.toks.get(q).is_some_and(|t| {
                let w = t.of(s.text);
                w.starts_with(char::is_uppercase) && temporal::month(w).is_some()
            })
        };
        let Some(n) =
            number(&s.lower[k]).filter(|_| !(month_at(k + 1) || (k > 0 && month_at(k - 1))))
        else {
            k += 1;
            continue;
        };
        // "N of its citizens", "N Azerbaijani citizens", "N other men".
        // "One soldier was killed and two were wounded": one of a kind is a group of one.
        let noun = (k + 1..(k + 5).min(s.lower.len())).find(|&q| {
            PEOPLE_NOUNS.contains(&s.lower[q].as_str())
                || (n == 1 && q <= k + 2 && SINGULAR_PEOPLE.contains(&s.lower[q].as_str()))
                // "four crane operators", "three dock workers": an occupation's plural
                // right after the number (or one word on).
                || (n > 1
                    && q <= k + 2
                    && s.lower[k + 1..q]
                        .iter()
                        .all(|w| w.chars().all(char::is_alphabetic))
                    && person_plural(&s.lower[q]))
        });
        // "The four were detained", "the three, including ...": the number stands for the
        // people.
        let alone = (k > 0
            && matches!(s.lower[k - 1].as_str(), "the" | "all")
            && s.lower.get(k + 1).is_some_and(|w| {
                // "charged the seven on Tuesday", "freed the two in May".
                matches!(
                    w.as_str(),
                    "were"
                        | "was"
                        | "had"
                        | "have"
                        | "are"
                        | ","
                        | "who"
                        | "allegedly"
                        | "on"
                        | "in"
                        | "at"
                        | "with"
                        | "."
                        | "and"
                        | "for"
                )
            }))
            // "Fourteen were convicted", "..., and 14 were convicted the following year": a
            // number opening its clause before "were" stands for people.
            || (n < 1000
                && (k == 0 || matches!(s.lower[k - 1].as_str(), "," | "and" | "but" | ";"))
                && s.lower.get(k + 1).is_some_and(|w| w == "were"))
            // "Three more, including the leader, were arrested."
            || (s.lower.get(k + 1).is_some_and(|w| w == "more")
                && s.lower.get(k + 2).is_some_and(|w| {
                    matches!(w.as_str(), "," | "were" | "was" | "had" | "have" | "are")
                }))
            // "Police detained two of them."
            || (s.lower.get(k + 1).is_some_and(|w| w == "of")
                && s
                    .lower
                    .get(k + 2)
                    .is_some_and(|w| matches!(w.as_str(), "them" | "those" | "these")));
        // "killing four soldiers and wounding seven": the wounded add to the dead.
        let wounded = k > 0
            && matches!(
                s.lower[k - 1].as_str(),
                "wounding" | "wounded" | "injuring" | "injured"
            );
        // "Two people were killed and four injured", "one soldier was killed and two were
        // wounded": the same told in the passive.
        let hurt = |w: Option<&String>| {
            w.is_some_and(|w| matches!(w.as_str(), "wounded" | "injured" | "hurt"))
        };
        let passive_wounded = k > 0
            && s.lower[k - 1] == "and"
            && (hurt(s.lower.get(k + 1))
                || (s
                    .lower
                    .get(k + 1)
                    .is_some_and(|w| w == "were" || w == "was")
                    && hurt(s.lower.get(k + 2))))
            && out.last().is_some_and(|l| {
                s.lower[l.1..k]
                    .iter()
                    .any(|w| matches!(w.as_str(), "killed" | "dead"))
            });
        if let Some(last) = out
            .last_mut()
            .filter(|l| (wounded && k - l.1 <= 3) || (passive_wounded && k - l.1 <= 5))
        {
            last.2 += n;
            last.1 = k + 1;
            k += 1;
            continue;
        }
        let Some(q) = noun.or(alone.then_some(k)) else {
            k += 1;
            continue;
        };
        if s.lower[(k + 1).min(q)..q]
            .iter()
            .any(|w| matches!(w.as_str(), "years" | "year" | "months" | "days" | "," | "."))
        {
            k += 1;
            continue;
        }
        // "two officials told ...": the speakers, not the people the event is about.
        let speaker = (q + 1..(q + 3).min(s.lower.len())).any(|j| {
            matches!(
                s.lower[j].as_str(),
                "told" | "said" | "say" | "says" | "stated"
            ) && s.lower.get(j + 1).map(String::as_str) != Some("to")
        });
        if speaker {
            k = q + 1;
            continue;
        }
        let joined = out.last_mut().filter(|last| {
            let gap = &s.lower[last.1..k];
            // "Eight officers, including a colonel, and three civilians": the aside names
            // some of the first group; the group after "and" adds to it.
            let aside = gap.len() <= 10
                && gap.len() >= 4
                && gap[0] == ","
                && matches!(gap[1].as_str(), "including" | "among")
                && gap[gap.len() - 2..] == [",", "and"]
                && gap[2..gap.len() - 2].iter().all(|w| number(w).is_none());
            aside
                || (gap.len() <= 5
                    && (gap.join(" ").contains("in addition to")
                        || gap.join(" ").contains("as well as")
                        || gap == ["and"]))
        });
        // "the consul and three other diplomats": the one named before "and" is one more.
        // "the captain, a Georgian national, and two officers": one person before "and".
        let before_and = if k >= 3 && s.lower[k - 2] == "," {
            k - 3
        } else {
            k.wrapping_sub(2)
        };
        let one_before = k >= 2
            && s.lower[k - 1] == "and"
            && ((s.lower.get(k + 1).is_some_and(|w| w == "other")
                && (SINGULAR_PEOPLE.contains(&s.lower[k - 2].as_str())
                    || s.toks[k - 2].of(s.text).starts_with(char::is_uppercase)))
                || SINGULAR_PEOPLE.contains(&s.lower[before_and].as_str())
                || apposed_name(s, k));
        match joined {
            Some(last) => {
                last.1 = q + 1;
                last.2 += n;
            }
            None => out.push((k, q + 1, n + u32::from(one_before))),
        }
        k = q + 1;
    }
    out
}

/// Words that refer back to a group counted earlier ("the group", "the five", "they").
fn group_anaphor(s: &Sent, a: usize) -> bool {
    let lo = a.saturating_sub(6);
    let w = &s.lower[lo..a];
    // "The suspects, all Jordanian citizens aged 21 to 38, were detained": the sentence's
    // subject, however long the aside, when the act is told of it in the plural passive.
    let subject = a >= 3
        && s.lower[0] == "the"
        && group_word(&s.lower[1])
        && matches!(s.lower[a - 1].as_str(), "were" | "been")
        && !s.lower[2..a].iter().any(|x| clause_break(x));
    subject
        || w.iter()
            .any(|x| matches!(x.as_str(), "they" | "them" | "their"))
        || w.windows(2).any(|p| {
            matches!(p[0].as_str(), "the" | "this" | "that" | "these" | "those")
                && (group_word(&p[1]) || number(&p[1]).is_some())
        })
}

/// The number of a court's numbered defendants named as the subject before the trigger at
/// `a`: "the first accused" is one, "the first and second accused" two.
fn numbered_accused(s: &Sent, a: usize) -> Option<u32> {
    const ORDINALS: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "sixth"];
    let from = a.saturating_sub(8);
    let k = (from..a).find(|&k| s.lower[k] == "accused" && k > 0)?;
    // Only as the clause's subject: nothing but an auxiliary between it and the act.
    if !s.lower[k + 1..a].iter().all(|w| {
        matches!(
            w.as_str(),
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "be" | "due" | "to"
        )
    }) {
        return None;
    }
    let mut n = 0;
    let mut j = k;
    while j > 0 {
        j -= 1;
        match s.lower[j].as_str() {
            w if ORDINALS.contains(&w) => n += 1,
            "and" | "," => {}
            "the" => break,
            _ => return None,
        }
    }
    (n > 0).then_some(n)
}

/// "If convicted, they face ...", "If found guilty, he faces ...": a trigger in an opening
/// condition whose subject comes after the comma. `Some(true)` for one person ("he",
/// "she"), `Some(false)` for a group ("they", "the defendants", "both").
fn conditional_subject(s: &Sent, a: usize) -> Option<bool> {
    if !(1..=3).contains(&a) || !s.lower[..a].iter().any(|w| w == "if") {
        return None;
    }
    let comma = (a + 1..(a + 6).min(s.lower.len())).find(|&k| s.lower[k] == ",")?;
    let first = s.lower.get(comma + 1)?.as_str();
    let second = s.lower.get(comma + 2).map_or("", String::as_str);
    match first {
        "he" | "she" => Some(true),
        "they" | "both" => Some(false),
        "the" | "all" if group_word(second) => Some(false),
        _ => None,
    }
}

/// Plurals of words for people not listed in [`PEOPLE_NOUNS`], by their ending: occupations
/// and doers ("operators", "loggers", "pharmacists", "technicians", "firemen",
/// "attendants"), not things ("containers", "sensors", "tankers", "lists", "plants").
fn person_plural(w: &str) -> bool {
    const THINGS: [&str; 57] = [
        "containers",
        "computers",
        "papers",
        "letters",
        "numbers",
        "orders",
        "matters",
        "centers",
        "centres",
        "chambers",
        "towers",
        "markers",
        "trailers",
        "tankers",
        "carriers",
        "boosters",
        "transfers",
        "layers",
        "folders",
        "servers",
        "routers",
        "scanners",
        "receivers",
        "transmitters",
        "launchers",
        "bombers",
        "destroyers",
        "freighters",
        "cruisers",
        "helicopters",
        "monitors",
        "meters",
        "kilometers",
        "liters",
        "sensors",
        "motors",
        "reactors",
        "doors",
        "floors",
        "generators",
        "processors",
        "detectors",
        "quarters",
        "headquarters",
        "borders",
        "waters",
        "rivers",
        "chapters",
        "posters",
        "banners",
        "cylinders",
        "canisters",
        "parameters",
        "plants",
        "grants",
        "warrants",
        "lists",
    ];
    let suffixed = ["ers", "ors", "ists", "ians", "men", "ants"]
        .iter()
        .any(|x| w.len() > x.len() + 2 && w.ends_with(x));
    suffixed && !THINGS.contains(&w)
}

/// "a community radio journalist, Clovis Mbeng, and two teachers": one person described
/// and named in apposition right before the "and" of the group at `k`.
fn apposed_name(s: &Sent, k: usize) -> bool {
    if k < 5 || s.lower[k - 1] != "and" || s.lower[k - 2] != "," {
        return false;
    }
    let mut j = k - 3;
    while j > 0 && k - 3 - j < 4 && s.toks[j].of(s.text).starts_with(char::is_uppercase) {
        j -= 1;
    }
    j + 3 < k && s.lower[j] == "," && j >= 1 && SINGULAR_PEOPLE.contains(&s.lower[j - 1].as_str())
}

/// A noun that takes back a group counted before ("the suspects", "the cell").
fn group_word(w: &str) -> bool {
    matches!(
        w,
        "group"
            | "cell"
            | "network"
            | "ring"
            | "suspects"
            | "detainees"
            | "men"
            | "people"
            | "members"
            | "accused"
            | "agents"
            | "spies"
            | "respondents"
            | "defendants"
            | "women"
            | "brothers"
            | "servicemen"
            | "activists"
            | "journalists"
    )
}

/// Words that refer back to one person ("he", "she", "the suspect").
fn person_anaphor(s: &Sent, a: usize) -> bool {
    let lo = a.saturating_sub(5);
    let w = &s.lower[lo..a];
    w.iter()
        .any(|x| matches!(x.as_str(), "he" | "she" | "him" | "her"))
        || w.windows(2).any(|p| {
            p[0] == "the"
                && matches!(
                    p[1].as_str(),
                    "suspect" | "man" | "woman" | "accused" | "detainee" | "officer" | "agent"
                )
        })
}

/// Fills counts the sentence itself does not state: a coordinated trigger shares its
/// partner's count ("trained and funded"), a group anaphor takes the last group counted in
/// the previous few sentences, and one named or pronominal person counts one.
fn infer_count(
    ev: &mut Event,
    doc: &Document,
    s: &Sent,
    a: usize,
    prev: &[Event],
    group: Option<u32>,
) {
    if ev.count.is_some() {
        return;
    }
    if let Some(p) = prev.iter().rev().find(|p| {
        p.evidence == ev.evidence && p.count.is_some() && {
            let between = &s.text[p.trigger.end.min(ev.trigger.start)..ev.trigger.start];
            between.len() <= 40
                && (between.contains(" and ") || between.trim() == "and" || between.contains(','))
        }
    }) {
        ev.count = p.count;
        if ev.patients.is_empty() {
            ev.patients = p.patients.clone();
        }
        return;
    }
    // "The pair were arrested", "Both have been charged": two, however they were counted
    // before.
    let lo = a.saturating_sub(6);
    let two = s.lower[lo..a]
        .windows(2)
        .any(|p| p[0] == "the" && matches!(p[1].as_str(), "pair" | "couple" | "duo"))
        || (lo..a).any(|k| {
            s.lower[k] == "both"
                && matches!(
                    s.lower.get(k + 1).map(String::as_str),
                    Some("have" | "had" | "were" | "are" | "was" | "men" | "women" | "suspects")
                )
        });
    if two && !uncounted(ev.etype) {
        ev.count = Some(2);
        return;
    }
    // "The first accused was charged ...", "the first and second accused are due to be
    // sentenced": a court's numbered defendants.
    if let Some(n) = numbered_accused(s, a) {
        if !uncounted(ev.etype) {
            ev.count = Some(n);
            return;
        }
    }
    let led = conditional_subject(s, a);
    if group_anaphor(s, a) || led == Some(false) {
        // "If convicted, they face up to ten years", told paragraphs after the arrest: the
        // people charged or sentenced are the group last arrested or charged.
        let case = || {
            matches!(ev.etype, EventType::Sentence | EventType::Charge)
                .then(|| {
                    prev.iter().rev().find(|p| {
                        matches!(p.etype, EventType::Arrest | EventType::Charge)
                            && p.modality != Modality::Denied
                            && p.count.is_some_and(|n| n >= 2)
                    })
                })
                .flatten()
                .and_then(|p| p.count)
        };
        if let Some(n) = group.or_else(case) {
            ev.count = Some(n);
            return;
        }
    }
    let people: Vec<&ArgRef> = ev
        .patients
        .iter()
        .chain(&ev.agent)
        .filter(|r| {
            r.mention
                .and_then(|m| doc.mentions.get(m))
                .is_some_and(|m| m.etype == EntityType::Person)
        })
        .collect();
    let plural = s.lower[a.saturating_sub(6)..a].iter().any(|w| {
        matches!(
            w.as_str(),
            "they" | "them" | "their" | "group" | "cell" | "network"
        )
    });
    // A count is of the people an act is done to or charged against: one named suspect is
    // one; a statesman who visits, accuses or denies is not counted.
    if uncounted(ev.etype) {
        return;
    }
    // "sentenced Rauf Aliyev to 12 years and Samir Aliyev to ten": named people joined by
    // "and" are counted.
    let mut named: Vec<Span> = ev
        .patients
        .iter()
        .filter_map(|r| r.mention.and_then(|m| doc.mentions.get(m)))
        .filter(|m| m.etype == EntityType::Person)
        .map(|m| m.span)
        .collect();
    named.sort_by_key(|m| m.start);
    named.dedup();
    let joined = named.len() >= 2
        && named.windows(2).all(|p| {
            let gap = s.text.get(p[0].end..p[1].start).unwrap_or("").trim();
            gap.len() <= 40 && (gap == "," || gap.ends_with(" and") || gap == "and")
        });
    // "sentenced him to 20 years": the pronoun object is one person.
    let object_pronoun = (a..s.toks.len())
        .find(|&k| s.toks[k].start >= ev.trigger.end)
        .is_some_and(|k| matches!(s.lower[k].as_str(), "him" | "her"));
    if joined {
        ev.count = Some(named.len() as u32);
    } else if !plural
        && (people.len() == 1
            || (people.is_empty()
                && (person_anaphor(s, a)
                    || object_pronoun
                    || led == Some(true)
                    || one_subject(doc, s, a))))
    {
        ev.count = Some(1);
    } else if people.is_empty() && ev.etype != EventType::Espionage {
        // "to kidnap a diplomat", "planned to abduct envoy of X": one person
        // described, not named, had the act done to them (a spy's count is of the spies).
        if let Some((k, q)) = singular_person(s, a, ev.trigger) {
            ev.count = Some(1);
            ev.patients.push(ArgRef::text(
                Span::new(s.toks[k].start, s.toks[q - 1].end).of(s.text),
            ));
        }
    }
    // "Together with his cousin, the suspect sold...": two did it.
    if ev.count == Some(1) && together_with_one(s, a) {
        ev.count = Some(2);
    }
}

/// Event types whose actors are not counted: a statesman who visits, accuses or denies, a
/// force that drills or crosses a border.
fn uncounted(etype: EventType) -> bool {
    matches!(
        etype,
        EventType::DiplomaticAction
            | EventType::Accusation
            | EventType::Denial
            | EventType::Cooperation
            | EventType::MilitaryExercise
            | EventType::Protest
            | EventType::Incursion
    )
}

/// Whether the act is told in the passive of one person: "A 52-year-old resident of Sochi
/// was detained", "Tomas Varga, 61, was arrested", "a television producer was stabbed", "a
/// seventh suspect had been arrested", "A Hilliard man who runs a small business was
/// arrested" (the singular "was" or "had been", and a person named or described before it in
/// the same clause, or before a relative clause about them).
fn one_subject(doc: &Document, s: &Sent, a: usize) -> bool {
    let aux = if a >= 2 && s.lower[a - 1] == "was" {
        1
    } else if a >= 3 && s.lower[a - 1] == "been" && matches!(s.lower[a - 2].as_str(), "had" | "has")
    {
        2
    } else {
        return false;
    };
    let a = a + 1 - aux;
    let person_ends_at = |k: usize| {
        doc.mentions.iter().any(|m| {
            m.etype == EntityType::Person && m.span.end == s.toks[k].end && s.span.contains(m.span)
        })
    };
    // ("A senior official at the Ministry of Industry and Trade has been detained": the
    // words of a name are no clause's.)
    let in_name = |k: usize| {
        doc.mentions.iter().any(|m| {
            m.etype != EntityType::Person
                && s.span.contains(m.span)
                && m.span.start <= s.toks[k].start
                && s.toks[k].end <= m.span.end
        })
    };
    for k in (a.saturating_sub(12)..a - 1).rev() {
        let w = s.lower[k].as_str();
        if in_name(k) {
            continue;
        }
        // "A Hilliard man who runs a small business was arrested": the person before "who".
        if w == "who" && k >= 1 {
            return SINGULAR_PEOPLE.contains(&s.lower[k - 1].as_str()) || person_ends_at(k - 1);
        }
        if clause_break(w) || matches!(w, "and" | "or" | "that" | "which") {
            return false;
        }
        if SINGULAR_PEOPLE.contains(&w) || person_ends_at(k) {
            return true;
        }
    }
    false
}

/// A singular person noun phrase after the trigger of an act, within its clause: a noun of
/// [`SINGULAR_PEOPLE`] that ends its phrase ("the representative offices" is no person),
/// with the article and modifiers before it, not after "by", "with" or "for" (who acted or
/// for whom). Token range of the phrase.
fn singular_person(s: &Sent, a: usize, trigger: Span) -> Option<(usize, usize)> {
    let adjectives = &knowledge::get().adjectives;
    let b = (a..s.toks.len()).find(|&k| s.toks[k].start >= trigger.end)?;
    // "a drone strike on a motorcycle in the village of X killed a Hezbollah member": the
    // person is the object of the verb of harm that follows the trigger in its clause.
    let b = (b..(b + 12).min(s.lower.len()))
        .take_while(|&k| {
            !clause_break(&s.lower[k]) && !matches!(s.lower[k].as_str(), "who" | "which" | "that")
        })
        .find(|&k| HARM_VERBS[..6].contains(&s.lower[k].as_str()))
        .map_or(b, |k| k + 1);
    for k in b..(b + 8).min(s.lower.len()) {
        let w = s.lower[k].as_str();
        if clause_break(w) {
            return None;
        }
        let next = s.lower.get(k + 1).map_or(".", String::as_str);
        let ends = matches!(
            next,
            "of" | "in"
                | "at"
                | "from"
                | "who"
                | "whom"
                | ","
                | "."
                | "to"
                | "for"
                | "with"
                | "on"
                | "near"
                | "there"
                | "named"
                | "identified"
                | "as"
                | ";"
                | "working"
                | "based"
                | "carrying"
                | "suspected"
                | "accused"
                | "wanted"
                | "believed"
                | "living"
                | "travelling"
                | "traveling"
                | "driving"
                | "whose"
                | "("
        );
        // "detained an 18-year-old in Győr": an age standing for the person.
        let aged = w.ends_with("-year-old") && matches!(s.lower[k - 1].as_str(), "a" | "an");
        if !(SINGULAR_PEOPLE.contains(&w) || aged) || !ends {
            continue;
        }
        let mut j = k;
        while j > b && {
            let x = s.lower[j - 1].as_str();
            matches!(x, "a" | "an" | "the" | "one" | "another")
                || is_modifier(x)
                || adjectives.contains_key(x)
        } {
            j -= 1;
        }
        let after_actor = j > b
            && matches!(
                s.lower[j - 1].as_str(),
                "by" | "with" | "from" | "for" | "and" | "or" | "than" | "like"
            );
        return (!after_actor).then_some((j, k + 1));
    }
    None
}

/// "Together with his cousin, ...", "..., together with his brother, ...": one
/// more person acted beside the subject.
fn together_with_one(s: &Sent, a: usize) -> bool {
    (0..a.saturating_sub(1)).any(|k| {
        s.lower[k] == "together"
            && s.lower[k + 1] == "with"
            && s.lower.get(k + 2).is_some_and(|w| {
                matches!(w.as_str(), "a" | "an" | "his" | "her" | "one")
                    && s.lower.get(k + 3).is_some_and(|n| !n.ends_with('s'))
            })
    })
}

fn modality(s: &Sent, a: usize, etype: EventType, attributed: bool) -> Modality {
    let cues = &lexicon::get().modality_cues;
    let window = &s.lower[..];
    let has =
        |parts: &[String]| !parts.is_empty() && window.windows(parts.len()).any(|w| w == parts);
    let near_before =
        |cue: &[&str]| (a.saturating_sub(3)..a).any(|k| cue.contains(&s.lower[k].as_str()));
    // "rejected that as preposterous and expelled six diplomats": an act joined to the
    // denial by "and" is the denier's own next act, not what was denied.
    // ("denied arresting and beating them": a gerund after "and" is still denied.)
    let coordinated = a > 0 && s.lower[a - 1] == "and" && !s.lower[a].ends_with("ing");
    if etype != EventType::Denial
        && !coordinated
        && cues.iter().any(|(c, m)| m == "denied" && has(c))
    {
        let denial_before = (0..a).any(|k| {
            matches!(
                s.lower[k].as_str(),
                "denied" | "denies" | "deny" | "rejected" | "refuted"
            )
        });
        let negated = near_before(&["not", "never", "weren't", "wasn't", "didn't", "n't"]);
        if denial_before || negated {
            return Modality::Denied;
        }
    }
    if near_before(&["not", "never", "weren't", "wasn't", "didn't"]) && etype != EventType::Denial {
        return Modality::Denied;
    }
    if near_before(&["will", "shall"])
        || (window.windows(2).any(|w| w[0] == "will" && w[1] == "soon") && etype != EventType::Plot)
    {
        return Modality::Planned;
    }
    // "will take part in its annual exercise", "will hold talks": a light verb in the
    // future before the act's noun.
    // (The act must be the light verb's own object: "will launch an investigation into the
    // attack" plans no attack.)
    let light_future = (a.saturating_sub(7)..a.saturating_sub(1)).any(|k| {
        s.lower[k] == "will"
            && matches!(
                s.lower[k + 1].as_str(),
                "take" | "hold" | "stage" | "conduct" | "host" | "begin" | "start" | "launch"
            )
            && (k + 2..a).all(|j| {
                !clause_break(&s.lower[j])
                    && !matches!(
                        s.lower[j].as_str(),
                        "into" | "of" | "after" | "over" | "about" | "following" | "against"
                    )
            })
    });
    if light_future {
        return Modality::Planned;
    }
    // "Beijing could well detain a Canadian": "could" with a word of likelihood.
    let could_well = (a.saturating_sub(3)..a).any(|k| {
        s.lower[k] == "could"
            && matches!(
                s.lower.get(k + 1).map(String::as_str),
                Some("well" | "easily" | "soon" | "yet" | "still" | "also" | "even")
            )
    });
    // "Vukotic could be charged with espionage": a passive after "could" is a possibility,
    // not the "managed to" of translated reports ("could detain").
    let could_be = a >= 2
        && s.lower[a - 1] == "be"
        && (s.lower[a - 2] == "could" || (a >= 3 && s.lower[a - 3] == "could"));
    // "could expel Russian diplomats if the link is proven", "asked whether X could expel":
    // "could" under a condition or a question is a possibility.
    let could_if = (a.saturating_sub(2)..a).any(|k| s.lower[k] == "could")
        && (s.lower[a..]
            .iter()
            .any(|w| matches!(w.as_str(), "if" | "unless"))
            || s.lower[..a].iter().any(|w| w == "whether"));
    // "More arrests are likely in the coming days": the act's noun is only expected.
    let likely_after = s
        .lower
        .get(a + 1)
        .is_some_and(|w| matches!(w.as_str(), "are" | "is"))
        && s.lower
            .get(a + 2)
            .is_some_and(|w| matches!(w.as_str(), "likely" | "possible" | "expected"))
        // ("The arrest is expected to strain ties": what the arrest will do.)
        && s.lower.get(a + 3).is_none_or(|w| w != "to");
    if could_well || could_be || could_if || likely_after {
        return Modality::Hypothetical;
    }
    // "is scheduled to be sentenced", "is due to file", "said it would lodge a complaint",
    // "the opposition has called another protest", "are due to hold their annual joint
    // exercise": an official act or a public one still to come is planned. (A wrong someone
    // means to do is a plot, told as the plot is.)
    let before = &s.lower[a.saturating_sub(8)..a];
    let then_to = |x: &str| before.windows(2).any(|w| w[0] == x && w[1] == "to");
    // "said the 11 detainees would be charged", "said it would launch a joint operation":
    // "would" shortly before the act, with a reporting verb before it.
    let said_would = (a.saturating_sub(4)..a)
        .rev()
        .take_while(|&k| !clause_break(&s.lower[k]))
        .find(|&k| s.lower[k] == "would")
        .is_some_and(|k| {
            s.lower[k.saturating_sub(8)..k]
                .iter()
                .any(|w| kb_reporting(w))
        });
    let called = etype == EventType::Protest
        && (a.saturating_sub(3)..a).any(|k| {
            matches!(
                s.lower[k].as_str(),
                "called" | "calls" | "calling" | "announced"
            )
        });
    // "a meeting of the border commissions is scheduled for 6 May", "the exercise ... will
    // now take place in late May", "an exercise ... would be held from 4 to 8 May": the
    // schedule told after the act's noun.
    // (Within the act's own noun phrase and its verb: "two men were arrested on Monday, and
    // their hearing is scheduled for May 3" schedules the hearing, not the arrest.)
    let digits = |k: usize| {
        s.lower
            .get(k)
            .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
    };
    let after: Vec<&str> = ((a + 1).min(s.lower.len())..(a + 12).min(s.lower.len()))
        .take_while(|&k| {
            let w = s.lower[k].as_str();
            // ("3,000 personnel": a comma inside a number goes on.)
            let number_comma = w == "," && k > 0 && digits(k - 1) && digits(k + 1);
            number_comma || !matches!(w, "." | ";" | "," | "but" | "and" | "which" | "who")
        })
        .map(|k| s.lower[k].as_str())
        .collect();
    let scheduled_after = after.windows(2).any(|w| {
        matches!(w[0], "scheduled" | "due" | "planned" | "set") && matches!(w[1], "for" | "on")
    }) || after.windows(3).any(|w| {
        matches!(w[0], "will" | "would")
            && ((w[1] == "be" && matches!(w[2], "held" | "staged" | "conducted"))
                || (w[1] == "take" && w[2] == "place")
                || (w[1] == "now" && w[2] == "take"))
    });
    if !is_wrongdoing(etype)
        && etype != EventType::Plot
        && ([
            "scheduled",
            "due",
            "set",
            "expected",
            "plans",
            "intends",
            "plan",
            "intend",
        ]
        .iter()
        .any(|w| then_to(w))
            || said_would
            || called
            || scheduled_after)
    {
        return Modality::Planned;
    }
    // "If convicted, each man faces ...", "unless extradited": a condition, not a fact; "If
    // the three are found guilty, ...": the condition opens the clause.
    let condition = (a.saturating_sub(8)..a)
        .rev()
        .take_while(|&k| !clause_break(&s.lower[k]))
        .any(|k| matches!(s.lower[k].as_str(), "if" | "unless"));
    if (near_before(&["might", "may", "would", "if", "unless"]) || condition)
        && !near_before(&["could"])
    {
        return Modality::Hypothetical;
    }
    // "could face up to ten years in prison", "faces life in prison": a penalty still to
    // come. ("Could" alone is not enough elsewhere: translated reports write "could detain"
    // for "managed to detain".)
    // "If convicted, they could face...": the conviction too.
    // "each man faces a fine of up to a million shillings or three years in prison": the
    // verb may stand well before the penalty, within its clause.
    // ("An offence under section 3 carries a maximum penalty of life": the law's penalty.)
    let penalty_verb = |w: &str| {
        matches!(
            w,
            "could"
                | "face"
                | "faces"
                | "facing"
                | "risk"
                | "risks"
                | "carries"
                | "carry"
                | "punishable"
        )
    };
    if etype == EventType::Sentence
        && ((a.saturating_sub(6)..(a + 8).min(s.lower.len())).any(|k| penalty_verb(&s.lower[k]))
            || (a.saturating_sub(16)..a)
                .rev()
                .take_while(|&k| !clause_break(&s.lower[k]) && s.lower[k] != ".")
                .any(|k| penalty_verb(&s.lower[k])))
    {
        return Modality::Hypothetical;
    }
    // "allegedly entered Turkey", "reportedly tortured": a hedge right before the act makes
    // any act alleged.
    if near_before(&["allegedly", "reportedly", "purportedly", "supposedly"])
        && !matches!(etype, EventType::Denial | EventType::Accusation)
    {
        return Modality::Alleged;
    }
    // "X claimed responsibility for the attack", "a report alleging that soldiers killed
    // ...": an attack that rests on a claim is alleged.
    if etype == EventType::Attack
        && (0..a).any(|k| {
            matches!(s.lower[k].as_str(), "alleging" | "alleges")
                || (s.lower[k].starts_with("claim")
                    && s.lower.get(k + 1).is_some_and(|n| n == "responsibility"))
        })
    {
        return Modality::Alleged;
    }
    let alleged_cue = cues.iter().any(|(c, m)| m == "alleged" && has(c));
    // "charged Lev Orlov and two others with espionage", "accuses the men of sabotage": the
    // act a charge names, with the accused between the verb and "with"/"of", is alleged as
    // much as in "charged with espionage".
    let charge_content = a > 0
        && matches!(s.lower[a - 1].as_str(), "with" | "of")
        && (a.saturating_sub(16)..a - 1)
            .rev()
            .take_while(|&k| !clause_break(&s.lower[k]))
            .any(|k| {
                matches!(
                    s.lower[k].as_str(),
                    "charged"
                        | "charging"
                        | "charges"
                        | "indicted"
                        | "indicts"
                        | "indicting"
                        | "accused"
                        | "accuse"
                        | "accuses"
                        | "accusing"
                        | "suspected"
                        | "suspects"
                )
            });
    if (is_wrongdoing(etype) || matches!(etype, EventType::Training))
        && (alleged_cue || attributed || charge_content)
    {
        return Modality::Alleged;
    }
    Modality::Asserted
}

/// Verbs of harm done to people; the first six ("killed", "wounding" ...) also follow a noun
/// trigger ("a drone strike ... killed a member").
const HARM_VERBS: [&str; 10] = [
    "killed",
    "killing",
    "wounded",
    "wounding",
    "injured",
    "injuring",
    "kidnapped",
    "abducted",
    "shot",
    "stabbed",
];

/// A verb that reports what someone said or announced ("said", "announced", "told").
fn kb_reporting(w: &str) -> bool {
    knowledge::get().reporting_verbs.contains(w)
}

/// Words too common to tie a negated act to what it answers.
const COMMON: [&str; 24] = [
    "that", "this", "these", "those", "they", "them", "their", "there", "were", "have", "been",
    "with", "from", "also", "only", "said", "says", "what", "when", "which", "while", "many",
    "some", "other",
];

/// The words of a text that can tie two sentences together, as five-letter stems, each
/// with whether it was written as a name (capitalised, not first in its sentence).
fn tie_words(text: &str, leave_out: &str) -> Vec<(String, bool)> {
    let stem = |w: &str| w.to_lowercase().chars().take(5).collect::<String>();
    let left: Vec<String> = leave_out
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect();
    let mut out: Vec<(String, bool)> = Vec::new();
    for (k, w) in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let lower = w.to_lowercase();
        if w.chars().count() < 4 || COMMON.contains(&lower.as_str()) {
            continue;
        }
        let st = stem(w);
        if left.contains(&st) {
            continue;
        }
        let name = k > 0 && w.starts_with(char::is_uppercase);
        match out.iter_mut().find(|(s, _)| *s == st) {
            Some(x) => x.1 |= name,
            None => out.push((st, name)),
        }
    }
    out
}

/// "They weren't arrested": an act said not to have happened, with no one named in it, answers
/// an earlier report of the same act in the document (an interviewer's question, a
/// claim the report goes on to dispute). Its target is the nearest earlier asserted event of
/// its type that shares a name, or two other words, with its sentence and the one before
/// (where "they" is named).
fn link_negations(doc: &Document, events: &mut [Event]) {
    let sentences = &doc.segments.sentences;
    for i in 0..events.len() {
        let e = &events[i];
        if e.modality != Modality::Denied
            || e.etype == EventType::Denial
            || e.target.is_some()
            || e.agent
                .iter()
                .chain(&e.patients)
                .any(|a| a.mention.is_some())
        {
            continue;
        }
        let at = sentences.partition_point(|s| s.end <= e.evidence.start);
        let from = at
            .checked_sub(1)
            .and_then(|k| sentences.get(k))
            .map_or(e.evidence.start, |s| s.start);
        let context = &doc.text[from.min(e.evidence.start)..e.evidence.end];
        let mine = tie_words(context, e.trigger.of(&doc.text));
        let mut best: Option<(usize, usize)> = None;
        for j in (0..i).rev() {
            let c = &events[j];
            if c.etype != e.etype
                || !matches!(c.modality, Modality::Asserted | Modality::Alleged)
                || c.evidence.end > from
                || from - c.evidence.end > 3000
            {
                continue;
            }
            let theirs = tie_words(c.evidence.of(&doc.text), c.trigger.of(&doc.text));
            let shared: Vec<&(String, bool)> = mine
                .iter()
                .filter(|(w, _)| theirs.iter().any(|(t, _)| t == w))
                .collect();
            let names = shared
                .iter()
                .filter(|(w, n)| *n || theirs.iter().any(|(t, m)| t == w && *m))
                .count();
            let score = names * 2 + shared.len();
            if (names >= 1 || shared.len() >= 2) && best.is_none_or(|b| score > b.1) {
                best = Some((j, score));
            }
        }
        events[i].target = best.map(|b| b.0);
    }
}

/// A denial targets the nearest earlier event of another type in the same or previous
/// sentence.
fn link_targets(events: &mut [Event]) {
    for i in 0..events.len() {
        if events[i].etype != EventType::Denial {
            continue;
        }
        let target = (0..i).rev().find(|&j| {
            events[j].etype != EventType::Denial
                && events[i]
                    .evidence
                    .start
                    .saturating_sub(events[j].evidence.end)
                    < 400
        });
        events[i].target = target;
    }
}
