//! Reading the rule files: each record checked against the dossier, the
//! records and the questionnaire; every problem with file and line.

use super::*;
use crate::domain::advisor::answers::{band_range, Field};
use crate::domain::advisor::condition::{Derived, Subject};
use crate::domain::advisor::questionnaire::Questionnaire;
use crate::domain::catalogue::{Intervention, Programme};
use crate::domain::dossier::{AnchorKind, Dossier};
use crate::domain::markup::Problem;
use crate::domain::records::{read_records, Record};

/// What the rules are checked against.
pub struct Vocabulary<'v> {
    pub dossier: &'v Dossier<'v>,
    pub questionnaire: &'v Questionnaire,
    pub interventions: &'v [Intervention],
    pub programmes: &'v [Programme],
}

impl Vocabulary<'_> {
    /// Whether `id` is something a citation may name.
    pub fn citable(&self, id: &str) -> bool {
        self.dossier.anchor(id).is_some() || self.is_record(id)
    }

    pub fn is_record(&self, id: &str) -> bool {
        self.interventions.iter().any(|i| i.id == id) || self.programmes.iter().any(|p| p.id == id)
    }

    /// The ids a condition may name for a subject; `None` for text fields.
    pub fn ids(&self, subject: Subject) -> Option<Vec<String>> {
        match subject {
            Subject::Answer(field) if field.is_text() => None,
            Subject::Answer(field) => Some(self.questionnaire.option_ids(field).into_iter().map(str::to_owned).collect()),
            Subject::Derived(derived) => Some(derived.ids().iter().map(|s| (*s).to_owned()).collect()),
        }
    }
}

/// Reads the rule files (name, text) against the vocabulary. Never fails:
/// problems are reported with file and line.
pub fn load_rules(files: &[(&str, &str)], vocabulary: &Vocabulary<'_>) -> (Rules, Vec<Problem>) {
    let mut rules = Rules::default();
    let mut problems = Vec::new();
    for (name, text) in files {
        let short = name.rsplit('/').next().unwrap_or(name);
        let (records, record_problems) = read_records(name, text, rule_keys(short));
        problems.extend(record_problems);
        for record in &records {
            let mut reader = Reader { record, file: name, vocabulary, problems: &mut problems };
            match short {
                "niveaus.txt" => rules.levels.extend(reader.level()),
                "elementen.txt" => rules.elements.extend(reader.element_group()),
                "aanbod.txt" => rules.offers.extend(reader.offer()),
                "waarschuwingen.txt" => rules.warnings.extend(reader.warning()),
                "dekking.txt" => rules.coverage.extend(reader.coverage()),
                "partners.txt" => rules.partners.extend(reader.partner()),
                "gegevens.txt" => rules.data.extend(reader.data()),
                "stappen.txt" => rules.steps.extend(reader.step()),
                "teksten.txt" => rules.texts.push(reader.fixed_text()),
                _ => reader.problem(format!("`{name}` is not a known rule file")),
            }
        }
    }
    if files.iter().any(|(name, _)| name.ends_with("teksten.txt")) {
        for (id, _) in FIXED_TEXTS.iter().filter(|(id, _)| !rules.texts.iter().any(|t| t.id == *id)) {
            problems.push(Problem { file: "advies/teksten.txt".to_owned(), line: 0, message: format!("[{id}] is missing") });
        }
    }
    (rules, problems)
}

/// The keys a rule file's records may hold (`RULES.md`).
pub fn rule_keys(file: &str) -> &'static [&'static str] {
    match file {
        "niveaus.txt" => &["niveau", "wanneer", "reden", "bron"],
        "elementen.txt" => &["setting", "kop", "soort", "wanneer", "item", "citaat", "toelichting", "bron"],
        "aanbod.txt" => &["vereist", "past", "pijler", "ook-als", "middel", "integraal", "hulpmiddel", "onderdeel-van", "reden", "bron"],
        "waarschuwingen.txt" => &["soort", "titel", "wanneer", "reden", "in-plaats-daarvan", "alternatieven", "bron", "prioriteit", "kort"],
        "dekking.txt" => &["soort", "naam", "nodig", "focus", "gedekt", "aanvullen", "aanvullen-met", "bron", "prioriteit", "kort"],
        "partners.txt" => &["partner", "context", "wanneer", "rol", "bron", "prioriteit", "kort"],
        "gegevens.txt" => &["wanneer", "gebruik", "reden", "bron", "prioriteit"],
        "stappen.txt" => &["stap", "wanneer", "tekst", "reden", "bron", "prioriteit", "kort"],
        "teksten.txt" => &["tekst", "reden", "bron"],
        _ => &[],
    }
}

