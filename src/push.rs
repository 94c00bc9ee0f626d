//! Publishing: sends named graphs of the store to a SPARQL 1.1 Graph Store
//! HTTP Protocol endpoint (Virtuoso's `/sparql-graph-crud-auth`, Fuseki's
//! `/ds/data`, GraphDB's `/repositories/R/rdf-graphs/service`, ...).
//!
//! Each named graph goes in its own `PUT ?graph=IRI` request with an
//! N-Triples body, so a push replaces what the endpoint held for that graph
//! and pushing twice leaves the endpoint as pushing once. Authentication is
//! none, HTTP Basic, HTTP Digest (Virtuoso's default) or a bearer token;
//! with `Auto`, one body-less GET learns what the endpoint asks for, so a
//! password never travels in clear to a Digest endpoint.

use crate::store::{GraphSelection, GraphStore};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedOrBlankNode};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthScheme {
    /// Whatever the endpoint's 401 challenge asks for (or none)
    Auto,
    Basic,
    Digest,
}

#[derive(Debug, Clone)]
pub enum Credentials {
    None,
    User {
        user: String,
        password: String,
        scheme: AuthScheme,
    },
    Bearer(String),
}

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushReport {
    pub graphs: usize,
    pub triples: usize,
    pub bytes: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("{endpoint}: {message}")]
    Http { endpoint: String, message: String },
    #[error("{0}")]
    Store(String),
}

/// The graphs a push sends, in store order.
pub fn graphs(store: &GraphStore, selection: &GraphSelection) -> Result<Vec<GraphName>, PushError> {
    let mut out = Vec::new();
    for g in store.store.named_graphs() {
        let g = g.map_err(|e| PushError::Store(e.to_string()))?;
        let name = match g {
            NamedOrBlankNode::NamedNode(n) => GraphName::NamedNode(n),
            NamedOrBlankNode::BlankNode(_) => continue,
        };
        if selection.includes(&name) {
            out.push(name);
        }
    }
    let default_has_triples = store
        .store
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .next()
        .is_some();
    if default_has_triples && selection.includes(&GraphName::DefaultGraph) {
        out.push(GraphName::DefaultGraph);
    }
    Ok(out)
}

/// One graph as N-Triples, and its number of triples.
pub fn ntriples(store: &GraphStore, graph: &GraphName) -> Result<(Vec<u8>, usize), PushError> {
    let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    let mut n = 0;
    for q in store.store.quads_for_pattern(None, None, None, Some(graph.as_ref())) {
        let q = q.map_err(|e| PushError::Store(e.to_string()))?;
        w.serialize_triple(q.as_ref())
            .map_err(|e| PushError::Store(e.to_string()))?;
        n += 1;
    }
    Ok((w.finish().map_err(|e| PushError::Store(e.to_string()))?, n))
}

