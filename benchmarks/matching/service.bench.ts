/**
 * Part (b) of `npm run bench:matching` (`MATCHING_BENCH_PART=b` or `both`; alone: `node -r
 * @swc-node/register benchmarks/matching/service.bench.ts`): a persisted preview and commit
 * through the applications service over RPC, on a season seeded straight into its
 * database from part (a)'s generator; then the release of every decision by the
 * service's scheduler and the notifications service making every applicant's
 * `application.decision-released` notification. See benchmarks/README.md.
 */
import 'reflect-metadata';
import type { PrismaClient as ApplicationsDb } from '@scn-prisma/applications';
import type { CallerIdentity } from '@scn/contracts';
import { ManagedNatsConnection, RpcClient, type RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, prepareTemplateDatabases, startTestService, testNamespace, type TestDatabase } from '@scn/testing';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { applicationsService } from '../../apps/applications/src/applications.service-definition';
import { matchSeason } from '../../apps/applications/src/matching/commands/season-run';
import { MatchingRunRepository } from '../../apps/applications/src/matching/infra/matching-run.repository';
import { readSeason } from '../../apps/applications/src/matching/infra/season.reader';
import { notificationsService } from '../../apps/notifications/src/notifications.service-definition';
import { fmt, now, sleep, textTable } from '../events/measure';
import { CountingSmtpSink } from '../notifications/loopback-receivers';
import { recordResult } from '../results';
import { DEFAULT_SHAPE, randomScoredInstance, type InstanceShape } from './random-instance';

const ROOT = path.resolve(__dirname, '../..');
const SEASON = 2027;
const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}

function settings() {
  const applicants = envInt('MATCHING_BENCH_APPLICANTS', DEFAULT_SHAPE.applicants);
  const shape: InstanceShape = {
    ...DEFAULT_SHAPE,
    applicants,
    programs: envInt('MATCHING_BENCH_PROGRAMS', Math.max(1, Math.round(applicants / 20))),
    choicesPerApplicant: envInt('MATCHING_BENCH_CHOICES', DEFAULT_SHAPE.choicesPerApplicant),
    seed: envInt('MATCHING_BENCH_SEED', DEFAULT_SHAPE.seed),
  };
  return {
    shape,
    natsUrl: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222',
    redisUrl: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    rpcTimeoutMs: envInt('MATCHING_BENCH_RPC_TIMEOUT_MS', 900_000),
    decisionTickMs: envInt('MATCHING_BENCH_DECISION_TICK_MS', 1_000),
    /** How long to wait for every release and notification before reporting the rate instead. */
    waitLimitS: envInt('MATCHING_BENCH_WAIT_LIMIT_S', 600),
    /** Log every N ms while waiting. */
    progressMs: envInt('MATCHING_BENCH_PROGRESS_MS', 15_000),
  };
}
type Settings = ReturnType<typeof settings>;

function log(message: string): void {
  process.stderr.write(`[bench b ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

const int = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s` : 'n/a');

async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = now();
  const value = await run();
  return { value, ms: now() - started };
}

/** Rows of `columns` arrays, in statements of `chunk` rows: `INSERT … SELECT … FROM unnest(…)`. */
async function insertUnnest(db: Client, sql: string, columns: unknown[][], chunk = 100_000): Promise<void> {
  const length = columns[0]?.length ?? 0;
  for (let start = 0; start < length; start += chunk) {
    await db.query(
      sql,
      columns.map((column) => column.slice(start, start + chunk)),
    );
  }
}

interface Seeded {
  applications: number;
  choices: number;
  readings: number;
  programs: number;
  places: number;
  /** application id -> account id, per applicant index. */
  accountIds: string[];
  programIds: string[];
}

/**
 * The season, straight into the applications database: programs published with their
 * window closed and places per side; an applicant profile, an account and one submitted
 * application per applicant with its ranked choices (each on the applicant's side); per
 * ranked choice a complete candidacy and one scored reading (weighted sum = the sum of
 * the criteria, weight total = the number of criteria: ties exactly as part (a)'s).
 * Part (a)'s ineligible choices stay as choices nobody scored (eligibility is checked at
 * submission, the matching does not see it), so they are "not ranked" here.
 */
