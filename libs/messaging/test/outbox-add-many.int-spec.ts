import { waitFor } from '@scn/testing';
import { LEDGER_EVENT, LedgerHarness } from './ledger-fixture';

// Outbox.addMany: a bulk command's events in one statement per 5,000, in the order given
// (each aggregate's events keep their order), all or nothing with the transaction.
describe('many events added to the outbox at once', () => {
  let harness: LedgerHarness;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
  });
  afterEach(() => harness.dispose());

  const entries = (count: number) => Array.from({ length: count }, (_, i) => ({ account: `acct-${i % 7}`, amount: i, seq: i }));

  it('writes them in the given order, past one statement, and each is handled once, in order per aggregate', async () => {
    const given = entries(6_001);
    // 6,001 rows take well under a second here; the margin is for a machine under load.
    const events = await harness.db.$transaction(
      (tx) => harness.outbox.addMany(tx, given.map((entry) => ({ type: LEDGER_EVENT, subject: entry.account, data: entry }))),
      { timeout: 30_000 },
    );
    expect(events.map((event) => event.data.seq)).toEqual(given.map((entry) => entry.seq));
    const rows = await harness.db.outboxEvent.findMany({ orderBy: { seq: 'asc' }, select: { id: true, aggregate: true } });
    expect(rows.map((row) => row.id)).toEqual(events.map((event) => event.id));
    expect(rows.map((row) => row.aggregate)).toEqual(given.map((entry) => entry.account));

    await harness.startReplica('replica');
    harness.startRelay({ batchSize: 500 });
    const ledger = await waitFor('every event handled', async () => {
      const handled = await harness.ledger();
      return handled.length >= given.length ? handled : undefined;
    }, { timeoutMs: 120_000, intervalMs: 500 });
    expect(ledger).toHaveLength(given.length);
    expect(new Set(ledger.map((row) => row.eventId)).size).toBe(given.length);
    for (const account of new Set(given.map((entry) => entry.account))) {
      const amounts = ledger.filter((row) => row.account === account).map((row) => row.amount);
      expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    }
  }, 180_000);

  it('writes nothing when the transaction rolls back', async () => {
    await expect(
      harness.db.$transaction(async (tx) => {
        await harness.outbox.addMany(tx, entries(10).map((entry) => ({ type: LEDGER_EVENT, subject: entry.account, data: entry })));
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    expect(await harness.db.outboxEvent.count()).toBe(0);
  });

  it('does nothing for no events', async () => {
    expect(await harness.db.$transaction((tx) => harness.outbox.addMany(tx, []))).toEqual([]);
    expect(await harness.db.outboxEvent.count()).toBe(0);
  });
});
