//! Validation: checks a graph against SHACL shapes (by default the bundled
//! `ontology/shapes.ttl`), from Rust, over the union of every named graph.
//!
//! This is a SHACL Core validator for the constraint components the shapes
//! use: targetClass (with rdfs:subClassOf in the data), property shapes with
//! a predicate path, minCount, maxCount, datatype (well-formed lexical form
//! for xsd:boolean, integer, decimal and date), nodeKind, class, in, hasValue,
//! pattern, minLength, maxLength, minInclusive, maxInclusive, lessThan,
//! lessThanOrEquals, disjoint, and the logical not and or. A shape that uses
//! anything else is refused with its name, rather than silently passed. Each
//! result names the focus node, the component and the path, as pyshacl does
//! (the store checks compare the two on a broken graph).

use oxigraph::io::RdfFormat;
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, Term};
use oxigraph::store::Store;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

const SH: &str = "http://www.w3.org/ns/shacl#";

/// The bundled shapes.
pub const SHAPES: &str = include_str!("../ontology/shapes.ttl");

fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    pub focus: String,
    pub path: String,
    pub component: String,
    pub shape: String,
    pub value: String,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub conforms: bool,
    pub focus_nodes: usize,
    pub results: Vec<Violation>,
}

#[derive(Debug, Clone)]
enum Constraint {
    MinCount(usize),
    MaxCount(usize),
    Datatype(NamedNode),
    NodeKind(NamedNode),
    Class(NamedNode),
    In(Vec<Term>),
    HasValue(Term),
    Pattern(regex::Regex),
    MinLength(usize),
    MaxLength(usize),
    MinInclusive(Term),
    MaxInclusive(Term),
    LessThan(NamedNode),
    LessThanOrEquals(NamedNode),
    Disjoint(NamedNode),
    Not(Box<Shape>),
    Or(Vec<Shape>),
    Property(Box<Shape>),
}

#[derive(Debug, Clone)]
struct Shape {
    id: String,
    /// Some for a property shape
    path: Option<NamedNode>,
    label: String,
    constraints: Vec<Constraint>,
}

struct NodeShape {
    shape: Shape,
    target_class: NamedNode,
}

fn term_text(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        _ => t.to_string(),
    }
}

/// Reads the shapes graph.
struct ShapesReader {
    g: Store,
}

impl ShapesReader {
    fn objects(&self, s: &Term, p: &NamedNode) -> Vec<Term> {
        let Some(subject) = as_subject(s) else {
            return Vec::new();
        };
        self.g
            .quads_for_pattern(
                Some(subject.as_ref()),
                Some(p.as_ref()),
                None,
                Some(GraphNameRef::DefaultGraph),
            )
            .filter_map(Result::ok)
            .map(|q| q.object)
            .collect()
    }
    fn one(&self, s: &Term, p: &str) -> Option<Term> {
        self.objects(s, &sh(p)).into_iter().next()
    }
    fn list(&self, head: &Term) -> Vec<Term> {
        let mut out = Vec::new();
        let mut cur = head.clone();
        while cur != Term::from(rdf::NIL.into_owned()) {
            match self.objects(&cur, &rdf::FIRST.into_owned()).into_iter().next() {
                Some(v) => out.push(v),
                None => break,
            }
            match self.objects(&cur, &rdf::REST.into_owned()).into_iter().next() {
                Some(r) => cur = r,
                None => break,
            }
            if out.len() > 10_000 {
                break;
            }
        }
        out
    }

