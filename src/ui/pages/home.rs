use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::title::{use_title, PRODUCT};
use crate::domain::catalogue::Filter;
use crate::ui::routes::{href, Place};

/// The start page: what the tool is for, and its three uses.
#[component]
pub fn Home() -> impl IntoView {
    use_title(String::new);
    view! {
        <div class="page home">
            <h1>{PRODUCT}</h1>
            <p class="lead">
                "Deze tool helpt gemeenten om drugsgebruik onder jongeren en jongvolwassenen (11 tot 25 jaar) "
                "te voorkomen of de schade ervan te beperken. Alles is gebaseerd op het Wat werkt dossier drugs "
                "van het Trimbos-instituut en het RIVM."
            </p>
            <ul class="cards" role="list">
                <UseCard
                    href=href(&Place::DossierIndex)
                    title="Lees het dossier"
                    text="Wat weten we over drugsgebruik door jongeren, en wat werkt bij preventie? Lees het hele dossier, per hoofdstuk."
                />
                <UseCard
                    href=href(&Place::Catalogue(Filter::default()))
                    title="Zoek interventies"
                    text="Bekijk de interventies uit het dossier. Kies een setting, een doelgroep of een niveau van preventie."
                />
                <UseCard
                    href=href(&Place::Advisor)
                    title="Maak een plan"
                    text="Beantwoord vragen over uw gemeente. U krijgt advies dat past bij uw situatie en een eerste versie van een lokaal drugsbeleidsplan."
                />
            </ul>
            <p>"Alles wat u invult, blijft in uw eigen browser. U hebt geen account nodig."</p>
        </div>
    }
}

/// One of the home page's three ways in.
#[component]
fn UseCard(
    /// Where the card leads.
    href: String,
    /// The card's heading, also the link text.
    title: &'static str,
    /// One or two plain sentences on what the user finds there.
    text: &'static str,
) -> impl IntoView {
    view! {
        <li class="card">
            <h2><A href=href>{title}</A></h2>
            <p>{text}</p>
        </li>
    }
}
