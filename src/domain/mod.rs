//! Pure domain code: no Leptos, web-sys or gloo. Tested natively.

pub mod embed;
pub mod text;
