//! `/plannen/<id>/advies`: the advice page.

pub mod render;

use leptos::prelude::*;
use leptos_router::components::A;

use super::session::{use_advice, use_draft_view, DraftCrumbs};
use crate::content;
use crate::domain::advisor::matrix::prevention_matrix;
use crate::domain::document::{blocks_to_html, html_escape, Block};
use crate::ui::drafts::display_name;
use crate::ui::routes::DraftPage;
use crate::ui::title::use_title;

/// `/plannen/<id>/advies`: the advice for the current answers, recomputed
/// whenever they change.
#[component]
pub fn AdvicePage() -> impl IntoView {
    let shown = use_draft_view();
    use_title(move || format!("Advies - {}", shown.draft.with(display_name)));
    let advice = use_advice();
    let first = Memo::new(move |_| advice.with(render::first_screen_html));
    let rest = Memo::new(move |_| {
        advice.with(|advice| {
            let matrix = shown.draft.with(|d| {
                let chosen = d.data.policy_plan.chosen_ids(advice);
                prevention_matrix(&d.data.answers, advice, &chosen, content::questionnaire(), content::advice_rules())
            });
            let mut html = String::new();
            if let Some(table) = matrix {
                blocks_to_html(&mut html, &[Block::Table(table)], html_escape);
            }
            render::details_html(advice, &html)
        })
    });
    let contents = render::SECTIONS
        .iter()
        .map(|(id, title)| view! { <li><a href=format!("#{id}")>{*title}</a></li> })
        .collect_view();
    view! {
        <div class="page prose-wide advice-page">
            <DraftCrumbs />
            <h1>"Advies voor uw gemeente"</h1>
            <p class="lead">
                "Dit advies volgt uit uw antwoorden en rust op het Wat werkt dossier drugs. Onder “Waarom en bron” staat bij elk punt "
                "waarom het bij uw antwoorden past en waar het in het dossier staat."
            </p>
            <p class="no-print">
                <A href=move || shown.href(DraftPage::Review)>"Controleer of wijzig uw antwoorden"</A>
                " · "
                <A href=move || shown.href(DraftPage::PolicyPlan)>"Maak hiermee een beleidsplan"</A>
            </p>
            <div class="advice">
                <div inner_html=move || first.get()></div>
                <nav class="in-chapter no-print" aria-labelledby="op-deze-pagina">
                    <h2 id="op-deze-pagina" class="in-chapter__title">"Op deze pagina"</h2>
                    <ul>{contents}</ul>
                </nav>
                <div inner_html=move || rest.get()></div>
            </div>
        </div>
    }
}
