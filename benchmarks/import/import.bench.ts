/**
 * `npm run bench:import`: the bulk import of the real twin-towns list (25,917 rows) through
 * the gateway into the partnerships service, then the same file again (which must change
 * nothing). Issue #16's goal: the first import at ≥ 1,500 rows/s. There is no bare baseline:
 * the goal is absolute. Settings: BENCH_DATASET (the CSV, relative to the repository;
 * default ../shared/data/twin_cities.csv), BENCH_IMPORT_CITIES (1: with addMissingCities,
 * as the issue's figure is measured; 0 without), BENCH_IMPORT_TIMEOUT_S (600),
 * BENCH_IMPORT_FOLLOWERS ("exchanges,notifications": the services then started one after
 * the other, each timed while it learns every imported partnership from the events; "" for none).
 */
import 'reflect-metadata';
import { PrismaClient } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { prepareTemplateDatabases } from '@scn/testing';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GatewayUnderTest } from '../../apps/gateway/test/gateway-harness';
import { fmt, now, sleep, textTable } from '../events/measure';
import { recordResult } from '../results';
import { FOLLOWERS, followerCatchUp, type CatchUp, type Follower } from './followers';

const ROOT = path.resolve(__dirname, '../..');
const GOAL_ROWS_PER_SECOND = 1_500;

const params = {
  file: path.resolve(ROOT, process.env['BENCH_DATASET'] ?? '../shared/data/twin_cities.csv'),
  addMissingCities: (process.env['BENCH_IMPORT_CITIES'] ?? '1') !== '0',
  timeoutMs: Number(process.env['BENCH_IMPORT_TIMEOUT_S'] ?? 600) * 1_000,
  followers: (process.env['BENCH_IMPORT_FOLLOWERS'] ?? 'exchanges,notifications')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => {
      if (!(name in FOLLOWERS)) throw new Error(`BENCH_IMPORT_FOLLOWERS: ${name} is not one of ${Object.keys(FOLLOWERS).join(', ')}`);
      return name as Follower;
    }),
};

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

interface ImportView {
  id: string;
  status: string;
  totalRows: number;
  createdCount: number;
  unchangedCount: number;
  unmatchedCount: number;
}

interface ImportTiming {
  view: ImportView;
  /** From the upload until the job reads `completed` (polled every 100 ms). */
  seconds: number;
  rowsPerSecond: number;
  cpuSeconds: number;
}

/** What the database holds that an import writes: a re-import must leave every count as it was. */
async function counts(db: PrismaClient): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<Array<Record<string, number>>>(
    `SELECT (SELECT count(*)::int FROM partnerships) AS partnerships,
            (SELECT count(*)::int FROM agreement_versions) AS versions,
            (SELECT count(*)::int FROM partnership_changes) AS changes,
            (SELECT count(*)::int FROM outbox_events WHERE type = 'partnership.activated.v1') AS events,
            (SELECT count(*)::int FROM cities) AS cities`,
  );
  return row!;
}

/**
 * A digest of what the first import decided — each partnership's two cities (an added
 * city by its name and place: its id is new each run) and each reported row's kind and
 * reason — so a change meant to be faster can show it decides the same.
 */
async function decisionsDigest(db: PrismaClient, importId: string): Promise<string> {
  const [row] = await db.$queryRawUnsafe<Array<{ digest: string }>>(
    `WITH city AS (
       SELECT id, CASE WHEN source = 'import' THEN name || '@' || round(latitude::numeric, 3) || ',' || round(longitude::numeric, 3) ELSE id END AS label FROM cities
     ), lines AS (
       SELECT 'p ' || m.label || ' ~ ' || p.label AS line
         FROM partnerships x JOIN city m ON m.id = x.member_city_id JOIN city p ON p.id = x.partner_city_id
       UNION ALL
       SELECT 'r ' || row_number || ' ' || kind || ' ' || regexp_replace(reason, 'import:[0-9a-f-]+', 'import:*', 'g')
         FROM import_problems WHERE job_id = $1::uuid
     )
     SELECT md5(string_agg(line, E'\n' ORDER BY line)) AS digest FROM lines`,
    importId,
  );
  return row!.digest;
}

