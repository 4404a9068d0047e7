//! The officer's local figures in "Beschrijving lokale situatie": one
//! fieldset per figure, a message next to each field that is not right, a
//! removal that can be undone, and a small chart of the usable figures.

use leptos::prelude::*;

use crate::content;
use crate::domain::advisor::Field;
use crate::domain::policy_plan::figures::{parse_number, Figure, FigureField};
use crate::ui::draft::session::use_session;
use crate::ui::widgets::{Message, MessageArea};

/// Which text of a figure an input edits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Input {
    Indicator,
    Value,
    Unit,
    Year,
    Region,
    National,
    Source,
    Link,
}

impl Input {
    fn slot(self, figure: &mut Figure) -> &mut String {
        match self {
            Input::Indicator => &mut figure.indicator,
            Input::Value => &mut figure.value,
            Input::Unit => &mut figure.unit,
            Input::Year => &mut figure.year,
            Input::Region => &mut figure.region,
            Input::National => &mut figure.national,
            Input::Source => &mut figure.source,
            Input::Link => &mut figure.link,
        }
    }

    fn checked_as(self) -> Option<FigureField> {
        Some(match self {
            Input::Indicator => FigureField::Indicator,
            Input::Value => FigureField::Value,
            Input::Year => FigureField::Year,
            Input::Region => FigureField::Region,
            Input::National => FigureField::National,
            Input::Link => FigureField::Link,
            Input::Unit | Input::Source => return None,
        })
    }
}

/// The inputs of a figure: (input, label, hint, wide).
const INPUTS: [(Input, &str, &str, bool); 8] = [
    (Input::Indicator, "Wat meet het cijfer?", "Bijvoorbeeld: scholieren van 12 tot 16 jaar die ooit blowden.", true),
    (Input::Value, "Cijfer in uw gemeente", "Een komma mag: 8,5.", false),
    (Input::Unit, "Eenheid", "% voor een percentage, of bijvoorbeeld: per 1.000 inwoners.", false),
    (Input::Year, "Jaar", "Het jaar van de meting.", false),
    (Input::Region, "Cijfer in de regio (optioneel)", "Bijvoorbeeld de GGD-regio.", false),
    (Input::National, "Cijfer in Nederland (optioneel)", "", false),
    (Input::Source, "Bron", "De monitor of het onderzoek.", true),
    (Input::Link, "Link naar de bron (optioneel)", "", true),
];

#[component]
pub fn FiguresEditor() -> impl IntoView {
    let session = use_session();
    let removed = RwSignal::new(None::<(usize, Figure)>);
    let message = RwSignal::new(None::<Message>);
    let count = move || session.draft.with(|d| d.data.policy_plan.figures.len());
    let add = move |_| {
        session.update(|d| d.policy_plan.figures.push(Figure { unit: "%".into(), ..Figure::default() }));
        let at = count().saturating_sub(1);
        crate::ui::focus::focus_later(format!("cijfer-{at}-indicator"));
    };
    let remove = Callback::new(move |at: usize| {
        let mut taken = None;
        session.update(|d| {
            if at < d.policy_plan.figures.len() {
                taken = Some(d.policy_plan.figures.remove(at));
            }
        });
        if let Some(figure) = taken {
            let name = if figure.indicator.trim().is_empty() { format!("Cijfer {}", at + 1) } else { figure.indicator.trim().to_owned() };
            removed.set(Some((at, figure)));
            message.set(Some(Message::info(format!("“{name}” is verwijderd."))));
        }
    });
    let undo = move |_| {
        if let Some((at, figure)) = removed.get_untracked() {
            session.update(|d| {
                let at = at.min(d.policy_plan.figures.len());
                d.policy_plan.figures.insert(at, figure);
            });
            removed.set(None);
            message.set(Some(Message::info("Het cijfer staat er weer.")));
        }
    };
    let sources: Vec<String> = session.draft.with_untracked(|d| {
        d.data.answers.monitors.iter().filter_map(|id| content::questionnaire().label(Field::Monitors, id)).map(str::to_owned).collect()
    });
    let source_options = sources.into_iter().map(|s| view! { <option value=s></option> }).collect_view();
    view! {
        <section class="figures no-print" aria-labelledby="cijfers-titel">
            <h3 id="cijfers-titel">"Uw lokale cijfers"</h3>
            <p class="hint">
                "Vul de cijfers in die u gebruikt, bijvoorbeeld uit de Gezondheidsmonitor of het Peilstationsonderzoek. "
                "Ze komen als zinnen onder “Het probleem” en als tabel in het plan. Wat u typt, blijft bewaard, ook als het nog niet klopt."
            </p>
            <datalist id="cijfer-bronnen">{source_options}</datalist>
            {move || (0..count()).map(|at| view! { <FigureFields at remove /> }).collect_view()}
            <MessageArea message>
                {move || removed.get().map(|_| view! { <button type="button" class="button button--secondary" on:click=undo>"Zet het cijfer terug"</button> })}
            </MessageArea>
            <button type="button" class="button button--secondary" on:click=add>"Cijfer toevoegen"</button>
            <FiguresChart />
        </section>
    }
}

