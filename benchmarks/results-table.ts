/**
 * Prints the table of `npm run bench`: one line per goal figure the benchmarks recorded
 * (benchmarks/results.ts) — platform, bare baseline, ratio, goal, met or not.
 * Usage: node -r @swc-node/register benchmarks/results-table.ts <results.jsonl>
 */
import { readFileSync } from 'node:fs';
import { textTable } from './events/measure';
import type { BenchResult } from './results';

const file = process.argv[2];
if (!file) throw new Error('usage: results-table.ts <results.jsonl>');
const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
const results = lines.map((line) => JSON.parse(line) as BenchResult);
const number = (value: number | null, unit: string) =>
  value === null ? '–' : `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3)} ${unit}`.trim();
const ratio = (r: BenchResult) => (r.bare === null || r.platform === null || r.bare === 0 ? '–' : `${(r.platform / r.bare).toFixed(2)}x`);
const verdict = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : 'NOT MET');
const rows = [
  ['benchmark', 'figure', 'platform', 'bare baseline', 'ratio', 'goal', 'met'],
  ...results.map((r) => [r.bench, r.figure, number(r.platform, r.unit), number(r.bare, r.unit), ratio(r), r.goal, verdict(r.met)]),
];
process.stdout.write(`\n${textTable(rows, (column) => column >= 2 && column <= 4)}\n`);
const missed = results.filter((r) => r.met === false).length;
process.stdout.write('ratio = platform / bare baseline: above 1 is better for rates, below 1 for times and sizes\n');
process.stdout.write(`\n${results.length} figures, ${results.filter((r) => r.met).length} goals met, ${missed} not met\n`);
