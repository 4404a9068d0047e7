//! Component tests: rendered by Leptos in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test components`).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wat_werkt_drugs::ui::{AppShell, EmbedMode};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the shell in a fresh container and waits for Leptos to render.
async fn mount_shell(embed: bool) -> (HtmlElement, impl Drop) {
    let container = document().create_element("div").unwrap().unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), move || {
        provide_context(EmbedMode(embed));
        view! { <Router><AppShell /></Router> }
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
