//! `/plannen`: every draft in this browser, with create, open, rename,
//! duplicate, export, import and delete (with undo).

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use super::backup::{file_status, BackupReminder, PersistenceNote};
use super::{display_name, focus_later, progress_text, use_drafts, Drafts, MemoryOnlyNotice};
use crate::domain::draft::{export_file_name, export_json, format_date_time, read_import, unique_name, DraftData, Envelope, MAX_IMPORT_BYTES};
use crate::storage::drafts::{local, now, SaveError, Stored};
use crate::storage::files::{download, read_text};
use crate::ui::title::use_title;
use crate::ui::EmbedMode;

/// How long "Ongedaan maken" stays after a delete.
const UNDO_SECONDS: u64 = 15;

/// A message above the list: `alert` for errors (read at once), else status.
#[derive(Clone, PartialEq)]
struct Message {
    text: String,
    alert: bool,
}

fn info(text: impl Into<String>) -> Option<Message> {
    Some(Message { text: text.into(), alert: false })
}

fn problem(text: impl Into<String>) -> Option<Message> {
    Some(Message { text: text.into(), alert: true })
}

fn save_problem(error: &SaveError) -> Option<Message> {
    problem(format!("Dat lukte niet: {error} Er is niets veranderd."))
}

/// Downloads drafts as an export file and records when they were exported.
fn export(drafts: Drafts, mut envelopes: Vec<Envelope<DraftData>>, label: &str) -> Option<Message> {
    let at = now();
    envelopes.iter_mut().for_each(|envelope| envelope.record_export(at));
    let json = export_json(&envelopes.iter().collect::<Vec<_>>(), at);
    if let Err(error) = download(&export_file_name(label, local(at)), "application/json", json.as_bytes()) {
        return problem(error);
    }
    for mut envelope in envelopes {
        let _ = drafts.save(&mut envelope);
    }
    info("Het bestand is gedownload. Bewaar het op een veilige plek: u kunt het later weer importeren.")
}

/// Imports every draft in a file (strict: all or nothing), under names not yet taken.
async fn import_file(drafts: Drafts, file: web_sys::File) -> Option<Message> {
    let text = match read_text(file, MAX_IMPORT_BYTES).await {
        Ok(text) => text,
        Err(error) => return problem(error),
    };
    let envelopes = match read_import::<DraftData>(&text) {
        Ok(envelopes) => envelopes,
        Err(error) => return problem(error.to_string()),
    };
    let mut names = drafts.names();
    let count = envelopes.len();
    for mut envelope in envelopes {
        let name = unique_name(&display_name(&envelope), &names.iter().map(String::as_str).collect::<Vec<_>>());
        if name != display_name(&envelope) {
            envelope.data.named = true;
        }
        envelope.name = name.clone();
        names.push(name);
        if let Err(error) = drafts.add(envelope) {
            return problem(format!("Het importeren stopte: {error} Geïmporteerde plannen staan in de lijst."));
        }
    }
    info(if count == 1 { "1 plan geïmporteerd.".to_owned() } else { format!("{count} plannen geïmporteerd.") })
}

fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|list| list.get(0))
}

