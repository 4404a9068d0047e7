//! `/plannen/<id>/beleidsplan/afdrukken`: the policy plan as a clean A4
//! document.

use std::fmt::Write;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::draft::session::{use_advice, use_session};
use super::{blocks_html, current_document};
use crate::domain::document::{html_escape, Document};
use crate::ui::drafts::display_name;
use crate::ui::routes::DraftPage;
use crate::ui::title::use_title;

/// The whole plan as print-ready HTML: title page, contents, numbered parts, sources.
pub fn print_html(document: &Document) -> String {
    let mut out = String::from(r#"<div class="title-page">"#);
    let _ = write!(out, "<h1>{}</h1>", html_escape(&document.title));
    for line in &document.subtitle {
        let _ = write!(out, r#"<p class="title-page__line">{}</p>"#, html_escape(line));
    }
    out.push_str(r#"<p class="title-page__note">Gemaakt met Wat werkt bij drugspreventie, op basis van het Wat werkt dossier drugs van het Trimbos-instituut en het RIVM.</p></div>"#);
    out.push_str(r#"<nav class="print-contents" aria-labelledby="inhoudsopgave"><h2 id="inhoudsopgave">Inhoud</h2><ul class="print-contents__list">"#);
    for (index, section) in document.sections.iter().enumerate() {
        let _ = write!(out, r##"<li><a href="#plan-deel-{index}">{}</a></li>"##, html_escape(&section.heading()));
    }
    out.push_str("</ul></nav>");
    for (index, section) in document.sections.iter().enumerate() {
        let class = if section.own_page { "print-part print-part--own-page" } else { "print-part" };
        let _ = write!(out, r#"<section class="{class}" aria-labelledby="plan-deel-{index}"><h2 id="plan-deel-{index}">{}</h2>"#, html_escape(&section.heading()));
        out.push_str(&blocks_html(&section.blocks));
        out.push_str("</section>");
    }
    out
}

/// `/plannen/<id>/beleidsplan/afdrukken`: the plan as a document; print it,
/// or save it as PDF from the print dialog.
#[component]
pub fn PolicyPlanPrint() -> impl IntoView {
    let session = use_session();
    let advice = use_advice();
    use_title(move || format!("Beleidsplan afdrukken - {}", session.draft.with(display_name)));
    let html = move || {
        let advice = advice.get();
        session.draft.track();
        print_html(&current_document(session, &advice))
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="page plan-print">
            <div class="actions no-print">
                <A href=move || session.href(DraftPage::PolicyPlan) attr:class="back-link">"Terug naar het beleidsplan"</A>
                <button type="button" class="button" on:click=print>"Afdrukken of opslaan als pdf"</button>
            </div>
            <p class="hint no-print">"Kies in het afdrukvenster “Opslaan als pdf” om een pdf te maken."</p>
            <article class="plan-document" inner_html=html></article>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::{Block, Section};

    #[test]
    fn the_print_view_has_a_title_page_contents_and_numbered_parts() {
        let document = Document {
            title: "Lokaal drugsbeleid <Ede>".into(),
            subtitle: vec!["Concept, 29 november 2026".into()],
            sections: vec![
                Section { number: "1".into(), title: "Inleiding".into(), blocks: vec![Block::Paragraph("Tekst [vul aan]".into())], own_page: false },
                Section { number: String::new(), title: "Bronnen".into(), blocks: vec![Block::Bullets(vec!["6.4 Stappenplan".into()])], own_page: false },
            ],
            ..Document::default()
        };
        let html = print_html(&document);
        assert!(html.contains("<h1>Lokaal drugsbeleid &lt;Ede&gt;</h1>"));
        assert!(html.contains(r##"<li><a href="#plan-deel-0">1 Inleiding</a></li>"##));
        assert!(html.contains(r#"<h2 id="plan-deel-1">Bronnen</h2>"#));
        assert!(html.contains(r#"<span class="placeholder">[vul aan]</span>"#));
    }
}
