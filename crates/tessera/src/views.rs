//! Terminal views of the record: tables and timelines.

use anyhow::{bail, Result};
use model::{DateValue, EventType, Modality};
use std::collections::{BTreeMap, HashMap};

fn cut(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= n {
        s
    } else {
        format!(
            "{}…",
            s.chars().take(n.saturating_sub(1)).collect::<String>()
        )
    }
}

pub fn docs(store: &store::Store) -> Result<()> {
    let rows = store.documents()?;
    out!(
        "{:<16}  {:<10}  {:<4}  {:>7}  {:<22}  {:<40}  PATH",
        "ID",
        "PUBLISHED",
        "LANG",
        "CHARS",
        "AUTHORS",
        "TITLE"
    );
    for r in &rows {
        out!(
            "{:<16}  {:<10}  {:<4}  {:>7}  {:<22}  {:<40}  {}",
            r.id,
            r.published.as_deref().unwrap_or("-"),
            r.language,
            r.chars,
            cut(&r.authors.join(", "), 22),
            cut(r.title.as_deref().unwrap_or("-"), 40),
            r.path
        );
    }
    out!("{} documents", rows.len());
    Ok(())
}

pub fn show(store: &store::Store, id: &str, raw: bool) -> Result<()> {
    let Some(doc) = store.document(id)? else {
        bail!("no document with id {id:?} (or the prefix is ambiguous)")
    };
    out!("# {}", doc.title.as_deref().unwrap_or("(untitled)"));
    out!(
        "id {} · {} · published {} · outlet {} · authors {}{}",
        doc.id,
        doc.path,
        doc.published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into()),
        doc.outlet.as_deref().unwrap_or("unknown"),
        if doc.authors.is_empty() {
            "unknown".to_string()
        } else {
            doc.authors.join(", ")
        },
        if doc.translators.is_empty() {
            String::new()
        } else {
            format!(" · translated by {}", doc.translators.join(", "))
        }
    );
    out!();
    if !raw {
        print!("{}", doc.text);
        return Ok(());
    }
    let mut pos = 0;
    for b in &doc.boilerplate {
        if b.span.start < pos || b.span.end > doc.original.len() {
            continue;
        }
        print!("{}", &doc.original[pos..b.span.start]);
        let kind = serde_json::to_value(b.kind)?
            .as_str()
            .unwrap_or("boilerplate")
            .to_string();
        print!("⟦{kind}: {}⟧", &doc.original[b.span.start..b.span.end]);
        pos = b.span.end;
    }
    print!("{}", &doc.original[pos..]);
    Ok(())
}

pub fn search(store: &store::Store, q: &str, limit: usize) -> Result<()> {
    let hits = store.search(q, limit)?;
    for h in &hits {
        out!(
            "{}  {}\n    {}",
            h.doc,
            cut(h.title.as_deref().unwrap_or("(untitled)"), 60),
            h.snippet.replace('\n', " ")
        );
    }
    out!("{} hits", hits.len());
    Ok(())
}

pub fn entities(
    store: &store::Store,
    etype: Option<&str>,
    doc: Option<&str>,
    limit: usize,
) -> Result<()> {
    let want = match etype {
        Some(t) => Some(
            model::EntityType::parse(t)
                .ok_or_else(|| anyhow::anyhow!("unknown type {t:?} (PERSON, ORG, LOCATION)"))?,
        ),
        None => None,
    };
    let list: Vec<model::Entity> = store
        .entities()?
        .into_iter()
        .filter(|e| want.is_none_or(|t| e.etype == t))
        .filter(|e| doc.is_none_or(|d| e.docs.iter().any(|x| x.starts_with(d))))
        .collect();
    out!(
        "{:<8}  {:<8}  {:<20}  {:>4}  {:>4}  NAME (ALIASES)",
        "ID",
        "TYPE",
        "SUBTYPE",
        "MENT",
        "DOCS"
    );
    for e in list.iter().take(limit) {
        let aliases: Vec<&String> = e.aliases.iter().filter(|a| **a != e.name).take(4).collect();
        let aliases = if aliases.is_empty() {
            String::new()
        } else {
            format!(
                " ({})",
                aliases
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        };
        out!(
            "{:<8}  {:<8}  {:<20}  {:>4}  {:>4}  {}{}",
            e.id,
            e.etype.as_str(),
            e.subtype.as_deref().unwrap_or("-"),
            e.mentions,
            e.docs.len(),
            e.name,
            cut(&aliases, 70)
        );
    }
    out!("{} entities", list.len());
    Ok(())
}

fn find_entity<'a>(list: &'a [model::Entity], name: &str) -> Option<&'a model::Entity> {
    let k = knowledge::key(name);
    list.iter()
        .find(|e| e.id == name)
        .or_else(|| list.iter().find(|e| knowledge::key(&e.name) == k))
        .or_else(|| {
            list.iter()
                .find(|e| e.aliases.iter().any(|a| knowledge::key(a) == k))
        })
}

