//! Metadata the text states: headline, byline, translator, date, outlet.

use crate::lines::{
    is_date_line, is_headline, name_like, re, strip_date_prefix, words, Class, Line,
};
use model::{BoilerplateKind, Document};
use regex::Regex;
use std::sync::OnceLock;

const ROLE_WORDS: [&str; 31] = [
    "expert",
    "affairs",
    "correspondent",
    "editor",
    "analyst",
    "reporter",
    "writer",
    "columnist",
    "contributor",
    "researcher",
    "professor",
    "journalist",
    "staff",
    "fellow",
    "director",
    "bureau",
    "desk",
    "specialist",
    "author",
    "producer",
    "commentator",
    "observer",
    "coordinator",
    // A newsroom or a desk signs, not a person ("Redacción Judicial", "Newsroom").
    "newsroom",
    "redacción",
    "redaccion",
    "redação",
    "rédaction",
    "redaktion",
    "team",
    "agencies",
];

fn is_role_line(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let w = w.to_lowercase();
        // "Correspondents", "Staff Writers".
        ROLE_WORDS.contains(&w.as_str())
            || w.strip_suffix('s').is_some_and(|x| ROLE_WORDS.contains(&x))
    })
}

/// A site account that signs posts, not a writer ("admin", "webmaster").
fn account_name(s: &str) -> bool {
    matches!(
        s.trim().to_lowercase().as_str(),
        "admin"
            | "administrator"
            | "webmaster"
            | "editor"
            | "editors"
            | "web desk"
            | "webdesk"
            | "moderator"
            | "site admin"
            | "guest"
    )
}

/// A date line's value, when the whole line (already stripped of its label) is a date.
fn date_of(d: &str) -> Option<model::DateValue> {
    is_date_line(d, None)
        .then(|| temporal::parse_date(d, None))
        .flatten()
}

/// Two or more writers' names on one line, none of them a publication's.
fn writers(t: &str) -> Option<Vec<String>> {
    let names = split_names(t);
    (names.len() >= 2 && names.iter().all(|n| is_name_line(n) && !outlet_like(n))).then_some(names)
}

/// Whether every letter of `s` is a capital ("LONG READ").
fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// "Samir Haddad", "Nino Kapanadze", "Li Wei": 2-4 capitalised words, no digits.
fn is_name_line(s: &str) -> bool {
    let t = s.trim();
    let n = words(t);
    (2..=4).contains(&n)
        && t.len() <= 40
        // "Search   Donate": items set apart by a wide gap are a menu.
        && !t.contains("  ")
        && !t.chars().any(|c| c.is_ascii_digit() || c == ':')
        && t.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "al" | "bin" | "ibn" | "de" | "van" | "von" | "el")
        })
}

/// The names in a byline; "Rosa Mamani in La Paz" is the reporter, not where she filed
/// from.
fn split_names(s: &str) -> Vec<String> {
    // "Reporting by Ana Ruiz; Editing by Tom Hale", "Text: Ana Ruiz. Photo: Ivo Kraus": the
    // editor and the photographer did not write it.
    static CREDIT: OnceLock<Regex> = OnceLock::new();
    let credit = re(
        &CREDIT,
        r"(?i)(?:^|[.;,|]|\s)\s*(?:editing|edited|photos?|photographs?|pictures?|images?|illustrations?|graphics|video|design|layout|fact-checking|fact-checked)\s*(?:by\b|:)",
    );
    let s = credit.find(s).map_or(s, |m| &s[..m.start()]);
    // "By Ana Ruiz and Li Wei, Mideast Wire Service": the outlet after the names is no author.
    // "Kenji Arakawa / Staff Writer": the writer's role is no name.
    // "with reporting of Ana Ruiz", "additional reporting by Li Wei": reporters too.
    static WITH: OnceLock<Regex> = OnceLock::new();
    let with = re(
        &WITH,
        r"(?i)^(?:with\s+|and\s+)?(?:additional\s+|further\s+|extra\s+)?(?:reporting|research)\s+(?:by|of|from)\s+",
    );
    // "Valentina Rozo | Cúcuta": one word after a bar is where she filed from.
    let s = match s.split_once(" | ") {
        Some((names, place)) if words(place.trim()) == 1 => names,
        _ => s,
    };
    // ("Ana Ruiz · Analysis · 11 min read": a dot sets apart the section and reading time.)
    let mut names: Vec<String> = s
        .split([',', '&', ';', '|', '/', '·', '•'])
        .flat_map(|p| p.split(" and "))
        .map(|p| {
            let p = p.trim();
            with.find(p).map_or(p, |m| &p[m.end()..])
        })
        .map(|p| p.split(" in ").next().unwrap_or_default())
        .map(|p| p.trim().trim_end_matches('.').to_string())
        .filter(|p| {
            let outlet = words(p) >= 2 && outlet_like(p);
            let role = is_role_line(p) && !given_name(p);
            // "Updated 18:05 BST", "22 April 2026": a stamp beside the byline is no name.
            let stamp = p.chars().any(|c| c.is_ascii_digit());
            !p.is_empty() && words(p) <= 5 && !outlet && !role && !stamp && !account_name(p)
        })
        .collect();
    // "Ana Ruiz · Analysis": beside a full name, one word is the section, not a writer.
    if names.iter().any(|n| words(n) >= 2) {
        names.retain(|n| words(n) >= 2);
    }
    names
}

