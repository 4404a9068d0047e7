//! The questionnaire as data (`src/content/vragenlijst.txt`): sections, and
//! steps of one topic each, which the UI renders generically. Lists of
//! options come from the content where the dossier has them (Kader 2's rows,
//! Tabel 1's rows, the settings, the monitors, the records), never a copy.

mod load;

pub use load::{load_questionnaire, QUESTIONNAIRE_KEYS};

use super::answers::{parse_year, Answers, Field};
use super::condition::{Condition, Facts};

/// The option id that reveals a step's free-text "anders" field.
pub const OTHER: &str = "anders";

/// The option id that says "none of these": choosing it clears the other
/// options and the reverse. The rules never read it.
pub const NONE: &str = "geen";

/// How fast the questionnaire is read, choices included, for the stated
/// duration: careful reading of plain Dutch, where lists of options are
/// scanned rather than read word for word.
pub const WORDS_PER_MINUTE: usize = 150;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Questionnaire {
    pub sections: Vec<Section>,
    /// In order; each belongs to a section.
    pub steps: Vec<Step>,
    /// Programmes that are also an intervention row: not offered as options
    /// (the row is), but understood in `running`.
    pub linked_programmes: Vec<String>,
    /// The step that writes each field, by `Field as usize`.
    by_field: [Option<usize>; Field::ALL.len()],
}

/// A group of steps on the overview page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// The estimated time it takes, in minutes, computed from the words its
    /// steps show (see `WORDS_PER_MINUTE`).
    pub minutes: u8,
    pub intro: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One option (radio buttons); the field holds at most one id.
    OneChoice,
    /// Any number of options (checkboxes).
    SeveralChoices,
    /// A short text.
    ShortText,
    /// Two years: `field` is the first, `field_to` the last.
    YearRange,
}

impl Kind {
    fn from_name(name: &str) -> Option<Kind> {
        Some(match name {
            "een-keuze" => Kind::OneChoice,
            "meer-keuzes" => Kind::SeveralChoices,
            "tekst" => Kind::ShortText,
            "jaren" => Kind::YearRange,
            _ => return None,
        })
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    /// B1 label, or the dossier's own words for options taken from it.
    pub label: String,
    /// A further line: the dossier's description (Tabel 1, monitors, records).
    pub hint: Option<String>,
    /// A dossier id that explains this option.
    pub read_more: Option<String>,
}

/// The free text shown when the option `anders` is chosen (kept in
/// `Answers::other` under the step's field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherText {
    pub label: String,
}

/// One question of the questionnaire. Most have a page of their own; one
/// marked `zelfde-pagina` shares the page of the step before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Stable; used in URLs.
    pub id: String,
    pub section: String,
    /// Shown on the page of the step before it.
    pub joins_previous: bool,
    /// The question, used as the page heading.
    pub question: String,
    pub help: String,
    pub optional: bool,
    pub field: Field,
    /// The second field of a year range.
    pub field_to: Option<Field>,
    pub kind: Kind,
    pub options: Vec<Choice>,
    pub other: Option<OtherText>,
    /// The step applies only when this holds.
    pub condition: Option<Condition>,
    /// Dossier ids that explain the concept ("lees meer").
    pub read_more: Vec<String>,
    /// The message when a required question is left open.
    pub required_message: String,
    /// The label on the check-your-answers page.
    pub short: String,
    /// How the advice names this answer ("U kiest de setting").
    pub in_advice: String,
}

/// A validation error of a step: the field it belongs to and a Dutch message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepError {
    pub field: Field,
    /// The error is about the free text of "Iets anders", not the choices.
    pub other: bool,
    pub message: String,
}

/// The status of a section on the overview page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionStatus {
    /// Nog niet begonnen
    NotStarted,
    /// Bezig
    InProgress,
    /// Klaar
    Done,
}

impl SectionStatus {
    pub fn label(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "Nog niet begonnen",
            SectionStatus::InProgress => "Bezig",
            SectionStatus::Done => "Klaar",
        }
    }
}

