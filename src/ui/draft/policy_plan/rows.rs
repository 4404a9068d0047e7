//! Rows of text inputs the officer adds to the plan (figures, goals): one
//! fieldset per row, a message next to each input that is not right,
//! nothing typed is lost, and a removal that can be undone.

use leptos::prelude::*;

use crate::domain::draft::DraftData;
use crate::domain::policy_plan::PolicyPlanState;
use crate::ui::draft::session::use_session;
use crate::ui::widgets::{Message, MessageArea};

/// One text input of a row: where its text is kept, and what is wrong with it.
pub(super) struct RowInput<T: 'static> {
    /// Part of the input's id: `cijfer-0-waarde`.
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    /// On a line of its own.
    pub wide: bool,
    pub numeric: bool,
    /// The id of a `<datalist>` with suggestions.
    pub list: Option<&'static str>,
    pub slot: fn(&mut T) -> &mut String,
    /// The message when it is not right, given the whole draft (the plan's
    /// period, the goals an action may serve).
    pub check: fn(&T, &DraftData) -> Option<String>,
}

/// A kind of row and its words.
pub(super) struct RowKind<T: 'static> {
    /// Starts each input's id: `cijfer`.
    pub id: &'static str,
    /// "Cijfer": the legend is "Cijfer 1: <name>", the button "Verwijder cijfer 1".
    pub noun: &'static str,
    pub add: &'static str,
    pub put_back: &'static str,
    pub is_back: &'static str,
    pub name: fn(&T) -> &str,
    pub new_row: fn() -> T,
    pub rows: fn(&PolicyPlanState) -> &Vec<T>,
    pub rows_mut: fn(&mut PolicyPlanState) -> &mut Vec<T>,
    pub inputs: &'static [RowInput<T>],
}

pub(super) fn rows_editor<T: Clone + Default + Send + Sync + 'static>(kind: &'static RowKind<T>) -> impl IntoView {
    let session = use_session();
    let removed = RwSignal::new(None::<(usize, T)>);
    let message = RwSignal::new(None::<Message>);
    let count = move || session.draft.with(|d| (kind.rows)(&d.data.policy_plan).len());
    let add = move |_| {
        session.update(|d| (kind.rows_mut)(&mut d.policy_plan).push((kind.new_row)()));
        let at = count().saturating_sub(1);
        crate::ui::focus::focus_later(format!("{}-{at}-{}", kind.id, kind.inputs[0].key));
    };
    let remove = move |at: usize| {
        let mut taken = None;
        session.update(|d| {
            let rows = (kind.rows_mut)(&mut d.policy_plan);
            if at < rows.len() {
                taken = Some(rows.remove(at));
            }
        });
        if let Some(row) = taken {
            let name = match (kind.name)(&row).trim() {
                "" => format!("{} {}", kind.noun, at + 1),
                name => name.to_owned(),
            };
            removed.set(Some((at, row)));
            message.set(Some(Message::info(format!("“{name}” is verwijderd."))));
        }
    };
    let undo = move |_| {
        if let Some((at, row)) = removed.get_untracked() {
            session.update(|d| {
                let rows = (kind.rows_mut)(&mut d.policy_plan);
                rows.insert(at.min(rows.len()), row);
            });
            removed.set(None);
            message.set(Some(Message::info(kind.is_back)));
        }
    };
    view! {
        {move || (0..count()).map(|at| row_fields(kind, at, remove)).collect_view()}
        <MessageArea message>
            {move || removed.get().map(|_| view! { <button type="button" class="button button--secondary" on:click=undo>{kind.put_back}</button> })}
        </MessageArea>
        <button type="button" class="button button--secondary" on:click=add>{kind.add}</button>
    }
}

fn row_fields<T: Clone + Default + Send + Sync + 'static>(kind: &'static RowKind<T>, at: usize, remove: impl Fn(usize) + Copy + 'static) -> impl IntoView {
    let session = use_session();
    let row = move || session.draft.with(|d| (kind.rows)(&d.data.policy_plan).get(at).cloned().unwrap_or_default());
    let inputs = kind
        .inputs
        .iter()
        .map(|input| {
            let field = Field { id: format!("{}-{at}-{}", kind.id, input.key), label: input.label, hint: input.hint, wide: input.wide, numeric: input.numeric, list: input.list };
            let problem = Signal::derive(move || session.draft.with(|d| (input.check)(&row(), &d.data)));
            let value = Signal::derive(move || (input.slot)(&mut row()).clone());
            let on_input = Callback::new(move |value: String| {
                session.update(|d| {
                    if let Some(row) = (kind.rows_mut)(&mut d.policy_plan).get_mut(at) {
                        *(input.slot)(row) = value;
                    }
                });
            });
            text_field(field, problem, value, on_input)
        })
        .collect_view();
    let noun = crate::domain::text::lowercase(kind.noun);
    view! {
        <fieldset class="row">
            <legend>{move || match (kind.name)(&row()).trim() {
                "" => format!("{} {}", kind.noun, at + 1),
                name => format!("{} {}: {name}", kind.noun, at + 1),
            }}</legend>
            <div class="row__fields">{inputs}</div>
            <button type="button" class="button button--secondary" on:click=move |_| remove(at)>{format!("Verwijder {noun} {}", at + 1)}</button>
        </fieldset>
    }
}

/// What a text input is: its id, words and kind.
pub(super) struct Field {
    pub id: String,
    pub label: &'static str,
    pub hint: &'static str,
    /// On a line of its own.
    pub wide: bool,
    pub numeric: bool,
    /// The id of a `<datalist>` with suggestions.
    pub list: Option<&'static str>,
}

/// A labelled text input with its hint, and the message when `problem`
/// says it is not right (tied to it by `aria-describedby`).
pub(super) fn text_field(field: Field, problem: Signal<Option<String>>, value: Signal<String>, on_input: Callback<String>) -> impl IntoView {
    let Field { id, label, hint, wide, numeric, list } = field;
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-fout"));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if !hint.is_empty() {
                ids.push(hint_id.clone());
            }
            if problem.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    let error = move || problem.get().map(|text| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Fout: "</span>{text}</p> });
    view! {
        <div class="field row__field" class:row__field--wide=wide>
            <label for=id.clone()>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {error}
            <input
                type="text"
                id=id
                list=list
                inputmode=numeric.then_some("decimal")
                class:input--error=move || problem.with(Option::is_some)
                aria-describedby=described
                prop:value=value
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        </div>
    }
}