pub fn entity(store: &store::Store, name: &str) -> Result<()> {
    let list = store.entities()?;
    let Some(e) = find_entity(&list, name) else {
        bail!("no entity named {name:?}")
    };
    out!(
        "{} [{}{}] {}",
        e.name,
        e.etype.as_str(),
        e.subtype
            .as_deref()
            .map(|s| format!("/{s}"))
            .unwrap_or_default(),
        e.id
    );
    out!("aliases: {}", e.aliases.join("; "));
    if !e.roles.is_empty() {
        out!("roles: {}", e.roles.join("; "));
    }
    out!("mentions: {} in {} documents", e.mentions, e.docs.len());
    if !e.merges.is_empty() {
        out!("merged because:");
        for m in &e.merges {
            out!("  - {m}");
        }
    }
    let links = store.mention_links()?;
    for id in &e.docs {
        let Some(doc) = store.document(id)? else {
            continue;
        };
        out!(
            "\n{} — {}",
            doc.id,
            doc.title.as_deref().unwrap_or("(untitled)")
        );
        let mut shown = 0;
        for (i, m) in doc.mentions.iter().enumerate() {
            if links.get(&(doc.id.clone(), i)) != Some(&e.id) {
                continue;
            }
            if let Some(s) = doc.segments.sentences.iter().find(|s| s.contains(m.span)) {
                out!("  [{}] {}", m.text, cut(s.of(&doc.text), 160));
                shown += 1;
            } else if m.span.start == m.span.end {
                // Named by the metadata (byline, outlet, excerpt source), not by a sentence.
                let what = m.role.as_deref().unwrap_or(match m.rule.as_str() {
                    "outlet" => "outlet",
                    "section-source" => "source of an excerpt",
                    _ => "byline",
                });
                out!("  [{}] the report's {what}", m.text);
                shown += 1;
            }
            if shown >= 5 {
                break;
            }
        }
    }
    Ok(())
}

#[derive(Default)]
pub struct EventFilter {
    pub etype: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub entity: Option<String>,
    pub modality: Option<String>,
}

fn bound(s: &Option<String>) -> Result<Option<DateValue>> {
    match s {
        Some(x) => Ok(Some(DateValue::parse(x).ok_or_else(|| {
            anyhow::anyhow!("bad date {x:?}: use YYYY, YYYY-MM or YYYY-MM-DD")
        })?)),
        None => Ok(None),
    }
}

fn in_range(date: Option<DateValue>, since: Option<DateValue>, until: Option<DateValue>) -> bool {
    match date {
        None => since.is_none() && until.is_none(),
        Some(d) => {
            since.is_none_or(|s| d.sort_key() >= s.sort_key() || d.compatible(&s))
                && until.is_none_or(|u| d.sort_key() <= u.sort_key() || d.compatible(&u))
        }
    }
}

fn selected(store: &store::Store, f: &EventFilter) -> Result<Vec<(store::StoredEvent, String)>> {
    let etype = match &f.etype {
        Some(t) => {
            Some(EventType::parse(t).ok_or_else(|| anyhow::anyhow!("unknown event type {t:?}"))?)
        }
        None => None,
    };
    let modality = match &f.modality {
        Some(m) => {
            Some(Modality::parse(m).ok_or_else(|| anyhow::anyhow!("unknown modality {m:?}"))?)
        }
        None => None,
    };
    let (since, until) = (bound(&f.since)?, bound(&f.until)?);
    let entity = match &f.entity {
        Some(n) => {
            let list = store.entities()?;
            Some(
                find_entity(&list, n)
                    .ok_or_else(|| anyhow::anyhow!("no entity named {n:?}"))?
                    .id
                    .clone(),
            )
        }
        None => None,
    };
    let links = store.mention_links()?;
    let texts: HashMap<String, String> = store.texts()?;
    let mut out = Vec::new();
    for s in store.events()? {
        let e = &s.event;
        if etype.is_some_and(|t| e.etype != t)
            || modality.is_some_and(|m| e.modality != m)
            || !in_range(e.date, since, until)
        {
            continue;
        }
        if let Some(id) = &entity {
            let args = e
                .agent
                .iter()
                .chain(&e.patients)
                .chain(&e.location)
                .chain(&e.sponsor)
                .chain(&e.claimant);
            let hit = args.into_iter().any(|a| {
                a.entity.as_ref() == Some(id)
                    || a.mention.and_then(|m| links.get(&(s.doc.clone(), m))) == Some(id)
            });
            if !hit {
                continue;
            }
        }
        let ev = texts
            .get(&s.doc)
            .map(|t| e.evidence.of(t).to_string())
            .unwrap_or_default();
        out.push((s, ev));
    }
    Ok(out)
}

