//! Messages after an action: a status that is read out politely, or an
//! error that is read out at once.

use leptos::prelude::*;

/// A message for the user: `alert` for errors (read at once), else a status.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub text: String,
    pub alert: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Message {
        Message { text: text.into(), alert: false }
    }

    pub fn problem(text: impl Into<String>) -> Message {
        Message { text: text.into(), alert: true }
    }
}

/// The two live regions a page's messages appear in: a status and an alert.
#[component]
pub fn MessageArea(
    /// The message to show, if any.
    #[prop(into)]
    message: Signal<Option<Message>>,
    /// Ids of the status and the alert region, which then take focus by id.
    #[prop(optional)]
    ids: Option<(&'static str, &'static str)>,
    /// Shown in the status region after the message (an undo button, say).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let focusable = ids.map(|_| "-1");
    let text = move |alert: bool| move || message.get().filter(|m| m.alert == alert).map(|m| view! { <p>{m.text}</p> });
    view! {
        <div id=ids.map(|(status, _)| status) class="message" role="status" tabindex=focusable>
            {text(false)}
            {children.map(|children| children())}
        </div>
        <div id=ids.map(|(_, alert)| alert) class="message message--error" role="alert" tabindex=focusable>
            {text(true)}
        </div>
    }
}
