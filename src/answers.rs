//! Answers: canned queries run on the store and shaped for people — the
//! timeline of a place (text, JSON, SVG), the sentences behind an answer,
//! and what is known when no tenure covers a date.

use crate::query;
use crate::store::GraphStore;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use serde::Serialize;
use std::collections::BTreeMap;

pub type Row = BTreeMap<String, Term>;

/// Runs a canned query with `key=value` arguments; solutions as rows.
pub fn run(store: &GraphStore, name: &str, args: &[(String, String)]) -> Result<(Vec<String>, Vec<Row>), String> {
    let c = query::find(name)?;
    let text = query::bind(&c, args)?;
    match store.query(&text)? {
        QueryResults::Solutions(s) => {
            let vars: Vec<String> = s.variables().iter().map(|v| v.as_str().to_string()).collect();
            let mut rows = Vec::new();
            for sol in s {
                let sol = sol.map_err(|e| format!("query failed: {e}"))?;
                rows.push(sol.iter().map(|(v, t)| (v.as_str().to_string(), t.clone())).collect());
            }
            Ok((vars, rows))
        }
        _ => Err(format!("query {name} returned no solutions")),
    }
}

/// The plain value of a row's term ("" when unbound).
pub fn text(r: &Row, k: &str) -> String {
    match r.get(k) {
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(t) => t.to_string(),
        None => String::new(),
    }
}