/// The request URL for one graph: `?graph=IRI` (or `?default`), appended to
/// any query the endpoint URL already has.
pub fn graph_url(endpoint: &str, graph: &GraphName) -> String {
    let sep = if endpoint.contains('?') { '&' } else { '?' };
    match graph {
        GraphName::NamedNode(n) => format!("{endpoint}{sep}graph={}", percent_encode(n.as_str())),
        _ => format!("{endpoint}{sep}default"),
    }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The path and query of a URL, as Digest authentication signs it.
fn request_uri(url: &str) -> &str {
    let after_scheme = url.find("://").map(|i| i + 3).unwrap_or(0);
    url[after_scheme..]
        .find('/')
        .map(|i| &url[after_scheme + i..])
        .unwrap_or("/")
}

pub struct Pusher {
    agent: ureq::Agent,
    endpoint: String,
    credentials: Credentials,
    /// The Digest challenge once learnt; it counts its own nonce uses.
    digest: Option<digest_auth::WwwAuthenticateHeader>,
    basic: bool,
}

impl Pusher {
    pub fn new(endpoint: &str, credentials: Credentials, timeout: Duration) -> Pusher {
        Pusher {
            agent: ureq::Agent::config_builder()
                .timeout_global(Some(timeout))
                .http_status_as_error(false)
                .build()
                .into(),
            endpoint: endpoint.to_string(),
            credentials,
            digest: None,
            basic: false,
        }
    }

    fn err(&self, message: String) -> PushError {
        PushError::Http {
            endpoint: self.endpoint.clone(),
            message,
        }
    }

    /// Learns the endpoint's authentication scheme with a body-less GET.
    pub fn handshake(&mut self, probe_graph: &GraphName) -> Result<(), PushError> {
        let (user, scheme) = match &self.credentials {
            Credentials::User { user, scheme, .. } => (user.clone(), *scheme),
            _ => return Ok(()),
        };
        match scheme {
            AuthScheme::Basic => {
                self.basic = true;
                return Ok(());
            }
            AuthScheme::Digest | AuthScheme::Auto => {}
        }
        let url = graph_url(&self.endpoint, probe_graph);
        let resp = self
            .agent
            .get(&url)
            .call()
            .map_err(|e| self.err(format!("cannot connect: {e}")))?;
        if resp.status().as_u16() == 401 {
            let challenges = challenges(&resp);
            if let Some(d) = challenges.iter().find(|c| c.to_lowercase().starts_with("digest")) {
                self.digest = Some(
                    digest_auth::parse(d)
                        .map_err(|e| self.err(format!("cannot read the Digest challenge {d:?}: {e}")))?,
                );
            } else if challenges.iter().any(|c| c.to_lowercase().starts_with("basic")) {
                if scheme == AuthScheme::Digest {
                    return Err(self.err("the endpoint asks for Basic authentication, not Digest".into()));
                }
                self.basic = true;
            } else {
                return Err(self.err(format!(
                    "401 without a Basic or Digest challenge (WWW-Authenticate: {challenges:?})"
                )));
            }
        } else {
            // 200, 404 (graph not there yet) and the like: reads are open;
            // send Basic credentials with the writes unless Digest was asked for
            if scheme == AuthScheme::Digest {
                return Err(self.err(format!("no Digest challenge for user {user} on a GET")));
            }
            self.basic = true;
        }
        Ok(())
    }

    fn authorization(&mut self, method: &str, url: &str, body: &[u8]) -> Result<Option<String>, PushError> {
        match &self.credentials {
            Credentials::None => Ok(None),
            Credentials::Bearer(token) => Ok(Some(format!("Bearer {token}"))),
            Credentials::User { user, password, .. } => {
                if let Some(prompt) = self.digest.as_mut() {
                    let ctx = digest_auth::AuthContext::new_with_method(
                        user.as_str(),
                        password.as_str(),
                        request_uri(url),
                        Some(body),
                        digest_auth::HttpMethod(method.to_string().into()),
                    );
                    let answer = prompt.respond(&ctx).map_err(|e| PushError::Http {
                        endpoint: self.endpoint.clone(),
                        message: format!("cannot answer the Digest challenge: {e}"),
                    })?;
                    Ok(Some(answer.to_header_string()))
                } else if self.basic {
                    Ok(Some(format!(
                        "Basic {}",
                        base64(format!("{user}:{password}").as_bytes())
                    )))
                } else {
                    Ok(None)
                }
            }
        }
    }

    /// Replaces one graph at the endpoint with `body` (N-Triples).
    pub fn put(&mut self, graph: &GraphName, body: &[u8]) -> Result<(), PushError> {
        let url = graph_url(&self.endpoint, graph);
        for attempt in 0..2 {
            let mut req = self
                .agent
                .put(&url)
                .header("Content-Type", "application/n-triples; charset=utf-8");
            if let Some(a) = self.authorization("PUT", &url, body)? {
                req = req.header("Authorization", &a);
            }
            let mut resp = req.send(body).map_err(|e| self.err(format!("{graph}: {e}")))?;
            let code = resp.status().as_u16();
            if (200..300).contains(&code) {
                return Ok(());
            }
            if code == 401 && attempt == 0 && self.digest.is_some() {
                // a stale Digest nonce: take the fresh challenge and retry once
                let fresh = challenges(&resp)
                    .into_iter()
                    .find(|c| c.to_lowercase().starts_with("digest"))
                    .and_then(|c| digest_auth::parse(&c).ok());
                if let Some(p) = fresh.filter(|p| p.stale) {
                    self.digest = Some(p);
                    continue;
                }
            }
            let text = resp
                .body_mut()
                .with_config()
                .limit(600)
                .read_to_string()
                .unwrap_or_default();
            let hint = if code == 401 || code == 403 {
                " (check --user, the password and the user's write permission)"
            } else {
                ""
            };
            return Err(self.err(format!("{graph}: HTTP {code}{hint}: {}", text.trim())));
        }
        Err(self.err(format!("{graph}: 401 Unauthorized")))
    }
}

fn challenges(resp: &ureq::http::Response<ureq::Body>) -> Vec<String> {
    resp.headers()
        .get_all("www-authenticate")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.trim().to_string())
        .collect()
}

/// Standard base64 (RFC 4648) for a Basic credential.
fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNode;

    #[test]
    fn basic_credentials_are_rfc4648_base64() {
        assert_eq!(base64(b"Aladdin:open sesame"), "QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert_eq!(base64(b"dba:dba"), "ZGJhOmRiYQ==");
        assert_eq!(base64(b"a"), "YQ==");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn graph_urls_encode_the_iri_and_keep_an_existing_query() {
        let g = GraphName::NamedNode(NamedNode::new("https://w3id.org/newsgraph/graph/tenures").unwrap());
        assert_eq!(
            graph_url("http://h:8890/sparql-graph-crud-auth", &g),
            "http://h:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fgraph%2Ftenures"
        );
        assert!(graph_url("http://h/ds/data?x=1", &g).starts_with("http://h/ds/data?x=1&graph=https%3A"));
        assert_eq!(
            graph_url("http://h/data", &GraphName::DefaultGraph),
            "http://h/data?default"
        );
        assert_eq!(request_uri("http://h:8890/a/b?graph=x"), "/a/b?graph=x");
        assert_eq!(request_uri("http://h:8890"), "/");
    }
}
