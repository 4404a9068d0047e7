//! Interventions (the 31 rows of Tabel 2-7) as typed records, and the
//! vocabularies they are described in: settings, prevention levels and
//! recognition.

use serde::{Serialize, Serializer};

use super::dossier::{Block, Dossier, ListItem};
use super::markup::Problem;
use super::records::Record;

/// The eight settings of chapter 5 (5.2-5.9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Setting {
    Gezin,
    VoortgezetOnderwijs,
    HogerOnderwijs,
    Werkomgeving,
    Gemeenschap,
    Uitgaansleven,
    ZorgSociaal,
    Media,
}

impl Setting {
    pub const ALL: [Setting; 8] = [
        Setting::Gezin,
        Setting::VoortgezetOnderwijs,
        Setting::HogerOnderwijs,
        Setting::Werkomgeving,
        Setting::Gemeenschap,
        Setting::Uitgaansleven,
        Setting::ZorgSociaal,
        Setting::Media,
    ];

    /// The id used in content files, answers and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Setting::Gezin => "gezin",
            Setting::VoortgezetOnderwijs => "voortgezet-onderwijs",
            Setting::HogerOnderwijs => "hoger-onderwijs",
            Setting::Werkomgeving => "werkomgeving",
            Setting::Gemeenschap => "gemeenschap",
            Setting::Uitgaansleven => "uitgaansleven",
            Setting::ZorgSociaal => "zorg-sociaal",
            Setting::Media => "media",
        }
    }

    /// The dossier section that discusses this setting; its heading gives the label.
    pub fn section(self) -> &'static str {
        match self {
            Setting::Gezin => "5-2-gezin",
            Setting::VoortgezetOnderwijs => "5-3-voortgezet-onderwijs",
            Setting::HogerOnderwijs => "5-4-hoger-onderwijs",
            Setting::Werkomgeving => "5-5-werkomgeving",
            Setting::Gemeenschap => "5-6-gemeenschap-en-omgeving",
            Setting::Uitgaansleven => "5-7-uitgaansleven",
            Setting::ZorgSociaal => "5-8-zorg-en-sociaal-domein",
            Setting::Media => "5-9-sociale-media",
        }
    }

    pub fn from_id(id: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Its name as its section heading gives it ("5.2 Setting: Het gezin
    /// (ouders/opvoeders)" gives "Het gezin (ouders/opvoeders)").
    pub fn label<'d>(self, dossier: &'d Dossier<'_>) -> &'d str {
        dossier
            .chapters
            .iter()
            .flat_map(|c| &c.blocks)
            .find_map(|block| match block {
                Block::Heading(h) if h.id == self.section() => Some(h.title.strip_prefix("Setting: ").unwrap_or(h.title)),
                _ => None,
            })
            .unwrap_or(self.id())
    }

    /// The id of its "Wat werkt?" heading (`5-3-wat-werkt`).
    pub fn what_works_id(self) -> String {
        let number = self.section().splitn(3, '-').take(2).collect::<Vec<_>>().join("-");
        format!("{number}-wat-werkt")
    }

    /// The text under its "Wat werkt?" heading, up to the first sub-heading:
    /// paragraphs and lists (not the intervention tables and boxes there).
    pub fn what_works<'d, 'a>(self, dossier: &'d Dossier<'a>) -> Vec<&'d Block<'a>> {
        let blocks = dossier.blocks_under(&self.what_works_id()).unwrap_or_default();
        blocks
            .into_iter()
            .take_while(|b| !matches!(b, Block::Heading(_)))
            .filter(|b| matches!(b, Block::Paragraph(_) | Block::List(_)))
            .collect()
    }

    /// The "Wat werkt?" list items, in order (5.6 has prose only).
    pub fn elements<'d, 'a>(self, dossier: &'d Dossier<'a>) -> Vec<&'d ListItem<'a>> {
        self.what_works(dossier)
            .into_iter()
            .flat_map(|block| match block {
                Block::List(list) => list.items.iter().collect(),
                _ => Vec::new(),
            })
            .collect()
    }
}

/// The prevention levels of 4.4, as the intervention tables code them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Universal,
    Selective,
    Indicated,
    HarmReduction,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Universal, Level::Selective, Level::Indicated, Level::HarmReduction];

    /// The code printed in the tables' Niveau column.
    pub fn code(self) -> &'static str {
        match self {
            Level::Universal => "U",
            Level::Selective => "S",
            Level::Indicated => "I",
            Level::HarmReduction => "HR",
        }
    }

    /// As the tables' legend words it ("U= universele preventie, ...").
    pub fn label(self) -> &'static str {
        match self {
            Level::Universal => "universele preventie",
            Level::Selective => "selectieve preventie",
            Level::Indicated => "geïndiceerde preventie",
            Level::HarmReduction => "harm-reduction",
        }
    }

    /// The section of 4.4 that explains it.
    pub fn section(self) -> &'static str {
        match self {
            Level::Universal => "4-4-1-universele-preventie",
            Level::Selective => "4-4-2-selectieve-preventie",
            Level::Indicated => "4-4-3-geindiceerde-preventie",
            Level::HarmReduction => "4-4-4-zorggerelateerde-preventie",
        }
    }

    pub fn from_code(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The "Erkend als" column, normalised for filtering and ranking. Ordered
/// from strongest to weakest (the order of the Dutch recognition system:
/// effective beats well-founded beats well-described; not assessed last).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Recognition {
    EffectiveGood,
    EffectiveFirst,
    WellFounded,
    WellDescribed,
    NotInDatabase,
    NotRecognised,
}

