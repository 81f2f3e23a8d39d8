import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { durableConsumerName, eventStream, type EventCatalogue, type EventSource, type ServiceName, HEADERS, deadLetterStream } from '@scn/contracts';
import type { Metrics, Tracing } from '@scn/platform';
import type { ConsumerMessages, JsMsg } from 'nats';
import type { Logger } from 'pino';
import { lastValueFrom } from 'rxjs';
import type { ManagedNatsConnection } from '../nats/nats-connection';
import type { TransactionalClient } from '../sql-client';
import { DeadLetters } from './dead-letters';
import { EventProcessor, type EventBatchHandlerFn, type EventHandlerFn } from './event-processor';
import { JETSTREAM_TRANSPORT, type EventHandlerOptions } from './on-event.decorator';
import { BatchLanes } from './batch-lanes';
import { DEAD_LETTER_STREAM_DEFAULTS, ensureDurableConsumer, ensureStream, EVENT_STREAM_DEFAULTS } from './provisioning';
import { whileJetStreamStarts } from './while-jetstream-starts';

export interface JetStreamEventServerOptions {
  service: ServiceName;
  namespace: string;
  connection: ManagedNatsConnection;
  db: TransactionalClient;
  /**
   * Transactions on the service's `pg` pool (`PoolTransactions`), for the handlers declared
   * `sqlOnly`; without it they run on `db` as the others do.
   */
  sqlDb?: TransactionalClient;
  catalogue: EventCatalogue;
  logger: Logger;
  maxDeliveries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  handlerTimeoutMs: number;
  /** Lanes of this replica: batches handled at once, each in its own transaction (an aggregate always takes the same lane). */
  concurrency: number;
  /** Most events one lane handles in one transaction (default 32). */
  batchSize?: number;
  /** Time allowed for in-flight handlers to finish when the service stops. */
  drainTimeoutMs: number;
  /**
   * How long JetStream waits for an ack, or word that the message is in progress, before it
   * redelivers (default 10 s, `DEFAULT_ACK_WAIT_MS`). A replica tells JetStream every third
   * of it that the messages it holds are in progress, so this does not bound a handler: it
   * is how soon a message comes back when the replica holding it died or froze, or when its
   * delivery was lost with a NATS node.
   */
  ackWaitMs?: number;
  /** Replicas of the streams created here, the dead-letter stream included (`NATS_STREAM_REPLICAS`, default 1). */
  streamReplicas?: number;
  /** Counts events by type and outcome, their handling lag and dead letters. */
  metrics?: Metrics;
  /** A consumer span per handled message (see `EventProcessor`). */
  tracing?: Tracing;
}

/**
 * How long one pull request stays open on the server. The client expects the server's idle
 * heartbeats every half of it and pulls anew after two are missed — the only way it learns
 * that its pull died with a NATS node (the consumer's leader moved) while its own connection
 * to another node stayed up. The client's default, 30 s, left the service deaf for 30-40 s
 * after one node of a cluster was killed for 5 s (the fault suite's "slowest learnt"); at 5 s
 * it is a few seconds, for one small pull request per consumer every 5 s when idle.
 */
const PULL_EXPIRES_MS = 5_000;

/**
 * The ack wait by default: how soon what a dead replica held comes back. It once was the
 * handler timeout + 15 s (30 s by default), so that a handler was never redelivered under
 * itself; held messages are kept in progress instead (`keepHeldMessagesInProgress`).
 */
export const DEFAULT_ACK_WAIT_MS = 10_000;

/**
 * Nest transport for domain events: one durable pull consumer per (service, source stream),
 * shared by every replica of the service; handlers declared with `@OnEvent`.
 */
