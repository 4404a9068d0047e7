use super::answers;
use crate::content;
use crate::domain::advisor::answers::Field;
use crate::domain::advisor::questionnaire::{Kind, SectionStatus, OTHER};
use crate::domain::catalogue::Setting;
use crate::domain::dossier::AnchorKind;

#[test]
fn the_overview_has_eight_sections_with_steps_and_times() {
    let q = content::questionnaire();
    let titles: Vec<&str> = q.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Context", "Middelen", "Doelgroepen", "Settingen", "Wat is bekend", "Wat loopt er al", "Beleidsfocus", "Eigen plannen"]
    );
    for section in &q.sections {
        assert!(section.minutes >= 1, "{}", section.id);
        assert!(!section.intro.is_empty());
        assert!(q.steps.iter().any(|s| s.section == section.id), "{} has no steps", section.id);
    }
    let minutes: u32 = q.sections.iter().map(|s| u32::from(s.minutes)).sum();
    assert!(minutes <= 15, "the questionnaire should take under 15 minutes, estimated {minutes}");
}

#[test]
fn every_answer_field_is_written_by_exactly_one_step() {
    let q = content::questionnaire();
    for field in Field::ALL {
        let writers = q
            .steps
            .iter()
            .filter(|s| s.field == field || s.field_to == Some(field) || s.other.as_ref().is_some_and(|o| o.field == field))
            .count();
        assert_eq!(writers, 1, "{}", field.key());
        assert!(q.step_for(field).is_some());
    }
}

#[test]
fn each_step_asks_one_question_with_help_and_its_own_heading() {
    let q = content::questionnaire();
    let mut headings: Vec<&str> = Vec::new();
    for step in &q.steps {
        assert!(step.question.ends_with('?'), "{}: {}", step.id, step.question);
        assert!(!headings.contains(&step.question.as_str()), "two steps share the heading {}", step.question);
        headings.push(&step.question);
        assert!(!step.help.is_empty() && !step.short.is_empty() && !step.in_advice.is_empty(), "{}", step.id);
        assert!(step.help.split(". ").all(|sentence| sentence.split_whitespace().count() <= 25), "{}: help sentences stay short (B1)", step.id);
        if !step.optional {
            assert!(!step.required_message.is_empty(), "{}", step.id);
        }
    }
}

#[test]
fn every_option_and_read_more_id_resolves() {
    let q = content::questionnaire();
    let dossier = content::dossier();
    for step in &q.steps {
        for id in &step.read_more {
            assert!(dossier.anchor(id).is_some(), "{}: lees-meer {id}", step.id);
        }
        for choice in &step.options {
            assert!(!choice.label.is_empty(), "{}: {}", step.id, choice.id);
            if let Some(target) = &choice.read_more {
                assert!(dossier.anchor(target).is_some(), "{}: {} lees-meer {target}", step.id, choice.id);
            }
        }
    }
}

