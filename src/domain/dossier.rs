//! The dossier as a document model: parts, chapters, blocks and inline text,
//! with every id-carrying place (section, box, table, list item) indexed as
//! an anchor that other features cite.

use std::collections::HashMap;

/// The whole dossier, in reading order.
#[derive(Debug, Default)]
pub struct Dossier<'a> {
    pub parts: Vec<Part<'a>>,
    pub chapters: Vec<Chapter<'a>>,
    anchors: HashMap<&'a str, Anchor<'a>>,
}

/// A part (Deel) groups chapters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    pub id: &'a str,
    /// As printed, e.g. "Deel 2: Wat werkt?".
    pub title: &'a str,
}

#[derive(Debug, Default)]
pub struct Chapter<'a> {
    pub id: &'a str,
    /// "5"
    pub number: &'a str,
    /// "Effectieve Drugspreventie"
    pub title: &'a str,
    /// Index into `Dossier::parts`; chapter 1 belongs to none.
    pub part: Option<usize>,
    pub blocks: Vec<Block<'a>>,
    pub footnotes: Vec<Footnote<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading<'a> {
    /// 2 for a section (x.y), 3 for a subsection or a heading below a section,
    /// 4 below that. The chapter title itself is level 1.
    pub level: u8,
    /// "5.3", or empty for unnumbered headings ("Wat werkt?").
    pub number: &'a str,
    pub title: &'a str,
    pub id: &'a str,
}

impl Heading<'_> {
    /// Number and title as the source prints them: "5.3 Setting: Voortgezet onderwijs".
    pub fn full_title(&self) -> String {
        numbered(self.number, self.title)
    }
}

/// "5.3 Title", or just "Title" when there is no number.
pub fn numbered(number: &str, title: &str) -> String {
    if number.is_empty() { title.to_owned() } else { format!("{number} {title}") }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block<'a> {
    Heading(Heading<'a>),
    Paragraph(Vec<Inline<'a>>),
    List(List<'a>),
    Box(TextBox<'a>),
    Table(Table<'a>),
    /// Rows come from the intervention records with this table number.
    InterventionTable { id: &'a str, caption: &'a str, table: u8 },
    Figure(Figure<'a>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List<'a> {
    pub ordered: bool,
    pub items: Vec<ListItem<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListItem<'a> {
    pub id: Option<&'a str>,
    pub paragraphs: Vec<Vec<Inline<'a>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxKind {
    /// Kader 1-4 and "Drugs - Indeling naar werking".
    Kader,
    /// The four "Uitgelicht" boxes.
    Uitgelicht,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBox<'a> {
    pub kind: BoxKind,
    pub id: &'a str,
    pub title: &'a str,
    pub blocks: Vec<Block<'a>>,
}

/// A table cell: one or more paragraphs.
pub type Cell<'a> = Vec<Vec<Inline<'a>>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub id: Option<&'a str>,
    pub cells: Vec<Cell<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<'a> {
    /// Empty for a plain table inside a box (Kader 2).
    pub id: &'a str,
    /// Empty for a plain table inside a box.
    pub caption: &'a str,
    pub header: Vec<&'a str>,
    pub rows: Vec<Row<'a>>,
}

/// Which drawing the app makes for a figure (the figures are not in the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawing {
    /// Figuur 1: only its caption and source are known.
    None,
    /// Figuur 3: the three pillars and their domains.
    Pillars,
    /// Figuur 4: the four-step cycle.
    Cycle,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure<'a> {
    pub id: &'a str,
    pub drawing: Drawing,
    pub caption: &'a str,
    pub blocks: Vec<Block<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footnote<'a> {
    pub label: &'a str,
    pub text: Vec<Inline<'a>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Bold(Vec<Inline<'a>>),
    /// `target` is a web URL or `#anchor-id` for a place in the dossier.
    Link { text: Vec<Inline<'a>>, target: &'a str },
    FootnoteRef(&'a str),
}

impl Inline<'_> {
    /// Appends the visible text (link text, not targets; footnote numbers).
    pub fn push_plain(&self, out: &mut String) {
        match self {
            Inline::Text(text) => out.push_str(text),
            Inline::Bold(inner) | Inline::Link { text: inner, .. } => {
                inner.iter().for_each(|i| i.push_plain(out));
            }
            Inline::FootnoteRef(label) => out.push_str(label),
        }
    }
}

/// The visible text of a run of inline content.
pub fn plain(inlines: &[Inline<'_>]) -> String {
    let mut out = String::new();
    inlines.iter().for_each(|i| i.push_plain(&mut out));
    out
}

/// What kind of place an anchor id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorKind {
    Part,
    Chapter,
    Heading,
    Box,
    Table,
    Figure,
    ListItem,
    Row,
}

/// A citable place in the dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor<'a> {
    pub id: &'a str,
    pub kind: AnchorKind,
    /// Index into `Dossier::chapters` (the first chapter of a part for parts).
    pub chapter: usize,
    /// The id of the numbered chapter or (sub)section it stands in (itself
    /// for numbered headings): what a citation names.
    pub section: &'a str,
    /// A human label: a heading's number and title, a box or table title,
    /// a list item's or row's first words.
    pub label: String,
}

impl<'a> Dossier<'a> {
    pub(crate) fn new(parts: Vec<Part<'a>>, chapters: Vec<Chapter<'a>>) -> (Self, Vec<String>) {
        let mut dossier = Dossier { parts, chapters, anchors: HashMap::new() };
        let duplicates = dossier.index_anchors();
        (dossier, duplicates)
    }

    /// Looks up any id: part, chapter, heading, box, table, figure, list item, row.
    pub fn anchor(&self, id: &str) -> Option<&Anchor<'a>> {
        self.anchors.get(id)
    }

    pub fn anchors(&self) -> impl Iterator<Item = &Anchor<'a>> {
        self.anchors.values()
    }

    /// The blocks that make up the place `id`: a box's or table's own blocks,
    /// or a heading's blocks up to the next heading of the same or a higher
    /// level ("the text under this heading").
    pub fn blocks_under(&self, id: &str) -> Option<Vec<&Block<'a>>> {
        for chapter in &self.chapters {
            for (at, block) in chapter.blocks.iter().enumerate() {
                match block {
                    Block::Box(text_box) if text_box.id == id => return Some(text_box.blocks.iter().collect()),
                    Block::Table(table) if table.id == id => return Some(vec![block]),
                    Block::Heading(heading) if heading.id == id => {
                        let rest = &chapter.blocks[at + 1..];
                        let end = rest.iter().position(|b| matches!(b, Block::Heading(h) if h.level <= heading.level)).unwrap_or(rest.len());
                        return Some(rest[..end].iter().collect());
                    }
                    _ => {}
                }
            }
        }
        None
    }

    /// How a citation names a place: a dossier place ("5.3 Setting:
    /// Voortgezet onderwijs", a sub-heading with its section: "6.4
    /// Stappenplan voor gemeenten › Inleiding", an item by its section).
    pub fn citation_label(&self, id: &str) -> Option<String> {
        let anchor = self.anchor(id)?;
        let section = self.anchor(anchor.section).map(|s| s.label.clone()).unwrap_or_default();
        Some(if anchor.id == anchor.section || section.is_empty() {
            anchor.label.clone()
        } else if matches!(anchor.kind, AnchorKind::Heading | AnchorKind::Box | AnchorKind::Table) {
            format!("{section} › {}", anchor.label)
        } else {
            section
        })
    }

    /// The chapter a part starts with.
    pub fn first_chapter_of_part(&self, part: usize) -> Option<usize> {
        self.chapters.iter().position(|c| c.part == Some(part))
    }

    /// Indexes every id; returns the ids that occur more than once.
    fn index_anchors(&mut self) -> Vec<String> {
        let mut anchors: Vec<Anchor<'a>> = Vec::new();
        for (index, part) in self.parts.iter().enumerate() {
            let chapter = self.chapters.iter().position(|c| c.part == Some(index)).unwrap_or(0);
            anchors.push(Anchor { id: part.id, kind: AnchorKind::Part, chapter, section: part.id, label: part.title.to_owned() });
        }
        for (index, chapter) in self.chapters.iter().enumerate() {
            anchors.push(Anchor {
                id: chapter.id,
                kind: AnchorKind::Chapter,
                chapter: index,
                section: chapter.id,
                label: numbered(chapter.number, chapter.title),
            });
            collect_anchors(&chapter.blocks, index, chapter.id, &mut anchors);
        }
        let mut duplicates = Vec::new();
        for anchor in anchors {
            if let Some(previous) = self.anchors.insert(anchor.id, anchor) {
                duplicates.push(previous.id.to_owned());
            }
        }
        duplicates
    }
}

