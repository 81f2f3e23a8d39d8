import { explanationMessage } from './explanation';

describe('what an explanation says', () => {
  it('reads a full program decided by score, with the ranks and the waitlist position', () => {
    expect(explanationMessage({ kind: 'full', yourRank: 7, lowestAdmittedRank: 5, decidedBy: 'score', waitlistPosition: 2 })).toEqual({
      id: 'explanation.full.score',
      values: { yourRank: 7, lowest: 5, position: 2 },
    });
  });

  it('says when the lottery broke a tie', () => {
    expect(explanationMessage({ kind: 'full', yourRank: 5, lowestAdmittedRank: 5, decidedBy: 'lottery', waitlistPosition: 1 }).id).toBe('explanation.full.lottery');
  });

  it('names the broken rule, an unscored application and a side without places', () => {
    expect(explanationMessage({ kind: 'ineligible', rule: 'program-over' })).toEqual({ id: 'explanation.ineligible', values: { rule: 'program-over' } });
    expect(explanationMessage({ kind: 'not-ranked' }).id).toBe('explanation.notRanked');
    expect(explanationMessage({ kind: 'no-places' }).id).toBe('explanation.noPlaces');
  });

  it('reads anything it does not know as no explanation, never a raw object', () => {
    expect(explanationMessage({ kind: 'something-new' }).id).toBe('explanation.unknown');
    expect(explanationMessage({ kind: 'full' }).id).toBe('explanation.unknown');
  });
});
