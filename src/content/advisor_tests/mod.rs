//! Tests of the advisor on the compiled-in content: the questionnaire, the rules as data, the advice per setting, and a
//! property test over arbitrary answers.

mod examples;
pub(super) mod property;
mod questionnaire;
mod rules;
mod scenarios;

use crate::content;
use crate::domain::advisor::{Advice, Answers, ElementKind};

/// The advice for these answers from the compiled-in content.
pub(super) fn advise(answers: &Answers) -> Advice {
    crate::domain::advisor::advise(&content::knowledge(), answers)
}

/// Answers from a list of (field key, ids) pairs, for short test set-ups;
/// `occasion_other` and the like set the text of a list's "Iets anders".
pub(super) fn answers(pairs: &[(&str, &[&str])]) -> Answers {
    let mut answers = Answers::default();
    for (key, ids) in pairs {
        if let Some(list) = key.strip_suffix("_other").and_then(crate::domain::advisor::Field::from_key) {
            answers.set_other_text(list, ids.join(" "));
            continue;
        }
        let field = crate::domain::advisor::Field::from_key(key).unwrap_or_else(|| panic!("no field {key}"));
        if field.is_text() {
            answers.set_text(field, ids.join(" "));
        } else {
            answers.set_choices(field, ids.iter().map(|s| (*s).to_owned()).collect());
        }
    }
    answers
}

/// Every citation in the advice, with where it stands.
pub(super) fn all_cites(advice: &Advice) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |place: &str, cites: &[String]| out.extend(cites.iter().map(|c| (place.to_owned(), c.clone())));
    add("notes", &advice.notes.iter().flat_map(|n| n.cites.clone()).collect::<Vec<_>>());
    add("recognition_caveat", &advice.recognition_caveat.cites);
    for s in &advice.summary {
        add("summary", &s.cites);
    }
    for l in &advice.levels_needed {
        add("levels_needed", &l.cites);
    }
    for s in &advice.what_works {
        add("what_works", &s.cites);
        for g in &s.groups {
            add("what_works group", &g.cites);
            for e in &g.elements {
                add("what_works element", &e.cites);
            }
        }
    }
    for r in &advice.interventions {
        add("interventions", &r.cites);
    }
    for w in &advice.warnings {
        add("warnings", &w.cites);
    }
    for c in advice.integral.components.iter().chain(&advice.integral.levels).chain(&advice.integral.pillars) {
        add("integral", &c.cites);
    }
    for p in &advice.partners {
        for r in &p.roles {
            add("partners", &r.cites);
        }
    }
    for d in &advice.data {
        add("data", &d.cites);
    }
    for s in &advice.next_steps {
        add("next_steps", &s.cites);
    }
    out
}

/// Problems with an advice: unresolved or missing citations, empty reasons.
pub(super) fn advice_problems(advice: &Advice) -> Vec<String> {
    let dossier = content::dossier();
    let mut problems: Vec<String> = all_cites(advice)
        .into_iter()
        .filter(|(_, id)| dossier.anchor(id).is_none() && content::intervention(id).is_none() && content::programme(id).is_none())
        .map(|(place, id)| format!("{place}: `{id}` does not resolve"))
        .collect();
    let mut reason = |place: &str, reason: &str, cites: &[String]| {
        if reason.trim().is_empty() {
            problems.push(format!("{place}: empty reason"));
        }
        if cites.is_empty() {
            problems.push(format!("{place}: no citation"));
        }
    };
    for s in &advice.summary {
        reason("summary", &s.reason, &s.cites);
    }
    for l in &advice.levels_needed {
        reason("levels_needed", &l.reason, &l.cites);
    }
    for s in &advice.what_works {
        reason("what_works", &s.reason, &s.cites);
        for g in &s.groups {
            reason(&format!("group {}", g.id), &g.reason, &g.cites);
            for e in &g.elements {
                reason(&format!("element {}", e.id), &e.reason, &e.cites);
            }
        }
    }
    for r in &advice.interventions {
        reason(&format!("intervention {}", r.id), &r.reason, &r.cites);
    }
    for w in &advice.warnings {
        reason(&format!("warning {}", w.id), &w.reason, &w.cites);
    }
    for c in advice.integral.components.iter().chain(&advice.integral.levels).chain(&advice.integral.pillars) {
        reason(&format!("coverage {}", c.id), &c.reason, &c.cites);
    }
    for p in &advice.partners {
        for r in &p.roles {
            reason(&format!("partner {}", r.id), &r.reason, &r.cites);
        }
    }
    for d in &advice.data {
        reason(&format!("data {}", d.id), &d.reason, &d.cites);
    }
    for s in &advice.next_steps {
        reason(&format!("step {}", s.id), &s.reason, &s.cites);
    }
    reason("caveat", &advice.recognition_caveat.text, &advice.recognition_caveat.cites);
    problems
}

pub(super) fn advice_for(pairs: &[(&str, &[&str])]) -> Advice {
    let advice = advise(&answers(pairs));
    let problems = advice_problems(&advice);
    assert!(problems.is_empty(), "{problems:#?}");
    advice
}

pub(super) fn recommended(advice: &Advice) -> Vec<&str> {
    advice.interventions.iter().filter(|r| r.fit > 0).map(|r| r.id.as_str()).collect()
}

pub(super) fn warning_ids(advice: &Advice) -> Vec<&str> {
    advice.warnings.iter().map(|w| w.id.as_str()).collect()
}

pub(super) fn element_ids(advice: &Advice, setting: &str) -> Vec<String> {
    advice
        .what_works
        .iter()
        .filter(|s| s.setting == setting)
        .flat_map(|s| &s.groups)
        .filter(|g| g.kind == ElementKind::Works)
        .flat_map(|g| g.elements.iter().map(|e| e.id.clone()))
        .collect()
}

pub(super) fn avoided_ids(advice: &Advice, setting: &str) -> Vec<String> {
    advice
        .what_works
        .iter()
        .filter(|s| s.setting == setting)
        .flat_map(|s| &s.groups)
        .filter(|g| g.kind == ElementKind::Avoid)
        .flat_map(|g| g.elements.iter().map(|e| e.id.clone()))
        .collect()
}
