//! `/interventies/<id>`: one intervention or programme.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::render;
use crate::content;
use crate::domain::catalogue::{related, Filter};
use crate::domain::dossier::Block;
use crate::ui::dossier::render::{dossier_href, fragment};
use crate::ui::pages::NotFound;
use crate::ui::title::use_title;
use crate::ui::routes::{href, Place};
use crate::ui::widgets::{Breadcrumbs, Crumb};

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

/// The trail above a record: Home › Interventies.
#[component]
fn Crumbs() -> impl IntoView {
    view! {
        <Breadcrumbs>
            <Crumb href=href(&Place::Home)>"Home"</Crumb>
            <Crumb href=href(&Place::Catalogue(Filter::default()))>"Interventies"</Crumb>
        </Breadcrumbs>
    }
}
