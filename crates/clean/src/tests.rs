use super::*;
use model::BoilerplateKind;

fn cleaned(original: &str) -> Document {
    let mut doc = Document {
        original: original.to_string(),
        ..Default::default()
    };
    clean(&mut doc);
    doc
}

fn kinds(doc: &Document) -> Vec<(BoilerplateKind, String)> {
    doc.boilerplate
        .iter()
        .map(|b| (b.kind, b.span.of(&doc.original).to_string()))
        .collect()
}

#[test]
fn header_byline_translator_and_footer() {
    let doc = cleaned(
        "Who Funds the Border Militias?\n\nMarta Quispe\nSenior Security Analyst\n\nTranslated by Jonas Berg\n\n\
The militias along the border have received money from at least three foreign sponsors since 2015, according to court records seen by reporters.\n\
Prosecutors in La Paz say the payments were routed through shell companies.\n\nLeave a Reply\nGreat piece, thanks!\n",
    );
    assert_eq!(doc.title.as_deref(), Some("Who Funds the Border Militias?"));
    assert_eq!(doc.authors, vec!["Marta Quispe"]);
    assert_eq!(doc.translators, vec!["Jonas Berg"]);
    assert!(doc.text.starts_with("The militias along the border"));
    assert!(doc.text.ends_with("shell companies.\n"));
    assert!(!doc.text.contains("Leave a Reply") && !doc.text.contains("Great piece"));
}

#[test]
fn an_update_stamp_dates_a_page_that_gives_no_other_date() {
    let doc = cleaned(
        "Ferry guards held over smuggled fuel\n\nBy Marta Kovač\nLast updated: 4 March 2025, 16:20 CET\n\n\
Police in Rijeka said on Monday they had detained two ferry guards over fuel smuggled to a foreign buyer.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04")
    );
    // A publication date wins over a later update.
    let doc = cleaned(
        "Ferry guards held over smuggled fuel\n\nBy Marta Kovač\nPublished 2 March 2025\nUpdated 4 March 2025\n\n\
Police in Rijeka said on Sunday they had detained two ferry guards over fuel smuggled to a foreign buyer.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-02")
    );
}

#[test]
fn breadcrumbs_and_section_menus_are_chrome() {
    let doc = cleaned(
        "News > Region > Balkans\n\nCustoms officers held over smuggled radio parts\n\nBy Ivana Petrak\n5 May 2025\n\n\
Border police in Bijeljina said on Sunday they had detained two customs officers who waved through crates of military radio parts.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Customs officers held over smuggled radio parts")
    );
    let doc = cleaned(
        "Adriatic Ledger\nCroatia | Slovenia | Bosnia and Herzegovina | Montenegro | Albania\nSubscribe | Sign in\n\n\
Port guards accused of selling ferry schedules to a foreign contact for cash in Split\n\nBy Luka Marin and Ana Vidović\n3 June 2025\n\n\
Prosecutors in Split said on Monday that two port guards had sold ferry schedules to a foreign contact for cash.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some(
            "Port guards accused of selling ferry schedules to a foreign contact for cash in Split"
        )
    );
    assert_eq!(doc.authors, vec!["Luka Marin", "Ana Vidović"]);
    // A headline with one slash is no breadcrumb.
    assert!(!crate::lines::is_chrome("Serbia / Kosovo talks stall"));
    assert!(crate::lines::is_chrome("Home / National / Courts"));
}

#[test]
fn chrome_repeated_dek_and_teaser() {
    let doc = cleaned(
        "close button\nSwitch to Caucasus Watch Lite?\nWorld\n\nGeorgia Detains Two Over Base Photos\n\nMarch 4, 2024\nNino Kapanadze\n3 min read\n\
Georgia's State Security Service said on Sunday it had detained two men who photographed a military base near Senaki\n\
Georgia's State Security Service said on Sunday it had detained two men who photographed a military base near Senaki\n\n\
Georgia's State Security Service said on Sunday it had detained two men who photographed a military base near Senaki. Both are Georgian citizens.\n\n\
The agency said the pictures were sent to a handler abroad over a messaging app, and that the men had been paid in cash.\n\n\
Share on Facebook\n\nCulture\n\nTbilisi Jazz Week Opens\n\nMarch 3, 2024\nLevan Abashidze\n2 min read\nTbilisi Jazz Week Opens\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Georgia Detains Two Over Base Photos")
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(doc.authors, vec!["Nino Kapanadze"]);
    assert_eq!(
        doc.text.matches("photographed a military base").count(),
        1,
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Jazz"));
    assert!(!doc.text.contains("min read"));
    let k = kinds(&doc);
    assert!(k.iter().any(|(k, _)| *k == BoilerplateKind::RepeatedLead));
    assert!(
        k.iter()
            .any(|(k, s)| *k == BoilerplateKind::Teaser && s.contains("Jazz")),
        "{k:?}"
    );
}

#[test]
fn embedded_wire_excerpt_is_kept_with_its_own_date() {
    let doc = cleaned(
        "Lithuania Expels Diplomat\n\nJune 12, 2023\n\nLithuania expelled a Russian diplomat on Monday after counter-intelligence officers said he had recruited a port worker.\n\n\
Reuters\n\nJune 2\n\nThe port of Klaipeda has been a target of foreign intelligence interest for years, officials told reporters last week.\n\n\
The worker was arrested in May and has been charged with espionage, according to prosecutors in Vilnius.\n",
    );
    assert!(doc.text.contains("port of Klaipeda"));
    assert!(!doc.text.contains("Reuters\n"));
    assert_eq!(doc.sections.len(), 1);
    let (span, src, date) = &doc.sections[0];
    assert_eq!(src.as_deref(), Some("Reuters"));
    assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2023-06-02"));
    assert!(span.of(&doc.text).starts_with("The port of Klaipeda"));
}

#[test]
fn comment_section_with_dated_headers() {
    let doc = cleaned(
        "Police in Almaty detained four men suspected of financing an armed group abroad, the KNB said on Tuesday.\n\n\
The men transferred money through a charity, the committee said.\n\n7 thoughts on “Four held in Almaty”\n\nAidos says:\nMay 3, 2023 at 4:12 pm\nAbout time.\n",
    );
    assert!(doc.text.ends_with("the committee said.\n"));
    assert!(kinds(&doc)
        .iter()
        .any(|(k, s)| *k == BoilerplateKind::Comments && s.contains("About time")));
}

#[test]
fn alignment_points_back_into_the_original() {
    let doc = cleaned(
        "Menu\n\nBorder guards in Astara stopped a truck carrying radio equipment on Friday.\n",
    );
    let at = doc.text.find("Astara").unwrap();
    let orig = doc.alignment.to_original(at).unwrap();
    assert_eq!(&doc.original[orig..orig + 6], "Astara");
}

#[test]
fn outlet_from_interview_phrase() {
    let doc = cleaned(
        "Analyst Rustam Nazarov answered Kavkaz Monitor's questions about the expulsions.\n\nQuestion: Why now? The expulsions came after months of quiet talks between the two services.\n",
    );
    assert_eq!(doc.outlet.as_deref(), Some("Kavkaz Monitor"));
}

#[test]
fn long_headlines_datelines_in_capitals_and_dates_with_times() {
    // A headline of twelve words or more, with no final stop, is no paragraph.
    let doc = cleaned(
        "Prosecutors in Tallinn say four port workers sold cargo lists to a foreign buyer\n\nBy Kadri Tamm\nMarch 8, 2023\n\n\
Four workers at the port of Muuga were detained on Tuesday, prosecutors said in a statement.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Prosecutors in Tallinn say four port workers sold cargo lists to a foreign buyer")
    );
    assert_eq!(doc.authors, vec!["Kadri Tamm"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2023-03-08")
    );
    // A dateline's place in capitals before the date.
    let doc = cleaned(
        "Bishkek detains two over leaked plans\n\nSteppe Wire\nBISHKEK, June 12, 2024\n\n\
Kyrgyzstan's security committee said on Monday it had detained two clerks who copied defence plans.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2024-06-12")
    );
    // A time of day after the date.
    let doc = cleaned(
        "Lisbon police break up forgery ring\n\n3 February 2021, 09:40 WET\n\n\
Portuguese police said on Wednesday they had arrested five people who forged residence permits.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2021-02-03")
    );
}

