//! Claim extraction: from an article's sentences to control claims. Pure and
//! deterministic: no I/O, the same article and gazetteer give the same claims.
//!
//! Per sentence: tokens → time expressions → mentions (gazetteer labels,
//! demonym + force noun, context phrases such as "government forces" or "the
//! city", unknown capitalised names) → trigger words (lexicon) → arguments
//! (subject, object place, `by`-agent, `from`-actor) → status, extent and
//! time. A trigger whose arguments cannot be found emits nothing.

use crate::article::Article;
use crate::diag::Diagnostic;
use crate::gazetteer::{self, slug, Gazetteer, Role, ID};
use crate::lexicon::*;
use crate::model::{Claim, EntityRef, Evidence, Kind, Precision, Status, TimeValue};
use crate::sentence::{self, Token};
use crate::time::{self, Spec, Tense, TimeMention};
use chrono::{Datelike, NaiveDate};
use std::sync::Arc;

/// An actor or place as the extractor knows it.
#[derive(Debug, Clone, PartialEq)]
struct Ent {
    idx: Option<usize>,
    label: Arc<str>,
    iri: Arc<str>,
    discovered: bool,
    part_of: Option<Arc<str>>,
    group: bool,
    state: bool,
    city_like: bool,
}

impl Ent {
    fn known(g: &Gazetteer, i: usize) -> Ent {
        let e = &g.entities[i];
        let bits = e.class_bits;
        let (group, state, city_like) = (
            bits & gazetteer::ARMED_GROUP != 0,
            bits & gazetteer::STATE_ACTOR != 0,
            bits & gazetteer::NOT_CITY_LIKE == 0,
        );
        Ent {
            idx: Some(i),
            label: e.label.clone(),
            iri: e.iri.clone(),
            discovered: false,
            part_of: e.part_of.map(|p| g.entities[p].iri.clone()),
            group,
            state,
            city_like,
        }
    }
    fn new_place(label: &str, part_of: Option<Arc<str>>, city_like: bool) -> Ent {
        Ent {
            idx: None,
            label: label.into(),
            iri: [ID, "place/", &slug(label)].concat().into(),
            discovered: true,
            part_of,
            group: false,
            state: false,
            city_like,
        }
    }
    fn new_actor(label: &str) -> Ent {
        // "Anti-riot forces" opening a line is a description, not a group's name
        let words: Vec<&str> = label.split_whitespace().collect();
        let capitals = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        let generic = words.len() == 2
            && capitals == 1
            && word::of(words[1]) & word::FORCE != 0
            && words[0]
                .split_once('-')
                .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        Ent {
            idx: None,
            label: label.into(),
            iri: [ID, "actor/", &slug(label)].concat().into(),
            discovered: true,
            part_of: None,
            group: !generic,
            state: false,
            city_like: false,
        }
    }
    fn to_ref(&self, surface: &str) -> EntityRef {
        EntityRef {
            label: self.label.to_string(),
            iri: self.iri.to_string(),
            surface: Some(surface.to_string()),
            discovered: self.discovered,
        }
    }
}

#[derive(Debug, Clone)]
enum MK {
    Actor(Ent),
    Place(Ent),
    Both(Ent, Ent),
    Source,
    /// "it", "they": resolved by the slot it fills.
    Pronoun,
}

#[derive(Debug, Clone)]
struct Mention {
    first: usize,
    last: usize,
    kind: MK,
    backer: bool,
    /// Resolved from context rather than named.
    resolved: bool,
    /// A bare capitalised name the gazetteer lacks: only a place slot takes it,
    /// and it is never the antecedent of "the city".
    weak: bool,
}

impl Mention {
    /// An actor known from context (the story's government), not named.
    fn resolved_actor(first: usize, last: usize, actor: Ent) -> Mention {
        Mention {
            first,
            last,
            kind: MK::Actor(actor),
            backer: false,
            resolved: true,
            weak: false,
        }
    }

    /// An actor the words themselves name ("the Ostrians", "General Zorn's troops").
    fn named_actor(first: usize, last: usize, actor: Ent) -> Mention {
        Mention {
            resolved: false,
            ..Mention::resolved_actor(first, last, actor)
        }
    }

    fn actor(&self) -> Option<&Ent> {
        match &self.kind {
            MK::Actor(a) | MK::Both(a, _) => Some(a),
            _ => None,
        }
    }
    fn place(&self) -> Option<&Ent> {
        match &self.kind {
            MK::Place(p) | MK::Both(_, p) => Some(p),
            _ => None,
        }
    }
}

/// What the article has mentioned so far, for reference resolution.
#[derive(Default)]
struct Ctx {
    places: Vec<Ent>,
    actors: Vec<Ent>,
    /// the sides of the people the previous sentence named ("General Zorn launched
    /// his campaign ... His forces took"), when the gazetteer knows their forces
    persons: Vec<Ent>,
    /// the previous sentence's subject: its first actor not governed by a
    /// preposition ("The government declared a ceasefire ... It said")
    prev_subject: Option<Ent>,
    /// where this sentence's own actors start in `actors`
    sentence_actors: usize,
}

/// References resolve to recent mentions; older ones are dropped so the
/// per-sentence copy of the context stays small.
const CTX_MEMORY: usize = 24;

impl Ctx {
    fn forget_old(&mut self) {
        for v in [&mut self.places, &mut self.actors] {
            if v.len() > CTX_MEMORY {
                v.drain(..v.len() - CTX_MEMORY);
            }
        }
    }

    fn latest_place(&self, city_like: bool) -> Option<&Ent> {
        self.places.iter().rev().find(|p| !city_like || p.city_like)
    }
    /// The latest city, or the city of a later site ("stormed Oldfield airport ...").
    fn latest_city_or_site_city(&self, g: &Gazetteer) -> Option<Ent> {
        self.places.iter().rev().find_map(|p| {
            if p.city_like {
                return Some(p.clone());
            }
            let parent = Ent::known(g, g.get(p.part_of.as_deref()?)?);
            parent.city_like.then_some(parent)
        })
    }
    /// The non-state group named most often lately (the latest on a tie).
    fn main_group(&self) -> Option<&Ent> {
        let mut best: Option<(&Ent, usize)> = None;
        for a in self.actors.iter().rev().filter(|a| a.group && !a.state) {
            let n = self.actors.iter().filter(|b| b.iri == a.iri).count();
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((a, n));
            }
        }
        best.map(|(a, _)| a)
    }
    fn latest_group(&self) -> Option<&Ent> {
        self.actors.iter().rev().find(|a| a.group && !a.state)
    }
    fn latest_actor(&self) -> Option<&Ent> {
        self.actors.last()
    }
    fn government(&self, g: &Gazetteer) -> Option<Ent> {
        for p in self.places.iter().rev() {
            if let Some(i) = p.idx {
                if let Some(a) = g.government_of(i) {
                    return Some(Ent::known(g, a));
                }
            }
        }
        self.actors.iter().rev().find(|a| a.state).cloned()
    }
}

/// One trigger word in a sentence.
#[derive(Debug, Clone, Copy)]
struct Trig {
    i: usize,
    end: usize,
    class: Class,
    participle: bool,
}

/// Everything the extractor needs about one article.
pub struct ArticleExtraction {
    pub claims: Vec<Claim>,
    pub diagnostics: Vec<Diagnostic>,
    /// The date relative expressions were anchored on, and where it came from.
    pub anchor: Option<(NaiveDate, &'static str)>,
}

/// Extracts the claims of one article.
pub fn extract_article(g: &Gazetteer, a: &Article) -> ArticleExtraction {
    let text = a.text.as_str();
    let sents = sentence::split(text);
    // one vector of tokens for the article, a slice of it per sentence
    let mut all_tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut ranges = Vec::with_capacity(sents.len());
    for s in &sents {
        let first = all_tokens.len();
        g.tokenize_into(&text[s.start..s.end], s.start, &mut all_tokens);
        ranges.push(first..all_tokens.len());
    }
    let tokenized: Vec<&[Token]> = ranges.into_iter().map(|r| &all_tokens[r]).collect();
    let mut times: Vec<Vec<TimeMention>> = tokenized.iter().map(|t| time::find(t)).collect();
    time::settle_that_year(&mut times);
    let mut diagnostics = Vec::new();
    let anchor = match a.published {
        Some(d) => Some((d, a.date_source.as_str())),
        None => find_anchor(&tokenized, &times),
    };
    if anchor.is_none() {
        diagnostics.push(Diagnostic::warning(
            &a.origin,
            None,
            "no publication date (manifest, dateline or weekday with a day): relative dates are left unresolved",
        ));
    }
    let mut ctx = Ctx::default();
    let mut claims = Vec::new();
    let headline_end = text.find('\n').unwrap_or(text.len());
    let mut headline_claims = 0usize;
    for (si, s) in sents.iter().enumerate() {
        let toks = tokenized[si];
        let tms = &times[si];
        let mentions = find_mentions(g, &mut ctx, toks, tms);
        let mut sc = SentenceClaims {
            g,
            toks,
            tms,
            ms: &mentions,
            ctx: &ctx,
            anchor: anchor.map(|x| x.0),
            doc: &a.doc,
            text,
            sentence: *s,
            out: Vec::new(),
            prev_time: claims
                .iter()
                .rev()
                .find_map(|c: &Claim| c.time.as_ref().filter(|t| !t.text.is_empty())),
            // the main event of that sentence: its first dated claim
            prev_main_time: {
                let timed = |c: &&Claim| c.time.as_ref().is_some_and(|t| !t.text.is_empty());
                claims.iter().rev().find(timed).and_then(|last| {
                    claims
                        .iter()
                        .rev()
                        .skip_while(|c| c.evidence.start != last.evidence.start)
                        .take_while(|c| c.evidence.start == last.evidence.start)
                        .filter(timed)
                        .last()
                        .and_then(|c| c.time.as_ref())
                })
            },
        };
        sc.run();
        let out = sc.out;
        if si == 0 && s.end <= headline_end && sents.len() > 1 {
            headline_claims = out.len();
        }
        claims.extend(out);
        ctx.forget_old();
        ctx.persons = named_person_before(g, toks, toks.len()).into_iter().collect();
        ctx.prev_subject = mentions
            .iter()
            .filter(|m| !m.backer && (m.first == 0 || !is(toks, m.first - 1, word::NON_SUBJECT_PREP)))
            .find_map(|m| m.actor().cloned());
        // a place that only locates another ("80 km south of X") is remembered before the
        // sentence's other places: "the town" in the next sentence is not X
        let first_new = ctx.places.len();
        for m in &mentions {
            if let Some(p) = m.place() {
                if !matches!(m.kind, MK::Both(..)) && !m.weak {
                    if speech_venue(toks, m.first) {
                        // where someone spoke is not what the story is about
                    } else if reference_point(toks, m.first) {
                        ctx.places.insert(first_new, p.clone());
                    } else {
                        ctx.places.push(p.clone());
                    }
                }
            }
            if let Some(ac) = m.actor() {
                if !m.backer && !matches!(m.kind, MK::Both(..)) {
                    ctx.actors.push(ac.clone());
                }
            }
        }
    }
    postprocess(&mut claims, headline_claims, anchor.map(|x| x.0));
    ArticleExtraction {
        claims,
        diagnostics,
        anchor,
    }
}

fn key(c: &Claim) -> (Kind, &str, &str) {
    (c.kind, &c.actor.iri, &c.place.iri)
}

/// A nominal with no time of its own ("the loss of P deprives X") names an
/// event the story has already told: it takes that event's time rather than
/// the publication day. The event is an earlier dated claim on the same place:
/// a capture by the same actor, or for a loss, the actor's withdrawal or loss
/// or a capture from it.
fn date_nominals_by_their_event(claims: &mut [Claim]) {
    let dated = |c: &Claim| c.time.as_ref().is_some_and(|t| !t.text.is_empty());
    for i in 0..claims.len() {
        let c = &claims[i];
        if dated(c) || !c.status.is_asserted() {
            continue;
        }
        // a verb with no time of its own, dated by default to the report's day, retells the
        // lede's recent event ("seized X on Wednesday ... fighters entered the town from three
        // directions"): it takes that event's time when that is within the week before
        let nominal = c.pattern == "nominal";
        let default_day = c.time.as_ref().map(|t| t.latest);
        let same_event = |e: &Claim| {
            e.place.iri == c.place.iri
                && dated(e)
                && e.status.is_asserted()
                && match c.kind {
                    Kind::Lost | Kind::Withdrew => {
                        (matches!(e.kind, Kind::Lost | Kind::Withdrew) && e.actor.iri == c.actor.iri)
                            || (e.kind == Kind::Captured && e.from_actor.as_ref().is_some_and(|f| f.iri == c.actor.iri))
                            // "the Kurds took the town on Monday ... IS fighters retreated to villages
                            // outside": the losers left when the winners took it
                            || (e.kind == Kind::Captured && e.actor.iri != c.actor.iri && !nominal)
                    }
                    Kind::Captured => e.kind == Kind::Captured && e.actor.iri == c.actor.iri,
                    Kind::Entered => matches!(e.kind, Kind::Captured | Kind::Entered) && e.actor.iri == c.actor.iri,
                    _ => false,
                }
                && (nominal
                    || e.time
                        .as_ref()
                        .zip(default_day)
                        .is_some_and(|(t, d)| t.latest <= d && t.latest + chrono::Duration::days(7) >= d))
        };
        if let Some(t) = claims[..i]
            .iter()
            .rev()
            .find(|e| same_event(e))
            .and_then(|e| e.time.clone())
        {
            claims[i].time = Some(t);
        }
    }
}

fn postprocess(claims: &mut Vec<Claim>, headline_claims: usize, anchor: Option<NaiveDate>) {
    date_nominals_by_their_event(claims);
    // a headline repeats the story: keep its claims only when the body lacks them
    // (a body line that repeats the headline word for word counts as headline)
    let headline: Option<String> = claims[..headline_claims].first().map(|c| c.evidence.text.clone());
    let is_headline =
        |i: usize, c: &Claim| i < headline_claims || headline.as_deref() == Some(c.evidence.text.as_str());
    // (a headline that the body reports twice or more is the body's event: a summary line
    // under the headline repeats it; an undated headline is this week's news)
    let same_event = |h: &Claim, c: &Claim| match (&h.time, &c.time, anchor) {
        (Some(a), Some(b), _) if !a.text.is_empty() => a.earliest <= b.latest && b.earliest <= a.latest,
        (_, Some(b), Some(d)) => b.latest + chrono::Duration::days(7) >= d,
        _ => true,
    };
    let keep: Vec<bool> = claims
        .iter()
        .enumerate()
        .map(|(i, h)| {
            if !is_headline(i, h) {
                return true;
            }
            let repeats: std::collections::BTreeSet<&str> = claims
                .iter()
                .enumerate()
                .filter(|(j, c)| !is_headline(*j, c) && key(c) == key(h) && same_event(h, c))
                .map(|(_, c)| c.evidence.text.as_str())
                .collect();
            repeats.len() < 2
        })
        .collect();
    // a headline in the present tense is dated by the body's report of the same event: the
    // first recent report of that actor doing that (the lede, which the headline sums up)
    let recent: Vec<bool> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let week = match (&c.time, anchor) {
                (Some(t), Some(d)) => t.latest + chrono::Duration::days(7) >= d,
                _ => false,
            };
            !is_headline(i, c) && week
        })
        .collect();
    let headline_time: Vec<Option<TimeValue>> = claims
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let undated = h.time.as_ref().is_none_or(|t| t.text.is_empty());
            if !is_headline(i, h) || !undated {
                return None;
            }
            let body = || claims.iter().enumerate().filter(|(j, _)| recent[*j]).map(|(_, c)| c);
            if !body().any(|c| key(c) == key(h)) {
                return None;
            }
            body()
                .find(|c| c.kind == h.kind && c.actor.iri == h.actor.iri)
                .and_then(|c| c.time.clone())
        })
        .collect();
    for (c, t) in claims.iter_mut().zip(headline_time) {
        if t.is_some() {
            c.time = t;
        }
    }
    let mut i = 0;
    claims.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    // repeated lines (captions) and repeated triggers in one sentence
    let mut seen = sets::HashSet::with_capacity_and_hasher(claims.len(), Default::default());
    let keep: Vec<bool> = claims
        .iter()
        .map(|c| {
            seen.insert((
                c.evidence.text.as_str(),
                key(c),
                c.time.as_ref().map(|t| (t.earliest, t.latest)),
                c.status.is_asserted(),
            ))
        })
        .collect();
    drop(seen);
    let mut i = 0;
    claims.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    // a denial in the article disputes the matching claims
    let denied: Vec<(Kind, String, String)> = claims
        .iter()
        .filter(|c| c.status == Status::Denied)
        .map(|c| (c.kind, c.actor.iri.clone(), c.place.iri.clone()))
        .collect();
    for c in claims.iter_mut() {
        if matches!(c.status, Status::Reported | Status::Claimed)
            && denied.iter().any(|(k, a, p)| (*k, a.as_str(), p.as_str()) == key(c))
        {
            c.status = Status::Disputed;
            c.confidence = (c.confidence * 0.6 * 100.0).round() / 100.0;
        }
    }
}

/// The date relative expressions hang on when no manifest gives one: a full
/// date in a dateline or on a line of its own near the top; else a weekday
/// with a day ("Sunday (March 27)"), in the year where that day is that
/// weekday, the nearest not before the latest year the text mentions.
fn find_anchor(tokenized: &[&[Token]], times: &[Vec<TimeMention>]) -> Option<(NaiveDate, &'static str)> {
    for (toks, tms) in tokenized.iter().zip(times).take(8) {
        for tm in tms {
            if let Spec::Date(d) = tm.spec {
                let standalone = toks.len() <= (tm.last - tm.first) + 3;
                let dateline = toks
                    .iter()
                    .take(tm.first)
                    .any(|t| matches!(t.norm.as_str(), "—" | "-" | "("))
                    || tm.first <= 4;
                if standalone || dateline {
                    return Some((d, "dateline"));
                }
            }
        }
    }
    let latest_year = tokenized
        .iter()
        .flat_map(|toks| toks.iter())
        .filter_map(|t| {
            if t.norm.len() == 4 {
                t.norm.parse::<i32>().ok()
            } else {
                None
            }
        })
        .filter(|y| (1900..=2100).contains(y))
        .max()?;
    for (toks, tms) in tokenized.iter().zip(times) {
        for tm in tms {
            if let Spec::MonthDay { month, day } = tm.spec {
                // a weekday right before: "Sunday (March 27)"
                let wd = (tm.first..tm.last)
                    .chain(tm.first.saturating_sub(2)..tm.first)
                    .find_map(|i| toks.get(i).and_then(|t| time::weekday_of(&t.norm)));
                if let Some(wd) = wd {
                    let y = time::year_for_weekday(month, day, wd, latest_year)?;
                    return NaiveDate::from_ymd_opt(y, month, day).map(|d| (d, "weekday"));
                }
            }
        }
    }
    // a dateline with a month and day but no year ("MEKELLE, June 29 (Reuters) -"): the
    // report is not older than anything it tells, so the year is the first, from the latest
    // year named, in which that day falls on or after every date the text names
    let (month, day) = tokenized.iter().zip(times).take(3).find_map(|(toks, tms)| {
        tms.iter().find_map(|tm| match tm.spec {
            // a dateline: the date within the first words, before the dash that opens the story
            Spec::MonthDay { month, day }
                if tm.first <= 6
                    && toks
                        .iter()
                        .skip(tm.last)
                        .take(6)
                        .any(|t| matches!(t.norm.as_str(), "—" | "-")) =>
            {
                Some((month, day))
            }
            _ => None,
        })
    })?;
    let latest_told = times
        .iter()
        .flatten()
        .filter_map(|tm| time::resolve(&tm.spec, "", None, Tense::Past))
        .map(|v| v.earliest)
        .max()?;
    (latest_year..latest_year + 2)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d >= latest_told)
        .map(|d| (d, "dateline"))
}

/// "80 km south of X", "(50 miles) north-west of X": X only locates another place.
fn reference_point(toks: &[Token], first: usize) -> bool {
    if first < 3 || norm(toks, first - 1) != "of" {
        return false;
    }
    let is_direction = |w: &str| {
        matches!(
            w,
            "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
        )
    };
    let mut k = first - 2;
    if !is_direction(norm(toks, k)) {
        return false;
    }
    if k >= 2 && norm(toks, k - 1) == "-" && is_direction(norm(toks, k - 2)) {
        k -= 2;
    }
    k > 0
        && matches!(
            norm(toks, k - 1),
            "km" | "kilometres" | "kilometers" | "miles" | "mi" | "metres" | "meters" | ")"
        )
}

/// "told a news conference in X", "said in a statement issued in X": X is where
/// someone spoke, not what the next sentence is about.
fn speech_venue(toks: &[Token], first: usize) -> bool {
    if first < 2 || norm(toks, first - 1) != "in" {
        return false;
    }
    (first.saturating_sub(4)..first - 1)
        .rev()
        .take_while(|&k| !matches!(norm(toks, k), "," | ";" | "."))
        .any(|k| is(toks, k, word::SPEECH_VENUE_CUE))
}

fn norm(toks: &[Token], i: usize) -> &str {
    toks.get(i).map(|t| t.norm.as_str()).unwrap_or("")
}

/// Whether token `i` is in one of the word lists `lists` (bits of `lexicon::word`).
fn is(toks: &[Token], i: usize, lists: u64) -> bool {
    toks.get(i).is_some_and(|t| t.is(lists))
}

fn starts_with_seq(toks: &[Token], i: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, w)| norm(toks, i + k) == *w)
}

