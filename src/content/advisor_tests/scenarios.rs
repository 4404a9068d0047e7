//! The advice per setting, checked against the dossier's own statements.

use super::{advice_for, avoided_ids, element_ids, recommended, warning_ids};
use crate::domain::advisor::engine::{ages_overlap, band_range};
use crate::domain::advisor::{DataUse, Severity, SummarySource};
use crate::domain::catalogue::Level;

// ---------------------------------------------------------------- school (5.3)

#[test]
fn school_12_13_gets_voorlichting_gericht_op_sociale_norm() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["11-12"])]);
    let elements = element_ids(&advice, "voortgezet-onderwijs");
    assert!(elements.contains(&"vo-voorlichting-blowen-sociale-norm".to_owned()));
    let text = &advice.what_works[0].groups[0].elements[0];
    assert_eq!(text.text, "Voorlichting aan leerlingen over blowen gericht op sociale norm (12/13 jaar)");
    assert!(text.reason.contains("12 tot en met 13 jaar") && text.reason.contains("11 en 12 jaar"), "{}", text.reason);
    // Not what the dossier names for other ages only.
    assert!(!elements.contains(&"vo-zelfcontrole".to_owned()), "16 t/m 18 only");
    assert!(!elements.contains(&"vo-opvoedondersteuning".to_owned()), "13 t/m 16 only");
    assert!(elements.contains(&"vo-beleidsadviezen".to_owned()));
    assert!(elements.contains(&"vo-deskundigheidsbevordering".to_owned()));
    // Universal only: the selective/indicated additions are not shown.
    assert!(!elements.contains(&"vo-individuele-aanpak".to_owned()));
    // Frisse Start is for the brugklas.
    assert!(recommended(&advice).contains(&"frisse-start"));
    assert!(!recommended(&advice).contains(&"samen-fris"), "Samen Fris is for 13-15");
}

#[test]
fn police_lessons_for_12_13_are_warned_against_with_an_alternative() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["11-12"]), ("plans", &["politie-les-brugklas"])]);
    let warning = advice.warnings.iter().find(|w| w.id == "politie-les-brugklas").expect("police warning");
    assert_eq!(warning.severity, Severity::DoNot);
    assert!(warning.cites.contains(&"vo-niet-inzetten-politie".to_owned()));
    assert!(warning.instead.contains("sociale norm"));
    assert!(warning.reason.starts_with("U bent van plan: Een gastles over drugs van de politie"), "{}", warning.reason);
    assert!(warning.alternatives.iter().any(|a| a.id == "frisse-start"));
    assert_eq!(advice.summary[0].source_id, "politie-les-brugklas", "a do-not comes first in the summary");
    // And the alternative ranks higher for it.
    assert_eq!(advice.interventions[0].id, "frisse-start");
    assert!(advice.interventions[0].reason.contains("U kunt dit inzetten in plaats van: De politie les laten geven"));
}

#[test]
fn school_16_18_gets_self_control_and_motivational_interviewing_when_needed() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["16-17"]), ("stages", &["gewoonte"])]);
    let elements = element_ids(&advice, "voortgezet-onderwijs");
    assert!(elements.contains(&"vo-zelfcontrole".to_owned()));
    assert!(elements.contains(&"vo-motiverende-gespreksvoering".to_owned()));
    assert!(!elements.contains(&"vo-voorlichting-blowen-sociale-norm".to_owned()));
    assert!(!elements.contains(&"vo-doorverwijzen-kopp".to_owned()), "12/13 and 13 t/m 16 only");
    assert!(recommended(&advice).contains(&"motiverende-gespreksvoering"), "5.3 names it for 16 t/m 18");
    assert!(!recommended(&advice).contains(&"frisse-start"));
}

#[test]
fn school_elements_are_all_shown_when_no_age_is_chosen() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"])]);
    let elements = element_ids(&advice, "voortgezet-onderwijs");
    assert_eq!(elements.len(), 10, "the ten universal elements");
    let avoided = avoided_ids(&advice, "voortgezet-onderwijs");
    assert!(avoided.contains(&"vo-niet-peer-educatie".to_owned()) && avoided.contains(&"vo-niet-weerbaar-maken".to_owned()));
}

#[test]
fn school_elements_fall_back_to_all_when_no_school_age_is_chosen() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["18-25"])]);
    let group = &advice.what_works[0].groups[0];
    assert_eq!(group.elements.len(), 10);
    assert!(group.elements[0].reason.contains("U koos geen van deze leeftijden"), "{}", group.elements[0].reason);
}

