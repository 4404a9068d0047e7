//! A query, read against the index's vocabulary: each meaningful word (or
//! phrase of a synonym group) becomes a concept with the terms that count
//! for it: its own word form, words it starts (while typing), the parts of
//! a compound, the dossier's synonyms, or the closest word when it is
//! misspelt.

use super::analysis::{in_order, tokenize, TermId, Vocabulary};
use super::Lexicon;

/// Words that count for a concept together, with a weight: one word, a
/// phrase, or a compound's parts. Each slot is one word, or a part with the
/// compounds it is in; a document needs every slot, and the scores of the
/// terms it has are added.
#[derive(Debug, Clone)]
pub struct Alternative {
    pub slots: Vec<Vec<TermId>>,
    pub weight: f32,
}

impl Alternative {
    fn word(term: TermId, weight: f32) -> Alternative {
        Alternative { slots: vec![vec![term]], weight }
    }
}

/// What one meaningful word (or synonym phrase) of the query looks for.
#[derive(Debug, Clone, Default)]
pub struct Concept {
    pub alternatives: Vec<Alternative>,
}

/// A query, analysed.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub concepts: Vec<Concept>,
    /// The folded query, stop words included, for title matches.
    pub folded: String,
    /// Synonyms searched too, as the dossier writes them.
    pub also: Vec<String>,
    /// The query's words with misspelt ones corrected (folded), when any were.
    pub correction: Option<Vec<String>>,
}

/// How much a match through each route counts against the word itself.
const PREFIX: f32 = 0.7;
const COMPOUND_PARTS: f32 = 0.7;
/// A compound that has the word as a part ("verslavingsproblemen" for "verslaving").
const COMPOUND: f32 = 0.7;
const SYNONYM: f32 = 0.8;
/// At most this many words a typed prefix stands for (the most frequent).
const PREFIX_WORDS: usize = 24;

impl Query {
    pub fn read(text: &str, vocabulary: &Vocabulary, synonyms: &[Vec<Member>]) -> Query {
        let words = tokenize(text);
        let folded: Vec<&str> = words.tokens.iter().map(|t| words.folded(t)).collect();
        let with_terms: Vec<(&str, Option<TermId>)> = folded.iter().map(|w| (*w, vocabulary.term(w))).collect();
        let mut query = Query { folded: folded.join(" "), ..Query::default() };
        let meaningful: Vec<usize> = {
            let kept: Vec<usize> = (0..folded.len()).filter(|&i| !vocabulary.is_stop_word(folded[i])).collect();
            if kept.is_empty() { (0..folded.len()).collect() } else { kept }
        };
        // Typing: the last word may be the start of a longer one.
        let typing = !text.ends_with(char::is_whitespace);
        let last = |at: usize| at + 1 == folded.len() && typing;
        // Each word's own concept, read once. Misspelt words (no term, no
        // longer word, no parts, no synonym) are replaced by the closest
        // word of the index before anything else, and read again below.
        let mut concepts: Vec<Option<Concept>> = vec![None; folded.len()];
        let mut corrected: Vec<String> = folded.iter().map(|w| (*w).to_owned()).collect();
        let mut any_correction = false;
        let synonym = |word: &str| synonyms.iter().flatten().any(|member| member.folded.iter().any(|w| w == word));
        for &at in meaningful.iter().filter(|&&at| !synonym(folded[at])) {
            let concept = word_concept(folded[at], with_terms[at].1, last(at), vocabulary);
            if concept.alternatives.is_empty() {
                if let Some(close) = vocabulary.close_words(folded[at]).first() {
                    corrected[at] = close.0.clone();
                    any_correction = true;
                    continue;
                }
            }
            concepts[at] = Some(concept);
        }
        let with_terms: Vec<(&str, Option<TermId>)> =
            corrected.iter().zip(&with_terms).map(|(word, (original, term))| (word.as_str(), if word == original { *term } else { vocabulary.word(word) })).collect();
        let mut own_concept = |at: usize| concepts[at].take().unwrap_or_else(|| word_concept(with_terms[at].0, with_terms[at].1, last(at), vocabulary));
        let mut position = 0;
        while position < meaningful.len() {
            let at = meaningful[position];
            if let Some((length, mut concept, also)) = synonyms_at(&with_terms, at, vocabulary, synonyms) {
                if length == 1 {
                    // The word's own forms, starts and compounds count too.
                    concept.alternatives.extend(own_concept(at).alternatives);
                }
                query.concepts.push(concept);
                for word in also {
                    if !query.also.contains(&word) {
                        query.also.push(word);
                    }
                }
                position += meaningful[position..].iter().take_while(|&&i| i < at + length).count();
                continue;
            }
            query.concepts.push(own_concept(at));
            position += 1;
        }
        if any_correction {
            query.correction = Some(corrected);
        }
        query
    }
}

