import { SERVICE_NAMES, type ServiceName } from '@scn/contracts';
import { createTestDatabase, freePort, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { Client } from 'pg';
import { SmtpSink } from '../../../apps/notifications/test/support/smtp-sink';
import { removePlatformTraces } from '../../platform-traces';
import { ServiceProcess } from '../../service-process';
import { WebhookReceiver } from './webhook-receiver';

// The whole platform as `REPLICAS=n npm start` runs it — one gateway, n processes of each
// backend service — in a namespace, databases and Redis keys of its own, with an SMTP sink
// and a webhook receiver in the test process: what the fault scenarios break and count.

export const FAULT_ADMIN = { email: 'fault-admin@test.scn', password: 'fault-admin-password-0123' };
export type BackendService = Exclude<ServiceName, 'gateway'>;
export const BACKEND_SERVICES = SERVICE_NAMES.filter((name): name is BackendService => name !== 'gateway');

/**
 * The notifications service's retry clock runs this many times faster than real time, so a
 * webhook receiver down for two hours is two hours of the platform's retry schedule
 * (back-off from 5 s doubling to 6 h, the endpoint disabled after 5 days down) in 20 s here.
 */
export const RETRY_TIME_SCALE = 360;
const scaled = (ms: number) => String(Math.max(10, Math.round(ms / RETRY_TIME_SCALE)));
const HOUR_MS = 3_600_000;

export interface FaultPlatformOptions {
  replicas: number;
  /** NATS_URL of the services (a cluster's comma-separated list); the shared server otherwise. */
  natsUrl?: string;
  streamReplicas?: number;
}

interface Replica {
  service: ServiceName;
  env: Record<string, string>;
  process: ServiceProcess;
}

export class FaultPlatform {
  private readonly killed = new Set<ServiceProcess>();

  private constructor(
    readonly url: string,
    readonly mail: SmtpSink,
    readonly webhooks: WebhookReceiver,
    readonly namespace: string,
    private readonly replicas: Replica[],
    private readonly databases: Map<ServiceName, TestDatabase>,
    private readonly natsUrl: string | undefined,
  ) {}

  static async start(options: FaultPlatformOptions): Promise<FaultPlatform> {
    const namespace = testNamespace();
    const databases = new Map<ServiceName, TestDatabase>();
    const replicas: Replica[] = [];
    const mail = await SmtpSink.start();
    const webhooks = await WebhookReceiver.start();
    const gatewayPort = await freePort();
    const url = `http://127.0.0.1:${gatewayPort}`;
    const platform = new FaultPlatform(url, mail, webhooks, namespace, replicas, databases, options.natsUrl);
    try {
      for (const service of SERVICE_NAMES) databases.set(service, await createTestDatabase(service));
      for (const service of SERVICE_NAMES) {
        const count = service === 'gateway' ? 1 : options.replicas;
        for (let i = 0; i < count; i++) {
          const env = {
            SCN_NAMESPACE: namespace,
            HTTP_PORT: String(service === 'gateway' ? gatewayPort : await freePort()),
            DATABASE_URL: databases.get(service)?.url ?? '',
            // Warnings kept (in memory): a stuck scenario reports the last ones.
            LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
            OUTBOX_POLL_MS: '200',
            // Nine processes on one PostgreSQL (max_connections 100 by default): each holds at most
            // this many Prisma connections, plus two for bulk SQL, two for its outbox relay and
            // its LISTEN connections — a reconnection storm after every connection is dropped
            // must not hit the server's limit ("sorry, too many clients already").
            DATABASE_POOL_SIZE: '4',
            // Bounds a handler; a killed replica's unacknowledged events come back after the ack wait (10 s).
            EVENT_HANDLER_TIMEOUT_MS: '5000',
            PUBLIC_WEB_URL: url,
            ...(options.natsUrl ? { NATS_URL: options.natsUrl } : {}),
            ...(options.streamReplicas ? { NATS_STREAM_REPLICAS: String(options.streamReplicas) } : {}),
            ...(service === 'gateway'
              ? {
                  BOOTSTRAP_ADMIN_EMAIL: FAULT_ADMIN.email,
                  BOOTSTRAP_ADMIN_PASSWORD: FAULT_ADMIN.password,
                  JWT_SECRET: 'fault-tests-only-jwt-secret-0123456789abcdef',
                  RATE_LIMIT_PER_MINUTE: '1000000',
                  AUTH_RATE_LIMIT_PER_MINUTE: '10000',
                }
              : {}),
            // A published program's application window opens within half a second.
            ...(service === 'exchanges' ? { WINDOW_TICK_MS: '500' } : {}),
            // Queued notifications whose job Redis lost are found again within seconds.
            ...(service === 'notifications'
              ? {
                  SMTP_URL: mail.url,
                  RECONCILE_INTERVAL_MS: '3000',
                  DISPATCH_POLL_MS: '200',
                  DELIVERY_BACKOFF_BASE_MS: scaled(5_000),
                  DELIVERY_BACKOFF_MAX_MS: scaled(6 * HOUR_MS),
                  WEBHOOK_DISABLE_AFTER_MS: scaled(5 * 24 * HOUR_MS),
                }
              : {}),
          };
          replicas.push({ service, env, process: ServiceProcess.start(service, env) });
        }
      }
      await platform.waitUntilReady();
      return platform;
    } catch (error) {
      await platform.stop();
      throw error;
    }
  }

  /** The last warnings and errors a service's processes logged: where a stuck scenario says why. */
  recentProblems(service: ServiceName, count = 5): string[] {
    return this.replicas
      .filter((replica) => replica.service === service)
      .flatMap((replica) => replica.process.problems(count));
  }

  /** Replicas that ended without being killed by a scenario, with the end of what they wrote: a crash. */
  crashed(): string[] {
    return this.replicas
      .filter((replica) => replica.process.hasExited && !this.killed.has(replica.process))
      .map((replica) => `${replica.service} exited: ${crashReport(replica.process.stderr)}`);
  }

  /** `kill -9` of one replica: no shutdown hook runs, whatever it held in flight is abandoned. */
  async kill(service: BackendService, index: number): Promise<void> {
    const replica = this.replicas.filter((candidate) => candidate.service === service)[index];
    if (!replica) throw new Error(`no replica ${index} of ${service}`);
    this.killed.add(replica.process);
    replica.process.signal('SIGKILL');
    await replica.process.exited;
  }

  /** Starts a killed replica again, with the same configuration. */
  restart(service: BackendService, index: number): void {
    const replica = this.replicas.filter((candidate) => candidate.service === service)[index];
    if (!replica) throw new Error(`no replica ${index} of ${service}`);
    replica.process = ServiceProcess.start(service, replica.env);
  }

  /** A connection to one service's database (the caller ends it). */
  async db(service: ServiceName): Promise<Client> {
    const client = new Client({ connectionString: this.databases.get(service)?.url });
    await client.connect();
    return client;
  }

  /** Drops every connection the services hold to their databases, as a PostgreSQL failover would. */
  async terminateDatabaseConnections(): Promise<number> {
    const names = [...this.databases.values()].map((database) => database.name);
    const admin = await this.db('gateway');
    try {
      const result = await admin.query(
        'SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()',
        [names],
      );
      return Number(result.rows[0]?.n ?? 0);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }

  async waitUntilReady(): Promise<void> {
    let last = 'no answer';
    const outcome = await waitFor(
      'every service ready behind the gateway',
      async () => {
        // A process that ended while starting (a configuration refused, say) ends the wait.
        if (this.replicas.some((replica) => replica.process.hasExited)) return 'a process exited';
        const response = await fetch(`${this.url}/readyz`).catch(() => null);
        if (!response) return false;
        const body = (await response.json()) as { services?: Record<string, { status: string }> };
        last = JSON.stringify(body.services ?? body);
        const services = Object.values(body.services ?? {});
        return response.status === 200 && services.length === BACKEND_SERVICES.length && services.every((s) => s.status === 'up') && 'ready';
      },
      { timeoutMs: 360_000, intervalMs: 500 },
    ).catch((error: unknown) => String(error));
    if (outcome === 'ready') return;
    const said = this.replicas
      .filter((replica) => replica.process.hasExited || replica.process.stderr.length > 0)
      .map((replica) => `${replica.service}${replica.process.hasExited ? ' (exited)' : ''}: ${replica.process.stderr.slice(-2_000)}`);
    throw new Error(`the platform did not become ready: ${outcome}\nlast /readyz services: ${last}\n${said.join('\n')}`);
  }

  async stop(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.process.stop()));
    await this.mail.stop();
    await this.webhooks.stop();
    await removePlatformTraces(this.namespace, this.databases, this.natsUrl);
  }
}

/** What a crashed process wrote about its end: Node's report of the uncaught error, else its last lines. */
function crashReport(stderr: string): string {
  const report = stderr.search(/\n.*(throw er; \/\/ Unhandled|Uncaught|\n\s+throw )/);
  return (report >= 0 ? stderr.slice(report) : stderr).slice(0, 3_000);
}
