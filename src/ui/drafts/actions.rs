//! What the user does with stored drafts as files, and the messages that
//! say how it went.

use super::{display_name, Drafts};
use crate::domain::draft::{export_file_name, export_json, read_import, unique_name, DraftData, Envelope, MAX_IMPORT_BYTES};
use crate::browser::drafts::{local, now, SaveError};
use crate::browser::files::{download, read_text};
use crate::ui::widgets::Message;

pub fn info(text: impl Into<String>) -> Option<Message> {
    Some(Message::info(text))
}

pub fn problem(text: impl Into<String>) -> Option<Message> {
    Some(Message::problem(text))
}

pub fn save_problem(error: &SaveError) -> Option<Message> {
    problem(format!("Dat lukte niet: {error} Er is niets veranderd."))
}

/// Downloads drafts as an export file and records when they were exported.
pub fn export(drafts: Drafts, mut envelopes: Vec<Envelope<DraftData>>, label: &str) -> Option<Message> {
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
pub async fn import_file(drafts: Drafts, file: web_sys::File) -> Option<Message> {
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

pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|list| list.get(0))
}
