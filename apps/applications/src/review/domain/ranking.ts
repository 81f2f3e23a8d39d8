// A program's ranking of its candidates (issue #13, item 4): by the weighted mean of their
// counted readings, Σ weightedSum / Σ weightTotal, compared as exact fractions so that
// equal scores are one tier (a tie the matching breaks by its own lottery), never split by
// the order the readings came in.

/** One reading of a candidacy as the ranking needs it. */
export interface RankingReading {
  applicationId: string;
  /** The candidacy is marked complete: only complete candidacies are ranked. */
  complete: boolean;
  /** The reader declared a conflict of interest: the reading never counts. */
  conflicted: boolean;
  /** Null until scored. */
  weightedSum: number | null;
  weightTotal: number | null;
  /** How many readings this entry sums (1 unless a query summed them already). */
  readings?: number;
}

/** A candidacy's score: an exact fraction, and how many readings made it. */
export interface CandidateScore {
  weightedSum: number;
  weightTotal: number;
  readings: number;
}

/** One tier: candidates with exactly the same score, ids in ascending order. */
export interface RankingTier {
  applicationIds: string[];
  score: CandidateScore;
}

/** Whether a reading counts: scored, of a complete candidacy, without a conflict of interest. */
export function counts(reading: RankingReading): reading is RankingReading & { weightedSum: number; weightTotal: number } {
  return reading.complete && !reading.conflicted && reading.weightedSum !== null && reading.weightTotal !== null && reading.weightTotal > 0;
}

/** Each candidacy with at least one counted reading, with its summed score. */
export function scoreCandidates(readings: Iterable<RankingReading>): Map<string, CandidateScore> {
  const scores = new Map<string, CandidateScore>();
  for (const reading of readings) {
    if (!counts(reading)) continue;
    const score = scores.get(reading.applicationId);
    if (score) {
      score.weightedSum += reading.weightedSum;
      score.weightTotal += reading.weightTotal;
      score.readings += reading.readings ?? 1;
    } else {
      scores.set(reading.applicationId, { weightedSum: reading.weightedSum, weightTotal: reading.weightTotal, readings: reading.readings ?? 1 });
    }
  }
  return scores;
}

/**
 * Compares two scores as fractions a/b and c/d by a·d against c·b, in integers: negative
 * when `x` is better (higher), 0 when they are exactly equal. Products beyond 2^53 are
 * compared as bigints.
 */
export function compareScores(x: Pick<CandidateScore, 'weightedSum' | 'weightTotal'>, y: Pick<CandidateScore, 'weightedSum' | 'weightTotal'>): number {
  const left = x.weightedSum * y.weightTotal;
  const right = y.weightedSum * x.weightTotal;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return right - left === 0 ? 0 : right > left ? 1 : -1;
  const big = BigInt(y.weightedSum) * BigInt(x.weightTotal) - BigInt(x.weightedSum) * BigInt(y.weightTotal);
  return big === 0n ? 0 : big > 0n ? 1 : -1;
}

/** The tiers with their scores, best first; candidacies without a counted reading are not ranked. */
export function rankTiers(readings: Iterable<RankingReading>): RankingTier[] {
  const scored = [...scoreCandidates(readings)].sort(([idA, a], [idB, b]) => compareScores(a, b) || (idA < idB ? -1 : idA > idB ? 1 : 0));
  const tiers: RankingTier[] = [];
  for (const [applicationId, score] of scored) {
    const last = tiers[tiers.length - 1];
    if (last && compareScores(last.score, score) === 0) last.applicationIds.push(applicationId);
    else tiers.push({ applicationIds: [applicationId], score: { weightedSum: score.weightedSum, weightTotal: score.weightTotal, readings: score.readings } });
  }
  return tiers;
}

/**
 * A program's ranking for the matching: application ids in tiers, best first; the
 * candidates of one tier have exactly equal weighted means (a tie).
 */
export function rankCandidates(readings: Iterable<RankingReading>): string[][] {
  return rankTiers(readings).map((tier) => tier.applicationIds);
}

/** The weighted mean for display (3 decimals); never used to rank. */
export function displayMean(score: Pick<CandidateScore, 'weightedSum' | 'weightTotal'>): number {
  return Math.round((score.weightedSum / score.weightTotal) * 1000) / 1000;
}
