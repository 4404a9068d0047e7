//! From text to the index's terms: words folded (case and diacritics),
//! Dutch stems (Snowball's Dutch algorithm), and compound words split
//! against the index's own vocabulary ("drugstest" is "drugs" + "test").

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use crate::domain::text::{fold_into, is_word_char};

/// A term of the index: one Dutch stem, shared by its word forms.
pub type TermId = u32;

/// The shortest part a compound word splits into; shorter parts ("de",
/// "in", "pre") make false splits.
const MIN_PART: usize = 4;

/// A word of a field: where its folded form stands in the field's folded
/// words, where the word stands in the original text, and its term.
#[derive(Debug, Clone)]
pub struct Token {
    folded: (u32, u32),
    pub start: usize,
    pub end: usize,
    pub term: TermId,
}

/// The words of one field (title, context or text): every folded word in
/// one string, so indexing allocates once per field, not per word.
#[derive(Debug, Clone, Default)]
pub struct Words {
    folded: String,
    pub tokens: Vec<Token>,
}

impl Words {
    pub fn folded(&self, token: &Token) -> &str {
        &self.folded[token.folded.0 as usize..token.folded.1 as usize]
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }
}

/// Splits `text` into words (letters and digits), folded; terms are set
/// later, by `Vocabulary::assign`.
pub fn tokenize(text: &str) -> Words {
    let mut words = Words { folded: String::with_capacity(text.len()), tokens: Vec::new() };
    let mut start = None;
    for (index, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (is_word_char(c), start) {
            (true, None) => start = Some(index),
            (false, Some(from)) => {
                let folded_start = words.folded.len() as u32;
                fold_into(&text[from..index], &mut words.folded);
                words.tokens.push(Token { folded: (folded_start, words.folded.len() as u32), start: from, end: index, term: 0 });
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// A plural in -s after a vowel without its -s ("interventies").
fn singular(folded: &str) -> Option<&str> {
    folded.strip_suffix('s').filter(|single| single.len() >= 3 && single.ends_with(['a', 'e', 'i', 'o', 'u', 'y']))
}

/// The Snowball Dutch stem of a folded word.
pub fn stem(folded: &str) -> String {
    Stemmer::create(Algorithm::Dutch).stem(folded).into_owned()
}

/// Every word of the index, folded, with its term and how often it occurs;
/// sorted, for word lookups, prefixes and spelling suggestions.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Each term's stem, which its words share.
    pub stems: Vec<String>,
    /// (folded word, term, count), sorted by word.
    pub words: Vec<(String, TermId, u32)>,
    /// Folded stop words.
    stop_words: Vec<String>,
}

impl Vocabulary {
    /// The vocabulary of `fields`, setting each of their tokens' term;
    /// `stop_words` (folded) are terms too, but never compound parts.
    pub fn build(mut fields: Vec<&mut Words>, stop_words: &[String]) -> Vocabulary {
        // Each distinct word gets a number as it is first seen (a hash map
        // here: a sorted list or a tree of every occurrence costs several
        // times as much in the browser); tokens keep their word's number, so
        // their terms are set afterwards without looking words up again.
        let mut seen: HashMap<&str, u32> = HashMap::new();
        let mut counted: Vec<(&str, u32)> = Vec::new();
        let mut word_of_token: Vec<u32> = Vec::new();
        for field in &fields {
            for token in &field.tokens {
                let word = field.folded(token);
                let number = *seen.entry(word).or_insert_with(|| {
                    counted.push((word, 0));
                    (counted.len() - 1) as u32
                });
                counted[number as usize].1 += 1;
                word_of_token.push(number);
            }
        }
        drop(seen);
        let mut order: Vec<u32> = (0..counted.len() as u32).collect();
        order.sort_unstable_by_key(|&number| counted[number as usize].0);
        let known = |word: &str| order.binary_search_by(|&n| counted[n as usize].0.cmp(word)).is_ok();
        let mut term_of_stem: HashMap<String, TermId> = HashMap::new();
        let mut stems: Vec<String> = Vec::new();
        let mut term_of_word = vec![0; counted.len()];
        let mut words = Vec::with_capacity(counted.len());
        for &number in &order {
            let (word, count) = counted[number as usize];
            // Snowball's Dutch algorithm keeps the plural -s after a vowel
            // ("interventies", "risicos"); where the singular is a word of the
            // index too, the plural takes its stem.
            let stem = match singular(word) {
                Some(single) if known(single) => stem(single),
                _ => stem(word),
            };
            let term = *term_of_stem.entry(stem).or_insert_with_key(|stem| {
                stems.push(stem.clone());
                (stems.len() - 1) as TermId
            });
            term_of_word[number as usize] = term;
            words.push((word.to_owned(), term, count));
        }
        let mut numbers = word_of_token.into_iter();
        for field in &mut fields {
            for token in &mut field.tokens {
                token.term = numbers.next().map_or(0, |number| term_of_word[number as usize]);
            }
        }
        Vocabulary { stems, words, stop_words: stop_words.to_vec() }
    }

    /// The term of a folded word of the index.
    pub fn word(&self, folded: &str) -> Option<TermId> {
        self.words.binary_search_by(|(word, _, _)| word.as_str().cmp(folded)).ok().map(|i| self.words[i].1)
    }

    /// The term of a folded word, also when only another form of it occurs
    /// ("verslaafd" finds the term of "verslaafde").
    pub fn term(&self, folded: &str) -> Option<TermId> {
        self.word(folded)
            .or_else(|| self.stem_term(&stem(folded)))
            .or_else(|| singular(folded).and_then(|single| self.word(single).or_else(|| self.stem_term(&stem(single)))))
    }

    fn stem_term(&self, stem: &str) -> Option<TermId> {
        // Few words share a stem; the words starting with the stem hold it.
        self.with_prefix(stem).map(|(_, term, _)| *term).find(|term| self.stems[*term as usize] == stem)
    }

    /// The words of the index that start with `prefix`, in order.
    pub fn with_prefix<'v>(&'v self, prefix: &'v str) -> impl Iterator<Item = &'v (String, TermId, u32)> + 'v {
        self.words[self.prefix_range(prefix)].iter()
    }

    /// Where the words that start with `prefix` stand in `words`.
    pub fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let from = self.words.partition_point(|(word, _, _)| word.as_str() < prefix);
        let count = self.words[from..].iter().take_while(|(word, _, _)| word.starts_with(prefix)).count();
        from..from + count
    }

    pub fn is_stop_word(&self, folded: &str) -> bool {
        self.stop_words.iter().any(|w| w == folded)
    }

    /// The terms of the words `folded` is made of, longest first part
    /// first, or none: each part a word of the index of at least four
    /// letters and no stop word, a linking "s" allowed after a part
    /// ("verslavings|problemen").
    pub fn split(&self, folded: &str) -> Vec<TermId> {
        self.split_depth(folded, 0).unwrap_or_default()
    }

    fn split_depth(&self, folded: &str, depth: u8) -> Option<Vec<TermId>> {
        let chars: Vec<(usize, char)> = folded.char_indices().collect();
        if chars.len() < 2 * MIN_PART || depth > 2 {
            return None;
        }
        for cut in (MIN_PART..=chars.len() - MIN_PART).rev() {
            let (left, right) = folded.split_at(chars[cut].0);
            let left_term = self.part(left).or_else(|| left.strip_suffix('s').and_then(|l| self.part(l)));
            let Some(left_term) = left_term else { continue };
            if let Some(right_term) = self.part(right).or_else(|| self.stem_part(right)) {
                return Some(vec![left_term, right_term]);
            }
            if let Some(mut rest) = self.split_depth(right, depth + 1) {
                rest.insert(0, left_term);
                return Some(rest);
            }
        }
        None
    }

    /// Whether `folded` is long enough, and no stop word, to be a part.
    fn may_be_part(&self, folded: &str) -> bool {
        folded.chars().count() >= MIN_PART && !self.is_stop_word(folded)
    }

    /// A word that may be part of a compound: a word of the index, or the
    /// stem of one ("test" in "testservice" is the word "testen").
    fn part(&self, folded: &str) -> Option<TermId> {
        if !self.may_be_part(folded) {
            return None;
        }
        // The word itself sorts first among the words it starts.
        self.with_prefix(folded)
            .take(12)
            .find(|(word, _, _)| matches!(&word[folded.len()..], "" | "e" | "en" | "s"))
            .map(|(_, term, _)| *term)
    }

    /// A last part known only in another form ("locaties" in
    /// "testlocaties" is the word "locatie"): by its stem, which costs more,
    /// so it is tried once a first part has matched.
    fn stem_part(&self, folded: &str) -> Option<TermId> {
        self.may_be_part(folded).then(|| self.term(folded)).flatten()
    }

    /// The words of the index that have `term` as a part, other than its
    /// own forms ("verslavingsproblemen" for the term of "verslaving",
    /// "testlocaties" for that of "testen"): a scan for the stem, then a
    /// split of the few words that hold it.
    pub fn compounds_with(&self, term: TermId) -> Vec<TermId> {
        let stem = &self.stems[term as usize];
        let mut found: Vec<TermId> = Vec::new();
        if stem.len() < 3 {
            return found;
        }
        for (word, other, _) in &self.words {
            if *other != term && !found.contains(other) && word.len() >= stem.len() + MIN_PART && word.contains(stem.as_str()) && self.split(word).contains(&term) {
                found.push(*other);
            }
        }
        found
    }

    /// Close words for a word of no term (edit distance 1, or 2 from six
    /// letters), the closest first, then the most frequent.
    pub fn close_words(&self, folded: &str) -> Vec<&(String, TermId, u32)> {
        let max = if folded.chars().count() >= 6 { 2 } else { 1 };
        let mut close: Vec<(u32, u32)> = Vec::new();
        for (index, (word, _, count)) in self.words.iter().enumerate() {
            let distance = edit_distance(word, folded);
            if distance <= max {
                close.push(((distance as u32) << 24 | (0xFF_FFFF - (*count).min(0xFF_FFFF)), index as u32));
            }
        }
        in_order(&mut close);
        close.into_iter().map(|(_, index)| &self.words[index as usize]).collect()
    }
}

/// Sorts (key, index) pairs: every ranking in search sorts this one type,
/// so the wasm holds one sort for them, not one per comparison.
pub fn in_order(pairs: &mut [(u32, u32)]) {
    pairs.sort_unstable();
}

/// Levenshtein distance over characters, stopping early past 2.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            current[j + 1] = (previous[j] + cost).min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(text: &str) -> Vocabulary {
        let mut words = tokenize(text);
        Vocabulary::build(vec![&mut words], &["de".to_owned(), "onder".to_owned()])
    }

    #[test]
    fn word_forms_share_a_term() {
        let v = vocabulary("ouders ouder interventies interventie jongeren jongere");
        assert_eq!(v.word("ouders"), v.word("ouder"));
        assert_eq!(v.word("jongeren"), v.word("jongere"));
        assert_eq!(v.word("interventies"), v.word("interventie"), "plural -s after a vowel");
        assert_ne!(v.word("ouder"), v.word("jongere"));
        assert_eq!(v.term("jongeren"), v.word("jongere"));
        assert_eq!(v.word("jong"), None);
    }

    #[test]
    fn other_forms_of_a_word_find_its_term() {
        let v = vocabulary("verslaafde scholen");
        assert_eq!(v.term("school"), v.word("scholen"));
        assert_eq!(v.term("verslaafd"), v.word("verslaafde"));
        assert_eq!(v.term("kind"), None);
    }

    #[test]
    fn compounds_split_into_words_of_the_index() {
        let v = vocabulary("drugs testen problemen verslaving preventie beleid onderzoek zoek service");
        let terms = |words: &[&str]| words.iter().map(|w| v.word(w).unwrap()).collect::<Vec<_>>();
        assert_eq!(v.split("drugstest"), terms(&["drugs", "testen"]));
        assert_eq!(v.split("testservice"), terms(&["testen", "service"]), "a part may be a word's stem");
        assert_eq!(v.split("testservices"), terms(&["testen", "service"]), "or another form of a word");
        assert_eq!(v.split("verslavingsproblemen"), terms(&["verslaving", "problemen"]));
        assert_eq!(v.split("drugspreventiebeleid"), terms(&["drugs", "preventie", "beleid"]));
        assert!(v.split("onderzoek").is_empty(), "a stop word is no part");
        assert!(v.split("preventie").is_empty());
        assert!(v.split("testje").is_empty(), "parts are at least four letters");
        let v = vocabulary("verslaving verslavingsproblemen verslaafde problemen drugs testen testlocaties locatie");
        let words = |words: &[&str]| words.iter().map(|w| v.word(w).unwrap()).collect::<Vec<_>>();
        assert_eq!(v.compounds_with(v.word("verslaving").unwrap()), words(&["verslavingsproblemen"]));
        assert_eq!(v.compounds_with(v.term("test").unwrap()), words(&["testlocaties"]));
        assert!(v.compounds_with(v.word("drugs").unwrap()).is_empty());
    }

    #[test]
    fn close_words_are_within_two_edits() {
        let v = vocabulary("festival festivals festivals cocaine");
        assert_eq!(v.close_words("festval")[0].0, "festival");
        assert_eq!(v.close_words("cocaiene")[0].0, "cocaine");
        assert!(v.close_words("xyzzyq").is_empty());
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
