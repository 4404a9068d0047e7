//! The catalogue's results: the count, the cards, or what to do when
//! nothing matches.

use leptos::prelude::*;
use leptos_router::components::A;

use super::render;
use crate::content;
use crate::domain::catalogue::Filter;
use crate::ui::routes::{href, Place};

/// The records that pass the filter, interventions first.
#[component]
pub fn Results(
    /// The filter as the URL holds it.
    filter: Memo<Filter>,
) -> impl IntoView {
    let interventions = Memo::new(move |_| {
        let filter = filter.get();
        content::interventions().iter().filter(|i| filter.matches(i)).collect::<Vec<_>>()
    });
    let programmes = Memo::new(move |_| {
        let filter = filter.get();
        content::programmes().iter().filter(|p| filter.matches_programme(p)).collect::<Vec<_>>()
    });
    let count = move || {
        let (i, p) = (interventions.read().len(), programmes.read().len());
        let total = content::interventions().len();
        let programmes = match p {
            0 => String::new(),
            1 => " en 1 programma of hulpmiddel".to_owned(),
            p => format!(" en {p} programma’s en hulpmiddelen"),
        };
        match i + p {
            0 => "Geen resultaten met deze filters.".to_owned(),
            _ if filter.read().is_empty() => format!("Alle {total} interventies{programmes}."),
            _ => format!("{i} van de {total} interventies{programmes}."),
        }
    };
    let intervention_list = move || {
        let mut html = String::new();
        interventions.read().iter().for_each(|i| render::intervention_card(&mut html, i));
        html
    };
    let programme_list = move || {
        let mut html = String::new();
        programmes.read().iter().for_each(|p| render::programme_card(&mut html, p));
        html
    };
    view! {
        <div class="catalogue__results">
            <p class="result-count" role="status">{count}</p>
            <Show when=move || interventions.read().is_empty() && programmes.read().is_empty()>
                <div class="empty-state">
                    <p>"Er is niets dat aan al deze filters voldoet. Wat u kunt doen:"</p>
                    <ul>
                        <li>"Zet een filter uit: binnen een groep telt elke keuze, tussen groepen moeten alle keuzes kloppen."</li>
                        <li>"Kies een andere leeftijd, of alle leeftijden."</li>
                        <li><A href=href(&Place::Catalogue(Filter::default()))>"Wis alle filters"</A></li>
                        <li><A href=href(&Place::search(""))>"Zoek in de hele tekst van het dossier"</A></li>
                    </ul>
                </div>
            </Show>
            <Show when=move || !interventions.read().is_empty()>
                <h2>"Interventies uit de tabellen"</h2>
                <ul class="result-list" inner_html=intervention_list></ul>
            </Show>
            <Show when=move || !programmes.read().is_empty()>
                <h2>"Programma’s en hulpmiddelen"</h2>
                <ul class="result-list" inner_html=programme_list></ul>
            </Show>
        </div>
    }
}
