import { eventStream } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { Client } from 'pg';
import { LedgerHarness } from './ledger-fixture';

// The relay's claim says, row by row, whether an earlier unpublished row of the same
// aggregate is held by another relay: such an aggregate waits from there on, the others go.
describe('the outbox relay keeping each aggregate in order beside another relay', () => {
  let harness: LedgerHarness;
  let other: Client;

  beforeEach(async () => {
    harness = await LedgerHarness.create();
    other = new Client({ connectionString: harness.database.url });
    await other.connect();
  });
  afterEach(async () => {
    await other.end();
    await harness.dispose();
  });

  it('publishes nothing of an aggregate past a row another relay holds, and the rest at once', async () => {
    await (await harness.startReplica('probe')).close();
    const events = await harness.record([
      { account: 'acct-a', amount: 1, seq: 1 },
      { account: 'acct-b', amount: 2, seq: 2 },
      { account: 'acct-a', amount: 3, seq: 3 },
      { account: 'acct-b', amount: 4, seq: 4 },
      { account: 'acct-a', amount: 5, seq: 5 },
    ]);
    // "Another relay" holds the first row of acct-a, as in the middle of its batch.
    await other.query('BEGIN');
    await other.query('SELECT seq FROM outbox_events WHERE id = $1 FOR UPDATE', [events[0]!.id]);
    const relay = harness.startRelay({ pollMs: 60_000 });
    const published = async () =>
      (await harness.db.outboxEvent.findMany({ where: { publishedAt: { not: null } }, orderBy: { seq: 'asc' }, select: { id: true } })).map((row) => row.id);
    await waitFor('acct-b published', async () => ((await published()).length >= 2 ? true : undefined), { timeoutMs: 5_000, intervalMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await published()).toEqual([events[1]!.id, events[3]!.id]);

    await other.query('ROLLBACK');
    relay.wake();
    await waitFor('all published', async () => ((await published()).length === 5 ? true : undefined), { timeoutMs: 5_000, intervalMs: 20 });
    const jsm = await harness.connection.nc.jetstreamManager();
    const stream = eventStream(harness.namespace, 'partnerships').name;
    const order: string[] = [];
    for (let seq = 1; seq <= 5; seq++) order.push(JSON.parse((await jsm.streams.getMessage(stream, { seq })).string()).id as string);
    // acct-b's two went first; acct-a's three after, in their order.
    expect(order).toEqual([events[1]!.id, events[3]!.id, events[0]!.id, events[2]!.id, events[4]!.id]);
  });
});
