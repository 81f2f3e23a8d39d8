import { retryDelayMs } from './retry-delay';

const noJitter = () => 0.5;

describe(retryDelayMs.name, () => {
  it('doubles with each failed delivery, starting from the base', () => {
    expect([1, 2, 3, 4, 5].map((count) => retryDelayMs(count, 1_000, 60_000, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ]);
  });

  it('treats a delivery count below one as the first', () => {
    expect(retryDelayMs(0, 500, 60_000, noJitter)).toBe(500);
  });

  it('is capped at the maximum', () => {
    expect(retryDelayMs(7, 1_000, 60_000, noJitter)).toBe(60_000);
    expect(retryDelayMs(50, 1_000, 60_000, noJitter)).toBe(60_000);
    expect(retryDelayMs(5_000, 1_000, 60_000, noJitter)).toBe(60_000);
  });

  it('jitters by at most 20 % either way', () => {
    expect(retryDelayMs(3, 1_000, 60_000, () => 0)).toBe(3_200);
    expect(retryDelayMs(3, 1_000, 60_000, () => 0.999_999)).toBe(4_800);
    expect(retryDelayMs(3, 1_000, 60_000, () => 0.25)).toBe(3_600);
  });

  it('jitters around the cap once capped', () => {
    expect(retryDelayMs(20, 1_000, 10_000, () => 0)).toBe(8_000);
    expect(retryDelayMs(20, 1_000, 10_000, () => 0.999_999)).toBe(12_000);
  });

  it('stays within the jitter bounds with the real random source', () => {
    for (let i = 0; i < 200; i++) {
      const delay = retryDelayMs(2, 1_000, 60_000);
      expect(delay).toBeGreaterThanOrEqual(1_600);
      expect(delay).toBeLessThanOrEqual(2_400);
    }
  });
});
