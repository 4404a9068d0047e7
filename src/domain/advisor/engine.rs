//! `advise`: from a municipality's answers to cited advice. Deterministic,
//! total (any answers give an advice, never a panic), and every item says
//! why it applies to these answers and which dossier places it rests on.

use serde::Serialize;

use super::answers::{Answers, Field};
use super::condition::{Condition, Derived, Evidence, Facts, Subject};
use super::questionnaire::Questionnaire;
use super::rules::{CoverageKind, ElementKind, Rules, Severity, STEP_SECTIONS};
use crate::domain::catalogue::{Intervention, Level, Programme, Recognition, Setting};
use crate::domain::dossier::Dossier;

/// Everything the engine reads: the content, loaded once.
#[derive(Clone, Copy)]
pub struct Knowledge<'k> {
    pub dossier: &'k Dossier<'k>,
    pub interventions: &'k [Intervention],
    pub programmes: &'k [Programme],
    pub questionnaire: &'k Questionnaire,
    pub rules: &'k Rules,
}

impl Knowledge<'static> {
    /// The compiled-in content.
    pub fn loaded() -> Knowledge<'static> {
        Knowledge {
            dossier: crate::content::dossier(),
            interventions: crate::content::interventions(),
            programmes: crate::content::programmes(),
            questionnaire: crate::content::questionnaire(),
            rules: crate::content::advice_rules(),
        }
    }
}

/// The advice for these answers, from the compiled-in content.
pub fn advise(answers: &Answers) -> Advice {
    advise_with(&Knowledge::loaded(), answers)
}

