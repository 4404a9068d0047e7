//! Focus management after client-side navigation, so keyboard and screen
//! reader users land on the new page's heading (or the linked anchor).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Where a URL lands: the element named by its hash, else the element whose
/// id is the path's last segment (`/dossier/5-3-voortgezet-onderwijs` lands
/// on that section's heading), else the page's `<h1>`.
///
/// After each client-side navigation the landing element is scrolled to and
/// focused. On the first page load this happens only for a deep link into a
/// page (hash or section); otherwise the browser's own start is kept.
pub fn move_focus_on_navigation() {
    let location = use_location();
    Effect::new(move |previous: Option<(String, String)>| {
        let current = (location.pathname.get(), location.hash.get());
        let first_load = previous.is_none();
        if previous.as_ref() != Some(&current) {
            let (path, hash) = current.clone();
            request_animation_frame(move || land(&path, &hash, first_load));
        }
        current
    });
}

/// Focuses `element` if it can take focus.
pub fn focus(element: Option<web_sys::Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focuses the element with this id.
pub fn focus_id(id: &str) {
    focus(document().get_element_by_id(id));
}

/// Focuses the element with this id after the next render (for messages and errors).
pub fn focus_later(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || focus_id(&id));
}

fn land(path: &str, hash: &str, first_load: bool) {
    let document = document();
    let by_id = |id: &str| (!id.is_empty()).then(|| document.get_element_by_id(id)).flatten();
    let hash = hash.trim_start_matches('#');
    let segment = path.rsplit('/').next().unwrap_or_default();
    let deep = by_id(hash).or_else(|| by_id(segment).filter(|e| e.tag_name() != "H1"));
    if first_load && deep.is_none() {
        return;
    }
    let target = deep.clone().or_else(|| document.query_selector("main h1").ok().flatten());
    let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    if !target.has_attribute("tabindex") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    let _ = target.focus();
    if deep.is_some() {
        target.scroll_into_view();
    } else {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}
