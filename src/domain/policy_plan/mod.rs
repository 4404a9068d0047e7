//! The policy plan (Modelplan lokaal drugsbeleid): its parts as section 6.4
//! describes them, a suggested text for each part built from the answers and
//! the advice, the user's own text (which regeneration never overwrites
//! without asking), and the finished document.

use std::collections::BTreeMap;

use serde::Serialize;

use super::advisor::matrix;
use super::by_key::{read_by_key, read_texts};
use super::advisor::rules::Rules;
use super::advisor::{Advice, Answers, Field, Questionnaire};
use super::document::{parse_text, split_gaps, Bar, BarGroup, Block, Chart, Document, Section, Table};
use super::dossier::Dossier;
use super::markup::Problem;
use super::records::Record;
use super::text::{capital, fill, lower_char, upper_char};
use crate::domain::advisor::questionnaire::{NONE, OTHER};

pub mod compare;
pub mod context;
pub mod figures;
pub mod goals;
pub mod planning;
mod suggestion;

pub use suggestion::suggestion;

/// One part of the plan, from `modelplan.txt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartSpec {
    pub id: String,
    /// "1", "2", ...; empty for a part outside the numbering (the summary).
    pub number: String,
    pub title: String,
    /// Dossier places the part draws on.
    pub sections: Vec<String>,
    /// The dossier's own guidance for the part, word for word.
    pub guidance: Vec<String>,
}

impl PartSpec {
    /// "1 Inleiding"; the summary has no number.
    pub fn heading(&self) -> String {
        if self.number.is_empty() { self.title.clone() } else { format!("{} {}", self.number, self.title) }
    }
}

/// The keys of `modelplan.txt`.
pub const PART_KEYS: &[&str] = &["titel", "genummerd", "sectie", "leidraad"];

/// The parts, in order; every reference checked against the dossier.
pub fn load_parts(records: &[Record<'_>], file: &str, dossier: &Dossier<'_>) -> (Vec<PartSpec>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut parts = Vec::new();
    let mut numbered = 0;
    for record in records {
        let number = if record.get("genummerd") == Some("nee") {
            String::new()
        } else {
            numbered += 1;
            numbered.to_string()
        };
        let part = PartSpec {
            id: record.id.to_owned(),
            number,
            title: record.get("titel").unwrap_or_default().to_owned(),
            sections: record.all("sectie").map(str::to_owned).collect(),
            guidance: record.all("leidraad").map(str::to_owned).collect(),
        };
        for section in &part.sections {
            if dossier.anchor(section).is_none() {
                problems.push(Problem { file: file.into(), line: record.line, message: format!("[{}] sectie `{section}` does not exist", part.id) });
            }
        }
        if part.title.is_empty() || part.guidance.is_empty() {
            problems.push(Problem { file: file.into(), line: record.line, message: format!("[{}] needs a titel and leidraad", part.id) });
        }
        if !PART_IDS.contains(&part.id.as_str()) {
            problems.push(Problem { file: file.into(), line: record.line, message: format!("[{}] is not a part the plan builder knows", part.id) });
        }
        parts.push(part);
    }
    if parts.iter().map(|p| p.id.as_str()).collect::<Vec<_>>() != PART_IDS {
        problems.push(Problem { file: file.into(), line: 0, message: format!("the parts must be, in order: {PART_IDS:?}") });
    }
    (parts, problems)
}

/// The parts the builder writes suggestions for, in the Modelplan's order.
pub const PART_IDS: [&str; 7] = ["samenvatting", "inleiding", "beleidsfocus", "lokale-situatie", "doelen", "acties", "evaluatie"];

/// How many recommended interventions go into Acties until the user chooses.
pub const DEFAULT_ACTIONS: usize = 5;

/// The user's own text of a part.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct OwnText {
    pub text: String,
    /// The suggestion the user started from, to notice when it changes.
    pub base: String,
}

read_texts!(OwnText { text: Text, base: Text });

/// What the draft keeps of the plan. Every field may be missing in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct PolicyPlanState {
    /// Parts the user wrote or edited, by part id.
    pub parts: BTreeMap<String, OwnText>,
    /// The interventions and programmes in Acties; `None` until the user
    /// chooses (then the best recommendations and the running ones).
    pub chosen: Option<Vec<String>>,
    /// Actions of the municipality's own, one per line.
    pub own_actions: String,
    /// The officer's local figures, in their order (rows may be incomplete).
    pub figures: Vec<figures::Figure>,
    /// Measurable subgoals, in their order (rows may be incomplete).
    pub goals: Vec<goals::Goal>,
    /// Who carries out which action, when and with what money.
    pub actions: Vec<planning::ActionPlan>,
    /// The plan's setting: agreements, region, money, deadline, audience.
    pub context: context::PlanContext,
}

