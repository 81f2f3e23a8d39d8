/** The moment a token issued at `now` for `ttlSeconds` stops working. */
export function expiresAfter(now: Date, ttlSeconds: number): Date {
  return new Date(now.getTime() + ttlSeconds * 1000);
}

/** Whether a token expiring at `expiresAt` no longer works at `now` (it expires at that very instant). */
export function isExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt <= now;
}
