import { EVENT_TYPE_PATTERN, eventEnvelopeSchema, HEADERS, type EventCatalogue, type EventEnvelope } from '@scn/contracts';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { childTraceparent, lagSeconds, NATS_SYSTEM, runInMessageContext, SPAN_ATTRIBUTES, Tracing, type MessageContext, type Metrics, type TracedWork } from '@scn/platform';
import type { JsMsg } from 'nats';
import type { Logger } from 'pino';
import { z } from 'zod';
import { recordInInbox, recordManyInInbox } from '../inbox/inbox';
import { onConnectionOf, type SqlExecutor, type TransactionalClient } from '../sql-client';
import { contextFromHeaders, receivedTraceparent } from '../tracing/context-headers';
import type { DeadLetters } from './dead-letters';
import { EventBatchContext, EventContext, PrismaTransactionNeeded, type HandlerTransaction } from './event-context';
import { retryDelayMs } from './retry-delay';

export type EventHandlerFn = (event: EventEnvelope, context: EventContext) => Promise<unknown>;

/** A handler declared `batches`: consecutive events of its types in a lane's batch, at once (see `EventHandlerOptions`). */
export type EventBatchHandlerFn = (events: readonly EventEnvelope[], context: EventBatchContext) => Promise<unknown>;

export interface EventProcessorOptions {
  /** The durable consumer's name: also the key of this service's inbox records. */
  consumer: string;
  catalogue: EventCatalogue;
  db: TransactionalClient;
  handlers: ReadonlyMap<string, EventHandlerFn>;
  /** The event types whose handler takes batches (`@OnEvents(types, { batches: true })`); not also in `handlers`. */
  batchHandlers?: ReadonlyMap<string, EventBatchHandlerFn>;
  /**
   * Transactions without Prisma's layers (`PoolTransactions` on the service's pool), for
   * the event types in `sqlOnlyTypes`: handlers declared `@OnEvent(type, { sqlOnly: true })`,
   * whose work is raw SQL only. A batch runs there when every event in it is of such a type.
   */
  sqlDb?: TransactionalClient;
  sqlOnlyTypes?: ReadonlySet<string>;
  deadLetters: DeadLetters;
  logger: Logger;
  maxDeliveries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  handlerTimeoutMs: number;
  /** Counts outcomes by event type, handling lag and dead letters. */
  metrics?: Metrics;
  /** A consumer span per message this service handles, child of the relay's publish span. */
  tracing?: Tracing;
}

export type ProcessOutcome = 'handled' | 'duplicate' | 'ignored' | 'retry' | 'dead-lettered';

class PoisonMessage extends Error {}

/** An event's handler: one event at a time, or consecutive events at once. */
type Handler = { takes: 'one'; fn: EventHandlerFn } | { takes: 'batch'; fn: EventBatchHandlerFn };

/** A decoded message with its handler, ready to be handled. */
interface Ready {
  kind: 'ready';
  msg: JsMsg;
  event: EventEnvelope;
  handler: Handler;
}

/** What became of one event in its batch's transaction: handled, a duplicate, or the error its savepoint was rolled back for. */
type InBatch = { outcome: 'handled' | 'duplicate' } | { error: unknown };

/** The metric label of each outcome. */
const OUTCOME_LABELS: Record<ProcessOutcome, string> = {
  handled: 'handled',
  duplicate: 'duplicate',
  ignored: 'ignored',
  retry: 'retried',
  'dead-lettered': 'dead-lettered',
};

const decoder = new TextDecoder();

/**
 * Decides the fate of one delivered message: handled (effect + inbox record committed, then
 * ack), retried later (nak with growing delay), or dead-lettered with its reason.
 */
export class EventProcessor {
  /** The span of each message being handled, ended with its outcome (in `count`). */
  private readonly handling = new WeakMap<JsMsg, TracedWork>();
  private readonly tracing: Tracing;

  constructor(private readonly options: EventProcessorOptions) {
    this.tracing = options.tracing ?? Tracing.off;
  }

