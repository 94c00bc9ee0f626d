//! Reading articles: plain-text files (title on line 1), folders of them
//! (recursive, sorted), JSON Lines corpora, and a JSON Lines manifest of
//! metadata. Bad input becomes a diagnostic naming the file and line; the
//! other articles are still read. Texts are kept byte for byte, so offsets
//! reported later point into the original file.

use crate::diag::Diagnostic;
use chrono::NaiveDate;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// Where an article's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    Manifest,
    Corpus,
    None,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Manifest => "manifest",
            DateSource::Corpus => "corpus",
            DateSource::None => "none",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Article {
    /// File name without folders, or the `id` of a JSON Lines record.
    pub doc: String,
    /// Where it was read from (file, or `file:line` for JSON Lines).
    pub origin: String,
    pub text: String,
    pub title: String,
    pub published: Option<NaiveDate>,
    pub date_source: DateSource,
    pub publisher: Option<String>,
    pub url: Option<String>,
    /// sha256 of the text, lower-case hex.
    pub hash: String,
}

impl Article {
    /// An article from a text; title is its first non-empty line.
    pub fn from_text(doc: &str, origin: &str, text: String) -> Article {
        let title = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
            .to_string();
        let hash = content_hash(&text);
        Article {
            doc: doc.to_string(),
            origin: origin.to_string(),
            text,
            title,
            published: None,
            date_source: DateSource::None,
            publisher: None,
            url: None,
            hash,
        }
    }
}

pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// One manifest record (`file`, `published`, `publisher`, `url`, `title`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ManifestEntry {
    pub file: String,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub entries: BTreeMap<String, ManifestEntry>,
}

/// Parses an ISO date `YYYY-MM-DD`.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl Manifest {
    pub fn read(path: &Path) -> (Manifest, Vec<Diagnostic>) {
        let name = path.display().to_string();
        let mut diags = Vec::new();
        let mut m = Manifest::default();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                diags.push(Diagnostic::error(&name, None, format!("cannot read manifest: {e}")));
                return (m, diags);
            }
        };
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                diags.push(Diagnostic::error(
                    &name,
                    None,
                    format!("manifest is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
                ));
                return (m, diags);
            }
        };
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            match serde_json::from_str::<ManifestEntry>(line) {
                Ok(e) => {
                    if let Some(p) = &e.published {
                        if parse_iso_date(p).is_none() {
                            diags.push(Diagnostic::error(
                                &name,
                                Some(i + 1),
                                format!(
                                    "bad date {p:?} for {:?} (expected YYYY-MM-DD); the article is read without it",
                                    e.file
                                ),
                            ));
                        }
                    }
                    m.entries.insert(e.file.clone(), e);
                }
                Err(e) => diags.push(Diagnostic::error(
                    &name,
                    Some(i + 1),
                    format!("malformed manifest line, skipped: {e}"),
                )),
            }
        }
        (m, diags)
    }

    fn apply(&self, a: &mut Article) {
        if let Some(e) = self.entries.get(&a.doc) {
            if let Some(d) = e.published.as_deref().and_then(parse_iso_date) {
                a.published = Some(d);
                a.date_source = DateSource::Manifest;
            }
            if e.publisher.is_some() {
                a.publisher = e.publisher.clone();
            }
            if e.url.is_some() {
                a.url = e.url.clone();
            }
            if let Some(t) = &e.title {
                a.title = t.clone();
            }
        }
    }
}

#[derive(Deserialize)]
struct CorpusRecord {
    id: String,
    #[serde(default)]
    title: Option<String>,
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    publisher: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Lists input files: files as given, folders recursively in sorted order.
fn collect_files(paths: &[PathBuf], diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            let mut found = Vec::new();
            while let Some(dir) = stack.pop() {
                match std::fs::read_dir(&dir) {
                    Ok(rd) => {
                        for e in rd.flatten() {
                            let path = e.path();
                            let hidden = path
                                .file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| n.starts_with('.'));
                            if hidden {
                                continue;
                            }
                            if path.is_dir() {
                                stack.push(path);
                            } else if is_article_file(&path) {
                                found.push(path);
                            }
                        }
                    }
                    Err(e) => diags.push(Diagnostic::error(
                        dir.display().to_string(),
                        None,
                        format!("cannot read folder: {e}"),
                    )),
                }
            }
            found.sort();
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            diags.push(Diagnostic::error(
                p.display().to_string(),
                None,
                "no such file or folder",
            ));
        }
    }
    out
}

