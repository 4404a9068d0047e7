//! A municipality's answers to the questionnaire: one flat, versioned JSON
//! object (documented in `ANSWERS.md`), the same form a saved draft and an
//! exported draft file carry.
//!
//! Option-valued fields hold option ids. Ids the app does not know are kept
//! (a draft is never rejected for them) and ignored by the advice.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The version this build writes. `Answers::from_json` reads every version up
/// to this one and migrates it.
pub const ANSWERS_VERSION: u32 = 1;

/// Everything the questionnaire asks. Every field may be missing in JSON.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(default)]
pub struct Answers {
    pub version: u32,
    /// Context.
    pub municipality: String,
    pub occasion: Vec<String>,
    pub occasion_other: String,
    /// Years as typed (kept as text so nothing typed is lost; see `period`).
    pub period_from: String,
    pub period_to: String,
    /// Substances of concern.
    pub substances: Vec<String>,
    pub substances_other: String,
    /// Target groups.
    pub age_bands: Vec<String>,
    pub intermediaries: Vec<String>,
    pub stages: Vec<String>,
    pub vulnerable_groups: Vec<String>,
    pub risk_groups: Vec<String>,
    /// Settings and concerns.
    pub settings: Vec<String>,
    pub school_types: Vec<String>,
    pub concerns: Vec<String>,
    /// What is known.
    pub monitors: Vec<String>,
    /// What already runs.
    pub running: Vec<String>,
    pub partners: Vec<String>,
    /// Policy focus.
    pub pillars: Vec<String>,
    pub domains: Vec<String>,
    /// One choice at most (a list for uniformity with the other option fields).
    pub lead: Vec<String>,
    /// Plans of its own.
    pub plans: Vec<String>,
    pub plans_other: String,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            version: ANSWERS_VERSION,
            municipality: String::new(),
            occasion: Vec::new(),
            occasion_other: String::new(),
            period_from: String::new(),
            period_to: String::new(),
            substances: Vec::new(),
            substances_other: String::new(),
            age_bands: Vec::new(),
            intermediaries: Vec::new(),
            stages: Vec::new(),
            vulnerable_groups: Vec::new(),
            risk_groups: Vec::new(),
            settings: Vec::new(),
            school_types: Vec::new(),
            concerns: Vec::new(),
            monitors: Vec::new(),
            running: Vec::new(),
            partners: Vec::new(),
            pillars: Vec::new(),
            domains: Vec::new(),
            lead: Vec::new(),
            plans: Vec::new(),
            plans_other: String::new(),
        }
    }
}

/// One answer field, named by its JSON key. The questionnaire, the rules'
/// conditions and the generic accessors all go through this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Municipality,
    Occasion,
    OccasionOther,
    PeriodFrom,
    PeriodTo,
    Substances,
    SubstancesOther,
    AgeBands,
    Intermediaries,
    Stages,
    VulnerableGroups,
    RiskGroups,
    Settings,
    SchoolTypes,
    Concerns,
    Monitors,
    Running,
    Partners,
    Pillars,
    Domains,
    Lead,
    Plans,
    PlansOther,
}

impl Field {
    pub const ALL: [Field; 23] = [
        Field::Municipality,
        Field::Occasion,
        Field::OccasionOther,
        Field::PeriodFrom,
        Field::PeriodTo,
        Field::Substances,
        Field::SubstancesOther,
        Field::AgeBands,
        Field::Intermediaries,
        Field::Stages,
        Field::VulnerableGroups,
        Field::RiskGroups,
        Field::Settings,
        Field::SchoolTypes,
        Field::Concerns,
        Field::Monitors,
        Field::Running,
        Field::Partners,
        Field::Pillars,
        Field::Domains,
        Field::Lead,
        Field::Plans,
        Field::PlansOther,
    ];

    /// The JSON key.
    pub fn key(self) -> &'static str {
        match self {
            Field::Municipality => "municipality",
            Field::Occasion => "occasion",
            Field::OccasionOther => "occasion_other",
            Field::PeriodFrom => "period_from",
            Field::PeriodTo => "period_to",
            Field::Substances => "substances",
            Field::SubstancesOther => "substances_other",
            Field::AgeBands => "age_bands",
            Field::Intermediaries => "intermediaries",
            Field::Stages => "stages",
            Field::VulnerableGroups => "vulnerable_groups",
            Field::RiskGroups => "risk_groups",
            Field::Settings => "settings",
            Field::SchoolTypes => "school_types",
            Field::Concerns => "concerns",
            Field::Monitors => "monitors",
            Field::Running => "running",
            Field::Partners => "partners",
            Field::Pillars => "pillars",
            Field::Domains => "domains",
            Field::Lead => "lead",
            Field::Plans => "plans",
            Field::PlansOther => "plans_other",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Free text (a string) rather than a list of option ids.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Field::Municipality
                | Field::OccasionOther
                | Field::PeriodFrom
                | Field::PeriodTo
                | Field::SubstancesOther
                | Field::PlansOther
        )
    }
}

