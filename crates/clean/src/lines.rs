//! Line shapes and the classification of every line of a capture.

use model::BoilerplateKind;
use regex::{Regex, RegexSet};
use std::sync::OnceLock;

/// One line of the original, without its newline.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub start: usize,
    pub text: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Class {
    Body,
    Blank,
    Boiler(BoilerplateKind),
}

use BoilerplateKind::*;

pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.strip_suffix('\n').unwrap_or(piece);
        let body = body.strip_suffix('\r').unwrap_or(body);
        out.push(Line {
            start,
            text: body.trim_end(),
        });
        start += piece.len();
    }
    out
}

pub fn only_blanks_between(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).is_some_and(|s| s.trim().is_empty())
}

pub fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Page chrome: whole lines that are buttons, banners, share/follow links, reading times,
/// update stamps, separators. Matched on short lines only.
fn chrome() -> &'static RegexSet {
    static R: OnceLock<RegexSet> = OnceLock::new();
    R.get_or_init(|| {
        RegexSet::new([
            r"(?i)^(close|open|toggle)( (button|menu|navigation|search))?$",
            r"(?i)^(menu|search|home|main menu|navigation|skip to (main )?content|back to top|top)$",
            r"(?i)^switch to .{1,40}\?$",
            r"(?i)having trouble loading",
            r"(?i)^\d+\s*(min|mins|minute|minutes)\.?\s+(read|listen)$",
            r"(?i)^(share|tweet|email|e-mail|print|copy link|copy|pin it|whatsapp|telegram|facebook|twitter|linkedin|reddit|vk|x)$",
            r"(?i)^(share|post|send) (on|via|to|this|the)\b",
            r"(?i)^follow (us|@)",
            r"(?i)^(subscribe|sign up|sign in|log in|login|register|newsletter|donate|support us|support our)\b",
            // "Support independent journalism in the Urals: donate".
            r"(?i)^support (independent|our|quality|local|free) (journalism|reporting|media)\b",
            r"(?i)[:|–—-]\s*(donate|subscribe)( now| today)?\W*$",
            r"(?i)^(advertisement|advertising|sponsored( content)?|ad|promoted)$",
            // "ADVERTISEMENT – Awash Insurance: protecting what matters".
            r"(?i)^(advertisement|advertising|sponsored|promoted)\s*[:–—|-]",
            // A news ticker: "Flash info: ...", "En bref | ...".
            r"(?i)^(flash info|news ticker|ticker|à la une|a la une|en bref|en direct|breaking|breaking news|just in)\s*[:|–-]",
            // A paywall or wire-service tagline: "Wire service — for subscribers' use".
            r"(?i)\b(for|to) (subscribers|members)['’]?( (use|only))?\W*$|\b(subscribers|members)['’]? only\b",
            // A status widget or a weather strip: "Air raid alert status: no alert (updated
            // 16:00)", "Tuesday, January 20, 2026 · Beirut 14°C".
            r"(?i)\(updated\s+\d{1,2}[:.]\d{2}\)\W*$",
            r"\d\s*°\s*[CF]\b",
            // A newsletter's mail chrome.
            r"(?i)^view (this|it|this email|this newsletter) (in|on) (your|a|the) (web )?(browser|web)\b",
            r"(?i)^(last )?(update|updated|modified)\b.{0,60}$",
            r"(?i)^visit (the|our) .{1,50}$",
            r"(?i)^\w+( \w+)? page$",
            r"(?i)^(all rights reserved|©|\(c\) \d{4}|copyright\b)",
            r"(?i)\bcookies?\b.{0,80}$",
            r"(?i)^(accept|reject)( all)?( cookies)?$",
            r"(?i)^(tags?|filed under|categories|topics|keywords)\s*:",
            r"^[\s*•·_=~#\-–—]+$",
            r"(?i)^(next|previous|prev) (article|post|story)\b",
            r"(?i)^(click here|download (the|our) app|listen to (this )?(article|story))\b",
            r"(?i)^(loading|please wait)\W*$",
            r"(?i)^(photo|image|video|credit|illustration|pictured)\s*:",
            r"(?i)^(report|flag) (an? )?(error|typo|mistake)",
            r"(?i)^(font size|text size|a\+|a-)$",
            // Breadcrumbs: "Home / National / Courts", "News > World > Asia".
            r"^[^/>›»\d]{1,30}( [/>›»] [^/>›»\d]{1,30}){2,}$",
            // "China > Society & Security": two levels are a breadcrumb too, with ">" or "»";
            // the last, the page's own section, may be long ("Inicio > Noticias > Fuero
            // Criminal y Correccional Federal").
            r"^[^/>›»\d]{1,30}( [>›»] [^/>›»\d]{1,30})*( [>›»] [^/>›»\d]{1,50})$",
            // A trail that starts at the home page may end in the page's own title, figures
            // and all: "Home > Debates > Council debate - Tuesday, 11 Nov 2025".
            r"(?i)^(home|homepage|start|inicio|accueil|startseite)( [/>›»] [^/>›»]{1,80}){2,}$",
            // Section menus: "Kuwait | Saudi Arabia | UAE | Qatar".
            r"^[^|\d]{1,25}( \| [^|\d]{1,25}){3,}$",
        ])
        .expect("chrome patterns are valid")
    })
}

