import { emailedLink } from './emailed-link';
import { expiresAfter, isExpired } from './expiry.rule';

describe('token expiry', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  it('expires ttl seconds after issue, at that very instant', () => {
    const expiresAt = expiresAfter(now, 60);
    expect(expiresAt).toEqual(new Date('2026-03-01T10:01:00.000Z'));
    expect(isExpired(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(false);
    expect(isExpired(expiresAt, expiresAt)).toBe(true);
  });

  it('links to the web page with the token, whether or not the base URL ends with a slash', () => {
    for (const base of ['https://web.test/app', 'https://web.test/app/']) {
      expect(emailedLink(base, 'verify-email', 'tok', now)).toEqual({
        url: 'https://web.test/app/verify-email?token=tok',
        expiresAt: '2026-03-01T10:00:00.000Z',
      });
    }
  });
});
