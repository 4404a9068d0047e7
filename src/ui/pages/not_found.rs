use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::ui::title::use_title;
use crate::ui::routes::{href, Place};

/// Shown for every path the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    use_title(|| "Pagina niet gevonden".to_owned());
    let location = use_location();
    // Rendered at build time (hosts send it as 404.html for every address
    // that does not exist), the page cannot know the address; the browser
    // shows it once the app takes over.
    let address = move || cfg!(target_arch = "wasm32").then(|| location.pathname.get());
    view! {
        <div class="page">
            <h1>"Pagina niet gevonden"</h1>
            <p>
                {move || match address() {
                    Some(address) => view! { "Het adres " <code class="address">{address}</code> " bestaat niet (meer)." }.into_any(),
                    None => view! { "Deze pagina bestaat niet (meer)." }.into_any(),
                }}
                " Misschien is er een tikfout gemaakt, of is de pagina verplaatst."
            </p>
            <p>"Wat u kunt doen:"</p>
            <ul>
                <li><A href=href(&Place::Home)>"Ga naar de startpagina"</A></li>
                <li><A href=href(&Place::DossierIndex)>"Bekijk de inhoudsopgave van het dossier"</A></li>
                <li><A href=href(&Place::search(""))>"Zoek in het dossier en de interventies"</A></li>
            </ul>
        </div>
    }
}
