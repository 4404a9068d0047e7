//! Renders the dossier's static text to HTML once per page view. The text
//! never changes while the app runs, so plain HTML (set as the page body's
//! inner HTML) costs a fraction of the wasm that reactive views would; links
//! stay `<a>` elements, which the router handles like any other.
//!
//! Every piece of text goes through `escape`.

use std::fmt::Write;

use crate::content;
use crate::domain::catalogue::{Intervention, Level};
use crate::domain::dossier::{Block, BoxKind, Cell, Chapter, Drawing, Figure, Heading, Inline, Table, TextBox};
use crate::ui::routes::{href, Place};
use crate::ui::widgets::EXTERNAL_NOTE;

/// The URL of any place in the dossier.
pub fn dossier_href(id: &str) -> String {
    href(&Place::Dossier(id.to_owned()))
}

/// Escapes text for use in HTML content and attributes.
pub use crate::domain::document::html_escape as escape;

/// An external link: new window, no opener, and it says so.
pub fn external_link(out: &mut String, href: &str, text_html: &str) {
    let _ = write!(
        out,
        r#"<a class="external" href="{}" target="_blank" rel="noopener noreferrer">{text_html}<span class="visually-hidden">{EXTERNAL_NOTE}</span></a>"#,
        escape(href)
    );
}

/// The body of a chapter page: its blocks, then its footnotes.
pub fn chapter_body(chapter: &Chapter<'_>) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let page = PageContext { chapter_id: chapter.id };
    page.blocks(&mut out, &chapter.blocks, 1);
    if !chapter.footnotes.is_empty() {
        out.push_str(r#"<section class="footnotes" aria-labelledby="voetnoten"><h2 id="voetnoten">Voetnoten</h2><ol>"#);
        for note in &chapter.footnotes {
            let label = escape(note.label);
            let _ = write!(out, r#"<li id="voetnoot-{label}" value="{label}" tabindex="-1">"#);
            page.inlines(&mut out, &note.text);
            let _ = write!(
                out,
                r##" <a class="no-print" href="{}#voetnoot-verwijzing-{label}">Terug naar de tekst<span class="visually-hidden"> bij voetnoot {label}</span></a></li>"##,
                dossier_href(chapter.id)
            );
        }
        out.push_str("</ol></section>");
    }
    out
}

/// Some blocks of a chapter, out of their page (e.g. a setting's "Wat werkt?"
/// text on an intervention's page); footnote links point into the chapter.
pub fn fragment<'a>(blocks: impl IntoIterator<Item = &'a Block<'a>>, chapter_id: &str, depth: u8) -> String {
    let mut out = String::new();
    let page = PageContext { chapter_id };
    let blocks: Vec<Block<'a>> = blocks.into_iter().cloned().collect();
    page.blocks(&mut out, &blocks, depth);
    out
}

struct PageContext<'c> {
    chapter_id: &'c str,
}

