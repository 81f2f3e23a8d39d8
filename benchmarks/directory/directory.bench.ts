/**
 * `npm run bench:directory`: the public directory's search through the gateway (A) against
 * the same SQL through a bare Fastify handler and `pg` (B), in the same run, on the same
 * database (the real twin-towns list imported through the bulk import).
 * Settings can be overridden with the BENCH_* variables listed in benchmarks/README.md.
 */
import 'reflect-metadata';
import { PrismaClient } from '@scn-prisma/partnerships';
import { directorySearchRequestSchema } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { prepareTemplateDatabases } from '@scn/testing';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { GatewayUnderTest } from '../../apps/gateway/test/gateway-harness';
import { searchDirectory } from '../../apps/partnerships/src/directory/queries/search-directory/search-directory';
import { fmt, textTable, type LatencySummary } from '../events/measure';
import { BareDirectory, bareRunner } from './bare-directory';
import { loadDataset, type Dataset } from './dataset';
import { closedLoop, pooled, sequential, type LoadResult, type MixedQuery } from './load';
import { buildMix, MIX_WEIGHTS } from './query-mix';
import { atLeastTimesBare, recordResult } from '../results';

const ROOT = path.resolve(__dirname, '../..');

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return value;
}

const params = {
  seconds: envInt('BENCH_SECONDS', 10),
  concurrency: envInt('BENCH_CONCURRENCY', 16),
  warmupSeconds: envInt('BENCH_WARMUP_SECONDS', 3),
  rounds: envInt('BENCH_ROUNDS', 2),
  dbSeconds: envInt('BENCH_DB_SECONDS', 5),
  serialSeconds: envInt('BENCH_SERIAL_SECONDS', 5),
  mixSize: envInt('BENCH_MIX_SIZE', 2_000),
  file: path.resolve(ROOT, process.env['BENCH_DATASET'] ?? '../shared/data/twin_cities.csv'),
};

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** The query string as Fastify reads it (repeated parameters become arrays), parsed by the route's schema. */
function parseQuery(query: string) {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const previous = raw[key];
    raw[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return directorySearchRequestSchema.parse(raw);
}

function parameterTable(dataset: Dataset, mix: MixedQuery[]): string {
  const share = Object.entries(MIX_WEIGHTS).map(([kind, weight]) => `${Math.round(weight * 100)} % ${kind}`).join(', ');
  return textTable(
    [
      ['parameter', 'value'],
      ['machine', `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), node ${process.version}`],
      ['dataset', dataset.source],
      ['partnerships', `${dataset.partnerships.toLocaleString('en-US')} (${dataset.active.toLocaleString('en-US')} active, what the directory lists by default), loaded in ${fmt.ms(dataset.loadSeconds)} s`],
      ['A gateway', 'HTTP -> gateway (Fastify + Nest: access guard, Redis rate limit, zod validation, response schema) -> NATS request/reply -> partnerships service (Nest) -> Prisma (adapter-pg) raw SQL'],
      ['B bare', 'HTTP -> plain Fastify route (same zod query schema) -> pg pool (10, as Prisma\'s) -> the same SQL (searchDirectory)'],
      ['placement', 'gateway, service, baseline and load generator in this one Node process; PostgreSQL, NATS and Redis local'],
      ['load', `closed loop, ${params.concurrency} concurrent requests, ${params.seconds} s per path per round, ${params.rounds} round(s) of B then A (pooled), after ${params.warmupSeconds} s warm-up each`],
      ['mix', `${mix.length.toLocaleString('en-US')} requests cycled, drawn from the data: ${share}`],
      ['one at a time', `each path also runs the mix with 1 request in flight for ${params.serialSeconds} s: its own latency, unqueued`],
      ['DB only', `the mix run one request at a time for ${params.dbSeconds} s through searchDirectory on one pg pool: the time spent at the database (pg client included)`],
    ],
    () => false,
  );
}

function resultTable(a: LoadResult | undefined, b: LoadResult | undefined, serialA?: LoadResult, serialB?: LoadResult): string {
  const rows = [['figure', 'A gateway', 'B bare Fastify + pg', 'A/B']];
  const add = (label: string, x: number | undefined, y: number | undefined, value: (n: number) => string) =>
    rows.push([label, x === undefined ? 'n/a' : value(x), y === undefined ? 'n/a' : value(y), fmt.ratio((x ?? NaN) / (y ?? NaN))]);
  add('requests/s', a?.requestsPerSecond, b?.requestsPerSecond, fmt.rate);
  add('latency p50, ms', a?.latency.p50, b?.latency.p50, fmt.ms);
  add('latency p99, ms', a?.latency.p99, b?.latency.p99, fmt.ms);
  add('latency max, ms', a?.latency.max, b?.latency.max, fmt.ms);
  add('requests answered 200', a?.requests, b?.requests, fmt.rate);
  add('failures (not 200)', a?.failures, b?.failures, fmt.rate);
  add('1 in flight: requests/s', serialA?.requestsPerSecond, serialB?.requestsPerSecond, fmt.rate);
  add('1 in flight: latency p50, ms', serialA?.latency.p50, serialB?.latency.p50, fmt.ms);
  add('1 in flight: latency p99, ms', serialA?.latency.p99, serialB?.latency.p99, fmt.ms);
  return textTable(rows);
}

function kindTable(a: LoadResult | undefined, b: LoadResult | undefined, db: Awaited<ReturnType<typeof sequential>> | undefined): string {
  const rows = [['kind of request', 'share', 'A p50 / p99 ms', 'B p50 / p99 ms', 'DB only p50 / p99 ms']];
  const cell = (s?: LatencySummary) => (s && s.count ? `${fmt.ms(s.p50)} / ${fmt.ms(s.p99)}` : 'n/a');
  for (const [kind, weight] of Object.entries(MIX_WEIGHTS)) {
    rows.push([kind, `${Math.round(weight * 100)} %`, cell(a?.byKind[kind]), cell(b?.byKind[kind]), cell(db?.byKind[kind])]);
  }
  rows.push(['all', '100 %', cell(a?.latency), cell(b?.latency), cell(db?.latency)]);
  return textTable(rows, (c) => c > 0);
}

async function main(): Promise<void> {
  const started = performance.now();
  try {
    execFileSync('bash', [path.join(ROOT, 'infra/local/up.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    throw new Error('the local servers are not answering (see infra/local/up.sh output above)');
  }
  await prepareTemplateDatabases();

  let gateway: GatewayUnderTest | undefined;
  let bare: BareDirectory | undefined;
  const cleanup = async () => {
    await bare?.stop().catch(() => undefined);
    await gateway?.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => {
    log('interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  });

  const roundsA: LoadResult[] = [];
  const roundsB: LoadResult[] = [];
  let dbOnly: Awaited<ReturnType<typeof sequential>> | undefined;
  let serialA: LoadResult | undefined;
  let serialB: LoadResult | undefined;
  let dataset: Dataset;
  let mix: MixedQuery[];
  let agreement: string;
  try {
    log('starting the gateway and the partnerships service');
    gateway = await GatewayUnderTest.start({ withPartnerships: true, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const backend = gateway.backends[0]!;
    dataset = await loadDataset(gateway, backend.service.app.get<PrismaClient>(DATABASE), params.file, log);
    log(`${dataset.partnerships} partnerships loaded in ${fmt.ms(dataset.loadSeconds)} s`);
    bare = await BareDirectory.start(backend.database.url);
    const run = bareRunner(bare.pool);
    mix = await buildMix(run, params.mixSize);
    const gatewayUrl = `${gateway.service.url}/v1/directory/partnerships`;

    // Both paths must give the same answers, or the comparison means nothing.
    const checked = mix.slice(0, 100);
    let same = 0;
    for (const item of checked) {
      const [x, y] = await Promise.all([fetch(`${gatewayUrl}?${item.query}`), fetch(`${bare.url}?${item.query}`)]);
      const [tx, ty] = await Promise.all([x.text(), y.text()]);
      if (x.status === 200 && tx === ty) same++;
      else log(`A and B differ for ?${item.query}: ${x.status} ${tx.slice(0, 120)} / ${y.status} ${ty.slice(0, 120)}`);
    }
    agreement = `A and B answered the first ${checked.length} requests of the mix identically: ${same === checked.length ? 'OK' : `only ${same}`}`;

    log(`warming up (${params.warmupSeconds} s each)`);
    await closedLoop(bare.url, mix, { concurrency: params.concurrency, seconds: params.warmupSeconds });
    await closedLoop(gatewayUrl, mix, { concurrency: params.concurrency, seconds: params.warmupSeconds });
    log(`DB only, one request at a time, ${params.dbSeconds} s`);
    dbOnly = await sequential(mix, params.dbSeconds, (item) => searchDirectory(run, parseQuery(item.query)));
    log(`one request in flight, ${params.serialSeconds} s each`);
    serialB = await closedLoop(bare.url, mix, { concurrency: 1, seconds: params.serialSeconds });
    serialA = await closedLoop(gatewayUrl, mix, { concurrency: 1, seconds: params.serialSeconds });
    for (let round = 1; round <= params.rounds; round++) {
      log(`round ${round}: B bare for ${params.seconds} s`);
      roundsB.push(await closedLoop(bare.url, mix, { concurrency: params.concurrency, seconds: params.seconds }));
      log(`round ${round}: A gateway for ${params.seconds} s`);
      roundsA.push(await closedLoop(gatewayUrl, mix, { concurrency: params.concurrency, seconds: params.seconds }));
    }
  } finally {
    log('cleaning up (databases, streams)');
    await cleanup();
  }

  const a = pooled(roundsA);
  const b = pooled(roundsB);
  const failures = [a, b].filter((r) => r?.firstFailure).map((r) => `first failure: ${r!.firstFailure}`);
  const out = [
    '',
    `Directory search benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    parameterTable(dataset, mix),
    '',
    resultTable(a, b, serialA, serialB),
    '',
    kindTable(a, b, dbOnly),
    '',
    agreement,
    `DB only: ${dbOnly?.requests.toLocaleString('en-US') ?? 0} searches one at a time, p50 ${fmt.ms(dbOnly?.latency.p50 ?? NaN)} ms, p99 ${fmt.ms(dbOnly?.latency.p99 ?? NaN)} ms, max ${fmt.ms(dbOnly?.latency.max ?? NaN)} ms`,
    ...failures,
    `total run time ${fmt.ms((performance.now() - started) / 1_000)} s`,
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
  recordResult({
    bench: 'directory',
    figure: `directory search requests/s, ${dataset.source.startsWith('SYNTHETIC') ? 'synthetic data, ' : ''}concurrent`,
    platform: a?.requestsPerSecond ?? NaN,
    bare: b?.requestsPerSecond ?? NaN,
    unit: 'req/s',
    goal: '>= 0.8x bare',
    met: atLeastTimesBare(a?.requestsPerSecond ?? NaN, b?.requestsPerSecond ?? NaN, 0.8),
  });
  process.stdout.write(
    `SUMMARY: ${dataset.source.startsWith('SYNTHETIC') ? 'SYNTHETIC dataset, ' : ''}directory search through the gateway ` +
      `${fmt.rate(a?.requestsPerSecond ?? NaN)} req/s p99 ${fmt.ms(a?.latency.p99 ?? NaN)} ms vs bare Fastify + pg ` +
      `${fmt.rate(b?.requestsPerSecond ?? NaN)} req/s p99 ${fmt.ms(b?.latency.p99 ?? NaN)} ms ` +
      `(A/B ${fmt.ratio((a?.requestsPerSecond ?? NaN) / (b?.requestsPerSecond ?? NaN))} throughput, ` +
      `${fmt.ratio((a?.latency.p99 ?? NaN) / (b?.latency.p99 ?? NaN))} p99); one in flight p50 ${fmt.ms(serialA?.latency.p50 ?? NaN)} vs ` +
      `${fmt.ms(serialB?.latency.p50 ?? NaN)} ms; DB only p99 ${fmt.ms(dbOnly?.latency.p99 ?? NaN)} ms\n`,
  );
}

main().then(
  () => {
    // Anything still holding the event loop (a pool, a timer) must not keep the run alive.
    setTimeout(() => process.exit(0), 2_000).unref();
  },
  (error: unknown) => {
    process.stderr.write(`directory benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
