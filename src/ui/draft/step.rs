//! `/plannen/<id>/stap/<step>`: one question per page, rendered from the
//! questionnaire data, following the step-by-step pattern: the question is
//! the `<h1>`, "Stap X van N", "Vorige stap", "Volgende stap", validation on
//! submit with an error summary that takes focus, nothing typed is cleared.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use super::session::{use_session, SaveIndicator};
use crate::content;
use crate::domain::advisor::questionnaire::{Choice, Kind, OTHER};
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

fn error_id(field: Field) -> String {
    format!("{}-fout", input_id(field))
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
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let questionnaire = content::questionnaire();
    let returning = move || query.read().get(FROM_REVIEW.0).as_deref() == Some(FROM_REVIEW.1);
    let errors = RwSignal::new(Vec::<StepError>::new());
    session.update(|data| data.mark_visited(&step.id));

    let position = Memo::new(move |_| session.draft.with(|d| questionnaire.position(&step.id, &d.data.answers)).unwrap_or((1, 1)));
    use_title(move || {
        let (at, of) = position.get();
        let error = if errors.read().is_empty() { "" } else { "Fout: " };
        format!("{error}Stap {at} van {of}: {} - Adviseur", step.question)
    });
    let section_title = questionnaire.section(&step.section).map(|s| s.title.clone()).unwrap_or_default();
    // Previous and next among the steps that apply now.
    let neighbour = move |offset: isize| {
        session.draft.with_untracked(|d| {
            let steps = questionnaire.applicable_steps(&d.data.answers);
            let at = steps.iter().position(|s| s.id == step.id)? as isize + offset;
            usize::try_from(at).ok().and_then(|at| steps.get(at)).map(|s| s.id.clone())
        })
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
        let found = session.draft.with_untracked(|d| step.validate(&d.data.answers));
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

    view! {
        <div class="page step-page">
            <p class="no-print"><A href=previous_href attr:class="back-link">"Vorige stap"</A></p>
            <ErrorSummary errors=Signal::derive(move || errors.get().into_iter().map(|e| (input_id(e.field), e.message)).collect()) />
            <p class="step-caption">
                <span class="step-caption__section">{section_title}</span>
                " · "
                {move || { let (at, of) = position.get(); format!("Stap {at} van {of}") }}
            </p>
            <form class="step-form" novalidate on:submit=submit>
                <fieldset disabled=read_only class="step-form__fieldset">
                    <Question step errors />
                </fieldset>
                <ReadMore ids=step.read_more.clone() />
                <div class="step-form__buttons">
                    {(!read_only).then(|| view! { <button type="submit" class="button">{button_label}</button> })}
                    <SaveIndicator />
                </div>
            </form>
            <p class="no-print"><A href=move || session.href(DraftPage::Overview)>"Naar het overzicht van alle vragen"</A></p>
        </div>
    }
}

/// The question's inputs, by its kind, each with its error.
#[component]
fn Question(step: &'static Step, errors: RwSignal<Vec<StepError>>) -> impl IntoView {
    let error_for = move |field: Field| Signal::derive(move || errors.read().iter().find(|e| e.field == field).map(|e| e.message.clone()));
    match step.kind {
        Kind::OneChoice | Kind::SeveralChoices => {
            let other = step.other.as_ref().map_or(step.field, |o| o.field);
            view! { <ChoiceQuestion step error=error_for(step.field) other_error=error_for(other) /> }.into_any()
        }
        Kind::ShortText => view! { <TextQuestion step error=error_for(step.field) /> }.into_any(),
        Kind::YearRange => {
            let to = step.field_to.unwrap_or(step.field);
            view! { <YearQuestion step from_error=error_for(step.field) to_error=error_for(to) /> }.into_any()
        }
    }
}

/// The hint and (when there is one) the error, tied to the input by ids.
fn described_by(hint: &str, field: Field, has_error: bool) -> String {
    let mut ids = vec![hint.to_owned()];
    if has_error {
        ids.push(error_id(field));
    }
    ids.join(" ")
}

#[component]
fn ErrorMessage(field: Field, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <p class="error-message" id=error_id(field)>
                    <span class="visually-hidden">"Fout: "</span>{text}
                </p>
            }
        })
    }
}

fn optional_label(step: &Step) -> &'static str {
    if step.optional { " (optioneel)" } else { "" }
}