    fn shape(&self, node: &Term, depth: usize) -> Result<Shape, String> {
        if depth > 16 {
            return Err("shapes nest more than 16 levels".into());
        }
        let id = match node {
            Term::NamedNode(n) => n.as_str().to_string(),
            _ => String::new(),
        };
        let path = match self.one(node, "path") {
            None => None,
            Some(Term::NamedNode(n)) => Some(n),
            Some(other) => return Err(format!("shape {id}: only predicate paths are supported, not {other}")),
        };
        let label = self.one(node, "name").map(|t| term_text(&t)).unwrap_or_default();
        let comment = self
            .objects(node, &rdfs::COMMENT.into_owned())
            .first()
            .map(term_text)
            .unwrap_or_default();
        let label = match (label.is_empty(), comment.is_empty()) {
            (false, false) => format!("{label}: {comment}"),
            (true, false) => comment,
            _ => label,
        };
        let mut constraints = Vec::new();
        let Some(subject) = as_subject(node) else {
            return Err(format!("a shape is a literal: {node}"));
        };
        let mut quads: Vec<_> = self
            .g
            .quads_for_pattern(Some(subject.as_ref()), None, None, Some(GraphNameRef::DefaultGraph))
            .filter_map(Result::ok)
            .collect();
        quads.sort_by(|a, b| a.predicate.as_str().cmp(b.predicate.as_str()));
        for q in quads {
            let Some(local) = q.predicate.as_str().strip_prefix(SH) else {
                continue;
            };
            let o = q.object;
            let int = |t: &Term| match t {
                Term::Literal(l) => l
                    .value()
                    .parse::<usize>()
                    .map_err(|e| format!("shape {id}: sh:{local}: {e}")),
                _ => Err(format!("shape {id}: sh:{local} needs an integer")),
            };
            let iri = |t: &Term| match t {
                Term::NamedNode(n) => Ok(n.clone()),
                _ => Err(format!("shape {id}: sh:{local} needs an IRI")),
            };
            constraints.push(match local {
                "path" | "name" | "targetClass" | "description" | "order" | "group" | "severity" | "message" => {
                    continue
                }
                "minCount" => Constraint::MinCount(int(&o)?),
                "maxCount" => Constraint::MaxCount(int(&o)?),
                "minLength" => Constraint::MinLength(int(&o)?),
                "maxLength" => Constraint::MaxLength(int(&o)?),
                "datatype" => Constraint::Datatype(iri(&o)?),
                "nodeKind" => Constraint::NodeKind(iri(&o)?),
                "class" => Constraint::Class(iri(&o)?),
                "lessThan" => Constraint::LessThan(iri(&o)?),
                "lessThanOrEquals" => Constraint::LessThanOrEquals(iri(&o)?),
                "disjoint" => Constraint::Disjoint(iri(&o)?),
                "in" => Constraint::In(self.list(&o)),
                "hasValue" => Constraint::HasValue(o),
                "minInclusive" => Constraint::MinInclusive(o),
                "maxInclusive" => Constraint::MaxInclusive(o),
                "pattern" => Constraint::Pattern(
                    regex::Regex::new(&term_text(&o)).map_err(|e| format!("shape {id}: sh:pattern: {e}"))?,
                ),
                "not" => Constraint::Not(Box::new(self.shape(&o, depth + 1)?)),
                "or" => Constraint::Or(
                    self.list(&o)
                        .iter()
                        .map(|m| self.shape(m, depth + 1))
                        .collect::<Result<_, _>>()?,
                ),
                "property" => Constraint::Property(Box::new(self.shape(&o, depth + 1)?)),
                other => return Err(format!("shape {id}: sh:{other} is not supported by newsgraph validate")),
            });
        }
        Ok(Shape {
            id,
            path,
            label,
            constraints,
        })
    }
}

fn as_subject(t: &Term) -> Option<oxigraph::model::NamedOrBlankNode> {
    match t {
        Term::NamedNode(n) => Some(n.clone().into()),
        Term::BlankNode(b) => Some(b.clone().into()),
        _ => None,
    }
}

fn parse_shapes(text: &str) -> Result<Vec<NodeShape>, String> {
    let g = Store::new().map_err(|e| e.to_string())?;
    g.load_from_reader(RdfFormat::Turtle, text.as_bytes())
        .map_err(|e| format!("shapes: {e}"))?;
    let r = ShapesReader { g };
    let mut out = Vec::new();
    let mut targets: Vec<_> =
        r.g.quads_for_pattern(None, Some(sh("targetClass").as_ref()), None, None)
            .filter_map(Result::ok)
            .collect();
    targets.sort_by_key(|q| q.subject.to_string());
    for q in targets {
        let Term::NamedNode(class) = q.object else { continue };
        let node: Term = match q.subject {
            oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.into(),
            oxigraph::model::NamedOrBlankNode::BlankNode(b) => b.into(),
        };
        out.push(NodeShape {
            shape: r.shape(&node, 0)?,
            target_class: class,
        });
    }
    if out.is_empty() {
        return Err("the shapes have no sh:targetClass".into());
    }
    Ok(out)
}

