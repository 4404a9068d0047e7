//! The record format of the `*.txt` content files: `[id]` then `key: value`
//! lines; a key may repeat; an indented line continues the previous value.
//! `read_records` is the one reader of every such file: it also rejects keys
//! the file does not know, so a typo cannot silently do nothing.

use super::markup::{valid_id, Problem};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub id: &'a str,
    /// Line of the `[id]` header, for problem reports.
    pub line: usize,
    pub fields: Vec<(&'a str, String)>,
    /// The line of each field, in the order of `fields`.
    pub field_lines: Vec<usize>,
}

impl<'a> Record<'a> {
    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    /// Every value of a repeatable `key`, in file order.
    pub fn all(&self, key: &str) -> impl Iterator<Item = &str> {
        self.fields.iter().filter(move |(k, _)| *k == key).map(|(_, v)| v.as_str())
    }
}

/// Reads a record file whose records may hold only the `keys` given. Never
/// fails: malformed lines and unknown keys become problems, with file and line.
pub fn read_records<'a>(file: &str, text: &'a str, keys: &[&str]) -> (Vec<Record<'a>>, Vec<Problem>) {
    let (records, mut problems) = parse(file, text);
    for record in &records {
        for ((key, _), line) in record.fields.iter().zip(&record.field_lines) {
            if !keys.contains(key) {
                problems.push(Problem {
                    file: file.to_owned(),
                    line: *line,
                    message: format!("[{}] unknown key `{key}` (allowed: {})", record.id, keys.join(", ")),
                });
            }
        }
    }
    (records, problems)
}

fn parse<'a>(file: &str, text: &'a str) -> (Vec<Record<'a>>, Vec<Problem>) {
    let mut records: Vec<Record<'a>> = Vec::new();
    let mut problems = Vec::new();
    let mut problem = |line, message: String| problems.push(Problem { file: file.to_owned(), line, message });
    for (index, raw) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = raw.trim_end();
        if line.trim_start().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(id) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if !valid_id(id) {
                problem(line_number, format!("record id `{id}` is not lowercase words joined by dashes"));
            }
            if records.iter().any(|r| r.id == id) {
                problem(line_number, format!("record id `{id}` is used more than once"));
            }
            records.push(Record { id, line: line_number, fields: Vec::new(), field_lines: Vec::new() });
            continue;
        }
        let Some(record) = records.last_mut() else {
            problem(line_number, "a value stands before the first `[id]`".to_owned());
            continue;
        };
        if line.starts_with(' ') {
            match record.fields.last_mut() {
                Some((_, value)) => {
                    value.push(' ');
                    value.push_str(line.trim());
                }
                None => problem(line_number, "an indented line continues nothing".to_owned()),
            }
            continue;
        }
        match line.split_once(':') {
            Some((key, value)) if !key.is_empty() && !key.contains(' ') => {
                record.fields.push((key, value.trim().to_owned()));
                record.field_lines.push(line_number);
            }
            _ => problem(line_number, format!("expected `key: value`, found `{line}`")),
        }
    }
    (records, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_keys_repeats_and_continuations() {
        let text = "# comment\n[moti-4]\nnaam: Moti-4\nlink: https://a.nl\nlink: https://b.nl\nbeschrijving: Een lange\n  zin.\n\n[b]\nnaam: B\n";
        let (records, problems) = read_records("x.txt", text, &["naam", "link", "beschrijving"]);
        assert_eq!(problems, []);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].id, "moti-4");
        assert_eq!(records[0].get("naam"), Some("Moti-4"));
        assert_eq!(records[0].all("link").collect::<Vec<_>>(), ["https://a.nl", "https://b.nl"]);
        assert_eq!(records[0].get("beschrijving"), Some("Een lange zin."));
        assert_eq!(records[0].get("leeftijd"), None);
        assert_eq!(records[1].line, 9);
    }

    #[test]
    fn malformed_lines_are_problems_not_failures() {
        let (records, problems) = read_records("x.txt", "naam: vooraf\n[Goed Id]\ngeen sleutel\n[a]\n[a]\n", &["naam"]);
        assert_eq!(records.len(), 3);
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 2, 3, 5]);
    }

    #[test]
    fn a_key_the_file_does_not_know_is_a_problem_with_its_line() {
        let (records, problems) = read_records("x.txt", "[a]\nnaam: A\nnam: typo\n", &["naam"]);
        assert_eq!(records[0].get("naam"), Some("A"));
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].file.as_str(), problems[0].line), ("x.txt", 3));
        assert!(problems[0].message.contains("unknown key `nam`"), "{}", problems[0].message);
    }
}
