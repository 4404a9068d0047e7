//! The advisor: a municipality's answers (`answers`), the questionnaire that
//! collects them (`questionnaire`, from `src/content/vragenlijst.txt`) and
//! the small condition language (`condition`) the questionnaire and the
//! rules use. Pure Rust: no browser APIs.

pub mod answers;
pub mod condition;
pub mod questionnaire;

#[cfg(test)]
mod tests;

pub use answers::{Answers, AnswersError, Field, ANSWERS_VERSION};
pub use questionnaire::{Questionnaire, SectionStatus, Step, StepError};
