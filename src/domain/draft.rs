//! The saved form of a draft: a versioned envelope around its data, the
//! export file that carries one or more drafts, their migrations, and import
//! with clear Dutch errors. Pure: the browser storage lives in `storage`.

use serde::de::{DeserializeOwned, Deserializer, IgnoredAny};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;

use super::advisor::answers::Answers;
use super::by_key::read_by_key;
use super::advisor::questionnaire::Questionnaire;
use super::policy_plan::PolicyPlanState;

/// Identifies a stored draft envelope.
pub const DRAFT_FORMAT: &str = "wat-werkt-drugs/concept";
/// Identifies an export file.
pub const EXPORT_FORMAT: &str = "wat-werkt-drugs/export";
/// The envelope and export version this app writes. Every older version has
/// a migration in `MIGRATIONS`.
pub const FORMAT_VERSION: u32 = 1;
/// Import files larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 2_000_000;

/// What a draft holds: the answers, the policy plan's own text, and where
/// the user is. Every field may be missing in JSON.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DraftData {
    pub answers: Answers,
    /// The step the user was last on: opening the draft resumes there.
    pub step: String,
    /// Steps the user has seen, for the sections' status.
    pub visited: Vec<String>,
    /// The user gave the draft a name; until then it is named after the
    /// municipality and the day it was made.
    pub named: bool,
    /// The policy plan: the user's own text and choices (`plan` in JSON).
    #[serde(rename = "plan")]
    pub policy_plan: PolicyPlanState,
    /// The id of the draft this one is the evaluation copy of: the version
    /// it is compared with by default.
    pub evaluation_of: Option<String>,
}

read_by_key!(DraftData {
    "answers" => answers,
    "step" => step,
    "visited" => visited,
    "named" => named,
    "plan" => policy_plan,
    "evaluation_of" => evaluation_of,
});

impl DraftData {
    pub fn mark_visited(&mut self, step: &str) {
        self.step = step.to_owned();
        if !self.visited.iter().any(|s| s == step) {
            self.visited.push(step.to_owned());
        }
    }

    /// Whether the user's own content (answers, name choice) is the same;
    /// where the user is (`step`, `visited`) does not count.
    pub fn same_content(&self, other: &DraftData) -> bool {
        self.answers == other.answers && self.named == other.named && self.policy_plan == other.policy_plan
    }

    /// `theirs` with this window's place in the questionnaire kept.
    pub fn with_place_of(mut theirs: DraftData, ours: &DraftData) -> DraftData {
        theirs.step = ours.step.clone();
        for step in &ours.visited {
            if !theirs.visited.contains(step) {
                theirs.visited.push(step.clone());
            }
        }
        theirs
    }

    /// (answered, applicable) steps.
    pub fn progress(&self, questionnaire: &Questionnaire) -> (usize, usize) {
        let steps = questionnaire.applicable_steps(&self.answers);
        (steps.iter().filter(|s| s.is_answered(&self.answers)).count(), steps.len())
    }
}

/// What the pages that only show a draft (the advice) read of it: the
/// answers, whether the user named it, and the offers chosen for the plan.
/// Read without the rest of the plan, so the advice's bundle carries no
/// reader for it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShownData {
    pub answers: Answers,
    pub named: bool,
    /// `plan` in JSON.
    pub policy_plan: ChosenOffers,
}

read_by_key!(ShownData { "answers" => answers, "named" => named, "plan" => policy_plan });

/// The plan's `chosen`, and nothing else of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChosenOffers {
    pub chosen: Option<Vec<String>>,
}

read_by_key!(ChosenOffers { "chosen" => chosen });

impl From<ShownData> for DraftData {
    /// The draft as far as it was read (the rest empty), for pages that
    /// show it and never save it.
    fn from(shown: ShownData) -> DraftData {
        let policy_plan = PolicyPlanState { chosen: shown.policy_plan.chosen, ..PolicyPlanState::default() };
        DraftData { answers: shown.answers, named: shown.named, policy_plan, ..DraftData::default() }
    }
}

/// A draft's name until the user gives one: "Drugsbeleid Utrecht, 29 november
/// 2026", or "Plan van 29 november 2026" without a municipality.
pub fn default_name(municipality: &str, created_local_ms: i64) -> String {
    let date = format_date(created_local_ms);
    match municipality.trim() {
        "" => format!("Plan van {date}"),
        name => format!("Drugsbeleid {name}, {date}"),
    }
}

