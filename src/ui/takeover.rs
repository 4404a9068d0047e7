//! Taking over a page rendered at build time (`prerender`): the app mounts
//! and the pre-rendered frame goes in the same task, so the browser never
//! paints both; what the user typed meanwhile moves into the app's field.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts `app` on `<body>` in place of the pre-rendered `.app` frame.
pub fn mount_over_prerendered<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    let prerendered = document().query_selector_all("body > .app").ok();
    let typing = field_in_use();
    leptos::mount::mount_to_body(app);
    if let Some(nodes) = prerendered {
        for index in 0..nodes.length() {
            if let Some(node) = nodes.item(index).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                node.remove();
            }
        }
    }
    if let Some((id, value)) = typing {
        // The routes render their pages once the mount's microtasks run.
        request_animation_frame(move || carry_over(&id, &value));
    }
}

/// The focused text field (its id and what is typed in it), if any.
fn field_in_use() -> Option<(String, String)> {
    let input = document().active_element()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    (!input.id().is_empty()).then(|| (input.id(), input.value()))
}

/// Puts what the user typed into the pre-rendered field in the app's own
/// field with that id, tells the app (an input event) and keeps the focus.
fn carry_over(id: &str, value: &str) {
    let Some(input) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    if !value.is_empty() && input.value() != value {
        input.set_value(value);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&event);
        }
    }
    let _ = input.focus();
}
