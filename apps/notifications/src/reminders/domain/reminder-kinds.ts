/**
 * Every kind of reminder, and the notification type each one becomes when it fires.
 * A reminder's id is deterministic (`<kind>_<subject id>[_<year>]`), so planning the same
 * thing twice finds the row it made the first time; ids never contain ':' because BullMQ
 * refuses it in job ids.
 */
export const REMINDER_TYPES = {
  'window-closing-7d': 'reminder.application-window-closing',
  'window-closing-1d': 'reminder.application-window-closing',
  'decision-release': 'reminder.decision-release',
  'travel-approaching': 'reminder.travel-approaching',
  'partnership-anniversary': 'reminder.partnership-anniversary',
  'dues-due': 'reminder.dues-due',
  'offer-deadline-3d': 'reminder.offer-deadline',
  'offer-deadline-1d': 'reminder.offer-deadline',
  'recommendation-unanswered': 'reminder.recommendation-unanswered',
} as const;

export type ReminderKind = keyof typeof REMINDER_TYPES;

/** The reminder kinds about each kind of subject. */
export const EXCHANGE_PROGRAM_KINDS = ['window-closing-7d', 'window-closing-1d', 'decision-release', 'travel-approaching'] as const;
export const PARTNERSHIP_KINDS = ['partnership-anniversary'] as const;
export const MEMBER_PROGRAM_KINDS = ['dues-due'] as const;
/** About an application (its subject): its offer's deadline, and each referee who has not answered (id by recommendation). */
export const OFFER_KINDS = ['offer-deadline-3d', 'offer-deadline-1d'] as const;
export const RECOMMENDATION_KINDS = ['recommendation-unanswered'] as const;
export const APPLICATION_KINDS = [...OFFER_KINDS, ...RECOMMENDATION_KINDS] as const;

export function isReminderKind(value: string): value is ReminderKind {
  return Object.hasOwn(REMINDER_TYPES, value);
}

/** `<kind>_<subject id>`, with `_<year>` for reminders that recur once a year. */
export function reminderId(kind: ReminderKind, subjectId: string, year?: number): string {
  return year === undefined ? `${kind}_${subjectId}` : `${kind}_${subjectId}_${year}`;
}
