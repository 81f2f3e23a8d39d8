import { queuePrefix, SERVICE_NAMES, type ServiceName } from '@scn/contracts';
import { createTestDatabase, deleteNamespaceStreams, freePort, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { Redis } from 'ioredis';
import { connect } from 'nats';
import { Client } from 'pg';
import { ServiceProcess } from '../service-process';

// The whole platform as five processes, the way e2e/platform.int-spec.ts starts it, in a
// namespace, databases and Redis keys of its own: nothing here touches a running platform.

/** The first staff account, made by the gateway at start-up (values of this test only). */
export const FUZZ_ADMIN = { email: 'fuzz-admin@test.scn', password: 'fuzz-admin-password-0123' };

export class FuzzPlatform {
  private constructor(
    readonly namespace: string,
    readonly gatewayUrl: string,
    private readonly processes: ServiceProcess[],
    private readonly databases: Map<ServiceName, TestDatabase>,
  ) {}

  static async start(): Promise<FuzzPlatform> {
    const namespace = testNamespace();
    const databases = new Map<ServiceName, TestDatabase>();
    const processes: ServiceProcess[] = [];
    let gatewayPort = 0;
    try {
      const urls = new Map<ServiceName, string>();
      for (const service of SERVICE_NAMES) {
        const database = await createTestDatabase(service);
        databases.set(service, database);
        urls.set(service, database.url);
      }
      // Nothing listens there: the platform's emails fail instead of reaching a developer's mail catcher.
      const deadSmtpPort = await freePort();
      for (const service of SERVICE_NAMES) {
        const port = await freePort();
        if (service === 'gateway') gatewayPort = port;
        processes.push(
          ServiceProcess.start(service, {
            SCN_NAMESPACE: namespace,
            HTTP_PORT: String(port),
            DATABASE_URL: urls.get(service) ?? '',
            // Logs are kept in memory by ServiceProcess; errors are what a failure report needs.
            LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'error',
            OUTBOX_POLL_MS: '200',
            ...(service === 'gateway' ? gatewayEnv() : {}),
            ...(service === 'notifications'
              ? { SMTP_URL: `smtp://127.0.0.1:${deadSmtpPort}`, DELIVERY_MAX_ATTEMPTS: '1', RECONCILE_INTERVAL_MS: '0' }
              : {}),
          }),
        );
      }
      const platform = new FuzzPlatform(namespace, `http://127.0.0.1:${gatewayPort}`, processes, databases);
      await platform.waitUntilReady();
      return platform;
    } catch (error) {
      await cleanUp(namespace, processes, databases);
      throw error;
    }
  }

  /** The gateway reports its database, NATS and each of the four services up. */
  private async waitUntilReady(): Promise<void> {
    // A service that exits while starting fails the start at once, with its last words.
    let starting = true;
    const exit = Promise.race(
      this.processes.map(async (child) => {
        await child.exited;
        if (starting) throw new Error(`${child.service} exited while starting: ${child.stderr.slice(-2_000)}`);
      }),
    );
    const ready = waitFor(
      'every service ready behind the gateway',
      async () => {
        const response = await fetch(`${this.gatewayUrl}/readyz`);
        const body = (await response.json()) as { services?: Record<string, { status: string }> };
        const services = Object.values(body.services ?? {});
        return response.status === 200 && services.length === SERVICE_NAMES.length - 1 && services.every((s) => s.status === 'up');
      },
      { timeoutMs: 90_000, intervalMs: 250 },
    );
    // Whichever loses the race must not end as an unhandled rejection.
    void ready.catch(() => undefined);
    void exit.catch(() => undefined);
    try {
      await Promise.race([ready, exit]);
    } finally {
      starting = false;
    }
  }

  /**
   * What the services logged about `correlationId`, for failure reports: each JSON log
   * line as its message and error (`[partnerships] DriverAdapterError: date/time field…`).
   */
  logLines(correlationId: string): string[] {
    return this.processes.flatMap((child) =>
      `${child.stdout}\n${child.stderr}`
        .split('\n')
        .filter((line) => line.includes(correlationId))
        .map((line) => `[${child.service}] ${summariseLogLine(line)}`),
    );
  }

  /** Runs one query against the gateway's own database (e.g. to read an emailed token from its outbox). */
  async queryGateway<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databases.get('gateway')?.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    await cleanUp(this.namespace, this.processes, this.databases);
  }
}

/** Prisma's messages quote the calling code first; the cause is their last line. */
const lastLine = (text = '') => text.trim().split('\n').filter((line) => line.trim()).pop()?.trim() ?? '';

function summariseLogLine(line: string): string {
  try {
    const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string } };
    const error = entry.err ? `${entry.err.type ?? 'Error'}: ${lastLine(entry.err.message)}` : '';
    return [lastLine(entry.msg), error].filter(Boolean).join(' — ').slice(0, 600);
  } catch {
    return line.slice(0, 600);
  }
}

function gatewayEnv(): Record<string, string> {
  return {
    BOOTSTRAP_ADMIN_EMAIL: FUZZ_ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: FUZZ_ADMIN.password,
    JWT_SECRET: 'fuzz-only-jwt-secret-0123456789abcdef-xyz',
    // One client sends thousands of requests a minute; the limits have tests of their own.
    RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    LOGIN_MAX_FAILURES: '100',
    // A long run (FUZZ_SECONDS) must not outlive the callers' access tokens.
    ACCESS_TOKEN_TTL_S: '86400',
  };
}

async function cleanUp(namespace: string, processes: ServiceProcess[], databases: Map<ServiceName, TestDatabase>): Promise<void> {
  await Promise.all(processes.map((child) => child.stop()));
  const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
  try {
    await deleteNamespaceStreams(nc, namespace);
  } finally {
    await nc.close();
  }
  await deleteRedisKeys([`${queuePrefix(namespace)}*`, `${namespace}:*`]);
  await Promise.all([...databases.values()].map((database) => database.drop()));
}

/** Deletes the BullMQ queues (under the namespace's hash tag) and rate-limit counters of this run only. */
async function deleteRedisKeys(patterns: string[]): Promise<void> {
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    for (const pattern of patterns) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        cursor = next;
        if (keys.length) await redis.unlink(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