/// "Tomas Reyes | Senior Court Reporter", "Ana Ruiz, Correspondent, Quito": a byline of a
/// name and the writer's role; the name.
fn name_with_role(s: &str, masthead: Option<&str>) -> Option<String> {
    let (name, role) = [" | ", " · ", " • ", " — ", " – ", " - ", " / ", ", "]
        .iter()
        .find_map(|sep| s.split_once(sep))?;
    // "Ritu Rao, Awadh Herald News Service", "Ana Ruiz, FactLine": the writer and the
    // outlet, named like one or as the page's masthead.
    let outlet = outlet_like(role)
        || masthead.is_some_and(|m| {
            let (m, r) = (m.trim().to_lowercase(), role.trim().to_lowercase());
            !r.is_empty() && (m == r || m.starts_with(&r))
        });
    // ("NICHIEI PRESS SERVICE | ENGLISH NEWS": a masthead in capitals and its tagline.)
    (is_name_line(name)
        && !all_caps(name)
        && words(role) <= 6
        && (is_role_line(role) || outlet)
        && !is_role_line(name))
    .then(|| name.trim().to_string())
}

/// A line that may be the headline: not a menu or tagline split by "|", and not a label
/// line ("Source: ...", "Photo: ...").
fn title_shaped(s: &str) -> bool {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let label = re(
        &LABEL,
        r"(?i)^(source|sources|via|credit|photo|image|video|location|category|section|filed|tags?)\s*:",
    );
    // ("Friday, March 6, 2026        Istanbul 11°C   USD/TRY": items set out with wide
    // gaps are a masthead's strip, not a headline.)
    // ("[Excerpt: Chapter 3]": an editor's note in brackets is no headline either.)
    let t = s.trim();
    let bracketed = t.starts_with('[') && t.ends_with(']');
    // ("- Civilians killed: at least 48": an item of a list is no headline.)
    let item = ["- ", "• ", "* ", "– ", "· "]
        .iter()
        .any(|b| t.starts_with(b));
    // ("Sist oppdatert / Updated: 04.03.2026 kl. 15:30": a labelled stamp.)
    let stamp = t
        .split_once(": ")
        .is_some_and(|(_, d)| is_date_line(strip_date_prefix(d), None));
    is_headline(s)
        && !s.contains(" | ")
        && !t.contains("   ")
        && !bracketed
        && !item
        && !stamp
        && !label.is_match(t)
}

