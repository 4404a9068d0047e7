//! The policy plan (Modelplan lokaal drugsbeleid): its parts as section 6.4
//! describes them, a suggested text for each part built from the answers and
//! the advice, the user's own text (which regeneration never overwrites
//! without asking), and the finished document.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::advisor::engine::Advice;
use super::advisor::{Answers, Field, Questionnaire};
use super::document::{parse_text, Block, Document, Section};
use super::dossier::Dossier;
use super::markup::Problem;
use super::records::Record;

/// One part of the plan, from `modelplan.txt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartSpec {
    pub id: String,
    pub title: String,
    /// Dossier places the part draws on.
    pub sections: Vec<String>,
    /// The dossier's own guidance for the part, word for word.
    pub guidance: Vec<String>,
}

/// The parts, in order; every reference checked against the dossier.
pub fn load_parts(records: &[Record<'_>], file: &str, dossier: &Dossier<'_>) -> (Vec<PartSpec>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut parts = Vec::new();
    for record in records {
        let part = PartSpec {
            id: record.id.to_owned(),
            title: record.get("titel").unwrap_or_default().to_owned(),
            sections: record.all("sectie").map(str::to_owned).collect(),
            guidance: record.all("leidraad").map(str::to_owned).collect(),
        };
        for section in &part.sections {
            if dossier.anchor(section).is_none() {
                problems.push(Problem { file: file.into(), line: record.line, message: format!("[{}] sectie `{section}` does not exist", part.id) });
            }
        }
        if part.title.is_empty() || part.guidance.is_empty() {
            problems.push(Problem { file: file.into(), line: record.line, message: format!("[{}] needs a titel and leidraad", part.id) });
        }
        if !PART_IDS.contains(&part.id.as_str()) {
            problems.push(Problem { file: file.into(), line: record.line, message: format!("[{}] is not a part the plan builder knows", part.id) });
        }
        parts.push(part);
    }
    if parts.iter().map(|p| p.id.as_str()).collect::<Vec<_>>() != PART_IDS {
        problems.push(Problem { file: file.into(), line: 0, message: format!("the parts must be, in order: {PART_IDS:?}") });
    }
    (parts, problems)
}

/// The parts the builder writes suggestions for, in the Modelplan's order.
pub const PART_IDS: [&str; 6] = ["inleiding", "beleidsfocus", "lokale-situatie", "doelen", "acties", "evaluatie"];

/// How many recommended interventions go into Acties until the user chooses.
pub const DEFAULT_ACTIONS: usize = 5;

/// The user's own text of a part.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnText {
    pub text: String,
    /// The suggestion the user started from, to notice when it changes.
    pub base: String,
}

/// What the draft keeps of the plan. Every field may be missing in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanState {
    /// Parts the user wrote or edited, by part id.
    pub parts: BTreeMap<String, OwnText>,
    /// The interventions and programmes in Acties; `None` until the user
    /// chooses (then the best recommendations and the running ones).
    pub chosen: Option<Vec<String>>,
    /// Actions of the municipality's own, one per line.
    pub own_actions: String,
}

/// Where a part's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartState {
    /// The suggestion, as built from the answers now.
    Suggestion,
    /// The user's own text.
    Own,
    /// The user's own text, while the suggestion has changed since they
    /// started from it (new answers): the user may look and replace.
    OwnAndNewSuggestion,
}

impl PlanState {
    pub fn state(&self, part: &str, suggestion: &str) -> PartState {
        match self.parts.get(part) {
            None => PartState::Suggestion,
            Some(own) if own.base.trim() == suggestion.trim() => PartState::Own,
            Some(_) => PartState::OwnAndNewSuggestion,
        }
    }

    /// The text shown for a part: the user's own, else the suggestion.
    pub fn text<'a>(&'a self, part: &str, suggestion: &'a str) -> &'a str {
        self.parts.get(part).map_or(suggestion, |own| own.text.as_str())
    }

    /// Keeps the user's text for a part (the suggestion they started from as base).
    pub fn set_own(&mut self, part: &str, text: String, suggestion: &str) {
        let base = self.parts.get(part).map_or_else(|| suggestion.to_owned(), |own| own.base.clone());
        self.parts.insert(part.to_owned(), OwnText { text, base });
    }

