import { DirectSqlPrismaPg, PoolTransactions, resilientPool, withAfterCommit } from '@scn/platform';
import { PrismaClient } from '@scn-prisma/messaging-test';
import type { ServiceName } from '@scn/contracts';
import { EventBatchContext, EventContext, JetStreamEventServer, ManagedNatsConnection, type SqlExecutor, type TransactionalClient, type TransactionOptions } from '@scn/messaging';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { connect, type ConsumerMessages, type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { now } from './measure';
import { BENCH_EVENT, benchCatalogue, type BenchEvent } from './catalogue';

/**
 * The consuming side of each path, which runs either in the benchmark's process or in a
 * child process of its own (`BENCH_LAYOUT`): in production the consuming service is not the
 * process that writes and relays the events (nor, for bare JetStream, the publisher).
 * Whatever the layout, the consumer reports each message it handled — the send stamp it
 * carried and the moment it was handled — and the benchmark's collector does the rest.
 * The clock is the system's monotonic one (see `now()`), the same in both processes.
 */

/** Reports handled messages: sequence number, send stamp, handled stamp (ms, `now()`). */
export type HandledSink = (seq: number, sentAt: number, handledAt: number) => void;

export type ConsumerSpec =
  | {
      kind: 'platform';
      natsUrl: string;
      databaseUrl: string;
      namespace: string;
      service: ServiceName;
      /** Lanes of the replica (batches handled at once, each in its own transaction). */
      concurrency: number;
      /** Events per lane's transaction at most. */
      batchSize: number;
      /** Connections of the consuming service's Prisma client. */
      pool: number;
      handlerTimeoutMs: number;
      /**
       * Where the handler's transactions run: `prisma` (the client's interactive
       * transactions, as a handler using Prisma models has them) or `pg` (the pool under
       * it, as a handler declared `sqlOnly` has them).
       */
      transactions: HandlerTransactions;
      /** The handler takes one event per call, or a lane batch's run of events (declared `batches`). */
      takes: HandlerTakes;
    }
  | { kind: 'bare'; natsUrl: string; stream: string; durable: string; pullBatch: number };

export type HandlerTransactions = 'prisma' | 'pg';
export type HandlerTakes = 'one' | 'batch';

export interface RunningConsumer {
  stop(): Promise<void>;
}

/**
 * A TransactionalClient that reports, after a transaction commits, the events whose
 * handler ran in it: "handled" means the effect and the inbox record are durable.
 */
class CommitObserver implements TransactionalClient {
  private readonly handledIn = new WeakMap<object, BenchEvent[]>();

  constructor(
    private readonly inner: TransactionalClient,
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

/**
 * (A) the consuming service: one replica of `JetStreamEventServer` (durable pull consumer,
 * lanes, inbox) with its own NATS connection and Prisma client; the handler writes one
 * effect row in the inbox's transaction, as the ledger fixture's handler does.
 */
async function startPlatformConsumer(spec: Extract<ConsumerSpec, { kind: 'platform' }>, logger: Logger, sink: HandledSink): Promise<RunningConsumer> {
  // As DatabaseModule builds a service's: the Prisma client on the pool, sharing its connections.
  const pool = resilientPool({ connectionString: spec.databaseUrl, max: spec.pool, application_name: 'bench-consumer' });
  const db = withAfterCommit(new PrismaClient({ adapter: new DirectSqlPrismaPg(pool) }));
  const connection = await ManagedNatsConnection.open({ servers: [spec.natsUrl], name: 'events-bench-platform-consumer', logger });
  const report = (event: BenchEvent, at: number) => sink(event.data.seq, event.data.sentAt, at);
  // The handler's transactions, watched for their commits: on the pool (a handler declared
  // sqlOnly) or Prisma's.
  const onPool = spec.transactions === 'pg';
  const observer = new CommitObserver(onPool ? new PoolTransactions(pool) : db, report);
  const server = new JetStreamEventServer({
    service: spec.service,
    namespace: spec.namespace,
    connection,
    db: onPool ? db : observer,
    sqlDb: onPool ? observer : undefined,
    catalogue: benchCatalogue,
    logger,
    maxDeliveries: 5,
    retryBaseMs: 1_000,
    retryMaxMs: 60_000,
    handlerTimeoutMs: spec.handlerTimeoutMs,
    concurrency: spec.concurrency,
    batchSize: spec.batchSize,
    drainTimeoutMs: 5_000,
  });
  if (spec.takes === 'batch') {
    // As a read model that follows a busy stream is written: one statement for the run.
    server.addHandler(
      BENCH_EVENT,
      async (events: readonly BenchEvent[], context: EventBatchContext) => {
        await context.tx.$executeRawUnsafe(
          `INSERT INTO ledger_entries (event_id, account, amount, handled_by)
           SELECT id, account, amount, 'bench' FROM unnest($1::uuid[], $2::text[], $3::int[]) AS e(id, account, amount)`,
          events.map((event) => event.id),
          events.map((event) => event.data.account),
          events.map((event) => event.data.seq),
        );
        for (const event of events) observer.noteHandled(context.tx, event);
      },
      true,
      { sqlOnly: onPool, batches: true },
    );
  } else {
    server.addHandler(
      BENCH_EVENT,
      async (event: BenchEvent, context: EventContext) => {
        await context.tx.$executeRawUnsafe(
          'INSERT INTO ledger_entries (event_id, account, amount, handled_by) VALUES ($1::uuid, $2, $3, $4)',
          event.id,
          event.data.account,
          event.data.seq,
          'bench',
        );
        observer.noteHandled(context.tx, event);
      },
      true,
      { sqlOnly: onPool },
    );
  }
  await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
  return {
    async stop() {
      await server.close().catch(() => undefined);
      await connection.drain().catch(() => undefined);
      await db.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

const decoder = new TextDecoder();

/** (B) the bare consumer: `consume()` on the durable pull consumer, decode, ack. */
async function startBareConsumer(spec: Extract<ConsumerSpec, { kind: 'bare' }>, sink: HandledSink): Promise<RunningConsumer> {
  const nc: NatsConnection = await connect({ servers: [spec.natsUrl], name: 'events-bench-bare-consumer', noAsyncTraces: true });
  const consumer = await nc.jetstream().consumers.get(spec.stream, spec.durable);
  const messages: ConsumerMessages = await consumer.consume({ max_messages: spec.pullBatch });
  const done = (async () => {
    for await (const msg of messages) {
      const { seq, sentAt } = JSON.parse(decoder.decode(msg.data)) as { seq: number; sentAt: number };
      msg.ack();
      sink(seq, sentAt, now());
    }
  })();
  return {
    async stop() {
      messages.stop();
      await done.catch(() => undefined);
      await nc.drain().catch(() => nc.close());
    },
  };
}

/** Starts the consumer in this process. */
export function startConsumerHere(spec: ConsumerSpec, logger: Logger, sink: HandledSink): Promise<RunningConsumer> {
  return spec.kind === 'platform' ? startPlatformConsumer(spec, logger, sink) : startBareConsumer(spec, sink);
}

/** Messages between the benchmark and a consumer's child process. */
export type ToChild = { start: ConsumerSpec; logLevel: string } | { stop: true };
export type FromChild = { ready: true } | { failed: string } | { handled: number[] } | { stopped: true };

/**
 * Starts the consumer in a child process of its own (this same code, see
 * `consumer-process.ts`); its reports arrive over the IPC channel, several per message.
 */
export async function startConsumerInChild(spec: ConsumerSpec, logLevel: string, sink: HandledSink): Promise<RunningConsumer> {
  // The parent's flags (`-r @swc-node/register`, a --cpu-prof) apply to the child too.
  const child: ChildProcess = fork(path.join(__dirname, 'consumer-process.ts'), [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let stopped: (() => void) | undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: FromChild) => {
      if ('handled' in message) {
        const h = message.handled;
        for (let i = 0; i < h.length; i += 3) sink(h[i]!, h[i + 1]!, h[i + 2]!);
      } else if ('ready' in message) resolve();
      else if ('failed' in message) reject(new Error(`${spec.kind} consumer process: ${message.failed}`));
      else if ('stopped' in message) stopped?.();
    });
    void exited.then(() => reject(new Error(`${spec.kind} consumer process exited`)));
    child.send({ start: spec, logLevel } satisfies ToChild);
  });
  return {
    async stop() {
      if (child.exitCode !== null) return;
      const acknowledged = new Promise<void>((resolve) => (stopped = resolve));
      child.send({ stop: true } satisfies ToChild);
      await Promise.race([acknowledged.then(() => exited), new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Where the consumers run: in the benchmark's process, or each in a process of its own. */
export type Layout = 'single' | 'split';

export function startConsumer(spec: ConsumerSpec, layout: Layout, logger: Logger, sink: HandledSink): Promise<RunningConsumer> {
  return layout === 'split' ? startConsumerInChild(spec, logger.level, sink) : startConsumerHere(spec, logger, sink);
}
