use crate::domain::advisor::answers::{parse_year, Answers, AnswersError, Field, ANSWERS_VERSION};

#[test]
fn a_new_answers_value_is_empty_and_of_the_current_version() {
    let answers = Answers::default();
    assert_eq!(answers.version, ANSWERS_VERSION);
    assert_eq!(ANSWERS_VERSION, 2);
    assert!(answers.is_empty());
}

#[test]
fn the_json_keys_are_exactly_the_fields_plus_version() {
    let json: serde_json::Value = serde_json::from_str(&Answers::default().to_json()).unwrap();
    let mut keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut expected: Vec<&str> = Field::ALL.iter().map(|f| f.key()).chain(["version", "anders"]).collect();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    for key in &keys {
        assert!(key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{key} is not snake_case");
    }
}

#[test]
fn answers_survive_a_round_trip_through_json() {
    let mut answers = Answers { municipality: "Gemeente Ütrecht \"test\"".into(), period_from: "2025".into(), ..Answers::default() };
    answers.set_choices(Field::Settings, vec!["gezin".into(), "uitgaansleven".into()]);
    answers.set_choices(Field::Plans, vec!["onbekend-plan".into()]);
    let back = Answers::from_json(&answers.to_json()).unwrap();
    assert_eq!(back, answers);
}

#[test]
fn missing_fields_are_empty_and_unknown_keys_are_ignored() {
    let answers = Answers::from_json(r#"{"version": 1, "settings": ["media"], "future_key": {"x": 1}}"#).unwrap();
    assert_eq!(answers.settings, ["media"]);
    assert!(answers.plans.is_empty());
    assert_eq!(answers.municipality, "");
}

#[test]
fn unknown_option_ids_are_kept() {
    let answers = Answers::from_json(r#"{"version": 1, "settings": ["gezin", "maan"], "plans": ["iets-nieuws"]}"#).unwrap();
    assert_eq!(answers.settings, ["gezin", "maan"]);
    assert_eq!(answers.plans, ["iets-nieuws"]);
}

#[test]
fn a_hand_made_version_0_file_migrates() {
    // Version 0: the prototype's drafts, without `version`, with `gemeente`,
    // a single `setting` and the age band written `12/13`.
    let text = include_str!("../../../examples/antwoorden/versie-0-prototype.json");
    let answers = Answers::from_json(text).unwrap();
    assert_eq!(answers.version, ANSWERS_VERSION);
    assert_eq!(answers.municipality, "Gemeente Oud Prototype");
    assert_eq!(answers.settings, ["uitgaansleven"]);
    assert_eq!(answers.age_bands, ["11-12", "18-25"], "12/13 became 12-13, then the band holding 12");
    assert_eq!(answers.plans, ["drugs-testen"]);
    // And it writes back as the current version, in the current shape.
    let json: serde_json::Value = serde_json::from_str(&answers.to_json()).unwrap();
    assert_eq!(json["version"], 2);
    assert!(json.get("gemeente").is_none() && json.get("setting").is_none());
}

#[test]
fn a_hand_made_version_1_file_migrates_and_loses_nothing() {
    // Version 1: the nineteen-step questionnaire, with overlapping age bands,
    // a separate `intermediaries` list, one bundled occasion and three
    // `_other` texts.
    let text = include_str!("../../../examples/antwoorden/versie-1-negentien-stappen.json");
    let answers = Answers::from_json(text).unwrap();
    assert_eq!(answers.age_bands, ["11-12", "13-15", "16-17"]);
    assert_eq!(answers.partners, ["ggd", "scholen", "burgers-ouders", "jongerenwerk", "werkgevers"]);
    assert_eq!(answers.occasion, ["aanleiding-bestuurlijk", "aanleiding-ambtelijk", "aanleiding-samenleving", "anders"]);
    assert_eq!(answers.other_text(Field::Occasion), "Signalen van het wijkteam");
    assert_eq!(answers.other_text(Field::Substances), "Spice");
    assert_eq!(answers.other_text(Field::Plans), "Een ouderavond per school");
    let json: serde_json::Value = serde_json::from_str(&answers.to_json()).unwrap();
    assert!(json.get("intermediaries").is_none() && json.get("occasion_other").is_none());
    assert_eq!(json["anders"]["plans"], "Een ouderavond per school");
}

#[test]
fn anders_must_hold_texts() {
    let error = Answers::from_json(r#"{"version": 2, "anders": {"plans": 3}}"#).unwrap_err();
    assert_eq!(error, AnswersError::WrongType { key: "anders.plans".into(), expected: "een tekst" });
    assert!(Answers::from_json(r#"{"version": 2, "anders": "los"}"#).is_err());
    assert!(Answers::from_json(r#"{"version": 2, "anders": null}"#).unwrap().other.is_empty());
}

#[test]
fn version_0_merges_a_single_setting_into_an_existing_list() {
    let answers = Answers::from_json(r#"{"version": 0, "setting": "gezin", "settings": ["media"], "municipality": "Nieuw", "gemeente": "Oud"}"#).unwrap();
    assert_eq!(answers.settings, ["media", "gezin"]);
    // A file that has both keeps the new key's value.
    assert_eq!(answers.municipality, "Nieuw");
}

#[test]
fn a_current_file_is_not_migrated() {
    let answers = Answers::from_json(r#"{"version": 2, "age_bands": ["12/13"], "setting": "gezin"}"#).unwrap();
    assert_eq!(answers.age_bands, ["12/13"], "kept as an unknown id");
    assert!(answers.settings.is_empty());
}

#[test]
fn a_newer_version_is_refused_with_a_clear_dutch_message() {
    let error = Answers::from_json(r#"{"version": 3}"#).unwrap_err();
    assert_eq!(error, AnswersError::TooNew { found: 3, current: 2 });
    let message = error.to_string();
    assert!(message.contains("nieuwere versie") && message.contains("versie 3"), "{message}");
}

#[test]
fn invalid_input_gives_errors_not_panics() {
    assert!(matches!(Answers::from_json("{"), Err(AnswersError::InvalidJson(_))));
    assert!(matches!(Answers::from_json(""), Err(AnswersError::InvalidJson(_))));
    assert_eq!(Answers::from_json("[1, 2]"), Err(AnswersError::NotAnObject));
    assert_eq!(Answers::from_json("\"tekst\""), Err(AnswersError::NotAnObject));
    assert_eq!(Answers::from_json(r#"{"version": -1}"#), Err(AnswersError::InvalidVersion));
    assert_eq!(Answers::from_json(r#"{"version": "1"}"#), Err(AnswersError::InvalidVersion));
    assert_eq!(Answers::from_json(r#"{"version": 1.5}"#), Err(AnswersError::InvalidVersion));
    assert!(matches!(Answers::from_json(r#"{"version": 99999999999999999999}"#), Err(AnswersError::InvalidVersion | AnswersError::TooNew { .. })));
    for error in [AnswersError::NotAnObject, AnswersError::InvalidVersion, AnswersError::InvalidJson("x".into())] {
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn a_wrong_type_names_the_field() {
    let error = Answers::from_json(r#"{"version": 1, "settings": {"a": 1}}"#).unwrap_err();
    assert_eq!(error, AnswersError::WrongType { key: "settings".into(), expected: "een lijst met teksten (keuze-id's)" });
    assert!(error.to_string().contains("`settings`"));
    let error = Answers::from_json(r#"{"version": 1, "municipality": ["a"]}"#).unwrap_err();
    assert!(matches!(error, AnswersError::WrongType { ref key, .. } if key == "municipality"));
    assert!(Answers::from_json(r#"{"version": 1, "plans": ["a", 3]}"#).is_err());
}

#[test]
fn lenient_where_it_is_safe() {
    // Years as numbers, a single id where a list belongs, null as empty.
    let answers = Answers::from_json(r#"{"version": 1, "period_from": 2025, "period_to": "2028", "settings": "gezin", "plans": null, "municipality": null}"#).unwrap();
    assert_eq!(answers.period_from, "2025");
    assert_eq!(answers.period(), Some((2025, 2028)));
    assert_eq!(answers.settings, ["gezin"]);
    assert!(answers.plans.is_empty());
}

#[test]
fn the_generic_accessors_read_and_write_every_field() {
    let mut answers = Answers::default();
    for field in Field::ALL {
        assert_eq!(Field::from_key(field.key()), Some(field));
        if field.is_text() {
            assert!(answers.set_text(field, format!("tekst {}", field.key())));
            assert_eq!(answers.text(field), format!("tekst {}", field.key()));
            assert!(answers.choices(field).is_empty());
            assert!(!answers.set_choices(field, vec!["x".into()]));
            assert!(!answers.toggle_choice(field, "x"));
        } else {
            assert!(answers.set_choices(field, vec!["a".into(), "b".into(), "a".into()]));
            assert_eq!(answers.choices(field), ["a", "b"], "duplicates are dropped");
            assert!(answers.toggle_choice(field, "a"));
            assert_eq!(answers.choices(field), ["b"]);
            assert!(answers.toggle_choice(field, "c"));
            assert!(answers.has(field, "c"));
            assert_eq!(answers.text(field), "");
            assert!(!answers.set_text(field, "x".into()));
        }
        assert!(answers.is_answered(field));
    }
    assert!(!answers.is_empty());
    assert_eq!(Field::from_key("bestaat-niet"), None);
}

#[test]
fn years_are_four_digits_in_this_century() {
    assert_eq!(parse_year("2025"), Some(2025));
    assert_eq!(parse_year(" 2099 "), Some(2099));
    for bad in ["", "25", "20 25", "1999", "2100", "２０２５", "2025a", "-2025", "+202"] {
        assert_eq!(parse_year(bad), None, "{bad}");
    }
    let answers = Answers { period_from: "2028".into(), period_to: "2025".into(), ..Answers::default() };
    assert_eq!(answers.period(), None, "reversed");
}
