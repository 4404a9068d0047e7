//! The question before something that cannot (or only briefly) be undone.

use leptos::prelude::*;

/// "Weet u zeker ...?" with a button to go ahead and one to keep things.
#[component]
pub fn ConfirmBox(
    /// What is confirmed, for screen readers ("Bevestig verwijderen").
    label: &'static str,
    /// The question.
    question: String,
    /// The text of the button that goes ahead.
    yes: String,
    /// The text of the button that keeps things as they are.
    no: &'static str,
    on_yes: Callback<()>,
    on_no: Callback<()>,
    /// Left out of print.
    #[prop(optional)]
    screen_only: bool,
) -> impl IntoView {
    view! {
        <div class="confirm" class:no-print=screen_only role="group" aria-label=label>
            <p>{question}</p>
            <button type="button" class="button button--danger" on:click=move |_| on_yes.run(())>{yes}</button>
            <button type="button" class="button button--secondary" on:click=move |_| on_no.run(())>{no}</button>
        </div>
    }
}
