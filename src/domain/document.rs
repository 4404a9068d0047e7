//! A plain document model for the policy plan's outputs, and its writers:
//! Markdown, HTML (for the clipboard) and plain text. The Word writer is in
//! `docx`. All user text is escaped for the target format.

use std::fmt::Write;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub title: String,
    /// Lines under the title: municipality, date, status.
    pub subtitle: Vec<String>,
    pub sections: Vec<Section>,
    /// The heading of the table of contents ("Inhoud"); none when empty.
    pub contents_title: String,
    /// The word before the page number in the footer ("Pagina").
    pub page_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Section {
    /// "1", "2", ...; empty for unnumbered sections (the sources).
    pub number: String,
    pub title: String,
    pub blocks: Vec<Block>,
    /// On a page of its own in print and Word (the summary).
    pub own_page: bool,
}

impl Section {
    pub fn heading(&self) -> String {
        if self.number.is_empty() { self.title.clone() } else { format!("{} {}", self.number, self.title) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading inside a section.
    Subheading(String),
    Paragraph(String),
    Bullets(Vec<String>),
    /// A table with a header row, built from the officer's figures (never
    /// from the editable text).
    Table(Table),
    /// A table whose filled body cells are drawn as bars (a year-by-year
    /// timeline); each filled cell's text says it in words.
    Timeline(Table),
    /// Horizontal bars; a table next to it carries the same numbers, so
    /// writers that only keep text leave it out.
    Chart(Chart),
}

/// Bars in groups: per indicator, the municipality against region and country.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Chart {
    pub caption: String,
    pub groups: Vec<BarGroup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BarGroup {
    pub label: String,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bar {
    pub label: String,
    /// In any unit: only its size against the group's other bars counts.
    pub value: i64,
    /// The value as the reader sees it: "8,5%".
    pub shown: String,
}

impl BarGroup {
    /// Each bar with its length in thousandths of the group's longest.
    pub fn lengths(&self) -> impl Iterator<Item = (&Bar, i64)> {
        let longest = self.bars.iter().map(|b| b.value).max().unwrap_or(1).max(1);
        self.bars.iter().map(move |bar| (bar, (bar.value.max(0) * 1000 / longest).min(1000)))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// Says what the table shows (HTML caption, Word's text above it).
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The text in pieces, each a gap or not: a gap is "[...]", what the
/// officer still has to write. An unclosed "[" is plain text; empty pieces
/// are left out.
pub fn split_gaps(text: &str) -> Vec<(&str, bool)> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(length) = rest[open..].find(']') else { break };
        if open > 0 {
            pieces.push((&rest[..open], false));
        }
        pieces.push((&rest[open..=open + length], true));
        rest = &rest[open + length + 1..];
    }
    if !rest.is_empty() {
        pieces.push((rest, false));
    }
    pieces
}

/// Reads the editing convention of the plan's text fields: paragraphs are
/// separated by blank lines; a line starting with "## " is a subheading;
/// lines starting with "- " (or "* ", "• ") form a bullet list, and an
/// indented line continues the bullet above it.
pub fn parse_text(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut bullets: Vec<String> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    let flush_bullets = |bullets: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !bullets.is_empty() {
            blocks.push(Block::Bullets(std::mem::take(bullets)));
        }
    };
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_bullets(&mut bullets, &mut blocks);
        } else if let Some(heading) = line.strip_prefix("## ") {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_bullets(&mut bullets, &mut blocks);
            blocks.push(Block::Subheading(heading.trim().to_owned()));
        } else if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")).or_else(|| line.strip_prefix("• ")) {
            flush_paragraph(&mut paragraph, &mut blocks);
            bullets.push(item.trim().to_owned());
        } else if !bullets.is_empty() && raw.starts_with("  ") {
            // An indented line continues the last bullet.
            if let Some(last) = bullets.last_mut() {
                last.push(' ');
                last.push_str(line);
            }
        } else {
            flush_bullets(&mut bullets, &mut blocks);
            paragraph.push(line);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_bullets(&mut bullets, &mut blocks);
    blocks
}

/// The editing form of blocks (the inverse of `parse_text`).
pub fn blocks_to_text(blocks: &[Block]) -> String {
    let mut parts = Vec::new();
    for block in blocks {
        match block {
            Block::Subheading(text) => parts.push(format!("## {text}")),
            Block::Paragraph(text) => parts.push(text.clone()),
            Block::Bullets(items) => parts.push(items.iter().map(|i| format!("- {i}")).collect::<Vec<_>>().join("\n")),
            Block::Table(_) | Block::Timeline(_) | Block::Chart(_) => {}
        }
    }
    parts.join("\n\n")
}

/// Escapes Markdown's special characters at the start of lines and inline.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn to_markdown(document: &Document) -> String {
    let mut out = format!("# {}\n\n", markdown_escape(&document.title));
    for line in &document.subtitle {
        let _ = writeln!(out, "{}  ", markdown_escape(line));
    }
    out.push('\n');
    for section in &document.sections {
        let _ = write!(out, "## {}\n\n", markdown_escape(&section.heading()));
        for block in &section.blocks {
            match block {
                Block::Subheading(text) => {
                    let _ = write!(out, "### {}\n\n", markdown_escape(text));
                }
                Block::Paragraph(text) => {
                    let _ = write!(out, "{}\n\n", markdown_escape(text));
                }
                Block::Bullets(items) => {
                    for item in items {
                        let _ = writeln!(out, "- {}", markdown_escape(item));
                    }
                    out.push('\n');
                }
                Block::Chart(_) => {}
                Block::Table(table) | Block::Timeline(table) => {
                    let row = |cells: &[String]| format!("| {} |", cells.iter().map(|c| markdown_escape(c)).collect::<Vec<_>>().join(" | "));
                    let _ = write!(out, "{}\n\n{}\n|{}\n", markdown_escape(&table.caption), row(&table.header), " --- |".repeat(table.header.len()));
                    for cells in &table.rows {
                        let _ = writeln!(out, "{}", row(cells));
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Escapes text for HTML content and attributes.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A self-contained HTML fragment (headings, paragraphs, lists) for pasting
/// into a word processor.
pub fn to_html(document: &Document) -> String {
    let mut out = format!("<h1>{}</h1>", html_escape(&document.title));
    for line in &document.subtitle {
        let _ = write!(out, "<p>{}</p>", html_escape(line));
    }
    for section in &document.sections {
        let _ = write!(out, "<h2>{}</h2>", html_escape(&section.heading()));
        blocks_to_html(&mut out, &section.blocks, html_escape);
    }
    out
}

/// Blocks as HTML. `text_html` turns the text of a paragraph or list item
/// into HTML, escaping it (and may mark parts of it).
pub fn blocks_to_html(out: &mut String, blocks: &[Block], text_html: impl Fn(&str) -> String) {
    for block in blocks {
        match block {
            Block::Subheading(text) => {
                let _ = write!(out, "<h3>{}</h3>", html_escape(text));
            }
            Block::Paragraph(text) => {
                let _ = write!(out, "<p>{}</p>", text_html(text));
            }
            Block::Bullets(items) => {
                out.push_str("<ul>");
                for item in items {
                    let _ = write!(out, "<li>{}</li>", text_html(item));
                }
                out.push_str("</ul>");
            }
            Block::Table(table) => table_html(out, table, false),
            Block::Timeline(table) => table_html(out, table, true),
            Block::Chart(chart) => chart_html(out, chart),
        }
    }
}

/// The bars as rows of label, bar and value. The bar is an SVG rectangle:
/// a width in an attribute passes the Content-Security-Policy (a style
/// attribute does not) and prints without "background graphics".
fn chart_html(out: &mut String, chart: &Chart) {
    let _ = write!(out, r#"<figure class="chart" aria-hidden="true"><figcaption>{}</figcaption>"#, html_escape(&chart.caption));
    for group in &chart.groups {
        let _ = write!(out, r#"<p class="chart__group">{}</p>"#, html_escape(&group.label));
        for (bar, length) in group.lengths() {
            let _ = write!(
                out,
                r#"<div class="chart__row"><span class="chart__label">{}</span><svg class="chart__track" viewBox="0 0 1000 10" preserveAspectRatio="none" focusable="false"><rect class="chart__bar" width="{length}" height="10"/></svg><span class="chart__value">{}</span></div>"#,
                html_escape(&bar.label),
                html_escape(&bar.shown)
            );
        }
    }
    out.push_str("</figure>");
}

/// A table; as a timeline, filled body cells are drawn as bars and their
/// text is for screen readers only.
fn table_html(out: &mut String, table: &Table, timeline: bool) {
    let class = if timeline { "plan-table plan-table--timeline" } else { "plan-table" };
    let caption = html_escape(&table.caption);
    // On a narrow screen the table scrolls sideways; the region can be reached and scrolled with the keyboard.
    let _ = write!(out, r#"<div class="table-scroll" role="region" tabindex="0" aria-label="{caption}"><table class="{class}"><caption>{caption}</caption><thead><tr>"#);
    for cell in &table.header {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, html_escape(cell));
    }
    out.push_str("</tr></thead><tbody>");
    for cells in &table.rows {
        out.push_str("<tr>");
        for (at, cell) in cells.iter().enumerate() {
            if at == 0 {
                let _ = write!(out, r#"<th scope="row">{}</th>"#, html_escape(cell));
            } else if timeline && !cell.is_empty() {
                let _ = write!(out, r#"<td class="plan-table__on"><span class="visually-hidden">{}</span></td>"#, html_escape(cell));
            } else {
                let _ = write!(out, "<td>{}</td>", html_escape(cell));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

pub fn to_plain_text(document: &Document) -> String {
    let mut out = format!("{}\n", document.title);
    for line in &document.subtitle {
        let _ = writeln!(out, "{line}");
    }
    for section in &document.sections {
        let _ = write!(out, "\n{}\n\n", section.heading());
        for block in &section.blocks {
            match block {
                Block::Subheading(text) | Block::Paragraph(text) => {
                    let _ = write!(out, "{text}\n\n");
                }
                Block::Bullets(items) => {
                    for item in items {
                        let _ = writeln!(out, "- {item}");
                    }
                    out.push('\n');
                }
                Block::Chart(_) => {}
                Block::Table(table) | Block::Timeline(table) => {
                    let _ = writeln!(out, "{}", table.caption);
                    for cells in std::iter::once(&table.header).chain(&table.rows) {
                        let _ = writeln!(out, "{}", cells.join("\t"));
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        Document {
            title: "Lokaal drugsbeleid <Utrecht>".into(),
            subtitle: vec!["Concept, 29 november 2026".into()],
            sections: vec![Section {
                own_page: false,
                number: "1".into(),
                title: "Inleiding".into(),
                blocks: vec![
                    Block::Paragraph("De raad vroeg *om* een plan & meer.".into()),
                    Block::Bullets(vec!["<script>alert(1)</script>".into(), "# geen kop".into()]),
                ],
            }],
            ..Document::default()
        }
    }

    #[test]
    fn text_fields_read_paragraphs_and_bullets() {
        let blocks = parse_text("## Kop\nEerste alinea\nloopt door.\n\n- een\n- twee\n  vervolg\n\nLaatste.");
        assert_eq!(
            blocks,
            [
                Block::Subheading("Kop".into()),
                Block::Paragraph("Eerste alinea loopt door.".into()),
                Block::Bullets(vec!["een".into(), "twee vervolg".into()]),
                Block::Paragraph("Laatste.".into()),
            ]
        );
        assert_eq!(parse_text(&blocks_to_text(&blocks)), blocks);
        assert!(parse_text("   \n\n").is_empty());
    }

    #[test]
    fn html_has_no_markup_from_user_text() {
        let html = to_html(&sample());
        assert!(html.contains("<h1>Lokaal drugsbeleid &lt;Utrecht&gt;</h1>"));
        assert!(html.contains("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>"));
        assert!(!html.contains("<script>"));
    }

    #[test]
    fn markdown_escapes_what_would_become_markup() {
        let markdown = to_markdown(&sample());
        assert!(markdown.starts_with("# Lokaal drugsbeleid \\<Utrecht\\>\n"));
        assert!(markdown.contains("## 1 Inleiding\n"));
        assert!(markdown.contains("De raad vroeg \\*om\\* een plan & meer."));
        assert!(markdown.contains("- \\# geen kop"));
    }

    #[test]
    fn plain_text_keeps_the_words() {
        let text = to_plain_text(&sample());
        assert!(text.contains("1 Inleiding\n\nDe raad vroeg *om* een plan & meer."));
        assert!(text.contains("- <script>alert(1)</script>"));
    }
}
