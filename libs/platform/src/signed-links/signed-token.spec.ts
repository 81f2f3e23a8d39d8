import { signToken, verifyToken, type LinkClaims } from './signed-token';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const now = new Date('2027-01-10T12:00:00Z');
const claims: LinkClaims = { purpose: 'recommendation', subject: '0190a000-0000-7000-8000-000000000001', issue: 1_700_000_000_000, expiresAt: new Date('2027-02-01T00:00:00Z') };

describe('signed link tokens', () => {
  it('round-trips its claims until it expires', () => {
    const token = signToken(claims, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40}\.[A-Za-z0-9_-]{22}$/);
    expect(verifyToken(token, 'recommendation', SECRET, now)).toEqual({ ok: true, claims });
    expect(verifyToken(token, 'recommendation', SECRET, new Date('2027-02-01T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token for another purpose, signed with another key, or altered', () => {
    const token = signToken(claims, SECRET);
    expect(verifyToken(token, 'guardian-consent', SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken(token, 'recommendation', `${SECRET}!`, now)).toEqual({ ok: false, reason: 'invalid' });
    const [body, signature] = token.split('.') as [string, string];
    const payload = Buffer.from(body, 'base64url');
    payload.writeUInt32BE(4_000_000_000, 26);
    const extended = payload.toString('base64url');
    expect(verifyToken(`${extended}.${signature}`, 'recommendation', SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken(`${body}.${signature.slice(1)}`, 'recommendation', SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken('not-a-token', 'recommendation', SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
  });
});
