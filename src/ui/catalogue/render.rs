//! The catalogue's result cards and record details as HTML (static text:
//! rendered as strings, like the dossier; see `ui::dossier::render`).

use std::fmt::Write;

use crate::content;
use crate::domain::catalogue::{Intervention, Programme, Recognition};
use crate::ui::dossier::render::{dossier_href, escape, external_link, level_codes};
use crate::ui::routes::{href, Place};

/// "12-23 jaar", or the plain fact that the dossier names no age.
pub fn ages(intervention: &Intervention) -> String {
    match intervention.ages {
        Some((from, to)) => format!("{from}-{to} jaar"),
        None => "niet vermeld in het dossier".to_owned(),
    }
}

fn settings_list(settings: &[crate::domain::catalogue::Setting]) -> String {
    settings.iter().map(|s| escape(s.label(content::dossier()))).collect::<Vec<_>>().join(", ")
}

fn fact(out: &mut String, term: &str, value_html: &str) {
    let _ = write!(out, "<div><dt>{term}</dt><dd>{value_html}</dd></div>");
}

/// One intervention as a card in the catalogue list.
pub fn intervention_card(out: &mut String, intervention: &Intervention) {
    let _ = write!(
        out,
        r#"<li class="result-card"><h3 class="result-card__title"><a href="{}">{}</a></h3>"#,
        escape(&href(&Place::Record(intervention.id.clone()))),
        escape(&intervention.name)
    );
    let summary = intervention.description.as_deref().unwrap_or(&intervention.target_group);
    let _ = write!(out, "<p>{}</p><dl class=\"facts\">", escape(summary));
    fact(out, "Setting", &settings_list(&intervention.settings));
    let mut levels = String::new();
    level_codes(&mut levels, &intervention.levels);
    fact(out, "Niveau", &levels);
    fact(out, "Erkend als", &escape(&intervention.recognition_text));
    fact(out, "Leeftijd", &escape(&ages(intervention)));
    out.push_str("</dl></li>");
}

/// One programme, toolbox or guide as a card.
pub fn programme_card(out: &mut String, programme: &Programme) {
    let _ = write!(
        out,
        r#"<li class="result-card result-card--programme"><h3 class="result-card__title"><a href="{}">{}</a></h3>"#,
        escape(&href(&Place::Record(programme.id.clone()))),
        escape(&programme.name)
    );
    let summary = programme
        .description
        .clone()
        .or_else(|| programme.intervention.as_deref().and_then(content::intervention).and_then(|i| i.description.clone()))
        .unwrap_or_default();
    let _ = write!(out, "<p>{}</p><dl class=\"facts\">", escape(&summary));
    fact(out, "Soort", &escape(&programme.kind));
    fact(out, "Setting", &settings_list(&programme.settings));
    out.push_str("</dl></li>");
}

/// The dossier's own caveat about recognition (1.2), for records that are
/// not (yet) recognised as effective.
pub fn recognition_caveat(out: &mut String) {
    let _ = write!(
        out,
        r#"<p class="caveat">Niet erkend of niet in een databank wil niet zeggen dat iets niet werkt. Het dossier zegt: “wanneer een interventie niet in een databank beschreven staat of nog niet als ‘bewezen effectief’ beoordeeld is, dit niet betekent dat deze ook echt niet effectief zou zijn” (<a href="{}">1.2 Beperkingen en afbakeningen</a>).</p>"#,
        dossier_href("1-2-beperkingen-en-afbakeningen")
    );
}

