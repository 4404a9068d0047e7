//! Full-text search over the dossier and the records: case- and
//! diacritics-insensitive, word prefixes, light Dutch word forms, every word
//! must match, ranked with title matches and words close together first.

use super::catalogue::{Intervention, Programme};
use super::place::Place;
use super::dossier::{numbered, plain, Block, Dossier, Inline};
use super::text::{fold, fold_into};

/// Realistic queries for the search benchmarks (native and in the browser).
pub const BENCHMARK_QUERIES: [&str; 32] = [
    "cannabis", "cocaine", "lachgas", "xtc", "ghb", "3-mmc", "preventie", "preven", "ouders", "ouder",
    "school", "voortgezet onderwijs", "hoger onderwijs studenten", "uitgaan", "festival", "harm-reduction",
    "selectieve preventie", "geindiceerd", "kwetsbare groepen", "lvb", "jongerenwerk", "politie",
    "apv dealen", "monitor", "rioolwater", "wat werkt niet", "peer educatie", "ervaringsdeskundige",
    "campagne angst", "moti-4", "helder op school", "modelplan lokaal drugsbeleid",
];

/// What a search result points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Dossier,
    Intervention,
    Programme,
}

/// A word of a document: where its folded form stands in the field's folded
/// words, and where the word stands in the original text.
#[derive(Debug, Clone)]
struct Token {
    folded: (u32, u32),
    start: usize,
    end: usize,
}

/// The words of one field (title, context or text): every folded word in
/// one string, so indexing allocates once per field, not per word.
#[derive(Debug, Clone, Default)]
struct Words {
    folded: String,
    tokens: Vec<Token>,
}

impl Words {
    fn folded(&self, token: &Token) -> &str {
        &self.folded[token.folded.0 as usize..token.folded.1 as usize]
    }

    /// (folded word, original start, original end) of every word.
    fn iter(&self) -> impl Iterator<Item = (&str, usize, usize)> {
        self.tokens.iter().map(|t| (self.folded(t), t.start, t.end))
    }

    fn len(&self) -> usize {
        self.tokens.len()
    }
}

/// A searchable unit: a dossier section (up to the next heading), a box, or a record.
#[derive(Debug, Clone)]
pub struct Document {
    pub kind: DocKind,
    /// The heading, box title or record name.
    pub title: String,
    /// Where it stands: the chapter and section ("5 Effectieve Drugspreventie › 5.3 Setting: ..."),
    /// or the record's table.
    pub context: String,
    /// Its exact place in the app.
    pub place: Place,
    /// The visible text, for snippets.
    pub text: String,
    title_words: Words,
    context_words: Words,
    text_words: Words,
}

/// One stretch of a snippet or title; `hit` marks a matched word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone)]
pub struct Hit<'i> {
    pub document: &'i Document,
    pub score: u32,
    pub title: Vec<Segment>,
    pub snippet: Vec<Segment>,
}

/// The outcome of a query.
#[derive(Debug, Clone, Default)]
pub struct Results<'i> {
    pub hits: Vec<Hit<'i>>,
    /// Words of the query that occur nowhere, with close words that do
    /// ("cocain" -> "cocaïne"), to suggest when there are no hits.
    pub suggestions: Vec<(String, Vec<String>)>,
}

pub struct SearchIndex {
    documents: Vec<Document>,
    /// Every folded word of the corpus with a display form and its count;
    /// built on the first query without results.
    vocabulary: std::sync::OnceLock<Vec<(String, String, u32)>>,
}

