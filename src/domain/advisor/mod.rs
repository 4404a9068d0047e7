//! The advisor: a municipality's answers (`answers`), the questionnaire that
//! collects them (`questionnaire`, from `src/content/vragenlijst.txt`), the
//! rules that turn them into advice (`rules`, from `src/content/advies/`,
//! with the small condition language of `condition`), and the engine
//! (`engine::advise`). Pure Rust: no browser APIs. Formats: `ANSWERS.md`
//! (answers, questionnaire, advice output) and `RULES.md` (rule files).

pub mod advice;
pub mod answers;
pub mod condition;
pub mod engine;
pub mod matrix;
pub mod questionnaire;
pub mod rules;

#[cfg(test)]
mod tests;

pub use answers::{Answers, AnswersError, Field, ANSWERS_VERSION};
pub use advice::*;
pub use engine::{advise, Knowledge};
pub use questionnaire::{Questionnaire, SectionStatus, Step, StepError};