#[component]
fn ChoiceQuestion(step: &'static Step, error: Signal<Option<String>>, other_error: Signal<Option<String>>) -> impl IntoView {
    let session = use_session();
    let field = step.field;
    let several = step.kind == Kind::SeveralChoices;
    let hint_id = format!("{}-hint", input_id(field));
    let chosen = move |id: &str| session.draft.with(|d| d.data.answers.has(field, id));
    let options = step
        .options
        .iter()
        .enumerate()
        .map(|(index, choice): (usize, &'static Choice)| {
            let id = if index == 0 { input_id(field) } else { format!("{}-{}", input_id(field), choice.id) };
            let hint = choice.hint.clone().map(|text| view! { <p class="hint checkbox__hint">{text}</p> });
            let value = choice.id.as_str();
            let toggle = move |_| {
                session.update(|data| {
                    if several {
                        data.answers.toggle_choice(field, value);
                    } else {
                        data.answers.set_choices(field, vec![value.to_owned()]);
                    }
                });
            };
            let input = if several {
                view! { <input type="checkbox" id=id.clone() name=field.key() value=value prop:checked=move || chosen(value) on:change=toggle /> }.into_any()
            } else {
                view! { <input type="radio" id=id.clone() name=field.key() value=value prop:checked=move || chosen(value) on:change=toggle /> }.into_any()
            };
            view! {
                <div class="checkbox" class:radio=!several>
                    {input}
                    <div class="checkbox__text">
                        <label for=id>{choice.label.as_str()}</label>
                        {hint}
                    </div>
                </div>
            }
        })
        .collect_view();
    let other = step.other.as_ref().map(|other| {
        let other_field = other.field;
        view! {
            <Show when=move || chosen(OTHER)>
                <div class="field conditional">
                    <label for=input_id(other_field)>{other.label.as_str()}</label>
                    <ErrorMessage field=other_field message=other_error />
                    <input
                        type="text"
                        id=input_id(other_field)
                        class:input--error=move || other_error.get().is_some()
                        aria-describedby=move || other_error.get().map(|_| error_id(other_field))
                        prop:value=move || session.draft.with(|d| d.data.answers.text(other_field).to_owned())
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            session.update(|data| { data.answers.set_text(other_field, value); });
                        }
                    />
                </div>
            </Show>
        }
    });
    view! {
        <div class="question" class:question--error=move || error.get().is_some()>
            <fieldset class="question__fieldset" aria-describedby=move || described_by(&hint_id, field, error.get().is_some())>
                <legend class="question__legend">
                    <h1 class="question__heading">{step.question.as_str()}{optional_label(step)}</h1>
                </legend>
                <p class="hint" id=format!("{}-hint", input_id(field))>{step.help.as_str()}</p>
                <ErrorMessage field message=error />
                <div class="choices">{options}</div>
                {other}
            </fieldset>
        </div>
    }
}

#[component]
fn TextQuestion(step: &'static Step, error: Signal<Option<String>>) -> impl IntoView {
    let session = use_session();
    let field = step.field;
    let hint_id = format!("{}-hint", input_id(field));
    view! {
        <div class="question" class:question--error=move || error.get().is_some()>
            <h1 class="question__heading"><label for=input_id(field)>{step.question.as_str()}{optional_label(step)}</label></h1>
            <p class="hint" id=hint_id.clone()>{step.help.as_str()}</p>
            <ErrorMessage field message=error />
            <input
                type="text"
                id=input_id(field)
                class="input--wide"
                class:input--error=move || error.get().is_some()
                aria-describedby=move || described_by(&hint_id, field, error.get().is_some())
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
fn YearQuestion(step: &'static Step, from_error: Signal<Option<String>>, to_error: Signal<Option<String>>) -> impl IntoView {
    let session = use_session();
    let from = step.field;
    let to = step.field_to.unwrap_or(step.field);
    let hint_id = format!("{}-hint", input_id(from));
    let hint_for_fieldset = hint_id.clone();
    let year_input = move |field: Field, label: &'static str, error: Signal<Option<String>>| {
        view! {
            <div class="field field--inline">
                <label for=input_id(field)>{label}</label>
                <ErrorMessage field message=error />
                <input
                    type="text"
                    inputmode="numeric"
                    maxlength="4"
                    id=input_id(field)
                    class="input--year"
                    class:input--error=move || error.get().is_some()
                    aria-describedby=move || error.get().map(|_| error_id(field))
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
                <legend class="question__legend">
                    <h1 class="question__heading">{step.question.as_str()}{optional_label(step)}</h1>
                </legend>
                <p class="hint" id=hint_id>{step.help.as_str()}</p>
                <div class="year-range">
                    {year_input(from, "Van (jaar)", from_error)}
                    {year_input(to, "Tot en met (jaar)", to_error)}
                </div>
            </fieldset>
        </div>
    }
}
