import fc from 'fast-check';
import {
  admissible,
  allStableMatchings,
  assignmentOf,
  blockingPair,
  competitionRank,
  hasStableImprovementCycle,
  isFeasible,
  paretoDominates,
  placedAt,
  preferenceValue,
  tierAt,
  type Assignment,
} from './matching.fixtures';
import type { ApplicantOutcome, ApplicantSide, MatchingApplicant, MatchingInstance, MatchingProgram, MatchingResult } from './matching.types';
import { runMatching } from './run-matching';

// Small instances, so that every stable matching can be enumerated: <= 6 applicants,
// <= 3 programs, 0-2 places per side, weak rankings with ties, random eligibility, now and
// then a choice of a program that does not exist.
const SIDES: ApplicantSide[] = ['member', 'partner'];
const RUNS = { numRuns: 300, seed: 20261204 };

interface Shape {
  /** Every program ranks each applicant in a tier of their own. */
  strict: boolean;
  /**
   * Crowded instances (mostly one side, three programs, 4-6 applicants, one or two places,
   * longer lists): where tie-breaking leaves Pareto improvements behind (~5 % of them), so
   * the improvement cycles have work to do.
   */
  dense: boolean;
}

function instanceArbitrary({ strict, dense }: Shape): fc.Arbitrary<MatchingInstance> {
  return fc
    .record({
      programCount: dense ? fc.constant(3) : fc.integer({ min: 1, max: 3 }),
      applicantCount: dense ? fc.integer({ min: 4, max: 6 }) : fc.integer({ min: 0, max: 6 }),
    })
    .chain(({ programCount, applicantCount }) => {
      const programIds = Array.from({ length: programCount }, (_, i) => `p${i}`);
      const applicantIds = Array.from({ length: applicantCount }, (_, i) => `a${i}`);
      // About one choice in eight (one in sixteen when dense) fails an eligibility rule.
      const choice = (programId: string) =>
        fc
          .tuple(fc.integer({ min: 0, max: dense ? 15 : 7 }), fc.constantFrom('age', 'language'))
          .map(([roll, ineligibleRule]) => (roll === 0 ? { programId, ineligibleRule } : { programId }));
      const applicant = (id: string): fc.Arbitrary<MatchingApplicant> =>
        fc.record({
          id: fc.constant(id),
          side: dense ? fc.constantFrom<ApplicantSide>('member', 'member', 'member', 'member', 'member', 'partner') : fc.constantFrom(...SIDES),
          choices: (dense ? fc.shuffledSubarray(programIds, { minLength: 2 }) : fc.shuffledSubarray([...programIds, 'p-gone'])).chain((ids) =>
            fc.tuple(...ids.map(choice)),
          ),
        });
      // A tier number per applicant (-1: not ranked); strict rankings give everyone a tier of their own.
      const tiers = strict
        ? fc.shuffledSubarray(applicantIds).map((ranked) => ranked.map((id) => [id]))
        : fc
            .array(fc.integer({ min: dense ? 0 : -1, max: 2 }), { minLength: applicantCount, maxLength: applicantCount })
            .map((tierOf) => [0, 1, 2].map((t) => applicantIds.filter((_, i) => tierOf[i] === t)).filter((tier) => tier.length > 0));
      const places = dense
        ? fc.record({ member: fc.constantFrom(1, 1, 2), partner: fc.integer({ min: 0, max: 1 }) })
        : fc.record({ member: fc.integer({ min: 0, max: 2 }), partner: fc.integer({ min: 0, max: 2 }) });
      const program = (id: string): fc.Arbitrary<MatchingProgram> => fc.record({ id: fc.constant(id), capacity: places, ranking: tiers });
      return fc.record({
        seed: fc.string({ maxLength: 6 }),
        programs: fc.tuple(...programIds.map(program)),
        applicants: fc.tuple(...applicantIds.map(applicant)),
      });
    })
    .map((instance) => ({ ...instance, programs: [...instance.programs], applicants: [...instance.applicants] }));
}

const weakInstances = fc.oneof(instanceArbitrary({ strict: false, dense: false }), instanceArbitrary({ strict: false, dense: true }));
const strictInstances = fc.oneof(instanceArbitrary({ strict: true, dense: false }), instanceArbitrary({ strict: true, dense: true }));
const crowdedInstances = instanceArbitrary({ strict: false, dense: true });

