import { HEADERS, RPC_ERROR_CODES } from '@scn/contracts';
import { ManagedNatsConnection, NatsRpcServer, RpcClient, RpcContext } from '@scn/messaging';
import { DomainError, RpcCallError, runInMessageContext } from '@scn/platform';
import { testNamespace } from '@scn/testing';
import { testLogger } from './ledger-fixture';

describe('request/reply', () => {
  const namespace = testNamespace();
  let connection: ManagedNatsConnection;
  let server: NatsRpcServer;
  let client: RpcClient;
  let behaviour: (request: unknown, context: RpcContext) => Promise<unknown>;

  beforeAll(async () => {
    connection = await ManagedNatsConnection.open({
      servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
      name: 'rpc-test',
      logger: testLogger,
    });
    server = new NatsRpcServer({ service: 'partnerships', namespace, connection, logger: testLogger, drainTimeoutMs: 1_000 });
    server.addHandler('health.ready', (request: unknown, context: RpcContext) => behaviour(request, context), false);
    await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
    client = new RpcClient(connection, namespace, 500);
  });
  afterAll(async () => {
    await server.close();
    await connection.drain();
  });

  const report = { service: 'partnerships', status: 'ready' as const, dependencies: {} };
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(RpcCallError);
        return (error as RpcCallError).error;
      },
    );

  it('returns the typed reply and carries the correlation id and trace in headers', async () => {
    let seen: { correlationId?: string; traceparent?: string } = {};
    behaviour = async (_request, context) => {
      seen = { correlationId: context.headers?.get(HEADERS.correlationId), traceparent: context.headers?.get(HEADERS.traceparent) };
      return report;
    };
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const reply = await runInMessageContext({ correlationId: 'req-42', causationId: null, traceparent }, () =>
      client.call('partnerships', 'health.ready', {}),
    );
    expect(reply).toEqual(report);
    expect(seen.correlationId).toBe('req-42');
    expect(seen.traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    expect(seen.traceparent).not.toBe(traceparent);
  });

  it('hands the handler the caller the gateway authenticated, and no caller for anonymous calls', async () => {
    const seen: unknown[] = [];
    behaviour = async (_request, context) => {
      seen.push(context.caller);
      return report;
    };
    const caller = { accountId: 'a-1', email: 'a@test.scn', grants: [{ role: 'program-admin' as const, scopeIds: ['p-1'] }] };
    await client.call('partnerships', 'health.ready', {}, { caller });
    await client.call('partnerships', 'health.ready', {});
    expect(seen).toEqual([caller, undefined]);
  });

  it('turns a domain error into its code and status', async () => {
    behaviour = async () => {
      throw new DomainError('PARTNERSHIP.ALREADY_TERMINATED', 'conflict', 'The partnership is already terminated');
    };
    expect(await failure(client.call('partnerships', 'health.ready', {}))).toEqual({
      code: 'PARTNERSHIP.ALREADY_TERMINATED',
      status: 409,
      message: 'The partnership is already terminated',
    });
  });

  it('refuses an invalid request naming the field', async () => {
    behaviour = async () => report;
    const error = await failure(client.call('partnerships', 'health.ready', { unexpected: true } as never));
    expect(error).toMatchObject({ code: RPC_ERROR_CODES.validation, status: 400 });
    expect(error.details?.[0]).toMatchObject({ rule: 'unrecognized_keys' });
  });

  it('refuses text a database would choke on before any schema or handler sees it, from any caller', async () => {
    let handled = 0;
    behaviour = async () => (handled++, report);
    for (const [payload, rule] of [
      [{ note: 'a\u0000b' }, 'control_character'],
      [{ nested: [{ name: '\uD800' }] }, 'unpaired_surrogate'],
    ] as const) {
      const error = await failure(client.call('partnerships', 'health.ready', payload as never));
      expect(error).toMatchObject({ code: RPC_ERROR_CODES.validation, status: 400 });
      expect(error.details?.[0]).toMatchObject({ rule });
    }
    expect(handled).toBe(0);
  });

  it('hides unexpected errors behind an opaque 500', async () => {
    behaviour = async () => {
      throw new Error('secret connection string in message');
    };
    expect(await failure(client.call('partnerships', 'health.ready', {}))).toEqual({
      code: RPC_ERROR_CODES.internal,
      status: 500,
      message: 'Internal error',
    });
  });

  it('times out when the service is too slow', async () => {
    behaviour = () => new Promise((resolve) => setTimeout(() => resolve(report), 1_500));
    expect(await failure(client.call('partnerships', 'health.ready', {}, { timeoutMs: 200 }))).toMatchObject({
      code: RPC_ERROR_CODES.timeout,
      status: 504,
    });
  });

  it('reports a service nobody serves as unavailable', async () => {
    expect(await failure(client.call('exchanges', 'health.ready', {}))).toMatchObject({
      code: RPC_ERROR_CODES.unavailable,
      status: 503,
    });
  });
});
