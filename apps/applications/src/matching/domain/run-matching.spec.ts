import type { ApplicantOutcome, MatchingInstance, MatchingResult } from './matching.types';
import { runMatching } from './run-matching';

const placements = (result: MatchingResult) =>
  Object.fromEntries(result.outcomes.map((o) => [o.applicantId, o.placement?.programId ?? null]));
const outcome = (result: MatchingResult, applicantId: string) => result.outcomes.find((o) => o.applicantId === applicantId) as ApplicantOutcome;
const one = (member: number, partner = 0) => ({ member, partner });

describe('runMatching (examples)', () => {
  describe('a tie broken by the lottery, then undone by a stable improvement cycle', () => {
    // a1 and a2 each hold the other's first choice after deferred acceptance: a3 (luckier
    // than a2, tied with them at X) pushed a2 out of X, a2 pushed a1 out of Y, a1 pushed a3
    // out of X. Swapping a1 and a2 wrongs nobody: a3 still wants X but only ties with a2.
    const instance: MatchingInstance = {
      seed: 'example-1',
      programs: [
        { id: 'X', capacity: one(1), ranking: [['a1'], ['a2', 'a3']] },
        { id: 'Y', capacity: one(1), ranking: [['a2'], ['a1']] },
        { id: 'Z', capacity: one(1), ranking: [['a3']] },
      ],
      applicants: [
        { id: 'a1', side: 'member', choices: [{ programId: 'Y' }, { programId: 'X' }] },
        { id: 'a2', side: 'member', choices: [{ programId: 'X' }, { programId: 'Y' }] },
        { id: 'a3', side: 'member', choices: [{ programId: 'X' }, { programId: 'Z' }] },
      ],
    };

    it('deferred acceptance alone leaves a1 and a2 on their second choices', () => {
      const result = runMatching(instance, { improve: false });
      expect(outcome(result, 'a3').lotteryNumber).toBeLessThan(outcome(result, 'a2').lotteryNumber);
      expect(placements(result)).toEqual({ a1: 'X', a2: 'Y', a3: 'Z' });
      expect(result.statistics.improvementCycles).toBe(0);
    });

    it('the improvement cycle gives both their first choice and keeps the matching stable', () => {
      const result = runMatching(instance);
      expect(placements(result)).toEqual({ a1: 'Y', a2: 'X', a3: 'Z' });
      expect(result.statistics).toMatchObject({ improvementCycles: 1, applicantsMovedByCycles: 2, placedOnFirstChoice: 2, proposals: 6 });
      // a3 lost X to a2, a tie decided by the lottery: both rank 2 behind a1.
      expect(outcome(result, 'a3').explanations).toEqual([
        {
          programId: 'X',
          choiceIndex: 0,
          explanation: { kind: 'full', yourRank: 2, lowestAdmittedRank: 2, decidedBy: 'lottery', waitlistPosition: 1 },
        },
      ]);
      expect(result.waitlists).toEqual([{ programId: 'X', side: 'member', applicantIds: ['a3'] }]);
    });
  });

  it('fills each side of a program from its own places and ranks each side apart', () => {
    const result = runMatching({
      seed: 'sides',
      programs: [
        {
          id: 'P',
          capacity: { member: 1, partner: 2 },
          ranking: [['m1', 'p1'], ['m2'], ['p2', 'm3'], ['p3']],
        },
        { id: 'Q', capacity: { member: 5, partner: 0 }, ranking: [['m2', 'm3', 'p3']] },
      ],
      applicants: [
        { id: 'm1', side: 'member', choices: [{ programId: 'P' }] },
        { id: 'm2', side: 'member', choices: [{ programId: 'P' }, { programId: 'Q' }] },
        { id: 'm3', side: 'member', choices: [{ programId: 'P' }] },
        { id: 'p1', side: 'partner', choices: [{ programId: 'P' }] },
        { id: 'p2', side: 'partner', choices: [{ programId: 'P' }] },
        { id: 'p3', side: 'partner', choices: [{ programId: 'P' }, { programId: 'Q' }] },
      ],
    });
    expect(placements(result)).toEqual({ m1: 'P', m2: 'Q', m3: null, p1: 'P', p2: 'P', p3: null });
    // Member ranks at P: m1 1, m2 2, m3 3 (partners are not counted).
    expect(outcome(result, 'm3').explanations[0].explanation).toEqual({
      kind: 'full',
      yourRank: 3,
      lowestAdmittedRank: 1,
      decidedBy: 'score',
      waitlistPosition: 2,
    });
    expect(outcome(result, 'p3').explanations.map((e) => e.explanation)).toEqual([
      { kind: 'full', yourRank: 3, lowestAdmittedRank: 2, decidedBy: 'score', waitlistPosition: 1 },
      { kind: 'no-places' },
    ]);
    expect(result.waitlists).toEqual([
      { programId: 'P', side: 'member', applicantIds: ['m2', 'm3'] },
      { programId: 'P', side: 'partner', applicantIds: ['p3'] },
    ]);
    expect(result.statistics.programs).toEqual([
      { programId: 'P', member: { places: 1, filled: 1 }, partner: { places: 2, filled: 2 } },
      { programId: 'Q', member: { places: 5, filled: 1 }, partner: { places: 0, filled: 0 } },
    ]);
  });

  it('numbers ranks by competition: a tier of three at the top all rank 1, the next ranks 4', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const result = runMatching({
      seed: 'ranks',
      programs: [{ id: 'P', capacity: one(2), ranking: [['a', 'b', 'c'], ['d']] }],
      applicants: ids.map((id) => ({ id, side: 'member' as const, choices: [{ programId: 'P' }] })),
    });
    const full = result.outcomes.flatMap((o) => o.explanations.map((e) => ({ id: o.applicantId, ...e.explanation })));
    expect(full).toHaveLength(2);
    expect(full.find((e) => e.id === 'd')).toMatchObject({ yourRank: 4, lowestAdmittedRank: 1, decidedBy: 'score', waitlistPosition: 2 });
    expect(full.find((e) => e.id !== 'd')).toMatchObject({ yourRank: 1, lowestAdmittedRank: 1, decidedBy: 'lottery', waitlistPosition: 1 });
  });

  it('explains ineligible, unknown and unranked choices, and never places there', () => {
    const result = runMatching({
      seed: 'reasons',
      programs: [
        { id: 'P', capacity: one(1), ranking: [['a']] },
        { id: 'Q', capacity: one(1), ranking: [] },
        { id: 'R', capacity: one(1), ranking: [['a']] },
      ],
      applicants: [
        {
          id: 'a',
          side: 'member',
          choices: [{ programId: 'P', ineligibleRule: 'language-level' }, { programId: 'gone' }, { programId: 'Q' }, { programId: 'R' }],
        },
      ],
    });
    expect(outcome(result, 'a')).toEqual({
      applicantId: 'a',
      side: 'member',
      lotteryNumber: 1,
      placement: { programId: 'R', choiceIndex: 3 },
      explanations: [
        { programId: 'P', choiceIndex: 0, explanation: { kind: 'ineligible', rule: 'language-level' } },
        { programId: 'gone', choiceIndex: 1, explanation: { kind: 'ineligible', rule: 'program-unknown' } },
        { programId: 'Q', choiceIndex: 2, explanation: { kind: 'not-ranked' } },
      ],
    });
  });

  describe('empty instances', () => {
    it('no applicants: an empty result', () => {
      const result = runMatching({ seed: 's', programs: [{ id: 'P', capacity: one(3), ranking: [] }], applicants: [] });
      expect(result.outcomes).toEqual([]);
      expect(result.waitlists).toEqual([]);
      expect(result.statistics).toMatchObject({ applicants: 0, placed: 0, unplaced: 0, proposals: 0, improvementCycles: 0 });
    });

    it('no places anywhere: everyone unplaced, told why', () => {
      const result = runMatching({
        seed: 's',
        programs: [{ id: 'P', capacity: one(0), ranking: [['a']] }],
        applicants: [{ id: 'a', side: 'member', choices: [{ programId: 'P' }] }],
      });
      expect(result.outcomes[0]).toMatchObject({ placement: null, explanations: [{ programId: 'P', explanation: { kind: 'no-places' } }] });
      expect(result.statistics).toMatchObject({ applicants: 1, placed: 0, unplaced: 1 });
    });

    it('nothing at all', () => {
      expect(runMatching({ seed: '', programs: [], applicants: [] }).statistics.applicants).toBe(0);
    });
  });

  describe('input the service should have refused', () => {
    const program = { id: 'P', capacity: one(1), ranking: [['a']] };

    it('refuses a program chosen twice', () => {
      const choices = [{ programId: 'P' }, { programId: 'P' }];
      expect(() => runMatching({ seed: 's', programs: [program], applicants: [{ id: 'a', side: 'member', choices }] })).toThrow(
        'applicant "a" chose program "P" twice',
      );
    });

    it('refuses duplicate ids, a negative capacity and an applicant ranked twice', () => {
      const a = { id: 'a', side: 'member' as const, choices: [{ programId: 'P' }] };
      expect(() => runMatching({ seed: 's', programs: [program], applicants: [a, a] })).toThrow('duplicate applicant id "a"');
      expect(() => runMatching({ seed: 's', programs: [program, program], applicants: [a] })).toThrow('duplicate program id "P"');
      expect(() => runMatching({ seed: 's', programs: [{ ...program, capacity: one(-1) }], applicants: [a] })).toThrow('invalid member capacity');
      expect(() => runMatching({ seed: 's', programs: [{ ...program, ranking: [['a'], ['a']] }], applicants: [a] })).toThrow(
        'program "P" ranks applicant "a" twice',
      );
    });
  });

  it('draws the same lottery for the same seed, and another for another seed', () => {
    const applicants = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, side: 'member' as const, choices: [] }));
    const lottery = (seed: string) => runMatching({ seed, programs: [], applicants }).outcomes.map((o) => o.lotteryNumber);
    expect(lottery('one')).toEqual(lottery('one'));
    expect(lottery('one')).not.toEqual(lottery('two'));
    expect([...lottery('one')].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
