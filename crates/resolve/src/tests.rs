//! Resolution on hand-built documents (invented names, unlike the evaluation corpus).

use super::*;
use model::{ArgRef, DateValue, EntityType, Event, EventType, Mention, Modality, Span};

struct Ev<'a> {
    etype: EventType,
    evidence: &'a str,
    trigger: &'a str,
    date: Option<DateValue>,
    count: Option<u32>,
    location: Option<usize>,
    agent: Option<usize>,
    patients: Vec<usize>,
    modality: Modality,
}

fn ev<'a>(etype: EventType, evidence: &'a str, trigger: &'a str) -> Ev<'a> {
    Ev {
        etype,
        evidence,
        trigger,
        date: None,
        count: None,
        location: None,
        agent: None,
        patients: vec![],
        modality: Modality::Asserted,
    }
}

/// A document whose mentions are the first occurrences of `names` in `text`.
fn doc(id: &str, text: &str, names: &[(&str, EntityType, Option<&str>)], evs: Vec<Ev>) -> Document {
    let mentions: Vec<Mention> = names
        .iter()
        .map(|(n, t, kb)| {
            let at = text.find(n).expect("name in text");
            Mention {
                span: Span::new(at, at + n.len()),
                text: n.to_string(),
                etype: *t,
                subtype: None,
                role: None,
                canonical: n.to_string(),
                kb: kb.map(str::to_string),
                rule: "test".into(),
                coref: None,
            }
        })
        .collect();
    let arg = |i: usize| ArgRef {
        name: mentions[i].text.clone(),
        mention: Some(i),
        entity: None,
    };
    let events = evs
        .into_iter()
        .map(|e| {
            let s = text.find(e.evidence).expect("evidence in text");
            let t = s + e.evidence.find(e.trigger).expect("trigger in evidence");
            Event {
                etype: e.etype,
                trigger: Span::new(t, t + e.trigger.len()),
                evidence: Span::new(s, s + e.evidence.len()),
                date: e.date,
                date_text: None,
                location: e.location.map(arg),
                agent: e.agent.map(arg),
                patients: e.patients.iter().map(|&i| arg(i)).collect(),
                count: e.count,
                sponsor: None,
                claimant: None,
                modality: e.modality,
                target: None,
                announces: None,
                stances: vec![],
                rule: "test".into(),
            }
        })
        .collect();
    Document {
        id: id.into(),
        hash: id.into(),
        text: text.into(),
        mentions,
        events,
        ..Default::default()
    }
}

fn person(n: &str) -> (&str, EntityType, Option<&str>) {
    (n, EntityType::Person, None)
}

fn entity_of(ix: &MemoryIndex, doc: &str, m: usize) -> String {
    ix.mention_links[&(doc.to_string(), m)].clone()
}

#[test]
fn shared_surname_does_not_merge_but_spelling_variants_do() {
    let docs = [
        doc(
            "a",
            "Natig Kerimov was detained.",
            &[person("Natig Kerimov")],
            vec![],
        ),
        doc(
            "b",
            "Niazi Kerimov was released.",
            &[person("Niazi Kerimov")],
            vec![],
        ),
        doc(
            "c",
            "Natiq Kerimov appealed.",
            &[person("Natiq Kerimov")],
            vec![],
        ),
        doc("d", "Kerimov spoke.", &[person("Kerimov")], vec![]),
    ];
    let ix = resolve(&docs).unwrap();
    assert_ne!(entity_of(&ix, "a", 0), entity_of(&ix, "b", 0));
    assert_eq!(entity_of(&ix, "a", 0), entity_of(&ix, "c", 0));
    let id = entity_of(&ix, "a", 0);
    let e = &ix.entities[&id];
    assert!(
        e.entity.merges[0].contains("transliteration"),
        "{:?}",
        e.entity.merges
    );
    // A bare surname in another report is not attached to either Kerimov.
    assert_ne!(entity_of(&ix, "d", 0), entity_of(&ix, "a", 0));
    assert_ne!(entity_of(&ix, "d", 0), entity_of(&ix, "b", 0));
}