// ---------------------------------------------------------------- the advice

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
    /// 7. Next steps along the four steps of 6.4.
    pub next_steps: Vec<NextStep>,
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
    /// waarschuwing, dekking, stap, partner or interventie.
    pub source: &'static str,
    /// The id of the item it comes from.
    pub source_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelNeed {
    /// U, S, I or HR.
    pub level: &'static str,
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
    /// werkt or vermijden.
    pub kind: &'static str,
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
    /// interventie or programma.
    pub kind: &'static str,
    pub description: Option<String>,
    /// The recognition id (interventions only).
    pub recognition: Option<&'static str>,
    /// "Erkend als", as the dossier prints it.
    pub recognition_text: Option<String>,
    pub levels: Vec<&'static str>,
    pub settings: Vec<&'static str>,
    /// How well it fits these answers (higher is better).
    pub fit: u32,
    /// Already runs in the municipality.
    pub running: bool,
    pub reason: String,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    pub id: String,
    /// niet-doen or let-op.
    pub severity: &'static str,
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
    /// situatie-analyse and/or evaluatie.
    pub uses: Vec<String>,
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

// ---------------------------------------------------------------- the engine

/// The most characters of user text repeated in a reason.
const USER_TEXT_MAX: usize = 120;

struct Engine<'k, 'a> {
    k: &'k Knowledge<'k>,
    facts: Facts<'a>,
    settings: Vec<Setting>,
    /// Running ids the catalogue knows, with programmes that are also an
    /// intervention mapped to that intervention.
    running: Vec<String>,
    /// The answers held ids the questionnaire does not know.
    unknown_ids: bool,
    /// (record id, warning title) for the alternatives the applying
    /// warnings name.
    alternatives: Vec<(&'k str, &'k str)>,
}

/// The advice for these answers against the given knowledge.
pub fn advise_with(k: &Knowledge<'_>, original: &Answers) -> Advice {
    // Unknown ids are kept in the answers but ignored here.
    let known = k.questionnaire.known_only(original);
    let unknown_ids = matches!(known, std::borrow::Cow::Owned(_));
    let answers: &Answers = &known;
    let mut facts = Facts::new(answers);
    let settings: Vec<Setting> = Setting::ALL.into_iter().filter(|s| answers.has(Field::Settings, s.id())).collect();
    let mut running = Vec::new();
    for id in &answers.running {
        let id = k.programmes.iter().find(|p| &p.id == id).and_then(|p| p.intervention.clone()).unwrap_or_else(|| id.clone());
        let known = k.interventions.iter().any(|i| i.id == id) || k.programmes.iter().any(|p| p.id == id);
        if known && !running.contains(&id) {
            running.push(id);
        }
    }
    for level in Level::ALL {
        let runs = k.interventions.iter().any(|i| running.contains(&i.id) && i.levels.contains(&level));
        if runs {
            facts.running_levels.push(level.code().to_owned());
        }
    }
    let mut engine = Engine { k, facts, settings, running, unknown_ids, alternatives: Vec::new() };
    let levels_needed = engine.levels_needed();
    engine.facts.levels_needed = levels_needed.iter().map(|l| l.level.to_owned()).collect();
    engine.alternatives = k
        .rules
        .warnings
        .iter()
        .filter(|w| !w.alternatives.is_empty() && w.when.holds(&engine.facts))
        .flat_map(|w| w.alternatives.iter().map(move |a| (a.as_str(), w.title.as_str())))
        .collect();
    let interventions = engine.recommendations();
    let warnings = engine.warnings();
    let integral = engine.integral(&interventions);
    let partners = engine.partners();
    let next_steps = engine.next_steps();
    let mut advice = Advice {
        tailored: !original.is_empty(),
        notes: engine.notes(),
        summary: Vec::new(),
        levels_needed,
        what_works: engine.what_works(),
        interventions,
        recognition_caveat: Note {
            text: "Staat een interventie niet in een databank, of is ze nog niet als effectief beoordeeld? Dan betekent dat niet dat ze niet werkt: \"absence of evidence is not evidence of absence\". Ook beleidsmaatregelen, deskundigheidsbevordering en omgevingsinterventies staan vaak niet in de databanken, maar kunnen heel effectief zijn."
                .to_owned(),
            cites: vec!["1-2-beperkingen-en-afbakeningen".to_owned(), "4-5-interventies".to_owned()],
        },
        warnings,
        integral,
        partners,
        data: engine.data(),
        next_steps,
    };
    advice.summary = engine.summary(&advice);
    advice
}

fn truncate(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(USER_TEXT_MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

fn push_unique(list: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for item in items {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// One evidence item per subject, ids merged in order.
fn merge(evidence: Vec<Evidence>) -> Vec<Evidence> {
    let mut merged: Vec<Evidence> = Vec::with_capacity(evidence.len());
    for item in evidence {
        match merged.iter_mut().find(|e| e.subject == item.subject) {
            Some(existing) => push_unique(&mut existing.ids, item.ids),
            None => merged.push(item),
        }
    }
    merged
}

fn join(parts: &[String]) -> String {
    parts.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(" ")
}

impl<'k> Engine<'k, '_> {
    fn answers(&self) -> &Answers {
        self.facts.answers
    }

    // ------------------------------------------------ names and reasons

    fn record_name(&self, id: &str) -> Option<&'k str> {
        self.k
            .interventions
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.name.as_str())
            .or_else(|| self.k.programmes.iter().find(|p| p.id == id).map(|p| p.name.as_str()))
    }

    fn named(&self, id: &str) -> Option<Named> {
        self.record_name(id).map(|name| Named { id: id.to_owned(), name: name.to_owned() })
    }

    fn label(&self, field: Field, id: &str) -> Option<&'k str> {
        match field {
            Field::Running => self.record_name(id),
            _ => self.k.questionnaire.label(field, id),
        }
    }

    /// The labels of the ids of an evidence item (unknown ids left out).
    fn evidence_labels(&self, evidence: &Evidence) -> Vec<String> {
        match evidence.subject {
            Subject::Answer(field) if field.is_text() => evidence.ids.iter().map(|t| truncate(t)).filter(|t| !t.is_empty()).collect(),
            Subject::Answer(field) => evidence.ids.iter().filter_map(|id| self.label(field, id)).map(str::to_owned).collect(),
            Subject::Derived(Derived::LevelsNeeded) => {
                evidence.ids.iter().filter_map(|c| Level::from_code(c)).map(|l| l.label().to_owned()).collect()
            }
            Subject::Derived(Derived::RunningLevels) => {
                let levels: Vec<Level> = evidence.ids.iter().filter_map(|c| Level::from_code(c)).collect();
                self.k
                    .interventions
                    .iter()
                    .filter(|i| self.running.contains(&i.id) && i.levels.iter().any(|l| levels.contains(l)))
                    .map(|i| i.name.clone())
                    .collect()
            }
            Subject::Derived(Derived::Period) => {
                self.answers().period().map(|(from, to)| vec![format!("{from} tot en met {to}")]).unwrap_or_default()
            }
        }
    }

    fn stem(&self, subject: Subject) -> String {
        match subject {
            Subject::Answer(field) => self.k.questionnaire.step_for(field).map(|s| s.in_advice.clone()).unwrap_or_else(|| field.key().to_owned()),
            Subject::Derived(Derived::LevelsNeeded) => "Nodig volgens uw antwoorden".to_owned(),
            Subject::Derived(Derived::RunningLevels) => "In uw gemeente loopt al".to_owned(),
            Subject::Derived(Derived::Period) => "De periode is".to_owned(),
        }
    }

    /// "U kiest de setting: Uitgaansleven. U richt zich op: 16 tot en met 18 jaar."
    fn because(&self, evidence: &[Evidence]) -> String {
        let mut sentences = Vec::new();
        for item in evidence {
            let labels = self.evidence_labels(item);
            if labels.is_empty() {
                continue;
            }
            sentences.push(format!("{}: {}.", self.stem(item.subject), labels.join(", ")));
        }
        sentences.join(" ")
    }

    fn evidence_of(&self, condition: &Condition) -> Vec<Evidence> {
        let mut evidence = Vec::new();
        condition.evidence(&self.facts, &mut evidence);
        evidence
    }

    /// The rule's reason, preceded by the answers that made it apply.
    fn reason(&self, condition: &Condition, reason: &str) -> String {
        join(&[self.because(&self.evidence_of(condition)), self.fill(reason)])
    }

    /// Replaces `{field}` with the answer's labels (or text) and the period
    /// placeholders with years.
    fn fill(&self, text: &str) -> String {
        if !text.contains('{') {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            out.push_str(&self.placeholder(&after[..close]));
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn placeholder(&self, name: &str) -> String {
        let period = self.answers().period();
        match (name, period) {
            ("period_from", Some((from, _))) => return from.to_string(),
            ("period_to", Some((_, to))) => return to.to_string(),
            ("period_mid", Some((from, to))) => return (from + (to - from) / 2).to_string(),
            ("period_from" | "period_to" | "period_mid", None) => return "?".to_owned(),
            _ => {}
        }
        let Some(field) = Field::from_key(name) else { return String::new() };
        if field.is_text() {
            let text = truncate(self.answers().text(field));
            return match (text.is_empty(), field) {
                (true, Field::Municipality) => "uw gemeente".to_owned(),
                (true, _) => "nog niet ingevuld".to_owned(),
                _ => text,
            };
        }
        let labels: Vec<&str> = self.answers().choices(field).iter().filter_map(|id| self.label(field, id)).collect();
        if labels.is_empty() { "nog niets ingevuld".to_owned() } else { labels.join(", ") }
    }

    // ------------------------------------------------ the sections

    fn levels_needed(&self) -> Vec<LevelNeed> {
        let mut needs = Vec::new();
        for level in Level::ALL {
            let rules: Vec<_> = self.k.rules.levels.iter().filter(|r| r.level == level && r.when.holds(&self.facts)).collect();
            if rules.is_empty() {
                continue;
            }
            let mut reasons = Vec::new();
            let mut cites = Vec::new();
            for rule in rules {
                reasons.push(self.reason(&rule.when, &rule.reason));
                push_unique(&mut cites, rule.cites.iter().cloned());
            }
            needs.push(LevelNeed { level: level.code(), label: level.label(), reason: reasons.join(" "), cites });
        }
        needs
    }

    fn what_works(&self) -> Vec<SettingAdvice> {
        let chosen_bands: Vec<String> = self
            .answers()
            .age_bands
            .iter()
            .filter(|b| self.k.questionnaire.label(Field::AgeBands, b).is_some())
            .cloned()
            .collect();
        let mut out = Vec::new();
        let places: Vec<Option<Setting>> = self.settings.iter().copied().map(Some).chain([None]).collect();
        for place in places {
            let mut groups = Vec::new();
            for group in self.k.rules.elements.iter().filter(|g| g.setting == place && g.when.holds(&self.facts)) {
                let group_reason = match (self.reason(&group.when, ""), place) {
                    (because, _) if !because.is_empty() => because,
                    (_, Some(setting)) => format!(
                        "Het dossier noemt dit voor de setting {}, die u koos.",
                        self.k.questionnaire.label(Field::Settings, setting.id()).unwrap_or(setting.id())
                    ),
                    (_, None) => "Dit geldt voor elke gemeente.".to_owned(),
                };
                let fits = |ages: &[String]| ages.is_empty() || chosen_bands.is_empty() || ages.iter().any(|a| chosen_bands.contains(a));
                let any_fits = group.elements.iter().any(|e| fits(&e.ages));
                let mut elements = Vec::new();
                for element in &group.elements {
                    if any_fits && !fits(&element.ages) {
                        continue;
                    }
                    let reason = self.element_reason(group.kind, &element.ages, &chosen_bands, any_fits);
                    elements.push(Element {
                        id: element.id.clone(),
                        text: element.text.clone(),
                        ages: element.ages.clone(),
                        reason,
                        cites: vec![element.id.clone()],
                    });
                }
                groups.push(ElementGroupAdvice {
                    id: group.id.clone(),
                    heading: group.heading.clone(),
                    kind: group.kind.id(),
                    explanation: group.note.clone(),
                    reason: group_reason,
                    cites: group.cites.clone(),
                    elements,
                });
            }
            if groups.is_empty() {
                continue;
            }
            let (setting, title, reason, cites) = match place {
                Some(setting) => {
                    let title = self.k.questionnaire.label(Field::Settings, setting.id()).unwrap_or(setting.id()).to_owned();
                    (setting.id().to_owned(), title.clone(), format!("U kiest de setting: {title}."), vec![setting.section().to_owned()])
                }
                None => (
                    String::new(),
                    "Voor de hele gemeente".to_owned(),
                    if self.settings.is_empty() {
                        "U koos nog geen setting. Dit geldt voor elke setting.".to_owned()
                    } else {
                        "Dit geldt los van de settingen die u koos.".to_owned()
                    },
                    vec!["5-1-integrale-aanpak".to_owned()],
                ),
            };
            out.push(SettingAdvice { setting, title, reason, cites, groups });
        }
        out
    }

    fn element_reason(&self, kind: ElementKind, ages: &[String], chosen: &[String], any_fits: bool) -> String {
        let age_labels = |ids: &[String]| ids.iter().filter_map(|a| self.label(Field::AgeBands, a)).collect::<Vec<_>>().join(", ");
        let what = match kind {
            ElementKind::Works => "Het dossier noemt dit als werkzaam",
            ElementKind::Avoid => "Het dossier raadt dit af",
        };
        if ages.is_empty() {
            return format!("{what}.");
        }
        if chosen.is_empty() {
            return format!("{what} voor: {}.", age_labels(ages));
        }
        if !any_fits {
            return format!(
                "{what} voor: {}. U koos geen van deze leeftijden; daarom ziet u alle punten van deze setting.",
                age_labels(ages)
            );
        }
        let matching: Vec<String> = ages.iter().filter(|a| chosen.contains(a)).cloned().collect();
        format!("{what} voor: {}. U richt zich op: {}.", age_labels(ages), age_labels(&matching))
    }

    fn recommendations(&self) -> Vec<Recommendation> {
        let chosen_bands: Vec<(u8, u8)> = self.answers().age_bands.iter().filter_map(|b| band_range(b)).collect();
        let mut found: Vec<(Recommendation, Option<Recognition>, usize)> = Vec::new();
        let offers = self
            .k
            .interventions
            .iter()
            .map(Offer::Intervention)
            .chain(self.k.programmes.iter().filter(|p| p.intervention.is_none()).map(Offer::Programme));
        for (order, offer) in offers.enumerate() {
            if let Some(recommendation) = self.recommend(&offer, &chosen_bands) {
                found.push((recommendation, offer.recognition(), order));
            }
        }
        found.sort_by(|(a, ra, oa), (b, rb, ob)| {
            // Fit first (higher first), then recognition (strongest first;
            // none last), then the catalogue's order.
            b.fit.cmp(&a.fit).then_with(|| (ra.is_none(), ra).cmp(&(rb.is_none(), rb))).then_with(|| oa.cmp(ob))
        });
        found.into_iter().map(|(r, _, _)| r).collect()
    }

    fn recommend(&self, offer: &Offer<'k>, chosen_bands: &[(u8, u8)]) -> Option<Recommendation> {
        let id = offer.id();
        let rule = self.k.rules.offers.iter().find(|r| r.id == id);
        let running = self.running.iter().any(|r| r == id);
        let mut evidence: Vec<Evidence> = Vec::new();
        let mut fit: u32 = 0;
        let mut eligible = true;

        let setting_match: Vec<String> =
            offer.settings().iter().filter(|s| self.settings.contains(s)).map(|s| s.id().to_owned()).collect();
        let also = rule.and_then(|r| r.also_when.as_ref()).filter(|c| c.holds(&self.facts));
        if !setting_match.is_empty() {
            fit += 3;
            evidence.push(Evidence { subject: Subject::Answer(Field::Settings), ids: setting_match });
        } else if let Some(also) = also {
            fit += 2;
            also.evidence(&self.facts, &mut evidence);
        } else {
            eligible = false;
        }
        if let Some(requires) = rule.and_then(|r| r.requires.as_ref()) {
            if requires.holds(&self.facts) {
                fit += 3;
                requires.evidence(&self.facts, &mut evidence);
            } else {
                eligible = false;
            }
        }
        if let Some(fits) = rule.and_then(|r| r.fits.as_ref()).filter(|c| c.holds(&self.facts)) {
            fit += 2;
            fits.evidence(&self.facts, &mut evidence);
        }
        if let (Some((from, to)), false) = (offer.ages(), chosen_bands.is_empty()) {
            let bands: Vec<String> = self
                .answers()
                .age_bands
                .iter()
                .filter(|b| band_range(b).is_some_and(|band| ages_overlap((from, to), band)))
                .cloned()
                .collect();
            if bands.is_empty() {
                eligible = false;
            } else {
                fit += 1;
                evidence.push(Evidence { subject: Subject::Answer(Field::AgeBands), ids: bands });
            }
        }
        if !offer.levels().is_empty() {
            let matched: Vec<String> =
                offer.levels().iter().map(|l| l.code().to_owned()).filter(|c| self.facts.levels_needed.contains(c)).collect();
            if matched.is_empty() {
                eligible = false;
            } else {
                fit += matched.len() as u32;
                evidence.push(Evidence { subject: Subject::Derived(Derived::LevelsNeeded), ids: matched });
            }
        }
        if rule.is_some_and(|r| r.integral) {
            fit += 2;
        }
        // An alternative the warnings name for a plan of these answers.
        let alternative_to: Vec<&str> = self.alternatives.iter().filter(|(a, _)| *a == id).map(|(_, title)| *title).collect();
        if !alternative_to.is_empty() {
            fit += 3;
        }
        if let Some(rule) = rule {
            let substances: Vec<String> =
                rule.substances.iter().filter(|s| self.answers().has(Field::Substances, s)).cloned().collect();
            if !substances.is_empty() {
                fit += 1;
                evidence.push(Evidence { subject: Subject::Answer(Field::Substances), ids: substances });
            }
        }
        let evidence = merge(evidence);
        if !eligible && !running {
            return None;
        }
        if !eligible {
            fit = 0;
        }
        let mut parts = Vec::new();
        if running {
            parts.push("Dit loopt al in uw gemeente.".to_owned());
        }
        if eligible {
            parts.push(self.because(&evidence));
        } else {
            parts.push("Het past minder goed bij de settingen, leeftijden of groepen die u koos.".to_owned());
        }
        if eligible && rule.is_some_and(|r| r.integral) {
            parts.push("Het dossier noemt dit als preventieprogramma met een integrale aanpak; een integrale aanpak is het meest effectief.".to_owned());
        }
        if eligible && !alternative_to.is_empty() {
            parts.push(format!("U kunt dit inzetten in plaats van: {}.", alternative_to.join("; ")));
        }
        if let Offer::Intervention(i) = offer {
            parts.push(format!("Doelgroep volgens het dossier: {}.", i.target_group.trim_end_matches('.')));
        }
        if let Some(note) = rule.and_then(|r| r.note.as_ref()) {
            parts.push(note.clone());
        }
        let mut cites = vec![id.to_owned(), offer.section().to_owned()];
        if let Offer::Intervention(i) = offer {
            push_unique(&mut cites, [format!("tabel-{}", i.table)]);
        }
        if let Some(rule) = rule {
            if rule.integral {
                push_unique(&mut cites, ["5-1-integrale-aanpak".to_owned()]);
            }
            push_unique(&mut cites, rule.cites.iter().cloned());
        }
        Some(Recommendation {
            id: id.to_owned(),
            name: offer.name().to_owned(),
            kind: offer.kind(),
            description: offer.description().map(str::to_owned),
            recognition: offer.recognition().map(Recognition::id),
            recognition_text: match offer {
                Offer::Intervention(i) => Some(i.recognition_text.clone()),
                Offer::Programme(_) => None,
            },
            levels: offer.levels().iter().map(|l| l.code()).collect(),
            settings: offer.settings().iter().map(|s| s.id()).collect(),
            fit,
            running,
            reason: join(&parts),
            cites,
        })
    }

    fn warnings(&self) -> Vec<Warning> {
        let mut warnings: Vec<(Severity, u8, usize, Warning)> = Vec::new();
        for (order, rule) in self.k.rules.warnings.iter().enumerate() {
            if !rule.when.holds(&self.facts) {
                continue;
            }
            let warning = Warning {
                id: rule.id.clone(),
                severity: rule.severity.id(),
                title: rule.title.clone(),
                instead: self.fill(&rule.instead),
                alternatives: rule.alternatives.iter().filter_map(|id| self.named(id)).collect(),
                reason: self.reason(&rule.when, &rule.reason),
                cites: rule.cites.clone(),
            };
            warnings.push((rule.severity, rule.priority.unwrap_or(9), order, warning));
        }
        warnings.sort_by_key(|(severity, priority, order, _)| (*severity, *priority, *order));
        warnings.into_iter().map(|(_, _, _, w)| w).collect()
    }

    /// The advised-against plans never count as cover; the rules only name
    /// good plans in `gedekt`, so evidence is used as it is.
    fn integral(&self, recommended: &[Recommendation]) -> Integral {
        let mut integral = Integral { components: Vec::new(), levels: Vec::new(), pillars: Vec::new() };
        for rule in &self.k.rules.coverage {
            if !rule.needed.holds(&self.facts) {
                continue;
            }
            let covered = rule.covered.holds(&self.facts);
            let mut covered_by = Vec::new();
            if covered {
                for evidence in self.evidence_of(&rule.covered) {
                    match evidence.subject {
                        Subject::Answer(Field::Plans) => covered_by.extend(evidence.ids.iter().filter_map(|id| {
                            self.label(Field::Plans, id).map(|name| Named { id: id.clone(), name: format!("{name} (plan)") })
                        })),
                        Subject::Derived(Derived::RunningLevels) | Subject::Answer(Field::Running) => {
                            let ids: Vec<String> = if evidence.subject == Subject::Answer(Field::Running) {
                                evidence.ids.clone()
                            } else {
                                let levels: Vec<Level> = evidence.ids.iter().filter_map(|c| Level::from_code(c)).collect();
                                self.k
                                    .interventions
                                    .iter()
                                    .filter(|i| self.running.contains(&i.id) && i.levels.iter().any(|l| levels.contains(l)))
                                    .map(|i| i.id.clone())
                                    .collect()
                            };
                            for id in ids {
                                if let Some(name) = self.record_name(&id)
                                    && !covered_by.iter().any(|n: &Named| n.id == id)
                                {
                                    covered_by.push(Named { id, name: format!("{} (loopt al)", name.trim_end_matches('.')) });
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            let in_focus = match (rule.kind, &rule.focus) {
                (CoverageKind::Pillar, Some(focus)) => Some(focus.holds(&self.facts)),
                _ => None,
            };
            // Only what the advice recommends for these answers: a record
            // for another target group is no suggestion.
            let suggestions: Vec<Named> = if covered {
                Vec::new()
            } else {
                rule.fill_with
                    .iter()
                    .filter(|id| recommended.iter().any(|r| &&r.id == id && !r.running))
                    .filter_map(|id| self.named(id))
                    .collect()
            };
            let mut reason = if covered {
                let names: Vec<&str> = covered_by.iter().map(|n| n.name.as_str()).collect();
                format!("Gedekt door: {}.", names.join(", "))
            } else {
                "Hiervoor loopt nog niets, en u noemt er nog geen plan voor.".to_owned()
            };
            match (in_focus, covered) {
                (Some(true), false) => reason.push_str(" U kiest deze pijler wel als doel."),
                (Some(false), true) => reason.push_str(" Dit draagt bij aan deze pijler, ook al koos u hem (nog) niet als doel."),
                (Some(false), false) => reason.push_str(" U koos deze pijler ook niet als doel. Een samenhangend drugsbeleid zet in op alle drie de pijlers tegelijk."),
                _ => {}
            }
            if rule.kind == CoverageKind::Level {
                let need = self.because(&self.evidence_of(&rule.needed));
                if !need.is_empty() {
                    reason = format!("{need} {reason}");
                }
            }
            let mut cites = rule.cites.clone();
            if rule.kind == CoverageKind::Pillar {
                push_unique(&mut cites, ["6-3-domeinen".to_owned()]);
            }
            let coverage = Coverage {
                id: rule.id.clone(),
                label: rule.label.clone(),
                covered,
                covered_by,
                in_focus,
                fill: (!covered).then(|| rule.fill.clone()),
                suggestions,
                reason,
                cites,
            };
            match rule.kind {
                CoverageKind::Component => integral.components.push(coverage),
                CoverageKind::Level => integral.levels.push(coverage),
                CoverageKind::Pillar => integral.pillars.push(coverage),
            }
        }
        integral
    }

    fn partners(&self) -> Vec<PartnerAdvice> {
        let Some(step) = self.k.questionnaire.step_for(Field::Partners) else { return Vec::new() };
        let mut out: Vec<(u8, usize, PartnerAdvice)> = Vec::new();
        for (order, option) in step.options.iter().enumerate() {
            let involved = self.answers().has(Field::Partners, &option.id);
            let mut roles = Vec::new();
            let mut best = 9;
            for rule in self.k.rules.partners.iter().filter(|r| r.partner == option.id && r.when.holds(&self.facts)) {
                if !involved {
                    best = best.min(rule.priority.unwrap_or(9));
                }
                let because = self.because(&self.evidence_of(&rule.when));
                let reason = if because.is_empty() { "Dit geldt voor elke gemeente.".to_owned() } else { because };
                let status = if involved { " Deze partner doet al mee." } else { " Deze partner doet nog niet mee." };
                roles.push(Role {
                    id: rule.id.clone(),
                    context: rule.context.clone(),
                    context_label: self.context_label(&rule.context),
                    text: self.fill(&rule.role),
                    reason: format!("{reason}{status}"),
                    cites: rule.cites.clone(),
                });
            }
            if roles.is_empty() && !involved {
                continue;
            }
            if roles.is_empty() {
                roles.push(Role {
                    id: format!("{}-betrokken", option.id),
                    context: "algemeen".to_owned(),
                    context_label: "Algemeen".to_owned(),
                    text: "Deze partner doet al mee. Bespreek welke rol past bij de doelen van het plan.".to_owned(),
                    reason: "U noemt deze partner als betrokken.".to_owned(),
                    cites: vec!["4-6-samenwerkingspartners".to_owned(), "6-2-3-regievoerder-extern".to_owned()],
                });
            }
            out.push((if involved { 9 } else { best }, order, PartnerAdvice { id: option.id.clone(), label: option.label.clone(), involved, roles }));
        }
        out.sort_by_key(|(priority, order, _)| (*priority, *order));
        out.into_iter().map(|(_, _, p)| p).collect()
    }

    fn context_label(&self, context: &str) -> String {
        if context == "algemeen" {
            return "Algemeen".to_owned();
        }
        self.label(Field::Settings, context).or_else(|| self.label(Field::Pillars, context)).unwrap_or(context).to_owned()
    }

    fn data(&self) -> Vec<DataAdvice> {
        let mut out: Vec<(bool, u8, usize, DataAdvice)> = Vec::new();
        for (order, rule) in self.k.rules.data.iter().enumerate() {
            let in_use = self.answers().has(Field::Monitors, &rule.id);
            let applies = rule.when.holds(&self.facts);
            if !applies && !in_use {
                continue;
            }
            let mut reason = if applies { self.reason(&rule.when, &rule.reason) } else { rule.reason.clone() };
            if in_use {
                reason.push_str(" U gebruikt deze bron al.");
            }
            out.push((
                !in_use,
                rule.priority.unwrap_or(9),
                order,
                DataAdvice {
                    id: rule.id.clone(),
                    label: self.label(Field::Monitors, &rule.id).unwrap_or(&rule.id).to_owned(),
                    uses: rule.uses.clone(),
                    in_use,
                    reason,
                    cites: rule.cites.clone(),
                },
            ));
        }
        // In use first (they are the evaluation's baseline), then by priority.
        out.sort_by_key(|(not_in_use, priority, order, _)| (*not_in_use, *priority, *order));
        out.into_iter().map(|(_, _, _, d)| d).collect()
    }

    fn next_steps(&self) -> Vec<NextStep> {
        let mut steps = Vec::new();
        for step in 1..=4u8 {
            let section = STEP_SECTIONS[usize::from(step - 1)];
            let title = self.k.dossier.anchor(section).map(|a| a.label.clone()).unwrap_or_else(|| format!("Stap {step}"));
            for rule in self.k.rules.steps.iter().filter(|r| r.step == step && r.when.holds(&self.facts)) {
                let mut cites = rule.cites.clone();
                push_unique(&mut cites, [section.to_owned()]);
                steps.push(NextStep {
                    step,
                    step_title: title.clone(),
                    id: rule.id.clone(),
                    text: self.fill(&rule.text),
                    reason: self.reason(&rule.when, &rule.reason),
                    cites,
                });
            }
        }
        steps
    }

    fn notes(&self) -> Vec<Note> {
        let mut notes = Vec::new();
        if self.answers().is_empty() {
            notes.push(Note {
                text: "U heeft nog niets ingevuld. Dit is daarom een algemeen advies. Vul de vragen in voor een advies op maat van uw gemeente."
                    .to_owned(),
                cites: vec!["5-1-integrale-aanpak".to_owned()],
            });
        } else if self.settings.is_empty() {
            notes.push(Note {
                text: "U koos nog geen setting. Het advies over wat werkt en over interventies is daarom algemeen. Kies settingen voor een advies op maat."
                    .to_owned(),
                cites: vec!["4-3-settingen".to_owned()],
            });
        }
        if self.unknown_ids {
            notes.push(Note {
                text: "Sommige antwoorden kent deze versie van de app niet. Die tellen niet mee in het advies.".to_owned(),
                cites: Vec::new(),
            });
        }
        notes
    }

    fn summary(&self, advice: &Advice) -> Vec<SummaryItem> {
        // (priority, source rank, item)
        let mut candidates: Vec<(u8, u8, SummaryItem)> = Vec::new();
        for warning in &advice.warnings {
            let Some(rule) = self.k.rules.warnings.iter().find(|r| r.id == warning.id) else { continue };
            if let (Some(priority), Some(short)) = (rule.priority, &rule.short) {
                candidates.push((priority, 0, SummaryItem {
                    text: short.clone(),
                    reason: warning.reason.clone(),
                    cites: warning.cites.clone(),
                    source: "waarschuwing",
                    source_id: warning.id.clone(),
                }));
            }
        }
        for gap in advice.integral.gaps() {
            let Some(rule) = self.k.rules.coverage.iter().find(|r| r.id == gap.id) else { continue };
            if let (Some(priority), Some(short)) = (rule.priority, &rule.short) {
                candidates.push((priority, 1, SummaryItem {
                    text: short.clone(),
                    reason: format!("{}: {}", gap.label, gap.reason),
                    cites: gap.cites.clone(),
                    source: "dekking",
                    source_id: gap.id.clone(),
                }));
            }
        }
        for step in &advice.next_steps {
            let Some(rule) = self.k.rules.steps.iter().find(|r| r.id == step.id) else { continue };
            if let (Some(priority), Some(short)) = (rule.priority, &rule.short) {
                candidates.push((priority, 2, SummaryItem {
                    text: self.fill(short),
                    reason: step.reason.clone(),
                    cites: step.cites.clone(),
                    source: "stap",
                    source_id: step.id.clone(),
                }));
            }
        }
        for partner in advice.partners.iter().filter(|p| !p.involved) {
            let best = self
                .k
                .rules
                .partners
                .iter()
                .filter(|r| r.partner == partner.id && partner.roles.iter().any(|role| role.id == r.id))
                .filter_map(|r| Some((r.priority?, r.short.as_ref()?, r)))
                .min_by_key(|(priority, _, _)| *priority);
            if let Some((priority, short, rule)) = best {
                let role = partner.roles.iter().find(|r| r.id == rule.id);
                candidates.push((priority, 3, SummaryItem {
                    text: short.clone(),
                    reason: role.map(|r| format!("{} {}", r.text, r.reason)).unwrap_or_default(),
                    cites: rule.cites.clone(),
                    source: "partner",
                    source_id: partner.id.clone(),
                }));
            }
        }
        // The two best-fitting recommendations that do not run yet.
        for (at, best) in advice.interventions.iter().filter(|r| !r.running && r.fit >= 6).take(2).enumerate() {
            candidates.push((if at == 0 { 4 } else { 6 }, 4, SummaryItem {
                text: format!("Bekijk '{}': dit past goed bij uw antwoorden.", best.name.trim_end_matches('.')),
                reason: best.reason.clone(),
                cites: best.cites.clone(),
                source: "interventie",
                source_id: best.id.clone(),
            }));
        }
        candidates.sort_by_key(|(priority, rank, _)| (*priority, *rank));
        let mut summary: Vec<SummaryItem> = Vec::new();
        let mut per_source: Vec<&'static str> = Vec::new();
        for (_, _, item) in candidates {
            if summary.len() == 3 {
                break;
            }
            if summary.iter().any(|s| s.text == item.text) || per_source.iter().filter(|s| **s == item.source).count() >= 2 {
                continue;
            }
            per_source.push(item.source);
            summary.push(item);
        }
        summary
    }
}

/// An intervention row or a programme, for matching.
enum Offer<'k> {
    Intervention(&'k Intervention),
    Programme(&'k Programme),
}

impl<'k> Offer<'k> {
    fn id(&self) -> &'k str {
        match self {
            Offer::Intervention(i) => &i.id,
            Offer::Programme(p) => &p.id,
        }
    }
    fn name(&self) -> &'k str {
        match self {
            Offer::Intervention(i) => &i.name,
            Offer::Programme(p) => &p.name,
        }
    }
    fn kind(&self) -> &'static str {
        match self {
            Offer::Intervention(_) => "interventie",
            Offer::Programme(_) => "programma",
        }
    }
    fn description(&self) -> Option<&'k str> {
        match self {
            Offer::Intervention(i) => i.description.as_deref(),
            Offer::Programme(p) => p.description.as_deref(),
        }
    }
    fn settings(&self) -> &'k [Setting] {
        match self {
            Offer::Intervention(i) => &i.settings,
            Offer::Programme(p) => &p.settings,
        }
    }
    fn levels(&self) -> &'k [Level] {
        match self {
            Offer::Intervention(i) => &i.levels,
            Offer::Programme(_) => &[],
        }
    }
    fn ages(&self) -> Option<(u8, u8)> {
        match self {
            Offer::Intervention(i) => i.ages,
            Offer::Programme(_) => None,
        }
    }
    fn recognition(&self) -> Option<Recognition> {
        match self {
            Offer::Intervention(i) => Some(i.recognition),
            Offer::Programme(_) => None,
        }
    }
    fn section(&self) -> &'k str {
        match self {
            Offer::Intervention(i) => &i.section,
            Offer::Programme(p) => &p.section,
        }
    }
}

/// The years of an age band option id ("13-16" is 13 to 16).
pub fn band_range(id: &str) -> Option<(u8, u8)> {
    let (from, to) = id.split_once('-')?;
    let (from, to) = (from.parse::<u8>().ok()?, to.parse::<u8>().ok()?);
    (from <= to).then_some((from, to))
}

/// Whether an age range (both ends included, as the dossier prints them)
/// fits an age band: they must share more than a single boundary year. So
/// 13-15 (second and third year) does not fit "rond 12/13" (12-13), and
/// 16-25 does not fit "13 t/m 16"; a single-year range fits a band holding it.
pub fn ages_overlap((from, to): (u8, u8), (low, high): (u8, u8)) -> bool {
    let start = from.max(low);
    let end = to.min(high);
    end > start || (from == to && low <= from && from <= high)
}
