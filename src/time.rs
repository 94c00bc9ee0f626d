//! Temporal expressions: recognition over tokens and resolution to
//! earliest/latest day bounds, anchored on the publication date and the
//! verb's tense. Nothing here guesses: an expression that needs an anchor
//! resolves to `None` when there is none.

use crate::model::{Precision, TimeValue};
use crate::sentence::Token;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Whole,
    Early,
    Mid,
    Late,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spec {
    /// A full calendar date.
    Date(NaiveDate),
    /// Month and day, year from the anchor.
    MonthDay {
        month: u32,
        day: u32,
    },
    /// A month of a known year.
    MonthYear {
        month: u32,
        year: i32,
    },
    /// A month alone: `last` for "last March".
    Month {
        month: u32,
        last: bool,
    },
    /// A month of the year before the anchor's ("in March last year").
    MonthLastYear {
        month: u32,
    },
    Year {
        year: i32,
        part: Part,
    },
    /// Year relative to the anchor's: -1 last year, 0 this year.
    RelYear {
        offset: i32,
        part: Part,
        earlier: bool,
    },
    /// -1 last month, 0 this month.
    RelMonth {
        offset: i32,
        earlier: bool,
    },
    RelWeek {
        offset: i32,
    },
    /// Days relative to the anchor: 0 today, -1 yesterday.
    RelDay {
        offset: i64,
    },
    Overnight,
    Weekday(Weekday),
    Ago {
        n: u32,
        unit: Unit,
    },
    Range(Box<Spec>, Box<Spec>),
    /// "that year", "in June of that year", "Nov. 28 of that year": the year the
    /// story last named (see `settle_that_year`); unresolved without one.
    ThatYear {
        month: Option<u32>,
        day: Option<u32>,
        part: Part,
    },
    /// "for 10 months": a duration, not a date.
    Duration {
        n: u32,
        unit: Unit,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A time expression in a sentence: token range and meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMention {
    pub first: usize,
    pub last: usize,
    pub spec: Spec,
    /// Introduced by "since" (a start, e.g. of holding).
    pub since: bool,
}

impl TimeMention {
    /// Whether it can date an event: not a duration, not the start of a state.
    pub fn dates_event(&self) -> bool {
        !self.since && !matches!(self.spec, Spec::Duration { .. })
    }
}

pub fn month_of(norm: &str) -> Option<u32> {
    Some(match norm {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

pub fn weekday_of(norm: &str) -> Option<Weekday> {
    Some(match norm {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn number_of(norm: &str) -> Option<u32> {
    if let Ok(n) = norm.parse::<u32>() {
        return Some(n);
    }
    Some(match norm {
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
        "eighteen" => 18,
        "several" => return None,
        _ => return None,
    })
}

fn unit_of(norm: &str) -> Option<Unit> {
    Some(match norm {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        _ => return None,
    })
}

fn year_of(norm: &str) -> Option<i32> {
    if norm.len() == 4 {
        let y: i32 = norm.parse().ok()?;
        if (1900..=2100).contains(&y) {
            return Some(y);
        }
    }
    None
}

fn day_of(norm: &str) -> Option<u32> {
    let digits = norm.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &norm[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

struct Cursor<'a> {
    t: &'a [Token],
}

impl Cursor<'_> {
    fn norm(&self, i: usize) -> &str {
        self.t.get(i).map(|t| t.norm.as_str()).unwrap_or("")
    }
    fn is_month(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        let m = month_of(&t.norm)?;
        if !t.is_capitalized() {
            return None;
        }
        // "May" and "March" are also words: accept them when a date word is near
        if m == 5 || (m == 3 && t.norm == "march") {
            let prev = if i > 0 { self.norm(i - 1) } else { "" };
            let next = self.norm(i + 1);
            let datey = day_of(next).is_some()
                || year_of(next).is_some()
                || matches!(
                    prev,
                    "in" | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "to"
                        | "last"
                        | "early"
                        | "late"
                        | "mid"
                        | "of"
                        | "this"
                        | "next"
                        | "and"
                        | "("
                        | "between"
                        | "-"
                )
                || day_of(prev).is_some();
            if !datey {
                return None;
            }
        }
        Some(m)
    }
}

/// "of that year", "that year", "that same year", "the same year" at `i`: its end.
fn that_year_at(c: &Cursor, i: usize) -> Option<usize> {
    let i = if c.norm(i) == "of" { i + 1 } else { i };
    match (c.norm(i), c.norm(i + 1), c.norm(i + 2)) {
        ("that", "year", _) | ("the", "same", "year") => Some(i + 2 + usize::from(c.norm(i + 1) == "same")),
        ("that", "same", "year") => Some(i + 3),
        _ => None,
    }
}

/// Parses one date-like expression starting at `i`; returns (spec, end).
fn parse_at(c: &Cursor, i: usize) -> Option<(Spec, usize)> {
    // every form below opens with "that", a number, a weekday or a month
    if !c.t.get(i).is_some_and(may_open_time) {
        return None;
    }
    let n = c.norm(i);
    if n == "that" {
        return that_year_at(c, i).map(|e| {
            (
                Spec::ThatYear {
                    month: None,
                    day: None,
                    part: Part::Whole,
                },
                e,
            )
        });
    }
    // ISO 2016-03-27
    if let Some(y) = year_of(n) {
        if c.norm(i + 1) == "-" {
            if let (Ok(m), "-", Some(d)) = (c.norm(i + 2).parse::<u32>(), c.norm(i + 3), day_of(c.norm(i + 4))) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    return Some((Spec::Date(date), i + 5));
                }
            }
        }
        return Some((
            Spec::Year {
                year: y,
                part: Part::Whole,
            },
            i + 1,
        ));
    }
    // Weekday, optionally with a date: "Sunday (March 27)", "Sunday, March 27"
    if let Some(wd) = weekday_of(n) {
        let mut j = i + 1;
        if matches!(c.norm(j), "(" | ",") {
            let k = j + 1;
            if let Some((spec, e)) = parse_at(c, k) {
                if matches!(spec, Spec::MonthDay { .. } | Spec::Date(_)) {
                    j = if c.norm(e) == ")" { e + 1 } else { e };
                    return Some((spec, j));
                }
            }
        }
        if matches!(c.norm(j), "morning" | "evening" | "night" | "afternoon") {
            j += 1;
        }
        return Some((Spec::Weekday(wd), j));
    }
    // Month forms
    if let Some(m) = c.is_month(i) {
        let mut j = i + 1;
        if c.norm(j) == "." {
            j += 1;
        }
        if let Some(d) = day_of(c.norm(j)) {
            if let Some(e) = that_year_at(c, j + 1) {
                return Some((
                    Spec::ThatYear {
                        month: Some(m),
                        day: Some(d),
                        part: Part::Whole,
                    },
                    e,
                ));
            }
            let mut k = j + 1;
            if c.norm(k) == "," {
                k += 1;
            }
            if let Some(y) = year_of(c.norm(k)) {
                return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (Spec::Date(dt), k + 1));
            }
            return Some((Spec::MonthDay { month: m, day: d }, j + 1));
        }
        if let Some(e) = that_year_at(c, j) {
            return Some((
                Spec::ThatYear {
                    month: Some(m),
                    day: None,
                    part: Part::Whole,
                },
                e,
            ));
        }
        if c.norm(j) == "," && year_of(c.norm(j + 1)).is_some() {
            j += 1;
        }
        if let Some(y) = year_of(c.norm(j)) {
            return Some((Spec::MonthYear { month: m, year: y }, j + 1));
        }
        if c.norm(j) == "last" && c.norm(j + 1) == "year" {
            return Some((Spec::MonthLastYear { month: m }, j + 2));
        }
        // "in March this year": the month of the anchor's year, as a bare month resolves
        if c.norm(j) == "this" && c.norm(j + 1) == "year" {
            return Some((Spec::Month { month: m, last: false }, j + 2));
        }
        return Some((
            Spec::Month { month: m, last: false },
            i + 1 + usize::from(c.norm(i + 1) == "."),
        ));
    }
    // Day Month Year: "24 March, 2016", "11 Dec 2016"
    if let Some(d) = day_of(n) {
        let mut j = i + 1;
        if c.norm(j) == "of" {
            j += 1;
        }
        if let Some(m) = c.is_month(j).or_else(|| {
            c.t.get(j)
                .filter(|t| t.is_capitalized())
                .and_then(|t| month_of(&t.norm))
        }) {
            let mut k = j + 1;
            if c.norm(k) == "." {
                k += 1;
            }
            if c.norm(k) == "," {
                k += 1;
            }
            if let Some(y) = year_of(c.norm(k)) {
                return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (Spec::Date(dt), k + 1));
            }
            return Some((Spec::MonthDay { month: m, day: d }, j + 1));
        }
    }
    None
}

/// Finds the time expressions of a sentence's tokens.
pub fn find(tokens: &[Token]) -> Vec<TimeMention> {
    let c = Cursor { t: tokens };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !may_open_time(&tokens[i]) {
            i += 1;
            continue;
        }
        if let Some((m, end)) = find_at(&c, i) {
            out.push(TimeMention {
                first: i,
                last: end,
                spec: m.0,
                since: m.1,
            });
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn part_word(n: &str) -> Option<Part> {
    match n {
        "early" | "earlier" | "beginning" | "start" => Some(Part::Early),
        "mid" | "middle" => Some(Part::Mid),
        "late" | "end" | "later" => Some(Part::Late),
        _ => None,
    }
}

/// The words `find_at` can match at, besides numbers: months (as `month_of`
/// reads them), weekdays, number words, parts of a period (`part_word`) and
/// the words that open its other forms. (A form that opens with a new word
/// adds it here.) Tokens carry whether they are one (`lexicon::word::TIME_OPEN`).
pub const OPENING_WORDS: &[&str] = &[
    // months
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    // weekdays
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // number words
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "eighteen",
    // parts of a period
    "early",
    "earlier",
    "beginning",
    "start",
    "mid",
    "middle",
    "late",
    "end",
    "later",
    // the other forms
    "from",
    "between",
    "for",
    "last",
    "previous",
    "past",
    "this",
    "that",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "in",
    "on",
    "since",
    "until",
    "by",
    "during",
    "of",
];

/// Whether `find_at` can match at a token: a number, or one of `OPENING_WORDS`.
fn may_open_time(t: &Token) -> bool {
    t.norm.as_bytes().first().is_some_and(u8::is_ascii_digit) || t.is(crate::lexicon::word::TIME_OPEN)
}

#[allow(clippy::type_complexity)]
fn find_at(c: &Cursor, i: usize) -> Option<((Spec, bool), usize)> {
    let n = c.norm(i);
    let n1 = c.norm(i + 1);
    let n2 = c.norm(i + 2);
    let since = n == "since";
    // "from X to Y", "between X and Y"
    if matches!(n, "from" | "between") {
        if let Some((a, e)) = parse_at(c, i + 1) {
            if matches!(c.norm(e), "to" | "until" | "and" | "till" | "through") {
                if let Some((b, e2)) = parse_at(c, e + 1) {
                    let a = match (&a, &b) {
                        (Spec::Month { month, .. }, Spec::MonthYear { year, .. }) => Spec::MonthYear {
                            month: *month,
                            year: *year,
                        },
                        _ => a,
                    };
                    return Some(((Spec::Range(Box::new(a), Box::new(b)), false), e2));
                }
            }
        }
    }
    // "for 10 months"
    if n == "for" {
        if let (Some(k), Some(u)) = (number_of(n1), unit_of(n2)) {
            if n1 != "a" || u != Unit::Day {
                return Some(((Spec::Duration { n: k, unit: u }, false), i + 3));
            }
        }
    }
    // "nine months ago"
    if let (Some(k), Some(u), "ago") = (number_of(n), unit_of(n1), n2) {
        return Some(((Spec::Ago { n: k, unit: u }, false), i + 3));
    }
    // "late last year", "early this year", "earlier this month"
    if let Some(p) = part_word(n) {
        let (p2, skip) = if n1 == "in" { (p, 2) } else { (p, 1) };
        let a = c.norm(i + skip);
        let b = c.norm(i + skip + 1);
        match (a, b) {
            ("last" | "previous", "year") => {
                return Some((
                    (
                        Spec::RelYear {
                            offset: -1,
                            part: p2,
                            earlier: false,
                        },
                        false,
                    ),
                    i + skip + 2,
                ))
            }
            ("that", "year") => {
                return Some((
                    (
                        Spec::ThatYear {
                            month: None,
                            day: None,
                            part: p2,
                        },
                        false,
                    ),
                    i + skip + 2,
                ))
            }
            ("this", "year") => {
                return Some((
                    (
                        Spec::RelYear {
                            offset: 0,
                            part: p2,
                            earlier: n == "earlier",
                        },
                        false,
                    ),
                    i + skip + 2,
                ))
            }
            ("this", "month") if n == "earlier" || p == Part::Early => {
                return Some((
                    (
                        Spec::RelMonth {
                            offset: 0,
                            earlier: true,
                        },
                        false,
                    ),
                    i + skip + 2,
                ))
            }
            ("last", "month") => {
                return Some((
                    (
                        Spec::RelMonth {
                            offset: -1,
                            earlier: false,
                        },
                        false,
                    ),
                    i + skip + 2,
                ))
            }
            _ => {}
        }
        if n == "late" && n1 == "on" {
            if let Some((spec @ Spec::Weekday(_), e)) = parse_at(c, i + 2) {
                return Some(((spec, false), e));
            }
        }
        // "early in 2016", "late 2015", "mid-2016", "in early 2016"
        let k = if c.norm(i + 1) == "-" { i + 2 } else { i + skip };
        if let Some(y) = year_of(c.norm(k)) {
            return Some(((Spec::Year { year: y, part: p2 }, false), k + 1));
        }
    }
    match (n, n1) {
        ("last" | "previous" | "past", "year") => {
            return Some((
                (
                    Spec::RelYear {
                        offset: -1,
                        part: Part::Whole,
                        earlier: false,
                    },
                    false,
                ),
                i + 2,
            ))
        }
        ("this", "year") => {
            return Some((
                (
                    Spec::RelYear {
                        offset: 0,
                        part: Part::Whole,
                        earlier: false,
                    },
                    false,
                ),
                i + 2,
            ))
        }
        ("last" | "previous", "month") => {
            return Some((
                (
                    Spec::RelMonth {
                        offset: -1,
                        earlier: false,
                    },
                    false,
                ),
                i + 2,
            ))
        }
        ("this", "month") => {
            return Some((
                (
                    Spec::RelMonth {
                        offset: 0,
                        earlier: false,
                    },
                    false,
                ),
                i + 2,
            ))
        }
        ("last", "week") => return Some(((Spec::RelWeek { offset: -1 }, false), i + 2)),
        ("this", "week") => return Some(((Spec::RelWeek { offset: 0 }, false), i + 2)),
        ("last", "weekend") => return Some(((Spec::RelWeek { offset: -1 }, false), i + 2)),
        _ => {}
    }
    if n == "last" {
        if let Some(m) = c.is_month(i + 1) {
            return Some(((Spec::Month { month: m, last: true }, false), i + 2));
        }
        if let Some(wd) = weekday_of(n1) {
            return Some(((Spec::Weekday(wd), false), i + 2));
        }
    }
    match n {
        "yesterday" => return Some(((Spec::RelDay { offset: -1 }, false), i + 1)),
        "today" | "tonight" => return Some(((Spec::RelDay { offset: 0 }, false), i + 1)),
        "overnight" => return Some(((Spec::Overnight, false), i + 1)),
        _ => {}
    }
    if n == "this" && matches!(n1, "morning" | "afternoon" | "evening") {
        return Some(((Spec::RelDay { offset: 0 }, false), i + 2));
    }
    // prepositions before a date: keep them inside the mention
    let start = if matches!(n, "in" | "on" | "since" | "until" | "by" | "during" | "of") {
        i + 1
    } else {
        i
    };
    if start == i + 1 && c.norm(start) == "the" {
        // "in the spring of 2015" and the like are not handled
        return None;
    }
    let (spec, e) = parse_at(c, start)?;
    Some(((spec, since), e))
}

fn month_end(y: i32, m: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN);
    first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

fn month_span(y: i32, m: u32) -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN),
        month_end(y, m),
    )
}

fn year_span(y: i32, part: Part) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = match part {
        Part::Whole => (1, 12),
        Part::Early => (1, 4),
        Part::Mid => (5, 8),
        Part::Late => (9, 12),
    };
    Some((NaiveDate::from_ymd_opt(y, a, 1)?, month_end(y, b)))
}

/// One day with no words of the article behind it (the report's own day).
pub fn bare_day(day: NaiveDate) -> TimeValue {
    value("", day, day, Precision::Day)
}

fn value(text: &str, e: NaiveDate, l: NaiveDate, p: Precision) -> TimeValue {
    TimeValue {
        text: text.to_string(),
        earliest: e,
        latest: l,
        precision: p,
    }
}

/// Resolves an expression; `anchor` is the article's date, `tense` the verb's.
pub fn resolve(spec: &Spec, text: &str, anchor: Option<NaiveDate>, tense: Tense) -> Option<TimeValue> {
    use Precision::*;
    Some(match spec {
        Spec::Date(d) => value(text, *d, *d, Day),
        Spec::MonthYear { month, year } => {
            let (a, b) = month_span(*year, *month);
            value(text, a, b, Month)
        }
        Spec::Year { year, part } => {
            let (a, b) = year_span(*year, *part)?;
            value(text, a, b, if *part == Part::Whole { Year } else { Range })
        }
        Spec::MonthDay { month, day } => {
            let an = anchor?;
            let mut d = NaiveDate::from_ymd_opt(an.year(), *month, *day)?;
            if tense == Tense::Past && d > an + Days::new(2) {
                d = NaiveDate::from_ymd_opt(an.year() - 1, *month, *day)?;
            } else if tense == Tense::Future && d + Days::new(2) < an {
                d = NaiveDate::from_ymd_opt(an.year() + 1, *month, *day)?;
            }
            value(text, d, d, Day)
        }
        Spec::Month { month, last } => {
            let an = anchor?;
            let y = if *last {
                if *month < an.month() {
                    an.year()
                } else {
                    an.year() - 1
                }
            } else if tense == Tense::Future {
                if *month >= an.month() {
                    an.year()
                } else {
                    an.year() + 1
                }
            } else if *month <= an.month() {
                an.year()
            } else {
                an.year() - 1
            };
            let (a, b) = month_span(y, *month);
            value(text, a, b, Month)
        }
        Spec::MonthLastYear { month } => {
            let (a, b) = month_span(anchor?.year() - 1, *month);
            value(text, a, b, Month)
        }
        Spec::RelYear { offset, part, earlier } => {
            let an = anchor?;
            let (a, mut b) = year_span(an.year() + offset, *part)?;
            if *earlier || (*offset == 0 && b > an) {
                b = an;
            }
            value(
                text,
                a,
                b,
                if *part == Part::Whole && !*earlier && *offset != 0 {
                    Year
                } else {
                    Range
                },
            )
        }
        Spec::RelMonth { offset, earlier } => {
            let an = anchor?;
            let first = NaiveDate::from_ymd_opt(an.year(), an.month(), 1)?;
            let first = if *offset < 0 {
                first.checked_sub_months(Months::new(offset.unsigned_abs()))?
            } else {
                first
            };
            let (a, b) = month_span(first.year(), first.month());
            if *offset == 0 {
                value(text, a, if *earlier { an } else { b.min(an) }, Range)
            } else {
                value(text, a, b, Month)
            }
        }
        Spec::RelWeek { offset } => {
            let an = anchor?;
            if *offset < 0 {
                value(text, an - Days::new(13), an - Days::new(6), Range)
            } else {
                value(text, an - Days::new(6), an, Range)
            }
        }
        Spec::RelDay { offset } => {
            let d = if *offset < 0 {
                anchor? - Days::new(offset.unsigned_abs())
            } else {
                anchor?
            };
            value(text, d, d, Day)
        }
        Spec::Overnight => {
            let an = anchor?;
            value(text, an.pred_opt()?, an, Range)
        }
        Spec::Weekday(wd) => {
            let an = anchor?;
            let mut d = an;
            for _ in 0..7 {
                if d.weekday() == *wd {
                    break;
                }
                d = if tense == Tense::Future {
                    d.succ_opt()?
                } else {
                    d.pred_opt()?
                };
            }
            value(text, d, d, Day)
        }
        Spec::Ago { n, unit } => {
            let an = anchor?;
            match unit {
                Unit::Day => {
                    let d = an - Days::new(u64::from(*n));
                    value(text, d, d, Day)
                }
                Unit::Week => {
                    let d = an - Days::new(7 * u64::from(*n));
                    value(text, d - Days::new(3), d + Days::new(3), Range)
                }
                Unit::Month => {
                    let d = an.checked_sub_months(Months::new(*n))?;
                    let (a, b) = month_span(d.year(), d.month());
                    value(text, a, b, Month)
                }
                Unit::Year => {
                    let (a, b) = year_span(an.year() - *n as i32, Part::Whole)?;
                    value(text, a, b, Year)
                }
            }
        }
        Spec::Range(a, b) => {
            let a = resolve(a, text, anchor, tense)?;
            let b = resolve(b, text, anchor, tense)?;
            if b.latest < a.earliest {
                return None;
            }
            value(text, a.earliest, b.latest, Range)
        }
        Spec::Duration { .. } | Spec::ThatYear { .. } => return None,
    })
}

/// The explicit year a spec names, if any ("May 2015", "2014", "24 March 2016").
fn year_named(spec: &Spec) -> Option<i32> {
    match spec {
        Spec::Date(d) => Some(d.year()),
        Spec::MonthYear { year, .. } | Spec::Year { year, .. } => Some(*year),
        Spec::Range(_, b) => year_named(b),
        _ => None,
    }
}

/// Gives each "that year" the year the story named last before it, in
/// reading order (sentences, then mentions); one with no year before it stays
/// unresolved.
pub fn settle_that_year(times: &mut [Vec<TimeMention>]) {
    let mut last: Option<i32> = None;
    for tm in times.iter_mut().flatten() {
        if let Spec::ThatYear { month, day, part } = tm.spec {
            if let Some(year) = last {
                tm.spec = match (month, day) {
                    (Some(m), Some(d)) => match NaiveDate::from_ymd_opt(year, m, d) {
                        Some(date) => Spec::Date(date),
                        None => continue,
                    },
                    (Some(m), None) => Spec::MonthYear { month: m, year },
                    _ => Spec::Year { year, part },
                };
            }
        } else if let Some(y) = year_named(&tm.spec) {
            last = Some(y);
        }
    }
}

/// Adds a duration to a date (for "held for 10 months after seizing it in May").
pub fn add_duration(d: NaiveDate, n: u32, unit: Unit) -> Option<NaiveDate> {
    match unit {
        Unit::Day => d.checked_add_days(Days::new(u64::from(n))),
        Unit::Week => d.checked_add_days(Days::new(7 * u64::from(n))),
        Unit::Month => d.checked_add_months(Months::new(n)),
        Unit::Year => d.checked_add_months(Months::new(12 * n)),
    }
}

/// The year, not before `min_year`, in which `month`/`day` falls on `wd`.
pub fn year_for_weekday(month: u32, day: u32, wd: Weekday, min_year: i32) -> Option<i32> {
    (min_year..min_year + 29).find(|&y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::tokenize;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Resolves the first expression of `text` against `anchor`.
    fn check(text: &str, anchor: &str, tense: Tense) -> Option<(String, String, &'static str)> {
        let toks = tokenize(text, 0);
        let m = find(&toks)
            .into_iter()
            .find(|m| !matches!(m.spec, Spec::Duration { .. }))?;
        let v = resolve(&m.spec, "", Some(d(anchor)), tense)?;
        Some((v.earliest.to_string(), v.latest.to_string(), v.precision.as_str()))
    }

    fn is(text: &str, anchor: &str, e: &str, l: &str, p: &str) {
        assert_eq!(
            check(text, anchor, Tense::Past),
            Some((e.to_string(), l.to_string(), p)),
            "{text} @ {anchor}"
        );
    }

    #[test]
    fn absolute_dates() {
        is(
            "on 24 March, 2016 they left",
            "2020-01-01",
            "2016-03-24",
            "2016-03-24",
            "day",
        );
        is("on March 24, 2016", "2020-01-01", "2016-03-24", "2016-03-24", "day");
        is("in May 2015", "2020-01-01", "2015-05-01", "2015-05-31", "month");
        is("in 2014", "2020-01-01", "2014-01-01", "2014-12-31", "year");
        is("early in 2016", "2020-01-01", "2016-01-01", "2016-04-30", "range");
        is("on 2016-03-27", "2020-01-01", "2016-03-27", "2016-03-27", "day");
        is("Dec. 11", "2016-12-20", "2016-12-11", "2016-12-11", "day");
    }

    #[test]
    fn relative_to_the_anchor() {
        is("on Thursday", "2017-03-02", "2017-03-02", "2017-03-02", "day"); // anchor is a Thursday
        is("late on Wednesday", "2017-03-02", "2017-03-01", "2017-03-01", "day");
        is("on Sunday (March 27)", "2016-03-28", "2016-03-27", "2016-03-27", "day");
        is("in December", "2017-03-02", "2016-12-01", "2016-12-31", "month");
        is("in December", "2016-12-11", "2016-12-01", "2016-12-31", "month");
        is("last March", "2016-12-11", "2016-03-01", "2016-03-31", "month");
        is("last March", "2017-03-02", "2016-03-01", "2016-03-31", "month");
        is("in March last year", "2017-03-02", "2016-03-01", "2016-03-31", "month");
        is("in March this year", "2017-08-02", "2017-03-01", "2017-03-31", "month");
        is("nine months ago", "2016-12-11", "2016-03-01", "2016-03-31", "month");
        is("last year", "2017-03-02", "2016-01-01", "2016-12-31", "year");
        is("late last year", "2017-03-02", "2016-09-01", "2016-12-31", "range");
        is("overnight", "2017-03-02", "2017-03-01", "2017-03-02", "range");
        is("yesterday", "2017-03-02", "2017-03-01", "2017-03-01", "day");
        is(
            "from May 2015 to March 2016",
            "2017-03-02",
            "2015-05-01",
            "2016-03-31",
            "range",
        );
    }

    #[test]
    fn future_tense_looks_forward() {
        assert_eq!(
            check("on Friday", "2017-03-02", Tense::Future),
            Some(("2017-03-03".into(), "2017-03-03".into(), "day"))
        );
        assert_eq!(
            check("in January", "2017-03-02", Tense::Future),
            Some(("2018-01-01".into(), "2018-01-31".into(), "month"))
        );
    }

    #[test]
    fn no_anchor_no_relative_date() {
        let toks = tokenize("on Thursday and in 2015", 0);
        let found = find(&toks);
        assert_eq!(found.len(), 2);
        assert_eq!(resolve(&found[0].spec, "", None, Tense::Past), None);
        assert!(resolve(&found[1].spec, "", None, Tense::Past).is_some());
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let toks = tokenize("The army may retake the town. It fell in May.", 0);
        let found = find(&toks);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].spec, Spec::Month { month: 5, last: false });
    }

    #[test]
    fn weekday_year_search() {
        assert_eq!(year_for_weekday(3, 27, Weekday::Sun, 2014), Some(2016));
    }

    #[test]
    fn durations_are_not_dates() {
        let toks = tokenize("held it for 10 months", 0);
        assert_eq!(
            find(&toks)[0].spec,
            Spec::Duration {
                n: 10,
                unit: Unit::Month
            }
        );
    }
}
