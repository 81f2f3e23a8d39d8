import { PARTNERSHIP_KINDS, reminderId } from './reminder-kinds';
import type { PlannedReminder, ReminderPlan } from './reminder-plan';
import { isoDay, reminderTimeOn, sameDayIn } from './reminder-time';

/** What the plan reads of a partnership (a row of the read model fits). */
export interface PartnershipDates {
  id: string;
  status: string;
  startDate: Date | null;
}

/**
 * Partnerships whose anniversary is planned. A suspended one keeps its anniversary (it may
 * be reactivated by then); whether it is active is checked when the reminder fires.
 */
const ANNIVERSARY_STATUSES: ReadonlySet<string> = new Set(['active', 'suspended']);

/** The anniversary reminder of `year` (the years since signing are `year - start year`). */
function anniversaryOf(partnership: { id: string; startDate: Date }, year: number): PlannedReminder {
  const { month, day } = sameDayIn(year, partnership.startDate);
  return {
    id: reminderId('partnership-anniversary', partnership.id, year),
    kind: 'partnership-anniversary',
    subjectId: partnership.id,
    dueAt: reminderTimeOn(year, month, day),
    payload: { startDate: isoDay(partnership.startDate), years: year - partnership.startDate.getUTCFullYear() },
  };
}

/**
 * The anniversary reminders a partnership should have at `now`: the next anniversary of its
 * start date (09:00 UTC; 29 February → 28 February in other years), one id per year. The
 * latest past anniversary is wanted too, so that one still pending (its time came while the
 * service was down) fires late instead of being dropped — a past one that does not exist
 * yet is never created (see decideReminderChanges).
 */
export function planPartnershipReminders(partnership: PartnershipDates, now: Date): ReminderPlan {
  const plan: ReminderPlan = { subjectId: partnership.id, kinds: PARTNERSHIP_KINDS, wanted: [], unwanted: {} };
  if (!ANNIVERSARY_STATUSES.has(partnership.status)) {
    plan.unwanted['partnership-anniversary'] = `partnership ${partnership.status}`;
    return plan;
  }
  const startDate = partnership.startDate;
  if (!startDate) {
    plan.unwanted['partnership-anniversary'] = 'partnership has no start date';
    return plan;
  }
  const startYear = startDate.getUTCFullYear();
  let year = Math.max(now.getUTCFullYear(), startYear + 1);
  while (anniversaryOf({ id: partnership.id, startDate }, year).dueAt <= now) year++;
  if (year - 1 > startYear) plan.wanted.push(anniversaryOf({ id: partnership.id, startDate }, year - 1));
  plan.wanted.push(anniversaryOf({ id: partnership.id, startDate }, year));
  plan.otherOccurrence = `superseded by the anniversary of ${year}`;
  return plan;
}
