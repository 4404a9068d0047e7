//! Full-text search over the dossier and the records, ranked with BM25:
//! a document matching more of the query's meaningful words ranks higher,
//! and one missing a word can still be found. Words match by their Dutch
//! stem, as the start of a longer word while typing, by their parts when
//! compound, by the dossier's synonyms (`Lexicon`), and by the closest word
//! when misspelt. Results are grouped per numbered section.

mod analysis;
mod query;
mod snippet;

use super::catalogue::{Intervention, Programme};
use super::place::Place;
use super::dossier::{numbered, plain, Block, Dossier, Inline};
use super::markup::Problem;
use super::records::Record;
use analysis::{in_order, tokenize, TermId, Vocabulary, Words};
use query::{synonym_groups, Member, Query};
use snippet::Matcher;

/// Realistic queries for the search benchmarks (native and in the browser):
/// words, phrases, questions, synonyms, compounds and typos.
pub const BENCHMARK_QUERIES: [&str; 48] = [
    "cannabis", "cocaine", "lachgas", "xtc", "ghb", "3-mmc", "preventie", "preven", "ouders", "ouder",
    "school", "voortgezet onderwijs", "hoger onderwijs studenten", "uitgaan", "festival", "harm-reduction",
    "selectieve preventie", "geindiceerd", "kwetsbare groepen", "lvb", "jongerenwerk", "politie",
    "apv dealen", "monitor", "rioolwater", "wat werkt niet", "peer educatie", "ervaringsdeskundige",
    "campagne angst", "moti-4", "helder op school", "modelplan lokaal drugsbeleid",
    "kinderen van verslaafde ouders", "hoeveel jongeren gebruiken cannabis", "nachtleven", "xtc festival",
    "lachgas school", "drugstest", "verslavingsproblemen ouders", "wat werkt niet bij voorlichting",
    "hoe maak ik een lokaal drugsbeleid", "werkplek", "drugscheck", "festval", "cocaiene", "selectieve preventei",
    "jongerenwek", "daklozen",
];

/// What a search result points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Dossier,
    Intervention,
    Programme,
}

/// Words queries leave out, and groups of words the dossier uses for one
/// thing (from `src/content/zoeken.txt`).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub stop_words: Vec<String>,
    /// Searches to offer when nothing matched.
    pub suggestions: Vec<String>,
    /// Each group's words and phrases, as the dossier writes them.
    pub synonyms: Vec<Vec<String>>,
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
    /// The anchor of the numbered section (or the record) it belongs to.
    pub section: String,
    title_words: Words,
    context_words: Words,
    text_words: Words,
    /// The title's folded words without its number, for exact title matches.
    title_folded: String,
}

/// One stretch of a snippet or title; `hit` marks a matched word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// A result: the best document of a section (or a record), with the other
/// matching documents of the same section.
#[derive(Debug, Clone)]
pub struct Hit<'i> {
    pub document: &'i Document,
    pub score: f32,
    pub title: Vec<Segment>,
    pub snippet: Vec<Segment>,
    /// Other matching places in the same section, best first.
    pub also: Vec<&'i Document>,
}

/// The outcome of a query.
#[derive(Debug, Clone, Default)]
pub struct Results<'i> {
    /// The results of the kind asked for, best first.
    pub hits: Vec<Hit<'i>>,
    /// How many results each kind has: dossier, interventions, programmes.
    pub counts: [usize; 3],
    /// Synonyms searched too, as the dossier writes them.
    pub also_searched: Vec<String>,
    /// The query with misspelt words replaced by the closest words of the
    /// index, when any were ("festval" -> "festival").
    pub correction: Option<String>,
}

impl Results<'_> {
    pub fn count(&self, kind: Option<DocKind>) -> usize {
        match kind {
            None => self.counts.iter().sum(),
            Some(kind) => self.counts[kind as usize],
        }
    }
}

