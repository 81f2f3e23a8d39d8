import { PrismaClient } from '@scn-prisma/messaging-test';
import type { ServiceName } from '@scn/contracts';
import { ManagedNatsConnection, Outbox, OutboxRelay, type TransactionalClient } from '@scn/messaging';
import { DirectSqlPrismaPg, PoolTransactions, resilientPool, withAfterCommit } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, testNamespace, type TestDatabase } from '@scn/testing';
import type { Logger } from 'pino';
import { BENCH_EVENT, benchCatalogue } from './catalogue';
import { startConsumer, type HandlerTakes, type HandlerTransactions, type Layout, type RunningConsumer } from './consumers';
import { burstResult, Collector, now, paced, summarize, withWorkers, type BurstResult, type LatencySummary, type PacedResult } from './measure';

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
 *
 * This class is the producing service (business transactions and its outbox relay); the
 * consuming service runs in a process of its own or in this one (see `consumers.ts`).
 */

export interface PlatformSettings {
  /** Consumer: lanes of the replica (batches handled at once, each in its own transaction). */
  concurrency: number;
  /** Consumer: events per lane's transaction at most. */
  batchSize: number;
  /** Connection pool of the consuming service's Prisma client. */
  consumerPool: number;
  /** Connection pool of the publishing service's Prisma client. */
  producerPool: number;
  relayBatchSize: number;
  relayPollMs: number;
  /** Distinct aggregates (envelope subjects) the events are spread over. */
  aggregates: number;
  handlerTimeoutMs: number;
  /** Where the consumer's handler transactions run (see `ConsumerSpec`). */
  handlerTransactions: HandlerTransactions;
  /** Whether the consumer's handler takes one event per call or a batch's run (see `ConsumerSpec`). */
  handlerTakes: HandlerTakes;
  /**
   * Where the producer's business transactions run: Prisma's interactive transactions (as a
   * service's commands), or `PoolTransactions` on the same pool (`pg`: what a command would
   * cost without Prisma's layers; no service's command runs so).
   */
  producerTransactions: HandlerTransactions;
  layout: Layout;
  /**
   * How the relay learns of new rows: `after-commit`, as a service does (its client wrapped
   * by `withAfterCommit`, the relay of its process woken after each commit), or `notify` (a
   * NOTIFY in each business transaction, as a client without the wrapper does).
   */
  wake: 'after-commit' | 'notify';
}

/** Business transactions alone (`burstInHalves`): how many, and how fast they committed. */
export interface CommandsResult {
  events: number;
  elapsedMs: number;
  eventsPerSecond: number;
}

export class PlatformPath {
  readonly namespace = testNamespace();
  readonly consumerService: ServiceName = 'exchanges';
  private collector?: Collector;
  private seq = 0;
  private committed = 0;
  private relay?: OutboxRelay;
  private consumer?: RunningConsumer;

  private constructor(
    private readonly natsUrl: string,
    private readonly settings: PlatformSettings,
    private readonly logger: Logger,
    readonly database: TestDatabase,
    private readonly producerDb: PrismaClient,
    /** Where the business transactions run (`producerDb`, or `PoolTransactions` on its pool). */
    private readonly businessDb: TransactionalClient,
    private readonly connection: ManagedNatsConnection,
  ) {}

  static async create(natsUrl: string, settings: PlatformSettings, logger: Logger): Promise<PlatformPath> {
    const database = await createTestDatabase('messaging-test');
    // As DatabaseModule makes a service's client: a transaction waits up to 10 s for a
    // connection (DATABASE_TX_MAX_WAIT_MS), and after-commit hooks run.
    // The pool waits up to 10 s for a connection, as Prisma's maxWait below.
    const pool = resilientPool({ connectionString: database.url, max: settings.producerPool, application_name: 'bench-producer', connectionTimeoutMillis: 10_000 });
    const client = new PrismaClient({ adapter: new DirectSqlPrismaPg(pool), transactionOptions: { maxWait: 10_000 } });
    const producerDb = settings.wake === 'after-commit' ? withAfterCommit(client) : client;
    // PoolTransactions runs its afterCommit hooks itself (the relay's wake-up).
    const businessDb = settings.producerTransactions === 'pg' ? new PoolTransactions(pool) : producerDb;
    const connection = await ManagedNatsConnection.open({ servers: [natsUrl], name: 'events-bench-platform', logger });
    return new PlatformPath(natsUrl, settings, logger, database, producerDb, businessDb, connection);
  }

  /** Starts one consumer replica (which creates the stream) and the relay, then pushes `warmup` events through. */
  async start(warmup: number): Promise<void> {
    const s = this.settings;
    this.consumer = await startConsumer(
      {
        kind: 'platform',
        natsUrl: this.natsUrl,
        databaseUrl: this.database.url,
        namespace: this.namespace,
        service: this.consumerService,
        concurrency: s.concurrency,
        batchSize: s.batchSize,
        pool: s.consumerPool,
        handlerTimeoutMs: s.handlerTimeoutMs,
        transactions: s.handlerTransactions,
        takes: s.handlerTakes,
      },
      s.layout,
      this.logger,
      (seq, sentAt, at) => this.collector?.handled(seq, sentAt, at),
    );
    this.startRelay();
    if (warmup > 0) await this.burst(warmup, 4, 60_000);
  }

  private startRelay(): void {
    this.relay = new OutboxRelay({
      databaseUrl: this.database.url,
      js: this.connection.nc.jetstream(),
      isConnected: () => this.connection.isConnected(),
      logger: this.logger,
      batchSize: this.settings.relayBatchSize,
      pollMs: this.settings.relayPollMs,
      publishTimeoutMs: 5_000,
    });
    this.relay.start();
  }