/// Splits `text` into words (letters and digits), folded.
fn tokenize(text: &str) -> Words {
    let mut words = Words { folded: String::with_capacity(text.len()), tokens: Vec::new() };
    let mut start = None;
    for (index, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (super::text::is_word_char(c), start) {
            (true, None) => start = Some(index),
            (false, Some(from)) => {
                let folded_start = words.folded.len() as u32;
                fold_into(&text[from..index], &mut words.folded);
                words.tokens.push(Token { folded: (folded_start, words.folded.len() as u32), start: from, end: index });
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Light Dutch stemming for query words: plural and inflection endings go,
/// so "ouders" also finds "ouder" and "jongeren" finds "jongere". Only
/// applied when a useful stem of at least four letters remains.
fn stem(word: &str) -> Option<&str> {
    for ending in ["'s", "en", "s", "e"] {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() >= 4 {
                return Some(stem);
            }
        }
    }
    None
}

/// A query word and the forms it matches as word prefixes.
struct Term {
    word: String,
    stem: Option<String>,
}

/// How well a term matches a token: 3 whole word, 2 stem or word prefix of a whole word form, 1 prefix.
fn match_quality(term: &Term, token: &str) -> u32 {
    if token == term.word {
        3
    } else if token.starts_with(&term.word) {
        2
    } else if term.stem.as_deref().is_some_and(|stem| token.starts_with(stem)) {
        1
    } else {
        0
    }
}

fn terms(query: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    let words = tokenize(query);
    for (word, _, _) in words.iter() {
        if !terms.iter().any(|t| t.word == word) {
            terms.push(Term { word: word.to_owned(), stem: stem(word).map(str::to_owned) });
        }
    }
    terms
}

impl SearchIndex {
    /// Builds the index once from the content.
    pub fn build(dossier: &Dossier<'_>, interventions: &[Intervention], programmes: &[Programme]) -> SearchIndex {
        let mut documents = Vec::new();
        for chapter in &dossier.chapters {
            let chapter_title = numbered(chapter.number, chapter.title);
            let mut current = Document::new(DocKind::Dossier, chapter_title.clone(), String::new(), Place::Dossier(chapter.id.to_owned()));
            let mut section_title = chapter_title.clone();
            for block in &chapter.blocks {
                match block {
                    Block::Heading(heading) => {
                        documents.push(std::mem::replace(&mut current, Document::empty()));
                        let starts_section = !heading.number.is_empty() || heading.level == 2;
                        if starts_section {
                            section_title = heading.full_title();
                        }
                        let context = if !starts_section {
                            format!("{chapter_title} › {section_title}")
                        } else {
                            chapter_title.clone()
                        };
                        current = Document::new(DocKind::Dossier, heading.full_title(), context, Place::Dossier(heading.id.to_owned()));
                    }
                    Block::Box(text_box) => {
                        let mut doc = Document::new(
                            DocKind::Dossier,
                            text_box.title.to_owned(),
                            format!("{chapter_title} › {section_title}"),
                            Place::Dossier(text_box.id.to_owned()),
                        );
                        push_block_text(&mut doc.text, &text_box.blocks);
                        documents.push(doc);
                    }
                    other => push_block_text(&mut current.text, std::slice::from_ref(other)),
                }
            }
            documents.push(current);
        }
        for intervention in interventions {
            let mut doc = Document::new(
                DocKind::Intervention,
                intervention.name.clone(),
                format!("Interventie, Tabel {}", intervention.table),
                Place::Record(intervention.id.clone()),
            );
            for part in [intervention.description.as_deref(), Some(&intervention.target_group), Some(&intervention.recognition_text)]
                .into_iter()
                .flatten()
            {
                append(&mut doc.text, part);
            }
            documents.push(doc);
        }
        for programme in programmes {
            let mut doc = Document::new(
                DocKind::Programme,
                programme.name.clone(),
                format!("Programma of hulpmiddel ({})", programme.kind),
                Place::Record(programme.id.clone()),
            );
            if let Some(description) = &programme.description {
                append(&mut doc.text, description);
            }
            documents.push(doc);
        }
        documents.retain(|d| d.place != Document::empty().place);
        for doc in &mut documents {
            doc.title_words = tokenize(&doc.title);
            doc.context_words = tokenize(&doc.context);
            doc.text_words = tokenize(&doc.text);
        }
        SearchIndex { documents, vocabulary: std::sync::OnceLock::new() }
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// Runs a query: every word must match somewhere in a document.
    pub fn search(&self, query: &str, limit: usize) -> Results<'_> {
        let terms = terms(query);
        if terms.is_empty() {
            return Results::default();
        }
        let folded_query = terms.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" ");
        let mut hits: Vec<(u32, usize)> = Vec::new();
        for (index, doc) in self.documents.iter().enumerate() {
            if let Some(score) = doc.score(&terms, &folded_query) {
                hits.push((score, index));
            }
        }
        hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let suggestions = if hits.is_empty() { self.suggestions(&terms) } else { Vec::new() };
        let hits = hits
            .into_iter()
            .take(limit)
            .map(|(score, index)| {
                let document = &self.documents[index];
                Hit {
                    document,
                    score,
                    title: highlight(&document.title, &document.title_words, &terms, 0, document.title_words.len()),
                    snippet: document.snippet(&terms),
                }
            })
            .collect();
        Results { hits, suggestions }
    }

    /// Close words (edit distance 1, or 2 for longer words) for query words
    /// that occur nowhere, most frequent first.
    fn suggestions(&self, terms: &[Term]) -> Vec<(String, Vec<String>)> {
        let vocabulary = self.vocabulary.get_or_init(|| vocabulary(&self.documents));
        let mut out = Vec::new();
        for term in terms {
            let known = vocabulary.iter().any(|(word, _, _)| match_quality(term, word) > 0);
            if known {
                continue;
            }
            let max = if term.word.chars().count() >= 6 { 2 } else { 1 };
            let mut close: Vec<&(String, String, u32)> =
                vocabulary.iter().filter(|(word, _, _)| edit_distance(word, &term.word) <= max).collect();
            close.sort_unstable_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
            out.push((term.word.clone(), close.into_iter().take(3).map(|(_, display, _)| display.clone()).collect()));
        }
        out
    }
}

impl Document {
    fn new(kind: DocKind, title: String, context: String, place: Place) -> Document {
        Document {
            kind,
            title,
            context,
            place,
            text: String::new(),
            title_words: Words::default(),
            context_words: Words::default(),
            text_words: Words::default(),
        }
    }

    fn empty() -> Document {
        // A placeholder while the next document is made; never kept.
        Document::new(DocKind::Dossier, String::new(), String::new(), Place::Dossier(String::new()))
    }

    /// `None` when a term matches nowhere; else a relevance score.
    fn score(&self, terms: &[Term], folded_query: &str) -> Option<u32> {
        let mut score = 0;
        for term in terms {
            let best = |words: &Words| words.iter().map(|(w, _, _)| match_quality(term, w)).max().unwrap_or(0);
            let in_title = best(&self.title_words);
            let in_context = best(&self.context_words);
            let text_matches: u32 =
                self.text_words.iter().map(|(w, _, _)| match_quality(term, w)).filter(|&q| q > 0).take(6).sum();
            if in_title == 0 && in_context == 0 && text_matches == 0 {
                return None;
            }
            score += in_title * 8 + in_context * 2 + text_matches;
        }
        let title = fold(&self.title);
        if title == folded_query {
            score += 200;
        } else if title.starts_with(folded_query) {
            score += 40;
        }
        if terms.len() > 1 {
            score += closeness_bonus(&self.title_words, terms) * 2 + closeness_bonus(&self.text_words, terms);
        }
        Some(score)
    }

    /// The stretch of text with the most query words, highlighted.
    fn snippet(&self, terms: &[Term]) -> Vec<Segment> {
        const WINDOW: usize = 28;
        if self.text_words.len() == 0 {
            return Vec::new();
        }
        let matched: Vec<Option<usize>> =
            self.text_words.iter().map(|(w, _, _)| terms.iter().position(|term| match_quality(term, w) > 0)).collect();
        let mut best = (0, 0);
        for start in 0..self.text_words.len() {
            let end = (start + WINDOW).min(matched.len());
            let mut seen = vec![false; terms.len()];
            matched[start..end].iter().flatten().for_each(|&i| seen[i] = true);
            let distinct = seen.iter().filter(|s| **s).count();
            if distinct > best.0 {
                best = (distinct, start);
            }
            if distinct == terms.len() {
                break;
            }
        }
        // Start a few words before the first hit, for context.
        let first_hit = matched[best.1..].iter().position(Option::is_some).map_or(best.1, |p| best.1 + p);
        let start = first_hit.saturating_sub(6);
        let end = (start + WINDOW).min(self.text_words.len());
        let mut segments = highlight(&self.text, &self.text_words, terms, start, end);
        if start > 0 {
            segments.insert(0, Segment { text: "… ".into(), hit: false });
        }
        if end < self.text_words.len() {
            segments.push(Segment { text: " …".into(), hit: false });
        }
        segments
    }
}

/// Splits `text` between tokens `from..to` into plain and matched stretches.
fn highlight(text: &str, words: &Words, terms: &[Term], from: usize, to: usize) -> Vec<Segment> {
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
        if terms.iter().any(|term| match_quality(term, words.folded(token)) > 0) {
            push(&mut segments, &text[at..token.start], false);
            push(&mut segments, &text[token.start..token.end], true);
            at = token.end;
        }
    }
    push(&mut segments, &text[at..end], false);
    segments
}

/// Rewards documents where all terms stand close together: 15 when they
/// follow each other in query order, 8 when within eight words.
fn closeness_bonus(words: &Words, terms: &[Term]) -> u32 {
    let positions: Vec<Option<usize>> = words.iter().map(|(w, _, _)| terms.iter().position(|term| match_quality(term, w) > 0)).collect();
    let phrase = positions.windows(terms.len()).any(|w| w.iter().enumerate().all(|(i, p)| *p == Some(i)));
    if phrase {
        return 15;
    }
    let near = positions.windows(8.min(positions.len()).max(1)).any(|w| {
        let mut seen = vec![false; terms.len()];
        w.iter().flatten().for_each(|&i| seen[i] = true);
        seen.iter().all(|s| *s)
    });
    if near { 8 } else { 0 }
}

fn vocabulary(documents: &[Document]) -> Vec<(String, String, u32)> {
    let mut words: std::collections::BTreeMap<String, (String, u32)> = std::collections::BTreeMap::new();
    for doc in documents {
        for (text, field) in [(&doc.title, &doc.title_words), (&doc.text, &doc.text_words)] {
            for (folded, start, end) in field.iter() {
                let entry = words.entry(folded.to_owned()).or_insert_with(|| (super::text::lowercase(&text[start..end]), 0));
                entry.1 += 1;
            }
        }
    }
    words.into_iter().map(|(folded, (display, count))| (folded, display, count)).collect()
}

/// Levenshtein distance over characters, stopping early past 2.
fn edit_distance(a: &str, b: &str) -> usize {
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

fn append(text: &mut String, part: &str) {
    if !text.is_empty() {
        text.push_str(" ");
    }
    text.push_str(part);
}

/// The visible text of blocks (paragraphs, lists, tables, figures), for searching.
fn push_block_text(text: &mut String, blocks: &[Block<'_>]) {
    let push_inlines = |text: &mut String, inlines: &[Inline<'_>]| append(text, &plain(inlines));
    for block in blocks {
        match block {
            Block::Heading(heading) => append(text, &heading.full_title()),
            Block::Paragraph(inlines) => push_inlines(text, inlines),
            Block::List(list) => list.items.iter().flat_map(|i| &i.paragraphs).for_each(|p| push_inlines(text, p)),
            Block::Table(table) => {
                append(text, table.caption);
                table.rows.iter().flat_map(|r| &r.cells).flatten().for_each(|p| push_inlines(text, p));
            }
            Block::InterventionTable { caption, .. } => append(text, caption),
            Block::Figure(figure) => {
                append(text, figure.caption);
                push_block_text(text, &figure.blocks);
            }
            Block::Box(text_box) => {
                append(text, text_box.title);
                push_block_text(text, &text_box.blocks);
            }
        }
    }
}
