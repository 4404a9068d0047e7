//! Fidelity tests: the content files against the dossier's extracted text
//! (`tests/fixtures/wat-werkt-dossier-drugs.txt`).

use super::*;
use crate::domain::catalogue::Level;
use crate::domain::dossier::{plain, AnchorKind, Block, Chapter};

const SOURCE: &str = include_str!("../../tests/fixtures/wat-werkt-dossier-drugs.txt");

/// Words the source breaks at a real hyphen ("harm-\nreduction"): they keep it.
/// Every other line-end hyphen in the source is a hyphenation artefact.
const REAL_HYPHENS: [&str; 12] = [
    "harm-reduction",
    "ADM-beleid",
    "ADM-team",
    "e-learning",
    "KOPP/KVO-ouders",
    "Moti-4",
    "peer-to-peer",
    "dance-evenementen",
    "KOPP/KOV-ouders",
    "Psycho-educatieve",
    "Community-based",
    "ADM-toolbox",
];

/// Letters, digits and punctuation only: no whitespace, hyphens, bullets or
/// extraction debris, so line breaks and hyphenation repairs do not count.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '•' | '*' | '\u{fffd}' | '\u{ad}')).collect()
}

/// The source without the web-link lines printed at the end of each page.
fn source_squeezed() -> String {
    let prose: Vec<&str> = SOURCE.lines().filter(|l| !l.trim_start().starts_with("http")).collect();
    squeeze(&prose.join("\n"))
}

/// Every piece of visible text in the content, with where it comes from.
fn text_pieces() -> Vec<(String, String)> {
    fn blocks(blocks: &[Block<'_>], place: &str, out: &mut Vec<(String, String)>) {
        for block in blocks {
            match block {
                Block::Heading(h) => out.push((place.to_owned(), h.full_title())),
                Block::Paragraph(p) => out.push((place.to_owned(), plain(p))),
                Block::List(list) => {
                    for paragraph in list.items.iter().flat_map(|i| &i.paragraphs) {
                        out.push((place.to_owned(), plain(paragraph)));
                    }
                }
                Block::Box(b) => {
                    out.push((place.to_owned(), b.title.to_owned()));
                    blocks_of(&b.blocks, place, out);
                }
                Block::Table(t) => {
                    out.extend(t.header.iter().map(|h| (place.to_owned(), (*h).to_owned())));
                    if !t.caption.is_empty() {
                        out.push((place.to_owned(), t.caption.to_owned()));
                    }
                    for cell in t.rows.iter().flat_map(|r| &r.cells).flatten() {
                        out.push((place.to_owned(), plain(cell)));
                    }
                }
                Block::InterventionTable { caption, .. } => out.push((place.to_owned(), (*caption).to_owned())),
                Block::Figure(f) => {
                    out.push((place.to_owned(), f.caption.to_owned()));
                    blocks_of(&f.blocks, place, out);
                }
            }
        }
    }
    fn blocks_of(b: &[Block<'_>], place: &str, out: &mut Vec<(String, String)>) {
        blocks(b, place, out)
    }
    let mut out = Vec::new();
    for chapter in &dossier().chapters {
        let place = format!("hoofdstuk {}", chapter.number);
        out.push((place.clone(), format!("{} {}", chapter.number, chapter.title)));
        blocks(&chapter.blocks, &place, &mut out);
        for footnote in &chapter.footnotes {
            out.push((place.clone(), plain(&footnote.text)));
        }
    }
    for part in &dossier().parts {
        out.push(("deel".to_owned(), part.title.to_owned()));
    }
    for part in policy_plan_parts() {
        out.extend(part.guidance.iter().map(|g| (format!("modelplan {}", part.id), g.clone())));
    }
    for p in programmes() {
        out.extend(p.description.iter().map(|d| (format!("programma {}", p.id), d.clone())));
    }
    for i in interventions() {
        let place = format!("interventie {}", i.id);
        for text in [Some(&i.name), i.description.as_ref(), Some(&i.target_group), Some(&i.recognition_text), i.note.as_ref()]
            .into_iter()
            .flatten()
        {
            out.push((place.clone(), text.clone()));
        }
    }
    out
}

/// The advice's and the plan's bundles compile in the dossier's outline, the
/// advisor's the outline and the text its steps show (`build.rs`):
/// everything these read from the dossier must come out of each copy as out
/// of the text.
#[test]
fn the_outline_gives_the_advice_and_the_plan_what_the_text_gives() {
    let (text, _) = parse_dossier(&TEXT);
    let places = |dossier: &Dossier<'_>| {
        let mut all: Vec<String> = dossier.anchors().map(|anchor| format!("{anchor:?}")).collect();
        all.sort_unstable();
        all
    };
    let Library { interventions, programmes, .. } = library();
    let (records, _) = read_records(QUESTIONNAIRE.0, QUESTIONNAIRE.1, QUESTIONNAIRE_KEYS);
    let questionnaire = |dossier: &Dossier<'_>| load_questionnaire(&records, QUESTIONNAIRE.0, dossier, interventions, programmes).0;
    let from_text = questionnaire(&text);
    let rules = |dossier: &Dossier<'_>| {
        let vocabulary = Vocabulary { dossier, questionnaire: &from_text, interventions, programmes };
        format!("{:?}", load_rules(&ADVICE_RULES, &vocabulary).0)
    };
    let (part_records, _) = read_records(PLAN_PARTS.0, PLAN_PARTS.1, PART_KEYS);
    for (name, copy) in [("outline", &OUTLINE), ("read-more", &READ_MORE)] {
        let (copy, problems) = parse_dossier(copy);
        assert!(problems.is_empty(), "{name} reads without problems: {problems:?}");
        assert_eq!(places(&copy), places(&text), "{name}: every place, with its label, kind, chapter and section");
        assert_eq!(questionnaire(&copy), from_text, "{name}: the questionnaire's options taken from the dossier");
        assert_eq!(rules(&copy), rules(&text), "{name}: the advice's rules and the items they quote");
        assert_eq!(load_parts(&part_records, PLAN_PARTS.0, &copy).0, load_parts(&part_records, PLAN_PARTS.0, &text).0, "{name}: the plan's parts");
    }
}