read_by_key!(PolicyPlanState {
    "parts" => parts,
    "chosen" => chosen,
    "own_actions" => own_actions,
    "figures" => figures,
    "goals" => goals,
    "actions" => actions,
    "context" => context,
});

/// Where a part's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartState {
    /// The suggestion, as built from the answers now.
    Suggestion,
    /// The user's own text.
    Own,
    /// The user's own text, while the suggestion has changed since they
    /// started from it (new answers): the user may look and replace.
    OwnAndNewSuggestion,
}

impl PolicyPlanState {
    pub fn state(&self, part: &str, suggestion: &str) -> PartState {
        match self.parts.get(part) {
            None => PartState::Suggestion,
            Some(own) if own.base.trim() == suggestion.trim() => PartState::Own,
            Some(_) => PartState::OwnAndNewSuggestion,
        }
    }

    /// The text shown for a part: the user's own, else the suggestion.
    pub fn text<'a>(&'a self, part: &str, suggestion: &'a str) -> &'a str {
        self.parts.get(part).map_or(suggestion, |own| own.text.as_str())
    }

    /// Keeps the user's text for a part (the suggestion they started from as base).
    pub fn set_own(&mut self, part: &str, text: String, suggestion: &str) {
        let base = self.parts.get(part).map_or_else(|| suggestion.to_owned(), |own| own.base.clone());
        self.parts.insert(part.to_owned(), OwnText { text, base });
    }

    /// Replaces the user's text by the current suggestion (asked first by the UI).
    pub fn use_suggestion(&mut self, part: &str) {
        self.parts.remove(part);
    }

    /// The ids in Acties.
    pub fn chosen_ids(&self, advice: &Advice) -> Vec<String> {
        match &self.chosen {
            Some(ids) => ids.clone(),
            None => {
                let mut ids: Vec<String> = advice.interventions.iter().filter(|r| !r.running).take(DEFAULT_ACTIONS).map(|r| r.id.clone()).collect();
                ids.extend(advice.interventions.iter().filter(|r| r.running).map(|r| r.id.clone()));
                ids
            }
        }
    }
}

/// The wording of the plan's suggestions and document (`beleidsplan.txt`):
/// per part (and `document`), named texts with `{placeholders}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicyPlanTexts {
    /// (part, key, text), in file order. A few dozen: a list is enough.
    texts: Vec<(String, String, String)>,
}

impl PolicyPlanTexts {
    /// The first text of `key` in `part` ("" when missing; the content
    /// tests require every text the builder uses).
    pub fn get(&self, part: &str, key: &str) -> &str {
        self.all(part, key).next().unwrap_or_default()
    }

    /// The options of `key` in `[context]` ("id | label | more"), in file order.
    pub fn options<'t>(&'t self, key: &str) -> impl Iterator<Item = (&'t str, &'t str, &'t str)> {
        self.all("context", key).map(context::option)
    }

    /// Every text of a repeated `key` in `part`, in file order.
    pub fn all<'t>(&'t self, part: &str, key: &str) -> impl Iterator<Item = &'t str> {
        let (part, key) = (part.to_owned(), key.to_owned());
        self.texts.iter().filter(move |(p, k, _)| *p == part && *k == key).map(|(_, _, text)| text.as_str())
    }
}