#[test]
fn school_types_choose_the_school_interventions() {
    let regular = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("school_types", &["regulier-vo"]), ("age_bands", &["13-15"])]);
    assert!(recommended(&regular).contains(&"samen-fris"));
    assert!(!recommended(&regular).contains(&"be-wise-think-twice"));
    assert!(!recommended(&regular).contains(&"roc-aanvalsplan"));
    let special = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("school_types", &["vso-cluster-4"]), ("age_bands", &["11-12", "13-15"])]);
    assert!(recommended(&special).contains(&"be-wise-think-twice"));
    assert!(recommended(&special).contains(&"samen-slagen"));
    assert!(!recommended(&special).contains(&"samen-fris"), "Samen Fris is for regular schools");
    assert!(special.levels_needed.iter().any(|l| l.level == Level::Selective), "vso cluster 4 needs selective prevention");
    let mbo = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("school_types", &["mbo"]), ("age_bands", &["16-17"])]);
    assert!(recommended(&mbo).contains(&"roc-aanvalsplan"));
    assert!(!recommended(&mbo).contains(&"frisse-start"));
    assert!(mbo.data.iter().any(|d| d.id == "middelenmonitor-mbo-hbo"));
    assert!(special.data.iter().any(|d| d.id == "explore"));
}

#[test]
fn peer_education_at_school_is_do_not_up_to_16_and_only_caution_above() {
    let young = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["13-15"]), ("plans", &["peer-educatie-school"])]);
    assert!(warning_ids(&young).contains(&"peer-educatie-school"));
    let older = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["16-17"]), ("plans", &["peer-educatie-school"])]);
    assert!(!warning_ids(&older).contains(&"peer-educatie-school"));
    let caution = older.warnings.iter().find(|w| w.id == "peer-educatie-school-ouder").unwrap();
    assert_eq!(caution.severity, Severity::Caution);
    assert!(caution.reason.contains("zegt het dossier er niets over"));
}

#[test]
fn classroom_lessons_on_lachgas_are_do_not_for_13_16() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["13-15"]), ("plans", &["klassikale-les-lachgas"])]);
    let warning = advice.warnings.iter().find(|w| w.id == "klassikale-les-lachgas").unwrap();
    assert!(warning.cites.contains(&"vo-niet-klassikale-voorlichting-lachgas".to_owned()));
    assert!(warning.alternatives.iter().any(|a| a.id == "handreiking-lachgas"));
    assert!(recommended(&advice).contains(&"handreiking-lachgas"), "the alternative is recommended");
    let other = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["11-12"]), ("plans", &["klassikale-les-lachgas"])]);
    assert!(warning_ids(&other).contains(&"klassikale-les-lachgas-andere-leeftijd"));
    assert!(!warning_ids(&other).contains(&"klassikale-les-lachgas"));
}

#[test]
fn resistance_training_fear_and_one_off_ex_users_are_warned_against() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("plans", &["weerbaarheidstraining", "waarschuwende-voorlichting", "eenmalige-ervaringsdeskundige"])]);
    let ids = warning_ids(&advice);
    assert!(ids.contains(&"weerbaarheidstraining") && ids.contains(&"waarschuwende-voorlichting") && ids.contains(&"eenmalige-ervaringsdeskundige"));
    let ex_user = advice.warnings.iter().find(|w| w.id == "eenmalige-ervaringsdeskundige").unwrap();
    assert!(ex_user.cites.contains(&"5-3-wat-werkt-niet".to_owned()) && ex_user.cites.contains(&"5-4-wat-werkt-niet".to_owned()));
    assert!(ex_user.instead.contains("handelingsperspectief"));
    assert!((3..=5).contains(&advice.summary.len()));
    assert!(advice.summary.iter().filter(|s| s.source == SummarySource::Warning).count() <= 2, "the summary mixes kinds of advice");
}

// ---------------------------------------------------------------- nightlife (5.7)

