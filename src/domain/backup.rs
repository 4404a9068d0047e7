//! Whether a draft's work is safe in a file, and when to remind the user to
//! download a backup. Browsers may delete what a site keeps: Safari (WebKit)
//! removes all of it after seven days of browser use without a visit, and
//! partitions or blocks it in another site's frame. A file is the copy that
//! does not depend on the browser.

use super::draft::Envelope;

const DAY_MS: i64 = 86_400_000;

/// How old the oldest change that is in no file must be before we remind.
/// Safari deletes after seven days of browser use without a visit: three
/// days leaves at least four days' margin for whoever comes back then, while
/// a weekend away (two days) does not yet bring a reminder.
pub const REMIND_AFTER_MS: i64 = 3 * DAY_MS;

/// A reminder to download a backup of one draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminder {
    /// When the oldest change that is in no file was made.
    pub since: i64,
}

impl<D> Envelope<D> {
    /// Records a change to the user's content (answers, plan, name) at `now`.
    pub fn record_change(&mut self, now: i64) {
        self.changed = Some(now);
        self.unexported_since.get_or_insert(now);
    }

    /// Records that everything in the draft is in a file written at `at`
    /// (an export, or the file it was imported from).
    pub fn record_export(&mut self, at: i64) {
        self.exported = Some(at);
        self.unexported_since = None;
    }

    /// Whether some of the user's changes are in no file.
    pub fn has_unexported_changes(&self) -> bool {
        self.unexported_since.is_some()
    }

    /// Whether to remind the user, at `now`, to download a backup, given when
    /// they last dismissed a reminder for this draft.
    ///
    /// A dismissal covers the changes made up to it. A change made after it
    /// may bring the reminder back, once the dismissal is itself
    /// `REMIND_AFTER_MS` old: so at most one reminder per three days per
    /// draft, and only while there is new work that is in no file.
    /// Times that lie ahead of `now` (a clock set back) never remind.
    pub fn backup_reminder(&self, dismissed: Option<i64>, now: i64) -> Option<Reminder> {
        let since = self.unexported_since?;
        let old_enough = |time: i64| now.saturating_sub(time) >= REMIND_AFTER_MS;
        let changed = self.changed.unwrap_or(since);
        let remind = old_enough(since) && dismissed.is_none_or(|dismissed| changed > dismissed && old_enough(dismissed));
        remind.then_some(Reminder { since })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_764_410_700_000;

    fn draft() -> Envelope<()> {
        Envelope::new("c-1".into(), "Ede".into(), NOW - 30 * DAY_MS, ())
    }

    fn changed_at(times: &[i64]) -> Envelope<()> {
        let mut envelope = draft();
        for &time in times {
            envelope.record_change(time);
        }
        envelope
    }

    #[test]
    fn a_new_draft_has_nothing_to_back_up() {
        let envelope = draft();
        assert!(!envelope.has_unexported_changes());
        assert_eq!(envelope.backup_reminder(None, NOW + 100 * DAY_MS), None);
    }

    #[test]
    fn never_exported_changes_remind_once_they_are_three_days_old() {
        let envelope = changed_at(&[NOW - 5 * DAY_MS]);
        assert!(envelope.has_unexported_changes());
        assert_eq!(envelope.backup_reminder(None, NOW), Some(Reminder { since: NOW - 5 * DAY_MS }));
        let recent = changed_at(&[NOW - REMIND_AFTER_MS + 1]);
        assert_eq!(recent.backup_reminder(None, NOW), None, "a weekend's worth is not yet reminded");
        let exactly = changed_at(&[NOW - REMIND_AFTER_MS]);
        assert!(exactly.backup_reminder(None, NOW).is_some());
    }

    #[test]
    fn the_oldest_change_counts_so_daily_work_is_still_reminded() {
        let days: Vec<i64> = (0..5).map(|d| NOW - (4 - d) * DAY_MS).collect();
        let envelope = changed_at(&days);
        assert_eq!(envelope.backup_reminder(None, NOW), Some(Reminder { since: NOW - 4 * DAY_MS }));
    }

    #[test]
    fn an_export_after_the_last_change_silences_it() {
        let mut envelope = changed_at(&[NOW - 10 * DAY_MS]);
        envelope.record_export(NOW - 9 * DAY_MS);
        assert!(!envelope.has_unexported_changes());
        assert_eq!(envelope.exported, Some(NOW - 9 * DAY_MS));
        assert_eq!(envelope.backup_reminder(None, NOW), None);
        // Work after the export starts a new count.
        envelope.record_change(NOW - 4 * DAY_MS);
        envelope.record_change(NOW - DAY_MS);
        assert_eq!(envelope.backup_reminder(None, NOW), Some(Reminder { since: NOW - 4 * DAY_MS }));
    }

    #[test]
    fn a_change_after_the_export_counts_even_if_the_clock_went_back() {
        let mut envelope = draft();
        envelope.record_export(NOW);
        envelope.record_change(NOW - 10 * DAY_MS);
        assert!(envelope.has_unexported_changes(), "the change is in no file, whatever the clock said");
        assert!(envelope.backup_reminder(None, NOW).is_some());
    }

    #[test]
    fn a_dismissal_lasts_until_new_work_is_three_days_past_it() {
        let envelope = changed_at(&[NOW - 6 * DAY_MS]);
        let dismissed = NOW - 2 * DAY_MS;
        assert_eq!(envelope.backup_reminder(Some(dismissed), NOW), None);
        assert_eq!(envelope.backup_reminder(Some(dismissed), NOW + 365 * DAY_MS), None, "no new change: stays dismissed");
        let mut later = envelope.clone();
        later.record_change(NOW - DAY_MS);
        assert_eq!(later.backup_reminder(Some(dismissed), NOW), None, "the dismissal is only two days old");
        assert_eq!(later.backup_reminder(Some(dismissed), NOW + DAY_MS), Some(Reminder { since: NOW - 6 * DAY_MS }));
    }

    #[test]
    fn a_dismissal_before_an_export_does_not_hide_later_work() {
        let mut envelope = changed_at(&[NOW - 20 * DAY_MS]);
        let dismissed = NOW - 15 * DAY_MS;
        envelope.record_export(NOW - 10 * DAY_MS);
        envelope.record_change(NOW - 5 * DAY_MS);
        assert_eq!(envelope.backup_reminder(Some(dismissed), NOW), Some(Reminder { since: NOW - 5 * DAY_MS }));
    }

    #[test]
    fn a_clock_set_back_never_reminds() {
        let envelope = changed_at(&[NOW]);
        assert_eq!(envelope.backup_reminder(None, NOW - 10 * DAY_MS), None);
        let old = changed_at(&[NOW - 10 * DAY_MS]);
        assert_eq!(old.backup_reminder(Some(NOW + DAY_MS), NOW), None, "a dismissal 'in the future' still holds");
    }

    #[test]
    fn extreme_times_do_not_overflow() {
        let envelope = changed_at(&[i64::MIN]);
        assert_eq!(envelope.backup_reminder(None, i64::MAX), Some(Reminder { since: i64::MIN }));
        assert_eq!(envelope.backup_reminder(Some(i64::MIN), i64::MAX), None, "dismissed at the same moment as the change");
        let future = changed_at(&[i64::MAX]);
        assert_eq!(future.backup_reminder(None, i64::MIN), None);
        assert_eq!(future.backup_reminder(None, NOW), None);
        let far = changed_at(&[NOW]);
        assert!(far.backup_reminder(None, i64::MAX).is_some(), "far future: the change is old");
    }
}
