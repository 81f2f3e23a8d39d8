/** The lock-out after repeated wrong passwords: how many are allowed, and for how long the account is locked then. */
export interface LockOutPolicy {
  maxFailures: number;
  lockoutSeconds: number;
}

/** Seconds an account stays locked from `now` (rounded up), or null when it is not locked. */
export function secondsLocked(lockedUntil: Date | null, now: Date): number | null {
  if (!lockedUntil || lockedUntil <= now) return null;
  return Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000);
}

/** When the account is locked until after its `failedLogins`-th wrong password in a row (null: not locked yet). */
export function lockedUntilAfter(failedLogins: number, policy: LockOutPolicy, now: Date): Date | null {
  return failedLogins >= policy.maxFailures ? new Date(now.getTime() + policy.lockoutSeconds * 1000) : null;
}

/** Whether a successful sign-in has wrong attempts or a lock to clear. */
export function hasFailuresToClear(account: { failedLogins: number; lockedUntil: Date | null }): boolean {
  return account.failedLogins > 0 || account.lockedUntil !== null;
}