fn opt(r: &Row, k: &str) -> Option<String> {
    Some(text(r, k)).filter(|s| !s.is_empty())
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Bounds {
    pub earliest: String,
    pub latest: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub actor: String,
    pub from: Option<Bounds>,
    pub to: Option<Bounds>,
    pub articles: usize,
    pub implied: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub place: String,
    pub timeline: Vec<TimelineEntry>,
    pub conflicts: Vec<String>,
}

/// The tenures of a place in order; implied tenures only when asked.
pub fn timeline(store: &GraphStore, place: &str, with_implied: bool) -> Result<Timeline, String> {
    let args = vec![("place".to_string(), place.to_string())];
    let (_, rows) = run(store, "timeline", &args)?;
    let mut entries = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for r in &rows {
        if !seen.insert(text(r, "tenure")) {
            continue;
        }
        let implied = text(r, "implied") == "true";
        if implied && !with_implied {
            continue;
        }
        let b = |e: &str, l: &str| {
            opt(r, e)
                .zip(opt(r, l))
                .map(|(earliest, latest)| Bounds { earliest, latest })
        };
        let open = text(r, "open") == "true";
        entries.push(TimelineEntry {
            actor: opt(r, "actorLabel").unwrap_or_else(|| text(r, "tenure")),
            from: b("beginEarliest", "beginLatest"),
            to: b("endEarliest", "endLatest"),
            articles: text(r, "articles").parse().unwrap_or(0),
            implied,
            note: if open {
                opt(r, "newest").map(|n| format!("open: still held at the newest source, {n}"))
            } else {
                None
            },
        });
    }
    let (_, conflicts) = run(store, "conflicts", &args)?;
    let mut cs: Vec<String> = conflicts.iter().map(|r| text(r, "comment")).collect();
    cs.dedup();
    Ok(Timeline {
        place: place.to_string(),
        timeline: entries,
        conflicts: cs,
    })
}

fn span(b: &Option<Bounds>) -> String {
    match b {
        Some(b) if b.earliest == b.latest => b.earliest.clone(),
        Some(b) => format!("{}..{}", b.earliest, b.latest),
        None => "?".into(),
    }
}

pub fn timeline_text(t: &Timeline) -> String {
    let mut s = format!("{}\n", t.place);
    for e in &t.timeline {
        let to = if e.to.is_none() {
            "open".to_string()
        } else {
            span(&e.to)
        };
        s.push_str(&format!(
            "  {:<28} {} -> {}  ({} articles{}){}\n",
            e.actor,
            span(&e.from),
            to,
            e.articles,
            if e.implied { ", implied" } else { "" },
            e.note.as_ref().map(|n| format!("  [{n}]")).unwrap_or_default()
        ));
    }
    for c in &t.conflicts {
        s.push_str(&format!("  conflict: {c}\n"));
    }
    s
}

fn day_number(d: &str) -> Option<i64> {
    crate::article::parse_iso_date(d).map(|d| d.num_days_from_ce() as i64)
}

use chrono::Datelike;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A chart a browser renders: one bar per tenure, coloured by actor and
/// labelled; change windows hatched; a date axis by year.
pub fn timeline_svg(t: &Timeline) -> String {
    const PALETTE: &[&str] = &[
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
    ];
    let dates: Vec<i64> = t
        .timeline
        .iter()
        .flat_map(|e| {
            [&e.from, &e.to]
                .into_iter()
                .flatten()
                .flat_map(|b| [day_number(&b.earliest), day_number(&b.latest)])
        })
        .flatten()
        .collect();
    let (w, left, row_h) = (900.0_f64, 190.0_f64, 34.0_f64);
    let h = 60.0 + row_h * t.timeline.len() as f64 + 40.0;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">"#
    );
    s.push_str(r##"<defs><pattern id="unsure" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#999"/></pattern></defs>"##);
    s.push_str(&format!(
        r#"<text x="10" y="22" font-size="16" font-weight="bold">{}</text>"#,
        esc(&t.place)
    ));
    let (Some(&lo), Some(&hi)) = (dates.iter().min(), dates.iter().max()) else {
        s.push_str(r#"<text x="10" y="50">no dated tenures</text></svg>"#);
        return s;
    };
    let (lo, hi) = (lo - 30, hi + 60);
    let x = |d: i64| left + (w - left - 20.0) * (d - lo) as f64 / (hi - lo).max(1) as f64;
    let mut colours: BTreeMap<&str, &str> = BTreeMap::new();
    for (i, e) in t.timeline.iter().enumerate() {
        let n = colours.len();
        let colour = *colours.entry(e.actor.as_str()).or_insert(PALETTE[n % PALETTE.len()]);
        let y = 40.0 + row_h * i as f64;
        let b0 = e.from.as_ref().and_then(|b| day_number(&b.earliest)).unwrap_or(lo);
        let b1 = e.from.as_ref().and_then(|b| day_number(&b.latest)).unwrap_or(lo);
        let e0 = e.to.as_ref().and_then(|b| day_number(&b.earliest)).unwrap_or(hi);
        let e1 = e.to.as_ref().and_then(|b| day_number(&b.latest)).unwrap_or(hi);
        let opacity = if e.implied { "0.35" } else { "0.9" };
        s.push_str(&format!(r#"<text x="10" y="{}">{}</text>"#, y + 21.0, esc(&e.actor)));
        s.push_str(&format!(
            r#"<rect x="{:.1}" y="{y}" width="{:.1}" height="26" fill="{colour}" fill-opacity="{opacity}"><title>{}</title></rect>"#,
            x(b1),
            (x(e0) - x(b1)).max(1.0),
            esc(&format!("{}: {} to {}", e.actor, span(&e.from), if e.to.is_none() { "open".into() } else { span(&e.to) }))
        ));
        for (a, b) in [(b0, b1), (e0, e1)] {
            if b > a {
                s.push_str(&format!(
                    r#"<rect x="{:.1}" y="{y}" width="{:.1}" height="26" fill="url(#unsure)" stroke="{colour}"/>"#,
                    x(a),
                    x(b) - x(a)
                ));
            }
        }
    }
    let axis_y = 40.0 + row_h * t.timeline.len() as f64 + 10.0;
    s.push_str(&format!(
        r#"<line x1="{left}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="black"/>"#,
        w - 20.0
    ));
    let first_year = chrono::NaiveDate::from_num_days_from_ce_opt(lo as i32)
        .map(|d| d.year())
        .unwrap_or(2000);
    let last_year = chrono::NaiveDate::from_num_days_from_ce_opt(hi as i32)
        .map(|d| d.year())
        .unwrap_or(2000);
    for y in first_year..=last_year + 1 {
        if let Some(d) = chrono::NaiveDate::from_ymd_opt(y, 1, 1).map(|d| d.num_days_from_ce() as i64) {
            if d >= lo && d <= hi {
                s.push_str(&format!(r#"<line x1="{0:.1}" y1="{axis_y}" x2="{0:.1}" y2="{1}" stroke="black"/><text x="{0:.1}" y="{2}" text-anchor="middle">{y}</text>"#, x(d), axis_y + 5.0, axis_y + 20.0));
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

/// The earliest and latest claim dates known for a place, and how many claims.
pub fn place_range(store: &GraphStore, place: &str) -> Result<Option<(String, String, String)>, String> {
    let (_, rows) = run(store, "_place-range", &[("place".into(), place.into())])?;
    Ok(rows
        .first()
        .and_then(|r| Some((opt(r, "earliest")?, opt(r, "latest")?, text(r, "claims")))))
}
