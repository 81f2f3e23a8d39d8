import { compileIndexed } from './compiled-instance';
import { runDeferredAcceptance } from './deferred-acceptance';
import { indexInstance, type IndexedInstance } from './indexed-instance';
import { buildMatchingResult } from './matching-result';
import type { MatchingInstance, MatchingOptions, MatchingResult } from './matching.types';
import { applyStableImprovementCycles } from './stable-improvement-cycles';

/**
 * The whole match: lottery, applicant-proposing deferred acceptance over the tie-broken
 * rankings, then the stable improvement cycles (unless `improve: false`), then the
 * explanations, waitlists and statistics. Pure: the same instance and seed give the same
 * result, whatever the order of the input's arrays.
 */
export function runMatching(instance: MatchingInstance, options: MatchingOptions = {}): MatchingResult {
  return runIndexedMatching(indexInstance(instance), options);
}

/** The same, for an instance already in indices (how the service hands a season over). */
export function runIndexedMatching(instance: IndexedInstance, options: MatchingOptions = {}): MatchingResult {
  const compiled = compileIndexed(instance);
  const { matching, proposals } = runDeferredAcceptance(compiled);
  const improvement = options.improve === false ? { cycles: 0, applicantsMoved: 0 } : applyStableImprovementCycles(compiled, matching);
  return buildMatchingResult(compiled, matching, {
    proposals,
    improvementCycles: improvement.cycles,
    applicantsMovedByCycles: improvement.applicantsMoved,
  });
}