#[test]
fn press_release_issuer_is_the_outlet_and_the_headline_the_title() {
    let doc = cleaned(
        "FOR IMMEDIATE RELEASE\nTuesday, April 9, 2024\n\nMinistry of Internal Affairs\nPress Office\n\n\
Two Border Officers Charged with Taking Bribes from Cigarette Smugglers\n\n\
CHISINAU - Prosecutors charged two border police officers on Tuesday with taking bribes to let smuggled cigarettes cross the Prut river.\n\n\
The officers were detained in March after a six-month inquiry, the ministry said.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Two Border Officers Charged with Taking Bribes from Cigarette Smugglers")
    );
    assert_eq!(doc.outlet.as_deref(), Some("Ministry of Internal Affairs"));
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2024-04-09")
    );
    assert!(
        doc.text.starts_with("CHISINAU - Prosecutors"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("IMMEDIATE"));
}

#[test]
fn headers_of_monitors_interviews_and_wire_copy() {
    // A rights group's statement: the body under the headline, a place before the date.
    let doc = cleaned(
        "Kenya: Free the Lamu fishermen\n\nCoastal Rights Monitor\nPublic statement\nMombasa, 4 June 2024\n\n\
Police in Lamu detained eleven fishermen on 28 May after they protested against a new naval exclusion zone, according to their families.\n\n\
None of them has been charged.\n",
    );
    assert_eq!(doc.title.as_deref(), Some("Kenya: Free the Lamu fishermen"));
    assert_eq!(doc.outlet.as_deref(), Some("Coastal Rights Monitor"));
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2024-06-04")
    );
    // An interview: a headline ending in a quotation, the paper above "Interview by".
    let doc = cleaned(
        "Retired colonel: \"We never tapped the union leaders\"\n\nGazeta Nordului\nInterview by Dana Lupu\n12 May 2024\n\n\
Colonel Radu Enache ran the regional counterintelligence office for nine years before he retired in 2020.\n\n\
Question: Did the service tap the phones of the union leaders in 2018?\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Retired colonel: \"We never tapped the union leaders\"")
    );
    assert_eq!(doc.outlet.as_deref(), Some("Gazeta Nordului"));
    assert_eq!(doc.authors, vec!["Dana Lupu"]);
    // Wire copy: the agency in the dateline; a masthead above the chrome and a date and
    // byline on one line.
    let doc = cleaned(
        "Baltic Sentinel\n\nSwamp drones cross into Latvia\n\nMay 3, 2024 | By Ilze Kalnina\n\n\
RIGA, May 3 (LETA) - Latvian border guards said on Friday that two small drones crossed from Belarus overnight near the village of Piedruja.\n\n\
Both turned back.\n",
    );
    assert_eq!(doc.title.as_deref(), Some("Swamp drones cross into Latvia"));
    assert_eq!(doc.authors, vec!["Ilze Kalnina"]);
    assert_eq!(doc.outlet.as_deref(), Some("Baltic Sentinel"));
    let doc = cleaned(
        "Courier held at Lagos airport\n\nLAGOS, Feb 2 (AFP) - Nigerian customs officers detained a courier carrying drone parts at Lagos airport on Friday, the agency said.\n\nHe was later released.\n",
    );
    assert_eq!(doc.outlet.as_deref(), Some("AFP"));
}

#[test]
fn wire_reporters_named_at_the_end_are_the_authors() {
    let doc = cleaned(
        "Chile expels two Russian diplomats\n\nSANTIAGO, June 3 (Reuters) - Chile expelled two Russian diplomats on Monday, the foreign ministry said.\n\n\
The ministry gave no reason.\n\nReporting by Pedro Alvarez and Ana Silva in Santiago; Editing by Tom Ellis\n",
    );
    assert_eq!(doc.authors, vec!["Pedro Alvarez", "Ana Silva"]);
}

#[test]
fn a_cookie_banner_of_any_length_is_chrome() {
    let doc = cleaned(
        "We and our partners use cookies and similar technologies to measure audiences and show you relevant content. You can change your preferences at any time. Agree | Manage settings\n\n\
Harbour pilots questioned over leaked ship movements\n\n\
Coastguard investigators in Gdynia questioned three harbour pilots on Thursday over ship movements that were passed to a foreign website.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Harbour pilots questioned over leaked ship movements")
    );
    assert!(!doc.text.contains("cookies"));
}