  /** One message on its own: its effect and inbox record in a transaction of their own. */
  async process(msg: JsMsg): Promise<ProcessOutcome> {
    const prepared = await this.prepare(msg);
    if (prepared.kind === 'settled') return this.count(msg, prepared.outcome, prepared.event);
    return this.count(msg, await this.handleAlone(prepared), prepared.event);
  }

  /**
   * Messages of one lane (the server gives a lane every event of an aggregate, in stream
   * order), handled together in ONE transaction: their inbox records in one insert, then
   * each handler in order behind a savepoint — a handler that fails is rolled back to its
   * savepoint (its inbox record with it) and only that message is retried or dead-lettered;
   * the others commit once and are acked after the commit. When the transaction itself
   * fails (commit, timeout, a lost connection), each message is handled on its own, so one
   * bad event cannot hold the others back.
   */
  async processBatch(msgs: readonly JsMsg[]): Promise<ProcessOutcome[]> {
    const outcomes: ProcessOutcome[] = new Array(msgs.length);
    const ready: Array<Ready & { index: number }> = [];
    for (const [index, msg] of msgs.entries()) {
      const prepared = await this.prepare(msg);
      if (prepared.kind === 'settled') outcomes[index] = this.count(msg, prepared.outcome, prepared.event);
      else ready.push({ ...prepared, index });
    }
    if (ready.length === 1) {
      const [only] = ready as [Ready & { index: number }];
      outcomes[only.index] = this.count(only.msg, await this.handleAlone(only), only.event);
      return outcomes;
    }
    if (ready.length === 0) return outcomes;
    let results: InBatch[];
    try {
      results = await this.handleTogether(ready);
    } catch (error) {
      this.options.logger.warn({ err: error, messages: ready.length }, 'a batch transaction failed; handling its events one by one');
      for (const item of ready) outcomes[item.index] = this.count(item.msg, await this.handleAlone(item), item.event);
      return outcomes;
    }
    for (const [i, item] of ready.entries()) {
      const result = results[i]!;
      let outcome: ProcessOutcome;
      if ('error' in result) {
        outcome = await this.retryOrDeadLetter(item, result.error);
      } else {
        item.msg.ack();
        outcome = result.outcome;
      }
      outcomes[item.index] = this.count(item.msg, outcome, item.event);
    }
    return outcomes;
  }

  /** Counts the outcome (by catalogued event type only) with the handling lag, ends the message's span; returns it. */
  private count(msg: JsMsg, outcome: ProcessOutcome, event: EventEnvelope | undefined): ProcessOutcome {
    this.endHandling(msg, outcome);
    const { metrics } = this.options;
    if (!metrics) return outcome;
    // Only catalogued types become label values; anything else is "unknown".
    const headerType = event?.type ?? trustedType(msg.headers?.get(HEADERS.eventType));
    const type = headerType && this.options.catalogue[headerType] ? headerType : 'unknown';
    metrics.eventsHandled.labels({ type, outcome: OUTCOME_LABELS[outcome] }).inc();
    if (msg.info.deliveryCount > 1) metrics.eventRedeliveries.labels({ type }).inc();
    if (outcome === 'dead-lettered') metrics.deadLetters.labels({ type }).inc();
    if (outcome === 'handled' && event) {
      const lag = lagSeconds(event.time);
      if (lag !== undefined) metrics.eventHandlingLag.labels({ type }).observe(lag);
    }
    return outcome;
  }

