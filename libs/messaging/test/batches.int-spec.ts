import { eventStream } from '@scn/contracts';
import { currentMessageContext } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { LedgerHarness, type LedgerEvent } from './ledger-fixture';

// The consumer handles a lane's waiting events in one transaction (issue #16): a failing
// handler is rolled back to its savepoint alone; a batch whose transaction fails as a whole
// is handled event by event; the relay's duplicates stay harmless.
describe('events handled in batches', () => {
  let harness: LedgerHarness;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
  });
  afterEach(() => harness.dispose());

  const entries = (count: number) => Array.from({ length: count }, (_, i) => ({ account: `acct-${i}`, amount: i, seq: i }));
  const calls = new Map<string, number>();
  const called = (event: LedgerEvent) => {
    calls.set(event.id, (calls.get(event.id) ?? 0) + 1);
    return calls.get(event.id)!;
  };
  beforeEach(() => calls.clear());

  /** Publishes `count` events and waits until they sit in the stream, so the consumer receives them as one burst. */
  async function published(count: number): Promise<LedgerEvent[]> {
    // The stream and the durable consumer exist once a replica has started; nobody consumes yet.
    await (await harness.startReplica('probe')).close();
    const events = await harness.record(entries(count));
    harness.startRelay();
    const jsm = await harness.connection.nc.jetstreamManager();
    await waitFor('the events in the stream', async () => (await jsm.streams.info(eventStream(harness.namespace, 'partnerships').name)).state.messages === count);
    return events;
  }

  /**
   * Waits until the ledger holds as many rows as `events`, lets late duplicates arrive for
   * half a second, then checks each event took effect exactly once.
   */
  async function handledOnceEach(events: readonly LedgerEvent[], timeoutMs?: number): Promise<void> {
    await waitFor('every event handled', async () => ((await harness.ledger()).length >= events.length ? true : undefined), timeoutMs ? { timeoutMs } : undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ledger = await harness.ledger();
    expect(ledger).toHaveLength(events.length);
    expect(new Set(ledger.map((row) => row.eventId))).toEqual(new Set(events.map((event) => event.id)));
  }

  // Both kinds of handler: one using Prisma (Prisma's interactive transaction) and one
  // declared `sqlOnly` (a transaction on the pg pool, issue #16).
  const kinds = [
    ['a Prisma handler', false],
    ['an sqlOnly handler', true],
  ] as const;

  it.each(kinds)('retries only the event whose handler failed: the others of its batch are handled once, not redone (%s)', async (_kind, sqlOnly) => {
    const events = await published(40);
    const failing = events[7]!.id;
    await harness.startReplica(
      'replica',
      {
        sqlOnly,
        before: (event) => {
          if (called(event) === 1 && event.id === failing) throw new Error('a passing fault');
        },
      },
      { concurrency: 1, batchSize: 32, retryBaseMs: 100 },
    );
    await handledOnceEach(events);
    // They were handled in batches: a batch's inbox records are written by one statement
    // of its transaction, before any savepoint, so they share its xmin.
    const transactions = await harness.db.$queryRawUnsafe<Array<{ n: number }>>('SELECT count(DISTINCT xmin::text)::int AS n FROM processed_messages');
    expect(transactions[0]!.n).toBeLessThanOrEqual(events.length / 4);
    expect(calls.get(failing)).toBe(2);
    expect(events.filter((event) => event.id !== failing).every((event) => calls.get(event.id) === 1)).toBe(true);
  });

  it.each(kinds)('handles a batch event by event when its transaction fails as a whole (here: past the handler timeout) (%s)', async (_kind, sqlOnly) => {
    const events = await published(20);
    const slow = events[3]!.id;
    await harness.startReplica(
      'replica',
      {
        sqlOnly,
        before: async (event) => {
          if (called(event) === 1 && event.id === slow) await new Promise((resolve) => setTimeout(resolve, 1_500));
        },
      },
      { concurrency: 1, batchSize: 32, handlerTimeoutMs: 1_000, retryBaseMs: 100 },
    );
    await handledOnceEach(events, 30_000);
  });

  it("handles a sqlOnly handler's batch again in a Prisma transaction when one of its events asks for one, each event's effect once", async () => {
    const events = await published(40);
    const needsPrisma = events[9]!.id;
    const transactions = new Map<string, string[]>();
    await harness.startReplica(
      'replica',
      {
        sqlOnly: true,
        before: (event, context) => {
          transactions.set(event.id, [...(transactions.get(event.id) ?? []), context.transaction]);
          if (event.id === needsPrisma) context.prismaTx();
        },
      },
      { concurrency: 1, batchSize: 32, retryBaseMs: 100 },
    );
    await handledOnceEach(events);
    // Its pg transaction was rolled back and run again on Prisma, at once (not a retry later).
    expect(transactions.get(needsPrisma)).toEqual(['sql', 'prisma']);
    // The events of other batches stayed on the pg pool, once each.
    const sqlOnce = events.filter((event) => transactions.get(event.id)?.join() === 'sql');
    expect(sqlOnce.length).toBeGreaterThan(0);
    expect(events.every((event) => ['sql', 'sql,prisma', 'prisma'].includes(transactions.get(event.id)?.join() ?? ''))).toBe(true);
  });

  describe('a handler declared `batches`', () => {
    /** Each call of the batch handler: its events' ids and their delivery counts. */
    let batchCalls: Array<Array<{ id: string; delivery: number }>>;
    let contextsRight: boolean;
    beforeEach(() => {
      batchCalls = [];
      contextsRight = true;
    });

    it.each(kinds)(
      "takes a lane's events at once; when a call fails, each of its events is handled alone in the same transaction and only the failing one is retried (%s)",
      async (_kind, sqlOnly) => {
        const events = await published(40);
        const failing = events[7]!.id;
        await harness.startReplica(
          'replica',
          {
            sqlOnly,
            batches: (batch, context) => {
              batchCalls.push(batch.map((event, i) => ({ id: event.id, delivery: context.deliveries[i]!.deliveryCount })));
              // Each event's own message context is at hand (what it records is caused by it, in its correlation).
              contextsRight &&= batch.every((event, i) =>
                context.inContextOf(i, () => currentMessageContext()?.causationId === event.id && currentMessageContext()?.correlationId === event.correlationId),
              );
              // Fails on its first delivery only, in whatever call it comes.
              if (batch.some((event, i) => event.id === failing && context.deliveries[i]!.deliveryCount === 1)) throw new Error('a passing fault');
            },
          },
          { concurrency: 1, batchSize: 32, retryBaseMs: 100 },
        );
        await handledOnceEach(events);
        expect(contextsRight).toBe(true);
        // The first call with the failing event took others too; each of them was then called
        // alone, once, on the same delivery: rolled back with the call, redone, not retried.
        const failed = batchCalls.find((call) => call.some((event) => event.id === failing))!;
        expect(failed.length).toBeGreaterThan(1);
        const others = failed.filter((event) => event.id !== failing).map((event) => event.id);
        const aloneCalls = (id: string) => batchCalls.filter((call) => call.length === 1 && call[0]!.id === id);
        expect(others.every((id) => aloneCalls(id).length === 1 && aloneCalls(id)[0]![0]!.delivery === 1)).toBe(true);
        // Only the failing event came back: on its second delivery, handled then.
        const deliveries = batchCalls.flat();
        expect(deliveries.filter((event) => event.delivery > 1).map((event) => event.id)).toEqual([failing]);
        // Events beyond the failed call were taken many at a time.
        expect(batchCalls.filter((call) => call !== failed && call.length > 1).length).toBeGreaterThan(0);
        const transactions = await harness.db.$queryRawUnsafe<Array<{ n: number }>>('SELECT count(DISTINCT xmin::text)::int AS n FROM processed_messages');
        expect(transactions[0]!.n).toBeLessThanOrEqual(events.length / 4);
      },
    );

    it("runs a sqlOnly batch handler's call on the pg pool, and again in a Prisma transaction when it asks for one", async () => {
      const events = await published(30);
      const needsPrisma = events[5]!.id;
      const transactions: string[] = [];
      await harness.startReplica(
        'replica',
        {
          sqlOnly: true,
          batches: (batch, context) => {
            transactions.push(context.transaction);
            if (batch.some((event) => event.id === needsPrisma)) context.prismaTx();
          },
        },
        { concurrency: 1, batchSize: 32, retryBaseMs: 100 },
      );
      await handledOnceEach(events);
      expect(transactions[0]).toBe('sql');
      expect(transactions).toContain('prisma');
    });
  });

  it('hands a consumer each event once when a relay republishes rows whose "published" mark was lost (a relay killed mid-batch)', async () => {
    const events = await published(30);
    // As if the relay died after the PubAcks but before its UPDATE committed.
    await harness.db.$executeRawUnsafe('UPDATE outbox_events SET published_at = NULL');
    harness.startRelay();
    await waitFor('the rows marked published again', async () => ((await harness.db.outboxEvent.count({ where: { publishedAt: null } })) === 0 ? true : undefined));
    const jsm = await harness.connection.nc.jetstreamManager();
    // JetStream's duplicate window dropped the second publishes: the stream holds each event once.
    expect((await jsm.streams.info(eventStream(harness.namespace, 'partnerships').name)).state.messages).toBe(events.length);
    await harness.startReplica('replica', { before: (event) => void called(event) });
    await handledOnceEach(events);
    expect(events.every((event) => calls.get(event.id) === 1)).toBe(true);
  });

  it('keeps events waiting behind a slow lane from being redelivered (their ack wait runs out only for a replica that stopped holding them)', async () => {
    // The consumer's ack wait is 1.5 s; six events of one lane take 0.5 s each, one at a time.
    await (await harness.startReplica('probe', {}, { ackWaitMs: 1_500 })).close();
    const events = await harness.record(entries(6).map((entry) => ({ ...entry, account: 'one-account' })));
    harness.startRelay();
    const jsm = await harness.connection.nc.jetstreamManager();
    const stream = eventStream(harness.namespace, 'partnerships').name;
    await waitFor('the events in the stream', async () => (await jsm.streams.info(stream)).state.messages === events.length);
    let mostRedelivered = 0;
    await harness.startReplica(
      'replica',
      {
        before: async () => {
          mostRedelivered = Math.max(mostRedelivered, (await jsm.consumers.info(stream, harness.consumer)).num_redelivered);
          await new Promise((resolve) => setTimeout(resolve, 500));
        },
      },
      // One delivery allowed: a redelivered event would be dead-lettered, not handled.
      { concurrency: 1, batchSize: 1, ackWaitMs: 1_500, maxDeliveries: 1 },
    );
    await waitFor('every event handled', async () => ((await harness.ledger()).length >= events.length ? true : undefined), { timeoutMs: 20_000 });
    expect(mostRedelivered).toBe(0);
    expect(await harness.ledger()).toHaveLength(events.length);
  });

  it('keeps events being handled past their ack wait from being redelivered (the ack wait does not bound a handler)', async () => {
    const events = await published(2);
    const jsm = await harness.connection.nc.jetstreamManager();
    const stream = eventStream(harness.namespace, 'partnerships').name;
    let mostRedelivered = 0;
    await harness.startReplica(
      'replica',
      {
        // Each handler takes twice the ack wait, well within its own timeout.
        before: async () => {
          await new Promise((resolve) => setTimeout(resolve, 3_000));
          mostRedelivered = Math.max(mostRedelivered, (await jsm.consumers.info(stream, harness.consumer)).num_redelivered);
        },
      },
      // One delivery allowed: a redelivered event would be dead-lettered, not handled.
      { concurrency: 1, batchSize: 1, ackWaitMs: 1_500, maxDeliveries: 1, handlerTimeoutMs: 10_000 },
    );
    await waitFor('every event handled', async () => ((await harness.ledger()).length >= events.length ? true : undefined), { timeoutMs: 20_000 });
    expect(mostRedelivered).toBe(0);
    expect(await harness.ledger()).toHaveLength(events.length);
  });
});
