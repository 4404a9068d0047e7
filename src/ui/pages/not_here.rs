use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::NotFound;
use crate::ui::routes::{bundle_of, Bundle};

/// An address the bundle `own` has no page for: another bundle's page,
/// which loads that bundle, or no page at all.
#[component]
pub fn NotHere(own: Bundle) -> impl IntoView {
    let location = use_location();
    move || {
        if bundle_of(&location.pathname.get()) == own {
            view! { <NotFound /> }.into_any()
        } else {
            view! { <LoadPageAgain /> }.into_any()
        }
    }
}

/// Shown at another bundle's address: the page loads again from the
/// server, and `public/start.js` starts the bundle it needs.
#[component]
fn LoadPageAgain() -> impl IntoView {
    // After the router has put the new address in the history (it does so
    // once this view is built), so Back returns to the page the user left.
    set_timeout(|| {
        let location = window().location();
        if let Ok(address) = location.href() {
            let _ = location.replace(&address);
        }
    }, std::time::Duration::ZERO);
    view! {
        <div class="page">
            <p class="loading">"De pagina wordt geladen…"</p>
        </div>
    }
}
