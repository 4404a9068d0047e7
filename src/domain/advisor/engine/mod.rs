//! `advise`: from a municipality's answers to cited advice. Deterministic,
//! total (any answers give an advice, never a panic), and every item says
//! why it applies to these answers and which dossier places it rests on.

mod offers;
mod summary;

pub use offers::ages_overlap;
pub use super::answers::band_range;

use super::answers::{Answers, Field};
use super::condition::{Condition, Derived, Evidence, Facts, Subject};
use super::questionnaire::{Questionnaire, OTHER};
use super::advice::*;
use super::rules::{CoverageKind, ElementKind, Rules, STEP_SECTIONS};
use crate::domain::catalogue::{Intervention, Level, Programme, Setting};
use crate::domain::dossier::Dossier;
use crate::domain::place::Place;
use crate::domain::text::fill;

/// Everything the engine reads (the compiled-in content gives it:
/// `content::knowledge()`).
#[derive(Clone, Copy)]
pub struct Knowledge<'k> {
    pub dossier: &'k Dossier<'k>,
    pub interventions: &'k [Intervention],
    pub programmes: &'k [Programme],
    pub questionnaire: &'k Questionnaire,
    pub rules: &'k Rules,
}

// ---------------------------------------------------------------- the engine

impl Knowledge<'_> {
    /// How to name a place the advice or the plan cites, and where it is: a
    /// dossier place ("5.3 Setting: Voortgezet onderwijs") or a record.
    pub fn cite(&self, id: &str) -> Option<(String, Place)> {
        if let Some(label) = self.dossier.citation_label(id) {
            return Some((label, Place::Dossier(id.to_owned())));
        }
        let record = |name: &String| (name.clone(), Place::Record(id.to_owned()));
        self.interventions
            .iter()
            .find(|i| i.id == id)
            .map(|i| record(&i.name))
            .or_else(|| self.programmes.iter().find(|p| p.id == id).map(|p| record(&p.name)))
    }
}

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
pub fn advise(k: &Knowledge<'_>, original: &Answers) -> Advice {
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
    engine.facts.levels_needed = levels_needed.iter().map(|l| l.level.code().to_owned()).collect();
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
    let (always, tailored): (Vec<_>, Vec<_>) = engine.next_steps().into_iter().partition(|(always, _)| *always);
    let checklist: Vec<NextStep> = always.into_iter().map(|(_, step)| step).collect();
    let next_steps: Vec<NextStep> = tailored.into_iter().map(|(_, step)| step).collect();
    let mut advice = Advice {
        tailored: !original.is_empty(),
        notes: engine.notes(),
        summary: Vec::new(),
        own_words: engine.own_words(),
        levels_needed,
        what_works: engine.what_works(),
        interventions,
        recognition_caveat: engine.note("erkenning"),
        warnings,
        integral,
        partners,
        data: engine.data(),
        next_steps,
        checklist,
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
                self.answers().period().map(|(from, to)| vec![self.phrase("periode", &[("van", &from.to_string()), ("tot", &to.to_string())])]).unwrap_or_default()
            }
        }
    }

    fn stem(&self, subject: Subject) -> String {
        match subject {
            Subject::Answer(field) => self.k.questionnaire.step_for(field).map(|s| s.in_advice.clone()).unwrap_or_else(|| field.key().to_owned()),
            Subject::Derived(Derived::LevelsNeeded) => self.phrase("reden-niveaus-nodig", &[]),
            Subject::Derived(Derived::RunningLevels) => self.phrase("reden-niveaus-lopend", &[]),
            Subject::Derived(Derived::Period) => self.phrase("reden-periode", &[]),
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

    /// The phrase `id` of `teksten.txt`, its `{name}`s filled from `values`.
    fn phrase(&self, id: &str, values: &[(&str, &str)]) -> String {
        let value = |name: &str| values.iter().find(|(key, _)| *key == name).map(|(_, v)| (*v).to_owned()).unwrap_or_default();
        fill(&self.k.rules.text(id).text, value)
    }

    fn setting_label(&self, setting: Setting) -> &'k str {
        self.k.questionnaire.label(Field::Settings, setting.id()).unwrap_or(setting.id())
    }

    /// Replaces `{field}` with the answer's labels (or text) and the period
    /// placeholders with years.
    fn fill(&self, text: &str) -> String {
        fill(text, |name| self.placeholder(name))
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
        if let Some(list) = name.strip_suffix("_other").and_then(Field::from_key) {
            let text = truncate(self.answers().other_text(list));
            return if text.is_empty() { self.phrase("leeg-tekst", &[]) } else { text };
        }
        let Some(field) = Field::from_key(name) else { return String::new() };
        if field.is_text() {
            let text = truncate(self.answers().text(field));
            return match (text.is_empty(), field) {
                (true, Field::Municipality) => self.phrase("leeg-gemeente", &[]),
                (true, _) => self.phrase("leeg-tekst", &[]),
                _ => text,
            };
        }
        let labels: Vec<&str> = self.answers().choices(field).iter().filter_map(|id| self.label(field, id)).collect();
        if labels.is_empty() { self.phrase("leeg-keuze", &[]) } else { labels.join(", ") }
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
            needs.push(LevelNeed { level, label: level.label(), reason: reasons.join(" "), cites });
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
                    (_, Some(setting)) => self.phrase("setting-dossier", &[("setting", self.setting_label(setting))]),
                    (_, None) => self.phrase("elke-gemeente", &[]),
                };
                let fits = |ages: &[String]| ages.is_empty() || chosen_bands.is_empty() || !self.bands_for(ages, &chosen_bands).is_empty();
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
                    kind: group.kind,
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
                    let title = self.setting_label(setting).to_owned();
                    (setting.id().to_owned(), title.clone(), self.phrase("setting-gekozen", &[("setting", &title)]), vec![setting.section().to_owned()])
                }
                None => (
                    String::new(),
                    self.k.rules.text("hele-gemeente").text.clone(),
                    self.phrase(if self.settings.is_empty() { "elke-setting" } else { "los-van-settingen" }, &[]),
                    self.k.rules.text("hele-gemeente").cites.clone(),
                ),
            };
            out.push(SettingAdvice { setting, title, reason, cites, groups });
        }
        out
    }

    fn element_reason(&self, kind: ElementKind, ages: &[String], chosen: &[String], any_fits: bool) -> String {
        let age_labels = |ids: &[String]| ids.iter().filter_map(|a| self.label(Field::AgeBands, a)).collect::<Vec<_>>().join(", ");
        let dossier_ages = ages
            .iter()
            .filter_map(|a| band_range(a))
            .map(|(from, to)| self.phrase("leeftijden-dossier", &[("van", &from.to_string()), ("tot", &to.to_string())]))
            .collect::<Vec<_>>()
            .join(", ");
        let what = self.phrase(
            match kind {
                ElementKind::Works => "element-werkt",
                ElementKind::Avoid => "element-vermijden",
            },
            &[],
        );
        let matching = self.bands_for(ages, chosen);
        let id = match () {
            _ if ages.is_empty() => "element-zonder-leeftijd",
            _ if chosen.is_empty() => "element-leeftijden",
            _ if !any_fits => "element-andere-leeftijden",
            _ => "element-gekozen-leeftijden",
        };
        self.phrase(id, &[("wat", &what), ("leeftijden", &dossier_ages), ("gekozen", &age_labels(&matching))])
    }

    /// The chosen age bands that stand for one of the dossier's own bands
    /// (`ages`, as read from its text): the band holding its first year.
    /// So "12/13 jaar" (the brugklas) is the band "11 en 12 jaar", and
    /// "13 t/m 16 jaar" is "13 tot en met 15 jaar".
    fn bands_for(&self, ages: &[String], chosen: &[String]) -> Vec<String> {
        chosen
            .iter()
            .filter(|band| {
                band_range(band).is_some_and(|(low, high)| ages.iter().filter_map(|a| band_range(a)).any(|(from, _)| (low..=high).contains(&from)))
            })
            .cloned()
            .collect()
    }

    fn warnings(&self) -> Vec<Warning> {
        let mut warnings: Vec<(Severity, u8, usize, Warning)> = Vec::new();
        for (order, rule) in self.k.rules.warnings.iter().enumerate() {
            if !rule.when.holds(&self.facts) {
                continue;
            }
            let warning = Warning {
                id: rule.id.clone(),
                severity: rule.severity,
                title: rule.title.clone(),
                instead: self.fill(&rule.instead),
                alternatives: rule.alternatives.iter().filter_map(|id| self.named(id)).collect(),
                reason: self.reason(&rule.when, &rule.reason),
                cites: rule.cites.clone(),
            };
            warnings.push((rule.severity, rule.priority.unwrap_or(9), order, warning));
        }
        warnings.sort_unstable_by_key(|(severity, priority, order, _)| (*severity, *priority, *order));
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
                                    covered_by.push(Named { id, name: self.phrase("loopt-al", &[("naam", name.trim_end_matches('.'))]) });
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
                self.phrase("gedekt-door", &[("namen", &names.join(", "))])
            } else {
                self.phrase("niet-gedekt", &[])
            };
            let pillar = match (in_focus, covered) {
                (Some(true), false) => Some("pijler-wel-doel"),
                (Some(false), true) => Some("pijler-draagt-bij"),
                (Some(false), false) => Some("pijler-geen-doel"),
                _ => None,
            };
            if let Some(id) = pillar {
                reason = join(&[reason, self.phrase(id, &[])]);
            }
            if rule.kind == CoverageKind::Level {
                let need = self.because(&self.evidence_of(&rule.needed));
                if !need.is_empty() {
                    reason = format!("{need} {reason}");
                }
            }
            let cites = rule.cites.clone();
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
                let reason = if because.is_empty() { self.phrase("elke-gemeente", &[]) } else { because };
                let status = self.phrase(if involved { "partner-doet-mee" } else { "partner-doet-niet-mee" }, &[]);
                roles.push(Role {
                    id: rule.id.clone(),
                    context: rule.context.clone(),
                    context_label: self.context_label(&rule.context),
                    text: self.fill(&rule.role),
                    reason: join(&[reason, status]),
                    cites: rule.cites.clone(),
                });
            }
            if roles.is_empty() && !involved {
                continue;
            }
            if roles.is_empty() {
                let involved = self.k.rules.text("partner-betrokken");
                roles.push(Role {
                    id: format!("{}-betrokken", option.id),
                    context: "algemeen".to_owned(),
                    context_label: "Algemeen".to_owned(),
                    text: involved.text.clone(),
                    reason: involved.reason.clone().unwrap_or_default(),
                    cites: involved.cites.clone(),
                });
            }
            out.push((if involved { 9 } else { best }, order, PartnerAdvice { id: option.id.clone(), label: option.label.clone(), involved, roles }));
        }
        out.sort_unstable_by_key(|(priority, order, _)| (*priority, *order));
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
                reason = join(&[reason, self.phrase("bron-in-gebruik", &[])]);
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
        out.sort_unstable_by_key(|(not_in_use, priority, order, _)| (*not_in_use, *priority, *order));
        out.into_iter().map(|(_, _, _, d)| d).collect()
    }

    /// Every step that applies, and whether it applies whatever the answers.
    fn next_steps(&self) -> Vec<(bool, NextStep)> {
        let mut steps = Vec::new();
        for step in 1..=4u8 {
            let section = STEP_SECTIONS[usize::from(step - 1)];
            let title = self.k.dossier.anchor(section).map(|a| a.label.clone()).unwrap_or_else(|| self.phrase("stap", &[("stap", &step.to_string())]));
            for rule in self.k.rules.steps.iter().filter(|r| r.step == step && r.when.holds(&self.facts)) {
                let mut cites = rule.cites.clone();
                push_unique(&mut cites, [section.to_owned()]);
                steps.push((matches!(rule.when, Condition::Always), NextStep {
                    step,
                    step_title: title.clone(),
                    id: rule.id.clone(),
                    text: self.fill(&rule.text),
                    reason: self.reason(&rule.when, &rule.reason),
                    cites,
                }));
            }
        }
        steps
    }

    fn notes(&self) -> Vec<Note> {
        let mut notes = Vec::new();
        if self.answers().is_empty() {
            notes.push(self.note("niets-ingevuld"));
        } else if self.settings.is_empty() {
            notes.push(self.note("geen-setting"));
        }
        if self.unknown_ids {
            notes.push(self.note("onbekende-antwoorden"));
        }
        notes
    }

    /// "U schreef zelf: ...", when the user typed something for "Iets anders".
    fn own_words(&self) -> Option<Note> {
        let typed = self.typed_for_other();
        (!typed.is_empty()).then(|| Note { text: self.phrase("eigen-woorden", &[("woorden", &typed.join("; "))]), cites: Vec::new() })
    }

    /// "Middelen: spice" for each list whose "Iets anders" has a text.
    fn typed_for_other(&self) -> Vec<String> {
        let answers = self.answers();
        Field::ALL
            .into_iter()
            .filter(|&field| answers.has(field, OTHER))
            .filter_map(|field| {
                let text = truncate(answers.other_text(field));
                let step = self.k.questionnaire.step_for(field)?;
                (!text.is_empty()).then(|| format!("{}: {text}", step.short))
            })
            .collect()
    }

    /// A fixed paragraph of `teksten.txt` as a note.
    fn note(&self, id: &str) -> Note {
        let text = self.k.rules.text(id);
        Note { text: text.text.clone(), cites: text.cites.clone() }
    }
}
