//! The parser for the dossier's content files (the dialect described in
//! `src/content/README.md`). Lenient: it always returns a document, and
//! reports what it had to skip or guess as problems with file and line, which
//! the content tests require to be empty.

use super::dossier::{
    Block, BoxKind, Chapter, Dossier, Drawing, Figure, Footnote, Heading, Inline, List, ListItem, Part, Row, Table,
    TextBox,
};

/// Something wrong in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Parses chapter files, given as (file name, text) in reading order.
pub fn parse_dossier<'a>(files: &[(&str, &'a str)]) -> (Dossier<'a>, Vec<Problem>) {
    let mut parts = Vec::new();
    let mut chapters = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in files {
        let mut parser = ChapterParser::new(name, &mut parts, &mut problems);
        for (index, line) in text.lines().enumerate() {
            parser.line(index + 1, line);
        }
        chapters.push(parser.finish());
    }
    let (dossier, duplicates) = Dossier::new(parts, chapters);
    problems.extend(duplicates.into_iter().map(|id| Problem {
        file: "dossier".into(),
        line: 0,
        message: format!("id `{id}` is used more than once"),
    }));
    (dossier, problems)
}

/// Whether `id` is lowercase ASCII words joined by single dashes.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// An open `::: kind` container.
enum Container<'a> {
    Box(TextBox<'a>),
    Table { table: Table<'a>, line: usize },
    Interventions { id: &'a str, caption: &'a str, table: u8 },
    Figure { figure: Figure<'a>, line: usize },
}

struct ChapterParser<'a, 'p> {
    file: &'p str,
    parts: &'p mut Vec<Part<'a>>,
    problems: &'p mut Vec<Problem>,
    chapter: Chapter<'a>,
    container: Option<Container<'a>>,
    /// The previous line was blank (ends paragraphs and lists).
    after_blank: bool,
    line: usize,
}

impl<'a, 'p> ChapterParser<'a, 'p> {
    fn new(file: &'p str, parts: &'p mut Vec<Part<'a>>, problems: &'p mut Vec<Problem>) -> Self {
        // A chapter belongs to the latest part seen so far.
        let part = parts.len().checked_sub(1);
        Self { file, parts, problems, chapter: Chapter { part, ..Chapter::default() }, container: None, after_blank: true, line: 0 }
    }

    fn problem(&mut self, message: impl Into<String>) {
        self.problems.push(Problem { file: self.file.to_owned(), line: self.line, message: message.into() });
    }

    /// The block list new blocks go to: the open box or figure, else the chapter.
    fn blocks(&mut self) -> &mut Vec<Block<'a>> {
        match &mut self.container {
            Some(Container::Box(text_box)) => &mut text_box.blocks,
            Some(Container::Figure { figure, .. }) => &mut figure.blocks,
            _ => &mut self.chapter.blocks,
        }
    }

    fn line(&mut self, number: usize, raw: &'a str) {
        self.line = number;
        let line = raw.trim_end();
        if line.is_empty() {
            self.after_blank = true;
            return;
        }
        let continues = !std::mem::replace(&mut self.after_blank, false);
        if let Some(rest) = line.strip_prefix(":::") {
            return self.container_line(rest.trim());
        }
        if matches!(self.container, Some(Container::Table { .. })) || line.starts_with('|') {
            return self.table_line(line);
        }
        if matches!(self.container, Some(Container::Interventions { .. })) {
            return self.problem("an intervention table takes its rows from interventies.txt: nothing may stand inside it");
        }
        if let Some(Container::Figure { figure, .. }) = &mut self.container {
            if figure.caption.is_empty() {
                figure.caption = line;
                return;
            }
        }
        if let Some(rest) = line.strip_prefix("% ") {
            return self.part(rest);
        }
        if line.starts_with('#') {
            return self.heading(line);
        }
        if let Some(rest) = line.strip_prefix("[^") {
            if let Some((label, text)) = rest.split_once("]:") {
                let text = inline(text.trim(), self);
                self.chapter.footnotes.push(Footnote { label, text });
                return;
            }
        }
        if let Some(item) = line.strip_prefix("- ") {
            return self.list_item(false, item, continues);
        }
        if let Some(item) = ordered_item(line) {
            return self.list_item(true, item, continues);
        }
        if let Some(more) = line.strip_prefix("  ") {
            return self.item_paragraph(more.trim_start());
        }
        self.paragraph(line, continues);
    }

    fn part(&mut self, rest: &'a str) {
        let (title, id) = split_id(rest);
        let Some(id) = id else { return self.problem("a part needs an id: `% Deel 1: ... {#deel-1}`") };
        if !self.chapter.id.is_empty() {
            self.problem("a part must come before its chapter's `#` heading");
        }
        self.parts.push(Part { id, title });
        self.chapter.part = Some(self.parts.len() - 1);
    }

    fn heading(&mut self, line: &'a str) {
        let level = line.bytes().take_while(|&b| b == b'#').count();
        let text = line[level..].trim();
        let (text, id) = split_id(text);
        let (number, title) = split_number(text);
        let Some(id) = id else { return self.problem(format!("heading `{text}` has no `{{#id}}`")) };
        if !valid_id(id) {
            self.problem(format!("id `{id}` is not lowercase words joined by dashes"));
        }
        if level == 1 {
            if !self.chapter.id.is_empty() {
                return self.problem("a chapter file holds exactly one `#` heading");
            }
            if self.container.is_some() {
                self.problem("a chapter heading cannot stand inside a box");
            }
            self.chapter.id = id;
            self.chapter.number = number;
            self.chapter.title = title;
            return;
        }
        if level > 4 {
            self.problem("headings go down to `####`");
        }
        if self.chapter.id.is_empty() {
            self.problem("the first heading of a chapter file must be its `#` chapter heading");
        }
        let level = level.min(4) as u8;
        self.blocks().push(Block::Heading(Heading { level, number, title, id }));
    }

    fn container_line(&mut self, rest: &'a str) {
        if rest.is_empty() {
            return self.close_container();
        }
        if self.container.is_some() {
            self.problem("a `:::` container cannot open inside another; close the first with `:::`");
            self.close_container();
        }
        let (kind, rest) = rest.split_once(' ').unwrap_or((rest, ""));
        let rest = rest.trim();
        let (id, text) = match rest.strip_prefix("{#").and_then(|r| r.split_once('}')) {
            Some((id, text)) => (id, text.trim()),
            None => {
                self.problem(format!("`::: {kind}` needs an id: `::: {kind} {{#id}} ...`"));
                ("", rest)
            }
        };
        if !id.is_empty() && !valid_id(id) {
            self.problem(format!("id `{id}` is not lowercase words joined by dashes"));
        }
        let line = self.line;
        self.container = Some(match kind {
            "kader" | "uitgelicht" => {
                let kind = if kind == "kader" { BoxKind::Kader } else { BoxKind::Uitgelicht };
                Container::Box(TextBox { kind, id, title: text, blocks: Vec::new() })
            }
            "tabel" => Container::Table {
                table: Table { id, caption: text, header: Vec::new(), rows: Vec::new() },
                line,
            },
            "interventies" => {
                let table = table_number(text).unwrap_or_else(|| {
                    self.problem("an intervention table's caption must start with `Tabel N:`");
                    0
                });
                Container::Interventions { id, caption: text, table }
            }
            "figuur" => {
                let drawing = match text {
                    "pijlers" => Drawing::Pillars,
                    "cyclus" => Drawing::Cycle,
                    "geen" => Drawing::None,
                    other => {
                        self.problem(format!("unknown figure drawing `{other}` (pijlers, cyclus or geen)"));
                        Drawing::None
                    }
                };
                Container::Figure { figure: Figure { id, drawing, caption: "", blocks: Vec::new() }, line }
            }
            other => {
                self.problem(format!("unknown container `{other}` (kader, uitgelicht, tabel, interventies, figuur)"));
                Container::Box(TextBox { kind: BoxKind::Kader, id, title: text, blocks: Vec::new() })
            }
        });
    }

    fn close_container(&mut self) {
        let Some(container) = self.container.take() else {
            return self.problem("`:::` closes nothing");
        };
        let block = match container {
            Container::Box(text_box) => Block::Box(text_box),
            Container::Table { table, line, .. } => {
                if table.rows.is_empty() {
                    self.problems.push(Problem { file: self.file.into(), line, message: "a table needs rows".into() });
                }
                Block::Table(table)
            }
            Container::Interventions { id, caption, table } => Block::InterventionTable { id, caption, table },
            Container::Figure { figure, line } => {
                if figure.caption.is_empty() {
                    self.problems.push(Problem { file: self.file.into(), line, message: "a figure needs a caption line".into() });
                }
                Block::Figure(figure)
            }
        };
        self.chapter.blocks.push(block);
    }

    /// A pipe-table row: inside `::: tabel`, or a plain table inside a box.
    fn table_line(&mut self, line: &'a str) {
        let Some(inner) = line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) else {
            return self.problem("a table row starts and ends with `|`");
        };
        let mut cells: Vec<&'a str> = inner.split('|').map(str::trim).collect();
        if cells.iter().all(|c| !c.is_empty() && c.bytes().all(|b| b == b'-' || b == b':')) {
            return;
        }
        let mut id = None;
        if let Some(first) = cells.first_mut() {
            (*first, id) = leading_id(first);
        }
        let row = Row { id, cells: cells.iter().map(|c| c.split("<br>").map(|p| inline(p.trim(), self)).collect()).collect() };
        let table = match &mut self.container {
            Some(Container::Table { table, .. }) => table,
            _ => {
                let blocks = self.blocks();
                if !matches!(blocks.last(), Some(Block::Table(t)) if t.id.is_empty()) {
                    blocks.push(Block::Table(Table { id: "", caption: "", header: Vec::new(), rows: Vec::new() }));
                }
                let Some(Block::Table(table)) = blocks.last_mut() else { unreachable!("pushed above") };
                table
            }
        };
        if table.header.is_empty() {
            table.header = cells;
            return;
        }
        let (cell_count, columns) = (row.cells.len(), table.header.len());
        table.rows.push(row);
        if cell_count != columns {
            self.problem(format!("this row has {cell_count} cells; the header has {columns}"));
        }
    }

    fn list_item(&mut self, ordered: bool, text: &'a str, continues: bool) {
        let (text, id) = leading_id(text);
        if let Some(id) = id {
            if !valid_id(id) {
                self.problem(format!("id `{id}` is not lowercase words joined by dashes"));
            }
        }
        let item = ListItem { id, paragraphs: vec![inline(text, self)] };
        let blocks = self.blocks();
        match blocks.last_mut() {
            Some(Block::List(list)) if list.ordered == ordered && continues => list.items.push(item),
            Some(Block::List(list)) if list.ordered == ordered => list.items.push(item),
            _ => blocks.push(Block::List(List { ordered, items: vec![item] })),
        }
    }

    fn item_paragraph(&mut self, text: &'a str) {
        let paragraph = inline(text, self);
        match self.blocks().last_mut() {
            Some(Block::List(list)) => {
                if let Some(item) = list.items.last_mut() {
                    item.paragraphs.push(paragraph);
                }
            }
            _ => {
                self.problem("an indented line continues a list item, but there is none above");
                self.blocks().push(Block::Paragraph(paragraph));
            }
        }
    }

    fn paragraph(&mut self, text: &'a str, continues: bool) {
        let mut content = inline(text, self);
        let blocks = self.blocks();
        match blocks.last_mut() {
            Some(Block::Paragraph(previous)) if continues => {
                previous.push(Inline::Text(" "));
                previous.append(&mut content);
            }
            _ => blocks.push(Block::Paragraph(content)),
        }
    }

    fn finish(mut self) -> Chapter<'a> {
        if self.container.is_some() {
            self.problem("a `:::` container is not closed");
            self.close_container();
        }
        if self.chapter.id.is_empty() {
            self.problem("a chapter file needs a `#` chapter heading");
        }
        self.chapter
    }
}

