//! The gazetteer: known actors, sources and places, read from Turtle
//! (`ontology/gazetteer.ttl`, built in, plus any `--gazetteer FILE.ttl`),
//! and a matcher that finds their labels in token sequences (case and
//! punctuation tolerant, longest match, all-caps acronyms case-sensitive).

use crate::sentence::{normalize_phrase, tokenize, tokenize_into, tokenize_with, Token, LABEL_UNKNOWN, NO_LABEL};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Quad, Term};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

pub const NS: &str = "https://w3id.org/newsgraph/ns#";
pub const ID: &str = "https://w3id.org/newsgraph/id/";
const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// The schema and the built-in gazetteer, compiled into the binary.
pub const SCHEMA_TTL: &str = include_str!("../ontology/newsgraph.ttl");
pub const GAZETTEER_TTL: &str = include_str!("../ontology/gazetteer.ttl");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Holds or takes ground: state forces, armed groups, coalitions.
    Actor,
    /// Reports but never holds: monitors, agencies, outlets.
    Source,
    Place,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub iri: std::sync::Arc<str>,
    pub label: std::sync::Arc<str>,
    pub alt_labels: Vec<String>,
    pub role: Role,
    /// Local names of the rdf:types in the ng: namespace (`StateActor`, `City`...).
    pub classes: Vec<String>,
    pub demonyms: Vec<String>,
    /// For a state actor: the country place it governs.
    pub governs: Option<usize>,
    /// For a place: the place it is part of.
    pub part_of: Option<usize>,
    pub discovered: bool,
    /// `ARMED_GROUP | STATE_ACTOR | NOT_CITY_LIKE` bits of `classes`, worked out once.
    pub class_bits: u8,
}

pub const ARMED_GROUP: u8 = 1;
pub const STATE_ACTOR: u8 = 2;
/// A country, site or region: not what "the city" or "the town" refers to.
pub const NOT_CITY_LIKE: u8 = 4;

fn class_bits(classes: &[String]) -> u8 {
    classes.iter().fold(0, |b, c| {
        b | match c.as_str() {
            "ArmedGroup" => ARMED_GROUP,
            "StateActor" => STATE_ACTOR,
            "Country" | "Site" | "Region" => NOT_CITY_LIKE,
            _ => 0,
        }
    })
}

impl Entity {
    pub fn has_class(&self, c: &str) -> bool {
        self.classes.iter().any(|x| x == c)
    }
    pub fn is_state(&self) -> bool {
        self.class_bits & STATE_ACTOR != 0
    }
}

/// One label occurrence in a token sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelMatch<'g> {
    /// Token range, end exclusive.
    pub first: usize,
    pub last: usize,
    pub entities: &'g [usize],
}

#[derive(Debug, Clone)]
struct Pattern {
    entities: Vec<usize>,
    /// Required raw token texts, when the label is an all-caps acronym.
    exact: Option<Vec<String>>,
}

/// The labels that open with one token: a token trie two levels deep.
#[derive(Default)]
struct FirstToken {
    /// Labels of two tokens or more by their second token: (tokens, pattern),
    /// longest first, then by pattern.
    longer: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The first pattern of the one-token label.
    single: Option<usize>,
}

pub struct Gazetteer {
    pub entities: Vec<Entity>,
    by_iri: HashMap<String, usize>,
    patterns: Vec<Pattern>,
    /// The labels by their first token: leftmost-longest matching over whole
    /// tokens looks a token up here, then its next token.
    by_first_token: Vec<FirstToken>,
    /// Every word of a lexicon list, opening a label, a demonym or a person
    /// known by their forces: its lists (with the `DEMONYM` and `PERSON` bits)
    /// and the labels it opens (an index of `by_first_token`, or `NO_LABEL`).
    /// Tokens made by `tokenize` carry both, so `find` looks no word up again.
    words: HashMap<String, (u64, u32)>,
    /// People known by their forces: "X forces" and "forces loyal to X" labels,
    /// by X (normalised), to the first actor of that label (an "X forces" label
    /// first).
    person_forces: HashMap<String, usize>,
    demonyms: HashMap<String, usize>,
    /// The people a demonym names, as news calls a side ("the Ostrians", "the
    /// Westlandis"): the demonym's plural, for demonyms in -n and -i.
    peoples: HashMap<String, usize>,
    /// For each entity: the state actor governing the country it lies in.
    governor: Vec<Option<usize>>,
    /// For each entity: the entities `ng:partOf` it, in order.
    parts: Vec<Vec<usize>>,
}

