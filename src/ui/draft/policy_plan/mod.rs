//! The policy plan: `/plannen/<id>/beleidsplan` to read and edit each part
//! of the Modelplan, and `.../afdrukken` for a clean A4 document; downloads
//! as Word and Markdown, and a copy to the clipboard.

mod compare;
mod context;
mod figures;
mod goals;
mod planning;
mod print;
mod rows;

pub use compare::ComparePage;
pub use print::PolicyPlanPrint;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::content;
use crate::domain::advisor::{Advice, Answers};
use crate::domain::document::{blocks_to_html, html_escape, parse_text, split_gaps, to_html, to_markdown, to_plain_text, Block, Document};
use crate::domain::docx::to_docx;
use crate::domain::draft::{evaluation_copy, file_name, format_date};
use crate::domain::policy_plan::{document, open_places, suggestion, Inputs, PartSpec, PartState, PolicyPlanState};
use crate::browser::drafts::{local, now, Stored};
use crate::browser::clipboard;
use crate::browser::files::download;
use super::session::{use_advice, use_session, DraftCrumbs, SaveIndicator, Session};
use crate::ui::title::use_title;
use crate::ui::drafts::actions::save_problem;
use crate::ui::drafts::{display_name, use_drafts};
use crate::ui::routes::{href, DraftPage, Place};
use crate::ui::widgets::{CheckboxGroup, ConfirmBox, Message, MessageArea, NewWindowLink};

fn today() -> String {
    format_date(local(now()))
}