/// "12. text" -> "text"
fn ordered_item(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| line[digits..].strip_prefix(". ")).flatten()
}

/// "Tabel 5: ..." -> 5
fn table_number(caption: &str) -> Option<u8> {
    caption.strip_prefix("Tabel ")?.split(':').next()?.trim().parse().ok()
}

/// "Title {#id}" -> ("Title", Some("id"))
fn split_id(text: &str) -> (&str, Option<&str>) {
    match text.strip_suffix('}').and_then(|t| t.rsplit_once("{#")) {
        Some((title, id)) => (title.trim_end(), Some(id)),
        None => (text, None),
    }
}

/// "{#id} text" -> ("text", Some("id"))
fn leading_id(text: &str) -> (&str, Option<&str>) {
    match text.strip_prefix("{#").and_then(|t| t.split_once('}')) {
        Some((id, rest)) => (rest.trim_start(), Some(id)),
        None => (text, None),
    }
}

/// "5.3 Setting: ..." -> ("5.3", "Setting: ..."); unnumbered -> ("", text)
fn split_number(text: &str) -> (&str, &str) {
    match text.split_once(' ') {
        Some((number, title))
            if number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && number.bytes().next().is_some_and(|b| b.is_ascii_digit()) =>
        {
            (number, title.trim_start())
        }
        _ => ("", text),
    }
}

