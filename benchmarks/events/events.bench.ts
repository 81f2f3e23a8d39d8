/**
 * `npm run bench:events`: the platform's full event path (A) against bare JetStream (B),
 * measured in the same run, on the same machine and the same NATS server.
 * Settings can be overridden with the BENCH_* variables listed in benchmarks/README.md.
 */
import 'reflect-metadata';
import { createEvent } from '@scn/contracts';
import { createRootLogger } from '@scn/platform';
import { prepareTemplateDatabases } from '@scn/testing';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { BareJetStream, type BareSettings } from './bare-jetstream';
import { fmt, now, textTable, type BurstResult, type LatencySummary, type PacedResult } from './measure';
import { atLeastTimesBare, atMostTimesBare, recordResult } from '../results';
import { BENCH_EVENT, benchCatalogue } from './catalogue';
import type { HandlerTakes, HandlerTransactions, Layout } from './consumers';
import { bareCommits, pacedBareCommits, type CommitsResult } from './bare-commits';
import { PlatformPath, type CommandsResult, type PlatformSettings } from './platform-path';
import { describeWal, settledWalCounters, WAL_STATS_SETTLE_MS, walPer, type WalCounters } from './wal';

const ROOT = path.resolve(__dirname, '../..');

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return value;
}

const params = {
  natsUrl: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222',
  burstA: envInt('BENCH_A_EVENTS', 5_000),
  bulkA: envInt('BENCH_A_BULK_EVENTS', 20_000),
  bulkPerTx: envInt('BENCH_BULK_PER_TX', 100),
  burstB: envInt('BENCH_B_EVENTS', 20_000),
  rates: (process.env['BENCH_RATES'] ?? '200,1000').split(',').map((r) => Number(r.trim())),
  seconds: envInt('BENCH_SECONDS', 10),
  writers: envInt('BENCH_WRITERS', 8),
  warmup: envInt('BENCH_WARMUP', 300),
  drainTimeoutMs: envInt('BENCH_DRAIN_TIMEOUT_MS', 30_000),
};

function envTransactions(name: string, fallback: HandlerTransactions): HandlerTransactions {
  const raw = process.env[name] ?? fallback;
  if (raw !== 'pg' && raw !== 'prisma') throw new Error(`${name} must be pg or prisma (got "${raw}")`);
  return raw;
}

function envTakes(): HandlerTakes {
  const raw = process.env['BENCH_HANDLER'] ?? 'one';
  if (raw !== 'one' && raw !== 'batch') throw new Error(`BENCH_HANDLER must be one or batch (got "${raw}")`);
  return raw;
}

function envLayout(): Layout {
  const raw = process.env['BENCH_LAYOUT'] ?? 'split';
  if (raw !== 'split' && raw !== 'single') throw new Error(`BENCH_LAYOUT must be split or single (got "${raw}")`);
  return raw;
}

const platform: PlatformSettings = {
  concurrency: envInt('BENCH_CONCURRENCY', 16),
  batchSize: envInt('BENCH_CONSUMER_BATCH', 32),
  consumerPool: envInt('BENCH_CONSUMER_POOL', 16),
  producerPool: envInt('BENCH_PRODUCER_POOL', 10),
  relayBatchSize: envInt('BENCH_RELAY_BATCH', 200),
  relayPollMs: envInt('BENCH_RELAY_POLL_MS', 1_000),
  aggregates: envInt('BENCH_AGGREGATES', 1_000),
  handlerTimeoutMs: 15_000,
  handlerTransactions: envTransactions('BENCH_HANDLER_TX', 'pg'),
  handlerTakes: envTakes(),
  producerTransactions: envTransactions('BENCH_PRODUCER_TX', 'prisma'),
  layout: envLayout(),
  wake: process.env['BENCH_WAKE'] === 'notify' ? 'notify' : 'after-commit',
};

