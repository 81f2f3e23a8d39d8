/**
 * `npm run bench:notifications`: (1) the fan-out of one network-wide announcement through the
 * notifications service (A) against the same emails and webhook POSTs sent bare (B); (2)
 * scheduling reminders through the service's scheduler (A) against bare BullMQ addBulk (B),
 * and the reconciliation that brings them back after Redis lost them. In one run, on one
 * machine, against the same SMTP sink, webhook receiver and Redis.
 * Settings can be overridden with the variables listed in benchmarks/README.md.
 */
import 'reflect-metadata';
import { queuePrefix } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { prepareTemplateDatabases } from '@scn/testing';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { NotificationsConfig } from '../../apps/notifications/src/config';
import { UnsubscribeLinks } from '../../apps/notifications/src/email-subscriptions/infra/unsubscribe-links';
import { SYNC_BATCH } from '../../apps/notifications/src/reminders/infra/reminder-sync';
import { NotificationsUnderTest, testAccount } from '../../apps/notifications/test/support/notifications-harness';
import { fmt, now, textTable, type LatencySummary } from '../events/measure';
import { bareFanOut, platformFanOut, type BareFanOut, type ChannelFigures, type PlatformFanOut } from './fan-out';
import { CountingSmtpSink, CountingWebhookReceiver } from './loopback-receivers';
import { deleteKeys } from './redis-memory';
import {
  bareScheduling,
  platformScheduling,
  reconciliationAfterWipe,
  type PlatformSchedulingResult,
  type ReconciliationTiming,
  type SchedulingResult,
} from './reminder-scheduling';
import { planReminders, seedAudience, type SeededAudience } from './seed';
import { atLeastTimesBare, recordResult } from '../results';

const ROOT = path.resolve(__dirname, '../..');

function envNumber(name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return value;
}

const params = {
  recipients: envNumber('BENCH_RECIPIENTS', 10_000),
  endpoints: envNumber('BENCH_ENDPOINTS', 200, 0),
  accountShare: envNumber('BENCH_ACCOUNT_SHARE', 0.1, 0, 1),
  reminders: envNumber('BENCH_REMINDERS', 100_000),
  memorySample: envNumber('BENCH_MEMORY_SAMPLE', 200),
  drainTimeoutMs: envNumber('BENCH_DRAIN_TIMEOUT_MS', 240_000),
  // The service's own variables, passed through (the baseline uses the same figures).
  deliveryConcurrency: envNumber('DELIVERY_CONCURRENCY', 32),
  smtpPoolSize: envNumber('SMTP_POOL_SIZE', 5),
  dispatchPollMs: envNumber('DISPATCH_POLL_MS', 100, 10),
  redisUrl: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
};

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

const count = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const seconds = (ms: number) => fmt.ms(ms / 1_000);
const bytes = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');

interface Results {
  audience?: SeededAudience;
  fanOutA?: PlatformFanOut;
  fanOutB?: BareFanOut;
  schedulingA?: PlatformSchedulingResult;
  schedulingB?: SchedulingResult;
  reconciliation?: ReconciliationTiming;
  loadAtStart: string;
}

function parameterTable(r: Results): string {
  const audience = r.audience;
  return textTable(
    [
      ['parameter', 'value'],
      ['machine', `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), node ${process.version}; load average (1/5/15 min) ${r.loadAtStart} at start, ${loadAverage()} at end`],
      ['placement', 'service, SMTP sink, webhook receiver and baselines in this one Node process; PostgreSQL, NATS and Redis local'],
      [
        'recipients',
        audience
          ? `${count(audience.recipients)} (en/es/fr/de in turn), ${count(audience.withAccount)} with an account (email + inbox), the others email only (no inbox without an account)`
          : 'n/a',
      ],
      ['endpoints', audience ? `${count(audience.endpoints)} webhook endpoints (half network, half partner city) -> one loopback node:http receiver answering 200` : 'n/a'],
      [
        'service',
        `DELIVERY_CONCURRENCY ${params.deliveryConcurrency}, SMTP_POOL_SIZE ${params.smtpPoolSize}, DISPATCH_POLL_MS ${params.dispatchPollMs}, RECONCILE_INTERVAL_MS 0 (start-up only), back-off and tries as by default`,
      ],
      ['A fan-out', 'RPC announcements.send (staff) -> planner: rows in one transaction -> dispatcher -> BullMQ -> delivery worker -> SMTP pool / signed fetch / inbox, each try recorded + outbox event'],
      ['B fan-out', `the same emails (pre-rendered per language, with A's headers and unsubscribe link) through a nodemailer pool like the service's, ${params.deliveryConcurrency} in flight; then one unsigned fetch POST per endpoint, ${params.deliveryConcurrency} in flight`],
      ['reminders', `${count(params.reminders)}, the 6 kinds in turn, due from 30 days ahead, one a minute; job data { reminderId, dueAt }`],
      ['A scheduling', `rows inserted pending + sync_needed (one transaction, NOTIFY) -> the service's scheduler: ${SYNC_BATCH} rows per transaction (SKIP LOCKED) -> addBulk -> job_id set, flag cleared`],
      ['B scheduling', `Queue.addBulk of the same jobs (ReminderQueue.job: same ids, data, options), ${SYNC_BATCH} per call, another prefix`],
      ['reconciliation', "service stopped, every key of its namespace deleted, service started: until all jobs are back in the delayed set"],
    ],
    () => false,
  );
}

