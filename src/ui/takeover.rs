//! Taking over a page rendered at build time (`prerender`). Where the page
//! shows what the app would show here, the app hydrates it: the page's own
//! elements stay and get their behaviour, nothing is rendered again. Where
//! it may not (another address's page such as 404.html, a query, embed mode:
//! see `shows_what_the_app_would`), the app mounts and the pre-rendered
//! frame goes in the same task, so the browser never paints both. What the
//! user typed meanwhile is handed to the app's field either way.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::session;

/// How the app came to own the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// It kept the pre-rendered page's elements.
    Hydrated,
    /// It rendered the page itself.
    Rendered,
}

impl Start {
    /// Marks the page as the app's: `<html data-app="hydrated|rendered">`.
    pub fn mark(self) {
        let value = match self {
            Start::Hydrated => "hydrated",
            Start::Rendered => "rendered",
        };
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-app", value);
        }
    }
}

/// Takes over the pre-rendered page with `app`.
pub fn take_over<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) -> Start {
    let typing = field_in_use();
    let start = if cfg!(feature = "hydrate") && shows_what_the_app_would() {
        hydrate(app);
        Start::Hydrated
    } else {
        mount_over_prerendered(app);
        Start::Rendered
    };
    if let Some((id, value)) = typing {
        // The routes render their pages once the mount's microtasks run.
        request_animation_frame(move || carry_over(&id, &value));
    }
    start
}

#[cfg(feature = "hydrate")]
fn hydrate<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    leptos::mount::hydrate_body(app);
}

#[cfg(not(feature = "hydrate"))]
fn hydrate<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    mount_over_prerendered(app);
}

/// Whether the app's first render here equals the pre-rendered page, which
/// was rendered for the address in `<body data-prerendered>`, without a
/// query (catalogue filters, a search) and with the full site header.
fn shows_what_the_app_would() -> bool {
    let location = window().location();
    let rendered_for = document().body().and_then(|body| body.get_attribute("data-prerendered"));
    rendered_for.is_some_and(|path| location.pathname().ok() == Some(path))
        && location.search().unwrap_or_default().is_empty()
        && !session::embed_remembered()
}

/// Mounts `app` on `<body>` in place of the pre-rendered `.app` frame.
fn mount_over_prerendered<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    let prerendered = document().query_selector_all("body > .app").ok();
    leptos::mount::mount_to_body(app);
    if let Some(nodes) = prerendered {
        for index in 0..nodes.length() {
            if let Some(node) = nodes.item(index).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                node.remove();
            }
        }
    }
}

/// The focused text field (its id and what is typed in it), if any.
fn field_in_use() -> Option<(String, String)> {
    let input = document().active_element()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    (!input.id().is_empty()).then(|| (input.id(), input.value()))
}

/// Puts what the user typed into the pre-rendered field in the app's field
/// with that id (the same element when hydrated), tells the app (an input
/// event) and keeps the focus.
fn carry_over(id: &str, value: &str) {
    let Some(input) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    if !value.is_empty() {
        input.set_value(value);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&event);
        }
    }
    let _ = input.focus();
}