/// One draft as stored and exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<D> {
    pub format: String,
    pub format_version: u32,
    pub id: String,
    pub name: String,
    /// Goes up by one on every save; detects changes made in another tab.
    pub revision: u64,
    /// Milliseconds since 1970 (UTC).
    pub created: i64,
    pub updated: i64,
    /// When it was last saved to a file (exported, or imported from one), if ever.
    pub exported: Option<i64>,
    /// When the user's content last changed (`updated` also moves when only
    /// their place in the questionnaire does).
    #[serde(default)]
    pub changed: Option<i64>,
    /// When the oldest change that is in no file was made; `None` while
    /// everything is in a file (see `backup.rs`).
    #[serde(default)]
    pub unexported_since: Option<i64>,
    /// The random marks of the last saves this version descends from, oldest
    /// first; the last is its own. Revisions cannot tell a newer version from
    /// a rival: two windows that save at once both write the next revision.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<String>,
    pub data: D,
}

/// How many marks a version keeps of the saves it descends from: another
/// window learns of every save as it happens, so a few are plenty.
const LINEAGE_KEPT: usize = 16;

/// How a stored version of a draft relates to the one a window holds (the
/// version it last saved or loaded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kinship {
    /// The very version this window holds.
    Same,
    /// Saved later on top of it, by another window.
    Descendant,
    /// Not saved on top of it: another window saved over it without seeing
    /// it (both saved at once), or its later saves are out of sight.
    Rival,
}

impl<D> Envelope<D> {
    pub fn new(id: String, name: String, now: i64, data: D) -> Envelope<D> {
        Envelope {
            format: DRAFT_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            id,
            name,
            revision: 0,
            created: now,
            updated: now,
            exported: None,
            changed: None,
            unexported_since: None,
            lineage: Vec::new(),
            data,
        }
    }

    /// The same envelope around other data.
    pub fn map_data<E>(self, change: impl FnOnce(D) -> E) -> Envelope<E> {
        let Envelope { format, format_version, id, name, revision, created, updated, exported, changed, unexported_since, lineage, data } = self;
        Envelope { format, format_version, id, name, revision, created, updated, exported, changed, unexported_since, lineage, data: change(data) }
    }

    /// This version's own mark, if it was saved by an app that marks saves.
    fn mark(&self) -> Option<&str> {
        self.lineage.last().map(String::as_str)
    }

    /// Makes this a new version, saved on top of the one it was: the next
    /// revision, with `mark` (random, unique to this save) as its own.
    pub fn mark_saved(&mut self, mark: String, now: i64) {
        self.revision += 1;
        self.updated = now;
        self.lineage.push(mark);
        let excess = self.lineage.len().saturating_sub(LINEAGE_KEPT);
        self.lineage.drain(..excess);
    }

    /// How `stored` relates to this version (see `Kinship`).
    pub fn kinship_of<E>(&self, stored: &Envelope<E>) -> Kinship {
        if self.mark() == stored.mark() && self.revision == stored.revision {
            return Kinship::Same;
        }
        match self.mark() {
            Some(mark) if stored.lineage.iter().any(|m| m == mark) => Kinship::Descendant,
            // Saved before saves were marked: only the revision tells.
            None if stored.revision > self.revision => Kinship::Descendant,
            _ => Kinship::Rival,
        }
    }
}

/// Why stored or imported text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Written by a newer version of the app: keep it, do not change it.
    Newer(u32),
    /// Truncated, hand-edited or not ours; the reason in Dutch.
    Unreadable(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Newer(version) => write!(
                f,
                "gemaakt met een nieuwere versie van deze tool (formaatversie {version}); deze versie kan het alleen tonen"
            ),
            ReadError::Unreadable(reason) => f.write_str(reason),
        }
    }
}

/// What a stored or imported text is, read before its shape: whose it is
/// and which version. A field of another kind makes it not ours.
#[derive(Deserialize)]
struct Kind {
    #[serde(default)]
    format: String,
    #[serde(default)]
    format_version: u64,
}

impl Kind {
    fn version(&self) -> u32 {
        u32::try_from(self.format_version).unwrap_or(u32::MAX)
    }
}