/// Fills title, authors, translators and the publication date from the header lines (those
/// before the first body paragraph) and a wire dateline; source metadata wins where present.
pub fn apply_header(doc: &mut Document, lines: &[Line], classes: &[Class]) {
    static BY: OnceLock<Regex> = OnceLock::new();
    static TR: OnceLock<Regex> = OnceLock::new();
    static POSTED: OnceLock<Regex> = OnceLock::new();
    let by = re(
        &BY,
        r"(?i)^(?:por\s*/\s*|par\s*/\s*)?(?:written\s+|interview\s+|interviewed\s+|text\s+|report\s+|reports\s+|reporting\s+|story\s+|words\s+|compiled\s+|edited and compiled\s+|prepared\s+|researched\s+|(?:live\s+)?coverage\s+|live\s+blog\s+|blog\s+)?by\s+(.+)$|^(?i:words|text|author|authors|reporter|reporters|research team|research|researchers)\s*:\s*(.+)$",
    );
    let tr = re(
        &TR,
        r"(?i)^(?:translated|translation|english version|english translation)(?:\s+from\s+\w+)?(?:\s+by|\s*:)\s*(.+)$",
    );
    let posted = re(
        &POSTED,
        r"(?i)^(?:posted|published)(?: on)?\s+(.+?)\s+by\s+(.+)$",
    );
    // "Posted by Ana Ruiz on 3/4/2026".
    static POSTED_BY: OnceLock<Regex> = OnceLock::new();
    let posted_by = re(
        &POSTED_BY,
        r"(?i)^(?:posted|published|written)\s+by\s+(.+?)\s+on\s+(.+)$",
    );
    // "Tuesday March 10, 2026 - 14:22:31 in Latest News by Abdirahman Warsame".
    static DATE_BY: OnceLock<Regex> = OnceLock::new();
    let date_by = re(
        &DATE_BY,
        r"^(.+?)\s+(?:in\s+[^|]{1,40}?\s+)?by\s+(\p{Lu}.+)$",
    );
    let date_by_line = |t: &str| {
        date_by.captures(t).and_then(|m| {
            date_of(strip_date_prefix(m.get(1)?.as_str()))
                .map(|v| (v, m.get(2).map_or("", |g| g.as_str()).to_string()))
        })
    };
    // "Source: Huanyu Daily | Author: Qiao Yuning | 2026-03-04 07:52 | Editor: Liu Fang".
    static AUTHOR_FIELD: OnceLock<Regex> = OnceLock::new();
    let author_field = re(
        &AUTHOR_FIELD,
        r"(?i)^(?:author|authors|reporter|reporters|written by|text)\s*:\s*(.+)$",
    );
    let first_body = classes
        .iter()
        .position(|c| *c == Class::Body)
        .unwrap_or(lines.len());
    let mut title = None;
    let mut authors = vec![];
    let mut translators = vec![];
    let mut published = None;
    let mut header: Vec<usize> = (0..first_body)
        .filter(|&i| classes[i] == Class::Boiler(BoilerplateKind::Header))
        .collect();
    // A headline or standfirst that reads like a sentence ("who is Colonel Ganbold, the
    // officer accused of spying?", "Five years after the two neighbours cut ties, ...")
    // looks like the body and ends the header early. When a byline or a date line follows
    // within a few lines, the lines down to it are header lines too; and so is a headline
    // right under the last of them (a press release's date, then its headline).
    let anchor = |t: &str| {
        let t = t.trim();
        by.is_match(t)
            || posted.is_match(t)
            || date_by_line(t).is_some()
            || is_date_line(strip_date_prefix(t), None)
            || dated_with_outlet(t).is_some()
    };
    // (A byline with a date under it, below a standfirst, may already be marked as the
    // header of an embedded section: it is this page's header all the same.)
    let heading = |j: usize| {
        matches!(
            classes[j],
            Class::Body | Class::Boiler(BoilerplateKind::Header)
        )
    };
    let upto = (first_body..lines.len())
        .filter(|&j| classes[j] != Class::Blank)
        .take(5)
        .filter(|&j| heading(j) && anchor(lines[j].text))
        .last();
    if let Some(a) = upto {
        header.extend((first_body..=a).filter(|&j| heading(j)));
    }
    // The last line of the header, if it is a byline or a date: a headline may stand under it.
    let last = header.last().copied();
    let mut under_anchor = None;
    if let Some(a) = last.filter(|&a| anchor(lines[a].text)) {
        let mut next = (a + 1..lines.len()).filter(|&j| classes[j] != Class::Blank);
        if let (Some(h), Some(b)) = (next.next(), next.next()) {
            let t = lines[h].text.trim();
            if classes[h] == Class::Body
                && classes[b] == Class::Body
                && title_shaped(t)
                && words(t) >= 4
                && !anchor(t)
                && !is_name_line(t)
            {
                header.push(h);
                under_anchor = Some(t.to_string());
            }
        }
    }
    let first_body = header
        .last()
        .map_or(first_body, |&l| {
            (l + 1..lines.len())
                .find(|&j| classes[j] == Class::Body)
                .unwrap_or(lines.len())
        })
        .max(first_body);
    // The page's masthead, or the outlet the source names: a byline may end with it.
    let masthead: Option<String> = doc
        .source
        .outlet
        .clone()
        .or_else(|| header.first().map(|&i| lines[i].text.trim().to_string()));
    // Whether the line above named a press release's issuing body.
    let mut issuer_above = false;
    for (k, &i) in header.iter().enumerate() {
        let t = lines[i].text.trim();
        if is_release_marker(t) || edition_line(t) {
            continue;
        }
        let above = std::mem::take(&mut issuer_above);
        // A line of labelled fields split by bars: the author's field and the date's.
        let fields: Vec<&str> = t.split(" | ").map(str::trim).collect();
        let field_author = (fields.len() >= 2)
            .then(|| fields.iter().find_map(|f| author_field.captures(f)))
            .flatten();
        if let Some(m) = tr.captures(t) {
            translators.extend(split_names(&m[1]));
        } else if let Some(m) = field_author {
            authors.extend(split_names(&m[1]));
            published =
                published.or_else(|| fields.iter().find_map(|f| date_of(strip_date_prefix(f))));
        } else if let Some((date, names)) = date_by_line(t) {
            published = published.or(Some(date));
            authors.extend(split_names(&names));
        } else if let Some(m) = posted_by.captures(t) {
            authors.extend(split_names(&m[1]));
            published = published.or_else(|| temporal::parse_date(strip_date_prefix(&m[2]), None));
        } else if let Some(m) = posted.captures(t) {
            published = published.or_else(|| temporal::parse_date(&m[1], None));
            authors.extend(split_names(&m[2]));
        } else if let Some(m) = by.captures(t) {
            authors.extend(split_names(
                m.get(1).or(m.get(2)).map_or("", |g| g.as_str()),
            ));
            // "By Gemma Hollis | Updated 18:05 BST, 22 April 2026": the stamp dates the page.
            published = published.or_else(|| {
                t.split(" | ").skip(1).find_map(|f| {
                    let f = f.trim();
                    let f = f
                        .strip_prefix("Updated")
                        .or_else(|| f.strip_prefix("updated"))
                        .map_or(f, |x| x.trim_start_matches([':', ' ']));
                    let d = strip_date_prefix(f);
                    let d = d.trim_start_matches(|c: char| !c.is_alphanumeric());
                    // "18:05 BST, 22 April 2026": the time before the date.
                    let d = d
                        .split_once(", ")
                        .filter(|(a, _)| a.contains(':'))
                        .map_or(d, |(_, b)| b);
                    date_of(d)
                })
            });
        } else if let Some(name) = name_with_role(t, masthead.as_deref()) {
            authors.push(name);
        } else if is_date_line(strip_date_prefix(t), None) {
            published = published.or_else(|| temporal::parse_date(strip_date_prefix(t), None));
        } else if let Some((date, rest)) = dated_with_outlet(t) {
            // "Published on 9 April 2024 | Makran Voice", "August 24, 2023 | By Rasa Vaitkute"
            published = published.or(Some(date));
            let names = split_names(&rest);
            if let Some(m) = by.captures(&rest) {
                authors.extend(split_names(
                    m.get(1).or(m.get(2)).map_or("", |g| g.as_str()),
                ));
            } else if !names.is_empty()
                && names.iter().all(|n| is_name_line(n))
                && (names.len() >= 2 || names.iter().any(|n| given_name(n)))
            {
                // "Elise Hardacre and Samson Kwaimani | 18 February 2025 | 8 min read".
                authors.extend(names);
            } else if doc.source.outlet.is_none() && !rest.is_empty() {
                doc.source.outlet = Some(rest);
            }
        } else if title.is_none()
            && words(t) <= 4
            && is_headline(t)
            && header
                .get(k + 1)
                .is_some_and(|&j| is_date_line(strip_date_prefix(lines[j].text.trim()), None))
            && header[k + 1..]
                .iter()
                .skip(1)
                .any(|&j| is_headline(lines[j].text) && words(lines[j].text) > words(t))
        {
            // A short name right above the date, with the real headline further down, is the
            // outlet's masthead.
            if doc.source.outlet.is_none() {
                doc.source.outlet = Some(t.to_string());
            }
        } else if title.is_none()
            && words(t) <= 5
            && is_headline(t)
            && !is_name_line(t)
            && k > 0
            && (above || is_date_line(strip_date_prefix(lines[header[k - 1]].text.trim()), None))
            && header[k + 1..]
                .iter()
                .any(|&j| is_headline(lines[j].text) && words(lines[j].text) >= words(t) + 3)
        {
            // A press release: the issuing body below the date ("Ministry of Internal
            // Affairs", then its "Press Office"), with the headline further down.
            if doc.source.outlet.is_none() && !above {
                doc.source.outlet = Some(t.to_string());
            }
            issuer_above = true;
            continue;
        } else if title.is_none() && title_shaped(t) && !(is_name_line(t) && k > 0) {
            // A lone word above the headline is a section label, not the headline.
            let next_is_headline = header
                .get(k + 1)
                .is_some_and(|&j| is_headline(lines[j].text));
            if words(t) >= 2 || !next_is_headline {
                title = Some(t.to_string());
            }
        } else if title.is_some()
            && is_name_line(t)
            && !given_name(t)
            && (outlet_like(t)
                || header[k + 1..]
                    .iter()
                    .any(|&j| by.is_match(lines[j].text.trim())))
        {
            // "Northeast Frontier Times", "Southern Africa Rights Monitor": a publication or
            // a body under the headline, not a writer.
            if doc.source.outlet.is_none() {
                doc.source.outlet = Some(t.to_string());
            }
        } else if is_name_line(t)
            && !is_role_line(t)
            && !all_caps(t)
            && (title.is_some() || given_name(t))
        {
            // ("LONG READ", "PUBLIC STATEMENT": a section label in capitals, not a writer.)
            // "Rūta Jankauskaitė, Mantas Grigonis": two writers.
            // ("APATZINGÁN, Mich.": a dateline's place and state, not two writers.)
            let names = split_names(t);
            if (t.contains(", ") || t.contains(" and ")) && names.len() >= 2 {
                if names.iter().all(|n| is_name_line(n)) {
                    authors.extend(names);
                }
            } else {
                authors.push(t.to_string());
            }
        } else if let Some(names) =
            ((t.contains(", ") || t.contains(" and ")) && !all_caps(t) && title.is_some())
                .then(|| writers(t))
                .flatten()
        {
            // "Rūta Jankauskaitė, Mantas Grigonis": two writers on one line.
            authors.extend(names);
        }
    }
    // A masthead ("Baltic Frontline", "THE CARIBBEAN SECURITY LETTER") is not the headline:
    // the headline is a longer line below it, either right above the date or byline, or
    // the first long one below the page's menus. An office's or outlet's name may run to
    // eight words in title case ("Office of the Attorney General of Switzerland").
    // A longer line is the masthead too when a menu follows it right away (the outlet's
    // tagline), or when it is one of a stack of lines in capitals ("SÉNAT", "SESSION
    // ORDINAIRE DE 2025-2026", "COMMISSION DES AFFAIRES ÉTRANGÈRES").
    let title_at = title
        .as_ref()
        .and_then(|t| header.iter().position(|&i| lines[i].text.trim() == t));
    // Whether a menu follows line `i` right away: `i` is the outlet's tagline.
    let above_menu = |i: usize| {
        (i + 1..lines.len())
            .find(|&j| classes[j] != Class::Blank)
            .is_some_and(|j| {
                classes[j] == Class::Boiler(BoilerplateKind::Chrome)
                    && lines[j].text.contains(" | ")
            })
    };
    let tagline = title_at.is_some_and(|p| above_menu(header[p]));
    let stack = title_at.is_some_and(|p| {
        let caps = |j: &usize| all_caps(lines[*j].text);
        all_caps(lines[header[p]].text)
            && (header
                .get(p + 1)
                .is_some_and(|j| caps(j) && words(lines[*j].text) >= 2)
                || p.checked_sub(1)
                    .and_then(|q| header.get(q))
                    .is_some_and(caps))
    });
    if let Some(t) = title
        .clone()
        .filter(|t| words(t) <= 6 || (words(t) <= 8 && name_like(t)) || tagline || stack)
    {
        let dated = |j: usize| {
            let l = lines[j].text.trim();
            anchor(l) || name_with_role(l, masthead.as_deref()).is_some()
        };
        // A menu or tagline line: page chrome, or short parts split by "|".
        let menu = |j: usize| {
            classes[j] == Class::Boiler(BoilerplateKind::Chrome) || lines[j].text.contains(" | ")
        };
        let at = header.iter().position(|&i| lines[i].text.trim() == t);
        let later = at.and_then(|p| {
            header[p + 1..].iter().enumerate().find_map(|(q, &i)| {
                let l = lines[i].text.trim();
                let next_dated = header.get(p + q + 2).is_some_and(|&j| dated(j));
                let longer = words(l) >= 6 && words(l) >= words(&t) + 3;
                // Below the page's menus; but a date between them makes the first the
                // headline ("Headline", date, dek), unless a menu follows the first right
                // away (an office's name, its names in other languages, the date, then the
                // headline of a press release).
                let between = header[p] + 1..i;
                let date_between = between.clone().any(|j| {
                    let x = lines[j].text.trim();
                    is_date_line(strip_date_prefix(x), None) || dated_with_outlet(x).is_some()
                });
                // (A menu before the first date: the office's names, a menu, the date.)
                let first_date = between.clone().find(|&j| {
                    let x = lines[j].text.trim();
                    is_date_line(strip_date_prefix(x), None) || dated_with_outlet(x).is_some()
                });
                let menu_next = between
                    .clone()
                    .find(|&j| classes[j] != Class::Blank)
                    .is_some_and(menu)
                    || between
                        .clone()
                        .find(|&j| menu(j))
                        .is_some_and(|m| first_date.is_some_and(|d| m < d));
                let menus_between = between.clone().any(menu) && (!date_between || menu_next);
                // "PRESS RELEASE", then the headline (with the release's date stamps between).
                let after_marker = header[..p + q + 1]
                    .iter()
                    .rev()
                    .map(|&j| lines[j].text.trim())
                    .find(|x| !(anchor(x) || (words(x) <= 8 && crate::lines::has_year(x))))
                    .is_some_and(is_release_marker);
                // Below a stack of capitals, the first long line in running case that is
                // not the date bar ("Compte rendu n° 54 — Mercredi 11 février 2026").
                let below_stack = stack && longer && !all_caps(l) && !carries_date(l);
                // ("El periódico digital de Apatzingán y la región" right above the menu: the
                // outlet's tagline.)
                let tagline = above_menu(i);
                (title_shaped(l)
                    && !tagline
                    && !anchor(l)
                    && !is_name_line(l)
                    && !edition_line(l)
                    && !is_release_marker(l)
                    && ((words(l) > words(&t) + 2 && next_dated)
                        || (longer && menus_between)
                        || (after_marker && words(l) >= 5)
                        || below_stack))
                    .then(|| l.to_string())
            })
        });
        if let Some(h) = later {
            if doc.source.outlet.is_none() {
                // A stack of capitals is headed by the publisher ("SÉNAT"), under any file
                // name or page number a PDF's text puts above it.
                let top = title_at.filter(|_| stack).map(|p| {
                    let run = header[..p]
                        .iter()
                        .rev()
                        .take_while(|&&j| all_caps(lines[j].text))
                        .count();
                    header[p - run]
                });
                let t = top.map_or(t.as_str(), |j| lines[j].text.trim());
                // "El Mirador | English edition": the outlet is the name before the tagline.
                let cut = [" | ", " · ", " • ", " – ", " — "]
                    .iter()
                    .filter_map(|sep| t.find(sep))
                    .min()
                    .unwrap_or(t.len());
                let name = t[..cut].trim().to_string();
                doc.source.outlet = Some(name);
            }
            title = Some(h);
        }
    }
    // A headline under the date or byline, below a masthead or an office's name ("MINISTRY
    // OF THE INTERIOR", then a menu, the date, then the headline), is the headline.
    if let Some(h) = under_anchor {
        let masthead = title
            .as_ref()
            .is_none_or(|t| words(t) <= 6 || (words(t) <= 8 && name_like(t)) || all_caps(t));
        if masthead {
            // The masthead above is the page's publisher: "MINISTRY OF THE INTERIOR – REPUBLIC
            // OF X" issues the release.
            if let (None, Some(t)) = (&doc.source.outlet, &title) {
                let cut = [" – ", " — ", " | ", " · "]
                    .iter()
                    .filter_map(|sep| t.find(sep))
                    .min()
                    .unwrap_or(t.len());
                doc.source.outlet = Some(t[..cut].trim().to_string());
            }
            title = Some(h);
        }
    }
    if published.is_none() {
        published = dateline_date(doc, lines, first_body);
    }
    // A page that only says when it was last updated ("Updated 27 Aug 2024, 09:14 GMT") was
    // published by then: the stamp is the best date it gives.
    if published.is_none() {
        static UPDATED: OnceLock<Regex> = OnceLock::new();
        let updated = re(
            &UPDATED,
            r"(?i)^(?:last\s+)?(?:updated|update|modified)\s*:?\s*(?:on\s+)?([^·|]+)",
        );
        // (The stamp may also stand as the first lines of the body: "Last update: 14 May
        // 2026, 21:40 · This page is no longer being updated".)
        let near_body = (first_body..lines.len())
            .filter(|&j| classes[j] != Class::Blank)
            .take(3)
            .last()
            .map_or(first_body, |j| j + 1);
        published = (0..near_body)
            .filter(|&i| {
                matches!(
                    classes[i],
                    Class::Boiler(BoilerplateKind::Chrome | BoilerplateKind::Header)
                ) || (i >= first_body && classes[i] == Class::Body)
            })
            .filter_map(|i| updated.captures(lines[i].text.trim()))
            .find_map(|m| date_of(strip_date_prefix(m.get(1).map_or("", |g| g.as_str()))));
    }
    if published.is_none() {
        published = signed_date(lines);
    }
    dateline_agency(doc, lines, first_body);
    // Wire copy names its reporters at the end: "Reporting by Nino K.; Editing by Tom E."
    // (on its own short line, which related links, tags and share buttons may follow at
    // length).
    if authors.is_empty() {
        static REPORTING: OnceLock<Regex> = OnceLock::new();
        let reporting = re(
            &REPORTING,
            r"^\(?\s*(?i:reporting by)\s+([^;()]+?)\s*(?:;|\)|$)",
        );
        if let Some(m) = lines[first_body.min(lines.len())..]
            .iter()
            .rev()
            .filter(|l| l.text.trim().chars().count() < 160)
            .find_map(|l| reporting.captures(l.text.trim()))
        {
            // "Pedro Alvarez in Santiago": the reporter, not where.
            authors.extend(
                split_names(&m[1])
                    .into_iter()
                    .map(|n| n.split(" in ").next().unwrap_or_default().to_string())
                    .filter(|n| !n.is_empty()),
            );
        }
    }
    let src_published = doc
        .source
        .published
        .as_deref()
        .and_then(|p| temporal::parse_date(p, None));
    doc.published = src_published.or(published);
    doc.title = doc
        .source
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or(title);
    // "By Ana Ruiz / Voz del Valle" under the masthead "VOZ DEL VALLE": the page's own name
    // is no writer.
    if let Some(m) = &masthead {
        let m = m.to_lowercase();
        authors.retain(|a| m.trim() != a.to_lowercase());
    }
    doc.authors = if doc.source.authors.is_empty() {
        authors
    } else {
        doc.source.authors.clone()
    };
    doc.translators = translators;
}

