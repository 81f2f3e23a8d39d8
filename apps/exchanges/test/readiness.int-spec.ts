import { durableConsumerName, eventStream } from '@scn/contracts';
import { ManagedNatsConnection, RpcClient, type RunningService } from '@scn/messaging';
import { RpcCallError } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, type TestDatabase } from '@scn/testing';
import pino from 'pino';
import { exchangesService } from '../src/exchanges.service-definition';

// Readiness means ready (issue #17): while a service starts, `health.ready` answers
// not-ready until every transport listens — its request/reply subscription, its event
// consumers — so whoever trusts it (the gateway's /readyz, a load balancer) never sends
// work the service cannot take yet.
describe('a starting service', () => {
  const namespace = testNamespace();
  let database: TestDatabase;
  let connection: ManagedNatsConnection;
  let service: RunningService | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('exchanges');
    connection = await ManagedNatsConnection.open({ servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'], name: `readiness-${namespace}`, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await service?.app.close();
    await deleteNamespaceStreams(connection.nc, namespace).catch(() => undefined);
    await connection.drain();
    await database.drop();
  });

  it('says ready only once its operations answer and its event consumers exist', async () => {
    const rpc = new RpcClient(connection, namespace, 1_000);
    const jsm = await connection.nc.jetstreamManager();
    const consumers = ['partnerships', 'applications'] as const;
    const consumerExists = async (source: (typeof consumers)[number]) =>
      jsm.consumers.info(eventStream(namespace, source).name, durableConsumerName('exchanges')).then(
        () => true,
        () => false,
      );
    const answers: string[] = [];
    let firstReady: { operationAnswered: boolean; consumers: boolean[] } | undefined;
    let starting = true;
    // Ask as a load balancer would, as fast as it can, while the service starts.
    const probe = (async () => {
      while (starting && !firstReady) {
        try {
          const report = await rpc.call('exchanges', 'health.ready', {});
          answers.push(report.status);
          if (report.status === 'ready') {
            const page = await rpc.call('exchanges', 'exchange-programs.catalogue', { limit: 1 }).then(
              () => true,
              (error: unknown) => !(error instanceof RpcCallError && error.error.code === 'RPC.SERVICE_UNAVAILABLE'),
            );
            firstReady = { operationAnswered: page, consumers: await Promise.all(consumers.map(consumerExists)) };
          }
        } catch (error) {
          answers.push(error instanceof RpcCallError ? error.error.code : String(error));
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    service = await startTestService(exchangesService, { namespace, databaseUrl: database.url, env: { WINDOW_TICK_MS: '3600000' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    starting = false;
    await probe;

    expect(firstReady).toEqual({ operationAnswered: true, consumers: [true, true] });
    // It was asked while starting (no responders first, then not-ready while the rest started up).
    expect(answers[0]).not.toBe('ready');
  }, 60_000);
});