/// Inside folders, articles are `.txt` files (or files without extension)
/// and JSON Lines corpora whose first record has a `text` field; manifests,
/// gold files and other data beside them are left alone.
fn is_article_file(p: &Path) -> bool {
    match p.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()) {
        None => true,
        Some(e) if e == "txt" || e == "text" => true,
        Some(e) if e == "jsonl" || e == "ndjson" => {
            let first = std::fs::read(p).ok().and_then(|b| {
                let s = String::from_utf8_lossy(&b[..b.len().min(1 << 20)]).into_owned();
                s.lines().find(|l| !l.trim().is_empty()).map(str::to_string)
            });
            first
                .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
                .is_some_and(|v| v.get("text").is_some())
        }
        _ => false,
    }
}

/// Decodes a file's bytes as article text, or says why it cannot be one.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty file, skipped".into());
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample.iter().filter(|&&b| b < 0x09 || (b > 0x0d && b < 0x20)).count();
    if sample.contains(&0) || controls * 20 > sample.len() {
        return Err("binary file (not text), skipped".into());
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!("not valid UTF-8 (line {line}, byte {at}), skipped"))
        }
    }
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// Reads every article under `paths`. Duplicate contents are kept once (the
/// first in sorted order) with a warning.
pub fn read_articles(paths: &[PathBuf], manifest: Option<&Manifest>) -> (Vec<Article>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut articles = Vec::new();
    for path in collect_files(paths, &mut diags) {
        let name = path.display().to_string();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                diags.push(Diagnostic::error(&name, None, format!("cannot read: {e}")));
                continue;
            }
        };
        let is_jsonl = matches!(path.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"));
        let text = match decode_text(bytes) {
            Ok(t) => t,
            Err(msg) => {
                diags.push(Diagnostic::error(&name, None, msg));
                continue;
            }
        };
        if is_jsonl {
            read_corpus(&name, &text, &mut articles, &mut diags);
        } else {
            let mut a = Article::from_text(&file_name(&path), &name, text);
            if let Some(m) = manifest {
                m.apply(&mut a);
            }
            articles.push(a);
        }
    }
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut docs = HashSet::new();
    articles.retain(|a| {
        if let Some(first) = seen.get(&a.hash) {
            diags.push(Diagnostic::warning(
                &a.origin,
                None,
                format!("same content as {first}; stored once"),
            ));
            return false;
        }
        if !docs.insert(a.doc.clone()) {
            diags.push(Diagnostic::warning(
                &a.origin,
                None,
                format!("another article is also named {:?}", a.doc),
            ));
        }
        seen.insert(a.hash.clone(), a.origin.clone());
        true
    });
    (articles, diags)
}

fn read_corpus(name: &str, text: &str, out: &mut Vec<Article>, diags: &mut Vec<Diagnostic>) {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let origin = format!("{name}:{}", i + 1);
        let rec: CorpusRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                diags.push(Diagnostic::error(
                    name,
                    Some(i + 1),
                    format!("malformed JSON Lines record, skipped: {e}"),
                ));
                continue;
            }
        };
        if rec.text.trim().is_empty() {
            diags.push(Diagnostic::error(
                name,
                Some(i + 1),
                format!("article {:?} has an empty text, skipped", rec.id),
            ));
            continue;
        }
        let mut a = Article::from_text(&rec.id, &origin, rec.text);
        if let Some(t) = rec.title {
            a.title = t;
        }
        if let Some(p) = rec.published {
            match parse_iso_date(&p) {
                Some(d) => {
                    a.published = Some(d);
                    a.date_source = DateSource::Corpus;
                }
                None => diags.push(Diagnostic::error(
                    name,
                    Some(i + 1),
                    format!("bad date {p:?} (expected YYYY-MM-DD); the article is read without it"),
                )),
            }
        }
        a.publisher = rec.publisher;
        a.url = rec.url;
        out.push(a);
    }
}
