//! The officer's local figures in "Beschrijving lokale situatie" (rows of
//! inputs, see `rows`), and a small chart of the usable ones.

use leptos::prelude::*;

use super::rows::{rows_editor, RowInput, RowKind};
use crate::content;
use crate::domain::advisor::Field;
use crate::domain::policy_plan::figures::{parse_number, Figure, FigureField};
use crate::ui::draft::session::use_session;

fn problem(figure: &Figure, field: FigureField) -> Option<String> {
    figure.problems().into_iter().find(|p| p.field == field).map(|p| p.message)
}

static FIGURES: RowKind<Figure> = RowKind {
    id: "cijfer",
    noun: "Cijfer",
    add: "Cijfer toevoegen",
    put_back: "Zet het cijfer terug",
    is_back: "Het cijfer staat er weer.",
    name: |f| &f.indicator,
    new_row: || Figure { unit: "%".into(), ..Figure::default() },
    rows: |plan| &plan.figures,
    rows_mut: |plan| &mut plan.figures,
    inputs: &[
        RowInput { key: "indicator", label: "Wat meet het cijfer?", hint: "Bijvoorbeeld: scholieren van 12 tot 16 jaar die ooit blowden.", wide: true, numeric: false, list: None, slot: |f| &mut f.indicator, check: |f, _| problem(f, FigureField::Indicator) },
        RowInput { key: "waarde", label: "Cijfer in uw gemeente", hint: "Een komma mag: 8,5.", wide: false, numeric: true, list: None, slot: |f| &mut f.value, check: |f, _| problem(f, FigureField::Value) },
        RowInput { key: "eenheid", label: "Eenheid", hint: "% voor een percentage, of bijvoorbeeld: per 1.000 inwoners.", wide: false, numeric: false, list: None, slot: |f| &mut f.unit, check: |_, _| None },
        RowInput { key: "jaar", label: "Jaar", hint: "Het jaar van de meting.", wide: false, numeric: true, list: None, slot: |f| &mut f.year, check: |f, _| problem(f, FigureField::Year) },
        RowInput { key: "regio", label: "Cijfer in de regio (optioneel)", hint: "Bijvoorbeeld de GGD-regio.", wide: false, numeric: true, list: None, slot: |f| &mut f.region, check: |f, _| problem(f, FigureField::Region) },
        RowInput { key: "nederland", label: "Cijfer in Nederland (optioneel)", hint: "", wide: false, numeric: true, list: None, slot: |f| &mut f.national, check: |f, _| problem(f, FigureField::National) },
        RowInput { key: "bron", label: "Bron", hint: "De monitor of het onderzoek.", wide: true, numeric: false, list: Some("cijfer-bronnen"), slot: |f| &mut f.source, check: |_, _| None },
        RowInput { key: "link", label: "Link naar de bron (optioneel)", hint: "", wide: true, numeric: false, list: None, slot: |f| &mut f.link, check: |f, _| problem(f, FigureField::Link) },
    ],
};

#[component]
pub fn FiguresEditor() -> impl IntoView {
    let session = use_session();
    let sources: Vec<String> = session.draft.with_untracked(|d| {
        d.data.answers.monitors.iter().filter_map(|id| content::questionnaire().label(Field::Monitors, id)).map(str::to_owned).collect()
    });
    let source_options = sources.into_iter().map(|s| view! { <option value=s></option> }).collect_view();
    view! {
        <section class="rows no-print" aria-labelledby="cijfers-titel">
            <h3 id="cijfers-titel">"Uw lokale cijfers"</h3>
            <p class="hint">
                "Vul de cijfers in die u gebruikt, bijvoorbeeld uit de Gezondheidsmonitor of het Peilstationsonderzoek. "
                "Ze komen als zinnen onder “Het probleem” en als tabel in het plan. Wat u typt, blijft bewaard, ook als het nog niet klopt."
            </p>
            <datalist id="cijfer-bronnen">{source_options}</datalist>
            {rows_editor(&FIGURES)}
            <FiguresChart />
        </section>
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