/// The records of `beleidsplan.txt`, with the keys each may hold: every
/// key is required.
pub const TEXT_KEYS: &[(&str, &[&str])] = &[
    (
        "samenvatting",
        &[
            "kop-probleem", "probleem-leeg", "kop-prioriteiten", "prioriteiten-leeg", "kop-acties", "actie-partij", "actie-partij-jaren", "acties-leeg",
            "kop-geld", "geld", "geld-beschikbaar", "capaciteit", "geld-leeg", "kop-vraag", "vraag", "vraag-wanneer", "vraag-leeg",
        ],
    ),
    ("context", &["afspraak", "publiek", "verslavingszorg", "budget"]),
    (
        "inleiding",
        &[
            "kop-aanleiding", "aanleiding-leeg", "aanleiding", "kop-kaders", "kaders", "kader", "kader-lokaal", "kader-lokaal-afspraken", "kader-regio",
            "kader-middelen", "kop-drugs", "drugs-leeg", "drugs",
        ],
    ),
    (
        "beleidsfocus",
        &["kop-missie", "missie", "kop-visie", "visie", "kop-richting", "pijlers-leeg", "samen", "samen-met", "regie", "landelijk", "cyclisch"],
    ),
    (
        "lokale-situatie",
        &[
            "kop-probleem", "probleem", "zorgen", "middelen", "kop-doelgroepen", "leeftijden", "fasen", "kwetsbaar", "risico",
            "settingen", "doelgroepen-leeg", "kop-gevolgen", "gevolgen", "kop-partijen", "partijen-leeg", "partij-doet-mee", "partij-betrekken",
            "probleem-cijfers", "cijfer", "cijfer-jaar", "cijfer-regio", "cijfer-land", "cijfer-bron", "tabel-cijfers", "grafiek-cijfers", "kolom-indicator", "kolom-gemeente",
            "kolom-regio", "kolom-land", "kolom-jaar", "kolom-bron",
        ],
    ),
    (
        "doelen",
        &[
            "kop-gewenst", "gewenst", "gewenst-periode", "kop-subdoelen", "universeel", "universeel-leeftijden", "selectief", "selectief-groepen",
            "geindiceerd", "harm-reduction", "aanbod", "aanbod-zorgen", "meetbaar", "kop-prioriteiten", "prioriteiten", "subdoel", "subdoel-acties", "meetbaar-doelen",
        ],
    ),
    (
        "acties",
        &[
            "uitvoering", "uitvoering-eigen", "hulpmiddel", "kop-hulpmiddelen", "loopt-al", "let-op", "kop-preventie", "preventie-leeg", "kop-aanbod", "aanbod-leeg",
            "kop-harm-reduction", "harm-reduction-leeg", "kop-eigen", "kop-rol", "rol", "uitvoering-partij", "uitvoering-partij-jaren", "verantwoording", "verantwoording-leeg",
            "tabel-uitvoering", "kolom-actie", "kolom-trekker", "kolom-partners", "kolom-jaren", "kolom-budget", "kolom-geld", "tabel-geld",
            "kolom-jaar", "kolom-totaal", "kolom-preventie", "kolom-aanbod", "kolom-harm-reduction", "kolom-overig", "tabel-tijdpad", "loopt", "open",
        ],
    ),
    (
        "evaluatie",
        &[
            "kop-periode", "periode", "periode-leeg", "kop-tussentijds", "tussentijds", "tussentijds-wanneer", "tussentijds-wanneer-leeg", "kop-eind",
            "eind", "eind-wanneer", "eind-wanneer-leeg", "kop-cijfers", "gebruiken-we-al", "cijfers-leeg", "tabel-doelen", "kolom-indicator",
            "kolom-nul", "kolom-doel", "kolom-jaar", "kolom-moment", "kolom-wie", "kolom-acties",
        ],
    ),
    ("document", &["titel", "titel-gemeente", "concept", "periode", "kop-bronnen", "inhoud", "pagina", "bronnen"]),
];

/// Every key `beleidsplan.txt` may hold (the record reader's list).
pub fn text_keys() -> Vec<&'static str> {
    let mut keys: Vec<&str> = Vec::new();
    for key in TEXT_KEYS.iter().flat_map(|(_, keys)| keys.iter()) {
        if !keys.contains(key) {
            keys.push(key);
        }
    }
    keys
}

/// The plan's wording from the records of `beleidsplan.txt`; a missing
/// record or key, or one the builder does not know, is a problem.
pub fn load_texts(records: &[Record<'_>], file: &str) -> (PolicyPlanTexts, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut texts = PolicyPlanTexts::default();
    for (part, keys) in TEXT_KEYS {
        let Some(record) = records.iter().find(|r| r.id == *part) else {
            problems.push(Problem { file: file.into(), line: 0, message: format!("[{part}] is missing") });
            continue;
        };
        for (key, value) in &record.fields {
            if !keys.contains(key) {
                problems.push(Problem { file: file.into(), line: record.line, message: format!("[{part}] does not use `{key}`") });
            }
            texts.texts.push((part.to_string(), key.to_string(), value.clone()));
        }
        for key in keys.iter().filter(|k| record.get(k).is_none()) {
            problems.push(Problem { file: file.into(), line: record.line, message: format!("[{part}] needs `{key}`") });
        }
    }
    for record in records.iter().filter(|r| !TEXT_KEYS.iter().any(|(part, _)| *part == r.id)) {
        problems.push(Problem { file: file.into(), line: record.line, message: format!("[{}] is not a part of the plan", record.id) });
    }
    (texts, problems)
}

/// Everything a suggestion is built from.
pub struct Inputs<'a> {
    pub answers: &'a Answers,
    pub advice: &'a Advice,
    pub policy_plan: &'a PolicyPlanState,
    pub questionnaire: &'a Questionnaire,
    /// The advice's rules: the prevention matrix's wording (`teksten.txt`).
    pub rules: &'a Rules,
    /// The plan's wording.
    pub texts: &'a PolicyPlanTexts,
    /// "29 november 2026": the day of the document.
    pub date: &'a str,
}

