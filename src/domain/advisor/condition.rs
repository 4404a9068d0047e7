//! The small condition language of the questionnaire and the advice rules
//! (documented in `RULES.md`):
//!
//! ```text
//! settings:uitgaansleven                 the field holds this id
//! stages:gewoonte,problematisch          ... any of these ids
//! vulnerable_groups:*                    ... anything (text: not blank)
//! #settings=1   #pillars<3               the number of ids (< <= = >= >)
//! municipality~amsterdam                 the text holds this word (case and accents ignored)
//! altijd                                 always true
//! !a   a & b   a | b   (a | b) & c       not, and (binds first), or, grouping
//! ```

use super::answers::{Answers, Field};
use crate::domain::text::fold;

/// What a condition talks about: an answer field or a fact the engine derives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    Answer(Field),
    Derived(Derived),
}

/// Facts derived from the answers before the rules run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Derived {
    /// `levels_needed`: the prevention levels the target groups need
    /// (`U`, `S`, `I`, `HR`), from `advies/niveaus.txt`.
    LevelsNeeded,
    /// `running_levels`: the levels of the interventions that already run.
    RunningLevels,
    /// `period`: `gegeven` when a valid period was given, `afwijkend` when
    /// it is not three or four years long (a plan usually covers four).
    Period,
}

impl Derived {
    pub const ALL: [Derived; 3] = [Derived::LevelsNeeded, Derived::RunningLevels, Derived::Period];

    pub fn name(self) -> &'static str {
        match self {
            Derived::LevelsNeeded => "levels_needed",
            Derived::RunningLevels => "running_levels",
            Derived::Period => "period",
        }
    }

    /// The ids a derived fact can hold.
    pub fn ids(self) -> &'static [&'static str] {
        match self {
            Derived::LevelsNeeded | Derived::RunningLevels => &["U", "S", "I", "HR"],
            Derived::Period => &["gegeven", "afwijkend"],
        }
    }
}

impl Subject {
    pub fn from_name(name: &str) -> Option<Subject> {
        Field::from_key(name)
            .map(Subject::Answer)
            .or_else(|| Derived::ALL.into_iter().find(|d| d.name() == name).map(Subject::Derived))
    }

    pub fn name(self) -> &'static str {
        match self {
            Subject::Answer(field) => field.key(),
            Subject::Derived(derived) => derived.name(),
        }
    }

    pub fn is_text(self) -> bool {
        matches!(self, Subject::Answer(field) if field.is_text())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Eq,
    Ge,
    Gt,
}