/// A statement signed at its foot ("MAJOR GENERAL A. B. GWARZO", "Director Defence Media
/// Operations", "27 March 2026"): the date under the signature, among the last lines.
fn signed_date(lines: &[Line]) -> Option<model::DateValue> {
    const SIGNERS: [&str; 16] = [
        "director",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "minister",
        "secretary",
        "commissioner",
        "head",
        "chief",
        "officer",
        "chairman",
        "chair",
        "coordinator",
        "general",
        "commander",
        "president",
    ];
    let tail: Vec<&str> = lines
        .iter()
        .rev()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .take(6)
        .collect();
    tail.iter().enumerate().find_map(|(k, t)| {
        let d = strip_date_prefix(t);
        if !is_date_line(d, None) {
            return None;
        }
        // The lines above it sign: a title or a name in capitals.
        let signed = tail[k + 1..].iter().take(3).any(|a| {
            words(a) <= 8
                && (all_caps(a)
                    || a.split(|c: char| !c.is_alphanumeric())
                        .any(|w| SIGNERS.contains(&w.to_lowercase().as_str())))
        });
        signed.then(|| temporal::parse_date(d, None)).flatten()
    })
}

/// "English Edition", "International edition · Ελληνικά": the page's edition, neither its
/// outlet nor a writer.
fn edition_line(s: &str) -> bool {
    let first = s
        .split(['·', '|', '•', '—', '–', '('])
        .next()
        .unwrap_or(s)
        .trim()
        .to_lowercase();
    words(&first) <= 3 && (first.ends_with(" edition") || first.ends_with(" version"))
}

