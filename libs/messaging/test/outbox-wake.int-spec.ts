import { withAfterCommit } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { Client } from 'pg';
import { OUTBOX_CHANNEL } from '@scn/messaging';
import { LEDGER_EVENT, LedgerHarness } from './ledger-fixture';

// The outbox of a process that runs a relay, writing through a client wrapped by
// withAfterCommit (as DatabaseModule makes a service's), wakes that relay after each commit
// instead of NOTIFYing in the transaction: a NOTIFY holds PostgreSQL's global notify lock
// through the commit, so notifying writers commit one at a time (issue #16).
describe('the outbox waking its own relay after commit', () => {
  let harness: LedgerHarness;
  let listener: Client;
  let notifications: number;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
    listener = new Client({ connectionString: harness.database.url });
    await listener.connect();
    notifications = 0;
    listener.on('notification', () => notifications++);
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  });
  afterEach(async () => {
    await listener.end();
    await harness.dispose();
  });

  const entry = (seq: number) => ({ account: `acct-${seq % 3}`, amount: seq, seq });

  it('publishes at once what committed, with no NOTIFY and no poll (the poll is a minute away)', async () => {
    await (await harness.startReplica('probe')).close();
    const relay = harness.startRelay({ pollMs: 60_000 });
    // The relay's first tick (at start, nothing to do) is over before the first write.
    await new Promise((resolve) => setTimeout(resolve, 300));
    harness.outbox.attachRelay(relay);
    const db = withAfterCommit(harness.db);
    await harness.startReplica('replica');

    for (let seq = 0; seq < 5; seq++) {
      const event = await db.$transaction((tx) => harness.outbox.add(tx, LEDGER_EVENT, entry(seq).account, entry(seq)));
      await waitFor(`event ${seq} handled`, async () => ((await harness.ledger()).some((row) => row.eventId === event.id) ? true : undefined), {
        timeoutMs: 5_000,
        intervalMs: 20,
      });
    }
    // Many at once, in one transaction, and from concurrent ones.
    await db.$transaction((tx) => harness.outbox.addMany(tx, [5, 6, 7].map((seq) => ({ type: LEDGER_EVENT, subject: entry(seq).account, data: entry(seq) }))));
    await Promise.all([8, 9, 10, 11].map((seq) => db.$transaction((tx) => harness.outbox.add(tx, LEDGER_EVENT, entry(seq).account, entry(seq)))));
    const ledger = await waitFor('every event handled', async () => {
      const rows = await harness.ledger();
      return rows.length >= 12 ? rows : undefined;
    }, { timeoutMs: 5_000, intervalMs: 20 });

    expect(new Set(ledger.map((row) => row.amount))).toEqual(new Set(Array.from({ length: 12 }, (_, seq) => seq)));
    expect(notifications).toBe(0);
  });

  it('wakes nothing for a transaction that rolled back, and NOTIFYs when the client is not wrapped', async () => {
    await (await harness.startReplica('probe')).close();
    const relay = harness.startRelay({ pollMs: 60_000 });
    harness.outbox.attachRelay(relay);
    const db = withAfterCommit(harness.db);

    await expect(
      db.$transaction(async (tx) => {
        await harness.outbox.add(tx, LEDGER_EVENT, 'acct-0', entry(0));
        throw new Error('the business rule said no');
      }),
    ).rejects.toThrow('the business rule said no');
    expect(await harness.db.outboxEvent.count()).toBe(0);

    // Another writer of the database (a client without the wrapper): its row NOTIFYs.
    await harness.db.$transaction((tx) => harness.outbox.add(tx, LEDGER_EVENT, 'acct-1', entry(1)));
    await waitFor('the NOTIFY', async () => (notifications > 0 ? true : undefined), { timeoutMs: 5_000, intervalMs: 20 });
    await waitFor('the row published', async () => ((await harness.db.outboxEvent.count({ where: { publishedAt: null } })) === 0 ? true : undefined), {
      timeoutMs: 5_000,
      intervalMs: 20,
    });
  });
});
