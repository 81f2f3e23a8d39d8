import { afterQuietHours, nextDigestTime } from './delivery-timing';

const at = (iso: string) => new Date(iso);
const NIGHT = { startMinute: 22 * 60, endMinute: 7 * 60 };

describe(afterQuietHours.name, () => {
  it('waits until morning, in the recipient time zone, during quiet hours spanning midnight', () => {
    // 23:30 in Paris (UTC+1 in winter) → 07:00 Paris next day = 06:00 UTC.
    expect(afterQuietHours(at('2026-12-01T22:30:00Z'), { ...NIGHT, timeZone: 'Europe/Paris' })).toEqual(at('2026-12-02T06:00:00Z'));
    // 03:00 in Tokyo (UTC+9) → 07:00 Tokyo the same day = 22:00 UTC of the day before.
    expect(afterQuietHours(at('2026-12-01T18:00:00Z'), { ...NIGHT, timeZone: 'Asia/Tokyo' })).toEqual(at('2026-12-01T22:00:00Z'));
  });

  it('delivers at once outside quiet hours', () => {
    const now = at('2026-12-01T12:00:00Z');
    expect(afterQuietHours(now, { ...NIGHT, timeZone: 'Europe/Paris' })).toBe(now);
  });

  it('handles quiet hours within one day and ignores empty ones', () => {
    const lunch = { startMinute: 12 * 60, endMinute: 14 * 60, timeZone: 'UTC' };
    expect(afterQuietHours(at('2026-12-01T12:30:00Z'), lunch)).toEqual(at('2026-12-01T14:00:00Z'));
    expect(afterQuietHours(at('2026-12-01T14:00:00Z'), lunch)).toEqual(at('2026-12-01T14:00:00Z'));
    const none = { startMinute: 600, endMinute: 600, timeZone: 'UTC' };
    expect(afterQuietHours(at('2026-12-01T10:00:00Z'), none)).toEqual(at('2026-12-01T10:00:00Z'));
  });

  it('falls back to UTC for an unknown or missing zone', () => {
    expect(afterQuietHours(at('2026-12-01T23:00:00Z'), { ...NIGHT, timeZone: 'Mars/Olympus' })).toEqual(at('2026-12-02T07:00:00Z'));
    expect(afterQuietHours(at('2026-12-01T23:00:00Z'), { ...NIGHT, timeZone: null })).toEqual(at('2026-12-02T07:00:00Z'));
  });

  it('keeps local morning across a daylight-saving change', () => {
    // Night of 28→29 March 2026 in Berlin: clocks go from UTC+1 to UTC+2; 07:00 local = 05:00 UTC.
    expect(afterQuietHours(at('2026-03-28T22:00:00Z'), { ...NIGHT, timeZone: 'Europe/Berlin' })).toEqual(at('2026-03-29T05:00:00Z'));
  });
});

describe(nextDigestTime.name, () => {
  it('is the coming digest hour in the recipient zone', () => {
    expect(nextDigestTime(at('2026-12-01T05:00:00Z'), 'Europe/Paris', 8)).toEqual(at('2026-12-01T07:00:00Z'));
    expect(nextDigestTime(at('2026-12-01T07:00:00Z'), 'Europe/Paris', 8)).toEqual(at('2026-12-02T07:00:00Z'));
    expect(nextDigestTime(at('2026-12-01T20:00:00Z'), 'America/New_York', 8)).toEqual(at('2026-12-02T13:00:00Z'));
  });
});
