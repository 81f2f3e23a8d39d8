import type { PrismaClient } from '@scn-prisma/partnerships';
import type { RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, type TestDatabase } from '@scn/testing';
import { connect } from 'nats';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { MarkInterruptedImportsHandler } from '../src/imports/commands/mark-interrupted-imports/mark-interrupted-imports.handler';
import { ImportBatchWriter } from '../src/imports/infra/import-batch.writer';
import { ImportNoLongerRunning, STALLED_IMPORT_ERROR } from '../src/imports/infra/import-job.progress';
import { partnershipsService } from '../src/partnerships.service-definition';

// An import whose service died mid-run is left "running" with nothing running it. Its
// heartbeat stops: on start-up (and when an import starts, and every minute) the service
// marks such a job failed with the reason, and leaves alone a job another replica is running.

/** A job as a run leaves it in the database: running, its heartbeat `heartbeatAgo` old. */
async function insertRunningJob(url: string, heartbeatAgo: string): Promise<string> {
  const id = uuidv7();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO import_jobs (id, status, file_hash, total_rows, processed_rows, started_at, heartbeat_at)
       VALUES ($1, 'running', $2, 25917, 4000, now() - $3::interval - interval '1 minute', now() - $3::interval)`,
      [id, 'f'.repeat(64), heartbeatAgo],
    );
  } finally {
    await client.end();
  }
  return id;
}

describe('imports interrupted by a stop of the service', () => {
  const namespace = testNamespace();
  let database: TestDatabase;
  let service: RunningService;
  let stalled: string;
  let live: string;

  const db = () => service.app.get<PrismaClient>(DATABASE);
  const job = (id: string) => db().importJob.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    database = await createTestDatabase('partnerships');
    // What a crash 10 minutes ago left, and a run another replica beat for 10 seconds ago.
    stalled = await insertRunningJob(database.url, '10 minutes');
    live = await insertRunningJob(database.url, '10 seconds');
    service = await startTestService(partnershipsService, { namespace, databaseUrl: database.url });
  }, 60_000);

  afterAll(async () => {
    await service?.app.close();
    const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    await deleteNamespaceStreams(nc, namespace);
    await nc.close();
    await database?.drop();
  });

  it('marks a running import whose heartbeat stopped failed on start-up, with the reason', async () => {
    expect(await job(stalled)).toMatchObject({ status: 'failed', error: STALLED_IMPORT_ERROR, processedRows: 4000, finishedAt: expect.any(Date) });
    expect(STALLED_IMPORT_ERROR).toMatch(/^Interrupted: the service stopped while importing .*import the file again to finish it\.$/);
  });

  it('leaves alone an import whose heartbeat is recent (another replica runs it)', async () => {
    expect(await job(live)).toMatchObject({ status: 'running', error: null, finishedAt: null });
    expect(await service.app.get(MarkInterruptedImportsHandler).execute()).toEqual([]);
  });

  it('lets no more batches of an import marked interrupted be written', async () => {
    const later = await insertRunningJob(database.url, '3 minutes');
    expect(await service.app.get(MarkInterruptedImportsHandler).execute()).toEqual([later]);
    const writer = service.app.get(ImportBatchWriter);
    const batch = {
      rows: 1,
      create: [],
      unchanged: 0,
      reports: [{ rowNumber: 2, kind: 'unmatched' as const, reason: 'city1: country "Foo" is not known', addedCityIds: [], row: { city1: 'x' } }],
    };
    await expect(writer.write({ id: later, createdBy: null }, batch)).rejects.toBeInstanceOf(ImportNoLongerRunning);
    expect(await db().importProblem.count({ where: { jobId: later } })).toBe(0);
    expect(await job(later)).toMatchObject({ status: 'failed', processedRows: 4000 });
    // A running job takes the same batch, and its heartbeat moves with it.
    const before = await job(live);
    await writer.write({ id: live, createdBy: null }, batch);
    const after = await job(live);
    expect(after).toMatchObject({ status: 'running', processedRows: 4001, unmatchedCount: 1 });
    expect(after.heartbeatAt.getTime()).toBeGreaterThan(before.heartbeatAt.getTime());
  });
});