/// The marker at the top of a press release ("FOR IMMEDIATE RELEASE", "Press release"): no
/// title, no outlet.
fn is_release_marker(s: &str) -> bool {
    let l = s.trim().trim_end_matches(['.', ':']).to_lowercase();
    matches!(
        l.as_str(),
        "for immediate release"
            | "press release"
            | "news release"
            | "media release"
            | "for release"
            | "press statement"
            | "media statement"
            | "public statement"
            | "official statement"
            | "communiqué"
            | "communique"
            | "press communiqué"
            | "press communique"
    )
}

/// A header line of a date and a short name separated by `|`, `·` or `•`.
fn dated_with_outlet(line: &str) -> Option<(model::DateValue, String)> {
    let parts: Vec<&str> = line.split(['|', '·', '•']).map(str::trim).collect();
    // ("2024-01-18 | Mae Sot, Thailand | Police arrest three activists ...": a sentence in
    // one of the parts makes it an entry of a dated list, not the page's date bar.)
    if parts.len() < 2 || parts.iter().any(|p| words(p) > 12) {
        return None;
    }
    let d = parts
        .iter()
        .position(|p| is_date_line(strip_date_prefix(p), None))?;
    let date = temporal::parse_date(strip_date_prefix(parts[d]), None)?;
    // "24 May 2025 | Updated 11:40": an update stamp names no outlet.
    let rest = parts
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            *i != d
                // Beside the date: further along a bar of links ("64 pages | Download PDF
                // | Executive summary") are no outlet.
                && i.abs_diff(d) == 1
                && !p.is_empty()
                && words(p) <= 5
                && !p.chars().any(|c| c.is_ascii_digit())
                && !crate::lines::is_chrome(p)
                && !document_kind(p)
        })
        .map(|(_, p)| p.to_string())
        .next()
        .unwrap_or_default();
    Some((date, rest))
}