#[test]
fn a_masthead_above_menus_gives_way_to_the_longer_headline_below() {
    // An all-capitals newsletter name, an issue line and links, then the headline and a
    // byline whose reporters are each followed by where they filed from.
    let doc = cleaned(
        "THE ANDEAN RISK NOTE\nNo. 48 | Fortnightly for members\nOpen online | Share with a colleague\n\n\
Auditors find Bolivian customs officers waved through crates of smuggled pistols\n\n\
By Rosa Mamani in La Paz and Dan Whitlock in Lima\n3 Sept. 2024\n\n\
Auditors at Bolivia's comptroller general have found that customs officers at the Desaguadero crossing let through at least forty crates of pistols.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Auditors find Bolivian customs officers waved through crates of smuggled pistols")
    );
    assert_eq!(doc.authors, vec!["Rosa Mamani", "Dan Whitlock"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2024, 9, 3)));
    // A masthead of six words with a dash, then a menu: the headline still wins, and a source
    // line under it ("Source: ...") is no headline.
    let doc = cleaned(
        "NORDA - Nordic Defence Wire Agency\nWire | Defence | Arctic | Energy\n\n\
Finnish border guards detain two men photographing a radar station in Lapland\n\
Source: regional broadcaster Yle Lappi, 12K followers\n\
Tue, 7 Jan 2025 08:15:00 +0100\n\n\
Finnish border guards detained two foreign men near a radar station in Lapland on Monday after they were seen taking pictures of it.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Finnish border guards detain two men photographing a radar station in Lapland")
    );
}

#[test]
fn a_name_and_role_byline_and_a_newsroom_byline() {
    let doc = cleaned(
        "Harbour Light Daily\nCity | Courts | Business | Sport\n\n\
Dockworkers' leader questioned over payments from a foreign consulate\n\n\
Tomas Reyes | Senior Court Reporter\n9 May 2025 | 14:20\n\n\
Prosecutors in Valparaíso questioned the leader of the dockworkers' union on Thursday over payments he received from a foreign consulate.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Dockworkers' leader questioned over payments from a foreign consulate")
    );
    assert_eq!(doc.authors, vec!["Tomas Reyes"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 5, 9)));
    // A desk, not a person, signs this one.
    let doc = cleaned(
        "Guards fire on smugglers' boat off the coast near Tumaco\n\nRedacción Regional\nMon 3 Mar 2025 · 19:05\n\n\
Navy guards fired on a speedboat carrying fuel off the coast near Tumaco on Sunday night, wounding one of its crew.\n",
    );
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 3, 3)));
}

#[test]
fn a_standfirst_above_the_byline_is_header_not_body() {
    let doc = cleaned(
        "The Inland Quarterly\nEssays | Reviews | Archive\n\n\
Comment: Our ports have become the softest target for foreign spies and nobody is in charge of fixing it\n\n\
A decade of cases shows the same gaps in vetting, and the same ministries pointing at each other\n\n\
Pieter Claes\nFri 14 Mar 2025 07.30 CET\n\n\
In 2015, a crane operator in a North Sea port was found to have sold schedules of naval visits to a man he met in a bar.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Comment: Our ports have become the softest target for foreign spies and nobody is in charge of fixing it")
    );
    assert_eq!(doc.authors, vec!["Pieter Claes"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 3, 14)));
    assert!(doc.text.starts_with("In 2015"));
}

#[test]
fn slashed_and_capitalised_dates_labelled_bylines_and_tickers() {
    // A day-first slashed date, a "Words:" byline and an "English version:" translator.
    let doc = cleaned(
        "La Vigie\nJustice | Société | Monde\n\n\
Court in Lyon jails three men over arson at a Kurdish cultural centre\n\n\
The organiser was given nine years. A fourth man, a driver from Vienne, walked free\n\n\
Words: Élodie Marchand\nEnglish version: Paul Weber\n24/03/2025 08:15\n\n\
The criminal court in Lyon on Friday jailed three men for setting fire to a Kurdish cultural centre in Villeurbanne last year.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Court in Lyon jails three men over arson at a Kurdish cultural centre")
    );
    assert_eq!(doc.authors, vec!["Élodie Marchand"]);
    assert_eq!(doc.translators, vec!["Paul Weber"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 3, 24)));
    // A news ticker between the menus and the headline; "Reports by"; a date in capitals.
    let doc = cleaned(
        "LAKE TIMES\nNation | World | Sport | Business\nFlash info: Ferry timetable changes from Monday, says port\n\n\
Two customs officers held over smuggled rifles found on a cargo boat in Kigoma\n\n\
Reports by Asha Mrema and Joel Kimaro\nTUE, 4 MAR 2025 6:40 PM EAT\n\n\
KIGOMA: Police detained two customs officers on Monday after 14 rifles were found hidden in sacks of cement on a cargo boat.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Two customs officers held over smuggled rifles found on a cargo boat in Kigoma")
    );
    assert_eq!(doc.authors, vec!["Asha Mrema", "Joel Kimaro"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 3, 4)));
    // A name and role split by a dash, an update stamp with the zone in words, and an
    // issuing office of seven words above the date and the headline.
    let doc = cleaned(
        "Baltic Policy Forum\nResearch | Events | About\n\n\
Why the cable cuts in the Gulf of Finland keep going unpunished\n\n\
Liis Tamm — Senior Fellow, Maritime Security\nLast updated: Friday 7 March 2025, 10:05 (Tallinn time)\n\n\
When the third cable in two years was cut in January, investigators again pointed at a ship's anchor and again could not prove intent.\n",
    );
    assert_eq!(doc.authors, vec!["Liis Tamm"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 3, 7)));
    let doc = cleaned(
        "Office of the Public Prosecutor of Estonia\nProkuratuur | Prosecutor's Office | Прокуратура\n\n\
Press release no. 12/2025\nTallinn, 2025-02-11 10:00\n\n\
Prosecutors charge two men with gathering information on a defence plant for a foreign intelligence service\n\n\
On 10 February 2025, the Office of the Public Prosecutor charged two men with gathering information on a defence plant in Tartu.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Prosecutors charge two men with gathering information on a defence plant for a foreign intelligence service")
    );
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 2, 11)));
}

#[test]
fn a_stamp_with_zone_and_update_after_a_bar_is_the_date() {
    let doc = cleaned(
        "The Fenland Courier\n\nHarbour pilot charged over photographs of naval berths at Felixstowe\n\n\
Joe Lam, Fenland Courier News Service\nMar 3, 2026, 07:40 GMT | Updated: Mar 3, 2026, 12:05 GMT\n\n\
IPSWICH: A harbour pilot has been charged with collecting photographs of naval berths for a foreign state, police said on Monday.\n",
    );
    assert_eq!(doc.published, Some(model::DateValue::day(2026, 3, 3)));
    assert_eq!(doc.authors, vec!["Joe Lam"]);
    assert!(doc.text.starts_with("IPSWICH:"));
    assert!(temporal::parse_date("4 June 2025, 18:20 MSK", None).is_some());
    assert!(temporal::parse_date("4 June 2025, 18:20 Kenya", None).is_none());
}

