//! Transliteration-aware comparison of person names.

use strsim::jaro_winkler;

/// A transliteration skeleton: ASCII-folded, lower-case, with the spellings that differ
/// between romanisations of Azerbaijani, Persian, Arabic and Russian names collapsed
/// (e/i, o/u, kh/h, dj/j, ou/u, doubled letters, final h after a vowel).
pub fn skeleton(name: &str) -> String {
    let k = knowledge::key(name).replace(' ', "");
    let mut s = k
        .replace("kh", "h")
        .replace("dj", "j")
        .replace("dzh", "j")
        .replace("zh", "j")
        .replace("ou", "u")
        .replace("ee", "i")
        .replace("oo", "u")
        .replace("ph", "f")
        .replace("q", "g")
        .replace("w", "v")
        .replace("y", "i")
        .replace('x', "h");
    s = s
        .chars()
        .map(|c| match c {
            'e' => 'i',
            'o' => 'u',
            c => c,
        })
        .collect();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    if out.len() > 3 && out.ends_with('h') {
        out.pop();
    }
    out
}

fn part_match(sa: &str, sb: &str) -> bool {
    if sa == sb {
        return true;
    }
    // Short given names must match exactly in skeleton: Natig and Niazi are different names.
    sa.len() >= 6 && sb.len() >= 6 && jaro_winkler(sa, sb) >= 0.93
}

/// A person name prepared for comparison: the skeleton of each part and of the whole, so a
/// name compared with many others is folded once.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PersonName {
    parts: Vec<String>,
    joined: String,
}

impl PersonName {
    pub fn new(name: &str) -> PersonName {
        PersonName {
            parts: name.split_whitespace().map(skeleton).collect(),
            joined: skeleton(name),
        }
    }

    /// Whether the two names can be the same person under transliteration: every part
    /// matches, in order, or the names match when their parts are joined ("Ahmadi Najad" /
    /// "Ahmadinejad").
    pub fn matches(&self, other: &PersonName) -> bool {
        let (pa, pb) = (&self.parts, &other.parts);
        if pa.len() >= 2 && pa.len() == pb.len() {
            return pa.iter().zip(pb).all(|(x, y)| part_match(x, y));
        }
        let (ja, jb) = (&self.joined, &other.joined);
        ja.len() >= 8 && (ja == jb || jaro_winkler(ja, jb) >= 0.95)
    }
}

/// Whether two full person names (two or more parts each) can be the same person under
/// transliteration; see [`PersonName::matches`].
pub fn same_person_name(a: &str, b: &str) -> bool {
    PersonName::new(a).matches(&PersonName::new(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_match() {
        assert!(same_person_name("Elnara Huseyn", "Ilnara Huseyn"));
        assert!(same_person_name("Rashad Mammadzadh", "Rashad Mammadzadeh"));
        assert!(same_person_name(
            "Mahmoud Ahmadinejad",
            "Mahmoud Ahmadinezhad"
        ));
        assert!(same_person_name("Yevgeny Prigozhin", "Evgeniy Prigojin"));
    }

    #[test]
    fn shared_surname_or_first_name_is_not_enough() {
        assert!(!same_person_name("Natig Kerimov", "Niazi Kerimov"));
        assert!(!same_person_name("Anar Bayramly", "Eldar Bayramly"));
        assert!(!same_person_name("Haji Akhund Ilham", "Ilham Aliyev"));
        assert!(!same_person_name("Rauf Guliyev", "Samir Guliyev"));
    }
}
