//! The dossier and the records derived from it, compiled into the app and
//! parsed once, on first use, in four parts: what readers need (the dossier
//! and the records), what the questionnaire adds, what the advice adds (its
//! rules) and what the plan adds. A bundle that never asks for a part does
//! not carry it. See `README.md` in this folder for the formats.

use std::sync::OnceLock;

use crate::domain::advisor::questionnaire::{load_questionnaire, Questionnaire, QUESTIONNAIRE_KEYS};
use crate::domain::advisor::Knowledge;
use crate::domain::advisor::rules::{load_rules, Rules, Vocabulary};
use crate::domain::catalogue::{Intervention, Programme, INTERVENTION_KEYS, PROGRAMME_KEYS};
use crate::domain::dossier::{Block, Dossier, Inline};
use crate::domain::markup::{parse_dossier, Problem};
use crate::domain::policy_plan::{load_parts, load_texts, text_keys, PartSpec, PolicyPlanTexts, PART_KEYS};
use crate::domain::records::read_records;
use crate::domain::search::{Lexicon, SearchIndex, LEXICON_KEYS};

#[cfg(test)]
mod advisor_tests;
#[cfg(test)]
mod policy_plan_tests;
#[cfg(test)]
mod search_tests;
#[cfg(test)]
mod tests;

/// The chapter files, in reading order, from the folder `$dir`.
macro_rules! chapter_files {
    ($dir:expr) => {
        [
            ("dossier/01-inleiding.md", include_str!(concat!($dir, "/01-inleiding.md"))),
            ("dossier/02-drugs-en-drugsgebruik.md", include_str!(concat!($dir, "/02-drugs-en-drugsgebruik.md"))),
            ("dossier/03-epidemiologie.md", include_str!(concat!($dir, "/03-epidemiologie.md"))),
            ("dossier/04-drugspreventie.md", include_str!(concat!($dir, "/04-drugspreventie.md"))),
            ("dossier/05-effectieve-drugspreventie.md", include_str!(concat!($dir, "/05-effectieve-drugspreventie.md"))),
            ("dossier/06-aan-de-slag.md", include_str!(concat!($dir, "/06-aan-de-slag.md"))),
        ]
    };
}

/// A record file by its name under `src/content/`, without its comments
/// (`build.rs`).
macro_rules! record_file {
    ($name:literal) => {
        ($name, include_str!(concat!(env!("OUT_DIR"), "/records/", $name)))
    };
}

/// The dossier's text.
const TEXT: [(&str, &str); 6] = chapter_files!("dossier");

/// Only the lines that carry a place the advice and the plan cite
/// (`build.rs`; a content test holds it to `TEXT`).
const OUTLINE: [(&str, &str); 6] = chapter_files!(concat!(env!("OUT_DIR"), "/outline"));

/// The outline plus the whole text of the places the questionnaire's steps
/// show (`lees-meer`; `build.rs`; a content test holds it to `TEXT`).
const READ_MORE: [(&str, &str); 6] = chapter_files!(concat!(env!("OUT_DIR"), "/read-more"));

/// The dossier this build compiles in: the outline in the advice's and the
/// plan's bundles (feature `outline`), whose pages never show the dossier's
/// paragraphs; the outline and the steps' "Wat zegt het dossier hierover?"
/// in the advisor's (feature `read-more`).
const CHAPTERS: [(&str, &str); 6] = if cfg!(feature = "outline") {
    OUTLINE
} else if cfg!(feature = "read-more") {
    READ_MORE
} else {
    TEXT
};

const INTERVENTIONS: (&str, &str) = record_file!("interventies.txt");
const PROGRAMMES: (&str, &str) = record_file!("programmas.txt");
const QUESTIONNAIRE: (&str, &str) = record_file!("vragenlijst.txt");
const PLAN_PARTS: (&str, &str) = record_file!("modelplan.txt");
const PLAN_TEXTS: (&str, &str) = record_file!("beleidsplan.txt");
const SEARCH_WORDS: (&str, &str) = record_file!("zoeken.txt");

/// The advisor's rules (see `src/domain/advisor/RULES.md`).
const ADVICE_RULES: [(&str, &str); 9] = [
    record_file!("advies/niveaus.txt"),
    record_file!("advies/elementen.txt"),
    record_file!("advies/aanbod.txt"),
    record_file!("advies/waarschuwingen.txt"),
    record_file!("advies/dekking.txt"),
    record_file!("advies/partners.txt"),
    record_file!("advies/gegevens.txt"),
    record_file!("advies/stappen.txt"),
    record_file!("advies/teksten.txt"),
];