#[test]
fn a_menu_set_out_with_wide_gaps_is_chrome_not_the_headline() {
    assert!(crate::lines::is_chrome(
        "News   Valleys   Farming   Courts   Letters"
    ));
    assert!(crate::lines::is_chrome(
        "Region · Business · Sport · Weather"
    ));
    assert!(!crate::lines::is_chrome(
        "Two men held.   Police say more arrests will follow soon."
    ));
    let doc = cleaned(
        "VALLEY TIMES\nNews   Valleys   Farming   Courts   Letters\n\n\
Two shepherds detained after drone found near army depot in the hills\n\nGwen Pryce, Valleys Correspondent\n\
12 May 2026 | Updated 09:10 BST\n\nTwo shepherds were detained on Sunday after a drone carrying a camera was found near an army depot, police said.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Two shepherds detained after drone found near army depot in the hills")
    );
    assert_eq!(doc.authors, vec!["Gwen Pryce"]);
    assert_eq!(doc.source.outlet.as_deref(), Some("VALLEY TIMES"));
}

#[test]
fn editors_and_photographers_in_a_byline_are_not_its_authors() {
    let doc = cleaned(
        "Smugglers' tunnel found under border farm\n\nReporting by Lena Vogt and Omar Haddad; Editing by Kurt Maier\n\
9 January 2026\n\nBorder police found a tunnel under a farm used to move people and cigarettes, they said on Friday.\n",
    );
    assert_eq!(doc.authors, vec!["Lena Vogt", "Omar Haddad"]);
    let doc = cleaned(
        "Smugglers' tunnel found under border farm\n\nText: Lena Vogt. Photo: Kurt Maier\n\
9 January 2026\n\nBorder police found a tunnel under a farm used to move people and cigarettes, they said on Friday.\n",
    );
    assert_eq!(doc.authors, vec!["Lena Vogt"]);
}

#[test]
fn a_labelled_headline_is_no_byline_and_an_outlet_after_a_name_is_dropped() {
    let doc = cleaned(
        "TruthDesk Andes\nChecks | Explainers | About\n\n\
Fact-check: No, the army did not arrest a Chilean spy posing as a tourist in Cusco\n\nMateo Ríos, TruthDesk Andes\n3 April 2026\n\n\
Posts shared thousands of times claim that soldiers arrested a Chilean officer posing as a tourist in Cusco last week.\n",
    );
    assert_eq!(doc.authors, vec!["Mateo Ríos"]);
    assert!(doc
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Fact-check: No")));
}

#[test]
fn year_first_dates_story_bylines_roles_after_a_slash_and_outlets_after_names() {
    let doc = cleaned(
        "The Osaka Ledger\nNational | World | Business | Sports\n\n\
Customs officer referred to prosecutors over sale of port security plans\n\n\
2025/11/04 09:15 JST\nBy Aiko Tanaka / Staff Writer\n\n\
Police on Monday referred a customs officer to prosecutors on suspicion of selling port security plans to a foreign buyer.\n",
    );
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 11, 4)));
    assert_eq!(doc.authors, vec!["Aiko Tanaka"]);
    let doc = cleaned(
        "Pier guards held over smuggled cigarettes\n\n3 May 2026\nStory by Petra Vuk | Photos by Ivo Kranjec\n\n\
Police in Split detained two pier guards on Friday over cigarettes smuggled on a ferry, they said.\n",
    );
    assert_eq!(doc.authors, vec!["Petra Vuk"]);
    let doc = cleaned(
        "Pier guards held over smuggled cigarettes\n\nMay 3, 2026 4:10 p.m. ET\nBy Petra Vuk and Ante Ban, Adriatic Wire Service\n\n\
Share  Tweet  Email  Print\n\nPolice in Split detained two pier guards on Friday over cigarettes smuggled on a ferry, they said.\n",
    );
    assert_eq!(doc.authors, vec!["Petra Vuk", "Ante Ban"]);
}

#[test]
fn an_edition_line_is_neither_outlet_nor_writer_and_a_tagline_leaves_the_outlet() {
    let doc = cleaned(
        "THE HOKURIKU TIMES\nEnglish Edition\nNational | Politics | Society | Business\n\n\
Fishing boat captain questioned over photographs of radar site\n\n2025/09/02 10:05 JST\nBy Ren Sato / Staff Writer\n\n\
Police on Monday questioned the captain of a fishing boat over photographs of a radar site, a spokesperson said.\n",
    );
    assert_eq!(doc.source.outlet.as_deref(), Some("THE HOKURIKU TIMES"));
    assert_eq!(doc.authors, vec!["Ren Sato"]);
    let doc = cleaned(
        "ONEGA HERALD · ENGLISH EDITION\nNews | Courts | Arctic | About us\n\n\
Shipyard welder detained on treason charge after trip to Tromsø\n\nMonday, March 2, 2026\nText: Olga Repina\n\n\
A welder at the shipyard was detained on a treason charge on Friday, his lawyer said.\n",
    );
    assert_eq!(doc.source.outlet.as_deref(), Some("ONEGA HERALD"));
}

#[test]
fn a_question_headline_and_a_standfirst_sentence_do_not_end_the_header() {
    // The headline reads like a sentence and the standfirst is one: the byline and the date
    // under them are still the header's.
    let doc = cleaned(
        "THE HIGHLAND COURIER\nPolitics | Business | Regions | Opinion | Subscribe\n\nCASE FILE\n\n\
Who is Major Telmo Rocha, the quartermaster accused of selling rifles to a cartel?\n\n\
Three years after the depot thefts began, investigators say they have found their man.\n\n\
By Inês Valadares and Rui Barreto\n3 February 2027 · 9 min read\n\n\
Until last week Major Telmo Rocha ran the army depot at Tancos, north of Lisbon. On Monday military police detained him at his home.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Who is Major Telmo Rocha, the quartermaster accused of selling rifles to a cartel?")
    );
    assert_eq!(doc.authors, vec!["Inês Valadares", "Rui Barreto"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2027-02-03")
    );
}

#[test]
fn a_press_release_headline_under_its_date_and_a_translation_note() {
    let doc = cleaned(
        "MINISTÉRIO DA DEFESA – REPÚBLICA DE CABO VERDE\nMinistry of Defence – Republic of Cabo Verde\n\
Início | Imprensa | Forças Armadas | Contactos\n\n\
Unofficial English translation by the Press Office. The Portuguese text prevails.\n\n\
Praia, Thursday 9 October 2025\n\n\
Coast guard boards trawler suspected of landing cocaine on Sal island\n\n\
The Ministry of Defence reports that on Tuesday a coast guard patrol boarded a trawler off Sal island and detained its crew of nine.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Coast guard boards trawler suspected of landing cocaine on Sal island")
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2025-10-09")
    );
    // The office above is the publisher.
    assert_eq!(doc.outlet.as_deref(), Some("MINISTÉRIO DA DEFESA"));
}