#[test]
fn nightlife_gets_redalert_dims_peer_to_peer_and_ehbo() {
    let advice = advice_for(&[("settings", &["uitgaansleven"]), ("age_bands", &["18-25"]), ("risk_groups", &["uitgaanders"]), ("stages", &["recreatief"])]);
    let ids = recommended(&advice);
    for id in ["redalertapp", "dims", "peer-to-peer-educatie", "ehbdu", "drugs-en-uitgaan", "leidraad-evenementen"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let elements = element_ids(&advice, "uitgaansleven");
    for id in ["uitgaan-peer-to-peer-educatie", "uitgaan-chill-out", "hr-dims-testservices", "hr-ehbo-posten", "hr-peer-educatie"] {
        assert!(elements.contains(&id.to_owned()), "{id}");
    }
    assert!(advice.levels_needed.iter().any(|l| l.level == Level::HarmReduction));
    assert!(advice.data.iter().any(|d| d.id == "grote-uitgaansonderzoek"));
    assert!(advice.data.iter().any(|d| d.id == "monitor-drugsincidenten"));
    assert!(advice.partners.iter().any(|p| p.id == "horeca-evenementen" && p.roles.iter().any(|r| r.cites.contains(&"kader-3".to_owned()))));
    assert!(advice.next_steps.iter().any(|s| s.id == "aanpak-evenementen"));
}

#[test]
fn nightlife_with_problematic_use_notes_the_signalling_gap() {
    let advice = advice_for(&[("settings", &["uitgaansleven"]), ("stages", &["problematisch"])]);
    let warning = advice.warnings.iter().find(|w| w.id == "signaleren-bij-uitgaan").unwrap();
    assert!(warning.cites.contains(&"5-7-reflectie".to_owned()));
}

#[test]
fn nightlife_interventions_for_16_25_do_not_fit_13_16() {
    let advice = advice_for(&[("settings", &["uitgaansleven"]), ("age_bands", &["13-15"])]);
    assert!(!recommended(&advice).contains(&"redalertapp"));
    assert!(!recommended(&advice).contains(&"drugs-en-uitgaan"));
    assert!(recommended(&advice).contains(&"dims"), "DIMS names no age");
    let advice = advice_for(&[("settings", &["uitgaansleven"]), ("age_bands", &["16-17"])]);
    assert!(recommended(&advice).contains(&"redalertapp"));
}

// ---------------------------------------------------------------- family (5.2)

#[test]
fn family_with_kopp_gets_the_kopp_interventions() {
    let advice = advice_for(&[("settings", &["gezin"]), ("vulnerable_groups", &["kwetsbaar-kopp"])]);
    let ids = recommended(&advice);
    for id in ["kopp", "kopopouders", "kopstoring", "billy-boem", "piep-zei-de-muis"] {
        assert!(ids.contains(&id), "{id}");
    }
    let kopp = advice.interventions.iter().find(|r| r.id == "kopp").unwrap();
    assert!(kopp.reason.contains("Kinderen van ouders met psychische problemen of een verslaving"), "{}", kopp.reason);
    assert!(!ids.contains(&"family-check-up"), "for families with a low socio-economic position");
    assert!(!ids.contains(&"help-mijn-kind-kan-niet-zonder"), "for parents of youth with problematic use");
    assert_eq!(element_ids(&advice, "gezin").len(), 8);
}

#[test]
fn family_without_vulnerable_groups_gets_universal_support_only() {
    let advice = advice_for(&[("settings", &["gezin"]), ("age_bands", &["13-15"])]);
    let ids = recommended(&advice);
    assert!(ids.contains(&"helderopvoeden"));
    for id in ["kopp", "voorzorg", "family-check-up", "triple-p", "help-mijn-kind-kan-niet-zonder"] {
        assert!(!ids.contains(&id), "{id} is selective or indicated");
    }
}

#[test]
fn kopp_children_get_kopp_interventions_even_without_the_family_setting() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("vulnerable_groups", &["kwetsbaar-kopp"])]);
    assert!(recommended(&advice).contains(&"kopp"));
    assert!(element_ids(&advice, "voortgezet-onderwijs").contains(&"vo-doorverwijzen-kopp".to_owned()));
}

#[test]
fn parents_of_problematic_users_get_help_mijn_kind() {
    let advice = advice_for(&[("settings", &["gezin"]), ("stages", &["problematisch"]), ("partners", &["burgers-ouders"]), ("age_bands", &["16-17"])]);
    assert!(recommended(&advice).contains(&"help-mijn-kind-kan-niet-zonder"));
    assert!(advice.levels_needed.iter().any(|l| l.level == Level::Indicated));
}

#[test]
fn family_with_low_welfare_gets_family_check_up() {
    let advice = advice_for(&[("settings", &["gezin"]), ("vulnerable_groups", &["kwetsbaar-minder-welvaart"])]);
    assert!(recommended(&advice).contains(&"family-check-up"));
    assert!(recommended(&advice).contains(&"voorzorg"));
}

// ---------------------------------------------------------------- work (5.5)

#[test]
fn work_with_drug_testing_only_gets_the_warning_and_the_adm_toolbox() {
    let advice = advice_for(&[("settings", &["werkomgeving"]), ("plans", &["alleen-drugstesten-werk"])]);
    let warning = advice.warnings.iter().find(|w| w.id == "alleen-drugstesten-werk").unwrap();
    assert_eq!(warning.severity, Severity::DoNot);
    assert!(warning.cites.contains(&"werk-niet-enkel-drugstesten".to_owned()));
    assert!(warning.alternatives.iter().any(|a| a.id == "toolbox-adm-beleid"));
    assert_eq!(advice.interventions[0].id, "toolbox-adm-beleid", "the ADM-toolbox comes first");
    let elements = element_ids(&advice, "werkomgeving");
    assert!(elements.contains(&"werk-vertrouwen-geheimhouding".to_owned()));
    assert!(avoided_ids(&advice, "werkomgeving").contains(&"werk-niet-enkel-drugstesten".to_owned()));
    assert!(advice.partners.iter().any(|p| p.id == "werkgevers"));
}