/// Finds the mentions of a sentence, left to right, resolving references
/// against what the article has said so far.
fn find_mentions(g: &Gazetteer, ctx: &mut Ctx, toks: &[Token], tms: &[TimeMention]) -> Vec<Mention> {
    let in_time = |i: usize| {
        tms.iter()
            .any(|t| !matches!(t.spec, Spec::Duration { .. }) && i >= t.first && i < t.last)
    };
    let gm = g.find(toks);
    // places named later in the sentence can settle whose "government forces" these are
    // (an index: built into an `Ent` only where a phrase needs it)
    let sentence_gov: Option<usize> = gm
        .iter()
        .flat_map(|m| m.entities.iter())
        .filter(|&&e| g.entities[e].role == Role::Place)
        .find_map(|&e| g.government_of(e));
    let mut out: Vec<Mention> = Vec::new();
    // this sentence's mentions count for its own references; rolled back at the end
    let (np, na) = (ctx.places.len(), ctx.actors.len());
    ctx.sentence_actors = na;
    let local = ctx;
    let mut gi = 0;
    let mut i = 0;
    while i < toks.len() {
        while gi < gm.len() && gm[gi].first < i {
            gi += 1;
        }
        let label_here = gi < gm.len() && gm[gi].first == i;
        // (a mention opens with a label, a capitalised word or a word of a gate below)
        let may_open = label_here || toks[i].is_capitalized() || toks[i].is(word::CONTEXT_START | word::PARTICLE);
        if !may_open || in_time(i) {
            i += 1;
            continue;
        }
        let mut made: Option<Mention> = None;
        // gazetteer label
        if label_here {
            let m = &gm[gi];
            let first_of = |role: Role| m.entities.iter().copied().find(|&e| g.entities[e].role == role);
            let (actor, place) = (first_of(Role::Actor), first_of(Role::Place));
            let mut last = m.last;
            // "X militants", "X group fighters"
            let mut absorbed = false;
            while last < toks.len() && (is(toks, last, word::FORCE) && norm(toks, last) != "government") {
                last += 1;
                absorbed = true;
            }
            let kind = if let Some(a) = actor {
                if let (Some(p), false) = (place, absorbed) {
                    MK::Both(Ent::known(g, a), Ent::known(g, p))
                } else {
                    MK::Actor(Ent::known(g, a))
                }
            } else if let Some(p) = place {
                let is_country = g.entities[p].has_class("Country");
                match (is_country, g.government_of(p)) {
                    (true, Some(gov)) if absorbed => MK::Actor(Ent::known(g, gov)),
                    (true, Some(gov)) => MK::Both(Ent::known(g, gov), Ent::known(g, p)),
                    _ if absorbed => {
                        last = m.last;
                        MK::Place(Ent::known(g, p))
                    }
                    _ => MK::Place(Ent::known(g, p)),
                }
            } else {
                // a source: it reports, it never holds
                MK::Source
            };
            // a place name inside an organisation's name: "X Coordination network"
            let org = matches!(kind, MK::Place(_))
                && toks.get(last).is_some_and(|t| {
                    t.is_capitalized() && t.is_word() && !is_place_descriptor(&t.norm) && !t.is(word::SITE)
                })
                && !gm.iter().any(|x| x.first == last);
            let kind = if org { MK::Source } else { kind };
            made = Some(Mention {
                first: i,
                last,
                kind,
                backer: false,
                resolved: false,
                weak: false,
            });
        }
        // demonym + force noun: "Northlandish troops", "Northlandish and Southish forces"
        if made.is_none() && toks[i].is_capitalized() {
            if let Some(a) = demonym(g, toks, i) {
                let mut j = i + 1;
                // coordinated demonyms share the noun
                while norm(toks, j) == "and" && demonym(g, toks, j + 1).is_some() {
                    j += 2;
                }
                let mut k = j;
                while k < toks.len()
                    && k < j + 3
                    && matches!(
                        norm(toks, k),
                        "government"
                            | "special"
                            | "regime"
                            | "security"
                            | "armed"
                            | "-"
                            | "led"
                            | "pro"
                            | "state"
                            | "national"
                            | "regular"
                            | "ground"
                            | "elite"
                    )
                {
                    k += 1;
                }
                let backed =
                    norm(toks, i + 1) == "-" && matches!(norm(toks, i + 2), "backed" | "supported" | "led" | "allied");
                // "in Northlandish hands", "Northlandish-backed": the demonym alone names the actor
                // "under Northlandish control / rule / occupation"
                let under = i > 0
                    && norm(toks, i - 1) == "under"
                    && matches!(norm(toks, i + 1), "control" | "rule" | "occupation");
                if backed || under || norm(toks, i + 1) == "hands" {
                    made = Some(Mention {
                        first: i,
                        last: i + 1,
                        kind: MK::Actor(Ent::known(g, a)),
                        backer: backed,
                        resolved: false,
                        weak: false,
                    });
                } else if is(toks, k, word::FORCE) || is(toks, k, word::BACKER) {
                    let mut last = k + 1;
                    while last < toks.len() && (is(toks, last, word::FORCE) || is(toks, last, word::BACKER)) {
                        last += 1;
                    }
                    let backer = (k..last).any(|x| is(toks, x, word::BACKER));
                    if j > i + 1 {
                        // "A-ish and B-ish forces": one mention per demonym
                        let mut p = i;
                        while p < j {
                            if let Some(aa) = demonym(g, toks, p) {
                                out.push(Mention {
                                    first: p,
                                    last: if p + 2 >= j { last } else { p + 1 },
                                    kind: MK::Actor(Ent::known(g, aa)),
                                    backer,
                                    resolved: false,
                                    weak: false,
                                });
                            }
                            p += 2;
                        }
                        for m in &out[out.len() - (j - i).div_ceil(2)..] {
                            if let Some(ac) = m.actor() {
                                local.actors.push(ac.clone());
                            }
                        }
                        i = last;
                        continue;
                    }
                    // "Northlandish rebels" fight the state the demonym names: a group of their own
                    let rebels = g.entities[a].is_state()
                        && (k..last).any(|x| {
                            matches!(
                                norm(toks, x),
                                "rebels" | "insurgents" | "separatists" | "opposition" | "jihadists" | "islamists"
                            )
                        });
                    let actor = if rebels {
                        let label = format!("{} {}", toks[i].raw, norm(toks, last - 1));
                        Ent::new_actor(&label)
                    } else {
                        Ent::known(g, a)
                    };
                    made = Some(Mention {
                        first: i,
                        last,
                        kind: MK::Actor(actor),
                        backer,
                        resolved: false,
                        weak: false,
                    });
                }
            }
        }
        // "General Zorn's troops": a person's forces, when the gazetteer knows them
        if made.is_none() && toks[i].is_capitalized() && norm(toks, i + 1) == "'s" && is(toks, i + 2, word::FORCE) {
            if let Some(a) = person_side(g, &toks[i]) {
                made = Some(Mention::named_actor(i, i + 3, a));
            }
        }
        // "the Ostrians took the village": a people, as news names a side
        if made.is_none() && i > 0 && norm(toks, i - 1) == "the" && toks[i].is_capitalized() {
            if let Some(a) = g.people(norm(toks, i)) {
                made = Some(Mention::named_actor(i, i + 1, Ent::known(g, a)));
            }
        }
        // context phrases (gated here too: most tokens then skip the call and its large result)
        if made.is_none() && toks[i].is(word::CONTEXT_START) {
            made = context_phrase(g, local, toks, i, sentence_gov);
        }
        // unknown capitalised names (or opened by a particle: "al-Shihr")
        if made.is_none() && (toks[i].is_capitalized() || toks[i].is(word::PARTICLE)) {
            made = unknown_name(g, toks, i, &in_time);
        }
        match made {
            Some(mut m) => {
                // "the Oldfield front", "the Redhill axis": a line of the war, not the place
                if m.place().is_some()
                    && matches!(
                        norm(toks, m.last),
                        "front" | "axis" | "sector" | "direction" | "frontline"
                    )
                {
                    m.weak = true;
                }
                let weak = m.weak;
                // "X-backed", "X air support", "X backers"
                if norm(toks, m.last) == "-"
                    && matches!(
                        norm(toks, m.last + 1),
                        "backed" | "supported" | "allied" | "linked" | "affiliated" | "inspired" | "aligned"
                    )
                {
                    m.backer = true;
                }
                if let Some(p) = m.place() {
                    if !matches!(m.kind, MK::Both(..)) && !weak && !speech_venue(toks, m.first) {
                        if reference_point(toks, m.first) {
                            local.places.insert(np, p.clone());
                        } else {
                            local.places.push(p.clone());
                        }
                    }
                }
                if let Some(a) = m.actor() {
                    if !m.backer {
                        local.actors.push(a.clone());
                    }
                }
                // "Ostria's Defence Ministry said ... its forces": the organ's state is the
                // party "its" refers to
                if matches!(m.kind, MK::Source) {
                    if let Some(a) = source_party(g, toks, &m) {
                        local.actors.push(Ent::known(g, a));
                    }
                }
                i = m.last.max(i + 1);
                out.push(m);
            }
            None => i += 1,
        }
    }
    mark_backers(toks, &mut out);
    quoted_first_person(toks, &mut out);
    loyal_forces(g, toks, &mut out);
    self_named(toks, &mut out);
    local.places.truncate(np);
    local.actors.truncate(na);
    out
}

/// The state a named source is an organ of, when its name opens with the state's
/// country or demonym and names an organ ("Ostria's Defence Ministry", "the
/// Northlandish army's media office"); agencies and monitors name no party.
fn source_party(g: &Gazetteer, toks: &[Token], m: &Mention) -> Option<usize> {
    let first = if norm(toks, m.first) == "the" {
        m.first + 1
    } else {
        m.first
    };
    if first + 1 >= m.last || !(m.first..m.last).any(|k| is(toks, k, word::PARTISAN)) {
        return None;
    }
    g.demonym(norm(toks, first)).or_else(|| {
        let lm = g.find(&toks[first..first + 1]);
        let e = *lm.first()?.entities.first()?;
        if g.entities[e].is_state() {
            Some(e)
        } else {
            g.government_of(e)
        }
    })
}

/// The side of a person the gazetteer knows by their forces ("Zorn forces",
/// "forces loyal to Zorn"). (Tokens are the gazetteer's: `Gazetteer::tokenize`
/// marked the people it knows.)
fn person_side(g: &Gazetteer, t: &Token) -> Option<Ent> {
    if !t.is(word::PERSON) {
        return None;
    }
    g.forces_of_person(&t.norm).map(|e| Ent::known(g, e))
}

/// The state actor whose demonym token `i` is (`Gazetteer::tokenize` marked
/// the demonyms it knows).
fn demonym(g: &Gazetteer, toks: &[Token], i: usize) -> Option<usize> {
    toks.get(i)
        .filter(|t| t.is(word::DEMONYM))
        .and_then(|t| g.demonym(&t.norm))
}

/// "Zorn declared on Wednesday that his forces": the speaker's side, when the
/// gazetteer knows the speaker's forces.
fn speaker_side(g: &Gazetteer, toks: &[Token], i: usize) -> Option<Ent> {
    let v = (i.saturating_sub(8)..i)
        .rev()
        .find(|&k| is(toks, k, word::SPEECH) || is(toks, k, word::DECLARE))?;
    (v.saturating_sub(3)..v)
        .rev()
        .filter(|&k| toks[k].is_capitalized() && toks[k].is_word())
        .find_map(|k| person_side(g, &toks[k]))
}

/// The side of the latest person named before `i` in this sentence whose forces
/// the gazetteer knows.
fn named_person_before(g: &Gazetteer, toks: &[Token], i: usize) -> Option<Ent> {
    (0..i)
        .rev()
        .filter(|&k| toks[k].is_capitalized() && toks[k].is_word())
        .find_map(|k| person_side(g, &toks[k]))
}

/// Phrases resolved from context: "government forces", "the militants",
/// "the city", "the citadel", "their fighters", "it".
fn context_phrase(g: &Gazetteer, ctx: &Ctx, toks: &[Token], i: usize, sentence_gov: Option<usize>) -> Option<Mention> {
    let sentence_gov = || sentence_gov.map(|a| Ent::known(g, a));
    let n = norm(toks, i);
    // Every phrase below opens with one of these words (a new phrase adds its
    // first word here): most tokens are turned away with one lookup.
    if !is(toks, i, word::CONTEXT_START) {
        return None;
    }
    let det = matches!(n, "the" | "this" | "that");
    let start = i;
    let j = if det { i + 1 } else { i };
    // pro-government / pro-X
    if norm(toks, j) == "pro" && norm(toks, j + 1) == "-" {
        let x = norm(toks, j + 2);
        let mut k = j + 3;
        while k < toks.len() && is(toks, k, word::FORCE) {
            k += 1;
        }
        if k == j + 3 {
            return None;
        }
        if matches!(x, "government" | "regime" | "state") {
            let gov = ctx.government(g).or_else(sentence_gov)?;
            return Some(Mention::resolved_actor(start, k, gov));
        }
        if toks.get(j + 2).is_some_and(|t| t.is_capitalized()) {
            let surface = toks[j..k]
                .iter()
                .map(|t| t.raw.as_str())
                .collect::<Vec<_>>()
                .join(" ")
                .replace(" - ", "-");
            return Some(Mention {
                first: start,
                last: k,
                kind: MK::Actor(Ent::new_actor(&surface)),
                backer: false,
                resolved: false,
                weak: false,
            });
        }
        return None;
    }
    // "the armed forces" (not "of X"): the state's, as "the army" is
    if det && norm(toks, j) == "armed" && norm(toks, j + 1) == "forces" && norm(toks, j + 2) != "of" {
        let gov = ctx.government(g).or_else(sentence_gov)?;
        return Some(Mention::resolved_actor(start, j + 2, gov));
    }
    // government forces, regime troops, the army, the military, government offensive
    let gov_head = matches!(
        norm(toks, j),
        "government" | "regime" | "army" | "military" | "loyalist" | "loyalists" | "security" | "state"
    );
    if gov_head
        && (det || norm(toks, j) != "army" || toks[j].is_capitalized() || i == 0 || is(toks, j + 1, word::FORCE))
    {
        let mut k = j + 1;
        while k < toks.len()
            && (is(toks, k, word::FORCE)
                || matches!(norm(toks, k), "offensive" | "assault" | "counter" | "counteroffensive"))
        {
            k += 1;
        }
        let head = norm(toks, j);
        let ok = k > j + 1
            || (det && matches!(head, "army" | "military" | "regime" | "government" | "loyalists"))
            || (head == "government" && norm(toks, j + 1) == "hands");
        // "the army camp", "the government compound": a site, not the force
        if ok && !(head == "state" && k == j + 1) && !is(toks, k, word::SITE) {
            let gov = ctx.government(g).or_else(sentence_gov)?;
            return Some(Mention::resolved_actor(start, k, gov));
        }
    }
    // the militants, the group, the jihadists
    if det
        || matches!(
            n,
            "militants" | "jihadists" | "insurgents" | "extremists" | "islamists" | "rebels" | "rebel"
        )
    {
        let mut k = j;
        while k < toks.len()
            && k < j + 2
            && matches!(
                norm(toks, k),
                "terrorist" | "militant" | "jihadist" | "extremist" | "islamist" | "armed" | "hardline" | "ultra" | "-"
            )
        {
            k += 1;
        }
        // "rebel fighters", "the rebel forces": the rebels
        let rebel_force = norm(toks, k) == "rebel" && is(toks, k + 1, word::FORCE);
        if rebel_force {
            k += 1;
        }
        if rebel_force
            || matches!(
                norm(toks, k),
                "militants"
                    | "jihadists"
                    | "insurgents"
                    | "extremists"
                    | "group"
                    | "terrorists"
                    | "islamists"
                    | "gunmen"
                    | "rebels"
            )
        {
            // the group the story keeps naming, not the latest one named in passing; with
            // none, "rebels" rise against the state of the story's places ("Northlandish rebels"),
            // the group a demonym before "rebels" names
            let grp = match ctx.main_group() {
                Some(grp) => grp.clone(),
                None if rebel_force || norm(toks, k) == "rebels" => {
                    let gov = ctx.government(g)?;
                    let dem = gov.idx.and_then(|x| g.entities[x].demonyms.first().cloned())?;
                    Ent::new_actor(&format!("{dem} rebels"))
                }
                None => return None,
            };
            return Some(Mention {
                first: start,
                last: k + 1,
                kind: MK::Actor(grp),
                backer: false,
                resolved: true,
                weak: false,
            });
        }
    }
    // "counter-terrorism troops", "special forces", "federal police": a state's kinds of force,
    // the government's where the context says whose
    {
        let mut k = i;
        let mut kinds = 0;
        loop {
            match norm(toks, k) {
                "counter" if norm(toks, k + 1) == "-" => k += 2,
                "terrorism" | "insurgency" | "special" | "elite" | "federal" | "commando" | "commandos"
                | "airborne" | "service" | "rapid" | "response" | "operations" | "riot" => k += 1,
                _ => break,
            }
            kinds += 1;
        }
        let head = norm(toks, k);
        let prev_ok = i == 0
            || !matches!(norm(toks, i - 1), "-" | "of" | "'s" | "," | "by")
                && (!toks[i - 1].is_capitalized() || matches!(norm(toks, i - 1), "the" | "and"));
        if kinds > 0
            && prev_ok
            && matches!(
                head,
                "troops" | "forces" | "units" | "soldiers" | "police" | "division" | "brigades"
            )
        {
            if let Some(gov) = ctx.government(g).or_else(sentence_gov) {
                return Some(Mention::resolved_actor(i, k + 1, gov));
            }
        }
    }
    // bare "fighters", "units" (no name, no determiner): the side just named
    // ("a rebel spokesman said fighters had moved in")
    if matches!(n, "fighters" | "units" | "gunmen")
        && i > 0
        && !toks[i - 1].is_capitalized()
        && (matches!(
            norm(toks, i - 1),
            "said" | "says" | "that" | "as" | "when" | "and" | "while" | "after" | "before"
        ) || is(toks, i - 1, word::SPEECH))
    {
        if let Some(a) = ctx.latest_actor() {
            return Some(Mention {
                first: i,
                last: i + 1,
                kind: MK::Actor(a.clone()),
                backer: false,
                resolved: true,
                weak: false,
            });
        }
    }
    // bare "troops", "soldiers": the government's, where the context says whose
    // ("hundreds of soldiers" too)
    let counted = i >= 2
        && norm(toks, i - 1) == "of"
        && matches!(norm(toks, i - 2), "hundreds" | "thousands" | "dozens" | "scores");
    // "police and soldiers"
    let coordinated = i >= 2 && norm(toks, i - 1) == "and" && is(toks, i - 2, word::FORCE);
    if matches!(n, "troops" | "soldiers")
        && (i == 0
            || counted
            || coordinated
            || !matches!(norm(toks, i - 1), "-" | "of" | "and" | "'s") && !toks[i - 1].is_capitalized())
    {
        // (a state this sentence named already: "Ostria's Defence Ministry said it was
        // regrouping troops")
        let named = ctx
            .actors
            .get(ctx.sentence_actors..)
            .and_then(|a| a.iter().rev().find(|a| a.state))
            .cloned();
        if let Some(gov) = named.or_else(|| ctx.government(g)).or_else(sentence_gov) {
            return Some(Mention::resolved_actor(i, i + 1, gov));
        }
    }
    // its forces, their fighters
    if matches!(n, "its" | "their" | "his" | "her") && is(toks, i + 1, word::FORCE) && norm(toks, i + 1) != "allies" {
        let person = matches!(n, "his" | "her")
            .then(|| {
                speaker_side(g, toks, i)
                    .or_else(|| named_person_before(g, toks, i))
                    .or_else(|| ctx.persons.last().cloned())
            })
            .flatten();
        let a = match person {
            Some(p) => p,
            None => ctx.latest_actor()?.clone(),
        };
        return Some(Mention {
            first: i,
            last: i + 2,
            kind: MK::Actor(a),
            backer: false,
            resolved: true,
            weak: false,
        });
    }
    // "Our forces have liberated X," the interior minister said: the side of the speaker
    // the attribution after the quote names (a state's office: the government; a group's
    // spokesman: the story's main group)
    if n == "our" && is(toks, i + 1, word::FORCE) {
        let close = (i + 2..toks.len()).find(|&k| matches!(norm(toks, k), "\"" | "'"))?;
        let said: Vec<&str> = (close + 1..toks.len()).map(|k| norm(toks, k)).collect();
        let side = if said.iter().any(|w| {
            matches!(
                *w,
                "minister"
                    | "ministry"
                    | "government"
                    | "army"
                    | "military"
                    | "president"
                    | "governor"
                    | "defence"
                    | "defense"
                    | "police"
                    | "state"
                    | "presidency"
            )
        }) {
            ctx.government(g).or_else(sentence_gov)
        } else if said.iter().any(|w| {
            matches!(
                *w,
                "rebel" | "rebels" | "militant" | "militants" | "group" | "insurgents"
            )
        }) {
            ctx.main_group().cloned()
        } else {
            None
        }?;
        return Some(Mention::resolved_actor(i, i + 2, side));
    }
    // it / they as arguments
    if matches!(n, "it" | "they" | "them") {
        return Some(Mention {
            first: i,
            last: i + 1,
            kind: MK::Pronoun,
            backer: false,
            resolved: true,
            weak: false,
        });
    }
    // the city, the ancient town, the citadel
    if det || matches!(n, "its" | "a" | "an") {
        let j = if det { j } else { i + 1 };
        let mut k = j;
        // "the nearby Redhill army base": a site with a name of its own
        while k < j + 2
            && toks.get(k).is_some_and(|t| t.raw.starts_with(char::is_lowercase))
            && matches!(norm(toks, k), "nearby" | "main" | "strategic" | "former" | "old")
        {
            k += 1;
        }
        let name_start = k;
        let mut name_end = k;
        while toks.get(name_end).is_some_and(|t| t.is_capitalized() && t.is_word())
            && demonym(g, toks, name_end).is_none()
            && name_end < k + 3
        {
            name_end += 1;
        }
        if name_end > name_start {
            let mut q = name_end;
            while is(toks, q, word::SITE_MODIFIER) {
                q += 1;
            }
            // (not a name the gazetteer has whole: "the Oldfield Revolutionaries Council")
            let named_whole = || {
                g.find(&toks[name_start..=q])
                    .iter()
                    .any(|m| m.first == 0 && m.last == q + 1 - name_start)
            };
            if is(toks, q, word::SITE) && !is(toks, q + 1, word::SETTLEMENT) && !named_whole() {
                // (the city of the latest place, when that place is one of its sites:
                // "stormed Oldfield airport ... entered the nearby Zorba army base")
                if let Some(city) = ctx.latest_city_or_site_city(g) {
                    let words: Vec<&str> = toks[name_start..name_end].iter().map(|t| t.raw.as_str()).collect();
                    let mods: Vec<&str> = (name_end..q).map(|x| norm(toks, x)).collect();
                    let mut label = words.join(" ");
                    for m in mods {
                        label.push(' ');
                        label.push_str(m);
                    }
                    label.push(' ');
                    label.push_str(site_canonical(norm(toks, q)));
                    return Some(Mention {
                        first: start,
                        last: q + 1,
                        kind: MK::Place(Ent::new_place(&label, Some(city.iri.clone()), false)),
                        backer: false,
                        resolved: false,
                        weak: false,
                    });
                }
            }
        }
        k = name_start;
        // "the Medieval-era citadel": a capitalised compound adjective
        if toks.get(k).is_some_and(|t| t.is_capitalized())
            && norm(toks, k + 1) == "-"
            && toks.get(k + 2).is_some_and(|t| t.raw.starts_with(char::is_lowercase))
            && (is(toks, k + 3, word::SITE) || is(toks, k + 4, word::SITE))
        {
            k += 3;
        }
        while k < toks.len()
            && k < j + 5
            && (toks[k].is_word() || (norm(toks, k) == "'s" && k > j))
            && !is(toks, k, word::SETTLEMENT)
            && !is(toks, k, word::SITE)
            && !is(toks, k, word::OBJECT_STOP)
            && !matches!(norm(toks, k), "the" | "a" | "an" | "its" | "their")
            && (toks[k].raw.chars().next().is_some_and(|c| c.is_lowercase())
                || norm(toks, k) == "'s"
                || demonym(g, toks, k).is_some())
            && (!is(toks, k, word::FORCE) || is(toks, k + 1, word::SITE))
        {
            k += 1;
        }
        let head = norm(toks, k);
        // "the city council building": a site named after its settlement
        // "the port city of X": a descriptor of the city, not a site
        let site_k = if is(toks, k + 1, word::SETTLEMENT) || head == "port" {
            None // "the southern port" is the port city
        } else if is(toks, k, word::SITE) {
            Some(k)
        } else if is(toks, k, word::SETTLEMENT) && is(toks, k + 1, word::SITE) {
            Some(k + 1)
        } else {
            None
        };
        let a_an = matches!(n, "a" | "an");
        if let Some(sk) = site_k {
            let noun = norm(toks, sk);
            let mut last = sk + 1;
            if matches!(norm(toks, last), "building" | "buildings") {
                last += 1;
            }
            // its owner: "in central X", "at X", "of X"; else the latest settlement
            let owner = if matches!(norm(toks, last), "in" | "at" | "of") {
                let to = (last + 5).min(toks.len());
                g.find(&toks[last + 1..to])
                    .into_iter()
                    .filter(|m| m.first <= 2)
                    .find_map(|m| {
                        m.entities
                            .iter()
                            .find(|&&e| g.entities[e].role == Role::Place)
                            .map(|&e| (Ent::known(g, e), last + 1 + m.last))
                    })
            } else {
                None
            };
            if owner.is_none() && (a_an || norm(toks, last) == "of") {
                return None; // "a base", "the bridge of ...": no settlement of the article's
            }
            if owner.is_none() && norm(toks, k + 1) == "of" && site_k == Some(k) {
                return None;
            }
            let owned = owner.is_some();
            let (city, mention_end) = match owner {
                Some((c, e)) => (c, e),
                // (after "Oldfield airport", "the airport" is still Oldfield's)
                None => (ctx.latest_city_or_site_city(g)?, last),
            };
            // "the airport at Oldfield", where that name is the airport's own
            if city.idx.is_some_and(|ci| g.entities[ci].has_class("Site")) {
                return Some(Mention {
                    first: start,
                    last: mention_end,
                    kind: MK::Place(city),
                    backer: false,
                    resolved: false,
                    weak: false,
                });
            }
            let noun = site_canonical(noun);
            // the words that name the kind of site: "government compound", "police headquarters"
            let mut words: Vec<String> = Vec::new();
            for x in j..sk {
                let w = norm(toks, x);
                if is(toks, x, word::SITE_MODIFIER) || (x == k && is(toks, x, word::SETTLEMENT)) {
                    let w = if norm(toks, x + 1) == "'s" {
                        format!("{w}'s")
                    } else {
                        w.to_string()
                    };
                    words.push(w);
                }
            }
            // "the complex", after "the government complex": the same site; "the terminal",
            // after "Oldfield airport": that airport
            if words.is_empty() && !owned {
                let whole = if noun == "terminal" { "airport" } else { noun };
                let same = ctx
                    .places
                    .iter()
                    .rev()
                    .find(|p| p.part_of.as_deref() == Some(&*city.iri) && p.label.ends_with(whole));
                if let Some(p) = same {
                    return Some(Mention {
                        first: start,
                        last: mention_end,
                        kind: MK::Place(p.clone()),
                        backer: false,
                        resolved: true,
                        weak: false,
                    });
                }
            }
            words.push(noun.to_string());
            let phrase = words.join(" ");
            // a known site of that city, else a new one
            let site = city.idx.and_then(|ci| {
                g.parts_of(ci).iter().copied().find(|&e| {
                    g.entities[e].role == Role::Place
                        && crate::sentence::normalize_phrase(&g.entities[e].label).contains(noun)
                })
            });
            let ent = match site {
                Some(si) => Ent::known(g, si),
                None => Ent::new_place(&format!("{} {phrase}", city.label), Some(city.iri.clone()), false),
            };
            return Some(Mention {
                first: start,
                last: mention_end,
                kind: MK::Place(ent),
                backer: false,
                resolved: true,
                weak: false,
            });
        }
        if n != "its"
            && !a_an
            && is(toks, k, word::SETTLEMENT)
            && norm(toks, k + 1) != "of"
            // "the capital Northton": the name that follows is the place
            && !toks.get(k + 1).is_some_and(|t| t.is_capitalized() && t.is_word())
            && !matches!(head, "stronghold" | "port")
        {
            // an island is no town: the latest place named an island, else of any kind
            let p = if matches!(head, "island" | "islet") {
                ctx.places
                    .iter()
                    .rev()
                    .find(|p| p.label.to_lowercase().contains(head))
                    .or_else(|| ctx.latest_place(false))?
                    .clone()
            } else {
                ctx.latest_place(true)?.clone()
            };
            return Some(Mention {
                first: start,
                last: k + 1,
                kind: MK::Place(p),
                backer: false,
                resolved: true,
                weak: false,
            });
        }
    }
    None
}