impl PageContext<'_> {
    fn inlines(&self, out: &mut String, items: &[Inline<'_>]) {
        for item in items {
            match item {
                Inline::Text(text) => out.push_str(&escape(text)),
                Inline::Bold(inner) => {
                    out.push_str("<strong>");
                    self.inlines(out, inner);
                    out.push_str("</strong>");
                }
                Inline::Link { text, target } => {
                    let mut label = String::new();
                    self.inlines(&mut label, text);
                    match target.strip_prefix('#') {
                        Some(id) => {
                            let _ = write!(out, r#"<a href="{}">{label}</a>"#, escape(&dossier_href(id)));
                        }
                        None => external_link(out, target, &label),
                    }
                }
                Inline::FootnoteRef(label) => {
                    let label = escape(label);
                    let _ = write!(
                        out,
                        r##"<sup class="footnote-ref"><a href="{}#voetnoot-{label}" id="voetnoot-verwijzing-{label}"><span class="visually-hidden">voetnoot </span>{label}</a></sup>"##,
                        dossier_href(self.chapter_id)
                    );
                }
            }
        }
    }

    fn paragraph(&self, out: &mut String, items: &[Inline<'_>]) {
        out.push_str("<p>");
        self.inlines(out, items);
        out.push_str("</p>");
    }

    /// `depth` is the level of the heading the blocks stand under (1 = the chapter's `<h1>`).
    fn blocks(&self, out: &mut String, blocks: &[Block<'_>], depth: u8) {
        let mut level = depth;
        for block in blocks {
            match block {
                Block::Heading(heading) => {
                    level = heading.level;
                    heading_row(out, heading);
                }
                Block::Paragraph(items) => self.paragraph(out, items),
                Block::List(list) => {
                    out.push_str(if list.ordered { "<ol>" } else { "<ul>" });
                    for item in &list.items {
                        match item.id {
                            Some(id) => {
                                let _ = write!(out, r#"<li id="{}" tabindex="-1">"#, escape(id));
                            }
                            None => out.push_str("<li>"),
                        }
                        for paragraph in &item.paragraphs {
                            self.paragraph(out, paragraph);
                        }
                        out.push_str("</li>");
                    }
                    out.push_str(if list.ordered { "</ol>" } else { "</ul>" });
                }
                Block::Box(text_box) => self.text_box(out, text_box, level),
                Block::Table(table) => self.table(out, table),
                Block::InterventionTable { id, caption, table } => intervention_table(out, id, caption, *table),
                Block::Figure(figure) => self.figure(out, figure),
            }
        }
    }

    fn text_box(&self, out: &mut String, text_box: &TextBox<'_>, level: u8) {
        let class = match text_box.kind {
            BoxKind::Kader => "box box--kader",
            BoxKind::Uitgelicht => "box box--uitgelicht",
        };
        let id = escape(text_box.id);
        let title_level = (level + 1).clamp(2, 4);
        let _ = write!(
            out,
            r#"<section class="{class}" id="{id}" aria-labelledby="{id}-titel" tabindex="-1"><h{title_level} class="box__title" id="{id}-titel">{}</h{title_level}>"#,
            escape(text_box.title)
        );
        self.blocks(out, &text_box.blocks, title_level);
        out.push_str("</section>");
    }

    fn cell(&self, out: &mut String, paragraphs: &Cell<'_>) {
        match paragraphs.as_slice() {
            [single] => self.inlines(out, single),
            many => many.iter().for_each(|p| self.paragraph(out, p)),
        }
    }

    /// A real table that CSS stacks into labelled cards on narrow screens;
    /// explicit roles keep its semantics when the display changes.
    fn table(&self, out: &mut String, table: &Table<'_>) {
        table_open(out, table.id, table.caption, &table.header);
        for row in &table.rows {
            match row.id {
                Some(id) => {
                    let _ = write!(out, r#"<tr role="row" id="{}" tabindex="-1">"#, escape(id));
                }
                None => out.push_str(r#"<tr role="row">"#),
            }
            for (index, cell) in row.cells.iter().enumerate() {
                let label = escape(table.header.get(index).copied().unwrap_or_default());
                if index == 0 {
                    let _ = write!(out, r#"<th scope="row" role="rowheader" data-label="{label}">"#);
                    self.cell(out, cell);
                    out.push_str("</th>");
                } else {
                    let _ = write!(out, r#"<td role="cell" data-label="{label}">"#);
                    self.cell(out, cell);
                    out.push_str("</td>");
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
    }

    fn figure(&self, out: &mut String, figure: &Figure<'_>) {
        let _ = write!(out, r#"<figure class="figure" id="{}" tabindex="-1">"#, escape(figure.id));
        match figure.drawing {
            Drawing::Pillars => pillars(out),
            Drawing::Cycle => cycle(out),
            Drawing::None => out.push_str(
                r#"<p class="figure__missing">De figuur zelf staat niet in de tekst van het dossier. Hieronder staan het onderschrift en de bron.</p>"#,
            ),
        }
        let _ = write!(out, "<figcaption>{}", escape(figure.caption));
        self.blocks(out, &figure.blocks, 4);
        out.push_str("</figcaption></figure>");
    }
}

/// A section heading with a link to its own stable URL beside it.
fn heading_row(out: &mut String, heading: &Heading<'_>) {
    let level = heading.level.clamp(2, 4);
    let id = escape(heading.id);
    let title = escape(&heading.full_title());
    let _ = write!(
        out,
        r##"<div class="heading-row"><h{level} id="{id}" tabindex="-1">{title}</h{level}><a class="heading-anchor no-print" href="{}" aria-label="Link naar dit onderdeel: {title}">#</a></div>"##,
        dossier_href(heading.id)
    );
}

fn table_open(out: &mut String, id: &str, caption: &str, header: &[&str]) {
    out.push_str(r#"<table class="data-table stack" role="table""#);
    if !id.is_empty() {
        let _ = write!(out, r#" id="{}" tabindex="-1""#, escape(id));
    }
    out.push('>');
    if !caption.is_empty() {
        let _ = write!(out, "<caption>{}</caption>", escape(caption));
    }
    out.push_str(r#"<thead role="rowgroup"><tr role="row">"#);
    for column in header {
        let _ = write!(out, r#"<th scope="col" role="columnheader">{}</th>"#, escape(column));
    }
    out.push_str(r#"</tr></thead><tbody role="rowgroup">"#);
}

/// The columns of the intervention tables, as the source prints them.
pub const INTERVENTION_COLUMNS: [&str; 5] = ["Naam", "Korte beschrijving", "Doelgroep en setting", "Erkend als", "Niveau"];

/// An intervention table (Tabel 2-7), rendered from the records, with the legend.
pub fn intervention_table(out: &mut String, id: &str, caption: &str, table: u8) {
    out.push_str(r#"<div class="intervention-table">"#);
    table_open(out, id, caption, &INTERVENTION_COLUMNS);
    for intervention in content::table_rows(table) {
        intervention_row(out, intervention);
    }
    out.push_str("</tbody></table>");
    level_legend(out);
    out.push_str("</div>");
}

fn intervention_row(out: &mut String, intervention: &Intervention) {
    let [name, description, target, recognised, level] = INTERVENTION_COLUMNS;
    let _ = write!(
        out,
        r#"<tr role="row"><th scope="row" role="rowheader" data-label="{name}"><a href="{}">{}</a></th>"#,
        escape(&href(&Place::Record(intervention.id.clone()))),
        escape(&intervention.name)
    );
    match &intervention.description {
        Some(text) => {
            let _ = write!(out, r#"<td role="cell" data-label="{description}">{}</td>"#, escape(text));
        }
        None => {
            let _ = write!(out, r#"<td role="cell" data-label="{description}" class="empty-cell"></td>"#);
        }
    }
    let _ = write!(out, r#"<td role="cell" data-label="{target}">{}</td>"#, escape(&intervention.target_group));
    let _ = write!(out, r#"<td role="cell" data-label="{recognised}">{}"#, escape(&intervention.recognition_text));
    if let Some(note) = &intervention.note {
        let _ = write!(out, r#"<p class="small">{}</p>"#, escape(note));
    }
    let _ = write!(out, r#"</td><td role="cell" data-label="{level}">"#);
    level_codes(out, &intervention.levels);
    out.push_str("</td></tr>");
}

/// Prevention level codes, each with its meaning on hover and for screen readers.
pub fn level_codes(out: &mut String, levels: &[Level]) {
    for (index, level) in levels.iter().enumerate() {
        if index > 0 {
            out.push_str(" / ");
        }
        let _ = write!(
            out,
            r#"<abbr title="{label}">{code}</abbr><span class="visually-hidden"> ({label})</span>"#,
            label = level.label(),
            code = level.code()
        );
    }
}

/// The legend under every intervention table, each code linking to its section.
pub fn level_legend(out: &mut String) {
    out.push_str(r#"<ul class="legend" aria-label="Niveaus van preventie">"#);
    for level in Level::ALL {
        let _ = write!(
            out,
            r#"<li><a href="{}"><abbr title="{label}">{code}</abbr></a> = {label}</li>"#,
            dossier_href(level.section()),
            label = level.label(),
            code = level.code()
        );
    }
    out.push_str("</ul>");
}

/// The three pillars of 6.3 and the sections that describe them.
const PILLARS: [&str; 3] = ["6-3-1-vraagbeperking", "6-3-2-aanbodbeperking", "6-3-3-harm-reduction"];

/// The four steps of the cycle in 6.4.
const STEPS: [&str; 4] = ["6-4-stap-1-agendasetting", "6-4-stap-2-mobilisatie", "6-4-stap-3-maak-een-plan", "6-4-stap-4-evaluatie"];

/// A heading's title from the dossier, so the drawings never restate it.
fn title_of(id: &str) -> String {
    content::dossier().anchor(id).map(|a| a.label.clone()).unwrap_or_default()
}

/// Figuur 3: "samenhangend drugsbeleid" resting on three pillars, each with
/// its domain, from the titles of 6.3.1-6.3.3 ("Vraagbeperking: domein volksgezondheid en zorg").
fn pillars(out: &mut String) {
    out.push_str(r#"<div class="pillars"><p class="pillars__roof">Samenhangend drugsbeleid</p><ul class="pillars__list" aria-label="Pijlers">"#);
    for id in PILLARS {
        let title = title_of(id);
        let text = title.split_once(' ').map_or(title.as_str(), |(_, rest)| rest);
        let (name, domain) = text.split_once(": ").unwrap_or((text, ""));
        let _ = write!(
            out,
            r#"<li class="pillar"><a class="pillar__name" href="{}">{}</a><span class="pillar__domain">{}</span></li>"#,
            dossier_href(id),
            escape(name),
            escape(domain)
        );
    }
    out.push_str("</ul></div>");
}

/// Figuur 4: the four steps of 6.4, one after the other, and again.
fn cycle(out: &mut String) {
    out.push_str(r#"<div class="cycle"><ol class="cycle__steps">"#);
    for id in STEPS {
        let _ = write!(out, r#"<li class="cycle__step"><a href="{}">{}</a></li>"#, dossier_href(id), escape(&title_of(id)));
    }
    out.push_str(r#"</ol><p class="cycle__again">De stappen vormen een cyclus: na stap 4 volgt weer stap 1.</p></div>"#);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chapter(number: &str) -> &'static Chapter<'static> {
        content::dossier().chapters.iter().find(|c| c.number == number).expect("chapter")
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape(r#"<script>"a" & 'b'</script>"#), "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
    }

    #[test]
    fn every_anchor_of_a_chapter_is_an_element_id_on_its_page() {
        let dossier = content::dossier();
        for (index, chapter) in dossier.chapters.iter().enumerate() {
            let html = chapter_body(chapter);
            for anchor in dossier.anchors().filter(|a| a.chapter == index && a.id != chapter.id && !a.id.starts_with("deel-")) {
                assert!(html.contains(&format!(r#"id="{}""#, anchor.id)), "{} has no element on its page", anchor.id);
            }
        }
    }

    #[test]
    fn intervention_tables_are_real_tables_with_caption_headers_and_legend() {
        let html = chapter_body(chapter("5"));
        let tabel_2 = &html[html.find(r#"id="tabel-2""#).unwrap()..];
        let tabel_2 = &tabel_2[..tabel_2.find("</table>").unwrap()];
        assert!(tabel_2.contains("<caption>Tabel 2: Erkende en niet-erkende interventies voor de gezinssetting in Nederland</caption>"));
        assert_eq!(tabel_2.matches(r#"<th scope="col""#).count(), 5);
        assert_eq!(tabel_2.matches(r#"<th scope="row""#).count(), 10);
        assert!(tabel_2.contains(r#"<a href="/interventies/triple-p">Triple P</a>"#));
        assert_eq!(html.matches(r#"class="legend""#).count(), 6, "one legend per intervention table");
        assert!(html.contains(r#"<abbr title="harm-reduction">HR</abbr>"#));
    }

    #[test]
    fn external_links_open_safely_and_say_so() {
        let html = chapter_body(chapter("2"));
        assert!(html.contains(
            r#"<a class="external" href="https://wetten.overheid.nl/BWBR0001941/2021-07-01" target="_blank" rel="noopener noreferrer">Opiumwet<span class="visually-hidden"> (externe website"#
        ));
        assert!(!html.contains(r#"target="_blank">"#), "every new-window link has rel=noopener");
    }

    #[test]
    fn footnotes_link_both_ways() {
        let html = chapter_body(chapter("6"));
        assert!(html.contains(r##"href="/dossier/6-aan-de-slag#voetnoot-1" id="voetnoot-verwijzing-1""##));
        assert!(html.contains(r#"<li id="voetnoot-1" value="1""#));
        assert!(html.contains(r##"href="/dossier/6-aan-de-slag#voetnoot-verwijzing-2""##));
    }

    #[test]
    fn figures_3_and_4_are_drawn_from_the_section_titles() {
        let html = chapter_body(chapter("6"));
        assert!(html.contains(r#"<a class="pillar__name" href="/dossier/6-3-2-aanbodbeperking">Aanbodbeperking</a><span class="pillar__domain">domein veiligheid</span>"#));
        assert_eq!(html.matches(r#"class="cycle__step""#).count(), 4);
        assert!(html.contains(">Stap 2 Mobilisatie</a>"));
        let figure_1 = chapter_body(chapter("4"));
        assert!(figure_1.contains("Figuur 1: Risico- en beschermende factoren op verschillende niveaus"));
        assert!(figure_1.contains("figure__missing"));
    }

    #[test]
    fn every_heading_has_a_link_to_its_own_url() {
        let html = chapter_body(chapter("5"));
        assert!(html.contains(r#"<h2 id="5-3-voortgezet-onderwijs" tabindex="-1">5.3 Setting: Voortgezet onderwijs</h2><a class="heading-anchor no-print" href="/dossier/5-3-voortgezet-onderwijs""#));
        let headings = ["<h2 id=", "<h3 id=", "<h4 id="].iter().map(|h| html.matches(h).count()).sum::<usize>();
        assert_eq!(headings, html.matches("heading-anchor").count());
    }
}
