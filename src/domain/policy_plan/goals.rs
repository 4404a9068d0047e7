//! Measurable subgoals (SMART): an indicator, its value now (the baseline),
//! the value the plan aims for and the year it should be reached, with who
//! measures and when. Kept as typed; checked on use.

use serde::Serialize;

use crate::domain::by_key::read_texts;

use super::figures::parse_number;

#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
pub struct Goal {
    /// "Scholieren van 12 tot 16 jaar die ooit blowden".
    pub indicator: String,
    pub baseline: String,
    pub target: String,
    /// "%" or another unit.
    pub unit: String,
    /// The year the target should be reached.
    pub year: String,
    /// "De GGD, met de Gezondheidsmonitor Jeugd".
    pub measured_by: String,
    /// "Najaar 2027".
    pub moment: String,
}

read_texts!(Goal { indicator: Text, baseline: Text, target: Text, unit: Text, year: Text, measured_by: Text, moment: Text });

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalField {
    Indicator,
    Baseline,
    Target,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalProblem {
    pub field: GoalField,
    pub message: String,
}

impl Goal {
    pub fn is_empty(&self) -> bool {
        [&self.indicator, &self.baseline, &self.target, &self.unit, &self.year, &self.measured_by, &self.moment].iter().all(|t| t.trim().is_empty())
    }

    /// What is wrong, per field; `period` is the plan's (first, last) year
    /// when known, and the target year must fall in it.
    pub fn problems(&self, period: Option<(u16, u16)>) -> Vec<GoalProblem> {
        let mut problems = Vec::new();
        let mut problem = |field, message: String| problems.push(GoalProblem { field, message });
        if self.is_empty() {
            return problems;
        }
        if self.indicator.trim().is_empty() {
            problem(GoalField::Indicator, "Schrijf op wat u meet.".to_owned());
        }
        let percentage = self.unit.trim() == "%";
        for (field, text, what) in [(GoalField::Baseline, &self.baseline, "de nulmeting"), (GoalField::Target, &self.target, "het doel")] {
            match parse_number(text) {
                _ if text.trim().is_empty() => problem(field, format!("Vul {what} in, bijvoorbeeld 8,5.")),
                None => problem(field, "Dit is geen getal. Schrijf bijvoorbeeld 8,5.".to_owned()),
                Some(n) if n < 0 || percentage && n > 100_00 => problem(field, "Een percentage ligt tussen 0 en 100.".to_owned()),
                Some(_) => {}
            }
        }
        match (self.year.trim().parse::<u16>().ok(), period) {
            _ if self.year.trim().is_empty() => problem(GoalField::Year, "Vul het jaar in waarin u het doel wilt halen.".to_owned()),
            (None, _) => problem(GoalField::Year, "Vul een jaartal in, bijvoorbeeld 2028.".to_owned()),
            (Some(year), Some((from, to))) if year < from || year > to => {
                problem(GoalField::Year, format!("Kies een jaar in de periode van het plan: {from} tot en met {to}."));
            }
            (Some(year), None) if !(2000..=2100).contains(&year) => problem(GoalField::Year, "Vul een jaartal in, bijvoorbeeld 2028.".to_owned()),
            _ => {}
        }
        problems
    }
}

/// The goals that can be used in these circumstances.
pub fn usable(goals: &[Goal], period: Option<(u16, u16)>) -> impl Iterator<Item = &Goal> {
    goals.iter().filter(move |g| !g.is_empty() && g.problems(period).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal() -> Goal {
        Goal { indicator: "Ooit geblowd".into(), baseline: "8,5".into(), target: "7".into(), unit: "%".into(), year: "2028".into(), ..Goal::default() }
    }

    #[test]
    fn a_goal_needs_an_indicator_two_numbers_and_a_year_in_the_period() {
        assert!(goal().problems(Some((2025, 2028))).is_empty());
        assert!(Goal::default().problems(None).is_empty());
        let fields = |g: &Goal, period| g.problems(period).iter().map(|p| p.field).collect::<Vec<_>>();
        assert_eq!(fields(&Goal { year: "2030".into(), ..goal() }, Some((2025, 2028))), [GoalField::Year]);
        assert!(goal().problems(Some((2029, 2032)))[0].message.contains("2029 tot en met 2032"));
        assert_eq!(fields(&Goal { target: "110".into(), ..goal() }, None), [GoalField::Target]);
        assert_eq!(fields(&Goal { baseline: "".into(), ..goal() }, None), [GoalField::Baseline]);
        assert_eq!(fields(&Goal { indicator: "".into(), year: "x".into(), ..goal() }, None), [GoalField::Indicator, GoalField::Year]);
        assert_eq!(usable(&[goal(), Goal::default(), Goal { target: "?".into(), ..goal() }], None).count(), 1);
    }
}
