//! Mapping to RDF: articles, evidence and claims as plain RDF 1.1 nodes (no
//! RDF-star), in one named graph per article. Only this module and `store`
//! know RDF terms; the vocabulary is `ontology/VOCABULARY.md`.

use crate::article::Article;
use crate::gazetteer::{ID, NS};
use crate::model::Claim;
use chrono::NaiveDate;
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::BTreeSet;

pub const GRAPH_BASE: &str = "https://w3id.org/newsgraph/graph/";
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const SCHEMA: &str = "https://schema.org/";
pub const OA: &str = "http://www.w3.org/ns/oa#";

/// Prefixes used when writing Turtle and TriG.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NS),
    ("ngid", ID),
    ("nga", "https://w3id.org/newsgraph/id/actor/"),
    ("ngp", "https://w3id.org/newsgraph/id/place/"),
    ("sem", SEM),
    ("prov", PROV),
    ("skos", SKOS),
    ("schema", SCHEMA),
    ("oa", OA),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("sh", "http://www.w3.org/ns/shacl#"),
];

pub fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}
pub fn ng(local: &str) -> NamedNode {
    nn(&format!("{NS}{local}"))
}
pub fn ontology_graph() -> NamedNode {
    nn(&format!("{GRAPH_BASE}ontology"))
}
pub fn tenures_graph() -> NamedNode {
    nn(&format!("{GRAPH_BASE}tenures"))
}
pub fn article_graph(hash: &str) -> NamedNode {
    nn(&format!("{GRAPH_BASE}article/{}", &hash[..16.min(hash.len())]))
}
pub fn article_iri(hash: &str) -> NamedNode {
    nn(&format!("{ID}article/{}", &hash[..16.min(hash.len())]))
}
pub fn date_lit(d: NaiveDate) -> Literal {
    Literal::new_typed_literal(d.format("%Y-%m-%d").to_string(), xsd::DATE)
}
pub fn int_lit(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}
pub fn bool_lit(b: bool) -> Literal {
    Literal::new_typed_literal(if b { "true" } else { "false" }, xsd::BOOLEAN)
}

/// Collects quads of one graph.
pub struct GraphWriter {
    pub graph: GraphName,
    pub quads: Vec<Quad>,
}

impl GraphWriter {
    pub fn new(graph: NamedNode) -> Self {
        GraphWriter {
            graph: graph.into(),
            quads: Vec::new(),
        }
    }
    pub fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(s.clone()),
            p,
            o.into(),
            self.graph.clone(),
        ));
    }
    pub fn str(&mut self, s: &NamedNode, p: NamedNode, v: &str) {
        self.add(s, p, Literal::new_simple_literal(v));
    }
}

/// The quads of one article: metadata, evidence sentences, claims, and the
/// actors and places the extractor discovered outside the gazetteer.
pub fn article_quads(a: &Article, anchor: Option<(NaiveDate, &str)>, claims: &[Claim], source_path: &str) -> Vec<Quad> {
    let mut w = GraphWriter::new(article_graph(&a.hash));
    let art = article_iri(&a.hash);
    let short = &a.hash[..16.min(a.hash.len())];
    w.add(&art, rdf::TYPE.into(), ng("Article"));
    w.str(&art, nn(&format!("{SCHEMA}headline")), &a.title);
    if let Some(p) = &a.publisher {
        w.str(&art, nn(&format!("{SCHEMA}publisher")), p);
    }
    if let Some(u) = &a.url {
        w.str(&art, nn(&format!("{SCHEMA}url")), u);
    }
    if let Some((d, src)) = anchor {
        w.add(&art, nn(&format!("{SCHEMA}datePublished")), date_lit(d));
        w.str(&art, ng("dateSource"), src);
    } else {
        w.str(&art, ng("dateSource"), "none");
    }
    w.str(&art, ng("contentHash"), &a.hash);
    w.str(&art, ng("sourceName"), &a.doc);
    w.str(&art, ng("sourcePath"), source_path);
    let mut discovered: BTreeSet<(String, String, bool)> = BTreeSet::new();
    let mut evidence_done = BTreeSet::new();
    for (n, c) in claims.iter().enumerate() {
        let ev = nn(&format!("{ID}evidence/{short}-{}-{}", c.evidence.start, c.evidence.end));
        if evidence_done.insert(ev.clone()) {
            w.add(&ev, rdf::TYPE.into(), ng("Evidence"));
            w.add(&ev, rdf::TYPE.into(), nn(&format!("{OA}TextQuoteSelector")));
            w.add(&ev, rdf::TYPE.into(), nn(&format!("{OA}TextPositionSelector")));
            w.str(&ev, nn(&format!("{OA}exact")), &c.evidence.text);
            w.add(&ev, nn(&format!("{OA}start")), int_lit(c.evidence.start));
            w.add(&ev, nn(&format!("{OA}end")), int_lit(c.evidence.end));
            w.add(&ev, nn(&format!("{PROV}wasQuotedFrom")), art.clone());
        }
        let cl = nn(&format!("{ID}claim/{short}-{n}"));
        w.add(&cl, rdf::TYPE.into(), ng("ControlClaim"));
        w.add(&cl, ng("claimKind"), ng(c.kind.iri_name()));
        w.add(&cl, ng("actor"), nn(&c.actor.iri));
        w.add(&cl, ng("place"), nn(&c.place.iri));
        if let Some(f) = &c.from_actor {
            w.add(&cl, ng("fromActor"), nn(&f.iri));
        }
        w.add(&cl, ng("status"), ng(c.status.iri_name()));
        w.add(&cl, ng("partial"), bool_lit(c.partial));
        w.add(
            &cl,
            ng("confidence"),
            Literal::new_typed_literal(format!("{:.2}", c.confidence), xsd::DECIMAL),
        );
        w.add(&cl, ng("evidence"), ev);
        w.add(&cl, nn(&format!("{PROV}wasDerivedFrom")), art.clone());
        w.str(&cl, ng("pattern"), &c.pattern);
        if c.regained {
            w.add(&cl, ng("regained"), bool_lit(true));
        }
        if let Some(t) = &c.time {
            w.str(&cl, ng("timeText"), &t.text);
            w.add(
                &cl,
                nn(&format!("{SEM}hasEarliestBeginTimeStamp")),
                date_lit(t.earliest),
            );
            w.add(&cl, nn(&format!("{SEM}hasLatestEndTimeStamp")), date_lit(t.latest));
            w.add(&cl, ng("timePrecision"), ng(t.precision.iri_name()));
        }
        for (e, is_place) in [(&c.actor, false), (&c.place, true)]
            .into_iter()
            .chain(c.from_actor.iter().map(|f| (f, false)))
        {
            if e.discovered {
                discovered.insert((e.iri.clone(), e.label.clone(), is_place));
            }
        }
    }
    for (iri, label, is_place) in discovered {
        let s = nn(&iri);
        w.add(&s, rdf::TYPE.into(), ng(if is_place { "Place" } else { "Actor" }));
        w.str(&s, nn(&format!("{SKOS}prefLabel")), &label);
        w.add(&s, ng("discovered"), bool_lit(true));
    }
    w.quads
}

