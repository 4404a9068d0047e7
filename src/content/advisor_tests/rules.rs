//! The rules as data: every reference resolves, the dossier's lists are all
//! used, and every setting, intervention, programme, warning, coverage item,
//! partner role, data source and next step can be reached by some answers.

use super::{advice_problems, answers};
use crate::content;
use crate::domain::advisor::answers::{Answers, Field};
use crate::domain::advisor::questionnaire::{NONE, OTHER};
use crate::domain::advisor::condition::{Condition, Subject};
use crate::domain::advisor::{Advice, OfferKind};
use crate::domain::advisor::rules::{ages_in, Rules};
use super::advise;
use crate::domain::catalogue::Setting;
use crate::domain::dossier::{AnchorKind, Block};

fn rules() -> &'static Rules {
    content::advice_rules()
}

/// Every condition in every rule file.
fn all_conditions() -> Vec<&'static Condition> {
    let r = rules();
    let mut conditions = Vec::new();
    conditions.extend(r.levels.iter().map(|x| &x.when));
    conditions.extend(r.elements.iter().map(|x| &x.when));
    conditions.extend(r.offers.iter().flat_map(|x| [&x.requires, &x.fits, &x.also_when]).flatten());
    conditions.extend(r.warnings.iter().map(|x| &x.when));
    conditions.extend(r.coverage.iter().flat_map(|x| [Some(&x.needed), Some(&x.covered), x.focus.as_ref()]).flatten());
    conditions.extend(r.partners.iter().map(|x| &x.when));
    conditions.extend(r.data.iter().map(|x| &x.when));
    conditions.extend(r.steps.iter().map(|x| &x.when));
    conditions
}

#[test]
fn the_rule_files_are_loaded_with_no_problems() {
    let problems: Vec<String> = content::problems().iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let r = rules();
    assert_eq!(r.levels.len(), 13);
    assert_eq!(r.elements.len(), 17);
    assert_eq!(r.coverage.len(), 13);
    assert_eq!(r.data.len(), 17);
    assert!(r.offers.len() >= 40 && r.warnings.len() >= 20 && r.partners.len() >= 25 && r.steps.len() >= 25);
}

fn all_rule_cites(r: &Rules) -> Vec<(String, String)> {
    let mut cites = Vec::new();
    let mut add = |id: &str, list: &[String]| cites.extend(list.iter().map(|c| (id.to_owned(), c.clone())));
    r.levels.iter().for_each(|x| add(&x.id, &x.cites));
    r.elements.iter().for_each(|x| add(&x.id, &x.cites));
    r.offers.iter().for_each(|x| add(&x.id, &x.cites));
    r.warnings.iter().for_each(|x| add(&x.id, &x.cites));
    r.warnings.iter().for_each(|x| add(&x.id, &x.alternatives));
    r.coverage.iter().for_each(|x| add(&x.id, &x.cites));
    r.coverage.iter().for_each(|x| add(&x.id, &x.fill_with));
    r.partners.iter().for_each(|x| add(&x.id, &x.cites));
    r.data.iter().for_each(|x| add(&x.id, &x.cites));
    r.steps.iter().for_each(|x| add(&x.id, &x.cites));
    cites
}

#[test]
fn every_rule_cites_its_sources_and_every_reference_resolves() {
    let dossier = content::dossier();
    let resolves = |id: &str| dossier.anchor(id).is_some() || content::intervention(id).is_some() || content::programme(id).is_some();
    for (rule, id) in all_rule_cites(rules()) {
        assert!(resolves(&id), "[{rule}] `{id}` resolves to no section or record");
    }
    let r = rules();
    let cited = |id: &str| all_rule_cites(r).iter().any(|(rule, _)| rule == id);
    for id in r.levels.iter().map(|x| &x.id).chain(r.elements.iter().map(|x| &x.id)).chain(r.warnings.iter().map(|x| &x.id)) {
        assert!(cited(id), "[{id}] cites nothing");
    }
    for id in r.coverage.iter().map(|x| &x.id).chain(r.partners.iter().map(|x| &x.id)).chain(r.data.iter().map(|x| &x.id)).chain(r.steps.iter().map(|x| &x.id)) {
        assert!(cited(id), "[{id}] cites nothing");
    }
    for offer in &r.offers {
        assert!(content::intervention(&offer.id).is_some() || content::programme(&offer.id).is_some(), "{}", offer.id);
    }
    for element in r.elements.iter().flat_map(|g| &g.elements) {
        assert!(dossier.anchor(&element.id).is_some(), "{}", element.id);
    }
}

