import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@scn-prisma/messaging-test';
import { DirectSqlPrismaPg, directSqlOf, resilientPool, TransactionClosedError, withAfterCommit } from '@scn/platform';
import { createTestDatabase, type TestDatabase } from '@scn/testing';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { Outbox } from '@scn/messaging';
import { LEDGER_EVENT, ledgerCatalogue } from './ledger-fixture';

// A Prisma interactive transaction's own connection, for the outbox's insert (issue #16):
// the same transaction as Prisma's statements, refused once the transaction has ended.
describe('direct SQL on a Prisma transaction’s connection', () => {
  let database: TestDatabase;
  let pool: Pool;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase('messaging-test');
    pool = resilientPool({ connectionString: database.url, max: 6 });
    // As DatabaseModule makes a service's client.
    db = withAfterCommit(new PrismaClient({ adapter: new DirectSqlPrismaPg(pool) }));
  });
  afterAll(async () => {
    await db.$disconnect();
    await pool.end().catch(() => undefined);
    await database.drop();
  });
  beforeEach(() => db.$executeRawUnsafe('TRUNCATE ledger_entries, outbox_events'));

  const ledgerInsert = `INSERT INTO ledger_entries (event_id, account, amount, handled_by) VALUES ($1::uuid, $2, 1, 'direct')`;
  const accounts = async () => (await db.ledgerEntry.findMany({ orderBy: { account: 'asc' } })).map((row) => row.account);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("runs in the transaction's own session and transaction, and commits or rolls back with Prisma's statements", async () => {
    const seen = await db.$transaction(async (tx) => {
      const direct = directSqlOf(tx);
      expect(direct).toBeDefined();
      const [prismaSide] = await tx.$queryRawUnsafe<Array<{ pid: number; xid: string }>>('SELECT pg_backend_pid() AS pid, txid_current()::text AS xid');
      const [directSide] = await direct!.$queryRawUnsafe<Array<{ pid: number; xid: string }>>('SELECT pg_backend_pid() AS pid, txid_current()::text AS xid');
      await tx.ledgerEntry.create({ data: { eventId: randomUUID(), account: 'by prisma', amount: 1, handledBy: 'prisma' } });
      await direct!.$executeRawUnsafe(ledgerInsert, randomUUID(), 'direct');
      return { prismaSide, directSide };
    });
    expect(seen.directSide).toEqual(seen.prismaSide);
    expect(await accounts()).toEqual(['by prisma', 'direct']);

    await expect(
      db.$transaction(async (tx) => {
        await tx.ledgerEntry.create({ data: { eventId: randomUUID(), account: 'rolled back (prisma)', amount: 1, handledBy: 'prisma' } });
        await directSqlOf(tx)!.$executeRawUnsafe(ledgerInsert, randomUUID(), 'rolled back (direct)');
        throw new Error('the command fails');
      }),
    ).rejects.toThrow('the command fails');
    expect(await accounts()).toEqual(['by prisma', 'direct']);
  });

  it('keeps concurrent transactions apart: each direct statement lands in its own transaction', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        db.$transaction(async (tx) => {
          await directSqlOf(tx)!.$executeRawUnsafe(ledgerInsert, randomUUID(), `account ${String(i).padStart(2, '0')}`);
          await sleep(i % 3);
          if (i % 4 === 0) throw new Error('rolled back on purpose');
          await tx.ledgerEntry.create({ data: { eventId: randomUUID(), account: `account ${String(i).padStart(2, '0')} (prisma)`, amount: 1, handledBy: 'prisma' } });
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(6);
    const kept = Array.from({ length: 24 }, (_, i) => i).filter((i) => i % 4 !== 0);
    const expected = kept.flatMap((i) => [`account ${String(i).padStart(2, '0')}`, `account ${String(i).padStart(2, '0')} (prisma)`]).sort();
    expect(await accounts()).toEqual(expected);
  });

  it('refuses a statement sent after the commit: it never runs outside the transaction', async () => {
    let direct: ReturnType<typeof directSqlOf>;
    await db.$transaction(async (tx) => {
      direct = directSqlOf(tx);
    });
    await expect(direct!.$executeRawUnsafe(ledgerInsert, randomUUID(), 'after the commit')).rejects.toBeInstanceOf(TransactionClosedError);
    expect(await accounts()).toEqual([]);
  });

  it("refuses the late statements of a transaction Prisma rolled back at its timeout, and the connection's next user is not touched", async () => {
    let late: Promise<unknown> | undefined;
    const timedOut = db.$transaction(
      async (tx) => {
        await directSqlOf(tx)!.$executeRawUnsafe(ledgerInsert, randomUUID(), 'before the timeout');
        await sleep(400);
        late = directSqlOf(tx)!.$executeRawUnsafe(ledgerInsert, randomUUID(), 'after the timeout');
        await late;
      },
      { timeout: 150 },
    );
    // Between the timeout and the late statement, the released connection serves others'
    // transactions (six, as many as the pool has connections): the late statement must not
    // land in one of them.
    await sleep(200);
    await Promise.all(Array.from({ length: 6 }, (_, i) => db.$transaction((tx) => tx.ledgerEntry.create({ data: { eventId: randomUUID(), account: `other ${i}`, amount: 1, handledBy: 'prisma' } }))));
    // Prisma passes on the callback's own failure: the refused late statement.
    await expect(timedOut).rejects.toThrow(/already rolled back .*timeout/);
    await expect(late).rejects.toBeInstanceOf(TransactionClosedError);
    expect(await accounts()).toEqual(['other 0', 'other 1', 'other 2', 'other 3', 'other 4', 'other 5']);
  });

  it('is not there outside such a transaction: over a plain adapter, or outside any transaction', async () => {
    const plain = withAfterCommit(new PrismaClient({ adapter: new PrismaPg(pool) }));
    expect(await plain.$transaction(async (tx) => directSqlOf(tx))).toBeUndefined();
    expect(directSqlOf(db)).toBeUndefined();
    // Not $disconnect: it would end the shared pool.
  });

  it("carries the outbox's inserts, one and many, in and out with the business transaction", async () => {
    const outbox = new Outbox('direct-sql-test', ledgerCatalogue);
    await db.$transaction(async (tx) => {
      await outbox.add(tx, LEDGER_EVENT, 'acct-1', { account: 'acct-1', amount: 1, seq: 1 });
      await outbox.addMany(tx, [
        { type: LEDGER_EVENT, subject: 'acct-2', data: { account: 'acct-2', amount: 2, seq: 2 } },
        { type: LEDGER_EVENT, subject: 'acct-3', data: { account: 'acct-3', amount: 3, seq: 3 } },
      ]);
    });
    await expect(
      db.$transaction(async (tx) => {
        await outbox.add(tx, LEDGER_EVENT, 'acct-4', { account: 'acct-4', amount: 4, seq: 4 });
        throw new Error('the command fails');
      }),
    ).rejects.toThrow('the command fails');
    const rows = await db.$queryRawUnsafe<Array<{ aggregate: string; seq: number }>>(
      `SELECT aggregate, (payload->'data'->>'seq')::int AS seq FROM outbox_events ORDER BY seq`,
    );
    expect(rows).toEqual([
      { aggregate: 'acct-1', seq: 1 },
      { aggregate: 'acct-2', seq: 2 },
      { aggregate: 'acct-3', seq: 3 },
    ]);
  });
});
