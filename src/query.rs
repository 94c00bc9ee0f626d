//! Canned queries: the `.rq` files of `queries/`, compiled into the binary.
//! Each opens with comment lines `# name:`, `# about:`, `# param: NAME TYPE
//! (doc)` (a `?` after NAME makes it optional) and `# returns:`. Parameters
//! are parsed as typed RDF terms and inlined as a `VALUES` block after the
//! first `WHERE {`: user text is always a quoted, escaped literal, never
//! SPARQL syntax. A string parameter `X` also binds `?XKey`, its lower-cased
//! form, which queries match against `ng:labelKey` (an index lookup: bound
//! here rather than with BIND in the query, who-held takes 0.01 s instead of
//! 3.8 s on a store of 100,000 articles).

use oxigraph::model::vocab::xsd;
use oxigraph::model::{Literal, Term};

/// Every canned query, in `queries/` order.
pub const SOURCES: &[&str] = &[
    include_str!("../queries/who-held.rq"),
    include_str!("../queries/held-by.rq"),
    include_str!("../queries/timeline.rq"),
    include_str!("../queries/changes.rq"),
    include_str!("../queries/evidence.rq"),
    include_str!("../queries/conflicts.rq"),
    include_str!("../queries/places.rq"),
    include_str!("../queries/actors.rq"),
    include_str!("../queries/articles.rq"),
    include_str!("../queries/stats.rq"),
];

/// Queries the commands use internally (names start with `_`).
pub const INTERNAL: &[&str] = &[
    include_str!("../queries/_tenure-evidence.rq"),
    include_str!("../queries/_place-range.rq"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    String,
    Date,
    Iri,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: ParamType,
    pub optional: bool,
    pub doc: String,
}

#[derive(Debug, Clone)]
pub struct Canned {
    pub name: String,
    pub about: String,
    pub params: Vec<Param>,
    pub returns: String,
    pub text: &'static str,
}

fn header(text: &str, key: &str) -> Vec<String> {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| {
            l.trim_start_matches('#')
                .trim()
                .strip_prefix(key)
                .map(|v| v.trim().to_string())
        })
        .collect()
}

/// Parses a query's header.
pub fn parse(text: &'static str) -> Result<Canned, String> {
    let name = header(text, "name:")
        .into_iter()
        .next()
        .ok_or("a canned query needs a `# name:` line")?;
    let name = name.split_whitespace().next().unwrap_or_default().to_string();
    let mut params = Vec::new();
    for p in header(text, "param:") {
        let mut it = p.splitn(3, ' ');
        let raw = it.next().unwrap_or_default();
        let ty = match it.next().unwrap_or_default() {
            "string" => ParamType::String,
            "date" => ParamType::Date,
            "iri" => ParamType::Iri,
            other => return Err(format!("query {name}: parameter {raw} has unknown type {other:?}")),
        };
        let optional = raw.ends_with('?');
        params.push(Param {
            name: raw.trim_end_matches('?').to_string(),
            ty,
            optional,
            doc: it
                .next()
                .unwrap_or_default()
                .trim_matches(|c| c == '(' || c == ')')
                .to_string(),
        });
    }
    Ok(Canned {
        name,
        about: header(text, "about:").join(" "),
        params,
        returns: header(text, "returns:").join(" "),
        text,
    })
}

/// All canned queries.
pub fn all() -> Vec<Canned> {
    SOURCES
        .iter()
        .map(|t| parse(t).expect("built-in query headers are valid"))
        .collect()
}

pub fn find(name: &str) -> Result<Canned, String> {
    let internal = INTERNAL
        .iter()
        .map(|t| parse(t).expect("built-in query headers are valid"));
    all()
        .into_iter()
        .chain(internal)
        .find(|c| c.name == name)
        .ok_or_else(|| {
            let names: Vec<String> = all().into_iter().map(|c| c.name).collect();
            format!("no canned query named {name:?}; there are: {}", names.join(", "))
        })
}

