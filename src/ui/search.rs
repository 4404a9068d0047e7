//! `/zoeken`: search across the dossier and the records, results as you
//! type, the query in the URL. `/` on any page jumps here.

use std::fmt::Write;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::content;
use crate::domain::search::{DocKind, Results, Segment};
use crate::ui::dossier::render::escape;
use crate::ui::focus::{focus, focus_id};
use crate::ui::title::use_title;
use crate::domain::catalogue::Filter;
use crate::ui::routes::{href, Place};

/// How many results a query shows.
pub const RESULT_LIMIT: usize = 30;

/// Results show from this many characters on (one letter matches nearly
/// every word, which helps nobody and costs the most).
pub const MIN_QUERY_CHARS: usize = 2;

fn long_enough(text: &str) -> bool {
    text.trim().chars().count() >= MIN_QUERY_CHARS
}

/// How long typing pauses before the results follow.
const SETTLE_DELAY: std::time::Duration = std::time::Duration::from_millis(60);

/// The id of the search field, which the `/` shortcut focuses.
pub const SEARCH_INPUT_ID: &str = "zoekterm";

fn segments_html(out: &mut String, segments: &[Segment]) {
    for segment in segments {
        if segment.hit {
            let _ = write!(out, "<mark>{}</mark>", escape(&segment.text));
        } else {
            out.push_str(&escape(&segment.text));
        }
    }
}

