//! The advice `advise` gives: what the advice page, the policy plan and the
//! `advise` example read. Serialised as `ANSWERS.md` ("The advice") shows;
//! kinds and severities are enums, written in kebab-case.

use serde::Serialize;

pub use super::rules::{DataUse, ElementKind, Severity};
use crate::domain::catalogue::{Level, Recognition, Setting};

/// The whole advice. Every item has `cites` (dossier ids, or intervention
/// and programme ids where it names one) and a `reason` in B1 Dutch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    /// False when nothing was answered: the advice is then generic.
    pub tailored: bool,
    /// Remarks about the advice as a whole.
    pub notes: Vec<Note>,
    /// The three most important things to do.
    pub summary: Vec<SummaryItem>,
    /// What the user typed for "Iets anders", which the advice cannot weigh.
    pub own_words: Option<Note>,
    /// The prevention levels the target groups need, and why.
    pub levels_needed: Vec<LevelNeed>,
    /// 1. What works, per chosen setting (and for the whole municipality).
    pub what_works: Vec<SettingAdvice>,
    /// 2. Recommended interventions and programmes, best fit first.
    pub interventions: Vec<Recommendation>,
    /// The dossier's caveat about recognition.
    pub recognition_caveat: Note,
    /// 3. Plans and situations the dossier advises against.
    pub warnings: Vec<Warning>,
    /// 4. The integral-approach check.
    pub integral: Integral,
    /// 5. Partners to involve, with their roles.
    pub partners: Vec<PartnerAdvice>,
    /// 6. Monitors and local sources.
    pub data: Vec<DataAdvice>,
    /// 7. Next steps for these answers, along the four steps of 6.4.
    pub next_steps: Vec<NextStep>,
    /// 7. The steps of 6.4 every municipality takes, whatever the answers.
    pub checklist: Vec<NextStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Note {
    pub text: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryItem {
    pub text: String,
    pub reason: String,
    pub cites: Vec<String>,
    pub source: SummarySource,
    /// The id of the item it comes from.
    pub source_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelNeed {
    pub level: Level,
    pub label: &'static str,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SettingAdvice {
    /// The setting id; empty for advice that holds for the whole municipality.
    pub setting: String,
    pub title: String,
    pub reason: String,
    pub cites: Vec<String>,
    pub groups: Vec<ElementGroupAdvice>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ElementGroupAdvice {
    pub id: String,
    pub heading: String,
    pub kind: ElementKind,
    pub explanation: Option<String>,
    pub reason: String,
    pub cites: Vec<String>,
    pub elements: Vec<Element>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Element {
    /// The dossier id of the item (or of the place a quote comes from).
    pub id: String,
    /// The dossier's own words.
    pub text: String,
    /// The age bands the dossier names for it (empty: not distinguished).
    pub ages: Vec<String>,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    pub id: String,
    pub name: String,
    pub kind: OfferKind,
    pub description: Option<String>,
    /// Interventions only.
    pub recognition: Option<Recognition>,
    /// "Erkend als", as the dossier prints it.
    pub recognition_text: Option<String>,
    pub levels: Vec<Level>,
    pub settings: Vec<Setting>,
    /// How well it fits these answers (higher is better).
    pub fit: u32,
    /// Already runs in the municipality.
    pub running: bool,
    pub reason: String,
    pub cites: Vec<String>,
    /// The programme it is a part of (`aanbod.txt`, `onderdeel-van`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// A guide or tool for the municipality (`hulpmiddel: ja`, or a
    /// programme that is a guide): a source for the plan, not an action.
    #[serde(rename = "hulpmiddel", skip_serializing_if = "std::ops::Not::not")]
    pub tool: bool,
    /// The pillar the dossier names it under (`aanbod.txt`, `pijler`).
    #[serde(rename = "pijler", skip_serializing_if = "Option::is_none")]
    pub pillar: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    pub id: String,
    pub severity: Severity,
    pub title: String,
    pub instead: String,
    /// Interventions and programmes that fit better.
    pub alternatives: Vec<Named>,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Integral {
    /// The six components of 5.1.
    pub components: Vec<Coverage>,
    /// The prevention levels the target groups need.
    pub levels: Vec<Coverage>,
    /// The three pillars of 6.3.
    pub pillars: Vec<Coverage>,
}

impl Integral {
    pub fn gaps(&self) -> impl Iterator<Item = &Coverage> {
        self.components.iter().chain(&self.levels).chain(&self.pillars).filter(|c| !c.covered)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    pub id: String,
    pub label: String,
    pub covered: bool,
    /// What covers it: running interventions and programmes, plans.
    pub covered_by: Vec<Named>,
    /// For pillars: whether the answers chose it as focus.
    pub in_focus: Option<bool>,
    /// For a gap: what would fill it.
    pub fill: Option<String>,
    /// For a gap: interventions or programmes that would fill it.
    pub suggestions: Vec<Named>,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerAdvice {
    pub id: String,
    pub label: String,
    /// Already involved, according to the answers.
    pub involved: bool,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    pub id: String,
    /// algemeen, a setting id or a pillar id.
    pub context: String,
    pub context_label: String,
    pub text: String,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataAdvice {
    /// The monitor's id (3.2, 3.3).
    pub id: String,
    pub label: String,
    pub uses: Vec<DataUse>,
    /// Already used, according to the answers.
    pub in_use: bool,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextStep {
    /// 1 ... 4
    pub step: u8,
    /// As the dossier titles it: "Stap 1 Agendasetting".
    pub step_title: String,
    pub id: String,
    pub text: String,
    pub reason: String,
    pub cites: Vec<String>,
}

/// Where a summary item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SummarySource {
    #[serde(rename = "waarschuwing")]
    Warning,
    #[serde(rename = "dekking")]
    Coverage,
    #[serde(rename = "stap")]
    Step,
    #[serde(rename = "partner")]
    Partner,
    #[serde(rename = "interventie")]
    Intervention,
}

/// What a recommendation recommends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum OfferKind {
    /// A row of Tabel 2-7.
    #[serde(rename = "interventie")]
    Intervention,
    /// A programme, toolbox, guide or instrument the dossier names.
    #[serde(rename = "programma")]
    Programme,
}
