//! The main jobs as library calls: read and extract a corpus (in parallel),
//! and ingest it into a store. The binary only parses arguments and prints.

use crate::article::{read_articles, Article, Manifest};
use crate::diag::Diagnostic;
use crate::extract::{extract_article, ArticleExtraction};
use crate::gazetteer::{parse_turtle, Gazetteer, GAZETTEER_TTL, SCHEMA_TTL};
use crate::rdf;
use crate::store::{GraphStore, Outcome, StoreError};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Inputs shared by `ingest`, `extract` and `eval`.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub paths: Vec<PathBuf>,
    pub manifest: Option<PathBuf>,
    pub gazetteers: Vec<PathBuf>,
}

pub struct Loaded {
    pub gazetteer: Gazetteer,
    /// Extra gazetteer documents as (name, Turtle text).
    pub extra: Vec<(String, String)>,
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads gazetteers, manifest and articles. A bad extra gazetteer is an error
/// (nothing sensible can be extracted with half a gazetteer).
pub fn load(inputs: &Inputs) -> Result<Loaded, String> {
    let mut extra = Vec::new();
    for g in &inputs.gazetteers {
        let text = std::fs::read_to_string(g).map_err(|e| format!("{}: cannot read gazetteer: {e}", g.display()))?;
        extra.push((g.display().to_string(), text));
    }
    let gazetteer = Gazetteer::load(&extra)?;
    let mut diagnostics = Vec::new();
    let manifest = inputs.manifest.as_ref().map(|m| {
        let (m, d) = Manifest::read(m);
        diagnostics.extend(d);
        m
    });
    let (articles, d) = read_articles(&inputs.paths, manifest.as_ref());
    diagnostics.extend(d);
    Ok(Loaded {
        gazetteer,
        extra,
        articles,
        diagnostics,
    })
}

/// Extracts every article in parallel; results keep the input order.
pub fn extract_all(g: &Gazetteer, articles: &[Article], progress: &(dyn Fn() + Sync)) -> Vec<ArticleExtraction> {
    articles
        .par_iter()
        .map(|a| {
            let r = extract_article(g, a);
            progress();
            r
        })
        .collect()
}

/// The quads of the ontology graph: schema plus built-in and extra gazetteers.
pub fn ontology_quads(extra: &[(String, String)]) -> Result<Vec<oxigraph::model::Quad>, String> {
    let graph = rdf::ontology_graph();
    let mut out = Vec::new();
    let mut docs = vec![
        ("ontology/newsgraph.ttl".to_string(), SCHEMA_TTL.to_string()),
        ("ontology/gazetteer.ttl".to_string(), GAZETTEER_TTL.to_string()),
    ];
    docs.extend(extra.iter().cloned());
    // blank nodes get random labels when parsed: replace them with IRIs
    // numbered in document order, so the same ontology gives the same bytes
    use oxigraph::model::{NamedOrBlankNode, Term};
    let mut skolem: std::collections::HashMap<String, oxigraph::model::NamedNode> = std::collections::HashMap::new();
    let mut sk = |id: &str| {
        let n = skolem.len();
        skolem
            .entry(id.to_string())
            .or_insert_with(|| rdf::nn(&format!("{}ontology/genid/{n}", rdf::GRAPH_BASE)))
            .clone()
    };
    for (name, text) in docs {
        for q in parse_turtle(&name, &text)? {
            let subject = match q.subject {
                NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::NamedNode(sk(b.as_str())),
                s => s,
            };
            let object = match q.object {
                Term::BlankNode(b) => Term::NamedNode(sk(b.as_str())),
                o => o,
            };
            out.push(oxigraph::model::Quad::new(subject, q.predicate, object, graph.clone()));
        }
    }
    Ok(out)
}

#[derive(Debug, Default, Clone)]
pub struct IngestSummary {
    pub new: usize,
    pub unchanged: usize,
    pub replaced: usize,
    pub failed: usize,
    pub claims: usize,
    pub warnings: usize,
}

/// Where an article came from, as an identity that survives renames of the
/// working directory: the absolute path (plus record id for JSON Lines).
pub fn source_path(a: &Article) -> String {
    let (file, rest) = match a.origin.rsplit_once(':') {
        Some((f, line)) if line.chars().all(|c| c.is_ascii_digit()) => (f.to_string(), format!("#{}", a.doc)),
        _ => (a.origin.clone(), String::new()),
    };
    let abs = std::fs::canonicalize(&file)
        .map(|p| p.display().to_string())
        .unwrap_or(file);
    format!("{abs}{rest}")
}

/// Ingests loaded articles into `store`: ontology graph first, then one
/// transaction per article.
pub fn ingest(
    store: &GraphStore,
    loaded: &Loaded,
    extractions: &[ArticleExtraction],
    on_article: &dyn Fn(),
) -> Result<(IngestSummary, Vec<Diagnostic>), StoreError> {
    let mut summary = IngestSummary::default();
    let mut diags = Vec::new();
    let onto = ontology_quads(&loaded.extra).map_err(|message| StoreError::Other {
        path: store.path.clone(),
        message,
    })?;
    store.replace_graph(&rdf::ontology_graph(), &onto)?;
    for (a, x) in loaded.articles.iter().zip(extractions) {
        let path = source_path(a);
        let quads = rdf::article_quads(a, x.anchor, &x.claims, &path);
        match store.put_article(&a.hash, &path, &quads)? {
            Outcome::New => summary.new += 1,
            Outcome::Unchanged => summary.unchanged += 1,
            Outcome::Replaced => summary.replaced += 1,
        }
        summary.claims += x.claims.len();
        diags.extend(x.diagnostics.iter().cloned());
        on_article();
    }
    summary.warnings = diags.len();
    consolidate_store(store)?;
    store.flush()?;
    Ok((summary, diags))
}

/// Rebuilds the tenures graph from every article's asserted claims.
pub fn consolidate_store(store: &GraphStore) -> Result<crate::consolidate::Consolidated, StoreError> {
    use crate::consolidate::{consolidate, ClaimRow};
    use crate::model::Kind;
    use oxigraph::model::Term;
    use oxigraph::sparql::QueryResults;
    let err = |message: String| StoreError::Other {
        path: store.path.clone(),
        message,
    };
    let QueryResults::Solutions(sols) = store
        .query(include_str!("../queries/_claims-for-consolidation.rq"))
        .map_err(err)?
    else {
        return Err(err("consolidation query returned no solutions".into()));
    };
    let iri = |t: Option<&Term>| match t {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
        _ => None,
    };
    let lit = |t: Option<&Term>| match t {
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        _ => None,
    };
    let date = |t: Option<&Term>| lit(t).and_then(|v| crate::article::parse_iso_date(&v));
    let mut rows = Vec::new();
    let mut iris = Vec::new();
    for s in sols {
        let s = s.map_err(|e| err(e.to_string()))?;
        let kind = match iri(s.get("kind"))
            .as_deref()
            .and_then(|k| k.rsplit('#').next().map(str::to_string))
            .as_deref()
        {
            Some("Captured") => Kind::Captured,
            Some("Lost") => Kind::Lost,
            Some("Withdrew") => Kind::Withdrew,
            Some("Entered") => Kind::Entered,
            Some("Held") => Kind::Held,
            _ => continue,
        };
        let (Some(c), Some(actor), Some(place), Some(article)) = (
            iri(s.get("c")),
            iri(s.get("actor")),
            iri(s.get("place")),
            iri(s.get("art")),
        ) else {
            continue;
        };
        iris.push(c.clone());
        rows.push(ClaimRow {
            iri: c,
            kind,
            actor,
            place,
            from_actor: iri(s.get("from")),
            earliest: date(s.get("e")),
            latest: date(s.get("l")),
            partial: lit(s.get("partial")).as_deref() == Some("true"),
            regained: lit(s.get("regained")).as_deref() == Some("true"),
            article,
            published: date(s.get("pub")),
        });
    }
    let c = consolidate(&rows);
    let mut quads = rdf::tenure_quads(&c, &iris);
    // names, lower-cased, so canned queries find entities by any label through an index
    let QueryResults::Solutions(labels) = store.query(include_str!("../queries/_entity-labels.rq")).map_err(err)?
    else {
        return Err(err("label query returned no solutions".into()));
    };
    let mut keys = std::collections::BTreeSet::new();
    let mut pref: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for s in labels {
        let s = s.map_err(|e| err(e.to_string()))?;
        if let (Some(e), Some(l)) = (iri(s.get("e")), lit(s.get("l"))) {
            if lit(s.get("pref")).as_deref() == Some("true") {
                // one display label per entity: the smallest, so it is stable
                let slot = pref.entry(e.clone()).or_insert_with(|| l.clone());
                if l < *slot {
                    *slot = l.clone();
                }
            }
            keys.insert((e, l.to_lowercase()));
        }
    }
    for (e, l) in pref {
        quads.push(oxigraph::model::Quad::new(
            rdf::nn(&e),
            oxigraph::model::NamedNode::new_unchecked(format!("{}prefLabel", rdf::SKOS)),
            oxigraph::model::Literal::new_simple_literal(l),
            rdf::tenures_graph(),
        ));
    }
    for (e, k) in keys {
        quads.push(oxigraph::model::Quad::new(
            rdf::nn(&e),
            rdf::ng("labelKey"),
            oxigraph::model::Literal::new_simple_literal(k),
            rdf::tenures_graph(),
        ));
    }
    store.replace_graph(&rdf::tenures_graph(), &quads)?;
    Ok(c)
}

/// Default store location: `$NEWSGRAPH_STORE`, else `./newsgraph-store`.
pub fn default_store() -> PathBuf {
    std::env::var_os("NEWSGRAPH_STORE")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new("newsgraph-store").to_path_buf())
}
