//! Two versions of a plan side by side, for the mid-term review: which rows
//! (figures, goals, actions) are new, gone or changed, and in which fields.
//! Rows are matched by their name (indicator or action), ignoring case.

/// What happened to a row between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Added,
    Removed,
    Changed,
    Same,
}

/// A field that differs: its index in the `fields` given to `compare_rows`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: usize,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowChange {
    pub name: String,
    pub status: Status,
    pub fields: Vec<FieldChange>,
}

/// The rows of `after` in their order, each with what changed since
/// `before`, then the rows of `before` that are gone. Rows without a name
/// are left out; of rows with the same name, the first of each is paired.
pub fn compare_rows<T>(before: &[T], after: &[T], name: impl Fn(&T) -> String, fields: &[&dyn Fn(&T) -> String]) -> Vec<RowChange> {
    let key = |row: &T| crate::domain::text::lowercase(name(row).trim());
    let named = |rows: &[T]| -> Vec<usize> { (0..rows.len()).filter(|at| !key(&rows[*at]).is_empty()).collect() };
    let mut unpaired: Vec<usize> = named(before);
    let mut changes = Vec::new();
    for at in named(after) {
        let row = &after[at];
        let paired = unpaired.iter().position(|b| key(&before[*b]) == key(row)).map(|p| unpaired.remove(p));
        let Some(old) = paired.map(|b| &before[b]) else {
            changes.push(RowChange { name: name(row).trim().to_owned(), status: Status::Added, fields: Vec::new() });
            continue;
        };
        let differing: Vec<FieldChange> = fields
            .iter()
            .enumerate()
            .map(|(field, get)| FieldChange { field, before: get(old).trim().to_owned(), after: get(row).trim().to_owned() })
            .filter(|change| change.before != change.after)
            .collect();
        let status = if differing.is_empty() { Status::Same } else { Status::Changed };
        changes.push(RowChange { name: name(row).trim().to_owned(), status, fields: differing });
    }
    changes.extend(unpaired.into_iter().map(|b| RowChange { name: name(&before[b]).trim().to_owned(), status: Status::Removed, fields: Vec::new() }));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone)]
    struct Row(&'static str, &'static str, &'static str);

    #[test]
    fn rows_are_new_gone_changed_or_the_same_by_name() {
        let before = [Row("Ooit geblowd", "8,5", "2023"), Row("Incidenten", "65", "2024"), Row("Weg", "1", "2024"), Row("", "x", "")];
        let after = [Row("incidenten ", "50", "2026"), Row("Ooit geblowd", "8,5", "2023"), Row("Nieuw", "3", "2026")];
        let value = |r: &Row| r.1.to_owned();
        let year = |r: &Row| r.2.to_owned();
        let changes = compare_rows(&before, &after, |r| r.0.to_owned(), &[&value, &year]);
        let summary: Vec<(&str, Status, usize)> = changes.iter().map(|c| (c.name.as_str(), c.status, c.fields.len())).collect();
        assert_eq!(summary, [("incidenten", Status::Changed, 2), ("Ooit geblowd", Status::Same, 0), ("Nieuw", Status::Added, 0), ("Weg", Status::Removed, 0)]);
        assert_eq!(changes[0].fields[0], FieldChange { field: 0, before: "65".into(), after: "50".into() });
        // Two rows of one name: each pairs with one of the other version.
        let twice = compare_rows(&[Row("A", "1", ""), Row("A", "2", "")], &[Row("A", "1", "")], |r| r.0.to_owned(), &[&value]);
        assert_eq!(twice.iter().map(|c| c.status).collect::<Vec<_>>(), [Status::Same, Status::Removed]);
    }
}
