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

/// A phrase with alternatives in braces stands for every choice: "{sent/delivered} ...
/// {euros/dollars}" is four phrases.
fn expand(phrase: &str) -> Vec<String> {
    let Some(open) = phrase.find('{') else {
        return vec![phrase.to_string()];
    };
    let Some(close) = phrase[open..].find('}').map(|c| open + c) else {
        return vec![phrase.to_string()];
    };
    let (head, choices, tail) = (
        &phrase[..open],
        &phrase[open + 1..close],
        &phrase[close + 1..],
    );
    choices
        .split('/')
        .flat_map(|c| expand(&format!("{head}{}{tail}", c.trim())))
        .collect()
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
            for phrase in expand(&t.phrase) {
                let parts: Vec<Vec<String>> = phrase
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

#[cfg(test)]
mod tests {
    use super::expand;

    #[test]
    fn braces_stand_for_every_choice() {
        assert_eq!(
            expand("{sent/delivered} ... {euros/dollars}"),
            vec![
                "sent ... euros",
                "sent ... dollars",
                "delivered ... euros",
                "delivered ... dollars"
            ]
        );
        assert_eq!(expand("paid"), vec!["paid"]);
    }
}
