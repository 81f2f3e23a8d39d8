import type { AgreementSide, MatchingOutcomeView } from '@scn/contracts';
import type { MatchingInstance, MatchingResult } from './matching.types';

// A season as the service keeps it, turned into the engine's instance and back. An
// applicant's side can differ between their choices (they live in the member city of one
// partnership and the partner city of another), so each (program, side) becomes one
// "place pool" of the engine with that side's places, and every applicant competes in a
// pool under the one side the engine sees: ranks, waitlists and "full" claims are thus
// per side, as the programs' places are.

/** One submitted application of the season: its choices in rank order, each with the side it travels from. */
export interface SeasonApplication {
  applicationId: string;
  applicantId: string;
  choices: Array<{ exchangeProgramId: string; side: AgreementSide }>;
}

/** One program of the season still running: its places per side, and its ranking (application ids in tiers, best first). */
export interface SeasonProgram {
  exchangeProgramId: string;
  places: Record<AgreementSide, number>;
  ranking: string[][];
}

/** Rule given to a choice whose program is over (cancelled or completed) or unknown when the run reads the season. */
export const PROGRAM_OVER_RULE = 'program-over';

const SIDE_IN_ENGINE = 'member' as const;
const poolId = (exchangeProgramId: string, side: AgreementSide) => `${exchangeProgramId}/${side}`;
const poolOf = (id: string) => {
  const [exchangeProgramId, side] = id.split('/') as [string, AgreementSide];
  return { exchangeProgramId, side };
};

/** The engine's instance of a season (sorted, so the same season gives the same instance whatever order rows came in). */
export function seasonInstance(seed: string, applications: readonly SeasonApplication[], programs: readonly SeasonProgram[]): MatchingInstance {
  const running = new Map(programs.map((program) => [program.exchangeProgramId, program]));
  const sideOf = new Map<string, Map<string, AgreementSide>>(); // program → application → side
  for (const application of applications) {
    for (const choice of application.choices) {
      if (!sideOf.has(choice.exchangeProgramId)) sideOf.set(choice.exchangeProgramId, new Map());
      sideOf.get(choice.exchangeProgramId)!.set(application.applicationId, choice.side);
    }
  }
  const pools = [...running.values()]
    .sort((a, b) => compare(a.exchangeProgramId, b.exchangeProgramId))
    .flatMap((program) =>
      (['member', 'partner'] as const).map((side) => ({
        id: poolId(program.exchangeProgramId, side),
        capacity: { member: program.places[side], partner: 0 },
        ranking: program.ranking
          .map((tier) => tier.filter((applicationId) => sideOf.get(program.exchangeProgramId)?.get(applicationId) === side).sort(compare))
          .filter((tier) => tier.length > 0),
      })),
    );
  const applicants = [...applications]
    .sort((a, b) => compare(a.applicationId, b.applicationId))
    .map((application) => ({
      id: application.applicationId,
      side: SIDE_IN_ENGINE,
      choices: application.choices.map((choice) =>
        running.has(choice.exchangeProgramId)
          ? { programId: poolId(choice.exchangeProgramId, choice.side) }
          : { programId: poolId(choice.exchangeProgramId, choice.side), ineligibleRule: PROGRAM_OVER_RULE },
      ),
    }));
  return { seed, programs: pools, applicants };
}

/** Each application's outcome as the service shows it: the placement and the explanation of each choice above it. */
export function seasonOutcomes(result: MatchingResult, applications: readonly SeasonApplication[]): MatchingOutcomeView[] {
  const byId = new Map(applications.map((application) => [application.applicationId, application]));
  return result.outcomes.map((outcome) => {
    const application = byId.get(outcome.applicantId)!;
    const placement = outcome.placement;
    return {
      applicationId: application.applicationId,
      applicantId: application.applicantId,
      side: placement ? poolOf(placement.programId).side : (application.choices[0]?.side ?? 'member'),
      lotteryNumber: outcome.lotteryNumber,
      placement: placement ? { exchangeProgramId: poolOf(placement.programId).exchangeProgramId, choiceRank: placement.choiceIndex + 1 } : null,
      explanations: outcome.explanations.map((entry) => ({
        exchangeProgramId: poolOf(entry.programId).exchangeProgramId,
        choiceRank: entry.choiceIndex + 1,
        explanation: entry.explanation,
      })),
    };
  });
}

/** The waitlists of each program's sides, best first (application ids). */
export function seasonWaitlists(result: MatchingResult): Array<{ exchangeProgramId: string; side: AgreementSide; applicationIds: string[] }> {
  return result.waitlists.map((waitlist) => ({ ...poolOf(waitlist.programId), applicationIds: [...waitlist.applicantIds] }));
}

/** The run's figures per program and side, with each program's fill rate (filled / places; 0 without places). */
export function seasonStatistics(result: MatchingResult) {
  const programs = new Map<string, { exchangeProgramId: string; member: { places: number; filled: number }; partner: { places: number; filled: number } }>();
  for (const fill of result.statistics.programs) {
    const { exchangeProgramId, side } = poolOf(fill.programId);
    const entry = programs.get(exchangeProgramId) ?? { exchangeProgramId, member: { places: 0, filled: 0 }, partner: { places: 0, filled: 0 } };
    entry[side] = { places: fill.member.places, filled: fill.member.filled };
    programs.set(exchangeProgramId, entry);
  }
  const { programs: _pools, ...totals } = result.statistics;
  return {
    ...totals,
    programs: [...programs.values()].map((entry) => {
      const places = entry.member.places + entry.partner.places;
      return { ...entry, fillRate: places === 0 ? 0 : (entry.member.filled + entry.partner.filled) / places };
    }),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