struct Reader<'r, 'v> {
    record: &'r Record<'r>,
    file: &'r str,
    vocabulary: &'r Vocabulary<'v>,
    problems: &'r mut Vec<Problem>,
}

impl Reader<'_, '_> {
    fn problem(&mut self, message: String) {
        self.problems.push(Problem { file: self.file.to_owned(), line: self.record.line, message: format!("[{}] {message}", self.record.id) });
    }

    /// A text whose `{placeholders}` are answer fields.
    fn text(&mut self, key: &str) -> String {
        let value = self.required(key);
        self.placeholders(&value);
        value
    }

    /// The value of `key`; a problem (and empty) when missing or empty.
    fn required(&mut self, key: &str) -> String {
        match self.record.get(key) {
            Some(value) if !value.is_empty() => value.to_owned(),
            _ => {
                self.problem(format!("needs `{key}`"));
                String::new()
            }
        }
    }

    fn optional_text(&mut self, key: &str) -> Option<String> {
        let value = self.record.get(key).filter(|v| !v.is_empty())?.to_owned();
        self.placeholders(&value);
        Some(value)
    }

    fn placeholders(&mut self, text: &str) {
        let known = |name: &str| {
            let list_other = name.strip_suffix("_other").and_then(Field::from_key).is_some_and(|f| !f.is_text());
            Field::from_key(name).is_some() || list_other || EXTRA_PLACEHOLDERS.contains(&name)
        };
        self.placeholders_among(text, &known, &format!("an answer field, a list field's `_other` or {EXTRA_PLACEHOLDERS:?}"));
    }