/// What the reader pages need: the dossier and the records. Parsed on first
/// use; a reader never pays for the advisor's or the plan's content.
struct Library {
    dossier: Dossier<'static>,
    interventions: Vec<Intervention>,
    programmes: Vec<Programme>,
    problems: Vec<Problem>,
}

/// What the questionnaire adds.
struct Questions {
    questionnaire: Questionnaire,
    problems: Vec<Problem>,
}

/// What the advice adds: its rules.
struct RuleBook {
    rules: Rules,
    problems: Vec<Problem>,
}

/// What the policy plan adds: its parts and wording.
struct Plan {
    plan_parts: Vec<PartSpec>,
    plan_texts: PolicyPlanTexts,
    problems: Vec<Problem>,
}

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(load_library)
}

fn questions() -> &'static Questions {
    static QUESTIONS: OnceLock<Questions> = OnceLock::new();
    QUESTIONS.get_or_init(load_questions)
}

fn rule_book() -> &'static RuleBook {
    static RULE_BOOK: OnceLock<RuleBook> = OnceLock::new();
    RULE_BOOK.get_or_init(load_rule_book)
}

fn plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(load_plan)
}

fn load_library() -> Library {
    let (dossier, mut problems) = parse_dossier(&CHAPTERS);
    let (records, record_problems) = read_records(INTERVENTIONS.0, INTERVENTIONS.1, INTERVENTION_KEYS);
    problems.extend(record_problems);
    let mut interventions = Vec::with_capacity(records.len());
    for record in &records {
        match Intervention::from_record(record, INTERVENTIONS.0) {
            Ok(intervention) => interventions.push(intervention),
            Err(record_problems) => problems.extend(record_problems),
        }
    }
    let (records, record_problems) = read_records(PROGRAMMES.0, PROGRAMMES.1, PROGRAMME_KEYS);
    problems.extend(record_problems);
    let mut programmes = Vec::with_capacity(records.len());
    for record in &records {
        match Programme::from_record(record, PROGRAMMES.0) {
            Ok(programme) => programmes.push(programme),
            Err(record_problems) => problems.extend(record_problems),
        }
    }
    // The cross-checks only find mistakes in the content files, which the
    // content tests require none of: the app does not run them at each start.
    #[cfg(test)]
    {
        problems.extend(cross_reference_problems(&dossier, &interventions));
        problems.extend(programme_problems(&dossier, &interventions, &programmes));
        problems.extend(search_lexicon().1);
        problems.extend(synonym_source_problems(&dossier));
    }
    Library { dossier, interventions, programmes, problems }
}

fn load_questions() -> Questions {
    let Library { dossier, interventions, programmes, .. } = library();
    let (records, mut problems) = read_records(QUESTIONNAIRE.0, QUESTIONNAIRE.1, QUESTIONNAIRE_KEYS);
    let (questionnaire, questionnaire_problems) = load_questionnaire(&records, QUESTIONNAIRE.0, dossier, interventions, programmes);
    problems.extend(questionnaire_problems);
    Questions { questionnaire, problems }
}

fn load_rule_book() -> RuleBook {
    let Library { dossier, interventions, programmes, .. } = library();
    let vocabulary = Vocabulary { dossier, questionnaire: questionnaire(), interventions, programmes };
    let (rules, problems) = load_rules(&ADVICE_RULES, &vocabulary);
    RuleBook { rules, problems }
}

fn load_plan() -> Plan {
    let (records, mut problems) = read_records(PLAN_PARTS.0, PLAN_PARTS.1, PART_KEYS);
    let (plan_parts, part_problems) = load_parts(&records, PLAN_PARTS.0, dossier());
    problems.extend(part_problems);
    let (records, record_problems) = read_records(PLAN_TEXTS.0, PLAN_TEXTS.1, &text_keys());
    problems.extend(record_problems);
    let (plan_texts, text_problems) = load_texts(&records, PLAN_TEXTS.0);
    problems.extend(text_problems);
    Plan { plan_parts, plan_texts, problems }
}