/// The advisor's bundle compiles in the outline and the text its steps show
/// under "Wat zegt het dossier hierover?" (`build.rs`): each such place
/// holds the same blocks as in the text, and the copy leaves the rest out.
#[test]
fn the_advisors_copy_gives_each_step_the_text_it_shows() {
    let (text, _) = parse_dossier(&TEXT);
    let (copy, _) = parse_dossier(&READ_MORE);
    let shown: Vec<&String> = questionnaire().steps.iter().flat_map(|step| &step.read_more).collect();
    assert!(shown.len() > 10, "the steps name the places they explain");
    for id in shown {
        let blocks = |dossier: &Dossier<'_>| format!("{:?}", dossier.blocks_under(id));
        assert_eq!(blocks(&copy), blocks(&text), "the text under {id}");
    }
    let length = |chapters: &[(&str, &str); 6]| chapters.iter().map(|(_, text)| text.len()).sum::<usize>();
    assert!(length(&READ_MORE) < length(&TEXT) / 2, "the copy leaves out the paragraphs no step shows");
}

/// The app compiles in the record files without their comments (`build.rs`):
/// each reads the same, line numbers included, and its comments are gone.
#[test]
fn the_record_files_read_the_same_without_their_comments() {
    let files = [INTERVENTIONS, PROGRAMMES, QUESTIONNAIRE, PLAN_PARTS, PLAN_TEXTS, SEARCH_WORDS].into_iter().chain(ADVICE_RULES);
    for (name, compiled) in files {
        let path = format!("{}/src/content/{name}", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).unwrap();
        assert_eq!(read_records(name, compiled, &[]), read_records(name, &source, &[]), "{name}");
        assert!(source.contains("\n#") && !compiled.contains("\n#"), "{name} has comments in the source only");
    }
}

#[test]
fn the_content_files_have_no_problems() {
    let problems: Vec<String> = problems().iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
}

#[test]
fn every_piece_of_text_is_the_sources_wording() {
    let source = source_squeezed();
    let changed: Vec<String> = text_pieces()
        .into_iter()
        .filter(|(_, text)| !source.contains(&squeeze(text)))
        .map(|(place, text)| format!("{place}: {text}"))
        .collect();
    assert!(changed.is_empty(), "text not found in the source:\n{}", changed.join("\n"));
}

/// Source lines the content deliberately leaves out: page furniture, the
/// repeated table headers and legends (the app prints its own), Figure 4's
/// garbled labels (the app draws the figure), and the Niveau codes written
/// with slashes (records list them with spaces).
fn dropped_on_purpose(line: &str) -> bool {
    let line = line.trim().trim_start_matches('\u{fffd}').trim();
    let levels = line.split(['/', ',', ' ']).filter(|p| !p.is_empty()).all(|p| matches!(p, "U" | "S" | "I" | "HR"));
    levels
        || matches!(line, "Deel 1:" | "Deel 2:" | "Deel 3:" | "STAP 1" | "STAP 3" | "STAP 4" | "Agendasetting" | "Mobilisatie Maak een plan" | "Evalueer" | "Stel bij Voer uit")
        || line.starts_with("Naam Korte beschrijving Doelgroep en setting Erkend als Niveau")
        || line.starts_with("U= universele preventie")
        || line == "Stadium Definitie / omschrijving"
        || line == "Kwetsbare groep"
}

