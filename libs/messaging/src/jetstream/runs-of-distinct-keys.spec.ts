import { runsOfDistinctKeys } from './runs-of-distinct-keys';

const plan = (subjectId: string, n: number) => ({ subjectId, n });
const subjectOf = (p: { subjectId: string }) => p.subjectId;

describe(runsOfDistinctKeys.name, () => {
  it('keeps items of distinct keys in one run, in order', () => {
    expect(runsOfDistinctKeys([plan('a', 1), plan('b', 2), plan('c', 3)], subjectOf)).toEqual([[plan('a', 1), plan('b', 2), plan('c', 3)]]);
  });

  it('starts a new run at a key seen in the current one, whatever the case of its id', () => {
    expect(runsOfDistinctKeys([plan('a', 1), plan('b', 2), plan('A', 3), plan('b', 4), plan('c', 5)], subjectOf)).toEqual([
      [plan('a', 1), plan('b', 2)],
      [plan('A', 3), plan('b', 4), plan('c', 5)],
    ]);
  });

  it('gives no run for no item', () => {
    expect(runsOfDistinctKeys([], subjectOf)).toEqual([]);
  });
});
