//! `/plannen/<id>/stap/<step>`: the page of a step, rendered from the
//! questionnaire data, following the step-by-step pattern: the first
//! question is the `<h1>` (a step sharing the page is an `<h2>` under it and
//! shows while it applies), "Stap X van N", "Vorige stap", "Volgende stap",
//! validation on submit with an error summary that takes focus, nothing
//! typed is cleared.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use super::session::{use_session, SaveIndicator};
use crate::content;
use crate::domain::advisor::questionnaire::{Choice, Kind, NONE, OTHER};
use crate::domain::advisor::{Field, Step, StepError};
use crate::domain::dossier::{AnchorKind, Block};
use crate::ui::dossier::render::{dossier_href, fragment};
use crate::ui::pages::NotFound;
use crate::ui::title::use_title;
use crate::ui::focus::focus_later;
use crate::ui::routes::{DraftPage, FROM_REVIEW};
use crate::ui::widgets::{ErrorSummary, NewWindowLink, ERROR_SUMMARY_ID};

/// The element id of a field's first input (error links point there).
pub fn input_id(field: Field) -> String {
    format!("veld-{}", field.key())
}

/// The element id of the free text of a list's "Iets anders".
fn other_input_id(field: Field) -> String {
    format!("{}-anders-tekst", input_id(field))
}

/// Where an error's link points: the choices or the free text.
fn error_target(error: &StepError) -> String {
    if error.other { other_input_id(error.field) } else { input_id(error.field) }
}

fn error_id(input: &str) -> String {
    format!("{input}-fout")
}