/// How often a word counts in each field of a document.
const TITLE_WEIGHT: f32 = 3.0;
const CONTEXT_WEIGHT: f32 = 0.5;
const TEXT_WEIGHT: f32 = 1.0;
/// BM25's constants: how fast repeats stop adding, and how much a long
/// document's length counts against it (0.75 usually; less here, since a
/// record's few lines would otherwise outrank the section about the subject).
const K1: f32 = 1.2;
const B: f32 = 0.5;
/// At most this many other places of a section are listed under its result.
const ALSO_LIMIT: usize = 3;

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    frequency: f32,
}

pub struct SearchIndex {
    documents: Vec<Document>,
    /// Each document's group: the documents of one numbered section (or
    /// one record) share a number.
    groups: Vec<u32>,
    vocabulary: Vocabulary,
    /// Per term, the documents it occurs in.
    postings: Vec<Vec<Posting>>,
    lengths: Vec<f32>,
    average_length: f32,
    synonyms: Vec<Vec<Member>>,
    suggestions: Vec<String>,
}

impl SearchIndex {
    /// Builds the index from the content.
    pub fn build(dossier: &Dossier<'_>, interventions: &[Intervention], programmes: &[Programme], lexicon: &Lexicon) -> SearchIndex {
        let mut documents = documents(dossier, interventions, programmes);
        let stop_words: Vec<String> = lexicon.stop_words.iter().map(|w| crate::domain::text::fold(w)).collect();
        for doc in &mut documents {
            doc.title_words = tokenize(&doc.title);
            doc.context_words = tokenize(&doc.context);
            doc.text_words = tokenize(&doc.text);
        }
        let fields = documents.iter_mut().flat_map(|d| [&mut d.title_words, &mut d.context_words, &mut d.text_words]);
        let vocabulary = Vocabulary::build(fields.collect(), &stop_words);
        let mut postings: Vec<Vec<Posting>> = vec![Vec::new(); vocabulary.stems.len()];
        let mut lengths = Vec::with_capacity(documents.len());
        let mut sections: Vec<&str> = Vec::new();
        let mut groups = Vec::with_capacity(documents.len());
        for (index, doc) in documents.iter_mut().enumerate() {
            doc.title_folded = title_folded(&doc.title_words);
            let doc_id = index as u32;
            for (words, weight) in [(&doc.title_words, TITLE_WEIGHT), (&doc.context_words, CONTEXT_WEIGHT), (&doc.text_words, TEXT_WEIGHT)] {
                for token in &words.tokens {
                    // Documents come in order: this one's posting, if any, is the last.
                    let list = &mut postings[token.term as usize];
                    match list.last_mut() {
                        Some(posting) if posting.doc == doc_id => posting.frequency += weight,
                        _ => list.push(Posting { doc: doc_id, frequency: weight }),
                    }
                }
            }
            lengths.push((doc.title_words.len() + doc.text_words.len()) as f32);
        }
        for doc in &documents {
            let group = sections.iter().position(|s| *s == doc.section).unwrap_or_else(|| {
                sections.push(&doc.section);
                sections.len() - 1
            });
            groups.push(group as u32);
        }
        let average_length = lengths.iter().sum::<f32>() / lengths.len().max(1) as f32;
        let synonyms = synonym_groups(lexicon, &vocabulary);
        let suggestions = lexicon.suggestions.clone();
        SearchIndex { documents, groups, vocabulary, postings, lengths, average_length, synonyms, suggestions }
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// Searches to offer when nothing matched.
    pub fn suggestions(&self) -> &[String] {
        &self.suggestions
    }

    /// Runs a query over every kind of document.
    pub fn search(&self, query: &str, limit: usize) -> Results<'_> {
        self.search_kind(query, None, limit)
    }