/// One name for the kinds of site that news prose names several ways.
fn site_canonical(noun: &str) -> &str {
    match noun {
        "seaport" | "harbour" | "harbor" => "port",
        "airfield" | "airstrip" => "airport",
        "hq" => "headquarters",
        "complex" => "compound",
        n => n,
    }
}

/// A capitalised name the gazetteer lacks: "Jabal Redstone", "Northlandish rebels".
fn unknown_name(g: &Gazetteer, toks: &[Token], i: usize, in_time: &dyn Fn(usize) -> bool) -> Option<Mention> {
    let t = &toks[i];
    // "al-Shihr", "el-Fasher": a lower-case article joined to a capitalised name
    let article = t.is(word::PARTICLE)
        && norm(toks, i + 1) == "-"
        && toks.get(i + 2).is_some_and(|n| {
            n.is_capitalized() && n.is_word() && toks[i + 1].start == t.end && n.start == toks[i + 1].end
        });
    if !(t.is_capitalized() || article)
        || !t.is_word()
        || t.is(word::STOP_CAP)
        || t.is(word::PERSON_TITLE)
        || in_time(i)
        || time::month_of(&t.norm).is_some()
        || demonym(g, toks, i).is_some()
    {
        return None;
    }
    let mut k = i + 1;
    loop {
        let adjacent_hyphen = norm(toks, k) == "-"
            && toks
                .get(k + 1)
                .is_some_and(|n| n.start == toks[k].end && toks[k].start == toks[k - 1].end);
        if adjacent_hyphen
            && toks.get(k + 1).is_some_and(|n| n.is_word())
            && !matches!(
                norm(toks, k + 1),
                "held" | "controlled" | "backed" | "led" | "run" | "occupied" | "allied" | "based" | "supported"
            )
        {
            k += 2;
        } else if (is(toks, k, word::PARTICLE)
            && toks.get(k + 1).is_some_and(|n| {
                n.is_capitalized()
                    || norm(toks, k + 2) == "-"
                    // "Souq al-Hout"
                    || n.norm == "-" && n.start == toks[k].end && toks.get(k + 2).is_some_and(|x| x.is_capitalized())
            }))
            || toks.get(k).is_some_and(|n| {
                n.is_capitalized()
                    && n.is_word()
                    && !n.is(word::STOP_CAP)
                    && !n.is(word::PERSON_TITLE)
                    && !in_time(k)
                    && time::month_of(&n.norm).is_none()
            })
        {
            k += 1;
        } else {
            break;
        }
    }
    if t.raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && k == i + 1 && t.raw.len() > 4 {
        return None; // a shouted dateline word the gazetteer does not know
    }
    // a person: "President Vladimir Putin", "Gen. Smith", "Abdi Ali, a shopkeeper", "Getachew said"
    let title_before = |k: usize| k > 0 && is(toks, k - 1, word::PERSON_TITLE);
    let titled = title_before(i) || (i > 1 && norm(toks, i - 1) == "." && title_before(i - 1));
    // (not "… captured X, an official said")
    let described = norm(toks, k) == ","
        && matches!(norm(toks, k + 1), "a" | "an" | "the")
        && (k + 2..k + 5).any(|x| is(toks, x, word::PERSON_TITLE))
        && !(k + 2..k + 7).any(|x| is(toks, x, word::SPEECH));
    let speaks = matches!(norm(toks, k), "said" | "says" | "told" | "wrote" | "added" | "tweeted");
    if titled || described || speaks {
        return Some(Mention {
            first: i,
            last: k,
            kind: MK::Source,
            backer: false,
            resolved: false,
            weak: false,
        });
    }
    // (built only when a mention is made: most sentence-initial words make none)
    let surface = || {
        let mut s = String::with_capacity(toks[k - 1].end - t.start);
        for (n, w) in toks[i..k].iter().enumerate() {
            if n > 0 {
                s.push(' ');
            }
            s.push_str(&w.raw);
        }
        if s.contains(" - ") {
            s = s.replace(" - ", "-");
        }
        s
    };
    let next = norm(toks, k);
    // "Northland's 3rd Separate Assault Brigade": a unit of the state that owns it (a unit
    // no state owns is left alone: it fights for a side the sentence does not name)
    if k > i + 1
        && matches!(
            norm(toks, k - 1),
            "brigade" | "battalion" | "regiment" | "division" | "corps" | "guards" | "guard"
        )
    {
        let ordinal = |x: usize| {
            let w = norm(toks, x);
            w.len() > 2 && w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with(['t', 'd', 'h'])
        };
        let o = if i > 0 && ordinal(i - 1) { i - 1 } else { i };
        let owner = (o >= 2 && norm(toks, o - 1) == "'s")
            .then(|| g.find(&toks[o - 2..o - 1]))
            .and_then(|lm| lm.first().and_then(|m| m.entities.first().copied()))
            .and_then(|e| {
                if g.entities[e].is_state() {
                    Some(e)
                } else {
                    g.government_of(e)
                }
            });
        if let Some(e) = owner {
            return Some(Mention::named_actor(i, k, Ent::known(g, e)));
        }
    }
    // ("an Interior Ministry unit" is a state's, not a group the story names)
    if is(toks, k, word::FORCE)
        && !matches!(next, "government" | "regime" | "group" | "state")
        && !matches!(norm(toks, k - 1), "ministry" | "ministry's")
    {
        let surface = surface();
        let mut last = k + 1;
        while last < toks.len() && is(toks, last, word::FORCE) {
            last += 1;
        }
        let label = format!(
            "{surface} {}",
            toks[k..last]
                .iter()
                .map(|t| t.raw.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
        return Some(Mention {
            first: i,
            last,
            kind: MK::Actor(Ent::new_actor(&label)),
            backer: false,
            resolved: false,
            weak: false,
        });
    }
    // "the Kaka, a local militia", "Zorba, an armed group": a group the apposition names
    if next == "," && matches!(norm(toks, k + 1), "a" | "an") {
        let head = (k + 2..(k + 6).min(toks.len()))
            .take_while(|&x| toks[x].raw.starts_with(char::is_lowercase) || norm(toks, x) == "-")
            .find(|&x| {
                matches!(
                    norm(toks, x),
                    "militia" | "group" | "faction" | "movement" | "alliance" | "affiliate" | "offshoot" | "insurgency"
                )
            });
        if head.is_some() {
            return Some(Mention::named_actor(i, k, Ent::new_actor(&surface())));
        }
    }
    // sentence-initial single words are usually ordinary words (but "Kaka fighters" above is a group)
    if i == 0 && k == i + 1 {
        return None;
    }
    let surface = surface();
    // "Oldfield airport", "the Zorba army base": a site named by an unknown name
    let mut q = k;
    while q < k + 2 && is(toks, q, word::SITE_MODIFIER) {
        q += 1;
    }
    if is(toks, q, word::SITE) && toks.get(q).is_some_and(|t| !t.is_capitalized()) {
        let words: Vec<&str> = toks[k..=q].iter().map(|t| t.raw.as_str()).collect();
        let label = format!("{surface} {}", words.join(" "));
        return Some(Mention {
            first: i,
            last: q + 1,
            kind: MK::Place(Ent::new_place(&label, None, false)),
            backer: false,
            resolved: false,
            weak: false,
        });
    }
    // "X province", "X mountains", "the town of X" (handled by the caller's "of")
    let of_place = i >= 2 && norm(toks, i - 1) == "of" && is_place_descriptor(norm(toks, i - 2));
    let descriptor = is_place_descriptor(next);
    if of_place || descriptor {
        let settlement = if descriptor {
            is(toks, k, word::SETTLEMENT)
        } else {
            is(toks, i - 2, word::SETTLEMENT)
        };
        return Some(Mention {
            first: i,
            last: k,
            kind: MK::Place(Ent::new_place(&surface, None, settlement)),
            backer: false,
            resolved: false,
            weak: false,
        });
    }
    // an unknown name: a place only if a place slot takes it
    Some(Mention {
        first: i,
        last: k,
        kind: MK::Place(Ent::new_place(&surface, None, true)),
        backer: false,
        resolved: false,
        weak: true,
    })
}

/// Marks mentions inside "backed by X", "with help from X", "and their X backers".
/// "'Our forces hold X,' an army officer said": "our" / "we" in a quote that
/// opens the sentence are the side of the speaker named right after it.
fn quoted_first_person(toks: &[Token], ms: &mut Vec<Mention>) {
    if norm(toks, 0) != "\"" {
        return;
    }
    let Some(q) = (1..toks.len()).find(|&k| norm(toks, k) == "\"") else {
        return;
    };
    let mut k = q + 1;
    while k < q + 4 && norm(toks, k) == "," {
        k += 1;
    }
    let Some(speaker) = ms
        .iter()
        .find(|m| m.first >= k && m.first <= k + 4 && !m.backer && m.actor().is_some())
        .filter(|m| (m.last..m.last + 4).any(|v| is(toks, v, word::SPEECH)))
        .and_then(|m| m.actor().cloned())
    else {
        return;
    };
    for i in 1..q {
        if !matches!(norm(toks, i), "our" | "we") || ms.iter().any(|m| m.first <= i && i < m.last) {
            continue;
        }
        let last = if norm(toks, i) == "our" && is(toks, i + 1, word::FORCE) {
            i + 2
        } else {
            i + 1
        };
        let at = ms.iter().position(|m| m.first > i).unwrap_or(ms.len());
        ms.insert(at, Mention::resolved_actor(i, last, speaker.clone()));
    }
}

/// "Fighters loyal to General Zorn, a commander of the Red Band": the side they
/// are loyal to (the person's forces, else the first party named after "to").
fn loyal_forces(g: &Gazetteer, toks: &[Token], ms: &mut Vec<Mention>) {
    for i in 0..toks.len().saturating_sub(3) {
        if !(is(toks, i, word::FORCE) && norm(toks, i + 1) == "loyal" && norm(toks, i + 2) == "to")
            || ms.iter().any(|m| m.first <= i && i < m.last)
        {
            continue;
        }
        let window = i + 3..(i + 14).min(toks.len());
        let said = window
            .clone()
            .find(|&k| is(toks, k, word::SPEECH))
            .unwrap_or(window.end);
        let side = window
            .clone()
            .take_while(|&k| k < said && !matches!(norm(toks, k), ";" | "who" | "which"))
            .find_map(|k| {
                person_side(g, &toks[k]).or_else(|| {
                    ms.iter()
                        .find(|m| m.first == k && !m.backer)
                        .and_then(|m| m.actor().cloned())
                })
            });
        if let Some(a) = side {
            let at = ms.iter().position(|m| m.first > i).unwrap_or(ms.len());
            ms.insert(at, Mention::named_actor(i, i + 3, a));
        }
    }
}

/// "The militants, who call themselves the Red Band, ...": the name they give
/// themselves is the actor, and the words they are described with refer to it.
fn self_named(toks: &[Token], ms: &mut Vec<Mention>) {
    for i in 1..toks.len().saturating_sub(2) {
        // (a byte test first: this runs at every token)
        let calls_itself = toks[i].norm.starts_with('c')
            && matches!(norm(toks, i), "call" | "calls" | "calling" | "called")
            && matches!(norm(toks, i + 1), "themselves" | "itself");
        if !calls_itself {
            continue;
        }
        let mut s = i + 2;
        if norm(toks, s) == "the" {
            s += 1;
        }
        // the name: a gazetteer actor, else the capitalised words (and their particles)
        let named = ms.iter().find(|m| m.first == s).and_then(|m| m.actor().cloned());
        let actor = match named {
            Some(x) => x,
            None => {
                let mut e = s;
                while toks.get(e).is_some_and(|t| t.is_capitalized() && t.is_word())
                    || (e > s
                        && (is(toks, e, word::PARTICLE)
                            || norm(toks, e) == "-"
                            || toks
                                .get(e)
                                .is_some_and(|t| t.start == toks[e - 1].end && t.norm != "," && t.norm != ".")))
                {
                    e += 1;
                }
                if e == s {
                    continue;
                }
                let name: String = toks[s..e]
                    .iter()
                    .enumerate()
                    .map(|(n, t)| {
                        let spaced = n > 0 && t.start > toks[s + n - 1].end;
                        if spaced {
                            format!(" {}", t.raw)
                        } else {
                            t.raw.to_string()
                        }
                    })
                    .collect();
                let a = Ent::new_actor(&name);
                // the name itself is a mention of the actor
                ms.retain(|m| !(m.first >= s && m.first < e));
                let at = ms.iter().position(|m| m.first > s).unwrap_or(ms.len());
                ms.insert(at, Mention::named_actor(s, e, a.clone()));
                a
            }
        };
        // the described: "The insurgents, who call themselves"; "fighters calling themselves"
        let mut h = i;
        if h >= 1 && matches!(norm(toks, h - 1), "who" | "which" | "that") {
            h -= 1;
        }
        if h >= 1 && norm(toks, h - 1) == "," {
            h -= 1;
        }
        if h == 0 || !(is(toks, h - 1, word::FORCE) || matches!(norm(toks, h - 1), "group" | "movement")) {
            continue;
        }
        let mut first = h - 1;
        while first > 0
            && (toks[first - 1].raw.starts_with(char::is_lowercase) && toks[first - 1].is_word())
            && first + 3 > h
        {
            first -= 1;
        }
        if first > 0 && matches!(norm(toks, first - 1), "the" | "a") {
            first -= 1;
        }
        if ms.iter().any(|m| m.first < h && m.last > first) {
            continue;
        }
        let at = ms.iter().position(|m| m.first > first).unwrap_or(ms.len());
        ms.insert(at, Mention::named_actor(first, h, actor));
    }
}

fn mark_backers(toks: &[Token], ms: &mut [Mention]) {
    for i in 0..toks.len() {
        if !is(toks, i, word::BACKER_CUE_START) {
            continue;
        }
        for &cue in sets::BACKER_CUE.get(norm(toks, i)).into_iter().flatten() {
            if !starts_with_seq(toks, i, cue) {
                continue;
            }
            let from = i + cue.len();
            let is_and = cue[0] == "and";
            let mut end = from;
            while end < toks.len()
                && end < from + 14
                && !matches!(norm(toks, end), "," | ";" | "." | "(" | "—")
                && !is(toks, end, word::BARE_VERB)
            {
                end += 1;
            }
            if is_and
                && !(from..end).any(|k| {
                    matches!(
                        norm(toks, k),
                        "backers" | "backer" | "allies" | "support" | "sponsors" | "air" | "aerial" | "advisers"
                    )
                })
            {
                continue;
            }
            for m in ms.iter_mut() {
                if m.first >= from && m.first < end {
                    m.backer = true;
                }
            }
        }
    }
}

struct SentenceClaims<'a> {
    g: &'a Gazetteer,
    toks: &'a [Token],
    tms: &'a [TimeMention],
    ms: &'a [Mention],
    ctx: &'a Ctx,
    anchor: Option<NaiveDate>,
    doc: &'a str,
    /// The article's text and the sentence's range in it (the evidence).
    text: &'a str,
    sentence: sentence::Sentence,
    out: Vec<Claim>,
    /// The time of the story's latest dated claim before this sentence
    /// ("the following day" counts from it).
    prev_time: Option<&'a TimeValue>,
    /// The time of the first dated claim of that same sentence ("later in the day").
    prev_main_time: Option<&'a TimeValue>,
}

#[derive(Clone)]
struct Draft {
    kind: Kind,
    actor: Ent,
    actor_surface: String,
    place: Ent,
    place_surface: String,
    from: Option<(Ent, String)>,
    partial: bool,
    trig: Trig,
    pattern: &'static str,
    weak: bool,
    implied: bool,
    /// The time mention (index in `tms`) that dates this place of a gapped
    /// coordination: "took A in July and B in August".
    own_time: Option<usize>,
}

impl SentenceClaims<'_> {
    /// The place a pronoun stands for. "its" ("stormed the airport and took
    /// control of its runway") names the nearest place earlier in the same
    /// sentence; otherwise the latest town-like place of the story so far.
    fn pronoun_place(&self, m: &Mention) -> Option<Ent> {
        let same_sentence = || {
            self.ms
                .iter()
                .rev()
                .filter(|x| x.last <= m.first && !x.weak)
                .find_map(|x| match &x.kind {
                    MK::Place(p) => Some(p.clone()),
                    _ => None,
                })
        };
        if self.n(m.first) == "its" {
            if let Some(p) = same_sentence() {
                return Some(p);
            }
        }
        self.ctx.latest_place(true).cloned()
    }

    fn n(&self, i: usize) -> &str {
        norm(self.toks, i)
    }

    fn is(&self, i: usize, lists: u64) -> bool {
        is(self.toks, i, lists)
    }

    fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.ms.iter().find(|m| m.first <= i && i < m.last)
    }

    fn surface(&self, m: &Mention) -> String {
        self.text[self.toks[m.first].start..self.toks[m.last - 1].end].to_string()
    }

    fn triggers(&self) -> Vec<Trig> {
        let mut out = Vec::new();
        for i in 0..self.toks.len() {
            // (only a verb form is a trigger: the other words are turned away with one test)
            if !self.is(i, word::VERB) || self.mention_at(i).is_some() {
                continue;
            }
            out.extend(self.trigger_at(i));
        }
        out
    }

    /// The trigger at verb form `i`, if it is one here. (Kept out of the loop
    /// over tokens, as `idioms_at` is.)
    #[inline(never)]
    fn trigger_at(&self, i: usize) -> Option<Trig> {
        let w = self.n(i);
        if i > 0 && self.n(i - 1) == "-" {
            return None; // "IS-held": handled as a compound
        }
        let det = |k: usize| {
            matches!(
                self.n(k),
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that"
            )
        };
        if i > 0
            && (det(i - 1)
                || (i > 1
                    && matches!(self.n(i - 2), "a" | "an")
                    && self.mention_at(i - 1).is_none()
                    && self.toks[i - 1].is_word()
                    // "X, a town held by Y": a participle after a place noun
                    && !((self.is(i - 1, word::SETTLEMENT) || self.is(i - 1, word::SITE)) && self.n(i + 1) == "by")))
        {
            return None; // "a disorderly retreat", "the capture": a noun, not a verb
        }
        let readings = sets::VERB_FORMS.get(w)?;
        // "took part in the fighting", "seized the initiative": an idiom, not a place taken
        // ("left the part of X that ...": with a determiner, "part" and "place" are nouns)
        let det = usize::from(matches!(self.n(i + 1), "the" | "a" | "an" | "its" | "their"));
        if (i + 1 + det..i + 3 + det).any(|k| {
            self.is(k, word::IDIOM_OBJECT)
                && self.mention_at(k).is_none()
                && (det == 0 || !matches!(self.n(k), "part" | "place"))
        }) {
            return None;
        }
        for &(class, participle, particle) in readings {
            let mut end = i + 1;
            let ok = match particle {
                "" => true,
                "!" => match class {
                    // "left the city": a direct object must follow
                    Class::Withdraw => {
                        matches!(self.n(i + 1), "the")
                            || self.mention_at(i + 1).and_then(|m| m.place()).is_some()
                            // "left their base in X"
                            || matches!(self.n(i + 1), "its" | "their")
                                && matches!(self.n(i + 2), "base" | "bases" | "positions" | "posts" | "barracks")
                    }
                    // "control" as a verb: right after an actor ("troops still controlled")
                    _ => {
                        let mut k = i;
                        while k > 0
                            && matches!(
                                self.n(k - 1),
                                "still" | "now" | "already" | "effectively" | "firmly" | "largely" | "fully" | "also"
                            )
                        {
                            k -= 1;
                        }
                        k > 0 && self.mention_at(k - 1).and_then(|m| m.actor()).is_some()
                    }
                },
                p => {
                    let parts: Vec<&str> = p.split('|').collect();
                    // the particle may follow the object: "drove X out of", "pulls its troops out of"
                    let reach = if class == Class::Expel { 8 } else { 7 };
                    let out_at = (i + 1..(i + reach).min(self.toks.len())).find(|&k| self.n(k) == "out");
                    // ("pull-out" is a noun)
                    let far_out = (class == Class::Expel || (class == Class::Withdraw && parts.contains(&"out")))
                        && out_at.is_some()
                        && self.n(i + 1) != "-";
                    if class == Class::Expel || far_out {
                        // "moving about 30,000 troops out of X": the place after the particle
                        if class == Class::Withdraw {
                            if let Some(o) = out_at.filter(|&o| o > i + 1) {
                                end = o + 1;
                            }
                        }
                        far_out
                    } else {
                        let mut k = i + 1;
                        while (matches!(self.n(k), "deep" | "further" | "back" | "quickly" | "swiftly")
                            || w == "followed" && k == i + 1 && matches!(self.n(k), "them" | "it"))
                            && !parts.contains(&self.n(k))
                        {
                            k += 1;
                        }
                        if parts.contains(&self.n(k)) {
                            end = k + 1;
                            true
                        } else {
                            false
                        }
                    }
                }
            };
            if ok {
                return Some(Trig {
                    i,
                    end,
                    class,
                    participle,
                });
            }
        }
        None
    }

    fn run(&mut self) {
        if self.toks.is_empty() {
            return;
        }
        let trigs = self.triggers();
        let mut drafts = Vec::new();
        for t in trigs.iter() {
            let d = self.arguments(*t);
            drafts.extend(d);
        }
        drafts.extend(self.compounds());
        drafts.extend(self.idioms());
        drafts.extend(self.nominals());
        drafts.extend(self.ended_rule());
        let drafts = self.with_coordinated_subjects(drafts);
        let before = self.out.len();
        for d in drafts {
            self.finish(d, &trigs);
        }
        // "took P on Tuesday, ending X's rule over it": the rule ended when P was taken
        let new = before..self.out.len();
        for k in new.clone() {
            if self.out[k].pattern != "ended-rule" {
                continue;
            }
            let taken = new
                .clone()
                .find(|&j| self.out[j].kind == Kind::Captured && self.out[j].place.iri == self.out[k].place.iri)
                .and_then(|j| self.out[j].time.clone());
            if let Some(t) = taken {
                self.out[k].time = Some(t);
            }
        }
    }

    /// "Northlandish and Southlandish troops recaptured X", "A, B and C forces took X": each of
    /// the coordinated actors of a subject did it.
    fn with_coordinated_subjects(&self, drafts: Vec<Draft>) -> Vec<Draft> {
        let mut out = Vec::with_capacity(drafts.len());
        for d in drafts {
            let active = matches!(
                d.pattern,
                "active" | "withdraw" | "withdraw-context" | "withdraw-to" | "expel"
            );
            let mut extra = Vec::new();
            if active {
                let subj = self
                    .ms
                    .iter()
                    .rev()
                    .find(|m| m.last <= d.trig.i && m.actor().is_some_and(|a| a.iri == d.actor.iri));
                let mut cur = subj;
                while let Some(m) = cur {
                    if m.first < 2 || !matches!(self.n(m.first - 1), "and" | ",") {
                        break;
                    }
                    let prev = self
                        .ms
                        .iter()
                        .find(|x| x.last == m.first - 1 && !x.backer && x.actor().is_some());
                    match prev {
                        Some(x) if !self.after_preposition(x) => {
                            let a = x.actor().cloned().unwrap_or_else(|| d.actor.clone());
                            if a.iri != d.actor.iri && extra.iter().all(|e: &Draft| e.actor.iri != a.iri) {
                                let mut e = d.clone();
                                e.actor_surface = self.surface(x);
                                e.actor = a;
                                extra.push(e);
                            }
                            cur = Some(x);
                        }
                        _ => break,
                    }
                }
            }
            extra.reverse();
            out.extend(extra);
            out.push(d);
        }
        out
    }

    fn passive(&self, t: Trig) -> bool {
        if !t.participle {
            return false;
        }
        let mut k = t.i;
        let mut steps = 0;
        while k > 0 && steps < 4 {
            k -= 1;
            steps += 1;
            if self.mention_at(k).is_some() {
                break; // "IS held": a name, not the verb "is"
            }
            if self.is(k, word::BE) {
                return true;
            }
            if !self.is(k, word::ADVERB) {
                break;
            }
        }
        // reduced relative: "the town, captured by the militants"
        // and "a city abandoned by Northland": a participle followed by its agent
        self.n(t.end) == "by" && t.i > 0 && !matches!(self.n(t.i - 1), "have" | "has" | "had" | "having")
    }

    /// Whether a preposition governs the mention (skipping determiners,
    /// adjectives and backer modifiers): "by an X-backed government offensive".
    fn after_preposition(&self, m: &Mention) -> bool {
        let mut k = m.first;
        let mut steps = 0;
        while k > 0 && steps < 5 {
            k -= 1;
            steps += 1;
            let w = self.n(k);
            // "fighters from X", "units of X", "fighters loyal to X": X is the actor
            if matches!(w, "from" | "of" | "to")
                && k >= 1
                && (self.is(k - 1, word::FORCE) || matches!(self.n(k - 1), "members" | "loyal"))
            {
                return false;
            }
            if self.is(k, word::NON_SUBJECT_PREP) {
                return !(w == "of"
                    && k >= 1
                    && (self.is(k - 1, word::SUBAREA) && self.n(k - 1) != "bank"
                        || matches!(
                            self.n(k - 1),
                            "city" | "town" | "village" | "hamlet" | "settlement" | "oasis"
                        )
                        || matches!(
                            self.n(k - 1),
                            "bulk"
                                | "whole"
                                | "all"
                                | "most"
                                | "some"
                                | "contingent"
                                | "units"
                                | "members"
                                | "remnants"
                                | "many"
                                | "hundreds"
                                | "thousands"
                                | "dozens"
                                | "pockets"
                                | "groups"
                                | "scores"
                        )));
            }
            let backer_tok = self.ms.iter().any(|x| x.backer && x.first <= k && k < x.last);
            if !(matches!(
                w,
                "a" | "an" | "the" | "its" | "their" | "-" | "backed" | "led" | "supported" | "so" | "called"
            ) || backer_tok)
            {
                return false;
            }
        }
        false
    }

    /// The place a passive verb or "fell" is about: the nearest place before
    /// `i` that no preposition governs ("the town, capital of the province, fell").
    fn subject_place(&self, i: usize) -> Option<(Ent, String, bool)> {
        let dateline = self.dateline_end();
        let m = self
            .ms
            .iter()
            .rev()
            .filter(|m| m.last <= i && !m.weak && m.first >= dateline)
            .find(|m| {
                !self.after_preposition(m)
                    && (m.place().is_some() || matches!(m.kind, MK::Pronoun) && self.pronoun_place(m).is_some())
            })?;
        match &m.kind {
            // "the city's other giant steelworks ... fell": the possessed thing fell, not the city
            MK::Place(p) | MK::Both(_, p) if self.n(m.last) == "'s" && m.last + 1 < i => self.site_of(m, p),
            MK::Place(p) | MK::Both(_, p) => Some((p.clone(), self.surface(m), m.resolved)),
            MK::Pronoun => self.pronoun_place(m).map(|p| (p, self.surface(m), true)),
            _ => None,
        }
    }

    /// "the city's airport", "X's airport": the site of that place.
    fn site_of(&self, m: &Mention, p: &Ent) -> Option<(Ent, String, bool)> {
        let ni = self.site_noun_index(m, p)?;
        let noun = site_canonical(self.n(ni)).to_string();
        let known = p.idx.and_then(|pi| {
            self.g.parts_of(pi).iter().copied().find(|&e| {
                self.g.entities[e].role == Role::Place
                    && crate::sentence::normalize_phrase(&self.g.entities[e].label).contains(noun.as_str())
            })
        });
        let ent = match known {
            Some(i) => Ent::known(self.g, i),
            None => Ent::new_place(&format!("{} {noun}", p.label), Some(p.iri.clone()), false),
        };
        Some((
            ent,
            self.text[self.toks[m.first].start..self.toks[ni].end].to_string(),
            m.resolved,
        ))
    }

    /// Where the site noun of "X's airport" or "X citadel" is.
    fn site_noun_index(&self, m: &Mention, p: &Ent) -> Option<usize> {
        if self.n(m.last) == "'s" && self.is(m.last + 1, word::SITE) {
            return Some(m.last + 1);
        }
        let direct = p.city_like
            && !matches!(m.kind, MK::Both(..))
            && self.is(m.last, word::SITE)
            && !self.is(m.last + 1, word::SETTLEMENT)
            && !self.is(m.last + 1, word::SITE);
        direct.then_some(m.last)
    }

    /// Where a dateline ("KYIV, Oct 1 (Agency) -") ends: the token after its
    /// dash, or 0. The place a story is filed from is not what it is about.
    fn dateline_end(&self) -> usize {
        let first_caps = self
            .toks
            .first()
            .is_some_and(|t| t.raw.len() > 1 && t.raw.chars().all(|c| !c.is_lowercase()));
        if !first_caps {
            return 0;
        }
        // (a spaced dash: "AU troops ... as al-Shabaab" has no dateline)
        (1..self.toks.len().min(14))
            .find(|&k| self.n(k) == "—" || self.n(k) == "-" && self.toks[k].start > self.toks[k - 1].end)
            .map(|k| k + 1)
            .unwrap_or(0)
    }

    /// The nearest actor before `i` that can be a subject.
    fn subject(&self, i: usize) -> Option<(Ent, String, bool)> {
        // "militants who seized the city": the noun before the relative pronoun
        let mut k = i;
        while k > 0
            && self.is(k - 1, word::ADVERB)
            && !matches!(self.n(k - 1), "to")
            && self.mention_at(k - 1).is_none()
        {
            k -= 1;
        }
        if k > 0 && matches!(self.n(k - 1), "who" | "which" | "that") {
            // "the Red Band, which seized it": over the comma too
            let comma = k >= 2 && self.n(k - 2) == ",";
            if let Some(m) = self.ms.iter().find(|m| m.last == k - 1 || comma && m.last == k - 2) {
                if let Some(a) = m.actor() {
                    return Some((a.clone(), self.surface(m), m.resolved));
                }
            }
        }
        // ", which joined the mission in June,": not the subject of what follows
        let mut relatives: Vec<std::ops::Range<usize>> = Vec::new();
        let mut k = 0;
        while k + 1 < self.toks.len() {
            if self.n(k) == "," && matches!(self.n(k + 1), "which" | "who" | "whose") {
                let close = (k + 2..self.toks.len())
                    .find(|&e| self.n(e) == ",")
                    .unwrap_or(self.toks.len());
                if close < i {
                    relatives.push(k + 1..close);
                }
                k = close;
            }
            k += 1;
        }
        let inside_relative = |f: usize| relatives.iter().any(|r| r.contains(&f));
        // "When the rebels swept in, soldiers fled": an opening subordinate clause has its own subject
        let dl = self.dateline_end();
        let opening_end = if self.is(dl, word::SUBORDINATOR) || matches!(self.n(dl), "when" | "while") {
            (dl..i).find(|&k| self.n(k) == ",")
        } else {
            None
        };
        for m in self
            .ms
            .iter()
            .rev()
            .filter(|m| m.last <= i && !inside_relative(m.first))
            .filter(|m| opening_end.is_none_or(|e| m.first > e))
        {
            if (m.first..i).any(|k| matches!(self.n(k), ";")) {
                return None;
            }
            // "X took P as the defenders fled": the clause after "as" has a subject of its
            // own, one no mention names
            let own_subject = (m.last..i).any(|k| {
                self.is(k, word::SUBORDINATOR)
                    && matches!(self.n(k + 1), "the" | "a" | "an" | "some" | "many" | "most")
                    && !(k..i).any(|q| self.n(q) == ",")
            });
            if own_subject {
                return None;
            }

            let after = self.n(m.last);
            // "X recaptured P, a year after Y-linked insurgents seized it": the clause has a
            // subject of its own, just not a named one
            if m.backer && m.first > 0 && self.is(m.first - 1, word::SUBORDINATOR) {
                return None;
            }
            if m.backer || self.after_preposition(m) {
                continue;
            }
            // "Ostria's troops abandoned X": a party's own forces; "Ostria's defence
            // ministry said": a party's own organ speaks for it
            let organ = || {
                let words = m.last + 1..i;
                !words.is_empty()
                    && words.len() <= 3
                    && words
                        .clone()
                        .all(|k| self.toks[k].is_word() && self.mention_at(k).is_none())
                    && words.clone().any(|k| self.is(k, word::PARTISAN))
            };
            if after == "'s" && (self.is(m.last + 1, word::FORCE) && m.last + 2 <= i || organ()) {
                if let MK::Actor(a) | MK::Both(a, _) = &m.kind {
                    return Some((a.clone(), self.surface(m), m.resolved));
                }
                // "Northland's army": the country's government
                if let Some(gov) = m.place().and_then(|p| p.idx).and_then(|x| self.g.government_of(x)) {
                    return Some((Ent::known(self.g, gov), self.surface(m), m.resolved));
                }
            }
            if after == "'s" || self.is(m.last, word::POSSESSED) {
                continue;
            }
            match &m.kind {
                MK::Actor(a) | MK::Both(a, _) => {
                    if let Some(speaker) = self.possessive_speaker(m) {
                        return Some((speaker, self.surface(m), true));
                    }
                    return Some((a.clone(), self.surface(m), m.resolved));
                }
                MK::Pronoun => {
                    // "X said they had taken": the speaker; "U.S.-backed forces said they had
                    // taken": forces the text does not name, so no one
                    if let Some(k) = self.speech_before(m) {
                        if let Some((a, _, _)) = self.subject(k) {
                            return Some((a, self.surface(m), true));
                        }
                        if k > 0 && self.is(k - 1, word::FORCE) {
                            return None;
                        }
                    }
                    // nearest actor mentioned before the pronoun
                    // ("its troops ..., an admission that they had pulled out": the speaker's)
                    let before = self
                        .ms
                        .iter()
                        .rev()
                        .filter(|x| x.last <= m.first && !x.backer)
                        .find_map(|x| self.possessive_speaker(x).or_else(|| x.actor().cloned()));
                    // a sentence that opens with "It" / "They" goes on about the last one's subject
                    let opening = m.first == self.dateline_end();
                    let a = before
                        .or_else(|| opening.then(|| self.ctx.prev_subject.clone()).flatten())
                        .or_else(|| self.ctx.latest_group().cloned())
                        .or_else(|| self.ctx.latest_actor().cloned())?;
                    return Some((a, self.surface(m), true));
                }
                // "Ostria's Defence Ministry said": a state's organ speaks for its government
                MK::Source => match source_party(self.g, self.toks, m) {
                    Some(a) => return Some((Ent::known(self.g, a), self.surface(m), true)),
                    None => continue,
                },
                _ => continue,
            }
        }
        None
    }

    /// "X said (on Monday) (that) its fighters ...": the possessive stands for the
    /// speaker, the subject of the speech verb just before it.
    fn possessive_speaker(&self, m: &Mention) -> Option<Ent> {
        if !m.resolved || !self.is(m.first + 1, word::FORCE) {
            return None;
        }
        let k = self.speech_before(m)?;
        match self.n(m.first) {
            "its" | "their" => self.subject(k).map(|(a, _, _)| a),
            // "Zorn declared on Wednesday that his forces had won": the speaker's side
            "his" | "her" => {
                let mut j = k;
                while j > 0 && self.tms.iter().any(|tm| j > tm.first && j - 1 < tm.last) {
                    j -= 1;
                }
                j.checked_sub(1).and_then(|j| self.person_side(j))
            }
            _ => None,
        }
    }

    /// The side of the person named by the capitalised word at `j`.
    fn person_side(&self, j: usize) -> Option<Ent> {
        let t = self.toks.get(j)?;
        if !t.is_capitalized() || !t.is_word() || self.mention_at(j).is_some_and(|m| m.actor().is_some()) {
            return None;
        }
        person_side(self.g, t)
    }

    /// The speech verb that `m` opens the complement of: "said (on Monday) (that) m".
    fn speech_before(&self, m: &Mention) -> Option<usize> {
        let in_time = |k: usize| self.tms.iter().any(|tm| k >= tm.first && k < tm.last);
        let mut k = m.first;
        while k > 0 && (self.n(k - 1) == "that" || in_time(k - 1)) {
            k -= 1;
        }
        (k > 0
            && (self.is(k - 1, word::SPEECH) || matches!(self.n(k - 1), "insisted" | "insisting" | "added" | "adding")))
        .then(|| k - 1)
    }

    /// The place(s) after `from`: skips determiners and descriptors, notes
    /// partial extent, stops at prepositions and clause breaks.
    fn object_places(&self, from: usize) -> (Vec<(Ent, String, bool)>, bool, bool, usize) {
        let mut partial = false;
        let mut subarea = false;
        let mut places = Vec::new();
        let mut k = from;
        let limit = (from + 10).min(self.toks.len());
        while k < limit {
            if let Some(m) = self.ms.iter().find(|m| m.first == k) {
                if m.actor().is_some()
                    && self.n(m.last) == "-"
                    && matches!(self.n(m.last + 1), "held" | "controlled" | "occupied")
                {
                    k = m.last + 2; // "the X-held town of Y"
                    continue;
                }
                match &m.kind {
                    MK::Place(p) | MK::Both(_, p) => {
                        let site = self.site_of(m, p);
                        if site.is_none() && self.n(m.last) == "'s" {
                            // "the city's eastern districts": part of it
                            let mut q = m.last + 1;
                            // "the city's eastern districts", "the city's commercial district"
                            while q < m.last + 4
                                && !self.is(q, word::SUBAREA)
                                && (matches!(self.n(q), "-")
                                    || self.toks.get(q).is_some_and(|t| {
                                        t.raw.starts_with(char::is_lowercase)
                                            && t.is_word()
                                            && !t.is(word::OBJECT_STOP)
                                            && !t.is(word::SITE)
                                    }))
                            {
                                q += 1;
                            }
                            if self.is(q, word::SUBAREA) && m.place().is_some_and(|p| p.city_like) {
                                places.push((p.clone(), self.surface(m), m.resolved));
                                partial = true;
                                k = q + 1;
                            } else if let Some(inner) = self.possessed_place(m.last + 1) {
                                // "the city's Khor Maksar district", "Oldfield's Central Hospital": the named place
                                let p = inner.place().cloned().expect("a place");
                                places.push((p, self.surface(inner), inner.resolved));
                                k = inner.last;
                                while let Some((m2, p2)) = self.next_conjunct(k) {
                                    places.push((p2, self.surface(m2), m2.resolved));
                                    k = m2.last;
                                }
                            }
                            break; // "Northland's desert north": a possessor, not the place taken
                        }
                        // "the Anbar provincial capital Ramadi": the capital named after its province
                        let mut c = m.last;
                        if matches!(self.n(c), "provincial" | "regional" | "state" | "national") {
                            c += 1;
                        }
                        let capital = (self.n(c) == "capital")
                            .then(|| self.ms.iter().find(|x| x.first == c + 1 && !x.resolved))
                            .flatten()
                            .and_then(|x| x.place().map(|q| (x, q.clone())));
                        if let Some((x, q)) = capital {
                            places.push((q, self.surface(x), x.resolved));
                            k = x.last;
                            break;
                        }
                        let next = self.toks.get(m.last);
                        let adjective = m.weak
                            && next.is_some_and(|t| {
                                t.raw.starts_with(char::is_lowercase)
                                    && !t.is(word::OBJECT_STOP)
                                    && !matches!(
                                        t.norm.as_str(),
                                        "late"
                                            | "early"
                                            | "last"
                                            | "earlier"
                                            | "overnight"
                                            | "yesterday"
                                            | "again"
                                            | "by"
                                            | "without"
                                            | "amid"
                                            | "itself"
                                            | "too"
                                            | "completely"
                                            | "entirely"
                                    )
                            });
                        if adjective {
                            break; // "Northlandish villages", "Medieval-era citadel": a capitalised adjective
                        }
                        let site_end = site.as_ref().and_then(|_| self.site_noun_index(m, p)).map(|x| x + 1);
                        places.push(site.unwrap_or_else(|| (p.clone(), self.surface(m), m.resolved)));
                        k = site_end.unwrap_or(m.last);
                        // coordination: "A and B", "A, B and C", "A, west of X, and B"
                        while let Some((m2, p2)) = self.next_conjunct(k) {
                            places.push((p2, self.surface(m2), m2.resolved));
                            k = m2.last;
                        }
                        break;
                    }
                    MK::Pronoun if self.n(k) == "it" => {
                        // (an unknown name no slot took is no antecedent: "led by A and B")
                        if let Some(p) = self.ctx.latest_place(true).cloned().or_else(|| {
                            self.ms
                                .iter()
                                .rev()
                                .filter(|x| x.last <= k && !x.weak)
                                .find_map(|x| x.place().cloned())
                        }) {
                            places.push((p, "it".into(), true));
                        }
                        k += 1;
                        break;
                    }
                    _ => break,
                }
            }
            let w = self.n(k);
            if self.is(k, word::OBJECT_STOP)
                && !(w == "and" && places.is_empty() && k > from && !self.is(k - 1, word::SUBAREA))
            {
                // "of" is allowed ("most of X"); "and" only inside "the ruins and the city"
                break;
            }
            if w == "and" && k + 1 < self.toks.len() {
                k += 1;
                continue;
            }
            if self.toks[k].raw.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                // "about 90 percent of X": part of the place
                let pct =
                    matches!(self.n(k + 1), "percent" | "%") || (self.n(k + 1) == "per" && self.n(k + 2) == "cent");
                if pct {
                    partial = true;
                    k += if self.n(k + 1) == "per" { 3 } else { 2 };
                    continue;
                }
                break;
            }
            if self.is(k, word::BARE_VERB) && k > from {
                break;
            }
            // "the northern city of X" describes the city; "northern districts" are part of it
            if self.is(k, word::PARTIAL) && !self.is(k + 1, word::SETTLEMENT) {
                partial = true;
            }
            if self.is(k, word::SUBAREA) && w != "areas" {
                subarea = true;
            }
            k += 1;
        }
        // "the Oldfield and Redhill regions": each named place's region, when the gazetteer has it
        let plural = (from..(k + 1).min(self.toks.len())).find(|&x| {
            matches!(self.n(x), "regions" | "provinces" | "oblasts" | "governorates")
                && self.ms.iter().any(|m| m.last == x && m.place().is_some())
        });
        if let Some(x) = plural {
            let noun = self.n(x).trim_end_matches('s');
            for p in places.iter_mut() {
                let tokens = crate::sentence::tokenize(&format!("{} {noun}", p.0.label), 0);
                let region = self
                    .g
                    .find(&tokens)
                    .into_iter()
                    .find(|m| m.first == 0 && m.last == tokens.len())
                    .and_then(|m| {
                        m.entities
                            .iter()
                            .copied()
                            .find(|&e| self.g.entities[e].role == Role::Place)
                    });
                if let Some(r) = region {
                    p.0 = Ent::known(self.g, r);
                }
            }
        }
        (places, partial, subarea, k)
    }

    /// The named place right after a possessive ("X's [old] Y district"): a name of
    /// its own, not a word the context resolves, over at most two lower-case words.
    fn possessed_place(&self, from: usize) -> Option<&Mention> {
        let mut q = from;
        while q < from + 2
            && self.mention_at(q).is_none()
            && self.toks.get(q).is_some_and(|t| {
                t.is_word()
                    && t.raw.starts_with(char::is_lowercase)
                    && !t.is(word::OBJECT_STOP)
                    && !t.is(word::BARE_VERB)
            })
        {
            q += 1;
        }
        let x = self.ms.iter().find(|x| x.first == q)?;
        let named = !x.resolved && (!x.weak || x.last > x.first + 1 || is_place_descriptor(self.n(x.last)));
        (named && matches!(x.kind, MK::Place(_)) && self.n(x.last) != "'s").then_some(x)
    }

    /// The next place of a coordination that ends at `k`: ", B", "and B", ", and B",
    /// over one appositive (", west of X,"), which holds no verb of its own.
    fn next_conjunct(&self, k: usize) -> Option<(&Mention, Ent)> {
        let place_at = |q: usize| {
            let q = if self.n(q) == "the" && self.mention_at(q).is_none() {
                q + 1
            } else {
                q
            };
            self.ms
                .iter()
                .find(|x| x.first == q)
                .filter(|x| !matches!(x.kind, MK::Both(..)) && self.n(x.last) != "'s")
                .and_then(|x| x.place().map(|p| (x, p.clone())))
        };
        let mut j = k;
        // "X's airport at Y and Z": over a short place phrase
        if matches!(self.n(j), "at" | "in" | "near") {
            let pp = self.ms.iter().find(|m| m.first == j + 1 && m.place().is_some())?;
            if self.n(pp.last) != "and" {
                return None;
            }
            j = pp.last;
        }
        if self.n(j) == "," && place_at(j + 1).is_none() {
            let close = (j + 1..(j + 9).min(self.toks.len())).find(|&x| self.n(x) == ",")?;
            let plain = (j + 1..close).all(|x| {
                !self.is(x, word::BARE_VERB) && !matches!(self.n(x), "and" | "which" | "who" | "where" | "when")
            });
            if !plain || !matches!(self.n(close + 1), "and") {
                return None;
            }
            j = close;
        }
        let mut q = j;
        while matches!(self.n(q), "," | "and") {
            q += 1;
        }
        // "the city along with the nearby airport", "X as well as Y"
        if q == j && starts_with_seq(self.toks, j, &["along", "with"])
            || starts_with_seq(self.toks, j, &["together", "with"])
        {
            q = j + 2;
        } else if starts_with_seq(self.toks, j, &["as", "well", "as"]) {
            q = j + 3;
        } else if q == j || q > j + 2 {
            return None;
        }
        place_at(q).or_else(|| {
            // "and the coastal town of X"
            let mut r = q;
            while r < q + 4 && self.mention_at(r).is_none() && self.toks.get(r).is_some_and(|t| t.is_word()) {
                // "and large parts of X": part of it
                if self.n(r) == "of"
                    && r > q
                    && (self.is(r - 1, word::SETTLEMENT)
                        || matches!(self.n(r - 1), "parts" | "part" | "most" | "much" | "half"))
                {
                    return place_at(r + 1);
                }
                r += 1;
            }
            // "and the surrounding X district": over lower-case describing words
            let describing = (q..r).all(|x| {
                self.toks[x].raw.starts_with(char::is_lowercase)
                    && !self.is(x, word::OBJECT_STOP | word::BARE_VERB | word::FORCE)
            });
            if r > q + 1 && self.n(q) == "the" && describing {
                return place_at(r).filter(|(x, _)| {
                    !x.resolved && (!x.weak || is_place_descriptor(self.n(x.last)) || x.last > x.first + 1)
                });
            }
            None
        })
    }

    fn actor_after(&self, word: &str, from: usize, span: usize) -> Option<(Ent, String)> {
        let mut k = from;
        while k < self.toks.len() && k < from + span {
            if self.n(k) == word {
                for m in self.ms.iter().filter(|m| m.first > k && m.first <= k + 5) {
                    if m.backer {
                        continue;
                    }
                    if let Some(a) = m.actor() {
                        return Some((a.clone(), self.surface(m)));
                    }
                    if matches!(m.kind, MK::Pronoun) {
                        break;
                    }
                }
                return None;
            }
            if matches!(self.n(k), "," | ";" | "." | "and" | "but") {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The place an object relative clause is about: "X, which Y took (from Z)",
    /// "X, the regional capital that Y occupied": the verb has no object of its own.
    fn relative_antecedent(&self, t: Trig, start: usize) -> Option<(Ent, String, bool)> {
        let in_time = |k: usize| self.tms.iter().any(|tm| k >= tm.first && k < tm.last);
        let open = matches!(
            self.n(start),
            "from"
                | "in"
                | "on"
                | "last"
                | "early"
                | "late"
                | "after"
                | "before"
                | ","
                | "."
                | "with"
                | "during"
                | "at"
                | ""
        ) || in_time(start);
        if !open {
            return None;
        }
        // the relative pronoun opens the clause the subject and the verb are in
        let rel = (t.i.saturating_sub(10)..t.i)
            .rev()
            .find(|&k| matches!(self.n(k), "which" | "that"))?;
        if (rel + 1..t.i).any(|k| matches!(self.n(k), "," | ";") || self.is(k, word::BARE_VERB) && k != t.i) {
            return None;
        }
        // "that" after a verb of saying is a complement, not a relative
        if self.n(rel) == "that" && rel > 0 && (self.is(rel - 1, word::SPEECH) || self.is(rel - 1, word::CLAIM)) {
            return None;
        }
        // the antecedent: the place right before, over ", the regional capital" or ", about 110 km to the south,"
        let mut k = rel;
        if k > 0 && self.n(k - 1) == "," {
            k -= 1;
        }
        let near = self
            .ms
            .iter()
            .rev()
            .find(|m| m.last <= k && m.last + 12 > k && m.place().is_some() && !m.weak)?;
        // "Oldfield's airfield, which ...": the site
        if let Some(site) = near.place().and_then(|p| self.site_of(near, p)) {
            return Some(site);
        }
        let named = if near.resolved && near.first > 0 && self.n(near.first - 1) == "," {
            self.ms
                .iter()
                .rev()
                .find(|m| m.last + 1 == near.first && m.place().is_some() && !m.resolved)
                .unwrap_or(near)
        } else {
            near
        };
        if self.after_preposition(named) && !matches!(self.n(named.last), ",") {
            return None;
        }
        let p = named.place()?.clone();
        Some((p, self.surface(named), named.resolved))
    }

    /// After an object ending at `end`: "(in the X region) <time> and <place> <time>":
    /// the second place and the index of its own time.
    fn gapped_conjunct(&self, end: usize) -> Option<((Ent, String, bool), usize)> {
        let mut k = end;
        if self.n(k) == "in" {
            let q = if self.n(k + 1) == "the" { k + 2 } else { k + 1 };
            k = self.ms.iter().find(|m| m.first == q && m.place().is_some())?.last;
            while matches!(
                self.n(k),
                "region" | "province" | "district" | "oblast" | "state" | "governorate"
            ) {
                k += 1;
            }
        }
        let first = &self.tms[self.time_right_after(k, 0, &[])?];
        if self.n(first.last) != "and" {
            return None;
        }
        let (ps, _, _, e2) = self.object_places(first.last + 1);
        let [p] = <[_; 1]>::try_from(ps).ok()?;
        // (over "in mid-" that the time itself leaves out)
        let x = self.time_right_after(e2, 3, &["in", "mid", "-", "on", "early", "late"])?;
        Some((p, x))
    }

    /// The index of the time that dates an event and starts at most `gap` words after
    /// `k`, over only `words` ("in mid-", "early on").
    fn time_right_after(&self, k: usize, gap: usize, words: &[&str]) -> Option<usize> {
        self.tms.iter().position(|tm| {
            tm.first >= k
                && tm.first <= k + gap
                && tm.dates_event()
                && (k..tm.first).all(|q| words.contains(&self.n(q)))
        })
    }

    /// After an intransitive verb ending at `after`: "(to X) <time> and <place>(, an
    /// apposition,) <time>": the second place and the index of its own time.
    fn gapped_subject(&self, after: usize) -> Option<((Ent, String, bool), usize)> {
        let first = self
            .tms
            .iter()
            .find(|tm| tm.first >= after && tm.first <= after + 4 && tm.dates_event())?;
        if self.n(first.last) != "and" {
            return None;
        }
        let m = self.ms.iter().find(|m| m.first == first.last + 1)?;
        let MK::Place(p) = &m.kind else { return None };
        let mut k = m.last;
        if self.n(k) == "," {
            k = (k + 1..(k + 9).min(self.toks.len())).find(|&q| self.n(q) == ",")? + 1;
        }
        let x = self.time_right_after(k, 2, &["early", "late", "on", "in"])?;
        Some(((p.clone(), self.surface(m), m.resolved), x))
    }

    /// The places an apposition that the participle at `i` closes describes: "A and
    /// B, two districts of the old city (held by ...)", "A, a town (held by ...)".
    fn apposed_places(&self, i: usize) -> Vec<(Ent, String, bool)> {
        let Some(comma) = (i.saturating_sub(9)..i).rev().find(|&k| self.n(k) == ",") else {
            return Vec::new();
        };
        let counted = matches!(self.n(comma + 1), "a" | "an" | "two" | "three" | "four" | "both");
        let described = (comma + 2..i).all(|k| self.toks[k].raw.starts_with(char::is_lowercase))
            && (comma + 2..i).any(|k| self.is(k, word::SETTLEMENT | word::SITE | word::SUBAREA));
        if !counted || !described || comma == 0 {
            return Vec::new();
        }
        // (a name the gazetteer lacks is a place here: the apposition says so)
        let Some(at) = self
            .ms
            .iter()
            .position(|m| m.last == comma && matches!(m.kind, MK::Place(_)))
        else {
            return Vec::new();
        };
        self.place_chain(at, true)
            .into_iter()
            .filter_map(|x| {
                let m = &self.ms[x];
                m.place().map(|p| (p.clone(), self.surface(m), m.resolved))
            })
            .collect()
    }

    /// The mentions of places coordinated with mention `at` and ahead of it ("A, B and
    /// C"), in text order, `at` last; names the gazetteer lacks only if `weak_ok`.
    fn place_chain(&self, mut at: usize, weak_ok: bool) -> Vec<usize> {
        let mut out = vec![at];
        while at > 0 {
            let (m, prev) = (&self.ms[at], &self.ms[at - 1]);
            let joined = m.first == prev.last + 1 && matches!(self.n(prev.last), "and" | ",");
            if !joined || !matches!(prev.kind, MK::Place(_)) || (prev.weak && !weak_ok) {
                break;
            }
            at -= 1;
            out.push(at);
        }
        out.reverse();
        out
    }

    /// The places coordinated with place `p`'s mention before `before` and ahead of
    /// it: "Oldfield" in "around Oldfield and Zorba".
    fn coordinated_before(&self, p: &Ent, before: usize) -> Vec<(Ent, String)> {
        let Some(at) = self
            .ms
            .iter()
            .rposition(|m| m.last <= before && m.place().is_some_and(|x| x.iri == p.iri))
        else {
            return Vec::new();
        };
        let mut chain = self.place_chain(at, false);
        chain.pop();
        chain
            .into_iter()
            .filter_map(|x| {
                let m = &self.ms[x];
                m.place().map(|q| (q.clone(), self.surface(m)))
            })
            .collect()
    }

    /// A verb of staying put: "holding out", "holed up".
    fn staying(&self, t: Trig) -> bool {
        self.n(t.i) == "holed"
            || matches!(self.n(t.i), "holding" | "held" | "hold" | "holds") && self.n(t.i + 1) == "out"
    }

    /// "X, where fighters were still holding out": the place the locative relative hangs on.
    fn where_antecedent(&self, t: Trig) -> Option<(Ent, String, bool)> {
        let rel = (t.i.saturating_sub(10)..t.i).rev().find(|&k| self.n(k) == "where")?;
        if rel < 2 || self.n(rel - 1) != "," || (rel + 1..t.i).any(|k| matches!(self.n(k), "," | ";")) {
            return None;
        }
        let m = self.ms.iter().find(|m| m.last == rel - 1 && !m.weak)?;
        let p = m.place()?.clone();
        if let Some(site) = self.site_of(m, &p) {
            return Some(site);
        }
        Some((p, self.surface(m), m.resolved))
    }

    /// "P (had been) liberated", "declared P freed", with no "by" agent: the
    /// winner is the side of whoever says so, else the place's own government;
    /// never the side it was freed "from".
    fn agentless_liberation(&self, t: Trig, passive: bool) -> Option<Vec<Draft>> {
        if t.class != Class::Capture || !t.participle || !self.is(t.i, word::LIBERATION_PARTICIPLE) {
            return None;
        }
        if self.actor_after("by", t.end, 5).is_some() {
            return None;
        }
        // right after the place, over quotes, adverbs and auxiliaries: "X had been “completely liberated”"
        let mut k = t.i;
        let mut aux = false;
        while k > 0 {
            let w = self.n(k - 1);
            if matches!(w, "\"" | "'" | "had" | "has" | "have") || self.is(k - 1, word::ADVERB | word::BE) {
                aux |= self.is(k - 1, word::BE);
                k -= 1;
            } else {
                break;
            }
        }
        let before = self.ms.iter().find(|m| m.last == k);
        let declared = (0..t.i).any(|j| self.is(j, word::DECLARE));
        let place = match before {
            Some(m) if m.actor().is_none() && !m.weak && !self.after_preposition(m) => match &m.kind {
                MK::Place(p) => Some((p.clone(), self.surface(m), m.resolved)),
                MK::Pronoun => self.pronoun_place(m).map(|p| (p, self.surface(m), true)),
                _ => None,
            },
            // "X, a village near the front, had been liberated"
            None if passive && aux => self.subject_place(t.i).filter(|p| {
                // not "Northland's second-largest city": the possessor is not the place
                !self
                    .ms
                    .iter()
                    .any(|m| m.last < t.i && m.place().is_some_and(|x| x.iri == p.0.iri) && self.n(m.last) == "'s")
            }),
            _ => None,
        }?;
        // "the city had been liberated": only a declaration names the event of a referred place
        if place.2 && !declared {
            return None;
        }
        // an actor right before the place is the verb's subject ("Northland recaptured X"): not ours
        if let Some(m) = before {
            if m.first > 0 && self.mention_at(m.first - 1).is_some_and(|x| x.actor().is_some()) {
                return None;
            }
        }
        if !aux && !passive {
            // a past tense with a subject is an active verb: "the army retaken" never occurs,
            // but "troops liberated P" does; only a place right before the participle counts
            let subj_before = self
                .ms
                .iter()
                .any(|m| m.last <= k && m.actor().is_some() && !m.backer && !self.after_preposition(m));
            let said = (0..k).any(|j| self.is(j, word::DECLARE) || self.is(j, word::SPEECH));
            if subj_before && !said {
                return None;
            }
        }
        let from = self.actor_after("from", t.end, 6);
        let not_from = |a: &Ent| from.as_ref().is_none_or(|f| f.0.iri != a.iri);
        // the speaker: the actor nearest before a verb of saying or declaring
        let speaker = (0..self.toks.len())
            .filter(|&j| self.is(j, word::SPEECH | word::CLAIM | word::DECLARE))
            .find_map(|j| {
                // "Northland's defence minister, John Smith, told": within the speaker phrase
                let m = self
                    .ms
                    .iter()
                    .rev()
                    .find(|m| m.last <= j && m.last + 12 > j && !m.backer && m.actor().is_some() || m.last == j)
                    .filter(|m| !(m.last..j).any(|x| matches!(self.n(x), "that" | ";" | "and")))?;
                let a = match &m.kind {
                    MK::Actor(a) | MK::Both(a, _) => Some(a.clone()),
                    MK::Place(p) if !p.city_like || p.idx.is_some_and(|i| self.g.entities[i].has_class("Country")) => p
                        .idx
                        .and_then(|i| self.g.government_of(i))
                        .map(|a| Ent::known(self.g, a)),
                    _ => None,
                }?;
                Some((a, self.surface(m)))
            })
            .filter(|(a, _)| not_from(a))
            // "Zorn proclaims X liberated": a person whose forces the gazetteer knows
            .or_else(|| {
                let j = (1..t.i).find(|&j| self.is(j, word::DECLARE) || self.is(j, word::SPEECH))?;
                let a = self.person_side(j - 1)?;
                Some((a, self.toks[j - 1].raw.to_string()))
            })
            .filter(|(a, _)| not_from(a));
        let actor = speaker.or_else(|| {
            let gov = place
                .0
                .idx
                .and_then(|i| self.g.government_of(i))
                .map(|a| Ent::known(self.g, a))?;
            Some((gov, String::new()))
        })?;
        if !not_from(&actor.0) || actor.0.iri == place.0.iri {
            return None;
        }
        let surface = if actor.1.is_empty() {
            place.1.clone()
        } else {
            actor.1.clone()
        };
        // "A, B and the rest of the region had been freed": the places before, too
        let mut extra = Vec::new();
        if let Some(m) = self
            .ms
            .iter()
            .rev()
            .find(|m| m.last <= t.i && m.place().is_some_and(|p| p.iri == place.0.iri))
        {
            let mut first = m.first;
            while first >= 2 && matches!(self.n(first - 1), "," | "and") {
                let Some(prev) = self
                    .ms
                    .iter()
                    .find(|x| x.last == first - 1 && x.place().is_some() && !x.weak)
                else {
                    break;
                };
                if let Some(p) = prev.place() {
                    extra.push((p.clone(), self.surface(prev), prev.resolved));
                }
                first = prev.first;
            }
        }
        let mut out = vec![self.draft(
            Kind::Captured,
            (actor.0.clone(), surface.clone(), true),
            place,
            from.clone(),
            false,
            t,
            "liberated",
        )];
        for p in extra {
            out.push(self.draft(
                Kind::Captured,
                (actor.0.clone(), surface.clone(), true),
                p,
                from.clone(),
                false,
                t,
                "liberated",
            ));
        }
        Some(out)
    }

    /// The place a sentence is about when a verb names none: the latest
    /// settlement mentioned before `before` in this sentence, else its latest
    /// site, else the latest settlement of earlier sentences.
    fn topic_place(&self, before: usize) -> Option<(Ent, String)> {
        let dateline = self.dateline_end();
        self.ms
            .iter()
            .rev()
            .filter(|m| m.last <= before && !m.weak && m.first >= dateline)
            .find_map(|m| m.place().filter(|p| p.city_like).map(|p| (p.clone(), self.surface(m))))
            // "stormed the airport and took control of its runway": a site of
            // this sentence before a town of an earlier one
            .or_else(|| {
                self.ms
                    .iter()
                    .rev()
                    .filter(|m| m.last <= before && !m.weak && m.first >= dateline)
                    .find_map(|m| match &m.kind {
                        MK::Place(p) => Some((p.clone(), self.surface(m))),
                        _ => None,
                    })
            })
            .or_else(|| self.ctx.latest_place(true).map(|p| (p.clone(), String::new())))
    }

    #[allow(clippy::too_many_arguments)]
    fn draft(
        &self,
        kind: Kind,
        actor: (Ent, String, bool),
        place: (Ent, String, bool),
        from: Option<(Ent, String)>,
        partial: bool,
        t: Trig,
        pattern: &'static str,
    ) -> Draft {
        Draft {
            kind,
            weak: actor.2 || place.2,
            actor: actor.0,
            actor_surface: actor.1,
            place: place.0,
            place_surface: place.1,
            from,
            partial,
            trig: t,
            pattern,
            implied: false,
            own_time: None,
        }
    }

    fn arguments(&self, t: Trig) -> Vec<Draft> {
        let mut out = Vec::new();
        let passive = self.passive(t);
        if let Some(d) = self.agentless_liberation(t, passive) {
            out.extend(d);
            return out;
        }
        match (t.class, passive) {
            (Class::Capture | Class::Hold, false) | (Class::Lose | Class::Enter, false) => {
                let Some(subj) = self.subject(t.i) else {
                    return out;
                };
                let mut start = t.end;
                if t.class == Class::Hold && self.n(t.end - 1) == "up" && matches!(self.n(start), "in" | "inside") {
                    start += 1; // "holed up in X"
                }
                if t.class == Class::Hold && self.n(start) == "out" {
                    // "holding out in X", "holding out on Monday in X"
                    let mut k = start + 1;
                    while k < start + 5 && self.tms.iter().any(|tm| k >= tm.first && k < tm.last) {
                        k += 1;
                    }
                    start = if self.n(k) == "in" { k + 1 } else { start + 1 };
                }
                // "took control of", "regained control"
                let mut control = false;
                while matches!(
                    self.n(start),
                    "full"
                        | "complete"
                        | "total"
                        | "effective"
                        | "back"
                        | "over"
                        | "control"
                        | "of"
                        | "deep"
                        | "into"
                        | "up"
                        | "firm"
                        | "\""
                ) {
                    // a quote only inside the control phrase: took “full control” of
                    if self.n(start) == "\""
                        && !matches!(self.n(start + 1), "full" | "complete" | "total" | "control" | "of")
                    {
                        break;
                    }
                    control |= self.n(start) == "control";
                    start += 1;
                }
                let (places, partial, subarea, end) = self.object_places(start);
                // reaching the edge of a place is approaching it, not entering
                if matches!(self.n(t.i), "reached" | "reach" | "reaches")
                    && (start..end.max(start + 3)).any(|k| {
                        matches!(
                            self.n(k),
                            "outskirts"
                                | "edge"
                                | "edges"
                                | "gates"
                                | "approaches"
                                | "outside"
                                | "suburbs"
                                | "vicinity"
                                | "perimeter"
                                | "limits"
                                | "border"
                                | "banks"
                                | "bank"
                                | "agreement"
                                | "deal"
                        )
                    })
                {
                    return out;
                }
                // "held the western side, including the Old City": that too
                // ("controls about a fifth of the country's territory, including most of X":
                // an amount that names no place of its own reaches over it)
                let reach = if places.is_empty() { 10 } else { 1 };
                let including = (end..(end + reach).min(self.toks.len()))
                    .take_while(|&k| !matches!(self.n(k), ";" | "."))
                    .find(|&k| self.n(k) == "," && self.n(k + 1) == "including")
                    .map(|c| self.object_places(c + 2).0)
                    .unwrap_or_default();
                // "X, which Northlandish troops took from the militants": the relative's antecedent
                let places = if places.is_empty() {
                    self.relative_antecedent(t, start).map(|p| vec![p]).unwrap_or(places)
                } else {
                    places
                };
                // staying put: "holding out in a few buildings in X" (part of X); "X, where
                // fighters were still holding out" (X itself)
                let (places, partial) = if places.is_empty() && t.class == Class::Hold && self.staying(t) {
                    if let Some(p) = self.where_antecedent(t) {
                        (vec![p], partial)
                    } else if self.n(end) == "in" && end > start {
                        let (inner, _, _, _) = self.object_places(end + 1);
                        (inner, true)
                    } else {
                        (places, partial)
                    }
                } else if places.is_empty() && t.class == Class::Hold {
                    // "still controlled “certain industrial facilities” in the south-west of X":
                    // positions in a place are part of it (not "held talks in X")
                    let mut k = start;
                    let mut positions = false;
                    while k < start + 10 && !matches!(self.n(k), "," | ";" | "." | "in" | "") {
                        positions |= matches!(
                            self.n(k),
                            "positions"
                                | "facilities"
                                | "buildings"
                                | "neighbourhoods"
                                | "neighborhoods"
                                | "streets"
                                | "blocks"
                                | "pockets"
                                | "strip"
                                | "sites"
                                | "territory"
                                | "villages"
                        );
                        k += 1;
                    }
                    if positions && self.n(k) == "in" {
                        (self.object_places(k + 1).0, true)
                    } else {
                        (places, partial)
                    }
                } else {
                    (places, partial)
                };
                let kind = match t.class {
                    // "occupied from March to November": a tenure, not a capture
                    Class::Capture if self.n(t.i) == "occupied" && self.n(start) == "from" => Kind::Held,
                    Class::Capture => Kind::Captured,
                    Class::Hold => Kind::Held,
                    Class::Lose => Kind::Lost,
                    _ => Kind::Entered,
                };
                let swept_in = t.class == Class::Enter && self.n(t.end - 1) == "in";
                let places = if places.is_empty()
                    && (subarea || swept_in || (control && t.class == Class::Capture))
                    && !matches!(self.n(end), "to" | "toward" | "towards")
                {
                    self.topic_place(t.i)
                        .map(|(p, s)| vec![(p, s, true)])
                        .unwrap_or_default()
                } else {
                    places
                };
                let mut places = places;
                places.extend(including);
                // "controlled the headquarters and several neighbourhoods": part of the town too
                let and_parts = self.n(end) == "and"
                    && matches!(self.n(end + 1), "several" | "some" | "many" | "most" | "other" | "a")
                    && (end + 2..end + 4)
                        .any(|k| self.is(k, word::SUBAREA) && !matches!(self.n(k), "outskirts" | "edge"));
                if and_parts && matches!(t.class, Class::Hold | Class::Capture) && !places.is_empty() {
                    if let Some((p, s)) = self.topic_place(t.i) {
                        if !places.iter().any(|x| x.0.iri == p.iri) {
                            places.push((p, s, true));
                        }
                    }
                }
                let from = if t.class == Class::Capture {
                    self.actor_after("from", end, 3)
                } else {
                    None
                };
                for p in places {
                    out.push(self.draft(kind, subj.clone(), p, from.clone(), partial || subarea, t, "active"));
                }
                // "took A late last month and the village of B in mid-August": B, with its own time
                if matches!(t.class, Class::Capture | Class::Enter) && !out.is_empty() {
                    if let Some((p, x)) = self.gapped_conjunct(end) {
                        let mut d = self.draft(kind, subj.clone(), p, None, false, t, "active");
                        d.own_time = Some(x);
                        out.push(d);
                    }
                }
            }
            (Class::Capture | Class::Hold | Class::Enter, true) => {
                // "in A and B, two districts of the old town held by X": each, today
                let apposed = if t.class == Class::Hold && self.n(t.end) == "by" {
                    self.apposed_places(t.i)
                } else {
                    Vec::new()
                };
                if !apposed.is_empty() {
                    if let Some(a) = self.actor_after("by", t.end, 5) {
                        for p in apposed {
                            out.push(self.draft(
                                Kind::Held,
                                (a.0.clone(), a.1.clone(), false),
                                p,
                                None,
                                false,
                                t,
                                "apposed-held",
                            ));
                        }
                    }
                    return out;
                }
                // "the town was retaken by the army"
                let place = self.subject_place(t.i);
                let agent = self.actor_after("by", t.end, 5);
                if let (Some(p), Some(a)) = (place, agent) {
                    let from = self.actor_after("from", t.end, 8);
                    // "occupied by X since T": a holding since T, not a capture
                    let since = (t.end..(t.end + 8).min(self.toks.len()))
                        .take_while(|&k| !matches!(self.n(k), "," | ";"))
                        .any(|k| self.n(k) == "since");
                    let state = since && matches!(self.n(t.i), "occupied" | "held" | "controlled");
                    let kind = match t.class {
                        Class::Capture if state => Kind::Held,
                        Class::Capture => Kind::Captured,
                        Class::Hold => Kind::Held,
                        _ => Kind::Entered,
                    };
                    let mut d = self.draft(kind, (a.0, a.1, false), p, from, false, t, "passive");
                    d.implied |= state;
                    out.push(d);
                }
            }
            (Class::Withdraw, true) if self.n(t.end) == "by" => {
                // "a city abandoned by Northland": the agent left the place
                if let (Some(a), Some(p)) = (self.actor_after("by", t.end, 3), self.subject_place(t.i)) {
                    out.push(self.draft(Kind::Withdrew, (a.0, a.1, false), p, None, false, t, "withdraw-passive"));
                }
            }
            // "missiles they said had been abandoned at a post": the subject is what was
            // left, and no one is named who left it ("troops were withdrawn from X" is theirs)
            (Class::Withdraw, true) if !matches!(self.n(t.end), "from" | "out") => {}
            (Class::Withdraw, _) => {
                let Some(subj) = self.subject(t.i) else {
                    return out;
                };
                let mut start = t.end;
                if let Some(m) = self.ms.iter().find(|m| m.first == start && m.actor().is_some()) {
                    start = m.last; // "withdrew its troops from X"
                } else if matches!(self.n(start), "its" | "their") && self.is(start + 1, word::FORCE) {
                    start += 2;
                }
                if matches!(self.n(start), "to" | "toward" | "towards" | "into") {
                    // "retreated to villages outside the town", "fled into the desert", "withdrew to
                    // protect residents": it left the place the story is about; not when it fell
                    // back to a named town, which says nothing of where from
                    let dest_end = (start + 1..self.toks.len())
                        .find(|&k| matches!(self.n(k), "," | ";" | "." | "and" | "but" | "as" | "after" | "before"))
                        .unwrap_or(self.toks.len());
                    let named = self
                        .ms
                        .iter()
                        .any(|m| m.first > start && m.first < dest_end && m.place().is_some() && !m.resolved);
                    // "withdrew to residential neighbourhoods in the east": still inside
                    let inside = (start + 1..dest_end.min(start + 5))
                        .any(|k| self.is(k, word::SUBAREA) && !matches!(self.n(k), "outskirts" | "edge"));
                    if named || inside {
                        return out;
                    }
                    if let Some((p, s)) = self.topic_place(t.i) {
                        out.push(self.draft(Kind::Withdrew, subj, (p, s, true), None, false, t, "withdraw-to"));
                    }
                    return out;
                }
                let mut partial = false;
                while matches!(
                    self.n(start),
                    "from" | "of" | "out" | "most" | "much" | "parts" | "part"
                ) {
                    partial |= matches!(self.n(start), "most" | "much" | "parts" | "part");
                    start += 1;
                }
                let (places, p2, _, end) = self.object_places(start);
                if places.is_empty() {
                    if matches!(self.n(end), "to" | "toward" | "towards" | "into") && end == start {
                        return out;
                    }
                    // it left something that is not a place ("the country"); but posts and
                    // positions are the place's own ("abandoned their positions in the town")
                    let own_posts = (start..end).any(|k| {
                        matches!(
                            self.n(k),
                            "positions" | "posts" | "post" | "bases" | "base" | "checkpoints" | "defences" | "lines"
                        )
                    });
                    // "retreat north", "pulled back eastwards": a direction, no object
                    let direction = matches!(
                        self.n(start),
                        "north"
                            | "south"
                            | "east"
                            | "west"
                            | "northward"
                            | "southward"
                            | "eastward"
                            | "westward"
                            | "northwards"
                            | "southwards"
                            | "eastwards"
                            | "westwards"
                    ) && matches!(self.n(start + 1), "" | "," | "." | "and" | "as" | "after" | ";");
                    // "left the ruined eastern districts": part of the story's place
                    let subarea = (start..end).any(|k| self.is(k, word::SUBAREA))
                        && !(start..end).any(|k| matches!(self.n(k), "of" | "in"))
                        && !matches!(self.n(end), "of" | "in");
                    partial |= subarea;
                    if end > start
                        && !own_posts
                        && !direction
                        && !subarea
                        && !matches!(self.n(start), "," | "and" | "as" | "after" | "before")
                    {
                        return out;
                    }
                    // "abandoning their positions around X": X
                    let around = own_posts
                        .then(|| {
                            (end..(end + 2).min(self.toks.len()))
                                .find(|&k| matches!(self.n(k), "in" | "around" | "near" | "at" | "outside" | "inside"))
                        })
                        .flatten()
                        .and_then(|k| {
                            self.ms
                                .iter()
                                .find(|m| m.first > k && m.first <= k + 2 && m.place().is_some())
                        });
                    if let Some(m) = around {
                        let p = m.place().cloned().expect("a place");
                        let near = matches!(self.n(m.first - 1), "around" | "near" | "outside");
                        out.push(self.draft(
                            Kind::Withdrew,
                            subj,
                            (p, self.surface(m), m.resolved),
                            None,
                            partial || near,
                            t,
                            "withdraw",
                        ));
                        return out;
                    }
                    if let Some((p, s)) = self.topic_place(t.i) {
                        // "its troops around Oldfield and Zorba ... had pulled out": both
                        for (q, qs) in self.coordinated_before(&p, t.i) {
                            out.push(self.draft(
                                Kind::Withdrew,
                                subj.clone(),
                                (q, qs, true),
                                None,
                                partial,
                                t,
                                "withdraw-context",
                            ));
                        }
                        out.push(self.draft(Kind::Withdrew, subj, (p, s, true), None, partial, t, "withdraw-context"));
                    }
                } else {
                    for p in places {
                        out.push(self.draft(Kind::Withdrew, subj.clone(), p, None, partial || p2, t, "withdraw"));
                    }
                }
            }
            (Class::Expel, false) => {
                // "X drove Z out of P"
                let Some(subj) = self.subject(t.i) else {
                    return out;
                };
                let mut k = t.end;
                let mut partial = false;
                while matches!(
                    self.n(k),
                    "back" | "most" | "the" | "remaining" | "all" | "bulk" | "of" | "some" | "last"
                ) {
                    partial |= matches!(self.n(k), "most" | "some" | "bulk");
                    k += 1;
                }
                // "drove the militants from X": the mention may begin at the skipped article
                let Some(obj) = self
                    .ms
                    .iter()
                    .find(|m| m.first == k || m.first >= t.end && m.first < k && k < m.last)
                else {
                    return out;
                };
                let Some(expelled) = obj.actor().cloned().or_else(|| {
                    if matches!(obj.kind, MK::Pronoun) {
                        self.ctx.latest_group().cloned()
                    } else {
                        None
                    }
                }) else {
                    return out;
                };
                let mut j = obj.last;
                while matches!(self.n(j), "out" | "of" | "from") {
                    j += 1;
                }
                if j == obj.last {
                    return out;
                }
                let (places, p2, _, _) = self.object_places(j);
                let places = if places.is_empty() {
                    self.topic_place(t.i)
                        .map(|(p, s)| vec![(p, s, true)])
                        .unwrap_or_default()
                } else {
                    places
                };
                for p in places {
                    out.push(self.draft(
                        Kind::Captured,
                        subj.clone(),
                        p,
                        Some((expelled.clone(), self.surface(obj))),
                        partial || p2,
                        t,
                        "expel",
                    ));
                }
            }
            (Class::Expel, true) => {
                // "Z were driven out (of P) (by X)"
                let Some(patient) = self.subject(t.i) else {
                    return out;
                };
                let mut j = t.end;
                while matches!(self.n(j), "out" | "of" | "from") {
                    j += 1;
                }
                let (places, p2, _, _) = if j > t.end {
                    self.object_places(j)
                } else {
                    (Vec::new(), false, false, j)
                };
                // "driven from power": out of something that is no place
                if places.is_empty()
                    && matches!(self.n(j - 1), "from" | "of")
                    && self
                        .toks
                        .get(j)
                        .is_some_and(|x| x.is_word() && x.raw.starts_with(char::is_lowercase))
                    && !matches!(self.n(j), "the" | "a" | "an" | "its" | "their" | "it")
                {
                    return out;
                }
                let places = if places.is_empty() {
                    self.topic_place(t.i)
                        .map(|(p, s)| vec![(p, s, true)])
                        .unwrap_or_default()
                } else {
                    places
                };
                let agent = self.actor_after("by", t.end, 8);
                for p in places {
                    out.push(self.draft(Kind::Lost, patient.clone(), p.clone(), None, p2, t, "expelled"));
                    if let Some(a) = &agent {
                        out.push(self.draft(
                            Kind::Captured,
                            (a.0.clone(), a.1.clone(), false),
                            p,
                            Some((patient.0.clone(), patient.1.clone())),
                            p2,
                            t,
                            "expelled-by",
                        ));
                    }
                }
            }
            (Class::Fall, _) => {
                // "P fell to X"
                let to = self
                    .actor_after("to", t.end - 1, 3)
                    .or_else(|| self.actor_after("to", t.end, 3));
                // "X fell on Thursday": to the armed group the story follows, unless the
                // sentence names that group before the verb ("X denied the city had fallen")
                let to = to.or_else(|| {
                    if matches!(
                        self.n(t.end),
                        "to" | "back" | "silent" | "apart" | "short" | "behind" | "sharply" | "by"
                    ) {
                        return None;
                    }
                    let grp = self.ctx.latest_group()?;
                    let named_before = self
                        .ms
                        .iter()
                        .any(|m| m.last <= t.i && m.actor().is_some_and(|a| a.iri == grp.iri));
                    (!named_before).then(|| (grp.clone(), String::new()))
                });
                let place = self.subject_place(t.i);
                // "Sar-e Pul and Taloqan ... fell to X": both
                let also = place.as_ref().and_then(|p| {
                    let m = self
                        .ms
                        .iter()
                        .find(|m| m.place().is_some_and(|e| e.iri == p.0.iri) && m.last <= t.i)?;
                    if m.first < 2 || self.n(m.first - 1) != "and" {
                        return None;
                    }
                    let prev = self.ms.iter().find(|x| x.last == m.first - 1)?;
                    prev.place().map(|e| (e.clone(), self.surface(prev), prev.resolved))
                });
                if let (Some(a), Some(p)) = (to, place) {
                    if let Some(p2) = also {
                        out.push(self.draft(
                            Kind::Captured,
                            (a.0.clone(), a.1.clone(), false),
                            p2,
                            None,
                            false,
                            t,
                            "fell-to",
                        ));
                    }
                    // "Oldfield fell on Thursday and Zorba, its twin, early on Friday"
                    if let Some((p3, x)) = self.gapped_subject(t.end) {
                        let mut d = self.draft(
                            Kind::Captured,
                            (a.0.clone(), a.1.clone(), false),
                            p3,
                            None,
                            false,
                            t,
                            "fell-to",
                        );
                        d.own_time = Some(x);
                        out.push(d);
                    }
                    out.push(self.draft(Kind::Captured, (a.0, a.1, false), p, None, false, t, "fell-to"));
                }
            }
            (Class::Lose, true) => {}
        }
        out
    }

    /// "X-held Y", "under X's control", "X strongholds of P and Q".
    fn compounds(&self) -> Vec<Draft> {
        let mut out = Vec::new();
        for (mi, m) in self.ms.iter().enumerate() {
            let Some(actor) = m.actor() else { continue };
            if m.backer && !(self.n(m.last) == "-" && matches!(self.n(m.last + 1), "held" | "controlled" | "occupied"))
            {
                continue;
            }
            let t = Trig {
                i: m.last,
                end: m.last + 2,
                class: Class::Hold,
                participle: false,
            };
            // (the actor's words, copied only for a draft)
            let surface = || self.surface(m);
            // X-held P
            if self.n(m.last) == "-" && matches!(self.n(m.last + 1), "held" | "controlled" | "occupied") {
                let (places, _, _, _) = self.object_places(m.last + 2);
                let places = if places.is_empty() {
                    // "the largest remaining IS-held city"
                    let mut k = m.last + 2;
                    while k < self.toks.len()
                        && k < m.last + 5
                        && !self.is(k, word::SETTLEMENT)
                        && self.toks[k].is_word()
                    {
                        k += 1;
                    }
                    if self.is(k, word::SETTLEMENT) {
                        self.ctx
                            .latest_place(true)
                            .map(|p| vec![(p.clone(), self.n(k).to_string(), true)])
                            .unwrap_or_default()
                    } else {
                        Vec::new()
                    }
                } else {
                    places
                };
                for p in places {
                    let mut d = self.draft(
                        Kind::Held,
                        (actor.clone(), surface(), m.resolved),
                        p,
                        None,
                        false,
                        t,
                        "x-held",
                    );
                    d.implied = true;
                    out.push(d);
                }
                continue;
            }
            // X strongholds of P (and Q); X's de facto capital of P
            let mut k = m.last;
            if self.n(k) == "'s" {
                k += 1;
            }
            while matches!(
                self.n(k),
                "de" | "facto" | "self" | "-" | "declared" | "main" | "last" | "remaining" | "key"
            ) {
                k += 1;
            }
            if matches!(
                self.n(k),
                "stronghold" | "strongholds" | "capital" | "bastion" | "bastions"
            ) && matches!(self.n(k + 1), "of" | ",")
            {
                let (places, _, _, _) = self.object_places(k + 2);
                for p in places {
                    let mut d = self.draft(
                        Kind::Held,
                        (actor.clone(), surface(), m.resolved),
                        p,
                        None,
                        false,
                        t,
                        "stronghold-of",
                    );
                    d.implied = true;
                    out.push(d);
                }
            }
            // under X's control / under X control / under the control of X
            let mut u = m.first;
            while u > 0 && self.toks[u - 1].is_capitalized() && self.mention_at(u - 1).is_none() && u + 3 > m.first {
                u -= 1; // titles: "under President X's control"
            }
            let before_under = u >= 1 && self.n(u - 1) == "under";
            let ctrl = if self.n(m.last) == "'s" { m.last + 1 } else { m.last };
            if before_under && matches!(self.n(ctrl), "control" | "rule" | "occupation")
                || m.first >= 4 && starts_with_seq(self.toks, m.first - 4, &["under", "the", "control", "of"])
            {
                let under = if before_under { u - 1 } else { m.first - 4 };
                let place = self.under_place(&self.ms[..mi], under);
                if let Some(p) = place {
                    let since = self
                        .tms
                        .iter()
                        .any(|tm| tm.since && tm.first >= ctrl && tm.first <= ctrl + 2)
                        || self.n(ctrl + 1) == "since";
                    let t = Trig {
                        i: under,
                        end: ctrl + 1,
                        ..t
                    };
                    let holder = (actor.clone(), surface(), m.resolved);
                    // "returning under X control", "now under X rule", "fell under X control":
                    // it changed hands
                    let change = under > 0
                        && matches!(
                            self.n(under - 1),
                            "now"
                                | "returning"
                                | "returned"
                                | "back"
                                | "came"
                                | "come"
                                | "comes"
                                | "coming"
                                | "fell"
                                | "fallen"
                                | "falls"
                                | "passed"
                                | "brought"
                        );
                    let kind = if change { Kind::Captured } else { Kind::Held };
                    let mut d = self.draft(kind, holder.clone(), p.clone(), None, false, t, "under-control");
                    d.implied = since;
                    out.push(d);
                }
            }
        }
        out
    }

    /// The place said to be "under" someone's control: the nearest place before
    /// `under` that is not a possessor nor after a preposition; "it" is the
    /// sentence's or the story's place.
    fn under_place(&self, ms: &[Mention], under: usize) -> Option<(Ent, String, bool)> {
        ms.iter().rev().filter(|x| x.last <= under).find_map(|x| match &x.kind {
            MK::Place(p) | MK::Both(_, p) if self.n(x.last) != "'s" && !self.after_preposition(x) => {
                Some((p.clone(), self.surface(x), x.resolved))
            }
            MK::Pronoun if self.n(x.first) == "it" => self
                .ms
                .iter()
                .find_map(|y| y.place().filter(|p| p.city_like && y.last <= x.first).cloned())
                .or_else(|| self.ctx.latest_place(true).cloned())
                .map(|p| (p, "it".to_string(), true)),
            _ => None,
        })
    }

    /// Idioms of control: "in X hands", "in the hands of X", "in (full)
    /// control of P", "raised the flag over P".
    fn idioms(&self) -> Vec<Draft> {
        let mut out = Vec::new();
        for i in 0..self.toks.len() {
            // every idiom opens with one of `IDIOM_STARTS` (a new idiom adds its first word there)
            if self.is(i, word::IDIOM_START) {
                self.idioms_at(i, &mut out);
            }
        }
        out
    }

    /// The idioms opening at token `i`. (Kept out of the loop over tokens: inlined,
    /// the setup of its many word windows ran at every token.)
    #[inline(never)]
    fn idioms_at(&self, i: usize, out: &mut Vec<Draft>) {
        let w = self.n(i);
        // P ... in Northlandish hands / in the hands of X
        if w == "hands" && i >= 2 {
            let k = if self.n(i - 1) == "'s" { i - 2 } else { i - 1 };
            let before = self
                .mention_at(k)
                .filter(|m| m.first > 0 && self.n(m.first - 1) == "in");
            let holder = before
                .and_then(|m| m.actor().map(|a| (a.clone(), self.surface(m), m.resolved)))
                .or_else(|| {
                    if self.n(i + 1) != "of" {
                        return None;
                    }
                    let m = self.ms.iter().find(|m| m.first > i + 1 && m.first <= i + 3)?;
                    m.actor().map(|a| (a.clone(), self.surface(m), m.resolved))
                });
            // the nearest place before, even after a preposition: "fled to X, a town that remains in Y hands"
            let nearest = self.ms.iter().rev().filter(|m| m.last + 1 < i).find_map(|m| {
                m.place()
                    .filter(|_| !matches!(m.kind, MK::Both(..)))
                    .map(|p| (p.clone(), self.surface(m), m.resolved))
            });
            let dateline = self.dateline_end();
            let first = self
                .ms
                .iter()
                .filter(|m| m.last + 1 < i && !m.weak && m.first >= dateline && !self.after_preposition(m))
                .find_map(|m| m.place().map(|p| (p.clone(), self.surface(m), m.resolved)));
            if let (Some(a), Some(p)) = (holder, first.or(nearest)) {
                let t = Trig {
                    i,
                    end: i + 1,
                    class: Class::Hold,
                    participle: false,
                };
                // "was back in X hands", "fell into the hands of X": it changed hands
                let back = (i.saturating_sub(5)..i).any(|k| self.n(k) == "back")
                    || (i.saturating_sub(4)..i).any(|k| {
                        matches!(self.n(k), "fell" | "fallen" | "falls" | "fall" | "passed") && self.n(k + 1) == "into"
                    });
                let kind = if back { Kind::Captured } else { Kind::Held };
                // "Towns ..., including A and B, remain in X hands": each of them
                let mut also = Vec::new();
                if let Some(m) = self
                    .ms
                    .iter()
                    .find(|m| m.place().is_some_and(|x| x.iri == p.0.iri) && m.last < i)
                {
                    let mut k = m.last;
                    while let Some((m2, p2)) = self.next_conjunct(k) {
                        if m2.last >= i {
                            break;
                        }
                        also.push((p2, self.surface(m2), m2.resolved));
                        k = m2.last;
                    }
                }
                out.push(self.draft(kind, a.clone(), p, None, false, t, "in-hands"));
                for p2 in also {
                    out.push(self.draft(kind, a.clone(), p2, None, false, t, "in-hands"));
                }
            }
        }
        // "X won the battle for P": X took P
        if matches!(w, "won" | "wins" | "win") && starts_with_seq(self.toks, i + 1, &["the", "battle", "for"]) {
            let t = Trig {
                i,
                end: i + 4,
                class: Class::Capture,
                participle: false,
            };
            let (places, partial, _, _) = self.object_places(i + 4);
            if let (Some(subj), false) = (self.subject(i), places.is_empty()) {
                for p in places {
                    out.push(self.draft(Kind::Captured, subj.clone(), p, None, partial, t, "won-battle"));
                }
            }
        }
        // "X handed (over) P to Y", "X surrendered P to Y", "P was handed over to Y"
        if matches!(
            w,
            "handed" | "hands" | "hand" | "handing" | "surrendered" | "surrenders" | "surrender" | "ceded" | "cedes"
        ) && !(i > 0 && matches!(self.n(i - 1), "the" | "a" | "their" | "its"))
        {
            let mut k = i + 1;
            if self.n(k) == "over" {
                k += 1;
            }
            let t = Trig {
                i,
                end: k,
                class: Class::Capture,
                participle: false,
            };
            let passive = i > 0 && self.is(i - 1, word::BE) && self.n(k) == "to";
            let (places, giver, to_at) = if passive {
                (self.subject_place(i).into_iter().collect::<Vec<_>>(), None, k)
            } else {
                let (ps, _, _, end) = self.object_places(k);
                let giver = if ps.is_empty() { None } else { self.subject(i) };
                (ps, giver, end)
            };
            if let Some((a, s)) = self.actor_after("to", to_at, 2) {
                let from = giver.as_ref().map(|g| (g.0.clone(), g.1.clone()));
                for p in places {
                    if let Some(g) = &giver {
                        if g.0.iri == a.iri {
                            continue;
                        }
                        out.push(self.draft(Kind::Lost, g.clone(), p.clone(), None, false, t, "handed-over"));
                    }
                    out.push(self.draft(
                        Kind::Captured,
                        (a.clone(), s.clone(), false),
                        p,
                        from.clone(),
                        false,
                        t,
                        "handed-over",
                    ));
                }
            }
        }
        // X (is) in full control of P
        if w == "control" && i > 0 {
            let mut k = i;
            while k > 0 && matches!(self.n(k - 1), "full" | "total" | "complete" | "effective" | "firm") {
                k -= 1;
            }
            // "are (still) in control of", "X in control of"; not "its spells in control of"
            let stated = k >= 2
                && (matches!(
                    self.n(k - 2),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "remain"
                        | "remains"
                        | "remained"
                        | "stay"
                        | "stays"
                        | "stayed"
                        | "still"
                        | "now"
                        | "firmly"
                        | "fully"
                        | "already"
                ) || self.mention_at(k - 2).is_some_and(|m| m.actor().is_some()));
            if stated && self.n(k - 1) == "in" {
                if let Some(subj) = self.subject(k - 1) {
                    let t = Trig {
                        i: k - 1,
                        end: i + 2,
                        class: Class::Hold,
                        participle: false,
                    };
                    // "in control of X"; "still in control" alone is about the place in question
                    let (places, partial) = if self.n(i + 1) == "of" {
                        let (p, partial, _, _) = self.object_places(i + 2);
                        (p, partial)
                    } else {
                        let topic = self.topic_place(k - 1).map(|(p, s)| vec![(p, s, true)]);
                        (topic.unwrap_or_default(), false)
                    };
                    for p in places {
                        out.push(self.draft(Kind::Held, subj.clone(), p, None, partial, t, "in-control-of"));
                    }
                }
            }
        }
        // X has (full) control of P; P is now under its rule
        if matches!(
            w,
            "has" | "have" | "had" | "having" | "retains" | "retained" | "maintains"
        ) {
            let mut k = i + 1;
            while matches!(self.n(k), "full" | "total" | "complete" | "effective" | "firm" | "\"") {
                k += 1;
            }
            if self.n(k) == "control" && matches!(self.n(k + 1), "of" | "over") {
                if let Some(subj) = self.subject(i) {
                    let t = Trig {
                        i,
                        end: k + 2,
                        class: Class::Hold,
                        participle: false,
                    };
                    let (places, partial, _, _) = self.object_places(k + 2);
                    for p in places {
                        out.push(self.draft(Kind::Held, subj.clone(), p, None, partial, t, "has-control"));
                    }
                }
            }
        }
        if w == "under"
            && matches!(self.n(i + 1), "its" | "their")
            && matches!(self.n(i + 2), "control" | "rule" | "occupation")
            && i > 0
            && (self.is(i - 1, word::BE) || matches!(self.n(i - 1), "now" | "remains" | "remained"))
        {
            let holder = self
                .ms
                .iter()
                .rev()
                .filter(|m| m.last <= i && !m.backer)
                .find_map(|m| m.actor().cloned())
                .or_else(|| self.ctx.latest_group().cloned());
            let place = self.under_place(self.ms, i);
            if let (Some(a), Some(p)) = (holder, place) {
                let t = Trig {
                    i,
                    end: i + 3,
                    class: Class::Hold,
                    participle: false,
                };
                let surface = self.n(i + 1).to_string();
                let kind = if self.n(i - 1) == "now" {
                    Kind::Captured
                } else {
                    Kind::Held
                };
                out.push(self.draft(kind, (a, surface, true), p, None, false, t, "under-control"));
            }
        }
        // "X were no longer in P": X has left it
        if w == "no" && self.n(i + 1) == "longer" && self.n(i + 2) == "in" && i > 0 && self.is(i - 1, word::BE) {
            if let (Some(subj), Some(pm)) = (
                self.subject(i),
                self.ms
                    .iter()
                    .find(|m| m.first == i + 3 || m.first == i + 4 && self.n(i + 3) == "the"),
            ) {
                if let Some(p) = pm.place() {
                    let t = Trig {
                        i,
                        end: pm.last,
                        class: Class::Withdraw,
                        participle: false,
                    };
                    out.push(self.draft(
                        Kind::Withdrew,
                        subj,
                        (p.clone(), self.surface(pm), pm.resolved),
                        None,
                        false,
                        t,
                        "no-longer-in",
                    ));
                }
            }
        }
        // declared victory over X in P: P was won from X
        if w == "victory" && self.n(i + 1) == "over" && (0..i).any(|j| self.is(j, word::DECLARE)) {
            let loser = self.actor_after("over", i + 1, 1);
            let at = (i + 2..(i + 9).min(self.toks.len())).find(|&k| self.n(k) == "in");
            let place = at.and_then(|a| self.ms.iter().find(|m| m.first == a + 1 && m.place().is_some()));
            if let (Some(l), Some(pm)) = (loser, place) {
                let p = pm.place().cloned().unwrap_or_else(|| l.0.clone());
                let winner = self
                    .ms
                    .iter()
                    .filter(|m| m.last <= i && !m.backer && !self.after_preposition(m))
                    .find_map(|m| m.actor().map(|a| (a.clone(), self.surface(m))))
                    .or_else(|| {
                        let gov = p.idx.and_then(|x| self.g.government_of(x))?;
                        Some((Ent::known(self.g, gov), String::new()))
                    });
                if let Some(wn) = winner.filter(|wn| wn.0.iri != l.0.iri) {
                    let t = Trig {
                        i,
                        end: pm.last,
                        class: Class::Capture,
                        participle: false,
                    };
                    let surface = if wn.1.is_empty() {
                        self.surface(pm)
                    } else {
                        wn.1.clone()
                    };
                    out.push(self.draft(
                        Kind::Captured,
                        (wn.0, surface, true),
                        (p, self.surface(pm), pm.resolved),
                        Some(l),
                        false,
                        t,
                        "victory-over",
                    ));
                }
            }
        }
        // "X claimed victory in P", "X declared victory in P": X says it took P
        if w == "victory"
            && self.n(i + 1) == "in"
            && i > 0
            && (self.is(i - 1, word::DECLARE) || matches!(self.n(i - 1), "claim" | "claims" | "claimed" | "claiming"))
        {
            let pm = self.ms.iter().find(|m| m.first == i + 2 && !m.weak);
            if let (Some((pm, p)), Some(subj)) = (pm.and_then(|m| Some((m, m.place()?))), self.subject(i - 1)) {
                let t = Trig {
                    i: i - 1,
                    end: i + 2,
                    class: Class::Capture,
                    participle: false,
                };
                let p = (p.clone(), self.surface(pm), pm.resolved);
                out.push(self.draft(Kind::Captured, subj, p, None, false, t, "victory-in"));
            }
        }
        // raised the (national) flag over P
        if matches!(
            w,
            "raised"
                | "raise"
                | "raises"
                | "raising"
                | "hoisted"
                | "hoists"
                | "hoist"
                | "hoisting"
                | "planted"
                | "plants"
        ) {
            let flag =
                (i + 1..(i + 6).min(self.toks.len())).find(|&k| matches!(self.n(k), "flag" | "flags" | "banner"));
            let over = flag.and_then(|f| {
                (f + 1..(f + 3).min(self.toks.len())).find(|&k| matches!(self.n(k), "over" | "above" | "atop" | "on"))
            });
            if let (Some(o), Some(subj)) = (over, self.subject(i)) {
                let t = Trig {
                    i,
                    end: o + 1,
                    class: Class::Capture,
                    participle: false,
                };
                // the flag flies over the place itself, not over "the offices of X"
                let direct = self
                    .ms
                    .iter()
                    .any(|m| m.place().is_some() && (m.first == o + 1 || m.first == o + 2 && self.n(o + 1) == "the"));
                let (places, partial, _, _) = if direct {
                    self.object_places(o + 1)
                } else {
                    (Vec::new(), false, false, o + 1)
                };
                for p in places {
                    out.push(self.draft(Kind::Captured, subj.clone(), p, None, partial, t, "flag-over"));
                }
            }
        }
    }

    /// "the recapture of P by X", "X's capture of P", "the fall of P to X".
    fn nominals(&self) -> Vec<Draft> {
        let mut out = Vec::new();
        for i in 0..self.toks.len() {
            if self.is(i, word::NOMINAL) {
                out.extend(self.nominal_at(i));
            }
        }
        out
    }

    /// The nominal at word `i` ("the capture of P"), if it is one here. (Kept out
    /// of the loop over tokens, as `idioms_at` is.)
    #[inline(never)]
    fn nominal_at(&self, i: usize) -> Option<Draft> {
        let &(_, class) = NOMINALS.iter().find(|(w, _)| *w == self.n(i))?;
        // "the “liberation” of", "withdrawal from"
        // ("the recapture on Wednesday of X": over a time between)
        let mut of = if matches!(self.n(i + 1), "\"" | "'") {
            i + 2
        } else {
            i + 1
        };
        if let Some(tm) = self.tms.iter().find(|tm| tm.first == of) {
            of = tm.last;
        }
        let from_ok = class == Class::Withdraw && self.n(of) == "from";
        if (self.n(of) != "of" && !from_ok) || i == 0 {
            return None;
        }
        let poss = self
            .ms
            .iter()
            .find(|m| m.last + 1 == i && matches!(self.n(m.last), "'s" | "'") && m.actor().is_some());
        // "of neighbouring X", "of the strategic town of X"
        let mut at = of + 1;
        while at < of + 3
            && self.mention_at(at).is_none()
            && self.toks.get(at).is_some_and(|t| t.raw.starts_with(char::is_lowercase))
            && !self.is(at, word::OBJECT_STOP)
        {
            at += 1;
        }
        let pm = self.ms.iter().find(|m| m.first == at)?;
        let place = pm.place().cloned()?;
        let after = pm.last;
        let t = Trig {
            i,
            end: after,
            class,
            participle: false,
        };
        let agent = match class {
            Class::Fall => self.actor_after("to", after, 2),
            _ => self.actor_after("by", after, 2),
        }
        .or_else(|| {
            poss.map(|m| {
                (
                    m.actor().cloned().unwrap_or_else(|| Ent::new_actor("?")),
                    self.surface(m),
                )
            })
        })
        .or_else(|| self.nominal_agent(i, class, &place, pm));
        let a = agent?;
        let kind = match class {
            Class::Lose => Kind::Lost,
            Class::Withdraw => Kind::Withdrew,
            _ => Kind::Captured,
        };
        Some(self.draft(
            kind,
            (a.0, a.1, false),
            (place, self.surface(pm), pm.resolved),
            None,
            false,
            t,
            "nominal",
        ))
    }

    /// "..., ending the Red Band's rule over the city", "ended two years of militant
    /// rule in P": the ruler lost the place named after the rule, or the stronghold the
    /// sentence is about ("ending X's rule over its last stronghold").
    fn ended_rule(&self) -> Vec<Draft> {
        let mut out = Vec::new();
        for i in 0..self.toks.len() {
            let w = self.n(i);
            if !w.starts_with("end") || !matches!(w, "ending" | "ended" | "ends" | "end") {
                continue;
            }
            let Some(r) = (i + 1..(i + 8).min(self.toks.len()))
                .take_while(|&k| !matches!(self.n(k), "," | ";" | "." | "and" | "but"))
                .find(|&k| matches!(self.n(k), "rule" | "control" | "occupation" | "grip" | "reign"))
            else {
                continue;
            };
            let Some(am) = self
                .ms
                .iter()
                .find(|m| m.first > i && m.last <= r && !m.backer && m.actor().is_some())
            else {
                continue;
            };
            let actor = am.actor().cloned().expect("an actor");
            if !matches!(self.n(r + 1), "over" | "of" | "in" | "on") {
                continue;
            }
            let named = self
                .ms
                .iter()
                .find(|m| m.first > r + 1 && m.first <= r + 3)
                .and_then(|m| m.place().map(|p| (p.clone(), self.surface(m), m.resolved)));
            // "over its most important stronghold": the place the sentence took
            let stronghold = || {
                (r + 2..(r + 6).min(self.toks.len()))
                    .take_while(|&k| self.mention_at(k).is_none() && !matches!(self.n(k), "," | ";"))
                    .any(|k| matches!(self.n(k), "stronghold" | "bastion" | "redoubt"))
                    .then(|| self.topic_place(i))
                    .flatten()
                    .map(|(p, s)| (p, s, true))
            };
            let Some(place) = named.or_else(stronghold) else {
                continue;
            };
            let t = Trig {
                i,
                end: r + 1,
                class: Class::Lose,
                participle: false,
            };
            out.push(self.draft(
                Kind::Lost,
                (actor, self.surface(am), am.resolved),
                place,
                None,
                false,
                t,
                "ended-rule",
            ));
        }
        out
    }

    /// Who the nominal's event belongs to when no "by", "to" or possessive says so:
    /// the subject of the verb that announces it ("X claimed the capture of P"), the one it
    /// costs ("the loss of P deprives X", "blamed X for the loss of P"), and for a
    /// liberation that nobody claims, the place's own government.
    fn nominal_agent(&self, i: usize, class: Class, place: &Ent, pm: &Mention) -> Option<(Ent, String)> {
        let actor_of = |m: &Mention| m.actor().filter(|_| !m.backer).map(|a| (a.clone(), self.surface(m)));
        match class {
            Class::Lose => {
                // "the loss of P deprives X of", "blamed X for the loss of P"
                let after = self
                    .ms
                    .iter()
                    .find(|m| m.first == pm.last + 1 || (m.first == pm.last + 2 && self.n(pm.last + 1) != ","))
                    .and_then(actor_of);
                let before = (i >= 2 && self.n(i - 2) == "for")
                    .then(|| self.ms.iter().rev().find(|m| m.last + 5 >= i - 2 && m.last <= i - 2))
                    .flatten()
                    .and_then(actor_of);
                // "Northland had effectively conceded the loss of P": the one who admits it
                let admitted = || {
                    (i.saturating_sub(4)..i)
                        .rev()
                        .find(|&j| {
                            matches!(
                                self.n(j),
                                "conceded"
                                    | "concedes"
                                    | "acknowledged"
                                    | "acknowledges"
                                    | "admitted"
                                    | "admits"
                                    | "confirmed"
                                    | "confirms"
                            )
                        })
                        .and_then(|j| self.subject(j))
                        .map(|(a, s, _)| (a, s))
                };
                after.or(before).or_else(admitted)
            }
            Class::Capture => {
                // the nominal is what is announced: "claimed the capture of", "announced the “liberation” of"
                let announce = (i.saturating_sub(4)..i)
                    .rev()
                    .find(|&j| self.is(j, word::SPEECH | word::CLAIM | word::DECLARE) || self.n(j) == "announcing")?;
                // the sentence's subject: its first party before the announcing verb
                let speaker = self
                    .ms
                    .iter()
                    .filter(|m| m.last <= announce && !self.after_preposition(m))
                    .find_map(actor_of);
                speaker.or_else(|| {
                    (self.n(i) == "liberation")
                        .then(|| place.idx.and_then(|p| self.g.government_of(p)))
                        .flatten()
                        .map(|a| (Ent::known(self.g, a), String::new()))
                })
            }
            Class::Withdraw => {
                // "its fighters had made a tactical withdrawal from P": the subject
                self.subject(i)
                    .filter(|_| {
                        (0..i).any(|j| matches!(self.n(j), "made" | "make" | "makes" | "completed" | "carried"))
                    })
                    .map(|(a, s, _)| (a, s))
            }
            _ => None,
        }
    }

    fn status(&self, t: Trig) -> Status {
        let toks = self.toks;
        // clause window to the left
        let mut lo = t.i;
        // (a subordinate clause is a window of its own: "not under X's control when the group seized Y")
        while lo > 0
            && t.i - lo < 7
            && !matches!(
                self.n(lo - 1),
                ";" | "," | "—" | "but" | "when" | "after" | "before" | "once" | "until" | "because" | "while"
            )
        {
            lo -= 1;
        }
        // (`opens`: the word bit of the cues' first words, tested before the lookup)
        let window = |cues: &sets::CueIndex, opens: u64| {
            (lo..t.i).any(|k| {
                self.is(k, opens)
                    && cues
                        .get(self.n(k))
                        .is_some_and(|cs| cs.iter().any(|c| starts_with_seq(toks, k, c) && k + c.len() <= t.i))
            })
        };
        // (scanned only when the checks before it leave the status open)
        let has_if = || {
            (0..t.i).any(|k| self.n(k) == "if") && (t.i.saturating_sub(6)..t.i).any(|k| self.n(k) == "if")
                || (0..toks.len()).any(|k| self.n(k) == "if")
                    && (0..toks.len()).any(|k| matches!(self.n(k), "would" | "could"))
        };
        // "X denied that A and said B", "denied A, insisting B": the denial ends
        // where the speaker goes on to assert something else, which is a claim
        if let Some(d) = (0..t.i).rev().find(|&k| self.is(k, word::DENY)) {
            let goes_on = (d + 2..t.i).any(|s| {
                matches!(self.n(s - 1), "and" | "," | "but")
                    && matches!(
                        self.n(s),
                        "said" | "says" | "saying" | "insisted" | "insisting" | "insists" | "added" | "adding"
                    )
            });
            if !goes_on {
                return Status::Denied;
            }
            if !window(&sets::NEGATION_CUE, word::NEGATION_CUE_START) && !window(&sets::PLAN_CUE, word::PLAN_CUE_START)
            {
                return Status::Claimed;
            }
        }
        // a condition: "unless the army retakes X", "will not talk until their troops have left X"
        let condition = (t.i.saturating_sub(8)..t.i)
            .rev()
            .take_while(|&k| !matches!(self.n(k), ";" | "," | "—"))
            .find(|&k| matches!(self.n(k), "until" | "unless"));
        if let Some(c) = condition {
            let modal_before = (0..c).any(|k| {
                matches!(
                    self.n(k),
                    "would" | "will" | "wo" | "won't" | "not" | "n't" | "never" | "should" | "must" | "could"
                )
            });
            if self.n(c) == "unless" || modal_before {
                return Status::Hypothetical;
            }
        }
        if window(&sets::NEGATION_CUE, word::NEGATION_CUE_START) {
            return Status::Negated;
        }
        if has_if()
            && (window(&sets::PLAN_CUE, word::PLAN_CUE_START)
                || (t.i.saturating_sub(6)..t.i).any(|k| self.n(k) == "if"))
        {
            return Status::Hypothetical;
        }
        if window(&sets::PLAN_CUE, word::PLAN_CUE_START) {
            return Status::Planned;
        }
        // "commanders expect troops to enter": an expectation with its subject between
        if t.i > 0
            && self.n(t.i - 1) == "to"
            && (lo..t.i).any(|k| {
                matches!(
                    self.n(k),
                    "expect"
                        | "expects"
                        | "want"
                        | "wants"
                        | "hope"
                        | "hopes"
                        | "aim"
                        | "aims"
                        | "intend"
                        | "intends"
                        | "likely"
                        | "unlikely"
                        | "ordered"
                        | "urged"
                        | "told"
                )
            } || self.is(k, word::INTENT_NOUN))
        {
            return Status::Planned;
        }
        if (0..toks.len()).any(|k| self.is(k, word::CLAIM)) {
            return Status::Claimed;
        }
        // attribution: who says so
        for s in 0..toks.len() {
            let w = self.n(s);
            let speech = self.is(s, word::SPEECH) && !(s > 0 && self.is(s - 1, word::BE));
            let according = w == "according" && self.n(s + 1) == "to";
            if !speech && !according {
                continue;
            }
            let span: Vec<usize> = if according {
                (s + 2..(s + 10).min(toks.len())).collect()
            } else if s > t.i {
                // ", a monitor said" or "said the army"
                let mut a = s;
                while a > t.i && !matches!(self.n(a - 1), "," | ";" | "—") {
                    a -= 1;
                }
                (a..s).chain(s + 1..(s + 5).min(toks.len())).collect()
            } else {
                let mut a = s;
                while a > 0 && s - a < 9 && !matches!(self.n(a - 1), "," | ";" | "—" | "that") {
                    a -= 1;
                }
                (a..s).collect()
            };
            let partisan = span
                .iter()
                .any(|&k| self.is(k, word::PARTISAN) || self.n(k) == "run" && k > 0 && self.n(k - 1) == "-")
                || self
                    .ms
                    .iter()
                    .any(|m| span.contains(&m.first) && m.actor().is_some() && !m.backer);
            return if partisan { Status::Claimed } else { Status::Reported };
        }
        Status::Reported
    }

    /// The time of trigger `t`: the nearest expression after it before the
    /// next trigger, else the nearest before it after the previous one.
    fn time_for(&self, t: Trig, trigs: &[Trig]) -> Option<&TimeMention> {
        let next = trigs
            .iter()
            .map(|x| x.i)
            .filter(|&x| x > t.i && x >= t.end)
            .min()
            .unwrap_or(usize::MAX);
        let prev = trigs.iter().map(|x| x.end).filter(|&x| x <= t.i).max().unwrap_or(0);
        // "since August, when troops drove the militants out": the clause tells what began then
        let since_when = self.tms.iter().filter(|tm| tm.since && tm.last < t.i).rfind(|tm| {
            let w = if self.n(tm.last) == "," { tm.last + 1 } else { tm.last };
            self.n(w) == "when" && !(w..t.i).any(|k| self.n(k) == ";") && !trigs.iter().any(|x| x.i > w && x.i < t.i)
        });
        if since_when.is_some() {
            return since_when;
        }
        // "since 2001" dates a state, not an event ("for the first time since 2001"); a
        // dateline's date is the report's, not the event's
        let dl = self.dateline_end();
        let dated = |tm: &&TimeMention| tm.dates_event() && (dl == 0 || tm.first >= dl);
        // a time inside the claim's own words: "the recapture on Wednesday of X"
        if let Some(inner) = self
            .tms
            .iter()
            .filter(dated)
            .find(|tm| tm.first > t.i && tm.last <= t.end)
        {
            return Some(inner);
        }
        let left = self
            .tms
            .iter()
            .filter(dated)
            .rfind(|tm| tm.last <= t.i && tm.first >= prev && (t.i - tm.last <= 10 || tm.first <= 2));
        // "On Friday the group took X": a time that opens the clause wins
        if let Some(l) = left {
            let owned_by_earlier = trigs.iter().any(|x| x.i < l.first);
            if t.i - l.last <= 4 && !(l.last..t.i).any(|k| self.n(k) == ",") && !owned_by_earlier {
                return Some(l);
            }
        }
        // not over a relative clause of its own: "held the west, where he proclaimed X in July 2014"
        let relative = (t.end..self.toks.len())
            .find(|&k| self.n(k) == "," && matches!(self.n(k + 1), "where" | "which" | "who"))
            .unwrap_or(usize::MAX);
        // nor into an apposition's own relative clause: "controlled by X, a militia that
        // joined Y last year" (a time after that clause closes is the verb's again)
        // (worked out only when a time follows the verb: most calls have none)
        let follows = self
            .tms
            .iter()
            .any(|tm| tm.first >= t.end && tm.first < next.min(relative));
        let apposed = follows.then(|| self.apposed_relative(t.end)).flatten().unwrap_or(0..0);
        self.tms
            .iter()
            .filter(dated)
            .find(|tm| tm.first >= t.end && tm.first < next.min(relative) && !apposed.contains(&tm.first))
            .or(left)
            // a date opening the sentence (a timeline entry) dates all of it
            .or_else(|| self.tms.iter().filter(dated).find(|tm| tm.first <= 1))
    }

    /// The relative clause of an apposition after `from`: ", a militia that joined Y
    /// last year," (from its relative word to the next comma).
    fn apposed_relative(&self, from: usize) -> Option<std::ops::Range<usize>> {
        let comma = (from..self.toks.len()).find(|&k| self.n(k) == ",")?;
        if !matches!(self.n(comma + 1), "a" | "an" | "the") {
            return None;
        }
        let rel = (comma + 1..(comma + 7).min(self.toks.len()))
            .take_while(|&k| self.n(k) != ",")
            .find(|&k| matches!(self.n(k), "that" | "which" | "who" | "through"))?;
        let close = (rel..self.toks.len())
            .find(|&k| self.n(k) == ",")
            .unwrap_or(self.toks.len());
        Some(rel..close)
    }

    /// "On the first day", "in the opening weeks of the assault": a time the text gives
    /// relative to something no date pins down; the event is not the report's day.
    fn unresolved_time_phrase(&self, t: Trig, trigs: &[Trig]) -> bool {
        (1..self.toks.len()).any(|k| {
            let phrase = matches!(
                self.n(k),
                "first" | "second" | "third" | "opening" | "early" | "initial" | "final" | "last"
            ) && matches!(
                self.n(k + 1),
                "day" | "days" | "week" | "weeks" | "hours" | "months" | "month"
            ) && matches!(self.n(k - 1), "the" | "its" | "their")
                && !self.tms.iter().any(|tm| k >= tm.first && k < tm.last);
            if !phrase {
                return false;
            }
            // in the trigger's own clause: no other verb between, not "since the early weeks"
            let (lo, hi) = if k < t.i { (k, t.i) } else { (t.end, k) };
            let other_verb = trigs.iter().any(|x| x.i >= lo && x.i < hi && x.i != t.i);
            let break_between =
                (lo..hi).any(|q| matches!(self.n(q), ";" | "since")) || (k > t.i && (lo..hi).any(|q| self.n(q) == ","));
            let since = k >= 2 && self.n(k - 2) == "since";
            !(other_verb || break_between || since)
        })
    }

    /// "a day after the group seized X", "had entered it nine days earlier":
    /// a time relative to the sentence's other event, or to the article's date.
    fn offset_time(&self, t: Trig, trigs: &[Trig]) -> Option<TimeValue> {
        // "took the city the following day", "the next day": a day after the story's last dated event
        let around = (t.end..(t.end + 10).min(self.toks.len())).chain(t.i.saturating_sub(6)..t.i);
        // ("later in the day", "later that day", "the same day": that event's day)
        let step = around.into_iter().find_map(|k| {
            if !matches!(self.n(k), "the" | "that") {
                return None;
            }
            let later = |x: usize| x > 0 && matches!(self.n(x), "later" | "earlier");
            match (self.n(k), self.n(k + 1), self.n(k + 2)) {
                ("the", "following" | "next", "day") => Some(1i64),
                ("the", "previous", "day") => Some(-1),
                ("the", "same", "day") => Some(0),
                ("the", "day", _) if k >= 2 && self.n(k - 1) == "in" && later(k - 2) => Some(0),
                ("that", "day", _) if k >= 1 && later(k - 1) => Some(0),
                _ => None,
            }
        });
        let prev = if step == Some(0) {
            self.prev_main_time
        } else {
            self.prev_time
        };
        if let (Some(step), Some(p)) = (step, prev) {
            let shift = |d: NaiveDate| d.checked_add_signed(chrono::Duration::days(step));
            return Some(TimeValue {
                text: match step {
                    1.. => "the following day",
                    0 => "the same day",
                    _ => "the previous day",
                }
                .to_string(),
                earliest: shift(p.earliest)?,
                latest: shift(p.latest)?,
                precision: p.precision,
            });
        }
        let unit_of = |w: &str| match w {
            "day" | "days" => Some(time::Unit::Day),
            "week" | "weeks" => Some(time::Unit::Week),
            "month" | "months" => Some(time::Unit::Month),
            "year" | "years" => Some(time::Unit::Year),
            _ => None,
        };
        let number = |w: &str| match w {
            "a" | "an" | "one" => Some(1),
            "two" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            "five" => Some(5),
            "six" => Some(6),
            "seven" => Some(7),
            "eight" => Some(8),
            "nine" => Some(9),
            "ten" => Some(10),
            w => w.parse::<u32>().ok().filter(|n| *n < 100),
        };
        // "N units after|before <clause with the trigger>"
        let before = (t.i.saturating_sub(6)..t.i).rev().find_map(|k| {
            let dir = match self.n(k) {
                "after" => -1i32,
                "before" => 1,
                _ => return None,
            };
            let (u, n) = (unit_of(self.n(k.checked_sub(1)?))?, number(self.n(k.checked_sub(2)?))?);
            Some((k, n, u, dir))
        });
        // "<trigger> ... N units earlier|later"
        let after = (t.end..(t.end + 8).min(self.toks.len())).find_map(|k| {
            let dir = match self.n(k + 2) {
                "earlier" => -1i32,
                "later" => 1,
                _ => return None,
            };
            Some((k, number(self.n(k))?, unit_of(self.n(k + 1))?, dir))
        });
        let (base, n, unit, dir) = if let Some((k, n, u, dir)) = before {
            // relative to the time before "after" (or its event's time), else the article's date
            let other = self
                .tms
                .iter()
                .filter(|tm| tm.dates_event())
                .rfind(|tm| tm.last + 2 <= k)
                .or_else(|| {
                    trigs
                        .iter()
                        .rfind(|x| x.end <= k)
                        .and_then(|x| self.time_for(*x, trigs))
                });
            let base = match other {
                Some(tm) => time::resolve(&tm.spec, "", self.anchor, Tense::Past)?,
                None => time::bare_day(self.anchor?),
            };
            (base, n, u, dir)
        } else if let Some((_, n, u, dir)) = after {
            (time::bare_day(self.anchor?), n, u, dir)
        } else {
            return None;
        };
        let shift = |d: NaiveDate| -> Option<NaiveDate> {
            if dir < 0 {
                match unit {
                    time::Unit::Day => d.checked_sub_days(chrono::Days::new(u64::from(n))),
                    time::Unit::Week => d.checked_sub_days(chrono::Days::new(7 * u64::from(n))),
                    time::Unit::Month => d.checked_sub_months(chrono::Months::new(n)),
                    time::Unit::Year => d.checked_sub_months(chrono::Months::new(12 * n)),
                }
            } else {
                time::add_duration(d, n, unit)
            }
        };
        let (e, l) = (shift(base.earliest)?, shift(base.latest)?);
        let precision = if e == l { Precision::Day } else { Precision::Range };
        Some(TimeValue {
            text: format!("{n} {unit:?} {}", if dir < 0 { "before" } else { "after" }).to_lowercase(),
            earliest: e,
            latest: l,
            precision,
        })
    }

    fn finish(&mut self, d: Draft, trigs: &[Trig]) {
        if d.actor.iri == d.place.iri || d.from.as_ref().is_some_and(|f| f.0.iri == d.actor.iri) {
            return;
        }
        // a state holding or taking its own country says nothing ("still in Northlandish hands"
        // names a town the sentence did not resolve); losing it does
        if let (Some(a), Some(p)) = (d.actor.idx, d.place.idx) {
            if self.g.entities[a].governs == Some(p) && !matches!(d.kind, Kind::Lost | Kind::Withdrew) {
                return;
            }
        }
        // summaries ("has twice captured") are not events
        let lo = d.trig.i.saturating_sub(4);
        if (lo..d.trig.end + 1).any(|k| self.is(k, word::FREQUENCY)) {
            return;
        }
        let mut status = self.status(d.trig);
        if d.implied && matches!(status, Status::Reported | Status::Claimed) {
            status = Status::Implied;
        }
        let tense = if (d.trig.i.saturating_sub(4)..d.trig.i).any(|k| matches!(self.n(k), "will" | "'ll" | "shall")) {
            Tense::Future
        } else {
            Tense::Past
        };
        // "under X control since January": the since-expression dates the holding
        let since = self
            .tms
            .iter()
            .find(|tm| tm.since && d.kind == Kind::Held && tm.first >= d.trig.i && tm.first <= d.trig.end + 12);
        let own = if since.is_some() {
            since
        } else if let Some(x) = d.own_time {
            self.tms.get(x)
        } else if d.implied {
            None
        } else {
            self.time_for(d.trig, trigs)
        };
        // an explicit offset ("a day after …", "… nine days earlier") beats a time borrowed from the left
        let own = own.filter(|tm| tm.first >= d.trig.end || d.implied || self.offset_time(d.trig, trigs).is_none());
        let mut time: Option<TimeValue> = own.and_then(|tm| {
            let text = self.span_text(tm.first, tm.last);
            time::resolve(&tm.spec, &text, self.anchor, tense)
        });
        // "held it for 10 months after seizing it in May 2015"
        if d.kind == Kind::Held && own.is_none() {
            if let Some(dur) = self
                .tms
                .iter()
                .find(|tm| tm.first >= d.trig.end && matches!(tm.spec, Spec::Duration { .. }))
            {
                if let (Spec::Duration { n, unit }, Some(next)) = (&dur.spec, trigs.iter().find(|x| x.i > d.trig.i)) {
                    if let Some(tv) = self
                        .time_for(*next, trigs)
                        .and_then(|tm| time::resolve(&tm.spec, "", self.anchor, Tense::Past))
                    {
                        if let Some(end) = time::add_duration(tv.latest, *n, *unit) {
                            let text = format!("{} {}", self.span_text(dur.first, dur.last), tv.text);
                            time = Some(TimeValue {
                                text: text.trim().to_string(),
                                earliest: tv.earliest,
                                latest: end,
                                precision: Precision::Range,
                            });
                        }
                    }
                }
            }
        }
        if own.is_some() && time.is_none() && self.anchor.is_some() {
            // an expression that did not resolve (impossible date): no time
        }
        // "before withdrawing", "after seizing it": an undated gerund clause is background
        if own.is_none()
            && d.trig.i > 0
            && matches!(self.n(d.trig.i - 1), "before" | "after")
            && self.n(d.trig.i).ends_with("ing")
        {
            return;
        }
        if time.is_none() && own.is_none() {
            let clause_start = (0..d.trig.i)
                .rev()
                .find(|&k| matches!(self.n(k), "," | ";" | "—"))
                .map(|k| k + 1)
                .unwrap_or(0);
            let sub = (clause_start..d.trig.i).find(|&k| self.is(k, word::SUBORDINATOR));
            if sub.is_some_and(|k| self.n(k) == "since") && !d.implied {
                return; // background: "since the group lost the city"
            }
            let still = d.trig.i > 0 && self.n(d.trig.i - 1) == "still";
            // ("A, a town held by X": held now, an apposition's participle)
            let past_held = d.kind == Kind::Held
                && !d.implied
                && matches!(self.n(d.trig.i), "held")
                && !still
                && d.pattern != "apposed-held";
            // past perfect ("had taken"): before the report, by a day or two
            let mut k = d.trig.i;
            while k > 0
                && self.n(k - 1) != "had"
                && (matches!(self.n(k - 1), "\"" | "'" | "been") || self.is(k - 1, word::ADVERB))
            {
                k -= 1; // "had been “completely liberated”"
            }
            // also a clause hanging on a past perfect: "had moved in after police abandoned their posts"
            let pluperfect = (k.saturating_sub(3)..k).any(|k| self.n(k) == "had")
                || ((0..d.trig.i).any(|k| self.n(k) == "had" && trigs.iter().any(|x| x.i > k && x.i <= k + 3))
                    && (0..d.trig.i).any(|k| matches!(self.n(k), "after" | "when" | "as")));
            // present perfect ("has pulled out", "have been liberated"): by the report, today or the day before
            let perfect =
                !pluperfect && (k.saturating_sub(1)..d.trig.i).any(|x| matches!(self.n(x), "has" | "have" | "'ve"));
            time = self.offset_time(d.trig, trigs);
            if time.is_none() && !past_held && !(d.pattern != "nominal" && self.unresolved_time_phrase(d.trig, trigs)) {
                let back = if pluperfect { 2 } else { u64::from(perfect) };
                time = self.anchor.map(|a| TimeValue {
                    text: String::new(),
                    earliest: a.checked_sub_days(chrono::Days::new(back)).unwrap_or(a),
                    latest: a,
                    precision: if back > 0 { Precision::Range } else { Precision::Day },
                });
                // an undated past event told after the story's dated ones of this week: on
                // or after the day the last sentence dated ("took X on Monday. The militants
                // retreated to villages nearby")
                if let (Some(tv), Some(prev), Some(a)) = (time.as_mut(), self.prev_main_time, self.anchor) {
                    let recent = prev.latest <= a && prev.earliest + chrono::Duration::days(7) >= a;
                    let change = d.kind != Kind::Held;
                    if change && recent && prev.precision == Precision::Day && prev.earliest < tv.earliest {
                        tv.earliest = prev.earliest;
                        tv.precision = Precision::Range;
                    }
                }
            }
        }
        if let Some(tv) = &time {
            if tv.earliest.year() < 1000 {
                time = None;
            }
        }
        let base = match d.pattern {
            "active" | "passive" | "expel" | "withdraw" => 0.85,
            "x-held" | "stronghold-of" | "under-control" | "fell-to" | "expelled-by" | "expelled" => 0.75,
            _ => 0.65,
        };
        let mut conf = base;
        if d.weak {
            conf -= 0.15;
        }
        if d.actor.discovered || d.place.discovered {
            conf -= 0.1;
        }
        conf *= match status {
            Status::Reported => 1.0,
            Status::Claimed => 0.8,
            Status::Implied => 0.8,
            Status::Disputed => 0.5,
            _ => 0.3,
        };
        let conf = (conf * 100.0_f64).round() / 100.0;
        // "seized it twice, in September 2015 and in October 2016": one claim per date
        let also_time = own.and_then(|tm| {
            let k = tm.last + 1;
            if self.n(tm.last) != "and" {
                return None;
            }
            let next = self
                .tms
                .iter()
                .find(|x| x.first == k || (x.first == k + 1 && self.n(k) == "in"))?;
            time::resolve(&next.spec, &self.span_text(next.first, next.last), self.anchor, tense)
        });
        self.out.push(Claim {
            doc: self.doc.to_string(),
            kind: d.kind,
            actor: d.actor.to_ref(&d.actor_surface),
            place: EntityRef {
                surface: Some(d.place_surface).filter(|s| !s.is_empty()),
                ..d.place.to_ref("")
            },
            from_actor: d.from.map(|(e, s)| e.to_ref(&s)),
            time,
            status,
            partial: d.partial,
            confidence: conf,
            evidence: Evidence {
                text: self.text[self.sentence.start..self.sentence.end].to_string(),
                start: self.sentence.start,
                end: self.sentence.end,
            },
            pattern: d.pattern.to_string(),
            regained: d.kind == Kind::Captured
                && matches!(self.n(d.trig.i), w if w.starts_with("re") && w != "reached"),
        });
        if let Some(tv) = also_time {
            let mut again = self.out.last().cloned().expect("just pushed");
            again.time = Some(tv);
            self.out.push(again);
        }
    }

    fn span_text(&self, first: usize, last: usize) -> String {
        if first >= last || last > self.toks.len() {
            return String::new();
        }
        self.text[self.toks[first].start..self.toks[last - 1].end].to_string()
    }
}
