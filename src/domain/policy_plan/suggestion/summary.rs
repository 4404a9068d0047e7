//! The bestuurlijke samenvatting: one page for the college with the problem
//! in figures, the priorities, the main actions, the money and what is
//! asked of them, from the answers, figures, goals, actions and context.

use super::{figure_sentence, level_goals, list, measurable_goals, Wording};
use crate::domain::advisor::Field;
use crate::domain::policy_plan::figures::usable;
use crate::domain::policy_plan::planning::{self, format_euros};

/// At most this many figures, priorities and actions, and at least this many
/// priorities when the advice has them: the summary fits a page.
const MOST_FIGURES: usize = 3;
const MOST_PRIORITIES: usize = 5;
const MOST_ACTIONS: usize = 4;
const LEAST_PRIORITIES: usize = 3;

pub(super) fn summary(text: &Wording<'_>) -> String {
    let mut out = text.heading("kop-probleem");
    push_bullets(&mut out, &problem(text), &text.get("probleem-leeg"));
    out.push_str(&text.heading("kop-prioriteiten"));
    push_bullets(&mut out, &priorities(text), &text.get("prioriteiten-leeg"));
    out.push_str(&text.heading("kop-acties"));
    push_bullets(&mut out, &main_actions(text), &text.get("acties-leeg"));
    out.push_str(&text.heading("kop-geld"));
    push_bullets(&mut out, &money(text), &text.get("geld-leeg"));
    out.push_str(&text.heading("kop-vraag"));
    push_bullets(&mut out, &asked(text), &text.get("vraag-leeg"));
    out.trim_end().to_owned()
}

/// Bullets, or the gap `empty` as a paragraph when there are none.
fn push_bullets(out: &mut String, lines: &[String], empty: &str) {
    if lines.is_empty() {
        out.push_str(empty);
        out.push('\n');
    }
    for line in lines {
        out.push_str(&format!("- {line}\n"));
    }
    out.push('\n');
}

/// The other part's wording, for sentences the summary shares with it.
fn of_part<'w>(text: &Wording<'w>, part: &'w str) -> Wording<'w> {
    Wording { texts: text.texts, part, inputs: text.inputs }
}

/// The first figures as sentences, and the concerns.
fn problem(text: &Wording<'_>) -> Vec<String> {
    let inputs = text.inputs;
    let situation = of_part(text, "lokale-situatie");
    let mut lines: Vec<String> = usable(&inputs.policy_plan.figures).take(MOST_FIGURES).map(|f| figure_sentence(&situation, f, false)).collect();
    let concerns = inputs.labels(Field::Concerns);
    if !concerns.is_empty() {
        lines.push(situation.fill("zorgen", &[("zorgen", list(&concerns))]));
    }
    lines
}

/// The measurable goals (without their actions: those follow), up to five;
/// with fewer than three, the advice's subgoals make up three.
fn priorities(text: &Wording<'_>) -> Vec<String> {
    let goals = of_part(text, "doelen");
    let mut priorities = measurable_goals(&goals, false);
    priorities.truncate(MOST_PRIORITIES);
    let missing = LEAST_PRIORITIES.saturating_sub(priorities.len());
    priorities.extend(level_goals(&goals).into_iter().take(missing));
    priorities
}

/// The actions with a lead party, with their years; else the chosen
/// interventions by name.
fn main_actions(text: &Wording<'_>) -> Vec<String> {
    let inputs = text.inputs;
    let planned: Vec<String> = planning::usable(&inputs.policy_plan.actions, inputs.period())
        .filter(|a| !a.lead.trim().is_empty())
        .take(MOST_ACTIONS)
        .map(|a| {
            let (action, lead) = (a.action.trim().to_owned(), a.lead.trim().to_owned());
            match a.years() {
                Some((from, to)) => text.fill("actie-partij-jaren", &[("actie", action), ("partij", lead), ("van", from.to_string()), ("tot", to.to_string())]),
                None => text.fill("actie-partij", &[("actie", action), ("partij", lead)]),
            }
        })
        .collect();
    if !planned.is_empty() {
        return planned;
    }
    let chosen = inputs.policy_plan.chosen_ids(inputs.advice);
    inputs.advice.interventions.iter().filter(|r| chosen.contains(&r.id) && !r.tool).take(MOST_ACTIONS).map(|r| r.name.trim_end_matches('.').to_owned()).collect()
}

/// What the actions with an amount cost over the period, and what is available.
fn money(text: &Wording<'_>) -> Vec<String> {
    let inputs = text.inputs;
    let actions: Vec<&planning::ActionPlan> = planning::usable(&inputs.policy_plan.actions, inputs.period()).filter(|a| a.yearly().is_some()).collect();
    let mut lines = Vec::new();
    if let Some((from, to)) = planning::span(&actions, inputs.period()).filter(|_| !actions.is_empty()) {
        let total = planning::totals_per_year(&actions, (from, to)).iter().map(|(_, t)| t).sum();
        lines.push(text.fill("geld", &[("totaal", format_euros(total)), ("van", from.to_string()), ("tot", to.to_string())]));
    }
    let context = &inputs.policy_plan.context;
    if let Some(budget) = context.yearly_budget() {
        lines.push(text.fill("geld-beschikbaar", &[("bedrag", format_euros(budget))]));
    }
    if !context.capacity.trim().is_empty() {
        lines.push(text.fill("capaciteit", &[("capaciteit", context.capacity.trim().to_owned())]));
    }
    lines
}

/// What the plan asks of each party it is for, and by when.
fn asked(text: &Wording<'_>) -> Vec<String> {
    let context = &text.inputs.policy_plan.context;
    let mut lines: Vec<String> = text
        .texts
        .options("publiek")
        .filter(|(id, _, _)| context.audience.iter().any(|a| a == id))
        .map(|(_, who, what)| text.fill("vraag", &[("publiek", who.to_owned()), ("vraag", what.to_owned())]))
        .collect();
    if !context.deadline.trim().is_empty() {
        lines.push(text.fill("vraag-wanneer", &[("datum", context.deadline.trim().to_owned())]));
    }
    lines
}