  /** Settles what needs no handler (malformed, not ours, delivered too often); the rest is ready to handle. */
  private async prepare(msg: JsMsg): Promise<{ kind: 'settled'; outcome: ProcessOutcome; event?: EventEnvelope } | Ready> {
    let event: EventEnvelope;
    try {
      event = this.decode(msg);
    } catch (error) {
      if (!(error instanceof PoisonMessage)) throw error;
      const type = trustedType(msg.headers?.get(HEADERS.eventType));
      this.startHandling(msg, type, undefined);
      return { kind: 'settled', outcome: await this.deadLetter(msg, error.message, type) };
    }
    const handler = this.handlerOf(event.type);
    if (!handler) {
      // A valid event this service does not act on: nothing to do, nothing to keep.
      msg.ack();
      return { kind: 'settled', outcome: 'ignored', event };
    }
    // Only events this service acts on get a span: the rest of the stream is not its business.
    this.startHandling(msg, event.type, event.id);
    const deliveries = msg.info.deliveryCount;
    if (deliveries > this.options.maxDeliveries) {
      // Earlier deliveries never reported back (the process died or stalled mid-handling).
      return { kind: 'settled', outcome: await this.deadLetter(msg, `not completed after ${deliveries - 1} deliveries`, event.type), event };
    }
    return { kind: 'ready', msg, event, handler };
  }

  private handlerOf(type: string): Handler | undefined {
    const one = this.options.handlers.get(type);
    if (one) return { takes: 'one', fn: one };
    const batch = this.options.batchHandlers?.get(type);
    return batch ? { takes: 'batch', fn: batch } : undefined;
  }

  /** Handles one event in its own transaction, then acks; a failure is retried later or dead-lettered. */
  private async handleAlone(item: Ready): Promise<ProcessOutcome> {
    const { consumer } = this.options;
    try {
      const outcome = await this.inTransaction([item], async (tx, kind) => {
        if (!(await recordInInbox(tx, consumer, item.event.id))) return 'duplicate' as const;
        await this.runHandler(tx, kind, [item]);
        return 'handled' as const;
      });
      item.msg.ack();
      return outcome;
    } catch (error) {
      return this.retryOrDeadLetter(item, error);
    }
  }

  /** The batch's transaction (see `processBatch`): per event, handled, a duplicate, or the error that rolled it back. */
  private handleTogether(items: readonly Ready[]): Promise<InBatch[]> {
    return this.inTransaction(items, (tx, kind) => this.handleBatchIn(tx, kind, items));
  }

  private async handleBatchIn(
    tx: SqlExecutor,
    kind: HandlerTransaction,
    items: readonly Ready[],
  ): Promise<InBatch[]> {
    const { consumer } = this.options;
    const fresh = await recordManyInInbox(
      tx,
      consumer,
      items.map((item) => item.event.id),
    );
    // Taken once: the same event twice in a batch is handled once. (PostgreSQL
    // returns uuids in lower case, whatever case the envelope used.)
    const isFresh = items.map((item) => fresh.delete(item.event.id.toLowerCase()));
    const results: InBatch[] = [];
    for (let i = 0; i < items.length; ) {
      if (!isFresh[i]) {
        results.push({ outcome: 'duplicate' });
        i++;
        continue;
      }
      // A batch handler takes the run of fresh events that follow, of its types.
      let end = i + 1;
      const { handler } = items[i]!;
      if (handler.takes === 'batch') while (end < items.length && isFresh[end] && items[end]!.handler.fn === handler.fn) end++;
      const run = items.slice(i, end);
      results.push(...(run.length > 1 ? await this.runTogetherIn(tx, kind, run) : [await this.runBehindSavepoint(tx, kind, run[0]!)]));
      i = end;
    }
    return results;
  }

  /** A batch handler's run of events at once, behind a savepoint; should it fail, each event alone. */
  private async runTogetherIn(tx: SqlExecutor, kind: HandlerTransaction, run: readonly Ready[]): Promise<InBatch[]> {
    const own = onConnectionOf(tx);
    await own.$executeRawUnsafe('SAVEPOINT batch_run');
    try {
      await this.runHandler(tx, kind, run);
      return run.map(() => ({ outcome: 'handled' }));
    } catch (error) {
      if (error instanceof PrismaTransactionNeeded) throw error;
      await own.$executeRawUnsafe('ROLLBACK TO SAVEPOINT batch_run');
      this.options.logger.debug({ err: error, events: run.length }, 'a batch handler failed; handling its events one by one');
    }
    const results: InBatch[] = [];
    for (const item of run) results.push(await this.runBehindSavepoint(tx, kind, item));
    return results;
  }

