//! The suggested text of each part of the plan, built from the answers and
//! the advice in the wording of `beleidsplan.txt` (`PolicyPlanTexts`).

use super::figures::{usable, with_unit, Figure};
use super::goals::usable as usable_goals;
use super::planning::{serves, usable as planned};
use super::{Inputs, PolicyPlanTexts};
use crate::domain::advisor::questionnaire::OTHER;
use super::planning::{format_euros, Pillar};
use crate::domain::advisor::{DataUse, Field, Recommendation, Severity};
use crate::domain::catalogue::Level;
use crate::domain::text::capital;

mod summary;

/// Planned activities that limit supply (6.3.2) and that reduce harm (6.3.3);
/// the others are prevention.
const SUPPLY_PLANS: [&str; 4] = ["apv-maatregelen", "huisregels", "bibob", "toezicht-handhaving"];
const HARM_REDUCTION_PLANS: [&str; 5] = ["drugs-testen", "ehbo-evenementen", "chill-out", "traditionele-harm-reduction", "peer-voorlichting-uitgaan"];

/// The suggested text of a part, in the editing form (`## ` subheadings,
/// paragraphs, `- ` bullets). Brackets mark what the user still has to fill in.
pub fn suggestion(part: &str, inputs: &Inputs<'_>) -> String {
    let text = Wording { texts: inputs.texts, part, inputs };
    match part {
        "samenvatting" => summary::summary(&text),
        "inleiding" => introduction(&text),
        "beleidsfocus" => focus(&text),
        "lokale-situatie" => local_situation(&text),
        "doelen" => goals(&text),
        "acties" => actions(&text),
        "evaluatie" => evaluation(&text),
        _ => String::new(),
    }
}

/// The texts of one part, filled for these inputs.
struct Wording<'w> {
    texts: &'w PolicyPlanTexts,
    part: &'w str,
    inputs: &'w Inputs<'w>,
}

impl Wording<'_> {
    /// The text of `key`, its placeholders filled from `values` and the inputs.
    fn fill(&self, key: &str, values: &[(&str, String)]) -> String {
        self.inputs.fill(self.texts.get(self.part, key), values)
    }

    fn get(&self, key: &str) -> String {
        self.fill(key, &[])
    }

    /// "## Kop\n\n"
    fn heading(&self, key: &str) -> String {
        format!("## {}\n\n", self.get(key))
    }
}

fn introduction(text: &Wording<'_>) -> String {
    let inputs = text.inputs;
    let mut out = text.heading("kop-aanleiding");
    let occasions = inputs.labels(Field::Occasion);
    if occasions.is_empty() {
        out.push_str(&text.get("aanleiding-leeg"));
    } else {
        out.push_str(&text.fill("aanleiding", &[("aanleidingen", list(&occasions))]));
    }
    out.push_str("\n\n");
    out.push_str(&text.heading("kop-kaders"));
    out.push_str(&text.get("kaders"));
    out.push_str("\n\n");
    for frame in text.texts.all(text.part, "kader") {
        out.push_str(&format!("- {}\n", inputs.fill(frame, &[])));
    }
    for frame in context_frames(text) {
        out.push_str(&format!("- {frame}\n"));
    }
    out.push('\n');
    out.push_str(&text.heading("kop-drugs"));
    let substances = inputs.labels(Field::Substances);
    if substances.is_empty() {
        out.push_str(&text.get("drugs-leeg"));
    } else {
        out.push_str(&text.fill("drugs", &[("middelen", list(&substances))]));
    }
    out
}

/// The Kaders the officer's context fills: local plans and agreements,
/// regional cooperation, and what is available for the plan.
fn context_frames(text: &Wording<'_>) -> Vec<String> {
    let context = &text.inputs.policy_plan.context;
    let option_text = |id: &str| text.texts.get("context", id);
    let mut agreements: Vec<String> = text
        .texts
        .options("afspraak")
        .filter(|(id, _, _)| context.agreements.iter().any(|a| a == id))
        .map(|(_, label, _)| label.to_owned())
        .collect();
    agreements.extend(Some(context.other_agreements.trim()).filter(|t| !t.is_empty()).map(str::to_owned));
    let mut frames = vec![match agreements.is_empty() {
        true => text.get("kader-lokaal"),
        false => text.fill("kader-lokaal-afspraken", &[("afspraken", list(&agreements))]),
    }];
    let mut region: Vec<String> = Vec::new();
    region.extend(Some(context.region.trim()).filter(|t| !t.is_empty()).map(str::to_owned));
    if !context.addiction_care.trim().is_empty() {
        region.push(text.inputs.fill(option_text("verslavingszorg"), &[("naam", context.addiction_care.trim().to_owned())]));
    }
    if !region.is_empty() {
        frames.push(text.fill("kader-regio", &[("regio", list(&region))]));
    }
    let available = available(text);
    if !available.is_empty() {
        frames.push(text.fill("kader-middelen", &[("middelen", list(&available))]));
    }
    frames
}