/// The data graph: the union of every graph of a store, read as a set.
struct Data<'a> {
    store: &'a Store,
    supers: HashMap<NamedNode, HashSet<NamedNode>>,
    types: std::cell::RefCell<HashMap<Term, Vec<NamedNode>>>,
}

impl<'a> Data<'a> {
    fn new(store: &'a Store) -> Data<'a> {
        let mut direct: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        for q in store
            .quads_for_pattern(None, Some(rdfs::SUB_CLASS_OF), None, None)
            .filter_map(Result::ok)
        {
            if let (oxigraph::model::NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (q.subject, q.object) {
                direct.entry(s).or_default().push(o);
            }
        }
        let mut supers = HashMap::new();
        for c in direct.keys() {
            let mut seen = HashSet::new();
            let mut stack = vec![c.clone()];
            while let Some(x) = stack.pop() {
                if seen.insert(x.clone()) {
                    stack.extend(direct.get(&x).cloned().unwrap_or_default());
                }
            }
            supers.insert(c.clone(), seen);
        }
        Data {
            store,
            supers,
            types: Default::default(),
        }
    }

    fn objects(&self, s: &Term, p: NamedNodeRef<'_>) -> Vec<Term> {
        let Some(subject) = as_subject(s) else {
            return Vec::new();
        };
        let set: HashSet<Term> = self
            .store
            .quads_for_pattern(Some(subject.as_ref()), Some(p), None, None)
            .filter_map(Result::ok)
            .map(|q| q.object)
            .collect();
        sorted(set)
    }

    fn is_instance(&self, node: &Term, class: &NamedNode) -> bool {
        let types = {
            let mut cache = self.types.borrow_mut();
            cache
                .entry(node.clone())
                .or_insert_with(|| {
                    self.objects(node, rdf::TYPE)
                        .into_iter()
                        .filter_map(|t| match t {
                            Term::NamedNode(n) => Some(n),
                            _ => None,
                        })
                        .collect()
                })
                .clone()
        };
        types
            .iter()
            .any(|t| t == class || self.supers.get(t).is_some_and(|s| s.contains(class)))
    }

    fn focus_nodes(&self, class: &NamedNode) -> Vec<Term> {
        let mut classes: Vec<&NamedNode> = vec![class];
        classes.extend(self.supers.iter().filter(|(_, s)| s.contains(class)).map(|(c, _)| c));
        let set: HashSet<Term> = classes
            .into_iter()
            .flat_map(|c| {
                self.store
                    .quads_for_pattern(None, Some(rdf::TYPE), Some(c.as_ref().into()), None)
                    .filter_map(Result::ok)
                    .map(|q| match q.subject {
                        oxigraph::model::NamedOrBlankNode::NamedNode(n) => Term::from(n),
                        oxigraph::model::NamedOrBlankNode::BlankNode(b) => Term::from(b),
                    })
            })
            .collect();
        sorted(set)
    }
}

/// Terms in a stable order (their N-Triples form).
fn sorted(set: HashSet<Term>) -> Vec<Term> {
    let mut v: Vec<(String, Term)> = set.into_iter().map(|t| (t.to_string(), t)).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v.into_iter().map(|(_, t)| t).collect()
}

fn well_formed(l: &Literal) -> bool {
    let v = l.value();
    match l.datatype().as_str() {
        d if d == xsd::BOOLEAN.as_str() => matches!(v, "true" | "false" | "1" | "0"),
        d if d == xsd::INTEGER.as_str() => {
            let digits = v.strip_prefix(['+', '-']).unwrap_or(v);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        }
        d if d == xsd::DECIMAL.as_str() => {
            let body = v.strip_prefix(['+', '-']).unwrap_or(v);
            let (a, b) = body.split_once('.').unwrap_or((body, ""));
            !(a.is_empty() && b.is_empty())
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        }
        d if d == xsd::DATE.as_str() => chrono::NaiveDate::parse_from_str(v.get(..10).unwrap_or(v), "%Y-%m-%d").is_ok(),
        _ => true,
    }
}

/// Orders two literals of comparable types (numbers, or dates and strings
/// of one datatype); None when SPARQL would not compare them.
fn compare(a: &Term, b: &Term) -> Option<Ordering> {
    let (Term::Literal(a), Term::Literal(b)) = (a, b) else {
        return None;
    };
    let numeric = |l: &Literal| {
        let d = l.datatype().as_str();
        if d == xsd::INTEGER.as_str() || d == xsd::DECIMAL.as_str() || d == xsd::DOUBLE.as_str() {
            l.value().parse::<f64>().ok()
        } else {
            None
        }
    };
    if let (Some(x), Some(y)) = (numeric(a), numeric(b)) {
        return x.partial_cmp(&y);
    }
    if a.datatype() == b.datatype() && (a.datatype() == xsd::DATE || a.datatype() == xsd::STRING) {
        return Some(a.value().cmp(b.value()));
    }
    None
}

struct Validator<'a> {
    data: Data<'a>,
}

impl Validator<'_> {
    /// Does `focus` conform to `shape`? (for sh:not and sh:or members)
    fn conforms(&self, focus: &Term, shape: &Shape) -> bool {
        let mut out = Vec::new();
        self.check(focus, shape, "", &mut out);
        out.is_empty()
    }