async function seedApplications(db: Client, shape: InstanceShape): Promise<Seeded> {
  const { instance, tierScores } = randomScoredInstance(shape);
  const programIds = instance.programs.map(() => randomUUID());
  const programIndex = new Map(instance.programs.map((program, p) => [program.id, p]));
  const accountIds = instance.applicants.map(() => randomUUID());
  const applicationIds = instance.applicants.map(() => randomUUID());
  const applicantIndex = new Map(instance.applicants.map((applicant, a) => [applicant.id, a]));

  await insertUnnest(
    db,
    `INSERT INTO known_programs (id, partnership_id, member_city_id, partner_city_id, member_country_code, partner_country_code, season, category, title,
                                 direction, languages, travel_start, travel_end, application_opens_at, application_closes_at, decision_release_at,
                                 offer_response_deadline, capacity_member, capacity_partner, eligibility, status, window_open, last_event_at, updated_at)
     SELECT v.id, gen_random_uuid(), 'gn:' || (990000000 + v.n), 'gn:' || (991000000 + v.n), 'US', 'FR', ${SEASON}, 'youth-exchange', 'Bench program ' || v.n,
            NULL, ARRAY['en'], DATE '2027-07-01', DATE '2027-07-21', now() - interval '90 days', now() - interval '30 days', NULL,
            NULL, v.member, v.partner, NULL, 'published', false, now(), now()
       FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[]) AS v(id, member, partner, n)`,
    [programIds, instance.programs.map((p) => p.capacity.member), instance.programs.map((p) => p.capacity.partner), programIds.map((_, i) => i)],
  );

  await insertUnnest(
    db,
    `INSERT INTO applicants (account_id, email, given_name, family_name, birth_date, home_city_id, home_country_code, languages, preferred_language, emergency_contact, updated_at)
     SELECT v.id, 'applicant-' || v.n || '@bench.example', 'Given' || v.n, 'Family', DATE '2009-05-01', 'gn:990000001', 'US',
            '[{"language":"en","level":"native"}]'::jsonb, v.language, '{"name":"Parent","relationship":"mother","phone":"+1 555 0100"}'::jsonb, now()
       FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(id, n, language)`,
    [accountIds, accountIds.map((_, i) => i), accountIds.map((_, i) => LANGUAGES[i % LANGUAGES.length]!)],
  );
  await insertUnnest(
    db,
    `INSERT INTO applications (id, applicant_id, season, status, submitted_at, revision, updated_at)
     SELECT v.id, v.applicant, ${SEASON}, 'submitted', now() - interval '31 days', 2, now() FROM unnest($1::uuid[], $2::uuid[]) AS v(id, applicant)`,
    [applicationIds, accountIds],
  );

  const choice = { application: [] as string[], rank: [] as number[], program: [] as string[], side: [] as string[] };
  for (const [a, applicant] of instance.applicants.entries()) {
    applicant.choices.forEach((c, r) => {
      choice.application.push(applicationIds[a]!);
      choice.rank.push(r + 1);
      choice.program.push(programIds[programIndex.get(c.programId)!]!);
      choice.side.push(applicant.side);
    });
  }
  await insertUnnest(
    db,
    `INSERT INTO application_choices (application_id, rank, exchange_program_id, side) SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[])`,
    [choice.application, choice.rank, choice.program, choice.side],
  );

  const reading = { application: [] as string[], program: [] as string[], sum: [] as number[] };
  for (const [p, program] of instance.programs.entries()) {
    const scores = tierScores.get(program.id)!;
    program.ranking.forEach((tier, t) => {
      for (const applicantId of tier) {
        reading.application.push(applicationIds[applicantIndex.get(applicantId)!]!);
        reading.program.push(programIds[p]!);
        reading.sum.push(scores[t]!);
      }
    });
  }
  await insertUnnest(
    db,
    // With the sums of its one reading, as scoring it keeps them.
    `INSERT INTO candidacies (application_id, exchange_program_id, completed_at, score_weighted_sum, score_weight_total, score_readings)
     SELECT v.a, v.p, now() - interval '20 days', v.s, ${shape.criteria}, 1 FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS v(a, p, s)`,
    [reading.application, reading.program, reading.sum],
  );
  // One reading each, by one of 500 reviewers; the rubric: `criteria` criteria of weight 1.
  await insertUnnest(
    db,
    `INSERT INTO review_assignments (application_id, exchange_program_id, reviewer_id, assigned_at, scores, weighted_sum, weight_total, scored_at)
     SELECT v.a, v.p, ('00000000-0000-4000-8000-' || lpad((abs(hashtext(v.a::text)) % 500)::text, 12, '0'))::uuid, now() - interval '25 days',
            jsonb_build_object('sum', v.s), v.s, ${shape.criteria}, now() - interval '21 days'
       FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS v(a, p, s)`,
    [reading.application, reading.program, reading.sum],
  );
  await db.query('VACUUM ANALYZE');
  return {
    applications: applicationIds.length,
    choices: choice.application.length,
    readings: reading.application.length,
    programs: programIds.length,
    places: instance.programs.reduce((sum, p) => sum + p.capacity.member + p.capacity.partner, 0),
    accountIds,
    programIds,
  };
}

