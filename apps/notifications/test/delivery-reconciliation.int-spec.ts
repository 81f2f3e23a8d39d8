import { waitFor } from '@scn/testing';
import { DeliveryQueue } from '../src/deliveries/infra/delivery-queue';
import { NotificationDispatcher } from '../src/deliveries/transport/notification-dispatch.scheduler';
import { emailWaitingForRetry, startWithFailingEmail } from './support/failing-email';
import { NotificationsUnderTest, testAccount } from './support/notifications-harness';

// Reconciliation gives a queued notification whose job Redis lost a job again. A job is
// lost also when a remnant of its hash is left (a worker wrote its bookkeeping back after
// the keys were deleted under it), or its whole hash without its place in a set or list
// (a flush by scan and delete): BullMQ would refuse a new job of that id.

describe('delivery reconciliation', () => {
  const staff = testAccount('Noor', 'en', [{ role: 'network-staff', scopeIds: [] }]);
  let harness: NotificationsUnderTest;

  beforeAll(async () => {
    // Every email try fails and waits a minute for its retry: a queued email stays for the test to act on.
    harness = await startWithFailingEmail(staff);
  });
  afterAll(() => harness?.stop());

  it('gives a job again to a queued email whose job is only a remnant of its hash', async () => {
    await harness.rpc.call('notifications', 'announcements.send', { title: 'Board meeting', body: 'Tuesday.', audience: 'staff' }, { caller: staff.caller });
    const email = await emailWaitingForRetry(harness, staff);
    const queue = harness.service.app.get(DeliveryQueue);
    const key = queue.jobKey(email.id, 'email');
    expect(await harness.redis.hexists(key, 'data')).toBe(1);
    const dispatcher = harness.service.app.get(NotificationDispatcher);
    expect(await dispatcher.reconcile()).toBe(0);

    // What a flush under a running worker can leave: the job gone from its set, a few fields of its hash back.
    await harness.redis.del(key);
    await harness.redis.zrem(queue.queue.toKey('delayed'), email.id);
    await harness.redis.hset(key, 'ats', '2', 'processedOn', String(Date.now()));

    expect(await dispatcher.reconcile()).toBe(1);
    await waitFor('a whole job again', async () => ((await harness.redis.hexists(key, 'data')) === 1 ? true : undefined));
    expect(JSON.parse((await harness.redis.hget(key, 'data')) ?? '{}')).toEqual({ notificationId: email.id });
  });

  it('gives a job again to a queued email whose whole hash outlived its place in the delayed set', async () => {
    const earlier = (await harness.db.notification.findMany({ select: { id: true } })).map((row) => row.id);
    await harness.rpc.call('notifications', 'announcements.send', { title: 'Budget review', body: 'Thursday.', audience: 'staff' }, { caller: staff.caller });
    const email = await waitFor('the new email tried once and waiting for its retry', async () => {
      const row = await harness.db.notification.findFirst({ where: { channel: 'email', id: { notIn: earlier } } });
      return row && row.status === 'queued' && row.attempts === 1 ? row : undefined;
    });
    const queue = harness.service.app.get(DeliveryQueue);
    const dispatcher = harness.service.app.get(NotificationDispatcher);
    const delayed = queue.queue.toKey('delayed');
    await waitFor('its job waiting for the retry', async () => ((await harness.redis.zscore(delayed, email.id)) !== null ? true : undefined));
    expect(await dispatcher.reconcile()).toBe(0);

    // What a flush by scan and delete can leave: the job's hash whole, its entry in the delayed set gone.
    await harness.redis.zrem(delayed, email.id);
    expect(await harness.redis.hexists(queue.jobKey(email.id, 'email'), 'data')).toBe(1);

    expect(await dispatcher.reconcile()).toBe(1);
    await waitFor('its job back in a set BullMQ runs', async () => (['delayed', 'waiting', 'active'].includes(await queue.queue.getJobState(email.id)) ? true : undefined));
  });
});