/// The money per year and the people available for the plan, as the
/// officer gave them: "€ 40.000 per jaar", "0,4 fte".
fn available(text: &Wording<'_>) -> Vec<String> {
    let context = &text.inputs.policy_plan.context;
    let mut available = Vec::new();
    if let Some(budget) = context.yearly_budget() {
        available.push(text.inputs.fill(text.texts.get("context", "budget"), &[("bedrag", format_euros(budget))]));
    }
    available.extend(Some(context.capacity.trim()).filter(|t| !t.is_empty()).map(str::to_owned));
    available
}

fn focus(text: &Wording<'_>) -> String {
    let inputs = text.inputs;
    let mut out = text.heading("kop-missie");
    out.push_str(&format!("{}\n\n", text.get("missie")));
    out.push_str(&text.heading("kop-visie"));
    out.push_str(&format!("{}\n\n", text.get("visie")));
    out.push_str(&text.heading("kop-richting"));
    let pillars = inputs.labels(Field::Pillars);
    if pillars.is_empty() {
        out.push_str(&format!("- {}\n", text.get("pijlers-leeg")));
    } else {
        for pillar in &pillars {
            out.push_str(&format!("- {}.\n", capital(pillar)));
        }
    }
    let domains = inputs.labels(Field::Domains);
    let mut together = if domains.is_empty() { text.get("samen") } else { text.fill("samen-met", &[("domeinen", list(&domains))]) };
    if let Some(lead) = inputs.labels(Field::Lead).first() {
        together.push(' ');
        together.push_str(&text.fill("regie", &[("regie", lead.clone())]));
    }
    out.push_str(&format!("- {together}\n- {}\n- {}", text.get("landelijk"), text.get("cyclisch")));
    out
}

/// "Scholieren die ooit blowden: 8,5% in 2023. In de regio: 7%. In Nederland: 6%. Bron: HBSC."
/// `with_source` adds "Bron: ..." (the summary leaves it to the table).
fn figure_sentence(text: &Wording<'_>, figure: &Figure, with_source: bool) -> String {
    let indicator = figure.indicator.trim().trim_end_matches('.').to_owned();
    let value = figure.shown(&figure.value);
    let mut sentence = match figure.year.trim() {
        "" => text.fill("cijfer", &[("indicator", indicator), ("waarde", value)]),
        year => text.fill("cijfer-jaar", &[("indicator", indicator), ("waarde", value), ("jaar", year.to_owned())]),
    };
    for (key, typed) in [("cijfer-regio", &figure.region), ("cijfer-land", &figure.national)] {
        if !typed.trim().is_empty() {
            sentence.push_str(&format!(" {}", text.fill(key, &[("waarde", figure.shown(typed))])));
        }
    }
    if with_source && !figure.source.trim().is_empty() {
        sentence.push_str(&format!(" {}", text.fill("cijfer-bron", &[("bron", figure.source.trim().to_owned())])));
    }
    sentence
}

