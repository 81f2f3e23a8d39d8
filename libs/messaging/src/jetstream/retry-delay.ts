/**
 * Delay before the next delivery after `deliveryCount` failed ones: exponential, capped,
 * with ±20 % jitter so replicas retrying the same outage do not stampede together.
 */
export function retryDelayMs(deliveryCount: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponential = baseMs * 2 ** Math.max(0, deliveryCount - 1);
  const capped = Math.min(exponential, maxMs);
  return Math.round(capped * (0.8 + 0.4 * random()));
}
