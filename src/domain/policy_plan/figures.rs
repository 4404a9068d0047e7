//! The officer's local figures: one indicator per figure, with the local
//! value and, when known, the region's and the country's. Kept as typed, so
//! nothing typed is lost; checked on use, with a Dutch message per field.

use serde::Serialize;

use crate::domain::by_key::read_texts;

#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
pub struct Figure {
    /// What is measured: "Scholieren van 12 tot 16 jaar die ooit blowden".
    pub indicator: String,
    /// The local value, as typed ("8,5").
    pub value: String,
    /// "%" for a percentage (0 to 100), or any other unit ("per 1.000 inwoners").
    pub unit: String,
    pub year: String,
    pub region: String,
    pub national: String,
    /// The monitor or study it comes from.
    pub source: String,
    pub link: String,
}

read_texts!(Figure { indicator: Text, value: Text, unit: Text, year: Text, region: Text, national: Text, source: Text, link: Text });

/// One input of a figure, for messages next to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureField {
    Indicator,
    Value,
    Year,
    Region,
    National,
    Link,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureProblem {
    pub field: FigureField,
    pub message: String,
}

/// Years a monitor figure can come from.
const YEARS: std::ops::RangeInclusive<u16> = 1990..=2100;

/// A number in hundredths: 8,5 is 850. Integers keep the float parser and
/// formatter (tens of KB) out of the wasm.
pub type Hundredths = i64;

/// A number as a Dutch officer types it: "8,5", "8.5", "1.234,5", "12 %";
/// more than two decimals are rounded.
pub fn parse_number(text: &str) -> Option<Hundredths> {
    let text = text.trim().trim_end_matches('%').trim();
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    // With a comma, points group thousands; without, a point is the decimal mark.
    let normal: String = if text.contains(',') { text.replace('.', "").replace(',', ".") } else { text.to_owned() };
    let (whole, fraction) = normal.split_once('.').unwrap_or((&normal, ""));
    if whole.is_empty() && fraction.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) || whole.len() > 12 {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let digit = |at: usize| fraction.as_bytes().get(at).map_or(0, |b| i64::from(b - b'0'));
    let round_up = i64::from(digit(2) >= 5);
    let value = whole * 100 + digit(0) * 10 + digit(1) + round_up;
    Some(if negative { -value } else { value })
}

/// Hundredths the Dutch way: decimal comma, no trailing zeros ("8,5", "12").
pub fn format_number(number: Hundredths) -> String {
    let sign = if number < 0 { "-" } else { "" };
    let (whole, cents) = (number.abs() / 100, number.abs() % 100);
    match cents {
        0 => format!("{sign}{whole}"),
        c if c % 10 == 0 => format!("{sign}{whole},{}", c / 10),
        c => format!("{sign}{whole},{c:02}"),
    }
}

impl Figure {
    /// Nothing typed at all.
    pub fn is_empty(&self) -> bool {
        [&self.indicator, &self.value, &self.unit, &self.year, &self.region, &self.national, &self.source, &self.link]
            .iter()
            .all(|t| t.trim().is_empty())
    }

    pub fn is_percentage(&self) -> bool {
        self.unit.trim() == "%"
    }

    /// What is wrong, per field; empty when the figure can be used.
    pub fn problems(&self) -> Vec<FigureProblem> {
        let mut problems = Vec::new();
        let mut problem = |field, message: &str| problems.push(FigureProblem { field, message: message.to_owned() });
        if self.is_empty() {
            return problems;
        }
        if self.indicator.trim().is_empty() {
            problem(FigureField::Indicator, "Schrijf op wat het cijfer meet.");
        }
        let percentage = self.is_percentage();
        for (field, text, required) in [(FigureField::Value, &self.value, true), (FigureField::Region, &self.region, false), (FigureField::National, &self.national, false)] {
            if text.trim().is_empty() {
                if required {
                    problem(field, "Vul het cijfer in, bijvoorbeeld 8,5.");
                }
                continue;
            }
            match parse_number(text) {
                None => problem(field, "Dit is geen getal. Schrijf bijvoorbeeld 8,5."),
                Some(n) if percentage && !(0..=100_00).contains(&n) => problem(field, "Een percentage ligt tussen 0 en 100."),
                Some(n) if n < 0 => problem(field, "Een cijfer kan niet negatief zijn."),
                Some(_) => {}
            }
        }
        if !self.year.trim().is_empty() && !self.year.trim().parse::<u16>().is_ok_and(|y| YEARS.contains(&y)) {
            problem(FigureField::Year, "Vul een jaartal in, bijvoorbeeld 2023.");
        }
        let link = self.link.trim();
        if !link.is_empty() && !(link.starts_with("https://") || link.starts_with("http://")) {
            problem(FigureField::Link, "Een link begint met https://.");
        }
        problems
    }

