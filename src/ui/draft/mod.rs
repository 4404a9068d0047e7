//! One draft's journey, from the advisor's start page to the policy plan:
//! the session at the journey's root (`session`: loaded once, saved by one
//! autosave effect, kept in step with other tabs), the overview, one page
//! per question, the check page, the advice and the policy plan. Every page
//! below the root reads the same session; a page that shows advice makes
//! its memo (`session::use_advice`). The advice's bundle has a root that
//! only shows the draft (`view`): its page never changes it.

mod advice;
mod check;
mod overview;
mod policy_plan;
mod session;
mod start;
mod step;
mod view;

pub use advice::AdvicePage;
pub use check::CheckAnswers;
pub use overview::DraftOverview;
pub use policy_plan::{ComparePage, PolicyPlanEditor, PolicyPlanPrint};
pub use session::DraftRoot;
pub use start::AdvisorStart;
pub use step::StepPage;
pub use view::DraftViewRoot;

use crate::content;
use crate::domain::draft::DraftData;

/// The total estimated minutes of the questionnaire.
pub(crate) fn total_minutes() -> u32 {
    u32::try_from(content::questionnaire().minutes()).unwrap_or(u32::MAX)
}

/// Where to continue a draft: the last step, else the first.
pub(crate) fn continue_step(data: &DraftData) -> String {
    let questionnaire = content::questionnaire();
    if questionnaire.step(&data.step).is_some() {
        return data.step.clone();
    }
    questionnaire.applicable_steps(&data.answers).first().map(|s| s.id.clone()).unwrap_or_default()
}
