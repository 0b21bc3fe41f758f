//! The expression patterns and their normalisation.

use crate::words::{month, number, weekday};
use jiff::civil::Date;
use jiff::ToSpan;
use model::{DateValue, Precision, Span, TimeExpr};
use regex::{Captures, Regex};
use std::sync::OnceLock;

const MON: &str = r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)";
const WD: &str = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUM: &str = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
const QUAL: &str = r"(?P<q>(?i:early|mid-?|late|(?:by |in |at )?the (?:beginning|start|end|middle|first half|second half) of|beginning of|end of))";

#[derive(Clone, Copy, PartialEq)]
enum Rule {
    DayMonthYear,
    IsoDay,
    DottedDay,
    MonthYear,
    MonthDay,
    Decade,
    Season,
    YearRange,
    MonthRange,
    Year,
    RelUnit,
    Ago,
    Weekday,
    Deictic,
    RelSeason,
    RelDecade,
    QualMonth,
    LastMonth,
    ThatYearMonth,
    Anaphoric,
    AnaphoricUnit,
    MonthRelYear,
}

impl Rule {
    fn relative(self) -> bool {
        matches!(
            self,
            Rule::RelUnit
                | Rule::Ago
                | Rule::Weekday
                | Rule::Deictic
                | Rule::RelSeason
                | Rule::RelDecade
                | Rule::LastMonth
                | Rule::ThatYearMonth
                | Rule::Anaphoric
                | Rule::AnaphoricUnit
                | Rule::MonthRelYear
        )
    }
    fn name(self) -> &'static str {
        match self {
            Rule::DayMonthYear => "day-month-year",
            Rule::IsoDay => "iso-date",
            Rule::DottedDay => "dotted-date",
            Rule::MonthYear => "month-year",
            Rule::MonthDay => "month-day",
            Rule::Decade => "decade",
            Rule::Season => "season-year",
            Rule::YearRange => "year-range",
            Rule::MonthRange => "month-range",
            Rule::Year => "year",
            Rule::RelUnit => "relative-unit",
            Rule::Ago => "ago",
            Rule::Weekday => "weekday",
            Rule::Deictic => "deictic",
            Rule::RelSeason => "relative-season",
            Rule::RelDecade => "relative-decade",
            Rule::QualMonth => "qualified-month",
            Rule::LastMonth => "last-month-name",
            Rule::ThatYearMonth => "month-of-that-year",
            Rule::Anaphoric => ANAPHORIC,
            Rule::AnaphoricUnit => ANAPHORIC_UNIT,
            Rule::MonthRelYear => "month-of-relative-year",
        }
    }
}

