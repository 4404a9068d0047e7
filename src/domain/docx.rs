//! A small Word (.docx) writer: a title page, a table of contents field,
//! real headings (Title, Heading 1/2 styles) and bullet lists, a header with
//! the plan's name and page numbers in the footer, so the plan drops into a
//! municipality's own template. Text in square brackets (what the officer
//! still has to write) is highlighted so it is found. The package is a ZIP
//! archive with stored (uncompressed) entries; the transfer is compressed by
//! the browser anyway.

use super::document::{split_gaps, Block, Chart, Document, Table};

/// Escapes text for XML content and attributes; drops characters XML 1.0 forbids.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The text as runs; each "[...]" gap is a highlighted run of its own.
fn runs(text: &str) -> String {
    let run = |text: &str, gap: bool| {
        let properties = if gap { r#"<w:rPr><w:highlight w:val="yellow"/></w:rPr>"# } else { "" };
        format!(r#"<w:r>{properties}<w:t xml:space="preserve">{}</w:t></w:r>"#, xml(text))
    };
    match split_gaps(text).as_slice() {
        [] => run("", false),
        pieces => pieces.iter().map(|(piece, gap)| run(piece, *gap)).collect(),
    }
}

/// The text as one bold run (headings of tables and chart groups).
fn bold_run(text: &str) -> String {
    format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#, xml(text))
}

fn paragraph(style: Option<&str>, text: &str, bullet: bool) -> String {
    format!("<w:p>{}{}</w:p>", paragraph_properties(style, bullet), runs(text))
}

fn paragraph_properties(style: Option<&str>, bullet: bool) -> String {
    let mut properties = String::new();
    if let Some(style) = style {
        properties.push_str(&format!(r#"<w:pStyle w:val="{style}"/>"#));
    }
    if bullet {
        properties.push_str(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#);
    }
    if properties.is_empty() { String::new() } else { format!("<w:pPr>{properties}</w:pPr>") }
}

const PAGE_BREAK: &str = r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#;

/// The table of contents as a TOC field whose result lists the parts, so
/// it reads right before the field is updated (which adds page numbers).
fn contents(document: &Document) -> String {
    let headings: Vec<String> = document.sections.iter().map(|s| s.heading()).collect();
    let Some((last, first)) = headings.split_last().filter(|_| !document.contents_title.is_empty()) else { return String::new() };
    let mut out = paragraph(Some("TOCHeading"), &document.contents_title, false);
    let begin = r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-1" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#;
    let end = r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#;
    let entries: Vec<&String> = first.iter().chain([last]).collect();
    for (at, heading) in entries.iter().enumerate() {
        let opening = if at == 0 { begin } else { "" };
        let closing = if at + 1 == entries.len() { end } else { "" };
        out.push_str(&format!("<w:p>{}{opening}{}{closing}</w:p>", paragraph_properties(Some("TOC1"), false), runs(heading)));
    }
    out
}

fn header_xml(document: &Document) -> String {
    format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}">{}</w:hdr>"#, paragraph(Some("Header"), &document.title, false))
}

fn footer_xml(document: &Document) -> String {
    let label = if document.page_label.is_empty() { String::new() } else { format!("{} ", document.page_label) };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">{}</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"#,
        xml(&label)
    )
}

/// The width of the text on an A4 page with the margins below, in twentieths of a point.
const TEXT_WIDTH: u32 = 11906 - 2 * 1418;

/// About the width of one character of the tables' 9-point text, and a
/// cell's margins, in twentieths of a point.
const CHARACTER: u32 = 115;
const CELL_MARGINS: u32 = 260;

/// Each column's width: at least its longest word (so no word breaks),
/// and what is left shared by how much longer its longest text is (up to
/// 30 characters), so long names get room and years stay narrow.
fn column_widths(table: &Table) -> Vec<u32> {
    let texts = |column: usize| std::iter::once(&table.header).chain(&table.rows).filter_map(move |row| row.get(column));
    let chars = |text: &str| u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    let columns = 0..table.header.len();
    let least: Vec<u32> = columns.clone().map(|c| texts(c).flat_map(|t| t.split_whitespace()).map(chars).max().unwrap_or(1).min(20) * CHARACTER + CELL_MARGINS).collect();
    let natural: Vec<u32> = columns.map(|c| texts(c).map(|t| chars(t)).max().unwrap_or(1).min(30) * CHARACTER + CELL_MARGINS).collect();
    let floor: u32 = least.iter().sum();
    if floor >= TEXT_WIDTH {
        // Too many long words: the widest columns give way (their longest
        // words break), so short ones like years stay whole.
        let fits = |cap: u32| least.iter().map(|w| (*w).min(cap)).sum::<u32>() <= TEXT_WIDTH;
        let cap = (CELL_MARGINS..=TEXT_WIDTH).rev().step_by(10).find(|cap| fits(*cap)).unwrap_or(CELL_MARGINS);
        return least.iter().map(|w| (*w).min(cap)).collect();
    }
    let mut room: Vec<u32> = natural.iter().zip(&least).map(|(n, l)| n.saturating_sub(*l)).collect();
    if room.iter().all(|r| *r == 0) {
        room.clone_from(&least);
    }
    let wanted: u32 = room.iter().sum();
    least.iter().zip(&room).map(|(l, r)| l + (TEXT_WIDTH - floor) * r / wanted).collect()
}

/// The blue of the headings, for bars and filled timeline cells.
const BLUE: &str = "154273";

/// A real Word table: a header row repeated on each page, thin borders. As a
/// timeline, filled body cells are shaded.
fn table_xml(table: &Table, timeline: bool) -> String {
    let border = |side: &str| format!(r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8A9199"/>"#);
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"].iter().map(|s| border(s)).collect();
    let widths = column_widths(table);
    let cell = |text: &str, bold: bool, filled: bool, width: u32| {
        let run = match (bold, filled) {
            (true, _) => bold_run(text),
            (false, true) => format!(r#"<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#, xml(text)),
            (false, false) => runs(text),
        };
        let shading = if filled { format!(r#"<w:shd w:val="clear" w:color="auto" w:fill="{BLUE}"/>"#) } else { String::new() };
        format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{run}</w:p></w:tc>"#)
    };
    let mut out = format!(r#"<w:tbl><w:tblPr><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#);
    for width in &widths {
        out.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
    }
    out.push_str(r#"</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>"#);
    out.extend(table.header.iter().zip(&widths).map(|(h, w)| cell(h, true, false, *w)));
    out.push_str("</w:tr>");
    for cells in &table.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        out.extend(cells.iter().zip(&widths).enumerate().map(|(at, (c, w))| cell(c, false, timeline && at > 0 && !c.is_empty(), *w)));
        out.push_str("</w:tr>");
    }
    // Word needs a paragraph between a table and what follows.
    out.push_str("</w:tbl><w:p/>");
    out
}

/// The bars as a borderless table of label, bar and value; a bar is a run
/// of non-breaking spaces with a blue background, as long as its value.
fn chart_xml(chart: &Chart) -> String {
    // Each group's bars keep together on a page.
    let cell = |width: u32, content: String| format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:keepNext/><w:spacing w:after="0"/></w:pPr>{content}</w:p></w:tc>"#);
    let mut out = paragraph(Some("Caption"), &chart.caption, false);
    out.push_str(r#"<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="4900"/><w:gridCol w:w="1500"/></w:tblGrid>"#);
    for group in &chart.groups {
        let label = bold_run(&group.label);
        out.push_str(&format!(r#"<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/><w:gridSpan w:val="3"/></w:tcPr><w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/></w:pPr>{label}</w:p></w:tc></w:tr>"#));
        for (bar, length) in group.lengths() {
            // About 90 non-breaking spaces of 11-point Calibri fill the column.
            let spaces = "\u{a0}".repeat(usize::try_from(length * 90 / 1000).unwrap_or(0).max(usize::from(bar.value > 0)));
            let drawn = format!(r#"<w:r><w:rPr><w:shd w:val="clear" w:color="auto" w:fill="{BLUE}"/></w:rPr><w:t xml:space="preserve">{spaces}</w:t></w:r>"#);
            out.push_str(&format!("<w:tr><w:trPr><w:cantSplit/></w:trPr>{}{}{}</w:tr>", cell(2600, runs(&bar.label)), cell(4900, drawn), cell(1500, runs(&bar.shown))));
        }
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn document_xml(document: &Document) -> String {
    let mut body = paragraph(Some("Title"), &document.title, false);
    for line in &document.subtitle {
        body.push_str(&paragraph(Some("Subtitle"), line, false));
    }
    body.push_str(PAGE_BREAK);
    let toc = contents(document);
    if !toc.is_empty() {
        body.push_str(&toc);
        body.push_str(PAGE_BREAK);
    }
    for (at, section) in document.sections.iter().enumerate() {
        let after_own_page = at > 0 && document.sections[at - 1].own_page;
        if section.own_page && at > 0 || after_own_page {
            body.push_str(PAGE_BREAK);
        }
        body.push_str(&paragraph(Some("Heading1"), &section.heading(), false));
        for block in &section.blocks {
            match block {
                Block::Subheading(text) => body.push_str(&paragraph(Some("Heading2"), text, false)),
                Block::Paragraph(text) => body.push_str(&paragraph(None, text, false)),
                Block::Bullets(items) => items.iter().for_each(|item| body.push_str(&paragraph(Some("ListParagraph"), item, true))),
                Block::Table(table) | Block::Timeline(table) => {
                    body.push_str(&paragraph(Some("Caption"), &table.caption, false));
                    body.push_str(&table_xml(table, matches!(block, Block::Timeline(_))));
                }
                Block::Chart(chart) => body.push_str(&chart_xml(chart)),
            }
        }
    }
    // The title page has no header or footer (titlePg).
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/><w:titlePg/></w:sectPr></w:body></w:document>"#
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="154273"/><w:sz w:val="48"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="4A5560"/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="154273"/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="80"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="4A5560"/><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="4A5560"/><w:sz w:val="18"/></w:rPr></w:style></w:styles>"#;

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

fn core_properties(title: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:creator>Wat werkt bij drugspreventie</dc:creator><dc:language>nl-NL</dc:language></cp:coreProperties>"#,
        xml(title)
    )
}

/// The .docx file for `document`.
pub fn to_docx(document: &Document) -> Vec<u8> {
    let entries: [(&str, Vec<u8>); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", PACKAGE_RELS.as_bytes().to_vec()),
        ("docProps/core.xml", core_properties(&document.title).into_bytes()),
        ("word/document.xml", document_xml(document).into_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes().to_vec()),
        ("word/styles.xml", STYLES.as_bytes().to_vec()),
        ("word/numbering.xml", NUMBERING.as_bytes().to_vec()),
        ("word/header1.xml", header_xml(document).into_bytes()),
        ("word/footer1.xml", footer_xml(document).into_bytes()),
    ];
    zip_stored(&entries)
}

/// CRC-32 (IEEE), bitwise: small code, fast enough for a few hundred KB.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A ZIP archive whose entries are stored without compression.
fn zip_stored(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1 January 2026, 00:00 in MS-DOS date/time: a fixed stamp keeps output reproducible.
    let (dos_time, dos_date): (u16, u16) = (0, ((2026 - 1980) << 9) | (1 << 5) | 1);
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let name = name.as_bytes();
        let header = |signature: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&signature.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes()); // version made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // version needed
            h.extend_from_slice(&0x0800u16.to_le_bytes()); // flags: UTF-8 names
            h.extend_from_slice(&0u16.to_le_bytes()); // method: stored
            h.extend_from_slice(&dos_time.to_le_bytes());
            h.extend_from_slice(&dos_date.to_le_bytes());
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra length
            if central {
                h.extend_from_slice(&0u16.to_le_bytes()); // comment length
                h.extend_from_slice(&0u16.to_le_bytes()); // disk number
                h.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
                h.extend_from_slice(&0u32.to_le_bytes()); // external attributes
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name);
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend_from_slice(data);
        central.extend(header(0x0201_4b50, true));
    }
    let central_offset = out.len() as u32;
    let central_size = central.len() as u32;
    out.extend(central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_the_text_width_long_names_get_room_and_no_word_breaks() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<String>>();
        let table = Table {
            caption: String::new(),
            header: row(&["Actie", "Jaren", "Budget per jaar"]),
            rows: vec![row(&["Eerste Hulp bij Drank- en Drugsincidenten (EHBDU)", "2025-2028", "€ 12.500"])],
        };
        let widths = column_widths(&table);
        let total: u32 = widths.iter().sum();
        assert!(total <= TEXT_WIDTH && total + 3 >= TEXT_WIDTH, "{widths:?}");
        assert!(widths[0] > widths[1] * 2, "{widths:?}");
        assert!(widths[1] >= 9 * CHARACTER + CELL_MARGINS, "\"2025-2028\" fits on a line: {widths:?}");
        // Too many long words: the long ones break, the year stays whole.
        let crowded = Table { caption: String::new(), header: row(&["Jaar"; 1].iter().chain(&["Drugsincidentenregistratie"; 8]).copied().collect::<Vec<_>>()), rows: vec![] };
        let widths = column_widths(&crowded);
        assert_eq!(widths[0], 4 * CHARACTER + CELL_MARGINS, "{widths:?}");
        assert!(widths.iter().sum::<u32>() <= TEXT_WIDTH, "{widths:?}");
        let short = Table { caption: String::new(), header: row(&["Jaar", "Totaal"]), rows: vec![row(&["2025", "€ 5"])] };
        assert!(column_widths(&short).iter().sum::<u32>() + 2 >= TEXT_WIDTH);
    }
    use crate::domain::document::Section;

    /// Reads a stored ZIP back: (name, data) per entry, checking each CRC.
    fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
        let u32_at = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
        let end = bytes.len() - 22;
        assert_eq!(u32_at(end), 0x0605_4b50);
        let count = u16_at(end + 10);
        let mut at = u32_at(end + 16) as usize;
        let mut entries = Vec::new();
        for _ in 0..count {
            assert_eq!(u32_at(at), 0x0201_4b50);
            let (crc, size, name_len, local) = (u32_at(at + 16), u32_at(at + 20) as usize, u16_at(at + 28), u32_at(at + 42) as usize);
            let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
            let data_at = local + 30 + u16_at(local + 26) + u16_at(local + 28);
            let data = bytes[data_at..data_at + size].to_vec();
            assert_eq!(crc32(&data), crc, "{name}");
            entries.push((name, data));
            at += 46 + name_len;
        }
        entries
    }

    #[test]
    fn crc32_matches_the_standard() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn a_docx_is_a_valid_package_with_headings_and_lists() {
        let document = Document {
            title: "Lokaal drugsbeleid Ede & omgeving".into(),
            subtitle: vec!["Concept".into()],
            sections: vec![Section {
                own_page: false,
                number: "1".into(),
                title: "Inleiding".into(),
                blocks: vec![Block::Paragraph("Tekst <b>vet</b>\u{1}".into()), Block::Bullets(vec!["een".into(), "twee".into()])],
            }],
            ..Document::default()
        };
        let entries = unzip(&to_docx(&document));
        let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "[Content_Types].xml");
        assert!(names.contains(&"word/document.xml") && names.contains(&"word/styles.xml") && names.contains(&"word/numbering.xml"));
        let body = String::from_utf8(entries.iter().find(|(n, _)| n == "word/document.xml").unwrap().1.clone()).unwrap();
        assert!(body.contains(r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Lokaal drugsbeleid Ede &amp; omgeving</w:t>"#));
        assert!(body.contains(r#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">1 Inleiding</w:t>"#));
        assert!(body.contains("Tekst &lt;b&gt;vet&lt;/b&gt;</w:t>"), "user text is escaped and control characters dropped");
        assert_eq!(body.matches(r#"<w:numId w:val="1"/>"#).count(), 2);
    }

    fn part(entries: &[(String, Vec<u8>)], name: &str) -> String {
        String::from_utf8(entries.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}")).1.clone()).unwrap()
    }

    /// Every `attribute="..."` value in `xml`.
    fn values<'a>(xml: &'a str, attribute: &str) -> Vec<&'a str> {
        xml.split(&format!(r#"{attribute}=""#)).skip(1).filter_map(|rest| rest.split('"').next()).collect()
    }

    #[test]
    fn the_package_is_complete_every_part_typed_and_every_relationship_resolved() {
        let entries = unzip(&to_docx(&plan_like()));
        let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        let types = part(&entries, "[Content_Types].xml");
        for name in names.iter().filter(|n| n.ends_with(".xml") && !n.starts_with('[')) {
            assert!(types.contains(&format!(r#"PartName="/{name}""#)), "{name} has no content type");
        }
        for (rels, folder) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
            for target in values(&part(&entries, rels), "Target") {
                assert!(names.contains(&format!("{folder}{target}").as_str()), "{rels}: {target} is missing");
            }
        }
        let body = part(&entries, "word/document.xml");
        for id in values(&body, "r:id") {
            assert!(part(&entries, "word/_rels/document.xml.rels").contains(&format!(r#"Id="{id}""#)), "{id} is not a relationship");
        }
        for name in &names {
            if name.ends_with(".xml") || name.ends_with(".rels") {
                let text = part(&entries, name);
                assert_eq!(text.matches('<').count(), text.matches('>').count(), "{name} is not balanced");
            }
        }
    }

    fn plan_like() -> Document {
        Document {
            title: "Lokaal drugsbeleid Ede".into(),
            subtitle: vec!["Concept".into()],
            sections: vec![
                Section { number: "1".into(), title: "Inleiding".into(), blocks: vec![Block::Paragraph("De raad vroeg erom. [Licht de aanleiding toe.] Verder.".into())], own_page: false },
                Section { number: String::new(), title: "Bronnen".into(), blocks: vec![Block::Bullets(vec!["6.4".into()])], own_page: false },
            ],
            contents_title: "Inhoud".into(),
            page_label: "Pagina".into(),
        }
    }

    #[test]
    fn a_title_page_contents_header_page_numbers_and_highlighted_gaps() {
        let entries = unzip(&to_docx(&plan_like()));
        let body = part(&entries, "word/document.xml");
        let title_page = body.find(r#"<w:br w:type="page"/>"#).unwrap();
        assert!(body.find("Inhoud").unwrap() > title_page, "the contents follow the title page");
        assert!(body.contains(r#"<w:instrText xml:space="preserve"> TOC \o "1-1" \h \z \u </w:instrText>"#));
        assert_eq!(body.matches(r#"w:fldCharType="begin""#).count(), body.matches(r#"w:fldCharType="end""#).count());
        assert!(body.contains("<w:titlePg/>"), "no header or footer on the title page");
        assert!(body.contains(r#"<w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">[Licht de aanleiding toe.]</w:t>"#));
        assert!(body.contains(r#"<w:t xml:space="preserve">De raad vroeg erom. </w:t>"#) && body.contains(r#"<w:t xml:space="preserve"> Verder.</w:t>"#));
        assert!(part(&entries, "word/header1.xml").contains("Lokaal drugsbeleid Ede"));
        let footer = part(&entries, "word/footer1.xml");
        assert!(footer.contains("Pagina ") && footer.contains(" PAGE "));
    }

    #[test]
    fn an_unclosed_bracket_is_plain_text() {
        assert_eq!(runs("a [b"), r#"<w:r><w:t xml:space="preserve">a [b</w:t></w:r>"#);
        assert_eq!(runs(""), r#"<w:r><w:t xml:space="preserve"></w:t></w:r>"#);
        assert_eq!(runs("[x]").matches("highlight").count(), 1);
    }
}