  /** One event's handler behind a savepoint: a failure rolls back its effects and its inbox record, not the others'. */
  private async runBehindSavepoint(tx: SqlExecutor, kind: HandlerTransaction, item: Ready): Promise<InBatch> {
    const own = onConnectionOf(tx);
    await own.$executeRawUnsafe('SAVEPOINT batch_event');
    try {
      await this.runHandler(tx, kind, [item]);
      return { outcome: 'handled' };
    } catch (error) {
      // Not the event's failure: the whole batch goes again, in Prisma's transaction.
      if (error instanceof PrismaTransactionNeeded) throw error;
      await own.$executeRawUnsafe('ROLLBACK TO SAVEPOINT batch_event');
      await own.$executeRawUnsafe('DELETE FROM processed_messages WHERE consumer = $1 AND event_id = $2::uuid', this.options.consumer, item.event.id);
      return { error };
    }
  }

  /**
   * Runs `work` in one transaction bounded by the handler timeout, where `items` call for
   * it: on the `pg` pool when every handler among them is declared `sqlOnly`, on Prisma
   * otherwise — and on Prisma again when a `sqlOnly` handler asked for it
   * (`EventContext.prismaTx()`), the `pg` transaction being rolled back by then.
   */
  private async inTransaction<R>(items: readonly Ready[], work: (tx: SqlExecutor, kind: HandlerTransaction) => Promise<R>): Promise<R> {
    const { db, sqlDb, sqlOnlyTypes, handlerTimeoutMs } = this.options;
    const run = (client: TransactionalClient, kind: HandlerTransaction) =>
      client.$transaction((tx) => work(tx, kind), { timeout: handlerTimeoutMs, maxWait: handlerTimeoutMs });
    if (!sqlDb || !sqlOnlyTypes || !items.every((item) => sqlOnlyTypes.has(item.event.type))) return run(db, 'prisma');
    try {
      return await run(sqlDb, 'sql');
    } catch (error) {
      if (!(error instanceof PrismaTransactionNeeded)) throw error;
      this.options.logger.debug({ reason: error.message, messages: items.length }, 'handling again in a Prisma transaction');
      return run(db, 'prisma');
    }
  }

  /**
   * Runs the handler of `items` in `tx`: one event's in the message's context (correlation
   * and causation of what it records); a batch handler's with each event's context at hand.
   * Several items share one batch handler (see `handleBatchIn`).
   */
  private runHandler(tx: SqlExecutor, kind: HandlerTransaction, items: readonly Ready[]): Promise<unknown> {
    const { handler } = items[0]!;
    const contexts = items.map((item) => this.messageContextOf(item));
    if (handler.takes === 'batch') {
      const deliveries = items.map(({ msg }) => ({ stream: msg.info.stream, streamSequence: msg.seq, deliveryCount: msg.info.deliveryCount }));
      const events = items.map((item) => item.event);
      return handler.fn(events, new EventBatchContext([tx, events, deliveries, kind, contexts]));
    }
    const { msg, event } = items[0]!;
    return runInMessageContext(contexts[0]!, () =>
      handler.fn(event, new EventContext([tx, event, { stream: msg.info.stream, streamSequence: msg.seq, deliveryCount: msg.info.deliveryCount }, kind])),
    );
  }

  private messageContextOf({ msg, event }: Ready): MessageContext {
    // Every ready message has its handling started in `prepare`.
    const traceparent = this.handling.get(msg)?.traceparent ?? childTraceparent(receivedTraceparent(msg.headers));
    return { ...contextFromHeaders(msg.headers, event.id, traceparent), correlationId: event.correlationId };
  }