/** The applicants' accounts and the programs, as the notifications service would have learnt them from the gateway's and exchanges' events. */
async function seedNotifications(db: Client, seeded: Seeded): Promise<void> {
  await insertUnnest(
    db,
    `INSERT INTO recipients (id, email, account_id, display_name, language, grants, account_changed_at, updated_at)
     SELECT gen_random_uuid(), 'applicant-' || v.n || '@bench.example', v.account, 'Given' || v.n || ' Family', v.language,
            jsonb_build_array(jsonb_build_object('role', 'applicant', 'scopeIds', '[]'::jsonb)), now(), now()
       FROM unnest($1::uuid[], $2::int[], $3::text[]) AS v(account, n, language)`,
    [seeded.accountIds, seeded.accountIds.map((_, i) => i), seeded.accountIds.map((_, i) => LANGUAGES[i % LANGUAGES.length]!)],
  );
  await insertUnnest(
    db,
    `INSERT INTO known_exchange_programs (id, partnership_id, title, category, season, status, application_opens_at, application_closes_at, travel_start, travel_end, last_changed_at, updated_at)
     SELECT v.id, gen_random_uuid(), 'Bench program ' || v.n, 'youth-exchange', ${SEASON}, 'closed', now() - interval '90 days', now() - interval '30 days',
            DATE '2027-07-01', DATE '2027-07-21', now(), now()
       FROM unnest($1::uuid[], $2::int[]) AS v(id, n)`,
    [seeded.programIds, seeded.programIds.map((_, i) => i)],
  );
  await db.query('VACUUM ANALYZE');
}

interface Figures {
  seedMs?: number;
  seeded?: Seeded;
  previewMs?: number;
  commitMs?: number;
  outcomes?: number;
  waitlistEntries?: number;
  liveWaitlistEntries?: number;
  statistics?: Record<string, number>;
  phases?: { readMs: number; computeMs: number; writeMs: number; applications: number };
  release?: Progress;
  notified?: Progress;
  otherNotifications?: Array<{ type: string; n: number }>;
  emails?: number;
  events?: Array<{ type: string; n: number; pending: number }>;
  failure?: string;
  statisticsFromDiagnosis?: boolean;
}

/**
 * The preview's phases apart, with the service's own functions on a connection of the
 * benchmark: `readSeason`, `matchSeason` (the engine, the explanations, the fingerprint),
 * and the run's write (`MatchingRunRepository.insert`, COPY) in a transaction rolled back.
 * Works when the preview fails (each part on its own).
 */
