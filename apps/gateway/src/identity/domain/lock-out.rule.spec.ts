import { hasFailuresToClear, lockedUntilAfter, secondsLocked } from './lock-out.rule';

const now = new Date('2026-03-01T10:00:00.000Z');
const policy = { maxFailures: 5, lockoutSeconds: 900 };

describe('lock-out', () => {
  it('tells the seconds left of a lock, rounded up, and nothing once it has passed', () => {
    expect(secondsLocked(new Date(now.getTime() + 1_500), now)).toBe(2);
    expect(secondsLocked(now, now)).toBeNull();
    expect(secondsLocked(null, now)).toBeNull();
  });

  it('locks at the failure that reaches the limit, not before', () => {
    expect(lockedUntilAfter(4, policy, now)).toBeNull();
    expect(lockedUntilAfter(5, policy, now)).toEqual(new Date('2026-03-01T10:15:00.000Z'));
  });

  it('clears counters only when there is something to clear', () => {
    expect(hasFailuresToClear({ failedLogins: 0, lockedUntil: null })).toBe(false);
    expect(hasFailuresToClear({ failedLogins: 2, lockedUntil: null })).toBe(true);
    expect(hasFailuresToClear({ failedLogins: 0, lockedUntil: now })).toBe(true);
  });
});