fn with_inputs<T>(answers: &Answers, advice: &Advice, policy_plan: &PolicyPlanState, date: &str, f: impl FnOnce(&Inputs<'_>) -> T) -> T {
    let inputs = Inputs { answers, advice, policy_plan, questionnaire: content::questionnaire(), rules: content::advice_rules(), texts: content::policy_plan_texts(), date };
    f(&inputs)
}

/// The plan as a document, from the open draft.
pub(super) fn current_document(session: Session, advice: &Advice) -> Document {
    session.draft.with_untracked(|d| {
        with_inputs(&d.data.answers, advice, &d.data.policy_plan, &today(), |inputs| {
            document(content::policy_plan_parts(), inputs, &|id| content::knowledge().cite(id).map(|(label, _)| label))
        })
    })
}

/// What the plan builds from the open draft (`build`), as HTML: the tables
/// and charts shown under an editor, as they will be in the plan.
fn built_html(session: Session, advice: Memo<Advice>, build: impl Fn(&Inputs<'_>) -> Vec<Block>) -> String {
    let advice = advice.get();
    session.draft.with(|d| with_inputs(&d.data.answers, &advice, &d.data.policy_plan, "", |inputs| blocks_html(&build(inputs))))
}

/// Blocks as HTML, for reading a part in place: the places still to fill in stand out.
pub(super) fn blocks_html(blocks: &[Block]) -> String {
    let mut out = String::new();
    blocks_to_html(&mut out, blocks, mark_placeholders);
    out
}

/// Escapes the text and highlights each "[...]", the places the user still fills in.
fn mark_placeholders(text: &str) -> String {
    split_gaps(text)
        .into_iter()
        .map(|(piece, gap)| if gap { format!(r#"<span class="placeholder">{}</span>"#, html_escape(piece)) } else { html_escape(piece) })
        .collect()
}

/// `/plannen/<id>/beleidsplan`
#[component]
pub fn PolicyPlanEditor() -> impl IntoView {
    let session = use_session();
    let advice = use_advice();
    use_title(move || format!("Beleidsplan - {}", session.draft.with(display_name)));
    let message = RwSignal::new(None::<Message>);
    let label = move || session.draft.with_untracked(display_name);
    let word = move |_| {
        let bytes = to_docx(&current_document(session, &advice.get_untracked()));
        let name = file_name("beleidsplan", &label(), local(now()), "docx");
        message.set(Some(match download(&name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", &bytes) {
            Ok(()) => Message::info("Het Word-bestand is gedownload."),
            Err(error) => Message::problem(error),
        }));
    };
    let markdown = move |_| {
        let text = to_markdown(&current_document(session, &advice.get_untracked()));
        let name = file_name("beleidsplan", &label(), local(now()), "md");
        message.set(Some(match download(&name, "text/markdown", text.as_bytes()) {
            Ok(()) => Message::info("Het Markdown-bestand is gedownload."),
            Err(error) => Message::problem(error),
        }));
    };
    let copy = move |_| {
        let document = current_document(session, &advice.get_untracked());
        let (html, text) = (to_html(&document), to_plain_text(&document));
        leptos::task::spawn_local(async move {
            message.set(Some(match clipboard::copy(html, text).await {
                Ok(()) => Message::info("De tekst is gekopieerd. Plak hem in uw eigen document."),
                Err(()) => Message::problem("Kopiëren lukte niet in deze browser. Download het plan als Word-bestand."),
            }));
        });
    };
    let parts = content::policy_plan_parts().iter().map(|part| view! { <PartEditor part advice /> }).collect_view();
    let contents = content::policy_plan_parts()
        .iter()
        .map(|part| view! { <li><a href=format!("#deel-{}", part.id)>{part.heading()}</a></li> })
        .collect_view();
    view! {
        <div class="page prose-wide plan-editor">
            <DraftCrumbs />
            <h1>"Beleidsplan"</h1>
            <p class="lead">
                "Een eerste versie van uw lokaal drugsbeleidsplan, in de vorm van het Modelplan lokaal drugsbeleid. "
                "De tekst is een suggestie op basis van uw antwoorden en het advies. Maak er uw eigen tekst van: wat u schrijft, blijft bewaard. "
                "Tekst tussen [haken] vult u zelf aan."
            </p>
            <SaveIndicator />
            <div class="actions no-print">
                <A href=move || session.href(DraftPage::PolicyPlanPrint) attr:class="button">"Afdrukken of opslaan als pdf"</A>
                <button type="button" class="button button--secondary" on:click=word>"Download als Word (.docx)"</button>
                <button type="button" class="button button--secondary" on:click=markdown>"Download als Markdown"</button>
                <button type="button" class="button button--secondary" on:click=copy>"Kopieer de tekst"</button>
            </div>
            <MessageArea message />
            <OpenPlaces advice />
            <Evaluation message />
            <nav class="in-chapter no-print" aria-labelledby="plan-inhoud">
                <h2 id="plan-inhoud" class="in-chapter__title">"Inhoud"</h2>
                <ol>{contents}</ol>
            </nav>
            {parts}
        </div>
    }
}

/// Making a copy of the plan to evaluate it with, and comparing versions;
/// in such a copy, which plan it evaluates.
#[component]
fn Evaluation(message: RwSignal<Option<Message>>) -> impl IntoView {
    let session = use_session();
    let drafts = use_drafts();
    let navigate = use_navigate();
    let copy = move |_| {
        let original = session.draft.get_untracked();
        let names = drafts.names();
        let taken: Vec<&str> = names.iter().map(String::as_str).collect();
        match drafts.add(evaluation_copy(&original, &display_name(&original), local(now()), now(), &taken)) {
            Ok(id) => navigate(&href(&Place::Draft { id, page: DraftPage::PolicyPlan }), Default::default()),
            Err(error) => message.set(save_problem(&error)),
        }
    };
    // Read from storage when the draft it evaluates changes, not on every edit.
    let evaluated = Memo::new(move |_| session.draft.with(|d| d.data.evaluation_of.clone()));
    let original = move || {
        let id = evaluated.get()?;
        match drafts.load(&id)? {
            Stored::Draft(envelope) => Some(display_name(&envelope)),
            _ => None,
        }
    };
    view! {
        <section class="evaluation no-print" aria-labelledby="evaluatie-titel">
            <h2 id="evaluatie-titel">"Evaluatie"</h2>
            {move || original().map(|name| view! {
                <p>{format!("Dit is de kopie voor de evaluatie van “{name}”. Werk hier de cijfers, doelen en acties bij; het origineel blijft zoals het was.")}</p>
            })}
            <p>"Halverwege de periode of aan het eind? Maak een kopie voor de evaluatie, werk daarin de cijfers, doelen en acties bij en vergelijk de twee versies."</p>
            <div class="actions">
                <button type="button" class="button button--secondary" on:click=copy>"Kopie maken voor de evaluatie"</button>
                <A href=move || session.href(DraftPage::Compare { with: String::new() }) attr:class="button button--secondary">"Versies vergelijken"</A>
            </div>
        </section>
    }
}

/// "Nog N open plekken": how many "[...]" each part still has, with a link to it.
#[component]
fn OpenPlaces(advice: Memo<Advice>) -> impl IntoView {
    let session = use_session();
    let counts = Memo::new(move |_| {
        let advice = advice.get();
        session.draft.with(|d| {
            with_inputs(&d.data.answers, &advice, &d.data.policy_plan, &today(), |inputs| {
                content::policy_plan_parts()
                    .iter()
                    .map(|part| {
                        let suggested = suggestion(&part.id, inputs);
                        (part, open_places(d.data.policy_plan.text(&part.id, &suggested)))
                    })
                    .filter(|(_, count)| *count > 0)
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = move || counts.with(|c| c.iter().map(|(_, n)| n).sum::<usize>());
    view! {
        <div class="open-places no-print">
            {move || match total() {
                0 => view! { <p>"Er zijn geen open plekken meer: alles tussen [haken] is ingevuld."</p> }.into_any(),
                total => {
                    let links = counts
                        .get()
                        .into_iter()
                        .map(|(part, count)| view! {
                            <li><a href=format!("#deel-{}", part.id)>{part.heading()}</a>{format!(": {count}")}</li>
                        })
                        .collect_view();
                    view! {
                        <p><strong>{format!("Nog {total} open {}", if total == 1 { "plek" } else { "plekken" })}</strong>" om zelf in te vullen, gemarkeerd met [haken]:"</p>
                        <ul class="open-places__list">{links}</ul>
                    }.into_any()
                }
            }}
        </div>
    }
}

/// What the officer enters for a part besides its text: the actions chosen,
/// the local figures, the measurable goals.
fn part_inputs(id: &str, advice: Memo<Advice>) -> Option<AnyView> {
    Some(match id {
        "acties" => view! { <ActionChoices advice /> <planning::ActionPlanning advice /> }.into_any(),
        "inleiding" => view! { <context::ContextEditor /> }.into_any(),
        "lokale-situatie" => view! { <figures::FiguresEditor /> }.into_any(),
        "doelen" => view! { <goals::GoalsEditor /> }.into_any(),
        _ => return None,
    })
}

/// One part: the dossier's guidance, the text, and editing in place.
#[component]
fn PartEditor(part: &'static PartSpec, advice: Memo<Advice>) -> impl IntoView {
    let session = use_session();
    let editing = RwSignal::new(false);
    let show_new = RwSignal::new(false);
    let confirm_replace = RwSignal::new(false);
    let id = part.id.as_str();
    let suggested = Memo::new(move |_| {
        let advice = advice.get();
        session.draft.with(|d| with_inputs(&d.data.answers, &advice, &d.data.policy_plan, &today(), |inputs| suggestion(id, inputs)))
    });
    let state = move || session.draft.with(|d| d.data.policy_plan.state(id, &suggested.get()));
    let text = move || session.draft.with(|d| d.data.policy_plan.text(id, &suggested.get()).to_owned());
    let field_id = format!("tekst-{id}");
    let hint_id = format!("{field_id}-hint");
    let guidance = part.guidance.iter().map(|g| view! { <li>{g.as_str()}</li> }).collect_view();
    let sources = part
        .sections
        .iter()
        .filter_map(|s| content::knowledge().cite(s))
        .map(|(label, place)| view! { <li><NewWindowLink href=href(&place)>{label}</NewWindowLink></li> })
        .collect_view();
    let replace = Callback::new(move |()| {
        session.update(|d| d.policy_plan.use_suggestion(id));
        confirm_replace.set(false);
        show_new.set(false);
    });
    view! {
        <section class="plan-part" id=format!("deel-{id}") aria-labelledby=format!("deel-{id}-titel")>
            <div class="plan-part__head">
                <h2 id=format!("deel-{id}-titel")>{part.heading()}</h2>
                {move || match state() {
                    PartState::Suggestion => view! { <span class="tag tag--progress">"Suggestie"</span> }.into_any(),
                    _ => view! { <span class="tag tag--ok">"Eigen tekst"</span> }.into_any(),
                }}
            </div>
            <details class="read-more no-print">
                <summary>"Wat het dossier over dit deel zegt"</summary>
                <ul class="guidance">{guidance}</ul>
                <p class="read-more__title">"Bronnen in het dossier"</p>
                <ul>{sources}</ul>
            </details>
            {part_inputs(id, advice)}
            {move || (state() == PartState::OwnAndNewSuggestion).then(|| view! {
                <div class="notice no-print">
                    <p>"Uw antwoorden zijn veranderd sinds u deze tekst schreef. De suggestie voor dit deel is nu anders. Uw eigen tekst blijft staan."</p>
                    <div class="actions">
                        <button type="button" class="button button--secondary" on:click=move |_| show_new.update(|s| *s = !*s)>
                            {move || if show_new.get() { "Verberg de nieuwe suggestie" } else { "Bekijk de nieuwe suggestie" }}
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirm_replace.set(true)>"Vervang mijn tekst door de suggestie"</button>
                    </div>
                    {move || show_new.get().then(|| view! { <div class="plan-text plan-text--new" inner_html=blocks_html(&parse_text(&suggested.get()))></div> })}
                </div>
            })}
            {move || confirm_replace.get().then(|| view! {
                <ConfirmBox
                    label="Bevestig vervangen"
                    question=format!("Weet u zeker dat u uw eigen tekst van “{}” wilt vervangen door de suggestie? Uw tekst gaat dan verloren.", part.title)
                    yes="Ja, vervang mijn tekst".to_owned()
                    no="Nee, houd mijn tekst"
                    on_yes=replace
                    on_no=Callback::new(move |()| confirm_replace.set(false))
                    screen_only=true
                />
            })}
            <Show
                when=move || editing.get()
                fallback=move || view! {
                    <div class="plan-text plan-text--current" inner_html=move || blocks_html(&parse_text(&text()))></div>
                    <button type="button" class="button button--secondary no-print" aria-label=format!("Bewerk dit deel: {}", part.title) on:click=move |_| editing.set(true)>
                        "Bewerk dit deel"
                    </button>
                }
            >
                <div class="field">
                    <label for=field_id.clone()>{format!("Tekst van {}", part.title)}</label>
                    <p class="hint" id=hint_id.clone()>
                        "Zet een lege regel tussen alinea’s. Begin een regel met “- ” voor een opsomming en met “## ” voor een tussenkop."
                    </p>
                    <textarea
                        id=field_id.clone()
                        class="plan-textarea"
                        rows="18"
                        aria-describedby=hint_id.clone()
                        prop:value=text
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            let base = suggested.get_untracked();
                            session.update(|d| d.policy_plan.set_own(id, value, &base));
                        }
                    ></textarea>
                </div>
                <button type="button" class="button" aria-label=format!("Klaar met bewerken: {}", part.title) on:click=move |_| editing.set(false)>
                    "Klaar met bewerken"
                </button>
            </Show>
        </section>
    }
}

/// Which recommended interventions go into Acties, and the municipality's own actions.
#[component]
fn ActionChoices(advice: Memo<Advice>) -> impl IntoView {
    let session = use_session();
    let chosen = move || session.draft.with(|d| d.data.policy_plan.chosen_ids(&advice.get()));
    let options = move || {
        advice
            .get()
            .interventions
            .iter()
            .map(|r| (r.id.clone(), format!("{}{}", r.name, if r.running { " (loopt al)" } else { "" })))
            .collect::<Vec<_>>()
    };
    let toggle = Callback::new(move |id: String| {
        let advice = advice.get_untracked();
        session.update(|d| {
            let mut ids = d.policy_plan.chosen_ids(&advice);
            match ids.iter().position(|i| *i == id) {
                Some(at) => {
                    ids.remove(at);
                }
                None => ids.push(id),
            }
            d.policy_plan.chosen = Some(ids);
        });
    });
    view! {
        <CheckboxGroup
            legend="Welke interventies en programma’s neemt u op in de acties?"
            hint="Uit het advies, de best passende eerst. Wat u aanvinkt, staat in de tekst hieronder."
            class="action-choices no-print"
            id_prefix="actie"
            options=Signal::derive(options)
            selected=Signal::derive(chosen)
            on_toggle=toggle
        >
            <div class="field">
                <label for="eigen-acties">"Eigen acties (optioneel)"</label>
                <p class="hint" id="eigen-acties-hint">"Eén actie per regel. Ze komen in de tekst onder “Eigen acties”."</p>
                <textarea
                    id="eigen-acties"
                    rows="4"
                    aria-describedby="eigen-acties-hint"
                    prop:value=move || session.draft.with(|d| d.data.policy_plan.own_actions.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        session.update(|d| d.policy_plan.own_actions = value);
                    }
                ></textarea>
            </div>
        </CheckboxGroup>
    }
}
