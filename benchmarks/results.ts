import { appendFileSync } from 'node:fs';

/**
 * One goal figure of a benchmark run, for `npm run bench`'s table: the platform's figure,
 * the bare baseline's measured in the same run (null when the goal is absolute), and
 * whether the goal is met (null when the run could not tell).
 */
export interface BenchResult {
  bench: string;
  figure: string;
  platform: number;
  bare: number | null;
  unit: string;
  goal: string;
  met: boolean | null;
}

/**
 * Appends the result as a JSON line to the file named by BENCH_RESULTS_FILE, set by
 * `npm run bench` (scripts/bench-all.sh); does nothing when a benchmark runs alone.
 */
export function recordResult(result: BenchResult): void {
  const file = process.env['BENCH_RESULTS_FILE'];
  if (!file) return;
  const finite = (value: number | null) => (value === null || Number.isFinite(value) ? value : null);
  appendFileSync(file, JSON.stringify({ ...result, platform: finite(result.platform), bare: finite(result.bare) }) + '\n');
}

/** Whether `platform / bare` is at least `ratio` (higher is better); null when either is not a number. */
export function atLeastTimesBare(platform: number, bare: number, ratio: number): boolean | null {
  return Number.isFinite(platform) && Number.isFinite(bare) && bare > 0 ? platform / bare >= ratio : null;
}

/** Whether `platform / bare` is at most `ratio` (lower is better); null when either is not a number. */
export function atMostTimesBare(platform: number, bare: number, ratio: number): boolean | null {
  return Number.isFinite(platform) && Number.isFinite(bare) && bare > 0 ? platform / bare <= ratio : null;
}
