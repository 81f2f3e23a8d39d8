import { EVENT_TYPE_PATTERN, eventEnvelopeSchema, HEADERS, type EventCatalogue, type EventEnvelope } from '@scn/contracts';
import { lagSeconds, runInMessageContext, type Metrics } from '@scn/platform';
import type { JsMsg } from 'nats';
import type { Logger } from 'pino';
import { z } from 'zod';
import { recordInInbox } from '../inbox/inbox';
import type { TransactionalClient } from '../sql-client';
import { contextFromHeaders } from '../tracing/context-headers';
import type { DeadLetters } from './dead-letters';
import { EventContext } from './event-context';
import { retryDelayMs } from './retry-delay';

export type EventHandlerFn = (event: EventEnvelope, context: EventContext) => Promise<unknown>;

export interface EventProcessorOptions {
  /** The durable consumer's name: also the key of this service's inbox records. */
  consumer: string;
  catalogue: EventCatalogue;
  db: TransactionalClient;
  handlers: ReadonlyMap<string, EventHandlerFn>;
  deadLetters: DeadLetters;
  logger: Logger;
  maxDeliveries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  handlerTimeoutMs: number;
  /** Counts outcomes by event type, handling lag and dead letters. */
  metrics?: Metrics;
}

export type ProcessOutcome = 'handled' | 'duplicate' | 'ignored' | 'retry' | 'dead-lettered';

class PoisonMessage extends Error {}

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
  constructor(private readonly options: EventProcessorOptions) {}

  async process(msg: JsMsg): Promise<ProcessOutcome> {
    const { metrics } = this.options;
    if (!metrics) return (await this.decide(msg)).outcome;
    const { outcome, event } = await this.decide(msg);
    // Only catalogued types become label values; anything else is "unknown".
    const headerType = event?.type ?? trustedType(msg.headers?.get(HEADERS.eventType));
    const type = headerType && this.options.catalogue[headerType] ? headerType : 'unknown';
    metrics.eventsHandled.labels({ type, outcome: OUTCOME_LABELS[outcome] }).inc();
    if (outcome === 'dead-lettered') metrics.deadLetters.labels({ type }).inc();
    if (outcome === 'handled' && event) {
      const lag = lagSeconds(event.time);
      if (lag !== undefined) metrics.eventHandlingLag.labels({ type }).observe(lag);
    }
    return outcome;
  }

  private async decide(msg: JsMsg): Promise<{ outcome: ProcessOutcome; event?: EventEnvelope }> {
    let event: EventEnvelope;
    try {
      event = this.decode(msg);
    } catch (error) {
      if (!(error instanceof PoisonMessage)) throw error;
      return { outcome: await this.deadLetter(msg, error.message, trustedType(msg.headers?.get(HEADERS.eventType))) };
    }
    const handler = this.options.handlers.get(event.type);
    if (!handler) {
      // A valid event this service does not act on: nothing to do, nothing to keep.
      msg.ack();
      return { outcome: 'ignored', event };
    }
    const deliveries = msg.info.deliveryCount;
    if (deliveries > this.options.maxDeliveries) {
      // Earlier deliveries never reported back (the process died or stalled mid-handling).
      return { outcome: await this.deadLetter(msg, `not completed after ${deliveries - 1} deliveries`, event.type), event };
    }
    const context = contextFromHeaders(msg.headers, event.id);
    try {
      const outcome = await runInMessageContext({ ...context, correlationId: event.correlationId }, () =>
        this.handleOnce(event, handler, msg),
      );
      msg.ack();
      return { outcome, event };
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (deliveries >= this.options.maxDeliveries) {
        this.options.logger.error({ err: error, eventId: event.id, type: event.type, deliveries }, 'event handler failed for the last time');
        return { outcome: await this.deadLetter(msg, `handler failed after ${deliveries} deliveries: ${reason}`, event.type), event };
      }
      const delay = retryDelayMs(deliveries, this.options.retryBaseMs, this.options.retryMaxMs);
      this.options.logger.warn({ err: error, eventId: event.id, type: event.type, deliveries, retryInMs: delay }, 'event handler failed; will retry');
      msg.nak(delay);
      return { outcome: 'retry', event };
    }
  }

  private handleOnce(event: EventEnvelope, handler: EventHandlerFn, msg: JsMsg): Promise<ProcessOutcome> {
    const { db, consumer, handlerTimeoutMs } = this.options;
    return db.$transaction(
      async (tx) => {
        if (!(await recordInInbox(tx, consumer, event.id))) return 'duplicate';
        await handler(
          event,
          new EventContext([
            tx,
            event,
            { stream: msg.info.stream, streamSequence: msg.seq, deliveryCount: msg.info.deliveryCount },
          ]),
        );
        return 'handled';
      },
      { timeout: handlerTimeoutMs, maxWait: handlerTimeoutMs },
    );
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
