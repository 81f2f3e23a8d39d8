import { DeliveryRecorder } from '../src/deliveries/infra/delivery-recorder';
import { emailWaitingForRetry, startWithFailingEmail } from './support/failing-email';
import { NotificationsUnderTest, testAccount } from './support/notifications-harness';

// The delivery worker's successes are written by one statement per batch (status, attempt,
// notification.delivered event; issue #16). A notification that comes twice in a batch is
// moved and told once, each try still recorded; one no longer queued is told nothing.

describe('recording deliveries in batches', () => {
  const staff = testAccount('Ines', 'en', [{ role: 'network-staff', scopeIds: [] }]);
  let harness: NotificationsUnderTest;

  beforeAll(async () => {
    // Every email try fails and waits a minute for its retry: a queued email stays for the test to act on.
    harness = await startWithFailingEmail(staff);
  });
  afterAll(() => harness?.stop());

  const eventsOf = (notificationId: string) =>
    harness.db.$queryRawUnsafe<Array<{ type: string; payload: { data: { attempts: number } } }>>(
      `SELECT type, payload FROM outbox_events WHERE aggregate = $1`,
      notificationId,
    );

  it('moves and tells once a notification delivered twice in one batch, records both tries; tells nothing of one already moved', async () => {
    await harness.rpc.call('notifications', 'announcements.send', { title: 'Twin towns day', body: 'Saturday.', audience: 'staff' }, { caller: staff.caller });
    const email = await emailWaitingForRetry(harness, staff);
    const recorder = harness.service.app.get(DeliveryRecorder);
    const queued = await recorder.loadQueued(email.id);
    expect(queued).not.toBeNull();

    const startedAt = new Date();
    // Called in the same turn: one batch, one statement.
    await Promise.all([
      recorder.delivered(queued!, { outcome: 'sent', responseStatus: 250 }, startedAt),
      recorder.delivered(queued!, { outcome: 'sent', responseStatus: 250 }, startedAt),
    ]);

    const after = await harness.db.notification.findUniqueOrThrow({ where: { id: email.id } });
    expect(after).toMatchObject({ status: 'sent', attempts: 2, statusReason: null });
    expect(after.deliveredAt).not.toBeNull();
    const tries = await harness.db.deliveryAttempt.findMany({ where: { notificationId: email.id }, orderBy: { startedAt: 'asc' } });
    expect(tries.map((t) => t.outcome)).toEqual(['retrying', 'sent', 'sent']);
    expect(tries.slice(1).map((t) => t.responseStatus)).toEqual([250, 250]);
    const events = await eventsOf(email.id);
    expect(events.map((e) => e.type)).toEqual(['notification.delivered.v1']);
    expect(events[0]!.payload.data.attempts).toBe(2);

    // Already sent: the try is recorded, the status and the events stay as they were.
    await recorder.delivered(queued!, { outcome: 'sent', responseStatus: 250 }, new Date());
    expect(await harness.db.notification.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await harness.db.deliveryAttempt.count({ where: { notificationId: email.id } })).toBe(4);
    expect((await eventsOf(email.id)).map((e) => e.type)).toEqual(['notification.delivered.v1']);
  });
});
