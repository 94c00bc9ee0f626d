//! The store: Oxigraph's on-disk RocksDB store with one named graph per
//! article, one for ontology and gazetteer, one for consolidated tenures.
//! Every article is written in one transaction, so an interrupted ingest
//! never leaves half an article. Only this module opens the Oxigraph `Store`.

use crate::rdf::{self, PREFIXES};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the store at {0} is in use by another newsgraph process (one writer at a time); wait for it to finish or use another --store")]
    Locked(PathBuf),
    #[error("no store at {0}: run `newsgraph ingest` first or pass --store")]
    Missing(PathBuf),
    #[error("store at {path}: {message}")]
    Other { path: PathBuf, message: String },
}

pub struct GraphStore {
    pub store: Store,
    pub path: PathBuf,
}

/// What ingesting an article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    New,
    Unchanged,
    Replaced,
}

impl GraphStore {
    fn map_err(path: &Path, e: impl std::fmt::Display) -> StoreError {
        let message = e.to_string();
        if message.to_lowercase().contains("lock") {
            StoreError::Locked(path.to_path_buf())
        } else {
            StoreError::Other {
                path: path.to_path_buf(),
                message,
            }
        }
    }

    /// Opens (creating if needed) the store for writing.
    pub fn open(path: &Path) -> Result<GraphStore, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::Other {
                path: path.to_path_buf(),
                message: format!("cannot create {}: {e}", parent.display()),
            })?;
        }
        let store = Store::open(path).map_err(|e| Self::map_err(path, e))?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store for reading; works beside a running writer.
    pub fn open_read_only(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let store = Store::open_read_only(path).map_err(|e| Self::map_err(path, e))?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
        })
    }

    /// An in-memory store (tests, `extract`).
    pub fn in_memory() -> GraphStore {
        GraphStore {
            store: Store::new().expect("in-memory store"),
            path: PathBuf::from(":memory:"),
        }
    }

    fn err(&self, e: impl std::fmt::Display) -> StoreError {
        Self::map_err(&self.path, e)
    }

    /// The fingerprint quad of a graph: a hash of the quads we generated for
    /// it, so "unchanged" does not depend on how the store normalises literals.
    fn fingerprint(graph: &NamedNode, quads: &[Quad]) -> Quad {
        let mut lines: Vec<String> = quads.iter().map(|q| q.to_string()).collect();
        lines.sort();
        lines.dedup();
        let fp = crate::article::content_hash(&lines.join("\n"));
        Quad::new(
            graph.clone(),
            rdf::ng("fingerprint"),
            Literal::new_simple_literal(fp),
            graph.clone(),
        )
    }

    fn has(&self, q: &Quad) -> Result<bool, StoreError> {
        self.store.contains(q).map_err(|e| self.err(e))
    }

    /// Replaces a whole named graph with `quads` unless it already holds
    /// exactly them; one transaction. Returns whether it wrote.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<bool, StoreError> {
        let fp = Self::fingerprint(graph, quads);
        if self.has(&fp)? {
            return Ok(false);
        }
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))
            .map_err(|e| self.err(e))?;
        for q in quads {
            tx.insert(q);
        }
        tx.insert(&fp);
        tx.commit().map_err(|e| self.err(e))?;
        Ok(true)
    }

    /// Stores one article's graph. Unchanged content changes nothing; a new
    /// version of a file replaces the graph of its old version.
    pub fn put_article(&self, hash: &str, source_path: &str, quads: &[Quad]) -> Result<Outcome, StoreError> {
        let graph = rdf::article_graph(hash);
        let exists = self
            .store
            .contains_named_graph(graph.as_ref())
            .map_err(|e| self.err(e))?;
        let path_lit = Term::Literal(Literal::new_simple_literal(source_path));
        let mut old_graphs = Vec::new();
        for q in self.store.quads_for_pattern(
            None,
            Some(rdf::ng("sourcePath").as_ref()),
            Some(path_lit.as_ref()),
            None,
        ) {
            let q = q.map_err(|e| self.err(e))?;
            if let oxigraph::model::GraphName::NamedNode(g) = q.graph_name {
                if g != graph {
                    old_graphs.push(g);
                }
            }
        }
        if exists && old_graphs.is_empty() {
            // same content: rewrite only if the extraction itself changed
            return Ok(if self.replace_graph(&graph, quads)? {
                Outcome::Replaced
            } else {
                Outcome::Unchanged
            });
        }
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        for g in &old_graphs {
            tx.remove_named_graph(NamedOrBlankNode::from(g.clone()).as_ref())
                .map_err(|e| self.err(e))?;
        }
        tx.insert_named_graph(NamedOrBlankNode::from(graph.clone()).as_ref());
        for q in quads {
            tx.insert(q);
        }
        tx.insert(&Self::fingerprint(&graph, quads));
        tx.commit().map_err(|e| self.err(e))?;
        Ok(if old_graphs.is_empty() {
            Outcome::New
        } else {
            Outcome::Replaced
        })
    }

    /// Writes memory tables to disk so the next open need not replay the log.
    pub fn flush(&self) -> Result<(), StoreError> {
        if self.path.as_os_str() == ":memory:" {
            return Ok(());
        }
        self.store.flush().map_err(|e| self.err(e))
    }

    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| self.err(e))
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Runs a SPARQL query.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, String> {
        let q = SparqlEvaluator::new()
            .parse_query(sparql)
            .map_err(|e| format!("bad SPARQL query: {e}"))?;
        q.on_store(&self.store)
            .execute()
            .map_err(|e| format!("query failed: {e}"))
    }

    /// All quads of the selected graphs, in the store's (deterministic) order.
    pub fn quads(&self, graphs: &GraphSelection) -> Result<Vec<Quad>, StoreError> {
        let mut out = Vec::new();
        for q in self.store.iter() {
            let q = q.map_err(|e| self.err(e))?;
            if graphs.includes(&q.graph_name) {
                out.push(q);
            }
        }
        Ok(out)
    }

    /// Writes the selected graphs in `format`, streaming.
    pub fn export<W: Write>(&self, format: RdfFormat, graphs: &GraphSelection, writer: W) -> Result<W, String> {
        let mut ser = RdfSerializer::from_format(format);
        if matches!(format, RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::RdfXml) {
            for (p, iri) in PREFIXES {
                ser = ser.with_prefix(*p, *iri).map_err(|e| e.to_string())?;
            }
        }
        let mut w = ser.for_writer(writer);
        for q in self.store.iter() {
            let q = q.map_err(|e| e.to_string())?;
            if !graphs.includes(&q.graph_name) {
                continue;
            }
            if format.supports_datasets() {
                w.serialize_quad(&q).map_err(|e| e.to_string())?;
            } else {
                w.serialize_triple(q.as_ref()).map_err(|e| e.to_string())?;
            }
        }
        w.finish().map_err(|e| e.to_string())
    }
}

