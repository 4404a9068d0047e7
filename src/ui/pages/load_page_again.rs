use leptos::prelude::*;

/// Shown at an address the other bundle serves (the reader's pages in the
/// whole app, the advisor and plans in the reader's): the page loads again
/// from the server, and `public/start.js` starts the bundle it needs.
#[component]
pub fn LoadPageAgain() -> impl IntoView {
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
