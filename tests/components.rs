//! Component tests: rendered by Leptos in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test components`).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wat_werkt_drugs::ui::routes::{DraftsRoutes, ReaderRoutes};
use wat_werkt_drugs::ui::{AppShell, EmbedMode};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the shell with the reader's pages in a fresh container and waits
/// for Leptos to render.
async fn mount_shell(embed: bool) -> (HtmlElement, impl Drop) {
    let container = document().create_element("div").unwrap().unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), move || {
        provide_context(EmbedMode(embed));
        view! { <Router><AppShell><ReaderRoutes /></AppShell></Router> }
    });
    tick().await;
    (container, handle)
}

fn texts(container: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = container.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
async fn the_shell_renders_the_main_navigation_and_landmarks() {
    let (shell, _handle) = mount_shell(false).await;
    assert_eq!(
        texts(&shell, "nav[aria-label=Hoofdmenu] a"),
        ["Dossier", "Interventies", "Zoeken", "Adviseur", "Mijn plannen"]
    );
    assert_eq!(texts(&shell, "header.site-header").len(), 1);
    assert_eq!(texts(&shell, "main#inhoud").len(), 1);
    assert!(texts(&shell, "footer")[0].contains("Trimbos-instituut en het RIVM"));
    assert_eq!(texts(&shell, "a.skip-link"), ["Naar de inhoud"]);
    shell.remove();
}

#[wasm_bindgen_test]
async fn embed_mode_hides_the_site_header_and_footer() {
    let (shell, _handle) = mount_shell(true).await;
    assert!(texts(&shell, "header.site-header").is_empty());
    assert!(texts(&shell, "footer").is_empty());
    assert!(texts(&shell, ".embed-credit")[0].contains("Trimbos-instituut en RIVM"));
    assert_eq!(texts(&shell, "header.embed-header").len(), 1);
    assert_eq!(texts(&shell, "nav[aria-label=Hoofdmenu] a").len(), 5);
    assert!(shell.query_selector(".app.embed").unwrap().is_some());
    shell.remove();
}

#[wasm_bindgen_test]
async fn the_route_decides_the_page() {
    let (home, _handle) = mount_shell(false).await;
    assert_eq!(texts(&home, "main h1"), ["Wat werkt bij drugspreventie"]);
    home.remove();

    let history = window().history().unwrap();
    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/bestaat-niet")).unwrap();
    let (unknown, _handle) = mount_shell(false).await;
    assert_eq!(texts(&unknown, "main h1"), ["Pagina niet gevonden"]);
    unknown.remove();
    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/")).unwrap();
}

/// A draft stored as the app writes it: content changed `days_ago`, never in a file.
fn store_unexported_draft(id: &str, municipality: &str, days_ago: i64) {
    use wat_werkt_drugs::domain::draft::{DraftData, Envelope};
    use wat_werkt_drugs::browser::drafts::{key_of, now, DraftStore};
    let changed = now() - days_ago * 86_400_000;
    let mut data = DraftData::default();
    data.answers.municipality = municipality.into();
    let mut envelope = Envelope::new(id.into(), String::new(), changed - 86_400_000, data);
    envelope.record_change(changed);
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(&key_of(id)).unwrap();
    storage.remove_item(&format!("wwd.herinnering.{id}")).unwrap();
    DraftStore::open().save(&mut envelope, changed).unwrap();
}

#[wasm_bindgen_test]
async fn mijn_plannen_reminds_once_to_back_up_old_changes_and_remembers_the_dismissal() {
    store_unexported_draft("herinner-oud", "Oudstad", 5);
    store_unexported_draft("herinner-vers", "Versstad", 1);
    let history = window().history().unwrap();
    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/plannen")).unwrap();
    let mount = || {
        let container = document().create_element("div").unwrap().unchecked_into::<HtmlElement>();
        document().body().unwrap().append_child(&container).unwrap();
        let handle = mount_to(container.clone(), || {
            provide_context(EmbedMode(false));
            wat_werkt_drugs::ui::provide_drafts();
            view! { <Router><AppShell><DraftsRoutes /></AppShell></Router> }
        });
        (container, handle)
    };
    let (page, handle) = mount();
    tick().await;
    let old = "li[aria-labelledby='plan-herinner-oud']";
    let fresh = "li[aria-labelledby='plan-herinner-vers']";
    assert_eq!(texts(&page, &format!("{old} .draft__file")), ["Nog niet opgeslagen als bestand."]);
    let reminder = texts(&page, &format!("{old} .backup-reminder"));
    assert_eq!(reminder.len(), 1, "one reminder for the draft changed five days ago");
    assert!(reminder[0].contains("Tijd voor een reservekopie") && reminder[0].contains("staan nog niet in een bestand"), "{reminder:?}");
    assert!(texts(&page, &format!("{fresh} .backup-reminder")).is_empty(), "a change of yesterday is not reminded yet");

    let close: HtmlElement = page.query_selector(&format!("{old} .backup-reminder .button--secondary")).unwrap().unwrap().unchecked_into();
    assert_eq!(close.text_content().unwrap(), "Sluiten");
    close.click();
    tick().await;
    assert!(texts(&page, &format!("{old} .backup-reminder")).is_empty(), "closed");
    assert!(window().local_storage().unwrap().unwrap().get_item("wwd.herinnering.herinner-oud").unwrap().is_some());
    drop(handle);
    page.remove();

    let (again, _handle) = mount();
    tick().await;
    assert_eq!(texts(&again, "li.draft").len(), 2);
    assert!(texts(&again, &format!("{old} .backup-reminder")).is_empty(), "stays closed after a reload");
    again.remove();
    let storage = window().local_storage().unwrap().unwrap();
    for id in ["herinner-oud", "herinner-vers"] {
        storage.remove_item(&format!("wwd.concept.{id}")).unwrap();
        storage.remove_item(&format!("wwd.herinnering.{id}")).unwrap();
    }
    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/")).unwrap();
}