#[test]
fn reporting_credits_a_yearless_dateline_and_the_copyright_year() {
    let doc = cleaned(
        "ANDES NEWS SERVICE\nWorld | Americas | Markets\n\n\
Bolivian police seize three tonnes of explosives bound for mining camps\n\n\
Reporting by Lucía Mamani in La Paz; additional reporting by Jorge Quiroga in Santa Cruz; editing by Ann Reed\n\n\
LA PAZ, Bolivia, Oct 14 (Andes News Service) - Bolivian police seized three tonnes of explosives on Monday, officials said.\n\n\
(c) Andes News Service 2027. All rights reserved.\n",
    );
    assert_eq!(doc.authors, vec!["Lucía Mamani", "Jorge Quiroga"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2027-10-14")
    );
    let doc = cleaned(
        "EL HERALDO DEL SUR\nPortada | Región | Policial | Deportes\n\
English edition (translated) — this page was translated from Spanish by our newsroom\n\n\
POLICIAL\n\nFour fishermen detained after clash with navy patrol near Puerto Montt\n\n\
By Redacción El Heraldo, with reporting of Valentina Ñancucheo Ríos\nTuesday, 8 of April of 2025 | 10:15 hrs.\n\n\
PUERTO MONTT.- Four fishermen were detained by the navy after a clash at sea on Sunday, the port authority informed.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Four fishermen detained after clash with navy patrol near Puerto Montt")
    );
    assert_eq!(doc.authors, vec!["Valentina Ñancucheo Ríos"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2025-04-08")
    );
}

#[test]
fn labels_in_capitals_wide_gap_menus_and_newsletter_chrome_are_not_writers() {
    let doc = cleaned(
        "BALKAN SECURITY LETTER\nView this email in your browser\n\nSearch   Donate\n\n\
LONG READ\n\nThe border posts nobody guards: smuggling routes across the Drina\n\n\
Compiled by Mirela Hadžić\n12 May 2026\n\n\
Smugglers have moved at least forty migrants a week across the Drina since March, police in Zvornik said.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("The border posts nobody guards: smuggling routes across the Drina")
    );
    assert_eq!(doc.authors, vec!["Mirela Hadžić"]);
    let doc = cleaned(
        "RIVER STATES TV\nLIVE  |  News  |  Region  |  Sport\n\
Breaking: Bridge on the coastal road reopened after morning protest\n\nNIGERIA\n\n\
Gunmen seize six farm workers near Ikom as army sends reinforcements\n\n\
By Ada Okafor | River States TV\nPublished 11/03/2026 09:10\n\n\
Gunmen seized six farm workers near Ikom on Tuesday, police said.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Gunmen seize six farm workers near Ikom as army sends reinforcements")
    );
}

#[test]
fn a_paywall_tagline_under_the_masthead_is_not_the_headline() {
    let doc = cleaned(
        "SAHEL WIRE\nWorld | Africa | Markets\nWire service — for subscribers' use\n\n\
Gunmen kill four soldiers at a checkpoint near Ménaka; army says it repelled the attack\n\n\
Reporting by Aïcha Traoré in Bamako; editing by John Stone\n\n\
BAMAKO, Mali, June 3 (Sahel Wire) - Gunmen killed four soldiers at a checkpoint near Ménaka on Sunday, the army said.\n\n\
(c) Sahel Wire 2026. All rights reserved.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Gunmen kill four soldiers at a checkpoint near Ménaka; army says it repelled the attack")
    );
    assert_eq!(doc.authors, vec!["Aïcha Traoré"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-06-03")
    );
}

#[test]
fn labelled_fields_posted_by_stamps_beside_bylines_and_site_accounts() {
    let doc = cleaned(
        "DONGHAI DAILY 东海日报 | English Edition\nHome | China | World | Opinion\n\nChina > Security\n\n\
Court jails port official for selling shipping data to foreign agency\n\n\
Source: Donghai Daily | Author: Wen Xiaoli | 2026年5月12日 09:30 | Editor: Zhou Min\n\n\
A court in Ningbo on Monday jailed a port official for selling shipping schedules to a foreign intelligence agency.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Court jails port official for selling shipping data to foreign agency")
    );
    assert_eq!(doc.authors, vec!["Wen Xiaoli"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-05-12")
    );
    let doc = cleaned(
        "COSTA NORTE\nInicio | Crimen | Puertos | English\n\n\
Gunmen kill four at fish market in Tumaco\n\nPosted by Andrea Quiñónez on 6/5/2026\n\n\
Gunmen killed four people at the fish market in Tumaco on Sunday night, police said.\n",
    );
    assert_eq!(doc.authors, vec!["Andrea Quiñónez"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-05-06")
    );
    let doc = cleaned(
        "THE NORTHERN BUGLE\nNews | Sport | Money\n\n'MOLE IN THE MARINA': Harbour clerk sold ferry rosters to foreign agents, court hears\n\n\
By Tom Rudd, Chief Reporter | Updated 17:40 BST, 9 May 2026\n\n\
A harbour clerk sold ferry rosters to foreign agents, a court in Hull heard today.\n",
    );
    assert_eq!(doc.authors, vec!["Tom Rudd"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-05-09")
    );
    let doc = cleaned(
        "Border Watch Caucasus\n\nWeekly bulletin #12\n\nposted on March 9, 2026 by admin\n\n\
Georgian police detained two men near the Red Bridge on Tuesday.\n",
    );
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
    let doc = cleaned(
        "KTVA 4 NEWS | Anchorage\nNews  Weather  Traffic  Sports  4 On Your Side  Watch Live  Contests\n\
28°F Anchorage                                   ▶ WATCH: 4 News at 6\n\n\
Wasilla man accused of spying on Air Force base for Chinese agents, FBI says\n\n\
by Rena Holt\nPosted: Mar 5, 2026 at 6:12 p.m. AKST\n\n\
A Wasilla man was arrested by FBI agents Tuesday, prosecutors said.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Wasilla man accused of spying on Air Force base for Chinese agents, FBI says")
    );
    let doc = cleaned(
        "UNITED NATIONS MISSION\nHome | Reports | Newsroom\n\nDAILY REPORT 14/2026\nIssued 03.06.2026\n\n\
The Mission recorded 12 ceasefire violations near the line on 2 June 2026.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-06-03")
    );
}

