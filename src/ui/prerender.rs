//! The reader's pages rendered to HTML at build time, natively, with the
//! app's own views (Leptos' `ssr` on the native target):
//! `examples/prerender.rs` prints them for the release build's post-build
//! hook, and the reader's bundle takes over when it has loaded
//! (`ui::mount_reader`).

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;
use serde::Serialize;

use super::{routes, AppShell, EmbedMode};
use crate::content;
use crate::domain::catalogue::Filter;
use crate::ui::routes::{href, Place};
use crate::ui::title::PageTitle;

/// One pre-rendered page: its address, `<title>` and the app's HTML.
#[derive(Debug, Serialize)]
pub struct Prerendered {
    pub path: String,
    pub title: String,
    pub html: String,
}

/// An address no route knows: its render is the page hosts send, as
/// `404.html` and with status 404, for every address that does not exist.
pub const NOT_FOUND: &str = "/404";

/// Every address of a reader's page: home, the dossier's contents, every
/// place in the dossier with an address of its own (chapters, headings,
/// boxes, tables, figures, list items, rows: `/dossier/<id>` shows its
/// chapter at that place), the catalogue, each intervention and programme,
/// the empty search page and the accessibility statement. Hosts answer any
/// other address outside the advisor and plans with the 404 page.
pub fn reader_addresses() -> Vec<String> {
    let dossier = content::dossier();
    let mut places = vec![Place::Home, Place::DossierIndex, Place::Catalogue(Filter::default()), Place::search(""), Place::Accessibility];
    places.extend(dossier.chapters.iter().map(|chapter| Place::Dossier(chapter.id.to_owned())));
    let mut places_in_chapters: Vec<&str> = dossier.anchors().map(|anchor| anchor.id).collect();
    places_in_chapters.sort_unstable();
    places.extend(places_in_chapters.into_iter().map(|id| Place::Dossier(id.to_owned())));
    places.extend(content::interventions().iter().map(|i| Place::Record(i.id.clone())));
    places.extend(content::programmes().iter().map(|p| Place::Record(p.id.clone())));
    let mut addresses: Vec<String> = places.iter().map(href).collect();
    let mut seen = std::collections::HashSet::new();
    addresses.retain(|address| seen.insert(address.clone()));
    addresses
}

/// The page at `path` as the reader's bundle renders it on arrival.
pub fn render(path: &str) -> Prerendered {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(EmbedMode(false));
        let title = PageTitle::default();
        provide_context(title.clone());
        let html = view! {
            <Router>
                <AppShell>
                    <routes::ReaderRoutes />
                </AppShell>
            </Router>
        }
        .to_html();
        Prerendered { path: path.to_owned(), title: title.get(), html }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_in_the_dossier_and_every_record_has_a_page() {
        let addresses = reader_addresses();
        let dossier = content::dossier();
        let records = content::interventions().len() + content::programmes().len();
        assert!(addresses.len() > dossier.chapters.len() + records);
        for anchor in dossier.anchors() {
            assert!(addresses.contains(&format!("/dossier/{}", anchor.id)), "{}", anchor.id);
        }
        assert!(addresses.contains(&"/interventies/moti-4".to_owned()));
        assert!(addresses.contains(&"/".to_owned()) && addresses.contains(&"/toegankelijkheid".to_owned()));
    }

    #[test]
    fn a_section_page_has_its_title_heading_and_links() {
        let page = render("/dossier/5-7-uitgaansleven");
        assert_eq!(page.title, "5.7 Setting: Uitgaansleven - 5 Effectieve Drugspreventie - Dossier - Wat werkt bij drugspreventie");
        assert!(page.html.starts_with(r#"<div class="app">"#), "the frame the reader's bundle hydrates (ui/takeover.rs)");
        assert!(page.html.contains("5.7 Setting: Uitgaansleven"));
        // (Erased components end with a marker the hydration finds: `<!>`.)
        assert!(page.html.contains(r#"<a href="/adviseur">Adviseur"#));
        assert!(!page.html.contains("<script") && !page.html.contains(" style="), "nothing the strict CSP blocks");
    }

    #[test]
    fn an_unknown_record_renders_the_not_found_page() {
        let page = render("/interventies/bestaat-niet");
        assert_eq!(page.title, "Pagina niet gevonden - Wat werkt bij drugspreventie");
        assert!(page.html.contains("Pagina niet gevonden"));
    }

    #[test]
    fn the_page_for_unknown_addresses_names_no_address() {
        let page = render(NOT_FOUND);
        assert!(!reader_addresses().contains(&NOT_FOUND.to_owned()));
        assert_eq!(page.title, "Pagina niet gevonden - Wat werkt bij drugspreventie");
        assert!(page.html.contains("Deze pagina bestaat niet (meer)."));
        assert!(!page.html.contains(NOT_FOUND), "hosts send it for every unknown address");
        assert!(page.html.contains(r#"<a href="/dossier">"#), "a way on");
    }
}
