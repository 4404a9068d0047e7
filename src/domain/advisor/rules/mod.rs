//! The advice rules as data (`src/content/advies/*.txt`, documented in
//! `RULES.md`): typed here, read once by the content module (`load`), and
//! checked against the dossier, the records and the questionnaire's options.

use serde::Serialize;

use super::condition::Condition;
use crate::domain::catalogue::{Level, Setting};

mod load;

pub use load::{ages_in, load_rules, rule_keys, Vocabulary};

/// The rule files, by name (`advies/<name>`).
pub const RULE_FILES: [&str; 9] = [
    "niveaus.txt",
    "elementen.txt",
    "aanbod.txt",
    "waarschuwingen.txt",
    "dekking.txt",
    "partners.txt",
    "gegevens.txt",
    "stappen.txt",
    "teksten.txt",
];

#[derive(Debug, Default, Clone)]
pub struct Rules {
    pub levels: Vec<LevelRule>,
    pub elements: Vec<ElementGroup>,
    pub offers: Vec<OfferRule>,
    pub warnings: Vec<WarningRule>,
    pub coverage: Vec<CoverageRule>,
    pub partners: Vec<PartnerRule>,
    pub data: Vec<DataRule>,
    pub steps: Vec<StepRule>,
    pub texts: Vec<FixedText>,
}

/// `teksten.txt`: a fixed paragraph of the advice.
#[derive(Debug, Clone, Default)]
pub struct FixedText {
    pub id: String,
    pub text: String,
    pub reason: Option<String>,
    pub cites: Vec<String>,
}

/// The fixed paragraphs and phrases the engine shows, by id, with the
/// `{name}`s the engine fills in each (`teksten.txt` must hold each, using
/// no other names).
pub const FIXED_TEXTS: &[(&str, &[&str])] = &[
    ("erkenning", &[]),
    ("niets-ingevuld", &[]),
    ("geen-setting", &[]),
    ("onbekende-antwoorden", &[]),
    ("eigen-woorden", &["woorden"]),
    ("leeftijden-dossier", &["van", "tot"]),
    ("hele-gemeente", &[]),
    ("partner-betrokken", &[]),
    ("reden-niveaus-nodig", &[]),
    ("reden-niveaus-lopend", &[]),
    ("reden-periode", &[]),
    ("periode", &["van", "tot"]),
    ("leeg-gemeente", &[]),
    ("leeg-tekst", &[]),
    ("leeg-keuze", &[]),
    ("setting-dossier", &["setting"]),
    ("elke-gemeente", &[]),
    ("setting-gekozen", &["setting"]),
    ("elke-setting", &[]),
    ("los-van-settingen", &[]),
    ("element-werkt", &[]),
    ("element-vermijden", &[]),
    ("element-zonder-leeftijd", &["wat"]),
    ("element-leeftijden", &["wat", "leeftijden"]),
    ("element-andere-leeftijden", &["wat", "leeftijden"]),
    ("element-gekozen-leeftijden", &["wat", "leeftijden", "gekozen"]),
    ("loopt-al", &["naam"]),
    ("gedekt-door", &["namen"]),
    ("niet-gedekt", &[]),
    ("pijler-wel-doel", &[]),
    ("pijler-draagt-bij", &[]),
    ("pijler-geen-doel", &[]),
    ("partner-doet-mee", &[]),
    ("partner-doet-niet-mee", &[]),
    ("bron-in-gebruik", &[]),
    ("aanbod-loopt-al", &[]),
    ("aanbod-past-minder", &[]),
    ("aanbod-integraal", &[]),
    ("aanbod-in-plaats-van", &["alternatieven"]),
    ("aanbod-doelgroep", &["doelgroep"]),
    ("aanbod-geen-leeftijd", &[]),
    ("samenvatting-bekijk", &["naam"]),
    ("samenvatting-aanbod-setting", &["naam", "setting"]),
    ("stap", &["stap"]),
    ("matrix-titel", &[]),
    ("matrix-kolom-setting", &[]),
    ("matrix-gekozen", &["naam"]),
    ("matrix-leeg", &[]),
];

impl Rules {
    /// The fixed paragraph or phrase `id` (empty when missing; the content
    /// tests require each). Borrowed: the engine reads phrases many times per advice.
    pub fn text(&self, id: &str) -> &FixedText {
        static MISSING: FixedText = FixedText { id: String::new(), text: String::new(), reason: None, cites: Vec::new() };
        self.texts.iter().find(|t| t.id == id).unwrap_or(&MISSING)
    }
}