export class JetStreamEventServer extends Server implements CustomTransportStrategy {
  override readonly transportId = JETSTREAM_TRANSPORT;
  private readonly subscriptions: ConsumerMessages[] = [];
  private readonly lanes: Array<BatchLanes<JsMsg>> = [];
  private heartbeat: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(private readonly options: JetStreamEventServerOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    this.stopping = true;
    clearInterval(this.heartbeat);
    for (const messages of this.subscriptions) messages.stop();
    const drained = Promise.allSettled(this.lanes.map((lanes) => lanes.idle()));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, this.options.drainTimeoutMs)));
    await Promise.race([drained, timeout]);
    clearTimeout(timer);
    const pending = this.lanes.reduce((sum, lanes) => sum + lanes.pending, 0);
    if (pending > 0) {
      this.options.logger.warn({ pending }, 'stopped with events still queued or running; JetStream will redeliver them');
    }
  }

  on(): never {
    throw new Error('JetStreamEventServer does not emit events');
  }

  unwrap<T>(): T {
    return this.options.connection.nc as T;
  }

  private async start(): Promise<void> {
    const { connection, namespace, service, catalogue, logger } = this.options;
    const { handlers, batchHandlers, sqlOnlyTypes } = this.collectHandlers();
    const nc = connection.nc;
    const retry = { logger };
    const jsm = await whileJetStreamStarts('jetstream manager', () => nc.jetstreamManager(), retry);
    const replicas = this.options.streamReplicas ?? 1;
    await whileJetStreamStarts('dead-letter stream', () => ensureStream(jsm, { ...deadLetterStream(namespace), ...DEAD_LETTER_STREAM_DEFAULTS, replicas }), retry);
    const sources = new Set<EventSource>([...handlers.keys(), ...batchHandlers.keys()].map((type) => catalogue[type]!.source));
    const processor = new EventProcessor({
      consumer: durableConsumerName(service),
      catalogue,
      db: this.options.db,
      handlers,
      batchHandlers,
      sqlDb: this.options.sqlDb,
      sqlOnlyTypes,
      deadLetters: new DeadLetters(namespace, nc.jetstream(), jsm),
      logger,
      maxDeliveries: this.options.maxDeliveries,
      retryBaseMs: this.options.retryBaseMs,
      retryMaxMs: this.options.retryMaxMs,
      handlerTimeoutMs: this.options.handlerTimeoutMs,
      metrics: this.options.metrics,
      tracing: this.options.tracing,
    });
    const ackWaitMs = this.options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
    this.keepHeldMessagesInProgress(ackWaitMs);
    const consumed: string[] = [];
    this.options.metrics?.sampleConsumersWith(() =>
      Promise.all(
        consumed.map(async (name) => {
          const info = await jsm.consumers.info(name, durableConsumerName(service));
          return { stream: name, pending: info.num_pending, ackPending: info.num_ack_pending, redelivered: info.num_redelivered };
        }),
      ),
    );
    for (const source of sources) {
      const stream = eventStream(namespace, source);
      consumed.push(stream.name);
      // Streams of other sources are created here too when this service starts first.
      await whileJetStreamStarts(stream.name, () => ensureStream(jsm, { ...stream, ...EVENT_STREAM_DEFAULTS, replicas }), retry);
      const durable = {
        stream: stream.name,
        durable: durableConsumerName(service),
        filterSubject: stream.subjects[0]!,
        ackWaitMs,
        maxAckPending: Math.max(1_000, this.options.concurrency * this.batchSize * 3),
      };
      await whileJetStreamStarts(`${stream.name} consumer`, () => ensureDurableConsumer(jsm, durable), retry);
      const consumer = await whileJetStreamStarts(`${stream.name} consumer`, () => nc.jetstream().consumers.get(stream.name, durableConsumerName(service)), retry);
      const messages = await consumer.consume({
        // Enough buffered for every lane to fill a batch while the previous one is handled.
        max_messages: Math.max(this.options.concurrency * this.batchSize, 10),
        expires: PULL_EXPIRES_MS,
      });
      this.subscriptions.push(messages);
      void this.pump(messages, processor);
      logger.info({ stream: stream.name, consumer: durableConsumerName(service) }, 'consuming events');
    }
  }

  /**
   * Maps each declared event type to its Nest handler, refusing types not in the catalogue:
   * those of one event at a time, and those declared `batches`; and the types whose handler
   * is declared `sqlOnly`.
   */
  private collectHandlers(): { handlers: Map<string, EventHandlerFn>; batchHandlers: Map<string, EventBatchHandlerFn>; sqlOnlyTypes: Set<string> } {
    const handlers = new Map<string, EventHandlerFn>();
    const batchHandlers = new Map<string, EventBatchHandlerFn>();
    const sqlOnlyTypes = new Set<string>();
    // A batch handler declared for several types takes a run of any of them: one function for
    // them all, found by the declaration's options (Nest registers a proxy per type, the
    // options object shared).
    const batchFns = new Map<EventHandlerOptions, EventBatchHandlerFn>();
    for (const [pattern, handler] of this.getHandlers()) {
      if (!this.options.catalogue[pattern]) {
        throw new Error(`@OnEvent('${pattern}') names an event type that is not in the catalogue`);
      }
      const options = (handler.extras ?? {}) as EventHandlerOptions;
      if (options.sqlOnly === true) sqlOnlyTypes.add(pattern);
      const run = async (payload: unknown, context: unknown) => {
        const output = await handler(payload, context);
        return lastValueFrom(this.transformToObservable(output), { defaultValue: undefined });
      };
      if (options.batches !== true) {
        handlers.set(pattern, run);
        continue;
      }
      if (!batchFns.has(options)) batchFns.set(options, run);
      batchHandlers.set(pattern, batchFns.get(options)!);
    }
    return { handlers, batchHandlers, sqlOnlyTypes };
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 32;
  }

  /**
   * Every message this replica holds — waiting for its lane (behind a slow batch, after a
   * reconnection storm) or in a batch being handled (a handler may take up to its timeout)
   * — is told to JetStream as in progress every third of the ack wait, so that the ack wait
   * does not run out under it, redeliver it, and count a delivery toward
   * EVENT_MAX_DELIVERIES that no handler made. A message already acked is left alone (the
   * client sends nothing for it).
   */
  private keepHeldMessagesInProgress(ackWaitMs: number): void {
    this.heartbeat = setInterval(
      () => {
        for (const lanes of this.lanes) lanes.forEachHeld((msg) => msg.working());
      },
      Math.max(1_000, Math.floor(ackWaitMs / 3)),
    );
    this.heartbeat.unref();
  }

  private async pump(messages: ConsumerMessages, processor: EventProcessor): Promise<void> {
    const lanes = new BatchLanes<JsMsg>(this.options.concurrency, this.batchSize, (batch) => this.processSafely(processor, batch));
    this.lanes.push(lanes);
    try {
      for await (const msg of messages) {
        if (this.stopping) {
          msg.nak();
          continue;
        }
        lanes.push(aggregateKey(msg), msg);
      }
    } catch (error) {
      if (!this.stopping) this.options.logger.error({ err: error }, 'event consumer stopped unexpectedly');
    }
  }

  private async processSafely(processor: EventProcessor, batch: JsMsg[]): Promise<void> {
    try {
      await processor.processBatch(batch);
    } catch (error) {
      // processBatch() handles every expected failure; this is a bug or a lost connection.
      this.options.logger.error({ err: error, seqs: batch.map((msg) => msg.seq) }, 'unexpected failure processing events');
      for (const msg of batch) msg.nak(this.options.retryBaseMs);
    }
  }
}

function aggregateKey(msg: JsMsg): string {
  return msg.headers?.get(HEADERS.aggregate) || msg.subject;
}
