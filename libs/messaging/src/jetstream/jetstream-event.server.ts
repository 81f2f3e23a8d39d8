import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { durableConsumerName, eventStream, type EventCatalogue, type EventSource, type ServiceName, HEADERS, deadLetterStream } from '@scn/contracts';
import type { Metrics } from '@scn/platform';
import type { ConsumerMessages, JsMsg } from 'nats';
import type { Logger } from 'pino';
import { lastValueFrom } from 'rxjs';
import type { ManagedNatsConnection } from '../nats/nats-connection';
import type { TransactionalClient } from '../sql-client';
import { DeadLetters } from './dead-letters';
import { EventProcessor, type EventHandlerFn } from './event-processor';
import { JETSTREAM_TRANSPORT } from './on-event.decorator';
import { KeyedSerializer } from './keyed-serializer';
import { DEAD_LETTER_STREAM_DEFAULTS, ensureDurableConsumer, ensureStream, EVENT_STREAM_DEFAULTS } from './provisioning';

export interface JetStreamEventServerOptions {
  service: ServiceName;
  namespace: string;
  connection: ManagedNatsConnection;
  db: TransactionalClient;
  catalogue: EventCatalogue;
  logger: Logger;
  maxDeliveries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  handlerTimeoutMs: number;
  /** Messages handled at once by this replica (different aggregates only). */
  concurrency: number;
  /** Time allowed for in-flight handlers to finish when the service stops. */
  drainTimeoutMs: number;
  /** How long JetStream waits for an ack before redelivering (default: handler timeout + 15 s). */
  ackWaitMs?: number;
  /** Replicas of the streams created here, the dead-letter stream included (`NATS_STREAM_REPLICAS`, default 1). */
  streamReplicas?: number;
  /** Counts events by type and outcome, their handling lag and dead letters. */
  metrics?: Metrics;
}

/**
 * Nest transport for domain events: one durable pull consumer per (service, source stream),
 * shared by every replica of the service; handlers declared with `@OnEvent`.
 */
export class JetStreamEventServer extends Server implements CustomTransportStrategy {
  override readonly transportId = JETSTREAM_TRANSPORT;
  private readonly subscriptions: ConsumerMessages[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly perAggregate = new KeyedSerializer();
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
    for (const messages of this.subscriptions) messages.stop();
    const drained = Promise.allSettled([...this.inFlight]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, this.options.drainTimeoutMs)));
    await Promise.race([drained, timeout]);
    clearTimeout(timer);
    if (this.inFlight.size > 0) {
      this.options.logger.warn({ pending: this.inFlight.size }, 'stopped with handlers still running; JetStream will redeliver them');
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
    const handlers = this.collectHandlers();
    const nc = connection.nc;
    const jsm = await nc.jetstreamManager();
    const replicas = this.options.streamReplicas ?? 1;
    await ensureStream(jsm, { ...deadLetterStream(namespace), ...DEAD_LETTER_STREAM_DEFAULTS, replicas });
    const sources = new Set<EventSource>([...handlers.keys()].map((type) => catalogue[type]!.source));
    const processor = new EventProcessor({
      consumer: durableConsumerName(service),
      catalogue,
      db: this.options.db,
      handlers,
      deadLetters: new DeadLetters(namespace, nc.jetstream(), jsm),
      logger,
      maxDeliveries: this.options.maxDeliveries,
      retryBaseMs: this.options.retryBaseMs,
      retryMaxMs: this.options.retryMaxMs,
      handlerTimeoutMs: this.options.handlerTimeoutMs,
      metrics: this.options.metrics,
    });
    for (const source of sources) {
      const stream = eventStream(namespace, source);
      // Streams of other sources are created here too when this service starts first.
      await ensureStream(jsm, { ...stream, ...EVENT_STREAM_DEFAULTS, replicas });
      await ensureDurableConsumer(jsm, {
        stream: stream.name,
        durable: durableConsumerName(service),
        filterSubject: stream.subjects[0]!,
        // Longer than a handler may take, so a slow handler is not redelivered under it.
        ackWaitMs: this.options.ackWaitMs ?? this.options.handlerTimeoutMs + 15_000,
        maxAckPending: Math.max(1_000, this.options.concurrency * 4),
      });
      const consumer = await nc.jetstream().consumers.get(stream.name, durableConsumerName(service));
      const messages = await consumer.consume({ max_messages: Math.max(this.options.concurrency * 2, 10) });
      this.subscriptions.push(messages);
      void this.pump(messages, processor);
      logger.info({ stream: stream.name, consumer: durableConsumerName(service) }, 'consuming events');
    }
  }

  /** Maps each declared event type to its Nest handler, refusing types not in the catalogue. */
  private collectHandlers(): Map<string, EventHandlerFn> {
    const result = new Map<string, EventHandlerFn>();
    for (const [pattern, handler] of this.getHandlers()) {
      if (!this.options.catalogue[pattern]) {
        throw new Error(`@OnEvent('${pattern}') names an event type that is not in the catalogue`);
      }
      result.set(pattern, async (event, context) => {
        const output = await handler(event, context);
        return lastValueFrom(this.transformToObservable(output), { defaultValue: undefined });
      });
    }
    return result;
  }

  private async pump(messages: ConsumerMessages, processor: EventProcessor): Promise<void> {
    const slots = new Semaphore(this.options.concurrency);
    try {
      for await (const msg of messages) {
        if (this.stopping) {
          msg.nak();
          continue;
        }
        await slots.acquire();
        const task = this.perAggregate
          .run(aggregateKey(msg), () => this.processSafely(processor, msg))
          .finally(() => {
            slots.release();
            this.inFlight.delete(task);
          });
        this.inFlight.add(task);
      }
    } catch (error) {
      if (!this.stopping) this.options.logger.error({ err: error }, 'event consumer stopped unexpectedly');
    }
  }

  private async processSafely(processor: EventProcessor, msg: JsMsg): Promise<void> {
    try {
      await processor.process(msg);
    } catch (error) {
      // process() handles every expected failure; this is a bug or a lost connection.
      this.options.logger.error({ err: error, seq: msg.seq }, 'unexpected failure processing an event');
      msg.nak(this.options.retryBaseMs);
    }
  }
}

function aggregateKey(msg: JsMsg): string {
  return msg.headers?.get(HEADERS.aggregate) || msg.subject;
}

/** Bounds how many messages one replica handles at once. */
class Semaphore {
  private readonly waiters: Array<() => void> = [];
  constructor(private available: number) {}

  acquire(): Promise<void> {
    if (this.available > 0) {
      this.available--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.available++;
  }
}
