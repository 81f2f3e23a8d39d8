import { randomUUID } from 'node:crypto';
import { afterCommit } from '../src/database/after-commit';
import { PoolTransactions, TransactionTimeoutError } from '../src/database/pool-transactions';
import { resilientPool } from '../src/database/resilient-pool';

// The test server's maintenance database (libs/testing is not a dependency of this library).
const testServerUrl = () => process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

// Transactions on the pg pool, for sqlOnly event handlers (issue #16): what Prisma's
// interactive transactions promise — all or nothing, a timeout that rolls back, hooks that
// run after a commit only — without Prisma's layers.
describe(PoolTransactions.name, () => {
  const pool = resilientPool({ connectionString: testServerUrl(), max: 3, application_name: 'pool-transactions-test' });
  const db = new PoolTransactions(pool);
  const table = `pool_tx_test_${randomUUID().replace(/-/g, '')}`;
  const insert = (tx: { $executeRawUnsafe(q: string, ...v: unknown[]): Promise<number> }, value: string) =>
    tx.$executeRawUnsafe(`INSERT INTO ${table} (value) VALUES ($1)`, value);
  const values = async () => (await db.$queryRawUnsafe<Array<{ value: string }>>(`SELECT value FROM ${table} ORDER BY value`)).map((row) => row.value);

  beforeAll(() => db.$executeRawUnsafe(`CREATE TABLE ${table} (value text PRIMARY KEY)`));
  beforeEach(() => db.$executeRawUnsafe(`TRUNCATE ${table}`));
  afterAll(async () => {
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`);
    await pool.end();
  });

  it('commits what its function wrote when it resolves, and returns its result', async () => {
    const result = await db.$transaction(async (tx) => {
      await insert(tx, 'a');
      await insert(tx, 'b');
      return 'done';
    });
    expect(result).toBe('done');
    expect(await values()).toEqual(['a', 'b']);
  });

  it('rolls everything back when its function throws, and passes the error on', async () => {
    const failure = db.$transaction(async (tx) => {
      await insert(tx, 'a');
      await insert(tx, 'a'); // the primary key refuses it
    });
    await expect(failure).rejects.toThrow(/duplicate key/);
    expect(await values()).toEqual([]);
  });

  it('rolls back at its timeout, refuses the late statements of its function, and gives the connection back clean', async () => {
    let late: Promise<unknown> | undefined;
    const timedOut = db.$transaction(
      async (tx) => {
        await insert(tx, 'before');
        await new Promise((resolve) => setTimeout(resolve, 400));
        late = insert(tx, 'after the timeout');
        await late;
      },
      { timeout: 200 },
    );
    await expect(timedOut).rejects.toBeInstanceOf(TransactionTimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(late).rejects.toBeInstanceOf(TransactionTimeoutError);
    expect(await values()).toEqual([]);
    // The connection went back to the pool outside any transaction.
    const [left] = await db.$queryRawUnsafe<Array<{ n: number }>>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'pool-transactions-test' AND state LIKE 'idle in transaction%'",
    );
    expect(left!.n).toBe(0);
  });

  it('has PostgreSQL cancel a statement that runs past the timeout', async () => {
    await expect(db.$transaction((tx) => tx.$queryRawUnsafe('SELECT pg_sleep(5)'), { timeout: 300 })).rejects.toThrow();
    expect(await db.$transaction(async (tx) => (await tx.$queryRawUnsafe<Array<{ one: number }>>('SELECT 1 AS one'))[0]!.one)).toBe(1);
  });

  it('runs afterCommit hooks once committed, never after a rollback', async () => {
    const ran: string[] = [];
    await db.$transaction(async (tx) => {
      expect(afterCommit(tx, () => ran.push('committed'))).toBe(true);
      await insert(tx, 'a');
      expect(ran).toEqual([]);
    });
    await db
      .$transaction(async (tx) => {
        afterCommit(tx, () => ran.push('rolled back'));
        throw new Error('no');
      })
      .catch(() => undefined);
    expect(ran).toEqual(['committed']);
  });
});
