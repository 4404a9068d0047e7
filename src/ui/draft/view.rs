//! The root of the pages that only show a draft (the advice): it reads what
//! they show of it (`ShownData`), again when another tab changes it, and
//! never writes. The advice's bundle so carries neither the saving session
//! nor the reader of the whole plan.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

use super::session::{DraftView, Unreadable};
use crate::browser::drafts::{key_of, Stored};
use crate::domain::draft::{read_as_far_as_known, DraftData, Envelope, ShownData};
use crate::ui::drafts::{use_drafts, Drafts, MemoryOnlyNotice};
use crate::ui::pages::NotFound;

/// What is stored under `id`, as far as the pages below read it.
enum Shown {
    Draft(Envelope<DraftData>),
    Unreadable,
    Missing,
}

fn load(drafts: Drafts, id: &str) -> Shown {
    let envelope = match drafts.load::<ShownData>(id) {
        Some(Stored::Draft(envelope)) => envelope,
        Some(Stored::Newer { raw, .. }) => match read_as_far_as_known::<ShownData>(&raw) {
            Some(envelope) => envelope,
            None => return Shown::Missing,
        },
        Some(Stored::Unreadable { .. }) => return Shown::Unreadable,
        None => return Shown::Missing,
    };
    Shown::Draft(envelope.map_data(DraftData::from))
}

/// `/plannen/<id>` for the pages that only show the draft.
#[component]
pub fn DraftViewRoot() -> impl IntoView {
    let params = use_params_map();
    let drafts = use_drafts();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || match load(drafts, &id.get()) {
        Shown::Draft(envelope) => view! { <Shown envelope /> }.into_any(),
        Shown::Unreadable => view! { <Unreadable /> }.into_any(),
        Shown::Missing => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn Shown(envelope: Envelope<DraftData>) -> impl IntoView {
    let drafts = use_drafts();
    let draft = RwSignal::new(envelope);
    provide_context(DraftView { draft: draft.read_only() });
    // Another tab changed this draft: show its version.
    Effect::new(move |_| {
        let Some(key) = drafts.external_change.get() else { return };
        let id = draft.with_untracked(|d| d.id.clone());
        if key.is_empty() || key == key_of(&id) {
            if let Shown::Draft(stored) = load(drafts, &id) {
                draft.set(stored);
            }
        }
    });
    view! {
        <div class="draft-flow">
            <MemoryOnlyNotice />
            <Outlet />
        </div>
    }
}