    /// Replaces the user's text by the current suggestion (asked first by the UI).
    pub fn use_suggestion(&mut self, part: &str) {
        self.parts.remove(part);
    }

    /// The ids in Acties.
    pub fn chosen_ids(&self, advice: &Advice) -> Vec<String> {
        match &self.chosen {
            Some(ids) => ids.clone(),
            None => {
                let mut ids: Vec<String> = advice.interventions.iter().filter(|r| !r.running).take(DEFAULT_ACTIONS).map(|r| r.id.clone()).collect();
                ids.extend(advice.interventions.iter().filter(|r| r.running).map(|r| r.id.clone()));
                ids
            }
        }
    }
}

/// Everything a suggestion is built from.
pub struct Inputs<'a> {
    pub answers: &'a Answers,
    pub advice: &'a Advice,
    pub plan: &'a PlanState,
    pub questionnaire: &'a Questionnaire,
    /// "29 november 2026": the day of the document.
    pub date: &'a str,
}

impl Inputs<'_> {
    fn labels(&self, field: Field) -> Vec<String> {
        self.answers.choices(field).iter().filter_map(|id| self.questionnaire.label(field, id)).map(lowercase_first).collect()
    }

    fn municipality(&self) -> String {
        match self.answers.municipality.trim() {
            "" => "de gemeente".to_owned(),
            name => name.to_owned(),
        }
    }

    fn period(&self) -> Option<(u16, u16)> {
        self.answers.period()
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep abbreviations and names ("GHB", "LVB", "Opiumwet" stays as labels give it only when upper case follows).
        Some(first) if chars.clone().next().is_some_and(char::is_lowercase) => first.to_lowercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

/// "a, b en c"
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}

/// The suggested text of a part, in the editing form (`## ` subheadings,
/// paragraphs, `- ` bullets). Brackets mark what the user still has to fill in.
pub fn suggestion(part: &str, inputs: &Inputs<'_>) -> String {
    match part {
        "inleiding" => introduction(inputs),
        "beleidsfocus" => focus(inputs),
        "lokale-situatie" => local_situation(inputs),
        "doelen" => goals(inputs),
        "acties" => actions(inputs),
        "evaluatie" => evaluation(inputs),
        _ => String::new(),
    }
}