/// Which layers of the graph an export or query covers.
#[derive(Debug, Clone)]
pub enum GraphSelection {
    All,
    Articles,
    Tenures,
    Ontology,
    Named(String),
}

impl GraphSelection {
    pub fn parse(s: &str) -> Result<GraphSelection, String> {
        Ok(match s {
            "all" => GraphSelection::All,
            "articles" => GraphSelection::Articles,
            "tenures" => GraphSelection::Tenures,
            "ontology" => GraphSelection::Ontology,
            iri if iri.contains("://") => GraphSelection::Named(iri.to_string()),
            other => {
                return Err(format!(
                    "unknown graph {other:?}: use all, articles, tenures, ontology or a graph IRI"
                ))
            }
        })
    }
    pub fn includes(&self, g: &oxigraph::model::GraphName) -> bool {
        let iri = match g {
            oxigraph::model::GraphName::NamedNode(n) => n.as_str(),
            _ => "",
        };
        match self {
            GraphSelection::All => true,
            GraphSelection::Articles => iri.starts_with(&format!("{}article/", rdf::GRAPH_BASE)),
            GraphSelection::Tenures => iri == rdf::tenures_graph().as_str(),
            GraphSelection::Ontology => iri == rdf::ontology_graph().as_str(),
            GraphSelection::Named(n) => iri == n,
        }
    }
}