#[test]
fn status_strips_bilingual_bylines_section_bylines_and_live_pages() {
    let doc = cleaned(
        "KHARKIV COURIER\nNews   Kharkiv   Region   War   Economy   Opinion\n\
Air raid alert status for Kharkiv region: no alert (updated 11:00)\n\nWAR / SECURITY\n\n\
SBU detains three-member network in Kharkiv that guided drone strikes on depots\n\nOlena Marchuk\n14.03.2026, 12:05 · 3 min read\n\n\
The SBU has detained three residents of Kharkiv region who allegedly guided drone strikes.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("SBU detains three-member network in Kharkiv that guided drone strikes on depots")
    );
    let doc = cleaned(
        "THE SIDON LEDGER\nLebanon | Region | Business              EN | عربي\nTuesday, February 3, 2026 · Sidon 16°C\n\n\
Drone strike kills two near Nabatieh; army says they were fighters\n\nKarim Aoun\nPublished: 03-02-2026 | 10:12 (Beirut)\n\n\
SIDON — A drone struck a car near Nabatieh on Monday, killing two men, the health ministry said.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Drone strike kills two near Nabatieh; army says they were fighters")
    );
    assert_eq!(doc.authors, vec!["Karim Aoun"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-02-03")
    );
    let doc = cleaned(
        "JUBA STAR\nHOME | SOUTH SUDAN | REGION | SPORTS\n\nLatest News\n\n\
Army says it repelled militia raid on Nasir barracks, days after cattle camp attack\n\n\
Tuesday March 10, 2026 - 09:12:31 in Latest News by Deng Mabior Akol\n\n\
JUBA (Juba Star) - The army said on Monday it had repelled a raid on its barracks in Nasir.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Army says it repelled militia raid on Nasir barracks, days after cattle camp attack")
    );
    assert_eq!(doc.authors, vec!["Deng Mabior Akol"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-03-10")
    );
    let doc = cleaned(
        "FRONTERA SUR\nInicio / Home · Tapachula · Judicial\n\nJUDICIAL\n\n\
Court clears extradition of alleged cartel accountant to the United States\n\n\
Por / By Ximena Ortiz Lara | Tapachula\nThursday, 26 March 2026 — 06:40 a.m.\n\n\
Mexico's Supreme Court on Tuesday cleared the extradition of an alleged cartel accountant.\n",
    );
    assert_eq!(doc.authors, vec!["Ximena Ortiz Lara"]);
    let doc = cleaned(
        "GÄVLE POSTEN – in English\nNyheter | Gävle | Sport\n\nCOURT\n\nTwo jailed for spying on exiles in Gävle\n\n\
Text: Ebba Lind\nPublicerad 20 nov 2025 kl 09.14 | Uppdaterad 20 nov 2025 kl 13.40\n\n\
Gävle District Court on Wednesday convicted two men of refugee espionage.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2025-11-20")
    );
    let doc = cleaned(
        "RIGA WATCH\nLatvia | Baltics | LIVE\n\nLIVE\n\nBorder guards seize Latvian hunter near Zilupe – live updates\n\n\
Anna Kalniņa, Jānis Ozoliņš\nLast update: 14 May 2026, 21:40 (EEST) · This page is no longer being updated\n\n\
21:40\nSeveral dozen people have gathered outside the embassy this evening.\n",
    );
    assert_eq!(doc.authors, vec!["Anna Kalniņa", "Jānis Ozoliņš"]);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-05-14")
    );
    let doc = cleaned(
        "Open Borders Watch\nHome | Reports | Donate\n\nREPORTS > EAST AFRICA\n\n\
No Way Home: How Exiles Are Hunted Across the Region\n\nReport · 27 January 2026 · 40 pages\n\n[Excerpt: Chapter 2, \"Four cases\"]\n\n\
Since 2016 we have documented at least 20 cases in which exiles were abducted abroad.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("No Way Home: How Exiles Are Hunted Across the Region")
    );
}

#[test]
fn a_document_kind_or_a_bar_of_links_beside_the_date_is_no_outlet() {
    let doc = cleaned(
        "Baltic Rights Watch\nDocumenting abuses · Supporting families\nHome | Our work | Reports | Donate\n\n\
Across the Lines: Abductions of Exiles in the Baltic States\n\n\
Report · 12 March 2026 · 48 pages · Download PDF (1.4 MB) | Executive summary | Press release\n\n\
Since 2019 the group has recorded at least twenty abductions of exiles living in Latvia and Lithuania.\n",
    );
    assert_eq!(doc.source.outlet.as_deref(), Some("Baltic Rights Watch"));
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-03-12")
    );
}

#[test]
fn labelled_decision_dates_online_stamps_taglines_page_numbers_and_issue_bars() {
    // "Since 2009" in a tagline is when the publisher began; the "Issued:" line dates the page.
    let doc = cleaned(
        "Harbour Rights Network\nDefending defenders · Since 2009\nHome | Alerts | Donate\n\n\
Velmo: fishermen's leader held for meeting diplomats\n\nIssued: 9 April 2026\n\n\
Police in Velmo have held the fishermen's leader Ado Brenn since 2 April, his family says.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-04-09")
    );
    // A court's labelled date of decision.
    let doc = cleaned(
        "SUMMARY OF DECISION\n\nCourt convicts two harbour clerks of passing ship manifests to a foreign agent\n\n\
Date of decision: 20 May 2026\n\n\
The court found that the two clerks passed the manifests to a foreign agent between 2023 and 2024.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-05-20")
    );
    // "Published online", and an update stamp in brackets after a place and a date.
    let doc = cleaned(
        "THE LAKE REVIEW\nEssays | Dispatches | Podcast\n\nESSAYS · ISSUE 12 · WINTER 2026\n\n\
The long arm: how one exile was followed across three borders\n\nBy Mara Quist\n\
Published online 28 January 2026 · 20 min read\n\n\
When Ado Brenn crossed into Velmo in the winter of 2023, he thought the hardest part was over.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("The long arm: how one exile was followed across three borders")
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-01-28")
    );
    let doc = cleaned(
        "The Valley Post\nHome  Region  Crime  Sports\n\nFive held over grenade cache in Velmo\n\nRina Kaur\n\
Post News Service | Velmo, May 8, 2026 (Updated 06:10 IST)\n\n\
Police in Velmo on Thursday arrested five people and recovered two grenades, officers said.\n",
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-05-08")
    );
    // A PDF's page number is no headline.
    assert!(super::lines::is_chrome("– 14 –"));
    assert!(super::lines::is_chrome("Page 3 of 12"));
    assert!(!super::lines::is_chrome("14 arrested in Velmo"));
}
fn day(doc: &Document) -> Option<String> {
    doc.published.map(|d| d.to_string())
}

