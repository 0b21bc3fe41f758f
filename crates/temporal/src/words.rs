//! Month, weekday, season and number words.

/// Month number of an English month name or abbreviation.
pub fn month(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.').to_lowercase();
    let m = match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Month number of a month name in Spanish, French, Portuguese, Italian, German, Dutch or
/// a Scandinavian language (the languages of most Latin-script mastheads).
fn foreign_month(w: &str) -> Option<u8> {
    let m = match w {
        "enero" | "janvier" | "janeiro" | "gennaio" | "januar" | "jänner" | "januari" => 1,
        "febrero" | "février" | "fevrier" | "fevereiro" | "febbraio" | "februar" | "februari" => 2,
        "marzo" | "mars" | "março" | "marco" | "märz" | "maerz" | "maart" => 3,
        "abril" | "avril" | "aprile" => 4,
        "mayo" | "mai" | "maio" | "maggio" | "mei" | "maj" => 5,
        "junio" | "juin" | "junho" | "giugno" | "juni" => 6,
        "julio" | "juillet" | "julho" | "luglio" | "juli" => 7,
        "agosto" | "août" | "aout" | "augustus" | "augusti" => 8,
        "septiembre" | "setiembre" | "septembre" | "setembro" | "settembre" => 9,
        "octubre" | "octobre" | "outubro" | "ottobre" | "oktober" => 10,
        "noviembre" | "novembre" | "novembro" => 11,
        "diciembre" | "décembre" | "decembre" | "dezembro" | "dicembre" | "dezember"
        | "desember" => 12,
        _ => return None,
    };
    Some(m)
}

/// Weekday names and the small words of dates in those languages: "miércoles", "le", "de".
fn foreign_filler(w: &str) -> bool {
    matches!(
        w,
        "lunes"
            | "martes"
            | "miércoles"
            | "miercoles"
            | "jueves"
            | "viernes"
            | "sábado"
            | "sabado"
            | "domingo"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "segunda-feira"
            | "terça-feira"
            | "quarta-feira"
            | "quinta-feira"
            | "sexta-feira"
            | "lunedì"
            | "martedì"
            | "mercoledì"
            | "giovedì"
            | "venerdì"
            | "sabato"
            | "domenica"
            | "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "samstag"
            | "sonntag"
            | "maandag"
            | "dinsdag"
            | "woensdag"
            | "donderdag"
            | "vrijdag"
            | "zaterdag"
            | "zondag"
            | "mandag"
            | "tirsdag"
            | "onsdag"
            | "torsdag"
            | "fredag"
            | "lørdag"
            | "søndag"
            | "de"
            | "del"
            | "le"
            | "el"
            | "den"
            | "der"
            | "di"
            | "em"
    )
}

/// A date written with a foreign month name, in English words ("Miércoles 4 de marzo de
/// 2026" -> "4 March 2026"); None when it names no foreign month.
pub fn anglicise(s: &str) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    let mut named = false;
    for raw in s.split([' ', ',']).filter(|w| !w.is_empty()) {
        let w = raw.to_lowercase();
        let bare = w.trim_end_matches('.');
        if let Some(m) = foreign_month(bare).filter(|_| month(bare).is_none()) {
            out.push(model::MONTH_NAMES[m as usize - 1].to_string());
            named = true;
        } else if foreign_filler(bare) {
            continue;
        } else if let Some(d) = bare.strip_suffix("er").filter(|d| d == &"1") {
            // "1er mars"
            out.push(d.to_string());
        } else if bare.chars().all(|c| c.is_ascii_digit()) && !bare.is_empty() {
            // "4. März"
            out.push(bare.to_string());
        } else {
            out.push(raw.to_string());
        }
    }
    named.then(|| out.join(" "))
}

/// Weekday index, Monday = 0.
pub fn weekday(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.').to_lowercase();
    let d = match w.as_str() {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thur" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    };
    Some(d)
}

/// Whether a word is a weekday name.
pub fn is_weekday(w: &str) -> bool {
    weekday(w).is_some()
}

/// A number written as digits or as an English word.
pub fn number(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    let n = match w.to_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "several" | "few" | "a few" => return None,
        _ => return None,
    };
    Some(n)
}
