//! The advice's summary: the three most important things to do, chosen
//! from the warnings, gaps, steps, partners and recommendations by priority.

use super::Engine;
use crate::domain::advisor::advice::{Advice, SummaryItem, SummarySource};

impl Engine<'_, '_> {
    pub(super) fn summary(&self, advice: &Advice) -> Vec<SummaryItem> {
        // (priority, source rank, item)
        let mut candidates: Vec<(u8, u8, SummaryItem)> = Vec::new();
        for warning in &advice.warnings {
            let Some(rule) = self.k.rules.warnings.iter().find(|r| r.id == warning.id) else { continue };
            if let (Some(priority), Some(short)) = (rule.priority, &rule.short) {
                candidates.push((priority, 0, SummaryItem {
                    text: short.clone(),
                    reason: warning.reason.clone(),
                    cites: warning.cites.clone(),
                    source: SummarySource::Warning,
                    source_id: warning.id.clone(),
                }));
            }
        }
        for gap in advice.integral.gaps() {
            let Some(rule) = self.k.rules.coverage.iter().find(|r| r.id == gap.id) else { continue };
            if let (Some(priority), Some(short)) = (rule.priority, &rule.short) {
                candidates.push((priority, 1, SummaryItem {
                    text: short.clone(),
                    reason: format!("{}: {}", gap.label, gap.reason),
                    cites: gap.cites.clone(),
                    source: SummarySource::Coverage,
                    source_id: gap.id.clone(),
                }));
            }
        }
        for step in &advice.next_steps {
            let Some(rule) = self.k.rules.steps.iter().find(|r| r.id == step.id) else { continue };
            if let (Some(priority), Some(short)) = (rule.priority, &rule.short) {
                candidates.push((priority, 2, SummaryItem {
                    text: self.fill(short),
                    reason: step.reason.clone(),
                    cites: step.cites.clone(),
                    source: SummarySource::Step,
                    source_id: step.id.clone(),
                }));
            }
        }
        for partner in advice.partners.iter().filter(|p| !p.involved) {
            let best = self
                .k
                .rules
                .partners
                .iter()
                .filter(|r| r.partner == partner.id && partner.roles.iter().any(|role| role.id == r.id))
                .filter_map(|r| Some((r.priority?, r.short.as_ref()?, r)))
                .min_by_key(|(priority, _, _)| *priority);
            if let Some((priority, short, rule)) = best {
                let role = partner.roles.iter().find(|r| r.id == rule.id);
                candidates.push((priority, 3, SummaryItem {
                    text: short.clone(),
                    reason: role.map(|r| format!("{} {}", r.text, r.reason)).unwrap_or_default(),
                    cites: rule.cites.clone(),
                    source: SummarySource::Partner,
                    source_id: partner.id.clone(),
                }));
            }
        }
        // The two best-fitting recommendations that do not run yet.
        for (at, best) in advice.interventions.iter().filter(|r| !r.running && r.fit >= 6).take(2).enumerate() {
            candidates.push((if at == 0 { 4 } else { 6 }, 4, SummaryItem {
                text: self.phrase("samenvatting-bekijk", &[("naam", best.name.trim_end_matches('.'))]),
                reason: best.reason.clone(),
                cites: best.cites.clone(),
                source: SummarySource::Intervention,
                source_id: best.id.clone(),
            }));
        }
        candidates.sort_by_key(|(priority, rank, _)| (*priority, *rank));
        let mut summary: Vec<SummaryItem> = Vec::new();
        let mut per_source: Vec<SummarySource> = Vec::new();
        for (_, _, item) in candidates {
            if summary.len() == 3 {
                break;
            }
            if summary.iter().any(|s| s.text == item.text) || per_source.iter().filter(|s| **s == item.source).count() >= 2 {
                continue;
            }
            per_source.push(item.source);
            summary.push(item);
        }
        summary
    }
}