impl Recognition {
    pub const ALL: [Recognition; 6] = [
        Recognition::EffectiveGood,
        Recognition::EffectiveFirst,
        Recognition::WellFounded,
        Recognition::WellDescribed,
        Recognition::NotInDatabase,
        Recognition::NotRecognised,
    ];

    /// The id used in `interventies.txt` and in filter URLs.
    pub fn id(self) -> &'static str {
        match self {
            Recognition::EffectiveGood => "effectief-goede-aanwijzingen",
            Recognition::EffectiveFirst => "effectief-eerste-aanwijzingen",
            Recognition::WellFounded => "goed-onderbouwd",
            Recognition::WellDescribed => "goed-beschreven",
            Recognition::NotInDatabase => "niet-in-databank",
            Recognition::NotRecognised => "niet-erkend",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Recognition::EffectiveGood => "Effectief: goede aanwijzingen",
            Recognition::EffectiveFirst => "Effectief: eerste aanwijzingen",
            Recognition::WellFounded => "Goed onderbouwd",
            Recognition::WellDescribed => "Goed beschreven",
            Recognition::NotInDatabase => "Niet in databank, uitvoering in Nederland",
            Recognition::NotRecognised => "Niet erkend",
        }
    }

    pub fn from_id(id: &str) -> Option<Recognition> {
        Recognition::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// Vocabularies serialise as the ids the content files use.
macro_rules! serialize_as {
    ($type:ty, $method:ident) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.$method())
            }
        }
    };
}
serialize_as!(Setting, id);
serialize_as!(Level, code);
serialize_as!(Recognition, id);

/// One row of Tabel 2-7.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Intervention {
    pub id: String,
    /// Naam, as written.
    pub name: String,
    /// Korte beschrijving; `None` for the four Tabel 2 rows that have none.
    pub description: Option<String>,
    /// Doelgroep en setting, as written.
    pub target_group: String,
    /// Erkend als, as written.
    pub recognition_text: String,
    /// A note printed under Erkend als.
    pub note: Option<String>,
    pub recognition: Recognition,
    pub levels: Vec<Level>,
    /// The age range in years where the row states one.
    pub ages: Option<(u8, u8)>,
    /// 2 ... 7
    pub table: u8,
    /// The section holding the table.
    pub section: String,
    pub settings: Vec<Setting>,
    pub links: Vec<String>,
}

