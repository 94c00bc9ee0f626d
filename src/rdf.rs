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
