use super::*;
use model::DateValue;

fn check(text: &str, reference: Option<DateValue>, expected: &[(&str, Option<&str>)]) {
    let got: Vec<(String, Option<String>)> = find(text, reference)
        .into_iter()
        .map(|t| (t.text, t.value.map(|v| v.to_string())))
        .collect();
    let want: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(t, v)| (t.to_string(), v.map(String::from)))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

const JAN3: Option<DateValue> = Some(DateValue {
    year: 2024,
    month: 1,
    day: 3,
    precision: model::Precision::Day,
});

#[test]
fn absolute_dates_at_their_precision() {
    check(
        "The raid took place on November 14, 2022 in Ganja.",
        None,
        &[("November 14, 2022", Some("2022-11-14"))],
    );
    check(
        "He was seen in Tbilisi on 14 November 2022.",
        None,
        &[("14 November 2022", Some("2022-11-14"))],
    );
    check(
        "The Times stated in February 13th 2013 that",
        None,
        &[("February 13th 2013", Some("2013-02-13"))],
    );
    check(
        "by the end of October 2014, nine couriers had been caught",
        None,
        &[("by the end of October 2014", Some("2014-10"))],
    );
    check(
        "In the beginning of March, 2016, the memo reached Quito",
        None,
        &[("In the beginning of March, 2016", Some("2016-03"))],
    );
    check(
        "In the summer of 2002, there was a clash",
        None,
        &[("In the summer of 2002", Some("2002"))],
    );
    check(
        "networks built in the 1990s and since 1979",
        None,
        &[("the 1990s", Some("1990s")), ("since 1979", Some("1979"))],
    );
    check(
        "during the war in 2008-2009 and in 2013–2014",
        None,
        &[
            ("in 2008-2009", Some("2008")),
            ("in 2013–2014", Some("2013")),
        ],
    );
}

#[test]
fn relative_dates_cross_month_and_year_boundaries() {
    check(
        "Police said last month that on Friday two men were detained.",
        JAN3,
        &[
            ("last month", Some("2023-12")),
            ("on Friday", Some("2023-12-29")),
        ],
    );
    check(
        "He left Iran two years ago and returned last year.",
        JAN3,
        &[("two years ago", Some("2022")), ("last year", Some("2023"))],
    );
    check(
        "Early this month the agency said",
        JAN3,
        &[("Early this month", Some("2024-01"))],
    );
    check(
        "It happened last week.",
        JAN3,
        &[("last week", Some("2023-12"))],
    );
    check(
        "A November 14 statement said",
        JAN3,
        &[("November 14", Some("2023-11-14"))],
    );
    check(
        "Arrests were made last fall.",
        JAN3,
        &[("last fall", Some("2023"))],
    );
    check(
        "since the middle of last decade",
        JAN3,
        &[("the middle of last decade", Some("2010s"))],
    );
}

#[test]
fn no_reference_no_guess() {
    check(
        "Arrests were made last fall and on Tuesday.",
        None,
        &[("last fall", None), ("on Tuesday", None)],
    );
    check("The group of 2000 fighters", None, &[]);
}

