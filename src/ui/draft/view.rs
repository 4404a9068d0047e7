//! The root of the pages that only show a draft (the advice): it reads what
//! they show of it (`ShownData`), again when another tab changes it, and
//! never writes. The advice's bundle so carries neither the saving session
//! nor the reader of the whole plan.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

use super::session::{open, DraftView, Opened, Unreadable};
use crate::browser::drafts::key_of;
use crate::domain::draft::{DraftData, Envelope, ShownData};
use crate::ui::drafts::{use_drafts, Drafts, MemoryOnlyNotice};
use crate::ui::pages::NotFound;

/// What the pages below show of the draft stored under `id`: the draft as
/// far as it was read (`From<ShownData>`).
fn shown(drafts: Drafts, id: &str) -> Opened<DraftData> {
    open::<ShownData>(drafts, id).map_data(DraftData::from)
}

/// `/plannen/<id>` for the pages that only show the draft.
#[component]
pub fn DraftViewRoot() -> impl IntoView {
    let params = use_params_map();
    let drafts = use_drafts();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || match shown(drafts, &id.get()) {
        Opened::Draft(envelope, _) => view! { <Shown envelope /> }.into_any(),
        Opened::Unreadable => view! { <Unreadable /> }.into_any(),
        Opened::Missing => view! { <NotFound /> }.into_any(),
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
            if let Opened::Draft(stored, _) = shown(drafts, &id) {
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
