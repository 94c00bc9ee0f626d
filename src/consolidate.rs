//! Consolidation: claims from many articles into changes of control and
//! tenures, per place. Pure: rows in, changes/tenures/conflicts out.
//!
//! 1. Gains ("captured") of one actor whose time windows overlap are one
//!    change; its window is the intersection of the full (non-partial)
//!    claims, narrowest first, clipped to the publication dates of the
//!    articles that report it. Losses and withdrawals support the gain of
//!    another actor they overlap.
//! 2. Two consecutive changes to the same actor with no change between them
//!    describe one change that sources date differently: the one with more
//!    weight (articles × precision) wins and the disagreement is recorded.
//! 3. Tenures run from one change to the next; the last is open, known until
//!    the newest evidence. `held` claims confirm tenures, and a place known
//!    only from `held` claims gets a tenure that begins no later than its
//!    first evidence. A regain ("recaptured", "retook") implies its actor
//!    held the place before the previous change (an implied tenure).

use crate::model::Kind;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// One asserted claim, as read back from the store.
#[derive(Debug, Clone)]
pub struct ClaimRow {
    pub iri: String,
    pub kind: Kind,
    pub actor: String,
    pub place: String,
    pub from_actor: Option<String>,
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
    pub partial: bool,
    pub regained: bool,
    pub article: String,
    pub published: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
}

impl Window {
    fn overlaps(&self, o: &Window) -> bool {
        self.earliest <= o.latest && o.earliest <= self.latest
    }
    fn intersect(&self, o: &Window) -> Option<Window> {
        let w = Window {
            earliest: self.earliest.max(o.earliest),
            latest: self.latest.min(o.latest),
        };
        (w.earliest <= w.latest).then_some(w)
    }
    fn days(&self) -> i64 {
        (self.latest - self.earliest).num_days()
    }
}

#[derive(Debug, Clone)]
pub struct Change {
    pub place: String,
    pub gainer: String,
    pub losers: BTreeSet<String>,
    pub window: Window,
    pub claims: Vec<usize>,
    pub articles: BTreeSet<String>,
    pub partial: bool,
    pub regained: bool,
}

#[derive(Debug, Clone)]
pub struct Tenure {
    pub place: String,
    pub actor: String,
    pub begin: Option<Window>,
    pub end: Option<Window>,
    /// The earliest day a claim shows the actor holding the place.
    pub first_evidence: Option<NaiveDate>,
    /// The newest publication date among the place's claims (open tenures).
    pub newest_evidence: Option<NaiveDate>,
    pub implied: bool,
    pub claims: Vec<usize>,
    pub articles: BTreeSet<String>,
}

impl Tenure {
    pub fn open(&self) -> bool {
        self.end.is_none()
    }
}

#[derive(Debug, Clone)]
pub struct Conflict {
    pub place: String,
    /// Index of the change that won.
    pub change: usize,
    /// Claims dating the same change differently.
    pub claims: Vec<usize>,
    pub comment: String,
}

#[derive(Debug, Default)]
pub struct Consolidated {
    pub changes: Vec<Change>,
    pub tenures: Vec<Tenure>,
    pub conflicts: Vec<Conflict>,
}

fn window(r: &ClaimRow) -> Option<Window> {
    Some(Window {
        earliest: r.earliest?,
        latest: r.latest?,
    })
}

/// A claim's window, never later than the article that reports it.
fn reported_window(r: &ClaimRow) -> Option<Window> {
    let w = window(r)?;
    match r.published {
        Some(p) if p >= w.earliest && p < w.latest => Some(Window {
            earliest: w.earliest,
            latest: p,
        }),
        _ => Some(w),
    }
}

fn weight(rows: &[ClaimRow], c: &Change) -> f64 {
    let articles = c.articles.len() as f64;
    let precision: f64 = c
        .claims
        .iter()
        .filter_map(|&i| window(&rows[i]))
        .map(|w| 1.0 / (1.0 + w.days() as f64))
        .sum();
    articles + precision
}

