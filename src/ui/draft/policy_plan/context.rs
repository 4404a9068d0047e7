//! The plan's setting in "Inleiding": agreements that already exist,
//! regional cooperation, money and people available, the deadline and who
//! the plan is for. The Kaders and the summary are built from it.

use leptos::prelude::*;

use super::rows::{text_field, Field};
use crate::content;
use crate::domain::policy_plan::context::PlanContext;
use crate::ui::draft::session::use_session;
use crate::ui::widgets::CheckboxGroup;

/// The (id, label) options of `key` in `beleidsplan.txt`'s `[context]`.
fn options(key: &str) -> Vec<(String, String)> {
    content::policy_plan_texts().options(key).map(|(id, label, _)| (id.to_owned(), label.to_owned())).collect()
}

/// A text input bound to a field of the context, with its message.
fn text_input(
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    slot: fn(&mut PlanContext) -> &mut String,
    check: fn(&PlanContext) -> Option<String>,
) -> impl IntoView {
    let session = use_session();
    let field = Field { id: format!("kader-{key}"), label, hint, wide: true, numeric: false, list: None };
    let problem = Signal::derive(move || session.draft.with(|d| check(&d.data.policy_plan.context)));
    let value = Signal::derive(move || session.draft.with(|d| slot(&mut d.data.policy_plan.context.clone()).clone()));
    text_field(field, problem, value, Callback::new(move |value| session.update(|d| *slot(&mut d.policy_plan.context) = value)))
}

#[component]
pub fn ContextEditor() -> impl IntoView {
    let session = use_session();
    let selected = |list: fn(&PlanContext) -> &Vec<String>| Signal::derive(move || session.draft.with(|d| list(&d.data.policy_plan.context).clone()));
    let toggle = |list: fn(&mut PlanContext) -> &mut Vec<String>| Callback::new(move |id: String| session.update(|d| PlanContext::toggle(list(&mut d.policy_plan.context), &id)));
    let none = |_: &PlanContext| None;
    view! {
        <section class="rows no-print" aria-labelledby="kaders-titel">
            <h3 id="kaders-titel">"Kaders van uw gemeente"</h3>
            <p class="hint">"Wat u hier invult, komt bij “Kaders” en in de bestuurlijke samenvatting. Alles is optioneel."</p>
            <CheckboxGroup
                legend="Welke afspraken en plannen zijn er al?"
                id_prefix="kader-afspraak"
                options=Signal::derive(|| options("afspraak"))
                selected=selected(|c| &c.agreements)
                on_toggle=toggle(|c| &mut c.agreements)
            >
                {text_input("andere-afspraken", "Andere afspraken of plannen", "Bijvoorbeeld een convenant veilig uitgaan.", |c| &mut c.other_agreements, none)}
            </CheckboxGroup>
            {text_input("regio", "Regionale samenwerking", "Bijvoorbeeld de GGD-regio of de veiligheidsregio.", |c| &mut c.region, none)}
            {text_input("verslavingszorg", "Regionale verslavingszorg", "De instelling waarmee u samenwerkt.", |c| &mut c.addiction_care, none)}
            {text_input("budget", "Budget per jaar voor dit plan, in euro", "Bijvoorbeeld 40.000.", |c| &mut c.budget, PlanContext::budget_problem)}
            {text_input("capaciteit", "Capaciteit", "Bijvoorbeeld: 0,4 fte beleidsmedewerker.", |c| &mut c.capacity, none)}
            <CheckboxGroup
                legend="Voor wie is het plan?"
                id_prefix="kader-publiek"
                options=Signal::derive(|| options("publiek"))
                selected=selected(|c| &c.audience)
                on_toggle=toggle(|c| &mut c.audience)
            >
                {text_input("deadline", "Wanneer moet het plan klaar zijn?", "Bijvoorbeeld: 1 maart 2027.", |c| &mut c.deadline, none)}
            </CheckboxGroup>
        </section>
    }
}
