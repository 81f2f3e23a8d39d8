import { claimAndMark, connectedTestDatabase, planNodes, scansAndSorts, type ConnectedTestDatabase } from '@scn/testing';
import type { Client } from 'pg';
import { DUE_OFFERS } from '../src/decisions/commands/lapse-due-offers/lapse-due-offers.handler';
import { CLAIM_DUE_DECISIONS } from '../src/decisions/commands/release-due-decisions/release-due-decisions.handler';

/**
 * The schedulers take due decisions and due offers batch by batch, earliest first, ties
 * broken by id. A matching run releases a season's decisions at one time, and its offers
 * share their deadline: each batch must come in index order, not by reading and sorting the
 * whole tie for every batch.
 */
describe('due decisions and offers that tie on their time', () => {
  const TIED = 3_000;
  const BATCH = 500;
  let testDb: ConnectedTestDatabase;
  // Plain pg: the handlers' SQL as written, the plan PostgreSQL picks for it.
  let db: Client;
  // The ids in the order the schedulers must take them (inserted in reverse).
  const ids = Array.from({ length: TIED }, (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`);
  const now = new Date().toISOString();

  beforeAll(async () => {
    testDb = await connectedTestDatabase('applications');
    db = testDb.client;
    // One statement: a season's decisions, each with an open offer, due at one time, an hour ago.
    await db.query(
      `INSERT INTO applications (id, applicant_id, season, status, updated_at, release_due_at, offer_state, offer_deadline)
       SELECT ('00000000-0000-7000-8000-' || lpad((${TIED} - i)::text, 12, '0'))::uuid, gen_random_uuid(), 2030, 'submitted', now(),
              now() - interval '1 hour', 'open', now() - interval '1 hour'
         FROM generate_series(1, ${TIED}) AS i`,
    );
    await db.query('ANALYZE applications');
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  describe('the release of due decisions', () => {
    it('reads its batch from applications_release_due_idx in order, sorting nothing', async () => {
      const plan = await planNodes(db, CLAIM_DUE_DECISIONS, [now, BATCH]);
      expect(scansAndSorts(plan)).toEqual({ indexScans: ['applications_release_due_idx'], sorts: [] });
    });

    it('takes the tied decisions by id, batch after batch', async () => {
      const mark = `UPDATE applications SET decision_released_at = now() WHERE id = ANY($1::uuid[])`;
      expect(await claimAndMark(db, CLAIM_DUE_DECISIONS, [now, BATCH], mark)).toEqual(ids.slice(0, BATCH));
      expect(await claimAndMark(db, CLAIM_DUE_DECISIONS, [now, BATCH], mark)).toEqual(ids.slice(BATCH, 2 * BATCH));
    });
  });

  describe('the lapse of due offers', () => {
    it('reads them from applications_open_offer_idx in order, sorting nothing', async () => {
      const plan = await planNodes(db, DUE_OFFERS, [now]);
      expect(scansAndSorts(plan)).toEqual({ indexScans: ['applications_open_offer_idx'], sorts: [] });
    });

    it('takes the tied offers by id', async () => {
      const { rows } = await db.query<{ id: string }>(DUE_OFFERS, [now]);
      expect(rows.map((row) => row.id)).toEqual(ids.slice(0, 1_000));
    });
  });
});