impl Step {
    /// Whether the step applies to these answers.
    pub fn applies(&self, answers: &Answers) -> bool {
        self.condition.as_ref().is_none_or(|c| c.holds(&Facts::new(answers)))
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|c| c.id == id)
    }

    /// Chooses or clears one option, keeping `NONE` exclusive; a single
    /// choice replaces the answer.
    pub fn toggle(&self, answers: &mut Answers, id: &str) {
        if self.kind == Kind::OneChoice {
            answers.set_choices(self.field, vec![id.to_owned()]);
            return;
        }
        let choosing = !answers.has(self.field, id);
        answers.toggle_choice(self.field, id);
        if choosing {
            let kept: Vec<String> = answers.choices(self.field).iter().filter(|c| (id == NONE) == (c.as_str() == NONE)).cloned().collect();
            answers.set_choices(self.field, kept);
        }
    }

    /// The words the step shows before anything is unfolded: the question,
    /// its help and the option labels (hints sit behind "Meer uitleg").
    pub fn visible_words(&self) -> usize {
        let count = |text: &str| text.split_whitespace().count();
        count(&self.question) + count(&self.help) + self.options.iter().map(|o| count(&o.label)).sum::<usize>()
    }

    /// Whether the user has given any answer on this step.
    pub fn is_answered(&self, answers: &Answers) -> bool {
        answers.is_answered(self.field) || self.field_to.is_some_and(|f| answers.is_answered(f))
    }

    /// Checks the step's answers; empty when they are fine. Messages are
    /// Dutch and name the problem, for the error summary and the field.
    pub fn validate(&self, answers: &Answers) -> Vec<StepError> {
        let mut errors = Vec::new();
        let mut error = |field: Field, message: String| errors.push(StepError { field, other: false, message });
        match self.kind {
            Kind::OneChoice | Kind::SeveralChoices => {
                let chosen = answers.choices(self.field);
                if chosen.is_empty() && !self.optional {
                    error(self.field, self.required_message.clone());
                }
                if self.kind == Kind::OneChoice && chosen.len() > 1 {
                    error(self.field, "Kies één antwoord.".to_owned());
                }
                if self.other.is_some() && chosen.iter().any(|c| c == OTHER) && answers.other_text(self.field).trim().is_empty() {
                    errors.push(StepError { field: self.field, other: true, message: "U koos 'Iets anders'. Schrijf op wat u bedoelt.".to_owned() });
                }
            }
            Kind::ShortText => {
                if answers.text(self.field).trim().is_empty() && !self.optional {
                    error(self.field, self.required_message.clone());
                }
            }
            Kind::YearRange => {
                let to_field = self.field_to.unwrap_or(self.field);
                let from_text = answers.text(self.field).trim();
                let to_text = answers.text(to_field).trim();
                if from_text.is_empty() && to_text.is_empty() {
                    if !self.optional {
                        error(self.field, self.required_message.clone());
                    }
                    return errors;
                }
                let from = parse_year(from_text);
                let to = parse_year(to_text);
                if from_text.is_empty() {
                    error(self.field, "Vul ook het eerste jaar in, bijvoorbeeld 2025.".to_owned());
                } else if from.is_none() {
                    error(self.field, "Het eerste jaar moet een jaartal zijn, zoals 2025.".to_owned());
                }
                if to_text.is_empty() {
                    error(to_field, "Vul ook het laatste jaar in, bijvoorbeeld 2028.".to_owned());
                } else if to.is_none() {
                    error(to_field, "Het laatste jaar moet een jaartal zijn, zoals 2028.".to_owned());
                }
                if let (Some(from), Some(to)) = (from, to) {
                    if to < from {
                        error(to_field, "Het laatste jaar mag niet vóór het eerste jaar liggen.".to_owned());
                    } else if to - from > 12 {
                        error(to_field, "De periode is langer dan 12 jaar. Kies een kortere periode.".to_owned());
                    }
                }
            }
        }
        errors
    }

    /// The answer as the check page shows it: option labels (unknown ids
    /// left out), the text, or "Niet ingevuld".
    pub fn display(&self, answers: &Answers) -> Vec<String> {
        let mut shown = Vec::new();
        match self.kind {
            Kind::OneChoice | Kind::SeveralChoices => {
                for id in answers.choices(self.field) {
                    if let Some(choice) = self.choice(id) {
                        let typed = answers.other_text(self.field).trim();
                        match id.as_str() {
                            OTHER if !typed.is_empty() => shown.push(format!("{}: {typed}", choice.label)),
                            _ => shown.push(choice.label.clone()),
                        }
                    }
                }
            }
            Kind::ShortText => {
                let text = answers.text(self.field).trim();
                if !text.is_empty() {
                    shown.push(text.to_owned());
                }
            }
            Kind::YearRange => {
                let from = answers.text(self.field).trim();
                let to = self.field_to.map(|f| answers.text(f).trim()).unwrap_or_default();
                if !from.is_empty() || !to.is_empty() {
                    shown.push(format!("{from} tot en met {to}"));
                }
            }
        }
        if shown.is_empty() {
            shown.push("Niet ingevuld".to_owned());
        }
        shown
    }
}

impl Questionnaire {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The step that writes `field`.
    pub fn step_for(&self, field: Field) -> Option<&Step> {
        self.by_field[field as usize].and_then(|at| self.steps.get(at))
    }

    /// Each section's minutes: its steps' visible words read at
    /// `WORDS_PER_MINUTE`, rounded to the nearest minute, at least one.
    /// The whole questionnaire's minutes: its sections' minutes added up,
    /// so the overview's figures agree.
    pub fn minutes(&self) -> usize {
        self.sections.iter().map(|s| usize::from(s.minutes)).sum()
    }

