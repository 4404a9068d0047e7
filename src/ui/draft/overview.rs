//! `/plannen/<id>`: a draft's overview.

use leptos::prelude::*;
use leptos_router::components::A;

use super::session::{use_session, SaveIndicator};
use super::{continue_step, total_minutes};
use crate::content;
use crate::domain::advisor::SectionStatus;
use crate::ui::drafts::{display_name, progress_text};
use crate::ui::routes::{href, DraftPage, Place};
use crate::ui::title::use_title;
use crate::ui::widgets::{Breadcrumbs, Crumb};

/// `/plannen/<id>`: the questionnaire's sections with their status, and the way to the advice.
#[component]
pub fn DraftOverview() -> impl IntoView {
    let session = use_session();
    let name = move || session.draft.with(display_name);
    use_title(move || format!("{} - Mijn plannen", name()));
    let sections = move || {
        let questionnaire = content::questionnaire();
        session.draft.with(|envelope| {
            let data = &envelope.data;
            let visited: Vec<&str> = data.visited.iter().map(String::as_str).collect();
            questionnaire
                .sections
                .iter()
                .filter_map(|section| {
                    let steps = questionnaire.section_steps(&section.id, &data.answers);
                    let first = steps.first()?;
                    let status = questionnaire.section_status(&section.id, &data.answers, &visited);
                    let target = steps.iter().find(|s| !s.is_answered(&data.answers)).unwrap_or(first);
                    Some((section.title.clone(), section.intro.clone(), section.minutes, status, session.href(DraftPage::Step { step: target.id.clone(), from_review: false })))
                })
                .collect::<Vec<_>>()
        })
    };
    let resume = move || session.href(DraftPage::Step { step: session.draft.with(|d| continue_step(&d.data)).to_owned(), from_review: false });
    view! {
        <div class="page prose-wide draft-overview">
            <Breadcrumbs>
                <Crumb href=href(&Place::Home)>"Home"</Crumb>
                <Crumb href=href(&Place::Drafts)>"Mijn plannen"</Crumb>
            </Breadcrumbs>
            <h1>{name}</h1>
            <SaveIndicator />
            <p>{move || session.draft.with(|d| progress_text(&d.data))} ". " {format!("Alles samen duurt ongeveer {} minuten.", total_minutes())}</p>
            <p><A href=resume attr:class="button">"Verder met de vragen"</A></p>
            <h2>"De vragen"</h2>
            <ol class="task-list">
                {move || sections().into_iter().map(|(title, intro, minutes, status, href)| {
                    let tag = match status {
                        SectionStatus::Done => "tag tag--ok",
                        SectionStatus::InProgress => "tag tag--progress",
                        SectionStatus::NotStarted => "tag",
                    };
                    view! {
                        <li class="task">
                            <div class="task__text">
                                <A href=href attr:class="task__link">{title}</A>
                                <p class="hint">{intro} {format!(" Ongeveer {minutes} {}.", if minutes == 1 { "minuut" } else { "minuten" })}</p>
                            </div>
                            <span class=tag>{status.label()}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <h2>"Uw advies"</h2>
            <ul class="link-list">
                <li><A href=move || session.href(DraftPage::Review)>"Controleer uw antwoorden"</A></li>
                <li><A href=move || session.href(DraftPage::Advice)>"Bekijk het advies"</A>" (ook als u nog niet alles hebt ingevuld)"</li>
                <li><A href=move || session.href(DraftPage::PolicyPlan)>"Maak het beleidsplan"</A>" (een eerste versie van uw lokaal drugsbeleid, om aan te passen en te delen)"</li>
            </ul>
        </div>
    }
}
