/** Days before a window closes when drafts that chose the program are reminded. */
export const REMINDER_MARKS = [7, 2] as const;

const DAY_MS = 86_400_000;

/**
 * The marks of a window due at `now` and not handled yet: the latest one is sent; earlier
 * ones due too (the window opened late, or the service was down) are passed over, so an
 * applicant never gets two reminders for one program at once. Nothing once it has closed.
 */
export function dueReminderMarks(closesAt: Date, now: Date, handled: ReadonlySet<number>): { send: number | null; passOver: number[] } {
  if (now.getTime() >= closesAt.getTime()) return { send: null, passOver: [] };
  const due = REMINDER_MARKS.filter((days) => closesAt.getTime() - days * DAY_MS <= now.getTime() && !handled.has(days));
  if (due.length === 0) return { send: null, passOver: [] };
  const latest = Math.min(...due);
  return { send: latest, passOver: due.filter((days) => days !== latest) };
}
