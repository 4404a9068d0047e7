//! Printing shows everything: folded `<details>` open for the print and
//! close again afterwards (CSS cannot open them in every browser).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Marks the folds this module opened, to close just those after printing.
const OPENED: &str = "data-opened-for-print";

pub fn open_folds_when_printing() {
    let before = window_event_listener_untyped("beforeprint", |_| {
        for fold in folds("details:not([open])") {
            fold.set_open(true);
            let _ = fold.set_attribute(OPENED, "");
        }
    });
    let after = window_event_listener_untyped("afterprint", |_| {
        for fold in folds(&format!("details[{OPENED}]")) {
            fold.set_open(false);
            let _ = fold.remove_attribute(OPENED);
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

fn folds(selector: &str) -> Vec<web_sys::HtmlDetailsElement> {
    let Ok(list) = document().query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into().ok()).collect()
}
