//! `/plannen/<id>/vergelijken?met=<id>`: this plan's figures, goals and
//! actions against another version's (its evaluation copy, or the plan it
//! evaluates): what is new, gone or changed, for the mid-term review.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::figures::FIGURES;
use super::goals::GOALS;
use super::planning::ACTIONS;
use super::rows::RowKind;
use crate::domain::draft::{DraftData, Envelope};
use crate::domain::policy_plan::compare::{compare_rows, FieldChange, RowChange, Status};
use crate::domain::policy_plan::PolicyPlanState;
use crate::ui::draft::session::{use_session, DraftCrumbs};
use crate::ui::drafts::{display_name, newest_first, use_drafts};
use crate::ui::routes::{DraftPage, COMPARE_WITH};
use crate::ui::title::use_title;

/// The rows of one kind in both versions, compared by the kind's fields,
/// with the fields' labels.
fn changes<T: Clone + 'static>(kind: &'static RowKind<T>, before: &PolicyPlanState, after: &PolicyPlanState) -> (Vec<RowChange>, Vec<&'static str>) {
    let getters: Vec<Box<dyn Fn(&T) -> String>> = kind.inputs.iter().map(|input| Box::new(move |row: &T| (input.slot)(&mut row.clone()).clone()) as Box<dyn Fn(&T) -> String>).collect();
    let fields: Vec<&dyn Fn(&T) -> String> = getters.iter().map(|getter| getter.as_ref()).collect();
    let labels = kind.inputs.iter().map(|input| input.label.trim_end_matches(" (optioneel)")).collect();
    (compare_rows((kind.rows)(before), (kind.rows)(after), |row| (kind.name)(row).to_owned(), &fields), labels)
}

fn status_tag(status: Status) -> impl IntoView {
    let (class, text) = match status {
        Status::Added => ("tag tag--progress", "Nieuw"),
        Status::Removed => ("tag tag--gap", "Vervallen"),
        Status::Changed => ("tag tag--warning", "Gewijzigd"),
        Status::Same => ("tag tag--ok", "Ongewijzigd"),
    };
    view! { <span class=class>{text}</span> }
}

/// "Cijfer in uw gemeente: 8,5 → 7"; an empty value reads "(leeg)".
fn field_change(labels: &[&str], change: &FieldChange) -> String {
    let shown = |value: &str| if value.is_empty() { "(leeg)".to_owned() } else { value.to_owned() };
    let label = labels.get(change.field).copied().unwrap_or_default();
    format!("{label}: {} → {}", shown(&change.before), shown(&change.after))
}

fn changes_table(title: &'static str, (rows, labels): (Vec<RowChange>, Vec<&'static str>)) -> AnyView {
    if rows.is_empty() {
        return view! { <h2>{title}</h2><p>"Geen van beide versies heeft hier iets ingevuld."</p> }.into_any();
    }
    let rows = rows
        .into_iter()
        .map(|row| {
            let fields = row.fields.iter().map(|f| view! { <li>{field_change(&labels, f)}</li> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{row.name}</th>
                    <td>{status_tag(row.status)}{(!row.fields.is_empty()).then(|| view! { <ul class="changes">{fields}</ul> })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{title}</h2>
        // Two columns fit a phone: no sideways scrolling.
        <table class="plan-table">
            <caption class="visually-hidden">{title}</caption>
            <thead><tr><th scope="col">"Naam"</th><th scope="col">"Wat er veranderde"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let session = use_session();
    let drafts = use_drafts();
    let query = use_query_map();
    let navigate = use_navigate();
    use_title(move || format!("Versies vergelijken - {}", session.draft.with(display_name)));
    let with = move || query.read().get(COMPARE_WITH).filter(|w| !w.is_empty()).or_else(|| session.draft.with(|d| d.data.evaluation_of.clone()));
    // The other drafts, read from storage once per change to the stored drafts.
    let others = Memo::new(move |_| {
        let this = session.id();
        newest_first(drafts.list()).into_iter().filter(|e| e.id != this).collect::<Vec<Envelope<DraftData>>>()
    });
    let other = move || with().and_then(|id| others.read().iter().find(|e| e.id == id).cloned());
    let choose = move |event: leptos::ev::Event| {
        navigate(&session.href(DraftPage::Compare { with: event_target_value(&event) }), Default::default());
    };
    let options = move || {
        let chosen = with().unwrap_or_default();
        others.get().into_iter().map(|e| view! { <option value=e.id.clone() selected=e.id == chosen>{display_name(&e)}</option> }).collect_view()
    };
    let comparison = move || match (other(), with()) {
        (Some(other), _) => {
            let name = display_name(&other);
            let before = other.data.policy_plan;
            let after = session.draft.with(|d| d.data.policy_plan.clone());
            view! {
                <p>{format!("Wat in dit plan nieuw, vervallen of veranderd is ten opzichte van “{name}”. Bij een wijziging staat eerst de oude waarde, na de pijl de nieuwe.")}</p>
                {changes_table("Cijfers", changes(&FIGURES, &before, &after))}
                {changes_table("Doelen", changes(&GOALS, &before, &after))}
                {changes_table("Acties", changes(&ACTIONS, &before, &after))}
            }
            .into_any()
        }
        (None, Some(_)) => view! { <p class="notice">"Dat plan staat niet (meer) in deze browser. Kies een andere versie."</p> }.into_any(),
        (None, None) if others.read().is_empty() => view! {
            <p>"Er is nog geen andere versie. Maak in het beleidsplan een kopie voor de evaluatie en werk daarin de cijfers, doelen en acties bij."</p>
        }
        .into_any(),
        (None, None) => view! { <p>"Kies hierboven de versie om mee te vergelijken."</p> }.into_any(),
    };
    view! {
        <div class="page prose-wide compare-page">
            <DraftCrumbs />
            <h1>"Versies vergelijken"</h1>
            <p class="lead">"Voor de tussentijdse evaluatie: welke cijfers, doelen en acties van dit plan nieuw, vervallen of veranderd zijn ten opzichte van een andere versie."</p>
            <div class="field">
                <label for="vergelijk-met">"Vergelijk met"</label>
                <select id="vergelijk-met" on:change=choose>
                    <option value="" selected=move || with().is_none()>"Kies een versie"</option>
                    {options}
                </select>
            </div>
            {comparison}
            <p class="no-print"><A href=move || session.href(DraftPage::PolicyPlan)>"Terug naar het beleidsplan"</A></p>
        </div>
    }
}