#[test]
fn a_bridging_name_merges_two_resolved_entities() {
    let org = |n| (n, EntityType::Org, None);
    let kb = |n| {
        (
            n,
            EntityType::Org,
            Some("org:Komitet Natsionalnoy Bezopasnosti"),
        )
    };
    let docs = [
        doc("a", "The KNB said so.", &[kb("KNB")], vec![]),
        doc(
            "b",
            "The National Security Committee said so.",
            &[org("National Security Committee")],
            vec![],
        ),
        doc(
            "c",
            "The National Security Committee (KNB) said so.",
            &[kb("National Security Committee")],
            vec![],
        ),
    ];
    let ix = resolve(&docs).unwrap();
    let id = entity_of(&ix, "a", 0);
    assert_eq!(entity_of(&ix, "b", 0), id);
    assert_eq!(entity_of(&ix, "c", 0), id);
    assert_eq!(ix.entities.len(), 1);
    assert!(ix.entities[&id].entity.aliases.contains(&"KNB".to_string()));
}

const LOC: EntityType = EntityType::Location;

#[test]
fn same_arrest_across_reports_joins_with_a_count_conflict() {
    let a = doc(
        "a",
        "Police in Osh detained four members of a smuggling ring on 3 May 2023.",
        &[("Osh", LOC, Some("loc:Osh"))],
        vec![Ev {
            date: Some(DateValue::day(2023, 5, 3)),
            count: Some(4),
            location: Some(0),
            ..ev(
                EventType::Arrest,
                "Police in Osh detained four members of a smuggling ring on 3 May 2023.",
                "detained",
            )
        }],
    );
    let b = doc(
        "b",
        "Five alleged smugglers were arrested in Osh in May, local media said.",
        &[("Osh", LOC, Some("loc:Osh"))],
        vec![Ev {
            date: Some(DateValue::month(2023, 5)),
            count: Some(5),
            location: Some(0),
            ..ev(
                EventType::Arrest,
                "Five alleged smugglers were arrested in Osh in May, local media said.",
                "arrested",
            )
        }],
    );
    let ix = resolve(&[a, b]).unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    let c = ix.full_clusters();
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].docs, vec!["a", "b"]);
    assert!(
        c[0].conflicts.iter().any(|k| k.field == "count"),
        "{:?}",
        c[0].conflicts
    );
    assert!(!c[0].reasons.is_empty());
}

#[test]
fn arrests_on_the_same_day_in_different_cities_stay_apart() {
    let a = doc(
        "a",
        "Police in Osh detained two journalists on 3 May 2023.",
        &[("Osh", LOC, Some("loc:Osh"))],
        vec![Ev {
            date: Some(DateValue::day(2023, 5, 3)),
            count: Some(2),
            location: Some(0),
            ..ev(
                EventType::Arrest,
                "Police in Osh detained two journalists on 3 May 2023.",
                "detained",
            )
        }],
    );
    let b = doc(
        "b",
        "Police in Naryn detained two journalists on 3 May 2023.",
        &[("Naryn", LOC, Some("loc:Naryn"))],
        vec![Ev {
            date: Some(DateValue::day(2023, 5, 3)),
            count: Some(2),
            location: Some(0),
            ..ev(
                EventType::Arrest,
                "Police in Naryn detained two journalists on 3 May 2023.",
                "detained",
            )
        }],
    );
    let ix = resolve(&[a, b]).unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
}

#[test]
fn a_denial_of_the_same_event_is_a_modality_conflict() {
    let names = [
        ("Tallinn", LOC, Some("loc:Tallinn")),
        ("Russia", LOC, Some("loc:Russia")),
    ];
    let a = doc(
        "a",
        "Estonia said a Russian drone entered its airspace near Tallinn on 9 June 2024.",
        &names[..1],
        vec![Ev {
            date: Some(DateValue::day(2024, 6, 9)),
            location: Some(0),
            ..ev(
                EventType::Incursion,
                "Estonia said a Russian drone entered its airspace near Tallinn on 9 June 2024.",
                "entered",
            )
        }],
    );
    let b = doc(
        "b",
        "Russia denied that any drone entered Estonian airspace near Tallinn in June.",
        &[names[1], names[0]],
        vec![Ev {
            date: Some(DateValue::month(2024, 6)),
            location: Some(1),
            modality: Modality::Denied,
            agent: Some(0),
            ..ev(
                EventType::Incursion,
                "Russia denied that any drone entered Estonian airspace near Tallinn in June.",
                "entered",
            )
        }],
    );
    let ix = resolve(&[a, b]).unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    let c = ix.full_clusters();
    assert!(
        c[0].conflicts.iter().any(|k| k.field == "modality"),
        "{:?}",
        c[0].conflicts
    );
}

