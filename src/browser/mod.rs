//! The browser boundary: the only code that touches Web Storage, files, the
//! clipboard, cross-window messages and the service worker. Nothing here
//! panics; failures come back as values.

pub mod backup;
pub mod clipboard;
pub mod drafts;
pub mod files;
pub mod frame;
pub mod offline;
pub mod session;