#[component]
pub fn StepPage() -> impl IntoView {
    let params = use_params_map();
    let step_id = Memo::new(move |_| params.read().get("step").unwrap_or_default());
    move || match content::questionnaire().step(&step_id.get()) {
        Some(step) => view! { <StepForm step /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// The dossier text behind a "lees meer" id: the first blocks under a
/// heading, or a box's content; other places show their own label.
fn read_more_html(id: &str) -> String {
    let dossier = content::dossier();
    let Some(anchor) = dossier.anchor(id) else { return String::new() };
    let chapter = &dossier.chapters[anchor.chapter];
    match anchor.kind {
        AnchorKind::Heading => {
            let mut blocks = dossier.blocks_under(id).unwrap_or_default();
            blocks.retain(|b| !matches!(b, Block::InterventionTable { .. }));
            blocks.truncate(6);
            fragment(blocks, chapter.id, 4)
        }
        AnchorKind::Box => fragment(dossier.blocks_under(id).unwrap_or_default(), chapter.id, 4),
        _ => format!("<p>{}</p>", crate::ui::dossier::render::escape(&anchor.label)),
    }
}

/// "Wat zegt het dossier hierover?": the dossier's text in place, so the
/// user does not lose their step, with a link to read on in a new window.
#[component]
fn ReadMore(
    /// Dossier ids that explain the question.
    ids: Vec<String>,
) -> impl IntoView {
    let ids: Vec<String> = ids.into_iter().filter(|id| content::dossier().anchor(id).is_some()).collect();
    (!ids.is_empty()).then(|| {
        let parts = ids
            .into_iter()
            .map(|id| {
                let label = content::dossier().anchor(&id).map(|a| a.label.clone()).unwrap_or_default();
                view! {
                    <div class="read-more__part">
                        <p class="read-more__title">{label}</p>
                        <div inner_html=read_more_html(&id)></div>
                        <p><NewWindowLink href=dossier_href(&id)>"Lees verder in het dossier"</NewWindowLink></p>
                    </div>
                }
            })
            .collect_view();
        view! {
            <details class="read-more">
                <summary>"Wat zegt het dossier hierover?"</summary>
                {parts}
            </details>
        }
    })
}

#[component]
fn StepForm(step: &'static Step) -> impl IntoView {
    let page: &'static [Step] = content::questionnaire().page_of(&step.id);
    let step = &page[0];
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let questionnaire = content::questionnaire();
    let returning = move || query.read().get(FROM_REVIEW.0).as_deref() == Some(FROM_REVIEW.1);
    let errors = RwSignal::new(Vec::<StepError>::new());
    for on_page in page {
        session.update(|data| data.mark_visited(&on_page.id));
    }

    let position = Memo::new(move |_| session.draft.with(|d| questionnaire.position(&step.id, &d.data.answers)).unwrap_or((1, 1)));
    use_title(move || {
        let (at, of) = position.get();
        let error = if errors.read().is_empty() { "" } else { "Fout: " };
        format!("{error}Stap {at} van {of}: {} - Adviseur", step.question)
    });
    let section_title = questionnaire.section(&step.section).map(|s| s.title.clone()).unwrap_or_default();
    // Previous and next among the pages that apply now.
    let neighbour = move |offset: isize| {
        session.draft.with_untracked(|d| questionnaire.neighbour_page(&step.id, offset, &d.data.answers).map(str::to_owned))
    };
    let previous_href = move || {
        session.draft.track();
        match neighbour(-1) {
            Some(id) => session.href(DraftPage::Step { step: id.to_owned(), from_review: false }),
            None => session.href(DraftPage::Overview),
        }
    };
    let is_last = move || {
        session.draft.track();
        neighbour(1).is_none()
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let found: Vec<StepError> = session.draft.with_untracked(|d| {
            page.iter().filter(|s| s.applies(&d.data.answers)).flat_map(|s| s.validate(&d.data.answers)).collect()
        });
        if !found.is_empty() {
            errors.set(found);
            focus_later(ERROR_SUMMARY_ID);
            return;
        }
        errors.set(Vec::new());
        let next = if returning() {
            session.href(DraftPage::Review)
        } else {
            match neighbour(1) {
                Some(id) => session.href(DraftPage::Step { step: id.to_owned(), from_review: false }),
                None => session.href(DraftPage::Review),
            }
        };
        session.save_now();
        navigate(&next, Default::default());
    };
    let button_label = move || if returning() || is_last() { "Naar overzicht" } else { "Volgende stap" };
    let read_only = session.read_only();
    let questions = page
        .iter()
        .enumerate()
        .map(|(at, on_page)| {
            let heading = if at == 0 { Heading::Page } else { Heading::Part };
            let applies = move || session.draft.with(|d| on_page.applies(&d.data.answers));
            view! {
                <Show when=applies>
                    <Question step=on_page heading errors />
                    <ReadMore ids=on_page.read_more.clone() />
                </Show>
            }
        })
        .collect_view();

    view! {
        <div class="page step-page">
            <p class="no-print"><A href=previous_href attr:class="back-link">"Vorige stap"</A></p>
            <ErrorSummary errors=Signal::derive(move || errors.get().into_iter().map(|e| (error_target(&e), e.message)).collect()) />
            <p class="step-caption">
                <span class="step-caption__section">{section_title}</span>
                " · "
                {move || { let (at, of) = position.get(); format!("Stap {at} van {of}") }}
            </p>
            <form class="step-form" novalidate on:submit=submit>
                <fieldset disabled=read_only class="step-form__fieldset">
                    {questions}
                </fieldset>
                <div class="step-form__buttons">
                    {(!read_only).then(|| view! { <button type="submit" class="button">{button_label}</button> })}
                    <SaveIndicator />
                </div>
            </form>
            <p class="no-print"><A href=move || session.href(DraftPage::Overview)>"Naar het overzicht van alle vragen"</A></p>
        </div>
    }
}

/// The heading level of a question: the page's `<h1>`, or an `<h2>` for a
/// step that shares the page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Heading {
    Page,
    Part,
}

/// The question as a heading of its level; `label_for` makes it the label
/// of a single input.
fn heading_view(heading: Heading, step: &'static Step, label_for: Option<String>) -> AnyView {
    let text = view! { {step.question.as_str()}{optional_label(step)} };
    let inner = match label_for {
        Some(id) => view! { <label for=id>{text}</label> }.into_any(),
        None => text.into_any(),
    };
    match heading {
        Heading::Page => view! { <h1 class="question__heading">{inner}</h1> }.into_any(),
        Heading::Part => view! { <h2 class="question__heading question__heading--part">{inner}</h2> }.into_any(),
    }
}

/// The question's inputs, by its kind, each with its error.
#[component]
fn Question(step: &'static Step, heading: Heading, errors: RwSignal<Vec<StepError>>) -> impl IntoView {
    let error_for =
        move |field: Field, other: bool| Signal::derive(move || errors.read().iter().find(|e| e.field == field && e.other == other).map(|e| e.message.clone()));
    match step.kind {
        Kind::OneChoice | Kind::SeveralChoices => {
            view! { <ChoiceQuestion step heading error=error_for(step.field, false) other_error=error_for(step.field, true) /> }.into_any()
        }
        Kind::ShortText => view! { <TextQuestion step heading error=error_for(step.field, false) /> }.into_any(),
        Kind::YearRange => {
            let to = step.field_to.unwrap_or(step.field);
            view! { <YearQuestion step heading from_error=error_for(step.field, false) to_error=error_for(to, false) /> }.into_any()
        }
    }
}

/// The hint and (when there is one) the error, tied to the input by ids.
fn described_by(hint: &str, input: &str, has_error: bool) -> String {
    let mut ids = vec![hint.to_owned()];
    if has_error {
        ids.push(error_id(input));
    }
    ids.join(" ")
}

#[component]
fn ErrorMessage(input: String, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <p class="error-message" id=error_id(&input)>
                    <span class="visually-hidden">"Fout: "</span>{text}
                </p>
            }
        })
    }
}

