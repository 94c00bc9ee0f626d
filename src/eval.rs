//! Scoring claims against gold annotations with the matching rules of the
//! evaluation format: same article, place and actor after alias
//! normalisation, same kind (lost = withdrew), compatible dates.

use crate::model::{Claim, Kind, Status};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    pub actor: String,
    pub place: String,
    pub kind: Kind,
    #[serde(default)]
    pub date: Option<String>,
    pub evidence: String,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub partial: bool,
    #[serde(default)]
    pub from_actor: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct NonEvent {
    pub evidence: String,
    #[serde(default)]
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub doc: String,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub non_events: Vec<NonEvent>,
}

/// Canonical label → surface forms; matching is case-insensitive.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    groups: HashMap<String, Vec<usize>>,
}

fn fold(s: &str) -> String {
    crate::sentence::normalize_phrase(s)
}

impl Aliases {
    pub fn from_map(map: &BTreeMap<String, Vec<String>>) -> Aliases {
        let mut groups = HashMap::new();
        for (i, (canon, forms)) in map.iter().enumerate() {
            for f in std::iter::once(canon).chain(forms) {
                let g: &mut Vec<usize> = groups.entry(fold(f)).or_default();
                if !g.contains(&i) {
                    g.push(i);
                }
            }
        }
        Aliases { groups }
    }
    /// Whether two labels name the same thing.
    pub fn same(&self, a: &str, b: &str) -> bool {
        let (fa, fb) = (fold(a), fold(b));
        if fa == fb {
            return true;
        }
        // a form listed under several labels matches each of them
        matches!((self.groups.get(&fa), self.groups.get(&fb)), (Some(x), Some(y)) if x.iter().any(|i| y.contains(i)))
    }
}

/// The day span of a gold date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
pub fn gold_span(d: &str) -> Option<(NaiveDate, NaiveDate)> {
    let parts: Vec<&str> = d.split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?)),
        2 => {
            let m: u32 = parts[1].parse().ok()?;
            let a = NaiveDate::from_ymd_opt(y, m, 1)?;
            let b = a.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
            Some((a, b))
        }
        _ => {
            let a = crate::article::parse_iso_date(d)?;
            Some((a, a))
        }
    }
}

fn family(k: Kind) -> Kind {
    if k == Kind::Withdrew {
        Kind::Lost
    } else {
        k
    }
}

fn matches(c: &Claim, g: &GoldEvent, al: &Aliases) -> bool {
    if family(c.kind) != family(g.kind) || !al.same(&c.place.label, &g.place) || !al.same(&c.actor.label, &g.actor) {
        return false;
    }
    match (&c.time, g.date.as_deref().and_then(gold_span)) {
        (None, None) => g.date.is_none(),
        (Some(t), Some((a, b))) => t.earliest <= b && a <= t.latest,
        _ => false,
    }
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

/// "P=0.913 R=1.000 F1=0.955 (tp 42 fp 4 fn 0)"
impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P={:.3} R={:.3} F1={:.3} (tp {} fp {} fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub overall: Counts,
    pub by_kind: BTreeMap<Kind, Counts>,
    pub implied: Counts,
    pub false_changes: Vec<(String, String)>,
    pub misses: Vec<(String, GoldEvent)>,
    pub spurious: Vec<Claim>,
}

/// Scores asserted claims (reported, claimed, disputed, implied) against gold.
/// Precision and recall count non-implied gold events; a claim matched to an
/// implied gold event is counted on the implied line; an unmatched implied
/// claim is not counted against precision.
pub fn score(gold: &[GoldDoc], claims: &[Claim], al: &Aliases) -> Report {
    let mut r = Report::default();
    let mut by_doc: HashMap<&str, Vec<&Claim>> = HashMap::new();
    for c in claims.iter().filter(|c| c.status.is_asserted()) {
        by_doc.entry(c.doc.as_str()).or_default().push(c);
    }
    for gd in gold {
        let cs = by_doc.remove(gd.doc.as_str()).unwrap_or_default();
        let mut used = vec![false; cs.len()];
        // non-implied gold first, then implied
        let mut order: Vec<&GoldEvent> = gd.events.iter().filter(|e| e.status != Some(Status::Implied)).collect();
        order.extend(gd.events.iter().filter(|e| e.status == Some(Status::Implied)));
        for g in order {
            let implied = g.status == Some(Status::Implied);
            let hit = (0..cs.len()).find(|&i| !used[i] && matches(cs[i], g, al));
            let entry = r.by_kind.entry(g.kind).or_default();
            match (hit, implied) {
                (Some(i), false) => {
                    used[i] = true;
                    r.overall.tp += 1;
                    entry.tp += 1;
                }
                (Some(i), true) => {
                    used[i] = true;
                    r.implied.tp += 1;
                }
                (None, false) => {
                    r.overall.fn_ += 1;
                    entry.fn_ += 1;
                    r.misses.push((gd.doc.clone(), g.clone()));
                }
                (None, true) => r.implied.fn_ += 1,
            }
        }
        for (i, c) in cs.iter().enumerate() {
            if used[i] {
                continue;
            }
            if c.status == Status::Implied {
                r.implied.fp += 1;
                continue;
            }
            r.overall.fp += 1;
            r.by_kind.entry(c.kind).or_default().fp += 1;
            r.spurious.push((*c).clone());
            if c.kind.is_change()
                && matches!(c.status, Status::Reported | Status::Claimed)
                && gd
                    .non_events
                    .iter()
                    .any(|n| n.evidence.trim() == c.evidence.text.trim())
            {
                r.false_changes.push((gd.doc.clone(), c.evidence.text.clone()));
            }
        }
    }
    for (_, cs) in by_doc {
        for c in cs {
            if c.status != Status::Implied {
                r.overall.fp += 1;
                r.spurious.push(c.clone());
            }
        }
    }
    r
}