    fn check(&self, focus: &Term, shape: &Shape, node_shape: &str, out: &mut Vec<Violation>) {
        let values = match &shape.path {
            Some(p) => self.data.objects(focus, p.as_ref()),
            None => vec![focus.clone()],
        };
        let path = shape.path.as_ref().map(|p| p.as_str().to_string()).unwrap_or_default();
        let mut found = Vec::new();
        let mut report = |component: &str, value: Option<&Term>, why: String| {
            found.push(Violation {
                focus: term_text(focus),
                path: path.clone(),
                component: format!("{component}ConstraintComponent"),
                shape: node_shape.to_string(),
                value: value.map(|v| v.to_string()).unwrap_or_default(),
                message: if shape.label.is_empty() {
                    why
                } else {
                    format!("{} ({why})", shape.label)
                },
            })
        };
        for c in &shape.constraints {
            match c {
                Constraint::MinCount(n) if values.len() < *n => report(
                    "MinCount",
                    None,
                    format!("{} values, at least {n} expected", values.len()),
                ),
                Constraint::MaxCount(n) if values.len() > *n => report(
                    "MaxCount",
                    None,
                    format!("{} values, at most {n} expected", values.len()),
                ),
                Constraint::Datatype(d) => {
                    for v in &values {
                        let ok = matches!(v, Term::Literal(l) if l.datatype() == d.as_ref() && well_formed(l));
                        if !ok {
                            report("Datatype", Some(v), format!("{v} is not a well-formed {d}"));
                        }
                    }
                }
                Constraint::NodeKind(k) => {
                    for v in &values {
                        let kind = match v {
                            Term::NamedNode(_) => "IRI",
                            Term::BlankNode(_) => "BlankNode",
                            _ => "Literal",
                        };
                        let local = k.as_str().strip_prefix(SH).unwrap_or_default();
                        if !local.split("Or").any(|part| part == kind) {
                            report("NodeKind", Some(v), format!("{v} is not of node kind sh:{local}"));
                        }
                    }
                }
                Constraint::Class(class) => {
                    for v in &values {
                        if !self.data.is_instance(v, class) {
                            report("Class", Some(v), format!("{v} is not a {class}"));
                        }
                    }
                }
                Constraint::In(list) => {
                    for v in &values {
                        if !list.contains(v) {
                            report("In", Some(v), format!("{v} is not one of the allowed values"));
                        }
                    }
                }
                Constraint::HasValue(h) if !values.contains(h) => report("HasValue", None, format!("no value {h}")),
                Constraint::Pattern(re) => {
                    for v in &values {
                        if matches!(v, Term::BlankNode(_)) || !re.is_match(&term_text(v)) {
                            report("Pattern", Some(v), format!("{v} does not match /{}/", re.as_str()));
                        }
                    }
                }
                Constraint::MinLength(n) | Constraint::MaxLength(n) => {
                    let min = matches!(c, Constraint::MinLength(_));
                    for v in &values {
                        let len = term_text(v).chars().count();
                        let bad = matches!(v, Term::BlankNode(_)) || if min { len < *n } else { len > *n };
                        if bad {
                            let (name, rel) = if min {
                                ("MinLength", "at least")
                            } else {
                                ("MaxLength", "at most")
                            };
                            report(name, Some(v), format!("{len} characters, {rel} {n} expected"));
                        }
                    }
                }
                Constraint::MinInclusive(bound) | Constraint::MaxInclusive(bound) => {
                    let min = matches!(c, Constraint::MinInclusive(_));
                    for v in &values {
                        let ok = match compare(v, bound) {
                            Some(o) => {
                                if min {
                                    o != Ordering::Less
                                } else {
                                    o != Ordering::Greater
                                }
                            }
                            None => false,
                        };
                        if !ok {
                            let name = if min { "MinInclusive" } else { "MaxInclusive" };
                            report(name, Some(v), format!("{v} is out of range ({bound})"));
                        }
                    }
                }
                Constraint::LessThan(p) | Constraint::LessThanOrEquals(p) => {
                    let strict = matches!(c, Constraint::LessThan(_));
                    for w in self.data.objects(focus, p.as_ref()) {
                        for v in &values {
                            let ok = match compare(v, &w) {
                                Some(Ordering::Less) => true,
                                Some(Ordering::Equal) => !strict,
                                _ => false,
                            };
                            if !ok {
                                let name = if strict { "LessThan" } else { "LessThanOrEquals" };
                                report(name, Some(v), format!("{v} is not before {w} ({p})"));
                            }
                        }
                    }
                }
                Constraint::Disjoint(p) => {
                    let other = self.data.objects(focus, p.as_ref());
                    for v in &values {
                        if other.contains(v) {
                            report("Disjoint", Some(v), format!("{v} is also the value of {p}"));
                        }
                    }
                }
                Constraint::Not(s) => {
                    for v in &values {
                        if self.conforms(v, s) {
                            report("Not", Some(v), "it conforms to a shape it must not".into());
                        }
                    }
                }
                Constraint::Or(members) => {
                    for v in &values {
                        if !members.iter().any(|m| self.conforms(v, m)) {
                            report("Or", Some(v), "it conforms to none of the alternatives".into());
                        }
                    }
                }
                Constraint::Property(p) => {
                    for v in &values {
                        self.check(v, p, node_shape, out);
                    }
                }
                _ => {}
            }
        }
        out.extend(found);
    }
}