#[test]
fn sanctions_only_and_judgmental_talk_at_work_are_warned_against() {
    let advice = advice_for(&[("settings", &["werkomgeving"]), ("plans", &["alleen-sancties-werk", "veroordelend-communiceren-werk"])]);
    let ids = warning_ids(&advice);
    assert!(ids.contains(&"alleen-sancties-werk") && ids.contains(&"veroordelend-communiceren-werk"));
}

#[test]
fn work_needs_indicated_interventions() {
    let advice = advice_for(&[("settings", &["werkomgeving"]), ("age_bands", &["18-25"])]);
    assert!(advice.levels_needed.iter().any(|l| l.level == Level::Indicated));
    assert!(recommended(&advice).contains(&"moti-4"));
    assert!(recommended(&advice).contains(&"jellinek-online-zelfhulp"));
}

// ---------------------------------------------------------------- higher education (5.4)

#[test]
fn higher_education_gets_its_elements_and_indicated_interventions() {
    let advice = advice_for(&[("settings", &["hoger-onderwijs"]), ("age_bands", &["18-25"]), ("risk_groups", &["studenten"]), ("partners", &["hoger-onderwijs"])]);
    let ids = recommended(&advice);
    for id in ["moti-4", "training-studentenbegeleiders", "studententijd-van-je-leven", "preventie-adviesgesprek"] {
        assert!(ids.contains(&id), "{id}");
    }
    assert!(element_ids(&advice, "hoger-onderwijs").contains(&"ho-monitoring".to_owned()));
    assert!(advice.data.iter().any(|d| d.id == "studentenmonitor"));
    assert!(advice.partners.iter().any(|p| p.id == "hoger-onderwijs"));
}

#[test]
fn one_off_actions_in_higher_education_are_warned_against() {
    let advice = advice_for(&[("settings", &["hoger-onderwijs"]), ("plans", &["losse-acties-hoger-onderwijs"])]);
    let warning = advice.warnings.iter().find(|w| w.id == "losse-acties-hoger-onderwijs").unwrap();
    assert!(warning.cites.contains(&"5-4-wat-werkt-niet".to_owned()));
}

// ---------------------------------------------------------------- care and social (5.8)

#[test]
fn care_with_lvb_and_institutions_gets_open_en_alert_and_easy_leaflets() {
    let advice = advice_for(&[("settings", &["zorg-sociaal"]), ("vulnerable_groups", &["kwetsbaar-lvb", "kwetsbaar-instellingen"]), ("age_bands", &["16-17"])]);
    let ids = recommended(&advice);
    assert_eq!(ids[0], "open-en-alert");
    assert!(ids.contains(&"goed-om-te-weten-over"));
    assert!(ids.contains(&"e-learning-basiskennis"));
    assert_eq!(element_ids(&advice, "zorg-sociaal"), ["zorg-beleidsontwikkeling", "zorg-deskundigheidsbevordering", "zorg-samenwerking-verslavingszorg"]);
    assert!(advice.partners.iter().any(|p| p.id == "ivz" && p.roles.iter().any(|r| r.context == "zorg-sociaal")));
}

#[test]
fn opiates_bring_traditional_harm_reduction() {
    let advice = advice_for(&[("substances", &["heroine-opiaten"])]);
    let group = advice.what_works.iter().flat_map(|s| &s.groups).find(|g| g.id == "traditionele-harm-reduction").unwrap();
    assert_eq!(group.elements.len(), 4);
    assert!(advice.levels_needed.iter().any(|l| l.level == Level::HarmReduction));
}

#[test]
fn ghb_brings_the_ghb_guide() {
    let advice = advice_for(&[("substances", &["ghb"])]);
    assert!(recommended(&advice).contains(&"handreiking-ghb-aanpak"));
    assert!(advice.next_steps.iter().any(|s| s.id == "aanpak-ghb"));
}

// ---------------------------------------------------------------- community (5.6)

#[test]
fn community_gets_environmental_prevention_and_oko() {
    let advice = advice_for(&[("settings", &["gemeenschap"]), ("age_bands", &["13-15"])]);
    assert!(recommended(&advice).contains(&"oko"));
    let oko = advice.interventions.iter().find(|r| r.id == "oko").unwrap();
    assert!(oko.reason.contains("genoeg mensen en geld"), "OKO's condition from the dossier");
    let group = &advice.what_works[0].groups[0];
    assert!(group.elements.iter().any(|e| e.text.starts_with("De meest effectieve interventies zijn over het algemeen omgevingsinterventies")));
}

#[test]
fn dealing_in_public_space_brings_the_safety_domain() {
    let advice = advice_for(&[("concerns", &["dealen-openbare-ruimte"]), ("pillars", &["aanbodbeperking"])]);
    let police = advice.partners.iter().find(|p| p.id == "politie-boa").unwrap();
    assert!(police.roles.iter().any(|r| r.context == "aanbodbeperking" && r.cites.contains(&"6-3-2-aanbodbeperking".to_owned())));
    assert!(advice.partners.iter().any(|p| p.id == "om"));
    let gap = advice.integral.pillars.iter().find(|c| c.id == "dekking-aanbodbeperking").unwrap();
    assert!(!gap.covered && gap.in_focus == Some(true));
    assert!(gap.reason.contains("U kiest deze pijler wel als doel"));
    assert!(advice.next_steps.iter().any(|s| s.id == "bestuursrechtelijke-maatregelen"));
}

