//! Sentence segmentation and tokenisation for news text. Sentences and tokens
//! carry byte offsets into the original article, which is never rewritten:
//! no-break spaces, curly quotes and CRLF are treated as their plain forms
//! only when comparing.

use compact_str::CompactString;

/// A sentence: byte range into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "gov", "sen",
    "rep", "pres", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "nos", "vs", "etc", "approx", "est", "dept", "univ", "inc", "ltd", "co", "corp", "jr", "sr", "rev",
    "fig", "vol",
];

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2007}'
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}' | '\u{bb}')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '\u{201c}' | '\u{2018}' | '\u{ab}')
}

const BULLETS: &[char] = &['•', '·', '▪', '◦', '*', '-', '–', '—', '●', '■'];

/// Splits `text` into sentences. Line breaks end a sentence unless a wrapped
/// line continues in lower case; within a line, `.`, `!` and `?` end one
/// unless they close an abbreviation, an initial or a number.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    // 1. blocks: lines, joined when a hard-wrapped line continues.
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let (s, e) = (pos, pos + line.len());
        pos = e;
        let content = line.trim_matches(is_space);
        if content.is_empty() {
            blocks.push((s, s)); // paragraph break marker
            continue;
        }
        if let Some(last) = blocks.last_mut() {
            if last.1 > last.0 {
                let prev = text[last.0..last.1].trim_end_matches(is_space);
                let prev_end = prev.chars().last().unwrap_or('.');
                let next_start = content.chars().next().unwrap_or('A');
                if !matches!(prev_end, '.' | '!' | '?' | ':' | ';' | '"' | '\u{201d}' | ')' | ']')
                    && next_start.is_lowercase()
                    && prev.len() > 60
                {
                    last.1 = e;
                    continue;
                }
            }
        }
        blocks.push((s, e));
    }
    for (bs, be) in blocks {
        if be > bs {
            split_block(text, bs, be, &mut out);
        }
    }
    out
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<Sentence>) {
    let slice = &text[s..e];
    let lead = slice.len()
        - slice
            .trim_start_matches(|c: char| is_space(c) || BULLETS.contains(&c))
            .len();
    // keep a leading dash that is part of text like "-- " only if nothing else
    let body = &slice[lead..];
    let trimmed = body.trim_end_matches(is_space);
    if trimmed.chars().any(|c| c.is_alphanumeric()) {
        out.push(Sentence {
            start: s + lead,
            end: s + lead + trimmed.len(),
        });
    }
}

fn split_block(text: &str, bs: usize, be: usize, out: &mut Vec<Sentence>) {
    let block = &text[bs..be];
    let bytes = block.as_bytes();
    let mut start = 0usize;
    let mut off = 0usize;
    let mut depth: i32 = 0; // parentheses depth
                            // Only ASCII brackets and terminators (and the 3-byte '…') matter here, so
                            // the scan runs over bytes; lookahead after a terminator decodes chars.
    while off < bytes.len() {
        // the next byte that matters: a bracket, a terminator, the first byte of '…'
        match bytes[off..]
            .iter()
            .position(|b| matches!(b, b'(' | b'[' | b')' | b']' | b'.' | b'!' | b'?' | 0xE2))
        {
            Some(p) => off += p,
            None => break,
        }
        let b = bytes[off];
        let width = match b {
            b'(' | b'[' => {
                depth += 1;
                1
            }
            b')' | b']' => {
                depth = (depth - 1).max(0);
                1
            }
            b'.' | b'!' | b'?' => 1,
            0xE2 if bytes[off..].starts_with("…".as_bytes()) => 3,
            _ => {
                off += 1;
                continue;
            }
        };
        let is_terminator = b != b'(' && b != b'[' && b != b')' && b != b']';
        if !is_terminator || depth != 0 {
            off += width;
            continue;
        }
        // absorb repeated terminators and closing quotes/brackets
        let mut rest = block[off + width..].char_indices().peekable();
        let mut end = block.len();
        while let Some(&(o, c)) = rest.peek() {
            if matches!(c, '.' | '!' | '?') || is_closing(c) {
                rest.next();
            } else {
                end = off + width + o;
                break;
            }
        }
        // need whitespace then an upper-case letter, digit or opening quote
        let mut saw_space = false;
        let mut next: Option<(usize, char)> = None;
        for (o, c) in rest {
            if is_space(c) {
                saw_space = true;
            } else {
                next = Some((off + width + o, c));
                break;
            }
        }
        let starts_new = match next {
            None => true,
            Some((_, n)) => {
                saw_space && (n.is_uppercase() || n.is_ascii_digit() || is_opening(n) || BULLETS.contains(&n))
            }
        };
        if starts_new && b == b'.' && !ends_sentence_at_period(block, off) {
            off += 1;
            continue;
        }
        if starts_new {
            push_trimmed(text, bs + start, bs + end, out);
            start = next.map(|x| x.0).unwrap_or(block.len());
            off = start;
            continue;
        }
        off += width;
    }
    if start < block.len() {
        push_trimmed(text, bs + start, be, out);
    }
}

