//! `/plannen/<id>/advies`: the advice page.

pub mod render;

use leptos::prelude::*;
use leptos_router::components::A;

use super::session::{use_session, DraftCrumbs};
use crate::ui::drafts::display_name;
use crate::ui::routes::DraftPage;
use crate::ui::title::use_title;

/// `/plannen/<id>/advies`: the advice for the current answers, recomputed
/// whenever they change.
#[component]
pub fn AdvicePage() -> impl IntoView {
    let session = use_session();
    use_title(move || format!("Advies - {}", session.draft.with(display_name)));
    let html = Memo::new(move |_| session.advice.with(render::advice_html));
    let contents = render::SECTIONS
        .iter()
        .map(|(id, title)| view! { <li><a href=format!("#{id}")>{*title}</a></li> })
        .collect_view();
    view! {
        <div class="page prose-wide advice-page">
            <DraftCrumbs />
            <h1>"Advies voor uw gemeente"</h1>
            <p class="lead">
                "Dit advies volgt uit uw antwoorden en rust op het Wat werkt dossier drugs. Bij elk punt staat waarom het bij uw antwoorden past "
                "en waar het in het dossier staat. Verandert u een antwoord, dan verandert het advies mee."
            </p>
            <p class="no-print">
                <A href=move || session.href(DraftPage::Review)>"Controleer of wijzig uw antwoorden"</A>
                " · "
                <A href=move || session.href(DraftPage::PolicyPlan)>"Maak hiermee een beleidsplan"</A>
            </p>
            <nav class="in-chapter no-print" aria-labelledby="op-deze-pagina">
                <h2 id="op-deze-pagina" class="in-chapter__title">"Op deze pagina"</h2>
                <ul>{contents}</ul>
            </nav>
            <div class="advice" inner_html=move || html.get()></div>
        </div>
    }
}
