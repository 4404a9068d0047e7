//! The page frame: skip link, header with the main navigation, footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::widgets::ExternalLink;
use super::focus::focus_id;
use super::title::PRODUCT;
use crate::domain::catalogue::Filter;
use crate::ui::routes::{href, Place};

/// The main navigation: (place, label).
fn main_nav() -> [(Place, &'static str); 5] {
    [
        (Place::DossierIndex, "Dossier"),
        (Place::Catalogue(Filter::default()), "Interventies"),
        (Place::search(""), "Zoeken"),
        (Place::Advisor, "Adviseur"),
        (Place::Drafts, "Mijn plannen"),
    ]
}

/// First focusable element: jumps past the navigation to the main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        focus_id("inhoud");
    };
    view! { <a class="skip-link" href="#inhoud" on:click=skip>"Naar de inhoud"</a> }
}

#[component]
fn MainNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label="Hoofdmenu">
            <ul>
                {main_nav()
                    .into_iter()
                    .map(|(place, label)| view! { <li><A href=href(&place)>{label}</A></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The full header for the directly opened app.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href=href(&Place::Home) attr:class="site-name">
                    <span class="site-name__mark" aria-hidden="true"></span>
                    {PRODUCT}
                </A>
                <MainNav />
            </div>
        </header>
    }
}

/// The compact header used inside another site's frame, with a way out to
/// the full app in a new window (at the same page).
#[component]
pub fn EmbedHeader() -> impl IntoView {
    let location = use_location();
    let full_app = move || {
        let path = location.pathname.get();
        let query = location.query.read().to_query_string();
        format!("{path}{query}")
    };
    view! {
        <header class="embed-header">
            <A href=href(&Place::Home) attr:class="site-name site-name--compact">{PRODUCT}</A>
            <MainNav />
            <a class="embed-header__open external" href=full_app target="_blank" rel="noopener">
                "Open in een nieuw venster"
                <span class="visually-hidden">" (de volledige website)"</span>
            </a>
        </header>
    }
}

/// Credits the source and links to the statements every government site has.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>
                    "Bron: het " <cite>"Wat werkt dossier drugs"</cite>
                    " van het Trimbos-instituut en het RIVM, gepubliceerd op "
                    <ExternalLink href="https://www.loketgezondleven.nl/">"Loket Gezond Leven"</ExternalLink> "."
                </p>
                <p>"Alles wat u invult, blijft in uw eigen browser. Er is geen account en er worden geen gegevens verzameld."</p>
                <ul class="site-footer__links">
                    <li><A href=href(&Place::Accessibility)>"Toegankelijkheid"</A></li>
                </ul>
            </div>
        </footer>
    }
}

/// The one-line source credit shown in embed mode instead of the footer.
#[component]
pub fn EmbedCredit() -> impl IntoView {
    view! {
        <p class="embed-credit">
            "Bron: " <cite>"Wat werkt dossier drugs"</cite> ", Trimbos-instituut en RIVM. "
            <A href=href(&Place::Accessibility)>"Toegankelijkheid"</A>
        </p>
    }
}

/// Offered when a new version of the app is ready: switching reloads the
/// page, and the open draft is saved before that.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let available = RwSignal::new(false);
    if cfg!(target_arch = "wasm32") {
        crate::browser::offline::register(move || available.set(true));
    }
    move || {
        available.get().then(|| {
            view! {
                <div class="update-banner" role="status">
                    <p>"Er is een nieuwe versie van deze tool. Uw werk wordt eerst bewaard."</p>
                    <button type="button" class="button" on:click=|_| crate::browser::offline::activate_update()>"Nu bijwerken"</button>
                </div>
            }
        })
    }
}