fn local_situation(text: &Wording<'_>) -> String {
    let inputs = text.inputs;
    let mut out = text.heading("kop-probleem");
    let figures: Vec<&Figure> = usable(&inputs.policy_plan.figures).collect();
    for figure in &figures {
        out.push_str(&format!("{}\n\n", figure_sentence(text, figure, true)));
    }
    out.push_str(&text.get(if figures.is_empty() { "probleem" } else { "probleem-cijfers" }));
    let concerns = inputs.labels(Field::Concerns);
    if !concerns.is_empty() {
        out.push_str(&format!(" {}", text.fill("zorgen", &[("zorgen", list(&concerns))])));
    }
    let substances = inputs.labels(Field::Substances);
    if !substances.is_empty() {
        out.push_str(&format!(" {}", text.fill("middelen", &[("middelen", list(&substances))])));
    }
    out.push_str("\n\n");
    out.push_str(&text.heading("kop-doelgroepen"));
    let lines: [(&str, Field); 5] = [
        ("leeftijden", Field::AgeBands),
        ("fasen", Field::Stages),
        ("kwetsbaar", Field::VulnerableGroups),
        ("risico", Field::RiskGroups),
        ("settingen", Field::Settings),
    ];
    let mut any = false;
    for (key, field) in lines {
        let values = inputs.labels(field);
        if !values.is_empty() {
            out.push_str(&format!("- {}\n", text.fill(key, &[("waarden", list(&values))])));
            any = true;
        }
    }
    if !any {
        out.push_str(&format!("- {}\n", text.get("doelgroepen-leeg")));
    }
    out.push('\n');
    out.push_str(&text.heading("kop-gevolgen"));
    out.push_str(&format!("{}\n\n", text.get("gevolgen")));
    out.push_str(&text.heading("kop-partijen"));
    if inputs.advice.partners.is_empty() {
        out.push_str(&format!("- {}", text.get("partijen-leeg")));
    }
    for partner in &inputs.advice.partners {
        let role = partner.roles.first().map(|r| r.text.as_str()).unwrap_or_default();
        let key = if partner.involved { "partij-doet-mee" } else { "partij-betrekken" };
        out.push_str(&format!("- {}\n", text.fill(key, &[("partij", partner.label.clone()), ("rol", role.to_owned())])));
    }
    out.trim_end().to_owned()
}

fn goals(text: &Wording<'_>) -> String {
    let inputs = text.inputs;
    let mut out = text.heading("kop-gewenst");
    out.push_str(&text.get(if inputs.answers.period().is_some() { "gewenst-periode" } else { "gewenst" }));
    out.push_str("\n\n");
    out.push_str(&text.heading("kop-subdoelen"));
    let measurable = measurable_goals(text, true);
    for goal in level_goals(text).iter().chain(&measurable) {
        out.push_str(&format!("- {goal}\n"));
    }
    out.push_str(&format!("- {}\n\n", text.get(if measurable.is_empty() { "meetbaar" } else { "meetbaar-doelen" })));
    out.push_str(&text.heading("kop-prioriteiten"));
    out.push_str(&text.get("prioriteiten"));
    out
}

/// The subgoals the advice gives: one per prevention level needed, and
/// less supply when that is a pillar. `text` is the wording of Doelen.
fn level_goals(text: &Wording<'_>) -> Vec<String> {
    let inputs = text.inputs;
    let ages = list(&inputs.labels(Field::AgeBands));
    let groups: Vec<String> = inputs.labels(Field::VulnerableGroups).into_iter().chain(inputs.labels(Field::RiskGroups)).collect();
    let groups = list(&groups);
    // "Beginnen niet of later" is no goal for people who already use.
    let stages = &inputs.answers.stages;
    let only_users = !stages.is_empty() && !stages.iter().any(|s| s == "experimenteel");
    let mut goals: Vec<String> = inputs
        .advice
        .levels_needed
        .iter()
        .filter(|n| !(only_users && n.level == Level::Universal))
        .map(|need| match need.level {
            Level::Universal if !ages.is_empty() => text.fill("universeel-leeftijden", &[("leeftijden", ages.clone())]),
            Level::Universal => text.get("universeel"),
            Level::Selective if !groups.is_empty() => text.fill("selectief-groepen", &[("groepen", groups.clone())]),
            Level::Selective => text.get("selectief"),
            Level::Indicated => text.get("geindiceerd"),
            Level::HarmReduction => text.get("harm-reduction"),
        })
        .collect();
    if inputs.answers.has(Field::Pillars, "aanbodbeperking") {
        let concerns = inputs.labels(Field::Concerns);
        goals.push(if concerns.is_empty() { text.get("aanbod") } else { text.fill("aanbod-zorgen", &[("zorgen", list(&concerns))]) });
    }
    goals
}

/// The officer's measurable goals as SMART sentences, `with_actions` that
/// serve each. `text` is the wording of Doelen.
fn measurable_goals(text: &Wording<'_>, with_actions: bool) -> Vec<String> {
    let inputs = text.inputs;
    let period = inputs.answers.period();
    usable_goals(&inputs.policy_plan.goals, period)
        .map(|goal| {
            let shown = |typed: &str| with_unit(typed, &goal.unit);
            let serving: Vec<String> =
                planned(&inputs.policy_plan.actions, period).filter(|a| with_actions && serves(a, &goal.indicator)).map(|a| a.action.trim().to_owned()).collect();
            let values = [
                ("indicator", goal.indicator.trim().trim_end_matches('.').to_owned()),
                ("nul", shown(&goal.baseline)),
                ("doel", shown(&goal.target)),
                ("jaar", goal.year.trim().to_owned()),
                ("acties", list(&serving)),
            ];
            text.fill(if serving.is_empty() { "subdoel" } else { "subdoel-acties" }, &values)
        })
        .collect()
}