/// An envelope as stored, of every version this app reads. Version 0 (the
/// unreleased shape) kept the answers at the top level instead of inside
/// `data` and had no revision. A draft without `unexported_since` was saved
/// before backups (`estimate_unexported_since`).
#[derive(Deserialize)]
struct StoredEnvelope<'a, D> {
    id: String,
    name: String,
    #[serde(default)]
    revision: u64,
    created: i64,
    updated: i64,
    exported: Option<i64>,
    changed: Option<i64>,
    #[serde(default, deserialize_with = "present")]
    unexported_since: Option<Option<i64>>,
    #[serde(default)]
    lineage: Vec<String>,
    data: Option<D>,
    #[serde(borrow)]
    answers: Option<&'a RawValue>,
}

/// `Some` for a key that is there, `null` included.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(deserializer).map(Some)
}

/// Drafts written before `unexported_since` existed get an estimate, from
/// what they say, of whether changes are in no file. A field added within
/// version 1 (older apps of version 1 ignore it): no version bump, so files
/// stay readable by apps that are still cached in other browsers.
fn estimate_unexported_since(revision: u64, updated: i64, exported: Option<i64>) -> Option<i64> {
    /// The old export stamped `updated` a moment after `exported`.
    const EXPORT_STAMP_MS: i64 = 60_000;
    // Revision 1 is the first write: a new empty draft, or one just imported from a file.
    let edited = revision > 1;
    (edited && exported.is_none_or(|e| updated > e.saturating_add(EXPORT_STAMP_MS))).then_some(updated)
}

/// Reads one envelope from JSON, of this version or an older one: straight
/// into its types, without an untyped copy (which would cost the app's
/// bundles its code).
pub fn read_envelope<D: DeserializeOwned>(text: &str) -> Result<Envelope<D>, ReadError> {
    let unreadable = ReadError::Unreadable;
    if !text.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => unreadable("geen concept van deze tool (geen object)".into()),
            Err(e) => unreadable(format!("geen geldige JSON ({})", describe(&e))),
        });
    }
    let kind: Kind = serde_json::from_str(text).map_err(|e| match e.classify() {
        Category::Data => unreadable("geen concept van deze tool (onbekend formaat)".into()),
        _ => unreadable(format!("geen geldige JSON ({})", describe(&e))),
    })?;
    if kind.format != DRAFT_FORMAT {
        return Err(unreadable("geen concept van deze tool (onbekend formaat)".into()));
    }
    if kind.version() > FORMAT_VERSION {
        return Err(ReadError::Newer(kind.version()));
    }
    let damaged = |e: serde_json::Error| unreadable(format!("onvolledig of beschadigd ({})", describe(&e)));
    let stored: StoredEnvelope<D> = serde_json::from_str(text).map_err(damaged)?;
    let data = match (stored.data, stored.answers) {
        (Some(data), _) => data,
        (None, Some(answers)) => serde_json::from_str(&format!(r#"{{"answers":{}}}"#, answers.get())).map_err(damaged)?,
        (None, None) => return Err(damaged(serde::de::Error::missing_field("data"))),
    };
    let unexported_since =
        stored.unexported_since.unwrap_or_else(|| estimate_unexported_since(stored.revision, stored.updated, stored.exported));
    Ok(Envelope {
        format: DRAFT_FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        id: stored.id,
        name: stored.name,
        revision: stored.revision,
        created: stored.created,
        updated: stored.updated,
        exported: stored.exported,
        changed: stored.changed,
        unexported_since,
        lineage: stored.lineage,
        data,
    })
}

/// A newer version's draft read as well as this version can, to show it:
/// the fields it knows, and the data as far as it reads as `D` (else empty).
pub fn read_as_far_as_known<D: DeserializeOwned + Default>(text: &str) -> Option<Envelope<D>> {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Known<'a> {
        id: String,
        name: String,
        created: i64,
        updated: Option<i64>,
        #[serde(borrow)]
        data: Option<&'a RawValue>,
    }
    let known: Known = serde_json::from_str(text).ok()?;
    let data = known.data.and_then(|data| serde_json::from_str(data.get()).ok()).unwrap_or_default();
    let mut envelope = Envelope::new(known.id, known.name, known.created, data);
    envelope.updated = known.updated.unwrap_or(envelope.created);
    Some(envelope)
}

/// A short Dutch description of a serde error, without Rust type names.
fn describe(error: &serde_json::Error) -> String {
    let place = format!("regel {}, teken {}", error.line(), error.column());
    match error.classify() {
        Category::Eof => format!("het bestand houdt halverwege op, {place}"),
        Category::Syntax => format!("ongeldige tekens, {place}"),
        Category::Data => {
            let message = error.to_string();
            let field = message.split('`').nth(1).map(|f| format!(" bij `{f}`")).unwrap_or_default();
            format!("een waarde heeft het verkeerde type of ontbreekt{field}")
        }
        Category::Io => "het bestand kon niet worden gelezen".to_owned(),
    }
}

