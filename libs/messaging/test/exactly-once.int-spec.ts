import { eventStream, HEADERS } from '@scn/contracts';
import { DeadLetters, EventProcessor, type EventHandlerFn } from '@scn/messaging';
import { waitFor } from '@scn/testing';
import { headers as natsHeaders } from 'nats';
import { LEDGER_EVENT, LedgerHarness, ledgerCatalogue, ledgerHandler, testLogger } from './ledger-fixture';

describe('an event applied exactly once', () => {
  let harness: LedgerHarness;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
  });
  afterEach(() => harness.dispose());

  it('when the same event is published twice', async () => {
    await harness.startReplica('replica');
    const [event] = await harness.db.$transaction(async (tx) => [
      await harness.outbox.add(tx, LEDGER_EVENT, 'acct', { account: 'acct', amount: 10, seq: 1 }),
    ]);
    const js = harness.connection.nc.jetstream();
    const row = await harness.db.outboxEvent.findUniqueOrThrow({ where: { id: event!.id } });
    const payload = new TextEncoder().encode(JSON.stringify(row.payload));
    const h = natsHeaders();
    h.set(HEADERS.aggregate, 'acct');

    // Within JetStream's window, a repeated Nats-Msg-Id is dropped by the server…
    const first = await js.publish(row.natsSubject, payload, { msgID: event!.id, headers: h });
    const again = await js.publish(row.natsSubject, payload, { msgID: event!.id, headers: h });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    // …and past it (simulated with another message id) the inbox drops it.
    await js.publish(row.natsSubject, payload, { msgID: `${event!.id}-later`, headers: h });

    const jsm = await harness.connection.nc.jetstreamManager();
    const stream = eventStream(harness.namespace, 'partnerships').name;
    await waitFor('both copies to be acknowledged', async () => {
      const info = await jsm.consumers.info(stream, harness.consumer);
      return info.ack_floor.stream_seq === 2 && info.num_pending === 0;
    });
    expect(await harness.ledger()).toHaveLength(1);
  });

  it('when it is redelivered after a crash between the effect and the ack', async () => {
    // Provision the durable consumer with a short ack wait, then stop: nobody consumes.
    const probe = await harness.startReplica('probe', {}, { ackWaitMs: 1_000 });
    await probe.close();
    harness.startRelay();
    const [event] = await harness.record([{ account: 'acct', amount: 3, seq: 1 }]);
    const nc = harness.connection.nc;
    const jsm = await nc.jetstreamManager();
    const stream = eventStream(harness.namespace, 'partnerships').name;

    // A replica takes the message, commits the effect, and dies before acknowledging.
    const consumer = await nc.jetstream().consumers.get(stream, harness.consumer);
    const msg = await waitFor('the message', () => consumer.next({ expires: 1_000 }));
    msg.ack = () => undefined;
    const processor = new EventProcessor({
      consumer: harness.consumer,
      catalogue: ledgerCatalogue,
      db: harness.db,
      handlers: new Map([[LEDGER_EVENT, ledgerHandler('crashed') as unknown as EventHandlerFn]]),
      deadLetters: new DeadLetters(harness.namespace, nc.jetstream(), jsm),
      logger: testLogger,
      maxDeliveries: 4,
      retryBaseMs: 100,
      retryMaxMs: 1_000,
      handlerTimeoutMs: 5_000,
    });
    expect(await processor.process(msg)).toBe('handled');
    expect(await harness.ledger()).toHaveLength(1);

    // JetStream redelivers after the ack wait; the surviving replica sees it in its inbox.
    await harness.startReplica('survivor', {}, { ackWaitMs: 1_000 });
    await waitFor('the redelivery to be acknowledged', async () => {
      const info = await jsm.consumers.info(stream, harness.consumer);
      return info.delivered.consumer_seq >= 2 && info.num_ack_pending === 0 && info.ack_floor.stream_seq === 1;
    });
    const ledger = await harness.ledger();
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ eventId: event!.id, handledBy: 'crashed' });
  });
});