/// Where the article ends: comment sections and footers. Everything after is set aside.
fn tail_markers() -> &'static [(Regex, BoilerplateKind)] {
    static R: OnceLock<Vec<(Regex, BoilerplateKind)>> = OnceLock::new();
    R.get_or_init(|| {
        [
            (r"(?i)^leave a (reply|response|review|comment)\b", Footer),
            (r"(?i)^\d+\s+(thoughts?|responses?|comments?|replies|reactions?)\s+(on|to)\b", Comments),
            (r"(?i)^(\d+\s+)?comments?(\s*\(\d+\))?:?$", Comments),
            (r"(?i)^(post|add|write|submit) (a|your) (comment|reply|response)", Comments),
            (r"(?i)^join the (discussion|conversation)", Comments),
            (r"(?i)^you must be logged in", Comments),
            (r"(?i)^(show|view|load|read) (all )?(\d+ )?(more )?comments", Comments),
            (r"(?i)^(related|similar) (articles|stories|posts|news|content|reading)\b", Teaser),
            (r"(?i)^(read|see) (also|more)\b", Teaser),
            (r"(?i)^more (from|stories|news|on this)\b", Teaser),
            (r"(?i)^you (may|might) (also )?(like|be interested)", Teaser),
            (r"(?i)^(recommended|most (read|popular|viewed)|trending( now)?|latest news|editor'?s picks)$", Teaser),
        ]
        .into_iter()
        .map(|(p, k)| (Regex::new(p).expect("tail patterns are valid"), k))
        .collect()
    })
}

/// "Jane Doe says:" / "Reply" style comment headers.
fn comment_header(s: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"(?i)^.{2,40}\s(says|said|wrote|commented):?$").expect("valid")
    });
    r.is_match(s)
}

pub fn is_chrome(s: &str) -> bool {
    let t = s.trim();
    (words(t) <= 20 && chrome().is_match(t))
        || cookie_banner(t)
        || menu_line(t)
        || page_marker(t)
        || issue_bar(t)
}

/// A page number set off in a PDF's text: "– 14 –", "- 3 -", "Page 14", "p. 14".
fn page_marker(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)^(?:[–—-]\s*\d{1,4}\s*[–—-]|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|p\.\s*\d{1,4})$",
    )
    .is_match(t)
}

/// A magazine's section and issue bar: "FEATURES · ISSUE 38 · SUMMER 2026", "Essays | No.
/// 12 | Spring 2025".
fn issue_bar(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let issue = re(&R, r"(?i)^(?:issue|no\.?|vol\.?|volume|number)\s*\d{1,4}$");
    let parts: Vec<&str> = t.split(['·', '|', '•']).map(str::trim).collect();
    parts.len() >= 2
        && parts.len() <= 5
        && parts.iter().any(|p| issue.is_match(p))
        && parts.iter().all(|p| words(p) <= 3)
}

