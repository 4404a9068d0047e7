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
    assert!(q.minutes() <= 15, "the questionnaire should take at most 15 minutes, estimated {}", q.minutes());
}

#[test]
fn every_answer_field_is_written_by_exactly_one_step() {
    let q = content::questionnaire();
    for field in Field::ALL {
        let writers = q
            .steps
            .iter()
            .filter(|s| s.field == field || s.field_to == Some(field))
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
    // Kader 2's ten rows (then "another group" and "none in particular"), Tabel 1's five rows.
    let vulnerable = ids(Field::VulnerableGroups);
    assert_eq!(vulnerable[10..], [OTHER, "geen"]);
    assert!(vulnerable[..10].iter().all(|id| id.starts_with("kwetsbaar-") && dossier.anchor(id).is_some_and(|a| a.kind == AnchorKind::Row)));
    assert_eq!(ids(Field::Stages), ["experimenteel", "recreatief", "gewoonte", "problematisch", "verslaving"]);
    assert_eq!(q.label(Field::Stages, "gewoonte"), Some("Gewoontegebruik"));
    assert!(q.step_for(Field::Stages).unwrap().choice("gewoonte").unwrap().hint.as_deref().unwrap().starts_with("Het wordt een gewoonte"));
    // The eight settings, labelled with their sections' titles.
    assert_eq!(ids(Field::Settings)[..8], Setting::ALL.map(|s| s.id()));
    assert_eq!(q.label(Field::Settings, "uitgaansleven"), Some("Uitgaansleven"));
    assert_eq!(q.label(Field::Settings, "gezin"), Some("Het gezin (ouders/opvoeders)"));
    // 3.2's eleven and 3.3's six monitors, without the dossier's "(hierna ...)".
    let monitors = ids(Field::Monitors);
    assert_eq!(monitors.len(), 18);
    assert_eq!(q.label(Field::Monitors, "hbsc"), Some("HBSC (Gezondheid en welzijn van jongeren in Nederland)"));
    assert_eq!(q.label(Field::Monitors, "scanner-lokaal-drugsbeleid"), Some("De Scanner Lokaal Drugsbeleid"));
    assert!(monitors[..17].iter().all(|id| dossier.anchor(id).is_some_and(|a| a.section == "3-2-landelijke-monitors" || a.section == "3-3-lokale-monitors")));
    // The aanleiding items of 6.4, the third split in its three parts, then
    // signals, an incident, figures and "anders"; each explained by the dossier.
    assert_eq!(ids(Field::Occasion).len(), 9);
    assert!(q.step_for(Field::Occasion).unwrap().options.iter().filter(|o| o.id != OTHER).all(|o| o.read_more.is_some()));
    // Every intervention, and every programme that is not also an intervention.
    let running = ids(Field::Running);
    assert_eq!(running.len(), content::interventions().len() + content::programmes().iter().filter(|p| p.intervention.is_none()).count() + 1);
    assert!(!running.contains(&"open-en-alert-programma"));
}

#[test]
fn the_school_question_appears_only_for_secondary_school() {
    let q = content::questionnaire();
    let without = answers(&[("settings", &["gezin"])]);
    let with = answers(&[("settings", &["gezin", "voortgezet-onderwijs"])]);
    assert_eq!(q.applicable_steps(&with).len(), q.applicable_steps(&without).len() + 1, "the question count adapts");
    assert!(q.applicable_steps(&without).iter().all(|s| s.id != "schooltypen"));
    assert_eq!(q.position("schooltypen", &without), q.position("plekken", &without), "it shares the settings page");
    assert_eq!(q.position("gemeente", &with), Some((1, 14)));
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
    assert_eq!((errors[0].field, errors[0].other), (Field::Occasion, true));
    let mut typed = answers(&[("occasion", &["anders"])]);
    typed.set_other_text(Field::Occasion, "Een petitie".to_owned());
    assert!(step.validate(&typed).is_empty());
    assert_eq!(step.display(&typed), ["Iets anders: Een petitie"]);
}

#[test]
fn every_list_but_the_closed_ones_has_something_else_with_a_question() {
    // Ages cover 11 to over 25, Tabel 1 every stage of use, the pillars are
    // the dossier's three, and the lead has "not decided yet".
    let closed = [Field::AgeBands, Field::Stages, Field::Pillars, Field::Lead, Field::Coffeeshops];
    let q = content::questionnaire();
    for step in q.steps.iter().filter(|s| s.kind == Kind::SeveralChoices && !closed.contains(&s.field)) {
        assert!(step.choice(OTHER).is_some() && step.other.is_some(), "{} has no 'Iets anders'", step.id);
    }
}

#[test]
fn none_in_particular_excludes_the_other_groups() {
    use crate::domain::advisor::questionnaire::NONE;
    let q = content::questionnaire();
    let step = q.step("kwetsbare-groepen").unwrap();
    let mut chosen = answers(&[("vulnerable_groups", &["kwetsbaar-lvb", "kwetsbaar-kopp"])]);
    step.toggle(&mut chosen, NONE);
    assert_eq!(chosen.vulnerable_groups, [NONE]);
    step.toggle(&mut chosen, "kwetsbaar-lvb");
    assert_eq!(chosen.vulnerable_groups, ["kwetsbaar-lvb"]);
    // "Geen" is no group: the advice reads it as nothing chosen.
    let none = crate::domain::advisor::advise(&content::knowledge(), &answers(&[("vulnerable_groups", &[NONE])]));
    let empty = crate::domain::advisor::advise(&content::knowledge(), &answers(&[]));
    assert_eq!(none.levels_needed, empty.levels_needed);
}

#[test]
fn a_typical_path_has_at_most_fourteen_pages_and_two_thousand_words() {
    let q = content::questionnaire();
    let school = answers(&[("settings", &["voortgezet-onderwijs", "gezin"]), ("substances", &["cannabis"])]);
    let pages = q.applicable_pages(&school);
    assert!(pages.len() <= 14, "{} pages: {pages:?}", pages.len());
    let words: usize = q.applicable_steps(&school).iter().map(|s| s.visible_words()).sum();
    assert!(words <= 2000, "{words} words shown on a typical path");
    // The stated duration follows from the words.
    let all_words: usize = q.steps.iter().map(|s| s.visible_words()).sum();
    let read = all_words / crate::domain::advisor::questionnaire::WORDS_PER_MINUTE;
    assert!(q.minutes().abs_diff(read) <= q.sections.len() / 2, "{} minutes stated for {all_words} words", q.minutes());
}

#[test]
fn a_step_sharing_a_page_counts_with_it_and_shows_only_when_it_applies() {
    let q = content::questionnaire();
    let ids = |steps: &[crate::domain::advisor::Step]| steps.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(q.page_of("schooltypen")), ["plekken", "schooltypen"]);
    assert_eq!(ids(q.page_of("gemeente")), ["gemeente", "periode"]);
    assert_eq!(q.position("periode", &answers(&[])), q.position("gemeente", &answers(&[])));
    assert_eq!(q.neighbour_page("gemeente", 1, &answers(&[])), Some("aanleiding"));
    assert_eq!(q.neighbour_page("aanleiding", -1, &answers(&[])), Some("gemeente"));
    // Whether schools apply changes no page count: the step shares a page.
    let without = q.applicable_pages(&answers(&[]));
    let with = q.applicable_pages(&answers(&[("settings", &["voortgezet-onderwijs"])]));
    assert_eq!(without.len(), with.len());
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