#[test]
fn a_date_line_in_the_mastheads_language_dates_the_page() {
    for (line, want) in [
        ("Sábado 7 de junio de 2025", "2025-06-07"),
        ("Jeudi 12 mars 2026", "2026-03-12"),
        ("Dienstag, 3. Februar 2026", "2026-02-03"),
        ("Publicerad / Published: 09.10.2025 kl. 08:30", "2025-10-09"),
    ] {
        let doc = cleaned(&format!(
            "EL FARO DEL SUR\n\n{line}\n\nCoast guard seizes fishing boat carrying radio scanners\n\n\
The coast guard said on Friday it had detained the crew of a fishing boat carrying radio scanners near the port.\n"
        ));
        assert_eq!(day(&doc).as_deref(), Some(want), "{line}");
    }
}

#[test]
fn a_release_signed_at_its_foot_takes_the_date_under_the_signature() {
    let doc = cleaned(
        "MINISTRY OF DEFENCE\nPUBLIC AFFAIRS OFFICE\n\nPRESS STATEMENT\n\n\
PATROL BOAT INTERCEPTS TWO SKIFFS CARRYING WEAPONS OFF THE COAST\n\n\
1. A navy patrol intercepted two skiffs carrying rifles and ammunition near the islands on Tuesday.\n\n\
2. Six crew members were detained and handed over to the police for investigation.\n\n\
COMMANDER R. T. OKAFOR\nHead of Public Affairs\n14 August 2025\n",
    );
    assert_eq!(day(&doc).as_deref(), Some("2025-08-14"));
    // The headline under the release marker, not the office's name.
    assert_eq!(
        doc.title.as_deref(),
        Some("PATROL BOAT INTERCEPTS TWO SKIFFS CARRYING WEAPONS OFF THE COAST")
    );
    // A date among the last lines with no signature above it is a related link's, no date.
    let doc = cleaned(
        "Patrol boat intercepts two skiffs\n\n\
A navy patrol intercepted two skiffs carrying rifles and ammunition near the islands on Tuesday, officials said.\n\n\
Related\nFerry fire kills three\n2 May 2024\n",
    );
    assert_eq!(day(&doc), None);
}

#[test]
fn a_note_in_brackets_a_tagline_and_a_stack_of_capitals_are_not_the_headline() {
    // The tagline right above the menu; the editor's note above the headline.
    let doc = cleaned(
        "DIARIO DEL ALTIPLANO\nLa voz independiente de Puno y del sur andino\nInicio | Puno | Región | Policiales | Opinión\n\
Viernes 5 de septiembre de 2025\n\n\
[Translated for the research archive from the Spanish original; the translation was checked by a second reader.]\n\n\
Border patrol officers detained over bribes from fuel smugglers near Desaguadero\n\n\
By Lucía Mamani Quispe / Diario del Altiplano\n\n\
Prosecutors in Puno said on Thursday that three border patrol officers had been detained on suspicion of taking bribes.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Border patrol officers detained over bribes from fuel smugglers near Desaguadero")
    );
    // The outlet's name after the byline is no writer.
    assert_eq!(doc.authors, vec!["Lucía Mamani Quispe"]);
    assert_eq!(day(&doc).as_deref(), Some("2025-09-05"));
    // A parliament's record: capitals, the sitting's date, then the hearing's title, which
    // ends with an acronym in brackets.
    let doc = cleaned(
        "BUNDESTAG\nWAHLPERIODE 21\nAUSSCHUSS FÜR INNERES\n\nProtokoll Nr. 12 — Mittwoch, 4. März 2026\n\n\
Threats to undersea cables in the Baltic — Hearing of the President of the Federal Office for Information Security (BSI)\n\n\
The chair opened the hearing at 10:05 and asked the witness about the two cables damaged in November.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Threats to undersea cables in the Baltic — Hearing of the President of the Federal Office for Information Security (BSI)")
    );
}

#[test]
fn a_research_team_signs_and_a_dated_list_is_not_the_date_bar() {
    let doc = cleaned(
        "ANDEAN CONFLICT TRACKER\nData | Timelines | About\n\n\
TIMELINE: Attacks on rural police posts in the northern provinces, 2024 – 2025\n\n\
Research team: Camila Rojas and Pieter de Wit\nLast updated: 2 February 2026 (rev. 4)\n\n\
About this timeline. Entries list attacks on police posts reported by at least two independent sources, with the place and the date of each.\n\n\
2024-03-02 | Tumbes, Peru | Armed men set fire to a police post and wound two officers before fleeing towards the border.\n",
    );
    assert_eq!(doc.authors, vec!["Camila Rojas", "Pieter de Wit"]);
    assert_eq!(day(&doc).as_deref(), Some("2026-02-02"));
    assert_ne!(doc.source.outlet.as_deref(), Some("Tumbes, Peru"));
}

#[test]
fn a_masthead_in_capitals_with_its_tagline_is_no_byline() {
    let doc = cleaned(
        "KANTO DAILY WIRE | WORLD EDITION\n\n2025/11/03 09:15 JST\n\n\
Customs officers in Osaka find drone parts hidden in rice cookers\n\n\
OSAKA, Nov. 3 (KDW) -- Customs officers said Monday they had seized drone parts hidden in rice cookers bound for a foreign buyer.\n",
    );
    assert!(doc.authors.is_empty(), "{:?}", doc.authors);
    assert_eq!(day(&doc).as_deref(), Some("2025-11-03"));
}

#[test]
fn the_copyright_line_names_the_outlet_and_a_longer_name_is_no_outlet() {
    let mut doc = Document {
        original: "Customs officers seize drone parts bound for a foreign buyer\n\n\
Customs officers said on Monday they had seized drone parts hidden in rice cookers.\n\n\
Keywords: customs, National Police Agency, drones\n\n\
Related stories\n- Port workers held over smuggled chips (2025/10/02)\n\n\
Copyright (C) Kanto Daily Wire. All rights reserved.\n"
            .to_string(),
        ..Default::default()
    };
    clean(&mut doc);
    assert_eq!(doc.outlet.as_deref(), Some("Kanto Daily Wire"));
}

