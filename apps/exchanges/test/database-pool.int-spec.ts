import type { PrismaClient } from '@scn-prisma/exchanges';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, type TestDatabase } from '@scn/testing';
import { ManagedNatsConnection, type RunningService } from '@scn/messaging';
import pino from 'pino';
import { exchangesService } from '../src/exchanges.service-definition';

// A burst of transactions beyond the service's connection pool (issue #16): they wait
// their turn for a connection (DATABASE_TX_MAX_WAIT_MS) instead of failing after Prisma's
// default 2 s.
describe("a service's database pool under a burst", () => {
  const namespace = testNamespace();
  let database: TestDatabase;
  let service: RunningService;

  beforeAll(async () => {
    database = await createTestDatabase('exchanges');
    service = await startTestService(exchangesService, { namespace, databaseUrl: database.url, env: { WINDOW_TICK_MS: '3600000', DATABASE_POOL_SIZE: '2' } });
  }, 60_000);
  afterAll(async () => {
    await service?.app.close();
    const connection = await ManagedNatsConnection.open({ servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'], name: `pool-${namespace}`, logger: pino({ level: 'silent' }) });
    await deleteNamespaceStreams(connection.nc, namespace).catch(() => undefined);
    await connection.drain();
    await database.drop();
  });

  it('queues transactions past 2 s of waiting for a connection, and runs every one', async () => {
    const db = service.app.get<PrismaClient>(DATABASE);
    const started = Date.now();
    // Eight transactions of 0.8 s on two connections: the last ones wait ~2.4 s for theirs.
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => db.$transaction(async (tx) => tx.$executeRawUnsafe('SELECT pg_sleep(0.8)'))),
    );
    const elapsed = Date.now() - started;
    expect(results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
    expect(elapsed).toBeGreaterThanOrEqual(3_000);
  }, 30_000);
});
