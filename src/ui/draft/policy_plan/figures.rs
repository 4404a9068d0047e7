//! The officer's local figures in "Beschrijving lokale situatie" (rows of
//! inputs, see `rows`), and the plan's chart of the usable ones.

use leptos::prelude::*;

use super::rows::{rows_editor, RowInput, RowKind};
use crate::content;
use crate::domain::advisor::Field;
use super::built_html;
use crate::domain::document::Block;
use crate::domain::policy_plan::figures::{Figure, FigureField};
use crate::domain::policy_plan::figures_chart;
use crate::ui::draft::session::{use_advice, use_session};

fn problem(figure: &Figure, field: FigureField) -> Option<String> {
    figure.problems().into_iter().find(|p| p.field == field).map(|p| p.message)
}

pub(super) static FIGURES: RowKind<Figure> = RowKind {
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

/// The chart the plan gets (`figures_chart`): the municipality against
/// region and country, drawn under the inputs as the officer types.
#[component]
fn FiguresChart() -> impl IntoView {
    let session = use_session();
    let advice = use_advice();
    let html = move || built_html(session, advice, |inputs| figures_chart(inputs).map(Block::Chart).into_iter().collect());
    view! { <div class="charts" inner_html=html></div> }
}