/** 40-60 applicants, 3-5 programs, lists of 2-5, three score levels: many ties, some cycles. */
const mediumInstances: fc.Arbitrary<MatchingInstance> = fc
  .record({ programCount: fc.integer({ min: 3, max: 5 }), applicantCount: fc.integer({ min: 40, max: 60 }), seed: fc.string({ maxLength: 6 }) })
  .chain(({ programCount, applicantCount, seed }) => {
    const programIds = Array.from({ length: programCount }, (_, i) => `p${i}`);
    const applicantIds = Array.from({ length: applicantCount }, (_, i) => `a${i}`);
    const applicant = (id: string) =>
      fc.record({
        id: fc.constant(id),
        side: fc.constantFrom<ApplicantSide>('member', 'member', 'partner'),
        choices: fc.shuffledSubarray(programIds, { minLength: 2, maxLength: Math.min(5, programCount) }).map((ids) => ids.map((programId) => ({ programId }))),
      });
    const program = (id: string) =>
      fc.record({
        id: fc.constant(id),
        capacity: fc.record({ member: fc.integer({ min: 1, max: 6 }), partner: fc.integer({ min: 0, max: 4 }) }),
        ranking: fc
          .array(fc.integer({ min: -1, max: 3 }), { minLength: applicantCount, maxLength: applicantCount })
          .map((tierOf) => [0, 1, 2].map((t) => applicantIds.filter((_, i) => tierOf[i] === t)).filter((tier) => tier.length > 0)),
      });
    return fc.record({
      seed: fc.constant(seed),
      programs: fc.tuple(...programIds.map(program)).map((ps) => [...ps]),
      applicants: fc.tuple(...applicantIds.map(applicant)).map((as) => [...as]),
    });
  });

