//! Drafts in `localStorage`, one key per draft (`wwd.concept.<id>`), each a
//! versioned envelope. The only code that touches localStorage for drafts.
//!
//! It never panics and never silently loses data:
//! - storage that throws on access (sandboxed or blocked frames, blocked site
//!   data) gives a store that lives as long as the window, and the UI says
//!   work is not kept once the window closes;
//! - a failed write (quota) leaves the last good copy in place and says so;
//! - unreadable or newer-version data is never overwritten or deleted by a
//!   save: it is listed as such, with its raw text for download;
//! - a save checks first that the stored version is the one it builds on,
//!   so a change made in another tab is never overwritten without the user
//!   choosing.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::draft::{read_envelope, Envelope, Kinship, ReadError};

/// The prefix of every draft key.
pub const KEY_PREFIX: &str = "wwd.concept.";

pub fn key_of(id: &str) -> String {
    format!("{KEY_PREFIX}{id}")
}

/// What is stored under a draft key.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored<D> {
    Draft(Envelope<D>),
    /// Written by a newer app version: shown read-only, never changed.
    Newer { key: String, raw: String, version: u32 },
    /// Truncated, hand-edited or otherwise broken: kept aside, offered as a download.
    Unreadable { key: String, raw: String, reason: String },
}

/// Why a save did not happen. The draft stays in memory in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved this draft since we loaded it (its revision).
    Conflict(u64),
    /// The key holds data this version cannot read (broken or newer): it is kept.
    Protected,
    /// The browser's storage is full.
    Quota,
    /// Any other refusal by the browser.
    Failed(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Conflict(_) => f.write_str("Dit plan is intussen in een ander tabblad of venster gewijzigd."),
            SaveError::Protected => f.write_str("Op deze plek staat een versie die deze tool niet kan lezen; die blijft bewaard."),
            SaveError::Quota => f.write_str("De opslag van uw browser is vol."),
            SaveError::Failed(reason) => write!(f, "De browser weigerde het opslaan ({reason})."),
        }
    }
}

enum Backend {
    Local(web_sys::Storage),
    /// Storage is missing or throws: work lives only in this window, in
    /// memory and in the window's name (`keep_in_window`).
    Memory(RefCell<BTreeMap<String, String>>),
}

pub struct DraftStore {
    backend: Backend,
}

/// The name of a DOMException (`QuotaExceededError`, ...), if it is one.
fn exception_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

fn is_quota(error: &JsValue) -> bool {
    let name = exception_name(error);
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}

impl DraftStore {
    /// Opens localStorage if it can be read and written; else an in-memory store.
    pub fn open() -> DraftStore {
        let probe = || -> Option<web_sys::Storage> {
            let storage = web_sys::window()?.local_storage().ok()??;
            let key = "wwd.probe";
            storage.set_item(key, "1").ok()?;
            storage.remove_item(key).ok()?;
            Some(storage)
        };
        match probe() {
            Some(storage) => DraftStore { backend: Backend::Local(storage) },
            None => DraftStore::in_this_window(),
        }
    }

    /// A store that keeps drafts only as long as this window: what a page
    /// before it in the window kept is there.
    pub fn in_this_window() -> DraftStore {
        DraftStore { backend: Backend::Memory(RefCell::new(kept_in_window())) }
    }

