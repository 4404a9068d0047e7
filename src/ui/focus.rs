//! Focus management after client-side navigation, so keyboard and screen
//! reader users land on the new page's heading (or the linked anchor).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// After every navigation except the first page load: scroll to and focus
/// the element named by the URL's hash if there is one, else the page's `<h1>`.
pub fn move_focus_on_navigation() {
    let location = use_location();
    Effect::new(move |previous: Option<(String, String)>| {
        let current = (location.pathname.get(), location.hash.get());
        if previous.as_ref().is_some_and(|previous| previous != &current) {
            let hash = current.1.trim_start_matches('#').to_owned();
            request_animation_frame(move || focus_target(&hash));
        }
        current
    });
}

fn focus_target(hash: &str) {
    let document = document();
    let target = (!hash.is_empty())
        .then(|| document.get_element_by_id(hash))
        .flatten()
        .or_else(|| document.query_selector("main h1").ok().flatten());
    let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    if !target.has_attribute("tabindex") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    let _ = target.focus();
    if hash.is_empty() {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    } else {
        target.scroll_into_view();
    }
}
