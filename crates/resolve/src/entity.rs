//! Incremental entity resolution: each document's named groups are matched against the
//! entities already resolved, found by blocking keys.

use crate::index::{EntityState, Index, IndexError, IndexResult, NameCard};
use crate::names::{skeleton, PersonName};
use crate::short_id;
use model::{Document, Entity, EntityType};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Candidates fetched per blocking key.
const PER_KEY: usize = 20;
/// Candidates fetched per name-part key ("p:" + the skeleton of one part of a person's
/// name): a common given name is shared by thousands of people, and the full-name key finds
/// the usual match, so fewer of its most recent holders are enough.
const PER_PART_KEY: usize = 10;
/// Merge reasons kept per entity (each names a new spelling, so they stay few).
const MAX_REASONS: usize = 50;
/// Aliases (and merged names) kept per entity.
const MAX_ALIASES: usize = 64;
/// Roles kept per entity.
const MAX_ROLES: usize = 24;

/// One document's view of one entity: its mentions grouped under one canonical name.
pub(crate) struct Group {
    pub etype: EntityType,
    pub canonical: String,
    pub subtype: Option<String>,
    pub kb: Option<String>,
    pub forms: BTreeSet<String>,
    pub roles: BTreeSet<String>,
    pub mentions: Vec<usize>,
}

/// Groups a document's mentions by type and normalised canonical name.
pub(crate) fn groups(doc: &Document) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut by_name: HashMap<(EntityType, String), usize> = HashMap::new();
    for (i, m) in doc.mentions.iter().enumerate() {
        let k = (m.etype, knowledge::key(&m.canonical));
        let g = *by_name.entry(k).or_insert_with(|| {
            out.push(Group {
                etype: m.etype,
                canonical: m.canonical.clone(),
                subtype: m.subtype.clone(),
                kb: m.kb.clone(),
                forms: BTreeSet::new(),
                roles: BTreeSet::new(),
                mentions: vec![],
            });
            out.len() - 1
        });
        let g = &mut out[g];
        g.forms.insert(m.text.clone());
        g.forms.insert(m.canonical.clone());
        if let Some(r) = &m.role {
            g.roles.insert(r.clone());
        }
        if g.subtype.is_none() {
            g.subtype = m.subtype.clone();
        }
        if g.kb.is_none() {
            g.kb = m.kb.clone();
        }
        g.mentions.push(i);
    }
    out
}

/// Blocking keys of a name: its knowledge entry, its normalised form, and for people of two
/// or more parts the skeleton of each part and of the joined name.
pub(crate) fn name_keys(etype: EntityType, canonical: &str, kb: Option<&str>) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(kb) = kb {
        keys.push(format!("kb:{kb}"));
    }
    keys.push(format!("{}:{}", etype.as_str(), knowledge::key(canonical)));
    if etype == EntityType::Person && canonical.split_whitespace().count() >= 2 {
        for part in canonical.split_whitespace() {
            keys.push(format!("p:{}", skeleton(part)));
        }
        keys.push(format!("p:{}", skeleton(&canonical.replace(' ', ""))));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Why group `g` is the same entity as `e`, if it is.
fn match_reason(g: &Group, person: Option<&PersonName>, e: &NameCard) -> Option<String> {
    if g.etype != e.etype {
        return None;
    }
    if let Some(kb) = &g.kb {
        if e.kbs.contains(kb) {
            return Some(format!(
                "“{}” is the same knowledge entry as “{}” ({kb})",
                g.canonical,
                e.names.first().map_or("", String::as_str)
            ));
        }
    }
    let kb_compatible = g.kb.is_none() || e.kbs.is_empty();
    if !kb_compatible {
        return None;
    }
    let gk = knowledge::key(&g.canonical);
    for (i, n) in e.names.iter().enumerate() {
        let same_key = match e.keys.get(i) {
            Some(k) => *k == gk,
            None => knowledge::key(n) == gk,
        };
        if same_key {
            return Some(format!(
                "“{}” and “{n}” have the same normalised name",
                g.canonical
            ));
        }
        let same_person = person.is_some_and(|p| match e.people.get(i) {
            Some(q) => p.matches(q),
            None => p.matches(&PersonName::new(n)),
        });
        if same_person {
            return Some(format!(
                "“{}” and “{n}” match part by part under transliteration",
                g.canonical
            ));
        }
    }
    None
}

fn prefix(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "P",
        EntityType::Org => "O",
        EntityType::Location => "L",
    }
}

/// The display name: the knowledge entry's name when there is one, else the longest name.
fn display_name(e: &EntityState) -> String {
    if let Some(name) = e
        .kbs
        .first()
        .and_then(|k| k.split_once(':').map(|(_, n)| n.to_string()))
    {
        return name;
    }
    e.names
        .iter()
        .max_by_key(|c| (c.split_whitespace().count(), c.len()))
        .cloned()
        .unwrap_or_else(|| e.entity.name.clone())
}