/** The platform's envelope size for this event, so B carries payloads of the same size. */
function envelopeBytes(): number {
  const account = `acct-${platform.aggregates - 1}`;
  const event = createEvent(
    benchCatalogue,
    BENCH_EVENT,
    account,
    { account, seq: params.burstA, sentAt: now() },
    { correlationId: '0190f2a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6', causationId: null },
  );
  return Buffer.byteLength(JSON.stringify(event));
}

const bare: BareSettings = {
  payloadBytes: envelopeBytes(),
  // The same as the platform's consumer (JetStreamEventServer): max(1000, 3 x lanes x batch)
  // and lanes x batch per pull.
  maxAckPending: Math.max(1_000, platform.concurrency * platform.batchSize * 3),
  pullBatch: Math.max(platform.concurrency * platform.batchSize, 10),
  publishWindow: envInt('BENCH_PUBLISH_WINDOW', 1_000),
  layout: platform.layout,
};

interface Results {
  burstA?: BurstResult;
  commitsC?: CommitsResult;
  bulkA?: BurstResult;
  /** A's burst in halves: its business transactions alone (relay stopped), then the relay and consumer on their backlog. */
  commandsA?: CommandsResult;
  drainA?: BurstResult;
  burstB?: BurstResult;
  pacedA: PacedResult[];
  pacedB: PacedResult[];
  /** C at each paced rate: one bare commit's latency. */
  pacedC: LatencySummary[];
  /** A's business transactions alone at each paced rate (send to commit). */
  pacedACommits: LatencySummary[];
  /** PostgreSQL's WAL written during A's burst, per event, and during C's, per commit. */
  walA?: WalCounters;
  walC?: WalCounters;
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function parameterTable(): string {
  const rows = [
    ['parameter', 'value'],
    ['machine', `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), node ${process.version}`],
    ['servers', `NATS ${params.natsUrl} (JetStream, file storage, R1); PostgreSQL test database (messaging-test template)`],
    ['A burst', `${params.burstA.toLocaleString('en-US')} events, ${params.writers} concurrent writer transactions (1 event per transaction)`],
    [
      'A in halves',
      `the same burst again, its business transactions with the relay stopped, then a relay started on their backlog (timed to the last handled)`,
    ],
    [
      'A bulk burst',
      `${params.bulkA.toLocaleString('en-US')} events by bulk commands: ${params.writers} concurrent transactions of ${params.bulkPerTx} events (Outbox.addMany)`,
    ],
    ['B burst', `${params.burstB.toLocaleString('en-US')} messages, ${bare.publishWindow} publishes in flight (each awaits its PubAck)`],
    ['paced runs', `${params.rates.join(' and ')} events/s, ${params.seconds} s each, open loop; latency = send stamp -> handled`],
    ['A send stamp', 'taken as the business transaction starts (data.sentAt; envelope time is the same instant)'],
    ['A handled', 'the handler transaction (inbox row + effect row) committed, then ack'],
    ['B handled', 'message decoded and acked'],
    [
      'processes',
      platform.layout === 'split'
        ? 'split: A producer + relay here, A consumer in a child process; B publisher here, B consumer in a child process'
        : 'single: producers, relay and consumers of A and B all in this one process',
    ],
    [
      'A consumer',
      `${platform.concurrency} lanes of up to ${platform.batchSize} events per transaction, consumer DB pool ${platform.consumerPool}, handler timeout ${platform.handlerTimeoutMs} ms, ` +
        (platform.handlerTransactions === 'pg'
          ? 'transactions on the pg pool (a handler declared sqlOnly)'
          : "transactions by Prisma's interactive $transaction (a handler using Prisma models)") +
        (platform.handlerTakes === 'batch'
          ? ", a handler declared batches (one INSERT for a lane batch's run; BENCH_HANDLER=batch)"
          : ', a handler of one event per call (a savepoint and an INSERT per event)'),
    ],
    [
      'A producer',
      `business transactions ${platform.producerTransactions === 'pg' ? 'on the pg pool (PoolTransactions, BENCH_PRODUCER_TX=pg)' : "by Prisma's interactive $transaction (as a service's command)"}, ` +
        `DB pool ${platform.producerPool}, maxWait 10 s; relay batch ${platform.relayBatchSize}, poll ${platform.relayPollMs} ms, woken ` +
        (platform.wake === 'after-commit' ? 'in-process after each commit (LISTEN/NOTIFY for other writers)' : 'by a NOTIFY in each business transaction'),
    ],
    ['A aggregates', `${platform.aggregates} (ordered per aggregate by relay and consumer)`],
    ['both consumers', `durable pull, explicit ack, max_ack_pending ${bare.maxAckPending}, pull batch ${bare.pullBatch}`],
    ['payload', `${bare.payloadBytes} bytes (B padded to A's envelope size)`],
    ['warm-up', `${params.warmup} events through each path before measuring`],
  ];
  return textTable(rows, () => false);
}

/** A paced run the path could not keep up with: sends failed or were not all handled. */
const overloaded = (p?: PacedResult) => !!p && (p.failed > 0 || !p.complete);

function resultTable(r: Results): string {
  const rows = [['figure', 'A platform', 'B bare JetStream', 'A/B']];
  const cell = (x: number | undefined, value: (x: number) => string, flag = false) =>
    x === undefined ? 'n/a' : `${value(x)}${flag ? ' (!)' : ''}`;
  const add = (label: string, a: number | undefined, b: number | undefined, value: (x: number) => string, flagA = false, flagB = false) =>
    rows.push([label, cell(a, value, flagA), cell(b, value, flagB), fmt.ratio((a ?? NaN) / (b ?? NaN)) + (flagA || flagB ? ' (!)' : '')]);
  add(
    `throughput, events/s (burst A ${params.burstA.toLocaleString('en-US')} / B ${params.burstB.toLocaleString('en-US')})`,
    r.burstA?.eventsPerSecond,
    r.burstB?.eventsPerSecond,
    fmt.rate,
    r.burstA ? !r.burstA.complete : false,
    r.burstB ? !r.burstB.complete : false,
  );
  add(
    `throughput, events/s, bulk commands (A ${params.bulkA.toLocaleString('en-US')} by ${params.bulkPerTx} / B ${params.burstB.toLocaleString('en-US')})`,
    r.bulkA?.eventsPerSecond,
    r.burstB?.eventsPerSecond,
    fmt.rate,
    r.bulkA ? !r.bulkA.complete : false,
    r.burstB ? !r.burstB.complete : false,
  );
  for (const [i, rate] of params.rates.entries()) {
    const a = r.pacedA[i];
    const b = r.pacedB[i];
    for (const key of ['p50', 'p99', 'max'] as const) {
      add(`latency ${key}, ms @ ${rate}/s x ${params.seconds} s`, a?.latency[key], b?.latency[key], fmt.ms, overloaded(a), overloaded(b));
    }
  }
  return textTable(rows);
}

function notes(r: Results): string[] {
  const lines: string[] = [];
  const burst = (name: string, b?: BurstResult) => {
    if (!b) return;
    lines.push(
      `${name} burst: ${b.events.toLocaleString('en-US')} in ${fmt.ms(b.elapsedMs)} ms; all written/published after ${fmt.ms(b.sendMs)} ms, ` +
        `last handled ${fmt.ms(b.elapsedMs - b.sendMs)} ms after that${b.complete ? '' : ' - INCOMPLETE'}${b.duplicates ? `, ${b.duplicates} duplicates` : ''}`,
    );
  };
  const pacedNote = (name: string, p: PacedResult) =>
    lines.push(
      `${name} @ ${p.rate}/s: offered ${fmt.rate(p.achievedRate)}/s (max schedule lag ${fmt.ms(p.maxScheduleLagMs)} ms), ` +
        `sent ${p.sent}, handled ${p.latency.count}${p.complete ? '' : ' - INCOMPLETE'}` +
        `${p.duplicates ? `, ${p.duplicates} duplicates` : ''}` +
        `${p.failed ? `, ${p.failed} sends FAILED (first: ${p.firstError ?? '?'})` : ''}`,
    );
  burst('A', r.burstA);
  if (r.commitsC) {
    const c = r.commitsC;
    lines.push(
      `C, bare PostgreSQL commits (${params.writers} writers, one INSERT of an envelope-sized row per commit, nothing else): ` +
        `${c.commits.toLocaleString('en-US')} in ${fmt.ms(c.elapsedMs)} ms = ${fmt.rate(c.commitsPerSecond)}/s, ` +
        `${fmt.ratio(c.commitsPerSecond / (r.burstB?.eventsPerSecond ?? NaN))} of B: the ceiling of any path committing one transaction per event here; ` +
        `A's burst is ${fmt.ratio((r.burstA?.eventsPerSecond ?? NaN) / c.commitsPerSecond)} of it`,
    );
  }
  if (r.walA && r.walC) {
    lines.push(
      `WAL (pg_stat_wal, server-wide, read ${WAL_STATS_SETTLE_MS / 1_000} s after each stretch): A's burst ${describeWal(r.walA)} per event; C ${describeWal(r.walC)} per commit. ` +
        `Each durable commit waits for a flush of the WAL, and the flushes go one at a time: A commits once per event (its business ` +
        `transaction) and once per lane's batch (the handler's), and writes each outbox row three times (insert, the relay's claim and mark)`,
    );
  }
  if (r.commandsA && r.drainA) {
    const b = r.burstB?.eventsPerSecond ?? NaN;
    lines.push(
      `A in halves: its ${r.commandsA.events.toLocaleString('en-US')} business transactions alone (relay stopped, nothing downstream) committed ` +
        `${fmt.rate(r.commandsA.eventsPerSecond)}/s, ${fmt.ratio(r.commandsA.eventsPerSecond / b)} of B: no burst of one command per event goes faster than its commands; ` +
        `then the relay and consumer drained their backlog at ${fmt.rate(r.drainA.eventsPerSecond)}/s, ${fmt.ratio(r.drainA.eventsPerSecond / b)} of B` +
        `${r.drainA.complete ? '' : ' - INCOMPLETE'}${r.drainA.duplicates ? `, ${r.drainA.duplicates} duplicates` : ''}`,
    );
  }
  burst('A bulk', r.bulkA);
  burst('B', r.burstB);
  for (const [i, c] of r.pacedC.entries()) {
    const b = r.pacedB[i]?.latency.p99 ?? NaN;
    lines.push(
      `C @ ${params.rates[i]}/s, one bare PostgreSQL commit (one INSERT, open loop): p50 ${fmt.ms(c.p50)} / p99 ${fmt.ms(c.p99)} ms, ` +
        `p99 ${fmt.ratio(c.p99 / b)} of B's; A's path commits twice in series (business transaction, handler): A's p99 is ${fmt.ratio((r.pacedA[i]?.latency.p99 ?? NaN) / c.p99)} of C's`,
    );
  }
  for (const [i, c] of r.pacedACommits.entries()) {
    lines.push(
      `A @ ${params.rates[i]}/s, its business transactions alone (send stamp -> commit, before the relay): p50 ${fmt.ms(c.p50)} / p99 ${fmt.ms(c.p99)} ms, ` +
        `p99 ${fmt.ratio(c.p99 / (r.pacedB[i]?.latency.p99 ?? NaN))} of B's`,
    );
  }
  r.pacedA.forEach((p) => pacedNote('A', p));
  r.pacedB.forEach((p) => pacedNote('B', p));
  if ([...r.pacedA, ...r.pacedB].some(overloaded) || !r.burstA?.complete || !r.burstB?.complete) {
    lines.push('(!) overloaded: the path did not keep up (sends failed or were not all handled in time); latencies are of what got through.');
  }
  return lines;
}

async function main(): Promise<void> {
  const started = now();
  try {
    execFileSync('bash', [path.join(ROOT, 'infra/local/up.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    throw new Error('the local servers are not answering (see infra/local/up.sh output above)');
  }
  await prepareTemplateDatabases();
  const logger = createRootLogger({
    service: 'events-bench',
    level: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
    destination: pino.destination({ fd: 2, sync: true }),
  });

  const results: Results = { pacedA: [], pacedB: [], pacedC: [], pacedACommits: [] };
  let a: PlatformPath | undefined;
  let b: BareJetStream | undefined;
  let verification = '';
  const cleanup = async () => {
    await Promise.allSettled([a?.dispose(), b?.dispose()]);
  };
  process.once('SIGINT', () => {
    log('interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  });
  try {
    a = await PlatformPath.create(params.natsUrl, platform, logger);
    b = await BareJetStream.create(params.natsUrl, bare, logger);
    log('warming up');
    await a.start(params.warmup);
    await b.start(params.warmup);
    // A and B alternate, so a drift of the machine's load affects both alike.
    log(`B burst of ${params.burstB}`);
    results.burstB = await b.burst(params.burstB, params.drainTimeoutMs * 2);
    // The WAL's counters around A's burst and C's, each read once the backends reported (~11 s).
    const walBeforeA = await settledWalCounters(a.database.url);
    log(`A burst of ${params.burstA}`);
    results.burstA = await a.burst(params.burstA, params.writers, params.drainTimeoutMs * 2);
    const walAfterA = await settledWalCounters(a.database.url);
    results.walA = walPer(walBeforeA, walAfterA, params.burstA);
    log(`C: ${params.burstA} bare PostgreSQL commits by ${params.writers} writers`);
    results.commitsC = await bareCommits(a.database.url, params.burstA, params.writers, bare.payloadBytes);
    // C's table is created and its connections opened in the same stretch: a few records more.
    results.walC = walPer(walAfterA, await settledWalCounters(a.database.url), params.burstA);
    log(`A burst of ${params.burstA} in halves: business transactions alone, then the relay and consumer on their backlog`);
    const halves = await a.burstInHalves(params.burstA, params.writers, params.drainTimeoutMs * 2);
    results.commandsA = halves.commands;
    results.drainA = halves.drain;
    log(`A bulk burst of ${params.bulkA} by ${params.bulkPerTx}`);
    results.bulkA = await a.bulkBurst(params.bulkA, params.bulkPerTx, params.writers, params.drainTimeoutMs * 2);
    for (const rate of params.rates) {
      log(`B at ${rate}/s for ${params.seconds} s`);
      results.pacedB.push(await b.paced(rate, params.seconds, params.drainTimeoutMs));
      log(`A at ${rate}/s for ${params.seconds} s`);
      const { committed, ...pacedA } = await a.paced(rate, params.seconds, params.drainTimeoutMs);
      results.pacedA.push(pacedA);
      results.pacedACommits.push(committed);
      log(`C at ${rate}/s for ${params.seconds} s: bare PostgreSQL commits`);
      results.pacedC.push(await pacedBareCommits(a.database.url, rate, params.seconds, params.writers, bare.payloadBytes));
    }
    const check = await a.verify();
    const ok = check.effects === a.written && check.distinctEffects === a.written && check.inbox === a.written && check.pendingOutbox === 0;
    verification =
      `A check: ${a.written} events written, ${check.effects} effect rows (${check.distinctEffects} distinct), ` +
      `${check.inbox} inbox records, ${check.pendingOutbox} outbox rows pending: ${ok ? 'exactly once, OK' : 'MISMATCH'}`;
  } finally {
    log('cleaning up (streams, database)');
    await cleanup();
  }

  const out = [
    '',
    `Event path benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    parameterTable(),
    '',
    resultTable(results),
    '',
    ...notes(results),
    verification,
    `total run time ${fmt.ms((now() - started) / 1_000)} s`,
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
  const { burstA, burstB, pacedA, pacedB } = results;
  recordResult({
    bench: 'events',
    figure: 'event path throughput (burst)',
    platform: burstA?.eventsPerSecond ?? NaN,
    bare: burstB?.eventsPerSecond ?? NaN,
    unit: 'ev/s',
    goal: '>= 0.5x bare',
    met: atLeastTimesBare(burstA?.eventsPerSecond ?? NaN, burstB?.eventsPerSecond ?? NaN, 0.5),
  });
  recordResult({
    bench: 'events',
    figure: 'event path burst against bare PostgreSQL commits (C), one per event',
    platform: burstA?.eventsPerSecond ?? NaN,
    bare: results.commitsC?.commitsPerSecond ?? NaN,
    unit: 'ev/s',
    goal: '(no goal)',
    met: null,
  });
  // A's other throughputs, no goal of their own, each against B's burst.
  const againstBurstB = (figure: string, eventsPerSecond: number | undefined) =>
    recordResult({ bench: 'events', figure, platform: eventsPerSecond ?? NaN, bare: burstB?.eventsPerSecond ?? NaN, unit: 'ev/s', goal: '(no goal)', met: null });
  againstBurstB("the burst's business transactions alone (relay stopped): its ceiling", results.commandsA?.eventsPerSecond);
  againstBurstB("relay + consumer draining the burst's backlog", results.drainA?.eventsPerSecond);
  againstBurstB(`event path throughput, bulk commands of ${params.bulkPerTx} (burst)`, results.bulkA?.eventsPerSecond);
  params.rates.forEach((rate, i) => {
    // The issue's goals: p99 within 5x bare at 200/s, within 10x bare and nothing failed at 1,000/s.
    const limit = rate <= 200 ? 5 : rate <= 1_000 ? 10 : null;
    const a = pacedA[i];
    const within = limit === null ? null : atMostTimesBare(a?.latency.p99 ?? NaN, pacedB[i]?.latency.p99 ?? NaN, limit);
    recordResult({
      bench: 'events',
      figure: `publish -> handled p99 @ ${rate}/s`,
      platform: a?.latency.p99 ?? NaN,
      bare: pacedB[i]?.latency.p99 ?? NaN,
      unit: 'ms',
      goal: limit === null ? '(no goal)' : `<= ${limit}x bare${rate > 200 ? ', no failed sends' : ''}`,
      met: within === null ? null : within && !overloaded(a),
    });
    recordResult({
      bench: 'events',
      figure: `the same p99 @ ${rate}/s against C, one bare PostgreSQL commit (A commits twice in series)`,
      platform: a?.latency.p99 ?? NaN,
      bare: results.pacedC[i]?.p99 ?? NaN,
      unit: 'ms',
      goal: '(no goal)',
      met: null,
    });
  });
  process.stdout.write(
    `SUMMARY: platform path ${fmt.rate(burstA?.eventsPerSecond ?? NaN)} ev/s vs bare JetStream ${fmt.rate(burstB?.eventsPerSecond ?? NaN)} ev/s ` +
      `(A/B ${fmt.ratio((burstA?.eventsPerSecond ?? NaN) / (burstB?.eventsPerSecond ?? NaN))}); ` +
      params.rates
        .map(
          (rate, i) =>
            `p99 @${rate}/s ${fmt.ms(pacedA[i]?.latency.p99 ?? NaN)} vs ${fmt.ms(pacedB[i]?.latency.p99 ?? NaN)} ms ` +
            `(${fmt.ratio((pacedA[i]?.latency.p99 ?? NaN) / (pacedB[i]?.latency.p99 ?? NaN))}` +
            `${overloaded(pacedA[i]) ? ', A overloaded' : ''}${overloaded(pacedB[i]) ? ', B overloaded' : ''})`,
        )
        .join(', ') +
      '\n',
  );
}

main().then(
  () => {
    // Anything still holding the event loop (a pool, a timer) must not keep the run alive.
    setTimeout(() => process.exit(0), 2_000).unref();
  },
  (error: unknown) => {
    process.stderr.write(`events benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
