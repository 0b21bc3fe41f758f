//! The per-document pipeline: clean → language → segment → times → entities → events.
//!
//! This is the only crate that knows stage order. Each stage is a function of the document
//! alone, so a batch runs in parallel; cross-document resolution happens after, in `resolve`.
//!
//! ```
//! let read = ingest::read_bytes("r.txt", "txt", b"Police in Batumi detained two men on Friday.\n", &Default::default()).unwrap();
//! let doc = pipeline::process(read.docs.into_iter().next().unwrap());
//! assert_eq!(doc.segments.sentences.len(), 1);
//! ```
#![deny(missing_docs)]

use model::Document;

/// Runs every per-document stage on `doc`.
pub fn process(mut doc: Document) -> Document {
    prepare(&mut doc);
    recognise(&mut doc);
    extract_events(&mut doc);
    doc
}

/// The text stages: cleaning, language, segmentation and temporal expressions.
pub fn prepare(doc: &mut Document) {
    clean::clean(doc);
    doc.language = language(doc);
    doc.segments = segment::segment(&doc.text);
    doc.times = times(doc);
}

/// Entity recognition (needs [`prepare`] first).
pub fn recognise(doc: &mut Document) {
    entities::recognise(doc);
    doc.conflicts = entities::office_clashes(doc);
    doc.conflicts.extend(entities::side_clashes(doc));
}

/// Event extraction (needs [`recognise`] first).
pub fn extract_events(doc: &mut Document) {
    events::extract(doc);
}

fn language(doc: &Document) -> String {
    if let Some(l) = doc.source.language.as_deref().filter(|l| l.len() >= 2) {
        return l.split(['-', '_']).next().unwrap_or(l).to_lowercase();
    }
    let sample: String = doc.text.chars().take(4000).collect();
    match whatlang::detect(&sample) {
        Some(info) if info.is_reliable() || sample.len() > 200 => info.lang().code().to_string(),
        _ => "und".to_string(),
    }
}