#[test]
fn incompatible_dates_never_join() {
    let text = "Border guards detained a courier near Astara on 2 March 2021.";
    let text2 = "Border guards detained a courier near Astara on 2 March 2022.";
    let mk = |id, t: &'static str, y| {
        doc(
            id,
            t,
            &[("Astara", LOC, Some("loc:Astara"))],
            vec![Ev {
                date: Some(DateValue::day(y, 3, 2)),
                location: Some(0),
                count: Some(1),
                ..ev(EventType::Arrest, t, "detained")
            }],
        )
    };
    let ix = resolve(&[mk("a", text, 2021), mk("b", text2, 2022)]).unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
}

#[test]
fn arrests_of_different_people_stay_apart_however_alike_the_wording() {
    let report = |id: &str, who: &str| {
        let text = format!("Border police detained {who} near Nakhodka on suspicion of smuggling.");
        doc(
            id,
            &text,
            &[person(who)],
            vec![Ev {
                patients: vec![0],
                ..ev(EventType::Arrest, &text, "detained")
            }],
        )
    };
    let (a, b, c) = (
        report("a", "Oleg Savin"),
        report("b", "Pyotr Gromov"),
        report("c", "Oleg Savin"),
    );
    let ix = resolve(&[a, b, c]).unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("c-0"));
}

#[test]
fn a_cluster_does_not_drift_through_a_vaguer_member() {
    // "March 2021" is compatible with both days, but the two days (17 days apart) are not
    // compatible with each other, so the third report may not join the first two.
    let report = |id: &str, date: DateValue, text: &str| {
        doc(
            id,
            text,
            &[("Gdynia", LOC, Some("loc:Gdynia"))],
            vec![Ev {
                date: Some(date),
                count: Some(3),
                location: Some(0),
                ..ev(EventType::Arrest, text, "detained")
            }],
        )
    };
    let a = report(
        "a",
        DateValue::day(2021, 3, 2),
        "Counter-intelligence officers detained three sailors in Gdynia on 2 March 2021.",
    );
    let b = report(
        "b",
        DateValue::month(2021, 3),
        "Three sailors were detained in Gdynia in March 2021, officers said.",
    );
    let c = report(
        "c",
        DateValue::day(2021, 3, 19),
        "Officers detained three sailors in Gdynia on 19 March 2021.",
    );
    let ix = resolve(&[a, b, c]).unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("c-0"));
    let joined = ix
        .full_clusters()
        .into_iter()
        .find(|c| c.events.contains(&"a-0".to_string()))
        .unwrap();
    assert_eq!(joined.reasons.len(), 1, "{:?}", joined.reasons);
}

