//! `/plannen`: every draft in this browser, with create, open, rename,
//! duplicate, export, import and delete (with undo).

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use super::actions::{export, first_file, import_file, info, problem, save_problem};
use super::backup::PersistenceNote;
use super::row::DraftRow;
use super::unreadable::Unreadable;
use super::{display_name, newest_first, use_drafts, MemoryOnlyNotice};
use crate::ui::focus::focus_later;
use crate::domain::draft::{DraftData, Envelope};
use crate::ui::title::use_title;
use crate::ui::widgets::{Message, MessageArea};
use crate::ui::EmbedMode;
use crate::ui::routes::{href, DraftPage, Place};

/// The ids of the page's status and alert regions (they take focus).
const STATUS_ID: &str = "plannen-status";
const ALERT_ID: &str = "plannen-melding";

/// How long "Ongedaan maken" stays after a delete.
const UNDO_SECONDS: u64 = 15;

/// `/plannen`: "Mijn plannen".
#[component]
pub fn Plans() -> impl IntoView {
    use_title(|| "Mijn plannen".to_owned());
    let drafts = use_drafts();
    let EmbedMode(embedded) = expect_context::<EmbedMode>();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<Message>);
    let undo = RwSignal::new(None::<Envelope<DraftData>>);
    // Each delete's timer ends only its own undo, not a later delete's.
    let deletes = StoredValue::new(0u32);
    let stored = Memo::new(move |_| drafts.list());
    let readable = Memo::new(move |_| newest_first(stored.get()));
    let show = move |next: Option<Message>| {
        let alert = next.as_ref().is_some_and(|m| m.alert);
        message.set(next);
        focus_later(if alert { ALERT_ID } else { STATUS_ID });
    };

    let create = {
        let navigate = navigate.clone();
        move |_| match drafts.create() {
            Ok(id) => navigate(&href(&Place::Draft { id, page: DraftPage::Overview }), Default::default()),
            Err(error) => show(save_problem(&error)),
        }
    };
    let export_all = move |_| {
        let all = readable.get_untracked();
        show(if all.is_empty() { problem("Er zijn nog geen plannen om te exporteren.") } else { export(drafts, all, "alle plannen") });
    };
    let on_delete = Callback::new(move |envelope: Envelope<DraftData>| match drafts.delete(&envelope.id) {
        Ok(()) => {
            let name = display_name(&envelope);
            undo.set(Some(envelope));
            show(info(format!("“{name}” is verwijderd.")));
            deletes.update_value(|n| *n += 1);
            let this_delete = deletes.get_value();
            let expire = move || {
                if deletes.get_value() == this_delete {
                    undo.set(None);
                }
            };
            set_timeout(expire, Duration::from_secs(UNDO_SECONDS));
        }
        Err(error) => show(save_problem(&error)),
    });
    let restore = move |_| {
        if let Some(mut envelope) = undo.get_untracked() {
            envelope.revision = 0;
            match drafts.save(&mut envelope) {
                Ok(()) => show(info(format!("“{}” is teruggezet.", display_name(&envelope)))),
                Err(error) => show(save_problem(&error)),
            }
            undo.set(None);
        }
    };
    let on_message = Callback::new(move |next: Option<Message>| show(next));

    view! {
        <div class="page plans">
            <h1>"Mijn plannen"</h1>
            <MemoryOnlyNotice />
            {embedded.then(|| view! { <EmbeddedNotice /> })}
            <p class="lead">
                "Uw plannen staan alleen in deze browser, op dit apparaat. Niemand anders kan ze zien. "
                "Exporteer een plan naar een bestand om het te bewaren, door te sturen of op een andere computer verder te werken."
            </p>
            <PersistenceNote />
            <div class="actions">
                <button type="button" class="button" on:click=create>"Nieuw plan"</button>
                <button type="button" class="button button--secondary" on:click=export_all>"Alles exporteren"</button>
            </div>
            <ImportDropzone on_message />
            <MessageArea message ids=(STATUS_ID, ALERT_ID)>
                {move || undo.get().is_some().then(|| view! {
                    <button type="button" class="button button--secondary" on:click=restore>"Ongedaan maken"</button>
                })}
            </MessageArea>
            <DraftList drafts=readable on_delete on_message />
            <Unreadable stored />
        </div>
    }
}

/// Drafts made inside another site's frame are kept apart by the browser.
#[component]
fn EmbeddedNotice() -> impl IntoView {
    view! {
        <div class="notice">
            <p>
                "U gebruikt de tool binnen een andere website. Plannen die u hier maakt, bewaart de browser apart van de tool die u "
                "direct opent, en andersom. Neem een plan mee met Exporteren en Importeren, of open de tool in een nieuw venster."
            </p>
        </div>
    }
}

/// Import by picking a file or dropping it here.
#[component]
fn ImportDropzone(
    /// Shows how the import went.
    on_message: Callback<Option<Message>>,
) -> impl IntoView {
    let drafts = use_drafts();
    let import = move |file: web_sys::File| spawn_local(async move { on_message.run(import_file(drafts, file).await) });
    let picked = move |event: leptos::ev::Event| {
        let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(|i| first_file(i.files())) {
            import(file);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let dropped = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        if let Some(file) = first_file(event.data_transfer().and_then(|d| d.files())) {
            import(file);
        }
    };
    view! {
        <div class="dropzone" on:dragover=|event: leptos::ev::DragEvent| event.prevent_default() on:drop=dropped>
            <label for="importeer" class="dropzone__label">"Importeer een plan uit een bestand"</label>
            <p class="hint" id="importeer-hint">
                "Kies een .json-bestand dat u eerder met “Exporteren” hebt gemaakt, of sleep het hierheen. "
                "Bestaande plannen blijven zoals ze zijn; een plan met dezelfde naam wordt een kopie."
            </p>
            <input id="importeer" type="file" accept=".json,application/json" aria-describedby="importeer-hint" on:change=picked />
        </div>
    }
}

/// The readable drafts, or what to do when there are none.
#[component]
fn DraftList(
    /// The readable drafts, newest first.
    drafts: Memo<Vec<Envelope<DraftData>>>,
    /// Called after the user confirmed deleting one.
    on_delete: Callback<Envelope<DraftData>>,
    /// Shows a message above the list.
    on_message: Callback<Option<Message>>,
) -> impl IntoView {
    move || {
        let list = drafts.get();
        if list.is_empty() {
            view! {
                <div class="empty-state">
                    <p>"U hebt nog geen plannen in deze browser."</p>
                    <p>"Begin een nieuw plan, of importeer een plan dat u eerder hebt geëxporteerd."</p>
                </div>
            }
            .into_any()
        } else {
            view! {
                <ul class="draft-list">
                    {list.into_iter().map(|envelope| view! { <DraftRow envelope on_delete on_message /> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}