/// The keys of `interventies.txt`.
pub const INTERVENTION_KEYS: &[&str] =
    &["naam", "beschrijving", "doelgroep", "erkend", "erkenning", "leeftijd", "link", "niveau", "noot", "sectie", "setting", "tabel"];

/// The keys of `programmas.txt`.
pub const PROGRAMME_KEYS: &[&str] = &["naam", "soort", "beschrijving", "interventie", "link", "sectie", "setting"];

impl Intervention {
    /// Reads a record of `interventies.txt`; every missing or unknown value is a problem.
    pub fn from_record(record: &Record<'_>, file: &str) -> Result<Intervention, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut problem = |message: String| problems.push(Problem { file: file.to_owned(), line: record.line, message });
        let mut required = |key: &str| {
            record.get(key).map(str::to_owned).unwrap_or_else(|| {
                problem(format!("[{}] has no `{key}`", record.id));
                String::new()
            })
        };
        let name = required("naam");
        let target_group = required("doelgroep");
        let recognition_text = required("erkend");
        let recognition_id = required("erkenning");
        let table_text = required("tabel");
        let section = required("sectie");
        let recognition = Recognition::from_id(&recognition_id);
        let levels: Option<Vec<Level>> = record.get("niveau").unwrap_or_default().split_whitespace().map(Level::from_code).collect();
        let settings: Option<Vec<Setting>> = record.all("setting").map(Setting::from_id).collect();
        let ages = record.get("leeftijd").map(|text| {
            text.split_once('-').and_then(|(from, to)| Some((from.parse().ok()?, to.parse().ok()?))).filter(|(from, to)| from <= to)
        });
        let table = table_text.parse::<u8>().ok().filter(|t| (2..=7).contains(t));

        if recognition.is_none() {
            problem(format!("[{}] erkenning `{recognition_id}` is not one of the known categories", record.id));
        }
        match &levels {
            None => problem(format!("[{}] niveau holds an unknown code (U, S, I, HR)", record.id)),
            Some(levels) if levels.is_empty() => problem(format!("[{}] has no `niveau`", record.id)),
            _ => {}
        }
        match &settings {
            None => problem(format!("[{}] has an unknown setting", record.id)),
            Some(settings) if settings.is_empty() => problem(format!("[{}] has no `setting`", record.id)),
            _ => {}
        }
        if ages == Some(None) {
            problem(format!("[{}] leeftijd must look like `12-23`", record.id));
        }
        if table.is_none() {
            problem(format!("[{}] tabel must be 2 ... 7", record.id));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Intervention {
            id: record.id.to_owned(),
            name,
            description: record.get("beschrijving").map(str::to_owned),
            target_group,
            recognition_text,
            note: record.get("noot").map(str::to_owned),
            recognition: recognition.unwrap_or(Recognition::NotRecognised),
            levels: levels.unwrap_or_default(),
            ages: ages.flatten(),
            table: table.unwrap_or_default(),
            section,
            settings: settings.unwrap_or_default(),
            links: record.all("link").map(str::to_owned).collect(),
        })
    }

    /// The Niveau column as printed: "U / HR".
    pub fn level_codes(&self) -> String {
        self.levels.iter().map(|l| l.code()).collect::<Vec<_>>().join(" / ")
    }
}

/// A programme, toolbox, guide or instrument the dossier names outside the
/// intervention tables (Helder op School, OKO, the ADM-toolbox, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Programme {
    pub id: String,
    pub name: String,
    /// programma, toolbox, handreiking, leidraad, instrument, model, richtlijn, hulpmiddel, interventie
    pub kind: String,
    /// The dossier's own sentence about it.
    pub description: Option<String>,
    /// Where the dossier describes it (a section, box or item id).
    pub section: String,
    pub settings: Vec<Setting>,
    pub links: Vec<String>,
    /// The intervention record it also is, if any.
    pub intervention: Option<String>,
}