    /// Runs a query; `kind` keeps the results of one kind (the counts are of all).
    pub fn search_kind(&self, text: &str, kind: Option<DocKind>, limit: usize) -> Results<'_> {
        let query = Query::read(text, &self.vocabulary, &self.synonyms);
        if query.concepts.is_empty() {
            return Results::default();
        }
        let matcher = Matcher::new(&query);
        let scores = self.scores(&query, &matcher);
        // Best first: a positive float's bits order as the float does.
        let mut ranked: Vec<(u32, u32)> =
            scores.iter().enumerate().filter(|(_, s)| **s > 0.0).map(|(i, s)| (u32::MAX - s.to_bits(), i as u32)).collect();
        in_order(&mut ranked);
        let correction = query.correction.as_ref().map(|words| words.iter().map(|w| self.display(w)).collect::<Vec<_>>().join(" "));
        let mut results = Results { also_searched: query.also.clone(), correction, ..Results::default() };
        // Group: the best document of each section leads; later ones join it.
        let mut leaders: Vec<(u32, usize)> = Vec::new();
        for (_, index) in ranked {
            let (index, score) = (index as usize, scores[index as usize]);
            let document = &self.documents[index];
            let group = self.groups[index];
            if let Some(&(_, hit)) = leaders.iter().find(|(g, _)| *g == group) {
                if let Some(hit) = results.hits.get_mut(hit) {
                    if hit.also.len() < ALSO_LIMIT {
                        hit.also.push(document);
                    }
                }
                continue;
            }
            results.counts[document.kind as usize] += 1;
            if kind.is_some_and(|k| k != document.kind) || results.hits.len() == limit {
                leaders.push((group, usize::MAX));
                continue;
            }
            leaders.push((group, results.hits.len()));
            results.hits.push(Hit {
                document,
                score,
                title: matcher.highlight(&document.title, &document.title_words, 0, document.title_words.len()),
                snippet: matcher.snippet(&document.text, &document.text_words),
                also: Vec::new(),
            });
        }
        results
    }

    /// How the text writes a folded word of the index ("cocaine" -> "cocaïne").
    fn display(&self, folded: &str) -> String {
        let written = self.vocabulary.word(folded).and_then(|term| {
            self.postings[term as usize].iter().find_map(|posting| {
                let doc = &self.documents[posting.doc as usize];
                [(&doc.title, &doc.title_words), (&doc.text, &doc.text_words)].into_iter().find_map(|(text, words)| {
                    words.tokens.iter().find(|t| words.folded(t) == folded).map(|t| crate::domain::text::lowercase(&text[t.start..t.end]))
                })
            })
        });
        written.unwrap_or_else(|| folded.to_owned())
    }

    /// The BM25 score of `term` in each document that has it.
    fn term_scores(&self, term: TermId) -> impl Iterator<Item = (usize, f32)> + '_ {
        let postings = &self.postings[term as usize];
        let count = self.documents.len() as f32;
        let idf = (1.0 + (count - postings.len() as f32 + 0.5) / (postings.len() as f32 + 0.5)).ln();
        postings.iter().map(move |posting| {
            let doc = posting.doc as usize;
            let norm = K1 * (1.0 - B + B * self.lengths[doc] / self.average_length);
            (doc, idf * posting.frequency * (K1 + 1.0) / (posting.frequency + norm))
        })
    }

    /// Each document's score: the sum of its concepts' best BM25 scores,
    /// times the share of the query's concepts it matches (squared), more
    /// when its title has them.
    fn scores(&self, query: &Query, matcher: &Matcher) -> Vec<f32> {
        let count = self.documents.len();
        let (mut total, mut matched) = (vec![0f32; count], vec![0u32; count]);
        let (mut concept_scores, mut alternative) = (vec![0f32; count], vec![0f32; count]);
        let (mut present, mut slot_scores) = (vec![0u32; count], vec![0f32; count]);
        for concept in &query.concepts {
            concept_scores.fill(0.0);
            for option in &concept.alternatives {
                alternative.fill(0.0);
                present.fill(0);
                for (slot, terms) in option.slots.iter().enumerate() {
                    // A slot scores its best term: a part found in many compounds counts once.
                    slot_scores.fill(0.0);
                    for &term in terms {
                        for (doc, score) in self.term_scores(term) {
                            slot_scores[doc] = slot_scores[doc].max(score);
                            // Slots are counted once each: the first `slot` are done.
                            if present[doc] == slot as u32 {
                                present[doc] += 1;
                            }
                        }
                    }
                    alternative.iter_mut().zip(&slot_scores).for_each(|(sum, score)| *sum += score);
                }
                // An alternative of several words (a phrase, a compound's
                // parts) counts only where all of them are.
                let all = option.slots.len() as u32;
                for ((best, score), found) in concept_scores.iter_mut().zip(&alternative).zip(&present) {
                    if *found == all {
                        *best = best.max(score * option.weight);
                    }
                }
            }
            for doc in 0..count {
                if concept_scores[doc] > 0.0 {
                    total[doc] += concept_scores[doc];
                    matched[doc] += 1;
                }
            }
        }
        let concepts = query.concepts.len() as f32;
        for doc in 0..count {
            let share = matched[doc] as f32 / concepts;
            total[doc] *= share * share;
            if total[doc] > 0.0 {
                total[doc] *= title_factor(&self.documents[doc], &query.folded, matcher, concepts);
            }
        }
        total
    }
}

