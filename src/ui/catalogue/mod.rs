//! The interventions catalogue (`/interventies`, filters in the URL query)
//! and one page per intervention or programme (`/interventies/<id>`).

pub mod render;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::content;
use crate::domain::catalogue::{related, Filter, Level, Recognition, Setting, FILTER_AGES};
use crate::domain::dossier::Block;
use crate::ui::dossier::render::{dossier_href, fragment};
use crate::ui::pages::NotFound;
use crate::ui::title::use_title;
use crate::ui::routes::{href, Place};

/// `/interventies`: every intervention and programme, filtered by the URL query.
#[component]
pub fn Catalogue() -> impl IntoView {
    use_title(|| "Interventies".to_owned());
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        Filter::from_query(|key| query.get_all(key).unwrap_or_default())
    });
    let navigate = use_navigate();
    let update = Callback::new(move |change: Box<dyn FnOnce(&mut Filter)>| {
        let mut next = filter.get_untracked();
        change(&mut next);
        let options = NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() };
        navigate(&href(&Place::Catalogue(next.to_query())), options);
    });

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
    let setting_options = Setting::ALL.map(|s| (s.id().to_owned(), s.label(content::dossier()).to_owned())).to_vec();
    let level_options = Level::ALL.map(|l| (l.code().to_owned(), format!("{} ({})", l.label(), l.code()))).to_vec();
    let recognition_options = Recognition::ALL.map(|r| (r.id().to_owned(), r.label().to_owned())).to_vec();

    view! {
        <div class="page catalogue">
            <h1>"Interventies"</h1>
            <p class="lead">
                "Alle interventies uit de tabellen van het dossier (Tabel 2 tot en met 7), en de programma’s en hulpmiddelen die het dossier noemt. "
                "De lijst past zich direct aan uw keuzes aan. De filters staan in het webadres: u kunt de lijst delen of bewaren."
            </p>
            <div class="catalogue__layout">
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
                        name="setting"
                        options=setting_options
                        selected=Signal::derive(move || filter.read().settings.iter().map(|s| s.id().to_owned()).collect())
                        on_toggle=Callback::new(move |id: String| update.run(Box::new(move |f| {
                            if let Some(setting) = Setting::from_id(&id) { Filter::toggle(&mut f.settings, setting) }
                        })))
                    />
                    <CheckboxGroup
                        legend="Niveau van preventie"
                        name="niveau"
                        options=level_options
                        selected=Signal::derive(move || filter.read().levels.iter().map(|l| l.code().to_owned()).collect())
                        on_toggle=Callback::new(move |code: String| update.run(Box::new(move |f| {
                            if let Some(level) = Level::from_code(&code) { Filter::toggle(&mut f.levels, level) }
                        })))
                    />
                    <CheckboxGroup
                        legend="Erkenning"
                        name="erkenning"
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
                        <p><A href=href(&Place::Catalogue(String::new())) attr:class="button button--secondary">"Wis alle filters"</A></p>
                    </Show>
                </form>
                <div class="catalogue__results">
                    <p class="result-count" role="status">{count}</p>
                    <Show when=move || interventions.read().is_empty() && programmes.read().is_empty()>
                        <div class="empty-state">
                            <p>"Er is niets dat aan al deze filters voldoet. Wat u kunt doen:"</p>
                            <ul>
                                <li>"Zet een filter uit: binnen een groep telt elke keuze, tussen groepen moeten alle keuzes kloppen."</li>
                                <li>"Kies een andere leeftijd, of alle leeftijden."</li>
                                <li><A href=href(&Place::Catalogue(String::new()))>"Wis alle filters"</A></li>
                                <li><A href=href(&Place::Search(String::new()))>"Zoek in de hele tekst van het dossier"</A></li>
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
            </div>
        </div>
    }
}

/// A fieldset of checkboxes for one filter group.
#[component]
fn CheckboxGroup(
    /// The group's legend.
    legend: &'static str,
    /// Prefix of the checkboxes' ids.
    name: &'static str,
    /// (value, label) per checkbox.
    options: Vec<(String, String)>,
    /// The values currently checked.
    selected: Signal<Vec<String>>,
    /// Called with a value when its checkbox changes.
    on_toggle: Callback<String>,
) -> impl IntoView {
    let boxes = options
        .into_iter()
        .map(|(value, label)| {
            let id = format!("filter-{name}-{value}");
            let checked_value = value.clone();
            view! {
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || selected.read().contains(&checked_value)
                        on:change=move |_| on_toggle.run(value.clone())
                    />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="checkboxes">
            <legend>{legend}</legend>
            {boxes}
        </fieldset>
    }
}

/// `/interventies/<id>`: an intervention or a programme.
#[component]
pub fn RecordPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    use_title(move || {
        let id = id.get();
        content::intervention(&id)
            .map(|i| format!("{} - Interventies", i.name))
            .or_else(|| content::programme(&id).map(|p| format!("{} - Interventies", p.name)))
            .unwrap_or_else(|| "Pagina niet gevonden".to_owned())
    });
    move || {
        let id = id.get();
        if let Some(intervention) = content::intervention(&id) {
            let what_works = intervention.settings.iter().map(|setting| {
                let blocks: Vec<&Block> = setting.what_works(content::dossier());
                let html = fragment(blocks, "5-effectieve-drugspreventie", 3);
                let href = dossier_href(&setting.what_works_id());
                view! {
                    <section class="what-works">
                        <h3>{setting.label(content::dossier())}</h3>
                        <div inner_html=html></div>
                        <p><a href=href>"Lees verder in het dossier"</a></p>
                    </section>
                }
            }).collect_view();
            let related = related(intervention, content::interventions(), 4);
            let related_view = (!related.is_empty()).then(|| {
                let items = related.into_iter().map(|r| view! {
                    <li><a href=href(&Place::Record(r.id.clone()))>{r.name.as_str()}</a> {format!(" ({})", r.level_codes())}</li>
                }).collect_view();
                view! {
                    <h2>"Verwante interventies"</h2>
                    <p class="hint">"Uit dezelfde setting en met hetzelfde niveau van preventie."</p>
                    <ul>{items}</ul>
                }
            });
            view! {
                <article class="page record prose-wide">
                    <Crumbs />
                    <p class="record__kind">{format!("Interventie uit Tabel {}", intervention.table)}</p>
                    <h1>{intervention.name.as_str()}</h1>
                    <div inner_html=render::intervention_facts(intervention)></div>
                    <h2>"Wat werkt in deze setting"</h2>
                    <p class="hint">"Wat het dossier zegt over effectieve preventie in de setting van deze interventie."</p>
                    {what_works}
                    {related_view}
                </article>
            }
            .into_any()
        } else if let Some(programme) = content::programme(&id) {
            view! {
                <article class="page record prose-wide">
                    <Crumbs />
                    <p class="record__kind">"Programma of hulpmiddel uit het dossier"</p>
                    <h1>{programme.name.as_str()}</h1>
                    <div inner_html=render::programme_facts(programme)></div>
                </article>
            }
            .into_any()
        } else {
            view! { <NotFound /> }.into_any()
        }
    }
}

#[component]
fn Crumbs() -> impl IntoView {
    view! {
        <nav class="breadcrumbs no-print" aria-label="Kruimelpad">
            <ol>
                <li><A href=href(&Place::Home)>"Home"</A></li>
                <li><A href=href(&Place::Catalogue(String::new()))>"Interventies"</A></li>
            </ol>
        </nav>
    }
}
