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
            None => out.push(lower_char(c)),
        }
    }
}

/// `c` in lower case, for the letters Dutch text uses (ASCII and Latin-1);
/// other characters stay as they are. Unicode's full case tables would cost
/// about 8 KB of the first download for letters the content never has.
pub fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

/// `c` in upper case, for the letters `lower_char` knows.
pub fn upper_char(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='ö' | 'ø'..='þ' => char::from_u32(c as u32 - 32).unwrap_or(c),
        _ => c,
    }
}

/// `text` with its first letter in upper case (see `upper_char`).
pub fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| std::iter::once(upper_char(c)).chain(chars).collect()).unwrap_or_default()
}

/// `text` in lower case (see `lower_char`).
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower_char).collect()
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

/// Whether `c` is a letter or digit of the kinds Dutch text uses (ASCII and
/// Latin-1); like `lower_char`, this keeps Unicode's tables out of the wasm.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ')
}

/// The folded words of `text` (letters and digits), for word-prefix matching.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_owned).collect()
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
    fn case_changes_for_the_letters_dutch_uses() {
        assert_eq!(lowercase("Geïndiceerde PREVENTIE Ëën Ÿ ß 1"), "geïndiceerde preventie ëën Ÿ ß 1");
        assert_eq!(upper_char('ï'), 'Ï');
        assert_eq!(upper_char('÷'), '÷');
        assert_eq!(lower_char('×'), '×');
        assert!(is_word_char('é') && is_word_char('7') && !is_word_char('×') && !is_word_char('’') && !is_word_char('-'));
        for c in ('\u{0}'..='\u{ff}').filter(|c| c.is_alphabetic()) {
            let expected: String = c.to_lowercase().collect();
            if expected.chars().count() == 1 {
                assert_eq!(lower_char(c).to_string(), expected, "{c}");
            }
        }
    }

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