#[test]
fn standalone_dates() {
    assert_eq!(
        parse_date("November 22, 2022", None)
            .map(|d| d.to_string())
            .as_deref(),
        Some("2022-11-22")
    );
    assert_eq!(
        parse_date("Monday, 4 March 2024 10:31", None)
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(
        parse_date("Nov 2", Some(DateValue::day(2022, 11, 22)))
            .map(|d| d.to_string())
            .as_deref(),
        Some("2022-11-02")
    );
    // A time written with "h", as French and Portuguese pages write it.
    for line in ["22/05/2025 18h32", "22 mai 2025 à 9h05"] {
        assert_eq!(
            parse_date(line, None).map(|d| d.to_string()).as_deref(),
            Some("2025-05-22"),
            "{line}"
        );
    }
    assert_eq!(parse_date("22/05/2025 h32x", None), None);
    assert_eq!(parse_date("Nov 2", None), None);
    assert_eq!(parse_date("Politics", None), None);
    assert_eq!(
        parse_date("Iranian Footballers Refuse to Sing in 2022", None),
        None
    );
}

#[test]
fn last_month_names_and_months_of_that_year() {
    check(
        "He was recruited last October and met his handler last February.",
        JAN3,
        &[
            ("last October", Some("2023-10")),
            ("last February", Some("2023-02")),
        ],
    );
    check(
        "She was detained on 2 May 2019 and charged in August of that year.",
        JAN3,
        &[
            ("2 May 2019", Some("2019-05-02")),
            ("in August of that year", Some("2019-08")),
        ],
    );
    // No year named before: no date.
    check(
        "He was charged in August of the same year.",
        JAN3,
        &[("in August of the same year", None)],
    );
}

#[test]
fn a_span_of_months_is_dated_by_its_year() {
    check(
        "The smugglers moved fuel between March and August 2023, the audit found.",
        None,
        &[("between March and August 2023", Some("2023"))],
    );
    check(
        "From Sept. to Dec. 2021 the unit ran patrols.",
        None,
        &[("From Sept. to Dec. 2021", Some("2021"))],
    );
    // Without a year: the latest such span that ends before the report.
    let oct = Some(DateValue::day(2024, 10, 2));
    check(
        "Hackers read the mail between February and June, officials said.",
        oct,
        &[("between February and June", Some("2024"))],
    );
    check(
        "They met between November and December, officials said.",
        oct,
        &[("between November and December", Some("2023"))],
    );
}

#[test]
fn slashed_dates_and_months_in_capitals() {
    // Day first, as most of the world writes it; month first when the day cannot be a month.
    check(
        "Filed 24/03/2025 by the court.",
        None,
        &[("24/03/2025", Some("2025-03-24"))],
    );
    check(
        "Filed 03/24/2025 by the court.",
        None,
        &[("03/24/2025", Some("2025-03-24"))],
    );
    check(
        "Filed 05/06/2024 by the court.",
        None,
        &[("05/06/2024", Some("2024-06-05"))],
    );
    check(
        "TUE, 4 MAR 2025 at the port",
        None,
        &[("4 MAR 2025", Some("2025-03-04"))],
    );
}

#[test]
fn parts_of_today_and_last_night() {
    let r = Some(DateValue::day(2025, 3, 8));
    check(
        "Crowds gathered this afternoon.",
        r,
        &[("this afternoon", Some("2025-03-08"))],
    );
    check(
        "Shots were heard last night.",
        r,
        &[("last night", Some("2025-03-07"))],
    );
}

#[test]
fn a_day_counted_from_the_last_day_named() {
    let text = "Rangers found the cache on 2 July 2024. Two men were held the following morning, \
and a third two days later. The cache had been moved there the previous day.";
    let mut t = find(text, Some(DateValue::day(2024, 7, 20)));
    resolve_anaphora(&mut t);
    let got: Vec<(&str, Option<String>)> = t
        .iter()
        .map(|t| (t.text.as_str(), t.value.map(|v| v.to_string())))
        .collect();
    assert_eq!(
        got,
        vec![
            ("2 July 2024", Some("2024-07-02".into())),
            ("the following morning", Some("2024-07-03".into())),
            ("two days later", Some("2024-07-05".into())),
            ("the previous day", Some("2024-07-04".into())),
        ]
    );
    // With no day named before, or one named too far back, nothing is guessed.
    let mut t = find(
        "The next day the convoy left.",
        Some(DateValue::day(2024, 7, 20)),
    );
    resolve_anaphora(&mut t);
    assert_eq!(t[0].value, None);
}

#[test]
fn an_act_still_to_come_falls_after_the_day_of_writing() {
    let r = DateValue::day(2026, 3, 4);
    let t = find(
        "The hearing is set for May 20 and the rally for Friday.",
        Some(r),
    );
    let fwd: Vec<Option<String>> = t
        .iter()
        .map(|t| forward(t, r).map(|v| v.to_string()))
        .collect();
    assert_eq!(
        fwd,
        vec![Some("2026-05-20".into()), Some("2026-03-06".into())]
    );
    // A date with its year stays.
    let t = find("It was due on 20 May 2025.", Some(r));
    assert_eq!(
        forward(&t[0], r).map(|v| v.to_string()).as_deref(),
        Some("2025-05-20")
    );
}

#[test]
fn day_of_month_of_year_as_translated_from_spanish() {
    assert_eq!(
        parse_date("16 of March of 2026", None).map(|d| d.to_string()),
        Some("2026-03-16".into())
    );
    assert_eq!(
        parse_date("Monday, 16 of March of 2026", None).map(|d| d.to_string()),
        Some("2026-03-16".into())
    );
}

#[test]
fn months_of_relative_years_and_units_counted_from_the_narrative() {
    let r = Some(DateValue::day(2026, 4, 8));
    let got = |text: &str| -> Vec<(String, Option<String>)> {
        let mut t = find(text, r);
        resolve_anaphora(&mut t);
        t.iter()
            .map(|t| (t.text.clone(), t.value.map(|v| v.to_string())))
            .collect()
    };
    assert_eq!(
        got("In April last year the rebels burned a bridge; in July this year they struck again."),
        vec![
            ("In April last year".into(), Some("2025-04".into())),
            ("in July this year".into(), Some("2026-07".into())),
        ]
    );
    // The day before the month is kept: "on 11 March of this year".
    assert_eq!(
            got("Guards detained him on 11 March of this year, and his brother on the 2nd of May last year."),
            vec![
                ("11 March of this year".into(), Some("2026-03-11".into())),
                ("the 2nd of May last year".into(), Some("2025-05-02".into())),
            ]
        );
    // "the previous month" counts from the month the text speaks of, not from the day of
    // writing; with nothing named before, from the day of writing.
    assert_eq!(
        got("In January 2025 two pilots were charged. Both had been arrested the previous month."),
        vec![
            ("January 2025".into(), Some("2025-01".into())),
            ("the previous month".into(), Some("2024-12".into())),
        ]
    );
    assert_eq!(
        got("Both had been arrested the previous month."),
        vec![("the previous month".into(), Some("2026-03".into()))]
    );
    // "In February ... the next day": within that month, as far as the text says.
    assert_eq!(
        got("In February a patrol crossed the line. Farmers protested the next day."),
        vec![
            ("In February".into(), Some("2026-02".into())),
            ("the next day".into(), Some("2026-02".into())),
        ]
    );
}

#[test]
fn mid_month_with_a_hyphen_and_the_day_before() {
    let r = Some(DateValue::day(2026, 4, 8));
    let mut t = find(
        "In mid-March gunmen struck Pasaje. On 4 March police said they had held a man the day before.",
        r,
    );
    resolve_anaphora(&mut t);
    let got: Vec<(String, Option<String>)> = t
        .iter()
        .map(|t| (t.text.clone(), t.value.map(|v| v.to_string())))
        .collect();
    assert_eq!(
        got,
        vec![
            ("mid-March".into(), Some("2026-03".into())),
            ("4 March".into(), Some("2026-03-04".into())),
            ("the day before".into(), Some("2026-03-03".into())),
        ]
    );
}

#[test]
fn the_following_week_counts_from_the_day_named_before() {
    let mut t = find(
        "Two men were held on 28 April 2024. A third was arrested the following week.",
        Some(DateValue::day(2025, 11, 20)),
    );
    resolve_anaphora(&mut t);
    assert_eq!(t[1].text, "the following week");
    assert_eq!(
        t[1].value.map(|v| v.to_string()).as_deref(),
        Some("2024-05")
    );
}

#[test]
fn a_standalone_date_with_a_foreign_month_name() {
    let d = |s: &str| parse_date(s, None).map(|v| v.to_string());
    assert_eq!(
        d("Martes 14 de octubre de 2025").as_deref(),
        Some("2025-10-14")
    );
    assert_eq!(d("1er décembre 2025").as_deref(), Some("2025-12-01"));
    assert_eq!(d("Freitag, 6. Juni 2025").as_deref(), Some("2025-06-06"));
    assert_eq!(d("22 de agosto de 2024").as_deref(), Some("2024-08-22"));
    assert_eq!(d("woensdag 9 juli 2025").as_deref(), Some("2025-07-09"));
    // Only a whole date: a name that looks like a month is no date.
    assert_eq!(d("Marco Mars"), None);
    assert_eq!(d("Mai Linh de 2025 Group"), None);
}