/// Every synonym group of `zoeken.txt` names a dossier place (`bron`) whose
/// text holds its quote (`citaat`), whitespace aside.
#[cfg(test)]
fn synonym_source_problems(dossier: &Dossier<'_>) -> Vec<Problem> {
    let squash = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let (records, _) = read_records(SEARCH_WORDS.0, SEARCH_WORDS.1, LEXICON_KEYS);
    let mut problems = Vec::new();
    use crate::domain::search::{STOP_WORDS_RECORD, SUGGESTIONS_RECORD};
    let groups = records.iter().filter(|r| ![STOP_WORDS_RECORD, SUGGESTIONS_RECORD].contains(&r.id));
    for record in groups {
        let mut problem = |message: String| problems.push(Problem { file: SEARCH_WORDS.0.to_owned(), line: record.line, message });
        let (Some(source), Some(quote)) = (record.get("bron"), record.get("citaat")) else {
            problem(format!("[{}] needs `bron` and `citaat`", record.id));
            continue;
        };
        let chapter = dossier.chapters.iter().find(|c| c.id == source).map(|c| c.blocks.iter().collect());
        let Some(blocks) = dossier.blocks_under(source).or(chapter) else {
            problem(format!("[{}] `bron: {source}` is no chapter, heading or box of the dossier", record.id));
            continue;
        };
        let blocks: Vec<Block<'_>> = blocks.into_iter().cloned().collect();
        if !squash(&crate::domain::search::blocks_text(&blocks)).contains(&squash(quote)) {
            problem(format!("[{}] the quote is not in {source}", record.id));
        }
    }
    problems
}

/// Every programme's section and intervention must exist.
#[cfg(test)]
fn programme_problems(dossier: &Dossier<'_>, interventions: &[Intervention], programmes: &[Programme]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for programme in programmes {
        let mut problem = |message: String| problems.push(Problem { file: PROGRAMMES.0.to_owned(), line: 0, message });
        if dossier.anchor(&programme.section).is_none() {
            problem(format!("[{}] sectie `{}` does not exist", programme.id, programme.section));
        }
        if let Some(id) = &programme.intervention {
            if !interventions.iter().any(|i| &i.id == id) {
                problem(format!("[{}] interventie `{id}` does not exist", programme.id));
            }
        }
        if interventions.iter().any(|i| i.id == programme.id) {
            problem(format!("[{}] has the id of an intervention; ids must be unique across both files", programme.id));
        }
    }
    problems
}

/// The parsed dossier.
pub fn dossier() -> &'static Dossier<'static> {
    &library().dossier
}

/// All interventions, in table order.
pub fn interventions() -> &'static [Intervention] {
    &library().interventions
}

pub fn intervention(id: &str) -> Option<&'static Intervention> {
    interventions().iter().find(|i| i.id == id)
}

/// The programmes, toolboxes, guides and instruments the dossier names.
pub fn programmes() -> &'static [Programme] {
    &library().programmes
}

pub fn programme(id: &str) -> Option<&'static Programme> {
    programmes().iter().find(|p| p.id == id)
}

/// The advisor's questionnaire (`vragenlijst.txt`).
pub fn questionnaire() -> &'static Questionnaire {
    &questions().questionnaire
}

/// The parts of the policy plan (`modelplan.txt`), in order.
pub fn policy_plan_parts() -> &'static [PartSpec] {
    &plan().plan_parts
}

/// The wording of the policy plan (`beleidsplan.txt`).
pub fn policy_plan_texts() -> &'static PolicyPlanTexts {
    &plan().plan_texts
}

/// The advisor's rules (`advies/*.txt`).
pub fn advice_rules() -> &'static Rules {
    &rule_book().rules
}

/// Everything the advisor reads, from the compiled-in content.
pub fn knowledge() -> Knowledge<'static> {
    Knowledge {
        dossier: dossier(),
        interventions: interventions(),
        programmes: programmes(),
        questionnaire: questionnaire(),
        rules: advice_rules(),
    }
}

/// The rows of intervention table `table` (2 ... 7).
pub fn table_rows(table: u8) -> impl Iterator<Item = &'static Intervention> {
    interventions().iter().filter(move |i| i.table == table)
}

/// The search index over the dossier and the records, built on first use.
pub fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(dossier(), interventions(), programmes(), &search_lexicon().0))
}

