//! The dossier reader: the table of contents and one page per chapter, with
//! a stable URL for every section (`/dossier/<id>`).

pub mod render;

pub use render::dossier_href;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::content;
use crate::domain::dossier::{numbered, Block, Chapter, Heading};
use crate::ui::pages::NotFound;
use crate::ui::title::use_title;
use crate::ui::routes::{href, Place};
use crate::ui::widgets::{Breadcrumbs, Crumb};

/// The numbered headings of a chapter, down to `max_level`.
fn headings(chapter: &'static Chapter<'static>, max_level: u8) -> impl Iterator<Item = &'static Heading<'static>> {
    chapter.blocks.iter().filter_map(move |block| match block {
        Block::Heading(h) if h.level <= max_level => Some(h),
        _ => None,
    })
}

fn chapter_title(chapter: &Chapter<'_>) -> String {
    numbered(chapter.number, chapter.title)
}

/// `/dossier`: the table of contents, by part and chapter, with every section.
#[component]
pub fn DossierIndex() -> impl IntoView {
    use_title(|| "Dossier".to_owned());
    let dossier = content::dossier();
    let chapter_entry = |chapter: &'static Chapter<'static>| {
        let sections = headings(chapter, 3)
            .filter(|h| !h.number.is_empty() || h.level == 2)
            .map(|h| {
                view! { <li class=format!("toc__level-{}", h.level)><A href=dossier_href(h.id)>{h.full_title()}</A></li> }
            })
            .collect_view();
        view! {
            <li class="toc__chapter">
                <A href=dossier_href(chapter.id) attr:class="toc__chapter-link">{chapter_title(chapter)}</A>
                <ul class="toc__sections">{sections}</ul>
            </li>
        }
    };
    let loose = dossier.chapters.iter().filter(|c| c.part.is_none()).map(chapter_entry).collect_view();
    let parts = dossier
        .parts
        .iter()
        .enumerate()
        .map(|(index, part)| {
            let chapters = dossier.chapters.iter().filter(|c| c.part == Some(index)).map(chapter_entry).collect_view();
            view! {
                <section class="toc__part" aria-labelledby=part.id>
                    <h2 id=part.id>{part.title}</h2>
                    <ul class="toc__chapters">{chapters}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="page dossier-index">
            <h1>"Dossier"</h1>
            <p class="lead">
                "Het " <cite>"Wat werkt dossier drugs"</cite> " van het Trimbos-instituut en het RIVM, in drie delen. "
                "Kies een hoofdstuk of ga direct naar een paragraaf."
            </p>
            <nav aria-label="Inhoudsopgave" class="toc">
                <ul class="toc__chapters">{loose}</ul>
                {parts}
            </nav>
        </div>
    }
}

/// `/dossier/<id>`: the chapter holding the place `id` names (a chapter,
/// section, box, table, figure or item), scrolled to that place.
#[component]
pub fn DossierPage() -> impl IntoView {
    let params = use_params_map();
    let target = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let chapter_index = Memo::new(move |_| content::dossier().anchor(&target.get()).map(|a| a.chapter));
    use_title(move || {
        let dossier = content::dossier();
        match dossier.anchor(&target.get()) {
            None => "Pagina niet gevonden".to_owned(),
            Some(anchor) => {
                let chapter = chapter_title(&dossier.chapters[anchor.chapter]);
                let section = dossier.anchor(anchor.section).map(|s| s.label.clone()).unwrap_or_default();
                if section == chapter { format!("{chapter} - Dossier") } else { format!("{section} - {chapter} - Dossier") }
            }
        }
    });
    move || match chapter_index.get() {
        Some(index) => view! { <ChapterView index /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// One chapter: breadcrumbs, contents, text, footnotes, previous and next.
#[component]
fn ChapterView(index: usize) -> impl IntoView {
    let dossier = content::dossier();
    let chapter = &dossier.chapters[index];
    let part = chapter.part.map(|p| &dossier.parts[p]);
    let sections: Vec<&'static Heading<'static>> = headings(chapter, 2).collect();
    let in_this_chapter = (sections.len() >= 2).then(move || {
        let items = sections
            .into_iter()
            .map(|h| view! { <li><A href=dossier_href(h.id)>{h.full_title()}</A></li> })
            .collect_view();
        view! {
            <nav class="in-chapter no-print" aria-labelledby="in-dit-hoofdstuk">
                <h2 id="in-dit-hoofdstuk" class="in-chapter__title">"In dit hoofdstuk"</h2>
                <ul>{items}</ul>
            </nav>
        }
    });
    let previous = index.checked_sub(1).map(|i| &dossier.chapters[i]);
    let next = dossier.chapters.get(index + 1);
    let pager_link = |chapter: Option<&'static Chapter<'static>>, label: &'static str, class: &'static str| {
        chapter.map(|c| {
            view! {
                <A href=dossier_href(c.id) attr:class=class>
                    <span class="pager__label">{label}</span>
                    <span class="pager__title">{chapter_title(c)}</span>
                </A>
            }
        })
    };
    view! {
        <article class="page chapter prose-wide">
            <Breadcrumbs>
                <Crumb href=href(&Place::Home)>"Home"</Crumb>
                <Crumb href=href(&Place::DossierIndex)>"Dossier"</Crumb>
                {part.map(|p| view! { <Crumb href=href(&Place::DossierPart(p.id.to_owned()))>{p.title}</Crumb> })}
            </Breadcrumbs>
            <p class="chapter__source">
                <cite>"Wat werkt dossier drugs"</cite> {part.map(|p| format!(", {}", p.title))}
            </p>
            <h1 id=chapter.id>{chapter_title(chapter)}</h1>
            {in_this_chapter}
            <div class="chapter__body" inner_html=render::chapter_body(chapter)></div>
            <nav class="pager no-print" aria-label="Vorig en volgend hoofdstuk">
                {pager_link(previous, "Vorig hoofdstuk", "pager__previous")}
                {pager_link(next, "Volgend hoofdstuk", "pager__next")}
            </nav>
        </article>
    }
}