/// The typed RDF term for one parameter value.
pub fn term(p: &Param, value: &str) -> Result<Term, String> {
    match p.ty {
        ParamType::String => Ok(Literal::new_simple_literal(value).into()),
        ParamType::Date => crate::article::parse_iso_date(value)
            .map(|d| Literal::new_typed_literal(d.format("%Y-%m-%d").to_string(), xsd::DATE).into())
            .ok_or_else(|| format!("parameter {}: {value:?} is not a date (expected YYYY-MM-DD)", p.name)),
        ParamType::Iri => oxigraph::model::NamedNode::new(value)
            .map(Term::from)
            .map_err(|e| format!("parameter {}: {value:?} is not an IRI: {e}", p.name)),
    }
}

/// The query text with `key=value` arguments inlined as a VALUES block.
pub fn bind(c: &Canned, args: &[(String, String)]) -> Result<String, String> {
    for (k, _) in args {
        if !c.params.iter().any(|p| &p.name == k) {
            let known: Vec<&str> = c.params.iter().map(|p| p.name.as_str()).collect();
            return Err(format!(
                "query {} has no parameter {k:?} (it takes: {})",
                c.name,
                if known.is_empty() {
                    "none".into()
                } else {
                    known.join(", ")
                }
            ));
        }
    }
    if c.params.is_empty() {
        return Ok(c.text.to_string());
    }
    let mut vars = Vec::new();
    let mut values = Vec::new();
    for p in &c.params {
        vars.push(format!("?{}", p.name));
        let given = args.iter().rev().find(|(k, _)| k == &p.name).map(|(_, v)| v);
        match given {
            Some(v) => values.push(term(p, v)?.to_string()),
            None if p.optional => values.push("UNDEF".into()),
            None => return Err(format!("query {} needs {}=… ({})", c.name, p.name, p.doc)),
        }
        if p.ty == ParamType::String {
            vars.push(format!("?{}Key", p.name));
            values.push(match given {
                Some(v) => Literal::new_simple_literal(v.to_lowercase()).to_string(),
                None => "UNDEF".into(),
            });
        }
    }
    let block = format!("\n  VALUES ({}) {{ ({}) }}\n", vars.join(" "), values.join(" "));
    let at = c
        .text
        .find("WHERE {")
        .ok_or_else(|| format!("query {} has no `WHERE {{`", c.name))?
        + "WHERE {".len();
    Ok(format!("{}{}{}", &c.text[..at], block, &c.text[at..]))
}

/// Splits `key=value` command-line arguments.
pub fn parse_args(raw: &[String]) -> Result<Vec<(String, String)>, String> {
    raw.iter()
        .map(|a| {
            a.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .ok_or_else(|| format!("{a:?} is not key=value"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_has_a_header_and_parses_as_sparql_once_bound() {
        let internal = INTERNAL.iter().map(|t| parse(t).unwrap());
        for c in all().into_iter().chain(internal) {
            assert!(!c.about.is_empty() && !c.returns.is_empty(), "{}", c.name);
            let args: Vec<(String, String)> = c
                .params
                .iter()
                .map(|p| {
                    let v = match p.ty {
                        ParamType::Date => "2016-06-01",
                        ParamType::Iri => "https://example.org/x",
                        ParamType::String => "x",
                    };
                    (p.name.clone(), v.to_string())
                })
                .collect();
            let q = bind(&c, &args).unwrap();
            let parsed = oxigraph::sparql::SparqlEvaluator::new().parse_query(&q);
            assert!(parsed.is_ok(), "{}: {:?}", c.name, parsed.err());
        }
    }

    #[test]
    fn values_are_escaped_literals() {
        let c = find("who-held").unwrap();
        let q = bind(
            &c,
            &[
                ("place".into(), "Old Town\" } ; DROP ALL ; #".into()),
                ("date".into(), "2016-06-01".into()),
            ],
        )
        .unwrap();
        assert!(
            q.contains(r#"("Old Town\" } ; DROP ALL ; #" "old town\" } ; drop all ; #" "2016-06-01"^^<http://www.w3.org/2001/XMLSchema#date>)"#),
            "{q}"
        );
        assert!(
            bind(&c, &[("place".into(), "X".into()), ("date".into(), "June 1".into())])
                .unwrap_err()
                .contains("not a date")
        );
        assert!(bind(&c, &[("place".into(), "X".into())])
            .unwrap_err()
            .contains("needs date"));
        assert!(bind(&c, &[("nope".into(), "X".into())])
            .unwrap_err()
            .contains("no parameter"));
    }
}
