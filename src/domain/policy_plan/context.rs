//! What the officer tells about the plan's setting: agreements and plans
//! that already exist, regional cooperation, the money and people
//! available, and for whom and by when the plan must be ready. The plan's
//! Kaders and its summary use it. Kept as typed; checked on use.

use serde::Serialize;

use crate::domain::by_key::read_texts;

use super::figures::Hundredths;
use super::planning::parse_euros;

#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
pub struct PlanContext {
    /// Agreements and plans that already exist: ids of the `afspraak`
    /// options in `beleidsplan.txt`.
    pub agreements: Vec<String>,
    /// Others, in the officer's words.
    pub other_agreements: String,
    /// "GGD Hollands Midden".
    pub region: String,
    /// The regional addiction care organisation: "Brijder".
    pub addiction_care: String,
    /// Euros per year available for the plan, as typed.
    pub budget: String,
    /// "0,4 fte beleidsmedewerker".
    pub capacity: String,
    /// By when the plan must be ready: "1 maart 2027".
    pub deadline: String,
    /// Who the plan is for: ids of the `publiek` options in `beleidsplan.txt`.
    pub audience: Vec<String>,
}

read_texts!(PlanContext { agreements: List, other_agreements: Text, region: Text, addiction_care: Text, budget: Text, capacity: Text, deadline: Text, audience: List });

/// An option of `beleidsplan.txt`'s `[context]`: "id | label | more";
/// `more` is empty when not given.
pub fn option(text: &str) -> (&str, &str, &str) {
    let mut pieces = text.splitn(3, '|').map(str::trim);
    let id = pieces.next().unwrap_or_default();
    let label = pieces.next().unwrap_or(id);
    (id, label, pieces.next().unwrap_or_default())
}

impl PlanContext {
    /// The message for a budget that is not an amount in euros.
    pub fn budget_problem(&self) -> Option<String> {
        let wrong = !self.budget.trim().is_empty() && !parse_euros(&self.budget).is_some_and(|n| n >= 0);
        wrong.then(|| "Vul een bedrag in euro's in, bijvoorbeeld 40.000.".to_owned())
    }

    /// The budget per year, when it is an amount.
    pub fn yearly_budget(&self) -> Option<Hundredths> {
        parse_euros(&self.budget).filter(|n| *n >= 0)
    }

    /// Flips an option of a list (`agreements` or `audience`).
    pub fn toggle(list: &mut Vec<String>, id: &str) {
        match list.iter().position(|x| x == id) {
            Some(at) => {
                list.remove(at);
            }
            None => list.push(id.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_budget_and_toggling() {
        assert_eq!(option("gala | GALA en SPUK"), ("gala", "GALA en SPUK", ""));
        assert_eq!(option("raad | De raad | neem kennis | echt"), ("raad", "De raad", "neem kennis | echt"));
        assert_eq!(option("zonder"), ("zonder", "zonder", ""));
        let mut context = PlanContext { budget: "40.000".into(), ..PlanContext::default() };
        assert_eq!(context.yearly_budget(), Some(4_000_000));
        assert!(context.budget_problem().is_none());
        context.budget = "veel".into();
        assert!(context.budget_problem().unwrap().contains("euro"));
        assert_eq!(context.yearly_budget(), None);
        context.budget = "-5".into();
        assert!(context.budget_problem().is_some());
        PlanContext::toggle(&mut context.audience, "raad");
        PlanContext::toggle(&mut context.audience, "college");
        PlanContext::toggle(&mut context.audience, "raad");
        assert_eq!(context.audience, ["college"]);
        // Old drafts have no context.
        let old: PlanContext = serde_json::from_str("{}").unwrap();
        assert_eq!(old, PlanContext::default());
    }
}