/// Temporal expressions, each resolved against the date of the section it lies in.
fn times(doc: &Document) -> Vec<model::TimeExpr> {
    let mut out = Vec::new();
    for p in &doc.segments.paragraphs {
        let reference = doc.reference_date(p.start);
        for mut t in temporal::find(p.of(&doc.text), reference) {
            t.span = model::Span::new(t.span.start + p.start, t.span.end + p.start);
            out.push(t);
        }
    }
    // "the previous day": counted from the last day named, across paragraphs.
    temporal::resolve_anaphora(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(text: &str) -> Vec<(String, Option<u32>)> {
        doc(text)
            .events
            .iter()
            .map(|e| (e.etype.as_str().to_string(), e.count))
            .collect()
    }

    fn count_of(evs: &[(String, Option<u32>)], t: &str) -> Option<u32> {
        evs.iter().find(|(k, _)| k == t).and_then(|(_, c)| *c)
    }

    #[test]
    fn pairs_and_one_person_told_in_the_pluperfect_or_before_a_relative_clause() {
        let e = events("Police in Kaunas said the pair were arrested at their flat on Friday.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(2), "{e:?}");
        let e = events("Both have been charged with sabotage, prosecutors in Vilnius said.\n");
        assert_eq!(count_of(&e, "CHARGE"), Some(2), "{e:?}");
        let e = events(
            "A Dayton man who runs a small courier firm was arrested by FBI agents on Tuesday.\n",
        );
        assert_eq!(count_of(&e, "ARREST"), Some(1), "{e:?}");
        let e = events("Police said a fourth suspect had been arrested in Kaunas on Sunday.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(1), "{e:?}");
        let e = events(
            "Border guards said they had detained a man (37) near Medininkai on 2 May 2026.\n",
        );
        assert_eq!(count_of(&e, "ARREST"), Some(1), "{e:?}");
        // A couple who visit are not counted.
        let e = events("The couple visited Riga in March 2026.\n");
        assert_eq!(count_of(&e, "DIPLOMATIC_ACTION"), None, "{e:?}");
    }

    #[test]
    fn one_person_described_and_named_before_a_group_adds_one() {
        let e = events("Police in Gulu arrested a local radio presenter, Okello Peter Lagu, and two primary school teachers on Monday.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(3), "{e:?}");
        // A place in apposition is no person.
        let e = events("Police in Gulu arrested two teachers from Lira, a town in the north, and four traders on Monday.\n");
        assert_ne!(count_of(&e, "ARREST"), Some(7), "{e:?}");
    }

    #[test]
    fn one_person_described_after_the_act_counts_one() {
        for text in [
            "Police in Kisumu arrested a 44-year-old man carrying two grenades on Friday.\n",
            "Border guards detained an 19-year-old in Tororo last month.\n",
            "Tanzania arrested a mining executive at the request of Kenyan prosecutors in 2023.\n",
        ] {
            let e = events(text);
            assert_eq!(count_of(&e, "ARREST"), Some(1), "{text}: {e:?}");
        }
        // Two people described are not one.
        let e = events(
            "Police arrested a 30-year-old man and a 25-year-old woman in Jinja on Monday.\n",
        );
        assert_ne!(count_of(&e, "ARREST"), Some(1), "{e:?}");
    }

    #[test]
    fn burning_a_police_post_is_an_attack_and_burning_a_relay_cabinet_is_sabotage() {
        let e = events("Gunmen set fire to the police station in Velmo on Saturday night.\n");
        assert!(e.iter().any(|x| x.0 == "ATTACK"), "{e:?}");
        let e = events(
            "Saboteurs set fire to a relay cabinet on the Velmo railway line on Saturday night.\n",
        );
        assert!(e.iter().any(|x| x.0 == "COVERT_OPERATION"), "{e:?}");
        assert!(e.iter().all(|x| x.0 != "ATTACK"), "{e:?}");
        // Men "neutralised" by the security forces were killed, not detained.
        let e =
            events("Two gunmen were neutralised by return fire near Velmo, the service said.\n");
        assert!(e.iter().any(|x| x.0 == "ATTACK"), "{e:?}");
        assert!(e.iter().all(|x| x.0 != "ARREST"), "{e:?}");
    }

    #[test]
    fn a_mission_is_named_with_the_city_it_sits_in() {
        let n = names(
            "The Tarvian embassy in Oskar denied the report. Later the Tarvian embassy said it would respond.\n",
        );
        let embassies: Vec<&str> = n
            .iter()
            .filter(|x| x.0.contains("embassy"))
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(embassies.len(), 2, "{n:?}");
        assert!(
            embassies.iter().all(|c| c.ends_with("embassy in Oskar")),
            "{n:?}"
        );
        // Two missions in two cities: the short name stays short.
        let n = names(
            "The Tarvian embassy in Oskar and the Tarvian consulate in Velmo closed. The Tarvian consulate said nothing.\n",
        );
        assert!(
            n.iter().any(|x| x.1.ends_with("consulate in Velmo")),
            "{n:?}"
        );
        // A mission "in" a country is the one in its capital: no place is added.
        let n = names("Protesters gathered outside the Tarvian embassy in Chile on Monday.\n");
        assert!(
            n.iter()
                .any(|x| x.0.contains("embassy") && !x.1.contains(" in ")),
            "{n:?}"
        );
    }

    #[test]
    fn a_district_and_the_province_it_lies_in_are_two_places() {
        let n =
            names("Gunmen attacked a police post in Marwat Tehsil of Lakki Province on Sunday.\n");
        let places: Vec<&str> = n
            .iter()
            .filter(|x| x.2 == model::EntityType::Location)
            .map(|x| x.0.as_str())
            .collect();
        assert!(places.contains(&"Marwat Tehsil"), "{n:?}");
        assert!(places.contains(&"Lakki Province"), "{n:?}");
        // A name that opens with the unit stays whole.
        let n = names("The suspects were flown to the District of Columbia on Monday.\n");
        assert!(
            n.iter().any(|x| x.0.ends_with("District of Columbia")),
            "{n:?}"
        );
    }

    #[test]
    fn a_statute_s_penalty_is_a_sentence_still_to_come() {
        for t in [
            "Trading in state secrets carries a maximum penalty of twelve years' imprisonment in Velmo.\n",
            "Under the code, membership of a banned militia carries a sentence of up to eight years.\n",
            "The lesser charge of unlawful surveillance carries up to five years, the prosecutor said.\n",
        ] {
            let d = doc(t);
            let e = d.events.iter().find(|e| e.etype.as_str() == "SENTENCE");
            assert!(e.is_some(), "{t}");
            assert_eq!(e.unwrap().modality.as_str(), "hypothetical", "{t}");
        }
    }

    #[test]
    fn military_release_idioms_report_killing_and_wounding() {
        for t in [
            "Troops neutralised nine insurgents during a raid on a camp near Velmo on Tuesday.\n",
            "Three soldiers paid the supreme price near Velmo on Tuesday, the army said.\n",
            "Four police officers sustained injuries at the checkpoint near Velmo on Tuesday.\n",
            "In the entry for 3 May, unknown gunmen shoot a trade unionist outside his home in Velmo.\n",
        ] {
            let e = events(t);
            assert!(e.iter().any(|x| x.0 == "ATTACK"), "{t}: {e:?}");
        }
        // Representations made through diplomatic channels are a diplomatic act.
        let e = events(
            "Tarvia said it had lodged stern representations with Velmo over the detention of its consul.\n",
        );
        assert!(e.iter().any(|x| x.0 == "DIPLOMATIC_ACTION"), "{e:?}");
    }

    #[test]
    fn cyber_intrusions_surveillance_and_stolen_designs_are_espionage() {
        for t in [
            "Prosecutors said the unit tried to hack the email servers of the Velmo parliament in 2024.\n",
            "The same group was behind intrusions at two Tarvian shipyards in 2025, the agency said.\n",
            "The men allegedly stole turbine designs from a Velmo engineering firm.\n",
            "Two men tailed the exiled editor through Velmo for a week in March, police said.\n",
            "Investigators say the vessel spent weeks mapping undersea cables off the Velmo coast.\n",
            "The clerk allegedly obtained the call records of three reporters through a friend at a phone company.\n",
        ] {
            let e = events(t);
            assert!(e.iter().any(|x| x.0 == "ESPIONAGE"), "{t}: {e:?}");
        }
    }

    #[test]
    fn a_number_opening_its_clause_before_were_counts_people() {
        let e = events("Fourteen were convicted in Velmo in 2024.\n");
        assert_eq!(count_of(&e, "SENTENCE"), Some(14), "{e:?}");
        let e = events("The network was broken up in 2023, and 9 were convicted in 2024.\n");
        assert_eq!(count_of(&e, "SENTENCE"), Some(9), "{e:?}");
    }

    #[test]
    fn one_person_named_by_office_in_a_body_with_and_in_its_name_is_counted() {
        let e = events(
            "A senior clerk at the Ministry of Fisheries and Ports has been detained on suspicion of spying.\n",
        );
        assert_eq!(count_of(&e, "ARREST"), Some(1), "{e:?}");
    }

    #[test]
    fn plain_denials_and_renditions() {
        let cases = [
            (
                "The accused did not admit his guilt at the first hearing in Velmo.\n",
                "DENIAL",
            ),
            (
                "The former officer said the leak claims were simply not true.\n",
                "DENIAL",
            ),
            ("Officials said the accusations were baseless.\n", "DENIAL"),
            (
                "The embassy called the report \"baseless fabrications\" spread by exiles.\n",
                "DENIAL",
            ),
            (
                "His lawyer said he never passed anything to a foreign agent.\n",
                "DENIAL",
            ),
            (
                "Rights groups documented four renditions of teachers from Velmo since 2018.\n",
                "COVERT_OPERATION",
            ),
        ];
        assert_each_has(&cases);
    }

    #[test]
    fn expelling_closing_consulates_filming_warships_and_being_caught() {
        let cases = [
            (
                "Tarvia responded by expelling six Velmorian diplomats a week later.\n",
                "DIPLOMATIC_ACTION",
            ),
            (
                "The ministry gave the attaché 48 hours to leave the country.\n",
                "DIPLOMATIC_ACTION",
            ),
            (
                "Velmo answered by closing Tarvia's consulate in Oskar.\n",
                "DIPLOMATIC_ACTION",
            ),
            (
                "Two tourists were seen filming the warships moored at the naval base in Velmo.\n",
                "ESPIONAGE",
            ),
            (
                "The men allegedly installed hidden cameras along the railway to the port.\n",
                "ESPIONAGE",
            ),
            (
                "Two students were caught flying a drone over the air base on Tuesday.\n",
                "ARREST",
            ),
            (
                "The agency said the reporters' phones were infected with spyware in 2024.\n",
                "ESPIONAGE",
            ),
        ];
        assert_each_has(&cases);
    }

    #[test]
    fn more_ways_to_deny_to_fire_to_abduct_to_pay_and_to_work_together() {
        let cases = [
            ("A spokesman said the reports of torture were \"pure lies\" spread by the rebels.\n", "DENIAL"),
            ("The accused does not plead guilty to the espionage charge, his lawyer said.\n", "DENIAL"),
            ("The patrol was fired upon from a ridge outside Velmo on Sunday.\n", "ATTACK"),
            ("A shepherd nearby was hit by shrapnel, the army said.\n", "ATTACK"),
            ("Rights groups condemned the abduction of the two students in Velmo last week.\n", "ATTACK"),
            ("Police in Velmo collaborated with Tarvian investigators on the case.\n", "COOPERATION"),
            ("Prosecutors say the guard received payment for each batch of photographs.\n", "FUNDING"),
            ("The courier received Sh 250,000 from a financier in Kismayo, the charge sheet says.\n", "FUNDING"),
        ];
        assert_each_has(&cases);
    }

    #[test]
    fn an_entry_of_a_dated_list_dates_the_act_its_first_sentence_tells() {
        let d = doc("Published 3 June 2026\n\nThis list records what happened to exiled reporters in the region.\n\n\
2025-04-12 | Velmo | Unknown men abduct an exiled reporter outside his flat. The interior ministry denies any role.\n");
        let attack = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "ATTACK")
            .expect("an attack");
        assert_eq!(
            attack.date.map(|x| x.to_string()).as_deref(),
            Some("2025-04-12")
        );
        // The denial that follows may be later: it keeps no date of its own.
        let denial = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "DENIAL")
            .expect("a denial");
        assert_eq!(denial.date, None);
    }

    #[test]
    fn a_date_after_commas_dates_the_act_named_again_in_other_words() {
        // "killed in an ambush ..., on 3 May": the ambush is the killing, so the date after
        // the commas is the killing's date too.
        let d = doc("Published 9 May 2025\n\nThe commander was killed in an ambush near the river crossing, in Velmo district, on 3 May 2025.\n");
        let e = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "ATTACK")
            .expect("an attack");
        assert_eq!(e.date.map(|x| x.to_string()).as_deref(), Some("2025-05-03"));
        // Another kind of act between keeps the date for itself across a comma.
        let d = doc("Published 9 May 2025\n\nThe commander was arrested at the crossing, months after the bombing of the depot in 2021.\n");
        let e = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "ARREST")
            .expect("an arrest");
        assert_ne!(e.date.map(|x| x.to_string()).as_deref(), Some("2021"));
    }

    #[test]
    fn hacking_stealing_files_and_watching_an_exile_s_home_are_espionage() {
        for t in [
            "Investigators say the group broke into the network of Velmo's foreign ministry and stole diplomatic cables.\n",
            "Two men allegedly watched the exile's building in Velmo for three weeks in May 2025.\n",
            "The clerk allegedly passed drawings of the new frigate to a handler in Tarvia.\n",
        ] {
            let e = events(t);
            assert!(e.iter().any(|x| x.0 == "ESPIONAGE"), "{t}: {e:?}");
        }
        // Messages intercepted as evidence are no spying.
        let e = events("Her client was convicted in Velmo on the basis of intercepted messages, the lawyer said.\n");
        assert!(e.iter().all(|x| x.0 != "ESPIONAGE"), "{e:?}");
    }

    #[test]
    fn working_with_another_service_is_cooperation() {
        for (t, modality) in [
            ("The Velmo service worked closely with Tarvian intelligence throughout the inquiry.\n", "asserted"),
            ("Investigators in Velmo shared with Tarvian agents the serial numbers of the recovered chips.\n", "asserted"),
            ("Prosecutors in Velmo said they plan to ask Tarvian authorities for judicial assistance.\n", "planned"),
        ] {
            let m = modalities(t);
            assert!(m.contains(&("COOPERATION".into(), modality.into())), "{t}: {m:?}");
        }
    }

    #[test]
    fn money_handed_over_in_any_currency_is_funding() {
        for t in [
            "The handler allegedly delivered at least 40,000 pesos in cash to the cell's leader in Velmo.\n",
            "Prosecutors say the courier was offered 1,500 lari for each trip across the border.\n",
            "A mechanic in Velmo allegedly collected cash from local traders on behalf of the group.\n",
        ] {
            let e = events(t);
            assert!(e.iter().any(|x| x.0 == "FUNDING"), "{t}: {e:?}");
        }
    }

    #[test]
    fn an_update_on_a_live_page_is_dated_that_day() {
        let page = "Port blast in Velmo: live updates\n\nBy Ann Lee\nThursday 12 February 2026\n\n21:10\nPolice say they have detained two dockers near the crane yard.\n\n19:40\nThe harbour master says a drone hit a fuel tank at the port.\n\n18:05\nThe Velmorian embassy denied any role in the blast.\n";
        let d = doc(page);
        let date = |t: &str| {
            d.events
                .iter()
                .find(|e| e.etype.as_str() == t)
                .map(|e| e.date.map(|x| x.to_string()))
        };
        assert_eq!(
            date("ARREST"),
            Some(Some("2026-02-12".into())),
            "{:#?}",
            d.events
        );
        // What a party denies may be older than the day.
        assert_eq!(date("DENIAL"), Some(None), "{:#?}", d.events);
        // The same sentence in an ordinary report stays undated.
        let d = doc("Port blast in Velmo\n\nBy Ann Lee\nThursday 12 February 2026\n\nPolice say they have detained two dockers near the crane yard.\n");
        assert_eq!(
            d.events
                .iter()
                .find(|e| e.etype.as_str() == "ARREST")
                .map(|e| e.date),
            Some(None)
        );
    }

    #[test]
    fn a_court_s_numbered_defendants_are_counted() {
        let e = events("The first accused was charged with passing harbour charts to a foreign agent in Velmo.\n");
        assert_eq!(count_of(&e, "CHARGE"), Some(1), "{e:?}");
        let e = events(
            "The first and second accused are due to be sentenced in Velmo on 3 June 2026.\n",
        );
        assert_eq!(count_of(&e, "SENTENCE"), Some(2), "{e:?}");
    }

    #[test]
    fn occupations_after_a_number_are_counted_and_things_are_not() {
        let e = events(
            "Counter-intelligence officers arrested four crane operators at the port of Tarvik.\n",
        );
        assert_eq!(count_of(&e, "ARREST"), Some(4), "{e:?}");
        let e = events("Police detained three dock workers and two pharmacists in Velmo.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(5), "{e:?}");
        let e = events("Customs seized four containers and detained two drivers in Velmo.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(2), "{e:?}");
    }

    #[test]
    fn could_be_is_a_possibility_and_a_reported_would_a_plan() {
        let m = modalities(
            "Lawyers in Tarvia said the former deputy could be charged with espionage.\n",
        );
        assert!(
            m.contains(&("CHARGE".into(), "hypothetical".into())),
            "{m:?}"
        );
        let m = modalities(
            "Prosecutors in Tarvia said the nine dockers would be charged with smuggling.\n",
        );
        assert!(m.contains(&("CHARGE".into(), "planned".into())), "{m:?}");
        // "could" under a condition or a question; an act's noun that is only expected; a
        // law's penalty.
        let m = modalities("Velmo could expel two Tarvian diplomats if the link is proven.\n");
        assert!(
            m.contains(&("DIPLOMATIC_ACTION".into(), "hypothetical".into())),
            "{m:?}"
        );
        let m = modalities("Asked whether Velmo could expel Tarvian diplomats, the minister said nothing was excluded.\n");
        assert!(
            m.contains(&("DIPLOMATIC_ACTION".into(), "hypothetical".into())),
            "{m:?}"
        );
        let m = modalities("Police in Velmo detained two men on Monday. More arrests are likely in the coming days.\n");
        assert_eq!(
            m.iter()
                .filter(|x| x.0 == "ARREST")
                .map(|x| x.1.as_str())
                .collect::<Vec<_>>(),
            vec!["asserted", "hypothetical"],
            "{m:?}"
        );
        // What an arrest "is expected to" do says nothing of whether it happened.
        let m = modalities(
            "The arrest is expected to strain ties with Tarvia, officials in Velmo said.\n",
        );
        assert!(m.contains(&("ARREST".into(), "asserted".into())), "{m:?}");
        let m = modalities(
            "Spying for a foreign state carries a maximum penalty of life imprisonment in Velmo.\n",
        );
        assert!(
            m.iter().all(|x| x.0 != "SENTENCE" || x.1 == "hypothetical"),
            "{m:?}"
        );
        // Without a reporting verb, "would" stays a condition.
        let m = modalities("Had he stayed in Tarvia, he would be charged with smuggling.\n");
        assert!(
            m.contains(&("CHARGE".into(), "hypothetical".into())),
            "{m:?}"
        );
    }

    #[test]
    fn a_place_described_by_what_it_hosts_holds_no_event() {
        let e = events("The man, Ivo Brandt, 31, was detained on 1 March 2024 near the perimeter fence of the Velmo air base, which hosts joint training with allied pilots.\n");
        assert!(e.iter().any(|x| x.0 == "ARREST"), "{e:?}");
        assert!(e.iter().all(|x| x.0 != "TRAINING"), "{e:?}");
        // Training given to someone is an event.
        let e = events(
            "Instructors gave the recruits weapons training at a camp near Velmo in May 2025.\n",
        );
        assert!(e.iter().any(|x| x.0 == "TRAINING"), "{e:?}");
    }

    #[test]
    fn one_person_s_repeated_acts_are_conduct_but_an_institution_s_are_a_habit() {
        let e = events("Prosecutors in Velmor say the clerk was recruited by a foreign service. He then regularly passed ship schedules to a handler.\n");
        assert!(e.iter().any(|x| x.0 == "ESPIONAGE"), "{e:?}");
        let e = events("Police in Tarvia routinely detain protesters outside the parliament.\n");
        assert!(e.iter().all(|x| x.0 != "ARREST"), "{e:?}");
    }

    #[test]
    fn dismissing_a_claim_or_declaring_someone_innocent_is_a_denial() {
        for t in [
            "The Velmorian embassy described the ministry's statement as \"pure disinformation\".\n",
            "A police spokesman called reports of the escape \"a rumour\".\n",
            "His mother told reporters in Tarvia that her son \"is not a spy, he repairs boats\".\n",
            "The lawyer said his client had never set foot in Tarvia.\n",
            "The Velmorian embassy said on Monday that the accusations are baseless.\n",
            "Her husband is a baker in Tarvia, not a spy, she told reporters.\n",
            "Both dockers will vigorously contest the charges in Velmo, their lawyer said.\n",
        ] {
            let e = events(t);
            assert!(e.iter().any(|x| x.0 == "DENIAL"), "{t}: {e:?}");
        }
        let e = events("The ministry called on citizens in Tarvia to remain calm.\n");
        assert!(e.iter().all(|x| x.0 != "DENIAL"), "{e:?}");
    }

    #[test]
    fn the_subject_after_an_opening_if_convicted_is_counted() {
        // "they", paragraphs after the group was counted: the people arrested and charged.
        let e = events("Border police detained five loggers near Ruska Polje on 9 June 2025.\n\nAll five were charged with smuggling timber on Monday.\n\nA forestry union called the case political. The hearing was postponed. Villagers signed a petition. Nobody from the ministry commented.\n\nIf found guilty, they face up to eight years in prison.\n");
        let face = e.iter().filter(|x| x.0 == "SENTENCE").collect::<Vec<_>>();
        assert_eq!(face.len(), 1, "{e:?}");
        assert_eq!(face[0].1, Some(5), "{e:?}");
        // "he" after the comma is one person.
        let e = events("If convicted, he faces up to six years in prison, the prosecutor in Ruska Polje said.\n");
        assert_eq!(count_of(&e, "SENTENCE"), Some(1), "{e:?}");
        // A name after the comma is counted as before; nothing after it counts nobody.
        let e =
            events("If convicted, the sentence could reach eight years, the prosecutor said.\n");
        assert_eq!(count_of(&e, "SENTENCE"), None, "{e:?}");
    }

    #[test]
    fn counts_are_summed_shared_and_carried() {
        let e = events("Three soldiers were killed and five wounded when a mine exploded near Kidal on 3 May 2024.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(8), "{e:?}");
        let e = events("Police in Mombasa arrested three Kenyan nationals in addition to two Somali men on Friday.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(5), "{e:?}");
        let e = events("Prosecutors said 12 men reported to have been trained and funded by a militia were detained in Arusha.\n");
        assert_eq!(count_of(&e, "TRAINING"), Some(12), "{e:?}");
        assert_eq!(count_of(&e, "FUNDING"), Some(12), "{e:?}");
        let e = events(
            "Officers detained seven members of a smuggling cell in Lviv on Monday.\n\nThe group was trained in a camp across the border, the prosecutor said.\n",
        );
        assert_eq!(count_of(&e, "TRAINING"), Some(7), "{e:?}");
    }

    #[test]
    fn groups_around_an_aside_and_the_passive_wounded_add_up() {
        let e = events("Six guards, including a warrant officer, and four drivers were arrested in Tulcea on 9 May 2024.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(10), "{e:?}");
        let e = events("One policeman was killed and three were wounded when a bomb went off in Gao on 2 April 2024.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(4), "{e:?}");
        // A number inside the aside is a part of the first group, not a third group.
        let e = events("Nine soldiers, including two captains, and one cook were detained in Mopti on 2 April 2024.\n");
        assert_ne!(count_of(&e, "ARREST"), Some(12), "{e:?}");
    }

    #[test]
    fn victims_named_by_kind_are_counted() {
        let e = events("A gunman killed 14 pilgrims near Kano on 5 May 2024.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(14), "{e:?}");
        let e =
            events("Troops killed four suspected gunmen in a raid near Maiduguri on 5 May 2024.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(4), "{e:?}");
    }

    #[test]
    fn the_wounded_add_to_the_dead() {
        let e = events("Gunmen attacked a police post in Zinder on 3 June 2021, killing four officers and wounding six.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(10), "{e:?}");
    }

    #[test]
    fn both_and_a_number_standing_for_people_count() {
        let e = events("Border police detained both suspects near Narva on 2 May 2023.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(2), "{e:?}");
        let e = events("The three were detained in Tartu on 2 May 2023.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(3), "{e:?}");
    }

    #[test]
    fn speakers_are_not_counted_and_one_named_person_counts_one() {
        let e = events("An ambush on a convoy near Kidal killed nine soldiers, two local officials told reporters.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(9), "{e:?}");
        let e = events("Border guards arrested Pavel Lenski, a Polish lorry driver, at the Terespol crossing.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(1), "{e:?}");
    }

    /// (type, modality) of every event.
    fn modalities(text: &str) -> Vec<(String, String)> {
        doc(text)
            .events
            .iter()
            .map(|e| {
                (
                    e.etype.as_str().to_string(),
                    e.modality.as_str().to_string(),
                )
            })
            .collect()
    }

    /// Whether `text` yields an event of type `kind`.
    fn has(text: &str, kind: &str) -> bool {
        events(text).iter().any(|(k, _)| k == kind)
    }

    /// Asserts that each text yields an event of its type.
    fn assert_each_has(cases: &[(&str, &str)]) {
        for (text, want) in cases {
            assert!(has(text, want), "{text}: {:?}", events(text));
        }
    }

    fn types(e: &[(String, Option<u32>)]) -> Vec<&str> {
        e.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn a_claim_of_responsibility_or_a_report_alleging_an_attack_is_an_allegation() {
        for t in [
            "Report\n\nThe Velmo Liberation Front claimed responsibility for the attack on the checkpoint in Oskar.\n",
            "Report\n\nA rights group issued a report alleging that soldiers killed nine villagers in Oskar in May 2025.\n",
        ] {
            let m = modalities(t);
            assert!(
                m.iter().any(|(t, m)| t == "ATTACK" && m == "alleged"),
                "{t}: {m:?}"
            );
        }
    }

    #[test]
    fn a_hedge_right_before_any_act_makes_it_alleged() {
        let m = modalities("Report\n\nThe courier allegedly crossed into Georgia illegally in March 2024. Two guards were reportedly beaten in the cells in Rustavi in 2023.\n");
        assert!(
            m.iter().any(|(t, m)| t == "INCURSION" && m == "alleged"),
            "{m:?}"
        );
        assert!(
            m.iter().any(|(t, m)| t == "ATTACK" && m == "alleged"),
            "{m:?}"
        );
    }

    #[test]
    fn a_penalty_still_to_come_is_hypothetical() {
        let m =
            modalities("If convicted, the two sailors could face up to eight years in prison.\n");
        assert!(
            m.contains(&("SENTENCE".into(), "hypothetical".into())),
            "{m:?}"
        );
        let m = modalities(
            "A court in Tartu sentenced the sailor to eight years in prison on 2 May 2022.\n",
        );
        assert!(m.contains(&("SENTENCE".into(), "asserted".into())), "{m:?}");
    }

    #[test]
    fn an_act_still_to_come_is_planned_and_dated_forward() {
        let d = doc("Exporter admits shipping drone motors\n\nBy Ana Lee\n4 March 2026\n\n\
A Lisbon exporter admitted shipping drone motors to a sanctioned buyer in Minsk. She is due to be sentenced on May 20.\n\n\
The dockers' union has called another protest for Friday outside the port.\n");
        let got: Vec<(&str, &str, Option<String>)> = d
            .events
            .iter()
            .map(|e| {
                (
                    e.etype.as_str(),
                    e.modality.as_str(),
                    e.date.map(|x| x.to_string()),
                )
            })
            .collect();
        assert!(
            got.contains(&("SENTENCE", "planned", Some("2026-05-20".into()))),
            "{got:?}"
        );
        assert!(
            got.contains(&("PROTEST", "planned", Some("2026-03-06".into()))),
            "{got:?}"
        );
        // Told as done, the same day lies behind.
        let d = doc("Exporter sentenced\n\nBy Ana Lee\n4 March 2026\n\nA court in Lisbon sentenced the exporter on Friday.\n");
        assert_eq!(
            d.events[0].date.map(|x| x.to_string()).as_deref(),
            Some("2026-02-27")
        );
    }

    #[test]
    fn a_condition_makes_any_penalty_hypothetical() {
        let m = modalities("If found guilty of the charge, each of the pilots faces a fine of up to two million pesos or up to six years in prison.\n");
        assert!(
            m.iter()
                .any(|(t, m)| t == "SENTENCE" && m == "hypothetical"),
            "{m:?}"
        );
    }

    #[test]
    fn a_birth_year_and_a_framing_day_do_not_date_the_act() {
        let e =
            args("A cargo pilot, born in 1983, was detained at Faro airport on 9 March 2026.\n");
        assert_eq!(e[0].3.as_deref(), Some("2026-03-09"), "{e:?}");
        let d = doc("Viral posts about a trucker\n\nBy Ion Rusu\n4 March 2026\n\n\
Bloggers since Tuesday claim that border guards detained a Moldovan trucker at Giurgiulesti on March 1.\n");
        let arrest = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "ARREST")
            .expect("arrest");
        assert_eq!(
            arrest.date.map(|x| x.to_string()).as_deref(),
            Some("2026-03-01")
        );
    }

    #[test]
    fn the_previous_day_counts_from_the_statement_s_day() {
        let d = doc("Border arrest\n\nBy Ion Rusu\n4 March 2026\n\n\
The coast guard said on Monday that officers had detained a Greek skipper off Kos the previous day.\n");
        let arrest = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "ARREST")
            .expect("arrest");
        assert_eq!(
            arrest.date.map(|x| x.to_string()).as_deref(),
            Some("2026-03-01")
        );
    }

    #[test]
    fn one_harmed_person_and_more_people_are_counted() {
        let e = events("A shell hit a minibus outside Kupa on 3 June 2025 and killed a young Croatian commuter and wounded three motorists.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(4), "{e:?}");
        let e = events("An air strike on a farmhouse near the village of Bir Ali on 2 May 2025 killed a tribal militiaman.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(1), "{e:?}");
        let e = events("Four couriers were held in Kars on 9 May 2025. Two more, among them the driver Emre Kaya, were detained in Igdir on 10 May 2025.\n");
        assert!(e.iter().any(|x| x.0 == "ARREST" && x.1 == Some(2)), "{e:?}");
    }

    #[test]
    fn wiretaps_pickets_booked_suspects_drones_overhead_and_joint_patrols() {
        for (text, etype) in [
            ("Investigators say the agency wiretapped the phones of six editors in Tirana in 2024.\n", "ESPIONAGE"),
            ("A former officer said the service monitored Uyghur exiles in Almaty throughout 2023.\n", "ESPIONAGE"),
            ("On 4 May 2025 a retired teacher held a picket outside the regional court in Perm.\n", "PROTEST"),
            ("About 300 farmers blocked the coastal highway near Pisco on 2 June 2025.\n", "PROTEST"),
            ("The two couriers have been booked under the Unlawful Activities Prevention Act in Jammu.\n", "CHARGE"),
            ("Three drones were seen over the Kallax air base on the night of 2 October 2025.\n", "INCURSION"),
            ("Chile and Peru have conducted joint maritime patrols off Arica since 2019.\n", "COOPERATION"),
            ("Norway and Finland agreed on Tuesday to share radar data on Russian flights.\n", "COOPERATION"),
            ("The clerk was paid 9,000 euros and accused of passing money to the cell in Graz.\n", "FUNDING"),
            ("In 2023 masked men threw a grenade at the gate of a radio station in Tumbes.\n", "ATTACK"),
        ] {
            let t = types(&events(text)).into_iter().map(String::from).collect::<Vec<_>>();
            assert!(t.iter().any(|x| x == etype), "{etype} in {text}: {t:?}");
        }
    }

    #[test]
    fn arabic_article_names_tech_acronyms_and_country_ministries() {
        use model::EntityType::Org;
        let n = names("Report\n\nOfficials in Bamako blamed al-Qaeda for the ambush. Smugglers carried SIM cards and GPS trackers.\n");
        assert!(n.iter().any(|x| x.0 == "al-Qaeda" && x.2 == Org), "{n:?}");
        assert!(n.iter().all(|x| x.0 != "SIM" && x.0 != "GPS"), "{n:?}");
        // One ministry however it is written, and its country still named.
        let n = names("Report\n\nChile's Ministry of Foreign Affairs protested on Monday. Later the Chilean foreign ministry summoned the envoy.\n");
        let ministries: Vec<&String> = n.iter().filter(|x| x.2 == Org).map(|x| &x.1).collect();
        assert!(
            ministries.len() == 2 && ministries.iter().all(|m| *m == "Chilean foreign ministry"),
            "{n:?}"
        );
        assert!(n.iter().any(|x| x.1 == "Chile"), "{n:?}");
    }

    #[test]
    fn who_speaks_past_an_aside_and_not_through_a_passive() {
        let d = doc("Report\n\nThe Coastal Guard Directorate, in a statement after the arrest of captain Oleg Sidorenko, said Ivanov had been recruited by a foreign handler in 2022.\n");
        let r = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "RECRUITMENT")
            .expect("recruitment");
        assert_eq!(
            r.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Coastal Guard Directorate"),
            "{:?}",
            d.events
        );
        let d = doc("Report\n\nPeru's ambassador was called to the Chilean foreign ministry on 5 March 2025 and told that the arrests were lawful, an official said.\n");
        let e = d
            .events
            .iter()
            .find(|e| e.etype.as_str() == "DIPLOMATIC_ACTION")
            .expect("summons");
        assert_eq!(
            e.agent.as_ref().map(|c| c.name.as_str()),
            Some("Chilean foreign ministry")
        );
        assert_ne!(
            e.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Chilean foreign ministry")
        );
    }

    #[test]
    fn referrals_documents_sold_approaches_abductions_and_water_cannon() {
        for (text, etype) in [
            ("Osaka police on 3 June 2025 sent papers to prosecutors on a shipyard engineer.\n", "CHARGE"),
            ("He is accused of selling naval shipyard plans to a buyer in Macau in 2024.\n", "ESPIONAGE"),
            ("The engineer was approached by a recruiter on a jobs website in March 2023.\n", "RECRUITMENT"),
            ("The activist was bundled into a van by masked men in Mwanza on 2 May 2025.\n", "ATTACK"),
            ("On 4 May 2025 a coast guard ship fired a water cannon at a Filipino supply boat.\n", "ATTACK"),
            ("The student sent the photos to a handler in Minsk in April 2025.\n", "ESPIONAGE"),
        ] {
            let t = types(&events(text)).into_iter().map(String::from).collect::<Vec<_>>();
            assert!(t.iter().any(|x| x == etype), "{etype} in {text}: {t:?}");
        }
        // The night of 9-10 June began on the 9th; "the seven" stands for seven people.
        let e = args("Gunmen kidnapped a ferry captain in Lamu on the night of 9-10 June 2025.\n");
        assert_eq!(e[0].3.as_deref(), Some("2025-06-09"), "{e:?}");
        let e = events("A judge in Mombasa charged the seven on 3 May 2025 with smuggling.\n");
        assert_eq!(count_of(&e, "CHARGE"), Some(7), "{e:?}");
    }

    #[test]
    fn the_subject_of_a_plural_passive_takes_back_the_group_counted_before() {
        let e = events("Ghana's police said on 3 May 2025 they had arrested nine men over a kidnapping plot.\n\nThe suspects, all traders from Tamale aged between 19 and 40, were detained in raids in Kumasi on 1 May 2025.\n");
        assert!(
            e.iter().filter(|x| x.0 == "ARREST").all(|x| x.1 == Some(9)),
            "{e:?}"
        );
    }

    #[test]
    fn a_day_of_the_month_counts_nobody() {
        let e = events(
            "The activist was seized on the night of 21 February 2025 by men in plain clothes.\n",
        );
        assert_ne!(count_of(&e, "ATTACK"), Some(21), "{e:?}");
        assert_ne!(count_of(&e, "KIDNAPPING"), Some(21), "{e:?}");
    }

    #[test]
    fn one_person_described_counts_one_and_a_companion_makes_two() {
        let e = events("In March 2021 the cell planned to kidnap a Danish diplomat in Oslo.\n");
        assert_eq!(count_of(&e, "PLOT"), Some(1), "{e:?}");
        let e = events("Together with his cousin, the suspect passed information about the port to foreign agents in 2020.\n");
        assert_eq!(count_of(&e, "ESPIONAGE"), Some(2), "{e:?}");
        // "representative offices" are no person.
        let e = events(
            "In 2019 the ring photographed the representative offices of two banks in Minsk.\n",
        );
        assert_ne!(count_of(&e, "ESPIONAGE"), Some(1), "{e:?}");
    }

    #[test]
    fn stances_practices_grounds_and_detainees_described_are_not_new_events() {
        // A participle describing one of those already arrested.
        let e = events("Police in Tbilisi arrested three men on 4 May 2021.\n\nAnother man arrested was identified as Giorgi Beridze.\n");
        assert_eq!(
            types(&e).iter().filter(|t| **t == "ARREST").count(),
            1,
            "{e:?}"
        );
        // Carried out, not put to death.
        let e = events("Officials in Kano said the plan was executed poorly.\n");
        assert!(!types(&e).contains(&"ATTACK"), "{e:?}");
        let e = events("The militia executed two prisoners in Raqqa in May 2017.\n");
        assert!(types(&e).contains(&"ATTACK"), "{e:?}");
        // Words quoted to name a stance.
        let e = events("Critics call it the \"shoot first and ask later\" approach.\n");
        assert!(!types(&e).contains(&"ATTACK"), "{e:?}");
        // A practice in the present, and the attacks it is for.
        let e = events("In such camps recruits are trained to carry out bombings and attacks.\n");
        assert!(e.is_empty(), "{e:?}");
        // A plan given a name is one.
        let e = events("The cell acted under a plan code-named \"Winter Storm\".\n");
        assert_eq!(types(&e), vec!["PLOT"], "{e:?}");
        // A later act of the same kind, told in sequence, is another event.
        let e = events("Prosecutors charged Ivo Marek with treason in 2019 and later indicted him for bribery in Brno.\n");
        assert_eq!(types(&e), vec!["CHARGE", "CHARGE"], "{e:?}");
        // The day of a statement does not date the wrong it alleges, but dates the arrest
        // it announces.
        let a = args("Riga sailors held over spying\n\nMay 12, 2023\n\nProsecutors in Riga said on Tuesday that two sailors had passed information to a foreign agent. Police said on Monday they had detained the sailors.\n");
        assert!(
            a.iter().any(|x| x.0 == "ESPIONAGE" && x.3.is_none()),
            "{a:?}"
        );
        assert!(
            a.iter()
                .any(|x| x.0 == "ARREST" && x.3.as_deref() == Some("2023-05-08")),
            "{a:?}"
        );
        // The year dates the first act, not the one "later".
        let a = args("Prosecutors charged Ivo Marek with treason in 2019 and later indicted him for bribery in Brno.\n");
        assert_eq!(a[0].3.as_deref(), Some("2019"), "{a:?}");
        assert_eq!(a[1].3, None, "{a:?}");
        // People described after a noun make it an event, not the idea of one.
        let e = events("Witnesses described the detention of several members of the choir.\n");
        assert_eq!(types(&e), vec!["ARREST"], "{e:?}");
        let e = events("Detention is never a solution.\n");
        assert!(e.is_empty(), "{e:?}");
        // Cooperation as the grounds of an arrest.
        let e = events("Police in Lagos detained four men on 3 May 2022 because they had been cooperating with a foreign service.\n");
        assert_eq!(types(&e), vec!["ARREST"], "{e:?}");
    }

    #[test]
    fn questions_obligations_and_habits_are_not_events() {
        let e = events(
            "Would any courier wait in Cotonou to be arrested once he knew the police were coming?
",
        );
        assert!(!types(&e).contains(&"ARREST"), "{e:?}");
        let e = events(
            "A diplomat who sells secrets should be arrested, the senator wrote.
",
        );
        assert!(!types(&e).contains(&"ARREST"), "{e:?}");
        let e = events(
            "Customs officers in Valparaiso routinely detain sailors over undeclared cash.
",
        );
        assert!(!types(&e).contains(&"ARREST"), "{e:?}");
        // A dated sentence with the same word is an event.
        let e = events(
            "Customs officers in Valparaiso detained four sailors on 3 March 2021.
",
        );
        assert!(types(&e).contains(&"ARREST"), "{e:?}");
    }

    #[test]
    fn purposes_grounds_and_descriptions_are_not_separate_events() {
        // Purpose infinitives: the spying and the attacks are what the training was for.
        let e = events("The cell was trained in Bekaa to carry out bombings and sent to Lagos in order to spy on the port.
");
        assert!(types(&e).contains(&"TRAINING"), "{e:?}");
        assert!(!types(&e).contains(&"ATTACK"), "{e:?}");
        assert!(!types(&e).contains(&"ESPIONAGE"), "{e:?}");
        // Grounds of an arrest and a participle describing the detainees.
        let e = events("Police in Quito detained three Venezuelan men accused of smuggling weapons on charges of arms trafficking.
");
        assert!(types(&e).contains(&"ARREST"), "{e:?}");
        assert!(!types(&e).contains(&"ACCUSATION"), "{e:?}");
        assert!(!types(&e).contains(&"CHARGE"), "{e:?}");
        // A planned act keeps its infinitive.
        let e = events(
            "Prosecutors say the men plotted to kidnap a judge in Medellin.
",
        );
        assert!(types(&e).contains(&"PLOT"), "{e:?}");
    }

    #[test]
    fn references_back_and_headlines_add_nothing() {
        let text = "Manila police arrest two over bomb plot\n\nManila police arrest two over bomb plot\n\nPolice in Manila arrested two men on Tuesday over a plot to bomb a ferry terminal.\n\nThe arrests came a week after a warning from the coast guard.\n";
        let e = events(text);
        assert_eq!(
            types(&e).iter().filter(|t| **t == "ARREST").count(),
            1,
            "{e:?}"
        );
        // "the arrest of ..." names new people, so it is a new event.
        let e = events("Police in Manila arrested two men on Tuesday.\n\nOn Friday they announced the arrest of a third suspect in Cebu.\n");
        assert_eq!(
            types(&e).iter().filter(|t| **t == "ARREST").count(),
            2,
            "{e:?}"
        );
    }

    #[test]
    fn the_body_named_by_its_kind_speaks_not_the_country_before_it() {
        let c = claimants(
            "The Kyrgyz State Committee for National Security detained a customs clerk on charges of spying for Tajikistan, the committee said on Friday.\n",
        );
        assert!(
            c.iter().all(|x| x
                .1
                .as_deref()
                .is_some_and(|n| n.contains("State Committee"))),
            "{c:?}"
        );
        // "State" inside a name is no verb of speech; a page's "UPDATE" label is nobody.
        let c = claimants(
            "UPDATE 09:10 – The State Prosecutor's Office now says four guards were detained.\n",
        );
        assert_eq!(
            c[0].1.as_deref(),
            Some("State Prosecutor's Office"),
            "{c:?}"
        );
    }

    #[test]
    fn in_a_transcript_the_speaker_whose_turn_it_is_tells_the_events() {
        let c = claimants(
            "Committee on Home Affairs, sitting of 4 March 2026\n\n\
Ms Anna Berzina, Chair. – We welcome the director. Let us begin with the facts.\n\n\
Mr Ivo Tamm, Director of the Security Police. – Thank you. In January we detained two couriers near Valga.\n\n\
In February the prosecutor charged both men with espionage.\n\n\
Ms Anna Berzina, Chair. – Were they paid?\n",
        );
        let arrest = c.iter().find(|x| x.0 == "ARREST").expect("an arrest");
        assert_eq!(arrest.1.as_deref(), Some("Ivo Tamm"), "{c:?}");
        // The turn runs on into the next paragraph.
        let charge = c.iter().find(|x| x.0 == "CHARGE").expect("a charge");
        assert_eq!(charge.1.as_deref(), Some("Ivo Tamm"), "{c:?}");
    }

    #[test]
    fn interviews_marked_by_q_and_a_dashes_or_the_answerer_s_name() {
        // "Q:"/"A:", the interviewee introduced before the first question.
        let c = claimants(
            "THE LAKE REVIEW\n\n'They watch everyone': a former customs officer on smuggling rings\n\nBy Ana Lopes\n\n\
Rui Tavares spent 20 years in the customs service of Velmo before retiring in 2024.\n\n\
Q: What did you see at the border?\n\n\
A: In 2019 we arrested two couriers carrying radio parts for a foreign service.\n\n\
Q: Were they convicted?\n\n\
A: Both were, in the end.\n",
        );
        let arrest = c.iter().find(|x| x.0 == "ARREST").expect("an arrest");
        assert_eq!(arrest.1.as_deref(), Some("Rui Tavares"), "{c:?}");
        // Dialogue dashes, the one interviewed named in the headline.
        let c = claimants(
            "THE LAKE REVIEW\n\nSenator Okoro: 'Our neighbours spy on our exiles'\n\nBy Ana Lopes\n\n\
Former army captain Emeka Duru disappeared from his flat in Velmo in May. Senator Grace Okoro chairs the committee that oversees the services.\n\n\
— Senator, what do we know about the captain?\n\n\
— We know that he was abducted by four men on the night of 3 May.\n\n\
— Who took him?\n\n\
— Agents of the neighbouring service, in my view.\n",
        );
        let attack = c.iter().find(|x| x.0 == "ATTACK").expect("an attack");
        assert!(
            attack.1.as_deref().is_some_and(|n| n.contains("Okoro")),
            "{c:?}"
        );
        // The answerer's name before each answer, the questions unmarked.
        let c = claimants(
            "THE LAKE REVIEW\n\nA former officer on the depot plot\n\nBy Ana Lopes\n\n\
Marek Wolny served in the counter-intelligence service until 2023.\n\n\
How were the saboteurs found?\n\n\
Wolny: The service detained the three men in March, before they could set the fire.\n\n\
Were they paid?\n\n\
Wolny: Each was paid in cryptocurrency, as far as I know.\n",
        );
        let arrest = c.iter().find(|x| x.0 == "ARREST").expect("an arrest");
        assert_eq!(arrest.1.as_deref(), Some("Marek Wolny"), "{c:?}");
    }

    #[test]
    fn prosecutors_are_the_prosecutor_s_office_the_report_named() {
        let c = claimants(
            "The Velmo City Prosecutor's Office opened a case on Monday. Prosecutors said the two men had passed information on the port to a foreign handler.\n",
        );
        let e = c.iter().find(|x| x.0 == "ESPIONAGE").expect("espionage");
        assert_eq!(
            e.1.as_deref(),
            Some("Velmo City Prosecutor's Office"),
            "{c:?}"
        );
    }

    fn claimants(text: &str) -> Vec<(String, Option<String>)> {
        doc(text)
            .events
            .iter()
            .map(|e| {
                (
                    e.etype.as_str().to_string(),
                    e.claimant.as_ref().map(|c| c.name.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn a_source_named_by_its_kind_is_the_claimant() {
        let c = claimants("Harbour spies held\n\nBy Ana Ruiz\n\nFederal prosecutors said the two men had photographed the radar site near Cádiz in 2023. According to court documents, the older man was paid 5,000 euros in 2022. The Interior Ministry said on Monday it had detained a third man in Huelva.\n");
        let of = |t: &str| c.iter().find(|x| x.0 == t).and_then(|x| x.1.clone());
        assert_eq!(
            of("ESPIONAGE").as_deref(),
            Some("Federal prosecutors"),
            "{c:?}"
        );
        assert_eq!(of("FUNDING").as_deref(), Some("court documents"), "{c:?}");
        assert_eq!(of("ARREST").as_deref(), Some("Interior Ministry"), "{c:?}");
        // A demonym describes the source; another capitalised word does not.
        let c = claimants("Harbour spies held\n\nBy Ana Ruiz\n\nIn Huelva, Pakistani security sources said the courier had photographed the radar site in 2023.\n");
        assert_eq!(
            c.iter()
                .find(|x| x.0 == "ESPIONAGE")
                .and_then(|x| x.1.as_deref()),
            Some("Pakistani security sources"),
            "{c:?}"
        );
    }

    #[test]
    fn an_agency_announcement_is_the_source_of_the_allegations_that_follow() {
        let c = claimants(
            "Kenya detains three over spying\n\nBy Achieng Otieno\n\nThe National Intelligence Service said on Monday it had detained three men in Kisumu.\n\nThe three had allegedly passed details of police patrols to a smuggling gang.\n",
        );
        let spying = c.iter().find(|(t, _)| t == "ESPIONAGE").expect("espionage");
        assert!(
            spying
                .1
                .as_deref()
                .is_some_and(|n| n.contains("Intelligence Service")),
            "{c:?}"
        );
        // Without an announced arrest, an analyst's own claims stay the author's.
        let c = claimants(
            "Old networks\n\nBy Achieng Otieno\n\nThe National Intelligence Service said the region was calm.\n\nSmugglers had allegedly passed details of police patrols to a gang.\n",
        );
        let spying = c.iter().find(|(t, _)| t == "ESPIONAGE").expect("espionage");
        assert_eq!(spying.1.as_deref(), Some("Achieng Otieno"), "{c:?}");
        // An agency alleging a wrong, long after its arrest announcement, is the source of
        // the next allegation in its paragraph.
        let c = claimants(
            "Kenya detains three over spying\n\nBy Achieng Otieno\n\nThe National Intelligence Service said on Monday it had detained three men in Kisumu.\n\nThe men are in their thirties.\n\nTheir families have hired lawyers.\n\nThe harbour has been quiet since.\n\nThe NIS said one of the men had been recruited by a smuggling gang in 2019. He allegedly passed details of police patrols to the gang.\n",
        );
        let spying = c.iter().find(|(t, _)| t == "ESPIONAGE").expect("espionage");
        assert!(
            spying
                .1
                .as_deref()
                .is_some_and(|n| n.contains("Intelligence Service")),
            "{c:?}"
        );
    }

    #[test]
    fn an_answer_running_over_paragraphs_is_the_interviewee_s() {
        let c = claimants(
            "Interview with a former officer\n\nBy Lina Haddad\n\nQuestion: What happened in Tripoli?\n\nAnswer: Karim Said answered that the network was old.\n\nIn 2019 the militia kidnapped two engineers near the port.\n\nQuestion: And later?\n\nAnswer: Nothing changed.\n",
        );
        let attack = c.iter().find(|(t, _)| t == "ATTACK").expect("attack");
        assert_eq!(attack.1.as_deref(), Some("Karim Said"), "{c:?}");
    }

    #[test]
    fn a_service_named_loosely_is_the_one_its_listed_head_ran() {
        let canon = |text: &str, surface: &str| {
            doc(text)
                .mentions
                .iter()
                .find(|m| m.text.trim_start_matches("the ") == surface)
                .map(|m| (m.canonical.clone(), m.coref.clone()))
                .unwrap_or_else(|| panic!("no {surface:?} in {text:?}"))
        };
        let (name, why) = canon(
            "KYIV, 3 May 2023\n\nThe Security Service, headed by Vasyl Maliuk, said it had detained two men in Kharkiv who photographed rail bridges. The Security Service said both were paid in cryptocurrency.\n",
            "Security Service",
        );
        assert_eq!(name, "Security Service of Ukraine");
        assert!(why.is_some_and(|w| w.starts_with("headed by Vasyl Maliuk")));
        // The head before the service.
        let (name, why) = canon(
            "Hossein Taeb, then head of the Intelligence Organization, was said to have approved the surveillance of two dissidents in Istanbul.\n",
            "Intelligence Organization",
        );
        assert_eq!(name, "IRGC Intelligence Organization");
        assert!(why.is_some_and(|w| w.contains("2009–2022")));
        // A head the files do not list, or a country the text names, changes nothing.
        let (name, _) = canon(
            "The National Security Service, headed by Anna Petrosyan, opened a case against three officials of the port authority.\n",
            "National Security Service",
        );
        assert_ne!(name, "Ministry of National Security of Azerbaijan");
        let d = doc("Armenia's National Security Service, headed by Eldar Mahmudov in the story, is fictional here.\n");
        assert!(
            d.mentions
                .iter()
                .all(|m| m.kb.as_deref() != Some("org:Ministry of National Security of Azerbaijan")),
            "{:?}",
            d.mentions
        );
    }

    #[test]
    fn an_embassy_at_the_head_of_a_sentence_or_after_its_country_speaks_for_it() {
        let d = doc("Court in Velmo jails two dockers\n\nBy Ann Lee\n12 March 2026\n\nA court in Velmo jailed two dockers for spying on the port.\n\nThe Russian embassy in Velmo called the verdict a fabrication.\n\nLater, Iran's embassy said it rejected the charges.\n");
        let m = |s: &str| {
            d.mentions
                .iter()
                .find(|m| m.text == s)
                .map(|m| (m.etype, m.canonical.clone()))
        };
        use model::EntityType::Location;
        // (Named with the city it sits in: one building among the state's missions.)
        assert_eq!(
            m("Russian embassy"),
            Some((Location, "Russian embassy in Velmo".into())),
            "{:?}",
            d.mentions
        );
        // The country in the possessive stays a mention of its own.
        assert_eq!(
            m("Iran"),
            Some((Location, "Iran".into())),
            "{:?}",
            d.mentions
        );
        assert_eq!(
            m("embassy"),
            Some((Location, "Iranian embassy".into())),
            "{:?}",
            d.mentions
        );
        // The embassy, not the reporter, is the source of what it says.
        let denials: Vec<String> = d
            .events
            .iter()
            .filter(|e| e.etype.as_str() == "DENIAL")
            .filter_map(|e| e.claimant.as_ref().map(|c| c.name.clone()))
            .collect();
        assert!(
            denials.iter().any(|c| c.contains("embassy")),
            "{denials:?} {:#?}",
            d.events
        );
    }

    #[test]
    fn surnames_joined_by_and_or_after_an_opening_adverb_are_the_people_named_before() {
        let found = names("Tomas Varga, 44, and Ilse Brandt, 39, run a ferry agency in Tarnow.\n\nPolice questioned Varga and Brandt on Monday.\n\nLater Brandt was released.\n");
        let of = |surface: &str| {
            found
                .iter()
                .filter(|(t, _, _)| t == surface)
                .map(|(_, c, _)| c.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(of("Varga"), vec!["Tomas Varga"], "{found:?}");
        assert_eq!(
            of("Brandt"),
            vec!["Ilse Brandt", "Ilse Brandt"],
            "{found:?}"
        );
        assert!(
            found.iter().all(|(t, _, _)| t != "Later Brandt"),
            "{found:?}"
        );
    }

    #[test]
    fn places_named_by_their_kind_and_hometowns_after_an_age() {
        let found = names(
            "Saboteurs cut the fence at Kosta Air Base before dawn. Another team reached the Tovra Dam, officials said, and a third was stopped at Camp Orlov Ridge. Pieter Lake, a lawyer, declined to comment. Anna Morel, 37, of Port Vellin, was released on bail.\n",
        );
        let typed = |s: &str| {
            found
                .iter()
                .find(|(t, _, _)| t == s)
                .map(|(_, _, ty)| *ty)
                .unwrap_or_else(|| panic!("no {s:?} in {found:?}"))
        };
        use model::EntityType::{Location, Person};
        assert_eq!(typed("Kosta Air Base"), Location);
        assert_eq!(typed("Tovra Dam"), Location);
        assert_eq!(typed("Camp Orlov Ridge"), Location);
        assert_eq!(typed("Port Vellin"), Location);
        assert_eq!(typed("Anna Morel"), Person);
        // A person whose surname is a kind of place stays a person.
        assert_eq!(typed("Pieter Lake"), Person);
        // A town after "the port of"; a number heading a sentence names no port.
        let found = names(
            "Police searched a warehouse at the port of Velmo on Friday. Four port workers were questioned.\n",
        );
        assert!(
            found
                .iter()
                .any(|(t, _, ty)| t == "Velmo" && *ty == Location),
            "{found:?}"
        );
        assert!(
            found.iter().all(|(t, _, _)| !t.starts_with("Four")),
            "{found:?}"
        );
    }

    #[test]
    fn places_before_their_kind_possessives_inside_names_and_long_titles() {
        let d = doc(
            "Investigators searched homes in the Varo and Teslin districts on Monday, according to the Regional Prosecutor's Office. A court in the Kolbay district remanded both men. Assistant Attorney General Maria Quist said the case was open.\n",
        );
        let m = |s: &str| {
            d.mentions
                .iter()
                .find(|m| m.text == s)
                .unwrap_or_else(|| panic!("no {s:?} in {:?}", d.mentions))
        };
        use model::EntityType::{Location, Org, Person};
        assert_eq!(m("Varo").etype, Location);
        assert_eq!(m("Teslin").etype, Location);
        assert_eq!(m("Kolbay").etype, Location);
        // A demonym before a kind of place is no place of its own.
        let d2 = doc("Police in the Georgian city of Batumi and an Armenian village near the border were named.\n");
        assert!(
            d2.mentions
                .iter()
                .all(|m| m.text != "Georgian" && m.text != "Armenian"),
            "{:?}",
            d2.mentions
        );
        assert_eq!(m("Regional Prosecutor's Office").etype, Org);
        let quist = m("Maria Quist");
        assert_eq!(quist.etype, Person);
        assert_eq!(quist.role.as_deref(), Some("assistant attorney general"));
    }

    /// (surface, canonical, type) of every mention.
    fn names(text: &str) -> Vec<(String, String, model::EntityType)> {
        doc(text)
            .mentions
            .iter()
            .map(|m| (m.text.clone(), m.canonical.clone(), m.etype))
            .collect()
    }

    fn doc(text: &str) -> Document {
        let read = ingest::read_bytes("t.txt", "txt", text.as_bytes(), &Default::default())
            .expect("reads");
        process(read.docs.into_iter().next().expect("one document"))
    }

    /// (type, agent, patients, date, location) of every event.
    type Args = (
        String,
        Option<String>,
        Vec<String>,
        Option<String>,
        Option<String>,
    );

    fn args(text: &str) -> Vec<Args> {
        doc(text)
            .events
            .iter()
            .map(|e| {
                (
                    e.etype.as_str().to_string(),
                    e.agent.as_ref().map(|a| a.name.clone()),
                    e.patients.iter().map(|a| a.name.clone()).collect(),
                    e.date.map(|d| d.to_string()),
                    e.location.as_ref().map(|a| a.name.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn land_held_by_a_force_is_an_occupation() {
        let e = args("Since 2019 the army has retaken most of the villages formerly held by the Sahel Liberation Front.\n");
        let occ = e.iter().find(|x| x.0 == "INCURSION").expect("held by");
        assert_eq!(occ.1.as_deref(), Some("Sahel Liberation Front"), "{e:?}");
        // A meeting, a prisoner or a post held by someone is no occupation.
        for t in [
            "The talks held by the two delegations in Doha ended on 4 June 2021.\n",
            "The post held by Colonel Aminu Bello since 2019 was abolished.\n",
        ] {
            let e = args(t);
            assert!(e.iter().all(|x| x.0 != "INCURSION"), "{t}: {e:?}");
        }
    }

    #[test]
    fn a_force_armed_with_a_states_weapons_was_supplied_by_it() {
        let e = args("Armed with Iranian-made drones and rockets, the Houthi fighters struck Saudi oil facilities.\n");
        let supply = e.iter().find(|x| x.0 == "COOPERATION").expect("armed with");
        assert_eq!(supply.1.as_deref(), Some("Iran"), "{e:?}");
        // Armed with a gun, or with resolve, is no supply.
        let e = args("Armed with a pistol, the gunman entered the bank in Lyon on 2 May 2018.\n");
        assert!(e.iter().all(|x| x.0 != "COOPERATION"), "{e:?}");
    }

    #[test]
    fn the_one_asked_to_act_is_the_patient_of_the_request() {
        let e = args("In 2019, the minister said, Prime Minister Imran Khan had been asked to extradite 12 men wanted for bombings in Kabul.\n");
        let req = e
            .iter()
            .find(|x| x.0 == "DIPLOMATIC_ACTION")
            .expect("request");
        assert_eq!(req.1, None, "{e:?}");
        assert!(req.2.contains(&"Imran Khan".to_string()), "{e:?}");
        assert_eq!(doc("In 2019, the minister said, Prime Minister Imran Khan had been asked to extradite 12 men wanted for bombings in Kabul.\n").events.iter().find(|e| e.etype.as_str() == "DIPLOMATIC_ACTION").and_then(|e| e.count), Some(12));
    }

    #[test]
    fn an_act_done_to_no_one_is_no_event() {
        for t in [
            "\u{201c}So far none of the suspects has been extradited,\u{201d} the Chilean minister said on 3 March 2021.\n",
            "Police in Lagos said no one was arrested after the march on Saturday.\n",
        ] {
            let e = args(t);
            assert!(
                e.iter().all(|x| x.0 != "DIPLOMATIC_ACTION" && x.0 != "ARREST"),
                "{t}: {e:?}"
            );
        }
        // Someone among none: "none of the 12 men arrested in Lagos" still reports arrests.
        let e =
            args("Police said none of the 12 men arrested in Lagos on Saturday had a weapon.\n");
        assert!(e.iter().any(|x| x.0 == "ARREST"), "{e:?}");
    }

    #[test]
    fn a_pronoun_object_takes_back_the_group_counted_before() {
        let e = doc("Files seized in Quito named 14 Ecuadorian officers the Cuban service had tried to recruit them in 2016.\n");
        let r = e
            .events
            .iter()
            .find(|e| e.etype.as_str() == "RECRUITMENT")
            .expect("recruitment");
        assert_eq!(r.count, Some(14));
    }

    #[test]
    fn a_plan_is_the_event_not_the_act_it_intends() {
        for t in [
            "Police in Nairobi said on 2 May 2019 they had foiled a plot by al-Shabaab to bomb the Kenyan parliament.\n",
            "Prosecutors say the cell drew up plans for kidnapping a Dutch diplomat in Bamako in 2017.\n",
        ] {
            let e = args(t);
            assert!(e.iter().any(|x| x.0 == "PLOT"), "{t}: {e:?}");
            assert!(e.iter().all(|x| x.0 != "ATTACK"), "{t}: {e:?}");
        }
        // A possibility is not an occurrence; an attempt still is.
        let e = args("Analysts in Lima warned of the risk of new attacks by the Shining Path.\n");
        assert!(e.iter().all(|x| x.0 != "ATTACK"), "{e:?}");
        let e = args("Gunmen tried to kill the mayor of Culiacan on 4 June 2020.\n");
        assert!(e.iter().any(|x| x.0 == "ATTACK"), "{e:?}");
    }

    #[test]
    fn generalisations_and_figures_of_speech_are_no_events() {
        let e = args("All the Syrian agents detained by the Turkish police were involved in smuggling weapons.\n");
        assert!(e.is_empty(), "{e:?}");
        // Counted or dated, the sum is a report: "All 12 men were arrested in Izmir in 2016."
        let e = args("All 12 men were arrested in Izmir in 2016.\n");
        assert!(e.iter().any(|x| x.0 == "ARREST"), "{e:?}");
        let e = args(
            "The ministry is busy while its attention is occupied by the budget talks in Riga.\n",
        );
        assert!(e.iter().all(|x| x.0 != "INCURSION"), "{e:?}");
    }

    #[test]
    fn a_clash_between_two_sides_and_military_as_an_adjective() {
        let e = args("In the spring of 2011 an armed clash broke out between the Tuareg Liberation Front and the Malian army near Kidal.\n");
        let clash = e.iter().find(|x| x.0 == "ATTACK").expect("clash");
        assert_eq!(clash.1.as_deref(), Some("Tuareg Liberation Front"), "{e:?}");
        assert_eq!(clash.3.as_deref(), Some("2011"), "{e:?}");
        let e = args(
            "Venezuela's latest military drills along the Guyanese border alarmed Georgetown.\n",
        );
        let drill = e
            .iter()
            .find(|x| x.0 == "MILITARY_EXERCISE")
            .expect("exercises");
        assert_eq!(drill.1.as_deref(), Some("Venezuela"), "{e:?}");
        // An agreement to open an embassy is a diplomatic act.
        let e = args("In 2015 the two governments reached an agreement to open a Cuban embassy in Washington.\n");
        assert!(e.iter().any(|x| x.0 == "DIPLOMATIC_ACTION"), "{e:?}");
    }

    #[test]
    fn an_announcement_links_to_the_operation_it_made_public() {
        let d = doc("The Polish service ran a covert operation against a Belarusian courier network.\n\nThat operation had been disclosed by Prime Minister Jan Nowak at a press conference on 4 May 2015.\n\nThrough that operation, officers in March 2019 seized documents from a flat in Lublin.\n");
        let by = d
            .events
            .iter()
            .find(|e| e.announces.is_some())
            .unwrap_or_else(|| panic!("{:#?}", d.events));
        assert_eq!(
            by.date.map(|x| x.to_string()).as_deref(),
            Some("2015-05-04")
        );
        let done = &d.events[by.announces.unwrap()];
        assert_eq!(done.etype.as_str(), "COVERT_OPERATION");
        assert_eq!(done.date.map(|x| x.to_string()).as_deref(), Some("2019-03"));
        // Without a demonstrative referring back, nothing is linked.
        let d = doc("Police raided a flat in Lublin on 3 March 2019. The minister held a press conference on 4 May 2015.\n");
        assert!(
            d.events.iter().all(|e| e.announces.is_none()),
            "{:#?}",
            d.events
        );
    }

    #[test]
    fn one_person_given_two_offices_for_one_year_is_a_conflict() {
        let d = doc("In 2011, President Marek Olvan visited Kesh for talks on a gas pipeline.\n\nTies with Kesh warmed in 2011 under Prime Minister Marek Olvan, who met the Kesh leader twice.\n");
        let c = d
            .conflicts
            .iter()
            .find(|c| c.field == "office")
            .unwrap_or_else(|| panic!("{:#?}", d.mentions));
        assert_eq!(c.subject.as_deref(), Some("Marek Olvan"));
        assert_eq!(c.values, vec!["president (2011)", "prime minister (2011)"]);
        assert_eq!(c.statements.len(), 2);
        assert!(c.statements[1].text.starts_with("Ties with Kesh warmed"));
        // Months apart in one year: he may have moved from one office to the other.
        let d = doc("In March 2014, Prime Minister Arda Tezel opened the bridge at Kesh.\n\nIn September 2014, President Arda Tezel closed the border.\n");
        assert!(d.conflicts.is_empty(), "{:?}", d.conflicts);
        // A chamber's president is no head of state.
        let d = doc("In 2011, Prime Minister Marek Olvan opened the fair.\n\nIn 2011, Marek Olvan, president of the chamber of commerce, praised it.\n");
        assert!(d.conflicts.is_empty(), "{:?}", d.conflicts);
    }

    #[test]
    fn doubt_and_certainty_attach_to_the_act_their_subject_refers_back_to() {
        let d = doc("Border guards detained six fishermen off Kesh island on 2 May 2022, saying they had photographed a naval base.\n\nWhether these men spied for anyone is still in doubt, their union said.\n\nThat a spy ring operates on the island is not in doubt, officials say.\n\nA week later the prosecutor said the guilt of those detained had been proven.\n");
        let held: Vec<&model::Event> = d
            .events
            .iter()
            .filter(|e| e.etype.as_str() == "ARREST")
            .collect();
        assert_eq!(held.len(), 1, "{:#?}", d.events);
        let said: Vec<(bool, &str)> = held[0]
            .stances
            .iter()
            .map(|s| (s.certain, s.evidence.of(&d.text)))
            .collect();
        // The general "a spy ring operates ... is not in doubt" refers to no act.
        assert_eq!(
            said,
            vec![
                (
                    false,
                    "Whether these men spied for anyone is still in doubt, their union said."
                ),
                (
                    true,
                    "A week later the prosecutor said the guilt of those detained had been proven."
                ),
            ]
        );
        // With no act before it, a doubt is tied to nothing.
        let d = doc("Whether these men spied for anyone is still in doubt, their union said.\n");
        assert!(
            d.events.iter().all(|e| e.stances.is_empty()),
            "{:#?}",
            d.events
        );
    }

    #[test]
    fn a_state_speaks_through_the_one_body_the_report_quotes() {
        let t = "Kazakhstan's National Security Committee (KNB) said in a statement on 2 March 2021 that it had detained four men in Almaty.\n\nOn 3 March, Kazakhstan said it had arrested two more suspects in Shymkent.\n\nKazakhstan denied that it had tortured them.\n";
        let c = claimants(t);
        let arrests: Vec<&(String, Option<String>)> =
            c.iter().filter(|x| x.0 == "ARREST").collect();
        assert_eq!(arrests.len(), 2, "{c:?}");
        assert!(
            arrests
                .iter()
                .all(|x| x.1.as_deref().is_some_and(
                    |n| n.contains("KNB") || n.contains("National Security Committee")
                )),
            "{c:?}"
        );
        // A denial is the state's own word, not its security service's.
        let denial = c.iter().find(|x| x.0 == "DENIAL").expect("a denial");
        assert!(
            denial
                .1
                .as_deref()
                .is_none_or(|n| !n.contains("Security Committee")),
            "{c:?}"
        );
    }

    #[test]
    fn a_named_war_carries_its_sides() {
        // The sides from the knowledge file, linked to the report's mentions.
        let e = args("Veterans of the Five-Day War marched in Tbilisi, and Georgia asked Russia for talks.\n");
        let war = e.iter().find(|x| x.0 == "ATTACK").expect("named war");
        assert_eq!(war.1.as_deref(), Some("Russia"), "{e:?}");
        assert_eq!(war.2, vec!["Georgia".to_string()], "{e:?}");
        // A name that needs its context: without Azerbaijan or Armenia in the report, the
        // "Patriotic War" is not the 2020 war, and a bare war noun is no event.
        let e = args("Soldiers of the Patriotic War are remembered in Borodino each September.\n");
        assert!(
            e.iter().all(|x| x.1.as_deref() != Some("Azerbaijan")),
            "{e:?}"
        );
        let e = args("Azerbaijan's veterans of the Patriotic War met in Ganja.\n");
        let war = e.iter().find(|x| x.0 == "ATTACK").expect("patriotic war");
        assert_eq!(war.2, vec!["Armenia".to_string()], "{e:?}");
    }

    #[test]
    fn the_owner_of_a_noun_trigger_is_its_agent() {
        // Possessive, with the other side after "of".
        let e = args(
            "Georgia has rebuilt its army since Russia's invasion of Georgia in August 2008.\n",
        );
        let inv = e.iter().find(|x| x.0 == "INCURSION").expect("invasion");
        assert_eq!(inv.1.as_deref(), Some("Russia"), "{e:?}");
        assert_eq!(inv.2, vec!["Georgia".to_string()], "{e:?}");
        assert_eq!(inv.3.as_deref(), Some("2008-08"), "{e:?}");
        // Demonym: the country, even when the report never names it.
        let e =
            args("Farmers near the border fled after the Ethiopian shelling of their villages.\n");
        assert!(
            e.iter().any(|x| x.1.as_deref() == Some("Ethiopia")),
            "{e:?}"
        );
        // A possessive pronoun whose antecedent is the subject; "relations with" is no sponsor.
        let e = args("Morocco, which cut its relations with Algeria, fought its long war with the Polisario Front in 1976.\n");
        let war = e.iter().find(|x| x.0 == "ATTACK").expect("war");
        assert_eq!(war.1.as_deref(), Some("Morocco"), "{e:?}");
        assert_eq!(war.2, vec!["Polisario Front".to_string()], "{e:?}");
        // The owner of an arrest is who was arrested, not who arrested.
        let e = args("Uganda's police confirmed Kato Mukasa's arrest in Gulu on 3 May 2019.\n");
        let arrest = e.iter().find(|x| x.0 == "ARREST").expect("arrest");
        assert_ne!(arrest.1.as_deref(), Some("Kato Mukasa"), "{e:?}");
    }

    #[test]
    fn a_by_phrase_names_the_agent_of_passives_and_nouns() {
        // Reduced passive: no "was", still a passive.
        let e = args("A convoy ambushed by Boko Haram fighters near Maiduguri lost six trucks.\n");
        let ambush = e.iter().find(|x| x.0 == "ATTACK").expect("ambush");
        assert_eq!(ambush.1.as_deref(), Some("Boko Haram"), "{e:?}");
        // A noun's by-phrase.
        let e =
            args("Residents described a brutal crackdown by the Presidential Guard in Conakry.\n");
        let crackdown = e.iter().find(|x| x.0 == "ATTACK").expect("crackdown");
        assert_eq!(crackdown.1.as_deref(), Some("Presidential Guard"), "{e:?}");
    }

    #[test]
    fn one_sentence_can_hold_two_events_of_one_type_in_two_clauses() {
        let e = args("Police detained two students in Minsk on 5 March 2021, after the KGB had arrested a blogger in Grodno in 2020.\n");
        let arrests: Vec<&Args> = e.iter().filter(|x| x.0 == "ARREST").collect();
        assert_eq!(arrests.len(), 2, "{e:?}");
        assert_eq!(arrests[0].3.as_deref(), Some("2021-03-05"), "{e:?}");
        assert_eq!(arrests[1].3.as_deref(), Some("2020"), "{e:?}");
        // "detained ... the detention" in one clause stays one event.
        let e = args(
            "Police detained a courier in Lome, and the detention was confirmed on 2 June 2022.\n",
        );
        assert_eq!(e.iter().filter(|x| x.0 == "ARREST").count(), 1, "{e:?}");
    }

    #[test]
    fn a_date_belongs_to_the_trigger_of_its_own_clause() {
        let e = args("Protests continue in Tbilisi amid anger over the war with Russia in 2008.\n");
        let protest = e.iter().find(|x| x.0 == "PROTEST").expect("protest");
        assert_eq!(protest.3, None, "{e:?}");
        let war = e.iter().find(|x| x.0 == "ATTACK").expect("war");
        assert_eq!(war.3.as_deref(), Some("2008"), "{e:?}");
    }

    #[test]
    fn a_place_in_a_relative_clause_is_not_the_event_s() {
        let e = args("In 2019 Manila asked Jakarta to extradite 12 men who had smuggled rifles in Sulawesi.\n");
        let request = e
            .iter()
            .find(|x| x.0 == "DIPLOMATIC_ACTION")
            .expect("extradition request");
        assert_eq!(request.4, None, "{e:?}");
    }

    #[test]
    fn building_an_agent_network_is_espionage() {
        let e = args("In the 1980s the Stasi built a vast network of informants in West Berlin.\n");
        let esp = e.iter().find(|x| x.0 == "ESPIONAGE").expect("network");
        assert_eq!(esp.3.as_deref(), Some("1980s"), "{e:?}");
        // Naming a network is not an event.
        let e = args("Analysts say a spy network still operates in the port.\n");
        assert!(e.iter().all(|x| x.0 != "ESPIONAGE"), "{e:?}");
    }

    #[test]
    fn a_state_saying_another_did_wrong_is_an_accusation_dated_when_made() {
        let d = doc("Pakistan said on 12 May 2019 that the Research and Analysis Wing had funded militants in Quetta.\n");
        let acc = d
            .events
            .iter()
            .find(|e| e.etype == model::EventType::Accusation)
            .expect("accusation");
        assert_eq!(
            acc.agent.as_ref().map(|a| a.name.as_str()),
            Some("Pakistan")
        );
        assert_eq!(
            acc.patients.first().map(|a| a.name.as_str()),
            Some("Research and Analysis Wing"),
            "{acc:?}"
        );
        assert_eq!(
            acc.date.map(|d| d.to_string()).as_deref(),
            Some("2019-05-12")
        );
        let funding = acc.target.map(|t| &d.events[t]).expect("target");
        assert_eq!(funding.etype, model::EventType::Funding);
        // The statement's date is not the funding's.
        assert_eq!(funding.date, None, "{funding:?}");
        // A security service announcing its own case accuses no one in this sense.
        let e = args("The National Security Service said on 4 June 2020 that Hezbollah had recruited two drivers in Yerevan.\n");
        assert!(e.iter().all(|x| x.0 != "ACCUSATION"), "{e:?}");
    }

    #[test]
    fn a_schedule_told_after_the_act_and_a_condition_opening_the_clause() {
        let m = modalities("Report\n\nA meeting of the two border commissions is scheduled for 6 May in Tbilisi.\n");
        assert!(
            m.contains(&("DIPLOMATIC_ACTION".into(), "planned".into())),
            "{m:?}"
        );
        let m = modalities("Report\n\nThe ministry said a command-staff exercise involving 3,000 personnel would be held near Ganja from 4 to 8 May.\n");
        assert!(
            m.contains(&("MILITARY_EXERCISE".into(), "planned".into())),
            "{m:?}"
        );
        let m = modalities("Report\n\nIf the two are found guilty under the 1941 law, they could face up to ten years in prison.\n");
        assert!(
            m.iter().all(|x| x.1 != "asserted" || x.0 != "SENTENCE"),
            "{m:?}"
        );
        // A schedule for something else, or an inquiry into an act, plans no act.
        let m = modalities("Report\n\nPolice arrested two men in Tbilisi on 3 May 2026, and their first hearing is scheduled for 20 May.\n");
        assert!(m.contains(&("ARREST".into(), "asserted".into())), "{m:?}");
        let m = modalities("Report\n\nThe ministry will launch an investigation into the attack on the border post at Sadakhlo on 2 May 2026.\n");
        assert!(
            m.iter().all(|x| x.0 != "ATTACK" || x.1 != "planned"),
            "{m:?}"
        );
        // A meeting that took place is no plan.
        let m = modalities("Report\n\nThe two border commissions met in Tbilisi on 6 May 2026.\n");
        assert!(
            m.contains(&("DIPLOMATIC_ACTION".into(), "asserted".into())),
            "{m:?}"
        );
    }

    #[test]
    fn future_light_verbs_likely_acts_and_acts_after_a_denial() {
        let m = modalities("Report\n\nAbout 600 troops will take part in the annual exercise Desert Shield near Atar in May.\n");
        assert!(
            m.contains(&("MILITARY_EXERCISE".into(), "planned".into())),
            "{m:?}"
        );
        let m = modalities("Report\n\nThe navies of both countries are due to hold their annual joint exercise near Walvis Bay in June.\n");
        assert!(
            m.contains(&("MILITARY_EXERCISE".into(), "planned".into())),
            "{m:?}"
        );
        let m = modalities("Report\n\nIf the trial goes ahead, Minsk could well detain a Lithuanian trucker to make a point.\n");
        assert!(
            m.contains(&("ARREST".into(), "hypothetical".into())),
            "{m:?}"
        );
        // The denier's own next act is no denial.
        let m = modalities("Report\n\nThe government rejected the report as slander and expelled four Danish diplomats on Monday.\n");
        assert!(
            m.contains(&("DIPLOMATIC_ACTION".into(), "asserted".into())),
            "{m:?}"
        );
        // What is denied still is.
        let m =
            modalities("Report\n\nThe ministry denied that police had arrested any protesters.\n");
        assert!(m.contains(&("ARREST".into(), "denied".into())), "{m:?}");
        let m = modalities("Report\n\nThe army denied detaining and killing the two herders.\n");
        assert!(
            m.iter().all(|x| x.0 != "ATTACK" || x.1 == "denied"),
            "{m:?}"
        );
    }

    #[test]
    fn plural_possessives_and_offices_of_office_holders_inside_names() {
        let orgs = |t: &str| -> Vec<String> {
            names(t)
                .into_iter()
                .filter(|m| m.2 == model::EntityType::Org)
                .map(|m| m.1)
                .collect()
        };
        let o = orgs("The Kisii Tea Growers' Union said its members were detained. He appeared before Nakuru Magistrates' Court.\n");
        assert!(o.iter().any(|n| n == "Kisii Tea Growers' Union"), "{o:?}");
        assert!(o.iter().any(|n| n == "Nakuru Magistrates' Court"), "{o:?}");
        let o = orgs("On Friday the Auditor General's Office referred the case to police.\n");
        assert!(o.iter().any(|n| n == "Auditor General's Office"), "{o:?}");
        // A plural noun and a quotation are not joined: "the officers' 'Night Watch' unit".
        let n = names("Analysts call the raids 'Operation Dawn'.\n");
        assert!(n.iter().all(|m| !m.1.contains("raids")), "{n:?}");
    }

    #[test]
    fn african_french_and_mongolian_given_names_and_lawyers_titles() {
        let persons = |t: &str| -> Vec<String> {
            names(t)
                .into_iter()
                .filter(|m| m.2 == model::EntityType::Person)
                .map(|m| m.1)
                .collect()
        };
        let p = persons("Souleymane Keita and Aissatou Barry, both 31, were each given eight years in Bamako.\n");
        assert!(p.contains(&"Souleymane Keita".to_string()), "{p:?}");
        assert!(p.contains(&"Aissatou Barry".to_string()), "{p:?}");
        let p = persons("Jean-Luc Marchand spent 20 years at the DGSE before retiring in 2019.\n");
        assert!(p.contains(&"Jean-Luc Marchand".to_string()), "{p:?}");
        let p = persons("Their counsel, Barrister Wanjiku Otieno, said the charges had no basis. Maître Ousmane Faye said he would appeal.\n");
        assert!(p.contains(&"Wanjiku Otieno".to_string()), "{p:?}");
        assert!(p.contains(&"Ousmane Faye".to_string()), "{p:?}");
        let p = persons("Police in Darkhan detained Batbayar Tsogt on Monday.\n");
        assert!(p.iter().any(|n| n.contains("Batbayar")), "{p:?}");
        let p = persons(
            "A court in Quetta sentenced Ghulam Rasool and Javed Mengal to ten years each.\n",
        );
        assert!(p.contains(&"Ghulam Rasool".to_string()), "{p:?}");
        assert!(p.contains(&"Javed Mengal".to_string()), "{p:?}");
        let p = persons("Border guards said Mantas Žukauskas and Kristaps Liepiņš were questioned near Zarasai.\n");
        assert!(p.iter().any(|n| n.contains("Mantas")), "{p:?}");
        assert!(p.iter().any(|n| n.contains("Kristaps")), "{p:?}");
    }

    #[test]
    fn phrasings_of_continental_procedure_militaries_and_crowds() {
        let cases = [
            ("On Thursday investigators notified three of the detainees of suspicion of treason.\n", "CHARGE"),
            ("Two of them were placed under formal investigation in Marseille on Friday evening.\n", "CHARGE"),
            ("On 9 May 2026, charges were brought against the four men in Samarkand.\n", "CHARGE"),
            ("The army said its aircraft had eliminated two militants near Kidal on Sunday.\n", "ATTACK"),
            ("About 40 relatives gathered outside the courthouse in Aarhus on Monday.\n", "PROTEST"),
            ("Her lawyer said the engineer \"firmly contests\" the accusations.\n", "DENIAL"),
            ("Kiribati switched diplomatic recognition from Taipei to Beijing in September 2019.\n", "DIPLOMATIC_ACTION"),
            ("The day before, the courier conducted reconnaissance of the stadium in Bishkek.\n", "ESPIONAGE"),
        ];
        assert_each_has(&cases);
    }

    #[test]
    fn phrasings_of_security_services_courts_and_embassies() {
        let types = |t: &str| -> Vec<String> { args(t).into_iter().map(|x| x.0).collect() };
        let cases = [
            ("State security organs took criminal compulsory measures against Ma in March last year.\n", "ARREST"),
            ("A case was registered against the three men at the Saddar police station on Friday.\n", "CHARGE"),
            ("The prosecutor said the couple had taken dozens of photographs of warships at the naval base in Lumut.\n", "ESPIONAGE"),
            ("In January the engineer transmitted technical documentation to a foreign handler, the agency said.\n", "ESPIONAGE"),
            ("The clerk had been approached by a man at a trade fair in Minsk in 2023, prosecutors said.\n", "RECRUITMENT"),
            ("The accused confessed to collecting donations for the group and transferring sums to its leaders abroad.\n", "FUNDING"),
            ("The teenagers were promised 30,000 roubles each for setting fire to the relay box.\n", "FUNDING"),
            ("Should they be convicted, the accused face penalties of up to life imprisonment.\n", "SENTENCE"),
            ("The raid was carried out in coordination with the security services of Jordan.\n", "COOPERATION"),
            ("The embassy said the report \"does not correspond to reality\".\n", "DENIAL"),
        ];
        assert_each_has(&cases);
        // The allegations an embassy rejects are not a new accusation.
        let t =
            types("A spokesman for the embassy said: \"We reject these baseless allegations.\"\n");
        assert!(t.contains(&"DENIAL".to_string()), "{t:?}");
        assert!(!t.contains(&"ACCUSATION".to_string()), "{t:?}");
        // A law's penalty is no sentence passed: at most one still to come, as with "carries
        // a maximum penalty of".
        let m = modalities(
            "They were charged with treason, an offence punishable by up to 20 years in prison.\n",
        );
        assert!(
            m.iter()
                .all(|(t, m)| t != "SENTENCE" || m == "hypothetical"),
            "{m:?}"
        );
    }

    #[test]
    fn more_ways_of_telling_acts_of_state_and_of_war() {
        let types = |t: &str| -> Vec<String> { args(t).into_iter().map(|x| x.0).collect() };
        let cases = [
            ("On 3 May 2019, Guyana severed diplomatic relations with Suriname.\n", "DIPLOMATIC_ACTION"),
            ("Two weeks later, Suriname closed its airspace to all Guyanese aircraft.\n", "DIPLOMATIC_ACTION"),
            ("A Surinamese patrol crossed about three kilometres into the Guyanese savannah on Sunday.\n", "INCURSION"),
            ("Police said the couple had filmed naval vessels moored at the Paramaribo wharf in June.\n", "ESPIONAGE"),
            ("Investigators say the clerk secretly monitored a Tamil journalist living in Oslo on behalf of a foreign government.\n", "ESPIONAGE"),
            ("Prosecutors accused the cell of preparing an attack on a police post in Bouaké.\n", "PLOT"),
            ("He told police he had been hired to kill a Chadian businessman living in Lomé.\n", "PLOT"),
            ("If convicted under the 2014 law, the five could face the death penalty.\n", "SENTENCE"),
            ("Investigators attribute the attack to a splinter faction of the FNL.\n", "ACCUSATION"),
            ("The Guyanese embassy in Paramaribo called the case \"a crude fabrication\".\n", "DENIAL"),
            ("On Friday mortar rounds hit the outskirts of Albina, wounding a woman and a child.\n", "ATTACK"),
            ("About 800 troops will take part in the annual exercise Tropical Shield near Lethem in June.\n", "MILITARY_EXERCISE"),
        ];
        assert_each_has(&cases);
        // A trainer "exercise" of a right is no drill.
        assert!(
            types("Citizens exercise their right to protest every Friday.\n")
                .iter()
                .all(|t| t != "MILITARY_EXERCISE")
        );
    }

    #[test]
    fn a_leader_saying_a_state_shelters_armed_men_is_an_accusation() {
        let d = doc("Speaking in Niamey, the junta leader Abdourahamane Tiani on 3 March 2024 said Benin was sheltering saboteurs bent on wrecking the pipeline.\n");
        let acc = d
            .events
            .iter()
            .find(|e| e.etype == model::EventType::Accusation)
            .unwrap_or_else(|| panic!("accusation: {:?}", d.events));
        assert_eq!(
            acc.patients.first().map(|a| a.name.as_str()),
            Some("Benin"),
            "{acc:?}"
        );
        assert!(acc.agent.as_ref().is_some_and(|a| a.name.contains("Tiani")));
        assert_eq!(
            acc.date.map(|d| d.to_string()).as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(acc.target, None);
        // Hosting a summit or backing a peace plan accuses no one.
        for benign in [
            "The president said Ghana was hosting the summit of West African leaders in June.\n",
            "The minister said Norway is backing the peace plan for the region.\n",
        ] {
            let e = args(benign);
            assert!(e.iter().all(|x| x.0 != "ACCUSATION"), "{benign}: {e:?}");
        }
    }

    #[test]
    fn a_negated_act_answers_the_earlier_account_it_shares_words_with() {
        let d = doc("Question: During the \"Clean Hands\" inquiry in Tarnow, we saw the detention of several councillors on corruption charges. In Lublin, police arrested dozens of farmers at a protest in March.\n\nAnswer: The Clean Hands commission questioned the councillors and dismissed them. But they weren't arrested. They kept their pensions.\n");
        let t = |k: usize| d.events[k].evidence.of(&d.text).to_string();
        let neg = d
            .events
            .iter()
            .find(|e| e.modality == model::Modality::Denied)
            .expect("a negated arrest");
        let target = neg.target.expect("it answers an earlier arrest");
        assert!(t(target).contains("councillors"), "{}", t(target));
        // Nothing ties the negation to the one arrest told before it: no target.
        let d = doc("Police arrested two smugglers in Mersin on Monday.\n\nAsked about the lorry drivers, officials said they were not arrested.\n");
        let neg = d
            .events
            .iter()
            .find(|e| e.modality == model::Modality::Denied)
            .expect("a negated arrest");
        assert_eq!(neg.target, None, "{neg:?}");
    }

    #[test]
    fn a_dateline_in_capitals_is_a_place() {
        use model::EntityType::{Location, Org};
        let n = names("Ferry seized off the coast\n\nPORT VELLIN, Maravia, Oct 2 (AFP) - Coast guards seized a ferry near Port Vellin on Monday.\n");
        let first = n
            .iter()
            .find(|x| x.0 == "PORT VELLIN")
            .expect("the dateline");
        assert_eq!(
            (first.1.as_str(), first.2),
            ("Port Vellin", Location),
            "{n:?}"
        );
        let n = names("Smugglers held\n\nKESTOVO (AP) — Police held four smugglers in Kestovo.\n");
        assert!(
            n.contains(&("KESTOVO".into(), "Kestovo".into(), Location)),
            "{n:?}"
        );
        // Capitals opening a paragraph without a dateline's comma, bracket or dash, or a known
        // acronym, stay what they were.
        let n = names("Raid in Dallas\n\nFBI agents arrested a courier in Dallas on Friday.\n");
        assert!(n.iter().any(|x| x.0 == "FBI" && x.2 == Org), "{n:?}");
        let n =
            names("Alliance meets\n\nNATO, in a statement on 4 May, said drills would go ahead.\n");
        assert!(n.iter().any(|x| x.0 == "NATO" && x.2 == Org), "{n:?}");
    }

    #[test]
    fn an_acronym_with_a_possessive_is_still_the_acronym() {
        use model::EntityType::Org;
        let n = names("Report\n\nTwo Danish jets from NATO's air policing mission were scrambled over Bornholm.\n");
        assert!(n.iter().any(|x| x.1 == "NATO" && x.2 == Org), "{n:?}");
        let n = names("Report\n\nThe ISI's officers met the courier in Lahore in 2021.\n");
        assert!(
            n.iter()
                .any(|x| x.1 == "Inter-Services Intelligence" && x.2 == Org),
            "{n:?}"
        );
        // A word with a possessive is not an acronym it spells: "Who's" is not WHO.
        let n = names("Report\n\nWho's behind the leak, the minister asked in Tallinn.\n");
        assert!(n.iter().all(|x| x.2 != Org), "{n:?}");
    }

    #[test]
    fn a_name_part_after_a_place_word_is_the_person_so_named() {
        use model::EntityType::{Location, Person};
        let n = names("Report\n\nThe charge sheet names the handler as Okafor Emeka. The clerk handed the ledgers to Okafor in 2021 and later flew to Lagos.\n");
        let okafor = n.iter().find(|x| x.0 == "Okafor").expect("Okafor");
        assert_eq!(
            (okafor.1.as_str(), okafor.2),
            ("Okafor Emeka", Person),
            "{n:?}"
        );
        assert!(n.iter().any(|x| x.0 == "Lagos" && x.2 == Location), "{n:?}");
    }

    #[test]
    fn a_title_word_opening_an_organisation_and_foreign_police_heads() {
        use model::EntityType::{Org, Person};
        let n = names("Report\n\nThe courier was paid by an officer of Bolivia's General Directorate of Special Operations in 2022.\n");
        assert!(
            n.iter()
                .any(|x| x.0.starts_with("General Directorate") && x.2 == Org),
            "{n:?}"
        );
        assert!(n.iter().all(|x| x.2 != Person), "{n:?}");
        let n = names("Report\n\nThe two men were detained in Porto, the Polícia Judiciária said in a statement.\n");
        assert!(
            n.iter().any(|x| x.0 == "Polícia Judiciária" && x.2 == Org),
            "{n:?}"
        );
        // A title before a person's name is still a title.
        let n = names("Report\n\nGeneral Tomas Arce said the directorate had been dissolved.\n");
        assert!(
            n.iter().any(|x| x.0 == "Tomas Arce" && x.2 == Person),
            "{n:?}"
        );
    }

    #[test]
    fn a_name_coordinated_with_a_town_is_a_town() {
        use model::EntityType::{Location, Person};
        let n = names("Report\n\nThe suspects were arrested on Tuesday in Lyon and Vourles, prosecutors said.\n");
        assert!(
            n.iter().any(|x| x.0 == "Vourles" && x.2 == Location),
            "{n:?}"
        );
        // A person after a town is not a town.
        let n = names(
            "Report\n\nPolice in Lyon and Marie Dufour, a lawyer, said the men were freed.\n",
        );
        assert!(
            n.iter().any(|x| x.0 == "Marie Dufour" && x.2 == Person),
            "{n:?}"
        );
    }

    #[test]
    fn wrongs_told_on_an_agencys_word_are_alleged() {
        let m = modalities("Cell broken up in Mombasa\n\nKenya's National Intelligence Service said on Monday it had detained four men in Mombasa.\n\nTwo of the men had received weapons training in Somalia, the service said. Each was paid 500 dollars a month.\n");
        assert!(m.contains(&("TRAINING".into(), "alleged".into())), "{m:?}");
        assert!(m.contains(&("FUNDING".into(), "alleged".into())), "{m:?}");
        // The writer's own account is asserted.
        let m = modalities("A history of the camps\n\nBy Achieng Otieno\n\nIn the 1990s hundreds of young men received weapons training in camps across the border.\n");
        assert!(m.contains(&("TRAINING".into(), "asserted".into())), "{m:?}");
    }

    #[test]
    fn a_country_owning_an_organisation_is_named_but_does_not_act() {
        use model::EntityType::{Location, Org};
        let d = doc("Report\n\nChile's National Intelligence Agency said on 2 May 2024 that it had detained two Peruvian nationals in Arica.\n");
        let m: Vec<(&str, &str, model::EntityType)> = d
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.canonical.as_str(), m.etype))
            .collect();
        assert!(m.contains(&("Chile", "Chile", Location)), "{m:?}");
        assert!(
            m.iter()
                .any(|x| x.0 == "National Intelligence Agency" && x.2 == Org),
            "{m:?}"
        );
        // The agency, not its country, did the arresting and said so.
        let arrest = d
            .events
            .iter()
            .find(|e| e.etype == model::EventType::Arrest)
            .expect("an arrest");
        let who = |a: &Option<model::ArgRef>| a.as_ref().map(|a| a.name.clone());
        assert!(
            who(&arrest.agent).is_some_and(|a| a != "Chile"),
            "{arrest:?}"
        );
        assert!(
            who(&arrest.claimant).is_some_and(|a| a != "Chile"),
            "{arrest:?}"
        );
    }

    #[test]
    fn nationals_before_a_name_and_a_base_named_after_a_person() {
        use model::EntityType::{Location, Person};
        let n =
            names("Report\n\nThe accused are Kenyans Daniel Mwangi, 38, and Grace Achieng, 29.\n");
        assert!(
            n.iter().any(|x| x.0 == "Daniel Mwangi" && x.2 == Person),
            "{n:?}"
        );
        let n =
            names("Report\n\nThe drones were seen over Fernando Rivera Air Base twice in May.\n");
        assert!(
            n.iter()
                .any(|x| x.0 == "Fernando Rivera Air Base" && x.2 == Location),
            "{n:?}"
        );
    }

    #[test]
    fn more_ways_to_pass_secrets_pay_share_protest_and_plead() {
        let kinds = |t: &str| -> Vec<String> { events(t).into_iter().map(|(k, _)| k).collect() };
        let k = kinds("Report\n\nThe clerk allegedly passed maps of the harbour defences to a Turkish handler in 2021.\n");
        assert!(k.contains(&"ESPIONAGE".to_string()), "{k:?}");
        let k = kinds("Report\n\nProsecutors say the courier received 2,000 euros a month from the network in 2022.\n");
        assert!(k.contains(&"FUNDING".to_string()), "{k:?}");
        let k = kinds("Report\n\nIn 2020 the two services exchanged information on returning fighters every week.\n");
        assert!(k.contains(&"COOPERATION".to_string()), "{k:?}");
        let k = kinds("Report\n\nOn 3 March Chile lodged a strong protest with the Bolivian ambassador in Santiago.\n");
        assert!(k.contains(&"DIPLOMATIC_ACTION".to_string()), "{k:?}");
        let k = kinds("Report\n\nAt the hearing on 5 May 2023 the former sergeant pleaded not guilty to treason.\n");
        assert!(k.contains(&"DENIAL".to_string()), "{k:?}");
        let k = kinds("Report\n\nOn 8 June two helicopters crossed the Prut from Moldova, border guards said.\n");
        assert!(k.contains(&"INCURSION".to_string()), "{k:?}");
    }

    #[test]
    fn denials_without_deny_money_sent_pooled_data_and_crossings() {
        let kinds = |t: &str| -> Vec<String> { events(t).into_iter().map(|(k, _)| k).collect() };
        let has = |t: &str, k: &str| {
            let got = kinds(t);
            assert!(got.iter().any(|x| x == k), "{k} in {t:?}: {got:?}");
        };
        has("Report\n\nThe mayor's brother said on 4 May 2024 that he had nothing to do with the smuggling ring.\n", "DENIAL");
        has("Report\n\nHer lawyer said on 2 June 2023 that she knew nothing about the weapons in the van.\n", "DENIAL");
        has("Report\n\nThe committee found that a Cypriot fund channelled 2 million euros to the party in 2022.\n", "FUNDING");
        has("Report\n\nMoney for the purchase was sent by a relative in Dubai in March 2024, police said.\n", "FUNDING");
        has("Report\n\nLatvia and Lithuania agreed in May 2024 to pool radar data along the border.\n", "COOPERATION");
        has("Report\n\nThe raid followed close coordination with the Spanish Guardia Civil in April 2024.\n", "COOPERATION");
        has(
            "Report\n\nA fighter jet violated Finnish airspace near Porkkala on 3 June 2024.\n",
            "INCURSION",
        );
        has("Report\n\nTwo soldiers crossed the Military Demarcation Line in the central sector on 3 June 2024.\n", "INCURSION");
        has(
            "Report\n\nArmed men crossed the Chadian border near Adré on 9 May 2024.\n",
            "INCURSION",
        );
        has("Report\n\nThe ministry ordered the military attaché to leave the country within 48 hours on 9 May 2024.\n", "DIPLOMATIC_ACTION");
        has("Report\n\nOn 12 May 2024 Hanoi sent a letter of protest to Beijing over the survey ship.\n", "DIPLOMATIC_ACTION");
    }

    #[test]
    fn stabbings_beatings_exchanges_of_fire_transfers_and_handed_secrets() {
        let kinds = |t: &str| -> Vec<String> { events(t).into_iter().map(|(k, _)| k).collect() };
        let has = |t: &str, k: &str| {
            let got = kinds(t);
            assert!(got.iter().any(|x| x == k), "{k} in {t:?}: {got:?}");
        };
        has(
            "Report\n\nA blogger was stabbed outside a café in Tbilisi on 3 May 2024.\n",
            "ATTACK",
        );
        has(
            "Report\n\nThe detainee said he was beaten by guards in Mary on 3 May 2024.\n",
            "ATTACK",
        );
        has(
            "Report\n\nIndian and Chinese troops exchanged fire near the pass on 3 May 2024.\n",
            "ATTACK",
        );
        has(
            "Report\n\nThe rebels fired mortar shells into the camp at Goma on 3 May 2024.\n",
            "ATTACK",
        );
        has("Report\n\nThe cell transferred about 40,000 dollars to a courier in Mersin in 2023, prosecutors said.\n", "FUNDING");
        has("Report\n\nThe engineer handed classified drawings of the turbine to a trade attaché in 2022.\n", "ESPIONAGE");
        has(
            "Report\n\nInvestigators attributed the bombing to a splinter faction on 3 May 2024.\n",
            "ACCUSATION",
        );
        has("Report\n\nOn 3 May 2024 the senator called the accusation a smear and said he would sue.\n", "DENIAL");
        has("Report\n\nTwo teenagers set fire to a signal box on the line to Tapa on 3 May 2024, police said.\n", "COVERT_OPERATION");
        has("Report\n\nA trawler damaged two power cables off Bornholm on 3 May 2024, the navy said.\n", "COVERT_OPERATION");
        has("Report\n\nThe smuggler entered Armenia illegally from Iran in March 2024, the court heard.\n", "INCURSION");
        has(
            "Report\n\nThe prisoner said he was tortured in custody in Tashkent in 2023.\n",
            "ATTACK",
        );
        has(
            "Report\n\nA clinic in Sumy was hit by two missiles on 3 May 2024.\n",
            "ATTACK",
        );
        has("Report\n\nThe ministry shared the technical details of the breach with German investigators on 3 May 2024.\n", "COOPERATION");
        has("Report\n\nSoldiers fired at the crowd outside the mill in Kano on 3 May 2024, witnesses said.\n", "ATTACK");
        has(
            "Report\n\nThe militia said the army had fired first near Bunia on 3 May 2024.\n",
            "ATTACK",
        );
        has("Report\n\nIn March 2024 Canada attributed the campaign to a unit of the army's intelligence directorate.\n", "ACCUSATION");
        has("Report\n\nHundreds of farmers marched through Nakuru on 3 May 2024 against the new tax.\n", "PROTEST");
        has("Report\n\nThe clerk passed lists of visitors to the base to a handler in 2023, prosecutors said.\n", "ESPIONAGE");
        let e = events("Report\n\nAbout 60 Eritrean exiles protested outside the embassy in Oslo on 3 May 2024.\n");
        assert_eq!(count_of(&e, "PROTEST"), Some(60), "{e:?}");
    }

    #[test]
    fn one_person_told_in_the_passive_counts_one() {
        for t in [
            "Report\n\nA 38-year-old resident of Rivne was detained on 3 May 2024, the service said.\n",
            "Report\n\nA radio presenter was stabbed outside the studio in Kisumu on 3 May 2024.\n",
            "Report\n\nMarta Oleksiuk, 61, was arrested at the airport in Lviv on 3 May 2024.\n",
        ] {
            let e = events(t);
            assert_eq!(e.first().and_then(|x| x.1), Some(1), "{t}: {e:?}");
        }
        // Several told in the passive are not one.
        let e =
            events("Report\n\nTwo pilots and a mechanic were detained in Odesa on 3 May 2024.\n");
        assert_ne!(e.first().and_then(|x| x.1), Some(1), "{e:?}");
        // A place attacked is not a person.
        let e = events("Report\n\nA police station in Kidal was attacked on 3 May 2024.\n");
        assert_eq!(e.first().and_then(|x| x.1), None, "{e:?}");
    }

    #[test]
    fn relatives_supporters_buyers_and_one_named_with_others() {
        let e = events("About 40 relatives of the miners protested outside the court in Oruro on 3 May 2024.\n");
        assert_eq!(count_of(&e, "PROTEST"), Some(40), "{e:?}");
        let e = events("Prosecutors in Houston charged four straw buyers on 3 May 2024.\n");
        assert_eq!(count_of(&e, "CHARGE"), Some(4), "{e:?}");
        let e = events(
            "Estonia expelled the consul and three other Russian diplomats on 3 May 2024.\n",
        );
        assert_eq!(count_of(&e, "DIPLOMATIC_ACTION"), Some(4), "{e:?}");
        let e = events("Latvia expelled Oleg Rudin and two other diplomats on 3 May 2024.\n");
        assert_eq!(count_of(&e, "DIPLOMATIC_ACTION"), Some(3), "{e:?}");
        let e = events("Coastguards detained the skipper, a Turkish national, and three deckhands off Sinop on 3 May 2024.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(4), "{e:?}");
        // Others after a group already counted are not one more.
        let e = events(
            "Four soldiers were killed and two other people wounded near Gao on 3 May 2024.\n",
        );
        assert_ne!(count_of(&e, "ATTACK"), Some(7), "{e:?}");
        let e = events("Three men were held over the fire. Police detained two of them in Riga on 3 May 2024.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(2), "{e:?}");
        let e = events("Gunmen attacked the bus in Zamfara on 3 May 2024, killing two guards and a driver and wounding five other passengers.\n");
        assert_eq!(count_of(&e, "ATTACK"), Some(8), "{e:?}");
    }

    #[test]
    fn groups_named_with_their_kind_and_towns_with_a_prefix_or_a_cue() {
        use model::EntityType::{Location, Org};
        let n = names("Report\n\nMembers of the Barrio Rojo gang and the pro-government Nuevo Rumbo party met the governor of Sonora in March. The rights group Voces Libres said the Los Halcones cartel had paid them. Several boats left Port Aransas and Fort Meade for the hamlet of San Lázaro and the municipality of Tlacolula.\n");
        let ty = |name: &str| {
            n.iter()
                .find(|x| x.0 == name)
                .map(|x| x.2)
                .unwrap_or_else(|| panic!("{name} not found in {n:?}"))
        };
        assert_eq!(ty("Barrio Rojo"), Org);
        assert_eq!(ty("Nuevo Rumbo"), Org);
        assert_eq!(ty("Voces Libres"), Org);
        assert_eq!(ty("Fort Meade"), Location);
        assert_eq!(ty("Port Aransas"), Location);
        assert_eq!(ty("San Lázaro"), Location);
        assert_eq!(ty("Tlacolula"), Location);
        // "Russian-occupied Crimea", "a Quetta-based group", "Sonora state".
        let n2 = names("Report\n\nThe students were sent to camps in Russian-occupied Crimea in 2023 by a Quetta-based group, and later to a ranch in neighbouring Sonora state.\n");
        for (name, canon) in [
            ("Crimea", "Crimea"),
            ("Quetta", "Quetta"),
            ("Sonora", "Sonora"),
        ] {
            assert!(
                n2.iter()
                    .any(|x| x.0 == name && x.1.starts_with(canon) && x.2 == Location),
                "{name}: {n2:?}"
            );
        }
        assert!(
            n2.iter().all(|x| x.2 != model::EntityType::Person),
            "{n2:?}"
        );
        // A kind of state is no place.
        let n3 = names("Report\n\nThe cell wanted a Caliphate state in the region. Bordering states are worried.\n");
        assert!(
            n3.iter().all(|x| x.0 != "Caliphate" && x.0 != "Bordering"),
            "{n3:?}"
        );
        // A name given in quotes to a group ("known as", "dubbed", "track as").
        let n4 = names("Report\n\nThe intruders, a group that analysts track as \"Copper Heron\", used forged invitations. A second crew, dubbed \"Night Orchard\" by researchers, was also active in 2024.\n");
        for name in ["Copper Heron", "Night Orchard"] {
            assert!(
                n4.iter().any(|x| x.0 == name && x.2 == Org),
                "{name}: {n4:?}"
            );
        }
        // Two unknown words after "off" or "near" are a town; "Kota", "Kuala" begin towns;
        // a fleet is a force.
        let n5 = names("Report\n\nGunmen seized the trawler off Tawau Baru on 3 May 2024 and took it towards Kota Belud, where the US Seventh Fleet was on patrol.\n");
        assert!(
            n5.iter().any(|x| x.0 == "Tawau Baru" && x.2 == Location),
            "{n5:?}"
        );
        assert!(
            n5.iter().any(|x| x.0 == "Kota Belud" && x.2 == Location),
            "{n5:?}"
        );
        assert!(
            n5.iter()
                .any(|x| x.0.contains("Seventh Fleet") && x.2 == Org),
            "{n5:?}"
        );
        // An ordinal in figures begins a unit's name.
        let n6 = names("Report\n\nDrones struck the base of the 4th Mechanised Brigade near Kherson on 3 May 2024.\n");
        assert!(
            n6.iter()
                .any(|x| x.0 == "4th Mechanised Brigade" && x.2 == Org),
            "{n6:?}"
        );
        // A person is still a person beside such words.
        let n = names("Report\n\nThe party leader Ivan Zorin and the group's founder, Maria Voss, were questioned.\n");
        assert!(
            n.iter()
                .any(|x| x.0 == "Ivan Zorin" && x.2 == model::EntityType::Person),
            "{n:?}"
        );
    }

    #[test]
    fn article_names_short_company_names_laws_and_courts() {
        use model::EntityType::{Location, Org, Person};
        // A Spanish article begins a place or, plural, a gang; not a person, unless the
        // report names the person in full.
        let n = names("Report\n\nGunmen from Las Sombras shot a bus driver in La Victoria on 3 May 2025. Police said Omar El Hadi had paid them. A witness saw El Hadi at the depot.\n");
        assert!(
            n.iter().any(|x| x.0 == "Las Sombras" && x.2 == Org),
            "{n:?}"
        );
        assert!(
            n.iter().any(|x| x.0 == "La Victoria" && x.2 == Location),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|x| x.0 == "El Hadi" && x.1 == "Omar El Hadi" && x.2 == Person),
            "{n:?}"
        );
        // A company named in full, then by its first word.
        let n = names("Report\n\nProsecutors say Quillmark Optics Ltd sold thermal sights to a buyer in Minsk. Investigators traced the payments to Quillmark in 2024.\n");
        assert!(
            n.iter()
                .any(|x| x.0 == "Quillmark" && x.1 == "Quillmark Optics Ltd" && x.2 == Org),
            "{n:?}"
        );
        // A law is not a person; a court of appeal and an air wing are bodies.
        let n = names("Report\n\nHe was charged under the Foreign Agents Registration Act. The Eleventh Circuit heard the appeal, and the Commerce Department's lawyers spoke. Jets of the Kalmar Wing were scrambled.\n");
        assert!(n.iter().all(|x| x.2 != Person), "{n:?}");
        for name in ["Eleventh Circuit", "Commerce Department", "Kalmar Wing"] {
            assert!(n.iter().any(|x| x.0 == name && x.2 == Org), "{name}: {n:?}");
        }
    }

    #[test]
    fn the_statement_s_day_gives_way_to_the_act_s_own_time() {
        let e = args("Gao Weekly\n\n12 May 2025\n\nThe monitoring group said in March that the militia had recruited 30 boys in Ansongo last year.\n");
        let r = e.iter().find(|x| x.0 == "RECRUITMENT").expect("recruited");
        assert_eq!(r.3.as_deref(), Some("2024"), "{e:?}");
        // Nor does the day in a wire dateline date an act the statement reports.
        let e = args("Lima Wire\n\nLIMA, 3 Mar (Andina) - Police said on Monday they had broken up a gang that planned to kidnap a journalist. Four men were held in the raid, which followed months of surveillance by detectives, the police statement said.\n");
        let p = e
            .iter()
            .find(|x| x.0 == "PLOT")
            .unwrap_or_else(|| panic!("{e:?}"));
        assert_eq!(p.3, None, "{e:?}");
    }

    #[test]
    fn a_facility_named_with_its_kind_in_lower_case() {
        use model::EntityType::Location;
        let n = names("Report\n\nTwo men were seen filming the Tapa military base and the Narva border crossing in May.\n");
        assert!(
            n.iter()
                .any(|x| x.0 == "Tapa military base" && x.2 == Location),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|x| x.0 == "Narva border crossing" && x.2 == Location),
            "{n:?}"
        );
        // A demonym before the kind is an adjective, not a name.
        let n = names("Report\n\nThe drone flew over a Russian military base in the north.\n");
        assert!(n.iter().all(|x| !x.0.contains("military base")), "{n:?}");
    }

    #[test]
    fn people_after_title_chains_in_pairs_and_with_particles() {
        use model::EntityType::Person;
        let person = |n: &[(String, String, model::EntityType)], who: &str| {
            n.iter().any(|x| x.0 == who && x.2 == Person)
        };
        let n = names("Report\n\nDeputy Foreign Minister Ruta Kalnina summoned the envoy, and Regional Commissioner of Police Omari Juma said two men were held.\n");
        assert!(person(&n, "Ruta Kalnina"), "{n:?}");
        assert!(person(&n, "Omari Juma"), "{n:?}");
        let n = names("Report\n\nThe students, Farida Nazarova and Bekzod Alimov, were detained in Namangan.\n");
        assert!(
            person(&n, "Farida Nazarova") && person(&n, "Bekzod Alimov"),
            "{n:?}"
        );
        let n = names("Report\n\nOn 2 May, Rudo Chari and Kuda Mapfumo, members of a residents' group, were held.\n");
        assert!(
            person(&n, "Rudo Chari") && person(&n, "Kuda Mapfumo"),
            "{n:?}"
        );
        let n = names(
            "Report\n\nA police spokesman, Major Hassan al-Tamimi, said the cell was dismantled.\n",
        );
        assert!(person(&n, "Hassan al-Tamimi"), "{n:?}");
        // An office with no name is no person.
        let n = names("Report\n\nThe Minister of Interior said the border would stay closed.\n");
        assert!(n.iter().all(|x| x.2 != Person), "{n:?}");
    }

    #[test]
    fn a_group_named_back_takes_its_count() {
        let e = events("Report\n\nPolice in Kisumu detained three journalists on 4 June 2024.\n\nThe journalists were charged with espionage on 6 June.\n");
        assert_eq!(count_of(&e, "CHARGE"), Some(3), "{e:?}");
        let e = events("Report\n\nThe service said it had arrested two agents of a foreign service on 4 June 2024. The agents were recruited online in 2023.\n");
        assert_eq!(count_of(&e, "RECRUITMENT"), Some(2), "{e:?}");
    }

    #[test]
    fn handing_over_surveillance_airspace_provocation_and_treaties() {
        assert!(has("Report\n\nThe clerk is suspected of handing over classified documents to a Chinese officer in 2022.\n", "ESPIONAGE"));
        assert!(has("Report\n\nIn March 2023 the men carried out surveillance of a naval depot near Split.\n", "ESPIONAGE"));
        assert!(has("Report\n\nOn 4 May two Belarusian helicopters entered Polish airspace near Bialowieza.\n", "INCURSION"));
        assert!(has("Report\n\nThe army reported two overflights of the Rukla base by unidentified drones on 3 March 2025.\n", "INCURSION"));
        assert!(has(
            "Report\n\nOn 6 May Warsaw called the flights a deliberate provocation.\n",
            "ACCUSATION"
        ));
        assert!(has(
            "Report\n\nIn 2019 Peru and Bolivia signed an extradition treaty in Lima.\n",
            "COOPERATION"
        ));
        assert!(has("Report\n\nOn 2 June gunmen opened fire on a police post in Tillaberi, killing three officers.\n", "ATTACK"));
        assert!(has("Report\n\nThe charity received about 2.5 million dollars from a Gulf foundation in 2021, auditors said.\n", "FUNDING"));
        assert!(has("Report\n\nThe magazine denied that it had ever taken money from the Iranian embassy in 2020.\n", "FUNDING"));
    }

    #[test]
    fn a_statement_reproduced_whole_is_the_source_of_what_follows() {
        let d = doc("Official statement\n\nThe State Security Committee informs:\n\nOn 3 May 2024 officers detained two residents of Osh.\n\nThe detainees were paid 300 dollars a month by a foreign handler.\n\nIn 2023 the men photographed military sites near Batken.\n");
        let funding = d
            .events
            .iter()
            .find(|e| e.etype == model::EventType::Funding)
            .expect("funding");
        assert_eq!(funding.modality, model::Modality::Alleged, "{funding:?}");
        assert!(
            funding
                .claimant
                .as_ref()
                .is_some_and(|c| c.name.contains("State Security Committee")),
            "{funding:?}"
        );
    }

    #[test]
    fn an_attorneys_office_is_an_organisation() {
        let n = names("Report\n\nThe courier remains in custody in Split, the County Attorney's Office said on Friday.\n");
        assert!(
            n.iter()
                .any(|x| x.0 == "County Attorney's Office" && x.2 == model::EntityType::Org),
            "{n:?}"
        );
    }

    #[test]
    fn the_agency_in_a_dateline_does_not_act() {
        let e = args("Border arrests\n\nCHISINAU, May 3 (Delta Wire) - Moldovan border police detained two men near Giurgiulesti on Friday.\n");
        let arrest = e.iter().find(|x| x.0 == "ARREST").expect("an arrest");
        assert!(
            arrest
                .1
                .as_deref()
                .is_none_or(|a| !a.contains("Delta Wire")),
            "{e:?}"
        );
    }

    #[test]
    fn who_agreed_or_joined_is_the_recruit() {
        let e = args("Prosecutors in Lima said Tomas Quispe agreed to work for the Bolivian Intelligence Service in 2015.\n");
        let r = e
            .iter()
            .find(|x| x.0 == "RECRUITMENT")
            .expect("recruitment");
        assert!(
            r.1.as_deref()
                .is_some_and(|a| a.starts_with("Bolivian intelligence")),
            "{e:?}"
        );
        assert_eq!(r.2, vec!["Tomas Quispe".to_string()], "{e:?}");
        let e = args("According to the court, Amadou Keita joined Lashkar-e-Taiba in 2019.\n");
        let r = e
            .iter()
            .find(|x| x.0 == "RECRUITMENT")
            .expect("recruitment");
        assert_eq!(
            r.2.first().map(String::as_str),
            Some("Amadou Keita"),
            "{e:?}"
        );
        assert!(
            r.1.as_deref().is_some_and(|a| a.contains("Lashkar")),
            "{e:?}"
        );
        // The active verb keeps its roles.
        let e = args("Police said Hezbollah had recruited Omar Haddad in Sidon in 2017.\n");
        let r = e
            .iter()
            .find(|x| x.0 == "RECRUITMENT")
            .expect("recruitment");
        assert_eq!(r.1.as_deref(), Some("Hezbollah"), "{e:?}");
    }

    #[test]
    fn coordinated_destinations_and_so_did_make_one_event_each() {
        let e = args(
            "In 2016 Benjamin Netanyahu visited Kenya and Uganda, and so did Reuven Rivlin.\n",
        );
        let visits: Vec<(Option<&str>, Option<&str>)> = e
            .iter()
            .filter(|x| x.0 == "DIPLOMATIC_ACTION")
            .map(|x| (x.1.as_deref(), x.4.as_deref()))
            .collect();
        assert_eq!(visits.len(), 4, "{e:?}");
        for who in ["Benjamin Netanyahu", "Reuven Rivlin"] {
            for place in ["Kenya", "Uganda"] {
                assert!(
                    visits.contains(&(Some(who), Some(place))),
                    "{who} {place}: {e:?}"
                );
            }
        }
        // Two clauses joined by "and", each with its own actor: two events of one type.
        let e = args("The Dutch foreign ministry summoned the Russian ambassador on 2 April 2022, and the Belgian foreign ministry then summoned the Russian charge d'affaires.\n");
        assert_eq!(
            e.iter().filter(|x| x.0 == "DIPLOMATIC_ACTION").count(),
            2,
            "{e:?}"
        );
    }

    #[test]
    fn what_detainees_are_said_to_have_done_is_not_dated_by_the_arrest() {
        let e = args("On 9 March 2023 police in Mombasa arrested 12 men said to have been trained by al-Shabaab in Somalia.\n");
        let arrest = e.iter().find(|x| x.0 == "ARREST").expect("arrest");
        assert_eq!(arrest.3.as_deref(), Some("2023-03-09"), "{e:?}");
        let training = e.iter().find(|x| x.0 == "TRAINING").expect("training");
        assert_eq!(training.3, None, "{e:?}");
    }

    #[test]
    fn an_event_still_going_on_is_dated_in_the_year_of_writing() {
        let text = "Unrest in Khartoum\n\nMarch 3, 2024\n\nProtests continue in Khartoum in spite of a harsh crackdown by the army.\n";
        let e = args(text);
        let protest = e.iter().find(|x| x.0 == "PROTEST").expect("protest");
        assert_eq!(protest.3.as_deref(), Some("2024"), "{e:?}");
    }

    #[test]
    fn bylines_are_entities_and_the_default_claimant_links_to_them() {
        let d = doc("Who Funds the Border Militias?\n\nMarta Quispe\nSenior Security Analyst\n\nTranslated by Jonas Berg\n\nPolice in Puno detained three smugglers on 2 May 2023.\n");
        let byline: Vec<(&str, Option<&str>)> = d
            .mentions
            .iter()
            .filter(|m| m.rule == "byline" && m.etype == model::EntityType::Person)
            .map(|m| (m.canonical.as_str(), m.role.as_deref()))
            .collect();
        assert!(
            byline.contains(&("Marta Quispe", Some("author"))),
            "{byline:?}"
        );
        assert!(
            byline.contains(&("Jonas Berg", Some("translator"))),
            "{byline:?}"
        );
        // Document-level mentions sit in no sentence, so they are no event's argument.
        let ev = d.events.first().expect("detention");
        let claimant = ev.claimant.as_ref().and_then(|c| c.mention);
        assert_eq!(
            claimant.map(|i| d.mentions[i].canonical.as_str()),
            Some("Marta Quispe")
        );
        assert!(ev.agent.as_ref().and_then(|a| a.mention) != claimant);
    }

    #[test]
    fn descriptions_named_days_and_plain_words_are_not_names() {
        let d = doc("Sunni Muslim clerics in Mosul marked Liberation Day with prayers, and the day ended with a parade by the Iraqi Army.\n");
        let people: Vec<&str> = d
            .mentions
            .iter()
            .filter(|m| m.etype == model::EntityType::Person)
            .map(|m| m.text.as_str())
            .collect();
        assert!(people.is_empty(), "{people:?}");
        // Acronyms match only as written: "Let" is not LeT, "Who" is not WHO.
        let d = doc(
            "Let the record show that the port was quiet. Who gains from the unrest in Lahore?\n",
        );
        assert!(
            d.mentions
                .iter()
                .all(|m| m.kb.is_none() || m.etype == model::EntityType::Location),
            "{:?}",
            d.mentions
        );
    }

    #[test]
    fn a_known_name_gives_way_to_the_organisation_it_begins_and_wars_are_nobody() {
        let d = doc(
            "Fighters of the Sahel Liberation Front and veterans of the Ogaden War met in Gao.\n",
        );
        let front = d
            .mentions
            .iter()
            .find(|m| m.text.contains("Sahel"))
            .expect("Sahel");
        assert_eq!(front.text, "Sahel Liberation Front", "{:?}", d.mentions);
        assert_eq!(front.etype, model::EntityType::Org);
        assert!(
            d.mentions.iter().all(|m| !m.text.contains("War")),
            "{:?}",
            d.mentions
        );
    }

    #[test]
    fn descriptive_forces_websites_outlets_and_companies_are_named() {
        // "the country's" is the country last named; a longer possessive name is one.
        let m = names("Protests spread across Belarus despite a crackdown by the country's security forces.\n");
        assert!(
            m.iter()
                .any(|x| x.0 == "country's security forces" && x.1 == "Belarusian security forces"),
            "{m:?}"
        );
        let m = names("Analysts blamed the Russian Federation's security forces for the raid.\n");
        assert!(m.iter().any(|x| x.1 == "Russian security forces"), "{m:?}");
        // A web address cited as a source is an outlet.
        let m = names("This was first reported by the kavkaz-uzel.ru website on Monday.\n");
        assert!(
            m.iter()
                .any(|x| x.0 == "kavkaz-uzel.ru" && x.2 == model::EntityType::Org),
            "{m:?}"
        );
        // A known outlet after a demonym is that outlet; "The Times" is no acronym, so
        // "Times" is it too.
        let m = names("The claim was first made by the British Times newspaper.\n");
        assert!(
            m.iter()
                .any(|x| x.0 == "British Times" && x.1 == "The Times"),
            "{m:?}"
        );
        let m = names("The French Le Monde said the envoy had left Niamey.\n");
        assert!(
            m.iter()
                .any(|x| x.0 == "French Le Monde" && x.1 == "Le Monde"),
            "{m:?}"
        );
        // A place's name leading an industry's is a company; a run joined by "and" stops
        // before a known name; a day's name is nobody's.
        let m = names("He was a pilot at the Black Sea Shipping Lines until Syrian Intelligence and Hezbollah hired him on Victory Day.\n");
        assert!(
            m.iter()
                .any(|x| x.0 == "Black Sea Shipping Lines" && x.2 == model::EntityType::Org),
            "{m:?}"
        );
        assert!(m.iter().any(|x| x.0 == "Hezbollah"), "{m:?}");
        assert!(m.iter().all(|x| !x.0.contains("Day")), "{m:?}");
        // A firm named by its trade: "... Maritime", "... Logistics", "... Trading".
        let m = names("The vessel is managed by Harbourline Maritime, and its cargo was booked through Tevrin Logistics, while Osmar Trading paid the fees.\n");
        for firm in ["Harbourline Maritime", "Tevrin Logistics", "Osmar Trading"] {
            assert!(
                m.iter()
                    .any(|x| x.0 == firm && x.2 == model::EntityType::Org),
                "{firm}: {m:?}"
            );
        }
    }

    #[test]
    fn parts_of_places_lower_case_ministries_and_case_endings() {
        let m = names("Shelling was reported in northern Syria and in South Aleppo, while envoys toured central Asia and South Sudan.\n");
        let has = |m: &[(String, String, model::EntityType)], t: &str, c: &str| {
            m.iter().any(|x| x.0 == t && x.1 == c)
        };
        assert!(has(&m, "northern Syria", "Syria"), "{m:?}");
        assert!(has(&m, "South Aleppo", "Aleppo"), "{m:?}");
        assert!(has(&m, "central Asia", "Central Asia"), "{m:?}");
        assert!(m.iter().all(|x| x.0 != "Sudan"), "{m:?}");
        // A ministry in lower case that the knowledge files know by that name alone.
        let m = names("Beijing said the state security ministry had opened a case.\n");
        assert!(
            m.iter()
                .any(|x| x.0 == "state security ministry" && x.1.contains("State Security")),
            "{m:?}"
        );
        // A Turkish case ending after an apostrophe is not part of the name.
        let m = names("Officials said Yusuf Demirtas'ın brother flew to Ankara'da on Friday.\n");
        assert!(m.iter().any(|x| x.0 == "Yusuf Demirtas"), "{m:?}");
        assert!(m.iter().any(|x| x.0 == "Ankara"), "{m:?}");
        // An acronym that spells "... in Place" takes the place in; a country named before
        // a capitalised generic head owns it; generic words in capitals name no one.
        let m = names("The Popular Front in Chad (PFC) met Kenya Intelligence officers, and Intelligence Agencies in the region took note.\n");
        assert!(m.iter().any(|x| x.0 == "Popular Front in Chad"), "{m:?}");
        assert!(
            m.iter()
                .any(|x| x.0 == "Kenya Intelligence" && x.1 == "Kenyan intelligence services"),
            "{m:?}"
        );
        assert!(m.iter().all(|x| x.0 != "Intelligence Agencies"), "{m:?}");
        // A heading in headline case gives no person its shape.
        let m = names("Smugglers paid officials at the port, and the traffickers hired dock workers.\n\nSmugglers Bribing Port Officials to Hire Dock Workers\n\nThe port was closed.\n");
        assert!(m.iter().all(|x| x.2 != model::EntityType::Person), "{m:?}");
    }

    #[test]
    fn acronyms_embassies_and_demonyms_resolve_to_the_right_names() {
        let d = doc("The Democratic Front in Togo (DFT) denied any link to the Ghanaian embassy in Lome. Togolese intelligence agents and Togo's intelligence services said they had no comment.\n");
        // "(DFT)" does not make an acronym of Togo.
        assert!(
            d.mentions
                .iter()
                .all(|m| !(m.text == "DFT" && m.canonical == "Togo")),
            "{:?}",
            d.mentions
        );
        // An embassy is a building, not its country.
        let embassy = d
            .mentions
            .iter()
            .find(|m| m.text.contains("embassy"))
            .expect("embassy");
        assert_eq!(embassy.etype, model::EntityType::Location);
        assert_eq!(embassy.kb, None, "{embassy:?}");
        assert_ne!(embassy.canonical, "Ghana");
        // One name for one country's services, whichever way the text puts it.
        let services: Vec<&str> = d
            .mentions
            .iter()
            .filter(|m| m.subtype.as_deref() == Some("intelligence_service"))
            .map(|m| m.canonical.as_str())
            .collect();
        assert_eq!(services.len(), 2, "{:?}", d.mentions);
        assert_eq!(services[0], services[1]);
    }

    #[test]
    fn according_to_him_is_the_person_named_before_and_a_denial_after_but_is_its_own() {
        let c = claimants("Kenya arrests courier\n\nBy Achieng Otieno\n\nFormer police commander Daniel Kiprono has followed the case for years.\n\nAccording to him, Somali militants recruited three drivers in Garissa in 2019.\n\nThe interior ministry said the drivers had smuggled explosives into Nairobi, but the drivers' families denied the accusation.\n");
        let recruitment = c
            .iter()
            .find(|(t, _)| t == "RECRUITMENT")
            .expect("recruitment");
        assert_eq!(recruitment.1.as_deref(), Some("Daniel Kiprono"), "{c:?}");
        let denial = c.iter().find(|(t, _)| t == "DENIAL").expect("denial");
        assert_eq!(denial.1.as_deref(), Some("Achieng Otieno"), "{c:?}");
    }

    #[test]
    fn the_idea_of_an_act_is_not_an_event() {
        let e = args("Espionage is often called the second oldest profession, and an arrest is not a purge.\n");
        assert!(e.is_empty(), "{e:?}");
        // With a participant it is an event.
        let e = args("The espionage by Chinese agents in Manila worried officials.\n");
        assert!(e.iter().any(|x| x.0 == "ESPIONAGE"), "{e:?}");
    }

    #[test]
    fn a_date_across_a_comma_belongs_to_the_nearer_trigger() {
        let e = args("Equipped with rifles supplied by Sudan, the rebels attacked Bria in 2021.\n");
        let supply = e.iter().find(|x| x.0 == "COOPERATION").expect("supply");
        assert_eq!(supply.3, None, "{e:?}");
        let attack = e.iter().find(|x| x.0 == "ATTACK").expect("attack");
        assert_eq!(attack.3.as_deref(), Some("2021"), "{e:?}");
        // Coordinated verbs share their date.
        let e = args("In 2022 a driver was arrested and charged in Kumasi.\n");
        let charge = e.iter().find(|x| x.0 == "CHARGE").expect("charge");
        assert_eq!(charge.3.as_deref(), Some("2022"), "{e:?}");
    }

    #[test]
    fn drones_reported_over_a_site_and_material_passed_to_handlers() {
        assert!(has(
            "Between 3 and 5 May 2025, drones were seen on three nights over the Rukla base.\n",
            "INCURSION"
        ));
        assert!(has(
            "Drones were reported over Vaernes air station on 14 March 2025.\n",
            "INCURSION"
        ));
        assert!(has("The clerk is suspected of passing confidential documents of the navy to a foreign service.\n", "ESPIONAGE"));
        assert!(has(
            "In 2024 the sailor passed the footage to his handlers in Minsk.\n",
            "ESPIONAGE"
        ));
        assert!(has(
            "The two men were detained after filming army positions near Narva.\n",
            "ESPIONAGE"
        ));
    }

    #[test]
    fn criminal_proceedings_fines_penalties_by_law_and_terms_received() {
        assert!(has("Prosecutors in Brno opened criminal proceedings for sabotage against two men on 4 April 2025.\n", "CHARGE"));
        assert!(has(
            "Criminal proceedings were initiated against the three lorry drivers in Ostrava.\n",
            "CHARGE"
        ));
        assert!(has(
            "The courier, a former sailor from Gdynia, received 12 years in prison.\n",
            "SENTENCE"
        ));
        assert!(has(
            "A court in Ostrava fined the drone pilot 20,000 koruna on 3 May 2025.\n",
            "SENTENCE"
        ));
        let m = modalities("Sabotage is punishable by up to 15 years in prison under Czech law.\n");
        assert!(
            m.contains(&("SENTENCE".into(), "hypothetical".into())),
            "{m:?}"
        );
    }

    #[test]
    fn a_charge_keeps_the_date_after_what_it_names_and_makes_that_alleged() {
        // The accused, listed with commas, stand between the charge and its grounds.
        let e = args("Prosecutors in Tallinn charged Lev Orlov, Ana Petrescu and Ivo Kask with espionage on 6 May 2025.\n");
        let charge = e.iter().find(|x| x.0 == "CHARGE").expect("charge");
        assert_eq!(charge.3.as_deref(), Some("2025-05-06"), "{e:?}");
        for t in [
            "Prosecutors in Tallinn charged Lev Orlov with espionage on 6 May 2025.\n",
            "The indictment accuses the two dock workers of sabotage at the port of Paldiski.\n",
        ] {
            let m = modalities(t);
            assert!(
                m.iter().any(
                    |(t, m)| ["ESPIONAGE", "COVERT_OPERATION"].contains(&t.as_str())
                        && m == "alleged"
                ),
                "{t}: {m:?}"
            );
        }
        // A conviction establishes what it names.
        let m = modalities("A court in Tartu convicted Lev Orlov of espionage on 6 May 2025.\n");
        assert!(
            m.contains(&("ESPIONAGE".into(), "asserted".into())),
            "{m:?}"
        );
    }

    #[test]
    fn a_visiting_statesman_is_not_a_count() {
        let e = events("In 2015 Prime Minister Shinzo Abe visited Ulaanbaatar.\n");
        let visit = e
            .iter()
            .find(|(t, _)| t == "DIPLOMATIC_ACTION")
            .expect("visit");
        assert_eq!(visit.1, None, "{e:?}");
        // One named suspect is one.
        let e = events("Police in Accra arrested Kwame Mensah on 3 June 2021.\n");
        assert_eq!(count_of(&e, "ARREST"), Some(1), "{e:?}");
    }

    #[test]
    fn a_state_announcing_its_own_arrests_accuses_no_one() {
        let e = args("On 4 June 2020 Armenia said it had arrested two men accused of being funded by Azerbaijan.\n");
        assert!(e.iter().all(|x| x.0 != "ACCUSATION"), "{e:?}");
    }

    #[test]
    fn a_progressive_is_active() {
        let e = args(
            "Officials believe the Mukhabarat was collecting information on exiles in Berlin.\n",
        );
        let esp = e.iter().find(|x| x.0 == "ESPIONAGE").expect("espionage");
        assert_eq!(
            esp.1.as_deref(),
            Some("General Intelligence Service of Egypt"),
            "{e:?}"
        );
    }

    #[test]
    fn an_interviewee_tells_what_others_said_and_a_subject_after_said_is_no_source() {
        let c = claimants("Interview with a former officer\n\nBy Lina Haddad\n\nQuestion: What happened in Tripoli?\n\nAnswer: Karim Said answered that the network was old.\n\nThe Libyan foreign ministry said the militia had kidnapped two engineers near the port in 2019.\n\nQuestion: And later?\n\nAnswer: Nothing changed.\n");
        let attack = c.iter().find(|(t, _)| t == "ATTACK").expect("attack");
        assert_eq!(attack.1.as_deref(), Some("Karim Said"), "{c:?}");
        // "It said Okafor passed..." names what was said, not who said it.
        let c = claimants("Nigeria detains clerk\n\nBy Ada Nwosu\n\nThe Department of State Services said on Monday it had detained a clerk in Abuja.\n\nIt said Emeka Okafor passed information on army convoys to a militia in 2021.\n");
        let esp = c.iter().find(|(t, _)| t == "ESPIONAGE").expect("espionage");
        assert_ne!(esp.1.as_deref(), Some("Emeka Okafor"), "{c:?}");
    }

    #[test]
    fn a_country_abbreviation_modifies_an_institution_and_may_is_a_month() {
        let d = doc("Officials in Kabul said in May that UK forces and US intelligence had left the base.\n");
        let orgs: Vec<(&str, Option<&str>)> = d
            .mentions
            .iter()
            .filter(|m| m.etype == model::EntityType::Org)
            .map(|m| (m.text.as_str(), m.subtype.as_deref()))
            .collect();
        assert!(
            orgs.contains(&("UK forces", Some("armed_group"))),
            "{orgs:?}"
        );
        assert!(
            orgs.contains(&("US intelligence", Some("intelligence_service"))),
            "{orgs:?}"
        );
        assert!(
            d.mentions.iter().all(|m| m.text != "May"),
            "{:?}",
            d.mentions
        );
    }

    #[test]
    fn exercises_are_military_only_among_military_words() {
        let e = args(
            "The health ministry provides hospital staff in Tirana with exercises in first aid.\n",
        );
        assert!(e.iter().all(|x| x.0 != "MILITARY_EXERCISE"), "{e:?}");
        let e = args("The army held exercises near Kars in 2021.\n");
        assert!(e.iter().any(|x| x.0 == "MILITARY_EXERCISE"), "{e:?}");
    }

    #[test]
    fn an_undated_cooperation_between_two_states_is_a_relationship() {
        let e = args("The security cooperation between Chile and Peru has deepened, officials in Lima said.\n");
        assert!(e.iter().all(|x| x.0 != "COOPERATION"), "{e:?}");
        let e = args("In 2019 Chile and Peru signed a security cooperation agreement in Lima.\n");
        assert!(e.iter().any(|x| x.0 == "COOPERATION"), "{e:?}");
    }
}
