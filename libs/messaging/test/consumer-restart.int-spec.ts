import { waitFor } from '@scn/testing';
import { LedgerHarness } from './ledger-fixture';

describe('durable consumer', () => {
  let harness: LedgerHarness;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
  });
  afterEach(() => harness.dispose());

  it('receives every event published while it was stopped, once it restarts', async () => {
    const first = await harness.startReplica('before-stop');
    harness.startRelay();
    await harness.record([{ account: 'a', amount: 1, seq: 1 }]);
    await waitFor('the first event to be handled', async () => (await harness.ledger()).length === 1);

    await first.close();
    const whileDown = await harness.record(
      Array.from({ length: 50 }, (_, i) => ({ account: `acct-${i % 5}`, amount: i, seq: i + 2 })),
    );
    // The relay keeps publishing; nobody consumes.
    await waitFor('the events to reach JetStream', async () => {
      const pending = await harness.db.outboxEvent.count({ where: { publishedAt: null } });
      return pending === 0;
    });
    expect((await harness.ledger()).length).toBe(1);

    await harness.startReplica('after-restart');
    const ledger = await waitFor('all events to be handled', async () => {
      const rows = await harness.ledger();
      return rows.length === 51 ? rows : undefined;
    });
    expect(new Set(ledger.map((row) => row.eventId))).toEqual(
      new Set([ledger[0]!.eventId, ...whileDown.map((event) => event.id)]),
    );
    expect(ledger.slice(1).every((row) => row.handledBy === 'after-restart')).toBe(true);
  });
});