async function diagnose(db: ApplicationsDb, apps: Client, s: Settings, figures: Figures): Promise<void> {
  log('phases: readSeason, matchSeason, the run\'s write, timed apart');
  const read = await timedAsync(() => readSeason(apps, SEASON));
  const compute = await timedAsync(async () => matchSeason(read.value, `bench-${s.shape.seed}`));
  const matched = compute.value;
  await apps.query('BEGIN');
  const write = await timedAsync(() =>
    new MatchingRunRepository(db).insert(
      apps,
      { id: randomUUID(), season: SEASON, seed: 'diagnosis', status: 'preview', inputHash: matched.inputHash, statistics: matched.statistics, createdBy: null, createdAt: new Date() },
      matched.outcomes,
      matched.waitlists,
    ),
  ).finally(() => apps.query('ROLLBACK'));
  figures.phases = { readMs: read.ms, computeMs: compute.ms, writeMs: write.ms, applications: read.value.applicationIds.length };
  if (figures.failure) {
    const st = matched.statistics;
    figures.statistics = { applicants: st.applicants, placed: st.placed, placedOnFirstChoice: st.placedOnFirstChoice, placedInTopThree: st.placedInTopThree,
      unplaced: st.unplaced, proposals: st.proposals, improvementCycles: st.improvementCycles, applicantsMovedByCycles: st.applicantsMovedByCycles };
    figures.statisticsFromDiagnosis = true;
  }
}

/** How far a count got towards its target after the commit: the time it got there, or the rate over what was seen. */
interface Progress {
  target: number;
  done: number;
  firstAtMs: number;
  lastAtMs: number;
  complete: boolean;
}

async function waitForCounts(
  counters: Array<{ name: string; target: number; count: () => Promise<number> }>,
  since: number,
  s: Settings,
): Promise<Progress[]> {
  const progress = counters.map((c) => ({ target: c.target, done: 0, firstAtMs: NaN, lastAtMs: NaN, complete: c.target === 0 }));
  let lastLog = now();
  for (;;) {
    for (const [i, counter] of counters.entries()) {
      const p = progress[i]!;
      if (p.complete) continue;
      const n = await counter.count();
      const at = now() - since;
      if (n > 0 && !Number.isFinite(p.firstAtMs)) p.firstAtMs = at;
      if (n !== p.done) p.lastAtMs = at;
      p.done = n;
      p.complete = n >= p.target;
    }
    if (progress.every((p) => p.complete)) return progress;
    if (now() - since > s.waitLimitS * 1000) {
      log(`stopping the wait after ${s.waitLimitS} s (MATCHING_BENCH_WAIT_LIMIT_S): reporting the rates over what was done`);
      return progress;
    }
    if (now() - lastLog > s.progressMs) {
      lastLog = now();
      log(counters.map((c, i) => `${c.name} ${int(progress[i]!.done)}/${int(c.target)}`).join(', ') + ` after ${seconds(now() - since)}`);
    }
    await sleep(500);
  }
}

