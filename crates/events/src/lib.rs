//! Event extraction: triggers, arguments, attribution and modality, clause by clause.
//!
//! A trigger (verb, participle or nominalisation from `knowledge/triggers.tsv`) anchors an
//! event in its sentence. Arguments come from the entity mentions around it: the agent before
//! an active verb or after "by" in a passive, patients after it (or before a passive), the
//! count inside the patient phrase ("five Azerbaijani citizens"), the location after "in" /
//! "near", the sponsor after "for" / "on behalf of" / "funded by". The date is the temporal
//! expression that governs the clause. The claimant comes from a reporting frame ("X said",
//! "according to X", "a statement by X"), carried over to "it said" / "he added", else the
//! section's source, the interviewee of an answer, the author or the outlet. Modality comes
//! from the cue that scopes over the trigger; an official act (an arrest, a visit) stays
//! asserted, while wrongdoing attributed to a party is alleged.
//!
//! Every event records the rules that fired in `rule`.
#![deny(missing_docs)]

mod extract;
mod lexicon;
mod stance;

pub use extract::extract;