fn introduction(inputs: &Inputs<'_>) -> String {
    let mut out = String::from("## Aanleiding\n\n");
    let occasions = inputs.labels(Field::Occasion);
    let other = inputs.answers.occasion_other.trim();
    let occasions: Vec<String> = occasions.into_iter().filter(|o| o != "iets anders").chain((!other.is_empty()).then(|| other.to_owned())).collect();
    if occasions.is_empty() {
        out.push_str("[Beschrijf de aanleiding voor dit plan, bijvoorbeeld een motie uit de gemeenteraad, een landelijke wetswijziging of een initiatief uit het bestuur, de ambtelijke organisatie of de samenleving.]\n\n");
    } else {
        out.push_str(&format!("{} maakt dit drugsbeleid naar aanleiding van: {}. [Licht de aanleiding toe.]\n\n", capital(&inputs.municipality()), list(&occasions)));
    }
    out.push_str("## Kaders\n\nDit plan staat niet op zichzelf. Het hoort bij landelijke en lokale regels en plannen:\n\n");
    out.push_str("- Landelijke wetgeving: de Wet publieke gezondheid, de Opiumwet, de Geneesmiddelenwet en de Verkeerswet.\n");
    out.push_str("- Lokale regels: de Algemene Plaatselijke Verordening (APV) en andere verordeningen.\n");
    out.push_str("- Lokale beleidsplannen over het sociaal domein, gezondheid, preventie, jeugd, veiligheid, horeca en evenementen en onderwijs. [Noem de plannen van uw gemeente.]\n\n");
    out.push_str("## Wat we onder drugs verstaan\n\n");
    let substances: Vec<String> = inputs.labels(Field::Substances).into_iter().filter(|s| s != "iets anders").collect();
    let other = inputs.answers.substances_other.trim();
    let all: Vec<String> = substances.into_iter().chain((!other.is_empty()).then(|| other.to_owned())).collect();
    if all.is_empty() {
        out.push_str("[Beschrijf welke middelen onder dit plan vallen en welke niet.]");
    } else {
        out.push_str(&format!("Dit plan gaat over deze middelen: {}. [Beschrijf wat wel en wat niet onder dit plan valt, bijvoorbeeld alcohol, tabak en medicijnen.]", list(&all)));
    }
    out
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn focus(inputs: &Inputs<'_>) -> String {
    let mut out = String::from("## Missie\n\n");
    out.push_str(&format!(
        "{} wil bouwen aan een veilige, gezonde en veerkrachtige gemeenschap. Dat doen we door gezondheids-, sociale en economische schade door alcohol, tabak en andere drugs te voorkomen, te verminderen en erop te reageren.\n\n",
        capital(&inputs.municipality())
    ));
    out.push_str("## Visie\n\n[Beschrijf de visie. Wanneer zijn drugs een probleem, en voor wie? Is drugsgebruik eigen verantwoordelijkheid? Gaat het om de openbare orde en de Opiumwet, of ook om gezondheid en verslaving?]\n\n");
    out.push_str("## Waar het beleid zich op richt\n\n");
    let pillars = inputs.labels(Field::Pillars);
    if pillars.is_empty() {
        out.push_str("- [Kies de pijlers: minder vraag naar drugs (vraagbeperking), minder aanbod (aanbodbeperking) en minder schade (harm-reduction).]\n");
    } else {
        for pillar in &pillars {
            out.push_str(&format!("- {}.\n", capital(pillar)));
        }
    }
    let domains = inputs.labels(Field::Domains);
    let lead = inputs.labels(Field::Lead);
    let mut together = String::from("- Zorg en veiligheid werken samen");
    if !domains.is_empty() {
        together.push_str(&format!(": {} werken mee", list(&domains)));
    }
    together.push('.');
    if let Some(lead) = lead.first() {
        together.push_str(&format!(" De regie: {lead}."));
    }
    out.push_str(&together);
    out.push('\n');
    out.push_str("- We sluiten aan bij het landelijke drugsbeleid.\n");
    out.push_str("- We werken cyclisch: we zetten het onderwerp op de agenda, brengen de partijen bij elkaar, maken een plan en voeren het uit, en evalueren en stellen bij.");
    out
}

fn local_situation(inputs: &Inputs<'_>) -> String {
    let mut out = String::from("## Het probleem\n\n[Beschrijf zo objectief mogelijk wat het probleem is, met lokale en landelijke cijfers. Ga hierover in gesprek met lokale partners.]");
    let concerns = inputs.labels(Field::Concerns);
    if !concerns.is_empty() {
        out.push_str(&format!(" Zorgen die er nu zijn: {}.", list(&concerns)));
    }
    let substances: Vec<String> = inputs.labels(Field::Substances).into_iter().filter(|s| s != "iets anders").collect();
    if !substances.is_empty() {
        out.push_str(&format!(" Middelen waarover zorgen zijn: {}.", list(&substances)));
    }
    out.push_str("\n\n## Doelgroepen en waar we ze vinden\n\n");
    let lines: [(&str, Field); 6] = [
        ("Leeftijden", Field::AgeBands),
        ("Mensen rond de jongeren", Field::Intermediaries),
        ("Fase van gebruik", Field::Stages),
        ("Kwetsbare groepen", Field::VulnerableGroups),
        ("Risicogroepen", Field::RiskGroups),
        ("We bereiken hen via", Field::Settings),
    ];
    let mut any = false;
    for (label, field) in lines {
        let values = inputs.labels(field);
        if !values.is_empty() {
            out.push_str(&format!("- {label}: {}.\n", list(&values)));
            any = true;
        }
    }
    if !any {
        out.push_str("- [Noem de doelgroepen, en waar u ze kunt bereiken.]\n");
    }
    out.push_str("\n## Als we niets doen\n\n[Beschrijf de nadelige gevolgen van het probleem, en wat er gebeurt als er geen integraal lokaal drugsbeleid komt.]\n\n");
    out.push_str("## Partijen en hun rol\n\n");
    if inputs.advice.partners.is_empty() {
        out.push_str("- [Noem de partijen en hun rol.]");
    }
    for partner in &inputs.advice.partners {
        let role = partner.roles.first().map(|r| r.text.as_str()).unwrap_or_default();
        let status = if partner.involved { "doet al mee" } else { "nog betrekken" };
        out.push_str(&format!("- {} ({status}): {role}\n", partner.label));
    }
    out.trim_end().to_owned()
}

fn goals(inputs: &Inputs<'_>) -> String {
    let period = inputs.period().map(|(from, to)| format!(" in {from} tot en met {to}")).unwrap_or_default();
    let mut out = format!("## Gewenste situatie\n\n[Beschrijf de maatschappelijke situatie die {} wil bereiken{period}.]\n\n## Subdoelen\n\n", inputs.municipality());
    let ages = inputs.labels(Field::AgeBands);
    let groups: Vec<String> = inputs.labels(Field::VulnerableGroups).into_iter().chain(inputs.labels(Field::RiskGroups)).collect();
    for need in &inputs.advice.levels_needed {
        let goal = match need.level {
            "U" if !ages.is_empty() => format!("Jongeren ({}) beginnen niet of later met drugsgebruik.", list(&ages)),
            "U" => "Jongeren beginnen niet of later met drugsgebruik.".to_owned(),
            "S" if !groups.is_empty() => format!("Kwetsbare groepen en risicogroepen krijgen aanbod dat bij hen past: {}.", list(&groups)),
            "S" => "Kwetsbare groepen en risicogroepen krijgen aanbod dat bij hen past.".to_owned(),
            "I" => "Beginnend problematisch gebruik wordt vroeg gezien; jongeren krijgen een korte interventie of worden doorverwezen.".to_owned(),
            "HR" => "Mensen die drugs gebruiken lopen minder schade op.".to_owned(),
            _ => continue,
        };
        out.push_str(&format!("- {goal}\n"));
    }
    if inputs.answers.has(Field::Pillars, "aanbodbeperking") {
        let concerns = inputs.labels(Field::Concerns);
        if concerns.is_empty() {
            out.push_str("- Minder aanbod van drugs en minder overlast.\n");
        } else {
            out.push_str(&format!("- Minder aanbod van drugs en minder overlast: {}.\n", list(&concerns)));
        }
    }
    out.push_str("- [Maak elk subdoel concreet en meetbaar: wat wilt u wanneer bereikt hebben, en hoe ziet u dat?]\n\n## Prioriteiten\n\n[Beschrijf welke doelen voorgaan in de komende periode, en waarom.]");
    out
}

/// Planned activities that limit supply (6.3.2) and that reduce harm (6.3.3);
/// the others are prevention.
const SUPPLY_PLANS: [&str; 4] = ["apv-maatregelen", "huisregels", "bibob", "toezicht-handhaving"];
const HARM_REDUCTION_PLANS: [&str; 5] = ["drugs-testen", "ehbo-evenementen", "chill-out", "traditionele-harm-reduction", "peer-voorlichting-uitgaan"];

fn actions(inputs: &Inputs<'_>) -> String {
    let mut prevention = Vec::new();
    let mut supply = Vec::new();
    let mut harm_reduction = Vec::new();
    for id in inputs.plan.chosen_ids(inputs.advice) {
        let Some(recommendation) = inputs.advice.interventions.iter().find(|r| r.id == id) else { continue };
        let mut line = recommendation.name.trim_end_matches('.').to_owned();
        if let Some(description) = &recommendation.description {
            line.push_str(&format!(": {}", description.trim_end_matches('.')));
        }
        if recommendation.running {
            line.push_str(" (loopt al)");
        }
        line.push_str(". Uitvoering: [partij]. Verantwoording: [hoe en wanneer de partij rapporteert].");
        if recommendation.levels == ["HR"] { harm_reduction.push(line) } else { prevention.push(line) }
    }
    // The municipality's own plans, except those the dossier advises against.
    for id in inputs.answers.choices(Field::Plans) {
        let warning = inputs.advice.warnings.iter().find(|w| &w.id == id);
        if warning.is_some_and(|w| w.severity == "niet-doen") || id == "anders" {
            continue;
        }
        let Some(label) = inputs.questionnaire.label(Field::Plans, id) else { continue };
        let mut line = format!("{}. Uitvoering: [partij]. Verantwoording: [hoe en wanneer].", label.trim_end_matches('.'));
        if warning.is_some() {
            line.push_str(" [Let op: lees de waarschuwing hierover in het advies.]");
        }
        if SUPPLY_PLANS.contains(&id.as_str()) {
            supply.push(line);
        } else if HARM_REDUCTION_PLANS.contains(&id.as_str()) {
            harm_reduction.push(line);
        } else {
            prevention.push(line);
        }
    }
    let mut out = String::from("## Vraagbeperking: preventie\n\n");
    push_lines(&mut out, &prevention, "[Kies de interventies en maatregelen voor preventie.]");
    out.push_str("\n## Aanbodbeperking: regels, toezicht en handhaving\n\n");
    push_lines(&mut out, &supply, "[Beschrijf de maatregelen tegen productie, handel en overlast, samen met politie en OM.]");
    out.push_str("\n## Harm-reduction\n\n");
    push_lines(&mut out, &harm_reduction, "[Beschrijf wat de gemeente doet om schade door drugsgebruik te beperken.]");
    let own: Vec<String> = inputs.plan.own_actions.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if !own.is_empty() {
        out.push_str("\n## Eigen acties\n\n");
        push_lines(&mut out, &own, "");
    }
    out.push_str("\n## De rol van de gemeente\n\n");
    out.push_str("De gemeente is opdrachtgever: zij laat taken uitvoeren, bijvoorbeeld door de preventieafdeling van de instelling voor verslavingszorg of de GGD, en stelt daarvoor geld beschikbaar. Zij stelt voorwaarden aan de besteding, zorgt dat de uitvoering gebeurt volgens de principes van wat werkt, en controleert of de partijen uitvoeren wat is gevraagd.\n\n");
    out.push_str("De gemeente heeft ook de regie: zij brengt de domeinen zorg, sociaal en veiligheid en de uitvoerende partijen bij elkaar, en maakt afspraken over wie wat doet.");
    out
}

fn push_lines(out: &mut String, lines: &[String], empty: &str) {
    if lines.is_empty() {
        if !empty.is_empty() {
            out.push_str(&format!("- {empty}\n"));
        }
        return;
    }
    for line in lines {
        out.push_str(&format!("- {line}\n"));
    }
}

fn evaluation(inputs: &Inputs<'_>) -> String {
    let mut out = String::from("## Periode\n\n");
    let (interim, end) = match inputs.period() {
        Some((from, to)) => {
            out.push_str(&format!("Dit plan loopt van {from} tot en met {to}.\n\n"));
            (format!("Elk jaar, en halverwege in {}", from + (to - from) / 2), format!("Aan het eind, in {to},"))
        }
        None => {
            out.push_str("[Noem de periode. Een beleidsplan beslaat meestal vier jaar.]\n\n");
            ("Elk jaar, of halverwege de periode".to_owned(), "Aan het eind van de periode".to_owned())
        }
    };
    out.push_str(&format!(
        "## Tussentijdse evaluatie\n\n{interim}, bekijken we met de uitvoerende partijen hoe de uitvoering gaat en waar we moeten bijsturen. Dit is niet bedoeld om het plan zelf aan te passen.\n\n"
    ));
    out.push_str(&format!(
        "## Eindevaluatie\n\n{end} bekijken we met de partners: zijn de doelen behaald, en waarom wel of niet? Zijn er ongewenste neveneffecten of nieuwe problemen? Wat leren we van de afgelopen jaren? Daarna besluiten we of er een nieuw of aangepast drugsbeleid komt.\n\n## Cijfers die we gebruiken\n\n"
    ));
    let sources: Vec<String> = inputs
        .advice
        .data
        .iter()
        .filter(|d| d.uses.iter().any(|u| u == "evaluatie"))
        .map(|d| format!("{}{}", d.label, if d.in_use { " (gebruiken we al)" } else { "" }))
        .collect();
    push_lines(&mut out, &sources, "[Noem de monitors en lokale bronnen voor de evaluatie.]");
    out.trim_end().to_owned()
}

/// The finished plan as a document: title, numbered parts, sources.
pub fn document(parts: &[PartSpec], inputs: &Inputs<'_>, source_labels: &dyn Fn(&str) -> Option<String>) -> Document {
    let title = match inputs.answers.municipality.trim() {
        "" => "Lokaal drugsbeleid".to_owned(),
        name => format!("Lokaal drugsbeleid {name}"),
    };
    let mut subtitle = vec![format!("Concept, {}", inputs.date)];
    if let Some((from, to)) = inputs.period() {
        subtitle.push(format!("Periode {from} tot en met {to}"));
    }
    let mut sections: Vec<Section> = parts
        .iter()
        .enumerate()
        .map(|(index, part)| {
            let suggestion = suggestion(&part.id, inputs);
            Section { number: (index + 1).to_string(), title: part.title.clone(), blocks: parse_text(inputs.plan.text(&part.id, &suggestion)) }
        })
        .collect();
    let mut cited: Vec<String> = Vec::new();
    for id in parts.iter().flat_map(|p| &p.sections) {
        if let Some(label) = source_labels(id) {
            if !cited.contains(&label) {
                cited.push(label);
            }
        }
    }
    sections.push(Section {
        number: String::new(),
        title: "Bronnen".into(),
        blocks: vec![
            Block::Paragraph("Dit plan is opgesteld met Wat werkt bij drugspreventie, op basis van het Wat werkt dossier drugs van het Trimbos-instituut en het RIVM (gepubliceerd op Loket Gezond Leven). Het bouwt op deze delen van het dossier:".into()),
            Block::Bullets(cited),
        ],
    });
    Document { title, subtitle, sections }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::domain::advisor::advise;

    fn inputs_for<'a>(answers: &'a Answers, advice: &'a Advice, plan: &'a PlanState) -> Inputs<'a> {
        Inputs { answers, advice, plan, questionnaire: content::questionnaire(), date: "29 november 2026" }
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
        let plan = PlanState::default();
        let document = document(content::plan_parts(), &inputs_for(&answers, &advice, &plan), &labels);
        let headings: Vec<String> = document.sections.iter().map(Section::heading).collect();
        assert_eq!(
            headings,
            ["1 Inleiding", "2 Beleidsfocus", "3 Beschrijving lokale situatie", "4 Doelen en prioriteiten", "5 Acties", "6 Evaluatie en bijsturing", "Bronnen"]
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
            let plan = PlanState::default();
            let inputs = inputs_for(&answers, &advice, &plan);
            let acties = suggestion("acties", &inputs);
            let expected: Vec<&str> = advice.interventions.iter().filter(|r| !r.running).take(DEFAULT_ACTIONS).map(|r| r.name.as_str()).collect();
            assert!(!expected.is_empty(), "{name}");
            for intervention in expected {
                assert!(acties.contains(intervention), "{name}: {intervention} missing from Acties");
            }
            for part in PART_IDS {
                assert!(!suggestion(part, &inputs).trim().is_empty(), "{name}: {part} is empty");
            }
        }
    }

    #[test]
    fn the_nightlife_plan_speaks_of_its_own_situation() {
        let answers = example("uitgaansleven-stad");
        let advice = advise(&answers);
        let plan = PlanState::default();
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
        let mut plan = PlanState::default();
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
        let plan = PlanState::default();
        let acties = suggestion("acties", &inputs_for(&answers, &advice, &plan));
        for warning in advice.warnings.iter().filter(|w| w.severity == "niet-doen") {
            if let Some(label) = content::questionnaire().label(Field::Plans, &warning.id) {
                assert!(!acties.contains(label.trim_end_matches('.')), "{label} is advised against but in Acties");
            }
        }
    }

    #[test]
    fn the_user_chooses_the_interventions_in_acties() {
        let answers = example("uitgaansleven-stad");
        let advice = advise(&answers);
        let mut plan = PlanState::default();
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
        let plan = PlanState::default();
        let inputs = inputs_for(&answers, &advice, &plan);
        for part in PART_IDS {
            assert!(suggestion(part, &inputs).contains('['), "{part} marks what to fill in");
        }
    }
}