fn name(a: &Option<model::ArgRef>) -> String {
    a.as_ref()
        .map(|a| a.name.clone())
        .unwrap_or_else(|| "-".into())
}

pub fn events(store: &store::Store, f: &EventFilter, json: bool) -> Result<()> {
    let list = selected(store, f)?;
    if json {
        let wanted: std::collections::HashSet<String> =
            list.iter().map(|(s, _)| s.id.clone()).collect();
        for v in export::records(store, export::What::Events)? {
            if v["id"].as_str().is_some_and(|id| wanted.contains(id)) {
                out!("{v}");
            }
        }
        return Ok(());
    }
    for (s, ev) in &list {
        let e = &s.event;
        out!(
            "{:<18} {:<18} {:<10} {:<12} by {:<24} claimant {:<22} {}",
            s.id,
            e.etype.as_str(),
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            e.modality.as_str(),
            cut(&name(&e.agent), 24),
            cut(&name(&e.claimant), 22),
            e.count.map(|c| format!("count {c}")).unwrap_or_default()
        );
        out!("    “{}”", cut(ev, 150));
    }
    out!("{} events", list.len());
    Ok(())
}

pub fn clusters(store: &store::Store, f: &EventFilter) -> Result<()> {
    let (since, until) = (bound(&f.since)?, bound(&f.until)?);
    let etype = f.etype.as_ref().map(|t| t.to_ascii_uppercase());
    let list: Vec<model::Cluster> = store
        .clusters()?
        .into_iter()
        .filter(|c| etype.as_ref().is_none_or(|t| &c.etype == t))
        .filter(|c| in_range(c.date.as_deref().and_then(DateValue::parse), since, until))
        .collect();
    for c in &list {
        out!(
            "{:<8} {:<18} {:<10} {} events in {} docs{}",
            c.id,
            c.etype,
            c.date.as_deref().unwrap_or("-"),
            c.events.len(),
            c.docs.len(),
            if c.conflicts.is_empty() {
                String::new()
            } else {
                format!(", {} conflicts", c.conflicts.len())
            }
        );
        for r in c.reasons.iter().take(3) {
            out!("    joined: {r}");
        }
    }
    out!("{} clusters", list.len());
    Ok(())
}

pub fn conflicts(store: &store::Store) -> Result<()> {
    let events: HashMap<String, store::StoredEvent> = store
        .events()?
        .into_iter()
        .map(|s| (s.id.clone(), s))
        .collect();
    let texts: HashMap<String, String> = store.texts()?;
    let mut n = 0;
    for c in store.clusters()? {
        for k in &c.conflicts {
            n += 1;
            out!(
                "{} {} — {} disagrees: {}",
                c.id,
                c.etype,
                k.field,
                k.values.join(" vs ")
            );
            for id in &k.events {
                if let Some(s) = events.get(id) {
                    let ev = texts
                        .get(&s.doc)
                        .map(|t| s.event.evidence.of(t))
                        .unwrap_or("");
                    out!("    {id}: “{}”", cut(ev, 150));
                }
            }
            // A disagreement stated apart from the events' own sentences: each side's words.
            for st in &k.statements {
                out!("      {} — “{}”", st.value, cut(&st.text, 150));
            }
        }
    }
    // Inside one report, about a person's office or a reaction's side rather than an event.
    for (doc, title, list) in store.document_conflicts()? {
        for k in list {
            n += 1;
            out!(
                "{doc} {} — {} of {} disagrees: {}",
                title.as_deref().unwrap_or("(untitled)"),
                k.field,
                k.subject.as_deref().unwrap_or("?"),
                k.values.join(" vs ")
            );
            for st in &k.statements {
                out!("      {} — “{}”", st.value, cut(&st.text, 150));
            }
        }
    }
    out!("{n} conflicts");
    Ok(())
}

pub fn timeline(store: &store::Store, f: &EventFilter) -> Result<()> {
    let list = selected(store, f)?;
    let mut by_month: BTreeMap<(i32, u8), Vec<&(store::StoredEvent, String)>> = BTreeMap::new();
    let mut undated = Vec::new();
    for item in &list {
        match item.0.event.date {
            Some(d) => by_month.entry((d.year, d.month)).or_default().push(item),
            None => undated.push(item),
        }
    }
    let mut year = None;
    for ((y, m), items) in &by_month {
        if year != Some(*y) {
            out!("{y}");
            year = Some(*y);
        }
        out!(
            "  {}",
            if *m == 0 {
                "(year only)".to_string()
            } else {
                format!("{y}-{m:02}")
            }
        );
        for (s, ev) in items {
            let e = &s.event;
            out!(
                "    {:<10} {:<18} [{}] {} — source {} ({})",
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                e.etype.as_str(),
                e.modality.as_str(),
                cut(ev, 90),
                name(&e.claimant),
                s.doc
            );
        }
    }
    if !undated.is_empty() {
        out!("undated: {} events", undated.len());
    }
    Ok(())
}
