//! Writes two cut-down copies of the dossier's chapter files, for the
//! bundles whose pages never show most of its paragraphs:
//! - `$OUT_DIR/outline/*.md` (feature `outline`, the advice's and the plan's
//!   bundles): only the lines that carry a place the advice and the plan
//!   cite. Their pages name the dossier's places and quote its items, but
//!   never show its paragraphs.
//! - `$OUT_DIR/read-more/*.md` (feature `read-more`, the advisor's bundle):
//!   the outline, plus the whole text of the places the questionnaire's
//!   steps show under "Wat zegt het dossier hierover?" (their `lees-meer`).
//!
//! A content test holds the places, and what the questionnaire, the rules,
//! the plan's parts and the steps read from each copy, equal to the text's.
//!
//! And it writes the record files (`src/content/*.txt`, `advies/*.txt`) to
//! `$OUT_DIR/records/` with their comment lines emptied: the comments are
//! for the people who edit them (about 20 KB), and the line numbers that
//! problem reports give stay right.

use std::ffi::OsStr;
use std::path::Path;
use std::{env, fs};

const CHAPTERS: &str = "src/content/dossier";
const QUESTIONNAIRE: &str = "src/content/vragenlijst.txt";
const RECORD_FOLDERS: [&str; 2] = ["src/content", "src/content/advies"];

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    write_outlines(&out);
    write_records(&out);
}

/// Calls `write` with the name and text of each file in `folder` whose name
/// ends in `.extension`, and has cargo run this script again when the
/// folder changes.
fn each_file(folder: &str, extension: &str, mut write: impl FnMut(&OsStr, &str)) {
    println!("cargo::rerun-if-changed={folder}");
    for entry in fs::read_dir(folder).expect("a content folder") {
        let path = entry.expect("a content file").path();
        if path.extension().is_some_and(|e| e == extension) {
            let text = fs::read_to_string(&path).expect("a content file's text");
            write(path.file_name().expect("a file name"), &text);
        }
    }
}

fn write_records(out: &Path) {
    for folder in RECORD_FOLDERS {
        let target = out.join("records").join(folder.trim_start_matches("src/content").trim_start_matches('/'));
        fs::create_dir_all(&target).expect("a folder for the records");
        each_file(folder, "txt", |name, text| fs::write(target.join(name), without_comments(text)).expect("the records"));
    }
}

/// Each line that starts with `#` emptied: the record reader skips both.
fn without_comments(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    for line in text.lines() {
        if !line.starts_with('#') {
            kept.push_str(line);
        }
        kept.push('\n');
    }
    kept
}

fn write_outlines(out: &Path) {
    println!("cargo::rerun-if-changed={QUESTIONNAIRE}");
    let questionnaire = fs::read_to_string(QUESTIONNAIRE).expect("the questionnaire");
    let read_more = read_more_ids(&questionnaire);
    let copies: [(&str, &[&str]); 2] = [("outline", &[]), ("read-more", &read_more)];
    for (folder, _) in copies {
        fs::create_dir_all(out.join(folder)).expect("a folder for the copy");
    }
    each_file(CHAPTERS, "md", |name, text| {
        for (folder, whole) in copies {
            fs::write(out.join(folder).join(name), outline(text, whole)).expect("the chapter's copy");
        }
    });
}

/// Every step's `lees-meer` places (the format is in `src/domain/advisor/ANSWERS.md`).
fn read_more_ids(questionnaire: &str) -> Vec<&str> {
    questionnaire.lines().filter_map(|line| line.strip_prefix("lees-meer:")).flat_map(str::split_whitespace).collect()
}

/// Where a place kept whole ends: at a heading of its level or above, or at
/// the line that closes its box.
#[derive(Clone, Copy, PartialEq)]
enum Whole {
    Heading(usize),
    Box,
}

/// The lines that carry a place (the markup is in `src/content/README.md`):
/// parts and headings, the first and last lines of boxes, tables and
/// figures and a figure's caption, each table's header, and the list items
/// and table rows that have an id, with the paragraphs indented under such
/// an item; and every line of the headings and boxes named in `whole`.
/// Blank lines stay, so blocks stay apart.
fn outline(text: &str, whole: &[&str]) -> String {
    let mut kept = String::new();
    let mut under_kept_item = false;
    let mut caption_next = false;
    let mut table_lines = 0;
    let mut in_whole: Option<Whole> = None;
    for line in text.lines() {
        if let Some(Whole::Heading(level)) = in_whole {
            if line.starts_with('%') || heading_level(line).is_some_and(|l| l <= level) {
                in_whole = None;
            }
        }
        if in_whole.is_none() && id_of(line).is_some_and(|id| whole.contains(&id)) {
            in_whole = heading_level(line).map(Whole::Heading).or(line.starts_with("::: ").then_some(Whole::Box));
        }
        let keep = if line.starts_with("  ") {
            under_kept_item
        } else {
            under_kept_item = false;
            table_lines = if line.starts_with('|') { table_lines + 1 } else { 0 };
            if line.trim().is_empty() {
                true
            } else if caption_next {
                caption_next = false;
                true
            } else if line.starts_with(":::") {
                caption_next = line.starts_with("::: figuur");
                true
            } else if line.starts_with('#') || line.starts_with('%') || table_lines == 1 || table_lines == 2 || line.starts_with("| {#") {
                true
            } else {
                under_kept_item = is_item_with_id(line);
                under_kept_item
            }
        };
        if keep || in_whole.is_some() {
            kept.push_str(line);
            kept.push('\n');
        }
        if in_whole == Some(Whole::Box) && line.trim_end() == ":::" {
            in_whole = None;
        }
    }
    kept
}

/// `## 5.1 Integrale aanpak {#5-1-integrale-aanpak}` is a heading of level 2.
fn heading_level(line: &str) -> Option<usize> {
    let level = line.len() - line.trim_start_matches('#').len();
    (level > 0 && line[level..].starts_with(' ')).then_some(level)
}

/// The id a line gives its place: `{#id}`.
fn id_of(line: &str) -> Option<&str> {
    let start = line.find("{#")? + 2;
    let end = start + line[start..].find('}')?;
    Some(&line[start..end])
}

/// `- {#id} ...` or `3. {#id} ...`
fn is_item_with_id(line: &str) -> bool {
    let rest = line.strip_prefix("- ").or_else(|| {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (digits > 0).then(|| line[digits..].strip_prefix(". ")).flatten()
    });
    rest.is_some_and(|r| r.starts_with("{#"))
}
