//! Tests of the advisor: the answers and their migrations, and the
//! questionnaire.

mod answers;
mod questionnaire;

use super::Answers;

/// Answers from a list of (field key, ids) pairs, for short test set-ups.
pub(super) fn answers(pairs: &[(&str, &[&str])]) -> Answers {
    let mut answers = Answers::default();
    for (key, ids) in pairs {
        let field = super::Field::from_key(key).unwrap_or_else(|| panic!("no field {key}"));
        if field.is_text() {
            answers.set_text(field, ids.join(" "));
        } else {
            answers.set_choices(field, ids.iter().map(|s| (*s).to_owned()).collect());
        }
    }
    answers
}

