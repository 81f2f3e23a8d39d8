/**
 * Seeded random matching instances shaped like a national call: programs of skewed
 * popularity (so the popular ones are oversubscribed), ten ranked choices per applicant,
 * scores that tie a lot, a few ineligible and unranked choices.
 */
import type { ApplicantSide, MatchingApplicant, MatchingInstance, MatchingProgram } from '../../apps/applications/src/matching/domain';
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

export interface InstanceShape {
  applicants: number;
  programs: number;
  choicesPerApplicant: number;
  /** Places per side are drawn uniformly from this range. */
  minPlaces: number;
  maxPlaces: number;
  /** Zipf-like exponent of the programs' popularity (0 = uniform). */
  popularitySkew: number;
  /** Criteria each program rates 1-5 (the first is the applicant's language, the same everywhere). */
  criteria: number;
  ineligibleShare: number;
  notRankedShare: number;
  seed: number;
}

export const DEFAULT_SHAPE: InstanceShape = {
  applicants: 100_000,
  programs: 5_000,
  choicesPerApplicant: 10,
  minPlaces: 10,
  maxPlaces: 20,
  popularitySkew: 1,
  criteria: 3,
  ineligibleShare: 0.03,
  notRankedShare: 0.01,
  seed: 20261204,
};

/**
 * Each program scores its applicants on `criteria` criteria rated 1-5, equally weighted,
 * the first (language) the applicant's own, the same everywhere: with three, the mean
 * takes 13 values, so a program's ranking has tiers of many equal scores (compared as the
 * sum, to stay exact).
 */
function score(language: number, criteria: number, int: (from: number, to: number) => number): number {
  let sum = language;
  for (let c = 1; c < criteria; c++) sum += int(1, 5);
  return sum;
}

export function randomInstance(shape: InstanceShape): MatchingInstance {
  return randomScoredInstance(shape).instance;
}

/**
 * The same instance as `randomInstance` (same seed, same draws), with each program's tier
 * scores beside its ranking: `tierScores.get(programId)[t]` is the sum of the criteria of
 * every applicant in tier `t` (criteria rated 1-5, equally weighted). Part (b) writes
 * them as review readings, so the service ranks exactly as part (a)'s instance does.
 */
export function randomScoredInstance(shape: InstanceShape): { instance: MatchingInstance; tierScores: Map<string, number[]> } {
  const rng = xoroshiro128plus(shape.seed);
  const int = (from: number, to: number) => unsafeUniformIntDistribution(from, to, rng);
  const chance = (p: number) => int(0, 999_999) < p * 1_000_000;

  const programIds = Array.from({ length: shape.programs }, (_, i) => `program-${String(i).padStart(5, '0')}`);
  const applicantIds = Array.from({ length: shape.applicants }, (_, i) => `applicant-${String(i).padStart(6, '0')}`);
  const pickProgram = popularitySampler(shape.programs, shape.popularitySkew, rng);
  const choosers: Array<Array<{ applicant: number; score: number }>> = programIds.map(() => []);

  const applicants: MatchingApplicant[] = applicantIds.map((id, a) => {
    const side: ApplicantSide = chance(0.5) ? 'member' : 'partner';
    const language = int(1, 5);
    const picked = new Set<number>();
    const wanted = Math.min(shape.choicesPerApplicant, shape.programs);
    while (picked.size < wanted) picked.add(pickProgram());
    const choices = [...picked].map((p) => {
      if (chance(shape.ineligibleShare)) return { programId: programIds[p], ineligibleRule: 'language-level' };
      if (!chance(shape.notRankedShare)) {
        choosers[p].push({ applicant: a, score: score(language, shape.criteria, int) });
      }
      return { programId: programIds[p] };
    });
    return { id, side, choices };
  });

  const tierScores = new Map<string, number[]>();
  const programs: MatchingProgram[] = programIds.map((id, p) => {
    const capacity = { member: int(shape.minPlaces, shape.maxPlaces), partner: int(shape.minPlaces, shape.maxPlaces) };
    const { tiers, scores } = tiersOf(choosers[p], applicantIds);
    tierScores.set(id, scores);
    return { id, capacity, ranking: tiers };
  });
  return { instance: { seed: `bench-${shape.seed}`, programs, applicants }, tierScores };
}

/** Best score first; equal scores share a tier (`scores[t]`: tier t's score). */
function tiersOf(scored: Array<{ applicant: number; score: number }>, applicantIds: string[]): { tiers: string[][]; scores: number[] } {
  scored.sort((x, y) => y.score - x.score);
  const tiers: string[][] = [];
  const scores: number[] = [];
  let previous = Number.NaN;
  for (const { applicant, score } of scored) {
    if (score !== previous) {
      tiers.push([]);
      scores.push(score);
    }
    tiers[tiers.length - 1].push(applicantIds[applicant]);
    previous = score;
  }
  return { tiers, scores };
}

/** Draws program indices with weight 1 / (index + 1)^skew, by binary search on the cumulative weights. */
function popularitySampler(count: number, skew: number, rng: RandomGenerator): () => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) cumulative[i] = total += 1 / Math.pow(i + 1, skew);
  return () => {
    const target = (unsafeUniformIntDistribution(0, 0x3fffffff, rng) / 0x40000000) * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