/// A navigation menu set out with wide gaps or dots instead of bars: "Home   World   Courts
/// Opinion", "Region · Business · Opinion · Sport". Four or more short parts, none with a
/// figure or a sentence's punctuation.
fn menu_line(t: &str) -> bool {
    static SEP: OnceLock<Regex> = OnceLock::new();
    let sep = re(&SEP, r"\s{2,}|\s+[|·•]\s+|\t+");
    let parts: Vec<&str> = sep
        .split(t)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let odd = |p: &&str| {
        p.chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | '?' | '!' | '"'))
    };
    // One item of six or more may hold a figure ("8 On Your Side").
    let odd_items = parts.iter().filter(|p| odd(p)).count();
    (parts.len() >= 4 || (parts.len() == 3 && parts.iter().all(|p| words(p) == 1)))
        && parts.iter().all(|p| words(p) <= 4)
        && parts.iter().all(|p| words(p) <= 3 || parts.len() >= 6)
        && (odd_items == 0 || (odd_items == 1 && parts.len() >= 6))
}

/// A consent banner: it may run to several sentences, but it speaks of cookies and of the
/// reader's choice ("accept", "preferences", "settings", "policy").
fn cookie_banner(t: &str) -> bool {
    if words(t) > 80 {
        return false;
    }
    let l = t.to_lowercase();
    l.contains("cookie")
        && [
            "accept",
            "agree",
            "consent",
            "preferences",
            "settings",
            "policy",
            "partners",
            "continuing to",
        ]
        .iter()
        .any(|w| l.contains(w))
}

/// The regex in `cell`, compiled from `pattern` on first use.
pub(crate) fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("clean's patterns are valid"))
}

/// The date in a header line: without a "Published:" label or a dateline's place in
/// capitals before it ("BAKU, March 5, 2024"), and without a time of day after it ("1
/// December 2022, 13:25 CET", "May 2, 2024 - 10:41 AM").
pub fn strip_date_prefix(s: &str) -> &str {
    static R: OnceLock<Regex> = OnceLock::new();
    static PLACE: OnceLock<Regex> = OnceLock::new();
    static TIME: OnceLock<Regex> = OnceLock::new();
    // "Publisert / Published:": the label in the page's language and in English.
    let r = re(
        &R,
        r"(?i)^(?:(?:publicerad|publiceret|publisert|julkaistu|veröffentlicht|publicado|publié le|publié|pubblicato|gepubliceerd|opublikowano)\s*/\s*)?(published online|published|posted|posted on|date of (?:decision|judgment|judgement|publication|issue)|date|dated|first published|issued|released|publicerad|publiceret|publisert|julkaistu|veröffentlicht|publicado|publié le|publié|pubblicato|gepubliceerd|opublikowano)\s*:?\s*(on\s+)?",
    );
    // The place may be in capitals ("BAKU, ...") or not ("Johannesburg, 22 April 2025").
    // ("Vienna/Prague, Feb. 26, 2026": two places.)
    let place = re(&PLACE, r"^\p{Lu}[\p{L}\s.'/-]{1,30},\s+");
    let time = re(
        &TIME,
        r"(?i)[\s,|·•-]+(at\s+|kl\.?\s+)?\d{1,2}[:.]\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?(\s*hrs?\.?)?(\s+\(?([a-z]{2,5}([+-]\d{1,2})?|[+-]\d{4})\)?)?(\s*\([\p{L} ]{1,30}\))?\s*$",
    );
    let s = r.find(s).map_or(s, |m| &s[m.end()..]);
    // "2026-04-08 17:31   Updated : 2026-04-08 19:02": the first of the stamps set apart.
    let s = s.split("   ").next().unwrap_or(s).trim_end();
    let s = place.find(s).map_or(s, |m| &s[m.end()..]);
    // "Addis Ababa – September 18, 2025", "7 April 2026 – Updated on 8 April 2026",
    // "10 de marzo de 2026 – March 10, 2026": of the parts set apart by a dash, the first
    // that is a date.
    // The other parts are a place (a few words, no digits), an update stamp or the date
    // again; anything else ("January 2024 – May 2026" closing a headline) leaves the line
    // as it is.
    let s = if s.contains(" – ") || s.contains(" — ") {
        let date = |p: &str| temporal::parse_date(p, Some(model::DateValue::day(2100, 12, 31)));
        let parts: Vec<&str> = s
            .split(" – ")
            .flat_map(|p| p.split(" — "))
            .map(str::trim)
            .collect();
        let other = |p: &str| {
            let lower = p.to_lowercase();
            (words(p) <= 4
                && !p.chars().any(|c| c.is_ascii_digit())
                && p.starts_with(|c: char| c.is_uppercase()))
                || ["updated", "last updated", "modified", "update"]
                    .iter()
                    .any(|u| lower.starts_with(u))
                || date(p).is_some()
        };
        match parts.iter().position(|p| date(p).is_some()) {
            Some(d) if parts.iter().enumerate().all(|(i, p)| i == d || other(p)) => parts[d],
            _ => s,
        }
    } else {
        s
    };
    // "May 8, 2026 (Updated 06:10 IST)": the update stamp in brackets.
    let s = s
        .find(" (Updated")
        .or_else(|| s.find(" (updated"))
        .map_or(s, |at| s[..at].trim_end());
    // "14 May 2026 (v.7)", "3 March 2026 (second edition)": a short note in brackets after
    // a date that has its year.
    let s = match s.strip_suffix(')').and_then(|x| x.rsplit_once(" (")) {
        Some((date, note)) if note.len() <= 24 && has_year(date) => date.trim_end(),
        _ => s,
    };
    time.find(s).map_or(s, |m| &s[..m.start()])
}

