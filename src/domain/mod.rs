//! Pure domain code: no Leptos, web-sys or gloo. Tested natively.

pub mod advisor;
pub mod backup;
mod by_key;
pub mod catalogue;
pub mod docx;
pub mod document;
pub mod dossier;
pub mod draft;
pub mod embed;
pub mod markup;
pub mod place;
pub mod policy_plan;
pub mod records;
pub mod search;
pub mod text;
