import { runsOfDistinctSubjects } from './runs-of-distinct-subjects';

const plan = (subjectId: string, n: number) => ({ subjectId, n });

describe(runsOfDistinctSubjects.name, () => {
  it('keeps plans of distinct subjects in one run, in order', () => {
    expect(runsOfDistinctSubjects([plan('a', 1), plan('b', 2), plan('c', 3)])).toEqual([[plan('a', 1), plan('b', 2), plan('c', 3)]]);
  });

  it('starts a new run at a subject seen in the current one, whatever the case of its id', () => {
    expect(runsOfDistinctSubjects([plan('a', 1), plan('b', 2), plan('A', 3), plan('b', 4), plan('c', 5)])).toEqual([
      [plan('a', 1), plan('b', 2)],
      [plan('A', 3), plan('b', 4), plan('c', 5)],
    ]);
  });

  it('gives no run for no plan', () => {
    expect(runsOfDistinctSubjects([])).toEqual([]);
  });
});