#[test]
fn every_condition_names_real_fields_and_option_ids() {
    let q = content::questionnaire();
    let conditions = all_conditions();
    assert!(conditions.len() > 150);
    for condition in conditions {
        let mut references = Vec::new();
        condition.references(&mut references);
        for (subject, ids) in references {
            let known: Vec<String> = match subject {
                Subject::Answer(field) => q.option_ids(field).into_iter().map(str::to_owned).collect(),
                Subject::Derived(derived) => derived.ids().iter().map(|s| (*s).to_owned()).collect(),
            };
            for id in ids {
                assert!(known.contains(&id), "`{}` has no option `{id}`", subject.name());
            }
        }
    }
}

/// The id-carrying list items under a heading of chapter 5.
fn items_under(heading: &str) -> Vec<String> {
    let dossier = content::dossier();
    let mut items = Vec::new();
    for chapter in &dossier.chapters {
        let mut inside = None;
        for block in &chapter.blocks {
            match block {
                Block::Heading(h) if h.id == heading => inside = Some(h.level),
                Block::Heading(h) if inside.is_some_and(|level| h.level <= level) => inside = None,
                Block::List(list) if inside.is_some() => items.extend(list.items.iter().filter_map(|i| i.id.map(str::to_owned))),
                _ => {}
            }
        }
    }
    items
}

#[test]
fn every_wat_werkt_item_of_chapter_5_is_in_an_element_group() {
    let dossier = content::dossier();
    let in_groups: Vec<&str> = rules().elements.iter().flat_map(|g| g.elements.iter().map(|e| e.id.as_str())).collect();
    let headings: Vec<&str> = dossier
        .anchors()
        .filter(|a| a.kind == AnchorKind::Heading && a.id.starts_with('5') && (a.id.ends_with("-wat-werkt") || a.id.ends_with("-wat-werkt-niet")))
        .map(|a| a.id)
        .collect();
    assert_eq!(headings.len(), 12, "{headings:?}");
    let mut count = 0;
    for heading in headings {
        for item in items_under(heading) {
            count += 1;
            assert!(in_groups.contains(&item.as_str()), "{item} (under {heading}) is in no group of elementen.txt");
        }
    }
    assert_eq!(count, 60);
    for component in ["onderdeel-voorlichting", "onderdeel-signalering", "onderdeel-deskundigheidsbevordering", "onderdeel-regelgeving", "onderdeel-beleid", "onderdeel-fysieke-omgeving"] {
        assert!(in_groups.contains(&component));
        assert!(rules().coverage.iter().any(|c| c.cites.iter().any(|id| id == component)), "{component} has a coverage rule");
    }
}

#[test]
fn the_age_bands_of_section_5_3_are_read_from_its_own_text() {
    let dossier = content::dossier();
    for heading in ["5-3-wat-werkt", "5-3-wat-werkt-niet"] {
        for item in items_under(heading) {
            let text = &dossier.anchor(&item).unwrap().label;
            let ages = ages_in(text);
            assert!(!ages.is_empty(), "{item}: no age band read from `{text}`");
        }
    }
    let element = |id: &str| rules().elements.iter().flat_map(|g| &g.elements).find(|e| e.id == id).unwrap();
    assert_eq!(element("vo-voorlichting-blowen-sociale-norm").ages, ["12-13"]);
    assert_eq!(element("vo-voorlichting-ouders").ages, ["13-16", "16-18"]);
    assert_eq!(element("vo-buurt-wijkteam").ages, ["13-16", "16-18"]);
    assert_eq!(element("vo-individuele-aanpak").ages, ["12-13", "13-16", "16-18"]);
    assert_eq!(element("vo-niet-inzetten-politie").ages, ["12-13"]);
    assert_eq!(element("vo-niet-klassikale-voorlichting-lachgas").ages, ["13-16"]);
    assert!(element("gezin-meerdere-bijeenkomsten").ages.is_empty(), "(ongeveer 10) is no age");
}

#[test]
fn every_monitor_has_a_data_rule_and_every_partner_a_role() {
    let q = content::questionnaire();
    let r = rules();
    for monitor in q.option_ids(Field::Monitors).into_iter().filter(|m| *m != OTHER) {
        assert!(r.data.iter().any(|d| d.id == monitor), "{monitor}");
    }
    for partner in q.option_ids(Field::Partners).into_iter().filter(|p| *p != OTHER) {
        assert!(r.partners.iter().any(|p| p.partner == partner), "{partner} has no role");
    }
    for setting in Setting::ALL {
        assert!(r.elements.iter().any(|g| g.setting == Some(setting)), "{} has no element group", setting.id());
    }
}

