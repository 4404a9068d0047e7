//! The advice's summary: the three to five things that matter most for these
//! answers. Warnings on the user's own plans first, then a concrete offer for
//! each chosen setting, the most important gap in what the user wants to
//! achieve, and the partner to involve first.

use super::Engine;
use crate::domain::advisor::advice::{Advice, OfferKind, Recommendation, SummaryItem, SummarySource};

/// At most this many items.
const MOST: usize = 5;
/// Offers named for at most this many settings.
const SETTINGS: usize = 3;
/// With no setting chosen, an offer this well-fitting can be named.
const GOOD_FIT: u32 = 6;

impl Engine<'_, '_> {
    pub(super) fn summary(&self, advice: &Advice) -> Vec<SummaryItem> {
        let mut summary: Vec<SummaryItem> = Vec::new();
        summary.extend(self.plan_warnings(advice).into_iter().take(2));
        summary.extend(self.offers_per_setting(advice));
        summary.extend(self.first_gap(advice));
        summary.extend(self.first_partner(advice));
        summary.extend(self.first_step(advice));
        let mut unique: Vec<SummaryItem> = Vec::new();
        for item in summary {
            if !unique.iter().any(|u| u.text == item.text) {
                unique.push(item);
            }
        }
        unique.truncate(MOST);
        unique
    }

    /// The warnings that have a summary line, most important first.
    fn plan_warnings(&self, advice: &Advice) -> Vec<SummaryItem> {
        let mut found: Vec<(u8, SummaryItem)> = Vec::new();
        for warning in &advice.warnings {
            let Some(rule) = self.k.rules.warnings.iter().find(|r| r.id == warning.id) else { continue };
            if let (Some(priority), Some(short)) = (rule.priority, &rule.short) {
                found.push((priority, SummaryItem {
                    text: short.clone(),
                    reason: warning.reason.clone(),
                    cites: warning.cites.clone(),
                    source: SummarySource::Warning,
                    source_id: warning.id.clone(),
                }));
            }
        }
        // By priority, in the order found among equals.
        let mut found: Vec<(_, usize, SummaryItem)> = found.into_iter().enumerate().map(|(order, (priority, item))| (priority, order, item)).collect();
        found.sort_unstable_by_key(|(priority, order, _)| (*priority, *order));
        found.into_iter().map(|(_, _, item)| item).collect()
    }

    /// For each chosen setting, the best-fitting intervention there that
    /// does not run yet (a programme or guide where the dossier lists no
    /// intervention for it); with no setting chosen, the best-fitting one.
    fn offers_per_setting(&self, advice: &Advice) -> Vec<SummaryItem> {
        // Eligible recommendations have a fit above 0 (others are listed only because they run).
        let candidates = || advice.interventions.iter().filter(|r| !r.running && r.fit > 0 && r.kind == OfferKind::Intervention && !r.tool);
        let mut chosen: Vec<(&Recommendation, Option<&str>)> = Vec::new();
        if self.settings.is_empty() {
            chosen.extend(candidates().find(|r| r.fit >= GOOD_FIT).map(|r| (r, None)));
        }
        // One offer per setting; two when the answers chose one setting.
        let per_setting = if self.settings.len() == 1 { 2 } else { 1 };
        for setting in self.settings.iter().take(SETTINGS) {
            let new_here = |r: &&Recommendation| r.settings.contains(setting) && !chosen.iter().any(|(c, _)| c.id == r.id);
            let mut fresh: Vec<&Recommendation> = candidates().filter(new_here).take(per_setting).collect();
            if fresh.is_empty() {
                fresh.extend(advice.interventions.iter().filter(|r| !r.running && r.fit > 0).find(new_here));
            }
            chosen.extend(fresh.into_iter().map(|r| (r, Some(self.setting_label(*setting)))));
        }
        chosen
            .into_iter()
            .map(|(offer, setting)| {
                let name = offer.name.trim_end_matches('.');
                let text = match setting {
                    Some(setting) => self.phrase("samenvatting-aanbod-setting", &[("naam", name), ("setting", setting)]),
                    None => self.phrase("samenvatting-bekijk", &[("naam", name)]),
                };
                SummaryItem {
                    text,
                    reason: offer.reason.clone(),
                    cites: offer.cites.clone(),
                    source: SummarySource::Intervention,
                    source_id: offer.id.clone(),
                }
            })
            .collect()
    }

    /// The most important gap in the integral approach, leaving out pillars
    /// the user did not choose (the integral check still shows them).
    fn first_gap(&self, advice: &Advice) -> Option<SummaryItem> {
        advice
            .integral
            .gaps()
            .filter(|gap| gap.in_focus != Some(false))
            .filter_map(|gap| {
                let rule = self.k.rules.coverage.iter().find(|r| r.id == gap.id)?;
                Some((rule.priority?, SummaryItem {
                    text: rule.short.clone()?,
                    reason: format!("{}: {}", gap.label, gap.reason),
                    cites: gap.cites.clone(),
                    source: SummarySource::Coverage,
                    source_id: gap.id.clone(),
                }))
            })
            .min_by_key(|(priority, _)| *priority)
            .map(|(_, item)| item)
    }

    /// The partner not yet involved whose role matters most.
    fn first_partner(&self, advice: &Advice) -> Option<SummaryItem> {
        advice
            .partners
            .iter()
            .filter(|p| !p.involved)
            .filter_map(|partner| {
                let (priority, short, rule) = self
                    .k
                    .rules
                    .partners
                    .iter()
                    .filter(|r| r.partner == partner.id && partner.roles.iter().any(|role| role.id == r.id))
                    .filter_map(|r| Some((r.priority?, r.short.as_ref()?, r)))
                    .min_by_key(|(priority, _, _)| *priority)?;
                let role = partner.roles.iter().find(|r| r.id == rule.id);
                Some((priority, SummaryItem {
                    text: short.clone(),
                    reason: role.map(|r| format!("{} {}", r.text, r.reason)).unwrap_or_default(),
                    cites: rule.cites.clone(),
                    source: SummarySource::Partner,
                    source_id: partner.id.clone(),
                }))
            })
            .min_by_key(|(priority, _)| *priority)
            .map(|(_, item)| item)
    }

    /// The most important next step with a summary line, for answers that
    /// leave room after the items above.
    fn first_step(&self, advice: &Advice) -> Option<SummaryItem> {
        advice
            .next_steps
            .iter()
            .chain(&advice.checklist)
            .filter_map(|step| {
                let rule = self.k.rules.steps.iter().find(|r| r.id == step.id)?;
                Some((rule.priority?, SummaryItem {
                    text: self.fill(rule.short.as_ref()?),
                    reason: step.reason.clone(),
                    cites: step.cites.clone(),
                    source: SummarySource::Step,
                    source_id: step.id.clone(),
                }))
            })
            .min_by_key(|(priority, _)| *priority)
            .map(|(_, item)| item)
    }
}
