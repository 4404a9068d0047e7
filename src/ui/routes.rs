//! The route table and the addresses of places: the only code that knows
//! the app's URLs. The domain names places (`domain::place::Place`); pages
//! link to them with `href`.

use std::fmt::Write;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Routes};
use leptos_router::path;

use super::{catalogue, draft, dossier, drafts, pages, search};
pub use crate::domain::place::{DraftPage, Place};
use crate::domain::search::DocKind;

/// The address of a place. Keep it in step with `ReaderRoutes`,
/// `AdvisorRoutes` and `PlanRoutes`.
pub fn href(place: &Place) -> String {
    match place {
        Place::Home => "/".to_owned(),
        Place::DossierIndex => "/dossier".to_owned(),
        Place::DossierPart(id) => format!("/dossier#{id}"),
        Place::Dossier(id) => format!("/dossier/{id}"),
        Place::Catalogue(filter) => format!("/interventies{}", query(&filter.query_pairs())),
        Place::Record(id) => format!("/interventies/{id}"),
        Place::Search { text, kind } => {
            let pairs = [("q", text.clone()), (SEARCH_KIND, kind.map(kind_slug).unwrap_or_default().to_owned())];
            format!("/zoeken{}", query(&pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect::<Vec<_>>()))
        }
        Place::Advisor => "/adviseur".to_owned(),
        Place::Drafts => "/plannen".to_owned(),
        Place::Draft { id, page } => match page {
            DraftPage::Overview => format!("/plannen/{id}"),
            DraftPage::Step { step, from_review: false } => format!("/plannen/{id}/stap/{step}"),
            DraftPage::Step { step, from_review: true } => format!("/plannen/{id}/stap/{step}?{}={}", FROM_REVIEW.0, FROM_REVIEW.1),
            DraftPage::Review => format!("/plannen/{id}/controle"),
            DraftPage::Advice => format!("/plannen/{id}/advies"),
            DraftPage::PolicyPlan => format!("/plannen/{id}/beleidsplan"),
            DraftPage::PolicyPlanPrint => format!("/plannen/{id}/beleidsplan/afdrukken"),
            DraftPage::Compare { with } => format!("/plannen/{id}/vergelijken{}", query(&[(COMPARE_WITH, with.clone())].into_iter().filter(|(_, w)| !w.is_empty()).collect::<Vec<_>>())),
        },
        Place::Accessibility => "/toegankelijkheid".to_owned(),
    }
}

/// The query key of the kind of search results shown: `?soort=interventies`.
pub const SEARCH_KIND: &str = "soort";

fn kind_slug(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Dossier => "dossier",
        DocKind::Intervention => "interventies",
        DocKind::Programme => "programmas",
    }
}

/// The kind of search results a `?soort=` value names.
pub fn search_kind(slug: &str) -> Option<DocKind> {
    [DocKind::Dossier, DocKind::Intervention, DocKind::Programme].into_iter().find(|k| kind_slug(*k) == slug)
}

/// The query key of the version a plan is compared with: `?met=<id>`.
pub const COMPARE_WITH: &str = "met";

/// The query value `?terug=controle` of a step opened from the review.
pub const FROM_REVIEW: (&str, &str) = ("terug", "controle");

/// A query string (`?a=1&b=2`, or empty when there are no pairs).
fn query(pairs: &[(&str, String)]) -> String {
    let encoded: Vec<String> = pairs.iter().map(|(key, value)| format!("{key}={}", percent_encode(value))).collect();
    if encoded.is_empty() { String::new() } else { format!("?{}", encoded.join("&")) }
}

/// Every byte but the URL-safe ASCII ones as `%XX`.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(byte as char);
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    encoded
}

/// The five bundles, each with its own pages (`public/start.js` loads the
/// one an address needs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Home, dossier, interventions, search, accessibility.
    Reader,
    /// The advisor's start, a draft's overview, questions and check.
    Advisor,
    /// Mijn plannen: the drafts list with its import, export and backups.
    Drafts,
    /// A draft's advice: the advice engine and its rules.
    Advice,
    /// A plan's text, print view and comparison (with the advice engine the
    /// plan is built from).
    Plan,
}

