//! Interventions (the 31 rows of Tabel 2-7) as typed records, and the
//! vocabularies they are described in: settings, prevention levels and
//! recognition.

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

/// One row of Tabel 2-7.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::parse_records;

    const MOTI: &str = "[moti-4]\nnaam: Moti-4\nbeschrijving: Gesprekken.\ndoelgroep: Jongeren van 14-24 jaar\nerkend: Goede aanwijzingen voor effectiviteit\nerkenning: effectief-goede-aanwijzingen\nniveau: I\nleeftijd: 14-24\ntabel: 5\nsectie: 5-4-hoger-onderwijs\nsetting: hoger-onderwijs\nsetting: werkomgeving\n";

    #[test]
    fn a_complete_record_becomes_an_intervention() {
        let (records, _) = parse_records("i.txt", MOTI);
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
        let (records, _) = parse_records("i.txt", &broken);
        let problems = Intervention::from_record(&records[0], "i.txt").unwrap_err();
        assert_eq!(problems.len(), 3, "{problems:?}");
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