fn local<'a>(iri: &'a str, ns: &str) -> Option<&'a str> {
    iri.strip_prefix(ns)
}

fn is_acronym(label: &str) -> bool {
    let letters: Vec<char> = label.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase()) && !label.contains(' ')
}

/// Turns a label into the local part of an IRI: lower-case ASCII words joined by '-'.
pub fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut dash = false;
    for c in label.chars() {
        let c = deaccent(c);
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "x".into()
    } else {
        out
    }
}

fn deaccent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'Á' | 'À' | 'Â' | 'Ä' => 'A',
        'É' | 'È' => 'E',
        'Ö' | 'Ó' => 'O',
        'Ü' | 'Ú' => 'U',
        c => c,
    }
}

impl Gazetteer {
    /// The built-in gazetteer plus extra Turtle documents `(name, text)`.
    pub fn load(extra: &[(String, String)]) -> Result<Gazetteer, String> {
        let mut quads = parse_turtle("ontology/gazetteer.ttl", GAZETTEER_TTL)?;
        for (name, text) in extra {
            quads.extend(parse_turtle(name, text)?);
        }
        Ok(Gazetteer::from_quads(&quads))
    }

    pub fn from_quads(quads: &[Quad]) -> Gazetteer {
        // subject -> (prefLabel, altLabels, types, demonyms, governs, partOf)
        #[derive(Default)]
        struct Raw {
            pref: Option<String>,
            alt: Vec<String>,
            types: Vec<String>,
            demonyms: Vec<String>,
            governs: Option<String>,
            part_of: Option<String>,
            discovered: bool,
        }
        let mut raw: BTreeMap<String, Raw> = BTreeMap::new();
        for q in quads {
            let s = match &q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
                _ => continue,
            };
            let p = q.predicate.as_str();
            let lit = match &q.object {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            };
            let obj_iri = match &q.object {
                Term::NamedNode(n) => Some(n.as_str().to_string()),
                _ => None,
            };
            let r = raw.entry(s).or_default();
            if p == format!("{SKOS}prefLabel") {
                if let Some(l) = lit {
                    r.pref = Some(l);
                }
            } else if p == format!("{SKOS}altLabel") {
                r.alt.extend(lit);
            } else if p == RDF_TYPE {
                if let Some(t) = obj_iri.as_deref().and_then(|o| local(o, NS)) {
                    r.types.push(t.to_string());
                }
            } else if p == format!("{NS}demonym") {
                r.demonyms.extend(lit);
            } else if p == format!("{NS}governs") {
                r.governs = obj_iri;
            } else if p == format!("{NS}partOf") {
                r.part_of = obj_iri;
            } else if p == format!("{NS}discovered") {
                r.discovered = lit.as_deref() == Some("true");
            }
        }
        let mut entities = Vec::new();
        let mut by_iri = HashMap::default();
        let mut links = Vec::new();
        for (iri, r) in raw {
            let role = if r
                .types
                .iter()
                .any(|t| t == "Place" || PLACE_CLASSES.contains(&t.as_str()))
            {
                Role::Place
            } else if r.types.iter().any(|t| t == "Source") {
                Role::Source
            } else if r
                .types
                .iter()
                .any(|t| t == "Actor" || ACTOR_CLASSES.contains(&t.as_str()))
            {
                Role::Actor
            } else {
                continue;
            };
            let Some(label) = r.pref else { continue };
            by_iri.insert(iri.clone(), entities.len());
            let (iri, label): (std::sync::Arc<str>, std::sync::Arc<str>) = (iri.into(), label.into());
            links.push((r.governs, r.part_of));
            entities.push(Entity {
                iri,
                label,
                alt_labels: r.alt,
                role,
                class_bits: class_bits(&r.types),
                classes: r.types,
                demonyms: r.demonyms,
                governs: None,
                part_of: None,
                discovered: r.discovered,
            });
        }
        for (i, (g, p)) in links.into_iter().enumerate() {
            entities[i].governs = g.and_then(|g| by_iri.get(&g).copied());
            entities[i].part_of = p.and_then(|p| by_iri.get(&p).copied());
        }
        let mut g = Gazetteer {
            entities,
            by_iri,
            patterns: Vec::new(),
            by_first_token: Vec::new(),
            words: HashMap::default(),
            person_forces: Default::default(),
            demonyms: HashMap::default(),
            peoples: HashMap::default(),
            governor: Vec::new(),
            parts: Vec::new(),
        };
        g.build();
        g
    }

    fn build(&mut self) {
        let mut governs: HashMap<usize, usize> = HashMap::default();
        for (i, e) in self.entities.iter().enumerate() {
            if let Some(p) = e.governs {
                governs.entry(p).or_insert(i);
            }
        }
        self.parts = vec![Vec::new(); self.entities.len()];
        for (i, e) in self.entities.iter().enumerate() {
            if let Some(p) = e.part_of {
                self.parts[p].push(i);
            }
        }
        self.governor = (0..self.entities.len())
            .map(|i| self.compute_government_of(i, &governs))
            .collect();
        let mut by_norm: BTreeMap<String, Pattern> = BTreeMap::new();
        let mut exact_by_norm: BTreeMap<(String, Vec<String>), Vec<usize>> = BTreeMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            for label in std::iter::once(&*e.label).chain(e.alt_labels.iter().map(String::as_str)) {
                let norm = normalize_phrase(label);
                if norm.is_empty() {
                    continue;
                }
                if is_acronym(label) {
                    let raw: Vec<String> = tokenize(label, 0).into_iter().map(|t| t.raw.to_string()).collect();
                    exact_by_norm.entry((norm, raw)).or_default().push(i);
                } else {
                    let p = by_norm.entry(norm).or_insert(Pattern {
                        entities: Vec::new(),
                        exact: None,
                    });
                    if !p.entities.contains(&i) {
                        p.entities.push(i);
                    }
                }
            }
            for d in &e.demonyms {
                let d = normalize_phrase(d);
                if d.ends_with('n') || d.ends_with('i') {
                    self.peoples.entry(format!("{d}s")).or_insert(i);
                }
                self.demonyms.entry(d).or_insert(i);
            }
        }
        let mut keys = Vec::new();
        self.patterns.clear();
        for (norm, p) in by_norm {
            keys.push(format!("{norm} "));
            self.patterns.push(p);
        }
        for ((norm, raw), ents) in exact_by_norm {
            keys.push(format!("{norm} "));
            self.patterns.push(Pattern {
                entities: ents,
                exact: Some(raw),
            });
        }
        let mut by_first_token: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::default();
        for (pi, key) in keys.iter().enumerate() {
            let words: Vec<String> = key.split_whitespace().map(str::to_string).collect();
            if let Some(first) = words.first() {
                by_first_token.entry(first.clone()).or_default().push((words, pi));
            }
        }
        let mut person_forces: [HashMap<String, usize>; 2] = Default::default();
        for (words, pi) in by_first_token.values().flatten() {
            let p = &self.patterns[*pi];
            let actor = p
                .entities
                .iter()
                .copied()
                .find(|&e| self.entities[e].role == Role::Actor);
            let (Some(actor), None) = (actor, &p.exact) else {
                continue;
            };
            let n = words.len();
            if n >= 2 && words[n - 1] == "forces" {
                person_forces[0].entry(words[..n - 1].join(" ")).or_insert(actor);
            }
            if n >= 4 && words[..3] == ["forces", "loyal", "to"] {
                person_forces[1].entry(words[3..].join(" ")).or_insert(actor);
            }
        }
        // one lookup per name: "X forces" wins over "forces loyal to X"
        let [mut forces, loyal] = person_forces;
        for (name, actor) in loyal {
            forces.entry(name).or_insert(actor);
        }
        self.person_forces = forces;
        self.by_first_token.clear();
        self.words = crate::lexicon::word::all()
            .map(|(w, flags)| (w.to_string(), (flags, NO_LABEL)))
            .collect();
        let gazetteer_bits = [
            (crate::lexicon::word::DEMONYM, self.demonyms.keys()),
            (crate::lexicon::word::PERSON, self.person_forces.keys()),
        ];
        for (bit, keys) in gazetteer_bits {
            for w in keys {
                let entry = self.words.entry(w.clone()).or_insert((0, NO_LABEL));
                entry.0 |= bit;
            }
        }
        for (first, mut candidates) in by_first_token {
            // the longest label wins; between equal labels, the first pattern
            candidates.sort_by_key(|(words, pi)| (std::cmp::Reverse(words.len()), *pi));
            let label = self.by_first_token.len() as u32;
            self.words.entry(first).or_insert((0, NO_LABEL)).1 = label;
            self.by_first_token.push(FirstToken::default());
            let entry = self.by_first_token.last_mut().expect("just pushed");
            for (words, pi) in candidates {
                if words.len() == 1 {
                    entry.single = entry.single.or(Some(pi));
                } else {
                    entry.longer.entry(words[1].clone()).or_default().push((words, pi));
                }
            }
        }
    }

    /// The actor a person (a normalised name) leads, when a label says so:
    /// "X forces" first, then "forces loyal to X".
    pub fn forces_of_person(&self, name: &str) -> Option<usize> {
        self.person_forces.get(name).copied()
    }

    pub fn get(&self, iri: &str) -> Option<usize> {
        self.by_iri.get(iri).copied()
    }

    /// The state actor whose demonym this (normalised) word is.
    pub fn demonym(&self, norm: &str) -> Option<usize> {
        self.demonyms.get(norm).copied()
    }

    /// The state actor whose people this (normalised) plural names: "ostrians".
    pub fn people(&self, norm: &str) -> Option<usize> {
        self.peoples.get(norm).copied()
    }

    /// The state actor that governs the country containing `place`.
    pub fn government_of(&self, place: usize) -> Option<usize> {
        self.governor.get(place).copied().flatten()
    }

    /// Walks `ng:partOf` up to a place some state actor governs.
    fn compute_government_of(&self, place: usize, governs: &HashMap<usize, usize>) -> Option<usize> {
        let mut cur = Some(place);
        let mut steps = 0;
        while let Some(p) = cur {
            if let Some(&a) = governs.get(&p) {
                return Some(a);
            }
            cur = self.entities[p].part_of;
            steps += 1;
            if steps > 8 {
                break;
            }
        }
        None
    }

    /// Adds (or finds) an entity discovered in text.
    pub fn discover(&mut self, role: Role, label: &str, class: &str, part_of: Option<usize>) -> usize {
        let ns = if role == Role::Place { "place" } else { "actor" };
        let iri = format!("{ID}{ns}/{}", slug(label));
        if let Some(&i) = self.by_iri.get(&iri) {
            return i;
        }
        self.by_iri.insert(iri.clone(), self.entities.len());
        let iri: std::sync::Arc<str> = iri.into();
        self.entities.push(Entity {
            iri,
            label: label.into(),
            alt_labels: Vec::new(),
            role,
            class_bits: class_bits(&[class.to_string()]),
            classes: vec![
                if role == Role::Place {
                    "Place".into()
                } else {
                    "Actor".into()
                },
                class.to_string(),
            ],
            demonyms: Vec::new(),
            governs: None,
            part_of,
            discovered: true,
        });
        let i = self.entities.len() - 1;
        self.parts.push(Vec::new());
        if let Some(p) = part_of {
            self.parts[p].push(i);
        }
        i
    }

    /// The entities `ng:partOf` a place (the sites of a town...), in order.
    pub fn parts_of(&self, place: usize) -> &[usize] {
        self.parts.get(place).map_or(&[], Vec::as_slice)
    }

    /// Tokenises `text` (offsets shifted by `base`) as `sentence::tokenize`
    /// does, noting which of this gazetteer's labels each token opens: `find`
    /// over these tokens looks no first word up.
    pub fn tokenize(&self, text: &str, base: usize) -> Vec<Token> {
        tokenize_with(text, base, |norm| self.word(norm))
    }

    /// `tokenize`, appending the tokens to `out`.
    pub fn tokenize_into(&self, text: &str, base: usize, out: &mut Vec<Token>) {
        tokenize_into(text, base, |norm| self.word(norm), out)
    }

    fn word(&self, norm: &str) -> (u64, u32) {
        self.words.get(norm).copied().unwrap_or((0, NO_LABEL))
    }

    /// Every longest label match in `tokens`, left to right, not overlapping.
    pub fn find(&self, tokens: &[Token]) -> Vec<LabelMatch<'_>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let label = match tokens[i].label {
                LABEL_UNKNOWN => self.words.get(tokens[i].norm.as_str()).map_or(NO_LABEL, |w| w.1),
                label => label,
            };
            let Some(candidates) = self.by_first_token.get(label as usize) else {
                i += 1;
                continue;
            };
            let mut advanced = false;
            // a longer label shares the next token too; else the one-token label
            let longest = tokens
                .get(i + 1)
                .and_then(|next| candidates.longer.get(next.norm.as_str()))
                .and_then(|longer| {
                    longer.iter().find(|(words, _)| {
                        tokens.len() - i >= words.len()
                            && words[2..]
                                .iter()
                                .zip(&tokens[i + 2..])
                                .all(|(w, t)| t.norm == w.as_str())
                    })
                })
                .map(|(words, pi)| (words.len(), *pi))
                .or(candidates.single.map(|pi| (1, pi)));
            if let Some((len, pi)) = longest {
                let last = i + len;
                let p = &self.patterns[pi];
                let ok = match &p.exact {
                    Some(raw) => tokens[i..last]
                        .iter()
                        .map(|t| t.raw.as_str())
                        .eq(raw.iter().map(String::as_str)),
                    None => true,
                };
                if ok && last > i {
                    out.push(LabelMatch {
                        first: i,
                        last,
                        entities: &p.entities,
                    });
                    i = last;
                    advanced = true;
                }
            }
            if !advanced {
                i += 1;
            }
        }
        out
    }
}

