import { createEvent, domainEvents, HEADERS, type EventEnvelope } from '@scn/contracts';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { currentMessageContext, Metrics, startTracing, type MessageContext } from '@scn/platform';
import { headers as natsHeaders, type JsMsg, type MsgHdrs } from 'nats';
import pino from 'pino';
import type { SqlExecutor, TransactionalClient, TransactionOptions } from '../sql-client';
import type { DeadLetters } from './dead-letters';
import type { EventContext } from './event-context';
import { EventProcessor, type EventHandlerFn, type EventProcessorOptions } from './event-processor';

// Hand-made fakes of what the processor touches: a delivered message, the dead-letter
// store and a database whose inbox commits or rolls back with the handler's transaction.

type Settlement = ['ack'] | ['nak', number | undefined] | ['term', string | undefined];

class FakeMsg {
  readonly settlements: Settlement[] = [];
  readonly subject = 'scn.events.partnerships.partnership.reactivated.v1';
  readonly seq = 42;
  readonly info: { stream: string; deliveryCount: number };

  constructor(
    readonly data: Uint8Array,
    deliveryCount = 1,
    readonly headers: MsgHdrs | undefined = undefined,
  ) {
    this.info = { stream: 'SCN_EVENTS_PARTNERSHIPS', deliveryCount };
  }

  ack() {
    this.settlements.push(['ack']);
  }
  nak(delay?: number) {
    this.settlements.push(['nak', delay]);
  }
  term(reason?: string) {
    this.settlements.push(['term', reason]);
  }
  asJsMsg(): JsMsg {
    return this as unknown as JsMsg;
  }
}

class FakeDeadLetters {
  readonly stored: Array<{ consumer: string; reason: string; type: string | undefined }> = [];
  failure?: Error;

  async store(_msg: JsMsg, consumer: string, reason: string, type: string | undefined): Promise<void> {
    if (this.failure) throw this.failure;
    this.stored.push({ consumer, reason, type });
  }
}

class FakeDatabase implements TransactionalClient {
  /** Committed inbox rows, as "consumer/eventId". */
  readonly inbox = new Set<string>();
  readonly statements: Array<{ sql: string; values: unknown[] }> = [];
  readonly transactions: Array<TransactionOptions | undefined> = [];

  async $transaction<R>(fn: (tx: SqlExecutor) => Promise<R>, options?: TransactionOptions): Promise<R> {
    this.transactions.push(options);
    const pending = new Set<string>();
    const tx: SqlExecutor = {
      $executeRawUnsafe: async (sql, ...values) => {
        this.statements.push({ sql, values });
        if (!/^INSERT INTO processed_messages \(consumer, event_id\)/.test(sql)) throw new Error(`unexpected SQL: ${sql}`);
        const row = `${String(values[0])}/${String(values[1])}`;
        if (this.inbox.has(row) || pending.has(row)) return 0;
        pending.add(row);
        return 1;
      },
      $queryRawUnsafe: () => Promise.reject(new Error('unexpected query')),
    };
    const result = await fn(tx); // a throw rolls back: nothing pending is kept
    for (const row of pending) this.inbox.add(row);
    return result;
  }
  $executeRawUnsafe(): Promise<number> {
    return Promise.reject(new Error('outside a transaction'));
  }
  $queryRawUnsafe<T>(): Promise<T> {
    return Promise.reject(new Error('outside a transaction'));
  }
}

const ids = {
  partnershipId: '0190d9a4-6b4c-7d3e-8f00-000000000001',
  memberProgramId: '0190d9a4-6b4c-7d3e-8f00-000000000002',
  memberCityId: 'gn:2988507',
  partnerCityId: 'gn:5128581',
  memberCountryCode: 'FR',
  partnerCountryCode: 'US',
};
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

function activatedEvent(): EventEnvelope {
  return createEvent(domainEvents, 'partnership.reactivated.v1', ids.partnershipId, ids, {
    correlationId: 'req-1',
    causationId: null,
  });
}

