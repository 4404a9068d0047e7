use leptos::prelude::*;

/// Shown by the reader's bundle at the advisor's and plans' addresses: the
/// page loads again from the server, which answers with the whole app.
#[component]
pub fn LoadWholeApp() -> impl IntoView {
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
            <p class="loading">"De adviseur wordt geladen…"</p>
        </div>
    }
}