/// A source line without what the content writes as markup: list numbers
/// ("1.\t") and footnote numbers ("1\t") in front, and the Niveau column's
/// codes that the flattened tables print after Erkend als ("Goed onderbouwd U").
fn without_numbering(line: &str) -> &str {
    let trimmed = line.trim();
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &trimmed[digits..];
    let mut line = if digits > 0 && (rest.starts_with(".\t") || rest.starts_with('\t')) { rest.trim_start_matches('.').trim() } else { trimmed };
    while let Some((head, last)) = line.rsplit_once(' ') {
        if matches!(last.trim_matches(','), "U" | "S" | "I" | "HR" | "S/I" | "U/S") && head.chars().any(char::is_lowercase) {
            line = head.trim_end_matches([',', ' ']);
        } else {
            break;
        }
    }
    line
}

#[test]
fn every_line_of_the_source_is_in_the_content() {
    let content: String = text_pieces().iter().map(|(_, t)| squeeze(t)).collect::<Vec<_>>().join("");
    let missing: Vec<(usize, &str)> = SOURCE
        .lines()
        .enumerate()
        .filter(|&(_, line)| !line.trim_start().starts_with("http") && !dropped_on_purpose(line))
        .filter(|&(_, line)| {
            let squeezed = squeeze(without_numbering(line));
            squeezed.chars().count() >= 3 && !content.contains(&squeezed)
        })
        .map(|(number, line)| (number + 1, line))
        .collect();
    assert!(missing.is_empty(), "source lines missing from the content:\n{}", missing.iter().map(|(n, l)| format!("{n}: {l}")).collect::<Vec<_>>().join("\n"));
}

/// The source's numbered headings, in order: candidates are lines starting
/// with a number and a tab; a candidate counts only if its number follows the
/// previous heading (this drops the footnotes printed mid-text).
fn source_heading_numbers() -> Vec<String> {
    let mut numbers: Vec<Vec<u32>> = Vec::new();
    for line in SOURCE.lines() {
        let line = line.trim_start();
        let Some((number, _)) = line.split_once('\t') else { continue };
        let Some(parts) = number.split('.').map(|p| p.parse::<u32>().ok()).collect::<Option<Vec<u32>>>() else { continue };
        let follows = match numbers.last() {
            None => parts == [1],
            Some(previous) => {
                let mut child = previous.clone();
                child.push(1);
                let sibling_or_up = (1..=previous.len()).any(|depth| {
                    let mut next = previous[..depth].to_vec();
                    next[depth - 1] += 1;
                    next == parts
                });
                parts == child || sibling_or_up
            }
        };
        if follows {
            numbers.push(parts);
        }
    }
    numbers.iter().map(|n| n.iter().map(u32::to_string).collect::<Vec<_>>().join(".")).collect()
}

fn content_heading_numbers(chapters: &[Chapter<'_>]) -> Vec<String> {
    let mut numbers = Vec::new();
    for chapter in chapters {
        numbers.push(chapter.number.to_owned());
        for block in &chapter.blocks {
            if let Block::Heading(h) = block {
                if !h.number.is_empty() {
                    numbers.push(h.number.to_owned());
                }
            }
        }
    }
    numbers
}

#[test]
fn every_numbered_section_of_the_source_is_present_once_and_in_order() {
    let source = source_heading_numbers();
    assert_eq!(source.len(), 48, "the source's numbered headings: {source:?}");
    assert_eq!(content_heading_numbers(&dossier().chapters), source);
    // And each title is the source's own (checked with the wording test too).
    let squeezed = source_squeezed();
    for anchor in dossier().anchors().filter(|a| matches!(a.kind, AnchorKind::Heading | AnchorKind::Chapter)) {
        assert!(squeezed.contains(&squeeze(&anchor.label)), "heading not in the source: {}", anchor.label);
    }
}

#[test]
fn the_parts_are_the_sources_three() {
    let titles: Vec<&str> = dossier().parts.iter().map(|p| p.title).collect();
    assert_eq!(titles, ["Deel 1: Drugsgebruik en drugspreventie", "Deel 2: Wat werkt?", "Deel 3: Aan de slag met lokaal drugsbeleid"]);
    let chapters_per_part: Vec<Vec<&str>> = (0..3)
        .map(|p| dossier().chapters.iter().filter(|c| c.part == Some(p)).map(|c| c.number).collect())
        .collect();
    assert_eq!(chapters_per_part, [vec!["2", "3", "4"], vec!["5"], vec!["6"]]);
}

#[test]
fn the_tables_have_the_sources_row_counts() {
    let Some(Block::Table(tabel_1)) = find_block("tabel-1") else { panic!("Tabel 1 missing") };
    assert_eq!(tabel_1.rows.len(), 5);
    assert_eq!(tabel_1.header, ["Stadium", "Definitie / omschrijving"]);
    let counts: Vec<usize> = (2..=7).map(|t| table_rows(t).count()).collect();
    assert_eq!(counts, [10, 5, 2, 4, 7, 3]);
    assert_eq!(interventions().len(), 31);
}

/// The top-level block with `id` (tables and boxes).
fn find_block(id: &str) -> Option<&'static Block<'static>> {
    dossier().chapters.iter().flat_map(|c| &c.blocks).find(|b| match b {
        Block::Table(t) => t.id == id,
        Block::Box(b) => b.id == id,
        _ => false,
    })
}

fn item_ids_under(section: &str, prefix_kind: AnchorKind) -> Vec<&'static str> {
    let mut ids: Vec<&str> = dossier().anchors().filter(|a| a.section == section && a.kind == prefix_kind).map(|a| a.id).collect();
    ids.sort_unstable();
    ids
}

