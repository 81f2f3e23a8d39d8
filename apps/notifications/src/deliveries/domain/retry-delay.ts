import { RetryableDeliveryError } from './channel-sender';

export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
}

/**
 * Delay before try `attemptsMade + 1`: the receiver's Retry-After when it gave one (never
 * more than the maximum), else exponential back-off with full jitter — a random delay up
 * to base × 2^(tries − 1) — so receivers recovering from an outage are not hit by every
 * sender at once.
 */
export function retryDelayMs(attemptsMade: number, error: unknown, settings: BackoffSettings, random = Math.random): number {
  if (error instanceof RetryableDeliveryError && error.retryAfterMs !== undefined) {
    return Math.min(Math.max(0, error.retryAfterMs), settings.maxMs);
  }
  const ceiling = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, attemptsMade - 1));
  // At least half the ceiling: full jitter, but never a retry hammering at once.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
