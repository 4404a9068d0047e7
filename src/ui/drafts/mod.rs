//! The drafts the user keeps in this browser: the app-wide store context
//! and the "Mijn plannen" page.

pub(crate) mod actions;
mod backup;
mod list;
mod row;
mod unreadable;

pub use list::Plans;

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::content;
use crate::domain::draft::{default_name, DraftData, Envelope};
use crate::browser::backup::{forget_reminder, request_persistence, Persistence};
use crate::browser::drafts::{local, new_id, now, DraftStore, OtherTabs, SaveError, Stored};

/// The draft store, shared by every page. Copy: a handle.
#[derive(Clone, Copy)]
pub struct Drafts {
    store: StoredValue<DraftStore, LocalStorage>,
    /// Goes up on every change to stored drafts, here or in another tab.
    pub changes: RwSignal<u32>,
    /// The key another tab changed last (sessions compare it with theirs).
    pub external_change: RwSignal<Option<String>>,
    /// False when the browser keeps nothing: work lives in this window only.
    pub persistent: bool,
    /// The browser's answer to keeping drafts, once asked and answered.
    pub persistence: RwSignal<Option<Persistence>>,
    persistence_asked: StoredValue<bool>,
}

impl Drafts {
    /// Every stored draft, readable or not; re-read when anything changes.
    pub fn list(&self) -> Vec<Stored<DraftData>> {
        self.changes.track();
        self.store.with_value(|store| store.list())
    }

    /// The draft stored under `id`, read as `D` (`DraftData`, or less).
    pub fn load<D: DeserializeOwned>(&self, id: &str) -> Option<Stored<D>> {
        self.store.with_value(|store| store.load(id))
    }

    pub fn save(&self, envelope: &mut Envelope<DraftData>) -> Result<(), SaveError> {
        let result = self.store.with_value(|store| store.save(envelope, now()));
        if result.is_ok() {
            self.changes.update(|n| *n += 1);
        }
        result
    }

    /// Saves over a newer copy from another tab (the user chose this one).
    pub fn overwrite(&self, envelope: &mut Envelope<DraftData>) -> Result<(), SaveError> {
        let result = self.store.with_value(|store| store.overwrite(envelope, now()));
        if result.is_ok() {
            self.changes.update(|n| *n += 1);
        }
        result
    }

    pub fn delete(&self, id: &str) -> Result<(), SaveError> {
        let result = self.store.with_value(|store| store.delete(id));
        forget_reminder(id);
        self.changes.update(|n| *n += 1);
        result
    }

    /// Stores a new envelope under a fresh id, under the name it has (callers
    /// make it unique where that matters); returns the id.
    pub fn add(&self, mut envelope: Envelope<DraftData>) -> Result<String, SaveError> {
        envelope.id = new_id();
        envelope.revision = 0;
        envelope.lineage.clear();
        self.save(&mut envelope)?;
        self.ask_persistence();
        Ok(envelope.id)
    }

    /// Asks the browser once to keep the drafts (only when there are some:
    /// Firefox asks the user).
    fn ask_persistence(&self) {
        if self.persistent && !self.persistence_asked.get_value() {
            self.persistence_asked.set_value(true);
            let persistence = self.persistence;
            leptos::task::spawn_local(async move {
                let _ = persistence.try_set(Some(request_persistence().await));
            });
        }
    }

    /// Makes an empty draft; returns its id.
    pub fn create(&self) -> Result<String, SaveError> {
        let created = now();
        let envelope = Envelope::new(String::new(), default_name("", local(created)), created, DraftData::default());
        self.add(envelope)
    }

    /// The names of the readable drafts.
    pub fn names(&self) -> Vec<String> {
        self.store
            .with_value(|store| store.list::<DraftData>())
            .into_iter()
            .filter_map(|stored| match stored {
                Stored::Draft(envelope) => Some(envelope.name),
                _ => None,
            })
            .collect()
    }
}

/// The name to show for a draft: the user's own, or the default one.
pub fn display_name(envelope: &Envelope<DraftData>) -> String {
    if envelope.data.named && !envelope.name.trim().is_empty() {
        envelope.name.clone()
    } else {
        default_name(&envelope.data.answers.municipality, local(envelope.created))
    }
}

/// The readable drafts, the most recently changed first.
pub fn newest_first(stored: Vec<Stored<DraftData>>) -> Vec<Envelope<DraftData>> {
    let mut list: Vec<Envelope<DraftData>> =
        stored.into_iter().filter_map(|s| if let Stored::Draft(e) = s { Some(e) } else { None }).collect();
    list.sort_unstable_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    list
}

/// "7 van 19 vragen beantwoord"
pub fn progress_text(data: &DraftData) -> String {
    let (answered, total) = data.progress(content::questionnaire());
    format!("{answered} van {total} vragen beantwoord")
}

/// Opens the store once for the whole app, asks the browser to keep it, and
/// listens for changes other tabs make.
pub fn provide_drafts() {
    let store = DraftStore::open();
    let persistent = store.is_persistent();
    let drafts = Drafts {
        store: StoredValue::new_local(store),
        changes: RwSignal::new(0),
        external_change: RwSignal::new(None),
        persistent,
        persistence: RwSignal::new(None),
        persistence_asked: StoredValue::new(false),
    };
    if drafts.store.with_value(DraftStore::holds_any) {
        drafts.ask_persistence();
    }
    provide_context(drafts);
    let other_tabs = OtherTabs::watch(move |key| {
        // An empty key: another tab cleared all storage.
        drafts.external_change.set(Some(key.unwrap_or_default()));
        drafts.changes.update(|n| *n += 1);
    });
    // Kept (and listening) for as long as the app lives.
    let _listening = StoredValue::new_local(other_tabs);
}

pub fn use_drafts() -> Drafts {
    expect_context::<Drafts>()
}

/// The permanent notice when the browser keeps nothing.
#[component]
pub fn MemoryOnlyNotice() -> impl IntoView {
    let drafts = use_drafts();
    (!drafts.persistent).then(|| {
        view! {
            <div class="notice notice--warning" role="status">
                <p><strong>"Uw werk wordt niet bewaard."</strong></p>
                <p>
                    "Deze browser staat niet toe dat de tool gegevens opslaat (bijvoorbeeld omdat de tool in een andere website staat, "
                    "of omdat u het bewaren van sitegegevens hebt uitgezet). U kunt gewoon werken, maar als u dit venster sluit, is uw werk weg. "
                    "Exporteer uw plan naar een bestand om het te bewaren, of open de tool in een nieuw venster."
                </p>
            </div>
        }
    })
}