impl Programme {
    pub const KINDS: [&'static str; 9] =
        ["programma", "toolbox", "handreiking", "leidraad", "instrument", "model", "richtlijn", "hulpmiddel", "interventie"];

    /// A guide, toolbox, instrument or other aid for the municipality
    /// rather than an action a party carries out.
    pub fn is_guide(&self) -> bool {
        matches!(self.kind.as_str(), "toolbox" | "handreiking" | "leidraad" | "instrument" | "richtlijn" | "hulpmiddel")
    }

    /// Reads a record of `programmas.txt`.
    pub fn from_record(record: &Record<'_>, file: &str) -> Result<Programme, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut problem = |message: String| problems.push(Problem { file: file.to_owned(), line: record.line, message });
        let name = record.get("naam").unwrap_or_default().to_owned();
        let kind = record.get("soort").unwrap_or_default().to_owned();
        let section = record.get("sectie").unwrap_or_default().to_owned();
        let settings: Option<Vec<Setting>> = record.all("setting").map(Setting::from_id).collect();
        let description = record.get("beschrijving").map(str::to_owned);
        let intervention = record.get("interventie").map(str::to_owned);
        if name.is_empty() || section.is_empty() {
            problem(format!("[{}] needs `naam` and `sectie`", record.id));
        }
        if !Programme::KINDS.contains(&kind.as_str()) {
            problem(format!("[{}] soort `{kind}` is not one of {:?}", record.id, Programme::KINDS));
        }
        if description.is_none() && intervention.is_none() {
            problem(format!("[{}] needs a `beschrijving` or an `interventie`", record.id));
        }
        if settings.as_ref().is_none_or(Vec::is_empty) {
            problem(format!("[{}] needs known settings", record.id));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Programme {
            id: record.id.to_owned(),
            name,
            kind,
            description,
            section,
            settings: settings.unwrap_or_default(),
            links: record.all("link").map(str::to_owned).collect(),
            intervention,
        })
    }
}

/// The catalogue's filters, as kept in the page URL's query: within a group
/// any choice matches, across groups all must.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub settings: Vec<Setting>,
    pub levels: Vec<Level>,
    pub recognitions: Vec<Recognition>,
    /// Interventions for this age: its stated range holds it, or it states none.
    pub age: Option<u8>,
    pub text: String,
}

/// The youngest and oldest age the age filter offers (the dossier's 11-25).
pub const FILTER_AGES: std::ops::RangeInclusive<u8> = 11..=25;

impl Filter {
    /// Reads the filters from query values (`values("setting")` gives every
    /// `setting=` value). Unknown values are ignored.
    pub fn from_query(values: impl Fn(&str) -> Vec<String>) -> Filter {
        let ids = |key| values(key);
        Filter {
            settings: ids("setting").iter().filter_map(|v| Setting::from_id(v)).collect(),
            levels: ids("niveau").iter().filter_map(|v| Level::from_code(&v.to_ascii_uppercase())).collect(),
            recognitions: ids("erkenning").iter().filter_map(|v| Recognition::from_id(v)).collect(),
            age: ids("leeftijd").first().and_then(|v| v.trim().parse().ok()).filter(|age| FILTER_AGES.contains(age)),
            text: ids("q").first().map(|q| q.trim().to_owned()).unwrap_or_default(),
        }
    }

    /// The query's key-value pairs (not yet encoded) that `from_query` reads back.
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        pairs.extend(self.settings.iter().map(|s| ("setting", s.id().to_owned())));
        pairs.extend(self.levels.iter().map(|l| ("niveau", l.code().to_ascii_lowercase())));
        pairs.extend(self.recognitions.iter().map(|r| ("erkenning", r.id().to_owned())));
        pairs.extend(self.age.map(|age| ("leeftijd", age.to_string())));
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        pairs
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// How many filter choices are active.
    pub fn active_count(&self) -> usize {
        self.settings.len() + self.levels.len() + self.recognitions.len() + usize::from(self.age.is_some()) + usize::from(!self.text.is_empty())
    }

