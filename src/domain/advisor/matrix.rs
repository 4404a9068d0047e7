//! The prevention matrix, shown in the advice and under the plan's actions.
//! Its wording is the advice's (`teksten.txt`), so the advice page needs
//! nothing of the plan's content.

use super::questionnaire::Questionnaire;
use super::rules::Rules;
use super::{Advice, Answers, Field, Recommendation};
use crate::domain::catalogue::{Level, Setting};
use crate::domain::document::Table;
use crate::domain::text::{capital, fill};

/// The settings (those chosen, else those the recommendations name) against
/// the levels of prevention, with in each cell the offers the plan chose
/// (`chosen`) first and then the other recommended ones; a cell with
/// neither says so. Guides and offers without a level are left out. None
/// without a setting to show.
pub fn prevention_matrix(answers: &Answers, advice: &Advice, chosen: &[String], questionnaire: &Questionnaire, rules: &Rules) -> Option<Table> {
    let text = |id: &str| rules.text(id).text.clone();
    let offers: Vec<&Recommendation> = advice.interventions.iter().filter(|r| !r.tool && !r.levels.is_empty()).collect();
    let mut settings: Vec<Setting> = answers.choices(Field::Settings).iter().filter_map(|id| Setting::from_id(id)).collect();
    if settings.is_empty() {
        settings = Setting::ALL.into_iter().filter(|s| offers.iter().any(|r| r.settings.contains(s))).collect();
    }
    let cell = |setting: Setting, level: Level| {
        let here = offers.iter().filter(|r| r.settings.contains(&setting) && r.levels.contains(&level));
        let (mine, others): (Vec<&&Recommendation>, Vec<&&Recommendation>) = here.partition(|r| chosen.contains(&r.id));
        let name = |r: &&&Recommendation| r.name.trim_end_matches('.').to_owned();
        let mut names: Vec<String> = mine.iter().map(|r| fill(&rules.text("matrix-gekozen").text, |_| name(r))).collect();
        names.extend(others.iter().map(name));
        if names.is_empty() { text("matrix-leeg") } else { names.join("; ") }
    };
    let rows: Vec<Vec<String>> = settings
        .iter()
        .map(|setting| {
            let label = questionnaire.label(Field::Settings, setting.id()).unwrap_or(setting.id());
            std::iter::once(label.to_owned()).chain(Level::ALL.map(|level| cell(*setting, level))).collect()
        })
        .collect();
    let mut header = vec![text("matrix-kolom-setting")];
    header.extend(Level::ALL.map(|level| format!("{} ({})", capital(level.label()), level.code())));
    (!rows.is_empty()).then(|| Table { caption: text("matrix-titel"), header, rows })
}