export async function runServiceBench(): Promise<void> {
  const s = settings();
  const started = now();
  try {
    execFileSync('bash', [path.join(ROOT, 'infra/local/up.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    throw new Error('the local servers are not answering (see infra/local/up.sh output above)');
  }
  await prepareTemplateDatabases();
  const namespace = testNamespace();
  const figures: Figures = {};
  let applicationsDb: TestDatabase | undefined;
  let notificationsDb: TestDatabase | undefined;
  let connection: ManagedNatsConnection | undefined;
  let sink: CountingSmtpSink | undefined;
  const services: RunningService[] = [];
  const clients: Client[] = [];
  const cleanup = async () => {
    log('cleaning up (services, streams, Redis keys, databases)');
    for (const service of services.reverse()) await service.app.close().catch((e: unknown) => log(`closing a service: ${String(e)}`));
    await Promise.allSettled(clients.map((c) => c.end()));
    if (connection) {
      await deleteNamespaceStreams(connection.nc, namespace).catch((e: unknown) => log(`deleting streams: ${String(e)}`));
      await connection.drain().catch(() => undefined);
    }
    const redis = new Redis(s.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `{${namespace}}*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.unlink(...keys);
      } while (cursor !== '0');
    } catch (e) {
      log(`wiping Redis keys: ${String(e)}`);
    } finally {
      redis.disconnect();
    }
    await sink?.stop().catch(() => undefined);
    await Promise.allSettled([applicationsDb?.drop(), notificationsDb?.drop()]);
  };
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSigint);

  try {
    applicationsDb = await createTestDatabase('applications');
    notificationsDb = await createTestDatabase('notifications');
    const apps = new Client({ connectionString: applicationsDb.url });
    const notes = new Client({ connectionString: notificationsDb.url });
    clients.push(apps, notes);
    await apps.connect();
    await notes.connect();

    log(`seeding ${int(s.shape.applicants)} applicants x ${int(s.shape.programs)} programs x ${s.shape.choicesPerApplicant} choices`);
    const seeding = await timedAsync(async () => {
      const seeded = await seedApplications(apps, s.shape);
      await seedNotifications(notes, seeded);
      return seeded;
    });
    figures.seedMs = seeding.ms;
    figures.seeded = seeding.value;
    const seeded = seeding.value;
    log(`seeded in ${seconds(seeding.ms)}: ${int(seeded.applications)} applications, ${int(seeded.choices)} choices, ${int(seeded.readings)} readings`);

    sink = await CountingSmtpSink.start();
    connection = await ManagedNatsConnection.open({ servers: [s.natsUrl], name: `matching-bench-${namespace}`, logger: pino({ level: 'silent' }) });
    log('starting the applications and notifications services');
    const logLevel = process.env['BENCH_LOG_LEVEL'] ?? 'warn';
    services.push(
      await startTestService(applicationsService, {
        namespace,
        databaseUrl: applicationsDb.url,
        env: { LOG_LEVEL: logLevel, DECISION_TICK_MS: String(s.decisionTickMs) },
      }),
    );
    services.push(
      await startTestService(notificationsService, {
        namespace,
        databaseUrl: notificationsDb.url,
        env: { LOG_LEVEL: logLevel, SMTP_URL: sink.url, RECONCILE_INTERVAL_MS: '0', DISPATCH_POLL_MS: '1000' },
      }),
    );
    const rpc = new RpcClient(connection, namespace, s.rpcTimeoutMs);
    const staffId = randomUUID();
    const caller: CallerIdentity = { accountId: staffId, email: 'staff@bench.example', grants: [{ role: 'network-staff', scopeIds: [] }] };

    log('preview (RPC matching-runs.start, mode preview)');
    const previewStarted = now();
    const db = services[0]!.app.get<ApplicationsDb>(DATABASE);
    const preview = await timedAsync(() => rpc.call('applications', 'matching-runs.start', { season: SEASON, mode: 'preview', seed: `bench-${s.shape.seed}` }, { caller })).catch(
      (error: unknown) => {
        figures.failure = `the preview failed after ${seconds(now() - previewStarted)}: ${String(error)} (the service's log above says why)`;
        return undefined;
      },
    );
    // Where the preview's time goes: the same read and match, outside the RPC, timed apart
    // (the write is the rest); the season read by SQL instead; the same rows written by bulk SQL.
    await diagnose(db, apps, s, figures);
    if (!preview) throw new Error(figures.failure);
    figures.previewMs = preview.ms;
    const runId = preview.value.id;
    log(`preview ${runId} in ${seconds(preview.ms)}`);
    figures.outcomes = Number((await apps.query(`SELECT count(*)::int AS n FROM matching_outcomes WHERE run_id = $1`, [runId])).rows[0].n);
    figures.waitlistEntries = Number((await apps.query(`SELECT count(*)::int AS n FROM matching_waitlist_entries WHERE run_id = $1`, [runId])).rows[0].n);
    figures.statistics = Object.fromEntries(Object.entries(preview.value.statistics).filter(([, v]) => typeof v === 'number')) as Record<string, number>;

    log('commit (RPC matching-runs.commit)');
    const commitStarted = now();
    const commit = await timedAsync(() => rpc.call('applications', 'matching-runs.commit', { runId }, { caller })).catch((error: unknown) => {
      figures.failure = `the commit failed after ${seconds(now() - commitStarted)}: ${String(error)} (the service's log above says why)`;
      throw error;
    });
    figures.commitMs = commit.ms;
    const committedAt = now();
    log(`committed in ${seconds(commit.ms)}; waiting for the releases (tick ${s.decisionTickMs} ms) and the notifications`);
    figures.liveWaitlistEntries = Number((await apps.query(`SELECT count(*)::int AS n FROM waitlist_entries`)).rows[0].n);

    const [release, notified] = await waitForCounts(
      [
        {
          name: 'released',
          target: seeded.applications,
          count: async () => Number((await apps.query(`SELECT count(*)::int AS n FROM applications WHERE decision_released_at IS NOT NULL`)).rows[0].n),
        },
        {
          name: 'notified',
          target: seeded.applications,
          count: async () =>
            Number(
              (await notes.query(`SELECT count(*)::int AS n FROM notifications WHERE type = 'application.decision-released' AND channel = 'email'`)).rows[0].n,
            ),
        },
      ],
      committedAt,
      s,
    );
    figures.release = release;
    figures.notified = notified;
    figures.otherNotifications = (
      await notes.query(`SELECT type || ' (' || channel || ')' AS type, count(*)::int AS n FROM notifications GROUP BY 1 ORDER BY 1`)
    ).rows as Array<{ type: string; n: number }>;
    figures.events = (
      await apps.query(`SELECT type, count(*)::int AS n, count(*) FILTER (WHERE published_at IS NULL)::int AS pending FROM outbox_events GROUP BY type ORDER BY type`)
    ).rows as Array<{ type: string; n: number; pending: number }>;
    figures.emails = sink.phase.count;
  } catch (error) {
    if (!figures.failure) throw error;
    if (!(error instanceof Error && error.message === figures.failure)) log(`also failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    process.removeListener('SIGINT', onSigint);
    if (!interrupted) await cleanup();
  }
  report(s, figures, now() - started);
  if (figures.failure) process.exitCode = 1;
}

/** The average rate since the commit (what a waiting applicant sees), with when the first and the last arrived. */
function rateLine(p: Progress | undefined): string {
  if (!p) return 'n/a';
  if (p.done === 0) return 'none arrived';
  return `${fmt.rate(p.done / (p.lastAtMs / 1000))}/s since the commit (${int(p.done)}: the first after ${seconds(p.firstAtMs)}, the last after ${seconds(p.lastAtMs)})`;
}

function progressCell(p: Progress | undefined, limitS: number): string {
  if (!p) return 'n/a';
  if (p.complete) return seconds(p.lastAtMs);
  if (p.done === 0) return `NOT DONE: none after ${limitS} s`;
  const projected = (p.target / p.done) * p.lastAtMs;
  return `NOT DONE: ${int(p.done)} of ${int(p.target)} after ${limitS} s (at that rate all after ~${seconds(projected)})`;
}

function report(s: Settings, f: Figures, totalMs: number): void {
  const st = f.statistics ?? {};
  const rows = [
    ['figure', 'value'],
    ['seeding (bulk SQL + VACUUM ANALYZE; not part of the goal)', seconds(f.seedMs ?? NaN)],
    ['preview: RPC matching-runs.start (read, match, write run + outcomes + waitlists)', seconds(f.previewMs ?? NaN)],
    ['  - of which reading the season (readSeason, timed apart)', seconds(f.phases?.readMs ?? NaN)],
    ['  - of which matching, explanations, fingerprint (matchSeason, timed apart)', seconds(f.phases?.computeMs ?? NaN)],
    ['  - of which writing the run, its outcomes and waitlists (COPY, timed apart)', seconds(f.phases?.writeMs ?? NaN)],
    ['commit: RPC matching-runs.commit (read, compare fingerprints, write applications + waitlists + event)', seconds(f.commitMs ?? NaN)],
    ['goal', '< 15 s each'],
    ['rows written by the preview (matching_outcomes / matching_waitlist_entries)', `${int(f.outcomes ?? 0)} / ${int(f.waitlistEntries ?? 0)}`],
    ['rows written by the commit (waitlist_entries)', int(f.liveWaitlistEntries ?? 0)],
    ['every decision released, after the commit', progressCell(f.release, s.waitLimitS)],
    ['  release rate', rateLine(f.release)],
    ['every applicant notified (application.decision-released, email row), after the commit', progressCell(f.notified, s.waitLimitS)],
    ['  notification rate', rateLine(f.notified)],
  ];
  const statRows = [
    [f.statisticsFromDiagnosis ? 'statistic (from the matching timed apart: the preview failed)' : 'statistic', 'value'],
    ...['applicants', 'placed', 'placedOnFirstChoice', 'placedInTopThree', 'unplaced', 'proposals', 'improvementCycles', 'applicantsMovedByCycles']
      .filter((k) => k in st)
      .map((k) => [k, int(st[k]!)]),
  ];
  const out = [
    '',
    `Matching through the service benchmark (part b), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    `season: ${int(f.seeded?.applications ?? 0)} applications x ${int(f.seeded?.programs ?? 0)} programs (${int(f.seeded?.places ?? 0)} places), ` +
      `${int(f.seeded?.choices ?? 0)} choices, ${int(f.seeded?.readings ?? 0)} scored readings, generator seed ${s.shape.seed}; decision tick ${s.decisionTickMs} ms`,
    '',
    textTable(rows),
    '',
    textTable(statRows),
    '',
    `outbox events of the applications service (type: rows, unpublished): ${(f.events ?? []).map((e) => `${e.type} ${int(e.n)} (${int(e.pending)})`).join(', ')}`,
    `notifications made (type (channel): rows): ${(f.otherNotifications ?? []).map((e) => `${e.type} ${int(e.n)}`).join(', ')}; emails at the SMTP sink ${int(f.emails ?? 0)}`,
    ...(f.failure ? [`FAILED: ${f.failure}`] : []),
    `total run time ${seconds(totalMs)}`,
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
  const season = `${int(f.seeded?.applications ?? 0)} applicants`;
  for (const [figure, ms] of [
    [`persisted preview through the service, ${season}`, f.previewMs],
    [`commit through the service, ${season}`, f.commitMs],
  ] as const) {
    recordResult({
      bench: 'matching (b)',
      figure,
      platform: (ms ?? NaN) / 1_000,
      bare: null,
      unit: 's',
      goal: '< 15 s',
      met: ms === undefined ? false : ms < 15_000,
    });
  }
  process.stdout.write(
    `SUMMARY (b): ${f.failure ? `FAILED (${f.failure.split(':')[0]}); ` : ''}preview ${seconds(f.previewMs ?? NaN)}, commit ${seconds(f.commitMs ?? NaN)} (goal < 15 s each); ` +
      `${int(f.outcomes ?? 0)} outcomes, ${int(f.waitlistEntries ?? 0)} waitlist entries; ` +
      `released ${f.release?.complete ? `all after ${seconds(f.release.lastAtMs)}` : `${int(f.release?.done ?? 0)} in ${s.waitLimitS} s`}; ` +
      `notified ${f.notified?.complete ? `all after ${seconds(f.notified.lastAtMs)}` : `${int(f.notified?.done ?? 0)} in ${s.waitLimitS} s (${rateLine(f.notified)})`}\n`,
  );
}

if (require.main === module) {
  runServiceBench().then(
    () => setTimeout(() => process.exit(0), 2_000).unref(),
    (error: unknown) => {
      process.stderr.write(`matching service benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
