//! Per-tab flags kept in `sessionStorage`, for as long as the tab lives.
//! Storage may be missing or throw (sandboxed frames, blocked site data):
//! then flags are simply not remembered.

use web_sys::Storage;

const EMBED_KEY: &str = "wwd.embed";

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Remembers for this tab that the app runs embedded, so a reload of a page
/// reached by navigating inside the frame stays compact.
pub fn remember_embed() {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(EMBED_KEY, "1");
    }
}

/// Whether this tab was opened in embed mode earlier.
pub fn embed_remembered() -> bool {
    session_storage()
        .and_then(|storage| storage.get_item(EMBED_KEY).ok().flatten())
        .is_some_and(|value| value == "1")
}