    pub(super) fn estimate_minutes(&mut self) {
        for section in &mut self.sections {
            let words: usize = self.steps.iter().filter(|s| s.section == section.id).map(Step::visible_words).sum();
            section.minutes = u8::try_from(((words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE).max(1)).unwrap_or(u8::MAX);
        }
    }

    pub(super) fn index_fields(&mut self) {
        for field in Field::ALL {
            self.by_field[field as usize] = self
                .steps
                .iter()
                .position(|s| s.field == field || s.field_to == Some(field));
        }
    }

    /// The steps that apply to these answers, in order: the step count adapts.
    pub fn applicable_steps(&self, answers: &Answers) -> Vec<&Step> {
        self.steps.iter().filter(|s| s.applies(answers)).collect()
    }

    /// The steps shown on the page of `step_id`, in order, whether they
    /// apply or not (a page shows those that apply as the answers change).
    pub fn page_of(&self, step_id: &str) -> &[Step] {
        let Some(at) = self.steps.iter().position(|s| s.id == step_id) else { return &[] };
        let first = self.steps[..=at].iter().rposition(|s| !s.joins_previous).unwrap_or(0);
        let length = self.steps[first + 1..].iter().take_while(|s| s.joins_previous).count() + 1;
        &self.steps[first..first + length]
    }

    /// The pages with at least one step that applies, each named by its
    /// first step's id, in order: the page count adapts.
    pub fn applicable_pages(&self, answers: &Answers) -> Vec<&str> {
        let mut pages: Vec<&str> = Vec::new();
        let mut page = "";
        for step in &self.steps {
            if !step.joins_previous {
                page = &step.id;
            }
            if step.applies(answers) && pages.last() != Some(&page) {
                pages.push(page);
            }
        }
        pages
    }

    /// "Stap X van N": the 1-based position of a step's page among the
    /// pages that apply.
    pub fn position(&self, step_id: &str, answers: &Answers) -> Option<(usize, usize)> {
        let pages = self.applicable_pages(answers);
        let at = self.index_among(&pages, step_id)?;
        Some((at + 1, pages.len()))
    }

    /// The first step of the page `offset` pages away from the page of
    /// `step_id`, among the pages that apply.
    pub fn neighbour_page(&self, step_id: &str, offset: isize, answers: &Answers) -> Option<&str> {
        let pages = self.applicable_pages(answers);
        let at = self.index_among(&pages, step_id)?;
        pages.get(at.checked_add_signed(offset)?).copied()
    }

    /// Where the page of `step_id` stands among `pages` (first step ids).
    fn index_among(&self, pages: &[&str], step_id: &str) -> Option<usize> {
        let page = self.page_of(step_id).first()?.id.as_str();
        pages.iter().position(|p| *p == page)
    }

    /// The applicable steps of a section.
    pub fn section_steps(&self, section: &str, answers: &Answers) -> Vec<&Step> {
        self.steps.iter().filter(|s| s.section == section && s.applies(answers)).collect()
    }

    /// Nog niet begonnen: nothing answered in the section. Klaar: every
    /// applicable step valid and every required one answered (optional steps
    /// may stay open once something in the section is answered, or once all
    /// its steps were `visited`). Bezig otherwise.
    pub fn section_status(&self, section: &str, answers: &Answers, visited: &[&str]) -> SectionStatus {
        let steps = self.section_steps(section, answers);
        let touched = steps.iter().any(|s| s.is_answered(answers) || visited.contains(&s.id.as_str()));
        if !touched {
            return SectionStatus::NotStarted;
        }
        let all_valid = steps.iter().all(|s| s.validate(answers).is_empty());
        let all_seen = steps.iter().all(|s| s.is_answered(answers) || s.optional || visited.contains(&s.id.as_str()));
        if all_valid && all_seen { SectionStatus::Done } else { SectionStatus::InProgress }
    }

    /// The label of an option id of a field, if the questionnaire knows it.
    pub fn label(&self, field: Field, id: &str) -> Option<&str> {
        self.step_for(field)?.choice(id).map(|c| c.label.as_str())
    }

    /// Whether the questionnaire knows `id` as an option of `field` (in
    /// `running`, a programme that is also an intervention row counts too).
    pub fn knows(&self, field: Field, id: &str) -> bool {
        self.step_for(field).filter(|s| s.field == field).is_some_and(|s| s.choice(id).is_some())
            || (field == Field::Running && self.linked_programmes.iter().any(|p| p == id))
    }

    /// The answers with only the option ids the questionnaire knows (see
    /// `knows`), without `NONE`; text fields as they are. Borrowed when nothing is unknown.
    pub fn known_only<'a>(&self, answers: &'a Answers) -> std::borrow::Cow<'a, Answers> {
        let list_fields = Field::ALL.into_iter().filter(|f| !f.is_text());
        let read = |field: Field, id: &str| id != NONE && self.knows(field, id);
        if list_fields.clone().all(|f| answers.choices(f).iter().all(|id| read(f, id))) {
            return std::borrow::Cow::Borrowed(answers);
        }
        let mut known = answers.clone();
        for field in list_fields {
            let kept: Vec<String> = answers.choices(field).iter().filter(|id| read(field, id)).cloned().collect();
            known.set_choices(field, kept);
        }
        std::borrow::Cow::Owned(known)
    }

    /// Every option id a list field accepts.
    pub fn option_ids(&self, field: Field) -> Vec<&str> {
        self.step_for(field)
            .filter(|s| s.field == field)
            .map(|s| s.options.iter().map(|c| c.id.as_str()).collect())
            .unwrap_or_default()
    }
}