/// Validates the union of every graph of `store` against `shapes` (Turtle).
pub fn validate(store: &Store, shapes: &str) -> Result<Report, String> {
    validate_with_progress(store, shapes, &|_, _| {})
}

/// As [`validate`], calling `progress(done, total)` every 1,000 focus nodes.
pub fn validate_with_progress(store: &Store, shapes: &str, progress: &dyn Fn(usize, usize)) -> Result<Report, String> {
    let shapes = parse_shapes(shapes)?;
    let v = Validator { data: Data::new(store) };
    let work: Vec<(&NodeShape, Vec<Term>)> = shapes
        .iter()
        .map(|ns| (ns, v.data.focus_nodes(&ns.target_class)))
        .collect();
    let total = work.iter().map(|(_, f)| f.len()).sum();
    let mut results = Vec::new();
    let mut focus_nodes = 0;
    for (ns, focus) in &work {
        for focus in focus {
            focus_nodes += 1;
            if focus_nodes % 1000 == 0 {
                progress(focus_nodes, total);
            }
            v.check(focus, &ns.shape, &ns.shape.id, &mut results);
        }
    }
    progress(total, total);
    results.sort();
    results.dedup();
    Ok(Report {
        conforms: results.is_empty(),
        focus_nodes,
        results,
    })
}

/// Loads RDF files into an in-memory store (format from the extension).
pub fn load_files(paths: &[std::path::PathBuf]) -> Result<Store, String> {
    let store = Store::new().map_err(|e| e.to_string())?;
    for p in paths {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or_default();
        let format = RdfFormat::from_extension(ext).ok_or_else(|| {
            format!(
                "{}: unknown RDF file extension {ext:?} (use .ttl, .nt, .nq, .trig, .rdf or .jsonld)",
                p.display()
            )
        })?;
        let f = std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?;
        store
            .load_from_reader(format, std::io::BufReader::new(f))
            .map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok(store)
}

/// Counts of results per (shape, path, component), for a summary.
pub fn summary(report: &Report) -> BTreeMap<(String, String, String), usize> {
    let mut m = BTreeMap::new();
    for r in &report.results {
        *m.entry((r.shape.clone(), r.path.clone(), r.component.clone()))
            .or_insert(0) += 1;
    }
    m
}