impl Inputs<'_> {
    /// The labels of the chosen options, with the text typed for "Iets
    /// anders" in place of its option and without "geen".
    fn labels(&self, field: Field) -> Vec<String> {
        let chosen = self.answers.choices(field).iter().filter(|id| *id != OTHER && *id != NONE);
        let mut labels: Vec<String> = chosen.filter_map(|id| self.questionnaire.label(field, id)).map(lowercase_first).collect();
        let other = self.answers.other_text(field).trim();
        if self.answers.has(field, OTHER) && !other.is_empty() {
            labels.push(other.to_owned());
        }
        labels
    }

    fn municipality(&self) -> String {
        match self.answers.municipality.trim() {
            "" => "de gemeente".to_owned(),
            name => name.to_owned(),
        }
    }

    fn period(&self) -> Option<(u16, u16)> {
        self.answers.period()
    }

    /// Fills a text's placeholders: `values`, then the municipality and the period.
    fn fill(&self, text: &str, values: &[(&str, String)]) -> String {
        let period = self.period();
        fill(text, |name| {
            if let Some((_, value)) = values.iter().find(|(n, _)| *n == name) {
                return value.clone();
            }
            match (name, period) {
                ("gemeente", _) => self.municipality(),
                ("Gemeente", _) => capital(&self.municipality()),
                ("van", Some((from, _))) => from.to_string(),
                ("tot", Some((_, to))) => to.to_string(),
                ("midden", Some((from, to))) => (from + (to - from) / 2).to_string(),
                _ => format!("{{{name}}}"),
            }
        })
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep abbreviations and names ("GHB", "LVB", "Opiumwet" stays as labels give it only when upper case follows).
        Some(first) if chars.clone().next().is_some_and(|c| upper_char(c) != c) => std::iter::once(lower_char(first)).chain(chars).collect(),
        _ => text.to_owned(),
    }
}

/// How many places the officer still has to fill in: each "[...]".
pub fn open_places(text: &str) -> usize {
    split_gaps(text).iter().filter(|(_, gap)| *gap).count()
}

/// A table whose caption and column headings are keys of `part`'s wording.
fn table(inputs: &Inputs<'_>, part: &str, caption: &str, columns: &[&str], rows: Vec<Vec<String>>) -> Table {
    let text = |key: &str| inputs.fill(inputs.texts.get(part, key), &[]);
    Table { caption: text(caption), header: columns.iter().map(|c| text(c)).collect(), rows }
}

/// The usable figures as a table: indicator, the municipality, region,
/// country, year and source; none without figures.
pub fn figures_table(inputs: &Inputs<'_>) -> Option<Table> {
    let rows: Vec<Vec<String>> = figures::usable(&inputs.policy_plan.figures)
        .map(|f| vec![f.indicator.trim().to_owned(), f.shown(&f.value), f.shown(&f.region), f.shown(&f.national), f.year.trim().to_owned(), f.source.trim().to_owned()])
        .collect();
    let columns = ["kolom-indicator", "kolom-gemeente", "kolom-regio", "kolom-land", "kolom-jaar", "kolom-bron"];
    (!rows.is_empty()).then(|| table(inputs, "lokale-situatie", "tabel-cijfers", &columns, rows))
}

