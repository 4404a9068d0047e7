//! The list of problems at the top of a form after a failed submit.

use leptos::prelude::*;

use crate::ui::focus::focus_id;

/// The id of the error summary, which takes focus on a failed submit.
pub const ERROR_SUMMARY_ID: &str = "foutoverzicht";

/// "Er is een probleem": every error, each linking to (and focusing) its field.
/// Shows nothing while there are no errors.
#[component]
pub fn ErrorSummary(
    /// (id of the field's input, message) per error.
    #[prop(into)]
    errors: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="error-summary" id=ERROR_SUMMARY_ID role="alert" tabindex="-1" aria-labelledby="foutoverzicht-titel">
                    <h2 id="foutoverzicht-titel">"Er is een probleem"</h2>
                    <ul>
                        {errors.into_iter().map(|(target, message)| view! {
                            <li>
                                <a href=format!("#{target}") on:click=move |event| {
                                    event.prevent_default();
                                    focus_id(&target);
                                }>{message}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