/// "Uitvoering: ... Verantwoording: ...": the lead party, years and
/// reporting the officer gave for the action of this name, else the text
/// `otherwise` with its gaps.
fn carried_out(text: &Wording<'_>, name: &str, otherwise: &str) -> String {
    let inputs = text.inputs;
    let planned = planned(&inputs.policy_plan.actions, inputs.answers.period())
        .find(|a| a.action.trim().eq_ignore_ascii_case(name.trim().trim_end_matches('.')) && !a.lead.trim().is_empty());
    let Some(action) = planned else { return text.get(otherwise) };
    let lead = action.lead.trim().to_owned();
    let by = match action.years() {
        Some((from, to)) => text.fill("uitvoering-partij-jaren", &[("partij", lead), ("van", from.to_string()), ("tot", to.to_string())]),
        None => text.fill("uitvoering-partij", &[("partij", lead)]),
    };
    let reporting = match action.reporting.trim().trim_end_matches('.') {
        "" => text.get("verantwoording-leeg"),
        how => text.fill("verantwoording", &[("verantwoording", how.to_owned())]),
    };
    format!("{by} {reporting}")
}

/// The plan's actions by pillar, and the guides it names as sources.
#[derive(Default)]
struct ActionLines {
    prevention: Vec<String>,
    supply: Vec<String>,
    harm_reduction: Vec<String>,
    /// Guides and tools without a pillar of their own.
    tools: Vec<String>,
}

impl ActionLines {
    fn push(&mut self, pillar: Pillar, line: String) {
        match pillar {
            Pillar::Prevention | Pillar::Other => self.prevention.push(line),
            Pillar::Supply => self.supply.push(line),
            Pillar::HarmReduction => self.harm_reduction.push(line),
            Pillar::Tools => self.tools.push(line),
        }
    }
}

/// Where a recommendation goes in Acties. A guide goes under the pillar the
/// dossier names it under, else among the guides; an intervention by its
/// prevention levels.
fn recommendation_pillar(recommendation: &Recommendation) -> Pillar {
    match recommendation.pillar.as_deref().filter(|_| recommendation.tool) {
        Some("aanbodbeperking") => Pillar::Supply,
        Some("harm-reduction") => Pillar::HarmReduction,
        _ if recommendation.tool => Pillar::Tools,
        _ if recommendation.levels == [Level::HarmReduction] => Pillar::HarmReduction,
        _ => Pillar::Prevention,
    }
}

/// Where a plan of the municipality's own goes in Acties.
fn plan_pillar(id: &str) -> Pillar {
    if SUPPLY_PLANS.contains(&id) {
        Pillar::Supply
    } else if HARM_REDUCTION_PLANS.contains(&id) {
        Pillar::HarmReduction
    } else {
        Pillar::Prevention
    }
}

/// The pillar of an action the officer planned, found by its name among the
/// recommended interventions and the municipality's plans; `Other` when it
/// is neither (an action of their own).
pub(super) fn pillar_of(inputs: &Inputs<'_>, name: &str) -> Pillar {
    let name = name.trim().trim_end_matches('.');
    let recommendation = inputs.advice.interventions.iter().find(|r| r.name.trim_end_matches('.').eq_ignore_ascii_case(name));
    if let Some(recommendation) = recommendation {
        return recommendation_pillar(recommendation);
    }
    let plan = inputs.answers.choices(Field::Plans).iter().find(|id| inputs.questionnaire.label(Field::Plans, id).is_some_and(|l| l.trim_end_matches('.').eq_ignore_ascii_case(name)));
    plan.map_or(Pillar::Other, |id| plan_pillar(id))
}