    /// Toggles one choice in a list (adding it in the list's canonical order).
    pub fn toggle<T: Copy + Ord>(list: &mut Vec<T>, value: T) {
        match list.iter().position(|v| *v == value) {
            Some(index) => {
                list.remove(index);
            }
            None => {
                list.push(value);
                list.sort_unstable();
            }
        }
    }

    pub fn matches(&self, intervention: &Intervention) -> bool {
        let any = |wanted: bool, found: bool| !wanted || found;
        any(!self.settings.is_empty(), intervention.settings.iter().any(|s| self.settings.contains(s)))
            && any(!self.levels.is_empty(), intervention.levels.iter().any(|l| self.levels.contains(l)))
            && any(!self.recognitions.is_empty(), self.recognitions.contains(&intervention.recognition))
            && self.age.is_none_or(|age| intervention.ages.is_none_or(|(from, to)| (from..=to).contains(&age)))
            && self.text_matches(&[
                &intervention.name,
                intervention.description.as_deref().unwrap_or_default(),
                &intervention.target_group,
                &intervention.recognition_text,
            ])
    }

    /// Programmes have no level, recognition or age: with those filters set
    /// none match; otherwise setting and text decide.
    pub fn matches_programme(&self, programme: &Programme) -> bool {
        self.levels.is_empty()
            && self.recognitions.is_empty()
            && self.age.is_none()
            && (self.settings.is_empty() || programme.settings.iter().any(|s| self.settings.contains(s)))
            && self.text_matches(&[&programme.name, programme.description.as_deref().unwrap_or_default(), &programme.kind])
    }

    /// Every word of the text filter starts a word in one of `fields`.
    fn text_matches(&self, fields: &[&str]) -> bool {
        let wanted = super::text::words(&self.text);
        if wanted.is_empty() {
            return true;
        }
        let haystack: Vec<String> = fields.iter().flat_map(|f| super::text::words(f)).collect();
        wanted.iter().all(|word| haystack.iter().any(|w| w.starts_with(word.as_str())))
    }
}

