//! Synthetic reports for benchmarks and stress tests: deterministic, varied, shaped like real
//! captures (chrome lines, a repeated lead, a byline, a comment section), with invented people
//! and a spread of agencies, places, dates, counts and event types, so that clustering a
//! large synthetic store behaves like clustering a real one (many small clusters, not one).

use model::MONTH_NAMES;

/// A small deterministic generator (xorshift64*), so runs are repeatable without a crate.
pub struct Rng(u64);

impl Rng {
    /// A generator seeded from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const GIVEN: [&str; 24] = [
    "Tamaz", "Rustam", "Selin", "Dmitri", "Nadia", "Omid", "Karim", "Lena", "Viktor", "Aziz",
    "Farrukh", "Irakli", "Mariam", "Yusuf", "Anton", "Leyla", "Goran", "Hamid", "Petra", "Jamal",
    "Oksana", "Davit", "Samir", "Elif",
];
/// Family names are built from parts, so a large synthetic store has tens of thousands of
/// different people, as a real one does (a few dozen names would make every report about the
/// same people, and clusters would grow without bound).
const FAMILY_START: [&str; 20] = [
    "Ab", "Bar", "Kar", "Mam", "Nas", "Os", "Ras", "Sul", "Tal", "Ver", "Zak", "Gul", "Hus", "Is",
    "Jaf", "Lom", "Mir", "Nov", "Pet", "Sok",
];
const FAMILY_MIDDLE: [&str; 10] = ["a", "e", "i", "o", "ar", "el", "im", "ur", "an", "ad"];
const FAMILY_END: [&str; 10] = [
    "ov", "ev", "idze", "shvili", "ian", "enko", "zade", "i", "oglu", "ski",
];
const PLACES: [(&str, &str); 16] = [
    ("Tbilisi", "Georgia"),
    ("Batumi", "Georgia"),
    ("Osh", "Kyrgyzstan"),
    ("Bishkek", "Kyrgyzstan"),
    ("Istanbul", "Turkey"),
    ("Izmir", "Turkey"),
    ("Kharkiv", "Ukraine"),
    ("Odesa", "Ukraine"),
    ("Erbil", "Iraq"),
    ("Basra", "Iraq"),
    ("Almaty", "Kazakhstan"),
    ("Tallinn", "Estonia"),
    ("Gdansk", "Poland"),
    ("Chisinau", "Moldova"),
    ("Dushanbe", "Tajikistan"),
    ("Lankaran", "Azerbaijan"),
];
const SERVICES: [&str; 10] = [
    "State Security Service",
    "Security Service of Ukraine",
    "National Security Committee",
    "Internal Security Agency",
    "National Intelligence Organization",
    "Kurdistan Region Security Council",
    "Information and Security Service",
    "Estonian Internal Security Service",
    "State Committee for National Security",
    "Counterintelligence Department",
];
const FOREIGN: [&str; 6] = [
    "Russian military intelligence",
    "Iranian intelligence",
    "a foreign intelligence service",
    "the Islamic Revolutionary Guard Corps",
    "Chinese state security",
    "a neighbouring country's special services",
];
const NUMBERS: [&str; 9] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
const OUTLETS: [&str; 6] = [
    "Caucasus Wire",
    "Steppe Monitor",
    "Black Sea Ledger",
    "Border Desk",
    "Eastern Dispatch",
    "Frontier Review",
];

fn person(r: &mut Rng) -> String {
    format!(
        "{} {}{}{}",
        r.pick(&GIVEN),
        r.pick(&FAMILY_START),
        r.pick(&FAMILY_MIDDLE),
        r.pick(&FAMILY_END)
    )
}