/** A seeded shuffle for the order-invariance property (the input's order must not matter). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function reorder(instance: MatchingInstance, seed: number): MatchingInstance {
  return {
    seed: instance.seed,
    programs: shuffled(instance.programs, seed).map((p, i) => ({ ...p, ranking: p.ranking.map((tier, t) => shuffled(tier, seed + i + t)) })),
    applicants: shuffled(instance.applicants, seed + 7),
  };
}

describe('runMatching (properties, against brute force)', () => {
  it('places only on admissible choices, within capacity, and leaves no blocking pair for the weak rankings', () => {
    fc.assert(
      fc.property(weakInstances, fc.boolean(), (instance, improve) => {
        const assignment = assignmentOf(instance, runMatching(instance, { improve }));
        expect(isFeasible(instance, assignment)).toBe(true);
        expect(blockingPair(instance, assignment)).toBeNull();
      }),
      RUNS,
    );
  });

  it('with strict rankings, gives the applicant-optimal stable matching', () => {
    fc.assert(
      fc.property(strictInstances, (instance) => {
        const result = runMatching(instance);
        const assignment = assignmentOf(instance, result);
        const stable = allStableMatchings(instance);
        // The applicant-optimal one: each applicant's best placement in any stable matching.
        const optimal: Assignment = instance.applicants.map((a, i) =>
          stable.reduce((best, m) => (preferenceValue(a, m[i]) < preferenceValue(a, best) ? m[i] : best), -1),
        );
        expect(assignment).toEqual(optimal);
        expect(result.statistics.improvementCycles).toBe(0);
      }),
      RUNS,
    );
  });

  it('after the improvement cycles, no stable matching Pareto-dominates the result (constrained efficiency)', () => {
    let withCycles = 0;
    fc.assert(
      fc.property(crowdedInstances, (instance) => {
        const result = runMatching(instance);
        const improved = assignmentOf(instance, result);
        const deferredAcceptance = assignmentOf(instance, runMatching(instance, { improve: false }));
        if (result.statistics.improvementCycles > 0) withCycles++;
        // Every applicant is at least as well off as after deferred acceptance alone...
        expect(paretoDominates(instance, deferredAcceptance, improved)).toBe(false);
        instance.applicants.forEach((a, i) => expect(preferenceValue(a, improved[i])).toBeLessThanOrEqual(preferenceValue(a, deferredAcceptance[i])));
        // ...and no stable matching is better for some and worse for none.
        for (const other of allStableMatchings(instance)) expect(paretoDominates(instance, other, improved)).toBe(false);
      }),
      { ...RUNS, numRuns: 500 },
    );
    // The property means little if the cycles never ran.
    expect(withCycles).toBeGreaterThan(10);
  });

  it('on medium instances (too large to enumerate), stays stable and leaves no stable improvement cycle', () => {
    let cycles = 0;
    fc.assert(
      fc.property(mediumInstances, (instance) => {
        const result = runMatching(instance);
        const assignment = assignmentOf(instance, result);
        cycles += result.statistics.improvementCycles;
        expect(isFeasible(instance, assignment)).toBe(true);
        expect(blockingPair(instance, assignment)).toBeNull();
        expect(hasStableImprovementCycle(instance, assignment)).toBe(false);
      }),
      { ...RUNS, numRuns: 150 },
    );
    expect(cycles).toBeGreaterThan(20);
  });

  it('is deterministic: the same instance and seed, in any order, give the same result', () => {
    fc.assert(
      fc.property(weakInstances, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (instance, shuffleSeed) => {
        const result = runMatching(instance);
        expect(runMatching(instance)).toEqual(result);
        expect(runMatching(reorder(instance, shuffleSeed))).toEqual(result);
      }),
      RUNS,
    );
  });

  it('explains every choice above the placement truthfully, and the waitlists agree', () => {
    fc.assert(
      fc.property(weakInstances, (instance) => checkExplanations(instance, runMatching(instance))),
      RUNS,
    );
  });
});

function checkExplanations(instance: MatchingInstance, result: MatchingResult): void {
  const assignment = assignmentOf(instance, result);
  const waitlist = (programId: string, side: ApplicantSide) =>
    result.waitlists.find((w) => w.programId === programId && w.side === side)?.applicantIds ?? [];
  const lotteryOf = new Map(result.outcomes.map((o) => [o.applicantId, o.lotteryNumber]));
  const fullClaims = new Map<string, string[]>();

  for (const [i, a] of instance.applicants.entries()) {
    const outcome = result.outcomes.find((o) => o.applicantId === a.id) as ApplicantOutcome;
    const held = assignment[i];
    expect(outcome.explanations.map((e) => e.choiceIndex)).toEqual(Array.from({ length: preferenceValue(a, held) }, (_, c) => c));
    for (const { choiceIndex, programId, explanation } of outcome.explanations) {
      const choice = a.choices[choiceIndex];
      expect(programId).toBe(choice.programId);
      const program = instance.programs.find((p) => p.id === choice.programId);
      if (!program) {
        expect(explanation).toEqual({ kind: 'ineligible', rule: 'program-unknown' });
      } else if (choice.ineligibleRule !== undefined) {
        expect(explanation).toEqual({ kind: 'ineligible', rule: choice.ineligibleRule });
      } else if (program.capacity[a.side] === 0) {
        expect(explanation).toEqual({ kind: 'no-places' });
      } else if (tierAt(program, a.id) < 0) {
        expect(explanation).toEqual({ kind: 'not-ranked' });
      } else {
        if (explanation.kind !== 'full') throw new Error(`expected 'full', got ${JSON.stringify(explanation)}`);
        const admitted = placedAt(instance, assignment, program.id, a.side);
        const ranks = admitted.map((b) => competitionRank(instance, program, b));
        const yourRank = competitionRank(instance, program, a);
        expect(admitted).toHaveLength(program.capacity[a.side]);
        expect(explanation.yourRank).toBe(yourRank);
        expect(Math.max(...ranks)).toBeLessThanOrEqual(yourRank);
        expect(explanation.lowestAdmittedRank).toBe(Math.max(...ranks));
        const worstTier = Math.max(...admitted.map((b) => tierAt(program, b.id)));
        expect(explanation.decidedBy).toBe(tierAt(program, a.id) === worstTier ? 'lottery' : 'score');
        expect(waitlist(program.id, a.side)[explanation.waitlistPosition - 1]).toBe(a.id);
        const key = `${program.id}/${a.side}`;
        fullClaims.set(key, [...(fullClaims.get(key) ?? []), a.id]);
      }
    }
    if (held >= 0) expect(admissible(instance, a, held)).toBe(true);
  }

  for (const w of result.waitlists) {
    const program = instance.programs.find((p) => p.id === w.programId) as MatchingProgram;
    expect([...w.applicantIds].sort()).toEqual([...(fullClaims.get(`${w.programId}/${w.side}`) ?? [])].sort());
    const order = w.applicantIds.map((id) => [tierAt(program, id), lotteryOf.get(id) ?? Infinity] as const);
    for (let j = 1; j < order.length; j++) {
      const [tierBefore, lotteryBefore] = order[j - 1];
      const [tier, lottery] = order[j];
      expect(tierBefore < tier || (tierBefore === tier && lotteryBefore < lottery)).toBe(true);
    }
  }
  expect(result.statistics.placed + result.statistics.unplaced).toBe(instance.applicants.length);
  expect(result.statistics.placed).toBe(assignment.filter((c) => c >= 0).length);
}
