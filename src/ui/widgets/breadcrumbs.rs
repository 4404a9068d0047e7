//! The trail above a page: where it stands in the site.

use leptos::prelude::*;
use leptos_router::components::{ToHref, A};

/// The breadcrumb trail; its children are `Crumb`s.
#[component]
pub fn Breadcrumbs(children: Children) -> impl IntoView {
    view! {
        <nav class="breadcrumbs no-print" aria-label="Kruimelpad">
            <ol>{children()}</ol>
        </nav>
    }
}

/// One step of the trail.
#[component]
pub fn Crumb<H>(
    /// Where the step leads.
    href: H,
    children: Children,
) -> impl IntoView
where
    H: ToHref + Send + Sync + 'static,
{
    view! { <li><A href=href>{children()}</A></li> }
}