    /// A value as shown: the number the Dutch way, with its unit.
    pub fn shown(&self, text: &str) -> String {
        with_unit(text, &self.unit)
    }
}

/// A typed number the Dutch way with its unit ("8,5%", "3 per 1.000");
/// empty when it is no number.
pub fn with_unit(text: &str, unit: &str) -> String {
    let Some(number) = parse_number(text) else { return String::new() };
    match unit.trim() {
        "" => format_number(number),
        "%" => format!("{}%", format_number(number)),
        unit => format!("{} {unit}", format_number(number)),
    }
}

/// The figures that can be used: not empty, without problems.
pub fn usable(figures: &[Figure]) -> impl Iterator<Item = &Figure> {
    figures.iter().filter(|f| !f.is_empty() && f.problems().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: &str, unit: &str) -> Figure {
        Figure { indicator: "Ooit geblowd".into(), value: value.into(), unit: unit.into(), year: "2023".into(), ..Figure::default() }
    }

    #[test]
    fn numbers_are_read_the_dutch_way() {
        assert_eq!(parse_number("8,5"), Some(850));
        assert_eq!(parse_number(" 8.5 "), Some(850));
        assert_eq!(parse_number("1.234,5"), Some(123_450));
        assert_eq!(parse_number("12 %"), Some(1200));
        assert_eq!(parse_number(",5"), Some(50));
        assert_eq!(parse_number("0,333"), Some(33));
        assert_eq!(parse_number("0,335"), Some(34));
        assert_eq!(parse_number("-3"), Some(-300));
        assert_eq!(parse_number("twaalf"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number(","), None);
        assert_eq!(parse_number("1e9"), None);
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number("9999999999999999999999"), None);
        assert_eq!(format_number(850), "8,5");
        assert_eq!(format_number(1200), "12");
        assert_eq!(format_number(33), "0,33");
        assert_eq!(format_number(5), "0,05");
        assert_eq!(format_number(-250), "-2,5");
    }

    #[test]
    fn each_field_gets_its_own_dutch_message() {
        assert!(figure("8,5", "%").problems().is_empty());
        assert!(Figure::default().problems().is_empty(), "an empty row is no error");
        let fields = |f: &Figure| f.problems().iter().map(|p| p.field).collect::<Vec<_>>();
        assert_eq!(fields(&figure("120", "%")), [FigureField::Value]);
        assert!(figure("120", "per 1.000 inwoners").problems().is_empty(), "only a percentage stops at 100");
        assert_eq!(fields(&figure("acht", "%")), [FigureField::Value]);
        assert_eq!(fields(&figure("", "%")), [FigureField::Value]);
        assert_eq!(fields(&Figure { year: "23".into(), ..figure("8", "%") }), [FigureField::Year]);
        assert_eq!(fields(&Figure { region: "-3".into(), national: "x".into(), ..figure("8", "") }), [FigureField::Region, FigureField::National]);
        assert_eq!(fields(&Figure { indicator: " ".into(), ..figure("8", "%") }), [FigureField::Indicator]);
        assert_eq!(fields(&Figure { link: "javascript:alert(1)".into(), ..figure("8", "%") }), [FigureField::Link]);
        assert_eq!(figure("8", "%").shown("8,25"), "8,25%");
        assert_eq!(figure("8", "per 1.000").shown("3"), "3 per 1.000");
    }

    #[test]
    fn arbitrary_input_never_panics() {
        let mut seed: u64 = 7;
        let pieces = ["", "8", ",", ".", "%", "-", "1e3", "١٢", "2023", " ", "NaN", "inf", "999999999999999999999", "0,0,0", "https://x"];
        for _ in 0..5000 {
            let mut pick = || {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (0..(seed >> 60) % 4).map(|i| pieces[((seed >> (8 * i)) % pieces.len() as u64) as usize]).collect::<String>()
            };
            let f = Figure { indicator: pick(), value: pick(), unit: pick(), year: pick(), region: pick(), national: pick(), source: pick(), link: pick() };
            let _ = f.problems();
            let _ = f.shown(&f.value);
        }
    }
}
