//! The advisor in the browser: the start page, a draft's overview, one page
//! per question, the check page and the advice. The answers live in the
//! draft session at the flow's root (`session`).

pub mod render;
pub mod session;
mod step;

pub use session::DraftRoot;
pub use step::StepPage;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::content;
use crate::domain::advisor::SectionStatus;
use crate::domain::draft::DraftData;
use crate::ui::drafts::{display_name, newest_first, progress_text, use_drafts};
use crate::ui::title::use_title;
use crate::ui::routes::{href, DraftPage, Place};
use crate::ui::widgets::{Breadcrumbs, Crumb};
use session::{use_session, DraftCrumbs, SaveIndicator};

/// The total estimated minutes of the questionnaire.
fn total_minutes() -> u32 {
    content::questionnaire().sections.iter().map(|s| u32::from(s.minutes)).sum()
}

/// Where to continue a draft: the last step, else the first.
fn continue_step(data: &DraftData) -> String {
    let questionnaire = content::questionnaire();
    if questionnaire.step(&data.step).is_some() {
        return data.step.clone();
    }
    questionnaire.applicable_steps(&data.answers).first().map(|s| s.id.clone()).unwrap_or_default()
}

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

/// `/plannen/<id>/controle`: every answer, with a way back to change it.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let session = use_session();
    use_title(|| "Controleer uw antwoorden - Adviseur".to_owned());
    let rows = move || {
        let questionnaire = content::questionnaire();
        session.draft.with(|envelope| {
            let answers = &envelope.data.answers;
            questionnaire
                .sections
                .iter()
                .filter_map(|section| {
                    let steps = questionnaire.section_steps(&section.id, answers);
                    (!steps.is_empty()).then(|| {
                        let rows: Vec<(String, Vec<String>, String)> = steps
                            .into_iter()
                            .map(|step| (step.short.clone(), step.display(answers), step.id.clone()))
                            .collect();
                        (section.title.clone(), rows)
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    let read_only = session.read_only();
    view! {
        <div class="page prose-wide check-answers">
            <p><A href=move || session.href(DraftPage::Overview)>"Terug naar het overzicht"</A></p>
            <h1>"Controleer uw antwoorden"</h1>
            <SaveIndicator />
            {move || rows().into_iter().map(|(title, rows)| view! {
                <h2>{title}</h2>
                <dl class="summary-list">
                    {rows.into_iter().map(|(label, values, step)| {
                        let href = session.href(DraftPage::Step { step: step.to_owned(), from_review: true });
                        let context = label.clone();
                        view! {
                            <div class="summary-list__row">
                                <dt>{label}</dt>
                                <dd>
                                    {if values.len() == 1 {
                                        view! { <span>{values[0].clone()}</span> }.into_any()
                                    } else {
                                        view! { <ul>{values.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}</ul> }.into_any()
                                    }}
                                </dd>
                                <dd class="summary-list__action">
                                    {(!read_only).then(|| view! {
                                        <A href=href>"Wijzig"<span class="visually-hidden">{format!(" {}", context.to_lowercase())}</span></A>
                                    })}
                                </dd>
                            </div>
                        }
                    }).collect_view()}
                </dl>
            }).collect_view()}
            <p><A href=move || session.href(DraftPage::Advice) attr:class="button">"Bekijk het advies"</A></p>
        </div>
    }
}

/// `/plannen/<id>/advies`: the advice for the current answers, recomputed
/// whenever they change.
#[component]
pub fn AdvicePage() -> impl IntoView {
    let session = use_session();
    use_title(move || format!("Advies - {}", session.draft.with(display_name)));
    let html = Memo::new(move |_| session.advice.with(render::advice_html));
    let contents = render::SECTIONS
        .iter()
        .map(|(id, title)| view! { <li><a href=format!("#{id}")>{*title}</a></li> })
        .collect_view();
    view! {
        <div class="page prose-wide advice-page">
            <DraftCrumbs />
            <h1>"Advies voor uw gemeente"</h1>
            <p class="lead">
                "Dit advies volgt uit uw antwoorden en rust op het Wat werkt dossier drugs. Bij elk punt staat waarom het bij uw antwoorden past "
                "en waar het in het dossier staat. Verandert u een antwoord, dan verandert het advies mee."
            </p>
            <p class="no-print">
                <A href=move || session.href(DraftPage::Review)>"Controleer of wijzig uw antwoorden"</A>
                " · "
                <A href=move || session.href(DraftPage::PolicyPlan)>"Maak hiermee een beleidsplan"</A>
            </p>
            <nav class="in-chapter no-print" aria-labelledby="op-deze-pagina">
                <h2 id="op-deze-pagina" class="in-chapter__title">"Op deze pagina"</h2>
                <ul>{contents}</ul>
            </nav>
            <div class="advice" inner_html=move || html.get()></div>
        </div>
    }
}
