//! Reading `vragenlijst.txt`: sections and steps, with options taken from
//! the dossier and the records where the file names a source.

use super::*;
use crate::domain::catalogue::{Intervention, Programme, Setting};
use crate::domain::dossier::{plain, Block, Dossier};
use crate::domain::markup::{valid_id, Problem};
use crate::domain::records::Record;

/// The keys of `vragenlijst.txt` (sections and steps).
pub const QUESTIONNAIRE_KEYS: &[&str] = &[
    "soort", "titel", "intro", "sectie", "veld", "veld-tot", "type", "vraag", "hulp", "kort", "in-advies", "fout", "optioneel",
    "opties", "optie", "anders-label", "alleen-als", "lees-meer", "zelfde-pagina",
];

/// Reads `vragenlijst.txt`'s records. Options named by `opties:` are taken
/// from the dossier and the records. Never fails: problems are reported.
pub fn load_questionnaire(
    records: &[Record<'_>],
    file: &str,
    dossier: &Dossier<'_>,
    interventions: &[Intervention],
    programmes: &[Programme],
) -> (Questionnaire, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut questionnaire = Questionnaire::default();
    for record in records {
        let mut problem = |message: String| problems.push(Problem { file: file.to_owned(), line: record.line, message });
        let text = |key: &str| record.get(key).unwrap_or_default().to_owned();
        match record.get("soort") {
            Some("sectie") => {
                if text("titel").is_empty() {
                    problem(format!("[{}] needs a `titel`", record.id));
                }
                questionnaire.sections.push(Section {
                    id: record.id.to_owned(),
                    title: text("titel"),
                    minutes: 0,
                    intro: text("intro"),
                });
            }
            Some("stap") => {
                if let Some(step) = read_step(record, &mut problem, &questionnaire, dossier, interventions, programmes) {
                    questionnaire.steps.push(step);
                }
            }
            other => problem(format!("[{}] soort must be `sectie` or `stap`, found {other:?}", record.id)),
        }
    }
    questionnaire.linked_programmes = programmes.iter().filter(|p| p.intervention.is_some()).map(|p| p.id.clone()).collect();
    questionnaire.index_fields();
    questionnaire.estimate_minutes();
    for field in Field::ALL {
        let writers = questionnaire
            .steps
            .iter()
            .filter(|s| s.field == field || s.field_to == Some(field))
            .count();
        if writers != 1 {
            problems.push(Problem { file: file.to_owned(), line: 0, message: format!("field `{}` is written by {writers} steps; it needs exactly one", field.key()) });
        }
    }
    (questionnaire, problems)
}

fn read_step(
    record: &Record<'_>,
    problem: &mut impl FnMut(String),
    questionnaire: &Questionnaire,
    dossier: &Dossier<'_>,
    interventions: &[Intervention],
    programmes: &[Programme],
) -> Option<Step> {
    let id = record.id;
    let text = |key: &str| record.get(key).unwrap_or_default().to_owned();
    let section = text("sectie");
    if questionnaire.section(&section).is_none() {
        problem(format!("[{id}] sectie `{section}` is not a section defined above it"));
    }
    for key in ["vraag", "hulp", "kort", "in-advies"] {
        if text(key).is_empty() {
            problem(format!("[{id}] needs `{key}`"));
        }
    }
    let Some(field) = Field::from_key(&text("veld")) else {
        problem(format!("[{id}] veld `{}` is not an answer field", text("veld")));
        return None;
    };
    let Some(kind) = Kind::from_name(&text("type")) else {
        problem(format!("[{id}] type `{}` is not een-keuze, meer-keuzes, tekst or jaren", text("type")));
        return None;
    };
    let field_to = record.get("veld-tot").and_then(|key| {
        let found = Field::from_key(key);
        if found.is_none_or(|f| !f.is_text()) {
            problem(format!("[{id}] veld-tot `{key}` is not a text field"));
        }
        found
    });
    let is_choice = matches!(kind, Kind::OneChoice | Kind::SeveralChoices);
    if field.is_text() == is_choice {
        problem(format!("[{id}] type `{}` does not fit field `{}`", text("type"), field.key()));
    }
    if (kind == Kind::YearRange) != field_to.is_some() {
        problem(format!("[{id}] a year range needs `veld-tot`, and only a year range has one"));
    }
    let mut yes = |key: &str| match record.get(key) {
        None => false,
        Some("ja") => true,
        Some(other) => {
            problem(format!("[{id}] {key} must be `ja` when present, found `{other}`"));
            false
        }
    };
    let optional = yes("optioneel");
    let joins_previous = yes("zelfde-pagina");
    if joins_previous && questionnaire.steps.is_empty() {
        problem(format!("[{id}] zelfde-pagina needs a step before it"));
    }
    let required_message = text("fout");
    if !optional && required_message.is_empty() {
        problem(format!("[{id}] a required question needs a `fout` message"));
    }
    let options = read_options(record, problem, is_choice, dossier, interventions, programmes);
    let other = read_other(record, problem, &options);
    let condition = record.get("alleen-als").and_then(|text| match Condition::parse(text) {
        Ok(condition) => Some(condition),
        Err(message) => {
            problem(format!("[{id}] alleen-als: {message}"));
            None
        }
    });
    let read_more: Vec<String> = record.all("lees-meer").map(str::to_owned).collect();
    for target in &read_more {
        if dossier.anchor(target).is_none() {
            problem(format!("[{id}] lees-meer `{target}` does not exist"));
        }
    }
    if questionnaire.step(id).is_some() || questionnaire.section(id).is_some() {
        problem(format!("[{id}] is used twice"));
    }
    Some(Step {
        id: id.to_owned(),
        section,
        joins_previous,
        question: text("vraag"),
        help: text("hulp"),
        optional,
        field,
        field_to,
        kind,
        options,
        other,
        condition,
        read_more,
        required_message,
        short: text("kort"),
        in_advice: text("in-advies"),
    })
}

/// A step's options: those `opties` takes from the content, then its own `optie` lines.
fn read_options(
    record: &Record<'_>,
    problem: &mut impl FnMut(String),
    is_choice: bool,
    dossier: &Dossier<'_>,
    interventions: &[Intervention],
    programmes: &[Programme],
) -> Vec<Choice> {
    let id = record.id;
    let mut options = Vec::new();
    for source in record.all("opties") {
        match content_options(source, dossier, interventions, programmes) {
            Some(found) if !found.is_empty() => options.extend(found),
            _ => problem(format!("[{id}] opties `{source}` names no options in the content")),
        }
    }
    for line in record.all("optie") {
        let mut parts = line.split('|').map(str::trim);
        let option_id = parts.next().unwrap_or_default();
        let label = parts.next().unwrap_or_default();
        let read_more = parts.next().filter(|r| !r.is_empty()).map(str::to_owned);
        if !valid_id(option_id) || label.is_empty() {
            problem(format!("[{id}] optie `{line}` must be `id | label` or `id | label | lees-meer`"));
            continue;
        }
        if let Some(target) = &read_more
            && dossier.anchor(target).is_none()
        {
            problem(format!("[{id}] optie `{option_id}`: lees-meer `{target}` does not exist"));
        }
        options.push(Choice { id: option_id.to_owned(), label: label.to_owned(), hint: None, read_more });
    }
    for (at, option) in options.iter().enumerate() {
        if options[..at].iter().any(|o| o.id == option.id) {
            problem(format!("[{id}] option id `{}` occurs twice", option.id));
        }
    }
    if is_choice && options.is_empty() {
        problem(format!("[{id}] a choice question needs options"));
    }
    if !is_choice && !options.is_empty() {
        problem(format!("[{id}] a text question has no options"));
    }
    options
}

/// The free text the option `anders` reveals: an option `anders` and an
/// `anders-label` go together.
fn read_other(record: &Record<'_>, problem: &mut impl FnMut(String), options: &[Choice]) -> Option<OtherText> {
    let id = record.id;
    match (options.iter().any(|o| o.id == OTHER), record.get("anders-label")) {
        (false, None) => None,
        (true, Some(label)) => Some(OtherText { label: label.to_owned() }),
        (true, None) => {
            problem(format!("[{id}] the option `{OTHER}` needs an `anders-label`"));
            None
        }
        (false, Some(_)) => {
            problem(format!("[{id}] anders-label needs an option `{OTHER}`"));
            None
        }
    }
}

/// Options taken from the content: `settingen`, `interventies`,
/// `programmas` (those that are not also an intervention row), or the id of
/// a heading, box or table whose id-carrying list items or rows are the
/// options (their first paragraph or cell is the label, the next the hint).
fn content_options(source: &str, dossier: &Dossier<'_>, interventions: &[Intervention], programmes: &[Programme]) -> Option<Vec<Choice>> {
    match source {
        "settingen" => Some(
            Setting::ALL
                .into_iter()
                .map(|s| {
                    let label = dossier.anchor(s.section()).map(|a| a.label.clone()).unwrap_or_default();
                    let label = label.split_once("Setting: ").map(|(_, rest)| rest.to_owned()).unwrap_or(label);
                    Choice { id: s.id().to_owned(), label, hint: None, read_more: Some(s.section().to_owned()) }
                })
                .collect(),
        ),
        "interventies" => Some(
            interventions
                .iter()
                .map(|i| Choice { id: i.id.clone(), label: i.name.clone(), hint: Some(i.target_group.clone()), read_more: Some(i.section.clone()) })
                .collect(),
        ),
        "programmas" => Some(
            programmes
                .iter()
                .filter(|p| p.intervention.is_none())
                .map(|p| Choice { id: p.id.clone(), label: p.name.clone(), hint: p.description.clone(), read_more: Some(p.section.clone()) })
                .collect(),
        ),
        id => {
            let blocks = dossier.blocks_under(id)?;
            let mut choices = Vec::new();
            collect_items(&blocks, &mut choices);
            Some(choices)
        }
    }
}

/// A list item or table cell as an option label: without trailing
/// punctuation or a "(hierna ...)" that names a short form the app never uses.
fn clean_label(text: &str) -> String {
    let text = match (text.find(" (hierna "), text.rfind(')')) {
        (Some(start), Some(end)) if start < end => format!("{}{}", &text[..start], &text[end + 1..]),
        _ => text.to_owned(),
    };
    text.trim().trim_end_matches([';', '.', ',']).trim().to_owned()
}

fn collect_items(blocks: &[&Block<'_>], out: &mut Vec<Choice>) {
    for block in blocks {
        match block {
            Block::List(list) => {
                for item in &list.items {
                    let Some(id) = item.id else { continue };
                    let label = item.paragraphs.first().map(|p| clean_label(&plain(p))).unwrap_or_default();
                    let hint = item.paragraphs.get(1).map(|p| plain(p));
                    out.push(Choice { id: id.to_owned(), label, hint, read_more: Some(id.to_owned()) });
                }
            }
            Block::Table(table) => {
                for row in &table.rows {
                    let Some(id) = row.id else { continue };
                    let cell = |n: usize| row.cells.get(n).map(|c| c.iter().map(|p| plain(p)).collect::<Vec<_>>().join(" "));
                    out.push(Choice {
                        id: id.to_owned(),
                        label: cell(0).map(|l| clean_label(&l)).unwrap_or_default(),
                        hint: cell(1),
                        read_more: Some(id.to_owned()),
                    });
                }
            }
            Block::Box(text_box) => collect_items(&text_box.blocks.iter().collect::<Vec<_>>(), out),
            _ => {}
        }
    }
}