/// A line that gives the date in one of its parts: "Compte rendu n° 54 — Mercredi 11 février
/// 2026", "Report | 3 May 2025".
fn carries_date(line: &str) -> bool {
    line.split(['|', '·', '—', '–'])
        .any(|p| is_date_line(strip_date_prefix(p.trim()), None))
}

/// A label naming the kind of document beside its date ("Report · 27 January 2026",
/// "Analysis | 3 May 2025"): no outlet.
fn document_kind(part: &str) -> bool {
    matches!(
        part.to_lowercase().as_str(),
        "report"
            | "briefing"
            | "policy brief"
            | "brief"
            | "analysis"
            | "commentary"
            | "opinion"
            | "editorial"
            | "statement"
            | "press release"
            | "news release"
            | "interview"
            | "feature"
            | "explainer"
            | "fact check"
            | "research"
            | "update"
            | "news"
            | "article"
            | "case study"
            | "working paper"
    )
}

/// Words that end the name of a publication or an organisation rather than a person.
const OUTLET_WORDS: [&str; 62] = [
    "report",
    "inform",
    "info",
    "live",
    "notes",
    "times",
    "post",
    "news",
    "monitor",
    "herald",
    "tribune",
    "daily",
    "gazette",
    "journal",
    "agency",
    "press",
    "review",
    "courier",
    "observer",
    "telegraph",
    "express",
    "chronicle",
    "mirror",
    "voice",
    "watch",
    "weekly",
    "today",
    "online",
    "tv",
    "radio",
    "dispatch",
    "bulletin",
    "digest",
    "magazine",
    "network",
    "media",
    "wire",
    "insider",
    "standard",
    "guardian",
    "independent",
    "record",
    "ledger",
    "forum",
    "institute",
    "centre",
    "center",
    "committee",
    "foundation",
    // A state body that issues a release: "Norwegian Police Security Service".
    "service",
    "ministry",
    "police",
    "office",
    "department",
    "directorate",
    "headquarters",
    "command",
    "court",
    "council",
    "commission",
    "authority",
    "secretariat",
];

