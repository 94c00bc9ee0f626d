//! A generator of synthetic news articles with known truth, for benchmarks
//! and tests: invented places change hands between invented armed groups at
//! known dates, and each article reports one change in a sentence the
//! extractor reads. Deterministic for a given seed.

use crate::article::Article;
use chrono::{Datelike, Days, NaiveDate};

/// Truth for one place: (actor label, day it took the place), in order.
#[derive(Debug, Clone)]
pub struct PlaceTruth {
    pub place: String,
    pub changes: Vec<(String, NaiveDate)>,
}

impl PlaceTruth {
    /// Who held the place on `d`, by the truth (None before the first change).
    pub fn holder(&self, d: NaiveDate) -> Option<&str> {
        self.changes
            .iter()
            .rev()
            .find(|(_, at)| *at <= d)
            .map(|(a, _)| a.as_str())
    }
}

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "ro", "ven", "tal", "mir", "os", "dun", "bel", "zar", "ith", "gor", "lem", "sa", "qua", "rud", "fen",
];
const MONTHS: &[&str] = &[
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

fn name(rng: &mut Lcg, parts: usize) -> String {
    let mut s: String = (0..parts)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len() as u64) as usize])
        .collect();
    if let Some(f) = s.get(0..1) {
        s = f.to_uppercase() + &s[1..];
    }
    s
}

/// `articles` articles about `places` places fought over by `actors` groups.
pub fn generate(articles: usize, places: usize, actors: usize, seed: u64) -> (Vec<Article>, Vec<PlaceTruth>) {
    let mut rng = Lcg(seed);
    let mut place_names = std::collections::BTreeSet::new();
    while place_names.len() < places {
        let n = name(&mut rng, 3);
        place_names.insert(format!("{n}abad"));
    }
    let mut actor_names = std::collections::BTreeSet::new();
    while actor_names.len() < actors {
        actor_names.insert(name(&mut rng, 2));
    }
    let actor_names: Vec<String> = actor_names.into_iter().collect();
    let per_place = articles.div_ceil(places.max(1));
    let start = NaiveDate::from_ymd_opt(2010, 1, 1).expect("date");
    let mut truth = Vec::new();
    let mut out = Vec::new();
    for place in place_names {
        let mut day = start + Days::new(rng.below(300));
        let mut holder = usize::MAX;
        let mut changes = Vec::new();
        for _ in 0..per_place {
            if out.len() >= articles {
                break;
            }
            let mut a = rng.below(actor_names.len() as u64) as usize;
            if a == holder {
                a = (a + 1) % actor_names.len();
            }
            let actor = &actor_names[a];
            let published = day + Days::new(1 + rng.below(4));
            let text = format!(
                "{actor} fighters take {place}\n\n{actor} fighters seized the town of {place} on {} {}, residents said.\nThe town had seen weeks of fighting.",
                MONTHS[day.month0() as usize],
                day.day()
            );
            let n = out.len();
            let mut art = Article::from_text(&format!("synth-{n:06}"), &format!("synth.jsonl:{}", n + 1), text);
            art.published = Some(published);
            art.date_source = crate::article::DateSource::Corpus;
            out.push(art);
            changes.push((format!("{actor} fighters"), day));
            holder = a;
            day = day + Days::new(40 + rng.below(200));
        }
        truth.push(PlaceTruth { place, changes });
    }
    (out, truth)
}
