//! Role descriptors from premodifiers ("Security expert X") and appositions ("X, a spokesman
//! for the ministry,").

/// Nouns that make a phrase a role.
pub const ROLE_NOUNS: [&str; 67] = [
    "expert",
    "captain",
    "minister",
    "president",
    "official",
    "officer",
    "employee",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "journalist",
    "leader",
    "head",
    "director",
    "commander",
    "chief",
    "agent",
    "diplomat",
    "cleric",
    "businessman",
    "businesswoman",
    "lawyer",
    "prosecutor",
    "judge",
    "ambassador",
    "general",
    "colonel",
    "major",
    "lieutenant",
    "sergeant",
    "soldier",
    "researcher",
    "professor",
    "activist",
    "reporter",
    "editor",
    "mechanic",
    "driver",
    "engineer",
    "student",
    "teacher",
    "imam",
    "mullah",
    "deputy",
    "member",
    "founder",
    "citizen",
    "national",
    "resident",
    "worker",
    "manager",
    "owner",
    "pilot",
    "doctor",
    "specialist",
    "secretary",
    "coordinator",
    "adviser",
    "advisor",
    "correspondent",
    "envoy",
    "attache",
    "consultant",
    "negotiator",
    "investigator",
    "inspector",
];

fn is_role_word(w: &str) -> bool {
    let w = w.to_lowercase();
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    ROLE_NOUNS.contains(&w) || ROLE_NOUNS.iter().any(|r| w.strip_suffix('s') == Some(r))
}

const STOP_BEFORE: [&str; 20] = [
    "the", "a", "an", "and", "or", "by", "of", "to", "with", "said", "that", "as", "was", "is",
    "in", "on", "at", "his", "her", "their",
];

/// A role in the words right before a name: "Security expert", "former deputy minister of
/// national security", "ship captain".
pub fn premodifier(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut out: Vec<&str> = Vec::new();
    for w in words.iter().rev().take(7) {
        if w.ends_with([',', '.', ';', ':', ')', '"', '”']) {
            break;
        }
        let lw = w.to_lowercase();
        // A capitalised word before any role word is another name ("expert Anton Aydin told
        // Reuters"), not part of a role; after one it may be ("Security expert").
        if lw != *w && !out.iter().any(|o| is_role_word(o)) && !is_role_word(w) {
            break;
        }
        if STOP_BEFORE.contains(&lw.as_str())
            && out
                .last()
                .is_none_or(|l: &&str| !is_role_word(l) || lw != "of")
        {
            if lw == "of" {
                out.push(w);
                continue;
            }
            break;
        }
        out.push(w);
    }
    out.reverse();
    while out.first().is_some_and(|w| w.to_lowercase() == "of") {
        out.remove(0);
    }
    let role = out.join(" ");
    out.iter()
        .any(|w| is_role_word(w))
        .then(|| {
            role.trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .filter(|r| !r.is_empty())
}

/// A role in an apposition right after a name: ", a spokesman for the ministry," or
/// ", director of the Atlas research center,".
pub fn apposition(after: &str) -> Option<String> {
    let rest = after.strip_prefix(',')?.trim_start();
    let end = rest
        .find([',', '.', ';', '(', '"', '“'])
        .unwrap_or(rest.len());
    let phrase = rest[..end].trim();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 9 {
        return None;
    }
    let start = usize::from(matches!(
        words[0].to_lowercase().as_str(),
        "a" | "an" | "the"
    ));
    let body = &words[start..];
    (body.iter().take(4).any(|w| is_role_word(w))
        && !body
            .first()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit())))
    .then(|| body.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn premodifiers_and_appositions() {
        assert_eq!(
            premodifier("answered by Security expert").as_deref(),
            Some("Security expert")
        );
        assert_eq!(
            premodifier("according to a former deputy minister of national security").as_deref(),
            Some("former deputy minister of national security")
        );
        assert_eq!(premodifier("Police detained"), None);
        assert_eq!(premodifier("security analyst Marta Kowalska told"), None);
        assert_eq!(
            premodifier("Senior Kremlin adviser").as_deref(),
            Some("Senior Kremlin adviser")
        );
        assert_eq!(
            apposition(", a spokeswoman for the ministry, said").as_deref(),
            Some("spokeswoman for the ministry")
        );
        assert_eq!(apposition(", 43, was detained"), None);
    }
}
