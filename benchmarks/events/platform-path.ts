import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@scn-prisma/messaging-test';
import { defineEventCatalogue, type EventEnvelope, type ServiceName } from '@scn/contracts';
import {
  EventContext,
  JetStreamEventServer,
  ManagedNatsConnection,
  Outbox,
  OutboxRelay,
  type SqlExecutor,
  type TransactionalClient,
  type TransactionOptions,
} from '@scn/messaging';
import { createTestDatabase, deleteNamespaceStreams, testNamespace, type TestDatabase } from '@scn/testing';
import type { Logger } from 'pino';
import { z } from 'zod';
import { Collector, now, paced, withWorkers, type BurstResult, type PacedResult } from './measure';

/**
 * (A) The platform's full event path, built like libs/messaging/test/ledger-fixture.ts
 * (same test database project, namespace, Outbox, OutboxRelay and JetStreamEventServer),
 * with an event that carries its send stamp and a hook that sees each handler's
 * transaction commit:
 *
 *   business transaction (Prisma) inserting the outbox row + NOTIFY
 *   -> OutboxRelay: FOR UPDATE SKIP LOCKED, publish with Nats-Msg-Id, await PubAck, mark published
 *   -> JetStream stream -> JetStreamEventServer durable pull consumer
 *   -> transaction: processed_messages (inbox) + ledger row (the effect) -> commit -> ack
 */

export const BENCH_EVENT = 'ledger.benchmarked.v1';
export const benchCatalogue = defineEventCatalogue({
  [BENCH_EVENT]: {
    source: 'partnerships',
    // sentAt: epoch ms (fractional) taken when the business transaction started.
    data: z.object({ account: z.string(), seq: z.int(), sentAt: z.number() }),
  },
});
type BenchEvent = EventEnvelope<typeof BENCH_EVENT, { account: string; seq: number; sentAt: number }>;

export interface PlatformSettings {
  /** Consumer: messages handled at once by the replica. */
  concurrency: number;
  /** Connection pool of the consuming service's Prisma client. */
  consumerPool: number;
  /** Connection pool of the publishing service's Prisma client. */
  producerPool: number;
  relayBatchSize: number;
  relayPollMs: number;
  /** Distinct aggregates (envelope subjects) the events are spread over. */
  aggregates: number;
  handlerTimeoutMs: number;
}

/**
 * A TransactionalClient that reports, after a transaction commits, the events whose
 * handler ran in it: "handled" means the effect and the inbox record are durable.
 */
class CommitObserver implements TransactionalClient {
  private readonly handledIn = new WeakMap<object, BenchEvent[]>();

  constructor(
    private readonly inner: PrismaClient,
    private readonly onCommitted: (event: BenchEvent, at: number) => void,
  ) {}

  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
    return this.inner.$executeRawUnsafe(query, ...values);
  }

  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> {
    return this.inner.$queryRawUnsafe<T>(query, ...values);
  }

  async $transaction<R>(fn: (tx: SqlExecutor) => Promise<R>, options?: TransactionOptions): Promise<R> {
    const handled: BenchEvent[] = [];
    const result = await this.inner.$transaction((tx) => {
      this.handledIn.set(tx, handled);
      return fn(tx);
    }, options);
    const at = now();
    for (const event of handled) this.onCommitted(event, at);
    return result;
  }

  /** Called by the handler, inside the transaction. */
  noteHandled(tx: SqlExecutor, event: BenchEvent): void {
    this.handledIn.get(tx)?.push(event);
  }
}

export class PlatformPath {
  readonly namespace = testNamespace();
  readonly consumerService: ServiceName = 'exchanges';
  private collector?: Collector;
  private seq = 0;
  private committed = 0;
  private relay?: OutboxRelay;
  private server?: JetStreamEventServer;
  private readonly observer: CommitObserver;

  private constructor(
    private readonly settings: PlatformSettings,
    private readonly logger: Logger,
    readonly database: TestDatabase,
    private readonly producerDb: PrismaClient,
    private readonly consumerDb: PrismaClient,
    private readonly connection: ManagedNatsConnection,
  ) {
    this.observer = new CommitObserver(consumerDb, (event, at) => this.collector?.handled(event.data.seq, event.data.sentAt, at));
  }

