//! The Leptos user interface: the shell, the routes (`routes`: the only
//! module that knows addresses) and their pages.

#[cfg(target_arch = "wasm32")]
pub mod bench;
mod catalogue;
mod draft;
mod dossier;
mod drafts;
mod frame_bridge;
mod focus;
mod pages;
mod print;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routes;
mod search;
pub mod search_relevance;
mod shell;
mod takeover;
pub mod title;
mod widgets;

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::domain::embed;
use crate::browser::session;

pub use drafts::provide_drafts;

/// Whether the app runs in embed mode (compact chrome, inside another site's
/// iframe). Decided once at start-up and kept while navigating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedMode(pub bool);

/// Mounts the advisor's app (the advisor, its questions and check page) on
/// the page's `<body>` and removes the static loading note.
pub fn mount() {
    mount_app(WITH_QUESTIONS, || view! { <App><routes::AdvisorRoutes /></App> });
}

/// Mounts Mijn plannen's app (the drafts list), as `mount` does the advisor's.
pub fn mount_drafts() {
    mount_app(WITH_QUESTIONS, || view! { <App><routes::DraftsRoutes /></App> });
}

/// Mounts the advice's app (a draft's advice), as `mount` does the advisor's.
pub fn mount_advice() {
    mount_app(WITH_ADVICE, || view! { <App><routes::AdviceRoutes /></App> });
}

/// Mounts the plan's app (a plan's text, print view and comparison), as
/// `mount` does the advisor's.
pub fn mount_plan() {
    mount_app(WITH_ADVICE, || view! { <App><routes::PlanRoutes /></App> });
}

/// The content the advisor's and Mijn plannen's bundles read before they mount.
const WITH_QUESTIONS: &[fn()] = &[read_dossier, read_questionnaire];

/// The content the advice's and the plan's bundles read before they mount.
const WITH_ADVICE: &[fn()] = &[read_dossier, read_questionnaire, read_advice_rules];

fn read_dossier() {
    let _ = crate::content::dossier();
}

fn read_questionnaire() {
    let _ = crate::content::questionnaire();
}

fn read_advice_rules() {
    let _ = crate::content::advice_rules();
}

/// Reads the content a bundle needs (`reads`), each part in a task of its
/// own, before the app renders in the next: no one task does it all, which
/// keeps a phone's main thread responsive while the page starts. The
/// loading note stays until the app is there.
fn mount_app<V: IntoView + 'static>(reads: &'static [fn()], app: impl FnOnce() -> V + 'static) {
    match reads.split_first() {
        Some((read, rest)) => {
            read();
            set_timeout(move || mount_app(rest, app), std::time::Duration::ZERO);
        }
        None => {
            remove_loading_note();
            leptos::mount::mount_to_body(app);
            takeover::Start::Rendered.mark();
        }
    }
}

/// Mounts the reader's part of the app (home, dossier, interventions,
/// search, accessibility) and takes over a page rendered at build time; the
/// advisor and plans load the advisor's bundle.
pub fn mount_reader() {
    remove_loading_note();
    // The dossier and records are read in a task of their own: the page is
    // already readable, and shorter tasks keep it responsive meanwhile.
    let _ = crate::content::dossier();
    set_timeout(|| takeover::take_over(ReaderApp).mark(), std::time::Duration::ZERO);
}

fn remove_loading_note() {
    if let Some(loading) = document().get_element_by_id("laden") {
        loading.remove();
    }
}

fn embed_mode_at_start() -> EmbedMode {
    let query = window().location().search().unwrap_or_default();
    if embed::requested(&query) {
        session::remember_embed();
        EmbedMode(true)
    } else {
        EmbedMode(session::embed_remembered())
    }
}

/// The app of the drafts (the advisor's or the plan's): router, shell and
/// the drafts store around its route table (`children`).
#[component]
pub fn App(children: Children) -> impl IntoView {
    provide_context(embed_mode_at_start());
    drafts::provide_drafts();
    view! {
        <Router>
            <AppShell>
                {children()}
            </AppShell>
        </Router>
    }
}

/// The reader's app: router, shell and the reading routes only.
#[component]
pub fn ReaderApp() -> impl IntoView {
    provide_context(embed_mode_at_start());
    view! {
        <Router>
            <AppShell>
                <routes::ReaderRoutes />
            </AppShell>
        </Router>
    }
}

/// The page frame around every route (`children`). `EmbedMode` must be in
/// context.
#[component]
pub fn AppShell(children: Children) -> impl IntoView {
    let EmbedMode(embedded) = expect_context::<EmbedMode>();
    let app = NodeRef::new();
    // In the browser only: not when rendered to HTML at build time.
    if cfg!(target_arch = "wasm32") {
        focus::move_focus_on_navigation();
        search::install_search_shortcut();
        print::open_folds_when_printing();
        if embedded {
            frame_bridge::install(app);
        }
    }
    view! {
        <div class="app" class:embed=embedded node_ref=app>
            <shell::SkipLink />
            <shell::UpdateBanner />
            {if embedded { shell::EmbedHeader().into_any() } else { shell::SiteHeader().into_any() }}
            <main id="inhoud" tabindex="-1">
                {children()}
            </main>
            {if embedded { shell::EmbedCredit().into_any() } else { shell::SiteFooter().into_any() }}
        </div>
    }
}
