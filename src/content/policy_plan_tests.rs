//! Tests of the policy plan on the compiled-in content.

use crate::content;
use crate::domain::advisor::{Advice, Answers, Field, Severity};
use crate::domain::document::Section;
use crate::domain::policy_plan::*;

fn advise(answers: &Answers) -> Advice {
    crate::domain::advisor::advise(&content::knowledge(), answers)
}

fn inputs_for<'a>(answers: &'a Answers, advice: &'a Advice, policy_plan: &'a PolicyPlanState) -> Inputs<'a> {
    Inputs { answers, advice, policy_plan, questionnaire: content::questionnaire(), rules: content::advice_rules(), texts: content::policy_plan_texts(), date: "29 november 2026" }
}

fn example(name: &str) -> Answers {
    Answers::from_json(&std::fs::read_to_string(format!("examples/antwoorden/{name}.json")).unwrap()).unwrap()
}

fn labels(id: &str) -> Option<String> {
    content::dossier().anchor(id).map(|a| a.label.clone())
}

#[test]
fn the_plan_has_the_modelplans_parts_and_sources() {
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let document = document(content::policy_plan_parts(), &inputs_for(&answers, &advice, &plan), &labels);
    let headings: Vec<String> = document.sections.iter().map(Section::heading).collect();
    assert_eq!(
        headings,
        ["Bestuurlijke samenvatting", "1 Inleiding", "2 Beleidsfocus", "3 Beschrijving lokale situatie", "4 Doelen en prioriteiten", "5 Acties", "6 Evaluatie en bijsturing", "Bronnen"]
    );
    assert!(document.title.starts_with("Lokaal drugsbeleid"));
    let text = crate::domain::document::to_plain_text(&document);
    assert!(text.contains("6.4 Stappenplan voor gemeenten") || text.contains("Inleiding"), "sources list dossier places");
}

#[test]
fn every_example_plan_names_its_recommended_interventions_in_acties() {
    for name in ["uitgaansleven-stad", "school-brugklas", "zorg-sociaal-kwetsbare-jongeren", "werkomgeving", "gezin-kopp"] {
        let answers = example(name);
        let advice = advise(&answers);
        let plan = PolicyPlanState::default();
        let inputs = inputs_for(&answers, &advice, &plan);
        let acties = suggestion("acties", &inputs);
        let expected: Vec<&str> = advice.interventions.iter().filter(|r| !r.running).take(DEFAULT_ACTIONS).map(|r| r.name.as_str()).collect();
        assert!(!expected.is_empty(), "{name}");
        for intervention in expected {
            assert!(acties.contains(intervention), "{name}: {intervention} missing from Acties");
        }
        for part in PART_IDS {
            let text = suggestion(part, &inputs);
            assert!(!text.trim().is_empty(), "{name}: {part} is empty");
            assert!(!text.contains(['{', '}']), "{name}: {part} has a placeholder beleidsplan.txt's builder does not fill: {text}");
        }
    }
}

#[test]
fn the_nightlife_plan_speaks_of_its_own_situation() {
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let inputs = inputs_for(&answers, &advice, &plan);
    assert!(suggestion("lokale-situatie", &inputs).contains("uitgaansleven"), "{}", suggestion("lokale-situatie", &inputs));
    assert!(suggestion("doelen", &inputs).contains("minder schade"));
    let acties = suggestion("acties", &inputs);
    assert!(acties.contains("## Harm-reduction\n\n- "), "{acties}");
}

#[test]
fn user_text_survives_regeneration_and_a_change_is_noticed() {
    let mut answers = example("school-brugklas");
    let advice = advise(&answers);
    let mut plan = PolicyPlanState::default();
    let before = suggestion("inleiding", &inputs_for(&answers, &advice, &plan));
    plan.set_own("inleiding", "Onze eigen inleiding.".into(), &before);
    assert_eq!(plan.state("inleiding", &before), PartState::Own);
    // New answers change the suggestion; the user's text stays.
    answers.occasion = vec!["aanleiding-wetswijziging".into()];
    let advice = advise(&answers);
    let after = suggestion("inleiding", &inputs_for(&answers, &advice, &plan));
    assert_ne!(before, after);
    assert_eq!(plan.text("inleiding", &after), "Onze eigen inleiding.");
    assert_eq!(plan.state("inleiding", &after), PartState::OwnAndNewSuggestion);
    // Editing again keeps the original base.
    plan.set_own("inleiding", "Onze eigen inleiding, bijgewerkt.".into(), &after);
    assert_eq!(plan.parts["inleiding"].base, before);
    // Only an explicit choice brings the suggestion back.
    plan.use_suggestion("inleiding");
    assert_eq!(plan.text("inleiding", &after), after);
}

