import { parseRetryAfter } from './retry-after';

const NOW = new Date('2026-12-01T12:00:00Z');
const CAP = 6 * 60 * 60 * 1000;

describe(parseRetryAfter.name, () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW, CAP)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW, CAP)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Tue, 01 Dec 2026 12:05:00 GMT', NOW, CAP)).toBe(300_000);
    // The obsolete forms RFC 9110 still asks recipients to accept.
    expect(parseRetryAfter('Tuesday, 01-Dec-26 12:01:00 GMT', NOW, CAP)).toBe(60_000);
    expect(parseRetryAfter('Tue Dec  1 12:00:30 2026', NOW, CAP)).toBeGreaterThanOrEqual(0);
  });

  it('treats a date in the past as now', () => {
    expect(parseRetryAfter('Mon, 30 Nov 2026 12:00:00 GMT', NOW, CAP)).toBe(0);
  });

  it('caps what a receiver may ask for', () => {
    expect(parseRetryAfter('31536000', NOW, CAP)).toBe(CAP);
    expect(parseRetryAfter('Fri, 01 Dec 2028 12:00:00 GMT', NOW, CAP)).toBe(CAP);
    expect(parseRetryAfter('99999999999999999999999', NOW, CAP)).toBe(CAP);
  });

  it.each([undefined, null, '', 'soon', '-5', '1.5', '5 minutes', 'Xyz, 99 Foo 2026 99:99:99 GMT'])('ignores %p', (header) => {
    expect(parseRetryAfter(header, NOW, CAP)).toBeUndefined();
  });
});