const PLACE_CLASSES: &[&str] = &[
    "Country", "Region", "City", "Town", "Village", "District", "Site", "Mountain",
];
const ACTOR_CLASSES: &[&str] = &["StateActor", "ArmedGroup", "Coalition"];

/// Parses a Turtle document, naming it in errors.
pub fn parse_turtle(name: &str, text: &str) -> Result<Vec<Quad>, String> {
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{name}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TTL: &str = r#"
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/newsgraph/id/actor/northland> a ng:Actor, ng:StateActor ; skos:prefLabel "Northland government" ;
   ng:demonym "Northlandish" ; ng:governs <https://w3id.org/newsgraph/id/place/northland> .
<https://w3id.org/newsgraph/id/actor/red-band> a ng:Actor, ng:ArmedGroup ; skos:prefLabel "Red Band" ; skos:altLabel "RB", "the Red Band group" .
<https://w3id.org/newsgraph/id/place/northland> a ng:Place, ng:Country ; skos:prefLabel "Northland" .
<https://w3id.org/newsgraph/id/place/old-town> a ng:Place, ng:City ; skos:prefLabel "Old Town" ; skos:altLabel "Oldtown" ;
   ng:partOf <https://w3id.org/newsgraph/id/place/northland> .
"#;

    fn gaz() -> Gazetteer {
        Gazetteer::from_quads(&parse_turtle("t", TTL).unwrap())
    }

    #[test]
    fn longest_match_and_case_sensitive_acronyms() {
        let g = gaz();
        let toks = tokenize("The Red Band group took OLD TOWN; rb is not RB-held", 0);
        let m = g.find(&toks);
        let labels: Vec<_> = m.iter().map(|m| &*g.entities[m.entities[0]].label).collect();
        assert_eq!(labels, vec!["Red Band", "Old Town", "Red Band"]);
        assert_eq!((m[0].first, m[0].last), (0, 4)); // "The Red Band group"
        assert_eq!(toks[m[2].first].raw, "RB");
    }

    #[test]
    fn government_of_follows_part_of() {
        let g = gaz();
        let town = g.get("https://w3id.org/newsgraph/id/place/old-town").unwrap();
        let gov = g.government_of(town).unwrap();
        assert_eq!(&*g.entities[gov].label, "Northland government");
        assert_eq!(g.demonym("northlandish"), Some(gov));
    }

    #[test]
    fn the_shipped_gazetteer_has_one_government_per_country() {
        // two state actors governing one country would split its claims
        // between two labels ("Ethiopia" and "Ethiopian government")
        let g = Gazetteer::load(&[]).unwrap();
        let mut seen: HashMap<usize, &str> = HashMap::default();
        for e in &g.entities {
            if let Some(p) = e.governs {
                if let Some(other) = seen.insert(p, &e.label) {
                    panic!("{} is governed by both {other} and {}", g.entities[p].label, e.label);
                }
            }
        }
        assert!(seen.len() > 20, "{} governments", seen.len());
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Mocímboa da Praia"), "mocimboa-da-praia");
        assert_eq!(slug("Deir al-Zor"), "deir-al-zor");
    }
}
