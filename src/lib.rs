//! Wat werkt bij drugspreventie: the Trimbos-instituut / RIVM "Wat werkt
//! dossier drugs" and an advisor for local drug policy, in the browser.
//!
//! One direction of flow: `content` (compiled-in data) feeds `domain` (pure
//! Rust, no browser APIs), which `ui` (Leptos) renders. `browser` is the
//! boundary to the browser's services: Web Storage, files, the clipboard,
//! messages to a host page and the service worker. The `ui` itself touches
//! only the page it renders (focus, scrolling, the title, printing).

// The native build renders views to HTML (ui::prerender) with their full
// types, deeper than the default limit of 128.
#![recursion_limit = "256"]

pub mod browser;
pub mod content;
pub mod domain;
pub mod ui;