/// Whether the period at byte `dot` of `block` ends a sentence.
fn ends_sentence_at_period(block: &str, dot: usize) -> bool {
    let before = &block[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return false;
    }
    // initials and dotted acronyms: "U.S", "J", "U.N"
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        // "U.S." at a real sentence end is common too; treat a dotted acronym
        // as an end only when the next word is a usual sentence opener.
        let after = block[dot + 1..].trim_start_matches(is_space);
        let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        return matches!(
            next.as_str(),
            "The" | "A" | "An" | "It" | "He" | "She" | "They" | "We" | "In" | "On" | "But"
        );
    }
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    true
}

/// A token: a word, a number or one punctuation mark, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Normalised form: lower case, curly quotes and dashes made plain.
    /// (Inline up to 24 bytes: most tokens never touch the heap.)
    pub norm: CompactString,
    /// The original text of the token.
    pub raw: CompactString,
    /// The closed word lists `norm` is in (`lexicon::word`).
    pub flags: u64,
    /// The gazetteer labels that open with `norm`, for the gazetteer that made
    /// the token (`Gazetteer::tokenize`): an index of its own, `NO_LABEL`, or
    /// `LABEL_UNKNOWN` for a token made without one (`tokenize`).
    pub label: u32,
    /// `norm` opens with a letter or digit (asked of most tokens, so kept).
    word: bool,
    /// `raw` opens with an upper-case letter.
    capitalized: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.word
    }
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }
    /// Whether the normalised form is in one of the word lists `lists` (bits of `lexicon::word`).
    pub fn is(&self, lists: u64) -> bool {
        self.flags & lists != 0
    }
}

/// Plain form of one character for comparisons.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' => '-',
        '\u{2013}' | '\u{2014}' | '\u{2015}' => '—',
        c if is_space(c) => ' ',
        c => c,
    }
}

/// Lower-cases and folds a label or phrase the way tokens are folded, with
/// tokens separated by single spaces.
pub fn normalize_phrase(s: &str) -> String {
    tokenize(s, 0)
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `Token::label` of a token no gazetteer has looked up.
pub const LABEL_UNKNOWN: u32 = u32::MAX;
/// `Token::label` of a word that opens no label of the gazetteer.
pub const NO_LABEL: u32 = u32::MAX - 1;

/// Tokenises `text`; offsets are shifted by `base`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    tokenize_with(text, base, |norm| (crate::lexicon::word::of(norm), LABEL_UNKNOWN))
}

/// Tokenises `text` (offsets shifted by `base`), taking each token's
/// `(flags, label)` from `lookup` of its normal form: one lookup per token.
pub fn tokenize_with(text: &str, base: usize, lookup: impl Fn(&str) -> (u64, u32)) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_into(text, base, lookup, &mut out);
    out
}