/// An export file: the drafts and when they were written to it.
#[derive(Serialize)]
struct ExportFile<'a, D> {
    format: &'static str,
    format_version: u32,
    exported: i64,
    drafts: &'a [&'a Envelope<D>],
}

/// Writes an export file holding `drafts`.
pub fn export_json<D: Serialize>(drafts: &[&Envelope<D>], now: i64) -> String {
    let file = ExportFile { format: EXPORT_FORMAT, format_version: FORMAT_VERSION, exported: now, drafts };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why an import file was refused, in Dutch, for the person who chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    Empty,
    NotOurs,
    Newer(u32),
    Damaged(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge(bytes) => write!(
                f,
                "Het bestand is te groot ({} kB). Een export van deze tool is veel kleiner; kies het bestand dat u met “Exporteren” hebt gemaakt.",
                bytes / 1000
            ),
            ImportError::Empty => f.write_str("Het bestand is leeg of bevat geen plannen."),
            ImportError::NotOurs => f.write_str(
                "Dit bestand is geen export van Wat werkt bij drugspreventie. Kies een .json-bestand dat u met “Exporteren” in deze tool hebt gemaakt.",
            ),
            ImportError::Newer(version) => write!(
                f,
                "Dit bestand is gemaakt met een nieuwere versie van deze tool (formaatversie {version}). Open het in de nieuwste versie van de tool."
            ),
            ImportError::Damaged(reason) => write!(f, "Het bestand is beschadigd of met de hand aangepast: {reason}. Er is niets veranderd."),
        }
    }
}

/// Reads an import file: an export file with several drafts, or a single
/// draft envelope. Strict: one bad draft refuses the whole file, so a
/// failed import changes nothing.
pub fn read_import<D: DeserializeOwned>(text: &str) -> Result<Vec<Envelope<D>>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let kind: Kind = serde_json::from_str(text).map_err(|e| match e.classify() {
        Category::Eof => ImportError::Damaged(describe(&e)),
        Category::Syntax if looks_like_json(text) => ImportError::Damaged(describe(&e)),
        _ => ImportError::NotOurs,
    })?;
    let drafts = match kind.format.as_str() {
        EXPORT_FORMAT if kind.version() > FORMAT_VERSION => return Err(ImportError::Newer(kind.version())),
        EXPORT_FORMAT => {
            #[derive(Deserialize)]
            struct Listed<'a> {
                exported: Option<i64>,
                #[serde(borrow)]
                drafts: Vec<&'a RawValue>,
            }
            let listed: Listed = serde_json::from_str(text).map_err(|_| ImportError::Damaged("de lijst met plannen ontbreekt".into()))?;
            listed.drafts.into_iter().map(|draft| (draft.get(), Some(listed.exported))).collect()
        }
        // A lone draft: the file's time is the draft's own.
        DRAFT_FORMAT => vec![(text, None)],
        _ => return Err(ImportError::NotOurs),
    };
    if drafts.is_empty() {
        return Err(ImportError::Empty);
    }
    drafts
        .into_iter()
        .enumerate()
        .map(|(index, (text, file_written))| {
            let mut envelope: Envelope<D> = read_envelope(text).map_err(|error| match error {
                ReadError::Newer(version) => ImportError::Newer(version),
                ReadError::Unreadable(reason) => ImportError::Damaged(format!("plan {}: {reason}", index + 1)),
            })?;
            // What was imported is in that file, written when it says, else after the draft's last save.
            envelope.record_export(file_written.unwrap_or(envelope.exported).unwrap_or(envelope.updated));
            Ok(envelope)
        })
        .collect()
}

fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with(['{', '['])
}

/// A name not yet in `taken`: `name`, else "name (kopie)", "name (kopie 2)", ...
pub fn unique_name(name: &str, taken: &[&str]) -> String {
    if !taken.contains(&name) {
        return name.to_owned();
    }
    (1..)
        .map(|n| if n == 1 { format!("{name} (kopie)") } else { format!("{name} (kopie {n})") })
        .find(|candidate| !taken.contains(&candidate.as_str()))
        .unwrap_or_else(|| name.to_owned())
}