/// Collects the anchors in `blocks`; `section` is the id of the numbered
/// heading they stand under, updated as numbered headings pass.
fn collect_anchors<'a>(blocks: &[Block<'a>], chapter: usize, mut section: &'a str, out: &mut Vec<Anchor<'a>>) -> &'a str {
    let anchor = |id: &'a str, kind, section: &'a str, label: String| Anchor { id, kind, chapter, section, label };
    for block in blocks {
        match block {
            Block::Heading(heading) => {
                // Numbered headings and unnumbered sections ("Verder lezen?") start a section.
                if !heading.number.is_empty() || heading.level == 2 {
                    section = heading.id;
                }
                out.push(anchor(heading.id, AnchorKind::Heading, section, heading.full_title()));
            }
            Block::List(list) => {
                for item in &list.items {
                    if let Some(id) = item.id {
                        let label = item.paragraphs.first().map(|p| plain(p)).unwrap_or_default();
                        out.push(anchor(id, AnchorKind::ListItem, section, label));
                    }
                }
            }
            Block::Box(text_box) => {
                out.push(anchor(text_box.id, AnchorKind::Box, section, text_box.title.to_owned()));
                // A box's sub-headings do not change the section after the box.
                collect_anchors(&text_box.blocks, chapter, section, out);
            }
            Block::Table(table) => {
                if !table.id.is_empty() {
                    out.push(anchor(table.id, AnchorKind::Table, section, table.caption.to_owned()));
                }
                for row in &table.rows {
                    if let Some(id) = row.id {
                        let label = row.cells.first().and_then(|c| c.first()).map(|p| plain(p)).unwrap_or_default();
                        out.push(anchor(id, AnchorKind::Row, section, label));
                    }
                }
            }
            Block::InterventionTable { id, caption, .. } => {
                out.push(anchor(id, AnchorKind::Table, section, (*caption).to_owned()));
            }
            Block::Figure(figure) => out.push(anchor(figure.id, AnchorKind::Figure, section, figure.caption.to_owned())),
            Block::Paragraph(_) => {}
        }
    }
    section
}
