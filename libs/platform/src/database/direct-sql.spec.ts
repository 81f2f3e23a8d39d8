import { TransactionClosedError, TransactionScope } from './direct-sql';

/** Stands for @prisma/adapter-pg's transaction: its connection (`client`) and how Prisma ends it. */
function fakeTransaction() {
  const sent: string[] = [];
  const client = {
    query: async (text: string, values?: unknown[]) => {
      sent.push(values?.length ? `${text} ${JSON.stringify(values)}` : text);
      return { rows: [{ one: 1 }], rowCount: 1 };
    },
  };
  const transaction = {
    client,
    executeRaw: async (query: { sql: string }) => (await client.query(query.sql)).rowCount,
    commit: async () => undefined,
    rollback: async () => undefined,
  };
  return { transaction, sent };
}

describe(TransactionScope.name, () => {
  it('has no direct path until a transaction is attached', () => {
    expect(new TransactionScope().sql()).toBeUndefined();
  });

  it("sends statements on the attached transaction's connection, with their values", async () => {
    const scope = new TransactionScope();
    const { transaction, sent } = fakeTransaction();
    scope.attach(transaction);
    expect(await scope.sql()!.$executeRawUnsafe('INSERT INTO t VALUES ($1)', 'x')).toBe(1);
    expect(await scope.sql()!.$queryRawUnsafe('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(sent).toEqual(['INSERT INTO t VALUES ($1) ["x"]', 'SELECT 1 AS one']);
  });

  it.each(['COMMIT', 'ROLLBACK', ' rollback'])('refuses statements from the moment Prisma sends %s', async (end) => {
    const scope = new TransactionScope();
    const { transaction, sent } = fakeTransaction();
    scope.attach(transaction);
    const direct = scope.sql()!;
    const ending = transaction.executeRaw({ sql: end });
    await expect(direct.$executeRawUnsafe('INSERT INTO t VALUES (1)')).rejects.toBeInstanceOf(TransactionClosedError);
    await ending;
    expect(sent).toEqual([end]);
  });

  it.each(['commit', 'rollback'] as const)('refuses statements once the adapter is told to %s (the driver ends it itself)', async (end) => {
    const scope = new TransactionScope();
    const { transaction } = fakeTransaction();
    scope.attach(transaction);
    await transaction[end]();
    await expect(scope.sql()!.$queryRawUnsafe('SELECT 1')).rejects.toBeInstanceOf(TransactionClosedError);
  });

  it("keeps the first transaction attached: a later one started in the scope is not its own", async () => {
    const scope = new TransactionScope();
    const first = fakeTransaction();
    const second = fakeTransaction();
    scope.attach(first.transaction);
    scope.attach(second.transaction);
    await scope.sql()!.$executeRawUnsafe('SELECT 1');
    expect(first.sent).toEqual(['SELECT 1']);
    expect(second.sent).toEqual([]);
  });

  it('leaves the Prisma path when the adapter keeps no usable connection', () => {
    const scope = new TransactionScope();
    const { transaction } = fakeTransaction();
    scope.attach({ ...transaction, client: { notQuery: true } } as unknown as typeof transaction);
    expect(scope.sql()).toBeUndefined();
  });

  it("leaves the Prisma path when the transaction's end cannot be watched (an adapter that ends it another way)", () => {
    const scope = new TransactionScope();
    const { transaction } = fakeTransaction();
    expect(() => scope.attach({ client: transaction.client, executeRaw: transaction.executeRaw } as unknown as typeof transaction)).not.toThrow();
    expect(scope.sql()).toBeUndefined();
  });
});
