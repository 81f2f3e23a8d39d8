import { PrismaClient } from '@scn-prisma/messaging-test';
import { defineEventCatalogue, type EventEnvelope, type ServiceName } from '@scn/contracts';
import { createRootLogger, DirectSqlPrismaPg, PoolTransactions, resilientPool, withAfterCommit } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, testNamespace, type TestDatabase } from '@scn/testing';
import type { Pool } from 'pg';
import { z } from 'zod';
import {
  EventBatchContext,
  EventContext,
  JetStreamEventServer,
  ManagedNatsConnection,
  Outbox,
  OutboxRelay,
  type JetStreamEventServerOptions,
} from '@scn/messaging';

/** The fixture's one event type: money moved on an account (an aggregate). */
export const ledgerCatalogue = defineEventCatalogue({
  'ledger.entry-recorded.v1': {
    source: 'partnerships',
    data: z.object({ account: z.string(), amount: z.int(), seq: z.int() }),
  },
});
export const LEDGER_EVENT = 'ledger.entry-recorded.v1';
export type LedgerEvent = EventEnvelope<typeof LEDGER_EVENT, { account: string; amount: number; seq: number }>;

export const testLogger = createRootLogger({ service: 'messaging-test', level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });

export interface ReplicaBehaviour {
  /** Called before the effect; throw to make the handling fail. */
  before?: (event: LedgerEvent, context: EventContext) => void | Promise<void>;
  /** The handler is declared `sqlOnly`: its transactions run on the pg pool, not Prisma's. */
  sqlOnly?: boolean;
  /**
   * The handler is declared `batches` (see `ledgerBatchHandler`); called with each call's
   * events before their effects, throw to make the whole call fail.
   */
  batches?: (events: readonly LedgerEvent[], context: EventBatchContext) => void | Promise<void>;
}

/** The fixture's handler: writes a ledger row in the event's transaction. */
export function ledgerHandler(name: string, behaviour: ReplicaBehaviour = {}) {
  return async (event: LedgerEvent, context: EventContext): Promise<void> => {
    await behaviour.before?.(event, context);
    await context.tx.$executeRawUnsafe(
      'INSERT INTO ledger_entries (event_id, account, amount, handled_by) VALUES ($1::uuid, $2, $3, $4)',
      event.id,
      event.data.account,
      event.data.amount,
      name,
    );
  };
}

/** The fixture's handler declared `batches`: the ledger rows of a run of events in one statement. */
export function ledgerBatchHandler(name: string, behaviour: ReplicaBehaviour) {
  return async (events: readonly LedgerEvent[], context: EventBatchContext): Promise<void> => {
    await behaviour.batches?.(events, context);
    await context.tx.$executeRawUnsafe(
      `INSERT INTO ledger_entries (event_id, account, amount, handled_by)
       SELECT id, account, amount, $4 FROM unnest($1::uuid[], $2::text[], $3::int[]) AS e(id, account, amount)`,
      events.map((event) => event.id),
      events.map((event) => event.data.account),
      events.map((event) => event.data.amount),
      name,
    );
  };
}

/**
 * A small "service" for the messaging tests: its own database (outbox, inbox, a ledger),
 * its own namespace, a relay, and consumer replicas that write ledger rows.
 */
export class LedgerHarness {
  readonly namespace = testNamespace();
  readonly consumer: ServiceName = 'exchanges';
  readonly outbox = new Outbox(this.namespace, ledgerCatalogue);
  readonly replicas: JetStreamEventServer[] = [];
  private readonly relays: OutboxRelay[] = [];

  private constructor(
    readonly database: TestDatabase,
    /** The Prisma client's connections, as a service's `DATABASE_POOL`. */
    readonly pool: Pool,
    readonly db: PrismaClient,
    readonly connection: ManagedNatsConnection,
  ) {}

  static async create(natsUrl = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'): Promise<LedgerHarness> {
    const database = await createTestDatabase('messaging-test');
    const pool = resilientPool({ connectionString: database.url, max: 10 });
    // Its adapter as DatabaseModule's; wrapped by `withAfterCommit` where a service's client is
    // meant (the replicas'), so the library's statements in its transactions go direct.
    const db = new PrismaClient({ adapter: new DirectSqlPrismaPg(pool) });
    const connection = await ManagedNatsConnection.open({ servers: [natsUrl], name: 'ledger-test', logger: testLogger });
    return new LedgerHarness(database, pool, db, connection);
  }

  /** Records entries through the outbox, one transaction each (the way a service writes). */
  async record(entries: Array<{ account: string; amount: number; seq: number }>): Promise<LedgerEvent[]> {
    const events: LedgerEvent[] = [];
    for (const entry of entries) {
      events.push(await this.db.$transaction((tx) => this.outbox.add(tx, LEDGER_EVENT, entry.account, entry)));
    }
    return events;
  }

  startRelay(overrides: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay {
    const relay = new OutboxRelay({
      databaseUrl: this.database.url,
      js: this.connection.nc.jetstream(),
      isConnected: () => this.connection.isConnected(),
      logger: testLogger,
      batchSize: 100,
      pollMs: 100,
      publishTimeoutMs: 2_000,
      ...overrides,
    });
    this.relays.push(relay);
    relay.start();
    return relay;
  }

  /** Starts one replica of the consuming service; `name` is written in the ledger rows it makes. */
  async startReplica(
    name: string,
    behaviour: ReplicaBehaviour = {},
    options: Partial<JetStreamEventServerOptions> = {},
  ): Promise<JetStreamEventServer> {
    const server = new JetStreamEventServer({
      service: this.consumer,
      namespace: this.namespace,
      connection: this.connection,
      db: withAfterCommit(this.db),
      sqlDb: new PoolTransactions(this.pool),
      catalogue: ledgerCatalogue,
      logger: testLogger,
      maxDeliveries: 4,
      retryBaseMs: 200,
      retryMaxMs: 2_000,
      handlerTimeoutMs: 5_000,
      concurrency: 8,
      drainTimeoutMs: 5_000,
      ...options,
    });
    const sqlOnly = behaviour.sqlOnly === true;
    if (behaviour.batches) server.addHandler(LEDGER_EVENT, ledgerBatchHandler(name, behaviour), true, { sqlOnly, batches: true });
    else server.addHandler(LEDGER_EVENT, ledgerHandler(name, behaviour), true, { sqlOnly });
    await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
    this.replicas.push(server);
    return server;
  }

  async ledger(): Promise<Array<{ eventId: string; account: string; amount: number; handledBy: string }>> {
    return this.db.ledgerEntry.findMany({ orderBy: { id: 'asc' } });
  }

  async dispose(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.close()));
    await Promise.all(this.relays.map((relay) => relay.stop()));
    await deleteNamespaceStreams(this.connection.nc, this.namespace).catch(() => undefined);
    await this.connection.drain();
    await this.db.$disconnect();
    await this.pool.end().catch(() => undefined);
    await this.database.drop();
  }
}