/// A title holding the query's concepts counts up to twice (with the
/// square of their share); then twice again when it is the query, or half
/// again when the query holds it ("wat werkt" in "wat werkt niet bij ...").
fn title_factor(doc: &Document, folded_query: &str, matcher: &Matcher, concepts: f32) -> f32 {
    let share = matcher.concepts_in(&doc.title_words) as f32 / concepts;
    let phrase = if doc.title_folded == folded_query {
        2.0
    } else if doc.title_folded.contains(' ') && holds_phrase(folded_query, &doc.title_folded) {
        1.5
    } else {
        1.0
    };
    (1.0 + share * share) * phrase
}

/// Whether the words of `phrase` stand in `words`, whole (both folded, one
/// space between words).
fn holds_phrase(words: &str, phrase: &str) -> bool {
    words.match_indices(phrase).any(|(at, _)| {
        let before = at == 0 || words.as_bytes()[at - 1] == b' ';
        let end = at + phrase.len();
        before && (end == words.len() || words.as_bytes()[end] == b' ')
    })
}

/// A title's folded words without the leading section number.
fn title_folded(words: &Words) -> String {
    let mut folded = String::new();
    for token in words.tokens.iter().skip_while(|t| words.folded(t).chars().all(|c| c.is_ascii_digit())) {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(words.folded(token));
    }
    folded
}

