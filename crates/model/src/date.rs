//! Dates with the precision the text supports.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A decade, e.g. the 1990s.
    Decade,
    /// A year.
    Year,
    /// A month of a year.
    Month,
    /// A calendar day.
    Day,
}

/// A calendar date known to some precision. Fields below the precision are zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// Year (for a decade, its first year).
    pub year: i32,
    /// Month 1-12, or 0 when unknown.
    pub month: u8,
    /// Day 1-31, or 0 when unknown.
    pub day: u8,
    /// How much of the value is known.
    pub precision: Precision,
}

impl DateValue {
    /// A day.
    pub fn day(year: i32, month: u8, day: u8) -> Self {
        DateValue {
            year,
            month,
            day,
            precision: Precision::Day,
        }
    }
    /// A month.
    pub fn month(year: i32, month: u8) -> Self {
        DateValue {
            year,
            month,
            day: 0,
            precision: Precision::Month,
        }
    }
    /// A year.
    pub fn year(year: i32) -> Self {
        DateValue {
            year,
            month: 0,
            day: 0,
            precision: Precision::Year,
        }
    }
    /// A decade starting at `year`.
    pub fn decade(year: i32) -> Self {
        DateValue {
            year: year - year.rem_euclid(10),
            month: 0,
            day: 0,
            precision: Precision::Decade,
        }
    }

    /// Parses the export form: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYYs`.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        if let Some(y) = s.strip_suffix('s') {
            return y
                .parse()
                .ok()
                .filter(|y: &i32| y % 10 == 0)
                .map(DateValue::decade);
        }
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str| p.parse::<u32>().ok();
        match parts.as_slice() {
            [y] if y.len() == 4 => Some(DateValue::year(num(y)? as i32)),
            [y, m] if y.len() == 4 => {
                let m = num(m)?;
                (1..=12)
                    .contains(&m)
                    .then(|| DateValue::month(num(y).unwrap_or(0) as i32, m as u8))
            }
            [y, m, d] if y.len() == 4 => {
                let (m, d) = (num(m)?, num(d)?);
                ((1..=12).contains(&m) && (1..=31).contains(&d))
                    .then(|| DateValue::day(num(y).unwrap_or(0) as i32, m as u8, d as u8))
            }
            _ => None,
        }
    }

    /// Whether two dates can denote the same time at their precisions
    /// ("November 2022" is compatible with "14 November 2022").
    pub fn compatible(&self, other: &DateValue) -> bool {
        let p = self.precision.min(other.precision);
        match p {
            Precision::Decade => self.year / 10 == other.year / 10,
            Precision::Year => self.year == other.year,
            Precision::Month => self.year == other.year && self.month == other.month,
            Precision::Day => self == other,
        }
    }

    /// A sortable key: the first day the value can denote, as `YYYYMMDD`.
    pub fn sort_key(&self) -> i64 {
        self.year as i64 * 10000 + self.month.max(1) as i64 * 100 + self.day.max(1) as i64
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Decade => write!(f, "{:04}s", self.year),
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_precision() {
        for s in ["1990s", "2001", "2001-08", "2022-11-14"] {
            assert_eq!(
                DateValue::parse(s).map(|d| d.to_string()).as_deref(),
                Some(s)
            );
        }
        assert_eq!(DateValue::parse("2022-13"), None);
        assert_eq!(DateValue::parse("1995s"), None);
    }

    #[test]
    fn compatibility_follows_the_coarser_precision() {
        let nov = DateValue::month(2022, 11);
        assert!(nov.compatible(&DateValue::day(2022, 11, 14)));
        assert!(!nov.compatible(&DateValue::day(2022, 10, 31)));
        assert!(DateValue::decade(1993).compatible(&DateValue::year(1999)));
    }
}
