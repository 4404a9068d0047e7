//! `/adviseur`: the advisor's start page.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{continue_step, total_minutes};
use crate::domain::draft::DraftData;
use crate::ui::drafts::{display_name, newest_first, progress_text, use_drafts};
use crate::ui::routes::{href, DraftPage, Place};
use crate::ui::title::use_title;

/// `/adviseur`: what the advisor does; start a plan or continue one.
#[component]
pub fn AdvisorStart() -> impl IntoView {
    use_title(|| "Adviseur".to_owned());
    let drafts = use_drafts();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let start = move |_| match drafts.create() {
        Ok(id) => {
            let first = continue_step(&DraftData::default());
            navigate(&href(&Place::Draft { id, page: DraftPage::Step { step: first.to_owned(), from_review: false } }), Default::default());
        }
        Err(problem) => error.set(Some(format!("Er kon geen nieuw plan worden gemaakt: {problem}"))),
    };
    let recent = move || {
        let mut list = newest_first(drafts.list());
        list.truncate(3);
        list
    };
    let minutes = total_minutes();
    view! {
        <div class="page prose-wide advisor-start">
            <h1>"Adviseur"</h1>
            <p class="lead">
                "Beantwoord vragen over uw gemeente. U krijgt advies dat past bij uw situatie: wat werkt, welke interventies passen, "
                "waar het dossier voor waarschuwt, wie u kunt betrekken en wat de volgende stappen zijn. Elk advies zegt waarom het bij "
                "uw antwoorden past en op welk deel van het dossier het rust."
            </p>
            <ul class="facts-list">
                <li>{format!("Het invullen duurt ongeveer {minutes} minuten. U kunt stoppen en later verder gaan.")}</li>
                <li>"U hoeft het dossier niet eerst te lezen: bij elke vraag staat uitleg."</li>
                <li>"Uw antwoorden blijven in uw eigen browser. U kunt ze als bestand exporteren."</li>
            </ul>
            <p><button type="button" class="button button--large" on:click=start>"Begin een nieuw plan"</button></p>
            {move || error.get().map(|text| view! { <p class="message message--error" role="alert">{text}</p> })}
            {move || {
                let recent = recent();
                (!recent.is_empty()).then(|| view! {
                    <h2>"Verder met een plan"</h2>
                    <ul class="draft-list draft-list--compact">
                        {recent.into_iter().map(|envelope| {
                            let href = href(&Place::Draft { id: envelope.id.clone(), page: DraftPage::Overview });
                            let (name, progress) = (display_name(&envelope), progress_text(&envelope.data));
                            view! {
                                <li class="draft">
                                    <A href=href>{name}</A>
                                    <span class="draft__meta">{format!(" · {progress}")}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <p><A href=href(&Place::Drafts)>"Alle plannen"</A></p>
                })
            }}
        </div>
    }
}