/// `niveaus.txt`: one reason why a prevention level is needed.
#[derive(Debug, Clone)]
pub struct LevelRule {
    pub id: String,
    pub level: Level,
    pub when: Condition,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ElementKind {
    #[serde(rename = "werkt")]
    Works,
    #[serde(rename = "vermijden")]
    Avoid,
}

/// One element: the dossier's own text, and the age bands its text names.
#[derive(Debug, Clone)]
pub struct ElementText {
    /// The list item's id, or the id of the place a quote comes from.
    pub id: String,
    pub text: String,
    /// Age band option ids read from the text ("(12/13 jaar, 13 t/m 16 jaar)").
    pub ages: Vec<String>,
}

/// `elementen.txt`: a group of effective (or to-avoid) elements.
#[derive(Debug, Clone)]
pub struct ElementGroup {
    pub id: String,
    /// `None`: for the whole municipality.
    pub setting: Option<Setting>,
    pub heading: String,
    pub kind: ElementKind,
    pub when: Condition,
    pub elements: Vec<ElementText>,
    pub note: Option<String>,
    pub cites: Vec<String>,
}

/// `aanbod.txt`: when an intervention or programme is recommended.
#[derive(Debug, Clone)]
pub struct OfferRule {
    pub id: String,
    pub requires: Option<Condition>,
    pub fits: Option<Condition>,
    /// The pillar (a `pillars` option) the dossier names it under: it
    /// ranks higher when the user chooses that pillar, and a plan puts it there.
    pub pillar: Option<String>,
    pub also_when: Option<Condition>,
    pub substances: Vec<String>,
    /// One of the programmes 5.1 names as integral.
    pub integral: bool,
    /// A guide or tool for the municipality, not an action with a party
    /// that carries it out: never named as the offer for a setting.
    pub tool: bool,
    /// The programme it is a part of.
    pub part_of: Option<String>,
    pub note: Option<String>,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Severity {
    /// The dossier says it does not work or may harm.
    #[serde(rename = "niet-doen")]
    DoNot,
    /// The dossier sets a condition or notes a limit.
    #[serde(rename = "let-op")]
    Caution,
}

/// The section on the integral approach (5.1), which integral programmes cite.
const INTEGRAL_APPROACH: &str = "5-1-integrale-aanpak";

/// What a monitor or local source serves (`gebruik` in `gegevens.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DataUse {
    #[serde(rename = "situatie-analyse")]
    SituationAnalysis,
    #[serde(rename = "evaluatie")]
    Evaluation,
}

impl DataUse {
    pub fn from_id(id: &str) -> Option<DataUse> {
        match id {
            "situatie-analyse" => Some(DataUse::SituationAnalysis),
            "evaluatie" => Some(DataUse::Evaluation),
            _ => None,
        }
    }
}

/// `waarschuwingen.txt`
#[derive(Debug, Clone)]
pub struct WarningRule {
    pub id: String,
    pub severity: Severity,
    pub title: String,
    pub when: Condition,
    pub reason: String,
    pub instead: String,
    pub alternatives: Vec<String>,
    pub cites: Vec<String>,
    pub priority: Option<u8>,
    pub short: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoverageKind {
    /// onderdeel: the six components of 5.1.
    Component,
    /// niveau: the prevention levels of 4.4.
    Level,
    /// pijler: the three pillars of 6.3.
    Pillar,
}

/// `dekking.txt`
#[derive(Debug, Clone)]
pub struct CoverageRule {
    pub id: String,
    pub kind: CoverageKind,
    pub label: String,
    pub needed: Condition,
    pub focus: Option<Condition>,
    pub covered: Condition,
    pub fill: String,
    pub fill_with: Vec<String>,
    pub cites: Vec<String>,
    pub priority: Option<u8>,
    pub short: Option<String>,
}

/// `partners.txt`: one role of one partner.
#[derive(Debug, Clone)]
pub struct PartnerRule {
    pub id: String,
    pub partner: String,
    /// `algemeen`, a setting id or a pillar id.
    pub context: String,
    pub when: Condition,
    pub role: String,
    pub cites: Vec<String>,
    pub priority: Option<u8>,
    pub short: Option<String>,
}

/// `gegevens.txt`: one monitor or local source.
#[derive(Debug, Clone)]
pub struct DataRule {
    /// The monitor's item id in 3.2 or 3.3.
    pub id: String,
    pub when: Condition,
    pub uses: Vec<DataUse>,
    pub reason: String,
    pub cites: Vec<String>,
    pub priority: Option<u8>,
}

/// `stappen.txt`: a next step in one of the four steps of 6.4.
#[derive(Debug, Clone)]
pub struct StepRule {
    pub id: String,
    pub step: u8,
    pub when: Condition,
    pub text: String,
    pub reason: String,
    pub cites: Vec<String>,
    pub priority: Option<u8>,
    pub short: Option<String>,
}

/// The ids of the four steps of 6.4, in order.
pub const STEP_SECTIONS: [&str; 4] =
    ["6-4-stap-1-agendasetting", "6-4-stap-2-mobilisatie", "6-4-stap-3-maak-een-plan", "6-4-stap-4-evaluatie"];

/// Placeholders the texts may use besides the answer fields' keys (and a
/// list's key with `_other`: the text typed for its "Iets anders").
pub const EXTRA_PLACEHOLDERS: [&str; 3] = ["period_from", "period_to", "period_mid"];
