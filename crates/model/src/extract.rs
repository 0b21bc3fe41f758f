//! What extraction finds: mentions, entities, temporal expressions and events.

use crate::{DateValue, Span};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The three entity types of the export contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// A location.
    Location,
}

impl EntityType {
    /// The contract's spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Location => "LOCATION",
        }
    }
    /// Parses the contract's spelling, case-insensitively.
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => Some(EntityType::Person),
            "ORG" | "ORGANIZATION" => Some(EntityType::Org),
            "LOCATION" | "LOC" | "GPE" => Some(EntityType::Location),
            _ => None,
        }
    }
}

/// One mention of an entity in one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte range into the clean text.
    pub span: Span,
    /// The surface form.
    pub text: String,
    /// Type.
    pub etype: EntityType,
    /// Subtype (`intelligence_service`, `city`, ...), if known.
    pub subtype: Option<String>,
    /// Role descriptor the text gives ("security expert", "ship captain").
    pub role: Option<String>,
    /// The name this mention resolves to inside its document (the fullest form).
    pub canonical: String,
    /// Knowledge-file entry it matched, if any (e.g. `org:State Security Service of Azerbaijan`).
    pub kb: Option<String>,
    /// Which rule produced the mention and its type.
    pub rule: String,
    /// Why it was joined to `canonical`, when that differs from `text`.
    pub coref: Option<String>,
}

/// An entity resolved across the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Type.
    pub etype: EntityType,
    /// Subtype.
    pub subtype: Option<String>,
    /// Every surface form seen.
    pub aliases: Vec<String>,
    /// Roles seen.
    pub roles: Vec<String>,
    /// Documents that mention it.
    pub docs: Vec<String>,
    /// Number of mentions.
    pub mentions: usize,
    /// Why its forms were merged, one line each.
    pub merges: Vec<String>,
}

/// A temporal expression, normalised against the document's reference date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Byte range into the clean text.
    pub span: Span,
    /// The words.
    pub text: String,
    /// The value, or None when it cannot be resolved.
    pub value: Option<DateValue>,
    /// "Early this month", "by the end of", "the summer of": the value is approximate.
    pub approximate: bool,
    /// Resolved against a reference date.
    pub relative: bool,
    /// The rule that matched.
    pub rule: String,
}

/// The event taxonomy of DESIGN.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum EventType {
    Arrest,
    Charge,
    Sentence,
    Espionage,
    Recruitment,
    Training,
    Funding,
    Attack,
    Plot,
    Accusation,
    Denial,
    Protest,
    MilitaryExercise,
    DiplomaticAction,
    Cooperation,
    Incursion,
    CovertOperation,
}

impl EventType {
    /// Every type, in taxonomy order.
    pub const ALL: [EventType; 17] = [
        EventType::Arrest,
        EventType::Charge,
        EventType::Sentence,
        EventType::Espionage,
        EventType::Recruitment,
        EventType::Training,
        EventType::Funding,
        EventType::Attack,
        EventType::Plot,
        EventType::Accusation,
        EventType::Denial,
        EventType::Protest,
        EventType::MilitaryExercise,
        EventType::DiplomaticAction,
        EventType::Cooperation,
        EventType::Incursion,
        EventType::CovertOperation,
    ];

    /// The contract's spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            EventType::Arrest => "ARREST",
            EventType::Charge => "CHARGE",
            EventType::Sentence => "SENTENCE",
            EventType::Espionage => "ESPIONAGE",
            EventType::Recruitment => "RECRUITMENT",
            EventType::Training => "TRAINING",
            EventType::Funding => "FUNDING",
            EventType::Attack => "ATTACK",
            EventType::Plot => "PLOT",
            EventType::Accusation => "ACCUSATION",
            EventType::Denial => "DENIAL",
            EventType::Protest => "PROTEST",
            EventType::MilitaryExercise => "MILITARY_EXERCISE",
            EventType::DiplomaticAction => "DIPLOMATIC_ACTION",
            EventType::Cooperation => "COOPERATION",
            EventType::Incursion => "INCURSION",
            EventType::CovertOperation => "COVERT_OPERATION",
        }
    }

    /// Parses the contract's spelling, case-insensitively.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_uppercase().replace(['-', ' '], "_");
        EventType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How firmly an event is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Modality {
    Asserted,
    Alleged,
    Denied,
    Planned,
    Hypothetical,
}

