//! Wat werkt bij drugspreventie: the Trimbos-instituut / RIVM "Wat werkt
//! dossier drugs" and an advisor for local drug policy, in the browser.
//!
//! One direction of flow: `content` (compiled-in data) feeds `domain` (pure
//! Rust, no browser APIs), which `ui` (Leptos) renders; `storage` is the only
//! code that touches browser storage, files and messages.

#[cfg(target_arch = "wasm32")]
pub mod bench;
pub mod content;
pub mod domain;
pub mod storage;
pub mod ui;
