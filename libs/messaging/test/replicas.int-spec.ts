import { waitFor } from '@scn/testing';
import { LedgerHarness } from './ledger-fixture';

describe('replicas of one service', () => {
  let harness: LedgerHarness;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
  });
  afterEach(() => harness.dispose());

  it('share the durable consumer: every event is handled once in total', async () => {
    await harness.startReplica('replica-1');
    await harness.startReplica('replica-2');
    harness.startRelay();
    harness.startRelay(); // and two relays share the outbox
    const events = await harness.record(
      Array.from({ length: 300 }, (_, i) => ({ account: `acct-${i % 30}`, amount: i, seq: i })),
    );

    const ledger = await waitFor('all events handled', async () => {
      const rows = await harness.ledger();
      return rows.length >= 300 ? rows : undefined;
    });
    // Let any duplicate that was going to happen happen, then count again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const final = await harness.ledger();
    expect(final).toHaveLength(300);
    expect(new Set(final.map((row) => row.eventId))).toEqual(new Set(events.map((event) => event.id)));
    const byReplica = ledger.reduce<Record<string, number>>((counts, row) => {
      counts[row.handledBy] = (counts[row.handledBy] ?? 0) + 1;
      return counts;
    }, {});
    expect(Object.keys(byReplica).every((name) => name === 'replica-1' || name === 'replica-2')).toBe(true);
  });
});
