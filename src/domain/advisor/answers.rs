//! A municipality's answers to the questionnaire: one flat, versioned JSON
//! object (documented in `ANSWERS.md`), the same form a saved draft and an
//! exported draft file carry.
//!
//! Option-valued fields hold option ids. Ids the app does not know are kept
//! (a draft is never rejected for them) and ignored by the advice.

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The version this build writes. `Answers::from_json` reads every version up
/// to this one and migrates it.
pub const ANSWERS_VERSION: u32 = 2;

/// Everything the questionnaire asks. Every field may be missing in JSON.
#[derive(Serialize, Clone, PartialEq, Debug)]
pub struct Answers {
    pub version: u32,
    /// Context.
    pub municipality: String,
    pub occasion: Vec<String>,
    /// Years as typed (kept as text so nothing typed is lost; see `period`).
    pub period_from: String,
    pub period_to: String,
    /// Substances of concern.
    pub substances: Vec<String>,
    /// Whether the municipality has coffeeshops (one id at most).
    pub coffeeshops: Vec<String>,
    /// Target groups.
    pub age_bands: Vec<String>,
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
    /// The free text of each list's option "Iets anders", by the list's key.
    #[serde(rename = "anders")]
    pub other: BTreeMap<String, String>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            version: ANSWERS_VERSION,
            municipality: String::new(),
            occasion: Vec::new(),
            period_from: String::new(),
            period_to: String::new(),
            substances: Vec::new(),
            coffeeshops: Vec::new(),
            age_bands: Vec::new(),
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
            other: BTreeMap::new(),
        }
    }
}

/// One answer field, named by its JSON key. The questionnaire, the rules'
/// conditions and the generic accessors all go through this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Municipality,
    Occasion,
    PeriodFrom,
    PeriodTo,
    Substances,
    Coffeeshops,
    AgeBands,
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
}

impl Field {
    pub const ALL: [Field; 20] = [
        Field::Municipality,
        Field::Occasion,
        Field::PeriodFrom,
        Field::PeriodTo,
        Field::Substances,
        Field::Coffeeshops,
        Field::AgeBands,
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
    ];

    /// The JSON key.
    pub fn key(self) -> &'static str {
        match self {
            Field::Municipality => "municipality",
            Field::Occasion => "occasion",
            Field::PeriodFrom => "period_from",
            Field::PeriodTo => "period_to",
            Field::Substances => "substances",
            Field::Coffeeshops => "coffeeshops",
            Field::AgeBands => "age_bands",
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
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Free text (a string) rather than a list of option ids.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Field::Municipality | Field::PeriodFrom | Field::PeriodTo
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

/// Reads answers of every version up to `ANSWERS_VERSION` and migrates
/// them, in a saved draft as in a file (`from_json` checks a file's value
/// kinds first). A missing `version` is version 0. Unknown keys are ignored.
/// One reader for all the lists, not one per field: a derived reader
/// repeats the list's code twenty times in the app.
impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Answers, D::Error> {
        deserializer.deserialize_map(AnswersVisitor)
    }
}

struct AnswersVisitor;

impl<'de> Visitor<'de> for AnswersVisitor {
    type Value = Answers;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of answers")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Answers, M::Error> {
        let mut answers = Answers::default();
        let mut version = 0;
        let mut old = OldKeys::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "version" => version = map.next_value()?,
                "anders" => answers.other = map.next_value()?,
                "gemeente" => old.municipality = map.next_value()?,
                "setting" => old.setting = map.next_value::<OneOrMore>()?.0,
                "intermediaries" => old.intermediaries = Some(map.next_value()?),
                "occasion_other" | "substances_other" | "plans_other" => {
                    if let Some(text) = map.next_value::<Option<String>>()? {
                        old.other.push((key, text));
                    }
                }
                _ => match Field::from_key(&key) {
                    Some(field) => match answers.choices_mut(field) {
                        Some(list) => *list = map.next_value()?,
                        None => _ = answers.set_text(field, map.next_value()?),
                    },
                    None => _ = map.next_value::<IgnoredAny>()?,
                },
            }
        }
        old.migrate(&mut answers, version);
        answers.version = version.max(ANSWERS_VERSION);
        Ok(answers)
    }
}

/// A string or a list of strings (version 0's `setting`).
struct OneOrMore(Vec<String>);

impl<'de> Deserialize<'de> for OneOrMore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<OneOrMore, D::Error> {
        struct Ids;
        impl<'de> Visitor<'de> for Ids {
            type Value = OneOrMore;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an id or a list of ids")
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<OneOrMore, E> {
                Ok(OneOrMore(vec![id.to_owned()]))
            }
            fn visit_seq<S: serde::de::SeqAccess<'de>>(self, mut seq: S) -> Result<OneOrMore, S::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element()? {
                    ids.push(id);
                }
                Ok(OneOrMore(ids))
            }
        }
        deserializer.deserialize_any(Ids)
    }
}

/// The keys older versions had and the current one has not.
#[derive(Default)]
struct OldKeys {
    /// Version 0's `gemeente`.
    municipality: Option<String>,
    /// Version 0's single `setting`.
    setting: Vec<String>,
    /// Version 1's people around young people.
    intermediaries: Option<Vec<String>>,
    /// Version 1's `occasion_other`, `substances_other`, `plans_other`.
    other: Vec<(String, String)>,
}

impl OldKeys {
    /// Takes answers of `version` to the current one, a version at a time.
    fn migrate(self, answers: &mut Answers, version: u32) {
        if version < 1 {
            self.migrate_0_to_1(answers);
        }
        if version < 2 {
            self.migrate_1_to_2(answers);
        }
    }

