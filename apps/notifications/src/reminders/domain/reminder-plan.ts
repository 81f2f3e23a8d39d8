import type { ReminderKind } from './reminder-kinds';

/** What a reminder's row records of its facts (dates, counts): for people reading the table, and to spot a change. */
export type ReminderPayload = Record<string, string | number | null>;

/** A reminder that should exist, as planning computes it from a read-model row. */
export interface PlannedReminder {
  id: string;
  kind: ReminderKind;
  subjectId: string;
  dueAt: Date;
  payload: ReminderPayload;
}

/**
 * Every reminder a subject (an exchange program, partnership or member program) should
 * have now, and why the others should not: a pending row of the subject that is not
 * wanted is cancelled with `unwanted[kind]`, or with `otherOccurrence` when its kind is
 * wanted but for another occurrence (another year).
 */
export interface ReminderPlan {
  subjectId: string;
  /** The kinds this plan speaks for: rows of other kinds about the same id are left alone. */
  kinds: readonly ReminderKind[];
  wanted: PlannedReminder[];
  unwanted: Partial<Record<ReminderKind, string>>;
  otherOccurrence?: string;
}

/** A row of `reminders` as planning needs it. */
export interface ExistingReminder {
  id: string;
  kind: string;
  dueAt: Date;
  status: 'pending' | 'fired' | 'cancelled';
  payload: unknown;
}