/// The usable figures as bars: the municipality against region and country.
pub fn figures_chart(inputs: &Inputs<'_>) -> Option<Chart> {
    let text = |key: &str| inputs.fill(inputs.texts.get("lokale-situatie", key), &[]);
    let names = [text("kolom-gemeente"), text("kolom-regio"), text("kolom-land")];
    let groups: Vec<BarGroup> = figures::usable(&inputs.policy_plan.figures)
        .map(|f| {
            let bars = names
                .iter()
                .zip([&f.value, &f.region, &f.national])
                .filter_map(|(name, typed)| figures::parse_number(typed).map(|value| Bar { label: name.clone(), value, shown: f.shown(typed) }))
                .collect();
            BarGroup { label: f.indicator.trim().to_owned(), bars }
        })
        .collect();
    (!groups.is_empty()).then(|| Chart { caption: text("grafiek-cijfers"), groups })
}

/// The usable goals as the evaluation's table: indicator, baseline,
/// target, year, when and by whom it is measured, and the actions that
/// serve it.
pub fn goals_table(inputs: &Inputs<'_>) -> Option<Table> {
    let actions: Vec<&planning::ActionPlan> = planning::usable(&inputs.policy_plan.actions, inputs.period()).collect();
    let rows: Vec<Vec<String>> = goals::usable(&inputs.policy_plan.goals, inputs.period())
        .map(|g| {
            let shown = |typed: &str| figures::with_unit(typed, &g.unit);
            let serving: Vec<&str> = actions.iter().filter(|a| planning::serves(a, &g.indicator)).map(|a| a.action.trim()).collect();
            let (moment, by) = (g.moment.trim().to_owned(), g.measured_by.trim().to_owned());
            vec![g.indicator.trim().to_owned(), shown(&g.baseline), shown(&g.target), g.year.trim().to_owned(), moment, by, serving.join(", ")]
        })
        .collect();
    let columns = ["kolom-indicator", "kolom-nul", "kolom-doel", "kolom-jaar", "kolom-moment", "kolom-wie", "kolom-acties"];
    (!rows.is_empty()).then(|| table(inputs, "evaluatie", "tabel-doelen", &columns, rows))
}

/// The prevention matrix (`advisor::matrix`) with the offers this plan chose.
pub fn prevention_matrix(inputs: &Inputs<'_>) -> Option<Table> {
    let chosen = inputs.policy_plan.chosen_ids(inputs.advice);
    matrix::prevention_matrix(inputs.answers, inputs.advice, &chosen, inputs.questionnaire, inputs.rules)
}

/// The actions' tables: who, when and what money; the money per year and
/// pillar; and a timeline of the years each action runs. None without
/// actions.
pub fn planning_blocks(inputs: &Inputs<'_>) -> Vec<Block> {
    let text = |key: &str| inputs.fill(inputs.texts.get("acties", key), &[]);
    let period = inputs.period();
    let actions: Vec<&planning::ActionPlan> = planning::usable(&inputs.policy_plan.actions, period).collect();
    if actions.is_empty() {
        return Vec::new();
    }
    let or_gap = |typed: &str| if typed.trim().is_empty() { text("open") } else { typed.trim().to_owned() };
    let who = actions
        .iter()
        .map(|a| {
            let years = a.years().map_or_else(|| text("open"), |(from, to)| if from == to { from.to_string() } else { format!("{from}-{to}") });
            let money = a.yearly().map_or_else(|| text("open"), planning::format_euros);
            vec![a.action.trim().to_owned(), or_gap(&a.lead), a.partners.trim().to_owned(), years, money, or_gap(&a.funding)]
        })
        .collect();
    let columns = ["kolom-actie", "kolom-trekker", "kolom-partners", "kolom-jaren", "kolom-budget", "kolom-geld"];
    let mut blocks = vec![Block::Table(table(inputs, "acties", "tabel-uitvoering", &columns, who))];
    let Some(span) = planning::span(&actions, period) else { return blocks };
    if actions.iter().any(|a| a.yearly().is_some()) {
        blocks.push(Block::Table(money_table(inputs, &actions, span)));
    }
    let years: Vec<u16> = (span.0..=span.1).collect();
    let mut header = vec![text("kolom-actie")];
    header.extend(years.iter().map(u16::to_string));
    let rows = actions
        .iter()
        .map(|a| {
            let mut row = vec![a.action.trim().to_owned()];
            row.extend(years.iter().map(|y| if a.years().is_some_and(|(from, to)| (from..=to).contains(y)) { text("loopt") } else { String::new() }));
            row
        })
        .collect();
    blocks.push(Block::Timeline(Table { caption: text("tabel-tijdpad"), header, rows }));
    blocks
}

