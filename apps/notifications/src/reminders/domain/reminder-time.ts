export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminders about a calendar day (travel, anniversaries, dues) go out at 09:00 UTC of
 * their day: morning in Europe and Africa, the night before in the Americas. Each
 * recipient's quiet hours (in their own time zone) then hold the message until morning.
 */
export const DAY_REMINDER_HOUR_UTC = 9;

/** 09:00 UTC of the given calendar day (month 0–11). */
export function reminderTimeOn(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day, DAY_REMINDER_HOUR_UTC));
}

/** The calendar day of a date column (stored as midnight UTC), as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole calendar days (UTC) from `from`'s day to `to`'s day. */
export function calendarDaysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((day(to) - day(from)) / DAY_MS);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day a yearly date falls on in `year`: 29 February becomes 28 February in other years. */
export function sameDayIn(year: number, date: Date): { month: number; day: number } {
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return month === 1 && day === 29 && !isLeapYear(year) ? { month, day: 28 } : { month, day };
}