#[component]
pub fn Plans() -> impl IntoView {
    use_title(|| "Mijn plannen".to_owned());
    let drafts = use_drafts();
    let EmbedMode(embedded) = expect_context::<EmbedMode>();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<Message>);
    let undo = RwSignal::new(None::<Envelope<DraftData>>);
    let stored = Memo::new(move |_| drafts.list());
    let readable = Memo::new(move |_| {
        let mut list: Vec<Envelope<DraftData>> =
            stored.get().into_iter().filter_map(|s| if let Stored::Draft(e) = s { Some(e) } else { None }).collect();
        list.sort_by(|a, b| b.updated.cmp(&a.updated));
        list
    });
    let show = move |next: Option<Message>| {
        let alert = next.as_ref().is_some_and(|m| m.alert);
        message.set(next);
        focus_later(if alert { "plannen-melding" } else { "plannen-status" });
    };

    let create = {
        let navigate = navigate.clone();
        move |_| match drafts.create() {
            Ok(id) => navigate(&format!("/plannen/{id}"), Default::default()),
            Err(error) => show(save_problem(&error)),
        }
    };
    let export_all = move |_| {
        let all = readable.get_untracked();
        show(if all.is_empty() { problem("Er zijn nog geen plannen om te exporteren.") } else { export(drafts, all, "alle plannen") });
    };
    let import_picked = move |event: leptos::ev::Event| {
        let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(|i| first_file(i.files())) {
            spawn_local(async move { show(import_file(drafts, file).await) });
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let dropped = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        if let Some(file) = first_file(event.data_transfer().and_then(|d| d.files())) {
            spawn_local(async move { show(import_file(drafts, file).await) });
        }
    };
    let on_delete = Callback::new(move |envelope: Envelope<DraftData>| match drafts.delete(&envelope.id) {
        Ok(()) => {
            let name = display_name(&envelope);
            undo.set(Some(envelope));
            show(info(format!("“{name}” is verwijderd.")));
            set_timeout(move || undo.set(None), Duration::from_secs(UNDO_SECONDS));
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
            {embedded.then(|| view! {
                <div class="notice">
                    <p>
                        "U gebruikt de tool binnen een andere website. Plannen die u hier maakt, bewaart de browser apart van de tool die u "
                        "direct opent, en andersom. Neem een plan mee met Exporteren en Importeren, of open de tool in een nieuw venster."
                    </p>
                </div>
            })}
            <p class="lead">
                "Uw plannen staan alleen in deze browser, op dit apparaat. Niemand anders kan ze zien. "
                "Exporteer een plan naar een bestand om het te bewaren, door te sturen of op een andere computer verder te werken."
            </p>
            <PersistenceNote />
            <div class="actions">
                <button type="button" class="button" on:click=create>"Nieuw plan"</button>
                <button type="button" class="button button--secondary" on:click=export_all>"Alles exporteren"</button>
            </div>
            <div class="dropzone" on:dragover=|event: leptos::ev::DragEvent| event.prevent_default() on:drop=dropped>
                <label for="importeer" class="dropzone__label">"Importeer een plan uit een bestand"</label>
                <p class="hint" id="importeer-hint">
                    "Kies een .json-bestand dat u eerder met “Exporteren” hebt gemaakt, of sleep het hierheen. "
                    "Bestaande plannen blijven zoals ze zijn; een plan met dezelfde naam wordt een kopie."
                </p>
                <input id="importeer" type="file" accept=".json,application/json" aria-describedby="importeer-hint" on:change=import_picked />
            </div>
            <div id="plannen-status" class="message" role="status" tabindex="-1">
                {move || message.get().filter(|m| !m.alert).map(|m| view! { <p>{m.text}</p> })}
                {move || undo.get().is_some().then(|| view! {
                    <button type="button" class="button button--secondary" on:click=restore>"Ongedaan maken"</button>
                })}
            </div>
            <div id="plannen-melding" class="message message--error" role="alert" tabindex="-1">
                {move || message.get().filter(|m| m.alert).map(|m| view! { <p>{m.text}</p> })}
            </div>
            {move || {
                let list = readable.get();
                if list.is_empty() {
                    view! {
                        <div class="empty-state">
                            <p>"U hebt nog geen plannen in deze browser."</p>
                            <p>"Begin een nieuw plan, of importeer een plan dat u eerder hebt geëxporteerd."</p>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <ul class="draft-list">
                            {list.into_iter().map(|envelope| view! { <DraftRow envelope on_delete on_message /> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <Unreadable stored />
        </div>
    }
}

/// One draft in the list, with its actions.
#[component]
fn DraftRow(
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
    let open_href = format!("/plannen/{id}");
    let continue_href = if envelope.data.step.is_empty() { open_href.clone() } else { format!("/plannen/{id}/stap/{}", envelope.data.step) };
    let file = file_status(&envelope);
    let updated = format!("Gewijzigd op {}", format_date_time(local(envelope.changed.unwrap_or(envelope.updated))));
    let progress = progress_text(&envelope.data);
    let envelope = StoredValue::new(envelope);

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
                renaming.set(false);
                on_message.run(info("De naam is gewijzigd."));
            }
            Err(error) => on_message.run(save_problem(&error)),
        }
    };
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
                <form class="draft__rename" on:submit=rename>
                    <label for=format!("naam-{}", envelope.with_value(|e| e.id.clone()))>"Nieuwe naam"</label>
                    <input
                        id=format!("naam-{}", envelope.with_value(|e| e.id.clone()))
                        type="text"
                        prop:value=move || new_name.get()
                        on:input=move |event| new_name.set(event_target_value(&event))
                    />
                    <button type="submit" class="button">"Opslaan"</button>
                    <button type="button" class="button button--secondary" on:click=move |_| renaming.set(false)>"Annuleren"</button>
                </form>
            </Show>
            {move || confirming.get().then(|| {
                let name = envelope.with_value(display_name);
                view! {
                    <div class="confirm" role="group" aria-label="Bevestig verwijderen">
                        <p>{format!("Weet u zeker dat u “{name}” wilt verwijderen? U kunt dit daarna nog even ongedaan maken.")}</p>
                        <button type="button" class="button button--danger" on:click=move |_| {
                            confirming.set(false);
                            on_delete.run(envelope.get_value());
                        }>{format!("Ja, verwijder “{name}”")}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>"Nee, bewaren"</button>
                    </div>
                }
            })}
        </li>
    }
}

/// Stored data this version cannot open: kept, offered as a download.
#[component]
fn Unreadable(
    /// Everything stored under draft keys.
    stored: Memo<Vec<Stored<DraftData>>>,
) -> impl IntoView {
    let problems = move || {
        stored
            .get()
            .into_iter()
            .filter_map(|s| match s {
                Stored::Draft(_) => None,
                Stored::Newer { key, raw, version } => Some((
                    key,
                    raw,
                    format!("Gemaakt met een nieuwere versie van deze tool (formaatversie {version}). Deze versie laat het ongemoeid. Open het in de nieuwste versie, of download het."),
                )),
                Stored::Unreadable { key, raw, reason } => Some((
                    key,
                    raw,
                    format!("Dit plan kan niet worden gelezen: {reason}. Het blijft bewaard zoals het is. Download de tekst om hulp te vragen of het te herstellen."),
                )),
            })
            .collect::<Vec<_>>()
    };
    move || {
        let problems = problems();
        (!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|(key, raw, text)| {
                    let file = format!("{}.json", key.replace('.', "-"));
                    view! {
                        <li class="draft draft--problem">
                            <p>{text}</p>
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                let _ = download(&file, "application/json", raw.as_bytes());
                            }>"Download de tekst"</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>"Plannen die deze versie niet kan openen"</h2>
                <ul class="draft-list">{items}</ul>
            }
        })
    }
}