const MONTHS: [&str; 12] =
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/// (year, month 1-12, day) of a day count since 1970-01-01 (proleptic Gregorian).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// "29 november 2026" for a local time in milliseconds since 1970.
pub fn format_date(local_ms: i64) -> String {
    let (year, month, day) = civil_from_days(local_ms.div_euclid(86_400_000));
    format!("{day} {} {year}", MONTHS[(month - 1) as usize])
}

/// "29 november 2026 om 10:05" for a local time in milliseconds since 1970.
pub fn format_date_time(local_ms: i64) -> String {
    let minutes = local_ms.div_euclid(60_000).rem_euclid(24 * 60);
    format!("{} om {:02}:{:02}", format_date(local_ms), minutes / 60, minutes % 60)
}

/// A copy of a draft for its evaluation, to change while the original stays
/// as it was: named "<name>, evaluatie <year>" (made unique among `taken`),
/// remembering which draft it evaluates; saved in no file yet.
pub fn evaluation_copy(original: &Envelope<DraftData>, name: &str, local_now: i64, now: i64, taken: &[&str]) -> Envelope<DraftData> {
    let (year, _, _) = civil_from_days(local_now.div_euclid(86_400_000));
    let mut copy = original.clone();
    copy.name = unique_name(&format!("{name}, evaluatie {year}"), taken);
    copy.data.named = true;
    copy.data.evaluation_of = Some(original.id.clone());
    copy.created = now;
    copy.exported = None;
    copy.unexported_since = None;
    copy.record_change(now);
    copy
}

/// The file name of an export: "wat-werkt-drugs-utrecht-2026-11-29.json".
pub fn export_file_name(label: &str, local_ms: i64) -> String {
    file_name("wat-werkt-drugs", label, local_ms, "json")
}

