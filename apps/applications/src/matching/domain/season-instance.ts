import type { AgreementSide, MatchingOutcomeView } from '@scn/contracts';
import { createHash } from 'node:crypto';
import { compareScores } from '../../review/domain/ranking';
import { sideName } from './choice-status';
import type { IndexedInstance } from './indexed-instance';
import type { MatchingResult, ProgramCapacity } from './matching.types';

// A season as the service reads it, in integer indices, turned into the engine's instance
// and back. The engine's applicants are the season's applications. An applicant's side can
// differ between their choices (they live in the member city of one partnership and the
// partner city of another), so every choice carries its own side: ranks, waitlists and
// "full" claims are per program and side, as the programs' places are.

/**
 * What a matching run reads of a season: the applications that take part, in ascending id
 * order, with their ranked choices flat (application i's are choiceStart[i] ..
 * choiceStart[i + 1] - 1, best first), and the running programs in ascending id order.
 */
export interface Season {
  applicationIds: string[];
  /** The person behind each application. */
  applicantIds: string[];
  programIds: string[];
  /** Places per side; a one-way program has none on the side it takes no one from. */
  programCapacity: ProgramCapacity[];
  choiceStart: Int32Array;
  /** Index into programIds; -1 when the program is over (cancelled, completed) or unknown. */
  choiceProgram: Int32Array;
  /** 0 = member, 1 = partner. */
  choiceSide: Uint8Array;
  /** Program ids of the choices whose program is not running. */
  unknownProgramIds: Map<number, string>;
  /**
   * The score of the choice's candidacy as Σ weighted sums / Σ weights of its counted
   * readings (an exact fraction); a weight of 0 means not ranked (no counted reading, or
   * the candidacy is not complete).
   */
  choiceScoreSum: Float64Array;
  choiceScoreWeight: Float64Array;
}

/** Rule given to a choice whose program is over (cancelled or completed) or unknown when the run reads the season. */
export const PROGRAM_OVER_RULE = 'program-over';

/** The engine's instance of a season: each program's weak ranking comes from the scores (equal scores are one tier). */
export function seasonInstance(seed: string, season: Season): IndexedInstance {
  const { choiceTier, programTierCount } = tiersFromScores(season);
  const n = season.applicationIds.length;
  const applicantSide = new Uint8Array(n);
  for (let a = 0; a < n; a++) if (season.choiceStart[a + 1] > season.choiceStart[a]) applicantSide[a] = season.choiceSide[season.choiceStart[a]];
  const choiceRule = new Array<string | undefined>(season.choiceProgram.length);
  for (const k of season.unknownProgramIds.keys()) choiceRule[k] = PROGRAM_OVER_RULE;
  return {
    seed,
    applicantIds: season.applicationIds,
    applicantSide,
    programIds: season.programIds,
    programCapacity: season.programCapacity,
    choiceStart: season.choiceStart,
    choiceProgram: season.choiceProgram,
    choiceSide: season.choiceSide,
    choiceTier,
    programTierCount,
    choiceRule,
    unknownProgramIds: season.unknownProgramIds,
  };
}

/**
 * Each program's tiers, best first: its ranked choices sorted by score (exact fractions,
 * best first), equal scores sharing a tier. The choices are grouped by program with a
 * counting sort, then each program's few hundred are sorted.
 */
export function tiersFromScores(season: Pick<Season, 'programIds' | 'choiceProgram' | 'choiceScoreSum' | 'choiceScoreWeight'>): {
  choiceTier: Int32Array;
  programTierCount: Int32Array;
} {
  const { choiceProgram, choiceScoreSum, choiceScoreWeight } = season;
  const m = season.programIds.length;
  const total = choiceProgram.length;
  const ranked = (k: number) => choiceProgram[k] >= 0 && choiceScoreWeight[k] > 0;
  const start = new Int32Array(m + 1);
  for (let k = 0; k < total; k++) if (ranked(k)) start[choiceProgram[k] + 1]++;
  for (let p = 0; p < m; p++) start[p + 1] += start[p];
  const byProgram = new Int32Array(start[m]);
  const fill = start.slice(0, m);
  for (let k = 0; k < total; k++) if (ranked(k)) byProgram[fill[choiceProgram[k]]++] = k;

  const score = (k: number) => ({ weightedSum: choiceScoreSum[k], weightTotal: choiceScoreWeight[k] });
  const choiceTier = new Int32Array(total).fill(-1);
  const programTierCount = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    const choices = byProgram.subarray(start[p], start[p + 1]);
    choices.sort((x, y) => compareScores(score(x), score(y)));
    let tier = -1;
    for (let i = 0; i < choices.length; i++) {
      if (i === 0 || compareScores(score(choices[i - 1]), score(choices[i])) !== 0) tier++;
      choiceTier[choices[i]] = tier;
    }
    programTierCount[p] = tier + 1;
  }
  return { choiceTier, programTierCount };
}

/**
 * SHA-256 of what a run read, seed aside: a commit of a preview reads the season again and
 * must find the same fingerprint, or the preview no longer describes what would happen.
 * Hashes the arrays as they are (ids joined, typed arrays' bytes): milliseconds for a
 * season of a million choices.
 */
export function seasonFingerprint(season: Season): string {
  const hash = createHash('sha256');
  const bytes = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  hash.update(`applications ${season.applicationIds.length}\n${season.applicationIds.join('\n')}\n`);
  hash.update(`programs ${season.programIds.length}\n${season.programIds.join('\n')}\n`);
  hash.update(bytes(Int32Array.from(season.programCapacity.flatMap((places) => [places.member, places.partner]))));
  for (const array of [season.choiceStart, season.choiceProgram, season.choiceSide, season.choiceScoreSum, season.choiceScoreWeight]) hash.update(bytes(array));
  hash.update([...season.unknownProgramIds].map(([k, id]) => `${k}:${id}`).join('\n'));
  return hash.digest('hex');
}

/** Each application's outcome as the service shows it: the placement and the explanation of each choice above it. */
export function seasonOutcomes(result: MatchingResult, season: Season): MatchingOutcomeView[] {
  return result.outcomes.map((outcome, a) => {
    const placement = outcome.placement;
    const start = season.choiceStart[a];
    return {
      applicationId: outcome.applicantId,
      applicantId: season.applicantIds[a],
      side: placement ? sideName(season.choiceSide[start + placement.choiceIndex]) : outcome.side,
      lotteryNumber: outcome.lotteryNumber,
      placement: placement ? { exchangeProgramId: placement.programId, choiceRank: placement.choiceIndex + 1 } : null,
      explanations: outcome.explanations.map((entry) => ({
        exchangeProgramId: entry.programId,
        choiceRank: entry.choiceIndex + 1,
        explanation: entry.explanation,
      })),
    };
  });
}

/** The waitlists of each program's sides, best first (application ids). */
export function seasonWaitlists(result: MatchingResult): Array<{ exchangeProgramId: string; side: AgreementSide; applicationIds: string[] }> {
  return result.waitlists.map((waitlist) => ({ exchangeProgramId: waitlist.programId, side: waitlist.side, applicationIds: waitlist.applicantIds }));
}

/** The run's figures per program and side, with each program's fill rate (filled / places; 0 without places). */
export function seasonStatistics(result: MatchingResult) {
  const { programs, ...totals } = result.statistics;
  return {
    ...totals,
    programs: programs.map(({ programId, member, partner }) => {
      const places = member.places + partner.places;
      return { exchangeProgramId: programId, member, partner, fillRate: places === 0 ? 0 : (member.filled + partner.filled) / places };
    }),
  };
}