/// The bundle whose pages an address is, by `start.js`'s rules (its
/// `ADVISOR` and `PLAN`; a test compares them).
pub fn bundle_of(path: &str) -> Bundle {
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    match segments.as_slice() {
        ["plannen", id, "beleidsplan" | "vergelijken", ..] if !id.is_empty() => Bundle::Plan,
        ["plannen", id, "advies", ..] if !id.is_empty() => Bundle::Advice,
        ["plannen"] | ["plannen", ""] => Bundle::Drafts,
        ["adviseur" | "plannen", ..] => Bundle::Advisor,
        _ => Bundle::Reader,
    }
}

/// The reader's route table; another bundle's address loads that bundle.
#[component]
pub fn ReaderRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <pages::NotHere own=Bundle::Reader /> }>
            <Route path=path!("/") view=pages::Home />
            <Route path=path!("/dossier") view=dossier::DossierIndex />
            <Route path=path!("/dossier/:id") view=dossier::DossierPage />
            <Route path=path!("/interventies") view=catalogue::Catalogue />
            <Route path=path!("/interventies/:id") view=catalogue::RecordPage />
            <Route path=path!("/zoeken") view=search::SearchPage />
            <Route path=path!("/toegankelijkheid") view=pages::Accessibility />
        </Routes>
    }
}

/// The advisor's route table; another bundle's address loads that bundle.
#[component]
pub fn AdvisorRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <pages::NotHere own=Bundle::Advisor /> }>
            <Route path=path!("/adviseur") view=draft::AdvisorStart />
            <ParentRoute path=path!("/plannen/:id") view=draft::DraftRoot>
                <Route path=path!("") view=draft::DraftOverview />
                <Route path=path!("stap/:step") view=draft::StepPage />
                <Route path=path!("controle") view=draft::CheckAnswers />
            </ParentRoute>
        </Routes>
    }
}

/// Mijn plannen's route table; another bundle's address loads that bundle.
#[component]
pub fn DraftsRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <pages::NotHere own=Bundle::Drafts /> }>
            <Route path=path!("/plannen") view=drafts::Plans />
        </Routes>
    }
}

/// The advice's route table; another bundle's address loads that bundle.
#[component]
pub fn AdviceRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <pages::NotHere own=Bundle::Advice /> }>
            <ParentRoute path=path!("/plannen/:id") view=draft::DraftViewRoot>
                <Route path=path!("advies") view=draft::AdvicePage />
            </ParentRoute>
        </Routes>
    }
}

