//! On "Mijn plannen": whether the browser keeps the drafts, when each draft
//! was last saved to a file, and a calm reminder to download a backup of
//! changes that are in no file (`domain::backup` decides when).

use leptos::prelude::*;

use super::use_drafts;
use crate::domain::draft::{format_date, format_date_time, DraftData, Envelope};
use crate::browser::backup::{dismiss_reminder, reminder_dismissed, Persistence};
use crate::browser::drafts::{local, now};
use crate::ui::focus::focus;

/// What the browser said about keeping the drafts; nothing until it answered.
#[component]
pub fn PersistenceNote() -> impl IntoView {
    let drafts = use_drafts();
    let safari = "Safari wist ze ook als u de tool een week niet hebt geopend. Een bestand is de veilige kopie: sla uw plannen ook op als bestand.";
    move || {
        drafts.persistence.get().map(|persistence| {
            let text = match persistence {
                Persistence::Granted => {
                    "Deze browser heeft beloofd uw plannen te bewaren, ook als er weinig ruimte op dit apparaat is. Een bestand blijft de veiligste kopie.".to_owned()
                }
                Persistence::NotGranted => format!("Deze browser kan uw plannen zelf wissen, bijvoorbeeld als er weinig ruimte op dit apparaat is. {safari}"),
                Persistence::Unavailable => format!("Browsers kunnen opgeslagen plannen zelf wissen, bijvoorbeeld als er weinig ruimte op het apparaat is. {safari}"),
            };
            view! { <p class="storage-note">{text}</p> }
        })
    }
}

/// "Laatst opgeslagen als bestand op ...", and whether later changes are in no file.
pub fn file_status(envelope: &Envelope<DraftData>) -> String {
    match (envelope.exported, envelope.has_unexported_changes()) {
        (None, _) => "Nog niet opgeslagen als bestand.".to_owned(),
        (Some(at), unexported) => format!(
            "Laatst opgeslagen als bestand op {}. {}",
            format_date_time(local(at)),
            if unexported { "Wat u daarna hebt gewijzigd, staat nog niet in een bestand." } else { "Alle wijzigingen staan in dat bestand." }
        ),
    }
}

/// The reminder to download a backup of one draft, until it is saved to a
/// file or the user closes it (remembered in this browser).
#[component]
pub fn BackupReminder(
    /// The draft as stored.
    envelope: StoredValue<Envelope<DraftData>>,
    /// Downloads the draft as a file.
    on_backup: Callback<()>,
    /// The id of the draft's heading: focus goes to its link when the reminder closes.
    heading: String,
) -> impl IntoView {
    let id = envelope.with_value(|e| e.id.clone());
    let dismissed = RwSignal::new(reminder_dismissed(&id));
    let close = move |_: leptos::ev::MouseEvent| {
        let at = now();
        dismiss_reminder(&id, at);
        dismissed.set(Some(at));
        focus(document().query_selector(&format!("#{heading} a")).ok().flatten());
    };
    move || {
        envelope.with_value(|e| e.backup_reminder(dismissed.get(), now())).map(|reminder| {
            let close = close.clone();
            view! {
                <div class="notice backup-reminder">
                    <p><strong>"Tijd voor een reservekopie"</strong></p>
                    <p>
                        {format!("U hebt dit plan sinds {} gewijzigd. Die wijzigingen staan nog niet in een bestand. ", format_date(local(reminder.since)))}
                        "Browsers kunnen opgeslagen plannen wissen. Met een bestand bent u ze niet kwijt."
                    </p>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| on_backup.run(())>"Download een reservekopie"</button>
                        <button type="button" class="button button--secondary" on:click=close>"Sluiten"</button>
                    </div>
                </div>
            }
        })
    }
}