#[test]
fn lachgas_nuisance_brings_the_lachgas_guide() {
    let advice = advice_for(&[("settings", &["gemeenschap"]), ("concerns", &["overlast-lachgas"])]);
    assert!(recommended(&advice).contains(&"handreiking-lachgas"));
}

// ---------------------------------------------------------------- media (5.9)

#[test]
fn mass_media_and_fear_campaigns_are_warned_against() {
    let advice = advice_for(&[("settings", &["media"]), ("plans", &["massamediale-campagne", "bangmakende-campagne", "campagne-jongeren"])]);
    let ids = warning_ids(&advice);
    assert_eq!(&ids[..2], ["massamediale-campagne", "bangmakende-campagne"], "do-nots before cautions");
    assert!(ids.contains(&"campagne-jongeren"));
    let youth = advice.warnings.iter().find(|w| w.id == "campagne-jongeren").unwrap();
    assert_eq!(youth.severity, Severity::Caution);
    assert!(youth.cites.contains(&"media-ouders-aanspreken".to_owned()));
    assert_eq!(avoided_ids(&advice, "media").len(), 3);
}

#[test]
fn talking_about_drugs_in_the_media_brings_the_communication_toolbox() {
    let advice = advice_for(&[("plans", &["communicatie-media"])]);
    assert!(warning_ids(&advice).contains(&"communicatie-media"));
    assert!(recommended(&advice).contains(&"toolbox-drugscommunicatie"));
}

// ---------------------------------------------------------------- across settings

#[test]
fn one_setting_is_a_caution_and_two_are_not() {
    let one = advice_for(&[("settings", &["gezin"])]);
    assert!(warning_ids(&one).contains(&"een-setting"));
    let two = advice_for(&[("settings", &["gezin", "voortgezet-onderwijs"])]);
    assert!(!warning_ids(&two).contains(&"een-setting"));
    assert!(!warning_ids(&two).contains(&"een-setting-school"));
}

#[test]
fn the_one_setting_caution_gives_an_example_only_from_the_users_own_setting() {
    let nightlife = advice_for(&[("settings", &["uitgaansleven"])]);
    let caution = nightlife.warnings.iter().find(|w| w.id == "een-setting").unwrap();
    assert!(!caution.instead.contains("school"), "{}", caution.instead);
    let school = advice_for(&[("settings", &["voortgezet-onderwijs"])]);
    assert!(!warning_ids(&school).contains(&"een-setting"));
    let caution = school.warnings.iter().find(|w| w.id == "een-setting-school").unwrap();
    assert!(caution.instead.contains("Op school"), "{}", caution.instead);
}

#[test]
fn levels_are_derived_from_the_target_groups() {
    let levels = |pairs: &[(&str, &[&str])]| -> Vec<&'static str> { advice_for(pairs).levels_needed.iter().map(|l| l.level.code()).collect() };
    assert_eq!(levels(&[("age_bands", &["13-15"])]), ["U"]);
    assert_eq!(levels(&[("age_bands", &["13-15"]), ("vulnerable_groups", &["kwetsbaar-lvb"])]), ["U", "S"]);
    assert_eq!(levels(&[("stages", &["gewoonte"])]), ["I"]);
    assert_eq!(levels(&[("stages", &["recreatief"])]), ["HR"]);
    assert_eq!(levels(&[("stages", &["experimenteel", "problematisch", "verslaving"])]), ["U", "I", "HR"]);
    let advice = advice_for(&[("risk_groups", &["studenten"])]);
    assert!(advice.levels_needed.iter().any(|l| l.level == Level::Selective && l.cites.contains(&"4-2-2-risicogroepen".to_owned())));
}

#[test]
fn age_bands_are_whole_years_and_an_offer_fits_when_it_shares_one() {
    assert_eq!(band_range("11-12"), Some((11, 12)));
    assert_eq!(band_range("18-25"), Some((18, 25)));
    assert_eq!(band_range("26-plus"), Some((26, u8::MAX)));
    assert_eq!(band_range("25-18"), None);
    assert_eq!(band_range("x"), None);
    // Samen Fris (13-15) is for 13 tot en met 15, not for 11 and 12 or 16 and 17.
    assert!(ages_overlap((13, 15), (13, 15)) && !ages_overlap((13, 15), (11, 12)) && !ages_overlap((13, 15), (16, 17)));
    // Be wise (12-14) fits 11-12 and 13-15.
    assert!(ages_overlap((12, 14), (11, 12)) && ages_overlap((12, 14), (13, 15)));
    // 16-25 does not fit 13-15; 12-18 fits 18-25 through its last year.
    assert!(!ages_overlap((16, 25), (13, 15)));
    assert!(ages_overlap((12, 18), (18, 25)) && !ages_overlap((12, 18), (26, u8::MAX)));
    assert!(ages_overlap((14, 24), (13, 15)) && ages_overlap((14, 24), (16, 17)) && ages_overlap((14, 24), (18, 25)));
}

