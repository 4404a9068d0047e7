//! The browser boundary: the only code that touches Web Storage, files and
//! cross-window messages. Nothing here panics; failures come back as values.

pub mod backup;
pub mod drafts;
pub mod files;
pub mod frame;
pub mod offline;
pub mod session;