    /// Version 0: the questionnaire prototype's drafts. They carried no
    /// `version`, called the municipality `gemeente`, held a single `setting`
    /// string instead of the `settings` list, and wrote the youngest age band
    /// as `12/13` instead of `12-13`.
    fn migrate_0_to_1(&self, answers: &mut Answers) {
        if let Some(name) = &self.municipality {
            if answers.municipality.is_empty() {
                answers.municipality = name.clone();
            }
        }
        answers.settings.extend(self.setting.iter().cloned());
        renamed(&mut answers.age_bands, &[("12/13", &["12-13"])]);
    }

    /// Version 1 to 2, the shorter questionnaire: age bands that do not
    /// overlap (each old band becomes the new band holding most of it); the
    /// people around young people (`intermediaries`) joined the `partners`;
    /// the bundled occasion "bestuurlijk, ambtelijk en/of vanuit de
    /// samenleving" became its three parts; the free texts of "Iets anders"
    /// moved into one object by list (`anders`).
    fn migrate_1_to_2(self, answers: &mut Answers) {
        renamed(&mut answers.age_bands, &[("12-13", &["11-12"]), ("13-16", &["13-15"]), ("16-18", &["16-17"])]);
        renamed(&mut answers.occasion, &[("aanleiding-initiatief", &["aanleiding-bestuurlijk", "aanleiding-ambtelijk", "aanleiding-samenleving"])]);
        if let Some(people) = self.intermediaries {
            let mut partners = std::mem::take(&mut answers.partners);
            partners.extend(people);
            renamed(
                &mut partners,
                &[
                    ("ouders", &["burgers-ouders"]),
                    ("docenten", &["scholen"]),
                    ("studentbegeleiders", &["hoger-onderwijs"]),
                    ("professionals-zorg-sociaal", &["wijkteams-jeugdhulp"]),
                    ("jongerenwerkers", &["jongerenwerk"]),
                ],
            );
            answers.set_choices(Field::Partners, partners);
        }
        for (key, text) in self.other {
            answers.other.insert(key.trim_end_matches("_other").to_owned(), text);
        }
    }
}

/// Replaces each id named in `pairs` by the ids it became, in place.
fn renamed(ids: &mut Vec<String>, pairs: &[(&str, &[&str])]) {
    for id in std::mem::take(ids) {
        match pairs.iter().find(|(from, _)| id == *from) {
            Some((_, to)) => ids.extend(to.iter().map(|t| (*t).to_owned())),
            None => ids.push(id),
        }
    }
}

impl Answers {
    /// Reads an answers file of any version up to `ANSWERS_VERSION` and
    /// migrates it. A file without `version` is version 0. Unknown keys are
    /// ignored; years may be written as numbers or text, a single id where a
    /// list belongs, `null` for empty; other kinds are a `WrongType` naming
    /// the key.
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
        object.insert("version".to_owned(), Value::from(version));
        for field in Field::ALL {
            let Some(value) = object.get_mut(field.key()) else { continue };
            normalise(field, value)?;
        }
        normalise_other(&mut object)?;
        // Read (and migrated) as a saved draft's answers are.
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
            Field::Coffeeshops => &self.coffeeshops,
            Field::AgeBands => &self.age_bands,
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
            Field::Coffeeshops => &mut self.coffeeshops,
            Field::AgeBands => &mut self.age_bands,
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
            Field::PeriodFrom => &self.period_from,
            Field::PeriodTo => &self.period_to,
            _ => "",
        }
    }

    /// Sets a text field. Returns false, changing nothing, for a list field.
    pub fn set_text(&mut self, field: Field, value: String) -> bool {
        let slot = match field {
            Field::Municipality => &mut self.municipality,
            Field::PeriodFrom => &mut self.period_from,
            Field::PeriodTo => &mut self.period_to,
            _ => return false,
        };
        *slot = value;
        true
    }

    /// The free text typed with a list's option "Iets anders".
    pub fn other_text(&self, list: Field) -> &str {
        self.other.get(list.key()).map_or("", String::as_str)
    }

    /// Sets the free text of a list's option "Iets anders".
    pub fn set_other_text(&mut self, list: Field, value: String) {
        if value.is_empty() {
            self.other.remove(list.key());
        } else {
            self.other.insert(list.key().to_owned(), value);
        }
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

/// The years of an age band id: "13-15" is 13 to 15, "26-plus" is 26 and
/// older. The dossier's own bands read from its text use the same form.
pub fn band_range(id: &str) -> Option<(u8, u8)> {
    let (from, to) = id.split_once('-')?;
    let from = from.parse::<u8>().ok()?;
    let to = if to == "plus" { u8::MAX } else { to.parse::<u8>().ok()? };
    (from <= to).then_some((from, to))
}

/// A four-digit year from 2000 to 2099, as typed (spaces allowed around it).
pub fn parse_year(text: &str) -> Option<u16> {
    let text = text.trim();
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u16>().ok().filter(|y| (2000..=2099).contains(y))
}

/// `anders` must be an object of texts; `null` reads as empty, entries that
/// are not text are an error naming the list.
fn normalise_other(object: &mut Map<String, Value>) -> Result<(), AnswersError> {
    match object.get_mut("anders") {
        None => Ok(()),
        Some(value @ Value::Null) => {
            *value = Value::Object(Map::new());
            Ok(())
        }
        Some(Value::Object(texts)) => match texts.iter().find(|(_, text)| !text.is_string()) {
            Some((list, _)) => Err(AnswersError::WrongType { key: format!("anders.{list}"), expected: "een tekst" }),
            None => Ok(()),
        },
        Some(_) => Err(AnswersError::WrongType { key: "anders".to_owned(), expected: "een object met teksten" }),
    }
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