fn patterns() -> &'static [(Regex, Rule)] {
    static P: OnceLock<Vec<(Regex, Rule)>> = OnceLock::new();
    P.get_or_init(|| {
        let list = [
            (format!(r"\b(?:{WD},?\s+)?{MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"), Rule::DayMonthYear),
            (format!(r"\b(?:{WD},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MON},?\s+(?:of\s+)?(?P<y>\d{{4}})\b"), Rule::DayMonthYear),
            // "the night of 9-10 October (2025)": the night began on the first day.
            (format!(r"\b(?P<d>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s+{MON},?\s+(?P<y>\d{{4}})\b"), Rule::DayMonthYear),
            (format!(r"\b(?P<d>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s+{MON}\b"), Rule::MonthDay),
            (r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b".to_string(), Rule::IsoDay),
            // "2026/01/21", "2026.01.21": year first, as East Asian pages write it.
            (r"\b(?P<y>(?:19|20)\d{2})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})\b".to_string(), Rule::IsoDay),
            // "20 nov 2025": a lower-case abbreviation between a day and a year.
            (r"\b(?P<d>\d{1,2})\.?\s+(?P<mon>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?P<y>(?:19|20)\d{2})\b".to_string(), Rule::DayMonthYear),
            // "2026年3月4日": Chinese and Japanese pages.
            (r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日".to_string(), Rule::IsoDay),
            (r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b".to_string(), Rule::DottedDay),
            (r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b".to_string(), Rule::DottedDay),
            // "20-01-2026": day first, with hyphens.
            (r"\b(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d{2})\b".to_string(), Rule::DottedDay),
            (format!(r"(?:\b{QUAL}\s+)?\b{MON},?\s+(?:of\s+)?(?P<y>\d{{4}})\b"), Rule::MonthYear),
            (format!(r"\b(?:{WD},?\s+)?{MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"), Rule::MonthDay),
            (format!(r"\b(?:{WD},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MON}\b"), Rule::MonthDay),
            (format!(r"\b(?:the\s+)?(?:{QUAL}\s*)?(?:the\s+)?(?P<y>1[5-9]\d0|20\d0)['’]?s\b"), Rule::Decade),
            (r"\b(?i:(?:in|during|by)\s+)?(?i:the\s+)?(?:(?P<q>early|late|mid-?)\s*)?(?P<s>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>\d{4})\b".to_string(), Rule::Season),
            (r"\b(?:(?:in|from|during|between)\s+)?(?P<y>(?:19|20)\d{2})\s*[-–/]\s*(?:19|20)?\d{2}\b".to_string(), Rule::YearRange),
            // "between February and June 2024", "from Sept. to Dec.": a span of months.
            (format!(r"\b(?i:between|from)\s+{}\s+(?i:and|to|until|till|through)\s+{MON}(?:,?\s+(?P<y>\d{{4}}))?\b", MON.replace("?P<mon>", "?:")), Rule::MonthRange),
            (format!(r"\b(?:(?P<p>[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|circa|as of|[Tt]hrough|[Tt]hroughout|[Ee]arly|[Ll]ate|[Mm]id-?|{QUAL})\s+)(?P<y>(?:19|20)\d{{2}})\b"), Rule::Year),
            (r"\b(?P<y>(?:19|20)\d{2})(?:,|\.\s|\s*\))".to_string(), Rule::Year),
            // "the previous month", "the following year": counted from the time the text
            // was speaking of (see `resolve_anaphora`), else from the reference.
            (r"(?i)\bthe\s+(?P<q>previous|preceding|following|next)\s+(?P<u>week|month|year)\b".to_string(), Rule::AnaphoricUnit),
            // "in April last year", "in July this year".
            // "on 11 March of this year": the day too.
            (format!(r"(?:\b{QUAL}\s+|\b[Ii]n\s+|\b(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b{MON}\s+(?:of\s+)?(?P<rq>(?i:last|this|next))\s+year\b"), Rule::MonthRelYear),
            (r"(?i)\b(?P<q>last|past|previous|this|earlier this|early this|later this|late this|next|the previous|the past|the last|the same)\s+(?P<u>week|month|year|weekend)\b".to_string(), Rule::RelUnit),
            (format!(r"(?i)\b{NUM}\s+(?P<u>days?|weeks?|months?|years?|decades?)\s+ago\b"), Rule::Ago),
            (format!(r"\b(?:(?P<q>[Ll]ast|[Tt]his|[Oo]n|[Nn]ext|[Ee]arly on|[Ll]ate on)\s+)?{WD}\b"), Rule::Weekday),
            (r"(?i)\b(?P<w>yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night)\b".to_string(), Rule::Deictic),
            (r"(?i)\b(?P<q>last|this|next|early last|late last|this past)\s+(?P<s>spring|summer|fall|autumn|winter)\b".to_string(), Rule::RelSeason),
            (r"(?i)\b(?:the\s+)?(?:(?P<q>middle|mid|end|beginning|start|first half|second half)\s+of\s+(?:the\s+)?)?(?P<w>last|previous|this|past)\s+decade\b".to_string(), Rule::RelDecade),
            // "in mid-March": the hyphen joins.
            (format!(r"(?:\b{QUAL}\s+|\b(?i:mid)-|\b[Ii]n\s+){MON}\b"), Rule::QualMonth),
            (format!(r"\b(?i:last|this past|past)\s+{MON}\b"), Rule::LastMonth),
            (format!(r"(?:\b[Ii]n\s+)?{MON}\s+of\s+(?i:that|the same)\s+year\b"), Rule::ThatYearMonth),
            // "the previous day", "the following morning", "two days later", "that night":
            // a day counted from the last day the text named (see `resolve_anaphora`).
            (format!(r"(?i)\b(?:{NUM}\s+days?\s+(?P<dir>later|earlier)|the\s+(?P<p>previous|preceding|following|next)\s+(?:day|morning|afternoon|evening|night)|(?:later\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:day|night)\s+(?:before|after))\b"), Rule::Anaphoric),
        ];
        list.into_iter().map(|(p, r)| (Regex::new(&p).expect("time patterns are valid"), r)).collect()
    })
}

/// Every temporal expression in `text`, in order, resolved against `reference`.
pub fn find(text: &str, reference: Option<DateValue>) -> Vec<TimeExpr> {
    scan(text, reference, true)
}

pub(crate) fn find_absolute_only(text: &str, reference: Option<DateValue>) -> Vec<TimeExpr> {
    scan(text, reference, false)
}

fn scan(text: &str, reference: Option<DateValue>, relative: bool) -> Vec<TimeExpr> {
    let mut cands: Vec<TimeExpr> = Vec::new();
    for (re, rule) in patterns() {
        if rule.relative() && !relative {
            continue;
        }
        for c in re.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let mut end = m.end();
            let mut s = m.as_str();
            // The bare-year rule consumes its closing punctuation; give it back.
            if *rule == Rule::Year && c.name("p").is_none() {
                let trimmed = s.trim_end_matches([',', '.', ')', ' ']);
                end = m.start() + trimmed.len();
                s = trimmed;
            }
            if *rule == Rule::Weekday
                && c.name("q").is_none()
                && text[..m.start()]
                    .trim_end()
                    .ends_with(|ch: char| ch.is_alphabetic())
            {
                // "Black Friday", "Good Friday": a bare weekday inside a name is not a date.
                let prev = text[..m.start()].split_whitespace().last().unwrap_or("");
                if prev.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
            }
            let (value, approximate) = normalise(*rule, &c, reference);
            cands.push(TimeExpr {
                span: Span::new(m.start(), end),
                text: s.to_string(),
                value,
                approximate,
                relative: rule.relative()
                    || matches!(rule, Rule::MonthDay | Rule::QualMonth)
                    || (*rule == Rule::MonthRange && c.name("y").is_none()),
                rule: rule.name().to_string(),
            });
        }
    }
    cands.sort_by_key(|t| (std::cmp::Reverse(t.span.len()), t.span.start));
    let mut out: Vec<TimeExpr> = Vec::new();
    for t in cands {
        if out
            .iter()
            .all(|o| t.span.end <= o.span.start || t.span.start >= o.span.end)
        {
            out.push(t);
        }
    }
    out.sort_by_key(|t| t.span.start);
    // "... on 17 March 2023 ... and charged in September of that year".
    let mut last_year: Option<i32> = None;
    for t in &mut out {
        if t.rule == Rule::ThatYearMonth.name() {
            t.value = match (t.value, last_year) {
                (Some(v), Some(y)) => Some(DateValue::month(y, v.month)),
                _ => None,
            };
        } else if !t.relative {
            if let Some(v) = t.value.filter(|v| v.precision != Precision::Decade) {
                last_year = Some(v.year);
            }
        }
    }
    out
}

const ANAPHORIC: &str = "anaphoric";
const ANAPHORIC_UNIT: &str = "anaphoric-unit";

/// `v` moved by `n` weeks, months or years (`unit`), at month or year precision (a week
/// from a day is told by its month).
fn shift_unit(v: DateValue, unit: &str, n: i64) -> Option<DateValue> {
    if unit == "year" {
        return (v.precision != Precision::Decade).then(|| DateValue::year(v.year + n as i32));
    }
    if unit == "week" {
        if v.precision != Precision::Day {
            return (v.precision == Precision::Month).then_some(v);
        }
        return date(v)?.checked_add((7 * n).days()).ok().map(month_of);
    }
    let base = date(v.filter_month()?)?;
    let d = if n < 0 {
        base.checked_sub((-n).months()).ok()?
    } else {
        base.checked_add(n.months()).ok()?
    };
    Some(month_of(d))
}

/// How many bytes back the day an anaphoric expression counts from may lie.
const ANAPHORA_REACH: usize = 1500;

/// Dates "the previous day", "the following morning", "two days later" and "that night" by
/// the last day named before them in the text (in document order, spans in one text), when
/// it lies close enough before; each resolved one is a day named in turn.
pub fn resolve_anaphora(times: &mut [TimeExpr]) {
    // The last day named, and the last date of any precision (a month, a year).
    let mut last: Option<(usize, DateValue)> = None;
    let mut last_any: Option<(usize, DateValue)> = None;
    for t in times.iter_mut() {
        let near = |x: Option<(usize, DateValue)>| {
            x.filter(|(at, _)| t.span.start.saturating_sub(*at) <= ANAPHORA_REACH)
        };
        if t.rule == ANAPHORIC {
            let base = near(last);
            t.value = match (base, near(last_any)) {
                // "In February ... the next day": within that month, as far as the text says.
                (day_base, Some((at, v)))
                    if v.precision != Precision::Day
                        && day_base.is_none_or(|(d_at, _)| d_at < at) =>
                {
                    Some(v)
                }
                _ => base.and_then(|(_, b)| {
                    let shift = anaphoric_shift(&t.text)?;
                    date(b)?.checked_add(shift.days()).ok().map(day)
                }),
            };
        } else if t.rule == ANAPHORIC_UNIT {
            // "In January 2025 ... had been arrested the previous month": December 2024.
            let l = t.text.to_lowercase();
            // Back for "previous", "preceding"; on for "following", "next".
            let n = anaphoric_shift(&l).unwrap_or(1);
            let unit = if l.ends_with("year") {
                "year"
            } else if l.ends_with("week") {
                "week"
            } else {
                "month"
            };
            if let Some(v) = near(last_any).and_then(|(_, b)| shift_unit(b, unit, n)) {
                t.value = Some(v);
            }
        }
        if let Some(v) = t.value.filter(|v| v.precision == Precision::Day) {
            last = Some((t.span.end, v));
        }
        if let Some(v) = t.value.filter(|v| v.precision != Precision::Decade) {
            last_any = Some((t.span.end, v));
        }
    }
}

/// Days from the antecedent: "the previous day" -1, "two days later" +2, "that night" 0.
fn anaphoric_shift(text: &str) -> Option<i64> {
    let l = text.to_lowercase();
    let words: Vec<&str> = l.split_whitespace().collect();
    if l.contains("later") && words.len() >= 3 && words[words.len() - 2].starts_with("day") {
        return number(words[0]).map(i64::from);
    }
    if l.ends_with("earlier") {
        return number(words[0]).map(|n| -i64::from(n));
    }
    if l.contains("previous") || l.contains("preceding") || l.ends_with("before") {
        return Some(-1);
    }
    if l.ends_with("after") {
        return Some(1);
    }
    if l.contains("following") || l.contains("next") {
        return Some(1);
    }
    Some(0)
}

/// The value of `t` read as a time still to come: an act planned or scheduled "for
/// Friday" or "on May 14" falls on the next such day after the reference, not the last one
/// before it. Only a bare weekday or a day or month without its year moves; every other
/// value is kept.
pub fn forward(t: &TimeExpr, reference: DateValue) -> Option<DateValue> {
    let v = t.value?;
    if reference.precision != Precision::Day {
        return Some(v);
    }
    let before = (v.year, v.month, v.day) < (reference.year, reference.month, reference.day);
    let bare_weekday = t.rule == Rule::Weekday.name() && !t.text.to_lowercase().contains("last");
    if bare_weekday && before {
        return date(v)?.checked_add(7.days()).ok().map(day);
    }
    let month_day = t.rule == Rule::MonthDay.name();
    let month = t.rule == Rule::QualMonth.name() && v.month < reference.month;
    if (month_day && before) || month {
        let next = DateValue {
            year: v.year + 1,
            ..v
        };
        return Some(next);
    }
    Some(v)
}

fn date(v: DateValue) -> Option<Date> {
    Date::new(v.year as i16, v.month.max(1) as i8, v.day.max(1) as i8).ok()
}

fn day(d: Date) -> DateValue {
    DateValue::day(d.year() as i32, d.month() as u8, d.day() as u8)
}

fn month_of(d: Date) -> DateValue {
    DateValue::month(d.year() as i32, d.month() as u8)
}

fn valid_day(y: i32, m: u8, d: u8) -> Option<DateValue> {
    Date::new(y as i16, m as i8, d as i8).ok().map(day)
}

/// The latest year that puts month/day on or before the reference.
fn year_for(m: u8, d: u8, reference: Option<DateValue>) -> Option<i32> {
    let r = reference.filter(|r| r.precision >= Precision::Month)?;
    let after = (m, d.max(1))
        > (
            r.month,
            if r.precision == Precision::Day {
                r.day
            } else {
                31
            },
        );
    Some(if after { r.year - 1 } else { r.year })
}

fn qualified(c: &Captures) -> bool {
    c.name("q").is_some()
}

fn normalise(rule: Rule, c: &Captures, reference: Option<DateValue>) -> (Option<DateValue>, bool) {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i64>().ok());
    let mon = || {
        c.name("mon")
            .and_then(|m| month(m.as_str()))
            .or_else(|| num("m").map(|m| m as u8))
    };
    let approx = qualified(c);
    let r = reference;
    let v = match rule {
        Rule::DayMonthYear | Rule::IsoDay => {
            (|| valid_day(num("y")? as i32, mon()?, num("d")? as u8))()
        }
        // "24/03/2025", "24.03.2025": day first, as most of the world writes it; month first
        // ("03/24/2025") only when the first number cannot be a month's day... and the second
        // cannot be a month.
        Rule::DottedDay => (|| {
            let (a, b) = (num("d")? as u8, num("m")? as u8);
            let (d, m) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
            valid_day(num("y")? as i32, m, d)
        })(),
        Rule::MonthYear => (|| Some(DateValue::month(num("y")? as i32, mon()?)))(),
        Rule::MonthDay => (|| {
            let (m, d) = (mon()?, num("d")? as u8);
            valid_day(year_for(m, d, r)?, m, d)
        })(),
        Rule::QualMonth => (|| {
            let m = mon()?;
            Some(DateValue::month(year_for(m, 1, r)?, m))
        })(),
        // "last October": the latest October before the month of writing.
        Rule::LastMonth => (|| {
            let m = mon()?;
            let r = r.filter(|r| r.precision >= Precision::Month)?;
            let y = if m >= r.month { r.year - 1 } else { r.year };
            Some(DateValue::month(y, m))
        })(),
        // "in September of that year": the year is the one the text last named; `scan`
        // fills it in.
        Rule::ThatYearMonth => mon().map(|m| DateValue::month(0, m)),
        Rule::Anaphoric => None,
        Rule::AnaphoricUnit => (|| {
            let r = r?;
            let q = c.name("q")?.as_str().to_lowercase();
            let back = matches!(q.as_str(), "previous" | "preceding");
            shift_unit(
                r,
                &c.name("u")?.as_str().to_lowercase(),
                if back { -1 } else { 1 },
            )
        })(),
        Rule::MonthRelYear => (|| {
            let r = r?;
            let q = c.name("rq")?.as_str().to_lowercase();
            let year = match q.as_str() {
                "last" => r.year - 1,
                "next" => r.year + 1,
                _ => r.year,
            };
            match num("d") {
                Some(d) => valid_day(year, mon()?, d as u8),
                None => Some(DateValue::month(year, mon()?)),
            }
        })(),
        Rule::Decade => num("y").map(|y| DateValue::decade(y as i32)),
        // A span of months is dated by its year; without one, by the year of the latest such
        // span ending before the reference.
        Rule::MonthRange => num("y")
            .map(|y| y as i32)
            .or_else(|| year_for(mon()?, 1, r))
            .map(DateValue::year),
        Rule::Season | Rule::YearRange | Rule::Year => num("y")
            .filter(|y| (1500..=2100).contains(y))
            .map(|y| DateValue::year(y as i32)),
        Rule::RelUnit => relative_unit(c, r),
        Rule::Ago => (|| {
            let n = number(c.name("n")?.as_str())? as i64;
            let base = date(r.filter(|r| r.precision >= Precision::Month)?)?;
            let u = c.name("u")?.as_str().to_lowercase();
            if u.starts_with("year") {
                Some(DateValue::year(r?.year - n as i32))
            } else if u.starts_with("decade") {
                Some(DateValue::decade(r?.year - 10 * n as i32))
            } else if u.starts_with("month") {
                base.checked_sub(n.months()).ok().map(month_of)
            } else if u.starts_with("week") {
                base.checked_sub((7 * n).days()).ok().map(month_of)
            } else {
                base.checked_sub(n.days()).ok().map(day)
            }
        })(),
        Rule::Weekday => (|| {
            let r = r.filter(|r| r.precision == Precision::Day)?;
            let target = weekday(c.name("wd")?.as_str())? as i64;
            let base = date(r)?;
            let today = base.weekday().to_monday_zero_offset() as i64;
            let q = c.name("q").map(|m| m.as_str().to_lowercase());
            let back = match q.as_deref() {
                Some("next") => {
                    return base
                        .checked_add(((target - today).rem_euclid(7).max(1)).days())
                        .ok()
                        .map(day)
                }
                Some("last") => {
                    let b = (today - target).rem_euclid(7);
                    if b == 0 {
                        7
                    } else {
                        b
                    }
                }
                _ => (today - target).rem_euclid(7),
            };
            base.checked_sub(back.days()).ok().map(day)
        })(),
        Rule::Deictic => (|| {
            let base = date(r.filter(|r| r.precision == Precision::Day)?)?;
            let shift = match c.name("w")?.as_str().to_lowercase().as_str() {
                "yesterday" | "last night" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            base.checked_add(shift.days()).ok().map(day)
        })(),
        Rule::RelSeason => (|| {
            let r = r.filter(|r| r.precision >= Precision::Month)?;
            let q = c.name("q")?.as_str().to_lowercase();
            let s = c.name("s")?.as_str().to_lowercase();
            let start: u8 = match s.as_str() {
                "spring" => 3,
                "summer" => 6,
                "fall" | "autumn" => 9,
                _ => 12,
            };
            let year = if q.contains("next") {
                if r.month < start {
                    r.year
                } else {
                    r.year + 1
                }
            } else if q == "this" || q == "this past" {
                r.year
            } else if r.month >= start + 3 || (start == 12 && r.month >= 3 && r.month < 12) {
                // The season has ended this year: "last fall" in December is this year's.
                if start == 12 {
                    r.year - 1
                } else {
                    r.year
                }
            } else {
                r.year - 1
            };
            Some(DateValue::year(year))
        })(),
        Rule::RelDecade => (|| {
            let r = r?;
            let w = c.name("w")?.as_str().to_lowercase();
            let y = if w == "this" { r.year } else { r.year - 10 };
            Some(DateValue::decade(y))
        })(),
    };
    let approx = approx
        || matches!(
            rule,
            Rule::Season | Rule::RelSeason | Rule::RelDecade | Rule::YearRange
        )
        || (rule == Rule::RelUnit
            && c.name("q").is_some_and(|q| {
                q.as_str().to_lowercase().contains("early")
                    || q.as_str().to_lowercase().contains("late")
            }));
    (v, approx)
}

fn relative_unit(c: &Captures, r: Option<DateValue>) -> Option<DateValue> {
    let q = c.name("q")?.as_str().to_lowercase();
    let u = c.name("u")?.as_str().to_lowercase();
    let r = r?;
    let this = q.contains("this") || q == "the same";
    let next = q == "next";
    match u.as_str() {
        "year" => Some(DateValue::year(if this {
            r.year
        } else if next {
            r.year + 1
        } else {
            r.year - 1
        })),
        "month" => {
            let base = date(r.filter_month()?)?;
            let d = if this {
                base
            } else if next {
                base.checked_add(1.months()).ok()?
            } else {
                base.checked_sub(1.months()).ok()?
            };
            Some(month_of(d))
        }
        _ => {
            let base = date(r.filter_month()?)?;
            let days = if this {
                0
            } else if next {
                -7
            } else {
                7
            };
            let d = base.checked_sub(days.days()).ok()?;
            Some(if r.precision == Precision::Day {
                month_of(d)
            } else {
                month_of(base)
            })
        }
    }
}

trait FilterMonth {
    fn filter_month(self) -> Option<DateValue>;
}

impl FilterMonth for DateValue {
    fn filter_month(self) -> Option<DateValue> {
        (self.precision >= Precision::Month).then_some(self)
    }
}
