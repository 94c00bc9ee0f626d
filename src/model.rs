//! The extractor's output model: claims, their time values, and the JSON
//! Lines shape fixed by the evaluation format (`extract --format jsonl`).
//! Plain data, no I/O.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a claim says happened to control of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Captured,
    Lost,
    Withdrew,
    Entered,
    Held,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Captured, Kind::Lost, Kind::Withdrew, Kind::Entered, Kind::Held];
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Captured => "captured",
            Kind::Lost => "lost",
            Kind::Withdrew => "withdrew",
            Kind::Entered => "entered",
            Kind::Held => "held",
        }
    }
    /// Local name of the individual in the ontology (`ng:Captured` ...).
    pub fn iri_name(self) -> &'static str {
        match self {
            Kind::Captured => "Captured",
            Kind::Lost => "Lost",
            Kind::Withdrew => "Withdrew",
            Kind::Entered => "Entered",
            Kind::Held => "Held",
        }
    }
    /// A claim of this kind changes who holds the place.
    pub fn is_change(self) -> bool {
        matches!(self, Kind::Captured | Kind::Lost | Kind::Withdrew)
    }
}

/// How the article frames the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Reported,
    Claimed,
    Disputed,
    Implied,
    Denied,
    Negated,
    Planned,
    Hypothetical,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Claimed => "claimed",
            Status::Disputed => "disputed",
            Status::Implied => "implied",
            Status::Denied => "denied",
            Status::Negated => "negated",
            Status::Planned => "planned",
            Status::Hypothetical => "hypothetical",
        }
    }
    pub fn iri_name(self) -> &'static str {
        match self {
            Status::Reported => "Reported",
            Status::Claimed => "Claimed",
            Status::Disputed => "Disputed",
            Status::Implied => "Implied",
            Status::Denied => "Denied",
            Status::Negated => "Negated",
            Status::Planned => "Planned",
            Status::Hypothetical => "Hypothetical",
        }
    }
    /// Only these may shape a timeline.
    pub fn is_asserted(self) -> bool {
        matches!(
            self,
            Status::Reported | Status::Claimed | Status::Disputed | Status::Implied
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
    Range,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Range => "range",
        }
    }
    pub fn iri_name(self) -> &'static str {
        match self {
            Precision::Day => "Day",
            Precision::Month => "Month",
            Precision::Year => "Year",
            Precision::Range => "Range",
        }
    }
}

/// When something happened: the earliest and latest day it can have been.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeValue {
    /// The words of the article the value comes from ("" when it rests on the
    /// publication date and the verb's tense alone).
    pub text: String,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub precision: Precision,
}

/// A resolved actor or place: canonical label and IRI.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityRef {
    pub label: String,
    pub iri: String,
    /// Words of the article that named it (first occurrence in the sentence).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub surface: Option<String>,
    /// True when the name is not in the gazetteer.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub discovered: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub text: String,
    /// Byte offsets into the article's original text, end exclusive.
    pub start: usize,
    pub end: usize,
}

/// One extracted statement; serialises to one line of `extract --format jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub doc: String,
    pub kind: Kind,
    pub actor: EntityRef,
    pub place: EntityRef,
    pub from_actor: Option<EntityRef>,
    pub time: Option<TimeValue>,
    pub status: Status,
    pub partial: bool,
    pub confidence: f64,
    pub evidence: Evidence,
    /// The rule that produced the claim (for debugging and the graph).
    pub pattern: String,
    /// A regain ("recaptured", "retook", "regained"): the actor held the place before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub regained: bool,
}