  /**
   * One business transaction writing one event to the outbox; the send stamp is taken as it
   * starts. Returns how long the transaction took, to its commit.
   */
  private async write(seq: number): Promise<number> {
    const sentAt = now();
    // The envelope's `time`: the same instant on the wall clock.
    const startedAt = new Date();
    const account = `acct-${seq % this.settings.aggregates}`;
    const outbox = new Outbox(this.namespace, benchCatalogue, () => startedAt);
    if (this.settings.wake === 'after-commit') outbox.attachRelay(this.relay);
    await this.businessDb.$transaction((tx) => outbox.add(tx, BENCH_EVENT, account, { account, seq, sentAt }));
    this.committed++;
    return now() - sentAt;
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
    return burstResult(collector, n, start, timeoutMs);
  }

  /**
   * The burst's two halves, apart. First its business transactions alone, `writers` at a
   * time, with the relay stopped: what the commands cost, nothing downstream sharing the
   * machine. Then a relay started on the backlog they left, timed until the consumer handled
   * all of it: the relay's and the consumer's own rate, which is what an outbox's published
   * figures measure (rows already written).
   */
  async burstInHalves(n: number, writers: number, timeoutMs: number): Promise<{ commands: CommandsResult; drain: BurstResult }> {
    const seqs = this.nextSeqs(n);
    const collector = new Collector(new Set(seqs));
    this.collector = collector;
    await this.relay?.stop();
    // The transactions are the burst's own: the relay they wake after each commit is stopped.
    const start = now();
    await withWorkers(n, writers, (i) => this.write(seqs[i]!));
    const elapsedMs = now() - start;
    const commands = { events: n, elapsedMs, eventsPerSecond: (n * 1_000) / elapsedMs };
    const drainStart = now();
    this.startRelay();
    return { commands, drain: await burstResult(collector, n, drainStart, timeoutMs) };
  }

  /**
   * Writes `n` events by bulk commands — transactions of `perTransaction` events each
   * (`Outbox.addMany`, one statement), `writers` at a time — as an import, a matching
   * release or an announcement does; time from the first write to the last handled.
   */
  async bulkBurst(n: number, perTransaction: number, writers: number, timeoutMs: number): Promise<BurstResult> {
    const seqs = this.nextSeqs(n);
    const collector = new Collector(new Set(seqs));
    this.collector = collector;
    const chunks = Array.from({ length: Math.ceil(n / perTransaction) }, (_, i) => seqs.slice(i * perTransaction, (i + 1) * perTransaction));
    const start = now();
    await withWorkers(chunks.length, writers, async (i) => {
      const chunk = chunks[i]!;
      const sentAt = now();
      const startedAt = new Date();
      const outbox = new Outbox(this.namespace, benchCatalogue, () => startedAt);
      if (this.settings.wake === 'after-commit') outbox.attachRelay(this.relay);
      const events = chunk.map((seq) => {
        const account = `acct-${seq % this.settings.aggregates}`;
        return { type: BENCH_EVENT as typeof BENCH_EVENT, subject: account, data: { account, seq, sentAt } };
      });
      await this.businessDb.$transaction((tx) => outbox.addMany(tx, events));
      this.committed += chunk.length;
    });
    return burstResult(collector, n, start, timeoutMs);
  }

  /**
   * Writes events open-loop at `rate`/s for `seconds`, each in its own transaction; also
   * reports the business transactions' own latency (send to commit).
   */
  async paced(rate: number, seconds: number, timeoutMs: number): Promise<PacedResult & { committed: LatencySummary }> {
    const seqs = this.nextSeqs(Math.round(rate * seconds));
    const collector = new Collector(new Set(seqs));
    this.collector = collector;
    let failed = 0;
    let firstError: string | undefined;
    const committed: number[] = [];
    const run = await paced(rate, seconds, (i) =>
      this.write(seqs[i]!).then((ms) => void committed.push(ms)).catch((error: unknown) => {
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
      committed: summarize(committed),
    };
  }

  /**
   * Effect rows and inbox records in the database, and outbox rows still pending. The relay
   * marks a batch published after its last PubAck, so a consumer (in another process) may
   * have handled an event whose row the relay has not marked yet: asked again for up to
   * `settleMs` until nothing is pending.
   */
  async verify(settleMs = 10_000): Promise<{ effects: number; distinctEffects: number; inbox: number; pendingOutbox: number }> {
    const deadline = now() + settleMs;
    for (;;) {
      const [row] = await this.producerDb.$queryRawUnsafe<
        Array<{ effects: number; distinct_effects: number; inbox: number; pending: number }>
      >(
        `SELECT (SELECT count(*)::int FROM ledger_entries) AS effects,
                (SELECT count(DISTINCT event_id)::int FROM ledger_entries) AS distinct_effects,
                (SELECT count(*)::int FROM processed_messages) AS inbox,
                (SELECT count(*)::int FROM outbox_events WHERE published_at IS NULL) AS pending`,
      );
      const result = { effects: row!.effects, distinctEffects: row!.distinct_effects, inbox: row!.inbox, pendingOutbox: row!.pending };
      if (result.pendingOutbox === 0 || now() > deadline) return result;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Events whose business transaction committed. */
  get written(): number {
    return this.committed;
  }

  /** Stops the consumer and relay, deletes the namespace's streams and drops the database. */
  async dispose(): Promise<void> {
    await this.consumer?.stop().catch(() => undefined);
    await this.relay?.stop().catch(() => undefined);
    await deleteNamespaceStreams(this.connection.nc, this.namespace).catch(() => undefined);
    await this.connection.drain();
    await this.producerDb.$disconnect();
    await this.database.drop();
  }
}
