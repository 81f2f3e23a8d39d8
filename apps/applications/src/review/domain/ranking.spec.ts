import { compareScores, rankCandidates, rankTiers, scoreCandidates, type RankingReading } from './ranking';

const reading = (applicationId: string, weightedSum: number | null, weightTotal: number | null, extra: Partial<RankingReading> = {}): RankingReading => ({
  applicationId,
  complete: true,
  conflicted: false,
  weightedSum,
  weightTotal,
  ...extra,
});

describe(compareScores.name, () => {
  it('compares exact fractions: 7/2 and 14/4 are equal, 1/3 and 3333/10000 are not', () => {
    expect(compareScores({ weightedSum: 7, weightTotal: 2 }, { weightedSum: 14, weightTotal: 4 })).toBe(0);
    expect(compareScores({ weightedSum: 1, weightTotal: 3 }, { weightedSum: 3333, weightTotal: 10_000 })).toBeLessThan(0);
    expect(compareScores({ weightedSum: 3333, weightTotal: 10_000 }, { weightedSum: 1, weightTotal: 3 })).toBeGreaterThan(0);
  });

  it('stays exact beyond 2^53 (bigints)', () => {
    const big = 2 ** 40;
    expect(compareScores({ weightedSum: big * 3 + 1, weightTotal: big }, { weightedSum: (big * 3 + 1) * 3, weightTotal: big * 3 })).toBe(0);
    expect(compareScores({ weightedSum: big * 3 + 2, weightTotal: big }, { weightedSum: (big * 3 + 1) * 3, weightTotal: big * 3 })).toBeLessThan(0);
  });
});

describe(rankCandidates.name, () => {
  it('puts equal weighted means in one tier whatever order the readings came in', () => {
    // a: 7/2 = 3.5 (one reading); b: 14/4 = 3.5 (two readings: 6/2 and 8/2); c: 4; d: 1/3 vs e: 0.3333
    const readings = [
      reading('b', 6, 2),
      reading('a', 7, 2),
      reading('c', 8, 2),
      reading('b', 8, 2),
      reading('d', 1, 3),
      reading('e', 3333, 10_000),
    ];
    expect(rankCandidates(readings)).toEqual([['c'], ['a', 'b'], ['d'], ['e']]);
    expect(rankCandidates([...readings].reverse())).toEqual([['c'], ['a', 'b'], ['d'], ['e']]);
  });

  it('counts only scored readings of complete candidacies without a conflict; unscored candidacies are not ranked', () => {
    const readings = [
      reading('a', 10, 2),
      reading('a', 2, 2, { conflicted: true }),
      reading('b', null, null),
      reading('c', 10, 2, { complete: false }),
      reading('d', 4, 2),
      reading('d', null, null),
    ];
    expect(rankCandidates(readings)).toEqual([['a'], ['d']]);
    expect(scoreCandidates(readings).get('a')).toEqual({ weightedSum: 10, weightTotal: 2, readings: 1 });
  });

  it('answers no tiers for no readings, and the tiers’ scores with them', () => {
    expect(rankCandidates([])).toEqual([]);
    expect(rankTiers([reading('a', 9, 3), reading('b', 6, 2)])).toEqual([{ applicationIds: ['a', 'b'], score: { weightedSum: 9, weightTotal: 3, readings: 1 } }]);
    // A query may hand sums of several readings at once.
    expect(scoreCandidates([reading('a', 28, 8, { readings: 2 }), reading('a', 4, 1)]).get('a')).toEqual({ weightedSum: 32, weightTotal: 9, readings: 3 });
  });
});