#[test]
fn a_stack_of_capitals_is_headed_by_its_publisher() {
    let doc = cleaned(
        "record_0412.pdf                 Page 1 of 2\n\nSEIMAS\nCOMMITTEE ON NATIONAL SECURITY AND DEFENCE\n\n\
Minutes No. 7 — 4 March 2026\n\n\
Hearing on the protection of the Klaipėda LNG terminal against sabotage and drone overflights\n\n\
The chair opened the sitting at 10:00 and gave the floor to the head of the State Security Department.\n",
    );
    assert_eq!(doc.outlet.as_deref(), Some("SEIMAS"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Hearing on the protection of the Klaipėda LNG terminal against sabotage and drone overflights")
    );
}
#[test]
fn a_date_set_apart_by_dashes_from_a_place_or_an_update() {
    for (line, want) in [
        ("Kigali – March 3, 2026", "2026-03-03"),
        (
            "Published on 2 May 2026 – Updated on 4 May 2026",
            "2026-05-02",
        ),
        ("Lima, 9 de enero de 2026 – January 9, 2026", "2026-01-09"),
        ("Riga/Tallinn, Jan. 14, 2026", "2026-01-14"),
    ] {
        let doc = cleaned(&format!(
            "THE BALTIC LEDGER\n\nBorder guards detain two men over drone flights near the lake\n\nBy Ilze Ozola\n{line}\n\n\
Border guards said on Monday they had detained two men who flew drones over a military site near the lake.\n"
        ));
        assert_eq!(day(&doc).as_deref(), Some(want), "{line}");
    }
    // A headline that closes with a span of months is no date line.
    let doc = cleaned(
        "THE BALTIC LEDGER\n\nTIMELINE: Drone flights over military sites in the Baltic states, March 2024 – May 2026\n\n\
Research team: Ilze Ozola and Marko Tamm\nLast updated: 3 June 2026\n\n\
This timeline lists the drone flights over military sites reported by at least two sources, with their dates.\n",
    );
    assert_eq!(day(&doc).as_deref(), Some("2026-06-03"));
    assert!(doc
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("TIMELINE")));
}

#[test]
fn a_date_stamp_with_an_update_in_brackets_and_an_advert_line() {
    let doc = cleaned(
        "THE DANUBE DAILY\nSerbia's news in English since 2009\nHome | Politics | Crime | Region | Opinion\n\n\
ADVERTISEMENT – Novi Sad Bank: your savings, safe\n\nCRIME\n\n\
Two customs officers held for selling border camera footage to a foreign handler\n\n\
Mila Jovanović\nFriday, 6 March 2026 | 10:15 (updated 12:40)\n\n\
Police in Subotica said on Thursday they had detained two customs officers who sold footage from border cameras.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Two customs officers held for selling border camera footage to a foreign handler")
    );
    assert_eq!(day(&doc).as_deref(), Some("2026-03-06"));
    assert_eq!(doc.authors, vec!["Mila Jovanović"]);
}

#[test]
fn a_byline_under_a_standfirst_that_ends_with_a_stop_is_the_header() {
    let doc = cleaned(
        "THE DELTA LEDGER\nInvestigations | Data | About\n\nINVESTIGATION\n\n\
How a shipping agent in Constanța sold berth lists to a foreign service for three years\n\n\
Port records and the agent's own messages show a steady trade. The buyer paid in cash and in gift cards.\n\n\
By Ilinca Vasilescu\nFebruary 9, 2026\nReading time: 7 minutes\n\n\
CONSTANȚA — For three years a shipping agent in the port sold the lists of ships due at each berth to a man he knew only as Pavel.\n\n\
He was paid in cash. The trade ended when the port authority changed its systems in 2025.\n",
    );
    assert_eq!(doc.authors, vec!["Ilinca Vasilescu"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2026, 2, 9)));
}

#[test]
fn reporters_named_above_long_page_furniture_and_bylines_set_apart_by_dots() {
    // Related links, tags and share buttons may follow the wire's reporting line at length.
    let mut text = String::from(
        "Customs officers detained at the Moldovan border\n\n\
CHIȘINĂU — Two customs officers were detained at the Leușeni crossing on Monday.\n\n\
Reporting by Doina Rusu in Chișinău; Editing by Paul Hart\n\nRelated Coverage\n",
    );
    for k in 0..8 {
        text.push_str(&format!("- Border story number {k}\n"));
    }
    text.push_str("\nTags: Moldova, customs\n\nShare:  Facebook  |  X\n\nADVERTISEMENT\n");
    assert_eq!(cleaned(&text).authors, vec!["Doina Rusu"]);
    // "Name · role" and a blog's "Posted on ... by Name · section · reading time".
    let doc = cleaned(
        "Judge keeps two port clerks in custody over leaked manifests\n\n\
Teodora Ilieva · Court reporter\nVarna · 3 Mar 2026 · 10:05\n\n\
A judge in Varna on Tuesday kept two port clerks in custody over leaked cargo manifests.\n",
    );
    assert_eq!(doc.authors, vec!["Teodora Ilieva"]);
    let doc = cleaned(
        "HARBOUR NOTES\nAn independent blog on maritime security\n\n\
Posted on 5 May 2025 by Jonas Aalto Lind · Analysis · 9 min read\n\n\
Why ferry operators keep finding trackers on their ships\n\n\
Trackers have turned up on four ferries in the Gulf of Bothnia since January, and nobody has said who put them there.\n",
    );
    assert_eq!(doc.authors, vec!["Jonas Aalto Lind"]);
    assert_eq!(doc.published, Some(model::DateValue::day(2025, 5, 5)));
    // A live page's "Live coverage by", and a role after a comma.
    let doc = cleaned(
        "Fire at a fuel depot near Ruse: one dead, two held\n\n\
Live coverage by Mira Stoeva\nSaturday, 7 March 2026\n\n\
A fire broke out at a fuel depot near Ruse on Saturday afternoon, killing one worker.\n",
    );
    assert_eq!(doc.authors, vec!["Mira Stoeva"]);
    let doc = cleaned(
        "MONTHLY UPDATE: NORTHERN SHAN, MAY 2025\n\nPublished 4 June 2025\n\
Prepared by Nang Hseng, Documentation Coordinator\n\n\
In May the monitor recorded eleven shelling incidents in Northern Shan State, killing at least nine civilians.\n",
    );
    assert_eq!(doc.authors, vec!["Nang Hseng"]);
}

#[test]
fn list_items_and_a_trail_from_the_home_page_are_no_headline() {
    let doc = cleaned(
        "Home > Debates > Senate debate - Wednesday, 4 Feb 2026\n\n\
Questions on Coastal Radar Sites\n\n\
- Sites visited: 4\n- Questions asked: 12\n\n\
Senator Kaur asked the minister whether foreign nationals had been detained near the radar sites at Cape Lorne in 2025.\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("Questions on Coastal Radar Sites")
    );
    let doc = cleaned(
        "- Villages shelled: 14\n- Civilians killed: at least 9\n\n\
Shelling of villages in the north went on through May, the monitor said in its report on Tuesday.\n",
    );
    assert!(
        doc.title.as_deref().is_none_or(|t| !t.starts_with("- ")),
        "{:?}",
        doc.title
    );
}
