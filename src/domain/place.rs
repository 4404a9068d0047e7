//! The places of the app, as the domain names them. Only `ui::routes` knows
//! their addresses.

use super::catalogue::Filter;
use super::search::DocKind;

/// A page of the app, or a place on one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Home,
    /// The dossier's table of contents.
    DossierIndex,
    /// A part of the dossier, on the table of contents.
    DossierPart(String),
    /// A chapter, or any place within one (heading, box, table, figure,
    /// list item, row): its anchor id.
    Dossier(String),
    /// The interventions catalogue, with its filters (default: none).
    Catalogue(Filter),
    /// An intervention or a programme: its id.
    Record(String),
    /// The search page, with a query (may be empty) and the kind of
    /// results shown (`None`: all).
    Search { text: String, kind: Option<DocKind> },
    /// The advisor's start page.
    Advisor,
    /// "Mijn plannen": the drafts in this browser.
    Drafts,
    /// A page of a draft.
    Draft { id: String, page: DraftPage },
    Accessibility,
}

impl Place {
    /// The search page for `text`, every kind of result.
    pub fn search(text: impl Into<String>) -> Place {
        Place::Search { text: text.into(), kind: None }
    }
}

/// The pages of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftPage {
    Overview,
    /// A question; `from_review` brings the user back to the review after it.
    Step { step: String, from_review: bool },
    /// Every answer, to check and change.
    Review,
    Advice,
    /// The policy plan, to edit.
    PolicyPlan,
    /// The policy plan as a document, to print.
    PolicyPlanPrint,
    /// The plan's figures, goals and actions against another version's (an
    /// id; empty until one is chosen).
    Compare { with: String },
}