#[component]
fn FigureFields(at: usize, remove: Callback<usize>) -> impl IntoView {
    let session = use_session();
    let figure = move || session.draft.with(|d| d.data.policy_plan.figures.get(at).cloned().unwrap_or_default());
    let inputs = INPUTS
        .iter()
        .map(|&(input, label, hint, wide)| {
            let id = format!("cijfer-{at}-{}", input_key(input));
            let hint_id = format!("{id}-hint");
            let error_id = format!("{id}-fout");
            let problem = move || {
                let field = input.checked_as()?;
                figure().problems().into_iter().find(|p| p.field == field).map(|p| p.message)
            };
            let described = {
                let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
                move || {
                    let mut ids = Vec::new();
                    if !hint.is_empty() {
                        ids.push(hint_id.clone());
                    }
                    if problem().is_some() {
                        ids.push(error_id.clone());
                    }
                    ids.join(" ")
                }
            };
            view! {
                <div class="field figure__field" class:figure__field--wide=wide>
                    <label for=id.clone()>{label}</label>
                    {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
                    {
                        let error_id = error_id.clone();
                        move || problem().map(|text| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Fout: "</span>{text}</p> })
                    }
                    <input
                        type="text"
                        id=id.clone()
                        list=(input == Input::Source).then_some("cijfer-bronnen")
                        inputmode=matches!(input, Input::Value | Input::Region | Input::National | Input::Year).then_some("decimal")
                        class:input--error=move || problem().is_some()
                        aria-describedby=described
                        prop:value=move || input.slot(&mut figure()).clone()
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            session.update(|d| {
                                if let Some(figure) = d.policy_plan.figures.get_mut(at) {
                                    *input.slot(figure) = value;
                                }
                            });
                        }
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="figure">
            <legend>{move || match figure().indicator.trim() {
                "" => format!("Cijfer {}", at + 1),
                name => format!("Cijfer {}: {name}", at + 1),
            }}</legend>
            <div class="figure__fields">{inputs}</div>
            <button type="button" class="button button--secondary" on:click=move |_| remove.run(at)>
                {format!("Verwijder cijfer {}", at + 1)}
            </button>
        </fieldset>
    }
}

fn input_key(input: Input) -> &'static str {
    match input {
        Input::Indicator => "indicator",
        Input::Value => "waarde",
        Input::Unit => "eenheid",
        Input::Year => "jaar",
        Input::Region => "regio",
        Input::National => "nederland",
        Input::Source => "bron",
        Input::Link => "link",
    }
}

/// Bars of each usable figure: the municipality against region and country,
/// scaled to the largest of the three. The table in the plan carries the
/// same numbers, so the chart is hidden from screen readers.
#[component]
fn FiguresChart() -> impl IntoView {
    let session = use_session();
    let rows = move || {
        session.draft.with(|d| {
            let municipality = match d.data.answers.municipality.trim() {
                "" => "Uw gemeente".to_owned(),
                name => name.to_owned(),
            };
            crate::domain::policy_plan::figures::usable(&d.data.policy_plan.figures)
                .map(|f| {
                    let bars: Vec<(String, i64, String)> = [(municipality.clone(), &f.value), ("Regio".to_owned(), &f.region), ("Nederland".to_owned(), &f.national)]
                        .into_iter()
                        .filter_map(|(name, typed)| parse_number(typed).map(|n| (name, n, f.shown(typed))))
                        .collect();
                    (f.indicator.trim().to_owned(), bars)
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let rows = rows();
        (!rows.is_empty()).then(|| {
            let charts = rows
                .into_iter()
                .map(|(indicator, bars)| {
                    let top = bars.iter().map(|(_, n, _)| *n).max().unwrap_or(1).max(1);
                    let bars = bars
                        .into_iter()
                        .map(|(name, n, shown)| {
                            // Tenths of a percent of the largest, in integers.
                            let tenths = (n.max(0) * 1000 / top).min(1000);
                            // Set through the CSSOM: the Content-Security-Policy forbids style attributes.
                            let width = format!("{}.{}%", tenths / 10, tenths % 10);
                            view! {
                                <div class="chart__row">
                                    <span class="chart__label">{name}</span>
                                    <span class="chart__track"><span class="chart__bar" style:width=width></span></span>
                                    <span class="chart__value">{shown}</span>
                                </div>
                            }
                        })
                        .collect_view();
                    view! { <figure class="chart"><figcaption>{indicator}</figcaption>{bars}</figure> }
                })
                .collect_view();
            view! { <div class="charts" aria-hidden="true">{charts}</div> }
        })
    }
}
