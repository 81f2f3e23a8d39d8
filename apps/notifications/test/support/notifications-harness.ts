import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RoleGrant } from '@scn/contracts';
import { ManagedNatsConnection, RpcClient, type RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, type TestDatabase } from '@scn/testing';
import { Redis } from 'ioredis';
import pino from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { notificationsService } from '../../src/notifications.service-definition';
import { EventPublisher } from './event-publisher';

/** Settings that make deliveries and retries quick enough for a test. */
export const FAST_DELIVERY_ENV = {
  DELIVERY_BACKOFF_BASE_MS: '50',
  DELIVERY_BACKOFF_MAX_MS: '1000',
  DISPATCH_POLL_MS: '100',
  RECONCILE_INTERVAL_MS: '0',
};

/**
 * The notifications service in a namespace and database of its own, with what a test needs
 * around it: an RPC client, an event publisher standing in for the other services, its
 * database and Redis.
 */
export class NotificationsUnderTest {
  service!: RunningService;
  private constructor(
    readonly namespace: string,
    readonly database: TestDatabase,
    readonly connection: ManagedNatsConnection,
    readonly rpc: RpcClient,
    readonly events: EventPublisher,
    readonly redis: Redis,
    private env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string>): Promise<NotificationsUnderTest> {
    const namespace = testNamespace();
    const database = await createTestDatabase('notifications');
    const connection = await ManagedNatsConnection.open({
      servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
      name: `notifications-test-${namespace}`,
      logger: pino({ level: 'silent' }),
    });
    const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    const harness = new NotificationsUnderTest(
      namespace,
      database,
      connection,
      new RpcClient(connection, namespace, 10_000),
      new EventPublisher(connection.nc, namespace),
      redis,
      env,
    );
    await harness.restart();
    return harness;
  }

  get db(): PrismaClient {
    return this.service.app.get<PrismaClient>(DATABASE);
  }

  /** Starts the service (again, after `stopService`), with extra settings if given. */
  async restart(env: Record<string, string> = {}): Promise<void> {
    this.env = { ...this.env, ...env };
    this.service = await startTestService(notificationsService, { namespace: this.namespace, databaseUrl: this.database.url, env: this.env });
  }

  async stopService(): Promise<void> {
    await this.service.app.close();
  }

  /** Deletes every Redis key of the namespace: what a Redis restart without persistence does to it. */
  async wipeRedis(): Promise<number> {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `{${this.namespace}}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await this.redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  }

  async stop(): Promise<void> {
    await this.service?.app.close().catch(() => undefined);
    await this.wipeRedis().catch(() => undefined);
    await deleteNamespaceStreams(this.connection.nc, this.namespace);
    await this.connection.drain();
    this.redis.disconnect();
    await this.database.drop();
  }
}

/** An account as the gateway announces it, and the caller it is when it calls. */
export interface TestAccount {
  accountId: string;
  email: string;
  displayName: string;
  language: string;
  grants: RoleGrant[];
  caller: CallerIdentity;
}

export function testAccount(name: string, language: string, grants: RoleGrant[]): TestAccount {
  const accountId = uuidv7();
  const email = `${name.toLowerCase()}-${accountId.slice(-6)}@test.scn`;
  return { accountId, email, displayName: name, language, grants, caller: { accountId, email, grants } };
}

/** Announces the account as the gateway does when it is activated. */
export async function announceAccount(harness: NotificationsUnderTest, account: TestAccount): Promise<void> {
  const { accountId, email, displayName, language, grants } = account;
  await harness.events.publish('account.activated.v1', accountId, { accountId, email, displayName, language, grants });
}
