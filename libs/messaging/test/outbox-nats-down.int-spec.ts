import { NatsTestServer, waitFor } from '@scn/testing';
import { LedgerHarness } from './ledger-fixture';

describe('the outbox while NATS is down', () => {
  let nats: NatsTestServer;
  let harness: LedgerHarness;

  beforeEach(async () => {
    // A NATS server of this test's own: stopping it disturbs nobody else.
    nats = await NatsTestServer.start();
    harness = await LedgerHarness.create(nats.url);
  });
  afterEach(async () => {
    await nats.resume().catch(() => undefined);
    await harness.dispose();
    await nats.dispose();
  });

  it('keeps the events, then delivers all of them in order per aggregate when NATS returns', async () => {
    await harness.startReplica('replica');
    harness.startRelay();
    await harness.record([{ account: 'warm-up', amount: 0, seq: 0 }]);
    await waitFor('the warm-up event', async () => (await harness.ledger()).length === 1);

    await nats.stop();
    // The service keeps working: its transactions commit, events wait in the outbox.
    const accounts = ['amsterdam', 'busan', 'curitiba'];
    const written = await harness.record(
      Array.from({ length: 60 }, (_, i) => ({ account: accounts[i % 3]!, amount: i + 1, seq: i + 1 })),
    );
    expect(written).toHaveLength(60);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await harness.db.outboxEvent.count({ where: { publishedAt: null } })).toBe(60);
    expect(await harness.ledger()).toHaveLength(1);

    await nats.resume();
    const ledger = await waitFor(
      'every event after NATS returned',
      async () => {
        const rows = await harness.ledger();
        return rows.length >= 61 ? rows : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(ledger).toHaveLength(61);
    expect(await harness.db.outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
    for (const account of accounts) {
      const amounts = ledger.filter((row) => row.account === account).map((row) => row.amount);
      expect(amounts).toHaveLength(20);
      expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    }
  });
});