/// Which option ids no rule looks at (they are asked, and shown in the
/// plan, but the dossier gives no advice that turns on them). "Iets anders"
/// and "geen" are never read by a rule.
fn unreferenced(field: Field) -> Vec<String> {
    let q = content::questionnaire();
    let r = rules();
    let mut references = Vec::new();
    for condition in all_conditions() {
        condition.references(&mut references);
    }
    let offered: Vec<String> = r.offers.iter().flat_map(|o| o.substances.clone()).collect();
    q.option_ids(field)
        .into_iter()
        .filter(|id| *id != OTHER && *id != NONE)
        .filter(|id| {
            let in_condition = references.iter().any(|(s, ids)| *s == Subject::Answer(field) && ids.iter().any(|i| i == id));
            let offered_for = field == Field::Substances && offered.iter().any(|o| o == id);
            !in_condition && !offered_for
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_plan_and_concern_counts_for_something() {
    // A plan is either warned about or covers a part of the integral check.
    assert!(unreferenced(Field::Plans).is_empty(), "{:?}", unreferenced(Field::Plans));
    assert!(unreferenced(Field::Concerns).is_empty(), "{:?}", unreferenced(Field::Concerns));
    assert!(unreferenced(Field::RiskGroups).is_empty(), "{:?}", unreferenced(Field::RiskGroups));
    assert!(unreferenced(Field::SchoolTypes).is_empty());
    assert!(unreferenced(Field::Stages).is_empty());
    assert!(unreferenced(Field::Pillars).is_empty());
    assert!(unreferenced(Field::Occasion).is_empty());
    // The dossier gives no advice specific to these substances: they only
    // shape the plan's definition of "drugs" (6.4 Inleiding).
    assert_eq!(unreferenced(Field::Substances), ["xtc", "ketamine", "amfetamine", "paddos-lsd"]);
    // Truants and early school leavers lead to selective prevention in
    // general (niveaus.txt), but nothing in the dossier names them on their own.
    assert_eq!(unreferenced(Field::VulnerableGroups), ["kwetsbaar-spijbelaars"]);
}

/// A family of answers wide enough to reach every rule: each option of each
/// field on its own, with and without each setting and age band.
fn answer_family() -> Vec<Answers> {
    let q = content::questionnaire();
    let mut family = vec![Answers::default()];
    let settings: Vec<&str> = q.option_ids(Field::Settings);
    let bands: Vec<&str> = q.option_ids(Field::AgeBands);
    for field in Field::ALL.into_iter().filter(|f| !f.is_text()) {
        for id in q.option_ids(field) {
            for setting in settings.iter().map(Some).chain([None]) {
                let mut answers = Answers::default();
                answers.set_choices(field, vec![id.to_owned()]);
                if let Some(setting) = setting {
                    answers.toggle_choice(Field::Settings, setting);
                }
                family.push(answers.clone());
                for band in &bands {
                    let mut with_band = answers.clone();
                    with_band.set_choices(Field::AgeBands, vec![(*band).to_owned()]);
                    family.push(with_band);
                }
            }
        }
    }
    // Combinations some rules need.
    family.push(answers(&[("settings", &["uitgaansleven"]), ("stages", &["problematisch"])]));
    family.push(answers(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["16-17"]), ("stages", &["gewoonte"])]));
    family.push(answers(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["16-17"]), ("plans", &["peer-educatie-school"])]));
    family.push(answers(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["11-12"]), ("school_types", &["regulier-vo"])]));
    family.push(answers(&[("period_from", &["2025"]), ("period_to", &["2035"])]));
    family.push(answers(&[("municipality", &["Amsterdam"])]));
    family.push(answers(&[("settings", &["gezin"]), ("stages", &["problematisch"]), ("partners", &["burgers-ouders"])]));
    family.push(answers(&[("settings", &["gezin"]), ("vulnerable_groups", &["kwetsbaar-psychische-problemen"])]));
    family.push(answers(&[("settings", &["zorg-sociaal"]), ("vulnerable_groups", &["kwetsbaar-lvb"])]));
    family.push(answers(&[("domains", &["zorg", "sociaal", "veiligheid"])]));
    family.push(answers(&[("settings", &["voortgezet-onderwijs"]), ("school_types", &["mbo"]), ("age_bands", &["16-17"])]));
    family.push(answers(&[("settings", &["werkomgeving"]), ("stages", &["gewoonte"])]));
    family.push(answers(&[("settings", &["hoger-onderwijs"]), ("stages", &["gewoonte"])]));
    family.push(answers(&[("substances", &["cannabis"]), ("coffeeshops", &["ja"])]));
    family
}

fn family_advice() -> &'static [(Answers, Advice)] {
    static ADVICE: std::sync::OnceLock<Vec<(Answers, Advice)>> = std::sync::OnceLock::new();
    ADVICE.get_or_init(|| answer_family().into_iter().map(|a| {
        let advice = advise(&a);
        (a, advice)
    }).collect())
}

#[test]
fn the_answer_family_gives_sound_advice() {
    for (answers, advice) in family_advice() {
        let problems = advice_problems(advice);
        assert!(problems.is_empty(), "{answers:?}: {problems:#?}");
    }
}

