//! The open draft: loaded once at the flow's root (`/plannen/<id>/...`),
//! read and changed by every page below it, saved by one effect.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::use_params_map;
use serde::de::DeserializeOwned;

use crate::content;
use crate::domain::advisor::{advise, Advice};
use crate::domain::draft::{read_as_far_as_known, DraftData, Envelope, Kinship};
use crate::browser::drafts::{key_of, local, now, SaveError, Stored};
use crate::domain::draft::format_date_time;
use crate::ui::drafts::{display_name, use_drafts, Drafts, MemoryOnlyNotice};
use crate::ui::pages::NotFound;
use crate::ui::widgets::{Breadcrumbs, Crumb};
use crate::ui::routes::{href, DraftPage, Place};

/// How long after the last change the draft is saved.
const SAVE_DELAY: Duration = Duration::from_millis(300);

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// Not yet written (a change within the last moment).
    Pending,
    /// The browser keeps nothing: only in this window.
    MemoryOnly,
    Failed(SaveError),
    /// Another tab saved a newer version; the user chooses.
    Conflict,
    /// Written by a newer app version: shown, never saved.
    ReadOnly,
}

/// The open draft, for every page of the flow. Copy: handles.
#[derive(Clone, Copy)]
pub struct Session {
    pub draft: RwSignal<Envelope<DraftData>>,
    pub status: RwSignal<SaveStatus>,
    /// The data as last saved (or loaded): a change is a difference from it.
    saved: StoredValue<DraftData>,
    drafts: Drafts,
    read_only: bool,
}

impl Session {
    /// Changes the draft's data; saving follows on its own.
    pub fn update(&self, change: impl FnOnce(&mut DraftData)) {
        if !self.read_only {
            self.draft.update(|envelope| change(&mut envelope.data));
        }
    }

    pub fn id(&self) -> String {
        self.draft.with_untracked(|d| d.id.clone())
    }

    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// The address of one of this draft's pages.
    pub fn href(&self, page: DraftPage) -> String {
        href(&Place::Draft { id: self.id(), page })
    }

    fn dirty(&self) -> bool {
        self.saved.with_value(|saved| self.draft.with_untracked(|d| &d.data != saved))
    }

    /// Unsaved changes to the user's content (not just where they are).
    fn unsaved_content(&self) -> bool {
        self.saved.with_value(|saved| self.draft.with_untracked(|d| !d.data.same_content(saved)))
    }

    /// Meets the version another tab stored. One saved on top of this
    /// window's is taken: silently when this window changed nothing but its
    /// place in the questionnaire (which it keeps), else the user chooses.
    /// One saved beside it (both tabs saved at once) always asks: this
    /// window's last save was overwritten. Returns whether it was taken.
    fn meet(&self, stored: Envelope<DraftData>) -> bool {
        match self.draft.with_untracked(|ours| ours.kinship_of(&stored)) {
            Kinship::Same => false,
            Kinship::Descendant if !self.unsaved_content() => {
                let ours = self.draft.get_untracked().data;
                self.saved.set_value(stored.data.clone());
                let mut merged = stored;
                merged.data = DraftData::with_place_of(merged.data, &ours);
                self.draft.set(merged);
                self.status.set(SaveStatus::Saved);
                true
            }
            Kinship::Descendant | Kinship::Rival => {
                self.status.set(SaveStatus::Conflict);
                false
            }
        }
    }

    /// Writes the draft now if it changed; keeps it in memory on failure.
    pub fn save_now(&self) {
        if self.read_only || !self.dirty() || self.status.get_untracked() == SaveStatus::Conflict {
            return;
        }
        let mut envelope = self.draft.get_untracked();
        envelope.name = display_name(&envelope);
        if self.unsaved_content() {
            envelope.record_change(now());
        }
        match self.drafts.save(&mut envelope) {
            Ok(()) => {
                self.saved.set_value(envelope.data.clone());
                self.draft.update_untracked(|d| {
                    (d.revision, d.lineage) = (envelope.revision, envelope.lineage);
                    d.updated = envelope.updated;
                    d.name = envelope.name;
                    (d.changed, d.unexported_since) = (envelope.changed, envelope.unexported_since);
                });
                self.status.set(if self.drafts.persistent { SaveStatus::Saved } else { SaveStatus::MemoryOnly });
            }
            Err(SaveError::Conflict(_)) => {
                if let Some(Stored::Draft(stored)) = self.drafts.load(&self.id()) {
                    if self.meet(stored) {
                        // Only our place differed: save it on top of theirs.
                        self.save_now();
                    }
                } else {
                    self.status.set(SaveStatus::Conflict);
                }
            }
            Err(error) => self.status.set(SaveStatus::Failed(error)),
        }
    }

