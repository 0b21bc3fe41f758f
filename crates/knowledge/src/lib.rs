//! Tessera's curated knowledge, parsed once from the versioned files in `knowledge/`.
//!
//! The files are data, compiled into the binary with `include_str!`: countries with their
//! aliases and demonyms, places, organisations (intelligence services with their acronyms and
//! native-script names, ministries, armed groups, parties, media, international bodies),
//! given names, titles, organisation head words, place cues, event triggers, reporting verbs
//! and modality cues. Extraction uses them as one vote among several; it must also work on
//! names that no file lists.
//!
//! ```
//! let kb = knowledge::get();
//! let hit = kb.lookup("Azerbaijan's State Security Service").unwrap();
//! assert_eq!(hit.canonical, "State Security Service of Azerbaijan");
//! assert_eq!(knowledge::key("the DTX’s"), "dtx");
//! ```
#![deny(missing_docs)]

mod parse;

pub use parse::ParseError;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What kind of thing a lexicon entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A country (a LOCATION that also stands for its state).
    Country,
    /// A city, region, village, sea or facility.
    Place,
    /// An organisation.
    Org,
}

/// One named thing from the knowledge files.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Kind.
    pub kind: Kind,
    /// Canonical name.
    pub canonical: String,
    /// Subtype (`country`, `city`, `intelligence_service`, ...).
    pub subtype: String,
    /// ISO 3166 alpha-2 code of its country, if any.
    pub country: Option<String>,
    /// Every name it goes by, canonical first.
    pub names: Vec<String>,
}

/// A trigger word for an event type.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    /// Event type name (taxonomy spelling).
    pub etype: String,
    /// Lower-case word or phrase.
    pub phrase: String,
    /// `verb`, `noun` or `adj`.
    pub pos: String,
}

/// A person who headed an organisation from the knowledge files, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeHolder {
    /// The person's name as written in the file.
    pub person: String,
    /// Index into [`Knowledge::entries`] of the organisation headed.
    pub org: usize,
    /// The office ("minister", "director").
    pub office: String,
    /// First year in office.
    pub from: i32,
    /// Last year in office; `None` while in office or unknown.
    pub to: Option<i32>,
}

/// A named war: its names and its sides.
#[derive(Clone, Debug, PartialEq)]
pub struct War {
    /// Canonical name first, then aliases, as written (a capitalised word must be
    /// capitalised in the text).
    pub names: Vec<String>,
    /// The attacking or initiating side (country canonical names).
    pub attackers: Vec<String>,
    /// The other side.
    pub defenders: Vec<String>,
    /// Countries the report must name for an alias to mean this war; empty for none.
    pub context: Vec<String>,
}

/// All knowledge, indexed.
#[derive(Debug, Default)]
pub struct Knowledge {
    /// Countries, places and organisations.
    pub entries: Vec<Entry>,
    index: HashMap<String, usize>,
    /// Longest name in tokens, for longest-match lookups.
    pub max_tokens: usize,
    /// First word of each name's key to the most words a name beginning with it has: a
    /// longest-match lookup tries no length no name could have.
    pub first_words: HashMap<String, usize>,
    /// Demonym / adjective (lower-case key) to country entry index.
    pub adjectives: HashMap<String, usize>,
    /// Country canonical name to its preferred adjective, as written ("Azerbaijani").
    pub demonyms: HashMap<String, String>,
    /// Given names, lower-case.
    pub given_names: HashSet<String>,
    /// Given names that are also common words, lower-case.
    pub ambiguous_given_names: HashSet<String>,
    /// Titles before a name, with the role they imply (lower-case key).
    pub titles: HashMap<String, Option<String>>,
    /// Longest title in tokens.
    pub max_title_tokens: usize,
    /// Organisation head words (lower-case) to subtype.
    pub org_heads: HashMap<String, String>,
    /// Place cue words (lower-case) to subtype.
    pub place_cues: HashMap<String, String>,
    /// Event triggers.
    pub triggers: Vec<Trigger>,
    /// Reporting verbs (lower-case inflected forms).
    pub reporting_verbs: HashSet<String>,
    /// Modality cues: lower-case phrase to modality name.
    pub modality_cues: Vec<(String, String)>,
    /// Named wars.
    pub wars: Vec<War>,
    /// Word (lower-case) to the concept it names and whether that concept lasts.
    pub concepts: HashMap<String, (String, bool)>,
    /// Heads of organisations.
    pub office_holders: Vec<OfficeHolder>,
}

macro_rules! file {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../knowledge/", $name)))
    };
}

/// The knowledge files, by name, as compiled in.
pub const FILES: [(&str, &str); 14] = [
    file!("countries.tsv"),
    file!("places.tsv"),
    file!("orgs.tsv"),
    file!("given_names.txt"),
    file!("given_names_ambiguous.txt"),
    file!("titles.tsv"),
    file!("org_heads.tsv"),
    file!("place_cues.tsv"),
    file!("triggers.tsv"),
    file!("reporting_verbs.txt"),
    file!("modality.tsv"),
    file!("conflicts.tsv"),
    file!("concepts.tsv"),
    file!("office_holders.tsv"),
];

/// The compiled-in knowledge, parsed on first use.
pub fn get() -> &'static Knowledge {
    static KB: OnceLock<Knowledge> = OnceLock::new();
    KB.get_or_init(|| match parse::load(&FILES) {
        Ok(kb) => kb,
        // The files are compiled in and checked by tests; a parse error is a build defect.
        Err(e) => panic!("knowledge files are malformed: {e}"),
    })
}