/// The quads of the tenures graph: changes, tenures and conflicts. Claims are
/// referred to by IRI (`claims[i]` is the IRI of row `i`).
pub fn tenure_quads(c: &crate::consolidate::Consolidated, claims: &[String]) -> Vec<Quad> {
    use crate::consolidate::Window;
    let mut w = GraphWriter::new(tenures_graph());
    let key = |place: &str| crate::article::content_hash(place)[..12].to_string();
    let bounds = |w: &mut GraphWriter, s: &NamedNode, win: &Window, begin: bool| {
        let (e, l) = if begin {
            ("hasEarliestBeginTimeStamp", "hasLatestBeginTimeStamp")
        } else {
            ("hasEarliestEndTimeStamp", "hasLatestEndTimeStamp")
        };
        w.add(s, nn(&format!("{SEM}{e}")), date_lit(win.earliest));
        w.add(s, nn(&format!("{SEM}{l}")), date_lit(win.latest));
    };
    let mut change_iris = Vec::new();
    let mut counter: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for ch in &c.changes {
        let k = key(&ch.place);
        let n = counter.entry(format!("c{k}")).or_insert(0);
        let s = nn(&format!("{ID}change/{k}-{n}"));
        *n += 1;
        w.add(&s, rdf::TYPE.into(), ng("ControlChange"));
        w.add(&s, ng("place"), nn(&ch.place));
        w.add(&s, ng("toActor"), nn(&ch.gainer));
        if let Some(l) = ch.losers.iter().find(|l| **l != ch.gainer) {
            w.add(&s, ng("fromActor"), nn(l));
        }
        w.add(
            &s,
            nn(&format!("{SEM}hasEarliestBeginTimeStamp")),
            date_lit(ch.window.earliest),
        );
        w.add(
            &s,
            nn(&format!("{SEM}hasLatestEndTimeStamp")),
            date_lit(ch.window.latest),
        );
        for &i in &ch.claims {
            w.add(&s, ng("supportedBy"), nn(&claims[i]));
        }
        w.add(&s, ng("articleCount"), int_lit(ch.articles.len()));
        change_iris.push(s);
    }
    for t in &c.tenures {
        let k = key(&t.place);
        let n = counter.entry(format!("t{k}")).or_insert(0);
        let s = nn(&format!("{ID}tenure/{k}-{n}"));
        w.add(&s, rdf::TYPE.into(), ng("Tenure"));
        w.add(&s, ng("ordinal"), int_lit(*n));
        *n += 1;
        w.add(&s, ng("actor"), nn(&t.actor));
        w.add(&s, ng("place"), nn(&t.place));
        if let Some(b) = &t.begin {
            bounds(&mut w, &s, b, true);
        }
        if let Some(e) = &t.end {
            bounds(&mut w, &s, e, false);
        }
        w.add(&s, ng("openEnded"), bool_lit(t.open()));
        if let Some(d) = t.newest_evidence {
            w.add(&s, ng("newestEvidence"), date_lit(d));
        }
        if let Some(d) = t.first_evidence {
            w.add(&s, ng("firstEvidence"), date_lit(d));
        }
        w.add(&s, ng("implied"), bool_lit(t.implied));
        for &i in &t.claims {
            w.add(&s, ng("supportedBy"), nn(&claims[i]));
        }
        w.add(&s, ng("articleCount"), int_lit(t.articles.len()));
    }
    for (n, cf) in c.conflicts.iter().enumerate() {
        let s = nn(&format!("{ID}conflict/{}-{n}", key(&cf.place)));
        w.add(&s, rdf::TYPE.into(), ng("SourceConflict"));
        w.add(&s, ng("place"), nn(&cf.place));
        w.add(&s, ng("about"), change_iris[cf.change].clone());
        for &i in cf.claims.iter().chain(c.changes[cf.change].claims.iter().take(3)) {
            w.add(&s, ng("conflictingClaim"), nn(&claims[i]));
        }
        w.str(&s, nn("http://www.w3.org/2000/01/rdf-schema#comment"), &cf.comment);
    }
    w.quads
}