/// Consolidates all rows (any places).
pub fn consolidate(rows: &[ClaimRow]) -> Consolidated {
    let mut by_place: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        by_place.entry(r.place.as_str()).or_default().push(i);
    }
    let mut out = Consolidated::default();
    for (place, idx) in by_place {
        place_timeline(rows, place, &idx, &mut out);
    }
    out
}

fn place_timeline(rows: &[ClaimRow], place: &str, idx: &[usize], out: &mut Consolidated) {
    // gains, narrowest and full first
    let mut gains: Vec<usize> = idx
        .iter()
        .copied()
        .filter(|&i| rows[i].kind == Kind::Captured && window(&rows[i]).is_some())
        .collect();
    gains.sort_by_key(|&i| (rows[i].partial, window(&rows[i]).map(|w| w.days()), rows[i].iri.clone()));
    let mut changes: Vec<Change> = Vec::new();
    for &i in &gains {
        let r = &rows[i];
        let w = reported_window(r).expect("dated");
        let hit = changes
            .iter_mut()
            .find(|c| c.gainer == r.actor && c.window.overlaps(&w));
        match hit {
            Some(c) => {
                if !r.partial || c.partial {
                    if let Some(n) = c.window.intersect(&w) {
                        c.window = n;
                    }
                }
                c.partial &= r.partial;
                c.regained |= r.regained;
                c.claims.push(i);
                c.articles.insert(r.article.clone());
                c.losers.extend(r.from_actor.clone());
            }
            None => changes.push(Change {
                place: place.to_string(),
                gainer: r.actor.clone(),
                losers: r.from_actor.iter().cloned().collect(),
                window: w,
                claims: vec![i],
                articles: BTreeSet::from([r.article.clone()]),
                partial: r.partial,
                regained: r.regained,
            }),
        }
    }
    // losses and withdrawals support an overlapping gain by someone else
    for &i in idx {
        let r = &rows[i];
        if !matches!(r.kind, Kind::Lost | Kind::Withdrew) {
            continue;
        }
        let Some(w) = reported_window(r) else { continue };
        if let Some(c) = changes
            .iter_mut()
            .find(|c| c.gainer != r.actor && c.window.overlaps(&w))
        {
            c.claims.push(i);
            c.articles.insert(r.article.clone());
            c.losers.insert(r.actor.clone());
        }
    }
    // a change happened no later than the first article that reports it
    for c in changes.iter_mut() {
        let first_report = c
            .claims
            .iter()
            .filter_map(|&i| rows[i].published)
            .filter(|&p| p >= c.window.earliest)
            .min();
        if let Some(p) = first_report {
            c.window.latest = c.window.latest.min(p);
        }
    }
    changes.sort_by(|a, b| {
        (a.window.earliest, a.window.latest, &a.gainer).cmp(&(b.window.earliest, b.window.latest, &b.gainer))
    });
    // consecutive changes to the same actor: one change, dated differently
    let mut merged: Vec<Change> = Vec::new();
    let mut pending_conflicts: Vec<(usize, Vec<usize>, String)> = Vec::new();
    for c in changes {
        let at = merged.len().saturating_sub(1);
        if let Some(last) = merged.last_mut() {
            if last.gainer == c.gainer {
                // a full change beats a partial one; between equals, weight decides
                let c_wins = if c.partial != last.partial {
                    last.partial
                } else {
                    weight(rows, &c) > weight(rows, last)
                };
                let (keep, drop) = if c_wins { (c, last.clone()) } else { (last.clone(), c) };
                let conflict = !drop.partial;
                let comment = format!(
                    "sources date this change {}..{} ({} articles) and {}..{} ({} articles); the first is kept",
                    keep.window.earliest,
                    keep.window.latest,
                    keep.articles.len(),
                    drop.window.earliest,
                    drop.window.latest,
                    drop.articles.len()
                );
                let mut keep = keep;
                keep.claims.extend(drop.claims.iter().copied());
                keep.articles.extend(drop.articles.iter().cloned());
                keep.regained |= drop.regained;
                if conflict {
                    pending_conflicts.push((at, drop.claims.clone(), comment));
                }
                *last = keep;
                continue;
            }
        }
        merged.push(c);
    }
    let base = out.changes.len();
    for (ci, claims, comment) in pending_conflicts {
        out.conflicts.push(Conflict {
            place: place.to_string(),
            change: base + ci,
            claims,
            comment,
        });
    }
    let newest = idx.iter().filter_map(|&i| rows[i].published).max();
    let helds: Vec<usize> = idx.iter().copied().filter(|&i| rows[i].kind == Kind::Held).collect();
    let mut tenures: Vec<Tenure> = Vec::new();
    // before the first change: the loser, if anyone is known to have held it
    if let Some(first) = merged.first() {
        let before: Vec<usize> = helds
            .iter()
            .copied()
            .filter(|&i| rows[i].actor != first.gainer && rows[i].earliest.is_some_and(|e| e <= first.window.latest))
            .collect();
        let holder = before
            .first()
            .map(|&i| rows[i].actor.clone())
            .or_else(|| first.losers.iter().next().cloned());
        if let Some(h) = holder {
            let support: Vec<usize> = before.iter().copied().filter(|&i| rows[i].actor == h).collect();
            tenures.push(Tenure {
                place: place.to_string(),
                actor: h,
                begin: None,
                end: Some(first.window.clone()),
                first_evidence: support.iter().filter_map(|&i| rows[i].earliest).min(),
                newest_evidence: None,
                implied: support.is_empty(),
                articles: support.iter().map(|&i| rows[i].article.clone()).collect(),
                claims: support,
            });
        }
    }
    // a regain by the second gainer implies it held the place before the first change
    if tenures.is_empty() && merged.len() >= 2 && merged[1].regained && merged[1].gainer != merged[0].gainer {
        tenures.push(Tenure {
            place: place.to_string(),
            actor: merged[1].gainer.clone(),
            begin: None,
            end: Some(merged[0].window.clone()),
            first_evidence: None,
            newest_evidence: None,
            implied: true,
            claims: Vec::new(),
            articles: BTreeSet::new(),
        });
    }
    for (k, c) in merged.iter().enumerate() {
        let next = merged.get(k + 1);
        let end = next.map(|n| n.window.clone());
        let lo = c.window.earliest;
        let hi = end.as_ref().map(|e| e.latest);
        let mut claims = c.claims.clone();
        let mut articles = c.articles.clone();
        for &i in &helds {
            let r = &rows[i];
            if r.actor == c.gainer
                && r.latest.is_some_and(|l| l >= lo)
                && hi.is_none_or(|h| r.earliest.is_some_and(|e| e <= h))
            {
                claims.push(i);
                articles.insert(r.article.clone());
            }
        }
        tenures.push(Tenure {
            place: place.to_string(),
            actor: c.gainer.clone(),
            begin: Some(c.window.clone()),
            end,
            first_evidence: Some(c.window.earliest),
            newest_evidence: if next.is_none() { newest } else { None },
            implied: false,
            claims,
            articles,
        });
    }
    if merged.is_empty() && !helds.is_empty() {
        // only "held" statements: one open tenure per holder, from its first evidence
        let mut by_actor: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &i in &helds {
            by_actor.entry(rows[i].actor.as_str()).or_default().push(i);
        }
        if by_actor.len() == 1 {
            let (actor, support) = by_actor.into_iter().next().expect("one");
            tenures.push(Tenure {
                place: place.to_string(),
                actor: actor.to_string(),
                begin: None,
                end: None,
                first_evidence: support.iter().filter_map(|&i| rows[i].earliest).min(),
                newest_evidence: newest,
                implied: false,
                articles: support.iter().map(|&i| rows[i].article.clone()).collect(),
                claims: support,
            });
        }
    }
    out.changes.extend(merged);
    out.tenures.extend(tenures);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn row(n: usize, kind: Kind, actor: &str, e: &str, l: &str, published: &str) -> ClaimRow {
        ClaimRow {
            iri: format!("c{n}"),
            kind,
            actor: actor.into(),
            place: "P".into(),
            from_actor: None,
            earliest: Some(d(e)),
            latest: Some(d(l)),
            partial: false,
            regained: false,
            article: format!("a{n}"),
            published: Some(d(published)),
        }
    }

    #[test]
    fn overlapping_gains_merge_and_tenures_follow() {
        let rows = vec![
            row(0, Kind::Captured, "A", "2015-05-01", "2015-05-31", "2016-01-01"),
            row(1, Kind::Captured, "A", "2015-01-01", "2015-12-31", "2016-01-01"),
            row(2, Kind::Captured, "B", "2016-12-01", "2016-12-31", "2017-03-02"),
            row(3, Kind::Captured, "B", "2016-09-01", "2016-12-31", "2017-03-02"),
            row(4, Kind::Withdrew, "A", "2016-12-11", "2016-12-11", "2016-12-11"),
            row(5, Kind::Captured, "B", "2016-12-01", "2016-12-31", "2016-12-11"),
        ];
        let c = consolidate(&rows);
        assert_eq!(c.changes.len(), 2);
        assert_eq!(
            c.changes[1].window,
            Window {
                earliest: d("2016-12-01"),
                latest: d("2016-12-11")
            }
        );
        let t: Vec<_> = c.tenures.iter().map(|t| (t.actor.as_str(), t.open())).collect();
        assert_eq!(t, vec![("A", false), ("B", true)]);
        assert_eq!(c.tenures[1].newest_evidence, Some(d("2017-03-02")));
        assert!(c.conflicts.is_empty());
    }

    #[test]
    fn sources_that_disagree_are_a_conflict_decided_by_weight() {
        let rows = vec![
            row(0, Kind::Captured, "A", "2015-05-01", "2015-05-31", "2016-01-01"),
            row(1, Kind::Captured, "A", "2015-05-01", "2015-05-31", "2016-01-02"),
            row(2, Kind::Captured, "A", "2015-07-01", "2015-07-31", "2016-01-03"),
        ];
        let c = consolidate(&rows);
        assert_eq!(c.changes.len(), 1);
        assert_eq!(c.changes[0].window.earliest, d("2015-05-01"));
        assert_eq!(c.conflicts.len(), 1);
        assert_eq!(c.conflicts[0].claims, vec![2]);
    }

    #[test]
    fn a_regain_implies_an_earlier_tenure() {
        let mut rows = vec![
            row(0, Kind::Captured, "A", "2015-05-01", "2015-05-31", "2016-01-01"),
            row(1, Kind::Captured, "B", "2016-03-27", "2016-03-27", "2016-03-27"),
        ];
        rows[1].regained = true;
        let c = consolidate(&rows);
        let t: Vec<_> = c
            .tenures
            .iter()
            .map(|t| (t.actor.as_str(), t.implied, t.begin.is_none()))
            .collect();
        assert_eq!(t, vec![("B", true, true), ("A", false, false), ("B", false, false)]);
    }

    #[test]
    fn held_only_gives_an_open_tenure_from_first_evidence() {
        let rows = vec![row(0, Kind::Held, "A", "2016-03-24", "2016-03-24", "2016-03-24")];
        let c = consolidate(&rows);
        assert_eq!(c.tenures.len(), 1);
        assert_eq!(c.tenures[0].first_evidence, Some(d("2016-03-24")));
        assert!(c.tenures[0].open());
    }
}