    /// Replaces this window's copy with the stored one (from another tab).
    fn load_stored(&self, envelope: Envelope<DraftData>) {
        self.saved.set_value(envelope.data.clone());
        self.draft.set(envelope);
        self.status.set(SaveStatus::Saved);
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// The open draft as a page below its root reads it. Both roots provide it:
/// the one that saves (`DraftRoot`, with the `Session`) and the one that
/// only shows (`view::DraftViewRoot`, for the advice).
#[derive(Clone, Copy)]
pub struct DraftView {
    pub draft: ReadSignal<Envelope<DraftData>>,
}

impl DraftView {
    /// The address of one of this draft's pages.
    pub fn href(&self, page: DraftPage) -> String {
        href(&Place::Draft { id: self.draft.with_untracked(|d| d.id.clone()), page })
    }
}

pub fn use_draft_view() -> DraftView {
    expect_context::<DraftView>()
}

/// What is stored under a draft's id, as a root opens it.
pub(super) enum Opened<D> {
    /// Readable; `true` when a newer version wrote it (shown, never saved).
    Draft(Envelope<D>, bool),
    Unreadable,
    Missing,
}

impl<D> Opened<D> {
    /// The same, with the draft's data changed.
    pub(super) fn map_data<E>(self, change: impl FnOnce(D) -> E) -> Opened<E> {
        match self {
            Opened::Draft(envelope, newer) => Opened::Draft(envelope.map_data(change), newer),
            Opened::Unreadable => Opened::Unreadable,
            Opened::Missing => Opened::Missing,
        }
    }
}

/// Opens the draft stored under `id`, read as `D`: a newer version's as far
/// as this version knows it.
pub(super) fn open<D: DeserializeOwned + Default>(drafts: Drafts, id: &str) -> Opened<D> {
    match drafts.load::<D>(id) {
        Some(Stored::Draft(envelope)) => Opened::Draft(envelope, false),
        Some(Stored::Newer { raw, .. }) => read_as_far_as_known(&raw).map_or(Opened::Missing, |envelope| Opened::Draft(envelope, true)),
        Some(Stored::Unreadable { .. }) => Opened::Unreadable,
        None => Opened::Missing,
    }
}

/// `/plannen/<id>`: loads the draft and provides the session to the pages below.
#[component]
pub fn DraftRoot() -> impl IntoView {
    let params = use_params_map();
    let drafts = use_drafts();
    // The flow's pages live below this component; it loads again only for another id.
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || match open::<DraftData>(drafts, &id.get()) {
        Opened::Draft(envelope, read_only) => view! { <OpenDraft envelope read_only /> }.into_any(),
        Opened::Unreadable => view! { <Unreadable /> }.into_any(),
        Opened::Missing => view! { <NotFound /> }.into_any(),
    }
}

#[component]
pub(super) fn Unreadable() -> impl IntoView {
    crate::ui::title::use_title(|| "Plan kan niet worden geopend".to_owned());
    view! {
        <div class="page">
            <h1>"Dit plan kan niet worden geopend"</h1>
            <p>"De opgeslagen gegevens van dit plan zijn beschadigd. Ze blijven bewaard zoals ze zijn."</p>
            <p><A href=href(&Place::Drafts)>"Ga naar Mijn plannen"</A>" om de tekst te downloaden."</p>
        </div>
    }
}

/// The advice for the open draft's answers, recomputed when they change:
/// the page that shows it provides it for everything on that page. The
/// questions' pages never ask, so the advisor's bundle carries no advice
/// engine (the advice's and the plan's bundles do).
pub fn use_advice() -> Memo<Advice> {
    use_context().unwrap_or_else(|| {
        let view = use_draft_view();
        let advice = Memo::new(move |_| view.draft.with(|d| advise(&content::knowledge(), &d.data.answers)));
        provide_context(advice);
        advice
    })
}

#[component]
fn OpenDraft(envelope: Envelope<DraftData>, read_only: bool) -> impl IntoView {
    let drafts = use_drafts();
    let initial_status = if read_only {
        SaveStatus::ReadOnly
    } else if drafts.persistent {
        SaveStatus::Saved
    } else {
        SaveStatus::MemoryOnly
    };
    let draft = RwSignal::new(envelope.clone());
    let session = Session {
        saved: StoredValue::new(envelope.data),
        draft,
        status: RwSignal::new(initial_status),
        drafts,
        read_only,
    };
    provide_context(session);
    provide_context(DraftView { draft: draft.read_only() });

    // The one effect that persists the draft: every change schedules a save.
    let generation = StoredValue::new(0u32);
    Effect::new(move |first: Option<()>| {
        session.draft.track();
        if first.is_none() || session.read_only || !session.dirty() {
            return;
        }
        if session.status.get_untracked() != SaveStatus::Conflict {
            session.status.set(SaveStatus::Pending);
        }
        generation.update_value(|g| *g += 1);
        let scheduled = generation.get_value();
        set_timeout(
            move || {
                if generation.try_get_value() == Some(scheduled) {
                    session.save_now();
                }
            },
            SAVE_DELAY,
        );
    });

    // Flush when the tab is hidden or closed.
    let hide = window_event_listener(leptos::ev::pagehide, move |_| session.save_now());
    let visibility = leptos::prelude::window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            session.save_now();
        }
    });
    on_cleanup(move || {
        session.save_now();
        hide.remove();
        visibility.remove();
    });

    // Another tab changed this draft.
    Effect::new(move |_| {
        let Some(key) = drafts.external_change.get() else { return };
        let id = session.id();
        if !key.is_empty() && key != key_of(&id) {
            return;
        }
        if let Some(Stored::Draft(stored)) = drafts.load(&id) {
            if session.meet(stored) {
                // This window's place goes with its next change, not now:
                // two windows at different steps would otherwise save each
                // other's version back with their own place, in turn, forever.
                session.saved.set_value(session.draft.get_untracked().data);
            }
        }
    });

    view! {
        <div class="draft-flow">
            <MemoryOnlyNotice />
            <ConflictBanner />
            <Outlet />
        </div>
    }
}