#[test]
fn one_occupation_told_undated_and_dated_joins_but_not_against_another_country() {
    let a = doc(
        "a",
        "Moroccan troops have held the territory claimed by the Polisario Front since the 1970s.",
        &[("Moroccan troops", EntityType::Org, None), ("Polisario Front", EntityType::Org, None)],
        vec![Ev {
            date: Some(DateValue::decade(1970)),
            agent: Some(0),
            ..ev(
                EventType::Incursion,
                "Moroccan troops have held the territory claimed by the Polisario Front since the 1970s.",
                "held",
            )
        }],
    );
    // Other words, no date, the country itself as the agent.
    let b = doc(
        "b",
        "Refugee camps near Tindouf grew during the long Moroccan occupation by Morocco.",
        &[
            ("Tindouf", LOC, None),
            ("Morocco", LOC, Some("location:Morocco")),
        ],
        vec![Ev {
            agent: Some(1),
            ..ev(
                EventType::Incursion,
                "Refugee camps near Tindouf grew during the long Moroccan occupation by Morocco.",
                "occupation",
            )
        }],
    );
    let ix = resolve(&[a, b]).unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    let c = ix.full_clusters();
    assert!(
        c[0].reasons.iter().any(|r| r.contains("lasting")),
        "{:?}",
        c[0].reasons
    );
    // The troops and their country are one side: no disagreement about who did it.
    assert!(
        c[0].conflicts.iter().all(|k| k.field != "agent"),
        "{:?}",
        c[0].conflicts
    );

    // The same side's wars against two different countries are two wars.
    let war = |id: &str, text: &'static str, other: (&'static str, &'static str)| {
        doc(
            id,
            text,
            &[
                ("Russia", LOC, Some("location:Russia")),
                (other.0, LOC, Some(other.1)),
            ],
            vec![Ev {
                agent: Some(0),
                patients: vec![1],
                ..ev(EventType::Attack, text, "war")
            }],
        )
    };
    let ix = resolve(&[
        war(
            "c",
            "Veterans of the war that Russia fought against Georgia gathered.",
            ("Georgia", "location:Georgia"),
        ),
        war(
            "d",
            "Veterans of the war that Russia fought against Ukraine gathered.",
            ("Ukraine", "location:Ukraine"),
        ),
    ])
    .unwrap();
    assert_ne!(ix.cluster_of("c-0"), ix.cluster_of("d-0"));
}

#[test]
fn an_undated_act_is_not_one_dated_long_before_its_report() {
    let dated = |id: &str, year: i32, published: Option<DateValue>, text: &'static str| {
        let mut d = doc(
            id,
            text,
            &[
                ("Kestrel Directorate", EntityType::Org, None),
                ("Varna", LOC, None),
            ],
            vec![Ev {
                date: (year > 0).then(|| DateValue::year(year)),
                agent: Some(0),
                ..ev(EventType::Espionage, text, "spied")
            }],
        );
        d.published = published;
        d
    };
    let old = dated(
        "a",
        1994,
        None,
        "Agents of the Kestrel Directorate spied on the port of Varna in 1994.",
    );
    // A 2023 report's undated case: not the 1994 one, however alike the names.
    let new = dated(
        "b",
        0,
        Some(DateValue::day(2023, 6, 1)),
        "A clerk spied on the port of Varna for the Kestrel Directorate, prosecutors say.",
    );
    let ix = resolve(&[old, new]).unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
}

#[test]
fn an_announcement_dated_before_what_it_announced_is_a_date_conflict() {
    let text = "Officers seized the archive in March 2019. The seizure was disclosed to reporters at a press briefing in 2015.";
    let mut d = doc(
        "a",
        text,
        &[],
        vec![
            Ev {
                date: Some(DateValue::month(2019, 3)),
                ..ev(
                    EventType::CovertOperation,
                    "Officers seized the archive in March 2019.",
                    "seized",
                )
            },
            Ev {
                date: Some(DateValue::year(2015)),
                ..ev(
                    EventType::DiplomaticAction,
                    "The seizure was disclosed to reporters at a press briefing in 2015.",
                    "press briefing",
                )
            },
        ],
    );
    d.events[1].announces = Some(0);
    let ix = resolve(&[d.clone()]).unwrap();
    let c = ix.full_clusters();
    let k = c
        .iter()
        .flat_map(|c| &c.conflicts)
        .find(|k| k.field == "date")
        .unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!(
        k.values,
        vec!["2015 (announced)", "2019-03 (the event announced)"]
    );
    assert_eq!(k.events, vec!["a-1", "a-0"]);
    // Announced after the event: no conflict.
    d.events[1].date = Some(DateValue::year(2020));
    let ix = resolve(&[d]).unwrap();
    assert!(ix.full_clusters().iter().all(|c| c.conflicts.is_empty()));
}