  /** A handler failed: retried later with a growing delay, or dead-lettered on its last delivery. */
  private async retryOrDeadLetter({ msg, event }: Ready, error: unknown): Promise<ProcessOutcome> {
    // The span's status is set with the outcome; the exception says why.
    if (error instanceof Error) this.handling.get(msg)?.span?.recordException(error);
    const deliveries = msg.info.deliveryCount;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (deliveries >= this.options.maxDeliveries) {
      this.options.logger.error({ err: error, eventId: event.id, type: event.type, deliveries }, 'event handler failed for the last time');
      return this.deadLetter(msg, `handler failed after ${deliveries} deliveries: ${reason}`, event.type);
    }
    const delay = retryDelayMs(deliveries, this.options.retryBaseMs, this.options.retryMaxMs);
    this.options.logger.warn({ err: error, eventId: event.id, type: event.type, deliveries, retryInMs: delay }, 'event handler failed; will retry');
    msg.nak(delay);
    return 'retry';
  }

  /** Starts the consumer span of `msg`, child of the publication its headers name. */
  private startHandling(msg: JsMsg, type: string | undefined, eventId: string | undefined): void {
    const traced = this.tracing.start(`process ${type ?? 'unknown'}`, {
      kind: SpanKind.CONSUMER,
      parent: receivedTraceparent(msg.headers),
      attributes: {
        [SPAN_ATTRIBUTES.messagingSystem]: NATS_SYSTEM,
        [SPAN_ATTRIBUTES.messagingOperationType]: 'process',
        [SPAN_ATTRIBUTES.messagingOperationName]: 'process',
        [SPAN_ATTRIBUTES.messagingDestination]: msg.subject,
        [SPAN_ATTRIBUTES.messagingConsumerGroup]: this.options.consumer,
        [SPAN_ATTRIBUTES.deliveryCount]: msg.info.deliveryCount,
        ...(type ? { [SPAN_ATTRIBUTES.eventType]: type } : {}),
        ...(eventId ? { [SPAN_ATTRIBUTES.messagingMessageId]: eventId } : {}),
      },
    });
    this.handling.set(msg, traced);
  }

  /** Ends the span of `msg` with its outcome: retried and dead-lettered messages are failures. */
  private endHandling(msg: JsMsg, outcome: ProcessOutcome): void {
    const span = this.handling.get(msg)?.span;
    if (!span) return;
    this.handling.delete(msg);
    span.setAttribute(SPAN_ATTRIBUTES.eventOutcome, OUTCOME_LABELS[outcome]);
    if (outcome === 'retry' || outcome === 'dead-lettered') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
    span.end();
  }

  private decode(msg: JsMsg): EventEnvelope {
    let json: unknown;
    try {
      json = JSON.parse(decoder.decode(msg.data));
    } catch (error) {
      throw new PoisonMessage(`malformed JSON: ${(error as Error).message}`);
    }
    const envelope = eventEnvelopeSchema.safeParse(json);
    if (!envelope.success) throw new PoisonMessage(`invalid envelope: ${describe(envelope.error)}`);
    const definition = this.options.catalogue[envelope.data.type];
    if (!definition) throw new PoisonMessage(`unknown event type ${envelope.data.type}`);
    const data = definition.data.safeParse(envelope.data.data);
    if (!data.success) {
      throw new PoisonMessage(`data does not match the schema of ${envelope.data.type}: ${describe(data.error)}`);
    }
    return { ...envelope.data, data: data.data };
  }

  private async deadLetter(msg: JsMsg, reason: string, type: string | undefined): Promise<ProcessOutcome> {
    try {
      await this.options.deadLetters.store(msg, this.options.consumer, reason, type);
    } catch (error) {
      // Never drop a message we could not park: let JetStream bring it back later.
      this.options.logger.error({ err: error, reason }, 'could not dead-letter a message; will retry');
      msg.nak(this.options.retryMaxMs);
      return 'retry';
    }
    this.options.logger.warn({ reason, type, stream: msg.info.stream, seq: msg.seq }, 'message dead-lettered');
    msg.term(reason.slice(0, 200));
    return 'dead-lettered';
  }
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** A header's event type, only when it is a well-formed one (it names a subject token). */
function trustedType(header: string | undefined): string | undefined {
  return header && header.length <= 200 && EVENT_TYPE_PATTERN.test(header) ? header : undefined;
}
