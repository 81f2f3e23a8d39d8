import { DateTime } from 'luxon';

/** Quiet hours in a recipient's local time: minutes after midnight; start > end spans midnight. */
export interface QuietHours {
  timeZone: string | null;
  startMinute: number;
  endMinute: number;
}

function zoneOf(timeZone: string | null): string {
  return timeZone && DateTime.local().setZone(timeZone).isValid ? timeZone : 'UTC';
}

/**
 * When a message made at `now` may be delivered: `now`, or the end of the recipient's quiet
 * hours when `now` falls inside them ("delivery waits until morning"). Daylight-saving
 * changes are the time zone database's business (luxon): 07:00 is 07:00 local either way.
 */
export function afterQuietHours(now: Date, quiet: QuietHours): Date {
  const { startMinute, endMinute } = quiet;
  if (startMinute === endMinute) return now;
  const local = DateTime.fromJSDate(now).setZone(zoneOf(quiet.timeZone));
  const minute = local.hour * 60 + local.minute;
  const spansMidnight = startMinute > endMinute;
  const inside = spansMidnight ? minute >= startMinute || minute < endMinute : minute >= startMinute && minute < endMinute;
  if (!inside) return now;
  // Quiet hours that began this evening end tomorrow morning; otherwise they end today.
  const endsTomorrow = spansMidnight && minute >= startMinute;
  // Set the wall-clock time rather than add minutes: a daylight-saving night is not 24 hours.
  const day = local.startOf('day').plus({ days: endsTomorrow ? 1 : 0 });
  const end = day.set({ hour: Math.floor(endMinute / 60), minute: endMinute % 60 });
  return end.toJSDate();
}

/** The next daily digest time (`hour`:00 local) after `now`, in the recipient's time zone. */
export function nextDigestTime(now: Date, timeZone: string | null, hour: number): Date {
  const local = DateTime.fromJSDate(now).setZone(zoneOf(timeZone));
  const today = local.startOf('day').set({ hour });
  return (today > local ? today : today.plus({ days: 1 })).toJSDate();
}
