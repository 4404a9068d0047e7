//! The catalogue's filters: a form whose every change goes to the URL query.

use leptos::prelude::*;
use leptos_router::components::A;

use super::FilterChange;
use crate::content;
use crate::domain::catalogue::{Filter, Level, Recognition, Setting, FILTER_AGES};
use crate::ui::routes::{href, Place};
use crate::ui::widgets::CheckboxGroup;

/// The filter form: text, setting, level, recognition and age.
#[component]
pub fn Filters(
    /// The filter as the URL holds it.
    filter: Memo<Filter>,
    /// Applies a change (by navigating to the new query).
    update: Callback<FilterChange>,
) -> impl IntoView {
    let setting_options = Setting::ALL.map(|s| (s.id().to_owned(), s.label(content::dossier()).to_owned())).to_vec();
    let level_options = Level::ALL.map(|l| (l.code().to_owned(), format!("{} ({})", l.label(), l.code()))).to_vec();
    let recognition_options = Recognition::ALL.map(|r| (r.id().to_owned(), r.label().to_owned())).to_vec();
    view! {
        <form class="filters" aria-labelledby="filters-titel" on:submit=|event| event.prevent_default()>
            <h2 id="filters-titel" class="filters__title">"Filters"</h2>
            <div class="field">
                <label for="filter-tekst">"Zoek in naam en beschrijving"</label>
                <input
                    id="filter-tekst"
                    type="search"
                    autocomplete="off"
                    prop:value=move || filter.read().text.clone()
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        update.run(Box::new(move |f| f.text = text));
                    }
                />
            </div>
            <CheckboxGroup
                legend="Setting"
                id_prefix="filter-setting"
                options=setting_options
                selected=Signal::derive(move || filter.read().settings.iter().map(|s| s.id().to_owned()).collect())
                on_toggle=Callback::new(move |id: String| update.run(Box::new(move |f| {
                    if let Some(setting) = Setting::from_id(&id) { Filter::toggle(&mut f.settings, setting) }
                })))
            />
            <CheckboxGroup
                legend="Niveau van preventie"
                id_prefix="filter-niveau"
                options=level_options
                selected=Signal::derive(move || filter.read().levels.iter().map(|l| l.code().to_owned()).collect())
                on_toggle=Callback::new(move |code: String| update.run(Box::new(move |f| {
                    if let Some(level) = Level::from_code(&code) { Filter::toggle(&mut f.levels, level) }
                })))
            />
            <CheckboxGroup
                legend="Erkenning"
                id_prefix="filter-erkenning"
                options=recognition_options
                selected=Signal::derive(move || filter.read().recognitions.iter().map(|r| r.id().to_owned()).collect())
                on_toggle=Callback::new(move |id: String| update.run(Box::new(move |f| {
                    if let Some(recognition) = Recognition::from_id(&id) { Filter::toggle(&mut f.recognitions, recognition) }
                })))
            />
            <div class="field">
                <label for="filter-leeftijd">"Leeftijd van de doelgroep"</label>
                <p class="hint" id="filter-leeftijd-hint">"Interventies waarvoor het dossier geen leeftijd noemt, blijven zichtbaar."</p>
                <select
                    id="filter-leeftijd"
                    aria-describedby="filter-leeftijd-hint"
                    prop:value=move || filter.read().age.map(|a| a.to_string()).unwrap_or_default()
                    on:change=move |event| {
                        let age = event_target_value(&event).parse().ok();
                        update.run(Box::new(move |f| f.age = age));
                    }
                >
                    <option value="">"Alle leeftijden"</option>
                    {FILTER_AGES.map(|age| view! { <option value=age.to_string()>{format!("{age} jaar")}</option> }).collect_view()}
                </select>
            </div>
            <Show when=move || !filter.read().is_empty()>
                <p><A href=href(&Place::Catalogue(Filter::default())) attr:class="button button--secondary">"Wis alle filters"</A></p>
            </Show>
        </form>
    }
}