/// Interventions that share a setting and a prevention level with `of`,
/// most shared first, then in table order.
pub fn related<'a>(of: &Intervention, all: &'a [Intervention], limit: usize) -> Vec<&'a Intervention> {
    let mut scored: Vec<(usize, usize, &Intervention)> = all
        .iter()
        .enumerate()
        .filter(|(_, other)| other.id != of.id)
        .map(|(index, other)| {
            let settings = other.settings.iter().filter(|s| of.settings.contains(s)).count();
            let levels = other.levels.iter().filter(|l| of.levels.contains(l)).count();
            (if settings > 0 && levels > 0 { settings * 2 + levels } else { 0 }, index, other)
        })
        .filter(|(score, _, _)| *score > 0)
        .collect();
    scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(limit).map(|(_, _, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::read_records;

    const MOTI: &str = "[moti-4]\nnaam: Moti-4\nbeschrijving: Gesprekken.\ndoelgroep: Jongeren van 14-24 jaar\nerkend: Goede aanwijzingen voor effectiviteit\nerkenning: effectief-goede-aanwijzingen\nniveau: I\nleeftijd: 14-24\ntabel: 5\nsectie: 5-4-hoger-onderwijs\nsetting: hoger-onderwijs\nsetting: werkomgeving\n";

    #[test]
    fn a_complete_record_becomes_an_intervention() {
        let (records, _) = read_records("i.txt", MOTI, INTERVENTION_KEYS);
        let moti = Intervention::from_record(&records[0], "i.txt").unwrap();
        assert_eq!(moti.name, "Moti-4");
        assert_eq!(moti.recognition, Recognition::EffectiveGood);
        assert_eq!(moti.levels, [Level::Indicated]);
        assert_eq!(moti.ages, Some((14, 24)));
        assert_eq!(moti.settings, [Setting::HogerOnderwijs, Setting::Werkomgeving]);
        assert_eq!(moti.level_codes(), "I");
    }

    #[test]
    fn unknown_values_are_reported() {
        let broken = MOTI.replace("niveau: I", "niveau: I X").replace("leeftijd: 14-24", "leeftijd: oud").replace("tabel: 5", "tabel: 9");
        let (records, _) = read_records("i.txt", &broken, INTERVENTION_KEYS);
        let problems = Intervention::from_record(&records[0], "i.txt").unwrap_err();
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    fn moti() -> Intervention {
        let (records, _) = read_records("i.txt", MOTI, INTERVENTION_KEYS);
        Intervention::from_record(&records[0], "i.txt").unwrap()
    }

    #[test]
    fn filters_round_trip_through_the_query_string() {
        let filter = Filter {
            settings: vec![Setting::Gezin, Setting::Uitgaansleven],
            levels: vec![Level::HarmReduction],
            recognitions: vec![Recognition::WellFounded],
            age: Some(16),
            text: "ouders & kinderen".into(),
        };
        let pairs: Vec<(&str, String)> = vec![
            ("setting", "gezin".into()),
            ("setting", "uitgaansleven".into()),
            ("niveau", "hr".into()),
            ("erkenning", "goed-onderbouwd".into()),
            ("leeftijd", "16".into()),
            ("q", "ouders & kinderen".into()),
        ];
        assert_eq!(filter.query_pairs(), pairs);
        let read = Filter::from_query(|key| pairs.iter().filter(|(k, _)| *k == key).map(|(_, v)| v.clone()).collect());
        assert_eq!(read, filter);
        assert!(Filter::default().query_pairs().is_empty());
    }

    #[test]
    fn unknown_filter_values_are_ignored() {
        let read = Filter::from_query(|key| match key {
            "setting" => vec!["maan".into()],
            "leeftijd" => vec!["99".into()],
            "niveau" => vec!["x".into(), "s".into()],
            _ => vec![],
        });
        assert_eq!(read, Filter { levels: vec![Level::Selective], ..Filter::default() });
    }

    #[test]
    fn filters_combine_and_within_a_group_any_choice_matches() {
        let moti = moti();
        let mut filter = Filter { settings: vec![Setting::Gezin, Setting::Werkomgeving], ..Filter::default() };
        assert!(filter.matches(&moti));
        filter.levels = vec![Level::Universal];
        assert!(!filter.matches(&moti));
        filter.levels.push(Level::Indicated);
        assert!(filter.matches(&moti));
        filter.text = "gesprek".into();
        assert!(filter.matches(&moti), "word prefix in the description");
        filter.text = "gesprek fiets".into();
        assert!(!filter.matches(&moti), "every word must match");
    }

    #[test]
    fn the_age_filter_keeps_ranges_holding_it_and_rows_without_one() {
        let mut moti = moti();
        let at = |age| Filter { age: Some(age), ..Filter::default() };
        assert!(at(14).matches(&moti));
        assert!(at(24).matches(&moti));
        assert!(!at(13).matches(&moti));
        assert!(!at(25).matches(&moti));
        moti.ages = None;
        assert!(at(13).matches(&moti));
    }

    #[test]
    fn toggling_keeps_a_canonical_order() {
        let mut levels = vec![Level::Indicated];
        Filter::toggle(&mut levels, Level::Universal);
        assert_eq!(levels, [Level::Universal, Level::Indicated]);
        Filter::toggle(&mut levels, Level::Indicated);
        assert_eq!(levels, [Level::Universal]);
    }

    #[test]
    fn vocabularies_round_trip_through_their_ids() {
        for setting in Setting::ALL {
            assert_eq!(Setting::from_id(setting.id()), Some(setting));
        }
        for level in Level::ALL {
            assert_eq!(Level::from_code(level.code()), Some(level));
        }
        for recognition in Recognition::ALL {
            assert_eq!(Recognition::from_id(recognition.id()), Some(recognition));
        }
        assert!(Recognition::EffectiveGood < Recognition::WellFounded);
    }
}