#[test]
fn option_lists_come_from_the_content() {
    let q = content::questionnaire();
    let dossier = content::dossier();
    let ids = |field| q.option_ids(field);
    // Kader 2's ten rows, Tabel 1's five rows.
    let vulnerable = ids(Field::VulnerableGroups);
    assert_eq!(vulnerable.len(), 10);
    assert!(vulnerable.iter().all(|id| id.starts_with("kwetsbaar-") && dossier.anchor(id).is_some_and(|a| a.kind == AnchorKind::Row)));
    assert_eq!(ids(Field::Stages), ["experimenteel", "recreatief", "gewoonte", "problematisch", "verslaving"]);
    assert_eq!(q.label(Field::Stages, "gewoonte"), Some("Gewoontegebruik"));
    assert!(q.step_for(Field::Stages).unwrap().choice("gewoonte").unwrap().hint.as_deref().unwrap().starts_with("Het wordt een gewoonte"));
    // The eight settings, labelled with their sections' titles.
    assert_eq!(ids(Field::Settings), Setting::ALL.map(|s| s.id()));
    assert_eq!(q.label(Field::Settings, "uitgaansleven"), Some("Uitgaansleven"));
    assert_eq!(q.label(Field::Settings, "gezin"), Some("Het gezin (ouders/opvoeders)"));
    // 3.2's eleven and 3.3's six monitors.
    let monitors = ids(Field::Monitors);
    assert_eq!(monitors.len(), 17);
    assert_eq!(q.label(Field::Monitors, "hbsc"), Some("HBSC (Gezondheid en welzijn van jongeren in Nederland)"));
    assert!(monitors.iter().all(|id| dossier.anchor(id).is_some_and(|a| a.section == "3-2-landelijke-monitors" || a.section == "3-3-lokale-monitors")));
    // The aanleiding items of 6.4 plus "anders".
    assert_eq!(ids(Field::Occasion), ["aanleiding-motie", "aanleiding-wetswijziging", "aanleiding-initiatief", OTHER]);
    assert_eq!(q.label(Field::Occasion, "aanleiding-motie"), Some("Motie uit de gemeenteraad"));
    // Every intervention, and every programme that is not also an intervention.
    let running = ids(Field::Running);
    assert_eq!(running.len(), content::interventions().len() + content::programmes().iter().filter(|p| p.intervention.is_none()).count());
    assert!(!running.contains(&"open-en-alert-programma"));
}

#[test]
fn the_school_question_appears_only_for_secondary_school() {
    let q = content::questionnaire();
    let without = answers(&[("settings", &["gezin"])]);
    let with = answers(&[("settings", &["gezin", "voortgezet-onderwijs"])]);
    let count_without = q.applicable_steps(&without).len();
    let count_with = q.applicable_steps(&with).len();
    assert_eq!(count_with, count_without + 1, "the step count adapts");
    assert!(q.applicable_steps(&without).iter().all(|s| s.id != "schooltypen"));
    assert_eq!(q.position("schooltypen", &without), None);
    let (at, of) = q.position("schooltypen", &with).unwrap();
    assert_eq!(of, count_with);
    assert_eq!(q.position("plekken", &with), Some((at - 1, of)));
    assert_eq!(q.position("gemeente", &with), Some((1, of)));
    assert_eq!(q.step("schooltypen").unwrap().section, "settingen");
}

#[test]
fn a_required_question_left_open_gives_its_dutch_message() {
    let q = content::questionnaire();
    let empty = answers(&[]);
    let step = q.step("plekken").unwrap();
    let errors = step.validate(&empty);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::Settings);
    assert_eq!(errors[0].message, "Kies minstens één setting.");
    assert!(step.validate(&answers(&[("settings", &["media"])])).is_empty());
    // Optional questions may stay open.
    assert!(q.step("kwetsbare-groepen").unwrap().validate(&empty).is_empty());
    assert!(q.step("gemeente").unwrap().validate(&empty).is_empty());
    // Every required question has a message that says what to do.
    for step in q.steps.iter().filter(|s| !s.optional) {
        let errors = step.validate(&empty);
        assert_eq!(errors.len(), 1, "{}", step.id);
        assert!(errors[0].message.starts_with("Kies") || errors[0].message.starts_with("Vul"), "{}", errors[0].message);
    }
}

#[test]
fn one_choice_means_one() {
    let q = content::questionnaire();
    let step = q.step("regie").unwrap();
    assert_eq!(step.kind, Kind::OneChoice);
    assert!(step.validate(&answers(&[("lead", &["zorg"])])).is_empty());
    let errors = step.validate(&answers(&[("lead", &["zorg", "veiligheid"])]));
    assert_eq!(errors[0].message, "Kies één antwoord.");
}