#[test]
fn a_negated_act_joins_the_account_it_answers_in_one_report() {
    let text = "Question: We saw the detention of several councillors in the inquiry. Answer: They were dismissed. But they weren't arrested.";
    let mut d = doc(
        "a",
        text,
        &[],
        vec![
            ev(
                EventType::Arrest,
                "Question: We saw the detention of several councillors in the inquiry.",
                "detention",
            ),
            Ev {
                modality: Modality::Denied,
                ..ev(EventType::Arrest, "But they weren't arrested.", "arrested")
            },
        ],
    );
    // Without the report's link the two share too few words to be joined.
    let ix = resolve(&[d.clone()]).unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("a-1"));
    d.events[1].target = Some(0);
    let ix = resolve(&[d]).unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("a-1"));
    let c = ix.full_clusters();
    let k = c
        .iter()
        .flat_map(|c| &c.conflicts)
        .find(|k| k.field == "modality")
        .unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!(k.events, vec!["a-0", "a-1"]);
    assert!(c
        .iter()
        .any(|c| c.reasons.iter().any(|r| r.contains("says did not happen"))));
}

#[test]
fn two_undated_acts_sharing_only_a_country_need_close_wording() {
    let text_a = "Vostria's navy staged naval exercises off the southern coast, the defence minister told lawmakers during a budget hearing in the capital.";
    let text_b = "In the interview he recalled Vostria's naval exercises off the southern coast and said relations with neighbours remained tense and fragile.";
    let drills = |id: &str, text: &'static str, trigger: &'static str| {
        doc(
            id,
            text,
            &[("Vostria", EntityType::Location, Some("location:Vostria"))],
            vec![Ev {
                agent: Some(0),
                ..ev(EventType::MilitaryExercise, text, trigger)
            }],
        )
    };
    let ix = resolve(&[
        drills("a", text_a, "naval exercises"),
        drills("b", text_b, "naval exercises"),
    ])
    .unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    // The same commander named in both joins them.
    let named = |id: &str, text: &'static str, trigger: &'static str| {
        doc(
            id,
            text,
            &[
                ("Vostria", EntityType::Location, Some("location:Vostria")),
                ("Ilan Brask", EntityType::Person, None),
            ],
            vec![Ev {
                agent: Some(1),
                ..ev(EventType::MilitaryExercise, text, trigger)
            }],
        )
    };
    let ix = resolve(&[
        named(
            "a",
            "Vostria's navy under Ilan Brask staged naval exercises off the southern coast, the defence minister told lawmakers during a budget hearing in the capital.",
            "naval exercises",
        ),
        named(
            "b",
            "In the interview he recalled Vostria's naval exercises under Ilan Brask off the southern coast and said relations with neighbours remained tense and fragile.",
            "naval exercises",
        ),
    ])
    .unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
}

fn day(y: i32, m: u8, d: u8) -> Option<DateValue> {
    DateValue::parse(&format!("{y:04}-{m:02}-{d:02}"))
}

#[test]
fn arrests_placed_in_two_countries_stay_apart_unless_one_agency_acts() {
    let ministry = ("Interior Ministry", EntityType::Org, None);
    let a = "The Interior Ministry said police detained seven men in Lagos on 3 May 2025.";
    let b = "Officials briefed reporters in Nairobi. The Interior Ministry said seven men were detained on 3 May 2025.";
    let arrest = |id: &str, text: &'static str, ev_text: &'static str, place: Option<usize>| {
        let mut names = vec![ministry];
        if text.contains("Lagos") {
            names.push(("Lagos", EntityType::Location, Some("location:Lagos")));
        } else {
            names.push(("Nairobi", EntityType::Location, Some("location:Nairobi")));
        }
        doc(
            id,
            text,
            &names,
            vec![Ev {
                date: day(2025, 5, 3),
                count: Some(7),
                agent: Some(0),
                location: place,
                ..ev(EventType::Arrest, ev_text, "detained")
            }],
        )
    };
    // Same day, same count, the same words for the ministry: but Lagos is in Nigeria and the
    // other report is told from Nairobi, and every country has an Interior Ministry.
    let ix = resolve(&[
        arrest("a", a, a, Some(1)),
        arrest(
            "b",
            b,
            "The Interior Ministry said seven men were detained on 3 May 2025.",
            None,
        ),
    ])
    .unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    // The same agency, named as itself, acting in both joins them (a case told from abroad).
    let agency = (
        "Vostrian Security Service",
        EntityType::Org,
        Some("org:Vostrian Security Service"),
    );
    let a = "The Vostrian Security Service detained seven men in Lagos on 3 May 2025.";
    let b = "Officials briefed reporters in Nairobi. The Vostrian Security Service detained seven men on 3 May 2025.";
    let by_agency = |id: &str,
                     text: &'static str,
                     ev_text: &'static str,
                     place: &'static str,
                     kb: &'static str,
                     at: Option<usize>| {
        doc(
            id,
            text,
            &[agency, (place, EntityType::Location, Some(kb))],
            vec![Ev {
                date: day(2025, 5, 3),
                count: Some(7),
                agent: Some(0),
                location: at,
                ..ev(EventType::Arrest, ev_text, "detained")
            }],
        )
    };
    let ix = resolve(&[
        by_agency("a", a, a, "Lagos", "location:Lagos", Some(1)),
        by_agency(
            "b",
            b,
            "The Vostrian Security Service detained seven men on 3 May 2025.",
            "Nairobi",
            "location:Nairobi",
            None,
        ),
    ])
    .unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
}

