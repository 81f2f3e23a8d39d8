import { claimAndMark, connectedTestDatabase, planNodes, scansAndSorts, type ConnectedTestDatabase } from '@scn/testing';
import type { Client } from 'pg';
import { CLAIM_QUEUED_NOTIFICATIONS, DISPATCH_BATCH } from '../src/deliveries/infra/delivery-dispatch';
import { CLAIM_ROWS_TO_SYNC, SYNC_BATCH } from '../src/reminders/infra/reminder-sync';

/**
 * The loops that hand work to Redis claim it batch by batch, oldest first, ties broken by id.
 * Rows one statement wrote share its `now()` (a season's reminders, an announcement's
 * notifications): each claim must take its batch in index order, not read and sort the whole
 * tie for every batch (93 ms a claim with 100,000 tied reminders when the index was keyed on
 * the time alone, 0.7 ms now).
 */
describe('batch claims over rows that tie on their time', () => {
  const TIED = 3_000;
  // Plain pg: the claims' SQL as written, the plan PostgreSQL picks for it.
  let testDb: ConnectedTestDatabase;
  let db: Client;
  // The ids in the order the claims must take them (inserted in reverse).
  const reminderIds = Array.from({ length: TIED }, (_, i) => `r-${String(i).padStart(5, '0')}`);
  const notificationIds = Array.from({ length: TIED }, (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`);

  beforeAll(async () => {
    testDb = await connectedTestDatabase('notifications');
    db = testDb.client;
    // One statement each: every row shares its now().
    await db.query(
      `INSERT INTO reminders (id, kind, subject_id, due_at, status, payload, sync_needed, updated_at)
       SELECT 'r-' || lpad((${TIED} - i)::text, 5, '0'), 'window-closing-7d', gen_random_uuid(), now() + interval '30 days', 'pending', '{}', true, now()
         FROM generate_series(1, ${TIED}) AS i`,
    );
    await db.query(
      `INSERT INTO notifications (id, source_key, target_key, channel, type, category, payload, title, body, updated_at)
       SELECT ('00000000-0000-7000-8000-' || lpad((${TIED} - i)::text, 12, '0'))::uuid, 'announcement:bench', 'recipient:' || i, 'inbox',
              'announcement.sent', 'announcements', '{}', 'Title', 'Body', now()
         FROM generate_series(1, ${TIED}) AS i`,
    );
    await db.query('ANALYZE reminders, notifications');
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  describe('the reminder scheduler', () => {
    it('reads its batch from reminders_sync_needed_idx in order, sorting nothing', async () => {
      const plan = await planNodes(db, CLAIM_ROWS_TO_SYNC, [SYNC_BATCH]);
      expect(scansAndSorts(plan)).toEqual({ indexScans: ['reminders_sync_needed_idx'], sorts: [] });
    });

    it('takes the tied rows by id, batch after batch', async () => {
      const mark = `UPDATE reminders SET sync_needed = false WHERE id = ANY($1::text[])`;
      expect(await claimAndMark(db, CLAIM_ROWS_TO_SYNC, [SYNC_BATCH], mark)).toEqual(reminderIds.slice(0, SYNC_BATCH));
      expect(await claimAndMark(db, CLAIM_ROWS_TO_SYNC, [SYNC_BATCH], mark)).toEqual(reminderIds.slice(SYNC_BATCH, 2 * SYNC_BATCH));
    });
  });

  describe('the delivery dispatcher', () => {
    it('reads its batch from notifications_to_enqueue_idx in order, sorting nothing', async () => {
      const plan = await planNodes(db, CLAIM_QUEUED_NOTIFICATIONS);
      expect(scansAndSorts(plan)).toEqual({ indexScans: ['notifications_to_enqueue_idx'], sorts: [] });
    });

    it('takes the tied rows by id, batch after batch', async () => {
      const mark = `UPDATE notifications SET enqueued_at = now() WHERE id = ANY($1::uuid[])`;
      expect(await claimAndMark(db, CLAIM_QUEUED_NOTIFICATIONS, [], mark)).toEqual(notificationIds.slice(0, DISPATCH_BATCH));
      expect(await claimAndMark(db, CLAIM_QUEUED_NOTIFICATIONS, [], mark)).toEqual(notificationIds.slice(DISPATCH_BATCH, 2 * DISPATCH_BATCH));
    });
  });
});
