//! newsgraph: English news articles into a temporal knowledge graph of
//! territorial control (who held which place, from when to when, according
//! to which article and sentence), stored in Oxigraph.
//!
//! Modules in pipeline order: read articles → sentences → gazetteer
//! mentions → time expressions → claims → RDF → store; then evaluation,
//! validation against the SHACL shapes, and pushing to other stores.

pub mod answers;
pub mod article;
pub mod consolidate;
pub mod diag;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod push;
pub mod query;
pub mod rdf;
pub mod sentence;
pub mod store;
pub mod synth;
pub mod time;
pub mod validate;
