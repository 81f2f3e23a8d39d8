import { waitFor } from '@scn/testing';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DeliveryQueue } from '../src/deliveries/infra/delivery-queue';
import { NotificationDispatcher } from '../src/deliveries/transport/notification-dispatch.scheduler';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// Reconciliation gives a queued notification whose job Redis lost a job again. A job is
// lost also when a remnant of its hash is left (a worker wrote its bookkeeping back after
// the keys were deleted under it): BullMQ would refuse a new job of that id.

/** A loopback port nothing listens on: every email try fails and is retried later. */
async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('delivery reconciliation', () => {
  const staff = testAccount('Noor', 'en', [{ role: 'network-staff', scopeIds: [] }]);
  let harness: NotificationsUnderTest;

  beforeAll(async () => {
    harness = await NotificationsUnderTest.start({
      ...FAST_DELIVERY_ENV,
      SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
      // The failed try waits a minute for its retry: the job sits in the delayed set meanwhile.
      DELIVERY_BACKOFF_BASE_MS: '60000',
      DELIVERY_BACKOFF_MAX_MS: '60000',
    });
    await announceAccount(harness, staff);
    await waitFor('the staff member to be known', async () => (await harness.db.recipient.count({ where: { accountId: staff.accountId } })) === 1);
  });
  afterAll(() => harness?.stop());

  it('gives a job again to a queued email whose job is only a remnant of its hash', async () => {
    await harness.rpc.call('notifications', 'announcements.send', { title: 'Board meeting', body: 'Tuesday.', audience: 'staff' }, { caller: staff.caller });
    const email = await waitFor('the email tried once and waiting for its retry', async () => {
      const row = await harness.db.notification.findFirst({ where: { channel: 'email', recipient: { accountId: staff.accountId } } });
      return row && row.status === 'queued' && row.attempts === 1 ? row : undefined;
    });
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
});
