//! What keeps drafts safe beyond the browser's whim: the request for
//! persistent storage, and when the user last dismissed a backup reminder.
//! Nothing here panics: a missing API or a rejected promise is an outcome.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// What the browser said when asked to keep this site's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// The browser will not clear it on its own when space runs low.
    Granted,
    /// Refused, undecided or failed: the browser may clear it.
    NotGranted,
    /// The browser does not offer the request (older browsers, insecure pages).
    Unavailable,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let offered = |target: &JsValue, name: &str| js_sys::Reflect::get(target, &JsValue::from_str(name)).is_ok_and(|v| v.is_function());
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok().filter(|m| m.is_object())?;
    (offered(&manager, "persist") && offered(&manager, "persisted")).then(|| navigator.storage())
}

async fn answer(promise: Result<js_sys::Promise, JsValue>) -> bool {
    match promise {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        Err(_) => false,
    }
}

/// Asks the browser to keep this site's storage, unless it already does.
pub async fn request_persistence() -> Persistence {
    let Some(manager) = storage_manager() else { return Persistence::Unavailable };
    if answer(manager.persisted()).await || answer(manager.persist()).await {
        Persistence::Granted
    } else {
        Persistence::NotGranted
    }
}

const DISMISSED_PREFIX: &str = "wwd.herinnering.";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// When the user last dismissed the backup reminder for draft `id`.
pub fn reminder_dismissed(id: &str) -> Option<i64> {
    local_storage()?.get_item(&format!("{DISMISSED_PREFIX}{id}")).ok().flatten()?.parse().ok()
}

/// Remembers that the reminder for draft `id` was dismissed at `at`;
/// where storage is missing it is simply not remembered.
pub fn dismiss_reminder(id: &str, at: i64) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&format!("{DISMISSED_PREFIX}{id}"), &at.to_string());
    }
}

/// Forgets the dismissal of a deleted draft.
pub fn forget_reminder(id: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&format!("{DISMISSED_PREFIX}{id}"));
    }
}
