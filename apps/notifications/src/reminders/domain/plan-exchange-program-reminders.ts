import { EXCHANGE_PROGRAM_KINDS, reminderId, type ReminderKind } from './reminder-kinds';
import type { PlannedReminder, ReminderPlan } from './reminder-plan';
import { DAY_MS, isoDay, reminderTimeOn } from './reminder-time';

/** What the plan reads of an exchange program (a row of the read model fits). */
export interface ProgramDates {
  id: string;
  status: string;
  applicationClosesAt: Date;
  decisionReleaseAt: Date | null;
  travelStart: Date;
}

/**
 * Statuses in which applications may still come in: the window-closing reminders apply.
 * A paused program keeps them (it may resume in time); whether it is still paused is
 * checked when one fires.
 */
const WINDOW_STATUSES: ReadonlySet<string> = new Set(['published', 'open', 'paused']);
/** Statuses in which the decision and the travel are still ahead. */
const UPCOMING_STATUSES: ReadonlySet<string> = new Set([...WINDOW_STATUSES, 'closed', 'allocated']);

/** Days before the window closes that each window-closing reminder goes out. */
const WINDOW_CLOSING_DAYS = { 'window-closing-7d': 7, 'window-closing-1d': 1 } as const;
/** Days before the travel starts that the travel reminder goes out (at 09:00 UTC). */
const TRAVEL_REMINDER_DAYS = 14;

/**
 * The reminders an exchange program should have, from its read-model row:
 * - `window-closing-7d` / `-1d`: 7 days and 1 day before `applicationClosesAt` (to the
 *   minute), while the window can still take applications;
 * - `decision-release`: at `decisionReleaseAt`, when the program has one;
 * - `travel-approaching`: 09:00 UTC, 14 days before `travelStart`.
 * Cancelled and completed programs want none. Whether a time is already past is decided
 * when the plan is applied (see decideReminderChanges).
 */
export function planExchangeProgramReminders(program: ProgramDates): ReminderPlan {
  const plan: ReminderPlan = { subjectId: program.id, kinds: EXCHANGE_PROGRAM_KINDS, wanted: [], unwanted: {} };
  const want = (kind: ReminderKind, dueAt: Date, payload: PlannedReminder['payload']) =>
    plan.wanted.push({ id: reminderId(kind, program.id), kind, subjectId: program.id, dueAt, payload });
  const refuse = (kinds: readonly ReminderKind[], reason: string) => kinds.forEach((kind) => (plan.unwanted[kind] = reason));

  if (!UPCOMING_STATUSES.has(program.status)) {
    refuse(EXCHANGE_PROGRAM_KINDS, `exchange program ${program.status}`);
    return plan;
  }
  if (WINDOW_STATUSES.has(program.status)) {
    for (const [kind, days] of Object.entries(WINDOW_CLOSING_DAYS) as Array<[ReminderKind, number]>) {
      want(kind, new Date(program.applicationClosesAt.getTime() - days * DAY_MS), {
        applicationClosesAt: program.applicationClosesAt.toISOString(),
        daysBefore: days,
      });
    }
  } else {
    refuse(Object.keys(WINDOW_CLOSING_DAYS) as ReminderKind[], 'application window closed');
  }
  if (program.decisionReleaseAt) {
    want('decision-release', program.decisionReleaseAt, { decisionReleaseAt: program.decisionReleaseAt.toISOString() });
  } else {
    refuse(['decision-release'], 'no decision release date');
  }
  const travel = program.travelStart;
  const travelReminderDay = new Date(travel.getTime() - TRAVEL_REMINDER_DAYS * DAY_MS);
  want(
    'travel-approaching',
    reminderTimeOn(travelReminderDay.getUTCFullYear(), travelReminderDay.getUTCMonth(), travelReminderDay.getUTCDate()),
    { travelStart: isoDay(travel), daysBefore: TRAVEL_REMINDER_DAYS },
  );
  return plan;
}
