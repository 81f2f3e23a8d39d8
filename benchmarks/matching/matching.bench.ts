/**
 * `npm run bench:matching`: the applications service's stable matching engine (pure domain
 * code, no servers) against a plain deferred-acceptance baseline, on the same seeded
 * random instance, in the same run. Part (a) of the matching benchmark: see
 * benchmarks/README.md. Settings: the MATCHING_BENCH_* variables listed there;
 * MATCHING_BENCH_PART=b (or both) runs part (b), through the service (service.bench.ts).
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  applyStableImprovementCycles,
  buildMatchingResult,
  compileIndexed,
  compileInstance,
  indexInstance,
  runDeferredAcceptance,
  runIndexedMatching,
  runMatching,
  type MatchingInstance,
  type MatchingResult,
} from '../../apps/applications/src/matching/domain';
import { fmt, now, textTable } from '../events/measure';
import { baselineDeferredAcceptance, type BaselineOutcome } from './baseline-deferred-acceptance';
import { DEFAULT_SHAPE, randomInstance, type InstanceShape } from './random-instance';
import { atMostTimesBare, recordResult } from '../results';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0 (got "${raw}")`);
  return value;
}

const applicants = envInt('MATCHING_BENCH_APPLICANTS', DEFAULT_SHAPE.applicants);
const shape: InstanceShape = {
  ...DEFAULT_SHAPE,
  applicants,
  // 20 applicants per program by default, as at full size (100,000 x 5,000).
  programs: envInt('MATCHING_BENCH_PROGRAMS', Math.max(1, Math.round(applicants / 20))),
  choicesPerApplicant: envInt('MATCHING_BENCH_CHOICES', DEFAULT_SHAPE.choicesPerApplicant),
  criteria: envInt('MATCHING_BENCH_CRITERIA', DEFAULT_SHAPE.criteria),
  minPlaces: envNumber('MATCHING_BENCH_MIN_PLACES', DEFAULT_SHAPE.minPlaces),
  maxPlaces: envNumber('MATCHING_BENCH_MAX_PLACES', DEFAULT_SHAPE.maxPlaces),
  popularitySkew: envNumber('MATCHING_BENCH_SKEW', DEFAULT_SHAPE.popularitySkew),
  seed: envInt('MATCHING_BENCH_SEED', DEFAULT_SHAPE.seed),
};
const repeats = envInt('MATCHING_BENCH_ROUNDS', 3);

// A collection between phases, so that each phase's memory figure is its own.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Memory read at phase boundaries (the engine is synchronous: nothing samples during a phase). */
class MemoryPeak {
  heapUsed = 0;
  rss = 0;
  constructor() {
    this.sample();
  }
  sample(): void {
    const m = process.memoryUsage();
    this.heapUsed = Math.max(this.heapUsed, m.heapUsed);
    this.rss = Math.max(this.rss, m.rss);
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const range = (values: number[]) => `${fmt.ms(Math.min(...values))}-${fmt.ms(Math.max(...values))}`;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = now();
  const value = run();
  return { value, ms: now() - started };
}

interface Phases {
  compileMs: number;
  deferredAcceptanceMs: number;
  improvementMs: number;
  resultMs: number;
  result: MatchingResult;
  memory: MemoryPeak;
}

/** One run step by step, for the time and memory of each phase. */
function engineByPhase(instance: MatchingInstance): Phases {
  gc();
  const memory = new MemoryPeak();
  const compiled = timed(() => compileInstance(instance));
  memory.sample();
  const deferred = timed(() => runDeferredAcceptance(compiled.value));
  memory.sample();
  const improvement = timed(() => applyStableImprovementCycles(compiled.value, deferred.value.matching));
  memory.sample();
  const result = timed(() =>
    buildMatchingResult(compiled.value, deferred.value.matching, {
      proposals: deferred.value.proposals,
      improvementCycles: improvement.value.cycles,
      applicantsMovedByCycles: improvement.value.applicantsMoved,
    }),
  );
  memory.sample();
  return {
    compileMs: compiled.ms,
    deferredAcceptanceMs: deferred.ms,
    improvementMs: improvement.ms,
    resultMs: result.ms,
    result: result.value,
    memory,
  };
}

/** The engine's deferred-acceptance matching must be the baseline's, applicant by applicant. */
function compare(engine: MatchingResult, baseline: BaselineOutcome): string {
  let differences = 0;
  let example = '';
  for (const outcome of engine.outcomes) {
    const mine = outcome.placement?.programId;
    const theirs = baseline.placements.get(outcome.applicantId);
    if (mine !== theirs) {
      differences++;
      example ||= ` (first: ${outcome.applicantId} engine ${mine ?? '-'} baseline ${theirs ?? '-'})`;
    }
  }
  return differences === 0
    ? `same deferred-acceptance matching: OK (${baseline.placements.size.toLocaleString('en-US')} placed, ${engine.statistics.proposals === baseline.proposals ? 'same' : 'DIFFERENT'} proposal count)`
    : `MISMATCH: ${differences} applicants placed differently${example}`;
}

function main(): void {
  const started = now();
  log(`warming up on a small instance`);
  const warmup = randomInstance({ ...shape, applicants: 5_000, programs: 250, seed: shape.seed + 1 });
  for (let i = 0; i < 3; i++) runMatching(warmup);
  baselineDeferredAcceptance(warmup);

  log(`generating ${shape.applicants.toLocaleString('en-US')} applicants x ${shape.programs.toLocaleString('en-US')} programs x ${shape.choicesPerApplicant} choices`);
  const generated = timed(() => randomInstance(shape));
  const instance = generated.value;
  // The same instance in indices, as the service's season reader hands one over (its SQL
  // returns rows in id order; a program's ranking comes as each choice's score tier).
  const indexing = timed(() => indexInstance(instance));
  const indexed = indexing.value;
  gc();
  const instanceHeap = process.memoryUsage().heapUsed;

  // Rounds alternate engine and baseline, so a drift of the machine's load (it is shared)
  // hits both alike; each figure is the median over the rounds.
  const phaseRuns: Phases[] = [];
  const daOnly: number[] = [];
  const daImproved: number[] = [];
  const placementsOnly: number[] = [];
  const daFromIndices: number[] = [];
  const placementsFromIndices: number[] = [];
  const baselineRuns: number[] = [];
  let daResult: MatchingResult | undefined;
  let baseline: BaselineOutcome | undefined;
  let baselineMemory: MemoryPeak | undefined;
  for (let round = 1; round <= repeats; round++) {
    log(`round ${round} of ${repeats}: engine phase by phase, to placements, DA only, DA + cycles; baseline`);
    phaseRuns.push(engineByPhase(instance));
    gc();
    placementsOnly.push(timed(() => runDeferredAcceptance(compileInstance(instance))).ms);
    gc();
    const plain = timed(() => runMatching(instance, { improve: false }));
    daOnly.push(plain.ms);
    daResult = plain.value;
    gc();
    daImproved.push(timed(() => runMatching(instance)).ms);
    gc();
    placementsFromIndices.push(timed(() => runDeferredAcceptance(compileIndexed(indexed))).ms);
    gc();
    daFromIndices.push(timed(() => runIndexedMatching(indexed, { improve: false })).ms);
    gc();
    const memory = new MemoryPeak();
    const run = timed(() => baselineDeferredAcceptance(instance));
    memory.sample();
    baselineRuns.push(run.ms);
    baseline = run.value;
    baselineMemory ??= memory;
  }
  const firstRun = phaseRuns[0];
  if (!firstRun || !baseline || !baselineMemory || !daResult) throw new Error('no round was run');
  const check = compare(daResult, baseline);
  const phases = {
    compileMs: median(phaseRuns.map((p) => p.compileMs)),
    deferredAcceptanceMs: median(phaseRuns.map((p) => p.deferredAcceptanceMs)),
    improvementMs: median(phaseRuns.map((p) => p.improvementMs)),
    resultMs: median(phaseRuns.map((p) => p.resultMs)),
    memory: firstRun.memory,
  };
  const stats = firstRun.result.statistics;
  const waitlistCount = firstRun.result.waitlists.length;

  const engineDa = median(daOnly);
  const enginePlacements = median(placementsOnly);
  const engineFull = median(daImproved);
  const engineDaIndexed = median(daFromIndices);
  const enginePlacementsIndexed = median(placementsFromIndices);
  const baselineMs = median(baselineRuns);
  const total = instance.applicants.reduce((sum, a) => sum + a.choices.length, 0);
  const oversubscribed = stats.programs.filter((p) => p.member.filled === p.member.places && p.member.places > 0).length;
  const rows = [
    ['figure', 'engine', 'baseline', 'baseline / engine'],
    ['DA, whole run (parse, match, explain), ms', fmt.ms(engineDa), fmt.ms(baselineMs), fmt.ratio(baselineMs / engineDa)],
    ['DA to placements (parse, match: the baseline\'s output), ms', fmt.ms(enginePlacements), fmt.ms(baselineMs), fmt.ratio(baselineMs / enginePlacements)],
    ['DA, whole run from indices (as the service hands a season over), ms', fmt.ms(engineDaIndexed), fmt.ms(baselineMs), fmt.ratio(baselineMs / engineDaIndexed)],
    ['DA to placements from indices, ms', fmt.ms(enginePlacementsIndexed), fmt.ms(baselineMs), fmt.ratio(baselineMs / enginePlacementsIndexed)],
    ['DA alone (the proposals loop), ms', fmt.ms(phases.deferredAcceptanceMs), fmt.ms(baselineMs), fmt.ratio(baselineMs / phases.deferredAcceptanceMs)],
    ['the same, fastest rounds (whole run / to placements)', `${fmt.ms(Math.min(...daOnly))} / ${fmt.ms(Math.min(...placementsOnly))}`, fmt.ms(Math.min(...baselineRuns)),
      `${fmt.ratio(Math.min(...baselineRuns) / Math.min(...daOnly))} / ${fmt.ratio(Math.min(...baselineRuns) / Math.min(...placementsOnly))}`],
    ['DA + improvement cycles, whole run, ms', fmt.ms(engineFull), 'n/a', ''],
    ['proposals/s (DA alone; baseline: whole run)', fmt.rate(stats.proposals / (phases.deferredAcceptanceMs / 1000)), fmt.rate(baseline.proposals / (baselineMs / 1000)), ''],
    ['peak heapUsed (rss), phase boundaries', `${mb(phases.memory.heapUsed)} (${mb(phases.memory.rss)})`, `${mb(baselineMemory.heapUsed)} (${mb(baselineMemory.rss)})`, ''],
  ];
  const phaseRows = [
    ['engine phase', 'ms'],
    ['compile (ids to indices, lottery, ranks)', fmt.ms(phases.compileMs)],
    ['  of which ids to indices (indexInstance, once)', fmt.ms(indexing.ms)],
    ['deferred acceptance', fmt.ms(phases.deferredAcceptanceMs)],
    ['stable improvement cycles', fmt.ms(phases.improvementMs)],
    ['explanations, waitlists, statistics', fmt.ms(phases.resultMs)],
  ];
  const out = [
    '',
    `Matching engine benchmark (part a), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), node ${process.version}`,
    `instance: ${shape.applicants.toLocaleString('en-US')} applicants x ${shape.programs.toLocaleString('en-US')} programs, ` +
      `${total.toLocaleString('en-US')} choices, places ${shape.minPlaces}-${shape.maxPlaces} per side, popularity skew ${shape.popularitySkew}, ${shape.criteria} criteria, ` +
      `seed ${shape.seed} (generated in ${fmt.ms(generated.ms)} ms; ${mb(instanceHeap)} of heap with it)`,
    `median of ${repeats} rounds (engine and baseline alternate; min-max: engine DA ${range(daOnly)}, to placements ${range(placementsOnly)}, ` +
      `from indices ${range(daFromIndices)}, baseline ${range(baselineRuns)} ms)`,
    '',
    textTable(rows),
    '',
    textTable(phaseRows),
    '',
    `proposals ${stats.proposals.toLocaleString('en-US')} (baseline ${baseline.proposals.toLocaleString('en-US')} in ${baseline.rounds} rounds); ` +
      `improvement cycles ${stats.improvementCycles.toLocaleString('en-US')}, applicants moved ${stats.applicantsMovedByCycles.toLocaleString('en-US')}`,
    `placed ${stats.placed.toLocaleString('en-US')} (first choice ${stats.placedOnFirstChoice.toLocaleString('en-US')}, top three ${stats.placedInTopThree.toLocaleString('en-US')}), ` +
      `unplaced ${stats.unplaced.toLocaleString('en-US')}; programs with every member place taken ${oversubscribed.toLocaleString('en-US')}; ` +
      `waitlists ${waitlistCount.toLocaleString('en-US')}`,
    check,
    `total run time ${fmt.ms((now() - started) / 1000)} s`,
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
  process.stdout.write(
    `SUMMARY: engine DA ${fmt.ms(engineDa)} ms whole run, ${fmt.ms(enginePlacements)} ms to placements, ${fmt.ms(phases.deferredAcceptanceMs)} ms DA loop; ` +
      `with improvement cycles ${fmt.ms(engineFull)} ms; baseline ${fmt.ms(baselineMs)} ms ` +
      `(${fmt.ratio(baselineMs / engineDa)} whole run, ${fmt.ratio(baselineMs / enginePlacements)} to placements; from indices ${fmt.ratio(baselineMs / engineDaIndexed)} whole run, ` +
      `${fmt.ratio(baselineMs / enginePlacementsIndexed)} to placements); ${stats.improvementCycles} cycles moving ${stats.applicantsMovedByCycles}; ${check.startsWith('MISMATCH') ? 'MISMATCH' : 'matchings agree'}\n`,
  );
  recordResult({
    bench: 'matching (a)',
    figure: 'engine whole run from indices (DA, explanations, waitlists)',
    platform: engineDaIndexed,
    bare: baselineMs,
    unit: 'ms',
    goal: '>= 4x faster than the baseline',
    met: check.startsWith('MISMATCH') ? false : atMostTimesBare(engineDaIndexed, baselineMs, 1 / 4),
  });
  recordResult({
    bench: 'matching (a)',
    figure: 'engine to placements from string ids (like for like)',
    platform: enginePlacements,
    bare: baselineMs,
    unit: 'ms',
    goal: '>= 4x faster than the baseline',
    met: check.startsWith('MISMATCH') ? false : atMostTimesBare(enginePlacements, baselineMs, 1 / 4),
  });
  if (check.startsWith('MISMATCH')) process.exitCode = 1;
}

// MATCHING_BENCH_PART: a (default, the engine alone), b (through the service:
// benchmarks/matching/service.bench.ts) or both (a, then b).
const part = process.env['MATCHING_BENCH_PART'] ?? 'a';
if (!['a', 'b', 'both'].includes(part)) {
  process.stderr.write(`MATCHING_BENCH_PART must be a, b or both (got "${part}")\n`);
  process.exit(2);
}
try {
  if (part !== 'b') main();
} catch (error: unknown) {
  process.stderr.write(`matching benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
if (part !== 'a') {
  import('./service.bench')
    .then((b) => b.runServiceBench())
    .then(
      () => setTimeout(() => process.exit(process.exitCode ?? 0), 2_000).unref(),
      (error: unknown) => {
        process.stderr.write(`matching service benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
      },
    );
}
