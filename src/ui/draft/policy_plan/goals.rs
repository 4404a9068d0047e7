//! Measurable subgoals in "Doelen en prioriteiten" (rows of inputs, see
//! `rows`): each becomes a SMART subgoal and a line of the evaluation's table.

use leptos::prelude::*;

use super::rows::{rows_editor, RowInput, RowKind};
use crate::domain::policy_plan::goals::{Goal, GoalField};
use crate::ui::draft::session::use_session;

fn problem(goal: &Goal, period: Option<(u16, u16)>, field: GoalField) -> Option<String> {
    goal.problems(period).into_iter().find(|p| p.field == field).map(|p| p.message)
}

pub(super) static GOALS: RowKind<Goal> = RowKind {
    id: "doel",
    noun: "Doel",
    add: "Meetbaar doel toevoegen",
    put_back: "Zet het doel terug",
    is_back: "Het doel staat er weer.",
    name: |g| &g.indicator,
    new_row: || Goal { unit: "%".into(), ..Goal::default() },
    rows: |plan| &plan.goals,
    rows_mut: |plan| &mut plan.goals,
    inputs: &[
        RowInput { key: "indicator", label: "Wat meet u?", hint: "Bijvoorbeeld een cijfer uit “Uw lokale cijfers”.", wide: true, numeric: false, list: Some("doel-indicatoren"), slot: |g| &mut g.indicator, check: |g, d| problem(g, d.answers.period(), GoalField::Indicator) },
        RowInput { key: "nul", label: "Nu (nulmeting)", hint: "Een komma mag: 8,5.", wide: false, numeric: true, list: None, slot: |g| &mut g.baseline, check: |g, d| problem(g, d.answers.period(), GoalField::Baseline) },
        RowInput { key: "doel", label: "Doel", hint: "De waarde die u wilt bereiken.", wide: false, numeric: true, list: None, slot: |g| &mut g.target, check: |g, d| problem(g, d.answers.period(), GoalField::Target) },
        RowInput { key: "eenheid", label: "Eenheid", hint: "% voor een percentage.", wide: false, numeric: false, list: None, slot: |g| &mut g.unit, check: |_, _| None },
        RowInput { key: "jaar", label: "In het jaar", hint: "Een jaar in de periode van het plan.", wide: false, numeric: true, list: None, slot: |g| &mut g.year, check: |g, d| problem(g, d.answers.period(), GoalField::Year) },
        RowInput { key: "moment", label: "Meetmoment (optioneel)", hint: "Bijvoorbeeld de volgende ronde van de monitor: najaar 2027.", wide: true, numeric: false, list: None, slot: |g| &mut g.moment, check: |_, _| None },
        RowInput { key: "wie", label: "Wie meet (optioneel)", hint: "Bijvoorbeeld de GGD.", wide: true, numeric: false, list: None, slot: |g| &mut g.measured_by, check: |_, _| None },
    ],
};

#[component]
pub fn GoalsEditor() -> impl IntoView {
    let session = use_session();
    let indicators = move || {
        session.draft.with(|d| d.data.policy_plan.figures.iter().map(|f| f.indicator.trim().to_owned()).filter(|i| !i.is_empty()).collect::<Vec<_>>())
    };
    view! {
        <section class="rows no-print" aria-labelledby="doelen-titel">
            <h3 id="doelen-titel">"Meetbare doelen"</h3>
            <p class="hint">
                "Maak subdoelen meetbaar: wat meet u, wat is het nu, wat wilt u bereiken en in welk jaar? "
                "Elk doel komt als subdoel in het plan, en met het meetmoment in de tabel bij de evaluatie."
            </p>
            <datalist id="doel-indicatoren">{move || indicators().into_iter().map(|i| view! { <option value=i></option> }).collect_view()}</datalist>
            {rows_editor(&GOALS)}
        </section>
    }
}