/// Whether `s` holds a four-digit year (1900-2099).
pub fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// A name in title case: every word capitalised but the small words of names ("Office of
/// the Public Prosecutor of Estonia", "The Lowlands Review").
pub fn name_like(t: &str) -> bool {
    t.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(
                w,
                "of" | "the"
                    | "for"
                    | "and"
                    | "de"
                    | "du"
                    | "des"
                    | "la"
                    | "le"
                    | "del"
                    | "y"
                    | "in"
                    | "on"
                    // "Poder Judicial de la Nación — Argentina"
                    | "—"
                    | "–"
                    | "-"
                    | "·"
                    | "&"
            )
    })
}

/// A byline ("By ...") or a header date: what follows a headline and its standfirst, never
/// the body's first paragraph.
fn byline_or_date(s: &str) -> bool {
    let t = s.trim();
    let lower = t.to_lowercase();
    let by = (lower.starts_with("by ")
        || ["words:", "text:", "author:", "reporter:", "reporting:"]
            .iter()
            .any(|l| lower.starts_with(l)))
        && words(t) <= 12;
    by || is_date_line(strip_date_prefix(t), None) || stamp_line(t)
}

/// A date stamp with more after a bar: "Nov 18, 2025, 06:15 IST | Updated: Nov 18, 11:02".
fn stamp_line(t: &str) -> bool {
    t.split_once(" | ")
        .is_some_and(|(a, _)| is_date_line(strip_date_prefix(a), None))
}

fn tail_kind(s: &str) -> Option<BoilerplateKind> {
    let t = s.trim();
    if words(t) > 12 {
        return None;
    }
    tail_markers()
        .iter()
        .find(|(r, _)| r.is_match(t))
        .map(|(_, k)| *k)
}

/// A paragraph of running text rather than a headline, label or byline.
pub fn is_body_like(s: &str) -> bool {
    let t = s.trim();
    let n = words(t);
    n >= 12 || (n >= 5 && t.ends_with(['.', '!', '"', '”', '’', ':', ';']))
}

/// Running text on the first line of a document: there a line of a dozen words or more with
/// no final stop is the headline ("Four residents spied for Iran after contact on
/// Telegram"), while running text has one, or runs long.
fn first_line_body_like(s: &str) -> bool {
    let t = s.trim();
    // A headline may end with a quotation ('Officer: "Nobody spied on the workers"'); a
    // sentence ends inside it ('... workers."').
    let quote_closes_sentence = t.ends_with(['"', '”', '’'])
        && t[..t.len() - t.chars().last().map_or(0, char::len_utf8)]
            .ends_with(['.', '!', '?', ',']);
    // ("... Secretary-General for Defence and National Security (SGDSN)": a headline may end
    // with an acronym in brackets.)
    let acronym_closes = t
        .strip_suffix(')')
        .and_then(|x| x.rsplit_once('('))
        .is_some_and(|(_, a)| {
            (2..=10).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        });
    is_body_like(t)
        && (words(t) > 25
            || t.ends_with(['.', '!', ':', ';'])
            || (t.ends_with(')') && !acronym_closes)
            || quote_closes_sentence)
}