async function importOnce(gateway: GatewayUnderTest, token: string, csv: string): Promise<ImportTiming> {
  const cpuBefore = process.cpuUsage();
  const start = now();
  const query = `fileName=twin_cities.csv${params.addMissingCities ? '&addMissingCities=true' : ''}`;
  const started = await gateway.request('POST', `/v1/partnerships/imports?${query}`, { token, body: csv, headers: { 'content-type': 'text/csv' } });
  if (started.status !== 202) throw new Error(`the import was refused: ${started.status} ${JSON.stringify(started.body)}`);
  for (;;) {
    const job = await gateway.request('GET', `/v1/partnerships/imports/${(started.body as { id: string }).id}`, { token });
    const view = job.body as ImportView;
    // A busy service may miss the gateway's 5 s: the job is still there, ask again.
    if (job.status === 504 && now() - start < params.timeoutMs) continue;
    if (view.status === 'completed') {
      const seconds = (now() - start) / 1_000;
      const cpu = process.cpuUsage(cpuBefore);
      return { view, seconds, rowsPerSecond: view.totalRows / seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    }
    if (view.status !== 'running' || now() - start > params.timeoutMs) throw new Error(`the import did not complete: ${JSON.stringify(view)}`);
    await sleep(100);
  }
}

async function main(): Promise<void> {
  if (!existsSync(params.file)) throw new Error(`${params.file} is absent: this benchmark needs the real file (BENCH_DATASET)`);
  execFileSync('bash', [path.join(ROOT, 'infra/local/up.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  await prepareTemplateDatabases();
  const csv = readFileSync(params.file, 'utf8');
  let gateway: GatewayUnderTest | undefined;
  process.once('SIGINT', () => void (gateway?.stop() ?? Promise.resolve()).finally(() => process.exit(130)));
  try {
    log('starting the gateway and the partnerships service');
    gateway = await GatewayUnderTest.start({ withPartnerships: true });
    const db = gateway.backends[0]!.service.app.get<PrismaClient>(DATABASE);
    const { accessToken } = await gateway.login();
    log(`first import of ${params.file}${params.addMissingCities ? ' (addMissingCities)' : ''}`);
    const first = await importOnce(gateway, accessToken, csv);
    const afterFirst = await counts(db);
    const digest = await decisionsDigest(db, first.view.id);
    log(`first import: ${fmt.ms(first.seconds)} s; importing the same file again`);
    const second = await importOnce(gateway, accessToken, csv);
    const afterSecond = await counts(db);
    const unchanged = JSON.stringify(afterFirst) === JSON.stringify(afterSecond) && second.view.createdCount === 0;
    const catchUps: CatchUp[] = [];
    for (const follower of params.followers) {
      log(`starting the ${follower} service: it learns the ${afterFirst['events']} partnerships from the stream`);
      catchUps.push(await followerCatchUp(gateway, follower, afterFirst['events']!, params.timeoutMs));
    }
    const row = (name: string, t: ImportTiming) => [
      name,
      fmt.ms(t.seconds),
      Math.round(t.rowsPerSecond).toLocaleString('en-US'),
      fmt.ms(t.cpuSeconds),
      `${t.view.createdCount} / ${t.view.unchangedCount} / ${t.view.unmatchedCount}`,
    ];
    console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(
      textTable([
        ['import', 'seconds', 'rows/s', 'CPU s (this process)', 'created / unchanged / unmatched'],
        row('first', first),
        row('second (same file)', second),
      ]),
    );
    if (catchUps.length) {
      console.log(
        textTable([
          ['follower (started after the import)', 'seconds to learn them all', 'events/s', 'CPU s (this process)'],
          ...catchUps.map((c) => [c.service, fmt.ms(c.seconds), Math.round(c.eventsPerSecond).toLocaleString('en-US'), fmt.ms(c.cpuSeconds)]),
        ]),
      );
    }
    console.log(`after the first import: ${JSON.stringify(afterFirst)}; its decisions' digest (partnerships' cities, reported rows): ${digest}`);
    console.log(`after the second: ${JSON.stringify(afterSecond)} — ${unchanged ? 'nothing changed' : 'CHANGED (a re-import must change nothing)'}`);
    console.log(
      `SUMMARY import: ${Math.round(first.rowsPerSecond)} rows/s first (${fmt.ms(first.seconds)} s for ${first.view.totalRows} rows; goal ≥ ${GOAL_ROWS_PER_SECOND}), ` +
        `${Math.round(second.rowsPerSecond)} rows/s again, re-import ${unchanged ? 'changed nothing' : 'CHANGED something'}` +
        catchUps.map((c) => `; ${c.service} learnt them in ${fmt.ms(c.seconds)} s (${Math.round(c.eventsPerSecond)} events/s)`).join(''),
    );
    for (const c of catchUps) {
      recordResult({
        bench: 'import',
        figure: `${c.service} learns the imported partnerships, events/s`,
        platform: c.eventsPerSecond,
        bare: null,
        unit: 'events/s',
        goal: '(no goal)',
        met: null,
      });
    }
    recordResult({
      bench: 'import',
      figure: `import of the ${first.view.totalRows}-row file, rows/s`,
      platform: first.rowsPerSecond,
      bare: null,
      unit: 'rows/s',
      goal: `≥ ${GOAL_ROWS_PER_SECOND}, re-import changes nothing`,
      met: first.rowsPerSecond >= GOAL_ROWS_PER_SECOND && unchanged,
    });
    if (!unchanged) process.exitCode = 1;
  } finally {
    await gateway?.stop().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