#[test]
fn age_band_boundaries_choose_the_interventions() {
    let rec = |band: &str| -> Vec<String> {
        let advice = advice_for(&[("settings", &["gezin", "voortgezet-onderwijs", "uitgaansleven", "zorg-sociaal"]), ("age_bands", &[band]), ("vulnerable_groups", &["kwetsbaar-psychische-problemen", "kwetsbaar-instellingen"]), ("school_types", &["regulier-vo", "mbo"])]);
        recommended(&advice).into_iter().map(str::to_owned).collect()
    };
    let has = |list: &[String], id: &str| list.iter().any(|x| x == id);
    let (a, b, c, d, e) = (rec("11-12"), rec("13-15"), rec("16-17"), rec("18-25"), rec("26-plus"));
    assert!(has(&a, "frisse-start") && !has(&b, "frisse-start"));
    assert!(!has(&a, "samen-fris") && has(&b, "samen-fris") && !has(&c, "samen-fris"));
    assert!(has(&c, "triple-p") && !has(&d, "triple-p"), "Triple P (2-16) holds 16-year-olds");
    assert!(!has(&b, "redalertapp") && has(&c, "redalertapp") && has(&d, "redalertapp"));
    assert!(has(&c, "roc-aanvalsplan") && !has(&e, "roc-aanvalsplan"));
    assert!(has(&a, "open-en-alert") && has(&d, "open-en-alert"));
    // Over 25 lies outside the dossier: no offer bound to ages fits it.
    assert!(!has(&e, "open-en-alert") && !has(&e, "redalertapp") && !has(&e, "triple-p"));
}

#[test]
fn running_interventions_are_marked_and_not_suggested_again() {
    let advice = advice_for(&[("settings", &["voortgezet-onderwijs"]), ("age_bands", &["11-12"]), ("running", &["frisse-start"])]);
    let frisse = advice.interventions.iter().find(|r| r.id == "frisse-start").unwrap();
    assert!(frisse.running);
    assert!(frisse.reason.starts_with("Dit loopt al in uw gemeente."));
    assert!(advice.summary.iter().all(|s| s.source_id != "frisse-start"));
    // Running, though it fits none of the answers: still listed, as running.
    let advice = advice_for(&[("settings", &["gezin"]), ("running", &["redalertapp"])]);
    let red = advice.interventions.iter().find(|r| r.id == "redalertapp").unwrap();
    assert!(red.running && red.fit == 0);
    assert_eq!(advice.interventions.last().unwrap().id, "redalertapp");
}

#[test]
fn a_running_programme_counts_as_its_intervention() {
    let advice = advice_for(&[("settings", &["zorg-sociaal"]), ("running", &["open-en-alert-programma"])]);
    assert!(advice.interventions.iter().any(|r| r.id == "open-en-alert" && r.running));
    assert!(advice.interventions.iter().all(|r| r.id != "open-en-alert-programma"));
}

#[test]
fn recommendations_are_ranked_by_fit_then_recognition() {
    let advice = advice_for(&[("settings", &["gezin", "uitgaansleven", "hoger-onderwijs"]), ("vulnerable_groups", &["kwetsbaar-kopp"]), ("stages", &["recreatief", "gewoonte"])]);
    for pair in advice.interventions.windows(2) {
        assert!(pair[0].fit >= pair[1].fit, "{} before {}", pair[0].id, pair[1].id);
        if pair[0].fit == pair[1].fit {
            let (a, b) = (pair[0].recognition, pair[1].recognition);
            assert!((a.is_none(), a) <= (b.is_none(), b), "{} before {}", pair[0].id, pair[1].id);
        }
    }
    assert_eq!(advice.recognition_caveat.cites[0], "1-2-beperkingen-en-afbakeningen");
    assert!(advice.recognition_caveat.text.contains("absence of evidence is not evidence of absence"));
}

