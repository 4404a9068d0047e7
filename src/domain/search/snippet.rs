//! The best passage of a result and its highlighted words.

use std::collections::BTreeMap;

use super::analysis::{TermId, Token, Words};
use super::query::Query;
use super::Segment;

/// Which concept of the query each of its terms counts for.
pub struct Matcher {
    concepts: BTreeMap<TermId, usize>,
    count: usize,
}

impl Matcher {
    pub fn new(query: &Query) -> Matcher {
        let mut concepts = BTreeMap::new();
        for (index, concept) in query.concepts.iter().enumerate() {
            for term in concept.alternatives.iter().flat_map(|a| a.slots.iter().flatten()) {
                concepts.entry(*term).or_insert(index);
            }
        }
        Matcher { concepts, count: query.concepts.len() }
    }

    /// The concept a word counts for.
    fn concept(&self, token: &Token) -> Option<usize> {
        self.concepts.get(&token.term).copied()
    }

    /// How many of the query's concepts `words` have.
    pub fn concepts_in(&self, words: &Words) -> usize {
        let mut seen = vec![false; self.count];
        words.tokens.iter().filter_map(|t| self.concept(t)).for_each(|c| seen[c] = true);
        seen.iter().filter(|s| **s).count()
    }

    /// Splits `text` between tokens `from..to` into plain and matched stretches.
    pub fn highlight(&self, text: &str, words: &Words, from: usize, to: usize) -> Vec<Segment> {
        let mut segments: Vec<Segment> = Vec::new();
        if from >= to {
            return segments;
        }
        let tokens = &words.tokens;
        let (start, end) = (if from == 0 { 0 } else { tokens[from].start }, if to == tokens.len() { text.len() } else { tokens[to - 1].end });
        let mut at = start;
        let push = |segments: &mut Vec<Segment>, text: &str, hit: bool| {
            if text.is_empty() {
                return;
            }
            match segments.last_mut() {
                Some(last) if last.hit == hit => last.text.push_str(text),
                _ => segments.push(Segment { text: text.to_owned(), hit }),
            }
        };
        for token in &tokens[from..to] {
            if self.concept(token).is_some() {
                push(&mut segments, &text[at..token.start], false);
                push(&mut segments, &text[token.start..token.end], true);
                at = token.end;
            }
        }
        push(&mut segments, &text[at..end], false);
        segments
    }

    /// The stretch of text with the most of the query's concepts, starting a
    /// few words before its first match, highlighted.
    pub fn snippet(&self, text: &str, words: &Words) -> Vec<Segment> {
        const WINDOW: usize = 28;
        if words.len() == 0 {
            return Vec::new();
        }
        let matched: Vec<Option<usize>> = words.tokens.iter().map(|t| self.concept(t)).collect();
        let mut best = (0, 0);
        let mut seen = vec![0u32; self.count];
        let mut distinct = 0;
        // A sliding window: add the word entering, drop the word leaving.
        for (index, concept) in matched.iter().enumerate() {
            if let Some(c) = concept {
                seen[*c] += 1;
                distinct += usize::from(seen[*c] == 1);
            }
            if index >= WINDOW {
                if let Some(c) = matched[index - WINDOW] {
                    seen[c] -= 1;
                    distinct -= usize::from(seen[c] == 0);
                }
            }
            let start = (index + 1).saturating_sub(WINDOW);
            if distinct > best.0 {
                best = (distinct, start);
            }
        }
        let first_hit = matched[best.1..].iter().position(Option::is_some).map_or(best.1, |p| best.1 + p);
        let start = first_hit.saturating_sub(6);
        let end = (start + WINDOW).min(words.len());
        let mut segments = self.highlight(text, words, start, end);
        if start > 0 {
            segments.insert(0, Segment { text: "… ".into(), hit: false });
        }
        if end < words.len() {
            segments.push(Segment { text: " …".into(), hit: false });
        }
        segments
    }
}