/// A single word's concept: its term, the words it starts, its parts, and
/// the compounds it is a part of.
fn word_concept(word: &str, own: Option<TermId>, typing: bool, vocabulary: &Vocabulary) -> Concept {
    let mut concept = Concept::default();
    if let Some(term) = own {
        concept.alternatives.push(Alternative::word(term, 1.0));
    }
    if (typing || own.is_none()) && word.chars().count() >= 3 {
        // The most frequent first.
        let mut started: Vec<(u32, u32)> = vocabulary
            .prefix_range(word)
            .filter(|&index| Some(vocabulary.words[index].1) != own)
            .map(|index| (u32::MAX - vocabulary.words[index].2, index as u32))
            .collect();
        in_order(&mut started);
        let mut seen: Vec<TermId> = Vec::new();
        for (_, index) in started {
            let term = vocabulary.words[index as usize].1;
            if seen.len() == PREFIX_WORDS {
                break;
            }
            if !seen.contains(&term) {
                seen.push(term);
                concept.alternatives.push(Alternative::word(term, PREFIX));
            }
        }
    }
    let parts = vocabulary.split(word);
    if !parts.is_empty() {
        // "drugstest": drugs and test, also where test is a part ("testlocaties").
        let slots = parts
            .into_iter()
            .map(|part| std::iter::once(part).chain(vocabulary.compounds_with(part)).collect())
            .collect();
        concept.alternatives.push(Alternative { slots, weight: COMPOUND_PARTS });
    }
    if let Some(term) = own.filter(|_| !vocabulary.is_stop_word(word)) {
        for compound in vocabulary.compounds_with(term) {
            if !concept.alternatives.iter().any(|a| a.slots == [[compound]]) {
                concept.alternatives.push(Alternative::word(compound, COMPOUND));
            }
        }
    }
    concept
}

/// A word or phrase of a synonym group, read against the vocabulary.
#[derive(Debug, Clone)]
pub struct Member {
    /// As `zoeken.txt` writes it, to show.
    written: String,
    folded: Vec<String>,
    /// The term of each word, if the index has it.
    terms: Vec<Option<TermId>>,
}

/// The lexicon's synonym groups, their words' terms looked up once.
pub fn synonym_groups(lexicon: &Lexicon, vocabulary: &Vocabulary) -> Vec<Vec<Member>> {
    let member = |written: &String| {
        let words = tokenize(written);
        let folded: Vec<String> = words.tokens.iter().map(|t| words.folded(t).to_owned()).collect();
        let terms = folded.iter().map(|w| vocabulary.term(w)).collect();
        Member { written: written.clone(), folded, terms }
    };
    lexicon.synonyms.iter().map(|group| group.iter().map(member).filter(|m| !m.folded.is_empty()).collect()).collect()
}

/// A synonym group one of whose members starts at word `at`: the number of
/// query words it covers, its concept, and the other members searched too.
fn synonyms_at(words: &[(&str, Option<TermId>)], at: usize, vocabulary: &Vocabulary, groups: &[Vec<Member>]) -> Option<(usize, Concept, Vec<String>)> {
    let same = |(word, term): (&str, Option<TermId>), member: &Member, i: usize| {
        word == member.folded[i] || (term.is_some() && term == member.terms[i])
    };
    for group in groups {
        let Some(matched) = group.iter().position(|member| {
            words.len() >= at + member.folded.len() && (0..member.folded.len()).all(|i| same(words[at + i], member, i))
        }) else {
            continue;
        };
        let mut concept = Concept::default();
        let mut also = Vec::new();
        for (index, member) in group.iter().enumerate() {
            let Some(terms) = member.terms.iter().copied().collect::<Option<Vec<TermId>>>() else { continue };
            // Stop words in a phrase ("ouders met verslavingsproblemen") do not count.
            let meaningful: Vec<TermId> =
                terms.iter().zip(&member.folded).filter(|(_, w)| !vocabulary.is_stop_word(w)).map(|(t, _)| *t).collect();
            let terms = if meaningful.is_empty() { terms } else { meaningful };
            let weight = if index == matched { 1.0 } else { SYNONYM };
            concept.alternatives.push(Alternative { slots: terms.into_iter().map(|t| vec![t]).collect(), weight });
            if index != matched {
                also.push(member.written.clone());
            }
        }
        return Some((group[matched].folded.len(), concept, also));
    }
    None
}