    /// Problems for each `{name}` in `text` that `known` does not know.
    fn placeholders_among(&mut self, text: &str, known: &dyn Fn(&str) -> bool, expected: &str) {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                self.problem(format!("a `{{` is not closed in `{text}`"));
                return;
            };
            let name = &after[..close];
            if !known(name) {
                self.problem(format!("placeholder `{{{name}}}` is not {expected}"));
            }
            rest = &after[close + 1..];
        }
    }

    fn condition_at(&mut self, key: &str, default_always: bool) -> Option<Condition> {
        let Some(text) = self.record.get(key) else {
            if default_always {
                return Some(Condition::Always);
            }
            return None;
        };
        match Condition::parse(text) {
            Ok(condition) => {
                let mut references = Vec::new();
                condition.references(&mut references);
                for (subject, ids) in references {
                    if self.file.ends_with("niveaus.txt") && subject == Subject::Derived(Derived::LevelsNeeded) {
                        self.problem(format!("{key}: `levels_needed` is what niveaus.txt computes; it cannot use it"));
                    }
                    let Some(known) = self.vocabulary.ids(subject) else { continue };
                    for id in ids {
                        if !known.contains(&id) {
                            self.problem(format!("{key}: `{}` has no option `{id}`", subject.name()));
                        }
                    }
                }
                Some(condition)
            }
            Err(message) => {
                self.problem(format!("{key}: {message}"));
                None
            }
        }
    }

    fn when(&mut self) -> Condition {
        self.condition_at("wanneer", true).unwrap_or(Condition::Always)
    }

    /// Space-separated ids, over every line of `key`.
    fn ids(&mut self, key: &str) -> Vec<String> {
        self.record.all(key).flat_map(str::split_whitespace).map(str::to_owned).collect()
    }

    fn cites(&mut self) -> Vec<String> {
        let cites = self.ids("bron");
        for id in &cites {
            if !self.vocabulary.citable(id) {
                self.problem(format!("bron `{id}` is neither a dossier id nor a record"));
            }
        }
        cites
    }

    fn records(&mut self, key: &str) -> Vec<String> {
        let ids = self.ids(key);
        for id in &ids {
            if !self.vocabulary.is_record(id) {
                self.problem(format!("{key}: `{id}` is not an intervention or programme"));
            }
        }
        ids
    }

    fn priority(&mut self) -> (Option<u8>, Option<String>) {
        let priority = self.record.get("prioriteit").map(|p| p.parse::<u8>().ok().filter(|p| (1..=9).contains(p)));
        if priority == Some(None) {
            self.problem("prioriteit must be 1 ... 9".to_owned());
        }
        let short = self.optional_text("kort");
        if priority.flatten().is_some() != short.is_some() {
            self.problem("prioriteit and kort go together (a summary item needs both)".to_owned());
        }
        (priority.flatten(), short)
    }

    fn level(&mut self) -> Option<LevelRule> {
        let code = self.record.get("niveau").unwrap_or_default();
        let level = Level::from_code(code);
        if level.is_none() {
            self.problem(format!("niveau `{code}` is not U, S, I or HR"));
        }
        let rule = LevelRule { id: self.record.id.to_owned(), level: level?, when: self.when(), reason: self.text("reden"), cites: self.cites() };
        Some(rule)
    }

    fn element_group(&mut self) -> Option<ElementGroup> {
        let setting = match self.record.get("setting") {
            None => None,
            Some(id) => {
                let setting = Setting::from_id(id);
                if setting.is_none() {
                    self.problem(format!("setting `{id}` is not one of the eight settings"));
                }
                setting
            }
        };
        let kind = match self.record.get("soort") {
            Some("werkt") => ElementKind::Works,
            Some("vermijden") => ElementKind::Avoid,
            other => {
                self.problem(format!("soort must be `werkt` or `vermijden`, found {other:?}"));
                ElementKind::Works
            }
        };
        let bands: Vec<(u8, u8)> = self.vocabulary.questionnaire.option_ids(Field::AgeBands).into_iter().filter_map(band_range).collect();
        let mut elements = Vec::new();
        for id in self.record.all("item").map(str::to_owned).collect::<Vec<_>>() {
            match self.vocabulary.dossier.anchor(&id) {
                Some(anchor) if anchor.kind == AnchorKind::ListItem => {
                    let text = anchor.label.trim_end_matches([';', ',']).trim().to_owned();
                    let ages = ages_in(&text);
                    for age in &ages {
                        let first_year = band_range(age).map(|(from, _)| from);
                        if !first_year.is_some_and(|year| bands.iter().any(|(low, high)| (*low..=*high).contains(&year))) {
                            self.problem(format!("item `{id}` names age band `{age}`, which no age band of the questionnaire holds"));
                        }
                    }
                    elements.push(ElementText { id, text, ages });
                }
                _ => self.problem(format!("item `{id}` is not an id-carrying list item of the dossier")),
            }
        }
        for line in self.record.all("citaat").map(str::to_owned).collect::<Vec<_>>() {
            let Some((place, quote)) = line.split_once('|').map(|(p, q)| (p.trim().to_owned(), q.trim().to_owned())) else {
                self.problem(format!("citaat `{line}` must be `place-id | exact sentence`"));
                continue;
            };
            // Checked in the content tests only: the advice's bundle reads the
            // dossier's outline, which has no paragraphs (build.rs).
            #[cfg(test)]
            if !quote_found(self.vocabulary.dossier, &place, &quote) {
                self.problem(format!("citaat is not the text of `{place}`: {quote}"));
            }
            elements.push(ElementText { id: place, text: quote, ages: Vec::new() });
        }
        if elements.is_empty() {
            self.problem("a group needs at least one `item` or `citaat`".to_owned());
        }
        Some(ElementGroup {
            id: self.record.id.to_owned(),
            setting,
            heading: self.text("kop"),
            kind,
            when: self.when(),
            elements,
            note: self.optional_text("toelichting"),
            cites: self.cites(),
        })
    }

    fn offer(&mut self) -> Option<OfferRule> {
        let id = self.record.id.to_owned();
        if !self.vocabulary.is_record(&id) {
            self.problem("is not an intervention or programme".to_owned());
        }
        if self.vocabulary.programmes.iter().any(|p| p.id == id && p.intervention.is_some()) {
            self.problem("is shown as its intervention; put the rule on that record".to_owned());
        }
        let substances = self.ids("middel");
        let known = self.vocabulary.questionnaire.option_ids(Field::Substances);
        for substance in &substances {
            if !known.contains(&substance.as_str()) {
                self.problem(format!("middel `{substance}` is not an option of `substances`"));
            }
        }
        let integral = self.yes("integraal");
        let tool = self.yes("hulpmiddel");
        let part_of = self.record.get("onderdeel-van").map(str::to_owned);
        if let Some(programme) = &part_of {
            if !self.vocabulary.programmes.iter().any(|p| &p.id == programme) {
                self.problem(format!("onderdeel-van `{programme}` is not a programme"));
            }
        }
        let pillar = self.record.get("pijler").map(str::to_owned);
        if let Some(id) = &pillar
            && !self.vocabulary.ids(Subject::Answer(Field::Pillars)).unwrap_or_default().contains(id)
        {
            self.problem(format!("pijler `{id}` is not a pillar"));
        }
        let cites = self.cites();
        if integral && !cites.iter().any(|c| c == INTEGRAL_APPROACH) {
            self.problem(format!("an integral programme cites `{INTEGRAL_APPROACH}`"));
        }
        Some(OfferRule {
            id,
            requires: self.condition_at("vereist", false),
            fits: self.condition_at("past", false),
            pillar,
            also_when: self.condition_at("ook-als", false),
            substances,
            integral,
            tool,
            part_of,
            note: self.optional_text("reden"),
            cites,
        })
    }

    /// A `ja` flag: false when absent.
    fn yes(&mut self, key: &str) -> bool {
        match self.record.get(key) {
            None => false,
            Some("ja") => true,
            Some(other) => {
                self.problem(format!("{key} must be `ja` when present, found `{other}`"));
                false
            }
        }
    }

    fn warning(&mut self) -> Option<WarningRule> {
        let severity = match self.record.get("soort") {
            Some("niet-doen") => Severity::DoNot,
            Some("let-op") => Severity::Caution,
            other => {
                self.problem(format!("soort must be `niet-doen` or `let-op`, found {other:?}"));
                Severity::Caution
            }
        };
        let (priority, short) = self.priority();
        Some(WarningRule {
            id: self.record.id.to_owned(),
            severity,
            title: self.text("titel"),
            when: self.when(),
            reason: self.text("reden"),
            instead: self.text("in-plaats-daarvan"),
            alternatives: self.records("alternatieven"),
            cites: self.cites(),
            priority,
            short,
        })
    }

    fn coverage(&mut self) -> Option<CoverageRule> {
        let kind = match self.record.get("soort") {
            Some("onderdeel") => CoverageKind::Component,
            Some("niveau") => CoverageKind::Level,
            Some("pijler") => CoverageKind::Pillar,
            other => {
                self.problem(format!("soort must be onderdeel, niveau or pijler, found {other:?}"));
                return None;
            }
        };
        let covered = self.condition_at("gedekt", false);
        if covered.is_none() {
            self.problem("needs `gedekt`".to_owned());
        }
        let (priority, short) = self.priority();
        Some(CoverageRule {
            id: self.record.id.to_owned(),
            kind,
            label: self.text("naam"),
            needed: self.condition_at("nodig", true).unwrap_or(Condition::Always),
            focus: self.condition_at("focus", false),
            covered: covered?,
            fill: self.text("aanvullen"),
            fill_with: self.records("aanvullen-met"),
            cites: self.cites(),
            priority,
            short,
        })
    }

    fn partner(&mut self) -> Option<PartnerRule> {
        let partner = self.record.get("partner").unwrap_or_default().to_owned();
        if !self.vocabulary.questionnaire.option_ids(Field::Partners).contains(&partner.as_str()) {
            self.problem(format!("partner `{partner}` is not an option of `partners`"));
        }
        let context = self.record.get("context").unwrap_or_default().to_owned();
        let pillars = self.vocabulary.questionnaire.option_ids(Field::Pillars);
        if context != "algemeen" && Setting::from_id(&context).is_none() && !pillars.contains(&context.as_str()) {
            self.problem(format!("context `{context}` is not `algemeen`, a setting or a pillar"));
        }
        let (priority, short) = self.priority();
        Some(PartnerRule {
            id: self.record.id.to_owned(),
            partner,
            context,
            when: self.when(),
            role: self.text("rol"),
            cites: self.cites(),
            priority,
            short,
        })
    }

    fn data(&mut self) -> Option<DataRule> {
        let id = self.record.id.to_owned();
        if !self.vocabulary.questionnaire.option_ids(Field::Monitors).contains(&id.as_str()) {
            self.problem("is not an option of `monitors` (3.2, 3.3)".to_owned());
        }
        let uses: Option<Vec<DataUse>> = self.ids("gebruik").iter().map(|u| DataUse::from_id(u)).collect();
        let uses = uses.filter(|u| !u.is_empty()).unwrap_or_default();
        if uses.is_empty() {
            self.problem("gebruik must be `situatie-analyse` and/or `evaluatie`".to_owned());
        }
        let priority = self.record.get("prioriteit").and_then(|p| p.parse::<u8>().ok()).filter(|p| (1..=9).contains(p));
        if priority.is_none() {
            self.problem("needs prioriteit 1 ... 9".to_owned());
        }
        Some(DataRule { id, when: self.when(), uses, reason: self.text("reden"), cites: self.cites(), priority })
    }

    fn fixed_text(&mut self) -> FixedText {
        let names = FIXED_TEXTS.iter().find(|(id, _)| *id == self.record.id).map(|(_, names)| *names);
        if names.is_none() {
            self.problem("is not a text the engine shows".to_owned());
        }
        let text = self.required("tekst");
        let names = names.unwrap_or_default();
        self.placeholders_among(&text, &|name| names.contains(&name), &format!("one of {names:?}"));
        let reason = self.record.get("reden").filter(|r| !r.is_empty()).map(str::to_owned);
        FixedText { id: self.record.id.to_owned(), text, reason, cites: self.cites() }
    }

    fn step(&mut self) -> Option<StepRule> {
        let step = self.record.get("stap").and_then(|s| s.parse::<u8>().ok()).filter(|s| (1..=4).contains(s));
        if step.is_none() {
            self.problem("stap must be 1, 2, 3 or 4".to_owned());
        }
        let (priority, short) = self.priority();
        Some(StepRule {
            id: self.record.id.to_owned(),
            step: step?,
            when: self.when(),
            text: self.text("tekst"),
            reason: self.text("reden"),
            cites: self.cites(),
            priority,
            short,
        })
    }
}

