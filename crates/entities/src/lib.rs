//! Entity recognition: people, organisations and places, with roles, and their resolution
//! inside one document.
//!
//! Candidates come from the text's own shape — capitalised runs with their connectors (of,
//! al-, bin, ibn, de, van), acronyms, demonym + institution phrases ("Iranian intelligence",
//! "Azerbaijani national security ministry") — and are typed by votes of weak signals: the
//! knowledge files, organisation head words, titles, given names, place cues ("the city of",
//! "in", "near"), person cues ("X said", "X, 45,", "named X"). One sense per document: a name
//! typed in one sentence gives its type to its other mentions, and a surname or an acronym
//! defined in the text resolves to the full name.
//!
//! ```
//! let mut doc = model::Document { text: "Georgia's State Security Service said Levan Beridze, a retired colonel, was detained in Batumi. Beridze denied it.\n".into(), ..Default::default() };
//! doc.segments = segment::segment(&doc.text);
//! entities::recognise(&mut doc);
//! let names: Vec<(&str, &str)> = doc.mentions.iter().map(|m| (m.text.as_str(), m.canonical.as_str())).collect();
//! assert!(names.contains(&("Levan Beridze", "Levan Beridze")));
//! assert!(names.contains(&("Beridze", "Levan Beridze")));
//! assert!(names.contains(&("Batumi", "Batumi")));
//! ```
#![deny(missing_docs)]

mod heads;
mod offices;
mod recognise;
mod roles;
mod sides;

pub use offices::office_clashes;
pub use recognise::recognise;
pub use sides::side_clashes;
