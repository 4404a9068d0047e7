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
fn every_word_must_match_and_words_together_rank_first() {
    let results = search_index().search("peer educatie uitgaan", 20);
    assert!(!results.hits.is_empty());
    for hit in &results.hits {
        let text = format!("{} {} {}", hit.document.title, hit.document.context, hit.document.text).to_lowercase();
        for word in ["peer", "educatie", "uitga"] {
            assert!(text.contains(word), "{} lacks {word}", href(&hit.document.place));
        }
    }
    let together = search_index().search("sociale norm", 5);
    assert!(together.hits[0].snippet.iter().any(|s| s.hit && s.text.to_lowercase() == "sociale"));
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
        assert!(
            results.hits.iter().any(|h| href(&h.document.place) == format!("/interventies/{}", intervention.id)),
            "{} not in the top 3",
            intervention.name
        );
    }
}

#[test]
fn no_match_suggests_close_words() {
    let results = search_index().search("cocaiene", 10);
    assert!(results.hits.is_empty());
    assert_eq!(results.suggestions.len(), 1);
    assert!(results.suggestions[0].1.contains(&"cocaïne".to_owned()), "{:?}", results.suggestions);
    let nothing = search_index().search("xyzzyq", 10);
    assert!(nothing.hits.is_empty());
    assert_eq!(nothing.suggestions, vec![("xyzzyq".to_owned(), vec![])]);
}

#[test]
fn empty_and_odd_queries_are_harmless() {
    for query in ["", "   ", "!!!", "<script>", "a", "\u{0}", "é"] {
        let _ = search_index().search(query, 10);
    }
    assert!(search_index().search("  ", 10).hits.is_empty());
}