  static async create(natsUrl: string, settings: PlatformSettings, logger: Logger): Promise<PlatformPath> {
    const database = await createTestDatabase('messaging-test');
    const client = (max: number, name: string) =>
      new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max, application_name: name }) });
    const connection = await ManagedNatsConnection.open({ servers: [natsUrl], name: 'events-bench-platform', logger });
    return new PlatformPath(
      settings,
      logger,
      database,
      client(settings.producerPool, 'bench-producer'),
      client(settings.consumerPool, 'bench-consumer'),
      connection,
    );
  }

  /** Starts the relay and one consumer replica, then pushes `warmup` events through. */
  async start(warmup: number): Promise<void> {
    const s = this.settings;
    this.relay = new OutboxRelay({
      databaseUrl: this.database.url,
      js: this.connection.nc.jetstream(),
      isConnected: () => this.connection.isConnected(),
      logger: this.logger,
      batchSize: s.relayBatchSize,
      pollMs: s.relayPollMs,
      publishTimeoutMs: 5_000,
    });
    this.relay.start();
    const server = new JetStreamEventServer({
      service: this.consumerService,
      namespace: this.namespace,
      connection: this.connection,
      db: this.observer,
      catalogue: benchCatalogue,
      logger: this.logger,
      maxDeliveries: 5,
      retryBaseMs: 1_000,
      retryMaxMs: 60_000,
      handlerTimeoutMs: s.handlerTimeoutMs,
      concurrency: s.concurrency,
      drainTimeoutMs: 5_000,
    });
    server.addHandler(
      BENCH_EVENT,
      async (event: BenchEvent, context: EventContext) => {
        // The effect: one row written in the inbox's transaction (as the fixture's ledger handler does).
        await context.tx.$executeRawUnsafe(
          'INSERT INTO ledger_entries (event_id, account, amount, handled_by) VALUES ($1::uuid, $2, $3, $4)',
          event.id,
          event.data.account,
          event.data.seq,
          'bench',
        );
        this.observer.noteHandled(context.tx, event);
      },
      true,
    );
    await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
    this.server = server;
    if (warmup > 0) await this.burst(warmup, 4, 60_000);
  }

  /** One business transaction writing one event to the outbox; the send stamp is taken as it starts. */
  private async write(seq: number): Promise<void> {
    const sentAt = now();
    const startedAt = new Date(sentAt);
    const account = `acct-${seq % this.settings.aggregates}`;
    // A clock fixed at the transaction's start, so the envelope `time` is the send time too.
    const outbox = new Outbox(this.namespace, benchCatalogue, () => startedAt);
    await this.producerDb.$transaction((tx) => outbox.add(tx, BENCH_EVENT, account, { account, seq, sentAt }));
    this.committed++;
  }

  private nextSeqs(n: number): number[] {
    return Array.from({ length: n }, () => this.seq++);
  }

  /** Writes `n` events with `writers` concurrent transactions; time from first write to last handled. */
  async burst(n: number, writers: number, timeoutMs: number): Promise<BurstResult> {
    const seqs = this.nextSeqs(n);
    const collector = new Collector(new Set(seqs));
    this.collector = collector;
    const start = now();
    await withWorkers(n, writers, (i) => this.write(seqs[i]!));
    const sendMs = now() - start;
    const complete = await collector.done(timeoutMs);
    const elapsedMs = (complete ? collector.lastHandled : now()) - start;
    return {
      events: n,
      elapsedMs,
      eventsPerSecond: (collector.count * 1_000) / elapsedMs,
      sendMs,
      complete,
      duplicates: collector.duplicateCount,
    };
  }

  /** Writes events open-loop at `rate`/s for `seconds`, each in its own transaction. */
  async paced(rate: number, seconds: number, timeoutMs: number): Promise<PacedResult> {
    const seqs = this.nextSeqs(Math.round(rate * seconds));
    const collector = new Collector(new Set(seqs));
    this.collector = collector;
    let failed = 0;
    let firstError: string | undefined;
    const run = await paced(rate, seconds, (i) =>
      this.write(seqs[i]!).catch((error: unknown) => {
        failed++;
        firstError ??= error instanceof Error ? error.message : String(error);
        collector.forget(seqs[i]!);
      }),
    );
    await Promise.all(run.sends);
    const complete = await collector.done(timeoutMs);
    return {
      rate,
      seconds,
      sent: seqs.length - failed,
      failed,
      ...(firstError ? { firstError: firstError.replace(/\s+/g, ' ').slice(0, 160) } : {}),
      achievedRate: (seqs.length * 1_000) / run.elapsedMs,
      maxScheduleLagMs: run.maxLagMs,
      latency: collector.summary(),
      complete,
      duplicates: collector.duplicateCount,
    };
  }

  /** Effect rows and inbox records in the database, and outbox rows still pending. */
  async verify(): Promise<{ effects: number; distinctEffects: number; inbox: number; pendingOutbox: number }> {
    const [row] = await this.consumerDb.$queryRawUnsafe<
      Array<{ effects: number; distinct_effects: number; inbox: number; pending: number }>
    >(
      `SELECT (SELECT count(*)::int FROM ledger_entries) AS effects,
              (SELECT count(DISTINCT event_id)::int FROM ledger_entries) AS distinct_effects,
              (SELECT count(*)::int FROM processed_messages) AS inbox,
              (SELECT count(*)::int FROM outbox_events WHERE published_at IS NULL) AS pending`,
    );
    return { effects: row!.effects, distinctEffects: row!.distinct_effects, inbox: row!.inbox, pendingOutbox: row!.pending };
  }

  /** Events whose business transaction committed. */
  get written(): number {
    return this.committed;
  }

  /** Stops the consumer and relay, deletes the namespace's streams and drops the database. */
  async dispose(): Promise<void> {
    await this.server?.close().catch(() => undefined);
    await this.relay?.stop().catch(() => undefined);
    await deleteNamespaceStreams(this.connection.nc, this.namespace).catch(() => undefined);
    await this.connection.drain();
    await Promise.all([this.producerDb.$disconnect(), this.consumerDb.$disconnect()]);
    await this.database.drop();
  }
}