fn optional_label(step: &Step) -> &'static str {
    if step.optional { " (optioneel)" } else { "" }
}

/// Options rendered in one task (see `ChoiceQuestion`).
const OPTIONS_PER_PART: usize = 12;

/// One option of a choice question (the `index`th): its input, label and
/// folded description.
fn choice_view(step: &'static Step, index: usize, choice: &'static Choice, chosen: impl Fn(&str) -> bool + Copy + Send + Sync + 'static) -> impl IntoView {
    let session = use_session();
    let field = step.field;
    let several = step.kind == Kind::SeveralChoices;
    let id = if index == 0 { input_id(field) } else { format!("{}-{}", input_id(field), choice.id) };
    let hint = choice.hint.clone().map(|text| {
        view! {
            <details class="more checkbox__hint">
                <summary>"Meer uitleg"<span class="visually-hidden">{format!(" bij {}", choice.label)}</span></summary>
                <p class="hint">{text}</p>
            </details>
        }
    });
    let value = choice.id.as_str();
    let toggle = move |_| {
        session.update(|data| step.toggle(&mut data.answers, value));
    };
    let input = if several {
        view! { <input type="checkbox" id=id.clone() name=field.key() value=value prop:checked=move || chosen(value) on:change=toggle /> }.into_any()
    } else {
        view! { <input type="radio" id=id.clone() name=field.key() value=value prop:checked=move || chosen(value) on:change=toggle /> }.into_any()
    };
    // "Geen" stands apart from the options it excludes.
    let or = (choice.id == NONE).then(|| view! { <p class="choices__or" aria-hidden="true">"of"</p> });
    view! {
        {or}
        <div class="checkbox" class:radio=!several>
            {input}
            <div class="checkbox__text">
                <label for=id>{choice.label.as_str()}</label>
                {hint}
            </div>
        </div>
    }
}

