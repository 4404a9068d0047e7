//! Questionnaire step components in headless Chromium: conditional display,
//! validation on submit, focus on the error summary, typed input kept.
//! (`cargo test --target wasm32-unknown-unknown --test steps`)
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wat_werkt_drugs::domain::draft::{DraftData, Envelope};
use wat_werkt_drugs::browser::drafts::{key_of, DraftStore};
use wat_werkt_drugs::ui::routes::AdvisorRoutes;
use wat_werkt_drugs::ui::{provide_drafts, AppShell, EmbedMode};
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Stores a draft, opens `path` under it and mounts the app.
async fn open(id: &str, data: DraftData, step: &str) -> (HtmlElement, impl Drop) {
    let opened = mount_at(id, data, step);
    settle().await;
    opened
}

/// `open` without waiting: what the first task renders.
fn mount_at(id: &str, data: DraftData, step: &str) -> (HtmlElement, impl Drop) {
    let store = DraftStore::open();
    let _ = window().local_storage().unwrap().unwrap().remove_item(&key_of(id));
    let mut envelope = Envelope::new(id.into(), "Test".into(), 0, data);
    store.save(&mut envelope, 1).unwrap();
    let path = format!("/plannen/{id}/stap/{step}");
    window().history().unwrap().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
    let container = document().create_element("div").unwrap().unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), || {
        provide_context(EmbedMode(false));
        provide_drafts();
        view! { <Router><AppShell><AdvisorRoutes /></AppShell></Router> }
    });
    (container, handle)
}

/// Lets Leptos render and animation-frame callbacks (focus moves) run.
async fn settle() {
    for _ in 0..3 {
        tick().await;
    }
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    tick().await;
}

fn find(root: &HtmlElement, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector).unwrap().and_then(|e| e.dyn_into().ok())
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).and_then(|e| e.text_content()).unwrap_or_default().trim().to_owned()
}

/// The checkbox or radio whose label reads `label`.
fn option(root: &HtmlElement, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    for i in 0..labels.length() {
        let element: web_sys::Element = labels.item(i).unwrap().dyn_into().unwrap();
        if element.text_content().unwrap_or_default().trim() == label {
            let id = element.get_attribute("for").unwrap();
            return document().get_element_by_id(&id).unwrap().dyn_into().unwrap();
        }
    }
    panic!("no option labelled {label}");
}

fn submit(root: &HtmlElement) {
    find(root, ".step-form button[type=submit]").expect("a submit button").click();
}

#[wasm_bindgen_test]
async fn a_conditional_question_appears_on_the_page_it_shares() {
    let (root, _handle) = open("stap-conditie", DraftData::default(), "plekken").await;
    assert_eq!(text(&root, "main h1"), "Waar wilt u de doelgroepen bereiken?");
    assert!(text(&root, ".step-caption").ends_with("van 14"), "{}", text(&root, ".step-caption"));
    assert!(find(&root, "main h2.question__heading").is_none(), "no school question without secondary school");
    option(&root, "Voortgezet onderwijs").click();
    settle().await;
    assert_eq!(text(&root, "main h2.question__heading"), "Om welke scholen gaat het? (optioneel)");
    assert!(text(&root, ".step-caption").ends_with("van 14"), "the page count stays: {}", text(&root, ".step-caption"));
    submit(&root);
    settle().await;
    assert_eq!(text(&root, "main h1"), "Welke zorgen over overlast of veiligheid zijn er? (optioneel)");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_dossier_descriptions_of_options_are_folded() {
    let (root, _handle) = open("stap-uitleg", DraftData::default(), "fasen-van-gebruik").await;
    let more = find(&root, ".checkbox__hint").expect("a folded description");
    assert_eq!(more.tag_name().to_lowercase(), "details");
    assert!(!more.has_attribute("open"));
    assert!(more.text_content().unwrap().starts_with("Meer uitleg"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_long_list_shows_its_first_options_at_once_and_the_rest_in_the_next_tasks() {
    let (root, _handle) = mount_at("stap-lang", DraftData::default(), "lopende-aanpak");
    for _ in 0..3 {
        tick().await;
    }
    let values = |root: &HtmlElement| {
        let inputs = root.query_selector_all(".choices input").unwrap();
        (0..inputs.length()).map(|i| inputs.item(i).unwrap().unchecked_into::<HtmlInputElement>().value()).collect::<Vec<_>>()
    };
    assert_eq!(values(&root).len(), 12, "the first part, before any frame");
    let step = wat_werkt_drugs::content::questionnaire().step("lopende-aanpak").unwrap();
    let all: Vec<String> = step.options.iter().map(|o| o.id.clone()).collect();
    assert!(all.len() > 36, "a list of several parts: {}", all.len());
    for _ in 0..10 {
        settle().await;
    }
    assert_eq!(values(&root), all, "every option, in the questionnaire's order");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_other_text_field_shows_only_for_anders() {
    let (root, _handle) = open("stap-anders", DraftData::default(), "aanleiding").await;
    assert!(find(&root, ".conditional input").is_none());
    option(&root, "Iets anders").click();
    settle().await;
    assert!(find(&root, ".conditional input").is_some());
    option(&root, "Iets anders").click();
    settle().await;
    assert!(find(&root, ".conditional input").is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_required_step_shows_the_error_summary_with_focus() {
    let (root, _handle) = open("stap-fout", DraftData::default(), "leeftijden").await;
    assert!(find(&root, ".error-summary").is_none(), "no errors before submitting");
    submit(&root);
    settle().await;
    let summary = find(&root, "#foutoverzicht").expect("an error summary");
    assert_eq!(document().active_element().map(|e| e.id()), Some("foutoverzicht".into()));
    assert!(summary.text_content().unwrap().contains("Er is een probleem"));
    let inline = text(&root, ".error-message");
    let linked = text(&root, ".error-summary li a");
    assert!(inline.ends_with(&linked), "the inline message matches the summary: {inline} / {linked}");
    let fieldset = find(&root, ".question__fieldset").unwrap();
    assert!(fieldset.get_attribute("aria-describedby").unwrap().contains("veld-age_bands-fout"));
    assert!(document().title().starts_with("Fout: "), "{}", document().title());
    // Answering and submitting again moves on.
    option(&root, "13 tot en met 15 jaar").click();
    submit(&root);
    settle().await;
    assert!(find(&root, ".error-summary").is_none());
    assert_ne!(text(&root, "main h1"), "Op welke leeftijden richt u zich?");
    root.remove();
}

#[wasm_bindgen_test]
async fn typed_input_is_kept_after_an_error() {
    let (root, _handle) = open("stap-jaren", DraftData::default(), "periode").await;
    let from: HtmlInputElement = find(&root, "#veld-period_from").unwrap().dyn_into().unwrap();
    from.set_value("20x6");
    from.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
    submit(&root);
    settle().await;
    assert!(find(&root, ".error-summary").is_some());
    let from: HtmlInputElement = find(&root, "#veld-period_from").unwrap().dyn_into().unwrap();
    assert_eq!(from.value(), "20x6");
    root.remove();
}