/// A name line that names a publication or a body ("Northeast Frontier Times").
fn outlet_like(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        OUTLET_WORDS.contains(
            &w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    })
}

fn given_name(line: &str) -> bool {
    let kb = knowledge::get();
    line.split_whitespace()
        .next()
        .is_some_and(|w| kb.is_given_name(&w.to_lowercase()))
}

/// The agency in brackets in a wire dateline ("KINSHASA, October 10 (Reuters) -", "ODESA
/// (AP) —") is the outlet when nothing else names one.
fn dateline_agency(doc: &mut Document, lines: &[Line], first_body: usize) {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"^\p{Lu}[\p{L} .'-]{1,30}(?:,[^(\n]{0,40})?\s*\(([\p{L}][\p{L} .&-]{1,30})\)\s*[-–—]",
    );
    if doc.source.outlet.is_some() {
        return;
    }
    if let Some(m) = lines.get(first_body).and_then(|l| r.captures(l.text)) {
        doc.source.outlet = Some(m[1].trim().to_string());
    }
}

/// "TBILISI, March 3, 2024 (Reuters) -", "JAYAPURA, Indonesia, May 7 (Nusantara Wire) -" at
/// the start of the first paragraph. A dateline without a year takes the year of the page's
/// copyright line ("(c) Nusantara Wire 2026").
fn dateline_date(
    doc: &mut Document,
    lines: &[Line],
    first_body: usize,
) -> Option<model::DateValue> {
    static R: OnceLock<Regex> = OnceLock::new();
    static COPY: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"^[A-Z][A-Za-z .'-]{1,30},\s+(?:[A-Z][A-Za-z .'-]{1,30},\s+)?([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2})\s*(?:\(([^)]{2,40})\))?\s*[-–—]",
    );
    let copyright = re(
        &COPY,
        r"(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:[^\d\n]{0,60}?)((?:19|20)\d{2})\b",
    );
    let line = lines.get(first_body)?;
    let m = r.captures(line.text)?;
    if let Some(outlet) = m.get(2) {
        if doc.source.outlet.is_none() {
            doc.source.outlet = Some(outlet.as_str().trim().to_string());
        }
    }
    let date = &m[1];
    if date.chars().filter(char::is_ascii_digit).count() <= 2 {
        let year = lines
            .iter()
            .rev()
            .find_map(|l| copyright.captures(l.text.trim()))?;
        return temporal::parse_date(&format!("{date}, {}", &year[1]), None);
    }
    temporal::parse_date(date, None)
}

