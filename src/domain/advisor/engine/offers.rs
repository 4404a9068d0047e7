//! Recommending interventions and programmes (the offers of `aanbod.txt`):
//! which fit the answers, how well, and why.

use crate::domain::advisor::answers::band_range;
use super::{join, merge, push_unique, Engine};
use crate::domain::advisor::advice::{OfferKind, Recommendation};
use crate::domain::advisor::answers::Field;
use crate::domain::advisor::condition::{Derived, Evidence, Subject};
use crate::domain::advisor::rules::OfferRule;
use crate::domain::catalogue::{Intervention, Level, Programme, Recognition, Setting};

/// How well an offer matches the answers.
struct Match<'k> {
    /// Higher is better.
    fit: u32,
    /// False when it misses a setting, age band, level or requirement.
    eligible: bool,
    /// The answers it matches.
    evidence: Vec<Evidence>,
    /// The titles of the applying warnings that name it as an alternative.
    alternative_to: Vec<&'k str>,
}

impl<'k> Engine<'k, '_> {
    pub(super) fn recommendations(&self) -> Vec<Recommendation> {
        let chosen_bands: Vec<(u8, u8)> = self.answers().age_bands.iter().filter_map(|b| band_range(b)).collect();
        let mut found: Vec<(Recommendation, Option<Recognition>, usize)> = Vec::new();
        let offers = self
            .k
            .interventions
            .iter()
            .map(Offer::Intervention)
            .chain(self.k.programmes.iter().filter(|p| p.intervention.is_none()).map(Offer::Programme));
        for (order, offer) in offers.enumerate() {
            if let Some(recommendation) = self.recommend(&offer, &chosen_bands) {
                found.push((recommendation, offer.recognition(), order));
            }
        }
        found.sort_unstable_by(|(a, ra, oa), (b, rb, ob)| {
            // Fit first (higher first), then recognition (strongest first;
            // none last), then the catalogue's order.
            b.fit.cmp(&a.fit).then_with(|| (ra.is_none(), ra).cmp(&(rb.is_none(), rb))).then_with(|| oa.cmp(ob))
        });
        found.into_iter().map(|(r, _, _)| r).collect()
    }

    fn recommend(&self, offer: &Offer<'k>, chosen_bands: &[(u8, u8)]) -> Option<Recommendation> {
        let id = offer.id();
        let rule = self.k.rules.offers.iter().find(|r| r.id == id);
        let running = self.running.iter().any(|r| r == id);
        let mut matched = self.match_offer(offer, rule, chosen_bands);
        if !matched.eligible && !running {
            return None;
        }
        if !matched.eligible {
            matched.fit = 0;
        }
        Some(Recommendation {
            id: id.to_owned(),
            name: offer.name().to_owned(),
            kind: offer.kind(),
            description: offer.description().map(str::to_owned),
            recognition: offer.recognition(),
            recognition_text: match offer {
                Offer::Intervention(i) => Some(i.recognition_text.clone()),
                Offer::Programme(_) => None,
            },
            levels: offer.levels().to_vec(),
            settings: offer.settings().to_vec(),
            fit: matched.fit,
            running,
            reason: self.offer_reason(offer, rule, &matched, running),
            cites: offer_cites(offer, rule),
            part_of: rule.and_then(|r| r.part_of.clone()),
            tool: rule.is_some_and(|r| r.tool) || matches!(offer, Offer::Programme(p) if p.is_guide()),
            pillar: rule.and_then(|r| r.pillar.clone()),
        })
    }

    fn match_offer(&self, offer: &Offer<'k>, rule: Option<&'k OfferRule>, chosen_bands: &[(u8, u8)]) -> Match<'k> {
        let id = offer.id();
        let mut evidence: Vec<Evidence> = Vec::new();
        let mut fit: u32 = 0;
        let mut eligible = true;

        let setting_match: Vec<String> =
            offer.settings().iter().filter(|s| self.settings.contains(s)).map(|s| s.id().to_owned()).collect();
        let also = rule.and_then(|r| r.also_when.as_ref()).filter(|c| c.holds(&self.facts));
        if !setting_match.is_empty() {
            fit += 3;
            evidence.push(Evidence { subject: Subject::Answer(Field::Settings), ids: setting_match });
        } else if let Some(also) = also {
            fit += 2;
            also.evidence(&self.facts, &mut evidence);
        } else {
            eligible = false;
        }
        if let Some(requires) = rule.and_then(|r| r.requires.as_ref()) {
            if requires.holds(&self.facts) {
                fit += 3;
                requires.evidence(&self.facts, &mut evidence);
            } else {
                eligible = false;
            }
        }
        if let Some(fits) = rule.and_then(|r| r.fits.as_ref()).filter(|c| c.holds(&self.facts)) {
            fit += 2;
            fits.evidence(&self.facts, &mut evidence);
        }
        if let Some(pillar) = rule.and_then(|r| r.pillar.as_ref()).filter(|p| self.answers().has(Field::Pillars, p)) {
            fit += 2;
            evidence.push(Evidence { subject: Subject::Answer(Field::Pillars), ids: vec![pillar.clone()] });
        }
        if let (Some((from, to)), false) = (offer.ages(), chosen_bands.is_empty()) {
            let bands: Vec<String> = self
                .answers()
                .age_bands
                .iter()
                .filter(|b| band_range(b).is_some_and(|band| ages_overlap((from, to), band)))
                .cloned()
                .collect();
            if bands.is_empty() {
                eligible = false;
            } else {
                fit += 1;
                evidence.push(Evidence { subject: Subject::Answer(Field::AgeBands), ids: bands });
            }
        }
        if !offer.levels().is_empty() {
            let matched: Vec<String> =
                offer.levels().iter().map(|l| l.code().to_owned()).filter(|c| self.facts.levels_needed.contains(c)).collect();
            if matched.is_empty() {
                eligible = false;
            } else {
                fit += matched.len() as u32;
                evidence.push(Evidence { subject: Subject::Derived(Derived::LevelsNeeded), ids: matched });
            }
        }
        if rule.is_some_and(|r| r.integral) {
            fit += 2;
        }
        // An alternative the warnings name for a plan of these answers.
        let alternative_to: Vec<&str> = self.alternatives.iter().filter(|(a, _)| *a == id).map(|(_, title)| *title).collect();
        if !alternative_to.is_empty() {
            fit += 3;
        }
        if let Some(rule) = rule {
            let substances: Vec<String> =
                rule.substances.iter().filter(|s| self.answers().has(Field::Substances, s)).cloned().collect();
            if !substances.is_empty() {
                fit += 1;
                evidence.push(Evidence { subject: Subject::Answer(Field::Substances), ids: substances });
            }
        }
        Match { fit, eligible, evidence: merge(evidence), alternative_to }
    }

    /// Why it is (or is less) recommended, and what the dossier says of it.
    fn offer_reason(&self, offer: &Offer<'k>, rule: Option<&OfferRule>, matched: &Match<'_>, running: bool) -> String {
        let mut parts = Vec::new();
        if running {
            parts.push(self.phrase("aanbod-loopt-al", &[]));
        }
        if matched.eligible {
            parts.push(self.because(&matched.evidence));
        } else {
            parts.push(self.phrase("aanbod-past-minder", &[]));
        }
        if matched.eligible && rule.is_some_and(|r| r.integral) {
            parts.push(self.phrase("aanbod-integraal", &[]));
        }
        if matched.eligible && !matched.alternative_to.is_empty() {
            parts.push(self.phrase("aanbod-in-plaats-van", &[("alternatieven", &matched.alternative_to.join("; "))]));
        }
        if let Offer::Intervention(i) = offer {
            parts.push(self.phrase("aanbod-doelgroep", &[("doelgroep", i.target_group.trim_end_matches('.'))]));
            if i.ages.is_none() && !self.answers().age_bands.is_empty() {
                parts.push(self.phrase("aanbod-geen-leeftijd", &[]));
            }
        }
        if let Some(note) = rule.and_then(|r| r.note.as_ref()) {
            parts.push(note.clone());
        }
        join(&parts)
    }
}