#[component]
fn ChoiceQuestion(step: &'static Step, heading: Heading, error: Signal<Option<String>>, other_error: Signal<Option<String>>) -> impl IntoView {
    let session = use_session();
    let field = step.field;
    let hint_id = format!("{}-hint", input_id(field));
    let chosen = move |id: &str| session.draft.with(|d| d.data.answers.has(field, id));
    // A long list comes in parts, the first at once and each next one in a
    // task of its own after the previous is on screen, so that moving to its
    // step makes no long task on a slow phone (the interventions and
    // programmes are about 45 options).
    let parts_shown = RwSignal::new(1);
    let parts = step.options.len().div_ceil(OPTIONS_PER_PART);
    Effect::new(move |_| {
        if parts_shown.get() < parts {
            request_animation_frame(move || {
                set_timeout(move || _ = parts_shown.try_update(|shown| *shown += 1), Duration::ZERO);
            });
        }
    });
    let options = step
        .options
        .chunks(OPTIONS_PER_PART)
        .enumerate()
        .map(|(part, choices)| {
            let first = part * OPTIONS_PER_PART;
            let choices = move || {
                choices.iter().enumerate().map(|(at, choice)| choice_view(step, first + at, choice, chosen)).collect_view()
            };
            view! { <Show when=move || { parts_shown.get() > part }>{choices()}</Show> }
        })
        .collect_view();
    let other = step.other.as_ref().map(|other| {
        let input = other_input_id(field);
        view! {
            <Show when=move || chosen(OTHER)>
                <div class="field conditional">
                    <label for=input.clone()>{other.label.as_str()}</label>
                    <ErrorMessage input=input.clone() message=other_error />
                    <input
                        type="text"
                        id=input.clone()
                        class:input--error=move || other_error.get().is_some()
                        aria-describedby={
                            let input = input.clone();
                            move || other_error.get().map(|_| error_id(&input))
                        }
                        prop:value=move || session.draft.with(|d| d.data.answers.other_text(field).to_owned())
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            session.update(|data| data.answers.set_other_text(field, value));
                        }
                    />
                </div>
            </Show>
        }
    });
    view! {
        <div class="question" class:question--error=move || error.get().is_some()>
            <fieldset class="question__fieldset" aria-describedby=move || described_by(&hint_id, &input_id(field), error.get().is_some())>
                <legend class="question__legend">{heading_view(heading, step, None)}</legend>
                <p class="hint" id=format!("{}-hint", input_id(field))>{step.help.as_str()}</p>
                <ErrorMessage input=input_id(field) message=error />
                <div class="choices">{options}</div>
                {other}
            </fieldset>
        </div>
    }
}

#[component]
fn TextQuestion(step: &'static Step, heading: Heading, error: Signal<Option<String>>) -> impl IntoView {
    let session = use_session();
    let field = step.field;
    let hint_id = format!("{}-hint", input_id(field));
    view! {
        <div class="question" class:question--error=move || error.get().is_some()>
            {heading_view(heading, step, Some(input_id(field)))}
            <p class="hint" id=hint_id.clone()>{step.help.as_str()}</p>
            <ErrorMessage input=input_id(field) message=error />
            <input
                type="text"
                id=input_id(field)
                class="input--wide"
                class:input--error=move || error.get().is_some()
                aria-describedby=move || described_by(&hint_id, &input_id(field), error.get().is_some())
                prop:value=move || session.draft.with(|d| d.data.answers.text(field).to_owned())
                on:input=move |event| {
                    let value = event_target_value(&event);
                    session.update(|data| { data.answers.set_text(field, value); });
                }
            />
        </div>
    }
}

#[component]
fn YearQuestion(step: &'static Step, heading: Heading, from_error: Signal<Option<String>>, to_error: Signal<Option<String>>) -> impl IntoView {
    let session = use_session();
    let from = step.field;
    let to = step.field_to.unwrap_or(step.field);
    let hint_id = format!("{}-hint", input_id(from));
    let hint_for_fieldset = hint_id.clone();
    let year_input = move |field: Field, label: &'static str, error: Signal<Option<String>>| {
        view! {
            <div class="field field--inline">
                <label for=input_id(field)>{label}</label>
                <ErrorMessage input=input_id(field) message=error />
                <input
                    type="text"
                    inputmode="numeric"
                    maxlength="4"
                    id=input_id(field)
                    class="input--year"
                    class:input--error=move || error.get().is_some()
                    aria-describedby=move || error.get().map(|_| error_id(&input_id(field)))
                    prop:value=move || session.draft.with(|d| d.data.answers.text(field).to_owned())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        session.update(|data| { data.answers.set_text(field, value); });
                    }
                />
            </div>
        }
    };
    view! {
        <div class="question" class:question--error=move || from_error.get().is_some() || to_error.get().is_some()>
            <fieldset class="question__fieldset" aria-describedby=hint_for_fieldset>
                <legend class="question__legend">{heading_view(heading, step, None)}</legend>
                <p class="hint" id=hint_id>{step.help.as_str()}</p>
                <div class="year-range">
                    {year_input(from, "Van (jaar)", from_error)}
                    {year_input(to, "Tot en met (jaar)", to_error)}
                </div>
            </fieldset>
        </div>
    }
}
