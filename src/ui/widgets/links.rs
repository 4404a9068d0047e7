//! Links that leave the app.

use leptos::prelude::*;

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
            <span class="visually-hidden">" (externe website, opent in een nieuw venster)"</span>
        </a>
    }
}
