//! Routes whose feature has not landed yet: each says so honestly.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::title::use_title;

#[component]
fn NotYetAvailable(
    /// The page's heading and title.
    title: &'static str,
    /// One sentence on what this page will offer.
    purpose: &'static str,
) -> impl IntoView {
    use_title(move || title.to_owned());
    view! {
        <div class="page">
            <h1>{title}</h1>
            <p>{purpose}</p>
            <p class="notice">"Dit onderdeel is nog niet beschikbaar."</p>
            <p><A href="/">"Terug naar de startpagina"</A></p>
        </div>
    }
}

#[component]
pub fn Advisor() -> impl IntoView {
    view! { <NotYetAvailable title="Adviseur" purpose="Hier beantwoordt u vragen over uw gemeente en krijgt u advies op basis van het dossier." /> }
}

#[component]
pub fn Plans() -> impl IntoView {
    view! { <NotYetAvailable title="Mijn plannen" purpose="Hier vindt u de plannen die u in deze browser hebt gemaakt." /> }
}