/// The text of synthetic report number `n` (the same `n` always gives the same report).
pub fn report(n: u64) -> String {
    let r = &mut Rng::new(n + 1);
    let (city, country) = PLACES[r.below(PLACES.len())];
    let (city2, _) = PLACES[r.below(PLACES.len())];
    let service = r.pick(&SERVICES);
    let foreign = r.pick(&FOREIGN);
    let year = 2005 + r.below(20) as i32;
    let month = r.below(12);
    let day = 1 + r.below(27);
    let k = 2 + r.below(8);
    let count = NUMBERS[k - 2];
    let (a, b, c) = (person(r), person(r), person(r));
    let age = 24 + r.below(40);
    let outlet = r.pick(&OUTLETS);
    let mut s = String::with_capacity(6000);
    s.push_str(&format!(
        "close button\nSwitch to {outlet} Lite?\nSecurity\n\n"
    ));
    let title = match r.below(4) {
        0 => format!("{service} detains {count} over spying in {city}"),
        1 => format!("{city} court jails {a} for treason"),
        2 => format!("Plot against officials foiled in {city}, officials say"),
        _ => format!("{country} expels diplomat after espionage case in {city}"),
    };
    s.push_str(&format!(
        "{title}\n\n{} {day}, {year}\nBy {c}\n\n",
        MONTH_NAMES[month]
    ));
    let lead = format!(
        "The {service} said on {} {day} it had detained {count} people suspected of working for {foreign} in {city}.",
        MONTH_NAMES[month]
    );
    s.push_str(&format!("{lead}\n{lead}\n\n{lead} "));
    s.push_str(&format!(
        "Among them was {a}, {age}, a port engineer who allegedly photographed naval vessels and passed the pictures to a handler.\n\n"
    ));
    let extra = [
        format!("According to the statement, {a} was recruited in {} while studying abroad and received regular payments through a courier.", year - 1 - r.below(5) as i32),
        format!("{b}, a lawyer for one of the suspects, denied the accusations and called the case a fabrication."),
        format!("Investigators said the group had planned to collect information about a new radar station near {city2}."),
        format!("Last month, the service announced the arrest of two other men in {city2} on similar charges."),
        "The foreign ministry summoned the ambassador of the neighbouring country on Wednesday, the ministry said.".to_string(),
        format!("A court in {city} later sentenced {a} to {} years in prison for high treason.", 5 + r.below(12)),
        format!("In {}, {foreign} reportedly trained and funded a network of informants in the region, security expert {b} told {outlet}.", year - 3),
        format!("Police in {city2} also arrested {} men on Friday during protests outside the court building.", NUMBERS[r.below(9)]),
        "The embassy rejected the allegations as baseless and said its staff had not been involved in any intelligence activity.".to_string(),
        format!("Border guards held joint exercises with allied forces near {city2} in early {}.", MONTH_NAMES[r.below(12)]),
    ];
    // Background sentences without events: real reports are mostly context, so the share of
    // event sentences here is about what it is in published reporting.
    let context = [
        format!("{city} has long been a crossroads for traders, students and seasonal workers from across the region."),
        "The port handles most of the country's freight and has grown quickly over the past decade.".to_string(),
        format!("Relations between the two governments have been tense since a dispute over energy prices in {}.", year - 2),
        "Analysts note that the region's security services have expanded their cyber units in recent years.".to_string(),
        format!("{b} has written widely on regional security and teaches at a university in {city2}."),
        "The case drew wide attention on social media, where many users shared photographs from the courtroom.".to_string(),
        "Officials did not say how the information had been obtained or whether other countries were involved.".to_string(),
        "Local newspapers described the neighbourhood as quiet, with small shops and a busy market on weekends.".to_string(),
    ];
    for _ in 0..(6 + r.below(5)) {
        let mut p = String::new();
        for _ in 0..(2 + r.below(3)) {
            if r.below(3) == 0 {
                p.push_str(&extra[r.below(extra.len())]);
            } else {
                p.push_str(&context[r.below(context.len())]);
            }
            p.push(' ');
        }
        s.push_str(p.trim_end());
        s.push_str("\n\n");
    }
    s.push_str("Share on Facebook\nFollow us on social networks\n\n");
    s.push_str(&format!(
        "2 thoughts on “{title}”\n\nReader says:\n{} {day}, {year} at 6:12 pm\nGood work by the service.\n\nLeave a Reply\n",
        MONTH_NAMES[month]
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_deterministic_and_varied() {
        assert_eq!(report(7), report(7));
        assert_ne!(report(7), report(8));
        let total: usize = (0..100).map(|n| report(n).len()).sum();
        assert!(total / 100 > 1500, "average {}", total / 100);
        // Many different people, not a handful recurring everywhere.
        let people: std::collections::BTreeSet<String> =
            (0..200).map(|n| person(&mut Rng::new(n))).collect();
        assert!(people.len() > 190, "{}", people.len());
    }
}
