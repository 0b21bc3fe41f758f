//! Trigger and cue lexicons compiled from the knowledge files.

use model::EventType;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A trigger phrase split into parts; parts after the first may follow a gap of up to six
/// words.
pub struct Phrase {
    pub parts: Vec<Vec<String>>,
    pub etype: EventType,
    pub noun: bool,
}

pub struct Lexicon {
    /// First word -> phrases starting with it.
    pub by_first: HashMap<String, Vec<Phrase>>,
    /// Modality cues split into words, with the modality each signals ("denied", ...).
    pub modality_cues: Vec<(Vec<String>, String)>,
}

pub fn get() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let kb = knowledge::get();
        let mut by_first: HashMap<String, Vec<Phrase>> = HashMap::new();
        for t in &kb.triggers {
            let Some(etype) = EventType::parse(&t.etype) else {
                continue;
            };
            let parts: Vec<Vec<String>> = t
                .phrase
                .split("...")
                .map(|p| p.split_whitespace().map(String::from).collect::<Vec<_>>())
                .filter(|p| !p.is_empty())
                .collect();
            let Some(first) = parts.first().and_then(|p| p.first()).cloned() else {
                continue;
            };
            by_first.entry(first).or_default().push(Phrase {
                parts,
                etype,
                noun: t.pos == "noun",
            });
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|p| {
                std::cmp::Reverse(p.parts.iter().map(Vec::len).sum::<usize>() * 10 + p.parts.len())
            });
        }
        let modality_cues = kb
            .modality_cues
            .iter()
            .map(|(c, m)| (c.split_whitespace().map(String::from).collect(), m.clone()))
            .collect();
        Lexicon {
            by_first,
            modality_cues,
        }
    })
}
