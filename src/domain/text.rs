//! Text helpers shared by ids, search, filters and the `{placeholder}` fill.

/// Lowercases `text` and removes the diacritics Dutch text uses
/// ("Cocaïne" becomes "cocaine", "geïndiceerde" becomes "geindiceerde"),
/// so comparisons ignore case and accents.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// `fold`, appending to `out` (no allocation per word when indexing).
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match fold_char(c) {
            Some(base) => out.push(base),
            None if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// The unaccented lowercase letter for an accented Latin letter.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'ý' | 'ÿ' | 'Ý' => 'y',
        _ => return None,
    })
}

/// The folded words of `text` (letters and digits), for word-prefix matching.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// A URL-safe id from a title: folded, with every run of other characters
/// turned into one dash ("Risico’s van drugsgebruik" becomes
/// "risico-s-van-drugsgebruik").
pub fn slug(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    for c in fold(title).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Replaces every `{name}` in `template` by `value(name)`. A `{` without
/// its `}` stays as it is.
pub fn fill(template: &str, value: impl Fn(&str) -> String) -> String {
    if !template.contains('{') {
        return template.to_owned();
    }
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        out.push_str(&value(&after[..close]));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_case_and_dutch_diacritics() {
        assert_eq!(fold("Cocaïne"), "cocaine");
        assert_eq!(fold("Geïndiceerde preventie"), "geindiceerde preventie");
        assert_eq!(fold("HÉT café"), "het cafe");
    }

    #[test]
    fn fold_keeps_other_characters() {
        assert_eq!(fold("3-MMC & GHB’s"), "3-mmc & ghb’s");
    }

    #[test]
    fn slug_joins_words_with_single_dashes() {
        assert_eq!(slug("Setting: Voortgezet onderwijs"), "setting-voortgezet-onderwijs");
        assert_eq!(slug("  Wat werkt?  "), "wat-werkt");
        assert_eq!(slug("Geïndiceerde preventie"), "geindiceerde-preventie");
        assert_eq!(slug("?!"), "");
    }
}