    /// Whether drafts survive closing the window.
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local(_))
    }

    fn get(&self, key: &str) -> Option<String> {
        match &self.backend {
            Backend::Local(storage) => storage.get_item(key).ok().flatten(),
            Backend::Memory(map) => map.borrow().get(key).cloned(),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        match &self.backend {
            Backend::Local(storage) => storage.set_item(key, value).map_err(|error| {
                if is_quota(&error) { SaveError::Quota } else { SaveError::Failed(exception_name(&error)) }
            }),
            Backend::Memory(map) => {
                map.borrow_mut().insert(key.to_owned(), value.to_owned());
                keep_in_window(&map.borrow());
                Ok(())
            }
        }
    }

    /// Whether anything is stored under a draft's key, readable or not
    /// (without reading it).
    pub fn holds_any(&self) -> bool {
        !self.keys().is_empty()
    }

    fn keys(&self) -> Vec<String> {
        match &self.backend {
            Backend::Local(storage) => {
                let count = storage.length().unwrap_or(0);
                (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(KEY_PREFIX)).collect()
            }
            Backend::Memory(map) => map.borrow().keys().filter(|k| k.starts_with(KEY_PREFIX)).cloned().collect(),
        }
    }

    fn read<D: DeserializeOwned>(key: String, raw: String) -> Stored<D> {
        match read_envelope(&raw) {
            Ok(envelope) => Stored::Draft(envelope),
            Err(ReadError::Newer(version)) => Stored::Newer { key, raw, version },
            Err(ReadError::Unreadable(reason)) => Stored::Unreadable { key, raw, reason },
        }
    }

    /// Everything stored under draft keys, readable or not.
    pub fn list<D: DeserializeOwned>(&self) -> Vec<Stored<D>> {
        let mut keys = self.keys();
        keys.sort_unstable();
        keys.into_iter().filter_map(|key| self.get(&key).map(|raw| Self::read(key, raw))).collect()
    }

    pub fn load<D: DeserializeOwned>(&self, id: &str) -> Option<Stored<D>> {
        let key = key_of(id);
        self.get(&key).map(|raw| Self::read(key, raw))
    }

    /// The version stored under `key`, if any, read as the draft to be saved
    /// over it; an error if it cannot be read so (then it is never saved over).
    fn stored_version<D: DeserializeOwned>(&self, key: &str) -> Result<Option<Envelope<D>>, SaveError> {
        let Some(raw) = self.get(key) else { return Ok(None) };
        read_envelope(&raw).map(Some).map_err(|_| SaveError::Protected)
    }

    /// Saves a draft on top of the version it was loaded or last saved as;
    /// on success it becomes a new version. When another version is stored
    /// (another tab saved since) nothing changes: `SaveError::Conflict`.
    pub fn save<D: Serialize + DeserializeOwned>(&self, envelope: &mut Envelope<D>, now: i64) -> Result<(), SaveError> {
        if let Some(stored) = self.stored_version::<D>(&key_of(&envelope.id))? {
            if envelope.kinship_of(&stored) != Kinship::Same {
                return Err(SaveError::Conflict(stored.revision));
            }
        }
        self.write(envelope, now)
    }

    /// Saves on top of whatever is stored (the user chose to keep this copy):
    /// tabs holding the stored version see this one as its successor.
    pub fn overwrite<D: Serialize + DeserializeOwned>(&self, envelope: &mut Envelope<D>, now: i64) -> Result<(), SaveError> {
        let (revision, lineage) = (envelope.revision, envelope.lineage.clone());
        if let Some(stored) = self.stored_version::<D>(&key_of(&envelope.id))? {
            envelope.revision = envelope.revision.max(stored.revision);
            envelope.lineage = stored.lineage;
        }
        let result = self.write(envelope, now);
        if result.is_err() {
            (envelope.revision, envelope.lineage) = (revision, lineage);
        }
        result
    }

    fn write<D: Serialize>(&self, envelope: &mut Envelope<D>, now: i64) -> Result<(), SaveError> {
        let before = (envelope.revision, envelope.updated, envelope.lineage.clone());
        envelope.mark_saved(new_mark(), now);
        let json = serde_json::to_string(&*envelope).map_err(|e| SaveError::Failed(e.to_string()));
        let result = json.and_then(|json| self.set(&key_of(&envelope.id), &json));
        if result.is_err() {
            (envelope.revision, envelope.updated, envelope.lineage) = before;
        }
        result
    }

    /// Removes a draft (the UI keeps it in memory for undo).
    pub fn delete(&self, id: &str) -> Result<(), SaveError> {
        let key = key_of(id);
        match &self.backend {
            Backend::Local(storage) => storage.remove_item(&key).map_err(|e| SaveError::Failed(exception_name(&e))),
            Backend::Memory(map) => {
                map.borrow_mut().remove(&key);
                keep_in_window(&map.borrow());
                Ok(())
            }
        }
    }
}

/// What starts the window's name when it holds the drafts.
const WINDOW_NAME_PREFIX: &str = "wwd.concepten:";
/// Between two drafts, and between a draft's key and its JSON, in the
/// window's name: control characters that JSON always escapes, so no draft
/// holds them.
const BETWEEN_DRAFTS: char = '\u{1e}';
const AFTER_KEY: char = '\u{1f}';

/// Without storage, the drafts go into the window's name too: a page of
/// another bundle (Mijn plannen, the advice, a plan) loads in the same
/// window and finds them there. The name lasts as long as the window; Firefox
/// and Safari also clear it when a tab goes to another site.
fn keep_in_window(drafts: &BTreeMap<String, String>) {
    let drafts: Vec<String> = drafts.iter().map(|(key, raw)| format!("{key}{AFTER_KEY}{raw}")).collect();
    if let Some(window) = web_sys::window() {
        let _ = window.set_name(&format!("{WINDOW_NAME_PREFIX}{}", drafts.join(&BETWEEN_DRAFTS.to_string())));
    }
}

/// The drafts a page before this one in the window kept (`keep_in_window`).
fn kept_in_window() -> BTreeMap<String, String> {
    let name = web_sys::window().and_then(|window| window.name().ok()).unwrap_or_default();
    let Some(kept) = name.strip_prefix(WINDOW_NAME_PREFIX) else { return BTreeMap::new() };
    let mut drafts = BTreeMap::new();
    // Inserted one by one: collecting would link a sort for the pairs.
    for (key, raw) in kept.split(BETWEEN_DRAFTS).filter_map(|draft| draft.split_once(AFTER_KEY)) {
        drafts.insert(key.to_owned(), raw.to_owned());
    }
    drafts
}

/// Listens for drafts another tab or window changes, until dropped.
pub struct OtherTabs {
    listener: Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl OtherTabs {
    /// Calls `on_change` with the draft key another tab changed, or `None`
    /// when it cleared all storage.
    pub fn watch(on_change: impl Fn(Option<String>) + 'static) -> Option<OtherTabs> {
        let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            let key = event.key();
            if key.as_deref().is_none_or(|k| k.starts_with(KEY_PREFIX)) {
                on_change(key);
            }
        });
        let window = web_sys::window()?;
        window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref()).ok()?;
        Some(OtherTabs { listener })
    }
}

impl Drop for OtherTabs {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("storage", self.listener.as_ref().unchecked_ref());
        }
    }
}

/// Milliseconds since 1970, UTC.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// Local time in milliseconds since 1970, for showing dates.
pub fn local(ms: i64) -> i64 {
    let offset_minutes = js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset();
    ms - (offset_minutes as i64) * 60_000
}

/// A new draft id: time and randomness, URL-safe.
pub fn new_id() -> String {
    format!("{}{}", to_base36(now() as u64), random_base36(6))
}

/// A save's mark (see `Envelope::lineage`): two saves at once must differ.
fn new_mark() -> String {
    random_base36(8)
}

/// Up to `digits` random base-36 digits.
fn random_base36(digits: i32) -> String {
    to_base36((js_sys::Math::random() * 36f64.powi(digits)) as u64)
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