describe(EventProcessor.name, () => {
  let db: FakeDatabase;
  let deadLetters: FakeDeadLetters;
  let handled: Array<{ event: EventEnvelope; context: EventContext; messageContext: MessageContext | undefined }>;
  let handlerFailure: Error | undefined;
  let sut: EventProcessor;

  const handler: EventHandlerFn = async (event, context) => {
    handled.push({ event, context, messageContext: currentMessageContext() });
    if (handlerFailure) throw handlerFailure;
  };

  function processor(overrides: Partial<EventProcessorOptions> = {}): EventProcessor {
    return new EventProcessor({
      consumer: 'exchanges',
      catalogue: domainEvents,
      db,
      handlers: new Map([['partnership.reactivated.v1', handler]]),
      deadLetters: deadLetters as unknown as DeadLetters,
      logger: pino({ level: 'silent' }),
      maxDeliveries: 3,
      retryBaseMs: 1_000,
      retryMaxMs: 60_000,
      handlerTimeoutMs: 5_000,
      ...overrides,
    });
  }

  beforeEach(() => {
    db = new FakeDatabase();
    deadLetters = new FakeDeadLetters();
    handled = [];
    handlerFailure = undefined;
    sut = processor();
  });

  describe('a valid event', () => {
    it('is handled in a transaction that records it in the inbox, then acked', async () => {
      const event = activatedEvent();
      const headers = natsHeaders();
      headers.set(HEADERS.traceparent, `00-${TRACE_ID}-00f067aa0ba902b7-01`);
      const msg = new FakeMsg(encode(event), 2, headers);

      expect(await sut.process(msg.asJsMsg())).toBe('handled');

      expect(msg.settlements).toEqual([['ack']]);
      expect(db.transactions).toEqual([{ timeout: 5_000, maxWait: 5_000 }]);
      expect(db.statements).toEqual([{ sql: expect.stringContaining('processed_messages'), values: ['exchanges', event.id] }]);
      expect(handled).toHaveLength(1);
      expect(handled[0]!.event).toEqual(event);
      expect(handled[0]!.context.delivery).toEqual({ stream: 'SCN_EVENTS_PARTNERSHIPS', streamSequence: 42, deliveryCount: 2 });
      expect(handled[0]!.context.envelope).toEqual(event);
    });

    it('runs its handler in the context of the event: its correlation, caused by it, in its trace', async () => {
      const event = activatedEvent();
      const headers = natsHeaders();
      headers.set(HEADERS.traceparent, `00-${TRACE_ID}-00f067aa0ba902b7-01`);
      headers.set(HEADERS.correlationId, 'something-else');

      await sut.process(new FakeMsg(encode(event), 1, headers).asJsMsg());

      expect(handled[0]!.messageContext).toEqual({
        correlationId: 'req-1',
        causationId: event.id,
        traceparent: expect.stringMatching(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`)),
      });
    });

    it("runs in the pg pool's transactions when its type's handler is declared sqlOnly, in Prisma's otherwise", async () => {
      const sqlDb = new FakeDatabase();
      const withPool = processor({ sqlDb, sqlOnlyTypes: new Set(['partnership.reactivated.v1']) });
      const withoutPool = processor({ sqlDb, sqlOnlyTypes: new Set(['partnership.suspended.v1']) });

      expect(await withPool.process(new FakeMsg(encode(activatedEvent())).asJsMsg())).toBe('handled');
      expect([sqlDb.transactions.length, db.transactions.length]).toEqual([1, 0]);
      expect(await withoutPool.process(new FakeMsg(encode(activatedEvent())).asJsMsg())).toBe('handled');
      expect([sqlDb.transactions.length, db.transactions.length]).toEqual([1, 1]);
    });

    it("is handled again in Prisma's transaction when its sqlOnly handler asks for it, the pg one rolled back", async () => {
      const sqlDb = new FakeDatabase();
      const transactions: string[] = [];
      const asksForPrisma: EventHandlerFn = async (_event, context) => {
        transactions.push(context.transaction);
        context.prismaTx();
      };
      const sqlFirst = processor({ sqlDb, sqlOnlyTypes: new Set(['partnership.reactivated.v1']), handlers: new Map([['partnership.reactivated.v1', asksForPrisma]]) });
      const event = activatedEvent();
      const msg = new FakeMsg(encode(event));

      expect(await sqlFirst.process(msg.asJsMsg())).toBe('handled');

      expect(transactions).toEqual(['sql', 'prisma']);
      expect([sqlDb.inbox.size, db.inbox.size]).toEqual([0, 1]);
      expect(msg.settlements).toEqual([['ack']]);
      expect(deadLetters.stored).toHaveLength(0);
    });

    it('is acked and ignored when this service has no handler for its type', async () => {
      const msg = new FakeMsg(encode(activatedEvent()));

      expect(await processor({ handlers: new Map() }).process(msg.asJsMsg())).toBe('ignored');

      expect(msg.settlements).toEqual([['ack']]);
      expect(db.transactions).toHaveLength(0);
      expect(deadLetters.stored).toHaveLength(0);
    });

    it('is not handled twice: a redelivery after success is acked as a duplicate', async () => {
      const event = activatedEvent();
      await sut.process(new FakeMsg(encode(event)).asJsMsg());
      const redelivered = new FakeMsg(encode(event), 2);

      expect(await sut.process(redelivered.asJsMsg())).toBe('duplicate');

      expect(handled).toHaveLength(1);
      expect(redelivered.settlements).toEqual([['ack']]);
    });

    it('is skipped when the inbox insert returns no row', async () => {
      const event = activatedEvent();
      db.inbox.add(`exchanges/${event.id}`);
      const msg = new FakeMsg(encode(event));

      expect(await sut.process(msg.asJsMsg())).toBe('duplicate');

      expect(handled).toHaveLength(0);
      expect(msg.settlements).toEqual([['ack']]);
    });
  });

  describe('a poison message', () => {
    const event = activatedEvent();
    const { id: _id, ...withoutId } = event;

    it.each([
      ['malformed JSON', '{"id": ', /^malformed JSON: /],
      ['an invalid envelope', withoutId, /^invalid envelope: id: /],
      ['an envelope with extra fields', { ...event, extra: 1 }, /^invalid envelope: \(root\): /],
      ['an unknown type', { ...event, type: 'partnership.exploded.v1' }, /^unknown event type partnership\.exploded\.v1$/],
      [
        'data failing the schema of its type',
        { ...event, data: { ...ids, partnershipId: 'not-a-uuid' } },
        /^data does not match the schema of partnership\.reactivated\.v1: partnershipId: /,
      ],
    ])('is dead-lettered at once when it is %s', async (_case, payload, reason) => {
      const headers = natsHeaders();
      headers.set(HEADERS.eventType, 'ledger.as-published.v1'); // the relay names the type in a header
      const msg = new FakeMsg(encode(payload), 1, headers);

      expect(await sut.process(msg.asJsMsg())).toBe('dead-lettered');

      expect(deadLetters.stored).toEqual([
        { consumer: 'exchanges', reason: expect.stringMatching(reason), type: 'ledger.as-published.v1' },
      ]);
      expect(msg.settlements).toEqual([['term', deadLetters.stored[0]!.reason.slice(0, 200)]]);
      expect(handled).toHaveLength(0);
      expect(db.transactions).toHaveLength(0);
    });

    it('is filed under no type when it has no type header', async () => {
      await sut.process(new FakeMsg(encode('not json')).asJsMsg());

      expect(deadLetters.stored[0]!.type).toBeUndefined();
    });

    it.each([['a..b'], ['x.'], ['.'], ['a'.repeat(300) + '.b.v1']])(
      'is filed under no type when its type header %s could not name a subject',
      async (header) => {
        const headers = natsHeaders();
        headers.set(HEADERS.eventType, header);
        await sut.process(new FakeMsg(encode('not json'), 1, headers).asJsMsg());

        expect(deadLetters.stored[0]!.type).toBeUndefined();
      },
    );
  });

  describe('a failing handler', () => {
    beforeEach(() => {
      handlerFailure = new Error('exchange program store unavailable');
    });

    it('is retried later with a growing delay while deliveries remain', async () => {
      const msg = new FakeMsg(encode(activatedEvent()), 2);

      expect(await sut.process(msg.asJsMsg())).toBe('retry');

      expect(msg.settlements).toHaveLength(1);
      const [kind, delay] = msg.settlements[0]!;
      expect(kind).toBe('nak');
      expect(delay).toBeGreaterThanOrEqual(1_600);
      expect(delay).toBeLessThanOrEqual(2_400);
      expect(deadLetters.stored).toHaveLength(0);
    });

    it('leaves no inbox record, so the next delivery runs the handler again', async () => {
      const event = activatedEvent();
      await sut.process(new FakeMsg(encode(event), 1).asJsMsg());
      handlerFailure = undefined;

      expect(await sut.process(new FakeMsg(encode(event), 2).asJsMsg())).toBe('handled');
      expect(handled).toHaveLength(2);
    });

    it('is dead-lettered with the error when the last delivery fails', async () => {
      handlerFailure = new Error(`constraint violated: ${'x'.repeat(300)}`);
      const msg = new FakeMsg(encode(activatedEvent()), 3);

      expect(await sut.process(msg.asJsMsg())).toBe('dead-lettered');

      expect(deadLetters.stored).toEqual([
        {
          consumer: 'exchanges',
          reason: `handler failed after 3 deliveries: Error: constraint violated: ${'x'.repeat(300)}`,
          type: 'partnership.reactivated.v1',
        },
      ]);
      expect(msg.settlements).toEqual([['term', deadLetters.stored[0]!.reason.slice(0, 200)]]);
    });
  });

  describe('with metrics', () => {
    it('counts each outcome by type, the handling lag and the dead letters', async () => {
      const metrics = new Metrics('exchanges', { processMetrics: false });
      sut = processor({ metrics });
      const event = activatedEvent();

      await sut.process(new FakeMsg(encode(event), 1).asJsMsg());
      await sut.process(new FakeMsg(encode(event), 2).asJsMsg());
      handlerFailure = new Error('boom');
      await sut.process(new FakeMsg(encode(activatedEvent()), 1).asJsMsg());
      await sut.process(new FakeMsg(encode(activatedEvent()), 3).asJsMsg());
      await sut.process(new FakeMsg(encode('{not json'), 1).asJsMsg());

      const text = await metrics.exposition();
      const series = (outcome: string, type = 'partnership.reactivated.v1') =>
        `scn_events_processed_total{type="${type}",outcome="${outcome}",service="exchanges"}`;
      expect(text).toContain(`${series('handled')} 1`);
      expect(text).toContain(`${series('duplicate')} 1`);
      expect(text).toContain(`${series('retried')} 1`);
      expect(text).toContain(`${series('dead-lettered')} 1`);
      expect(text).toContain(`${series('dead-lettered', 'unknown')} 1`);
      expect(text).toContain('scn_dead_letters_total{type="partnership.reactivated.v1",service="exchanges"} 1');
      expect(text).toContain('scn_dead_letters_total{type="unknown",service="exchanges"} 1');
      expect(text).toContain('scn_event_handling_lag_seconds_count{service="exchanges",type="partnership.reactivated.v1"} 1');
    });
  });

  it('dead-letters a message delivered more often than allowed without running the handler', async () => {
    const msg = new FakeMsg(encode(activatedEvent()), 4);

    expect(await sut.process(msg.asJsMsg())).toBe('dead-lettered');

    expect(handled).toHaveLength(0);
    expect(deadLetters.stored).toEqual([
      { consumer: 'exchanges', reason: 'not completed after 3 deliveries', type: 'partnership.reactivated.v1' },
    ]);
    expect(msg.settlements).toEqual([['term', 'not completed after 3 deliveries']]);
  });

  describe('when the dead-letter store fails', () => {
    beforeEach(() => {
      deadLetters.failure = new Error('JetStream unavailable');
    });

    it('keeps a poison message for later: nak, never term or ack', async () => {
      const msg = new FakeMsg(encode('not json'));

      expect(await sut.process(msg.asJsMsg())).toBe('retry');

      expect(msg.settlements).toEqual([['nak', 60_000]]);
    });

    it('keeps a message whose handler failed for the last time', async () => {
      handlerFailure = new Error('boom');
      const msg = new FakeMsg(encode(activatedEvent()), 3);

      expect(await sut.process(msg.asJsMsg())).toBe('retry');

      expect(msg.settlements).toEqual([['nak', 60_000]]);
    });
  });
  describe('with tracing', () => {
    let exporter: InMemorySpanExporter;
    const PUBLISH_SPAN = '00f067aa0ba902b7';

    beforeEach(() => {
      exporter = new InMemorySpanExporter();
      sut = processor({ tracing: startTracing('exchanges', { OTEL_SDK_DISABLED: false }, [new SimpleSpanProcessor(exporter)]) });
    });

    const published = () => {
      const headers = natsHeaders();
      headers.set(HEADERS.traceparent, `00-${TRACE_ID}-${PUBLISH_SPAN}-01`);
      return headers;
    };

    it('handles the event in a consumer span, child of the publication, ended with its outcome', async () => {
      const event = activatedEvent();

      await sut.process(new FakeMsg(encode(event), 1, published()).asJsMsg());

      const [span] = exporter.getFinishedSpans();
      expect(span!.name).toBe('process partnership.reactivated.v1');
      expect(span!.kind).toBe(SpanKind.CONSUMER);
      expect(span!.spanContext().traceId).toBe(TRACE_ID);
      expect(span!.parentSpanContext?.spanId).toBe(PUBLISH_SPAN);
      expect(span!.attributes).toMatchObject({
        'scn.event.type': 'partnership.reactivated.v1',
        'scn.event.outcome': 'handled',
        'messaging.message.id': event.id,
        'messaging.consumer.group.name': 'exchanges',
      });
      expect(span!.status.code).toBe(SpanStatusCode.UNSET);
      // The handler's logs and the events it writes are inside that span.
      expect(handled[0]!.messageContext!.traceparent).toBe(`00-${TRACE_ID}-${span!.spanContext().spanId}-01`);
    });

    it('marks a retried event failed, with the handler\'s exception', async () => {
      handlerFailure = new Error('database away');

      await sut.process(new FakeMsg(encode(activatedEvent()), 1, published()).asJsMsg());

      const [span] = exporter.getFinishedSpans();
      expect(span!.attributes['scn.event.outcome']).toBe('retried');
      expect(span!.status.code).toBe(SpanStatusCode.ERROR);
      expect(span!.events.map((e) => e.attributes?.['exception.message'])).toEqual(['database away']);
    });

    it('traces a poison message as dead-lettered, and no event this service ignores', async () => {
      const tracing = startTracing('exchanges', { OTEL_SDK_DISABLED: false }, [new SimpleSpanProcessor(exporter)]);
      const withoutHandlers = processor({ tracing, handlers: new Map() });

      await sut.process(new FakeMsg(encode('not json'), 1, published()).asJsMsg());
      expect(await withoutHandlers.process(new FakeMsg(encode(activatedEvent()), 1, published()).asJsMsg())).toBe('ignored');

      const spans = exporter.getFinishedSpans();
      expect(spans.map((span) => [span.name, span.attributes['scn.event.outcome']])).toEqual([['process unknown', 'dead-lettered']]);
    });
  });
});