/// All facts of an intervention, as its table row gives them.
pub fn intervention_facts(intervention: &Intervention) -> String {
    let mut out = String::from(r#"<dl class="facts facts--page">"#);
    if let Some(description) = &intervention.description {
        fact(&mut out, "Korte beschrijving", &escape(description));
    }
    fact(&mut out, "Doelgroep en setting", &escape(&intervention.target_group));
    let mut recognised = escape(&intervention.recognition_text);
    if let Some(note) = &intervention.note {
        let _ = write!(recognised, "<br><span class=\"small\">{}</span>", escape(note));
    }
    fact(&mut out, "Erkend als", &recognised);
    fact(&mut out, "Categorie", intervention.recognition.label());
    let mut levels = String::new();
    for (index, level) in intervention.levels.iter().enumerate() {
        if index > 0 {
            levels.push_str(", ");
        }
        let _ = write!(levels, r#"<a href="{}">{} ({})</a>"#, dossier_href(level.section()), level.label(), level.code());
    }
    fact(&mut out, "Niveau van preventie", &levels);
    fact(&mut out, "Leeftijd", &escape(&ages(intervention)));
    let settings: Vec<String> = intervention
        .settings
        .iter()
        .map(|s| format!(r#"<a href="{}">{}</a>"#, dossier_href(s.section()), escape(s.label(content::dossier()))))
        .collect();
    fact(&mut out, "Setting", &settings.join(", "));
    let source = content::dossier().anchor(&format!("tabel-{}", intervention.table)).map(|a| a.label.clone()).unwrap_or_default();
    fact(&mut out, "In het dossier", &format!(r#"<a href="{}">{}</a>"#, dossier_href(&format!("tabel-{}", intervention.table)), escape(&source)));
    if !intervention.links.is_empty() {
        let mut links = String::new();
        for link in &intervention.links {
            external_link(&mut links, link, &escape(link));
            links.push(' ');
        }
        fact(&mut out, "Meer informatie", &links);
    }
    out.push_str("</dl>");
    if matches!(intervention.recognition, Recognition::NotInDatabase | Recognition::NotRecognised) {
        recognition_caveat(&mut out);
    }
    out
}

/// All facts of a programme.
pub fn programme_facts(programme: &Programme) -> String {
    let mut out = String::from(r#"<dl class="facts facts--page">"#);
    if let Some(description) = &programme.description {
        fact(&mut out, "Wat het dossier zegt", &format!("“{}”", escape(description)));
    }
    fact(&mut out, "Soort", &escape(&programme.kind));
    let settings: Vec<String> = programme
        .settings
        .iter()
        .map(|s| format!(r#"<a href="{}">{}</a>"#, dossier_href(s.section()), escape(s.label(content::dossier()))))
        .collect();
    fact(&mut out, "Setting", &settings.join(", "));
    let place = content::dossier().anchor(&programme.section).map(|a| a.label.clone()).unwrap_or_default();
    fact(&mut out, "In het dossier", &format!(r#"<a href="{}">{}</a>"#, dossier_href(&programme.section), escape(&place)));
    if let Some(intervention) = programme.intervention.as_deref().and_then(content::intervention) {
        fact(
            &mut out,
            "Ook in de tabellen",
            &format!(r#"<a href="{}">{}</a> (Tabel {})"#, escape(&href(&Place::Record(intervention.id.clone()))), escape(&intervention.name), intervention.table),
        );
    }
    if !programme.links.is_empty() {
        let mut links = String::new();
        for link in &programme.links {
            external_link(&mut links, link, &escape(link));
            links.push(' ');
        }
        fact(&mut out, "Meer informatie", &links);
    }
    out.push_str("</dl>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_shows_the_row_facts() {
        let mut html = String::new();
        intervention_card(&mut html, content::intervention("moti-4").unwrap());
        assert!(html.contains(r#"<a href="/interventies/moti-4">Moti-4</a>"#));
        assert!(html.contains("<dt>Leeftijd</dt><dd>14-24 jaar</dd>"));
        assert!(html.contains("Hoger onderwijs, Werkomgeving"));
        assert!(html.contains(r#"<abbr title="geïndiceerde preventie">I</abbr>"#));
    }

    #[test]
    fn rows_without_a_description_show_their_target_group() {
        let mut html = String::new();
        intervention_card(&mut html, content::intervention("billy-boem").unwrap());
        assert!(html.contains("<p>Kinderen met een of meer ouders met psychische problemen"));
    }

    #[test]
    fn unrecognised_records_carry_the_dossiers_caveat() {
        assert!(intervention_facts(content::intervention("family-check-up").unwrap()).contains("1.2 Beperkingen en afbakeningen"));
        assert!(!intervention_facts(content::intervention("moti-4").unwrap()).contains("caveat"));
    }

    #[test]
    fn programme_pages_point_to_their_table_row() {
        let html = programme_facts(content::programme("open-en-alert-programma").unwrap());
        assert!(html.contains(r#"<a href="/interventies/open-en-alert">Open &amp; Alert</a> (Tabel 7)"#), "{html}");
    }
}
