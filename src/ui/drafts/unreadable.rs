//! Stored data this version cannot open, listed apart and offered as a download.

use leptos::prelude::*;

use crate::domain::draft::DraftData;
use crate::browser::drafts::Stored;
use crate::browser::files::download;

/// Stored data this version cannot open: kept, offered as a download.
#[component]
pub fn Unreadable(
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
