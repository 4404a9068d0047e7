//! Search over the real corpus: the behaviours users rely on.

use super::search_index;
use crate::domain::search::{DocKind, Results};
use crate::ui::routes::href;

fn hrefs(results: &Results<'_>) -> Vec<String> {
    results.hits.iter().map(|h| href(&h.document.place)).collect()
}

fn highlighted(results: &Results<'_>) -> Vec<String> {
    results.hits.iter().flat_map(|h| h.snippet.iter().chain(&h.title)).filter(|s| s.hit).map(|s| s.text.to_lowercase()).collect()
}

#[test]
fn diacritics_and_case_do_not_matter() {
    let results = search_index().search("cocaine", 50);
    assert!(!results.hits.is_empty());
    assert!(highlighted(&results).iter().any(|w| w.starts_with("cocaïne")), "{:?}", highlighted(&results));
    assert!(hrefs(&results).contains(&"/dossier/5-verder-lezen".to_owned()), "{:?}", hrefs(&results));
    let upper = search_index().search("COCAÏNE", 50);
    assert_eq!(hrefs(&upper), hrefs(&results));
    let indicated = search_index().search("geindiceerd", 50);
    assert!(highlighted(&indicated).iter().any(|w| w == "geïndiceerde"), "{:?}", highlighted(&indicated));
}

#[test]
fn word_prefixes_and_dutch_word_forms_match() {
    let prefix = search_index().search("preven", 200);
    assert!(highlighted(&prefix).iter().any(|w| w == "preventie"));
    let parents = search_index().search("ouder", 200);
    assert!(highlighted(&parents).iter().any(|w| w == "ouders"));
    let plural = search_index().search("interventies", 200);
    assert!(highlighted(&plural).iter().any(|w| w == "interventie"), "the stem finds the singular");
}

#[test]
fn more_meaningful_words_rank_higher_and_a_missing_one_does_not_hide_a_page() {
    let results = search_index().search("peer educatie uitgaan", 20);
    let first = &results.hits[0].document;
    let text = format!("{} {} {}", first.title, first.context, first.text).to_lowercase();
    for word in ["peer", "educatie", "uitga"] {
        assert!(text.contains(word), "{} lacks {word}", href(&first.place));
    }
    // No page has "xyzzyq"; the pages with the other words are still found.
    let with_noise = search_index().search("moti-4 xyzzyq", 5);
    assert_eq!(with_noise.hits.first().map(|h| href(&h.document.place)).as_deref(), Some("/interventies/moti-4"));
    let together = search_index().search("sociale norm", 5);
    assert!(together.hits[0].snippet.iter().any(|s| s.hit && s.text.to_lowercase() == "sociale"));
}

#[test]
fn stop_words_do_not_count() {
    let with = search_index().search("de preventie van het lachgas", 10);
    let without = search_index().search("preventie lachgas", 10);
    assert_eq!(hrefs(&with), hrefs(&without));
    assert!(!search_index().search("wat", 5).hits.is_empty(), "a query of stop words only still searches them");
}

#[test]
fn compound_words_find_their_parts_and_the_reverse() {
    let dims = search_index().search("drugstest", 10);
    assert!(hrefs(&dims).contains(&"/dossier/hr-dims-testservices".to_owned()) || hrefs(&dims).contains(&"/dossier/6-3-3-harm-reduction".to_owned()), "{:?}", hrefs(&dims));
    let addiction = search_index().search("verslaving", 200);
    assert!(highlighted(&addiction).iter().any(|w| w == "verslavingsproblemen"), "{:?}", highlighted(&addiction));
}

#[test]
fn results_are_grouped_per_section_and_counted_per_kind() {
    let results = search_index().search("wat werkt niet", 30);
    let mut sections = std::collections::BTreeSet::new();
    for hit in &results.hits {
        assert!(sections.insert(hit.document.context.clone() + &hit.document.title) || hit.document.kind != DocKind::Dossier);
    }
    let festival = search_index().search("festival", 200);
    let listed = |kind| festival.hits.iter().filter(|h| h.document.kind == kind).count();
    assert_eq!(festival.counts, [listed(DocKind::Dossier), listed(DocKind::Intervention), listed(DocKind::Programme)]);
    assert!(festival.counts.iter().all(|&c| c > 0), "{:?}", festival.counts);
    let records = search_index().search_kind("festival", Some(DocKind::Intervention), 200);
    assert_eq!(records.counts, festival.counts, "counts are of every kind");
    assert!(records.hits.iter().all(|h| h.document.kind == DocKind::Intervention));
    assert_eq!(records.hits.len(), festival.counts[1]);
}

#[test]
fn an_exact_title_ranks_first() {
    for (query, address) in [
        ("Moti-4", "/interventies/moti-4"),
        ("RedAlertApp", "/interventies/redalertapp"),
        ("Selectieve preventie", "/dossier/4-4-2-selectieve-preventie"),
        ("Kwetsbare groepen", "/dossier/4-2-1-kwetsbare-groepen"),
        ("Helder op School", "/interventies/helder-op-school"),
    ] {
        let results = search_index().search(query, 5);
        assert_eq!(results.hits.first().map(|h| href(&h.document.place)).as_deref(), Some(address), "{query}");
    }
}

#[test]
fn results_link_to_the_exact_section_with_its_title() {
    let results = search_index().search("afstandscriterium", 5);
    let hit = &results.hits[0];
    assert_eq!(href(&hit.document.place), "/dossier/4-4-1-universele-preventie");
    assert_eq!(hit.document.kind, DocKind::Dossier);
    assert_eq!(hit.document.title, "4.4.1 Universele preventie");
    assert!(hit.snippet.iter().any(|s| s.hit && s.text == "afstandscriterium"));
}

#[test]
fn every_intervention_is_findable_by_name() {
    for intervention in super::interventions() {
        let results = search_index().search(&intervention.name, 3);
        // A programme that is also this intervention may lead, with it under "Ook hier".
        let shown: Vec<String> = results.hits.iter().flat_map(|h| std::iter::once(h.document).chain(h.also.iter().copied())).map(|d| href(&d.place)).collect();
        assert!(
            shown.contains(&format!("/interventies/{}", intervention.id)),
            "{} not in the top 3",
            intervention.name
        );
    }
}

#[test]
fn misspelt_words_are_corrected_from_the_index() {
    let results = search_index().search("cocaiene", 10);
    assert_eq!(results.correction.as_deref(), Some("cocaïne"));
    assert!(highlighted(&results).iter().any(|w| w == "cocaïne"));
    let festival = search_index().search("xtc festval", 10);
    assert_eq!(festival.correction.as_deref(), Some("xtc festival"));
    let nothing = search_index().search("xyzzyq", 10);
    assert!(nothing.hits.is_empty() && nothing.correction.is_none());
    assert!(search_index().search("cocaine", 10).correction.is_none(), "known words are not corrected");
}

#[test]
fn empty_and_odd_queries_are_harmless() {
    for query in ["", "   ", "!!!", "<script>", "a", "\u{0}", "é"] {
        let _ = search_index().search(query, 10);
    }
    assert!(search_index().search("  ", 10).hits.is_empty());
}
