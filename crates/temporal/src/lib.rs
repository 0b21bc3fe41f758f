//! Temporal expressions: found in text and normalised against a reference date.
//!
//! [`find`] returns every expression in a text with its value at the precision the words
//! support (day, month, year, decade), an `approximate` flag ("early this month", "by the end
//! of", "the summer of") and whether it was resolved against the reference date. Relative
//! expressions ("last week", "on Wednesday", "two years ago") need a reference date; without
//! one they get no value: never a guess. [`parse_date`] reads a standalone date such as a
//! byline date.
//!
//! ```
//! use model::DateValue;
//! let published = Some(DateValue::day(2024, 1, 3));
//! let found = temporal::find("Police said last month that on Friday two men were detained.", published);
//! let values: Vec<String> = found.iter().map(|t| t.value.unwrap().to_string()).collect();
//! assert_eq!(values, ["2023-12", "2023-12-29"]);
//! ```
#![deny(missing_docs)]

mod find;
mod words;

pub use find::{find, forward, resolve_anaphora};
pub use words::month;

use model::DateValue;

/// Time zones' abbreviations a page may print after the time of writing.
const ZONES: [&str; 48] = [
    "UTC", "GMT", "IST", "ICT", "EAT", "CAT", "WAT", "SAST", "CET", "CEST", "EET", "EEST", "WET",
    "WEST", "BST", "MSK", "TRT", "GST", "PKT", "AST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "JST", "KST", "HKT", "SGT", "WIB", "AEST", "AEDT", "NZST", "NZDT", "AZT", "GET",
    "AMT", "UZT", "ALMT", "IRST", "ART", "BRT", "COT", "PET", "VET",
];

/// Parses a standalone date ("November 22, 2022", "22 Nov 2022", "2022-11-22", "Nov 2",
/// "Monday, 4 March 2024 10:31"). A date without a year takes the latest year that puts it on
/// or before `reference`; without a reference it is None.
pub fn parse_date(s: &str, reference: Option<DateValue>) -> Option<DateValue> {
    // "Miércoles 4 de marzo de 2026", "11 février 2026", "4. März 2026": a page's date line
    // in the language of its masthead, read as the English it names.
    english_date(s, reference)
        .or_else(|| words::anglicise(s).and_then(|english| english_date(&english, reference)))
}

fn english_date(s: &str, reference: Option<DateValue>) -> Option<DateValue> {
    let found = find::find_absolute_only(s.trim(), reference);
    let t = found.first()?;
    // The date must be (nearly) the whole string: only weekday, time and punctuation around it.
    let rest: String = s[..t.span.start]
        .chars()
        .chain(s[t.span.end..].chars())
        .collect();
    let leftover = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !words::is_weekday(w)
                && !w.chars().all(|c| c.is_ascii_digit())
                && !clock_with_h(w)
                // A zone's abbreviation after the time: "06:15 IST", "11:40 ICT", "CEST".
                && !ZONES.contains(w)
                && !matches!(
                    w.to_lowercase().as_str(),
                    "at" | "à" | "às" | "am" | "pm" | "on" | "utc" | "gmt"
                )
        })
        .count();
    (leftover == 0).then_some(t.value).flatten()
}

/// A time of day written with "h", as in French, Portuguese and Spanish pages: "18h32",
/// "9h05", "18h".
fn clock_with_h(w: &str) -> bool {
    w.split_once('h').is_some_and(|(hh, mm)| {
        (1..=2).contains(&hh.len())
            && hh.chars().all(|c| c.is_ascii_digit())
            && (mm.is_empty() || (mm.len() == 2 && mm.chars().all(|c| c.is_ascii_digit())))
    })
}

#[cfg(test)]
mod tests;