/// A line that is only a date (optionally "Published", a weekday or a time around it).
pub fn is_date_line(s: &str, reference: Option<model::DateValue>) -> bool {
    let t = s.trim();
    // "Since 2011", "Founded in 1998": when the publisher began, not the page's date.
    let lower = t.to_lowercase();
    if ["since ", "founded", "established", "est. "]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return false;
    }
    words(t) <= 9
        && !t.ends_with('.')
        && temporal::parse_date(t, reference.or(Some(model::DateValue::day(2100, 12, 31))))
            .is_some()
}

/// A short line naming a section, source or label: 1-4 capitalised words, no final stop.
pub fn is_label(s: &str) -> bool {
    let t = s.trim();
    let n = words(t);
    (1..=4).contains(&n)
        && t.len() <= 40
        && !t.ends_with(['.', '?', '!', ':', ','])
        && t.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || w.len() <= 3
        })
}

/// A headline: 2-25 words, most capitalised or a sentence without its final stop.
pub fn is_headline(s: &str) -> bool {
    let t = s.trim();
    let n = words(t);
    (2..=25).contains(&n) && !t.ends_with(['.', ':', ',', ';'])
}

fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase());
    }
    out
}

/// Classifies every line, and returns the indices of lines that head an embedded section
/// with its own source and date (a wire excerpt inside the article).
pub fn classify(lines: &[Line]) -> (Vec<Class>, Vec<usize>) {
    let n = lines.len();
    let mut c: Vec<Class> = lines
        .iter()
        .map(|l| {
            if l.text.trim().is_empty() {
                Class::Blank
            } else if is_chrome(l.text) && !stamp_line(l.text.trim()) {
                Class::Boiler(Chrome)
            } else {
                Class::Body
            }
        })
        .collect();
    let nonblank: Vec<usize> = (0..n).filter(|&i| c[i] != Class::Blank).collect();
    let body_start = nonblank.iter().enumerate().find_map(|(k, &i)| {
        // Below only short lines (a date, a release marker, the issuing body) and page
        // chrome, a long line with no final stop is still the headline.
        // Menus, taglines and bylines split by "|" ("Issue 112 | Weekly briefing") and
        // dates count as short.
        // An editor's note in brackets, a masthead in capitals and a line that ends with the
        // date ("Compte rendu n° 54 — Mercredi 11 février 2026") are short too.
        let short_above = nonblank[..k].iter().all(|&j| {
            let t = lines[j].text;
            let bare = t.trim();
            words(t) <= 5
                || c[j] != Class::Body
                || t.contains(" | ")
                || is_date_line(strip_date_prefix(t), None)
                || (words(t) <= 8 && name_like(t))
                || (bare.starts_with('[') && bare.ends_with(']'))
                || !t.chars().any(char::is_lowercase)
                || t.rsplit(['—', '–'])
                    .next()
                    .is_some_and(|d| d != t && is_date_line(d.trim(), None))
        });
        let like = if k == 0 || short_above {
            first_line_body_like(lines[i].text)
        } else {
            is_body_like(lines[i].text)
        };
        // A standfirst with no final stop right above the byline or the date ("A decade of
        // cases shows ...", then "Pieter Claes", then the date) is still the header.
        let before_byline = k < 10
            && !lines[i]
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', ':'])
            && nonblank[k + 1..]
                .iter()
                .take(3)
                .any(|&j| c[j] == Class::Body && byline_or_date(lines[j].text));
        let stamp = stamp_line(lines[i].text.trim());
        // "[Translated from Dutch for the archive. Original headline: ...]": an editor's
        // note in brackets above the headline is not yet the report.
        let t = lines[i].text.trim();
        let note = t.starts_with('[') && t.ends_with(']');
        (c[i] == Class::Body && like && !before_byline && !stamp && !note).then_some(i)
    });
    let Some(body_start) = body_start else {
        return (c, vec![]);
    };
    // Header zone: everything before the first paragraph of running text.
    for &i in nonblank.iter().filter(|&&i| i < body_start) {
        if c[i] == Class::Body {
            c[i] = Class::Boiler(Header);
        }
    }
    // Tail: the first comments/footer/related marker ends the article.
    let mut end = n;
    for (k, &i) in nonblank.iter().enumerate().filter(|(_, &i)| i > body_start) {
        if let Some(kind) = tail_kind(lines[i].text) {
            end = i;
            for &j in &nonblank[k..] {
                c[j] = Class::Boiler(if j == i {
                    kind
                } else if kind == Footer {
                    Comments
                } else {
                    kind
                });
            }
            break;
        }
        if comment_header(lines[i].text)
            && nonblank.get(k + 1).is_some_and(|&j| {
                is_date_line(lines[j].text, None) || lines[j].text.contains(" at ")
            })
        {
            end = i;
            for &j in &nonblank[k..] {
                c[j] = Class::Boiler(Comments);
            }
            break;
        }
    }
    let live: Vec<usize> = nonblank
        .iter()
        .copied()
        .filter(|&i| i >= body_start && i < end)
        .collect();
    // Chrome islands: a line between two chrome lines is chrome too.
    for w in live.windows(3) {
        if c[w[0]] == Class::Boiler(Chrome)
            && c[w[2]] == Class::Boiler(Chrome)
            && c[w[1]] == Class::Body
            && words(lines[w[1]].text) <= 30
        {
            c[w[1]] = Class::Boiler(Chrome);
        }
    }
    // Teasers and embedded sections: a label or headline followed by a date line.
    let mut sections = vec![];
    let mut k = 0;
    while k < live.len() {
        let i = live[k];
        if c[i] != Class::Body || is_body_like(lines[i].text) {
            k += 1;
            continue;
        }
        let next = |d: usize| live.get(k + d).copied();
        let date_at = |d: usize| next(d).is_some_and(|j| is_date_line(lines[j].text, None));
        let (head_len, has_headline) = if date_at(1) {
            (2, !is_label(lines[i].text) || words(lines[i].text) > 2)
        } else if next(1)
            .is_some_and(|j| is_headline(lines[j].text) && !is_body_like(lines[j].text))
            && date_at(2)
        {
            (3, true)
        } else {
            k += 1;
            continue;
        };
        let rest: Vec<usize> = live[k + head_len..].to_vec();
        let paragraphs = rest
            .iter()
            .filter(|&&j| is_body_like(lines[j].text))
            .count();
        if paragraphs <= 1 {
            for &j in &live[k..] {
                c[j] = Class::Boiler(Teaser);
            }
            break;
        }
        if !has_headline && is_label(lines[i].text) {
            sections.push(i);
        }
        for &j in &live[k..k + head_len] {
            c[j] = Class::Boiler(Header);
        }
        // A byline or reading time right after an embedded header belongs to it.
        k += head_len;
    }
    // A trailing run of chrome and short lines after the last paragraph is page furniture.
    if let Some(last_body) = live
        .iter()
        .rev()
        .copied()
        .find(|&i| c[i] == Class::Body && is_body_like(lines[i].text))
    {
        let after: Vec<usize> = live.iter().copied().filter(|&i| i > last_body).collect();
        if after.iter().any(|&i| c[i] == Class::Boiler(Chrome)) {
            for i in after {
                if c[i] == Class::Body {
                    c[i] = Class::Boiler(Chrome);
                }
            }
        }
    }
    // Repeated leads: a paragraph printed again later (a dek, a summary box).
    let body: Vec<usize> = live
        .iter()
        .copied()
        .filter(|&i| c[i] == Class::Body)
        .collect();
    let normed: Vec<String> = body.iter().map(|&i| norm(lines[i].text)).collect();
    let half = body.len().div_ceil(2);
    for a in 0..half.min(body.len()) {
        if normed[a].split(' ').count() < 6 {
            continue;
        }
        if (a + 1..body.len()).any(|b| normed[b].contains(&normed[a])) {
            c[body[a]] = Class::Boiler(RepeatedLead);
        }
    }
    (c, sections)
}