/// Parses inline markup: `**bold**`, `[text](target)`, `[^1]`. Anything
/// else, including a lone `[` or `*`, is text.
fn inline<'a>(text: &'a str, parser: &mut ChapterParser<'a, '_>) -> Vec<Inline<'a>> {
    let mut out = Vec::new();
    let (mut text_start, mut at) = (0, 0);
    while let Some(offset) = text[at..].find(['[', '*']) {
        at += offset;
        let Some((element, length)) = inline_element(&text[at..], parser) else {
            at += 1;
            continue;
        };
        if text_start < at {
            out.push(Inline::Text(&text[text_start..at]));
        }
        out.push(element);
        at += length;
        text_start = at;
    }
    if text_start < text.len() {
        out.push(Inline::Text(&text[text_start..]));
    }
    out
}

/// The markup element at the start of `rest`, and how many bytes it spans.
fn inline_element<'a>(rest: &'a str, parser: &mut ChapterParser<'a, '_>) -> Option<(Inline<'a>, usize)> {
    if let Some(after) = rest.strip_prefix("**") {
        let Some(end) = after.find("**") else {
            parser.problem("`**` is not closed");
            return None;
        };
        return Some((Inline::Bold(inline(&after[..end], parser)), end + 4));
    }
    if let Some(after) = rest.strip_prefix("[^") {
        let end = after.find(']')?;
        return Some((Inline::FootnoteRef(&after[..end]), end + 3));
    }
    let after = rest.strip_prefix('[')?;
    let close = after.find("](")?;
    let target_start = close + 2;
    let target_end = target_start + after[target_start..].find(')')?;
    let element = Inline::Link { text: inline(&after[..close], parser), target: &after[target_start..target_end] };
    Some((element, target_end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::{plain, AnchorKind};

    fn parse(text: &str) -> (Dossier<'_>, Vec<Problem>) {
        parse_dossier(&[("test.md", text)])
    }

    #[test]
    fn headings_carry_number_title_and_id() {
        let (dossier, problems) = parse("# 5 Effectieve Drugspreventie {#5-eff}\n\n## 5.3 Setting: Voortgezet onderwijs {#5-3-vo}\n\n### Wat werkt? {#5-3-wat-werkt}\n");
        assert_eq!(problems, []);
        let chapter = &dossier.chapters[0];
        assert_eq!((chapter.number, chapter.title, chapter.id), ("5", "Effectieve Drugspreventie", "5-eff"));
        assert_eq!(
            chapter.blocks,
            [
                Block::Heading(Heading { level: 2, number: "5.3", title: "Setting: Voortgezet onderwijs", id: "5-3-vo" }),
                Block::Heading(Heading { level: 3, number: "", title: "Wat werkt?", id: "5-3-wat-werkt" }),
            ]
        );
        assert_eq!(dossier.anchor("5-3-wat-werkt").unwrap().section, "5-3-vo");
        assert_eq!(dossier.anchor("5-3-vo").unwrap().section, "5-3-vo");
    }

    #[test]
    fn parts_group_the_chapters_that_follow() {
        let (dossier, problems) = parse_dossier(&[
            ("1.md", "# 1 Inleiding {#1-inleiding}\n"),
            ("2.md", "% Deel 1: Drugsgebruik {#deel-1}\n\n# 2 Drugs {#2-drugs}\n"),
            ("3.md", "# 3 Epidemiologie {#3-epi}\n"),
        ]);
        assert_eq!(problems, []);
        assert_eq!(dossier.parts, [Part { id: "deel-1", title: "Deel 1: Drugsgebruik" }]);
        let parts: Vec<_> = dossier.chapters.iter().map(|c| c.part).collect();
        assert_eq!(parts, [None, Some(0), Some(0)]);
    }

    #[test]
    fn inline_links_bold_and_footnotes() {
        let (dossier, problems) = parse("# 6 X {#x}\n\nEen **vet [woord](https://a.nl/b)** en model[^1] (EMCDDA, 2019).\n\n[^1]: Voetnoot met [link](#x).\n");
        assert_eq!(problems, []);
        let Block::Paragraph(paragraph) = &dossier.chapters[0].blocks[0] else { panic!("paragraph expected") };
        assert_eq!(
            paragraph,
            &[
                Inline::Text("Een "),
                Inline::Bold(vec![Inline::Text("vet "), Inline::Link { text: vec![Inline::Text("woord")], target: "https://a.nl/b" }]),
                Inline::Text(" en model"),
                Inline::FootnoteRef("1"),
                Inline::Text(" (EMCDDA, 2019)."),
            ]
        );
        assert_eq!(plain(paragraph), "Een vet woord en model1 (EMCDDA, 2019).");
        let footnote = &dossier.chapters[0].footnotes[0];
        assert_eq!(footnote.label, "1");
        assert_eq!(plain(&footnote.text), "Voetnoot met link.");
    }

    #[test]
    fn literal_brackets_and_stars_stay_text() {
        let (dossier, _) = parse("# 1 X {#x}\n\nEen [haakje en * ster.\n");
        let Block::Paragraph(paragraph) = &dossier.chapters[0].blocks[0] else { panic!() };
        assert_eq!(paragraph, &[Inline::Text("Een [haakje en * ster.")]);
    }

    #[test]
    fn lists_with_ids_and_item_paragraphs() {
        let (dossier, problems) =
            parse("# 3 X {#x}\n\n- {#hbsc} **HBSC**\n  Een nationaal onderzoek.\n- Tweede\n\n1. {#een} Voorlichting;\n2. Beleid.\n");
        assert_eq!(problems, []);
        let blocks = &dossier.chapters[0].blocks;
        let Block::List(bullets) = &blocks[0] else { panic!() };
        assert!(!bullets.ordered);
        assert_eq!(bullets.items.len(), 2);
        assert_eq!(bullets.items[0].id, Some("hbsc"));
        assert_eq!(bullets.items[0].paragraphs.len(), 2);
        let Block::List(numbered) = &blocks[1] else { panic!() };
        assert!(numbered.ordered);
        assert_eq!(plain(&numbered.items[0].paragraphs[0]), "Voorlichting;");
        assert_eq!(dossier.anchor("hbsc").unwrap().kind, AnchorKind::ListItem);
        assert_eq!(dossier.anchor("hbsc").unwrap().label, "HBSC");
    }

    #[test]
    fn boxes_tables_figures_and_intervention_tables() {
        let text = "# 2 X {#x}\n\n::: kader {#k1} Kader 1: wat cijfers\n- een\n\n#### Sub {#k1-sub}\n\nTekst.\n:::\n\n\
                    ::: tabel {#tabel-1} Tabel 1: stadia\n| Stadium | Definitie |\n|---|---|\n| {#exp} Experimenteel | Eerst.<br>Tweede. |\n:::\n\n\
                    ::: interventies {#tabel-2} Tabel 2: gezin\n:::\n\n::: figuur {#figuur-3} pijlers\nFiguur 3: Doelstellingen\nBron: X.\n:::\n";
        let (dossier, problems) = parse(text);
        assert_eq!(problems, []);
        let blocks = &dossier.chapters[0].blocks;
        let Block::Box(text_box) = &blocks[0] else { panic!() };
        assert_eq!((text_box.kind, text_box.id, text_box.title), (BoxKind::Kader, "k1", "Kader 1: wat cijfers"));
        assert_eq!(text_box.blocks.len(), 3);
        let Block::Table(table) = &blocks[1] else { panic!() };
        assert_eq!(table.header, ["Stadium", "Definitie"]);
        assert_eq!(table.rows[0].id, Some("exp"));
        assert_eq!(table.rows[0].cells[1].len(), 2);
        assert_eq!(blocks[2], Block::InterventionTable { id: "tabel-2", caption: "Tabel 2: gezin", table: 2 });
        let Block::Figure(figure) = &blocks[3] else { panic!() };
        assert_eq!((figure.drawing, figure.caption, figure.blocks.len()), (Drawing::Pillars, "Figuur 3: Doelstellingen", 1));
        assert_eq!(dossier.anchor("exp").unwrap().section, "x");
        assert_eq!(dossier.anchor("k1-sub").unwrap().kind, AnchorKind::Heading);
    }

    #[test]
    fn problems_name_file_and_line() {
        let (_, problems) = parse("# 1 X {#x}\n\n## 1.1 Geen id\n\n::: vreemd {#v}\n:::\n\n::: tabel {#t} Tabel 9: x\n| a | b |\n|---|---|\n| 1 |\n:::\n\n## Dubbel {#x}\n");
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(messages.contains(&"test.md:3: heading `1.1 Geen id` has no `{#id}`".to_owned()), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("test.md:5: unknown container `vreemd`")), "{messages:?}");
        assert!(messages.contains(&"test.md:11: this row has 1 cells; the header has 2".to_owned()), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("id `x` is used more than once")), "{messages:?}");
    }

    #[test]
    fn unclosed_containers_are_reported_and_kept() {
        let (dossier, problems) = parse("# 1 X {#x}\n\n::: kader {#k} Kader\nTekst.\n");
        assert_eq!(problems.len(), 1);
        assert!(matches!(dossier.chapters[0].blocks[0], Block::Box(_)));
    }

    #[test]
    fn ids_must_be_lowercase_words_with_dashes() {
        assert!(valid_id("5-3-voortgezet-onderwijs"));
        assert!(!valid_id("5--3"));
        assert!(!valid_id("Tabel-1"));
        assert!(!valid_id(""));
        assert!(!valid_id("a-"));
    }
}