#[test]
fn the_monitors_groups_components_and_levels_are_all_there() {
    assert_eq!(item_ids_under("3-2-landelijke-monitors", AnchorKind::ListItem).len(), 11);
    assert_eq!(item_ids_under("3-3-lokale-monitors", AnchorKind::ListItem).len(), 6);
    let Some(Block::Box(kader_2)) = find_block("kader-2") else { panic!("Kader 2 missing") };
    let Some(Block::Table(groups)) = kader_2.blocks.first() else { panic!("Kader 2 holds a table") };
    assert_eq!(groups.rows.len(), 10);
    assert!(groups.rows.iter().all(|r| r.id.is_some_and(|id| id.starts_with("kwetsbaar-"))));
    let components = item_ids_under("5-1-integrale-aanpak", AnchorKind::ListItem);
    assert_eq!(
        components,
        [
            "onderdeel-beleid",
            "onderdeel-deskundigheidsbevordering",
            "onderdeel-fysieke-omgeving",
            "onderdeel-regelgeving",
            "onderdeel-signalering",
            "onderdeel-voorlichting"
        ]
    );
    for level in Level::ALL {
        let anchor = dossier().anchor(level.section()).expect("prevention level section");
        assert_eq!(anchor.kind, AnchorKind::Heading);
    }
}

#[test]
fn every_web_link_of_the_source_appears() {
    let mut targets = Vec::new();
    for chapter in &dossier().chapters {
        let mut collect = |inline: &Inline<'_>| {
            if let Inline::Link { target, .. } = inline {
                targets.push(target.to_string());
            }
        };
        visit_inlines(&chapter.blocks, &mut collect);
        for footnote in &chapter.footnotes {
            visit_inlines(&[Block::Paragraph(footnote.text.clone())], &mut collect);
        }
    }
    targets.extend(interventions().iter().flat_map(|i| i.links.iter().cloned()));
    let missing: Vec<&str> =
        SOURCE.lines().map(str::trim).filter(|l| l.starts_with("http")).filter(|url| !targets.iter().any(|t| t == url)).collect();
    assert!(missing.is_empty(), "source links not in the content: {missing:#?}");
}