#[test]
fn a_plan_with_everything_covered_has_no_gaps() {
    let advice = advice_for(&[
        ("settings", &["voortgezet-onderwijs", "uitgaansleven"]),
        ("age_bands", &["13-15", "16-17"]),
        ("vulnerable_groups", &["kwetsbaar-lvb"]),
        ("stages", &["recreatief", "gewoonte"]),
        ("running", &["helder-op-school", "moti-4", "e-learning-basiskennis", "leidraad-evenementen"]),
        ("plans", &["lessen-op-school", "signaleren-doorverwijzen", "training-professionals", "apv-maatregelen", "schoolbeleid", "chill-out", "drugs-testen", "aanbod-kwetsbare-groepen"]),
        ("pillars", &["vraagbeperking", "aanbodbeperking", "harm-reduction"]),
    ]);
    let gaps: Vec<&str> = advice.integral.gaps().map(|c| c.id.as_str()).collect();
    assert!(gaps.is_empty(), "{gaps:?}");
    assert_eq!(advice.integral.components.len(), 6);
    assert_eq!(advice.integral.pillars.len(), 3);
    assert_eq!(advice.integral.levels.len(), 4);
    let voorlichting = &advice.integral.components[0];
    assert!(voorlichting.covered_by.iter().any(|n| n.id == "helder-op-school"));
    assert!(voorlichting.reason.starts_with("Gedekt door:"));
    assert!(advice.integral.pillars.iter().all(|p| p.in_focus == Some(true)));
}

#[test]
fn advised_against_plans_cover_nothing() {
    let advice = advice_for(&[("plans", &["politie-les-brugklas", "bangmakende-campagne", "massamediale-campagne", "alleen-drugstesten-werk", "peer-educatie-school"])]);
    assert!(advice.integral.components.iter().all(|c| !c.covered));
    assert!(advice.integral.pillars.iter().all(|c| !c.covered));
}

#[test]
fn gaps_say_what_would_fill_them_from_the_recommendations() {
    let advice = advice_for(&[("settings", &["uitgaansleven"]), ("age_bands", &["18-25"])]);
    let signalling = advice.integral.components.iter().find(|c| c.id == "dekking-deskundigheidsbevordering").unwrap();
    assert!(!signalling.covered);
    assert!(signalling.fill.is_some());
    assert_eq!(signalling.suggestions.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(), ["ehbdu"]);
    // No suggestion that the advice does not recommend for these answers.
    for gap in advice.integral.gaps() {
        for suggestion in &gap.suggestions {
            assert!(recommended(&advice).contains(&suggestion.id.as_str()), "{} suggests {}", gap.id, suggestion.id);
        }
    }
}

#[test]
fn empty_answers_give_a_useful_generic_advice() {
    let advice = advice_for(&[]);
    assert!(!advice.tailored);
    assert!(advice.notes[0].text.contains("algemeen advies"));
    assert_eq!(advice.summary.len(), 3);
    assert_eq!(advice.what_works.len(), 1);
    assert_eq!(advice.what_works[0].setting, "");
    assert_eq!(advice.what_works[0].groups[0].id, "algemeen-integraal");
    let ids = recommended(&advice);
    for id in ["helder-op-school", "toolbox-adm-beleid", "oko", "instrument-lokaal-samenwerken"] {
        assert!(ids.contains(&id), "{id}");
    }
    assert!(advice.warnings.is_empty());
    assert_eq!(advice.partners.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["ivz", "ggd"]);
    assert!(advice.data.iter().any(|d| d.id == "ggd-gezondheidsmonitor"));
    let steps: Vec<u8> = advice.checklist.iter().map(|s| s.step).collect();
    assert!((1..=4).all(|n| steps.contains(&n)), "all four steps of 6.4 in the checklist");
    assert_eq!(advice.integral.gaps().count(), 6 + 1 + 3);
}

#[test]
fn unknown_ids_alone_give_the_generic_advice_and_a_note() {
    let advice = advice_for(&[("settings", &["maan"]), ("plans", &["iets-onbekends"]), ("vulnerable_groups", &["marsmannetjes"])]);
    assert!(advice.tailored);
    assert!(advice.notes.iter().any(|n| n.text.contains("kent deze versie van de app niet")));
    assert_eq!(advice.what_works[0].groups[0].id, "algemeen-integraal");
    assert!(advice.warnings.is_empty());
}

#[test]
fn the_context_shapes_the_next_steps() {
    let advice = advice_for(&[("occasion", &["aanleiding-motie"]), ("period_from", &["2025"]), ("period_to", &["2028"]), ("lead", &["onbekend"]), ("domains", &["veiligheid"])]);
    let ids: Vec<&str> = advice.next_steps.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.contains(&"aanleiding-motie") && !ids.contains(&"aanleiding-initiatief"));
    assert!(ids.contains(&"regie-afspreken") && ids.contains(&"coalitie"));
    let evaluation = advice.next_steps.iter().find(|s| s.id == "evaluatie-in-de-periode").unwrap();
    assert!(evaluation.text.contains("halverwege (2026)") && evaluation.text.contains("(2028)"), "{}", evaluation.text);
    assert_eq!(evaluation.step_title, "Stap 4 Evaluatie en stel bij");
    assert!(!ids.contains(&"periode-lengte"));
    let coalition = advice.next_steps.iter().find(|s| s.id == "coalitie").unwrap();
    assert!(coalition.text.ends_with("Nu werken mee: Veiligheid."), "{}", coalition.text);
    assert!(warning_ids(&advice).contains(&"een-domein"));
    let long = advice_for(&[("period_from", &["2025"]), ("period_to", &["2034"])]);
    assert!(long.next_steps.iter().any(|s| s.id == "periode-lengte" && s.text.contains("2025 tot en met 2034")));
    let none = advice_for(&[("occasion", &["anders"]), ("occasion_other", &["Een petitie van ouders"])]);
    let other = none.next_steps.iter().find(|s| s.id == "aanleiding-anders").unwrap();
    assert!(other.text.ends_with("Een petitie van ouders."));
    assert!(none.next_steps.iter().any(|s| s.id == "periode-kiezen"));
}

