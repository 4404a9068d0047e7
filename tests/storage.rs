//! The draft store against the real localStorage of headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test storage`).
#![cfg(target_arch = "wasm32")]

use serde::{Deserialize, Serialize};
use wasm_bindgen_test::*;
use wat_werkt_drugs::domain::draft::{Envelope, Kinship};
use wat_werkt_drugs::browser::drafts::{key_of, DraftStore, SaveError, Stored};

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
struct Data {
    text: String,
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh(id: &str) -> Envelope<Data> {
    let _ = local_storage().remove_item(&key_of(id));
    Envelope::new(id.into(), format!("Plan {id}"), 1000, Data { text: "eerste versie".into() })
}

#[wasm_bindgen_test]
fn a_saved_draft_loads_back_with_a_new_revision() {
    let store = DraftStore::open();
    assert!(store.is_persistent());
    let mut draft = fresh("round-trip");
    store.save(&mut draft, 2000).unwrap();
    assert_eq!((draft.revision, draft.updated), (1, 2000));
    match store.load::<Data>("round-trip") {
        Some(Stored::Draft(loaded)) => assert_eq!(loaded, draft),
        other => panic!("expected the draft, got {other:?}"),
    }
    store.delete("round-trip").unwrap();
    assert!(store.load::<Data>("round-trip").is_none());
}

#[wasm_bindgen_test]
fn a_change_from_another_tab_is_detected_not_overwritten() {
    let store = DraftStore::open();
    let mut mine = fresh("two-tabs");
    store.save(&mut mine, 1).unwrap();
    // The other tab loads the same draft and saves first.
    let mut theirs = mine.clone();
    theirs.data.text = "uit het andere tabblad".into();
    store.save(&mut theirs, 2).unwrap();
    mine.data.text = "uit dit tabblad".into();
    assert_eq!(store.save(&mut mine, 3), Err(SaveError::Conflict(2)));
    assert_eq!(mine.revision, 1, "a refused save leaves the revision as it was");
    let Some(Stored::Draft(stored)) = store.load::<Data>("two-tabs") else { panic!() };
    assert_eq!(stored.data.text, "uit het andere tabblad");
    // The user chooses to keep this copy.
    store.overwrite(&mut mine, 4).unwrap();
    let Some(Stored::Draft(stored)) = store.load::<Data>("two-tabs") else { panic!() };
    assert_eq!((stored.data.text.as_str(), stored.revision), ("uit dit tabblad", 3));
    store.delete("two-tabs").unwrap();
}

#[wasm_bindgen_test]
fn a_rival_saved_at_the_same_moment_is_detected_not_overwritten() {
    let store = DraftStore::open();
    let mut base = fresh("rivals");
    store.save(&mut base, 1).unwrap();
    // Two tabs save the same version at once: each finds the version it
    // builds on and writes the next revision; the other tab's lands last.
    let mut mine = base.clone();
    mine.data.text = "uit dit tabblad".into();
    store.save(&mut mine, 2).unwrap();
    let mut theirs = base.clone();
    theirs.data.text = "uit het andere tabblad".into();
    theirs.mark_saved("andere".into(), 2);
    local_storage().set_item(&key_of("rivals"), &serde_json::to_string(&theirs).unwrap()).unwrap();
    assert_eq!(mine.revision, theirs.revision, "a revision alone cannot tell them apart");
    mine.data.text = "verder in dit tabblad".into();
    assert_eq!(store.save(&mut mine, 3), Err(SaveError::Conflict(2)));
    let Some(Stored::Draft(stored)) = store.load::<Data>("rivals") else { panic!() };
    assert_eq!(stored.data.text, "uit het andere tabblad");
    // Keeping this copy saves it on top of theirs.
    store.overwrite(&mut mine, 4).unwrap();
    assert_eq!(theirs.kinship_of(&mine), Kinship::Descendant);
    store.delete("rivals").unwrap();
}

#[wasm_bindgen_test]
fn unreadable_and_newer_data_are_listed_and_never_overwritten() {
    let store = DraftStore::open();
    local_storage().set_item(&key_of("kapot"), "{\"format\":\"wat-werkt-drugs/concept\",\"format_ver").unwrap();
    local_storage()
        .set_item(&key_of("nieuwer"), r#"{"format":"wat-werkt-drugs/concept","format_version":99,"data":{}}"#)
        .unwrap();
    let mut good = fresh("goed");
    store.save(&mut good, 5).unwrap();
    let listed = store.list::<Data>();
    assert!(listed.iter().any(|s| matches!(s, Stored::Draft(d) if d.id == "goed")), "other drafts still load");
    assert!(listed.iter().any(|s| matches!(s, Stored::Unreadable { key, raw, .. } if key.ends_with("kapot") && raw.ends_with("format_ver"))));
    assert!(listed.iter().any(|s| matches!(s, Stored::Newer { version: 99, .. })));
    let mut clash = fresh("kapot");
    local_storage().set_item(&key_of("kapot"), "{broken").unwrap();
    assert_eq!(store.save(&mut clash, 6), Err(SaveError::Protected));
    assert_eq!(store.overwrite(&mut clash, 6), Err(SaveError::Protected));
    assert_eq!(local_storage().get_item(&key_of("kapot")).unwrap().as_deref(), Some("{broken"));
    for id in ["kapot", "nieuwer", "goed"] {
        let _ = local_storage().remove_item(&key_of(id));
    }
}

#[wasm_bindgen_test]
fn a_full_storage_keeps_the_last_good_copy() {
    let store = DraftStore::open();
    let mut draft = fresh("vol");
    store.save(&mut draft, 1).unwrap();
    // Fill localStorage up to its quota.
    let storage = local_storage();
    let chunk = "x".repeat(512 * 1024);
    let mut filler = 0;
    while storage.set_item(&format!("vulling-{filler}"), &chunk).is_ok() {
        filler += 1;
        assert!(filler < 200, "storage never filled up");
    }
    draft.data.text = "x".repeat(1024 * 1024);
    let result = store.save(&mut draft, 2);
    for i in 0..=filler {
        let _ = storage.remove_item(&format!("vulling-{i}"));
    }
    assert_eq!(result, Err(SaveError::Quota));
    assert_eq!(draft.revision, 1);
    let Some(Stored::Draft(stored)) = store.load::<Data>("vol") else { panic!() };
    assert_eq!(stored.data.text, "eerste versie", "the last good copy stays");
    store.delete("vol").unwrap();
}

#[wasm_bindgen_test]
fn the_window_store_works_without_storage_and_lasts_as_long_as_the_window() {
    let window = web_sys::window().unwrap();
    let name_before = window.name().unwrap();
    let store = DraftStore::in_this_window();
    assert!(!store.is_persistent());
    let mut draft = Envelope::new("m".into(), "In het geheugen".into(), 1, Data::default());
    store.save(&mut draft, 2).unwrap();
    assert_eq!(store.list::<Data>().len(), 1);
    assert!(local_storage().get_item(&key_of("m")).unwrap().is_none(), "nothing reaches localStorage");

    let next_page = DraftStore::in_this_window();
    let Some(Stored::Draft(found)) = next_page.load::<Data>("m") else { panic!("the next page in the window finds the draft") };
    assert_eq!(found.name, "In het geheugen");
    next_page.delete("m").unwrap();
    assert!(DraftStore::in_this_window().list::<Data>().is_empty(), "a deleted draft is gone for the next page too");

    window.set_name("iets anders").unwrap();
    assert!(DraftStore::in_this_window().list::<Data>().is_empty(), "a name the app did not write holds no drafts");
    window.set_name(&name_before).unwrap();
}