#[test]
fn no_hyphenation_artefact_is_left() {
    let text: String = text_pieces().into_iter().map(|(_, t)| t + "\n").collect();
    // Every "syl-\nlable" break in the source: the content has the joined
    // word, or keeps the hyphen only for a real hyphenated word.
    let lines: Vec<&str> = SOURCE.lines().collect();
    let mut artefacts = Vec::new();
    for pair in lines.windows(2) {
        let (line, next) = (pair[0], pair[1].trim_start());
        let Some(stem) = line.strip_suffix('-') else { continue };
        let left = stem.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or_default();
        let right: String = next.chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
        if left.is_empty() || right.is_empty() || !left.ends_with(char::is_alphanumeric) {
            continue;
        }
        let hyphenated = format!("{left}-{right}");
        let real = REAL_HYPHENS.iter().any(|w| hyphenated.to_lowercase().contains(&w.to_lowercase()));
        if text.contains(&hyphenated) && !real {
            artefacts.push(hyphenated);
        }
    }
    assert!(artefacts.is_empty(), "hyphenation artefacts: {artefacts:?}");
    // And no word is split by a hyphen and a space ("volwas- senen") other
    // than the Dutch elision before a conjunction ("alcohol- en drugs") and
    // the authors' own "buurt- wijkteam".
    let split: Vec<&str> = text
        .match_indices("- ")
        .filter(|(at, _)| text[..*at].ends_with(char::is_alphabetic) && !text[..*at].ends_with("buurt"))
        .map(|(at, _)| text[at + 2..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default())
        .filter(|next| !matches!(*next, "en" | "of" | "tot" | ""))
        .collect();
    assert!(split.is_empty(), "words split by '- ': {split:?}");
}

#[test]
fn stray_extraction_characters_are_gone() {
    for (place, text) in text_pieces() {
        assert!(!text.contains('\u{fffd}') && !text.contains('•') && !text.contains('\t'), "{place}: {text}");
        assert_eq!(text.trim(), text, "{place}: surrounding whitespace in {text:?}");
    }
}

#[test]
fn the_programmes_the_dossier_highlights_are_records() {
    for id in ["helder-op-school", "open-en-alert-programma", "toolbox-adm-beleid", "oko", "toolbox-drugscommunicatie"] {
        assert!(programme(id).is_some(), "{id}");
    }
    assert_eq!(programme("open-en-alert-programma").unwrap().intervention.as_deref(), Some("open-en-alert"));
}

#[test]
fn each_setting_has_its_section_label_and_what_works() {
    use crate::domain::catalogue::Setting;
    for setting in Setting::ALL {
        let anchor = dossier().anchor(setting.section()).expect("setting section");
        assert!(anchor.label.contains("Setting:"), "{}", anchor.label);
        assert!(!setting.what_works(dossier()).is_empty(), "{setting:?} has no Wat werkt? text");
        assert_eq!(setting.elements(dossier()).is_empty(), setting == Setting::Gemeenschap, "{setting:?}");
    }
    assert_eq!(Setting::Gezin.label(dossier()), "Het gezin (ouders/opvoeders)");
    assert_eq!(Setting::Media.label(dossier()), "(Sociale) Media");
    let school: Vec<String> = Setting::VoortgezetOnderwijs.elements(dossier()).iter().map(|i| plain(&i.paragraphs[0])).collect();
    assert_eq!(school.len(), 15);
    assert_eq!(school[0], "Voorlichting aan leerlingen over blowen gericht op sociale norm (12/13 jaar)");
    assert_eq!(Setting::Gezin.elements(dossier()).len(), 8);
}

/// The text with a mistyped key after its first record header, and that line.
fn with_typo_key(text: &str) -> (String, usize) {
    let header = text.lines().position(|l| l.starts_with('[')).expect("a record");
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(header + 1, "tekts: een tikfout");
    (lines.join("\n"), header + 2)
}

#[test]
fn every_reader_rejects_a_mistyped_key_with_file_and_line() {
    use crate::domain::advisor::questionnaire::QUESTIONNAIRE_KEYS;
    use crate::domain::advisor::rules::{load_rules, Vocabulary};
    use crate::domain::catalogue::{INTERVENTION_KEYS, PROGRAMME_KEYS};
    use crate::domain::markup::Problem;
    use crate::domain::policy_plan::{text_keys, PART_KEYS};
    use crate::domain::records::read_records;

    let rejected = |problems: &[Problem], file: &str, line: usize| {
        problems.iter().any(|p| p.file == file && p.line == line && p.message.contains("unknown key `tekts`"))
    };
    let text_keys = text_keys();
    let readers = [
        (INTERVENTIONS, INTERVENTION_KEYS),
        (PROGRAMMES, PROGRAMME_KEYS),
        (QUESTIONNAIRE, QUESTIONNAIRE_KEYS),
        (PLAN_PARTS, PART_KEYS),
        (PLAN_TEXTS, text_keys.as_slice()),
    ];
    for ((file, text), keys) in readers {
        assert!(read_records(file, text, keys).1.is_empty(), "{file} reads without problems");
        let (text, line) = with_typo_key(text);
        assert!(rejected(&read_records(file, &text, keys).1, file, line), "{file} accepts a mistyped key");
    }
    let vocabulary = Vocabulary { dossier: dossier(), questionnaire: questionnaire(), interventions: interventions(), programmes: programmes() };
    for (file, text) in ADVICE_RULES {
        let (text, line) = with_typo_key(text);
        let (_, problems) = load_rules(&[(file, &text)], &vocabulary);
        assert!(rejected(&problems, file, line), "{file} accepts a mistyped key");
    }
}