impl Cmp {
    fn holds(self, left: usize, right: usize) -> bool {
        match self {
            Cmp::Lt => left < right,
            Cmp::Le => left <= right,
            Cmp::Eq => left == right,
            Cmp::Ge => left >= right,
            Cmp::Gt => left > right,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    Always,
    /// `field:*`
    Answered(Subject),
    /// `field:a,b`
    AnyOf(Subject, Vec<String>),
    /// `#field<2`
    Count(Subject, Cmp, usize),
    /// `field~word` (the word is stored folded).
    Contains(Subject, String),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

/// The answers plus the derived facts a condition is evaluated against.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub answers: &'a Answers,
    pub levels_needed: Vec<String>,
    pub running_levels: Vec<String>,
    pub period: Vec<String>,
}

impl<'a> Facts<'a> {
    /// Facts with nothing derived yet but the period (the questionnaire's view).
    pub fn new(answers: &'a Answers) -> Facts<'a> {
        let mut period = Vec::new();
        if let Some((from, to)) = answers.period() {
            period.push("gegeven".to_owned());
            if !(3..=4).contains(&(to - from)) {
                period.push("afwijkend".to_owned());
            }
        }
        Facts {
            answers,
            levels_needed: Vec::new(),
            running_levels: Vec::new(),
            period,
        }
    }

    pub fn values(&self, subject: Subject) -> &[String] {
        match subject {
            Subject::Answer(field) => self.answers.choices(field),
            Subject::Derived(Derived::LevelsNeeded) => &self.levels_needed,
            Subject::Derived(Derived::RunningLevels) => &self.running_levels,
            Subject::Derived(Derived::Period) => &self.period,
        }
    }

    fn folded_text(&self, field: Field) -> String {
        fold(self.answers.text(field))
    }

    fn answered(&self, subject: Subject) -> bool {
        match subject {
            Subject::Answer(field) => self.answers.is_answered(field),
            Subject::Derived(_) => !self.values(subject).is_empty(),
        }
    }
}

/// Why a condition holds: the subjects and the ids (or text) that made it true.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub subject: Subject,
    pub ids: Vec<String>,
}

impl Condition {
    pub fn holds(&self, facts: &Facts<'_>) -> bool {
        match self {
            Condition::Always => true,
            Condition::Answered(subject) => facts.answered(*subject),
            Condition::AnyOf(subject, ids) => facts.values(*subject).iter().any(|v| ids.contains(v)),
            Condition::Count(subject, cmp, n) => cmp.holds(facts.values(*subject).len(), *n),
            Condition::Contains(subject, word) => match subject {
                Subject::Answer(field) => facts.folded_text(*field).contains(word.as_str()),
                Subject::Derived(_) => false,
            },
            Condition::Not(inner) => !inner.holds(facts),
            Condition::All(parts) => parts.iter().all(|p| p.holds(facts)),
            Condition::Any(parts) => parts.iter().any(|p| p.holds(facts)),
        }
    }

    /// The evidence of a condition that holds: every positive atom that is
    /// true on a true branch (negations give none). Merged per subject.
    pub fn evidence(&self, facts: &Facts<'_>, out: &mut Vec<Evidence>) {
        let mut push = |subject: Subject, ids: Vec<String>| {
            if ids.is_empty() {
                return;
            }
            match out.iter_mut().find(|e| e.subject == subject) {
                Some(existing) => {
                    for id in ids {
                        if !existing.ids.contains(&id) {
                            existing.ids.push(id);
                        }
                    }
                }
                None => out.push(Evidence { subject, ids }),
            }
        };
        match self {
            Condition::Always | Condition::Not(_) => {}
            // "fewer than" counts name nothing that made them true.
            Condition::Count(_, Cmp::Lt | Cmp::Le, _) => {}
            Condition::Answered(subject) | Condition::Count(subject, _, _) => {
                if self.holds(facts) {
                    match subject {
                        Subject::Answer(field) if field.is_text() => push(*subject, vec![facts.answers.text(*field).to_owned()]),
                        _ => push(*subject, facts.values(*subject).to_vec()),
                    }
                }
            }
            Condition::AnyOf(subject, ids) => {
                push(*subject, facts.values(*subject).iter().filter(|v| ids.contains(v)).cloned().collect());
            }
            Condition::Contains(subject, _) => {
                if let (true, Subject::Answer(field)) = (self.holds(facts), subject) {
                    push(*subject, vec![facts.answers.text(*field).to_owned()]);
                }
            }
            Condition::All(parts) => {
                if self.holds(facts) {
                    parts.iter().for_each(|p| p.evidence(facts, out));
                }
            }
            Condition::Any(parts) => {
                for part in parts.iter().filter(|p| p.holds(facts)) {
                    part.evidence(facts, out);
                }
            }
        }
    }

    /// Every (subject, ids) pair the condition names, for validation.
    pub fn references(&self, out: &mut Vec<(Subject, Vec<String>)>) {
        match self {
            Condition::Always => {}
            Condition::Answered(s) | Condition::Count(s, _, _) | Condition::Contains(s, _) => out.push((*s, Vec::new())),
            Condition::AnyOf(s, ids) => out.push((*s, ids.clone())),
            Condition::Not(inner) => inner.references(out),
            Condition::All(parts) | Condition::Any(parts) => parts.iter().for_each(|p| p.references(out)),
        }
    }

    /// Parses the syntax above; the error is a message for a content problem.
    pub fn parse(text: &str) -> Result<Condition, String> {
        let tokens = tokenize(text)?;
        if tokens.is_empty() {
            return Err("empty condition".to_owned());
        }
        let mut parser = Parser { tokens, at: 0 };
        let condition = parser.or()?;
        if parser.at != parser.tokens.len() {
            return Err(format!("unexpected `{}` in `{text}`", parser.tokens[parser.at]));
        }
        Ok(condition)
    }
}

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, '(' | ')' | '&' | '|' | '!') {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            if !c.is_whitespace() {
                tokens.push(c.to_string());
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some("|") {
            self.at += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Condition::Any(parts) })
    }

    fn and(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.unary()?];
        while self.peek() == Some("&") {
            self.at += 1;
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Condition::All(parts) })
    }

    fn unary(&mut self) -> Result<Condition, String> {
        match self.peek() {
            Some("!") => {
                self.at += 1;
                Ok(Condition::Not(Box::new(self.unary()?)))
            }
            Some("(") => {
                self.at += 1;
                let inner = self.or()?;
                if self.peek() != Some(")") {
                    return Err("a `(` is not closed".to_owned());
                }
                self.at += 1;
                Ok(inner)
            }
            Some(")" | "&" | "|") | None => Err("a condition is missing".to_owned()),
            Some(word) => {
                let atom = atom(word)?;
                self.at += 1;
                Ok(atom)
            }
        }
    }
}

fn subject(name: &str) -> Result<Subject, String> {
    Subject::from_name(name).ok_or_else(|| format!("`{name}` is not an answer field or derived fact"))
}