/// The age bands an element's text names in its last parentheses, as
/// option ids ("12-13", "13-16", "16-18"): "(12/13 jaar, 13 t/m 16 jaar)"
/// gives ["12-13", "13-16"]. Parentheses holding anything else give none.
pub fn ages_in(text: &str) -> Vec<String> {
    let Some(open) = text.rfind('(') else { return Vec::new() };
    let inside = &text[open + 1..];
    let inside = inside.split(')').next().unwrap_or(inside);
    let mut bands = Vec::new();
    for part in inside.split(',') {
        let squeezed: String = part.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let squeezed = crate::domain::text::lowercase(&squeezed);
        let squeezed = squeezed.trim_end_matches("jaar");
        let range = squeezed.split_once("t/m").or_else(|| squeezed.split_once('/'));
        let Some((from, to)) = range else { return Vec::new() };
        let (Ok(from), Ok(to)) = (from.parse::<u8>(), to.parse::<u8>()) else { return Vec::new() };
        let band = format!("{from}-{to}");
        if !bands.contains(&band) {
            bands.push(band);
        }
    }
    bands
}

/// Whether `quote` stands, word for word, in a paragraph, list item or box
/// of the place `place`.
#[cfg(test)]
fn quote_found(dossier: &Dossier<'_>, place: &str, quote: &str) -> bool {
    use crate::domain::dossier::{plain, Block};
    let Some(blocks) = dossier.blocks_under(place) else { return false };
    fn search(blocks: &[&Block<'_>], quote: &str) -> bool {
        blocks.iter().any(|block| match block {
            Block::Paragraph(p) => plain(p).contains(quote),
            Block::List(list) => list.items.iter().flat_map(|i| &i.paragraphs).any(|p| plain(p).contains(quote)),
            Block::Box(b) => search(&b.blocks.iter().collect::<Vec<_>>(), quote),
            _ => false,
        })
    }
    search(&blocks, quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_read_from_the_dossiers_own_notation() {
        assert_eq!(ages_in("Voorlichting aan leerlingen over blowen gericht op sociale norm (12/13 jaar)"), ["12-13"]);
        assert_eq!(ages_in("(vroeg) Signalering en begeleiding (12/13 jaar, 13 t/m 16 jaar, 16 t/m 18 jaar)"), ["12-13", "13-16", "16-18"]);
        assert_eq!(ages_in("Aansluiten bij buurt- wijkteam (13 t/m16 jaar, 16 t/m 18)."), ["13-16", "16-18"]);
        assert_eq!(ages_in("Individuele aanpak gericht op leerlingen met een hoog-risico profiel (12/ 13 jaar, 13 t/m 16 jaar)"), ["12-13", "13-16"]);
        assert!(ages_in("Ontwikkeling in samenwerking met alle partijen (werkgevers, management, en medewerkers);").is_empty());
        assert!(ages_in("Verbetering van ouder-kind relatie;").is_empty());
        assert!(ages_in("Een serie van meerdere bijeenkomsten (ongeveer 10);").is_empty());
    }
}