#[test]
fn acts_from_two_reports_sharing_no_name_need_close_wording() {
    let plain = |id: &str, text: &'static str| {
        let trigger = if text.contains("arrested") {
            "arrested"
        } else {
            "detained"
        };
        doc(
            id,
            text,
            &[],
            vec![Ev {
                date: DateValue::parse("2025-03"),
                count: Some(2),
                ..ev(EventType::Arrest, text, trigger)
            }],
        )
    };
    let ix = resolve(&[
        plain(
            "a",
            "Two men were arrested in March 2025 on suspicion of smuggling cigarettes.",
        ),
        plain(
            "b",
            "Customs said a pair of drivers were detained in March 2025 after a brawl near the stadium.",
        ),
    ])
    .unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    let ix = resolve(&[
        plain("a", "Two men were arrested in March 2025 on suspicion of smuggling cigarettes across the river."),
        plain("b", "Two men were arrested in March 2025 on suspicion of smuggling cigarettes across the border."),
    ])
    .unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    // Undated and unnamed, like words are a formula: two cases end "Both men denied the
    // charges".
    let denied = |id: &str, text: &'static str| {
        doc(
            id,
            text,
            &[],
            vec![Ev {
                count: Some(2),
                ..ev(EventType::Denial, text, "denied")
            }],
        )
    };
    let ix = resolve(&[
        denied("a", "Both men denied the charges."),
        denied("b", "Both men have denied the charges."),
    ])
    .unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
}

#[test]
fn an_agency_and_a_year_alone_do_not_join_two_reports() {
    let agency = (
        "Vostrian Intelligence",
        EntityType::Org,
        Some("org:Vostrian Intelligence"),
    );
    let recruited = |id: &str, text: &'static str, extra: Option<&'static str>| {
        let mut names = vec![agency];
        if let Some(p) = extra {
            names.push(person(p));
        }
        doc(
            id,
            text,
            &names,
            vec![Ev {
                date: DateValue::parse("2024"),
                agent: Some(0),
                patients: if extra.is_some() { vec![1] } else { vec![] },
                ..ev(EventType::Recruitment, text, "recruited")
            }],
        )
    };
    let ix = resolve(&[
        recruited("a", "Vostrian Intelligence recruited a port clerk in 2024 through an online game.", None),
        recruited("b", "In 2024 Vostrian Intelligence recruited a retired pilot who needed money for his debts.", None),
    ])
    .unwrap();
    assert_ne!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
    // The same recruit named in both is one recruitment.
    let ix = resolve(&[
        recruited("a", "Vostrian Intelligence recruited Oskar Lindqvist in 2024 through an online game.", Some("Oskar Lindqvist")),
        recruited("b", "In 2024 Vostrian Intelligence recruited Oskar Lindqvist, who needed money for his debts.", Some("Oskar Lindqvist")),
    ])
    .unwrap();
    assert_eq!(ix.cluster_of("a-0"), ix.cluster_of("b-0"));
}
