import { describeDuration } from './describe-duration';

describe(describeDuration.name, () => {
  it.each([
    [5 * 86_400_000 + 3_600_000, '5 days'],
    [86_400_000, '1 day'],
    [3 * 3_600_000, '3 hours'],
    [40 * 60_000, '40 minutes'],
    [1_500, '1 second'],
    [10, 'less than a second'],
  ])('%i ms → %s', (ms, words) => {
    expect(describeDuration(ms)).toBe(words);
  });
});
