//! The example answer files in `examples/antwoorden/`: each parses, gives a
//! sound advice, and says what a reader of the dossier expects.

use super::{advice_problems, recommended, warning_ids};
use super::advise;
use crate::domain::advisor::{Advice, Answers, Severity, SummarySource};
use crate::domain::catalogue::Setting;

const EXAMPLES: [(&str, &str); 14] = [
    ("afgeraden-plannen", include_str!("../../../examples/antwoorden/afgeraden-plannen.json")),
    ("alles-gedekt", include_str!("../../../examples/antwoorden/alles-gedekt.json")),
    ("gemeenschap-wijkaanpak", include_str!("../../../examples/antwoorden/gemeenschap-wijkaanpak.json")),
    ("gezin-kopp", include_str!("../../../examples/antwoorden/gezin-kopp.json")),
    ("hoger-onderwijs-studenten", include_str!("../../../examples/antwoorden/hoger-onderwijs-studenten.json")),
    ("leeg", include_str!("../../../examples/antwoorden/leeg.json")),
    ("media-en-ouders", include_str!("../../../examples/antwoorden/media-en-ouders.json")),
    ("school-brugklas", include_str!("../../../examples/antwoorden/school-brugklas.json")),
    ("school-praktijk-vso-mbo", include_str!("../../../examples/antwoorden/school-praktijk-vso-mbo.json")),
    ("uitgaansleven-stad", include_str!("../../../examples/antwoorden/uitgaansleven-stad.json")),
    ("versie-0-prototype", include_str!("../../../examples/antwoorden/versie-0-prototype.json")),
    ("versie-1-negentien-stappen", include_str!("../../../examples/antwoorden/versie-1-negentien-stappen.json")),
    ("werkomgeving", include_str!("../../../examples/antwoorden/werkomgeving.json")),
    ("zorg-sociaal-kwetsbare-jongeren", include_str!("../../../examples/antwoorden/zorg-sociaal-kwetsbare-jongeren.json")),
];

fn example(name: &str) -> (Answers, Advice) {
    let text = EXAMPLES.iter().find(|(n, _)| *n == name).unwrap().1;
    let answers = Answers::from_json(text).unwrap();
    let advice = advise(&answers);
    (answers, advice)
}

#[test]
fn every_example_file_is_listed_here() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/antwoorden");
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(str::to_owned))
        .collect();
    files.sort();
    assert_eq!(files, EXAMPLES.map(|(n, _)| n.to_owned()));
}

#[test]
fn every_example_gives_a_sound_advice_and_writes_back_as_it_reads() {
    for (name, text) in EXAMPLES {
        let answers = Answers::from_json(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let advice = advise(&answers);
        let problems = advice_problems(&advice);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
        assert!((3..=5).contains(&advice.summary.len()), "{name}: {}", advice.summary.len());
        assert_eq!(Answers::from_json(&answers.to_json()).unwrap(), answers, "{name}");
        // Every example answer names only options the questionnaire has.
        if name != "versie-0-prototype" {
            assert!(advice.notes.iter().all(|n| !n.text.contains("kent deze versie")), "{name} uses an unknown id");
        }
        serde_json::to_string(&advice).unwrap();
    }
}

#[test]
fn the_examples_cover_every_setting() {
    for setting in Setting::ALL {
        let covered = EXAMPLES
            .iter()
            .filter(|(n, _)| *n != "alles-gedekt")
            .any(|(_, text)| Answers::from_json(text).unwrap().settings.iter().any(|s| s == setting.id()));
        assert!(covered, "no example (besides alles-gedekt) for {}", setting.id());
    }
}

#[test]
fn afgeraden_plannen_warns_about_every_plan() {
    let (answers, advice) = example("afgeraden-plannen");
    let do_nots: Vec<&str> = advice.warnings.iter().filter(|w| w.severity == Severity::DoNot).map(|w| w.id.as_str()).collect();
    assert_eq!(do_nots.len(), answers.plans.len(), "{do_nots:?}");
    for plan in &answers.plans {
        assert!(advice.warnings.iter().any(|w| &w.id == plan), "{plan}");
    }
    assert!(advice.summary[..2].iter().all(|s| s.source == SummarySource::Warning), "the summary leads with the warnings on the plans");
    assert!(warning_ids(&advice).contains(&"een-domein"));
    assert!(advice.next_steps.iter().any(|s| s.id == "periode-lengte"), "2025-2026 is short for a plan");
}

#[test]
fn alles_gedekt_has_no_gaps() {
    let (_, advice) = example("alles-gedekt");
    assert_eq!(advice.integral.gaps().count(), 0);
    assert!(advice.interventions.iter().filter(|r| r.running).count() >= 6);
}

#[test]
fn leeg_is_the_generic_advice() {
    let (_, advice) = example("leeg");
    assert!(!advice.tailored);
    assert_eq!(advice.what_works[0].groups[0].id, "algemeen-integraal");
}

#[test]
fn the_nightlife_example_gets_the_nightlife_advice() {
    let (_, advice) = example("uitgaansleven-stad");
    let ids = recommended(&advice);
    for id in ["leidraad-evenementen", "redalertapp", "peer-to-peer-educatie", "dims", "ehbdu"] {
        assert!(ids.contains(&id), "{id}");
    }
    assert!(advice.interventions.iter().any(|r| r.id == "drugs-en-uitgaan" && r.running));
    assert!(advice.integral.pillars.iter().any(|p| p.id == "dekking-harm-reduction-pijler" && p.covered));
}

#[test]
fn the_school_example_warns_and_recommends() {
    let (_, advice) = example("school-brugklas");
    assert_eq!(warning_ids(&advice), ["politie-les-brugklas", "klassikale-les-lachgas"]);
    assert_eq!(advice.summary[0].source_id, "politie-les-brugklas");
    assert!(recommended(&advice).contains(&"samen-fris"));
}

#[test]
fn the_vulnerable_youth_example_gets_selective_care() {
    let (_, advice) = example("zorg-sociaal-kwetsbare-jongeren");
    assert_eq!(advice.interventions[0].id, "open-en-alert");
    assert!(recommended(&advice).contains(&"goed-om-te-weten-over"));
    assert!(recommended(&advice).contains(&"handreiking-ghb-aanpak"));
    assert!(advice.what_works.iter().flat_map(|s| &s.groups).any(|g| g.id == "traditionele-harm-reduction"));
    assert!(advice.next_steps.iter().any(|s| s.id == "aanleiding-anders" && s.text.contains("Signalen van het wijkteam")));
}

#[test]
fn the_family_and_work_examples() {
    let (_, gezin) = example("gezin-kopp");
    assert!(recommended(&gezin).contains(&"kopp") && recommended(&gezin).contains(&"triple-p"));
    let (_, werk) = example("werkomgeving");
    assert_eq!(werk.interventions[0].id, "toolbox-adm-beleid");
    assert_eq!(&warning_ids(&werk)[..2], ["alleen-drugstesten-werk", "alleen-sancties-werk"]);
}

#[test]
fn offers_for_other_ages_are_left_out() {
    // gezin-kopp aims at 12 to 16: Voorzorg is for mothers of children of
    // 9 months to 2 years.
    let (_, advice) = example("gezin-kopp");
    assert!(!advice.interventions.iter().any(|r| r.id == "voorzorg"), "Voorzorg for 12 to 16");
    assert!(advice.interventions.iter().any(|r| r.id == "kopopouders"));
}
