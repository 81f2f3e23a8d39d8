import type { ResolvedRecipient } from './recipient';
import { decideDelivery, type DecisionInput } from './delivery-decision';

const recipient: ResolvedRecipient = {
  id: 'r1',
  email: 'ana@example.org',
  accountId: 'a1',
  displayName: 'Ana',
  language: 'es',
  timeZone: 'Europe/Madrid',
  quietStartMinute: null,
  quietEndMinute: null,
  digest: 'off',
};
const night = new Date('2026-12-01T23:30:00Z'); // 00:30 in Madrid
const base: DecisionInput = { channel: 'email', category: 'partnerships', critical: false, recipient, enabled: true, now: night, digestHour: 8 };
const quiet = { ...recipient, quietStartMinute: 22 * 60, quietEndMinute: 7 * 60 };

describe(decideDelivery.name, () => {
  it('sends at once by default', () => {
    expect(decideDelivery(base)).toEqual({ status: 'queued', notBefore: null, inDigest: false });
  });

  it('filters a channel the recipient opted out of, but never a critical message', () => {
    expect(decideDelivery({ ...base, enabled: false })).toEqual({ status: 'filtered', reason: 'opted out of partnerships by email' });
    expect(decideDelivery({ ...base, enabled: false, critical: true, recipient: quiet })).toEqual({ status: 'queued', notBefore: null, inDigest: false });
  });

  it('holds email until quiet hours end, not the inbox', () => {
    expect(decideDelivery({ ...base, recipient: quiet })).toEqual({ status: 'queued', notBefore: new Date('2026-12-02T06:00:00Z'), inDigest: false });
    expect(decideDelivery({ ...base, channel: 'inbox', recipient: quiet })).toEqual({ status: 'queued', notBefore: null, inDigest: false });
  });

  it('holds email for the daily digest', () => {
    expect(decideDelivery({ ...base, recipient: { ...recipient, digest: 'daily' } })).toEqual({
      status: 'queued',
      notBefore: new Date('2026-12-02T07:00:00Z'),
      inDigest: true,
    });
  });
});