/// The offer itself, its section and table, and what its rule cites.
fn offer_cites(offer: &Offer<'_>, rule: Option<&OfferRule>) -> Vec<String> {
    let mut cites = vec![offer.id().to_owned(), offer.section().to_owned()];
    if let Offer::Intervention(i) = offer {
        push_unique(&mut cites, [format!("tabel-{}", i.table)]);
    }
    if let Some(rule) = rule {
        push_unique(&mut cites, rule.cites.iter().cloned());
    }
    cites
}

/// An intervention row or a programme, for matching.
pub(super) enum Offer<'k> {
    Intervention(&'k Intervention),
    Programme(&'k Programme),
}

impl<'k> Offer<'k> {
    fn id(&self) -> &'k str {
        match self {
            Offer::Intervention(i) => &i.id,
            Offer::Programme(p) => &p.id,
        }
    }
    fn name(&self) -> &'k str {
        match self {
            Offer::Intervention(i) => &i.name,
            Offer::Programme(p) => &p.name,
        }
    }
    fn kind(&self) -> OfferKind {
        match self {
            Offer::Intervention(_) => OfferKind::Intervention,
            Offer::Programme(_) => OfferKind::Programme,
        }
    }
    fn description(&self) -> Option<&'k str> {
        match self {
            Offer::Intervention(i) => i.description.as_deref(),
            Offer::Programme(p) => p.description.as_deref(),
        }
    }
    fn settings(&self) -> &'k [Setting] {
        match self {
            Offer::Intervention(i) => &i.settings,
            Offer::Programme(p) => &p.settings,
        }
    }
    fn levels(&self) -> &'k [Level] {
        match self {
            Offer::Intervention(i) => &i.levels,
            Offer::Programme(_) => &[],
        }
    }
    fn ages(&self) -> Option<(u8, u8)> {
        match self {
            Offer::Intervention(i) => i.ages,
            Offer::Programme(_) => None,
        }
    }
    fn recognition(&self) -> Option<Recognition> {
        match self {
            Offer::Intervention(i) => Some(i.recognition),
            Offer::Programme(_) => None,
        }
    }
    fn section(&self) -> &'k str {
        match self {
            Offer::Intervention(i) => &i.section,
            Offer::Programme(p) => &p.section,
        }
    }
}

/// Whether an age range (both ends included, as the dossier prints them)
/// fits an age band (both ends included): they share at least one year.
pub fn ages_overlap((from, to): (u8, u8), (low, high): (u8, u8)) -> bool {
    from.max(low) <= to.min(high)
}
