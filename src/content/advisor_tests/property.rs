//! A property test with a seeded pseudo-random generator: thousands of
//! arbitrary answers (known ids, unknown ids, junk text) never make the
//! engine panic, and every citation resolves.

use super::advice_problems;
use crate::content;
use crate::domain::advisor::answers::{Answers, Field};
use super::advise;

/// xorshift64*: small, deterministic, good enough for test data.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }

    pub(crate) fn chance(&mut self, percent: u64) -> bool {
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
        assert!(advice.summary.len() <= 5);
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

/// The age bands' ranges, as the engine reads them.
fn band(id: &str) -> Option<(u8, u8)> {
    crate::domain::advisor::engine::band_range(id)
}

#[test]
fn recommended_offers_meet_the_chosen_ages_and_say_when_the_dossier_names_none() {
    let mut rng = Rng(7);
    for case in 0..2_000 {
        let answers = arbitrary(&mut rng);
        let advice = advise(&answers);
        let chosen: Vec<(u8, u8)> = answers.age_bands.iter().filter_map(|b| band(b)).collect();
        for offer in advice.interventions.iter().filter(|r| !r.running) {
            let Some(intervention) = content::intervention(&offer.id) else { continue };
            match intervention.ages {
                Some((from, to)) if !chosen.is_empty() => assert!(
                    chosen.iter().any(|&(low, high)| from <= high && low <= to),
                    "case {case}: {} ({from}-{to}) for {chosen:?}",
                    offer.id
                ),
                None if !chosen.is_empty() => {
                    assert!(offer.reason.contains("noemt hierbij geen leeftijd"), "case {case}: {}", offer.reason)
                }
                _ => {}
            }
        }
    }
}

#[test]
fn indicated_prevention_names_the_indicated_offers_that_fit_the_ages() {
    let mut rng = Rng(11);
    let indicated = ["moti-4", "jellinek-online-zelfhulp", "preventie-adviesgesprek", "motiverende-gespreksvoering"];
    let mut seen = 0;
    for case in 0..2_000 {
        let answers = arbitrary(&mut rng);
        let advice = advise(&answers);
        if !advice.levels_needed.iter().any(|n| n.level == crate::domain::catalogue::Level::Indicated) {
            continue;
        }
        seen += 1;
        let recommended = |id: &str| advice.interventions.iter().any(|r| r.id == id);
        let moti_fits = answers.age_bands.is_empty() || answers.age_bands.iter().filter_map(|b| band(b)).any(|(low, high)| low <= 24 && 14 <= high);
        for id in indicated.iter().filter(|id| **id != "moti-4" || moti_fits) {
            assert!(recommended(id), "case {case}: {id} missing for {answers:?}");
        }
        if let Some(gap) = advice.integral.gaps().find(|g| g.id == "dekking-geindiceerd") {
            assert!(!gap.suggestions.is_empty(), "case {case}: indicated prevention without offers");
        }
    }
    assert!(seen > 100, "the generator reaches indicated prevention ({seen})");
}

#[test]
fn the_summary_never_leads_with_a_pillar_the_user_did_not_choose() {
    let mut rng = Rng(13);
    for case in 0..2_000 {
        let answers = arbitrary(&mut rng);
        let advice = advise(&answers);
        for item in advice.summary.iter().filter(|s| s.source == crate::domain::advisor::SummarySource::Coverage) {
            let gap = advice.integral.pillars.iter().find(|p| p.id == item.source_id);
            assert!(gap.is_none_or(|g| g.in_focus != Some(false)), "case {case}: {}", item.text);
        }
    }
}

#[test]
fn different_settings_get_different_summaries_naming_concrete_offers() {
    let settings = crate::domain::catalogue::Setting::ALL.map(|s| s.id());
    let mut summaries: Vec<(String, Vec<String>)> = Vec::new();
    for setting in settings {
        let mut answers = Answers::default();
        answers.set_choices(Field::Settings, vec![setting.to_owned()]);
        answers.set_choices(Field::AgeBands, ["11-12", "13-15", "16-17", "18-25"].map(str::to_owned).to_vec());
        let advice = advise(&answers);
        let texts: Vec<String> = advice.summary.iter().map(|s| s.text.clone()).collect();
        assert!((3..=5).contains(&texts.len()), "{setting}: {texts:?}");
        assert!(
            advice.summary.iter().any(|s| s.source == crate::domain::advisor::SummarySource::Intervention),
            "{setting}: no concrete offer in {texts:?}"
        );
        for (other, other_texts) in &summaries {
            assert_ne!(&texts, other_texts, "{setting} and {other} get the same summary");
        }
        summaries.push((setting.to_owned(), texts));
    }
}

#[test]
fn the_next_steps_are_tailored_and_the_common_steps_come_once_as_a_checklist() {
    let rules = &content::advice_rules().steps;
    let always = |id: &str| rules.iter().any(|r| r.id == id && matches!(r.when, crate::domain::advisor::condition::Condition::Always));
    let mut rng = Rng(17);
    for case in 0..1_000 {
        let advice = advise(&arbitrary(&mut rng));
        assert!(advice.next_steps.iter().all(|s| !always(&s.id)), "case {case}: a common step among the tailored ones");
        assert!(advice.checklist.iter().all(|s| always(&s.id)), "case {case}");
        assert_eq!(advice.checklist.len(), rules.iter().filter(|r| always(&r.id)).count(), "case {case}: the checklist is whole");
        assert!(advice.next_steps.iter().all(|s| !advice.checklist.iter().any(|c| c.id == s.id)), "case {case}: a step twice");
    }
}
