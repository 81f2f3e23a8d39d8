import { Client, Pool } from 'pg';
import { withPooledClient } from '../src/database/pooled-client';
import { resilientPool } from '../src/database/resilient-pool';

// The test server's maintenance database (libs/testing is not a dependency of this library).
const testServerUrl = () => process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

// A connection the server ends while it is checked out and idle (a failover, staff running
// pg_terminate_backend) emits an `error` event on the client: unhandled, Node ends the
// process. withPooledClient keeps the process alive and never pools the broken client.

describe(withPooledClient.name, () => {
  const pool = new Pool({ connectionString: testServerUrl(), max: 2, application_name: 'pooled-client-test' });
  pool.on('error', () => undefined);
  const admin = new Client({ connectionString: testServerUrl() });

  beforeAll(() => admin.connect());
  afterAll(async () => {
    await pool.end();
    await admin.end();
  });

  it('survives the server ending the connection between two queries, and drops that client', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    // Jest would catch an unhandled 'error' event as an uncaught exception of the test.
    process.on('uncaughtException', onUncaught);
    try {
      const outcome = await withPooledClient(pool, async (client) => {
        const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
        // Idle between queries, as the outbox relay is while it awaits JetStream's acks.
        await new Promise((resolve) => setTimeout(resolve, 300));
        return client.query('SELECT 1').then(
          () => 'answered',
          (error: Error) => error.message,
        );
      });
      expect(outcome).not.toBe('answered');
      expect(uncaught).toEqual([]);
      expect(pool.totalCount).toBe(0);
      // The pool hands out a fresh connection next.
      const answer = await withPooledClient(pool, async (client) => (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one);
      expect(answer).toBe(1);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });

  it('drops a client the work declares broken (a ROLLBACK that failed)', async () => {
    await withPooledClient(pool, async (client) => client.query('SELECT 1'));
    expect(pool.totalCount).toBe(1);
    await withPooledClient(pool, async (client, markBroken) => {
      await client.query('SELECT 1');
      markBroken();
    });
    expect(pool.totalCount).toBe(0);
  });
});

describe(resilientPool.name, () => {
  it('keeps the process alive when a checked-out client nobody listens to loses its connection', async () => {
    const pool = resilientPool({ connectionString: testServerUrl(), max: 1 });
    const admin = new Client({ connectionString: testServerUrl() });
    await admin.connect();
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      // Checked out and idle, its holder not listening: as Prisma's adapter holds a fresh connection.
      const client = await pool.connect();
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(uncaught).toEqual([]);
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release();
      // The broken client is not handed out again.
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
    } finally {
      process.off('uncaughtException', onUncaught);
      await pool.end();
      await admin.end();
    }
  });

  it('gives a dead checked-out client back although its holder never releases it (as Prisma after a failed COMMIT)', async () => {
    const pool = resilientPool({ connectionString: testServerUrl(), max: 1, connectionTimeoutMillis: 5_000 });
    const admin = new Client({ connectionString: testServerUrl() });
    await admin.connect();
    try {
      const holder = await pool.connect();
      await holder.query('BEGIN');
      const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      // The holder's COMMIT fails and it never calls release(): the only connection would be held for ever.
      await expect(holder.query('COMMIT')).rejects.toThrow();
      const next = await pool.connect();
      expect((await next.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
      next.release();
      // A late release by the holder is harmless (pg would throw on a second release).
      expect(() => holder.release()).not.toThrow();
      expect(pool.totalCount).toBe(1);
    } finally {
      await pool.end();
      await admin.end();
    }
  });
});
