import { createTestDatabase, type TestDatabase } from '@scn/testing';
import { Client } from 'pg';
import { CLAIM_ROWS_TO_SYNC, SYNC_BATCH } from '../src/reminders/infra/reminder-sync';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * The scheduler's claim on a table where one statement flagged many rows at once (they share
 * its `now()`): it must take its batch in index order, not read and sort every tied row for
 * each batch (93 ms a claim with 100,000 tied rows when the index was keyed on updated_at alone).
 */
describe('reminder sync: the claim of flagged rows', () => {
  const TIED = 3 * SYNC_BATCH;
  let database: TestDatabase;
  // Plain pg, as the scheduler's BulkSql runs the claim.
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase('notifications');
    db = new Client({ connectionString: database.url });
    await db.connect();
    // One statement: every row gets the same updated_at; the ids come in reverse of their order.
    await db.query(
      `INSERT INTO reminders (id, kind, subject_id, due_at, status, payload, sync_needed, updated_at)
       SELECT 'r-' || lpad((${TIED} - i)::text, 5, '0'), 'window-closing-7d', gen_random_uuid(), now() + interval '30 days', 'pending', '{}', true, now()
         FROM generate_series(1, ${TIED}) AS i`,
    );
    await db.query('ANALYZE reminders');
  });

  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  it('reads its batch from reminders_sync_needed_idx in order, with no sort, however many rows tie', async () => {
    const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${CLAIM_ROWS_TO_SYNC}`, [SYNC_BATCH]);
    const nodes = nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan);
    expect(nodes.map((node) => node['Node Type'])).not.toEqual(expect.arrayContaining([expect.stringMatching(/Sort/)]));
    expect(nodes.find((node) => node['Node Type'] === 'Index Scan')?.['Index Name']).toBe('reminders_sync_needed_idx');
  });

  it('takes the tied rows by id, one batch after another', async () => {
    const claim = async () => (await db.query<{ id: string }>(CLAIM_ROWS_TO_SYNC, [SYNC_BATCH])).rows.map((row) => row.id);
    await db.query('BEGIN');
    const first = await claim();
    await db.query(`UPDATE reminders SET sync_needed = false WHERE id = ANY($1::text[])`, [first]);
    await db.query('COMMIT');
    const second = await claim();
    const ids = Array.from({ length: TIED }, (_, i) => `r-${String(i).padStart(5, '0')}`);
    expect(first).toEqual(ids.slice(0, SYNC_BATCH));
    expect(second).toEqual(ids.slice(SYNC_BATCH, 2 * SYNC_BATCH));
  });
});