#[test]
fn other_needs_its_text() {
    let q = content::questionnaire();
    let step = q.step("aanleiding").unwrap();
    let errors = step.validate(&answers(&[("occasion", &["anders"])]));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::OccasionOther);
    assert!(step.validate(&answers(&[("occasion", &["anders"]), ("occasion_other", &["Een petitie"])])).is_empty());
    assert_eq!(step.display(&answers(&[("occasion", &["anders"]), ("occasion_other", &["Een petitie"])])), ["Iets anders: Een petitie"]);
}

#[test]
fn the_year_range_is_checked() {
    let q = content::questionnaire();
    let step = q.step("periode").unwrap();
    assert_eq!(step.kind, Kind::YearRange);
    let check = |from: &str, to: &str| -> Vec<(Field, String)> {
        step.validate(&answers(&[("period_from", &[from]), ("period_to", &[to])])).into_iter().map(|e| (e.field, e.message)).collect()
    };
    assert!(check("", "").is_empty(), "optional");
    assert!(check("2025", "2028").is_empty());
    assert!(check(" 2025", "2025 ").is_empty());
    assert_eq!(check("2025", ""), [(Field::PeriodTo, "Vul ook het laatste jaar in, bijvoorbeeld 2028.".to_owned())]);
    assert_eq!(check("", "2028"), [(Field::PeriodFrom, "Vul ook het eerste jaar in, bijvoorbeeld 2025.".to_owned())]);
    assert_eq!(check("twintig", "2028")[0].1, "Het eerste jaar moet een jaartal zijn, zoals 2025.");
    assert_eq!(check("2025", "28")[0].1, "Het laatste jaar moet een jaartal zijn, zoals 2028.");
    assert_eq!(check("2028", "2025"), [(Field::PeriodTo, "Het laatste jaar mag niet vóór het eerste jaar liggen.".to_owned())]);
    assert_eq!(check("2025", "2040").len(), 1);
    assert_eq!(check("x", "y").len(), 2, "both fields get their own message");
    assert_eq!(step.display(&answers(&[("period_from", &["2025"]), ("period_to", &["2028"])])), ["2025 tot en met 2028"]);
}

#[test]
fn the_check_page_shows_labels_and_niet_ingevuld() {
    let q = content::questionnaire();
    let step = q.step("plekken").unwrap();
    assert_eq!(step.display(&answers(&[])), ["Niet ingevuld"]);
    assert_eq!(step.display(&answers(&[("settings", &["media", "onbekend"])])), ["(Sociale) Media"]);
    assert_eq!(q.step("gemeente").unwrap().display(&answers(&[("municipality", &["Zwolle"])])), ["Zwolle"]);
}

#[test]
fn section_status_follows_the_answers() {
    let q = content::questionnaire();
    let empty = answers(&[]);
    assert_eq!(q.section_status("settingen", &empty, &[]), SectionStatus::NotStarted);
    let some = answers(&[("concerns", &["dealen-openbare-ruimte"])]);
    assert_eq!(q.section_status("settingen", &some, &[]), SectionStatus::InProgress, "the required settings question is open");
    let done = answers(&[("settings", &["gezin"])]);
    assert_eq!(q.section_status("settingen", &done, &[]), SectionStatus::Done);
    let invalid = answers(&[("period_from", &["20x5"])]);
    assert_eq!(q.section_status("context", &invalid, &[]), SectionStatus::InProgress);
    assert_eq!(q.section_status("middelen", &empty, &["soorten-middelen"]), SectionStatus::Done, "an optional step that was seen");
    assert_eq!(SectionStatus::InProgress.label(), "Bezig");
}

#[test]
fn conditions_of_steps_name_real_fields_and_options() {
    let q = content::questionnaire();
    let mut references = Vec::new();
    for step in &q.steps {
        if let Some(condition) = &step.condition {
            condition.references(&mut references);
        }
    }
    assert!(!references.is_empty());
    for (subject, ids) in references {
        let crate::domain::advisor::condition::Subject::Answer(field) = subject else { panic!("steps use answer fields only") };
        for id in ids {
            assert!(q.option_ids(field).contains(&id.as_str()), "{id}");
        }
    }
}
