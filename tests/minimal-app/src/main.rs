//! Two pages and a link between them: the least a routed Leptos app is.

use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;

fn main() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <nav><A href="/">"Start"</A> <A href="/over">"Over"</A></nav>
            <main>
                <Routes fallback=|| "Niet gevonden">
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/over") view=|| view! { <h1>"Over"</h1> } />
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Home() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <h1>"Start"</h1>
        <button on:click=move |_| count.update(|n| *n += 1)>{count}</button>
    }
}