/// Why a JSON text could not be read as answers. The `Display` text is Dutch
/// (B1), for the person loading a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersError {
    /// Not JSON at all (the parser's message).
    InvalidJson(String),
    /// JSON, but not an object.
    NotAnObject,
    /// `version` is not a whole number of 0 or more.
    InvalidVersion,
    /// Written by a newer version of the app.
    TooNew { found: u64, current: u32 },
    /// A known key holds the wrong kind of value.
    WrongType { key: String, expected: &'static str },
}

impl std::fmt::Display for AnswersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswersError::InvalidJson(detail) => {
                write!(f, "Dit bestand is geen geldig antwoordenbestand (geen geldige JSON: {detail}).")
            }
            AnswersError::NotAnObject => write!(f, "Dit bestand bevat geen antwoorden. Er staat geen JSON-object in."),
            AnswersError::InvalidVersion => write!(f, "Het versienummer in dit bestand is geen geheel getal."),
            AnswersError::TooNew { found, current } => write!(
                f,
                "Dit bestand komt uit een nieuwere versie van de app (versie {found}). Deze app leest versie {current} en ouder. Gebruik de nieuwste versie van de app."
            ),
            AnswersError::WrongType { key, expected } => {
                write!(f, "Het veld `{key}` in dit bestand moet {expected} zijn.")
            }
        }
    }
}

impl std::error::Error for AnswersError {}

/// The migrations, in order: `MIGRATIONS[n]` turns version `n` into `n + 1`.
const MIGRATIONS: [fn(&mut Map<String, Value>); ANSWERS_VERSION as usize] = [migrate_0_to_1];

/// Version 0: the questionnaire prototype's drafts. They carried no
/// `version`, called the municipality `gemeente`, held a single `setting`
/// string instead of the `settings` list, and wrote the youngest age band as
/// `12/13` instead of `12-13`.
fn migrate_0_to_1(object: &mut Map<String, Value>) {
    if let Some(name) = object.remove("gemeente") {
        object.entry("municipality").or_insert(name);
    }
    if let Some(setting) = object.remove("setting") {
        let mut settings = match object.remove("settings") {
            Some(Value::Array(list)) => list,
            _ => Vec::new(),
        };
        match setting {
            Value::String(id) => settings.push(Value::String(id)),
            Value::Array(ids) => settings.extend(ids),
            _ => {}
        }
        object.insert("settings".to_owned(), Value::Array(settings));
    }
    if let Some(Value::Array(bands)) = object.get_mut("age_bands") {
        for band in bands.iter_mut() {
            if band.as_str() == Some("12/13") {
                *band = Value::String("12-13".to_owned());
            }
        }
    }
}

impl Answers {
    /// Reads answers of any version up to `ANSWERS_VERSION` and migrates
    /// them. A file without `version` is version 0. Unknown keys are
    /// ignored; years may be written as numbers or text.
    pub fn from_json(text: &str) -> Result<Answers, AnswersError> {
        let value: Value = serde_json::from_str(text).map_err(|e| AnswersError::InvalidJson(e.to_string()))?;
        let Value::Object(mut object) = value else { return Err(AnswersError::NotAnObject) };
        let version = match object.get("version") {
            None | Some(Value::Null) => 0,
            Some(v) => v.as_u64().ok_or(AnswersError::InvalidVersion)?,
        };
        if version > u64::from(ANSWERS_VERSION) {
            return Err(AnswersError::TooNew { found: version, current: ANSWERS_VERSION });
        }
        for migrate in &MIGRATIONS[version as usize..] {
            migrate(&mut object);
        }
        object.insert("version".to_owned(), Value::from(ANSWERS_VERSION));
        for field in Field::ALL {
            let Some(value) = object.get_mut(field.key()) else { continue };
            normalise(field, value)?;
        }
        serde_json::from_value(Value::Object(object)).map_err(|e| AnswersError::InvalidJson(e.to_string()))
    }

    /// The JSON form (pretty-printed), always of the current version.
    pub fn to_json(&self) -> String {
        let mut answers = self.clone();
        answers.version = ANSWERS_VERSION;
        serde_json::to_string_pretty(&answers).unwrap_or_default()
    }

    /// The option ids of a list field; empty for a text field.
    pub fn choices(&self, field: Field) -> &[String] {
        match field {
            Field::Occasion => &self.occasion,
            Field::Substances => &self.substances,
            Field::AgeBands => &self.age_bands,
            Field::Intermediaries => &self.intermediaries,
            Field::Stages => &self.stages,
            Field::VulnerableGroups => &self.vulnerable_groups,
            Field::RiskGroups => &self.risk_groups,
            Field::Settings => &self.settings,
            Field::SchoolTypes => &self.school_types,
            Field::Concerns => &self.concerns,
            Field::Monitors => &self.monitors,
            Field::Running => &self.running,
            Field::Partners => &self.partners,
            Field::Pillars => &self.pillars,
            Field::Domains => &self.domains,
            Field::Lead => &self.lead,
            Field::Plans => &self.plans,
            _ => &[],
        }
    }