fn action_lines(text: &Wording<'_>) -> ActionLines {
    let inputs = text.inputs;
    let mut lines = ActionLines::default();
    for id in inputs.policy_plan.chosen_ids(inputs.advice) {
        let Some(recommendation) = inputs.advice.interventions.iter().find(|r| r.id == id) else { continue };
        let mut line = recommendation.name.trim_end_matches('.').to_owned();
        if let Some(description) = &recommendation.description {
            line.push_str(&format!(": {}", description.trim_end_matches('.')));
        }
        if recommendation.running {
            line.push_str(&format!(" {}", text.get("loopt-al")));
        }
        // A guide is a source for the municipality, not an action a party carries out.
        let follow_up = if recommendation.tool { text.get("hulpmiddel") } else { carried_out(text, &recommendation.name, "uitvoering") };
        line.push_str(&format!(". {follow_up}"));
        lines.push(recommendation_pillar(recommendation), line);
    }
    // The municipality's own plans, except those the dossier advises against.
    for id in inputs.answers.choices(Field::Plans) {
        let warning = inputs.advice.warnings.iter().find(|w| &w.id == id);
        if warning.is_some_and(|w| w.severity == Severity::DoNot) || id == OTHER {
            continue;
        }
        let Some(label) = inputs.questionnaire.label(Field::Plans, id) else { continue };
        let mut line = format!("{}. {}", label.trim_end_matches('.'), carried_out(text, label, "uitvoering-eigen"));
        if warning.is_some() {
            line.push_str(&format!(" {}", text.get("let-op")));
        }
        lines.push(plan_pillar(id), line);
    }
    let typed = inputs.answers.other_text(Field::Plans).trim();
    if inputs.answers.has(Field::Plans, OTHER) && !typed.is_empty() {
        lines.prevention.push(format!("{}. {}", typed.trim_end_matches('.'), text.get("uitvoering-eigen")));
    }
    lines
}

fn actions(text: &Wording<'_>) -> String {
    let lines = action_lines(text);
    // A pillar the municipality did not choose, and has nothing under, is left out.
    let pillars = text.inputs.answers.choices(Field::Pillars);
    let wanted = |pillar: &str, lines: &[String]| !lines.is_empty() || pillars.is_empty() || pillars.iter().any(|p| p == pillar);
    let mut out = String::new();
    for (pillar, heading, lines, empty) in [
        ("vraagbeperking", "kop-preventie", &lines.prevention, "preventie-leeg"),
        ("aanbodbeperking", "kop-aanbod", &lines.supply, "aanbod-leeg"),
        ("harm-reduction", "kop-harm-reduction", &lines.harm_reduction, "harm-reduction-leeg"),
    ] {
        if wanted(pillar, lines) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&text.heading(heading));
            push_lines(&mut out, lines, &text.get(empty));
        }
    }
    if !lines.tools.is_empty() {
        out.push('\n');
        out.push_str(&text.heading("kop-hulpmiddelen"));
        push_lines(&mut out, &lines.tools, "");
    }
    let own: Vec<String> = text.inputs.policy_plan.own_actions.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if !own.is_empty() {
        out.push('\n');
        out.push_str(&text.heading("kop-eigen"));
        push_lines(&mut out, &own, "");
    }
    out.push('\n');
    out.push_str(&text.heading("kop-rol"));
    let roles: Vec<String> = text.texts.all(text.part, "rol").map(|r| text.inputs.fill(r, &[])).collect();
    out.push_str(&roles.join("\n\n"));
    out
}

fn push_lines(out: &mut String, lines: &[String], empty: &str) {
    if lines.is_empty() {
        if !empty.is_empty() {
            out.push_str(&format!("- {empty}\n"));
        }
        return;
    }
    for line in lines {
        out.push_str(&format!("- {line}\n"));
    }
}

fn evaluation(text: &Wording<'_>) -> String {
    let inputs = text.inputs;
    let has_period = inputs.answers.period().is_some();
    let mut out = text.heading("kop-periode");
    out.push_str(&text.get(if has_period { "periode" } else { "periode-leeg" }));
    out.push_str("\n\n");
    out.push_str(&text.heading("kop-tussentijds"));
    let interim = text.get(if has_period { "tussentijds-wanneer" } else { "tussentijds-wanneer-leeg" });
    out.push_str(&format!("{}\n\n", text.fill("tussentijds", &[("wanneer", interim)])));
    out.push_str(&text.heading("kop-eind"));
    let end = text.get(if has_period { "eind-wanneer" } else { "eind-wanneer-leeg" });
    out.push_str(&format!("{}\n\n", text.fill("eind", &[("wanneer", end)])));
    out.push_str(&text.heading("kop-cijfers"));
    let in_use = text.get("gebruiken-we-al");
    let sources: Vec<String> = inputs
        .advice
        .data
        .iter()
        .filter(|d| d.uses.contains(&DataUse::Evaluation))
        .map(|d| if d.in_use { format!("{} {in_use}", d.label) } else { d.label.clone() })
        .collect();
    push_lines(&mut out, &sources, &text.get("cijfers-leeg"));
    out.trim_end().to_owned()
}

/// "a, b en c"
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}

