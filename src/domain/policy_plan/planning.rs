//! Who carries out an action, in which years, and with what money: what the
//! officer enters for the plan's actions. The dossier gives no costs, so the
//! plan shows only the amounts entered here, never an estimate.

use serde::Serialize;

use crate::domain::by_key::read_texts;

use super::figures::{parse_number, Hundredths};
use super::goals::Goal;

#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
pub struct ActionPlan {
    /// The action, usually the name of a chosen intervention.
    pub action: String,
    /// The party that leads it.
    pub lead: String,
    pub partners: String,
    pub start: String,
    pub end: String,
    /// Euros per year, as typed ("12.500").
    pub budget: String,
    /// Where the money comes from.
    pub funding: String,
    /// The indicator of the measurable goal the action serves.
    pub goal: String,
    /// How and when the lead reports: "Jaarverslag aan de gemeente, in maart".
    pub reporting: String,
}

read_texts!(ActionPlan { action: Text, lead: Text, partners: Text, start: Text, end: Text, budget: Text, funding: Text, goal: Text, reporting: Text });

/// Where an action stands in the plan: the three pillars, the guides, or
/// an action of the municipality's own that is none of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pillar {
    Prevention,
    Supply,
    HarmReduction,
    Tools,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionField {
    Action,
    Start,
    End,
    Budget,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionProblem {
    pub field: ActionField,
    pub message: String,
}

/// An amount in euros as typed: "12.500", "12500", "€ 1.250,50", "800".
/// A point before three digits groups thousands, as Dutch amounts do.
pub fn parse_euros(text: &str) -> Option<Hundredths> {
    let text = text.trim().trim_start_matches('€').trim();
    let grouped = !text.contains(',') && text.contains('.') && text.split('.').skip(1).all(|group| group.len() == 3);
    if grouped { parse_number(&text.replace('.', "")) } else { parse_number(text) }
}

/// "€ 12.500" or "€ 1.250,50".
pub fn format_euros(amount: Hundredths) -> String {
    let whole = (amount.abs() / 100).to_string();
    let mut grouped = String::new();
    for (at, digit) in whole.chars().enumerate() {
        if at > 0 && (whole.len() - at) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    let cents = amount.abs() % 100;
    let sign = if amount < 0 { "-" } else { "" };
    if cents == 0 { format!("€ {sign}{grouped}") } else { format!("€ {sign}{grouped},{cents:02}") }
}

fn year(text: &str) -> Option<u16> {
    text.trim().parse::<u16>().ok().filter(|y| (2000..=2100).contains(y))
}

impl ActionPlan {
    pub fn is_empty(&self) -> bool {
        [&self.action, &self.lead, &self.partners, &self.start, &self.end, &self.budget, &self.funding, &self.goal, &self.reporting].iter().all(|t| t.trim().is_empty())
    }

    /// What is wrong, per field; the years must fall in the plan's period
    /// when it is known.
    pub fn problems(&self, period: Option<(u16, u16)>) -> Vec<ActionProblem> {
        let mut problems = Vec::new();
        let mut problem = |field, message: String| problems.push(ActionProblem { field, message });
        if self.is_empty() {
            return problems;
        }
        if self.action.trim().is_empty() {
            problem(ActionField::Action, "Schrijf op om welke actie het gaat.".to_owned());
        }
        for (field, text) in [(ActionField::Start, &self.start), (ActionField::End, &self.end)] {
            match (text.trim().is_empty(), year(text), period) {
                (true, _, _) => {}
                (false, None, _) => problem(field, "Vul een jaartal in, bijvoorbeeld 2027.".to_owned()),
                (false, Some(y), Some((from, to))) if y < from || y > to => {
                    problem(field, format!("Kies een jaar in de periode van het plan: {from} tot en met {to}."));
                }
                _ => {}
            }
        }
        if let (Some(start), Some(end)) = (year(&self.start), year(&self.end))
            && end < start
        {
            problem(ActionField::End, "Het laatste jaar mag niet vóór het eerste liggen.".to_owned());
        }
        if !self.budget.trim().is_empty() && !parse_euros(&self.budget).is_some_and(|n| n >= 0) {
            problem(ActionField::Budget, "Vul een bedrag in euro's in, bijvoorbeeld 12.500.".to_owned());
        }
        problems
    }

    /// The message when the goal it serves is not one of `goals`.
    pub fn goal_problem(&self, goals: &[Goal]) -> Option<String> {
        let known = self.goal.trim().is_empty() || goals.iter().any(|g| serves(self, &g.indicator));
        (!known).then(|| "Dit doel staat niet bij de meetbare doelen. Kies een doel uit de lijst, of voeg het toe bij “Meetbare doelen”.".to_owned())
    }

    /// The years it runs, when both are given.
    pub fn years(&self) -> Option<(u16, u16)> {
        Some((year(&self.start)?, year(&self.end)?)).filter(|(start, end)| start <= end)
    }

    /// The budget per year in hundredths of a euro, when one is given.
    pub fn yearly(&self) -> Option<Hundredths> {
        parse_euros(&self.budget)
    }
}

/// The actions that can be used: not empty, without problems.
pub fn usable(actions: &[ActionPlan], period: Option<(u16, u16)>) -> impl Iterator<Item = &ActionPlan> {
    actions.iter().filter(move |a| !a.is_empty() && a.problems(period).is_empty())
}

/// The years to show: the plan's period, else the span of the actions.
pub fn span(actions: &[&ActionPlan], period: Option<(u16, u16)>) -> Option<(u16, u16)> {
    period.or_else(|| {
        let years: Vec<(u16, u16)> = actions.iter().filter_map(|a| a.years()).collect();
        Some((years.iter().map(|y| y.0).min()?, years.iter().map(|y| y.1).max()?))
    })
}

/// Whether the action serves the goal with this indicator.
pub fn serves(action: &ActionPlan, indicator: &str) -> bool {
    let (served, indicator) = (action.goal.trim(), indicator.trim());
    !served.is_empty() && served.eq_ignore_ascii_case(indicator)
}

/// The money per year: each action's yearly budget in the years it runs.
pub fn totals_per_year(actions: &[&ActionPlan], (from, to): (u16, u16)) -> Vec<(u16, Hundredths)> {
    (from..=to)
        .map(|year| {
            let total = actions
                .iter()
                .filter(|a| a.years().is_some_and(|(start, end)| (start..=end).contains(&year)))
                .filter_map(|a| a.yearly())
                .sum();
            (year, total)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(start: &str, end: &str, budget: &str) -> ActionPlan {
        ActionPlan { action: "Samen Fris".into(), lead: "IVZ".into(), start: start.into(), end: end.into(), budget: budget.into(), ..ActionPlan::default() }
    }

    #[test]
    fn euros_are_read_and_written_the_dutch_way() {
        assert_eq!(parse_euros("12.500"), Some(1_250_000));
        assert_eq!(parse_euros("€ 1.250,50"), Some(125_050));
        assert_eq!(parse_euros("800"), Some(80_000));
        assert_eq!(parse_euros("12,5"), Some(1250));
        assert_eq!(parse_euros("veel"), None);
        assert_eq!(format_euros(1_250_000), "€ 12.500");
        assert_eq!(format_euros(125_050), "€ 1.250,50");
        assert_eq!(format_euros(123_456_700), "€ 1.234.567");
        assert_eq!(format_euros(5), "€ 0,05");
    }

    #[test]
    fn years_fall_in_the_period_and_in_order_and_money_is_an_amount() {
        let period = Some((2026, 2029));
        assert!(action("2026", "2027", "12.500").problems(period).is_empty());
        assert!(ActionPlan::default().problems(period).is_empty());
        let fields = |a: &ActionPlan| a.problems(period).iter().map(|p| p.field).collect::<Vec<_>>();
        assert_eq!(fields(&action("2025", "2027", "")), [ActionField::Start]);
        assert_eq!(fields(&action("2028", "2027", "")), [ActionField::End]);
        assert_eq!(fields(&action("2026", "2027", "-5")), [ActionField::Budget]);
        assert_eq!(fields(&action("x", "", "")), [ActionField::Start]);
        assert_eq!(fields(&ActionPlan { action: " ".into(), ..action("", "", "") }), [ActionField::Action]);
    }

    #[test]
    fn the_money_per_year_adds_the_actions_that_run_that_year() {
        let (a, b, c) = (action("2026", "2027", "10.000"), action("2027", "2029", "2.500"), action("", "", "99"));
        let all = [&a, &b, &c];
        assert_eq!(span(&all, None), Some((2026, 2029)));
        let totals = totals_per_year(&all, (2026, 2029));
        assert_eq!(totals, [(2026, 1_000_000), (2027, 1_250_000), (2028, 250_000), (2029, 250_000)]);
    }
}