/// The documents: every dossier section (up to the next heading) and box,
/// every intervention and programme.
fn documents(dossier: &Dossier<'_>, interventions: &[Intervention], programmes: &[Programme]) -> Vec<Document> {
    let mut documents = Vec::new();
    for chapter in &dossier.chapters {
        let chapter_title = numbered(chapter.number, chapter.title);
        let mut current = Document::new(DocKind::Dossier, chapter_title.clone(), String::new(), Place::Dossier(chapter.id.to_owned()));
        let mut section_title = chapter_title.clone();
        let mut section = chapter.id.to_owned();
        for block in &chapter.blocks {
            match block {
                Block::Heading(heading) => {
                    let starts_section = !heading.number.is_empty() || heading.level == 2;
                    let context = if starts_section {
                        section_title = heading.full_title();
                        section = heading.id.to_owned();
                        chapter_title.clone()
                    } else {
                        format!("{chapter_title} › {section_title}")
                    };
                    let mut next = Document::new(DocKind::Dossier, heading.full_title(), context, Place::Dossier(heading.id.to_owned()));
                    next.section = section.clone();
                    documents.push(std::mem::replace(&mut current, next));
                }
                Block::Box(text_box) => {
                    let mut doc = Document::new(
                        DocKind::Dossier,
                        text_box.title.to_owned(),
                        format!("{chapter_title} › {section_title}"),
                        Place::Dossier(text_box.id.to_owned()),
                    );
                    doc.section = section.clone();
                    push_block_text(&mut doc.text, &text_box.blocks);
                    documents.push(doc);
                }
                other => push_block_text(&mut current.text, std::slice::from_ref(other)),
            }
        }
        documents.push(current);
    }
    for intervention in interventions {
        let settings: Vec<&str> = intervention.settings.iter().map(|s| s.label(dossier)).collect();
        let mut doc = Document::new(
            DocKind::Intervention,
            intervention.name.clone(),
            format!("Interventie, Tabel {}: {}", intervention.table, settings.join(", ")),
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
        let settings: Vec<&str> = programme.settings.iter().map(|s| s.label(dossier)).collect();
        let mut doc = Document::new(
            DocKind::Programme,
            programme.name.clone(),
            format!("Programma of hulpmiddel ({}): {}", programme.kind, settings.join(", ")),
            Place::Record(programme.id.clone()),
        );
        if let Some(description) = &programme.description {
            append(&mut doc.text, description);
        }
        // A programme that is also an intervention is one result with it.
        if let Some(intervention) = &programme.intervention {
            doc.section = intervention.clone();
        }
        documents.push(doc);
    }
    documents
}

impl Document {
    fn new(kind: DocKind, title: String, context: String, place: Place) -> Document {
        let section = match &place {
            Place::Dossier(id) | Place::Record(id) => id.clone(),
            _ => String::new(),
        };
        Document {
            kind,
            title,
            context,
            place,
            text: String::new(),
            section,
            title_words: Words::default(),
            context_words: Words::default(),
            text_words: Words::default(),
            title_folded: String::new(),
        }
    }
}

fn append(text: &mut String, part: &str) {
    if !text.is_empty() {
        text.push_str(" ");
    }
    text.push_str(part);
}

/// The visible text of blocks, as search reads it.
pub fn blocks_text(blocks: &[Block<'_>]) -> String {
    let mut text = String::new();
    push_block_text(&mut text, blocks);
    text
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

/// The keys of `zoeken.txt`'s records.
pub const LEXICON_KEYS: &[&str] = &["woorden", "bron", "citaat"];

/// The record of `zoeken.txt` that lists the stop words.
pub const STOP_WORDS_RECORD: &str = "stopwoorden";

/// The record of `zoeken.txt` that lists the searches offered when nothing
/// matched; every record but these two is a group of synonyms.
pub const SUGGESTIONS_RECORD: &str = "suggesties";

impl Lexicon {
    /// The stop words, suggestions and synonym groups of `zoeken.txt`; a
    /// group needs at least two words.
    pub fn from_records(records: &[Record<'_>], file: &str) -> (Lexicon, Vec<Problem>) {
        let mut lexicon = Lexicon::default();
        let mut problems = Vec::new();
        for record in records {
            let words: Vec<String> =
                record.all("woorden").flat_map(|line| line.split(',')).map(|w| w.trim().to_owned()).filter(|w| !w.is_empty()).collect();
            if record.id == STOP_WORDS_RECORD {
                lexicon.stop_words.extend(words);
            } else if record.id == SUGGESTIONS_RECORD {
                lexicon.suggestions.extend(words);
            } else if words.len() < 2 {
                problems.push(Problem { file: file.to_owned(), line: record.line, message: format!("[{}] needs two or more words", record.id) });
            } else {
                lexicon.synonyms.push(words);
            }
        }
        (lexicon, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::holds_phrase;

    #[test]
    fn a_phrase_is_held_as_whole_words() {
        assert!(holds_phrase("wat werkt niet bij voorlichting", "wat werkt"));
        assert!(holds_phrase("wat werkt niet", "werkt niet"));
        assert!(holds_phrase("wat werkt", "wat werkt"));
        assert!(!holds_phrase("wat werkt niet", "at werk"));
        assert!(!holds_phrase("watwerkt niet", "werkt niet"));
        assert!(!holds_phrase("wat werkte", "wat werkt"));
    }
}
