//! A property test with a seeded pseudo-random generator: thousands of
//! arbitrary answers (known ids, unknown ids, junk text) never make the
//! engine panic, and every citation resolves.

use super::advice_problems;
use crate::content;
use crate::domain::advisor::answers::{Answers, Field};
use super::advise;

/// xorshift64*: small, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const JUNK: [&str; 14] = [
    "",
    " ",
    "{municipality}",
    "{",
    "}{period_mid}{",
    "<script>alert(1)</script>",
    "Gemeente Súdwest-Fryslân",
    "🙂🙂🙂",
    "\u{0}\u{7f}",
    "2025",
    "99999",
    "amsterdam gooi vechtstreek",
    "a\nb\tc",
    "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé",
];

fn arbitrary(rng: &mut Rng) -> Answers {
    let q = content::questionnaire();
    let mut answers = Answers::default();
    for field in Field::ALL {
        if rng.chance(35) {
            continue;
        }
        if field.is_text() {
            let text = JUNK[rng.below(JUNK.len())].repeat(1 + rng.below(3));
            answers.set_text(field, text);
            continue;
        }
        let options = q.option_ids(field);
        let mut ids: Vec<String> = Vec::new();
        for _ in 0..rng.below(options.len() + 2) {
            if rng.chance(85) {
                ids.push(options[rng.below(options.len())].to_owned());
            } else {
                ids.push(JUNK[rng.below(JUNK.len())].to_owned());
            }
        }
        if rng.chance(5) {
            // Ids that belong to another field.
            let other = Field::ALL[rng.below(Field::ALL.len())];
            if let Some(id) = q.option_ids(other).first() {
                ids.push((*id).to_owned());
            }
        }
        answers.set_choices(field, ids);
    }
    answers
}

#[test]
fn arbitrary_answers_never_panic_and_always_cite_resolvable_places() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..3_000 {
        let answers = arbitrary(&mut rng);
        let advice = advise(&answers);
        let problems = advice_problems(&advice);
        assert!(problems.is_empty(), "case {case}: {answers:?}\n{problems:#?}");
        assert!(advice.summary.len() <= 3);
        assert!(!advice.summary.is_empty(), "case {case}: an advice always has something to do first");
        // No placeholder is left unfilled (user text may hold braces itself).
        let user_braces = Field::ALL.into_iter().any(|f| answers.text(f).contains('{'));
        let json = serde_json::to_string(&advice).unwrap();
        assert!(user_braces || !json.contains("{period") && !json.contains("{substances}"), "case {case}");
        if !user_braces {
            let texts: Vec<&str> = advice.next_steps.iter().map(|s| s.text.as_str()).chain(advice.interventions.iter().map(|r| r.reason.as_str())).collect();
            assert!(texts.iter().all(|t| !t.contains('{')), "case {case}: an unfilled placeholder");
        }
        assert_eq!(Answers::from_json(&answers.to_json()).as_ref(), Ok(&answers), "case {case}: round trip");
        // The questionnaire copes as well.
        let q = content::questionnaire();
        for step in q.applicable_steps(&answers) {
            let _ = step.validate(&answers);
            assert!(!step.display(&answers).is_empty());
        }
    }
}

#[test]
fn arbitrary_json_never_panics() {
    let mut rng = Rng(42);
    let pieces = ["{", "}", "[", "]", "\"version\"", "\"settings\"", "\"period_from\"", ":", ",", "1", "0", "-3", "2.5", "null", "true", "\"gezin\"", "\"x\"", "1e400", "\"\\u0000\""];
    for _ in 0..5_000 {
        let text: String = (0..rng.below(12)).map(|_| pieces[rng.below(pieces.len())]).collect();
        if let Ok(answers) = Answers::from_json(&text) {
            let _ = advise(&answers);
        }
    }
}
