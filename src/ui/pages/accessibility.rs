use leptos::prelude::*;

use crate::ui::title::use_title;
use crate::ui::widgets::ExternalLink;

/// The accessibility statement (toegankelijkheidsverklaring): what was
/// tested, how, and what was not. Static text, so it is plain HTML.
const STATEMENT: &str = r#"
<p class="lead">Deze tool moet voor iedereen bruikbaar zijn: met muis of toetsenbord, met een schermlezer, op een telefoon, en met de tekst 200% vergroot. De norm is WCAG 2.1 op niveau AA, de eis voor websites van de overheid (EN 301 549).</p>

<h2>Stand van zaken</h2>
<p>De tool is niet onderzocht door een onafhankelijke deskundige. Daarom geven we hier geen formele status volgens het model van DigiToegankelijk. Hieronder staat wat we zelf testen, hoe, en wat we (nog) niet hebben getest.</p>

<h2>Wat we bij elke wijziging automatisch testen</h2>
<ul>
<li><strong>De regels van WCAG 2.1 A en AA</strong> met axe-core (versie 4.13), in een echte browser (Chromium), op elke pagina: het dossier (elk hoofdstuk), de interventies en hun filters, zoeken met resultaten, elke vraag van de adviseur (ook met foutmeldingen en uitklapteksten), de controlepagina, het advies, Mijn plannen, het beleidsplan en de afdrukversie, de foutpagina, en de tool binnen een andere website. Steeds op 360 en op 1280 pixels breed.</li>
<li><strong>Alleen het toetsenbord</strong>: de hele vragenlijst tot en met het advies, zoeken met de pijltjestoetsen, de sneltoets <kbd>/</kbd>, de filters, Mijn plannen en het bewerken van het beleidsplan.</li>
<li><strong>Focus</strong>: na elke paginawissel staat de focus op de kop van de nieuwe pagina of op het gekozen onderdeel; bij een fout op het foutoverzicht, dat naar de velden linkt. De focus is altijd zichtbaar.</li>
<li><strong>Herschikken (reflow)</strong>: geen horizontaal scrollen op 320 pixels breed en bij 200% vergroting. Brede tabellen worden op smalle schermen blokken, met de kolomnaam bij elke waarde.</li>
<li><strong>Structuur</strong>: de taal is Nederlands, elke pagina heeft één kop van niveau 1, een eigen titel en herkenningspunten (kop, navigatie, inhoud, voet), en er is een link “Naar de inhoud”.</li>
</ul>

<h2>Wat we verder doen</h2>
<ul>
<li>Vragen volgen het patroon van één vraag per pagina, met “Stap X van N”, hulptekst, “(optioneel)” en foutmeldingen die aan het veld gekoppeld zijn. Niets wat u typte verdwijnt bij een fout.</li>
<li>Er zijn geen bewegende onderdelen; de voorkeur “minder beweging” van uw systeem wordt gevolgd.</li>
<li>Kleuren hebben voldoende contrast (gecontroleerd door axe-core), ook in de afdrukversie.</li>
<li>Links naar andere websites zeggen dat ze in een nieuw venster openen.</li>
<li>Teksten van de tool zelf schrijven we op taalniveau B1. De tekst van het dossier staat er zoals de auteurs hem schreven.</li>
</ul>

<h2>Wat we niet hebben getest</h2>
<ul>
<li>Automatische tests vinden niet alle problemen. Een deskundige toets (audit) is niet gedaan.</li>
<li>We hebben de tool niet getest met schermlezers zoals NVDA, JAWS, VoiceOver of TalkBack, en niet met spraakbesturing.</li>
<li>We testen in Chromium. Firefox en Safari zijn niet automatisch getest.</li>
<li>Een pdf die u maakt met “Afdrukken” is een afdruk van de pagina; of die pdf toegankelijk is, hangt af van uw browser. Het Word-bestand heeft echte koppen en opsommingen.</li>
</ul>
"#;

#[component]
pub fn Accessibility() -> impl IntoView {
    use_title(|| "Toegankelijkheid".to_owned());
    view! {
        <div class="page prose">
            <h1>"Toegankelijkheidsverklaring"</h1>
            <div inner_html=STATEMENT></div>
            <h2>"Loopt u ergens tegenaan?"</h2>
            <p>
                "Meld het via " <ExternalLink href="https://www.loketgezondleven.nl/">"Loket Gezond Leven"</ExternalLink>
                ". Vertel op welke pagina het was, wat u deed en welke hulpmiddelen u gebruikt."
            </p>
        </div>
    }
}
