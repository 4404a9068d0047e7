//! Who carries out each action, when and with what money, in "Acties"
//! (rows of inputs, see `rows`): the plan's tables of who, money per year
//! and timeline are built from them.

use leptos::prelude::*;

use super::built_html;
use super::rows::{rows_editor, RowInput, RowKind};
use crate::domain::policy_plan::planning_blocks;
use crate::domain::advisor::Advice;
use crate::domain::policy_plan::planning::{ActionField, ActionPlan};
use crate::ui::draft::session::use_session;

fn problem(action: &ActionPlan, period: Option<(u16, u16)>, field: ActionField) -> Option<String> {
    action.problems(period).into_iter().find(|p| p.field == field).map(|p| p.message)
}

/// Where a municipality's money for prevention usually comes from.
const FUNDING: [&str; 5] = ["Gemeentelijk budget", "GALA / SPUK", "Lokaal preventieakkoord", "Regionale middelen", "Anders"];

pub(super) static ACTIONS: RowKind<ActionPlan> = RowKind {
    id: "uitvoering",
    noun: "Actie",
    add: "Uitvoering van een actie toevoegen",
    put_back: "Zet de actie terug",
    is_back: "De actie staat er weer.",
    name: |a| &a.action,
    new_row: ActionPlan::default,
    rows: |plan| &plan.actions,
    rows_mut: |plan| &mut plan.actions,
    inputs: &[
        RowInput { key: "actie", label: "Welke actie?", hint: "Kies een actie uit het plan of schrijf een eigen actie.", wide: true, numeric: false, list: Some("uitvoering-acties"), slot: |a| &mut a.action, check: |a, d| problem(a, d.answers.period(), ActionField::Action) },
        RowInput { key: "trekker", label: "Trekker", hint: "De partij die de actie uitvoert.", wide: false, numeric: false, list: None, slot: |a| &mut a.lead, check: |_, _| None },
        RowInput { key: "partners", label: "Partners (optioneel)", hint: "", wide: false, numeric: false, list: None, slot: |a| &mut a.partners, check: |_, _| None },
        RowInput { key: "van", label: "Van (jaar)", hint: "", wide: false, numeric: true, list: None, slot: |a| &mut a.start, check: |a, d| problem(a, d.answers.period(), ActionField::Start) },
        RowInput { key: "tot", label: "Tot en met (jaar)", hint: "", wide: false, numeric: true, list: None, slot: |a| &mut a.end, check: |a, d| problem(a, d.answers.period(), ActionField::End) },
        RowInput { key: "budget", label: "Budget per jaar in euro (optioneel)", hint: "Alleen wat u zelf weet: het dossier noemt geen kosten.", wide: false, numeric: true, list: None, slot: |a| &mut a.budget, check: |a, d| problem(a, d.answers.period(), ActionField::Budget) },
        RowInput { key: "geld", label: "Bron van het geld (optioneel)", hint: "", wide: false, numeric: false, list: Some("uitvoering-geld"), slot: |a| &mut a.funding, check: |_, _| None },
        RowInput { key: "verantwoording", label: "Hoe en wanneer rapporteert de trekker? (optioneel)", hint: "Bijvoorbeeld: een jaarverslag aan de gemeente, in maart.", wide: true, numeric: false, list: None, slot: |a| &mut a.reporting, check: |_, _| None },
        RowInput { key: "doel", label: "Voor welk meetbaar doel? (optioneel)", hint: "Kies een doel uit “Meetbare doelen”.", wide: true, numeric: false, list: Some("uitvoering-doelen"), slot: |a| &mut a.goal, check: |a, d| a.goal_problem(&d.policy_plan.goals) },
    ],
};

#[component]
pub fn ActionPlanning(advice: Memo<Advice>) -> impl IntoView {
    let session = use_session();
    let names = move || {
        let chosen = session.draft.with(|d| d.data.policy_plan.chosen_ids(&advice.get()));
        let mut names: Vec<String> = advice.get().interventions.iter().filter(|r| chosen.contains(&r.id)).map(|r| r.name.clone()).collect();
        names.extend(session.draft.with(|d| d.data.policy_plan.own_actions.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect::<Vec<_>>()));
        names
    };
    let goals = move || {
        session.draft.with(|d| d.data.policy_plan.goals.iter().map(|g| g.indicator.trim().to_owned()).filter(|i| !i.is_empty()).collect::<Vec<_>>())
    };
    view! {
        <section class="rows no-print" aria-labelledby="uitvoering-titel">
            <h3 id="uitvoering-titel">"Wie voert uit, wanneer en met welk geld"</h3>
            <p class="hint">
                "Geef per actie de trekker, de jaren en, als u dat weet, het budget per jaar. "
                "Het plan krijgt dan een tabel met wie wat doet, wat het per jaar en per pijler kost en een tijdpad, zoals hieronder."
            </p>
            <datalist id="uitvoering-acties">{move || names().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}</datalist>
            <datalist id="uitvoering-geld">{FUNDING.map(|f| view! { <option value=f></option> }).collect_view()}</datalist>
            <datalist id="uitvoering-doelen">{move || goals().into_iter().map(|g| view! { <option value=g></option> }).collect_view()}</datalist>
            {rows_editor(&ACTIONS)}
            <div class="plan-preview" inner_html=move || built_html(session, advice, planning_blocks)></div>
        </section>
    }
}