    fn choices_mut(&mut self, field: Field) -> Option<&mut Vec<String>> {
        Some(match field {
            Field::Occasion => &mut self.occasion,
            Field::Substances => &mut self.substances,
            Field::AgeBands => &mut self.age_bands,
            Field::Intermediaries => &mut self.intermediaries,
            Field::Stages => &mut self.stages,
            Field::VulnerableGroups => &mut self.vulnerable_groups,
            Field::RiskGroups => &mut self.risk_groups,
            Field::Settings => &mut self.settings,
            Field::SchoolTypes => &mut self.school_types,
            Field::Concerns => &mut self.concerns,
            Field::Monitors => &mut self.monitors,
            Field::Running => &mut self.running,
            Field::Partners => &mut self.partners,
            Field::Pillars => &mut self.pillars,
            Field::Domains => &mut self.domains,
            Field::Lead => &mut self.lead,
            Field::Plans => &mut self.plans,
            _ => return None,
        })
    }

    /// Replaces a list field's option ids (duplicates dropped, order kept).
    /// Returns false, changing nothing, for a text field.
    pub fn set_choices(&mut self, field: Field, ids: Vec<String>) -> bool {
        let Some(slot) = self.choices_mut(field) else { return false };
        let mut unique: Vec<String> = Vec::with_capacity(ids.len());
        for id in ids {
            if !unique.contains(&id) {
                unique.push(id);
            }
        }
        *slot = unique;
        true
    }

    /// Adds or removes one option id of a list field.
    pub fn toggle_choice(&mut self, field: Field, id: &str) -> bool {
        let Some(slot) = self.choices_mut(field) else { return false };
        match slot.iter().position(|c| c == id) {
            Some(at) => {
                slot.remove(at);
            }
            None => slot.push(id.to_owned()),
        }
        true
    }

    /// Whether a list field holds `id`.
    pub fn has(&self, field: Field, id: &str) -> bool {
        self.choices(field).iter().any(|c| c == id)
    }

    /// A text field's value; empty for a list field.
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Municipality => &self.municipality,
            Field::OccasionOther => &self.occasion_other,
            Field::PeriodFrom => &self.period_from,
            Field::PeriodTo => &self.period_to,
            Field::SubstancesOther => &self.substances_other,
            Field::PlansOther => &self.plans_other,
            _ => "",
        }
    }

    /// Sets a text field. Returns false, changing nothing, for a list field.
    pub fn set_text(&mut self, field: Field, value: String) -> bool {
        let slot = match field {
            Field::Municipality => &mut self.municipality,
            Field::OccasionOther => &mut self.occasion_other,
            Field::PeriodFrom => &mut self.period_from,
            Field::PeriodTo => &mut self.period_to,
            Field::SubstancesOther => &mut self.substances_other,
            Field::PlansOther => &mut self.plans_other,
            _ => return false,
        };
        *slot = value;
        true
    }

    /// Whether a field holds anything (a non-blank text or at least one id).
    pub fn is_answered(&self, field: Field) -> bool {
        if field.is_text() { !self.text(field).trim().is_empty() } else { !self.choices(field).is_empty() }
    }

    /// Whether nothing at all was answered.
    pub fn is_empty(&self) -> bool {
        Field::ALL.into_iter().all(|f| !self.is_answered(f))
    }

    /// The policy period as (from, to) when both years are valid and in order.
    pub fn period(&self) -> Option<(u16, u16)> {
        let from = parse_year(&self.period_from)?;
        let to = parse_year(&self.period_to)?;
        (from <= to).then_some((from, to))
    }
}

/// A four-digit year from 2000 to 2099, as typed (spaces allowed around it).
pub fn parse_year(text: &str) -> Option<u16> {
    let text = text.trim();
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u16>().ok().filter(|y| (2000..=2099).contains(y))
}

/// Checks a known key's value kind; numbers in text fields (years) become text.
fn normalise(field: Field, value: &mut Value) -> Result<(), AnswersError> {
    let wrong = |expected| Err(AnswersError::WrongType { key: field.key().to_owned(), expected });
    if value.is_null() {
        *value = if field.is_text() { Value::String(String::new()) } else { Value::Array(Vec::new()) };
        return Ok(());
    }
    if field.is_text() {
        match value {
            Value::String(_) => Ok(()),
            Value::Number(n) => {
                *value = Value::String(n.to_string());
                Ok(())
            }
            _ => wrong("een tekst"),
        }
    } else {
        match value {
            Value::Array(items) if items.iter().all(Value::is_string) => Ok(()),
            // A single id where a list belongs: read it as a list of one.
            Value::String(id) => {
                *value = Value::Array(vec![Value::String(std::mem::take(id))]);
                Ok(())
            }
            _ => wrong("een lijst met teksten (keuze-id's)"),
        }
    }
}
