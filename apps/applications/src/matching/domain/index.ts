export * from './matching.types';
export { runIndexedMatching, runMatching } from './run-matching';
// The steps, for the benchmark (which times them apart) and for callers that need one.
export { compileIndexed, compileInstance, type CompiledInstance } from './compiled-instance';
export { indexInstance, type IndexedInstance } from './indexed-instance';
export { UNKNOWN_PROGRAM_RULE } from './choice-status';
export { runDeferredAcceptance, type IndexedMatching, type DeferredAcceptanceOutcome } from './deferred-acceptance';
export { applyStableImprovementCycles, type ImprovementOutcome } from './stable-improvement-cycles';
export { buildMatchingResult, type MatchingRunFigures } from './matching-result';
export { drawLottery, seedToInt32 } from './lottery';
