import { eventSubject, HEADERS } from '@scn/contracts';
import { DeadLetters } from '@scn/messaging';
import { waitFor } from '@scn/testing';
import { headers as natsHeaders } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { LEDGER_EVENT, LedgerHarness, ledgerCatalogue } from './ledger-fixture';

describe('malformed messages', () => {
  let harness: LedgerHarness;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
  });
  afterEach(() => harness.dispose());

  it('are dead-lettered at once with their reason and do not block the stream', async () => {
    const handled: string[] = [];
    await harness.startReplica('replica', { before: (event) => void handled.push(event.id) });
    const nc = harness.connection.nc;
    const js = nc.jetstream();
    const subject = eventSubject(harness.namespace, ledgerCatalogue, LEDGER_EVENT);
    const envelope = (overrides: Record<string, unknown>) => ({
      id: uuidv7(),
      type: LEDGER_EVENT,
      source: 'partnerships',
      time: new Date().toISOString(),
      subject: 'acct',
      correlationId: 'test',
      causationId: null,
      data: { account: 'acct', amount: 1, seq: 1 },
      ...overrides,
    });
    const publish = (body: string, type = LEDGER_EVENT, onSubject = subject) => {
      const h = natsHeaders();
      h.set(HEADERS.eventType, type);
      h.set(HEADERS.aggregate, 'acct');
      return js.publish(onSubject, new TextEncoder().encode(body), { headers: h });
    };

    await publish('{"id": "not json');
    await publish(JSON.stringify(envelope({ type: 'ledger.entry-erased.v1' })), 'ledger.entry-erased.v1', subject.replace(LEDGER_EVENT, 'ledger.entry-erased.v1'));
    await publish(JSON.stringify(envelope({ data: { account: 'acct', amount: 'ten', seq: 1 } })));
    await publish(JSON.stringify(envelope({ id: 'not-a-uuid' })));
    const good = envelope({ data: { account: 'acct', amount: 42, seq: 2 } });
    await publish(JSON.stringify(good));

    await waitFor('the good event', async () => (await harness.ledger()).length === 1);
    expect(handled).toEqual([good.id]);
    const deadLetters = new DeadLetters(harness.namespace, js, await nc.jetstreamManager());
    const letters = await waitFor('four dead letters', async () => {
      const list = await deadLetters.list();
      return list.length === 4 ? list : undefined;
    });
    expect(letters.map((letter) => letter.reason)).toEqual([
      expect.stringMatching(/^malformed JSON/),
      'unknown event type ledger.entry-erased.v1',
      expect.stringMatching(/^data does not match the schema of ledger\.entry-recorded\.v1: amount:/),
      expect.stringMatching(/^invalid envelope: id:/),
    ]);
    // Poison is never retried: each was delivered once.
    expect(letters.every((letter) => letter.deliveries === 1)).toBe(true);
    expect(letters[0]!.payload).toBe('{"id": "not json');
  });
});