/// Adds `new` to the sorted set `into`, keeping at most `max` (the ones already there first),
/// so a much-mentioned entity's stored record stays small.
fn union_capped(into: &mut Vec<String>, new: Vec<String>, max: usize) {
    let mut set: BTreeSet<String> = into.drain(..).collect();
    for x in new {
        if set.len() >= max {
            break;
        }
        set.insert(x);
    }
    *into = set.into_iter().collect();
}

fn absorb(into: &mut EntityState, from: EntityState) {
    union_capped(&mut into.entity.aliases, from.entity.aliases, MAX_ALIASES);
    union_capped(&mut into.entity.roles, from.entity.roles, MAX_ROLES);
    for n in from.names {
        if into.names.len() < MAX_ALIASES && !into.names.contains(&n) {
            into.names.push(n);
        }
    }
    for k in from.kbs {
        if !into.kbs.contains(&k) {
            into.kbs.push(k);
        }
    }
    if into.entity.subtype.is_none() {
        into.entity.subtype = from.entity.subtype;
    }
    for r in from.entity.merges {
        if into.entity.merges.len() < MAX_REASONS {
            into.entity.merges.push(r);
        }
    }
}

/// Resolves the entities of one document against the index.
pub(crate) fn add_document(index: &mut dyn Index, doc: &Document) -> IndexResult<()> {
    for g in groups(doc) {
        let keys = name_keys(g.etype, &g.canonical, g.kb.as_deref());
        let person = (g.etype == EntityType::Person).then(|| PersonName::new(&g.canonical));
        let (parts, whole): (Vec<String>, Vec<String>) =
            keys.iter().cloned().partition(|k| k.starts_with("p:"));
        let mut found = index.entities_by_keys(&whole, PER_KEY)?;
        for c in index.entities_by_keys(&parts, PER_PART_KEY)? {
            if !found.iter().any(|f| f.id == c.id) {
                found.push(c);
            }
        }
        let cards: Vec<(Arc<NameCard>, String)> = found
            .into_iter()
            .filter_map(|e| match_reason(&g, person.as_ref(), &e).map(|why| (e, why)))
            .collect();
        let mut matched: Vec<(EntityState, String)> = Vec::with_capacity(cards.len());
        for (card, why) in cards {
            let e = index
                .entity(&card.id)?
                .ok_or_else(|| IndexError(format!("entity {} has keys but no record", card.id)))?;
            matched.push((e, why));
        }
        // The entity that absorbs the others: the one with the most names, then the oldest id.
        matched.sort_by(|a, b| {
            b.0.names
                .len()
                .cmp(&a.0.names.len())
                .then(a.0.entity.id.cmp(&b.0.entity.id))
        });
        let mut target = if matched.is_empty() {
            let base = short_id(
                prefix(g.etype),
                &format!("{:?}:{}", g.etype, knowledge::key(&g.canonical)),
            );
            let mut id = base.clone();
            let mut n = 1;
            while index.entity_exists(&id)? {
                n += 1;
                id = format!("{base}-{n}");
            }
            EntityState {
                entity: Entity {
                    id,
                    name: g.canonical.clone(),
                    etype: g.etype,
                    subtype: None,
                    aliases: vec![],
                    roles: vec![],
                    docs: vec![],
                    mentions: 0,
                    merges: vec![],
                },
                names: vec![],
                kbs: vec![],
            }
        } else {
            let (first, why) = matched.remove(0);
            let mut first = first;
            if !first.names.contains(&g.canonical) && first.entity.merges.len() < MAX_REASONS {
                first.entity.merges.push(why);
            }
            for (other, why) in matched {
                index.absorb_entity(&other.entity.id, &first.entity.id)?;
                if first.entity.merges.len() < MAX_REASONS {
                    first.entity.merges.push(why);
                }
                absorb(&mut first, other);
            }
            first
        };
        let mut absorbed = EntityState {
            entity: Entity {
                id: String::new(),
                name: g.canonical.clone(),
                etype: g.etype,
                subtype: g.subtype.clone(),
                aliases: g.forms.iter().cloned().collect(),
                roles: g.roles.iter().cloned().collect(),
                docs: vec![],
                mentions: 0,
                merges: vec![],
            },
            names: vec![g.canonical.clone()],
            kbs: g.kb.iter().cloned().collect(),
        };
        absorbed.entity.aliases.push(g.canonical.clone());
        absorb(&mut target, absorbed);
        target.entity.name = display_name(&target);
        if !target.entity.aliases.contains(&target.entity.name) {
            target.entity.aliases.push(target.entity.name.clone());
            target.entity.aliases.sort();
        }
        index.put_entity(&target, &keys)?;
        index.link_mentions(&doc.id, &g.mentions, &target.entity.id)?;
    }
    Ok(())
}
