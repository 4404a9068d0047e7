//! The interventions catalogue (`/interventies`, filters in the URL query)
//! and one page per intervention or programme (`/interventies/<id>`).

mod filters;
mod record;
pub mod render;
mod results;

pub use record::RecordPage;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::domain::catalogue::Filter;
use crate::ui::routes::{href, Place};
use crate::ui::title::use_title;
use filters::Filters;
use results::Results;

/// A change to the filter, from one of its controls.
pub type FilterChange = Box<dyn FnOnce(&mut Filter)>;

/// `/interventies`: every intervention and programme, filtered by the URL query.
#[component]
pub fn Catalogue() -> impl IntoView {
    use_title(|| "Interventies".to_owned());
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        Filter::from_query(|key| query.get_all(key).unwrap_or_default())
    });
    let navigate = use_navigate();
    let update = Callback::new(move |change: FilterChange| {
        let mut next = filter.get_untracked();
        change(&mut next);
        let options = NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() };
        navigate(&href(&Place::Catalogue(next)), options);
    });
    view! {
        <div class="page catalogue">
            <h1>"Interventies"</h1>
            <p class="lead">
                "Alle interventies uit de tabellen van het dossier (Tabel 2 tot en met 7), en de programma’s en hulpmiddelen die het dossier noemt. "
                "De lijst past zich direct aan uw keuzes aan. De filters staan in het webadres: u kunt de lijst delen of bewaren."
            </p>
            <div class="catalogue__layout">
                <Filters filter update />
                <Results filter />
            </div>
        </div>
    }
}