fn atom(word: &str) -> Result<Condition, String> {
    if word == "altijd" {
        return Ok(Condition::Always);
    }
    if let Some(rest) = word.strip_prefix('#') {
        let at = rest.find(['<', '>', '=']).ok_or_else(|| format!("`{word}` needs a comparison: #field<2"))?;
        let (name, comparison) = rest.split_at(at);
        let (cmp, number) = if let Some(n) = comparison.strip_prefix("<=") {
            (Cmp::Le, n)
        } else if let Some(n) = comparison.strip_prefix(">=") {
            (Cmp::Ge, n)
        } else if let Some(n) = comparison.strip_prefix('<') {
            (Cmp::Lt, n)
        } else if let Some(n) = comparison.strip_prefix('>') {
            (Cmp::Gt, n)
        } else {
            (Cmp::Eq, comparison.trim_start_matches('='))
        };
        let number = number.parse::<usize>().map_err(|_| format!("`{word}`: `{number}` is not a number"))?;
        let subject = subject(name)?;
        if subject.is_text() {
            return Err(format!("`{word}`: a text field has no count"));
        }
        return Ok(Condition::Count(subject, cmp, number));
    }
    if let Some((name, text)) = word.split_once('~') {
        let subject = subject(name)?;
        if !subject.is_text() || text.is_empty() {
            return Err(format!("`{word}`: `~` needs a text field and a word"));
        }
        return Ok(Condition::Contains(subject, fold(text)));
    }
    let (name, value) = word.split_once(':').ok_or_else(|| format!("`{word}` is not `field:id`, `#field<n`, `field~word` or `altijd`"))?;
    let subject = subject(name)?;
    if value == "*" {
        return Ok(Condition::Answered(subject));
    }
    if subject.is_text() {
        return Err(format!("`{word}`: a text field takes `:*` or `~word`"));
    }
    let ids: Vec<String> = value.split(',').map(str::to_owned).collect();
    if ids.iter().any(String::is_empty) {
        return Err(format!("`{word}` has an empty id"));
    }
    Ok(Condition::AnyOf(subject, ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers() -> Answers {
        Answers {
            settings: vec!["uitgaansleven".into(), "gezin".into()],
            stages: vec!["recreatief".into()],
            municipality: "Gemeente Súdwest-Fryslân".into(),
            ..Answers::default()
        }
    }

    fn holds(text: &str) -> bool {
        let answers = answers();
        Condition::parse(text).unwrap().holds(&Facts::new(&answers))
    }

    #[test]
    fn atoms() {
        assert!(holds("settings:uitgaansleven"));
        assert!(holds("settings:media,gezin"));
        assert!(!holds("settings:media"));
        assert!(holds("stages:*"));
        assert!(!holds("plans:*"));
        assert!(holds("municipality:*"));
        assert!(holds("#settings=2") && holds("#settings>=2") && holds("#settings<3") && !holds("#settings>2"));
        assert!(holds("#plans=0") && holds("#plans<=0"));
        assert!(holds("municipality~sudwest") && holds("municipality~FRYSLAN") && !holds("municipality~amsterdam"));
        assert!(holds("altijd"));
    }

    #[test]
    fn operators_and_precedence() {
        assert!(holds("settings:media | settings:gezin"));
        assert!(!holds("settings:media & settings:gezin"));
        assert!(holds("!settings:media"));
        // `&` binds before `|`.
        assert!(holds("settings:gezin | settings:media & plans:*"));
        assert!(!holds("(settings:gezin | settings:media) & plans:*"));
        assert!(holds("!(plans:* | settings:media) & stages:recreatief"));
    }

    #[test]
    fn errors_are_messages() {
        for bad in ["", "onbekend:x", "settings", "settings:", "settings:a,,b", "(settings:gezin", "settings:gezin &", "#settings", "#settings<x", "municipality:amsterdam", "settings~x", "#municipality=1", "a | | b"] {
            assert!(Condition::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn evidence_names_what_made_it_true() {
        let answers = answers();
        let facts = Facts::new(&answers);
        let condition = Condition::parse("(settings:uitgaansleven,media | plans:x) & !stages:gewoonte & stages:*").unwrap();
        let mut evidence = Vec::new();
        condition.evidence(&facts, &mut evidence);
        assert_eq!(
            evidence,
            [
                Evidence { subject: Subject::Answer(Field::Settings), ids: vec!["uitgaansleven".into()] },
                Evidence { subject: Subject::Answer(Field::Stages), ids: vec!["recreatief".into()] },
            ]
        );
    }

    #[test]
    fn the_period_is_a_derived_fact() {
        let mut answers = Answers { period_from: "2025".into(), period_to: "2028".into(), ..Answers::default() };
        assert_eq!(Facts::new(&answers).period, ["gegeven"]);
        answers.period_to = "2035".into();
        assert_eq!(Facts::new(&answers).period, ["gegeven", "afwijkend"]);
        answers.period_to = "20x5".into();
        assert!(Facts::new(&answers).period.is_empty());
    }
}