impl Modality {
    /// The contract's spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Alleged => "alleged",
            Modality::Denied => "denied",
            Modality::Planned => "planned",
            Modality::Hypothetical => "hypothetical",
        }
    }
    /// Parses the contract's spelling.
    pub fn parse(s: &str) -> Option<Self> {
        [
            Modality::Asserted,
            Modality::Alleged,
            Modality::Denied,
            Modality::Planned,
            Modality::Hypothetical,
        ]
        .into_iter()
        .find(|m| m.as_str() == s.trim().to_ascii_lowercase())
    }
}

/// An event argument: a name as the text gives it, tied to a mention and, after resolution,
/// to a corpus entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArgRef {
    /// The words of the argument.
    pub name: String,
    /// Index into the document's mentions, when the argument is a named entity.
    pub mention: Option<usize>,
    /// Corpus entity id, filled by resolution.
    pub entity: Option<String>,
}

impl ArgRef {
    /// A plain-text argument.
    pub fn text(name: impl Into<String>) -> Self {
        ArgRef {
            name: name.into(),
            mention: None,
            entity: None,
        }
    }
}

/// One event stated in one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Type.
    pub etype: EventType,
    /// The trigger word(s).
    pub trigger: Span,
    /// The evidence: the sentence (or clause) that states the event.
    pub evidence: Span,
    /// Date of the event.
    pub date: Option<DateValue>,
    /// The temporal expression the date came from.
    pub date_text: Option<String>,
    /// Where.
    pub location: Option<ArgRef>,
    /// Who acted.
    pub agent: Option<ArgRef>,
    /// Who was acted on.
    pub patients: Vec<ArgRef>,
    /// Number of people affected.
    pub count: Option<u32>,
    /// On whose behalf.
    pub sponsor: Option<ArgRef>,
    /// Who says so.
    pub claimant: Option<ArgRef>,
    /// How firmly.
    pub modality: Modality,
    /// For a denial or accusation: index (in this document's events) of what it targets; for
    /// an act said not to have happened ("they weren't arrested"), the earlier account of it
    /// that it answers.
    pub target: Option<usize>,
    /// For the event that made another public ("That raid had been disclosed at a news
    /// conference in 2008"): index of the event announced, which cannot be later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announces: Option<usize>,
    /// Statements elsewhere in the report that what this event is said to show is proven or
    /// in doubt ("the link of those arrested to the network is beyond doubt").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stances: Vec<Stance>,
    /// The rules that fired, for the trace.
    pub rule: String,
}

/// A statement that an event's account (usually the charge behind it) is proven or in doubt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// True for "beyond doubt", "not in doubt", "proven"; false for "still in doubt",
    /// "unproven", "no evidence that".
    pub certain: bool,
    /// The sentence that says so.
    pub evidence: Span,
    /// The cue as written ("beyond doubt").
    pub cue: String,
}

/// Events that report the same real-world event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// Id.
    pub id: String,
    /// Event type.
    pub etype: String,
    /// Date (export form) of the most precise member.
    pub date: Option<String>,
    /// Member event ids.
    pub events: Vec<String>,
    /// Documents of the members.
    pub docs: Vec<String>,
    /// Disagreements between members.
    pub conflicts: Vec<Conflict>,
    /// Why members were joined.
    pub reasons: Vec<String>,
}

/// A disagreement inside a cluster (or inside one document).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Field: date, count, location, agent, modality.
    pub field: String,
    /// The differing values.
    pub values: Vec<String>,
    /// The event ids holding each value.
    pub events: Vec<String>,
    /// For a disagreement about an entity rather than an event (an office): its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// When the disagreement is stated outside the events' own sentences (one source says
    /// the charge is in doubt, another that it is beyond doubt): those statements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
}

/// A sentence quoted as one side of a conflict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The event it is about (none for a statement about an entity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The value it holds ("in doubt", "beyond doubt").
    pub value: String,
    /// The sentence.
    pub text: String,
    /// Byte offsets into the document's clean text.
    pub start: usize,
    /// End offset.
    pub end: usize,
}
