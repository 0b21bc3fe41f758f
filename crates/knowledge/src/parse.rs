//! Parsing the knowledge files.

use crate::{key, Entry, Kind, Knowledge, OfficeHolder, Trigger, War};
use std::fmt;

/// A malformed line in a knowledge file.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "knowledge/{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn rows<'a>(
    file: &'a str,
    text: &'a str,
    cols: usize,
) -> impl Iterator<Item = Result<(usize, Vec<&'a str>), ParseError>> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(move |(i, l)| {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            if f.len() != cols || f.iter().any(|x| x.is_empty()) {
                return Err(ParseError {
                    file: file.to_string(),
                    line: i + 1,
                    message: format!(
                        "expected {cols} non-empty tab-separated fields, found {}",
                        f.len()
                    ),
                });
            }
            Ok((i + 1, f))
        })
}

fn multi(field: &str) -> Vec<String> {
    if field == "-" {
        return vec![];
    }
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub fn load(files: &[(&str, &str)]) -> Result<Knowledge, ParseError> {
    let mut kb = Knowledge::default();
    let get = |name: &str| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, t)| *t)
    };
    for r in rows("countries.tsv", get("countries.tsv"), 4) {
        let (_, f) = r?;
        let i = add(
            &mut kb,
            Kind::Country,
            f[0],
            "country",
            Some(f[1]),
            multi(f[2]),
        );
        for adj in multi(f[3]) {
            kb.adjectives.entry(key(&adj)).or_insert(i);
            // The first adjective listed is the one names are written with.
            kb.demonyms
                .entry(f[0].to_string())
                .or_insert_with(|| adj.to_string());
        }
    }
    for r in rows("places.tsv", get("places.tsv"), 4) {
        let (_, f) = r?;
        add(&mut kb, Kind::Place, f[0], f[1], Some(f[2]), multi(f[3]));
    }
    for r in rows("orgs.tsv", get("orgs.tsv"), 4) {
        let (_, f) = r?;
        add(&mut kb, Kind::Org, f[0], f[1], Some(f[2]), multi(f[3]));
    }
    kb.given_names = words(get("given_names.txt"))
        .map(|w| w.to_lowercase())
        .collect();
    kb.ambiguous_given_names = words(get("given_names_ambiguous.txt"))
        .map(|w| w.to_lowercase())
        .collect();
    for r in rows("titles.tsv", get("titles.tsv"), 2) {
        let (_, f) = r?;
        let role = (f[1] != "-").then(|| f[1].to_string());
        let k = key(f[0]);
        kb.max_title_tokens = kb.max_title_tokens.max(k.split(' ').count());
        kb.titles.insert(k, role);
    }
    for r in rows("org_heads.tsv", get("org_heads.tsv"), 2) {
        let (_, f) = r?;
        kb.org_heads
            .entry(f[0].to_lowercase())
            .or_insert_with(|| f[1].to_string());
    }
    for r in rows("place_cues.tsv", get("place_cues.tsv"), 2) {
        let (_, f) = r?;
        kb.place_cues.insert(f[0].to_lowercase(), f[1].to_string());
    }
    for r in rows("triggers.tsv", get("triggers.tsv"), 3) {
        let (_, f) = r?;
        for phrase in multi(f[2]) {
            kb.triggers.push(Trigger {
                etype: f[0].to_string(),
                pos: f[1].to_string(),
                phrase: phrase.to_lowercase(),
            });
        }
    }
    kb.reporting_verbs = words(get("reporting_verbs.txt"))
        .flat_map(|l| l.split('|'))
        .map(|w| w.trim().to_lowercase())
        .collect();
    for r in rows("modality.tsv", get("modality.tsv"), 2) {
        let (_, f) = r?;
        for phrase in multi(f[1]) {
            kb.modality_cues
                .push((phrase.to_lowercase(), f[0].to_string()));
        }
    }
    for r in rows("conflicts.tsv", get("conflicts.tsv"), 4) {
        let (line, f) = r?;
        let bad = |message: String| ParseError {
            file: "conflicts.tsv".into(),
            line,
            message,
        };
        let (att, def) = f[1]
            .split_once('>')
            .ok_or_else(|| bad(format!("sides {:?} need \"attackers>defenders\"", f[1])))?;
        let side = |s: &str| -> Result<Vec<String>, ParseError> {
            multi(s)
                .into_iter()
                .map(|c| match kb.lookup(&c) {
                    Some(e) if e.kind == Kind::Country => Ok(e.canonical.clone()),
                    _ => Err(bad(format!("{c:?} is not a country in countries.tsv"))),
                })
                .collect()
        };
        let war = War {
            names: std::iter::once(f[0].to_string())
                .chain(multi(f[3]))
                .collect(),
            attackers: side(att)?,
            defenders: side(def)?,
            context: side(f[2])?,
        };
        kb.wars.push(war);
    }
    for r in rows("concepts.tsv", get("concepts.tsv"), 3) {
        let (line, f) = r?;
        let lasting = match f[1] {
            "yes" => true,
            "no" => false,
            other => {
                return Err(ParseError {
                    file: "concepts.tsv".into(),
                    line,
                    message: format!("lasting must be yes or no, not {other:?}"),
                })
            }
        };
        for w in multi(f[2]) {
            kb.concepts
                .insert(w.to_lowercase(), (f[0].to_string(), lasting));
        }
    }
    for r in rows("office_holders.tsv", get("office_holders.tsv"), 4) {
        let (line, f) = r?;
        let bad = |message: String| ParseError {
            file: "office_holders.tsv".into(),
            line,
            message,
        };
        let org = kb
            .index
            .get(&key(f[1]))
            .copied()
            .filter(|&i| kb.entries[i].kind == Kind::Org && kb.entries[i].canonical == f[1])
            .ok_or_else(|| {
                bad(format!(
                    "{:?} is not an organisation's canonical name in orgs.tsv",
                    f[1]
                ))
            })?;
        let years = || -> Option<(i32, Option<i32>)> {
            let (a, b) = f[3].split_once('-')?;
            let from = a.trim().parse().ok()?;
            let to = match b.trim() {
                "" => None,
                y => Some(y.parse().ok()?),
            };
            (to.is_none_or(|t| t >= from)).then_some((from, to))
        };
        let (from, to) = years()
            .ok_or_else(|| bad(format!("years {:?} must be \"from-to\" or \"from-\"", f[3])))?;
        kb.office_holders.push(OfficeHolder {
            person: f[0].to_string(),
            org,
            office: f[2].to_string(),
            from,
            to,
        });
    }
    Ok(kb)
}

fn add(
    kb: &mut Knowledge,
    kind: Kind,
    name: &str,
    subtype: &str,
    country: Option<&str>,
    aliases: Vec<String>,
) -> usize {
    let i = kb.entries.len();
    let mut names = vec![name.to_string()];
    names.extend(aliases);
    for n in &names {
        let k = key(n);
        let words = k.split(' ').count();
        kb.max_tokens = kb.max_tokens.max(words);
        let first = k.split(' ').next().unwrap_or_default().to_string();
        let longest = kb.first_words.entry(first).or_insert(0);
        *longest = (*longest).max(words);
        // The first file to claim a name keeps it: countries before places before orgs.
        kb.index.entry(k).or_insert(i);
    }
    kb.entries.push(Entry {
        kind,
        canonical: name.to_string(),
        subtype: subtype.to_string(),
        country: country.filter(|c| *c != "-").map(String::from),
        names,
    });
    i
}
