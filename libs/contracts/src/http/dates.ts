import { z } from 'zod';

// Dates and instants clients send (in a body, a query or a cursor) are stored and
// compared by PostgreSQL, whose date types refuse year 0 and overflow long before
// JavaScript's: a pattern alone let "0000-01-01" through to a 500. The network's dates
// (agreements since the 1950s, exchanges to come) sit well inside years 1000 to 9999.

export const EARLIEST_YEAR = 1000;
export const LATEST_YEAR = 9999;
const RANGE_ISSUE = { message: `must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`, params: { rule: 'year_out_of_range', minimum: EARLIEST_YEAR, maximum: LATEST_YEAR } };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const inRange = (year: number) => year >= EARLIEST_YEAR && year <= LATEST_YEAR;


/** Whether a string is a real calendar day `YYYY-MM-DD` within the stored range. */
export function isStoredDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return inRange(year) && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a string is an ISO 8601 instant (with `Z` or an offset) within the stored range. */
export function isStoredInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  return !!match && isStoredDay(value.slice(0, 10)) && Number.isFinite(Date.parse(value));
}

/** A calendar day a client sends (`2027-07-01`). */
export function calendarDay(message = 'must be a date such as 2027-07-01') {
  return z.iso.date({ message }).refine(yearInRange, RANGE_ISSUE);
}

/** An instant a client sends (`2027-03-01T00:00:00Z`, or with an offset). */
export function instant(message = 'must be a date and time such as 2027-03-01T00:00:00Z') {
  return z.iso.datetime({ offset: true, message }).refine(yearInRange, RANGE_ISSUE);
}

/**
 * The format is zod's check (real days, leap years); this one only judges the year, and
 * says nothing of a value whose format is already refused, so a bad value gets one error.
 */
function yearInRange(value: string): boolean {
  const year = /^(\d{4})-/.exec(value)?.[1];
  return year === undefined || inRange(Number(year));
}