/// An outlet's name as a pattern caught it, without a leading "the " or a trailing stop or
/// comma; None when nothing is left.
fn outlet_name(raw: &str) -> Option<String> {
    let o = raw.trim_start_matches("the ").trim_end_matches(['.', ',']);
    (!o.is_empty()).then(|| o.to_string())
}

/// Fills the outlet from the source metadata, else from what the text says about where it
/// was published, else from a known media name in the page chrome.
pub fn apply_outlet(doc: &mut Document, lines: &[Line], classes: &[Class]) {
    if let Some(o) = doc.source.outlet.clone().filter(|o| !o.trim().is_empty()) {
        doc.outlet = Some(o);
        return;
    }
    static STRONG: OnceLock<Vec<Regex>> = OnceLock::new();
    let name = r"((?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})";
    let strong = STRONG.get_or_init(|| {
        [
            format!(r"(?i:originally (?:published|appeared|posted) (?:at|by|in|on))\s+{name}"),
            format!(r"(?i:this (?:article|story|report|piece|interview) (?:was )?(?:first |originally )?(?:published|appeared|posted) (?:in|on|at|by))\s+{name}"),
            format!(r"(?i:source)\s*:\s*{name}\s*$"),
            format!(r"(?i:answered)\s+{name}['’]s questions"),
            format!(r"(?i:in an (?:exclusive )?interview (?:with|for|to))\s+{name}"),
            format!(r"(?i:told)\s+{name}\s+(?i:in an interview)"),
            format!(r"(?i:switch to)\s+{name}\s+(?i:light|lite)\b"),
            format!(r"(?i:(?:this )?was reported by)\s+{name}\s+(?i:website|portal|news agency|agency|newspaper|channel)"),
        ]
        .iter()
        .map(|p| Regex::new(p).expect("outlet patterns are valid"))
        .collect()
    });
    let kept: Vec<&str> = lines
        .iter()
        .zip(classes)
        .filter(|(_, c)| {
            !matches!(
                c,
                Class::Boiler(BoilerplateKind::Comments | BoilerplateKind::Teaser)
            )
        })
        .map(|(l, _)| l.text)
        .collect();
    for r in strong {
        for l in &kept {
            if let Some(o) = r.captures(l).and_then(|m| outlet_name(&m[1])) {
                doc.outlet = Some(o);
                return;
            }
        }
    }
    // "© 2026 X", "Copyright (C) X": the copyright line, wherever the page's tail put it
    // (under a list of related stories too).
    static COPY: OnceLock<Regex> = OnceLock::new();
    let copy = COPY.get_or_init(|| {
        Regex::new(&format!(
            r"(?:©|(?i:\(c\))|(?i:copyright))(?:\s*(?:©|(?i:\(c\))))?\s*(?:\d{{4}}\s*)?{name}"
        ))
        .expect("the copyright pattern is valid")
    });
    // ("Nichiei Press Service. All rights reserved.": the name ends at its sentence.)
    if let Some(o) = lines
        .iter()
        .find_map(|l| copy.captures(l.text))
        .and_then(|m| outlet_name(m[1].split(". ").next().unwrap_or_default()))
    {
        doc.outlet = Some(o);
        return;
    }
    // A known media name in the page chrome ("In this section of Iran Wire ...").
    let kb = knowledge::get();
    for (l, c) in lines.iter().zip(classes) {
        if !matches!(
            c,
            Class::Boiler(BoilerplateKind::Chrome | BoilerplateKind::Footer)
        ) {
            continue;
        }
        let toks: Vec<&str> = l
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '.')
            .filter(|w| !w.is_empty())
            .collect();
        for n in (1..=3).rev() {
            for (at, w) in toks.windows(n).enumerate() {
                if !w[0].chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                // ("National Police Agency": a longer name that begins like an outlet's.)
                if toks
                    .get(at + n)
                    .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
                {
                    continue;
                }
                let joined = w.join(" ");
                let hit = kb
                    .lookup(&joined)
                    .or_else(|| (n > 1).then(|| kb.lookup(&w.concat())).flatten());
                if let Some(e) = hit.filter(|e| e.subtype == "media") {
                    doc.outlet = Some(e.canonical.clone());
                    return;
                }
            }
        }
    }
}