#[test]
fn advised_against_plans_never_become_actions() {
    let answers = example("afgeraden-plannen");
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let acties = suggestion("acties", &inputs_for(&answers, &advice, &plan));
    for warning in advice.warnings.iter().filter(|w| w.severity == Severity::DoNot) {
        if let Some(label) = content::questionnaire().label(Field::Plans, &warning.id) {
            assert!(!acties.contains(label.trim_end_matches('.')), "{label} is advised against but in Acties");
        }
    }
}

#[test]
fn the_user_chooses_the_interventions_in_acties() {
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let mut plan = PolicyPlanState::default();
    let first = advice.interventions[0].clone();
    plan.chosen = Some(vec![]);
    plan.own_actions = "Wijkgesprekken organiseren\n\n".into();
    let acties = suggestion("acties", &inputs_for(&answers, &advice, &plan));
    assert!(!acties.contains(&first.name));
    assert!(acties.contains("- Wijkgesprekken organiseren"));
    plan.chosen = Some(vec![first.id.clone()]);
    assert!(suggestion("acties", &inputs_for(&answers, &advice, &plan)).contains(&first.name));
}

#[test]
fn empty_answers_still_give_a_plan_with_places_to_fill_in() {
    let answers = Answers::default();
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let inputs = inputs_for(&answers, &advice, &plan);
    for part in PART_IDS {
        let text = suggestion(part, &inputs);
        assert!(text.contains('['), "{part} marks what to fill in");
        assert!(!text.contains(['{', '}']), "{part} has a placeholder the builder does not fill: {text}");
    }
}

#[test]
fn the_goals_fit_the_stage_of_use() {
    let starting = example("school-brugklas");
    let advice = advise(&starting);
    let plan = PolicyPlanState::default();
    let goals = suggestion("doelen", &inputs_for(&starting, &advice, &plan));
    assert!(goals.contains("beginnen niet of later"), "{goals}");
    let mut users = starting.clone();
    users.set_choices(Field::Stages, vec!["recreatief".to_owned(), "problematisch".to_owned()]);
    let advice = advise(&users);
    let goals = suggestion("doelen", &inputs_for(&users, &advice, &plan));
    assert!(!goals.contains("beginnen niet of later"), "{goals}");
}

#[test]
fn guides_are_sources_in_their_pillar_not_actions() {
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let text = crate::domain::document::to_plain_text(&document(content::policy_plan_parts(), &inputs_for(&answers, &advice, &plan), &labels));
    let line = text.lines().find(|l| l.contains("Leidraad evenementen voor gemeenten")).expect("the Leidraad is named");
    assert!(!line.contains("Uitvoering"), "a guide has no party that carries it out: {line}");
    assert!(line.contains("hulpmiddel voor de gemeente"), "{line}");
    // It sits with rules and enforcement (its record: complying with and enforcing the law).
    let supply = text.find("Aanbodbeperking: regels, toezicht en handhaving").unwrap();
    let harm = text.find("Harm-reduction").unwrap();
    let at = text.find(line).unwrap();
    assert!(supply < at && at < harm, "the Leidraad is listed under supply reduction");
}

#[test]
fn text_typed_for_something_else_reaches_the_plan() {
    let mut answers = example("uitgaansleven-stad");
    answers.set_choices(Field::Plans, vec!["anders".to_owned()]);
    answers.set_other_text(Field::Plans, "Een ouderavond per wijk".to_owned());
    answers.set_choices(Field::Substances, vec!["anders".to_owned()]);
    answers.set_other_text(Field::Substances, "spice".to_owned());
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let text = crate::domain::document::to_plain_text(&document(content::policy_plan_parts(), &inputs_for(&answers, &advice, &plan), &labels));
    assert!(text.contains("Een ouderavond per wijk. Uitvoering"), "the own plan is an action");
    assert!(text.contains("spice"), "the own substance is named");
    assert!(advice.own_words.as_ref().is_some_and(|n| n.text.contains("Eigen plannen: Een ouderavond per wijk")), "{:?}", advice.own_words);
}

