//! The advice page's body as HTML: rendered from `advise()` each time the
//! answers change. Every item shows its reason and links to what it cites.

use std::fmt::Write;

use crate::content;
use crate::domain::advisor::{Advice, Coverage, DataUse, ElementKind, Named, NextStep, OfferKind, Recommendation, Severity};
use crate::ui::dossier::render::escape;
use crate::ui::routes::{href, Place};

/// The page sections, in order: (anchor id, heading).
pub const SECTIONS: [(&str, &str); 8] = [
    ("samenvatting", "Het belangrijkste"),
    ("wat-werkt", "Wat werkt in uw settingen"),
    ("interventies", "Interventies en programma’s"),
    ("waarschuwingen", "Waarschuwingen"),
    ("integraal", "Integrale aanpak: wat is gedekt"),
    ("partners", "Partners om te betrekken"),
    ("gegevens", "Cijfers en onderzoek"),
    ("volgende-stappen", "Volgende stappen"),
];

/// The label and URL of something cited: a dossier place or a record.
pub fn citation(id: &str) -> Option<(String, String)> {
    content::knowledge().cite(id).map(|(label, place)| (label, href(&place)))
}

/// "Bron: 5.3 ..., 4.4.2 ..." with links; duplicates merged.
fn sources(out: &mut String, cites: &[String]) {
    let mut seen: Vec<(String, String)> = Vec::new();
    for id in cites {
        if let Some(found) = citation(id) {
            if !seen.iter().any(|(label, _)| *label == found.0) {
                seen.push(found);
            }
        }
    }
    if seen.is_empty() {
        return;
    }
    out.push_str(r#"<p class="sources"><span class="sources__label">Bron in het dossier:</span> "#);
    for (index, (label, href)) in seen.iter().enumerate() {
        if index > 0 {
            out.push_str("; ");
        }
        let _ = write!(out, r#"<a href="{}">{}</a>"#, escape(href), escape(label));
    }
    out.push_str("</p>");
}

/// The reason and the sources behind a short "Waarom en bron" toggle
/// (`extra`, already escaped, comes first inside it); printed whole.
fn detail(out: &mut String, text: &str, cites: &[String], extra: &str) {
    let mut inner = String::from(extra);
    reason(&mut inner, text);
    sources(&mut inner, cites);
    if !inner.is_empty() {
        let _ = write!(out, r#"<details class="more"><summary>Waarom en bron</summary>{inner}</details>"#);
    }
}

fn reason(out: &mut String, text: &str) {
    if !text.is_empty() {
        let _ = write!(out, r#"<p class="reason"><span class="reason__label">Waarom:</span> {}</p>"#, escape(text));
    }
}

fn named_links(items: &[Named]) -> String {
    items
        .iter()
        .map(|n| format!(r#"<a href="{}">{}</a>"#, escape(&href(&Place::Record(n.id.clone()))), escape(&n.name)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn section_open(out: &mut String, index: usize, intro: &str) {
    let (id, title) = SECTIONS[index];
    let _ = write!(out, r#"<section class="advice-section" aria-labelledby="{id}"><h2 id="{id}" tabindex="-1">{title}</h2>"#);
    if !intro.is_empty() {
        let _ = write!(out, r#"<p class="hint">{}</p>"#, escape(intro));
    }
}

/// The advice, from the summary to the next steps (the page puts its
/// contents between the two parts).
#[cfg(test)]
pub fn advice_html(advice: &Advice) -> String {
    first_screen_html(advice) + &details_html(advice, "")
}

/// What the page leads with: the notes and the most important things.
pub fn first_screen_html(advice: &Advice) -> String {
    let mut out = String::with_capacity(4 * 1024);
    notes(&mut out, advice);
    summary_section(&mut out, advice);
    // What the user typed comes after what matters most.
    if let Some(note) = &advice.own_words {
        let _ = write!(out, r#"<div class="notice"><p>{}</p></div>"#, escape(&note.text));
    }
    out
}

/// The rest of the advice, section by section; `matrix` is the prevention
/// matrix's table (it depends on the plan's choices too).
pub fn details_html(advice: &Advice, matrix: &str) -> String {
    let mut out = String::with_capacity(32 * 1024);
    what_works_section(&mut out, advice);
    interventions_section(&mut out, advice);
    warnings_section(&mut out, advice);
    integral_section(&mut out, advice, matrix);
    partners_section(&mut out, advice);
    data_section(&mut out, advice);
    next_steps_section(&mut out, advice);
    out
}

/// Whether the advice is general, and the notes on the answers.
fn notes(out: &mut String, advice: &Advice) {
    if !advice.tailored {
        out.push_str(r#"<div class="notice"><p>U hebt nog geen vragen beantwoord. Hieronder staat daarom algemeen advies uit het dossier. Hoe meer u invult, hoe beter het advies past bij uw gemeente.</p></div>"#);
    }
    for note in &advice.notes {
        let _ = write!(out, r#"<div class="notice"><p>{}</p>"#, escape(&note.text));
        sources(out, &note.cites);
        out.push_str("</div>");
    }
}

/// The three most important things, and the levels of prevention needed.
fn summary_section(out: &mut String, advice: &Advice) {
    section_open(out, 0, "De belangrijkste dingen om te doen, volgens uw antwoorden.");
    out.push_str(r#"<ol class="summary-list">"#);
    for item in &advice.summary {
        let _ = write!(out, r#"<li class="summary-item"><p class="item__title">{}</p>"#, escape(&item.text));
        detail(out, &item.reason, &item.cites, "");
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    if !advice.levels_needed.is_empty() {
        out.push_str(r#"<h3>Welke niveaus van preventie uw doelgroepen nodig hebben</h3><ul class="item-list">"#);
        for need in &advice.levels_needed {
            let _ = write!(out, r#"<li class="item"><p class="item__title">{} ({})</p>"#, escape(need.label), need.level.code());
            detail(out, &need.reason, &need.cites, "");
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

/// What works, per chosen setting.
fn what_works_section(out: &mut String, advice: &Advice) {
    section_open(out, 1, "Wat volgens het dossier werkt, per setting die u koos. Waar het dossier leeftijden onderscheidt, staan alleen de leeftijden die u koos.");
    for setting in &advice.what_works {
        let _ = write!(out, r#"<h3>{}</h3>"#, escape(&setting.title));
        reason(out, &setting.reason);
        for group in &setting.groups {
            let class = if group.kind == ElementKind::Avoid { "element-group element-group--avoid" } else { "element-group" };
            let _ = write!(out, r#"<div class="{class}"><h4>{}</h4>"#, escape(&group.heading));
            if let Some(explanation) = &group.explanation {
                let _ = write!(out, "<p>{}</p>", escape(explanation));
            }
            out.push_str("<ul>");
            for element in &group.elements {
                let _ = write!(out, "<li>{}", escape(&element.text));
                if !element.ages.is_empty() {
                    let _ = write!(out, r#" <span class="tag">{}</span>"#, escape(&element.ages.join(", ")));
                }
                out.push_str("</li>");
            }
            out.push_str("</ul>");
            detail(out, &group.reason, &group.cites, "");
            out.push_str("</div>");
        }
    }
    out.push_str("</section>");
}

/// The recommended interventions and programmes, and the caveat on recognition.
fn interventions_section(out: &mut String, advice: &Advice) {
    section_open(out, 2, "Uit de tabellen en programma’s van het dossier, de best passende eerst, daarna de sterkst erkende.");
    let listed = |id: &str| advice.interventions.iter().any(|r| r.id == id);
    out.push_str(r#"<ul class="item-list">"#);
    // A part of a listed programme comes under that programme.
    for recommendation in advice.interventions.iter().filter(|r| !r.part_of.as_deref().is_some_and(listed)) {
        let parts: Vec<&Recommendation> = advice.interventions.iter().filter(|r| r.part_of.as_deref() == Some(recommendation.id.as_str())).collect();
        recommendation_item(out, recommendation, &parts);
    }
    out.push_str("</ul>");
    let _ = write!(out, r#"<div class="caveat"><p>{}</p>"#, escape(&advice.recognition_caveat.text));
    sources(out, &advice.recognition_caveat.cites);
    out.push_str("</div></section>");
}

/// One recommended offer, with the parts of it that are recommended too.
fn recommendation_item(out: &mut String, recommendation: &Recommendation, parts: &[&Recommendation]) {
    let _ = write!(
        out,
        r#"<li class="item"><p class="item__title"><a href="{}">{}</a>"#,
        escape(&href(&Place::Record(recommendation.id.clone()))),
        escape(&recommendation.name)
    );
    if recommendation.running {
        out.push_str(r#" <span class="tag tag--ok">loopt al</span>"#);
    }
    out.push_str("</p>");
    let mut facts = Vec::new();
    if let Some(text) = &recommendation.recognition_text {
        facts.push(format!("Erkend als: {text}"));
    } else if recommendation.kind == OfferKind::Programme {
        facts.push("Programma of hulpmiddel".to_owned());
    }
    if !recommendation.levels.is_empty() {
        facts.push(format!("Niveau: {}", recommendation.levels.iter().map(|l| l.code()).collect::<Vec<_>>().join(" / ")));
    }
    if !facts.is_empty() {
        let _ = write!(out, r#"<p class="item__facts">{}</p>"#, escape(&facts.join(" · ")));
    }
    let description = recommendation.description.as_ref().map(|d| format!("<p>{}</p>", escape(d))).unwrap_or_default();
    detail(out, &recommendation.reason, &recommendation.cites, &description);
    if !parts.is_empty() {
        let _ = write!(out, r#"<p class="item__parts-title">Onderdelen van {} die bij uw antwoorden passen:</p><ul class="item-list item-list--parts">"#, escape(&recommendation.name));
        for part in parts {
            recommendation_item(out, part, &[]);
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>");
}

/// What the dossier warns against, with what to do instead.
fn warnings_section(out: &mut String, advice: &Advice) {
    section_open(out, 3, "Plannen en situaties waarvoor het dossier waarschuwt, met wat u beter kunt doen.");
    if advice.warnings.is_empty() {
        out.push_str("<p>Uw plannen en situatie geven geen aanleiding tot een waarschuwing uit het dossier.</p>");
    }
    out.push_str(r#"<ul class="item-list">"#);
    for warning in &advice.warnings {
        let (class, tag) = if warning.severity == Severity::DoNot { ("item item--warning", "Niet doen") } else { ("item item--attention", "Let op") };
        let _ = write!(out, r#"<li class="{class}"><p class="item__title"><span class="tag tag--warning">{tag}</span> {}</p>"#, escape(&warning.title));
        let _ = write!(out, r#"<p><span class="reason__label">Wat wel:</span> {}</p>"#, escape(&warning.instead));
        if !warning.alternatives.is_empty() {
            let _ = write!(out, "<p>Bijvoorbeeld: {}.</p>", named_links(&warning.alternatives));
        }
        detail(out, &warning.reason, &warning.cites, "");
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}

/// Which parts of an integral approach the plans cover, and the prevention matrix.
fn integral_section(out: &mut String, advice: &Advice, matrix: &str) {
    section_open(out, 4, "Een integrale aanpak werkt het best: meerdere onderdelen, de niveaus van preventie die uw doelgroepen nodig hebben, en alle drie de pijlers.");
    for (title, items) in [
        ("De zes onderdelen van een integrale aanpak", &advice.integral.components),
        ("Niveaus van preventie", &advice.integral.levels),
        ("De drie pijlers", &advice.integral.pillars),
    ] {
        let _ = write!(out, r#"<h3>{title}</h3><ul class="coverage-list">"#);
        for coverage in items {
            coverage_item(out, coverage);
        }
        out.push_str("</ul>");
    }
    if !matrix.is_empty() {
        out.push_str(r#"<h3>Preventiematrix</h3><p class="hint">Per setting en niveau van preventie: wat in uw beleidsplan staat en wat dit advies nog aanbeveelt. Waar “Nog niets” staat, is in dit advies geen aanbod voor die combinatie.</p>"#);
        out.push_str(matrix);
    }
    out.push_str("</section>");
}

/// Whom to involve, and in what.
fn partners_section(out: &mut String, advice: &Advice) {
    section_open(out, 5, "Wie u kunt betrekken, en waarbij.");
    out.push_str(r#"<ul class="item-list">"#);
    for partner in &advice.partners {
        let _ = write!(out, r#"<li class="item"><p class="item__title">{}"#, escape(&partner.label));
        if partner.involved {
            out.push_str(r#" <span class="tag tag--ok">doet al mee</span>"#);
        }
        out.push_str("</p>");
        for role in &partner.roles {
            let _ = write!(out, r#"<p><span class="reason__label">{}:</span> {}</p>"#, escape(&role.context_label), escape(&role.text));
            detail(out, &role.reason, &role.cites, "");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}

/// Figures for describing the situation and for the evaluation.
fn data_section(out: &mut String, advice: &Advice) {
    section_open(out, 6, "Cijfers voor de beschrijving van de lokale situatie en voor de evaluatie.");
    out.push_str(r#"<ul class="item-list">"#);
    for data in &advice.data {
        let _ = write!(out, r#"<li class="item"><p class="item__title">{}"#, escape(&data.label));
        if data.in_use {
            out.push_str(r#" <span class="tag tag--ok">gebruikt u al</span>"#);
        }
        let uses: Vec<&str> = data
            .uses
            .iter()
            .map(|u| match u {
                DataUse::Evaluation => "evaluatie",
                DataUse::SituationAnalysis => "beschrijving van de situatie",
            })
            .collect();
        let _ = write!(out, r#"</p><p class="item__facts">Voor: {}</p>"#, escape(&uses.join(" en ")));
        detail(out, &data.reason, &data.cites, "");
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}

/// The next steps for these answers under the four steps of the municipal
/// step plan, then the steps every municipality takes as a short checklist.
fn next_steps_section(out: &mut String, advice: &Advice) {
    section_open(out, 7, "Langs de vier stappen van het stappenplan voor gemeenten.");
    if advice.next_steps.is_empty() {
        out.push_str("<p>Voor uw antwoorden zijn er geen extra stappen. Volg de stappen die elke gemeente zet.</p>");
    }
    steps_by_plan_step(out, &advice.next_steps);
    let _ = write!(
        out,
        r#"<h3 id="wat-elke-gemeente-doet">Wat elke gemeente doet</h3><details class="more"><summary>De {} stappen van het stappenplan die voor elke gemeente gelden</summary><ul class="checklist">"#,
        advice.checklist.len()
    );
    for step in &advice.checklist {
        let _ = write!(out, r#"<li>{}"#, escape(&step.text));
        sources(out, &step.cites);
        out.push_str("</li>");
    }
    out.push_str("</ul></details></section>");
}

/// Steps under the title of the step of 6.4 they belong to.
fn steps_by_plan_step(out: &mut String, steps: &[NextStep]) {
    let mut current_step = 0;
    for step in steps {
        if step.step != current_step {
            if current_step != 0 {
                out.push_str("</ul>");
            }
            current_step = step.step;
            let _ = write!(out, r#"<h3>{}</h3><ul class="item-list">"#, escape(&step.step_title));
        }
        let _ = write!(out, r#"<li class="item"><p class="item__title">{}</p>"#, escape(&step.text));
        detail(out, &step.reason, &step.cites, "");
        out.push_str("</li>");
    }
    if current_step != 0 {
        out.push_str("</ul>");
    }
}

fn coverage_item(out: &mut String, coverage: &Coverage) {
    let (class, tag) = if coverage.covered { ("coverage coverage--ok", "Gedekt") } else { ("coverage coverage--gap", "Nog niet gedekt") };
    let tag_class = if coverage.covered { "tag tag--ok" } else { "tag tag--gap" };
    let _ = write!(out, r#"<li class="{class}"><p class="item__title">{} <span class="{tag_class}">{tag}</span></p>"#, escape(&coverage.label));
    if !coverage.covered_by.is_empty() {
        let _ = write!(out, "<p>Door: {}</p>", named_links(&coverage.covered_by));
    }
    if let Some(fill) = &coverage.fill {
        let _ = write!(out, r#"<p><span class="reason__label">Wat helpt:</span> {}</p>"#, escape(fill));
    }
    if !coverage.suggestions.is_empty() {
        let _ = write!(out, "<p>Bijvoorbeeld: {}.</p>", named_links(&coverage.suggestions));
    }
    detail(out, &coverage.reason, &coverage.cites, "");
    out.push_str("</li>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::{advise, Answers};

    fn answers(json: &str) -> Answers {
        Answers::from_json(json).unwrap()
    }

    #[test]
    fn every_citation_of_every_example_resolves_to_a_link() {
        for file in std::fs::read_dir("examples/antwoorden").unwrap() {
            let path = file.unwrap().path();
            let Ok(answers) = Answers::from_json(&std::fs::read_to_string(&path).unwrap()) else { continue };
            let advice = advise(&content::knowledge(), &answers);
            let html = advice_html(&advice);
            let json = serde_json::to_value(&advice).unwrap();
            let mut cites = Vec::new();
            collect_cites(&json, &mut cites);
            for id in cites {
                assert!(citation(&id).is_some(), "{}: {id} does not resolve", path.display());
            }
            for (id, _) in SECTIONS {
                assert!(html.contains(&format!(r#"<h2 id="{id}""#)), "{}", path.display());
            }
        }
    }

/// The words a reader sees before opening anything: the text outside
    /// the folded `<details>` (their summaries count), tags stripped.
    fn visible_words(html: &str) -> usize {
        let mut text = String::new();
        let mut rest = html;
        while let Some(start) = rest.find(r#"<details class="more">"#) {
            text.push_str(&rest[..start]);
            let end = rest[start..].find("</details>").map_or(rest.len(), |e| start + e + "</details>".len());
            text.push_str(" Waarom en bron ");
            rest = &rest[end..];
        }
        text.push_str(rest);
        let mut plain = String::new();
        let mut in_tag = false;
        for c in text.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    plain.push(' ');
                }
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        plain.split_whitespace().count()
    }

    #[test]
    fn a_typical_advice_shows_about_two_thousand_words_until_details_are_opened() {
        for file in std::fs::read_dir("examples/antwoorden").unwrap() {
            let path = file.unwrap().path();
            let Ok(answers) = Answers::from_json(&std::fs::read_to_string(&path).unwrap()) else { continue };
            let html = advice_html(&advise(&content::knowledge(), &answers));
            let (shown, all) = (visible_words(&html), visible_words(&html.replace(r#"<details class="more">"#, "<div>")));
            // Every setting at once, and every advised-against plan at once,
            // are not typical: more shows, but still less than half.
            let atypical = ["alles-gedekt", "afgeraden-plannen"].iter().any(|n| path.ends_with(format!("{n}.json")));
            let limit = if atypical { all / 2 } else { 2_100 };
            assert!(shown <= limit, "{}: {shown} of {all} words shown", path.display());
        }
    }

    #[test]
    fn the_parts_of_a_programme_come_under_it() {
        let advice = advise(&content::knowledge(), &answers(r#"{"settings":["voortgezet-onderwijs"],"age_bands":["11-12","13-15"]}"#));
        let ids: Vec<&str> = advice.interventions.iter().map(|r| r.id.as_str()).collect();
        assert!(ids.contains(&"helder-op-school") && ids.contains(&"samen-fris") && ids.contains(&"frisse-start"), "{ids:?}");
        let html = advice_html(&advice);
        let start = html.find(r#"<h2 id="interventies""#).unwrap();
        let end = html.find(r#"<h2 id="waarschuwingen""#).unwrap();
        let html = &html[start..end];
        let programme = html.find(r#"<a href="/interventies/helder-op-school">"#).unwrap();
        let parts = html.find("Onderdelen van Helder op School").unwrap();
        let part = html.find(r#"<a href="/interventies/samen-fris">"#).unwrap();
        assert!(programme < parts && parts < part, "Samen Fris under Helder op School");
        assert_eq!(html.matches(r#"<p class="item__title"><a href="/interventies/samen-fris">"#).count(), 1, "listed once");
    }

    fn collect_cites(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    if key == "cites" {
                        out.extend(value.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_owned)));
                    } else {
                        collect_cites(value, out);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect_cites(v, out)),
            _ => {}
        }
    }

    #[test]
    fn a_nightlife_municipality_sees_the_nightlife_interventions_with_reasons_and_sources() {
        let html = advice_html(&advise(&content::knowledge(), &answers(r#"{"settings":["uitgaansleven"],"age_bands":["18-25"],"stages":["recreatief"]}"#)));
        assert!(html.contains(r#"<a href="/interventies/redalertapp">RedAlertApp</a>"#));
        assert!(html.contains(r#"<span class="reason__label">Waarom:</span>"#));
        assert!(html.contains(r#"<a href="/dossier/5-7-uitgaansleven">5.7 Setting: Uitgaansleven</a>"#));
    }

    #[test]
    fn warnings_stand_out_with_what_to_do_instead() {
        let html = advice_html(&advise(&content::knowledge(), &answers(r#"{"settings":["voortgezet-onderwijs"],"age_bands":["11-12"],"plans":["politie-les-brugklas"]}"#)));
        assert!(html.contains(r#"<span class="tag tag--warning">Niet doen</span>"#));
        assert!(html.contains(r#"<span class="reason__label">Wat wel:</span>"#));
    }

    #[test]
    fn empty_answers_say_the_advice_is_generic() {
        let html = advice_html(&advise(&content::knowledge(), &Answers::default()));
        assert!(html.contains("U hebt nog geen vragen beantwoord"));
    }

    #[test]
    fn user_text_in_the_advice_is_escaped() {
        let advice = advise(&content::knowledge(), &answers(r#"{"occasion":["anders"],"occasion_other":"<script>alert(1)</script>"}"#));
        assert!(serde_json::to_string(&advice).unwrap().contains("<script>alert(1)</script>"), "the typed text reaches the advice");
        let html = advice_html(&advice);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(!html.contains("<script>"), "markup from answers must be escaped");
    }
}