function channel(list: ChannelFigures[] | undefined, name: ChannelFigures['channel']): ChannelFigures | undefined {
  return list?.find((c) => c.channel === name);
}

function fanOutTable(a?: PlatformFanOut, b?: BareFanOut): string {
  const rows = [['figure', 'A platform', 'B bare', 'A/B']];
  const add = (label: string, x: number | undefined, y: number | undefined, value: (n: number) => string) =>
    rows.push([label, x === undefined ? 'n/a' : value(x), y === undefined ? '-' : value(y), y === undefined ? '' : fmt.ratio((x ?? NaN) / y)]);
  add('notifications made (RPC announcements.send), s', a?.rpcMs, undefined, seconds);
  add('time to the last delivery, s (A from the RPC call)', a?.toLastDeliveryMs, b?.elapsedMs, seconds);
  add('  A: from the RPC answer to the last delivery, s', a?.afterRpcMs, undefined, seconds);
  add('  A: until the database shows every one done, s', a?.toAllRecordedMs, undefined, seconds);
  add('deliveries/s, all channels (A from the RPC answer)', a?.perSecond, b?.perSecond, fmt.rate);
  for (const name of ['email', 'webhook', 'inbox'] as const) {
    const x = channel(a?.channels, name);
    const y = channel(b?.channels, name);
    add(`${name} deliveries/s (first to last arrival)`, x?.perSecond, y?.perSecond, fmt.rate);
  }
  for (const name of ['email', 'webhook', 'inbox'] as const) {
    const x = channel(a?.channels, name)?.tryMs;
    const y = channel(b?.channels, name)?.tryMs;
    const cell = (t?: LatencySummary) => (t && t.count ? `${fmt.ms(t.p50)} / ${fmt.ms(t.p99)} / ${fmt.ms(t.max)}` : '-');
    rows.push([`${name}: one try p50 / p99 / max, ms`, cell(x), cell(y), x && y ? fmt.ratio(x.p50 / y.p50) : '']);
  }
  for (const name of ['email', 'webhook', 'inbox'] as const) {
    const x = channel(a?.channels, name)?.arrivals;
    const when = x && a && x.count ? `${seconds(x.firstAt - a.calledAt)} / ${seconds(x.lastAt - a.calledAt)}` : '-';
    rows.push([`${name}: first / last arrival after the RPC call, s`, when, '-', '']);
  }
  add('CPU time of this process, s (service + sink + receiver)', a?.cpuSeconds, b?.cpuSeconds, fmt.ms);
  add('  per delivery, ms (A: making the notifications included)', a ? (a.cpuSeconds * 1_000) / a.deliveries : undefined, b ? (b.cpuSeconds * 1_000) / b.deliveries : undefined, fmt.ms);
  for (const name of ['email', 'webhook', 'inbox'] as const) {
    const x = channel(a?.channels, name);
    const y = channel(b?.channels, name);
    const cell = (c?: ChannelFigures) => (c ? `${count(c.arrivals.count)} / ${count(c.expected)}${c.arrivals.distinct !== c.arrivals.count ? ` (${count(c.arrivals.distinct)} distinct)` : ''}${c.failures ? `, ${c.failures} failed` : ''}` : '-');
    rows.push([`${name}: arrived / expected`, cell(x), cell(y), '']);
  }
  return textTable(rows);
}