/// "<prefix>-<slug of label>-<yyyy>-<mm>-<dd>.<extension>"
pub fn file_name(prefix: &str, label: &str, local_ms: i64, extension: &str) -> String {
    let (year, month, day) = civil_from_days(local_ms.div_euclid(86_400_000));
    let slug = super::text::slug(label);
    let slug = if slug.is_empty() { "plannen".to_owned() } else { slug };
    format!("{prefix}-{slug}-{year}-{month:02}-{day:02}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn an_evaluation_copy_names_the_year_and_the_draft_it_evaluates() {
        let mut original = Envelope::new("d-1".into(), "Drugsbeleid Utrecht".into(), 1_700_000_000_000, DraftData::default());
        original.exported = Some(1_700_000_000_000);
        // 3 december 2026, 10:00.
        let now = 1_796_292_000_000;
        let copy = evaluation_copy(&original, "Drugsbeleid Utrecht", now, now, &["Drugsbeleid Utrecht, evaluatie 2026"]);
        assert_eq!(copy.name, "Drugsbeleid Utrecht, evaluatie 2026 (kopie)");
        assert_eq!(copy.data.evaluation_of.as_deref(), Some("d-1"));
        assert!(copy.data.named && copy.exported.is_none());
        assert_eq!((copy.created, copy.unexported_since), (now, Some(now)));
        // Older drafts have no original.
        let old: DraftData = serde_json::from_str("{}").unwrap();
        assert_eq!(old.evaluation_of, None);
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
    #[serde(default)]
    struct Data {
        answers: Value,
        step: Option<String>,
    }

    fn sample() -> Envelope<Data> {
        Envelope::new("c-1".into(), "Utrecht".into(), 1_764_410_700_000, Data { answers: serde_json::json!({"municipality": "Utrecht"}), step: Some("stap-1".into()) })
    }

    #[test]
    fn a_save_on_top_descends_and_a_save_beside_is_a_rival() {
        let mut ours = sample();
        ours.mark_saved("a".into(), 1);
        assert_eq!(ours.kinship_of(&ours.clone()), Kinship::Same);
        // Another window saves on top of ours, twice.
        let mut later = ours.clone();
        later.mark_saved("b".into(), 2);
        later.mark_saved("c".into(), 3);
        assert_eq!(ours.kinship_of(&later), Kinship::Descendant);
        assert_eq!(later.kinship_of(&ours), Kinship::Rival, "an older version is not news");
        // Two windows save the same version at once: the same revision, rivals.
        let mut mine = ours.clone();
        let mut theirs = ours.clone();
        mine.mark_saved("m".into(), 4);
        theirs.mark_saved("t".into(), 4);
        assert_eq!(mine.revision, theirs.revision);
        assert_eq!(mine.kinship_of(&theirs), Kinship::Rival);
        assert_eq!(theirs.kinship_of(&mine), Kinship::Rival);
    }

    #[test]
    fn a_version_keeps_the_last_sixteen_marks() {
        let mut ours = sample();
        ours.mark_saved("first".into(), 1);
        let mut later = ours.clone();
        for n in 0..LINEAGE_KEPT {
            later.mark_saved(format!("m{n}"), 2);
        }
        assert_eq!(later.lineage.len(), LINEAGE_KEPT);
        assert_eq!(later.revision, ours.revision + LINEAGE_KEPT as u64);
        assert_eq!(ours.kinship_of(&later), Kinship::Rival, "descent beyond sight is asked about, never assumed");
    }

    #[test]
    fn an_unmarked_version_falls_back_on_revisions() {
        let mut old = sample();
        old.revision = 5;
        let mut later = old.clone();
        later.mark_saved("a".into(), 1);
        assert_eq!(old.kinship_of(&later), Kinship::Descendant);
        assert_eq!(old.kinship_of(&old.clone()), Kinship::Same);
        let mut other_old = old.clone();
        other_old.revision = 4;
        assert_eq!(old.kinship_of(&other_old), Kinship::Rival);
    }

    #[test]
    fn an_envelope_round_trips() {
        let envelope = sample();
        let text = serde_json::to_string(&envelope).unwrap();
        assert_eq!(read_envelope::<Data>(&text), Ok(envelope));
    }

    #[test]
    fn version_0_migrates() {
        let old = r#"{"format":"wat-werkt-drugs/concept","id":"c-0","name":"Oud","created":1,"updated":2,"exported":null,"answers":{"municipality":"Zwolle"}}"#;
        let envelope = read_envelope::<Data>(old).unwrap();
        assert_eq!(envelope.format_version, FORMAT_VERSION);
        assert_eq!(envelope.revision, 0);
        assert_eq!(envelope.data.answers["municipality"], "Zwolle");
    }

    #[test]
    fn a_new_format_version_needs_the_old_shape_read() {
        assert_eq!(FORMAT_VERSION, 1, "read version 1's shape in `StoredEnvelope` (and say so there) before raising it");
    }

    #[test]
    fn a_drafts_older_answers_are_migrated_as_it_is_read() {
        let text = format!(
            r#"{{"format":"wat-werkt-drugs/concept","format_version":1,"id":"c-1","name":"Ede","revision":3,"created":1,"updated":2,"exported":null,"data":{{"answers":{}}}}}"#,
            include_str!("../../examples/antwoorden/versie-1-negentien-stappen.json")
        );
        let answers = read_envelope::<DraftData>(&text).unwrap().data.answers;
        assert_eq!(answers.version, crate::domain::advisor::answers::ANSWERS_VERSION);
        assert_eq!(answers.age_bands, ["11-12", "13-15", "16-17"]);
        assert_eq!(answers.partners, ["ggd", "scholen", "burgers-ouders", "jongerenwerk", "werkgevers"], "the intermediaries are kept");
        assert_eq!(answers.other.get("plans").map(String::as_str), Some("Een ouderavond per school"));
    }

    #[test]
    fn a_shown_draft_reads_the_answers_the_name_choice_and_the_chosen_offers() {
        let mut data = DraftData { named: true, step: "gemeente".into(), ..DraftData::default() };
        data.answers.municipality = "Ede".into();
        data.policy_plan.chosen = Some(vec!["kopstoring".into()]);
        data.policy_plan.own_actions = "Een ouderavond".into();
        let text = serde_json::to_string(&Envelope::new("c-1".into(), "Plan".into(), 1, data.clone())).unwrap();
        let shown: DraftData = read_envelope::<ShownData>(&text).unwrap().data.into();
        assert_eq!((shown.answers, shown.named, shown.policy_plan.chosen), (data.answers, true, data.policy_plan.chosen));
        assert_eq!((shown.step.as_str(), shown.policy_plan.own_actions.as_str()), ("", ""), "nothing else is read");
    }

    #[test]
    fn a_newer_draft_is_read_as_far_as_it_is_known() {
        let newer = r#"{"format":"wat-werkt-drugs/concept","format_version":7,"id":"c-7","name":"Later","created":5,"data":{"answers":{"municipality":"Ede"},"step":3}}"#;
        let envelope = read_as_far_as_known::<Data>(newer).unwrap();
        assert_eq!((envelope.id.as_str(), envelope.name.as_str(), envelope.updated), ("c-7", "Later", 5));
        assert_eq!(envelope.data, Data::default(), "data this version cannot read is shown empty");
        let envelope = read_as_far_as_known::<DraftData>(newer.replace(r#","step":3"#, "").as_str()).unwrap();
        assert_eq!(envelope.data.answers.municipality, "Ede");
        assert!(read_as_far_as_known::<Data>("{niet").is_none());
    }

    #[test]
    fn newer_and_unreadable_data_are_told_apart() {
        let newer = r#"{"format":"wat-werkt-drugs/concept","format_version":7,"anything":true}"#;
        assert_eq!(read_envelope::<Data>(newer), Err(ReadError::Newer(7)));
        let truncated = &serde_json::to_string(&sample()).unwrap()[..40];
        assert!(matches!(read_envelope::<Data>(truncated), Err(ReadError::Unreadable(reason)) if reason.contains("halverwege")));
        let wrong_type = r#"{"format":"wat-werkt-drugs/concept","format_version":1,"id":"x","name":5,"revision":1,"created":1,"updated":1,"exported":null,"data":{}}"#;
        assert!(matches!(read_envelope::<Data>(wrong_type), Err(ReadError::Unreadable(_))));
        assert!(matches!(read_envelope::<Data>("[1,2]"), Err(ReadError::Unreadable(_))));
    }

    #[test]
    fn export_and_import_round_trip() {
        let (a, mut b) = (sample(), sample());
        b.id = "c-2".into();
        b.name = "Zwolle <script>alert(1)</script>".into();
        let file = export_json(&[&a, &b], 5);
        let imported = read_import::<Data>(&file).unwrap();
        let in_file = |mut envelope: Envelope<Data>, at: i64| {
            envelope.exported = Some(at);
            envelope
        };
        assert_eq!(imported, vec![in_file(a, 5), in_file(b.clone(), 5)]);
        assert_eq!(imported[1].name, "Zwolle <script>alert(1)</script>", "markup-like text survives as text");
        let single = serde_json::to_string(&b).unwrap();
        assert_eq!(read_import::<Data>(&single).unwrap(), vec![in_file(b.clone(), b.updated)]);
    }

    #[test]
    fn imported_drafts_are_in_their_file() {
        let mut changed = sample();
        changed.record_change(7);
        assert!(changed.has_unexported_changes());
        let imported = read_import::<Data>(&export_json(&[&changed], 9)).unwrap();
        assert_eq!((imported[0].exported, imported[0].unexported_since, imported[0].changed), (Some(9), None, Some(7)));
    }

    /// A version 1 draft as the app wrote it before `changed` and `unexported_since`.
    fn before_backups(revision: u64, updated: i64, exported: &str) -> String {
        format!(
            r#"{{"format":"wat-werkt-drugs/concept","format_version":1,"id":"c-9","name":"Ede","revision":{revision},"created":1000,"updated":{updated},{exported}"data":{{"answers":{{"municipality":"Ede"}},"step":"stap-2"}}}}"#
        )
    }

    #[test]
    fn drafts_from_before_backups_load_unchanged() {
        let old = read_envelope::<Data>(&before_backups(4, 5_000_000, r#""exported":null,"#)).unwrap();
        let mut expected = Envelope::new("c-9".into(), "Ede".into(), 1000, Data { answers: serde_json::json!({"municipality": "Ede"}), step: Some("stap-2".into()) });
        (expected.revision, expected.updated, expected.unexported_since) = (4, 5_000_000, Some(5_000_000));
        assert_eq!(old, expected, "every field as it was; never exported but edited: changes since the last save");
        let without_key = read_envelope::<Data>(&before_backups(4, 5_000_000, "")).unwrap();
        assert_eq!(without_key, expected, "a missing `exported` reads as never exported");
    }

    #[test]
    fn drafts_from_before_backups_get_a_careful_estimate() {
        let estimate = |revision, updated, exported: &str| read_envelope::<Data>(&before_backups(revision, updated, exported)).unwrap().unexported_since;
        assert_eq!(estimate(1, 2000, r#""exported":null,"#), None, "new and untouched, or just imported");
        assert_eq!(estimate(5, 2000, r#""exported":1990,"#), None, "the old export stamped `updated` just after");
        assert_eq!(estimate(6, 900_000, r#""exported":1990,"#), Some(900_000), "edited after the export");
        let written = serde_json::to_string(&read_envelope::<Data>(&before_backups(6, 900_000, r#""exported":1990,"#)).unwrap()).unwrap();
        assert_eq!(read_envelope::<Data>(&written).unwrap().unexported_since, Some(900_000), "written back, read the same");
        let mut filed = sample();
        filed.revision = 9;
        let filed = serde_json::to_string(&filed).unwrap();
        assert_eq!(read_envelope::<Data>(&filed).unwrap().unexported_since, None, "a stored null is kept, not estimated");
    }

    #[test]
    fn bad_import_files_get_clear_dutch_errors() {
        assert_eq!(read_import::<Data>(""), Err(ImportError::Empty));
        assert_eq!(read_import::<Data>("hallo wereld"), Err(ImportError::NotOurs));
        assert_eq!(read_import::<Data>(r#"{"format":"iets anders"}"#), Err(ImportError::NotOurs));
        assert_eq!(read_import::<Data>(&"x".repeat(MAX_IMPORT_BYTES + 1)), Err(ImportError::TooLarge(MAX_IMPORT_BYTES + 1)));
        let file = export_json(&[&sample()], 5);
        assert!(matches!(read_import::<Data>(&file[..file.len() / 2]), Err(ImportError::Damaged(_))));
        assert_eq!(read_import::<Data>(r#"{"format":"wat-werkt-drugs/export","format_version":9,"drafts":[]}"#), Err(ImportError::Newer(9)));
        assert_eq!(read_import::<Data>(r#"{"format":"wat-werkt-drugs/export","format_version":1,"drafts":[]}"#), Err(ImportError::Empty));
        let one_bad = r#"{"format":"wat-werkt-drugs/export","format_version":1,"drafts":[{"format":"wat-werkt-drugs/concept","format_version":1,"id":3}]}"#;
        let error = read_import::<Data>(one_bad).unwrap_err();
        assert!(error.to_string().starts_with("Het bestand is beschadigd of met de hand aangepast: plan 1:"), "{error}");
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_import() {
        // A small xorshift generator: deterministic, no dependencies.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let valid = export_json(&[&sample()], 5).into_bytes();
        for round in 0..3000 {
            let bytes: Vec<u8> = if round % 2 == 0 {
                (0..(next() % 400)).map(|_| next() as u8).collect()
            } else {
                let mut bytes = valid.clone();
                for _ in 0..(1 + next() % 8) {
                    let at = (next() as usize) % bytes.len();
                    bytes[at] = next() as u8;
                }
                bytes.truncate((next() as usize) % (bytes.len() + 1));
                bytes
            };
            let text = String::from_utf8_lossy(&bytes);
            let _ = read_import::<Data>(&text);
            let _ = read_envelope::<Data>(&text);
        }
    }

    #[test]
    fn default_names_follow_the_municipality() {
        assert_eq!(default_name("", 0), "Plan van 1 januari 1970");
        assert_eq!(default_name(" Utrecht ", 0), "Drugsbeleid Utrecht, 1 januari 1970");
    }

    #[test]
    fn draft_data_reads_old_and_partial_json() {
        let data: DraftData = serde_json::from_str(r#"{"answers":{"municipality":"Ede"}}"#).unwrap();
        assert_eq!(data.answers.municipality, "Ede");
        assert!(!data.named && data.visited.is_empty());
        let mut data = data;
        data.mark_visited("gemeente");
        data.mark_visited("gemeente");
        assert_eq!((data.step.as_str(), data.visited.len()), ("gemeente", 1));
    }

    #[test]
    fn names_stay_unique_on_import() {
        assert_eq!(unique_name("Utrecht", &["Zwolle"]), "Utrecht");
        assert_eq!(unique_name("Utrecht", &["Utrecht"]), "Utrecht (kopie)");
        assert_eq!(unique_name("Utrecht", &["Utrecht", "Utrecht (kopie)"]), "Utrecht (kopie 2)");
    }

    #[test]
    fn dates_are_written_in_dutch() {
        assert_eq!(format_date(0), "1 januari 1970");
        assert_eq!(format_date(1_764_410_700_000), "29 november 2025");
        assert_eq!(format_date_time(1_764_410_700_000), "29 november 2025 om 10:05");
        assert_eq!(format_date(951_782_400_000), "29 februari 2000");
        assert_eq!(export_file_name("Gemeente Súdwest-Fryslân", 1_764_410_700_000), "wat-werkt-drugs-gemeente-sudwest-fryslan-2025-11-29.json");
    }
}
