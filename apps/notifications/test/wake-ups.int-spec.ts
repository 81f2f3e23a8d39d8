import type { PrismaClient } from '@scn-prisma/notifications';
import { waitFor } from '@scn/testing';
import { Client, type Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { DISPATCH_CHANNEL } from '../src/notifying/infra/dispatch-channel';
import { insertNotifications, type NotificationRow } from '../src/notifying/infra/notification-rows';
import { applyReminderChanges, REMINDER_SYNC_CHANNEL } from '../src/reminders/infra/reminder-rows';
import { BothTransactions } from './support/both-transactions';

// The writes that give the dispatcher and the scheduler work wake them in the same statement
// (a NOTIFY, delivered on commit; issue #16: one round trip fewer per event). They must wake
// them exactly when there is work: the services poll only every few seconds otherwise.

describe('the NOTIFYs riding on the writes', () => {
  let both: BothTransactions;
  let db: PrismaClient;
  let pool: Pool;
  let listener: Client;
  const heard: string[] = [];

  beforeAll(async () => {
    both = await BothTransactions.create();
    ({ db, pool } = both);
    listener = new Client({ connectionString: both.database.url });
    await listener.connect();
    listener.on('notification', (message) => heard.push(message.channel));
    await listener.query(`LISTEN ${DISPATCH_CHANNEL}`);
    await listener.query(`LISTEN ${REMINDER_SYNC_CHANNEL}`);
  });
  afterAll(async () => {
    await listener?.end();
    await both?.dispose();
  });

  /**
   * The channels woken by `write`'s commit. A marker NOTIFY sent after the commit on another
   * connection bounds the wait: notifications arrive in commit order, so once the marker is
   * heard, anything the write sent has been heard too.
   */
  async function wokenBy(write: () => Promise<unknown>): Promise<string[]> {
    heard.length = 0;
    await write();
    const marker = `marker_${uuidv7().replace(/-/g, '')}`;
    await listener.query(`LISTEN ${marker}`);
    await pool.query(`SELECT pg_notify('${marker}', '')`);
    await waitFor('the marker', () => heard.includes(marker), { timeoutMs: 5_000 });
    await listener.query(`UNLISTEN ${marker}`);
    return heard.filter((channel) => channel !== marker);
  }

  describe.each(BothTransactions.KINDS)('in %s', (_kind, transactionsOf) => {
    const client = () => transactionsOf(both);
    it('wakes the dispatcher when notifications are inserted, and not for a plan made again', async () => {
      const recipient = await db.recipient.create({ data: { id: uuidv7(), email: `${uuidv7()}@test.scn`, displayName: 'Ana' } });
      const row = (channel: 'email' | 'inbox'): NotificationRow => ({
        id: uuidv7(),
        sourceKey: 'event:wake-up-test',
        targetKey: `recipient:${recipient.id}`,
        recipientId: recipient.id,
        endpointId: null,
        channel,
        type: 'announcement',
        category: 'announcements',
        critical: false,
        language: 'en',
        payload: { title: 'Assembly' },
        title: 'Assembly',
        body: 'On 12 March.',
        status: 'queued',
        statusReason: null,
        notBefore: null,
        inDigest: false,
      });
      const rows = [row('email'), row('inbox')];
      let inserted = -1;
      expect(await wokenBy(() => client().$transaction(async (tx) => (inserted = await insertNotifications(tx, rows))))).toEqual([DISPATCH_CHANNEL]);
      expect(inserted).toBe(2);
      // The same (cause, target, channel) again: nothing inserted, nobody woken.
      expect(await wokenBy(() => client().$transaction(async (tx) => (inserted = await insertNotifications(tx, rows.map((r) => ({ ...r, id: uuidv7() }))))))).toEqual([]);
      expect(inserted).toBe(0);
      // Rolled back: the NOTIFY goes with the rows.
      await expect(
        wokenBy(() =>
          client().$transaction(async (tx) => {
            await insertNotifications(tx, [{ ...row('email'), sourceKey: 'event:rolled-back' }]);
            throw new Error('rolled back');
          }),
        ),
      ).rejects.toThrow('rolled back');
      expect(await db.notification.count({ where: { sourceKey: 'event:rolled-back' } })).toBe(0);
    });

    it('wakes the scheduler for a new, moved or cancelled reminder, not for facts refreshed alone', async () => {
      const subjectId = uuidv7();
      const id = `window-closing-7d_${subjectId}`;
      const dueAt = new Date('2027-01-25T09:00:00Z');
      const apply = (changes: Parameters<typeof applyReminderChanges>[1]) => wokenBy(() => client().$transaction((tx) => applyReminderChanges(tx, changes)));

      expect(await apply([{ op: 'create', reminder: { id, kind: 'window-closing-7d', subjectId, dueAt, payload: { title: 'Summer' } } }])).toEqual([REMINDER_SYNC_CHANNEL]);
      await db.reminder.update({ where: { id }, data: { syncNeeded: false } });

      expect(await apply([{ op: 'refresh', id, payload: { title: 'Summer in Lyon' } }])).toEqual([]);
      expect(await db.reminder.findUniqueOrThrow({ where: { id } })).toMatchObject({ payload: { title: 'Summer in Lyon' }, syncNeeded: false });

      const later = new Date('2027-01-26T09:00:00Z');
      expect(await apply([{ op: 'reschedule', id, dueAt: later, payload: { title: 'Summer in Lyon' } }])).toEqual([REMINDER_SYNC_CHANNEL]);
      expect(await db.reminder.findUniqueOrThrow({ where: { id } })).toMatchObject({ dueAt: later, syncNeeded: true });

      expect(await apply([{ op: 'cancel', id, reason: 'program cancelled' }])).toEqual([REMINDER_SYNC_CHANNEL]);
      expect(await db.reminder.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'cancelled', statusReason: 'program cancelled' });
    });
  });
});