#[test]
fn the_local_trend_monitor_is_for_amsterdam_and_gooi_en_vechtstreek() {
    let amsterdam = advice_for(&[("municipality", &["Gemeente Amsterdam"])]);
    assert!(amsterdam.data.iter().any(|d| d.id == "trendonderzoek-antenne"));
    let elsewhere = advice_for(&[("municipality", &["Zwolle"])]);
    assert!(elsewhere.data.iter().all(|d| d.id != "trendonderzoek-antenne"));
}

#[test]
fn sources_in_use_come_first_and_are_marked() {
    let advice = advice_for(&[("monitors", &["rioolwateronderzoek", "hbsc"])]);
    assert!(advice.data[0].in_use && advice.data[1].in_use);
    assert!(advice.data[0].reason.ends_with("U gebruikt deze bron al."));
    assert!(!advice.data[2].in_use);
    assert!(advice.data.iter().any(|d| d.id == "ggd-gezondheidsmonitor" && d.uses.contains(&DataUse::Evaluation)));
}

#[test]
fn partners_already_involved_are_marked_and_the_ivz_is_always_advised() {
    let advice = advice_for(&[("partners", &["ivz", "coffeeshopbranche"]), ("settings", &["gezin"])]);
    let ivz = advice.partners.iter().find(|p| p.id == "ivz").unwrap();
    assert!(ivz.involved);
    assert!(ivz.roles[0].cites.contains(&"6-3-1-vraagbeperking".to_owned()));
    // An involved partner no rule names is still listed.
    let shop = advice.partners.iter().find(|p| p.id == "coffeeshopbranche").unwrap();
    assert!(shop.involved && shop.roles.len() == 1);
    assert!(advice.summary.iter().all(|s| s.source_id != "ivz"));
    let without = advice_for(&[("settings", &["gezin"])]);
    assert_eq!(without.partners[0].id, "ivz");
    assert!(!without.partners[0].involved);
}

#[test]
fn the_advice_is_deterministic() {
    let pairs: &[(&str, &[&str])] = &[("settings", &["gezin", "media"]), ("plans", &["campagne-jongeren"]), ("age_bands", &["13-15"])];
    assert_eq!(advice_for(pairs), advice_for(pairs));
}

#[test]
fn reasons_name_the_answers_that_made_them_apply() {
    let advice = advice_for(&[("settings", &["uitgaansleven"]), ("concerns", &["gevaarlijke-drugs"])]);
    let red = advice.interventions.iter().find(|r| r.id == "redalertapp").unwrap();
    assert!(red.reason.contains("U kiest de setting: Uitgaansleven."), "{}", red.reason);
    assert!(red.reason.contains("U maakt zich zorgen over: Gevaarlijke of onbekende drugs in omloop."), "{}", red.reason);
    assert!(red.reason.contains("Doelgroep volgens het dossier: Jongeren en jongvolwassenen 16-25"));
    // Every reason names each answer once.
    for recommendation in &advice.interventions {
        let sentences: Vec<&str> = recommendation.reason.split(". ").collect();
        for (at, sentence) in sentences.iter().enumerate() {
            assert!(!sentences[..at].contains(sentence), "{}: `{sentence}` twice", recommendation.id);
        }
    }
}

#[test]
fn nightlife_with_harm_reduction_leads_with_what_6_3_3_names() {
    let named = |pairs: &[(&str, &[&str])]| -> Vec<String> {
        let advice = advice_for(pairs);
        advice.summary.iter().filter(|s| s.source == SummarySource::Intervention).map(|s| s.source_id.clone()).collect()
    };
    let harm_reduction = named(&[("settings", &["uitgaansleven"]), ("pillars", &["harm-reduction"]), ("age_bands", &["18-25"])]);
    assert!(!harm_reduction.is_empty());
    assert!(harm_reduction.iter().all(|id| ["dims", "ehbdu", "peer-to-peer-educatie"].contains(&id.as_str())), "{harm_reduction:?}");
    let prevention = named(&[("settings", &["uitgaansleven"]), ("pillars", &["vraagbeperking"]), ("age_bands", &["18-25"])]);
    assert_ne!(prevention, harm_reduction, "the pillar changes what leads");
}