/// `tokenize_with`, appending the tokens to `out`.
pub fn tokenize_into(text: &str, base: usize, lookup: impl Fn(&str) -> (u64, u32), out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    // the char at byte `p` (a char boundary); ASCII without decoding
    let char_at = |p: usize| -> Option<char> {
        let b = *bytes.get(p)?;
        if b < 0x80 {
            Some(b as char)
        } else {
            text[p..].chars().next()
        }
    };
    let push = |out: &mut Vec<Token>, s: usize, e: usize| {
        let raw = &text[s..e];
        let raw_copy = CompactString::new(raw);
        let norm: CompactString = if raw.is_ascii() {
            if raw == "`" {
                CompactString::const_new("'")
            } else if raw.bytes().any(|b| b.is_ascii_uppercase()) {
                let mut n = raw_copy.clone();
                n.make_ascii_lowercase();
                n
            } else {
                raw_copy.clone()
            }
        } else {
            raw.chars().map(fold_char).flat_map(|c| c.to_lowercase()).collect()
        };
        // (an ASCII first letter is its own plain lower-case form but for case)
        let (word, capitalized) = match raw.as_bytes().first() {
            Some(b) if b.is_ascii() => (b.is_ascii_alphanumeric(), b.is_ascii_uppercase()),
            _ => (
                norm.chars().next().is_some_and(|c| c.is_alphanumeric()),
                raw.chars().next().is_some_and(|c| c.is_uppercase()),
            ),
        };
        let (flags, label) = lookup(&norm);
        out.push(Token {
            start: base + s,
            end: base + e,
            flags,
            label,
            word,
            capitalized,
            norm,
            raw: raw_copy,
        });
    };
    let mut pos = 0;
    let mut prev: Option<char> = None; // the char before `pos`
    while let Some(c) = char_at(pos) {
        let width = c.len_utf8();
        if is_space(c) {
            prev = Some(c);
            pos += width;
            continue;
        }
        if c.is_alphanumeric() {
            let (mut last, mut before_last) = (c, prev);
            let mut q = pos + width;
            while let Some(d) = char_at(q) {
                let joins = d.is_alphanumeric()
                    // 30,000 and 2.5
                    || (d == '.' || d == ',') && last.is_ascii_digit() && char_at(q + 1).is_some_and(|x| x.is_ascii_digit())
                    // U.S
                    || d == '.'
                        && last.is_uppercase()
                        && char_at(q + 1).is_some_and(|x| x.is_uppercase())
                        && before_last.is_none_or(|x| !x.is_alphanumeric() || x == '.');
                if !joins {
                    break;
                }
                before_last = Some(last);
                last = d;
                q += d.len_utf8();
            }
            // keep the trailing dot of a dotted acronym: "U.S."
            if char_at(q) == Some('.') && text[pos..q].contains('.') {
                q += 1;
                last = '.';
            }
            push(out, pos, q);
            prev = Some(last);
            pos = q;
            continue;
        }
        // possessive 's
        if fold_char(c) == '\'' && prev.is_some_and(|p| p.is_alphanumeric()) {
            if let Some(n @ ('s' | 'S')) = char_at(pos + width) {
                if char_at(pos + width + 1).is_none_or(|x| !x.is_alphanumeric()) {
                    push(out, pos, pos + width + 1);
                    prev = Some(n);
                    pos += width + 1;
                    continue;
                }
            }
        }
        push(out, pos, pos + width);
        prev = Some(c);
        pos += width;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let t = "Gen. Smith said U.S. troops left on Jan. 5. The town fell.";
        assert_eq!(
            sents(t),
            vec!["Gen. Smith said U.S. troops left on Jan. 5.", "The town fell."]
        );
    }

    #[test]
    fn lines_are_boundaries_and_bullets_are_trimmed() {
        let t = "Headline here\n\nFirst line.\n  • A bullet item\nLast one.";
        assert_eq!(
            sents(t),
            vec!["Headline here", "First line.", "A bullet item", "Last one."]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        let t = "He said \u{201c}we won.\u{201d} Then they left.";
        assert_eq!(sents(t), vec!["He said \u{201c}we won.\u{201d}", "Then they left."]);
    }

    #[test]
    fn offsets_are_bytes_into_original() {
        let t = "Caf\u{e9}\u{a0}news.\r\nNext \u{2019}line\u{2019}.\r\n";
        for s in split(t) {
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        }
        assert_eq!(sents(t), vec!["Caf\u{e9}\u{a0}news.", "Next \u{2019}line\u{2019}."]);
    }

    #[test]
    fn tokens_fold_quotes_and_keep_possessives() {
        let toks = tokenize("Assad\u{2019}s U.S.-backed 30,000 IS-held", 0);
        let norms: Vec<_> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            vec!["assad", "'s", "u.s.", "-", "backed", "30,000", "is", "-", "held"]
        );
    }
}