/// The choice when another tab saved a newer version of this draft.
#[component]
fn ConflictBanner() -> impl IntoView {
    let session = use_session();
    let drafts = use_drafts();
    let load_theirs = move |_| {
        if let Some(Stored::Draft(theirs)) = drafts.load(&session.id()) {
            session.load_stored(theirs);
        }
    };
    let keep_mine = move |_| {
        let mut envelope = session.draft.get_untracked();
        envelope.name = display_name(&envelope);
        envelope.record_change(now());
        match drafts.overwrite(&mut envelope) {
            Ok(()) => {
                session.saved.set_value(envelope.data.clone());
                session.draft.update_untracked(|d| *d = envelope);
                session.status.set(SaveStatus::Saved);
            }
            Err(error) => session.status.set(SaveStatus::Failed(error)),
        }
    };
    move || {
        (session.status.get() == SaveStatus::Conflict).then(|| {
            view! {
                <div class="notice notice--warning" role="alert">
                    <p><strong>"Dit plan is intussen in een ander tabblad of venster gewijzigd."</strong></p>
                    <p>"Uw wijzigingen van hier staan niet in die versie. Kies welke versie u wilt houden. Er wordt niets overschreven zonder dat u kiest."</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=load_theirs>"Laad de versie uit het andere venster"</button>
                        <button type="button" class="button button--secondary" on:click=keep_mine>"Bewaar de versie van dit venster"</button>
                    </div>
                </div>
            }
        })
    }
}

/// The trail to the open draft: Mijn plannen › its overview.
#[component]
pub fn DraftCrumbs() -> impl IntoView {
    let view = use_draft_view();
    view! {
        <Breadcrumbs>
            <Crumb href=href(&Place::Drafts)>"Mijn plannen"</Crumb>
            <Crumb href=move || view.href(DraftPage::Overview)>{move || view.draft.with(display_name)}</Crumb>
        </Breadcrumbs>
    }
}

/// The discreet save status: "Opgeslagen", "Opslaan mislukt", "Alleen in dit venster".
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let session = use_session();
    let text = move || match session.status.get() {
        SaveStatus::Saved => {
            let updated = session.draft.with(|d| d.updated);
            format!("Opgeslagen ({})", format_date_time(local(updated)).rsplit(" om ").next().unwrap_or_default())
        }
        SaveStatus::Pending => "Opslaan…".to_owned(),
        SaveStatus::MemoryOnly => "Alleen in dit venster".to_owned(),
        SaveStatus::Failed(error) => format!("Opslaan mislukt: {error} Uw werk staat nog in dit venster; exporteer het via Mijn plannen."),
        SaveStatus::Conflict => "Niet opgeslagen: kies een versie".to_owned(),
        SaveStatus::ReadOnly => "Alleen lezen: gemaakt met een nieuwere versie".to_owned(),
    };
    let failed = move || matches!(session.status.get(), SaveStatus::Failed(_));
    view! {
        <p class="save-status" class:save-status--failed=failed role="status">{text}</p>
    }
}