/** Does the database say what the arrivals say: every notification done, none failed? */
function fanOutCheck(a: PlatformFanOut, audience: SeededAudience): string[] {
  const expected: Record<string, number> = {
    'email/sent': audience.recipients,
    'inbox/delivered': audience.withAccount,
    'webhook/delivered': audience.endpoints,
  };
  const found = Object.fromEntries(a.statuses.map((s) => [`${s.channel}/${s.status}`, s.count]));
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  const ok = keys.every((key) => (expected[key] ?? 0) === (found[key] ?? 0)) && a.attempts.failed === 0;
  const duplicates = a.channels.some((c) => c.arrivals.distinct !== c.arrivals.count);
  return [
    `A check (database): ${keys.map((key) => `${key} ${count(found[key] ?? 0)}${(expected[key] ?? 0) === (found[key] ?? 0) ? '' : ` (expected ${count(expected[key] ?? 0)})`}`).join(', ')}; ` +
      `${count(a.attempts.total)} delivery attempts, ${a.attempts.retrying} retried, ${a.attempts.failed} failed: ${ok ? 'OK' : 'MISMATCH'}`,
    `A check (receivers): ${duplicates ? 'DUPLICATES arrived' : 'no duplicate arrived'}${a.complete ? '' : ' - INCOMPLETE within BENCH_DRAIN_TIMEOUT_MS'}`,
  ];
}

function schedulingTable(a?: PlatformSchedulingResult, b?: SchedulingResult): string {
  const rows = [['figure', 'A platform', 'B bare BullMQ', 'A/B']];
  const add = (label: string, x: number | undefined, y: number | undefined, value: (n: number) => string) =>
    rows.push([label, x === undefined ? 'n/a' : value(x), y === undefined ? '-' : value(y), y === undefined ? '' : fmt.ratio((x ?? NaN) / y)]);
  const per = (r: SchedulingResult | undefined, total: (r: SchedulingResult) => number) => (r ? total(r) / r.reminders : undefined);
  add(`jobs/s (${count(params.reminders)} reminders)`, a?.jobsPerSecond, b?.jobsPerSecond, fmt.rate);
  add('time to schedule them all, s', a?.elapsedMs, b?.elapsedMs, seconds);
  add('  A: writing the rows beforehand (not timed above), s', a?.insertMs, undefined, seconds);
  add('Redis bytes per reminder: used_memory delta / n', per(a, (r) => r.usedMemoryDelta), per(b, (r) => r.usedMemoryDelta), bytes);
  add("Redis bytes per reminder: the queue's keys (MEMORY USAGE) / n", per(a, (r) => r.footprint.totalBytes), per(b, (r) => r.footprint.totalBytes), bytes);
  add('  job hash, mean MEMORY USAGE of a sample', a?.footprint.sampledJobBytes, b?.footprint.sampledJobBytes, bytes);
  add('  delayed sorted set, per job', per(a, (r) => r.footprint.delayedSetBytes), per(b, (r) => r.footprint.delayedSetBytes), bytes);
  add('jobs in the delayed set at the end', a?.delayedJobs, b?.delayedJobs, count);
  return textTable(rows);
}

function reconciliationTable(r?: ReconciliationTiming): string {
  return textTable([
    ['reconciliation after Redis lost the namespace', 'value'],
    ['keys deleted', count(r?.deletedKeys ?? NaN)],
    ['service restarted (booted), s', seconds(r?.bootMs ?? NaN)],
    ['all jobs back, s (from the restart)', seconds(r?.restoredMs ?? NaN)],
    ['jobs restored per second', fmt.rate(r?.jobsPerSecond ?? NaN)],
    ['jobs in the delayed set', `${count(r?.delayedJobs ?? NaN)}${r && !r.complete ? ' - INCOMPLETE' : ''}`],
  ]);
}

