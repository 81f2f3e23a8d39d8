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

  it('adds by a statement of the caller\'s: the kept aggregates\' events only, its relay woken at once; nothing if the statement fails', async () => {
    await harness.startReplica('replica');
    // Polls a minute apart: only the wake-up after the statement can publish in time.
    const relay = harness.startRelay({ pollMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    harness.outbox.attachRelay(relay);
    const given = entries(6).map((entry) => ({ type: LEDGER_EVENT as typeof LEDGER_EVENT, subject: entry.account, data: entry }));

    const failing = harness.outbox.addManyInStatement(harness.db, given, (insert) =>
      harness.db.$queryRawUnsafe(`WITH events AS (${insert.sql(1)} RETURNING 1) SELECT 1 / (count(*)::int - count(*)::int) FROM events`, ...insert.params),
    );
    await expect(failing).rejects.toThrow(/division by zero/);
    expect(await harness.db.outboxEvent.count()).toBe(0);

    const kept = await harness.outbox.addManyInStatement(harness.db, given, (insert) =>
      harness.db.$queryRawUnsafe<Array<{ account: string }>>(
        `WITH kept AS (SELECT unnest($1::text[]) AS account), events AS (${insert.sql(2, 'SELECT account FROM kept')}) SELECT account FROM kept`,
        ['acct-2', 'acct-4'],
        ...insert.params,
      ),
    );
    expect(kept.map((row) => row.account)).toEqual(['acct-2', 'acct-4']);
    const ledger = await waitFor('the kept events handled', async () => {
      const handled = await harness.ledger();
      return handled.length >= 2 ? handled : undefined;
    }, { timeoutMs: 5_000, intervalMs: 20 });
    expect(ledger.map((row) => row.account).sort()).toEqual(['acct-2', 'acct-4']);
    expect(await harness.db.outboxEvent.count()).toBe(2);
  });
});