#[test]
fn every_intervention_and_programme_can_be_recommended() {
    let family = family_advice();
    let reachable = |id: &str| family.iter().any(|(_, advice)| advice.interventions.iter().any(|r| r.id == id && r.fit > 0 && !r.running));
    for intervention in content::interventions() {
        assert!(reachable(&intervention.id), "intervention {} is never recommended", intervention.id);
    }
    for programme in content::programmes() {
        // A programme that is also an intervention row is shown as that row.
        let id = programme.intervention.as_deref().unwrap_or(&programme.id);
        assert!(reachable(id), "programme {} is never recommended", programme.id);
    }
}

#[test]
fn every_setting_can_be_reached() {
    for setting in Setting::ALL {
        let advice = advise(&answers(&[("settings", &[setting.id()])]));
        assert!(advice.what_works.iter().any(|s| s.setting == setting.id() && !s.groups.is_empty()), "{}", setting.id());
        assert!(advice.interventions.iter().any(|r| r.settings.contains(&setting) && r.fit > 0), "{} gets no recommendation", setting.id());
    }
}

#[test]
fn every_rule_can_fire() {
    let family = family_advice();
    let r = rules();
    for rule in &r.warnings {
        assert!(family.iter().any(|(_, a)| a.warnings.iter().any(|w| w.id == rule.id)), "warning {} never fires", rule.id);
    }
    for rule in &r.elements {
        assert!(family.iter().any(|(_, a)| a.what_works.iter().flat_map(|s| &s.groups).any(|g| g.id == rule.id)), "group {} never shows", rule.id);
    }
    for rule in &r.coverage {
        assert!(family.iter().any(|(_, a)| a.integral.gaps().any(|c| c.id == rule.id)), "{} is never a gap", rule.id);
        assert!(family.iter().any(|(_, a)| a.integral.components.iter().chain(&a.integral.levels).chain(&a.integral.pillars).any(|c| c.id == rule.id && c.covered)), "{} is never covered", rule.id);
    }
    for rule in &r.partners {
        assert!(family.iter().any(|(_, a)| a.partners.iter().flat_map(|p| &p.roles).any(|role| role.id == rule.id)), "partner role {} never shows", rule.id);
    }
    for rule in &r.data {
        assert!(family.iter().any(|(a, d)| d.data.iter().any(|x| x.id == rule.id && !a.monitors.contains(&x.id))), "source {} is never advised", rule.id);
    }
    for rule in &r.steps {
        assert!(family.iter().any(|(_, a)| a.next_steps.iter().chain(&a.checklist).any(|s| s.id == rule.id)), "step {} never shows", rule.id);
    }
    for rule in &r.levels {
        let fired = family.iter().any(|(answers, _)| rule.when.holds(&crate::domain::advisor::condition::Facts::new(answers)));
        assert!(fired, "level rule {} never fires", rule.id);
    }
}

#[test]
fn the_engine_takes_its_knowledge_as_a_value() {
    // Without the programmes, the advice names none: it reads only what it is given.
    let answers = answers(&[("settings", &["media", "gemeenschap"])]);
    let full = advise(&answers);
    assert!(full.interventions.iter().any(|r| r.kind == OfferKind::Programme));
    let knowledge = crate::domain::advisor::Knowledge { programmes: &[], ..content::knowledge() };
    let without = crate::domain::advisor::advise(&knowledge, &answers);
    assert!(!without.interventions.iter().any(|r| r.kind == OfferKind::Programme));
}

#[test]
fn a_fixed_text_may_use_only_the_names_the_engine_fills_in_it() {
    let vocabulary = crate::domain::advisor::rules::Vocabulary {
        dossier: content::dossier(),
        questionnaire: content::questionnaire(),
        interventions: content::interventions(),
        programmes: content::programmes(),
    };
    let teksten = include_str!("../advies/teksten.txt");
    let load = |text: &str| {
        let (_, problems) = crate::domain::advisor::rules::load_rules(&[("advies/teksten.txt", text)], &vocabulary);
        problems.iter().map(ToString::to_string).collect::<Vec<_>>()
    };
    assert_eq!(load(teksten), Vec::<String>::new());
    let wrong_name = load(&teksten.replace("tekst: Gedekt door: {namen}.", "tekst: Gedekt door: {municipality}."));
    assert!(wrong_name.iter().any(|p| p.contains("[gedekt-door] placeholder `{municipality}` is not one of [\"namen\"]")), "{wrong_name:#?}");
    let unknown = load(&format!("{teksten}\n[iets-nieuws]\ntekst: Nieuw.\n"));
    assert!(unknown.iter().any(|p| p.contains("[iets-nieuws] is not a text the engine shows")), "{unknown:#?}");
    let missing = load(&teksten.replace("[stap]\n", "[stap-weg]\n"));
    assert!(missing.iter().any(|p| p.contains("[stap] is missing")), "{missing:#?}");
}
