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
use crate::ui::routes::{href, search_kind, Place, SEARCH_KIND};

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

/// The kinds of results, with the label of their filter and of one result.
const KINDS: [(DocKind, &str, &str); 3] = [
    (DocKind::Dossier, "Dossier", "Dossier"),
    (DocKind::Intervention, "Interventies", "Interventie"),
    (DocKind::Programme, "Programma’s en hulpmiddelen", "Programma of hulpmiddel"),
];

/// (the filter's label, one result's label) of a kind.
fn kind_labels(kind: DocKind) -> (&'static str, &'static str) {
    KINDS.iter().find(|(k, _, _)| *k == kind).map_or(("", ""), |(_, many, one)| (*many, *one))
}

fn link(out: &mut String, place: &Place, text: &str) {
    let _ = write!(out, r#"<a href="{}">{}</a>"#, escape(&href(place)), escape(text));
}

/// What else the query searched: the dossier's synonyms and corrected words.
fn notes_html(out: &mut String, results: &Results<'_>, kind: Option<DocKind>) {
    if let Some(correction) = &results.correction {
        out.push_str(r#"<p class="search-note">Bedoelde u: "#);
        link(out, &Place::Search { text: correction.clone(), kind }, correction);
        out.push_str("? De resultaten hieronder bevatten dat woord ook.</p>");
    }
    if !results.also_searched.is_empty() {
        let _ = write!(out, r#"<p class="search-note">Ook gezocht op: {}.</p>"#, escape(&results.also_searched.join(", ")));
    }
}

/// The filter per kind of result, each with its count.
fn kinds_html(out: &mut String, text: &str, results: &Results<'_>, kind: Option<DocKind>) {
    out.push_str(r#"<nav class="search-kinds" aria-label="Soort resultaat"><ul>"#);
    let all = std::iter::once((None, "Alles"));
    for (option, label) in all.chain(KINDS.iter().map(|(k, label, _)| (Some(*k), *label))) {
        let place = Place::Search { text: text.to_owned(), kind: option };
        let current = if option == kind { r#" aria-current="true""# } else { "" };
        let _ = write!(
            out,
            r#"<li><a href="{}"{current}>{} <span class="search-kinds__count">({})</span></a></li>"#,
            escape(&href(&place)),
            escape(label),
            results.count(option)
        );
    }
    out.push_str("</ul></nav>");
}

/// Where to go when nothing matched.
fn empty_html(out: &mut String) {
    out.push_str(r#"<div class="empty-state"><p>Wat u kunt proberen:</p><ul><li>Controleer de spelling.</li><li>Zoek bijvoorbeeld op "#);
    for (index, suggestion) in content::search_index().suggestions().iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        link(out, &Place::search(suggestion.as_str()), suggestion);
    }
    out.push_str(".</li>");
    out.push_str("<li>Gebruik een ander of algemener woord, bijvoorbeeld “school” in plaats van “brugklas”.</li><li>Kijk in de ");
    link(out, &Place::DossierIndex, "inhoudsopgave van het dossier");
    out.push_str(" of bij de ");
    link(out, &Place::Catalogue(Filter::default()), "interventies");
    out.push_str(".</li></ul></div>");
}

/// The results of `kind` (all when `None`): notes on what was searched,
/// the filter per kind, the list, or what to do when there are none.
pub fn results_html(text: &str, results: &Results<'_>, kind: Option<DocKind>) -> String {
    let mut out = String::new();
    notes_html(&mut out, results, kind);
    if results.count(None) == 0 {
        empty_html(&mut out);
        return out;
    }
    kinds_html(&mut out, text, results, kind);
    if results.hits.is_empty() {
        // The status line says there are none of this kind; the filter shows where they are.
        return out;
    }
    out.push_str(r#"<ol class="search-results">"#);
    for hit in &results.hits {
        let label = kind_labels(hit.document.kind).1;
        let _ = write!(out, r#"<li class="search-result"><a class="search-result__link" href="{}">"#, escape(&href(&hit.document.place)));
        segments_html(&mut out, &hit.title);
        let _ = write!(out, r#"</a><p class="search-result__context">{label}"#);
        if !hit.document.context.is_empty() && hit.document.kind == DocKind::Dossier {
            let _ = write!(out, " · {}", escape(&hit.document.context));
        }
        out.push_str(r#"</p><p class="search-result__snippet">"#);
        segments_html(&mut out, &hit.snippet);
        out.push_str("</p>");
        if !hit.also.is_empty() {
            out.push_str(r#"<p class="search-result__also">Ook hier: "#);
            for (index, document) in hit.also.iter().enumerate() {
                if index > 0 {
                    out.push_str(" · ");
                }
                link(&mut out, &document.place, &document.title);
            }
            out.push_str("</p>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    out
}

/// The status line: how many results of the kind shown.
fn status_text(text: &str, results: &Results<'_>, kind: Option<DocKind>) -> String {
    let text = text.trim();
    let count = results.count(kind);
    let among = match kind {
        None => String::new(),
        Some(kind) => format!(" bij {}", kind_labels(kind).0.to_lowercase()),
    };
    match count {
        0 => format!("Geen resultaten{among} voor “{text}”."),
        1 => format!("1 resultaat{among} voor “{text}”."),
        n if n > RESULT_LIMIT => format!("{n} resultaten{among} voor “{text}”; de {RESULT_LIMIT} beste staan hieronder."),
        n => format!("{n} resultaten{among} voor “{text}”."),
    }
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
    let kind = Memo::new(move |_| query.read().get(SEARCH_KIND).and_then(|slug| search_kind(&slug)));
    use_title(move || {
        let text = text.get();
        if text.trim().is_empty() { "Zoeken".to_owned() } else { format!("Zoeken: {}", text.trim()) }
    });
    // Build the index, and run one query through the whole path, while the
    // user reads the page: the browser compiles wasm code on first use, which
    // would otherwise make the first keystroke slow. (In the browser only.)
    if cfg!(target_arch = "wasm32") {
        set_timeout(|| { results_html("preventie", &content::search_index().search("preventie", 1), None); }, std::time::Duration::ZERO);
    }
    let navigate = use_navigate();
    let on_input = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let place = Place::Search { text: value, kind: kind.get_untracked() };
        navigate(&href(&place), NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() });
    };
    // Results follow the typed text once typing pauses, in a task of their
    // own: the keystroke itself stays quick, and fast typists skip the
    // queries they type through.
    // The pending timer is cleared when the page goes, so it never reads or
    // writes this page's signals after they are disposed.
    let settled = RwSignal::new(text.get_untracked());
    let mut settle = debounce(SETTLE_DELAY, move |typed: String| settled.set(typed));
    Effect::new(move |_| settle(text.get()));
    // (status line, results) of the settled text.
    let results = Memo::new(move |_| {
        let text = settled.get();
        if text.trim().is_empty() {
            return (String::new(), String::new());
        }
        if !long_enough(&text) {
            return ("Typ minstens twee letters.".to_owned(), String::new());
        }
        let kind = kind.get();
        let results = content::search_index().search_kind(&text, kind, RESULT_LIMIT);
        (status_text(&text, &results, kind), results_html(&text, &results, kind))
    });
    let status = move || results.read().0.clone();
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
        let search = href(&Place::search(""));
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

    fn html(text: &str, kind: Option<DocKind>) -> String {
        results_html(text, &content::search_index().search_kind(text, kind, 5), kind)
    }

    #[test]
    fn results_link_to_their_place_with_highlights() {
        let html = html("afstandscriterium", None);
        assert!(html.contains(r#"<a class="search-result__link" href="/dossier/4-4-1-universele-preventie">4.4.1 Universele preventie</a>"#));
        assert!(html.contains("<mark>afstandscriterium</mark>"));
        assert!(html.contains("Dossier · 4 Drugspreventie"));
    }

    #[test]
    fn each_kind_has_a_filter_with_its_count() {
        let all = html("festival", None);
        assert!(all.contains(r#"<a href="/zoeken?q=festival" aria-current="true">Alles"#), "{all}");
        assert!(all.contains(r#"<a href="/zoeken?q=festival&amp;soort=interventies">Interventies <span class="search-kinds__count">("#), "{all}");
        let records = html("festival", Some(DocKind::Intervention));
        assert!(records.contains(r#"soort=interventies" aria-current="true""#));
        assert!(records.contains("/interventies/festival-onliners"));
        assert!(!records.contains(r#"href="/dossier/"#), "only interventions listed");
        let results = content::search_index().search_kind("festival", Some(DocKind::Intervention), 5);
        let count = results.count(Some(DocKind::Intervention));
        assert!(count > 1 && results.count(None) > count);
        assert_eq!(status_text("festival", &results, Some(DocKind::Intervention)), format!("{count} resultaten bij interventies voor “festival”."));
    }

    #[test]
    fn misspelt_words_are_corrected_and_said() {
        let html = html("cocaiene", None);
        assert!(html.contains(r#"Bedoelde u: <a href="/zoeken?q=coca%C3%AFne">cocaïne</a>?"#), "{html}");
        assert!(html.contains("<mark>cocaïne</mark>"), "the corrected word's results follow");
    }

    #[test]
    fn no_results_lead_somewhere() {
        let html = html("xyzzyq", None);
        assert!(html.contains("Controleer de spelling"));
        assert!(html.contains(r#"Zoek bijvoorbeeld op <a href="/zoeken?q=cannabis">cannabis</a>, "#), "{html}");
        assert!(html.contains(r#"<a href="/dossier">inhoudsopgave van het dossier</a>"#), "{html}");
        assert!(html.contains(r#"<a href="/interventies">interventies</a>"#), "{html}");
        let results = content::search_index().search("xyzzyq", 5);
        assert_eq!(status_text("xyzzyq", &results, None), "Geen resultaten voor “xyzzyq”.");
    }

    #[test]
    fn text_in_results_is_escaped() {
        let html_text = html("open alert", None);
        assert!(html_text.contains("<mark>Open</mark> &amp; <mark>Alert</mark>"), "{html_text}");
        let html_text = html("<img src=x onerror=alert(1)>", None);
        assert!(!html_text.contains("<img"), "{html_text}");
    }
}
