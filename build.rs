//! Writes the dossier's outline (`$OUT_DIR/outline/*.md`): each chapter
//! file with only the lines that carry a place the advice and the plan cite.
//! The advice's and the plan's bundles (feature `outline`) compile it in
//! instead of the whole text: their pages name the dossier's places and quote its items, but never
//! show its paragraphs. A content test holds the outline's places, and the
//! questionnaire, rules and plan parts read from it, equal to the text's.

use std::path::Path;
use std::{env, fs};

const CHAPTERS: &str = "src/content/dossier";

fn main() {
    println!("cargo::rerun-if-changed={CHAPTERS}");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("outline");
    fs::create_dir_all(&out).expect("the outline's folder");
    for entry in fs::read_dir(CHAPTERS).expect("the dossier's chapters") {
        let path = entry.expect("a chapter file").path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = fs::read_to_string(&path).expect("a chapter's text");
            fs::write(out.join(path.file_name().expect("a file name")), outline(&text)).expect("the chapter's outline");
        }
    }
}

/// The lines that carry a place (the markup is in `src/content/README.md`):
/// parts and headings, the first and last lines of boxes, tables and
/// figures and a figure's caption, each table's header, and the list items
/// and table rows that have an id, with the paragraphs indented under such
/// an item. Blank lines stay, so blocks stay apart.
fn outline(text: &str) -> String {
    let mut kept = String::new();
    let mut under_kept_item = false;
    let mut caption_next = false;
    let mut table_lines = 0;
    for line in text.lines() {
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
        if keep {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}

/// `- {#id} ...` or `3. {#id} ...`
fn is_item_with_id(line: &str) -> bool {
    let rest = line.strip_prefix("- ").or_else(|| {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (digits > 0).then(|| line[digits..].strip_prefix(". ")).flatten()
    });
    rest.is_some_and(|r| r.starts_with("{#"))
}