/// The money per year: a column per pillar that has money, and the total.
fn money_table(inputs: &Inputs<'_>, actions: &[&planning::ActionPlan], span: (u16, u16)) -> Table {
    use planning::Pillar;
    let pillars = [
        (Pillar::Prevention, "kolom-preventie"),
        (Pillar::Supply, "kolom-aanbod"),
        (Pillar::HarmReduction, "kolom-harm-reduction"),
        (Pillar::Other, "kolom-overig"),
    ];
    // Each action with money, with its pillar; guides are sources, not
    // actions: money entered for one counts as other.
    let paying: Vec<(&planning::ActionPlan, Pillar)> = actions
        .iter()
        .filter(|a| a.yearly().is_some())
        .map(|a| match suggestion::pillar_of(inputs, &a.action) {
            Pillar::Tools => (*a, Pillar::Other),
            pillar => (*a, pillar),
        })
        .collect();
    let columns: Vec<(&str, Vec<(u16, figures::Hundredths)>)> = pillars
        .iter()
        .filter_map(|(p, key)| {
            let of_pillar: Vec<&planning::ActionPlan> = paying.iter().filter(|(_, pillar)| pillar == p).map(|(a, _)| *a).collect();
            (!of_pillar.is_empty()).then(|| (*key, planning::totals_per_year(&of_pillar, span)))
        })
        .collect();
    let totals = planning::totals_per_year(actions, span);
    let mut rows: Vec<Vec<String>> = totals
        .iter()
        .enumerate()
        .map(|(at, (year, total))| {
            let mut row = vec![year.to_string()];
            row.extend(columns.iter().map(|(_, per_year)| planning::format_euros(per_year[at].1)));
            row.push(planning::format_euros(*total));
            row
        })
        .collect();
    let sum = |per_year: &[(u16, figures::Hundredths)]| planning::format_euros(per_year.iter().map(|(_, t)| t).sum());
    let mut last = vec![inputs.fill(inputs.texts.get("acties", "kolom-totaal"), &[])];
    last.extend(columns.iter().map(|(_, per_year)| sum(per_year)));
    last.push(sum(&totals));
    rows.push(last);
    let mut keys = vec!["kolom-jaar"];
    keys.extend(columns.iter().map(|(key, _)| *key));
    keys.push("kolom-totaal");
    table(inputs, "acties", "tabel-geld", &keys, rows)
}

/// The finished plan as a document: title, numbered parts, sources.
pub fn document(parts: &[PartSpec], inputs: &Inputs<'_>, source_labels: &dyn Fn(&str) -> Option<String>) -> Document {
    let text = |key: &str, values: &[(&str, String)]| inputs.fill(inputs.texts.get("document", key), values);
    let title = match inputs.answers.municipality.trim() {
        "" => text("titel", &[]),
        name => text("titel-gemeente", &[("naam", name.to_owned())]),
    };
    let mut subtitle = vec![text("concept", &[("datum", inputs.date.to_owned())])];
    if inputs.period().is_some() {
        subtitle.push(text("periode", &[]));
    }
    let mut sections: Vec<Section> = parts
        .iter()
        .map(|part| {
            let suggestion = suggestion(&part.id, inputs);
            let mut blocks = parse_text(inputs.policy_plan.text(&part.id, &suggestion));
            match part.id.as_str() {
                "lokale-situatie" => {
                    blocks.extend(figures_table(inputs).map(Block::Table));
                    blocks.extend(figures_chart(inputs).map(Block::Chart));
                }
                "evaluatie" => blocks.extend(goals_table(inputs).map(Block::Table)),
                "acties" => {
                    blocks.extend(prevention_matrix(inputs).map(Block::Table));
                    blocks.extend(planning_blocks(inputs));
                }
                _ => {}
            }
            // The summary stands on a page of its own.
            Section { number: part.number.clone(), title: part.title.clone(), blocks, own_page: part.number.is_empty() }
        })
        .collect();
    let mut cited: Vec<String> = Vec::new();
    for id in parts.iter().flat_map(|p| &p.sections) {
        if let Some(label) = source_labels(id) {
            if !cited.contains(&label) {
                cited.push(label);
            }
        }
    }
    sections.push(Section {
        own_page: false,
        number: String::new(),
        title: text("kop-bronnen", &[]),
        blocks: vec![Block::Paragraph(text("bronnen", &[])), Block::Bullets(cited)],
    });
    Document { title, subtitle, sections, contents_title: text("inhoud", &[]), page_label: text("pagina", &[]) }
}
