export * from './matching.types';
export { runMatching } from './run-matching';
// The steps, for the benchmark (which times them apart) and for callers that need one.
export { compileInstance, type CompiledInstance } from './compiled-instance';
export { UNKNOWN_PROGRAM_RULE } from './choice-status';
export { runDeferredAcceptance, type IndexedMatching, type DeferredAcceptanceOutcome } from './deferred-acceptance';
export { applyStableImprovementCycles, type ImprovementOutcome } from './stable-improvement-cycles';
export { buildMatchingResult, type MatchingRunFigures } from './matching-result';
export { drawLottery, seedToInt32 } from './lottery';