/// The stop words and synonyms of `zoeken.txt`.
fn search_lexicon() -> (Lexicon, Vec<Problem>) {
    let (records, mut problems) = read_records(SEARCH_WORDS.0, SEARCH_WORDS.1, LEXICON_KEYS);
    let (lexicon, lexicon_problems) = Lexicon::from_records(&records, SEARCH_WORDS.0);
    problems.extend(lexicon_problems);
    (lexicon, problems)
}

/// Everything wrong in the content files; the content tests require none.
pub fn problems() -> Vec<&'static Problem> {
    library().problems.iter().chain(&questions().problems).chain(&rule_book().problems).chain(&plan().problems).collect()
}

/// Links between places that must resolve: `#anchor` links, footnotes,
/// intervention tables and the records' sections.
#[cfg(test)]
fn cross_reference_problems(dossier: &Dossier<'_>, interventions: &[Intervention]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |file: &str, message: String| problems.push(Problem { file: file.to_owned(), line: 0, message });
    for (chapter, (file, _)) in dossier.chapters.iter().zip(CHAPTERS) {
        let mut footnote_refs = Vec::new();
        visit_inlines(&chapter.blocks, &mut |inline| match inline {
            Inline::Link { target, .. } => {
                if let Some(id) = target.strip_prefix('#') {
                    if dossier.anchor(id).is_none() {
                        problem(file, format!("link to `#{id}`, which no heading, box, table or item carries"));
                    }
                } else if !target.starts_with("https://") && !target.starts_with("http://") {
                    problem(file, format!("link target `{target}` is neither a web address nor `#anchor`"));
                }
            }
            Inline::FootnoteRef(label) => footnote_refs.push(*label),
            _ => {}
        });
        for label in &footnote_refs {
            if !chapter.footnotes.iter().any(|f| f.label == *label) {
                problem(file, format!("footnote [^{label}] has no definition"));
            }
        }
        for footnote in &chapter.footnotes {
            if !footnote_refs.contains(&footnote.label) {
                problem(file, format!("footnote [^{}] is defined but never referred to", footnote.label));
            }
        }
    }
    let mut tables_in_text = Vec::new();
    for chapter in &dossier.chapters {
        for block in &chapter.blocks {
            if let Block::InterventionTable { table, .. } = block {
                tables_in_text.push(*table);
            }
        }
    }
    for intervention in interventions {
        if !tables_in_text.contains(&intervention.table) {
            problem(INTERVENTIONS.0, format!("[{}] is in Tabel {}, which the dossier does not show", intervention.id, intervention.table));
        }
        match dossier.anchor(&intervention.section) {
            None => problem(INTERVENTIONS.0, format!("[{}] sectie `{}` does not exist", intervention.id, intervention.section)),
            Some(anchor) => {
                let table_anchor = dossier.anchor(&format!("tabel-{}", intervention.table));
                if table_anchor.is_some_and(|t| t.section != anchor.id) {
                    problem(INTERVENTIONS.0, format!("[{}] sectie `{}` is not where Tabel {} stands", intervention.id, anchor.id, intervention.table));
                }
            }
        }
    }
    for table in tables_in_text {
        if !interventions.iter().any(|i| i.table == table) {
            problem(INTERVENTIONS.0, format!("Tabel {table} has no rows"));
        }
    }
    problems
}

/// Calls `visit` for every inline element in `blocks`, boxes and tables included.
pub fn visit_inlines<'a>(blocks: &[Block<'a>], visit: &mut impl FnMut(&Inline<'a>)) {
    fn walk<'a>(inlines: &[Inline<'a>], visit: &mut impl FnMut(&Inline<'a>)) {
        for inline in inlines {
            visit(inline);
            if let Inline::Bold(inner) | Inline::Link { text: inner, .. } = inline {
                walk(inner, visit);
            }
        }
    }
    for block in blocks {
        match block {
            Block::Paragraph(inlines) => walk(inlines, visit),
            Block::List(list) => list.items.iter().flat_map(|i| &i.paragraphs).for_each(|p| walk(p, visit)),
            Block::Box(text_box) => visit_inlines(&text_box.blocks, visit),
            Block::Figure(figure) => visit_inlines(&figure.blocks, visit),
            Block::Table(table) => table.rows.iter().flat_map(|r| &r.cells).flatten().for_each(|p| walk(p, visit)),
            Block::Heading(_) | Block::InterventionTable { .. } => {}
        }
    }
}
