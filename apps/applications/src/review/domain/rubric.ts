import { SCORE_MAX, SCORE_MIN, type FieldViolation, type RubricCriterion } from '@scn/contracts';
import { ReviewErrors } from './review.errors';

export type { RubricCriterion };

/** A program's rubric: what its readers score, and whether the first round is blind. */
export interface Rubric {
  criteria: RubricCriterion[];
  blindFirstRound: boolean;
}

/** A scored reading's sums: the candidacy's score is Σ weightedSum / Σ weightTotal over its readings. */
export interface ReadingScore {
  weightedSum: number;
  weightTotal: number;
}

/** Checks a rubric's criteria (the contract's schema checks shapes; this is the rule itself), raising every violation at once. */
export function checkRubric(criteria: readonly RubricCriterion[]): void {
  const violations: FieldViolation[] = [];
  const seen = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (seen.has(criterion.key)) violations.push({ field: `criteria.${index}.key`, rule: 'unique_key', message: `names ${criterion.key} a second time`, params: { key: criterion.key } });
    seen.add(criterion.key);
    if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 100) {
      violations.push({ field: `criteria.${index}.weight`, rule: 'weight', message: 'must be a whole number 1–100', params: { minimum: 1, maximum: 100 } });
    }
  });
  if (criteria.length === 0) violations.push({ field: 'criteria', rule: 'min_criteria', message: 'must name at least one criterion', params: { minimum: 1 } });
  if (violations.length) throw ReviewErrors.invalidRubric(violations);
}

/**
 * Whether replacing `before` by `after` changes what scores mean (a key or a weight added,
 * removed or changed); labels and order do not.
 */
export function criteriaMeaningChanged(before: readonly RubricCriterion[], after: readonly RubricCriterion[]): boolean {
  const weights = (list: readonly RubricCriterion[]) => new Map(list.map((criterion) => [criterion.key, criterion.weight]));
  const a = weights(before);
  const b = weights(after);
  return a.size !== b.size || [...a].some(([key, weight]) => b.get(key) !== weight);
}

/**
 * Scores a reading against the rubric: every criterion once, nothing else, each 1–5.
 * Answers Σ weight × score and Σ weight (integers: the ranking compares exact fractions).
 */
export function scoreReading(criteria: readonly RubricCriterion[], scores: Readonly<Record<string, number>>): ReadingScore {
  const violations: FieldViolation[] = [];
  const keys = new Set(criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(scores)) {
    if (!keys.has(key)) violations.push({ field: `scores.${key}`, rule: 'unknown_criterion', message: 'is not a criterion of the rubric' });
  }
  let weightedSum = 0;
  let weightTotal = 0;
  for (const criterion of criteria) {
    const score = Object.prototype.hasOwnProperty.call(scores, criterion.key) ? scores[criterion.key] : undefined;
    if (score === undefined) {
      violations.push({ field: `scores.${criterion.key}`, rule: 'missing_criterion', message: `must score ${criterion.label}`, params: { label: criterion.label } });
    } else if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
      violations.push({ field: `scores.${criterion.key}`, rule: 'score_range', message: `must be a whole number ${SCORE_MIN}–${SCORE_MAX}`, params: { minimum: SCORE_MIN, maximum: SCORE_MAX } });
    } else {
      weightedSum += criterion.weight * score;
      weightTotal += criterion.weight;
    }
  }
  if (violations.length) throw ReviewErrors.scoresNotMatching(violations);
  return { weightedSum, weightTotal };
}