/// The normalised lookup key of a name: ASCII-folded, lower-case, without a leading "the",
/// a possessive "'s" or punctuation.
pub fn key(s: &str) -> String {
    let folded = if s.is_ascii() { s.to_string() } else { fold(s) };
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '&')) {
        let w = w.trim_matches('\'');
        let w = w.strip_suffix("'s").unwrap_or(w);
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase());
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => out,
    }
}

/// ASCII-folds a name, keeping non-Latin scripts (Cyrillic, Arabic, Persian) as they are so
/// native-script aliases stay matchable.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' | '´' => "'".to_string(),
            'ə' | 'Ə' => "e".to_string(),
            c if c.is_ascii() => c.to_string(),
            c if is_latin(c) => deunicode::deunicode_char(c).unwrap_or("").to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn is_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

impl Knowledge {
    /// The entry a name denotes, matched on its normalised key.
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        self.lookup_key(&key(name))
    }

    /// The entry for an already normalised key.
    pub fn lookup_key(&self, k: &str) -> Option<&Entry> {
        if let Some(&i) = self.index.get(k) {
            return Some(&self.entries[i]);
        }
        // "Popular Front in Chad" = "Popular Front of Chad".
        if let Some((name, place)) = k.split_once(" in ") {
            if let Some(&i) = self.index.get(&format!("{name} of {place}")) {
                return Some(&self.entries[i]);
            }
        }
        // "Azerbaijan's State Security Service" = "State Security Service of Azerbaijan".
        let (first, rest) = k.split_once(' ')?;
        let country = self.lookup_country_word(first)?;
        let alt = format!("{rest} of {}", key(&country.canonical));
        self.index.get(&alt).map(|&i| &self.entries[i])
    }

    /// The most words a name whose key begins with `first` can have, as known to any
    /// lookup: a country word can begin a name the lookups reorder ("Azerbaijan's State
    /// Security Service"), so it allows every length. Zero when no name begins so.
    pub fn longest_from(&self, first: &str) -> usize {
        if self.lookup_country_word(first).is_some() {
            return self.max_tokens;
        }
        self.first_words.get(first).copied().unwrap_or(0)
    }

    /// The country a country name or demonym denotes ("Azeri" -> Azerbaijan).
    pub fn lookup_country_word(&self, k: &str) -> Option<&Entry> {
        if let Some(&i) = self.adjectives.get(k) {
            return Some(&self.entries[i]);
        }
        self.index
            .get(k)
            .map(|&i| &self.entries[i])
            .filter(|e| e.kind == Kind::Country)
    }

    /// Whether a lower-case word is a known given name.
    pub fn is_given_name(&self, w: &str) -> bool {
        self.given_names.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        let kb = parse::load(&FILES).unwrap();
        assert!(kb.entries.len() > 100);
        assert!(!kb.triggers.is_empty());
    }

    #[test]
    fn wars_and_concepts_load_and_a_bad_side_is_an_error() {
        let kb = get();
        let war = kb
            .wars
            .iter()
            .find(|w| w.names.iter().any(|n| n == "Five-Day War"))
            .expect("Five-Day War");
        assert_eq!(war.attackers, vec!["Russia".to_string()]);
        assert_eq!(
            kb.concepts.get("annexed"),
            Some(&("occupation".into(), true))
        );
        assert_eq!(
            kb.concepts.get("deported"),
            Some(&("handover".into(), false))
        );
        let mut files = FILES.to_vec();
        let at = files
            .iter()
            .position(|(n, _)| *n == "conflicts.tsv")
            .unwrap();
        files[at].1 = "Lake War\tAtlantis>Peru\t-\t-\n";
        let err = parse::load(&files).unwrap_err();
        assert!(err.to_string().contains("conflicts.tsv:1"), "{err}");
        assert!(err.to_string().contains("Atlantis"), "{err}");
    }

    #[test]
    fn office_holders_point_at_organisations_and_bad_rows_are_errors() {
        let kb = get();
        let h = kb
            .office_holders
            .iter()
            .find(|h| h.person == "Alexander Bortnikov")
            .expect("Bortnikov");
        assert_eq!(kb.entries[h.org].canonical, "Federal Security Service");
        assert_eq!((h.from, h.to), (2008, None));
        let mut files = FILES.to_vec();
        let at = files
            .iter()
            .position(|(n, _)| *n == "office_holders.tsv")
            .unwrap();
        files[at].1 = "Jane Roe\tMinistry of Nowhere\tminister\t2001-2003\n";
        let err = parse::load(&files).unwrap_err().to_string();
        assert!(
            err.contains("office_holders.tsv:1") && err.contains("Nowhere"),
            "{err}"
        );
        files[at].1 = "Jane Roe\tMossad\tdirector\t2005-2001\n";
        let err = parse::load(&files).unwrap_err().to_string();
        assert!(err.contains("years"), "{err}");
    }

    #[test]
    fn keys_fold_case_quotes_and_possessives() {
        assert_eq!(
            key("Azerbaijan’s State Security Service"),
            "azerbaijan state security service"
        );
        assert_eq!(key("The Mossad"), "mossad");
        assert_eq!(
            key("Dövlət Təhlükəsizliyi Xidməti"),
            "dovlet tehlukesizliyi xidmeti"
        );
    }

    #[test]
    fn demonyms_point_at_countries() {
        let kb = get();
        assert_eq!(
            kb.lookup_country_word("azeri")
                .map(|e| e.canonical.as_str()),
            Some("Azerbaijan")
        );
        assert_eq!(
            kb.lookup("Islamic Republic of Iran")
                .map(|e| e.canonical.as_str()),
            Some("Iran")
        );
    }
}
