//! Links that open a new window, and say so to screen reader users.

use leptos::prelude::*;

/// Said (visually hidden) by every link that opens a new window.
const NEW_WINDOW_NOTE: &str = " (opent in een nieuw venster)";

/// Said (visually hidden) by every link to another website.
pub const EXTERNAL_NOTE: &str = " (externe website, opent in een nieuw venster)";

/// A link to another website: opens in a new window, safely, and says so.
#[component]
pub fn ExternalLink(
    /// The web address.
    href: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <a class="external" href=href target="_blank" rel="noopener noreferrer">
            {children()}
            <span class="visually-hidden">{EXTERNAL_NOTE}</span>
        </a>
    }
}

/// A link to a page of this app that opens in a new window, so the user
/// keeps their place (a questionnaire step, the plan being edited).
#[component]
pub fn NewWindowLink(
    /// The page's address.
    href: String,
    children: Children,
) -> impl IntoView {
    view! {
        <a href=href target="_blank" rel="noopener">
            {children()}
            <span class="visually-hidden">{NEW_WINDOW_NOTE}</span>
        </a>
    }
}