async function main(): Promise<void> {
  const started = now();
  try {
    execFileSync('bash', [path.join(ROOT, 'infra/local/up.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    throw new Error('the local servers are not answering (see infra/local/up.sh output above)');
  }
  await prepareTemplateDatabases();
  // The service's logs go to stdout; silent unless asked for.
  process.env['TEST_LOG_LEVEL'] = process.env['BENCH_LOG_LEVEL'] ?? 'silent';

  const results: Results = { loadAtStart: loadAverage() };
  let sink: CountingSmtpSink | undefined;
  let receiver: CountingWebhookReceiver | undefined;
  let harness: NotificationsUnderTest | undefined;
  let bareNamespace: string | undefined;
  const cleanup = async () => {
    if (bareNamespace && harness) await deleteKeys(harness.redis, `${queuePrefix(bareNamespace)}*`).catch(() => undefined);
    await harness?.stop().catch((error) => log(`cleaning up the service failed: ${String(error)}`));
    await Promise.allSettled([sink?.stop(), receiver?.stop()]);
  };
  process.once('SIGINT', () => {
    log('interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    sink = await CountingSmtpSink.start();
    receiver = await CountingWebhookReceiver.start();
    log('starting the notifications service');
    harness = await NotificationsUnderTest.start({
      SMTP_URL: sink.url,
      DISPATCH_POLL_MS: String(params.dispatchPollMs),
      RECONCILE_INTERVAL_MS: '0',
      DELIVERY_CONCURRENCY: String(params.deliveryConcurrency),
      SMTP_POOL_SIZE: String(params.smtpPoolSize),
    });
    bareNamespace = `${harness.namespace}-bare`;
    const config = harness.service.app.get<NotificationsConfig>(CONFIG);

    log(`seeding ${params.recipients} recipients and ${params.endpoints} endpoints`);
    const audience = await seedAudience(harness.db, {
      recipients: params.recipients,
      accountShare: params.accountShare,
      endpoints: params.endpoints,
      receiverUrl: receiver.baseUrl,
    });
    results.audience = audience;
    await harness.db.$executeRawUnsafe('ANALYZE');

    log('fan-out B: bare nodemailer pool + fetch');
    results.fanOutB = await bareFanOut(
      audience,
      { sink, receiver },
      {
        concurrency: params.deliveryConcurrency,
        smtpPoolSize: params.smtpPoolSize,
        emailFrom: config.EMAIL_FROM,
        // One link as the service issues them, for B's emails to carry the same.
        unsubscribe: harness.service.app.get(UnsubscribeLinks).issue(randomUUID(), new Date()),
      },
      params.drainTimeoutMs,
      log,
    );
    log('fan-out A: announcements.send through the service');
    const staff = testAccount('Bench Staff', 'en', [{ role: 'network-staff', scopeIds: [] }]).caller;
    results.fanOutA = await platformFanOut(harness, staff, audience, { sink, receiver }, params.drainTimeoutMs, log);

    const reminders = planReminders(params.reminders, new Date());
    log(`scheduling B: addBulk of ${params.reminders} delayed jobs`);
    results.schedulingB = await bareScheduling(params.redisUrl, bareNamespace, reminders, params.memorySample, log);
    await deleteKeys(harness.redis, `${queuePrefix(bareNamespace)}*`);
    log(`scheduling A: ${params.reminders} reminders through the service's scheduler`);
    results.schedulingA = await platformScheduling(harness, reminders, params.memorySample, params.drainTimeoutMs, log);
    results.reconciliation = await reconciliationAfterWipe(harness, params.reminders, params.drainTimeoutMs, log);
  } finally {
    log('cleaning up (service, namespace streams and Redis keys, database, sink, receiver)');
    await cleanup();
  }

  const { audience, fanOutA, fanOutB, schedulingA, schedulingB, reconciliation } = results;
  const out = [
    '',
    `Notifications benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    parameterTable(results),
    '',
    `1. Fan-out of one announcement to ${count(audience?.recipients ?? NaN)} recipients and ${count(audience?.endpoints ?? NaN)} webhook endpoints`,
    '',
    fanOutTable(fanOutA, fanOutB),
    '',
    ...(fanOutA && audience ? fanOutCheck(fanOutA, audience) : ['A: no result']),
    `A made ${count(fanOutA?.notificationsMade ?? NaN)} notifications (people x email/inbox, endpoints); B has no inbox: its overall rate counts emails and webhooks only`,
    '',
    `2. Scheduling ${count(params.reminders)} reminders`,
    '',
    schedulingTable(schedulingA, schedulingB),
    '',
    `A check: ${count(schedulingA?.unsynced ?? NaN)} rows without a job or still marked sync_needed; ${count(schedulingA?.footprint.keys ?? NaN)} keys in A's queue, ${count(schedulingB?.footprint.keys ?? NaN)} in B's: ${schedulingA?.complete && schedulingB?.complete ? 'OK' : 'INCOMPLETE'}`,
    '',
    reconciliationTable(reconciliation),
    '',
    `total run time ${fmt.ms((now() - started) / 1_000)} s`,
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
  const perDeliveryCpuMs = (r?: { cpuSeconds: number; deliveries: number }) => (r ? (r.cpuSeconds * 1_000) / r.deliveries : NaN);
  const bytesPerReminder = (r?: { footprint: { totalBytes: number } }) => (r?.footprint.totalBytes ?? NaN) / params.reminders;
  recordResult({
    bench: 'notifications',
    figure: `fan-out deliveries/s (${count(audience?.recipients ?? NaN)} recipients, email + webhooks)`,
    platform: fanOutA?.perSecond ?? NaN,
    bare: fanOutB?.perSecond ?? NaN,
    unit: '/s',
    goal: '>= 0.5x bare, all delivered',
    met: fanOutA?.complete ? atLeastTimesBare(fanOutA.perSecond, fanOutB?.perSecond ?? NaN, 0.5) : false,
  });
  recordResult({
    bench: 'notifications',
    figure: 'CPU per delivery (A: making the notifications included)',
    platform: perDeliveryCpuMs(fanOutA),
    bare: perDeliveryCpuMs(fanOutB),
    unit: 'ms',
    goal: '<= 4 ms',
    met: Number.isFinite(perDeliveryCpuMs(fanOutA)) ? perDeliveryCpuMs(fanOutA) <= 4 : null,
  });
  recordResult({
    bench: 'notifications',
    figure: `scheduling ${count(params.reminders)} reminders, jobs/s`,
    platform: schedulingA?.jobsPerSecond ?? NaN,
    bare: schedulingB?.jobsPerSecond ?? NaN,
    unit: '/s',
    goal: '>= 0.8x bare addBulk',
    met: atLeastTimesBare(schedulingA?.jobsPerSecond ?? NaN, schedulingB?.jobsPerSecond ?? NaN, 0.8),
  });
  recordResult({
    bench: 'notifications',
    figure: 'Redis memory per reminder',
    platform: bytesPerReminder(schedulingA),
    bare: bytesPerReminder(schedulingB),
    unit: 'B',
    goal: '<= 1 KB',
    met: Number.isFinite(bytesPerReminder(schedulingA)) ? bytesPerReminder(schedulingA) <= 1_024 : null,
  });
  const email = (r?: { channels: ChannelFigures[] }) => channel(r?.channels, 'email')?.perSecond ?? NaN;
  process.stdout.write(
    `SUMMARY: fan-out to ${count(audience?.recipients ?? NaN)} recipients + ${count(audience?.endpoints ?? NaN)} endpoints: last delivery after ` +
      `${seconds(fanOutA?.toLastDeliveryMs ?? NaN)} s (B ${seconds(fanOutB?.elapsedMs ?? NaN)} s), ${fmt.rate(fanOutA?.perSecond ?? NaN)} deliveries/s ` +
      `(B ${fmt.rate(fanOutB?.perSecond ?? NaN)}, A/B ${fmt.ratio((fanOutA?.perSecond ?? NaN) / (fanOutB?.perSecond ?? NaN))}), email ${fmt.rate(email(fanOutA))}/s ` +
      `(B ${fmt.rate(email(fanOutB))}); ${count(params.reminders)} reminders: ${fmt.rate(schedulingA?.jobsPerSecond ?? NaN)} jobs/s ` +
      `(B ${fmt.rate(schedulingB?.jobsPerSecond ?? NaN)}, A/B ${fmt.ratio((schedulingA?.jobsPerSecond ?? NaN) / (schedulingB?.jobsPerSecond ?? NaN))}), ` +
      `${bytes((schedulingA?.footprint.totalBytes ?? NaN) / params.reminders)} bytes/reminder in Redis (B ${bytes((schedulingB?.footprint.totalBytes ?? NaN) / params.reminders)}); ` +
      `reconciled in ${seconds(reconciliation?.restoredMs ?? NaN)} s\n`,
  );
}

main().then(
  () => {
    // Anything still holding the event loop (a pool, a timer) must not keep the run alive.
    setTimeout(() => process.exit(0), 2_000).unref();
  },
  (error: unknown) => {
    process.stderr.write(`notifications benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
