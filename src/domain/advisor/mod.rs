//! The advisor: a municipality's answers (`answers`) and the small
//! condition language (`condition`) the questionnaire and the rules use.
//! Pure Rust: no browser APIs.

pub mod answers;
pub mod condition;

#[cfg(test)]
mod tests;

pub use answers::{Answers, AnswersError, Field, ANSWERS_VERSION};
