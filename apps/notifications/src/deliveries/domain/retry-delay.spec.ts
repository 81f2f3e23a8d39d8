import { RetryableDeliveryError } from './channel-sender';
import { retryDelayMs } from './retry-delay';

const settings = { baseMs: 1_000, maxMs: 60_000 };

describe(retryDelayMs.name, () => {
  it('doubles the ceiling with each try, jittered within its upper half', () => {
    expect(retryDelayMs(1, new Error('x'), settings, () => 0)).toBe(500);
    expect(retryDelayMs(1, new Error('x'), settings, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, new Error('x'), settings, () => 1)).toBe(4_000);
    expect(retryDelayMs(3, new Error('x'), settings, () => 0.5)).toBe(3_000);
  });

  it('never exceeds the maximum', () => {
    expect(retryDelayMs(30, new Error('x'), settings, () => 1)).toBe(60_000);
  });

  it('honours Retry-After, capped by the maximum', () => {
    expect(retryDelayMs(1, new RetryableDeliveryError('429', 429, 7_000), settings)).toBe(7_000);
    expect(retryDelayMs(1, new RetryableDeliveryError('503', 503, 10_000_000), settings)).toBe(60_000);
  });
});