#[test]
fn open_places_are_counted_per_gap() {
    assert_eq!(open_places("Tekst [vul aan] en [nog iets]."), 2);
    assert_eq!(open_places("Geen haken."), 0);
    assert_eq!(open_places("Een [open haak"), 0);
    // The example plans still have gaps only the officer can fill, and say how many.
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let inputs = inputs_for(&answers, &advice, &plan);
    let total: usize = content::policy_plan_parts().iter().map(|p| open_places(&suggestion(&p.id, &inputs))).sum();
    assert!(total > 0);
}

#[test]
fn figures_become_sentences_under_het_probleem_and_a_table() {
    use crate::domain::document::Block;
    use crate::domain::policy_plan::figures::Figure;
    let answers = example("school-brugklas");
    let advice = advise(&answers);
    let mut plan = PolicyPlanState::default();
    plan.figures = vec![
        Figure { indicator: "Scholieren van 12 tot 16 jaar die ooit blowden".into(), value: "8,5".into(), unit: "%".into(), year: "2023".into(), region: "7".into(), national: "6,1".into(), source: "HBSC".into(), link: String::new() },
        // Not usable yet: kept, but not in the plan.
        Figure { indicator: "Half ingevuld".into(), value: "acht".into(), unit: "%".into(), ..Figure::default() },
        Figure::default(),
    ];
    let inputs = inputs_for(&answers, &advice, &plan);
    let text = suggestion("lokale-situatie", &inputs);
    assert!(text.contains("Scholieren van 12 tot 16 jaar die ooit blowden: 8,5% in 2023. In de regio: 7%. In Nederland: 6,1%. Bron: HBSC."), "{text}");
    assert!(!text.contains("Half ingevuld"));
    assert!(text.contains("[Licht de cijfers toe"), "what only the officer can write stays a gap");
    let document = document(content::policy_plan_parts(), &inputs, &labels);
    let section = document.sections.iter().find(|s| s.title.contains("lokale situatie")).unwrap();
    let [.., Block::Table(table), Block::Chart(chart)] = section.blocks.as_slice() else { panic!("no table and chart") };
    assert_eq!(table.rows, [["Scholieren van 12 tot 16 jaar die ooit blowden", "8,5%", "7%", "6,1%", "2023", "HBSC"]]);
    // The chart: the municipality against region and country, the largest the full length.
    assert_eq!(chart.groups.len(), 1);
    let bars: Vec<(&str, i64, &str)> = chart.groups[0].lengths().map(|(b, length)| (b.label.as_str(), length, b.shown.as_str())).collect();
    assert_eq!(bars, [("Gemeente Scholenstad", 1000, "8,5%"), ("Regio", 823, "7%"), ("Nederland", 717, "6,1%")]);
    assert!(crate::domain::document::to_html(&document).contains(r#"<rect class="chart__bar" width="823" height="10"/>"#));
    assert_eq!(table.header[1], "Gemeente Scholenstad");
    // Every writer shows it.
    assert!(crate::domain::document::to_markdown(&document).contains("| Scholieren van 12 tot 16 jaar die ooit blowden | 8,5% |"));
    assert!(crate::domain::document::to_html(&document).contains(r#"<th scope="row">Scholieren van 12 tot 16 jaar die ooit blowden</th><td>8,5%</td>"#));
    let docx = String::from_utf8_lossy(&crate::domain::docx::to_docx(&document)).into_owned();
    assert!(docx.contains("<w:tbl>") && docx.contains("<w:tblHeader/>"));
    let bar = concat!(r#"<w:shd w:val="clear" w:color="auto" w:fill="154273"/></w:rPr><w:t xml:space="preserve">"#, "\u{a0}");
    assert!(docx.contains(bar), "the chart's bars are shaded runs");
    // Without figures, the gap asks for them.
    let none = PolicyPlanState::default();
    assert!(suggestion("lokale-situatie", &inputs_for(&answers, &advice, &none)).contains("[Beschrijf zo objectief mogelijk"));
}

#[test]
fn figures_travel_with_the_draft_and_old_drafts_have_none() {
    let old: PolicyPlanState = serde_json::from_str(r#"{"parts":{},"own_actions":"x"}"#).unwrap();
    assert!(old.figures.is_empty());
    let mut plan = PolicyPlanState::default();
    plan.figures.push(crate::domain::policy_plan::figures::Figure { indicator: "a".into(), value: "1,5".into(), ..Default::default() });
    let back: PolicyPlanState = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
    assert_eq!(back, plan);
}

#[test]
fn measurable_goals_become_smart_subgoals_and_the_evaluation_table() {
    use crate::domain::document::Block;
    use crate::domain::policy_plan::goals::Goal;
    use crate::domain::policy_plan::planning::ActionPlan;
    let answers = example("school-brugklas");
    let advice = advise(&answers);
    let (from, to) = answers.period().unwrap();
    let mut plan = PolicyPlanState::default();
    plan.goals = vec![
        Goal { indicator: "Scholieren die ooit blowden".into(), baseline: "8,5".into(), target: "7".into(), unit: "%".into(), year: to.to_string(), measured_by: "GGD".into(), moment: "Najaar".into() },
        // Outside the plan's period: kept, but not in the plan.
        Goal { indicator: "Te laat".into(), baseline: "1".into(), target: "0".into(), unit: "%".into(), year: (to + 5).to_string(), ..Goal::default() },
        Goal { indicator: "Scholen met een drugsbeleid".into(), baseline: "3".into(), target: "8".into(), unit: "scholen".into(), year: to.to_string(), ..Goal::default() },
    ];
    // Actions serve goals by their indicator (any case); one names a goal that does not exist.
    plan.actions = vec![
        ActionPlan { action: "De Gezonde School".into(), goal: "scholieren die ooit blowden".into(), ..ActionPlan::default() },
        ActionPlan { action: "Ouderavond".into(), goal: "Scholieren die ooit blowden".into(), ..ActionPlan::default() },
        ActionPlan { action: "Iets".into(), goal: "Bestaat niet".into(), ..ActionPlan::default() },
    ];
    assert!(plan.actions[0].goal_problem(&plan.goals).is_none());
    assert!(plan.actions[2].goal_problem(&plan.goals).unwrap().contains("niet bij de meetbare doelen"));
    let inputs = inputs_for(&answers, &advice, &plan);
    let goals = suggestion("doelen", &inputs);
    assert!(goals.contains(&format!("- Scholieren die ooit blowden: van 8,5% naar 7% in {to}. Acties: De Gezonde School en Ouderavond.")), "{goals}");
    assert!(goals.contains(&format!("- Scholen met een drugsbeleid: van 3 scholen naar 8 scholen in {to}.\n")), "{goals}");
    assert!(!goals.contains("Te laat"));
    assert!(goals.contains("[Maak ook de andere subdoelen meetbaar"));
    assert!(from <= to);
    let document = document(content::policy_plan_parts(), &inputs, &labels);
    let evaluation = document.sections.iter().find(|s| s.title.contains("Evaluatie")).unwrap();
    let Some(Block::Table(table)) = evaluation.blocks.last() else { panic!("no goals table") };
    assert_eq!(table.header, ["Indicator", "Nulmeting", "Doel", "Jaar", "Meetmoment", "Wie meet", "Acties"]);
    assert_eq!(table.rows[0], ["Scholieren die ooit blowden".to_owned(), "8,5%".into(), "7%".into(), to.to_string(), "Najaar".into(), "GGD".into(), "De Gezonde School, Ouderavond".into()]);
    assert_eq!(table.rows[1][6], "");
}

#[test]
fn planned_actions_fill_the_party_and_years_and_give_the_money_and_timeline_tables() {
    use crate::domain::document::Block;
    use crate::domain::policy_plan::planning::ActionPlan;
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let (from, to) = answers.period().unwrap();
    let mut plan = PolicyPlanState::default();
    let dims = advice.interventions.iter().find(|r| r.id == "dims").unwrap().name.clone();
    plan.actions = vec![
        ActionPlan { action: dims.clone(), lead: "Tactus".into(), start: from.to_string(), end: (from + 1).to_string(), budget: "12.500".into(), funding: "GALA / SPUK".into(), ..ActionPlan::default() },
        ActionPlan { action: "Huisregels over drugs bij scholen, jongerenwerk, horeca of evenementen".into(), lead: "Gemeente".into(), ..ActionPlan::default() },
        // Outside the period: kept, not in the plan.
        ActionPlan { action: "Te laat".into(), start: (to + 3).to_string(), end: (to + 3).to_string(), ..ActionPlan::default() },
    ];
    let inputs = inputs_for(&answers, &advice, &plan);
    let actions = suggestion("acties", &inputs);
    assert!(actions.contains(&format!("Uitvoering: Tactus, van {from} tot en met {}.", from + 1)), "{actions}");
    assert!(actions.contains("evenementen. Uitvoering: Gemeente. Verantwoording"), "an own plan gets its party too: {actions}");
    let document = document(content::policy_plan_parts(), &inputs, &labels);
    let section = document.sections.iter().find(|s| s.title == "Acties").unwrap();
    let [.., Block::Table(who), Block::Table(money), Block::Timeline(timeline)] = section.blocks.as_slice() else { panic!("who, money per year, timeline") };
    assert_eq!(who.rows[0], [dims.clone(), "Tactus".into(), String::new(), format!("{from}-{}", from + 1), "€ 12.500".into(), "GALA / SPUK".into()]);
    assert_eq!(who.rows[1][3], "[nog invullen]", "what is not given stays a marked gap");
    // Money per year and per pillar: DIMS reduces harm; only pillars with money get a column.
    assert_eq!(money.header, ["Jaar", "Harm-reduction", "Totaal"]);
    assert_eq!(money.rows[0], [from.to_string(), "€ 12.500".to_owned(), "€ 12.500".to_owned()]);
    assert_eq!(money.rows.last().unwrap(), &["Totaal".to_owned(), "€ 25.000".to_owned(), "€ 25.000".to_owned()]);
    assert_eq!(timeline.header.len(), 1 + usize::from(to - from + 1));
    assert_eq!(timeline.rows[0][1], "●");
    assert!(crate::domain::document::to_html(&document).contains(r#"<td class="plan-table__on"><span class="visually-hidden">●</span></td>"#));
    let docx = String::from_utf8_lossy(&crate::domain::docx::to_docx(&document)).into_owned();
    assert!(docx.contains(r#"<w:shd w:val="clear" w:color="auto" w:fill="154273"/></w:tcPr>"#), "the timeline's filled cells are shaded in Word");
    assert!(!document.sections.iter().flat_map(|s| &s.blocks).any(|b| matches!(b, Block::Table(t) if t.rows.iter().any(|r| r[0] == "Te laat"))));
    // No actions: no tables, and no money is invented.
    let none = PolicyPlanState::default();
    let plain = document_text(&answers, &advice, &none);
    assert!(!plain.contains("€"));
}

fn document_text(answers: &Answers, advice: &Advice, plan: &PolicyPlanState) -> String {
    crate::domain::document::to_plain_text(&document(content::policy_plan_parts(), &inputs_for(answers, advice, plan), &labels))
}

/// The nightlife plan with what an officer enters: figures, goals, actions and context.
fn filled_nightlife_plan(advice: &Advice, (from, to): (u16, u16)) -> PolicyPlanState {
    use crate::domain::policy_plan::{context::PlanContext, figures::Figure, goals::Goal, planning::ActionPlan};
    let dims = advice.interventions.iter().find(|r| r.id == "dims").unwrap().name.clone();
    let mut plan = PolicyPlanState::default();
    plan.figures = (1..=4).map(|n| Figure { indicator: format!("Cijfer {n}"), value: format!("{n}0"), unit: "%".into(), ..Figure::default() }).collect();
    plan.goals = vec![Goal { indicator: "Cijfer 1".into(), baseline: "10".into(), target: "8".into(), unit: "%".into(), year: to.to_string(), ..Goal::default() }];
    plan.actions = vec![
        ActionPlan { action: dims, lead: "Tactus".into(), start: from.to_string(), end: to.to_string(), budget: "10.000".into(), goal: "Cijfer 1".into(), ..ActionPlan::default() },
        ActionPlan { action: "Zonder trekker".into(), budget: "1.000".into(), start: from.to_string(), end: from.to_string(), ..ActionPlan::default() },
    ];
    plan.context = PlanContext {
        agreements: vec!["gala".into(), "alcohol".into()],
        other_agreements: "Convenant Veilig Uitgaan".into(),
        region: "GGD Gelderland-Zuid".into(),
        addiction_care: "IrisZorg".into(),
        budget: "40.000".into(),
        capacity: "0,4 fte".into(),
        deadline: "1 maart 2027".into(),
        audience: vec!["raad".into(), "college".into()],
    };
    plan
}

#[test]
fn the_summary_gives_the_problem_priorities_actions_money_and_the_ask_on_one_page() {
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let (from, to) = answers.period().unwrap();
    let plan = filled_nightlife_plan(&advice, (from, to));
    let summary = suggestion("samenvatting", &inputs_for(&answers, &advice, &plan));
    assert!(summary.contains("- Cijfer 3: 30%.") && !summary.contains("Cijfer 4"), "at most three figures: {summary}");
    assert!(summary.contains(&format!("## Prioriteiten\n\n- Cijfer 1: van 10% naar 8% in {to}.\n")), "the measurable goal first, without its actions: {summary}");
    assert!(summary.contains(&format!(": Tactus, {from} tot en met {to}")), "{summary}");
    assert!(!summary.contains("Zonder trekker:"), "an action without a lead is not a main action");
    let years = u64::from(to - from + 1);
    let total = crate::domain::policy_plan::planning::format_euros(i64::try_from(years * 1_000_000 + 100_000).unwrap());
    assert!(summary.contains(&format!("kosten samen {total} in {from} tot en met {to}.")), "{summary}");
    assert!(summary.contains("Beschikbaar is € 40.000 per jaar.") && summary.contains("Capaciteit: 0,4 fte."));
    let college = summary.find("- Het college van B&W: stel dit plan vast").expect("the ask of the college");
    assert!(college < summary.find("- De gemeenteraad:").unwrap(), "in the options' order");
    assert!(summary.contains("Graag een besluit vóór 1 maart 2027."));
    assert!(!summary.contains('['), "everything is filled: {summary}");
    // Without figures, money or an ask, those headings keep a marked gap; the
    // advice still gives a priority and the recommended actions.
    let empty = suggestion("samenvatting", &inputs_for(&Answers::default(), &advise(&Answers::default()), &PolicyPlanState::default()));
    assert_eq!(open_places(&empty), 3, "{empty}");
    assert!(empty.contains("## Prioriteiten\n\n- Jongeren beginnen niet of later met drugsgebruik."), "{empty}");
}

#[test]
fn the_kaders_name_the_agreements_the_region_and_what_is_available() {
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let plan = filled_nightlife_plan(&advice, answers.period().unwrap());
    let introduction = suggestion("inleiding", &inputs_for(&answers, &advice, &plan));
    assert!(introduction.contains("Afspraken en plannen die er al zijn: Gezond en Actief Leven Akkoord (GALA), met de SPUK-middelen, Preventie- en handhavingsplan alcohol en Convenant Veilig Uitgaan."), "{introduction}");
    assert!(!introduction.contains("[Noem de plannen van uw gemeente.]"));
    assert!(introduction.contains("- Regionale samenwerking: GGD Gelderland-Zuid en IrisZorg (regionale verslavingszorg)."));
    assert!(introduction.contains("- Beschikbaar voor dit plan: € 40.000 per jaar en 0,4 fte."));
    let bare = suggestion("inleiding", &inputs_for(&answers, &advice, &PolicyPlanState::default()));
    assert!(bare.contains("[Noem de plannen van uw gemeente.]") && !bare.contains("Regionale samenwerking"));
}

#[test]
fn the_three_example_plans_read_as_plans_to_hand_in() {
    use crate::domain::document::Block;
    use crate::domain::draft::{read_import, DraftData};
    for (name, answers_only) in [("school-scholenstad", "school-brugklas"), ("uitgaansleven-nachtstad", "uitgaansleven-stad"), ("jeugdzorg-zorgvliet", "zorg-sociaal-kwetsbare-jongeren")] {
        let text = std::fs::read_to_string(format!("examples/plannen/{name}.json")).unwrap();
        let data = read_import::<DraftData>(&text).unwrap().remove(0).data;
        let (answers, plan) = (&data.answers, &data.policy_plan);
        assert_eq!(answers, &example(answers_only), "{name} holds the answers of {answers_only}");
        let advice = advise(answers);
        let inputs = inputs_for(answers, &advice, plan);
        let gaps = |plan: &PolicyPlanState| content::policy_plan_parts().iter().map(|p| open_places(&suggestion(&p.id, &inputs_for(answers, &advice, plan)))).sum::<usize>();
        let (filled, bare) = (gaps(plan), gaps(&PolicyPlanState::default()));
        assert!(filled + 10 <= bare, "{name}: figures, goals, actions and context fill at least ten gaps ({bare} to {filled})");
        assert_eq!(open_places(&suggestion("samenvatting", &inputs)), 0, "{name}: the summary is complete");
        // Every figure, goal and action is usable: none is left out of the plan.
        assert_eq!(figures::usable(&plan.figures).count(), plan.figures.len(), "{name}");
        assert_eq!(goals::usable(&plan.goals, answers.period()).count(), plan.goals.len(), "{name}");
        assert_eq!(planning::usable(&plan.actions, answers.period()).count(), plan.actions.len(), "{name}");
        assert!(plan.actions.iter().all(|a| a.goal_problem(&plan.goals).is_none()), "{name}: every action serves a goal that exists");
        let document = document(content::policy_plan_parts(), &inputs, &labels);
        let blocks: Vec<&Block> = document.sections.iter().flat_map(|s| &s.blocks).collect();
        let count = |kind: fn(&Block) -> bool| blocks.iter().filter(|b| kind(b)).count();
        assert_eq!(count(|b| matches!(b, Block::Table(_))), 5, "{name}: figures, the prevention matrix, goals, who and money");
        assert_eq!(count(|b| matches!(b, Block::Chart(_))), 1, "{name}: the figures' chart");
        assert_eq!(count(|b| matches!(b, Block::Timeline(_))), 1, "{name}: the timeline");
        // Every named action of the plan gets its party and reporting in Acties.
        let acties = suggestion("acties", &inputs);
        for action in &plan.actions {
            assert!(acties.contains(&format!("Uitvoering: {}", action.lead)), "{name}: {} has no party in Acties:\n{acties}", action.action);
        }
    }
}

#[test]
fn acties_leave_out_a_pillar_the_municipality_did_not_choose_and_has_nothing_under() {
    // The school plan chose demand reduction only: no gap asks for supply or harm reduction measures.
    let answers = example("school-brugklas");
    let advice = advise(&answers);
    let acties = suggestion("acties", &inputs_for(&answers, &advice, &PolicyPlanState::default()));
    assert!(acties.contains("## Vraagbeperking: preventie"), "{acties}");
    assert!(!acties.contains("## Aanbodbeperking") && !acties.contains("## Harm-reduction"), "{acties}");
    // Without a choice of pillars, all three stay, with their gaps.
    let none = Answers::default();
    let acties = suggestion("acties", &inputs_for(&none, &advise(&none), &PolicyPlanState::default()));
    assert!(acties.contains("## Aanbodbeperking") && acties.contains("[Beschrijf de maatregelen tegen productie"), "{acties}");
}

/// Text an officer might type, or paste, in a number field.
fn typed(rng: &mut crate::content::advisor_tests::property::Rng) -> String {
    const PIECES: [&str; 24] = [
        "0", "1", "5", "9", "12", "100", "2025", ",", ".", "-", "%", "€", " ", "e", "1e9", "∞", "½", "٣", "\u{a0}", "99999999999999999999", "abc", "--", ",,", "🙂",
    ];
    (0..rng.below(7)).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

#[test]
fn arbitrary_figure_goal_budget_and_context_input_never_panics_and_never_reaches_the_plan_unchecked() {
    use crate::content::advisor_tests::property::Rng;
    use crate::domain::policy_plan::{context::PlanContext, figures::{format_number, parse_number, Figure}, goals::Goal, planning::{format_euros, parse_euros, ActionPlan}};
    let answers = example("uitgaansleven-stad");
    let advice = advise(&answers);
    let mut rng = Rng(0x5eed_f00d);
    for round in 0..1000 {
        let mut t = || typed(&mut rng);
        let (value, region, national, year, start, end, budget, baseline, target) = (t(), t(), t(), t(), t(), t(), t(), t(), t());
        // Numbers read back as they are written.
        for text in [&value, &budget] {
            if let Some(n) = parse_number(text) {
                assert_eq!(parse_number(&format_number(n)), Some(n), "{text:?}");
            }
            if let Some(n) = parse_euros(text).filter(|n| *n >= 0) {
                assert_eq!(parse_euros(&format_euros(n)), Some(n), "{text:?}");
            }
        }
        let mut plan = PolicyPlanState::default();
        plan.figures = vec![Figure { indicator: format!("Cijfer {round}"), value, unit: if round % 2 == 0 { "%".into() } else { "meldingen".into() }, year: year.clone(), region, national, ..Figure::default() }];
        plan.goals = vec![Goal { indicator: format!("Cijfer {round}"), baseline, target, unit: "%".into(), year: year.clone(), ..Goal::default() }];
        plan.actions = vec![ActionPlan { action: "DIMS".into(), lead: "GGD".into(), start, end, budget: budget.clone(), goal: format!("Cijfer {round}"), ..ActionPlan::default() }];
        plan.context = PlanContext { budget, ..PlanContext::default() };
        let inputs = inputs_for(&answers, &advice, &plan);
        let document = document(content::policy_plan_parts(), &inputs, &labels);
        let text = crate::domain::document::to_plain_text(&document);
        let _ = crate::domain::docx::to_docx(&document);
        // What has a problem is kept in the draft but does not reach the plan.
        let figure_used = plan.figures[0].problems().is_empty();
        assert_eq!(text.contains(&format!("Cijfer {round}: ")), figure_used || plan.goals[0].problems(answers.period()).is_empty(), "{:?}", plan.figures[0]);
        assert_eq!(plan.context.budget_problem().is_none(), plan.context.budget.trim().is_empty() || text.contains("Beschikbaar is €"), "{:?}", plan.context.budget);
        if !plan.actions[0].problems(answers.period()).is_empty() {
            assert!(!text.contains("Wie doet wat"), "{:?}", plan.actions[0]);
        }
    }
}

#[test]
fn the_prevention_matrix_puts_the_chosen_and_the_recommended_offers_per_setting_and_level() {
    let answers = example("school-brugklas");
    let advice = advise(&answers);
    let plan = PolicyPlanState::default();
    let inputs = inputs_for(&answers, &advice, &plan);
    let matrix = prevention_matrix(&inputs).expect("a matrix");
    assert_eq!(matrix.header, ["Setting", "Universele preventie (U)", "Selectieve preventie (S)", "Geïndiceerde preventie (I)", "Harm-reduction (HR)"]);
    // The two settings of the answers, in their order.
    let settings: Vec<&str> = matrix.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(settings.len(), answers.settings.len(), "{settings:?}");
    let school = matrix.rows.iter().find(|r| r[0].contains("onderwijs")).unwrap();
    assert!(school[1].contains("Samen Fris (onderdeel van Helder op school (in het plan)"), "{school:?}");
    assert_eq!(school[3], "Nog niets", "an empty cell is visible: {school:?}");
    // A recommended offer the plan does not (yet) choose is named without the mark.
    let mut fewer = PolicyPlanState::default();
    fewer.chosen = Some(Vec::new());
    let matrix = prevention_matrix(&inputs_for(&answers, &advice, &fewer)).unwrap();
    assert!(!matrix.rows.iter().flatten().any(|cell| cell.contains("(in het plan)")));
    assert!(matrix.rows.iter().flatten().any(|cell| cell.contains("Samen Fris")));
    // In the plan, under Acties, before the tables of who does what.
    let document = document(content::policy_plan_parts(), &inputs, &labels);
    let acties = document.sections.iter().find(|s| s.title == "Acties").unwrap();
    assert!(acties.blocks.iter().any(|b| matches!(b, crate::domain::document::Block::Table(t) if t.caption.starts_with("Preventiematrix"))));
}