/// The plan's route table; another bundle's address loads that bundle.
#[component]
pub fn PlanRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <pages::NotHere own=Bundle::Plan /> }>
            <ParentRoute path=path!("/plannen/:id") view=draft::DraftRoot>
                <Route path=path!("beleidsplan") view=draft::PolicyPlanEditor />
                <Route path=path!("beleidsplan/afdrukken") view=draft::PolicyPlanPrint />
                <Route path=path!("vergelijken") view=draft::ComparePage />
            </ParentRoute>
        </Routes>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::{Filter, Setting};

    /// `public/start.js`'s rules, which `bundle_of` follows: the addresses
    /// of the advisor's bundle (`ADVISOR`) and, among them, those of Mijn
    /// plannen's (`DRAFTS`), the advice's (`ADVICE`) and the plan's (`PLAN`);
    /// the reader's has the rest.
    const ADVISOR_RULE: &str = "const ADVISOR = /^\\/(adviseur|plannen)(\\/|$)/;";
    const DRAFTS_RULE: &str = "const DRAFTS = /^\\/plannen\\/?$/;";
    const ADVICE_RULE: &str = "const ADVICE = /^\\/plannen\\/[^/]+\\/advies(\\/|$)/;";
    const PLAN_RULE: &str = "const PLAN = /^\\/plannen\\/[^/]+\\/(beleidsplan|vergelijken)(\\/|$)/;";

    #[test]
    fn the_loader_starts_the_bundle_whose_route_table_has_the_page() {
        let loader = include_str!("../../public/start.js");
        assert!(loader.contains(ADVISOR_RULE), "start.js should have {ADVISOR_RULE}");
        assert!(loader.contains(DRAFTS_RULE), "start.js should have {DRAFTS_RULE}");
        assert!(loader.contains(ADVICE_RULE), "start.js should have {ADVICE_RULE}");
        assert!(loader.contains(PLAN_RULE), "start.js should have {PLAN_RULE}");
        let draft = |page| Place::Draft { id: "d1".into(), page };
        let step = DraftPage::Step { step: "settingen".into(), from_review: true };
        let pages = [
            (Place::Home, Bundle::Reader),
            (Place::DossierIndex, Bundle::Reader),
            (Place::DossierPart("deel-1".into()), Bundle::Reader),
            (Place::Dossier("5-7-uitgaansleven".into()), Bundle::Reader),
            (Place::Catalogue(Filter::default()), Bundle::Reader),
            (Place::Record("moti-4".into()), Bundle::Reader),
            (Place::search("plannen"), Bundle::Reader),
            (Place::Accessibility, Bundle::Reader),
            (Place::Advisor, Bundle::Advisor),
            (Place::Drafts, Bundle::Drafts),
            (draft(DraftPage::Overview), Bundle::Advisor),
            (draft(step), Bundle::Advisor),
            (draft(DraftPage::Review), Bundle::Advisor),
            (draft(DraftPage::Advice), Bundle::Advice),
            (draft(DraftPage::PolicyPlan), Bundle::Plan),
            (draft(DraftPage::PolicyPlanPrint), Bundle::Plan),
            (draft(DraftPage::Compare { with: "d2".into() }), Bundle::Plan),
        ];
        for (place, bundle) in pages {
            let address = href(&place);
            let path = address.split(['?', '#']).next().unwrap_or_default();
            assert_eq!(bundle_of(path), bundle, "{place:?}");
        }
        assert_eq!(bundle_of("/adviseurs"), Bundle::Reader, "only whole path segments");
        assert_eq!(bundle_of("/plannenmaker"), Bundle::Reader);
        assert_eq!(bundle_of("/plannen/d1/beleidsplannen"), Bundle::Advisor);
        assert_eq!(bundle_of("/plannen/d1/adviezen"), Bundle::Advisor);
    }

    #[test]
    fn places_have_the_addresses_of_the_route_table() {
        let draft = |page| href(&Place::Draft { id: "d1".into(), page });
        assert_eq!(href(&Place::Dossier("5-7-uitgaansleven".into())), "/dossier/5-7-uitgaansleven");
        assert_eq!(href(&Place::DossierPart("deel-1".into())), "/dossier#deel-1");
        let filter = Filter { settings: vec![Setting::Gezin, Setting::Uitgaansleven], text: "ouders & kinderen".into(), ..Filter::default() };
        assert_eq!(href(&Place::Catalogue(filter)), "/interventies?setting=gezin&setting=uitgaansleven&q=ouders%20%26%20kinderen");
        assert_eq!(href(&Place::Catalogue(Filter::default())), "/interventies");
        assert_eq!(href(&Place::Record("moti-4".into())), "/interventies/moti-4");
        assert_eq!(href(&Place::search("")), "/zoeken");
        assert_eq!(href(&Place::search("cocaïne en xtc")), "/zoeken?q=coca%C3%AFne%20en%20xtc");
        let programmes = Place::Search { text: "xtc".into(), kind: Some(DocKind::Programme) };
        assert_eq!(href(&programmes), "/zoeken?q=xtc&soort=programmas");
        assert_eq!(search_kind("programmas"), Some(DocKind::Programme));
        assert_eq!(search_kind("x"), None);
        assert_eq!(draft(DraftPage::Step { step: "settingen".into(), from_review: true }), "/plannen/d1/stap/settingen?terug=controle");
        assert_eq!(draft(DraftPage::PolicyPlanPrint), "/plannen/d1/beleidsplan/afdrukken");
        assert_eq!(draft(DraftPage::Compare { with: String::new() }), "/plannen/d1/vergelijken");
        assert_eq!(draft(DraftPage::Compare { with: "d 2".into() }), "/plannen/d1/vergelijken?met=d%202");
    }
}
