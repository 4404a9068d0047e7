//! One draft in "Mijn plannen", with its actions.

use leptos::prelude::*;
use leptos_router::components::A;

use super::actions::{export, info, problem, save_problem};
use super::backup::{file_status, BackupReminder};
use super::{display_name, progress_text, use_drafts};
use crate::domain::draft::{format_date_time, unique_name, DraftData, Envelope};
use crate::browser::drafts::{local, now};
use crate::ui::routes::{href, DraftPage, Place};
use crate::ui::widgets::{ConfirmBox, Message};

/// One draft in the list, with its actions.
#[component]
pub fn DraftRow(
    /// The draft as stored.
    envelope: Envelope<DraftData>,
    /// Called after the user confirmed deleting it.
    on_delete: Callback<Envelope<DraftData>>,
    /// Shows a message above the list.
    on_message: Callback<Option<Message>>,
) -> impl IntoView {
    let drafts = use_drafts();
    let name = display_name(&envelope);
    let confirming = RwSignal::new(false);
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(name.clone());
    let id = envelope.id.clone();
    let open_href = href(&Place::Draft { id: id.clone(), page: DraftPage::Overview });
    let step = DraftPage::Step { step: envelope.data.step.clone(), from_review: false };
    let continue_href = if envelope.data.step.is_empty() { open_href.clone() } else { href(&Place::Draft { id: id.clone(), page: step }) };
    let file = file_status(&envelope);
    let updated = format!("Gewijzigd op {}", format_date_time(local(envelope.changed.unwrap_or(envelope.updated))));
    let progress = progress_text(&envelope.data);
    let envelope = StoredValue::new(envelope);

    let duplicate = move |_| {
        let mut copy = envelope.get_value();
        let names = drafts.names();
        copy.name = unique_name(&display_name(&copy), &names.iter().map(String::as_str).collect::<Vec<_>>());
        copy.data.named = true;
        copy.created = now();
        copy.exported = None;
        copy.record_change(now());
        match drafts.add(copy) {
            Ok(_) => on_message.run(info("Er is een kopie gemaakt.")),
            Err(error) => on_message.run(save_problem(&error)),
        }
    };
    let export_one = {
        let name = name.clone();
        Callback::new(move |()| on_message.run(export(drafts, vec![envelope.get_value()], &name)))
    };
    let title_id = format!("plan-{id}");
    let labelled_by = title_id.clone();
    let heading = title_id.clone();
    view! {
        <li class="draft" aria-labelledby=labelled_by>
            <h2 class="draft__name" id=title_id><A href=open_href>{name.clone()}</A></h2>
            <p class="draft__meta">{progress} " · " {updated}</p>
            <p class="draft__file">{file}</p>
            <BackupReminder envelope on_backup=export_one heading />
            <Show
                when=move || renaming.get()
                fallback=move || view! {
                    <div class="draft__actions">
                        <A href=continue_href.clone() attr:class="button">"Verder werken"</A>
                        <button type="button" class="button button--secondary" on:click=move |_| renaming.set(true)>"Naam wijzigen"</button>
                        <button type="button" class="button button--secondary" on:click=duplicate>"Kopie maken"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| export_one.run(())>"Exporteren"</button>
                        <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>"Verwijderen"</button>
                    </div>
                }
            >
                <RenameForm envelope new_name on_message on_close=Callback::new(move |()| renaming.set(false)) />
            </Show>
            {move || confirming.get().then(|| {
                let name = envelope.with_value(display_name);
                view! {
                    <ConfirmBox
                        label="Bevestig verwijderen"
                        question=format!("Weet u zeker dat u “{name}” wilt verwijderen? U kunt dit daarna nog even ongedaan maken.")
                        yes=format!("Ja, verwijder “{name}”")
                        no="Nee, bewaren"
                        on_yes=Callback::new(move |()| {
                            confirming.set(false);
                            on_delete.run(envelope.get_value());
                        })
                        on_no=Callback::new(move |()| confirming.set(false))
                    />
                }
            })}
        </li>
    }
}

/// Renames a draft in place.
#[component]
fn RenameForm(
    /// The draft as stored.
    envelope: StoredValue<Envelope<DraftData>>,
    /// The name being typed (kept while the form is closed and opened again).
    new_name: RwSignal<String>,
    /// Shows a message above the list.
    on_message: Callback<Option<Message>>,
    /// Called when the form is done with (saved or cancelled).
    on_close: Callback<()>,
) -> impl IntoView {
    let drafts = use_drafts();
    let input_id = format!("naam-{}", envelope.with_value(|e| e.id.clone()));
    let rename = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let name = new_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            on_message.run(problem("Geef het plan een naam."));
            return;
        }
        let mut changed = envelope.get_value();
        changed.name = name;
        changed.data.named = true;
        changed.record_change(now());
        match drafts.save(&mut changed) {
            Ok(()) => {
                on_close.run(());
                on_message.run(info("De naam is gewijzigd."));
            }
            Err(error) => on_message.run(save_problem(&error)),
        }
    };
    view! {
        <form class="draft__rename" on:submit=rename>
            <label for=input_id.clone()>"Nieuwe naam"</label>
            <input
                id=input_id
                type="text"
                prop:value=move || new_name.get()
                on:input=move |event| new_name.set(event_target_value(&event))
            />
            <button type="submit" class="button">"Opslaan"</button>
            <button type="button" class="button button--secondary" on:click=move |_| on_close.run(())>"Annuleren"</button>
        </form>
    }
}