/// The results list, or what to do when there are none.
pub fn results_html(results: &Results<'_>) -> String {
    let mut out = String::new();
    if results.hits.is_empty() {
        // The status line above already says there are no results.
        out.push_str(r#"<div class="empty-state">"#);
        let suggestions: Vec<&String> = results.suggestions.iter().flat_map(|(_, close)| close).collect();
        if !suggestions.is_empty() {
            out.push_str("<p>Bedoelde u: ");
            for (index, word) in suggestions.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, r#"<a href="{}">{}</a>"#, escape(&href(&Place::Search(word.to_string()))), escape(word));
            }
            out.push_str("?</p>");
        }
        let _ = write!(
            out,
            "<p>Wat u kunt proberen:</p><ul><li>Controleer de spelling.</li><li>Gebruik minder woorden: elk woord moet voorkomen.</li>\
             <li>Gebruik een algemener woord, bijvoorbeeld “school” in plaats van “brugklas”.</li>\
             <li>Kijk in de <a href=\"{}\">inhoudsopgave van het dossier</a> of bij de <a href=\"{}\">interventies</a>.</li></ul></div>",
            href(&Place::DossierIndex),
            href(&Place::Catalogue(Filter::default())),
        );
        return out;
    }
    out.push_str(r#"<ol class="search-results">"#);
    for hit in &results.hits {
        let kind = match hit.document.kind {
            DocKind::Dossier => "Dossier",
            DocKind::Intervention => "Interventie",
            DocKind::Programme => "Programma of hulpmiddel",
        };
        let _ = write!(out, r#"<li class="search-result"><a class="search-result__link" href="{}">"#, escape(&href(&hit.document.place)));
        segments_html(&mut out, &hit.title);
        let _ = write!(out, r#"</a><p class="search-result__context">{kind}"#);
        if !hit.document.context.is_empty() && hit.document.kind == DocKind::Dossier {
            let _ = write!(out, " · {}", escape(&hit.document.context));
        }
        out.push_str(r#"</p><p class="search-result__snippet">"#);
        segments_html(&mut out, &hit.snippet);
        out.push_str("</p></li>");
    }
    out.push_str("</ol>");
    out
}

/// Arrow keys move between the search field and the result links; Escape
/// goes back to the field. Enter follows the focused link (native).
fn move_between_results(event: web_sys::KeyboardEvent) {
    let key = event.key();
    if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Escape") {
        return;
    }
    let document = document();
    let Ok(links) = document.query_selector_all(".search-result__link") else { return };
    let links: Vec<web_sys::Element> = (0..links.length()).filter_map(|i| links.item(i)?.dyn_into().ok()).collect();
    let active = document.active_element();
    let current = links.iter().position(|l| Some(l) == active.as_ref());
    let input = document.get_element_by_id(SEARCH_INPUT_ID);
    let target = match (key.as_str(), current) {
        ("Escape", _) => input,
        ("ArrowDown", None) => links.first().cloned(),
        ("ArrowDown", Some(i)) => links.get(i + 1).cloned().or_else(|| links.get(i).cloned()),
        ("ArrowUp", Some(0)) => input,
        ("ArrowUp", Some(i)) => links.get(i - 1).cloned(),
        _ => return,
    };
    event.prevent_default();
    focus(target);
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let text = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    use_title(move || {
        let text = text.get();
        if text.trim().is_empty() { "Zoeken".to_owned() } else { format!("Zoeken: {}", text.trim()) }
    });
    // Build the index, and run one query through the whole path, while the
    // user reads the page: the browser compiles wasm code on first use, which
    // would otherwise make the first keystroke slow. (In the browser only.)
    if cfg!(target_arch = "wasm32") {
        set_timeout(|| { results_html(&content::search_index().search("preventie", 1)); }, std::time::Duration::ZERO);
    }
    let navigate = use_navigate();
    let on_input = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        navigate(&href(&Place::Search(value)), NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() });
    };
    // Results follow the typed text once typing pauses, in a task of their
    // own: the keystroke itself stays quick, and fast typists skip the
    // queries they type through.
    // The pending timer is cleared when the page goes, so it never reads or
    // writes this page's signals after they are disposed.
    let settled = RwSignal::new(text.get_untracked());
    let mut settle = debounce(SETTLE_DELAY, move |typed: String| settled.set(typed));
    Effect::new(move |_| settle(text.get()));
    let results = Memo::new(move |_| {
        let text = settled.get();
        if !long_enough(&text) {
            return (0, String::new());
        }
        let results = content::search_index().search(&text, RESULT_LIMIT);
        let count = results.hits.len();
        (count, results_html(&results))
    });
    let status = move || {
        let text = settled.get();
        if text.trim().is_empty() {
            return String::new();
        }
        if !long_enough(&text) {
            return "Typ minstens twee letters.".to_owned();
        }
        match results.read().0 {
            0 => format!("Geen resultaten voor “{}”.", text.trim()),
            1 => format!("1 resultaat voor “{}”.", text.trim()),
            n if n >= RESULT_LIMIT => format!("De {n} beste resultaten voor “{}”.", text.trim()),
            n => format!("{n} resultaten voor “{}”.", text.trim()),
        }
    };
    view! {
        <div class="page search-page" on:keydown=move |event| move_between_results(event)>
            <h1>"Zoeken"</h1>
            <form role="search" class="search-form" on:submit=|event| event.prevent_default()>
                <label for=SEARCH_INPUT_ID>"Zoek in het dossier en de interventies"</label>
                <p class="hint" id="zoekterm-hint">
                    "De resultaten verschijnen terwijl u typt. Met de pijltjestoetsen gaat u door de resultaten. Tip: druk op "
                    <kbd>"/"</kbd> " op elke pagina om hier te komen."
                </p>
                <input
                    id=SEARCH_INPUT_ID
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="zoekterm-hint"
                    prop:value=move || text.get()
                    on:input=on_input
                />
            </form>
            <p class="result-count" role="status">{status}</p>
            <Show when=move || long_enough(&settled.read())>
                <div inner_html=move || results.read().1.clone()></div>
            </Show>
        </div>
    }
}

/// The `/` shortcut: from anywhere but a text field, go to the search page
/// and put the cursor in its field.
pub fn install_search_shortcut() {
    let navigate = use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || t.is_content_editable());
        if typing {
            return;
        }
        event.prevent_default();
        let search = href(&Place::Search(String::new()));
        if window().location().pathname().ok().as_deref() != Some(search.as_str()) {
            navigate(&search, NavigateOptions::default());
        }
        // After the navigation has rendered and moved focus to the heading.
        request_animation_frame(|| request_animation_frame(|| focus_id(SEARCH_INPUT_ID)));
    });
    on_cleanup(move || handle.remove());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_link_to_their_place_with_highlights() {
        let results = content::search_index().search("afstandscriterium", 5);
        let html = results_html(&results);
        assert!(html.contains(r#"<a class="search-result__link" href="/dossier/4-4-1-universele-preventie">4.4.1 Universele preventie</a>"#));
        assert!(html.contains("<mark>afstandscriterium</mark>"));
        assert!(html.contains("Dossier · 4 Drugspreventie"));
    }

    #[test]
    fn no_results_say_so_and_suggest() {
        let results = content::search_index().search("cocaiene", 5);
        let html = results_html(&results);
        assert!(html.contains("Controleer de spelling"));
        assert!(html.contains(r#"<a href="/zoeken?q=coca%C3%AFne">cocaïne</a>"#), "{html}");
    }

    #[test]
    fn text_in_results_is_escaped() {
        let html = results_html(&content::search_index().search("open alert", 5));
        assert!(html.contains("<mark>Open</mark> &amp; <mark>Alert</mark>"), "{html}");
        let html = results_html(&content::search_index().search("<img src=x onerror=alert(1)>", 5));
        assert!(!html.contains("<img"), "{html}");
    }
}
