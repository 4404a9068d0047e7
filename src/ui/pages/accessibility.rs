use leptos::prelude::*;

use crate::ui::title::use_title;

/// The accessibility statement (toegankelijkheidsverklaring).
#[component]
pub fn Accessibility() -> impl IntoView {
    use_title(|| "Toegankelijkheid".to_owned());
    view! {
        <div class="page prose">
            <h1>"Toegankelijkheid"</h1>
            <p>
                "Deze tool moet voor iedereen bruikbaar zijn, ook met alleen een toetsenbord, met een "
                "schermlezer of met een vergroting van 200%. We houden ons aan de eisen van WCAG 2.1 op niveau AA."
            </p>
            <h2>"Hoe we dit controleren"</h2>
            <p>
                "Bij elke wijziging draaien automatische tests in een echte browser (Chromium). Zij controleren "
                "elke pagina met axe-core op de regels van WCAG 2.1 A en AA, en doorlopen de tool met alleen het toetsenbord."
            </p>
            <p>
                "Automatische tests vinden niet alle problemen. Loopt u ergens tegenaan? Laat het ons weten via "
                "Loket Gezond Leven."
            </p>
        </div>
    }
}
