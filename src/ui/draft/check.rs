//! `/plannen/<id>/controle`: the check page.

use leptos::prelude::*;
use leptos_router::components::A;

use super::session::{use_session, SaveIndicator};
use crate::content;
use crate::ui::routes::DraftPage;
use crate::ui::title::use_title;

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
                                        <A href=href>"Wijzig"<span class="visually-hidden">{format!(" {}", crate::domain::text::lowercase(&context))}</span></A>
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
