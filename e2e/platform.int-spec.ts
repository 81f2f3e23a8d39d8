import { SERVICE_NAMES, type ServiceName } from '@scn/contracts';
import { createTestDatabase, deleteNamespaceStreams, freePort, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { connect } from 'nats';
import { ServiceProcess } from './service-process';

// End to end: the five services as real processes, in a namespace and databases of their own.

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
};

describe('the platform', () => {
  it('every service refuses to start on invalid configuration, naming the variables', async () => {
    const runs = SERVICE_NAMES.map((service) =>
      ServiceProcess.start(service, { NATS_URL: 'http://nats.invalid', HTTP_PORT: 'eighty', SCN_NAMESPACE: 'Bad Name' }),
    );
    for (const run of runs) {
      const { code } = await run.exited;
      expect({ service: run.service, code }).toEqual({ service: run.service, code: 1 });
      expect(run.stderr).toContain(`Invalid configuration of ${run.service}`);
      expect(run.stderr).toMatch(/NATS_URL: must be a URL with scheme nats:\/\//);
      expect(run.stderr).toMatch(/HTTP_PORT: must be a number/);
      expect(run.stderr).toMatch(/SCN_NAMESPACE: must be 1-32 chars/);
    }
  });

  describe('running', () => {
    const namespace = testNamespace();
    const databases = new Map<ServiceName, TestDatabase>();
    const processes = new Map<ServiceName, ServiceProcess>();
    const ports = new Map<ServiceName, number>();

    beforeAll(async () => {
      for (const service of SERVICE_NAMES) {
        databases.set(service, await createTestDatabase(service));
        ports.set(service, await freePort());
      }
      for (const service of SERVICE_NAMES) {
        processes.set(
          service,
          ServiceProcess.start(service, {
            SCN_NAMESPACE: namespace,
            HTTP_PORT: String(ports.get(service)),
            DATABASE_URL: databases.get(service)!.url,
          }),
        );
      }
    }, 60_000);

    afterAll(async () => {
      await Promise.all([...processes.values()].map((process) => process.stop()));
      const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
      await deleteNamespaceStreams(nc, namespace);
      await nc.close();
      await Promise.all([...databases.values()].map((database) => database.drop()));
    });

    const url = (service: ServiceName, route: string) => `http://127.0.0.1:${ports.get(service)}${route}`;

    it('boots all five services; the gateway reports each of them ready', async () => {
      const report = await waitFor(
        'every service ready behind the gateway',
        async () => {
          const { status, body } = await get(url('gateway', '/readyz'));
          const services = Object.values(body['services'] ?? {}) as Array<{ status: string }>;
          return status === 200 && services.length === 4 && services.every((s) => s.status === 'up') ? body : undefined;
        },
        { timeoutMs: 45_000, intervalMs: 250 },
      );
      expect(report).toMatchObject({
        service: 'gateway',
        status: 'ready',
        dependencies: { nats: { status: 'up' }, database: { status: 'up' } },
      });
      for (const service of SERVICE_NAMES.filter((name) => name !== 'gateway')) {
        const { status, body } = await get(url(service, '/readyz'));
        expect({ service, status }).toEqual({ service, status: 200 });
        expect(body['dependencies']).toMatchObject({ nats: { status: 'up' }, database: { status: 'up' } });
        expect((await get(url(service, '/healthz'))).status).toBe(200);
      }
      expect(processes.get('notifications')!.stdout).toContain('"msg":"notifications started"');
    });

    it('answers unknown routes with a problem document carrying the request id', async () => {
      const response = await fetch(url('gateway', '/v1/nowhere'), { headers: { 'x-request-id': 'e2e-123' } });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.headers.get('x-request-id')).toBe('e2e-123');
      expect(await response.json()).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND', correlationId: 'e2e-123' });
    });

    it('shuts a service down gracefully on SIGTERM, and the gateway then reports it down', async () => {
      const exchanges = processes.get('exchanges')!;
      exchanges.signal('SIGTERM');
      const exit = await exchanges.exited;
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
      expect(exchanges.stdout).toContain('shutting down');
      expect(exchanges.stdout).toContain('"msg":"stopped"');
      const { body } = await get(url('gateway', '/readyz'));
      expect(body['services']['exchanges']).toMatchObject({ status: 'down' });
    });
  });

  it('is not ready while its database is unreachable', async () => {
    const port = await freePort();
    const service = ServiceProcess.start('partnerships', {
      SCN_NAMESPACE: testNamespace(),
      HTTP_PORT: String(port),
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${await freePort()}/nowhere`,
    });
    try {
      const { status, body } = await waitFor(
        'a readiness answer',
        async () => {
          const response = await get(`http://127.0.0.1:${port}/readyz`);
          return response;
        },
        { timeoutMs: 30_000, intervalMs: 250 },
      );
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'not-ready', dependencies: { database: { status: 'down' }, nats: { status: 'up' } } });
    } finally {
      await service.stop();
    }
  });
});
