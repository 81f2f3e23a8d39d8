import { waitFor } from '@scn/testing';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, type TestAccount } from './notifications-harness';

/** A loopback port nothing listens on: a connection to it is refused at once. */
export async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The service's settings under which every email try fails (the SMTP relay's port is
 * closed) and waits a minute for its retry: an email stays queued with its job in the
 * delayed set, for a test to act on meanwhile.
 */
export async function failingEmailEnv(): Promise<Record<string, string>> {
  return {
    ...FAST_DELIVERY_ENV,
    SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
    DELIVERY_BACKOFF_BASE_MS: '60000',
    DELIVERY_BACKOFF_MAX_MS: '60000',
  };
}

/** The service under `failingEmailEnv`, with `account` known as a recipient. */
export async function startWithFailingEmail(account: TestAccount): Promise<NotificationsUnderTest> {
  const harness = await NotificationsUnderTest.start(await failingEmailEnv());
  await announceAccount(harness, account);
  await waitFor('the account to be known', async () => (await harness.db.recipient.count({ where: { accountId: account.accountId } })) === 1);
  return harness;
}

/** `account`'s email once its first try failed: queued, its job waiting a minute for the retry. */
export function emailWaitingForRetry(harness: NotificationsUnderTest, account: TestAccount) {
  return waitFor('the email tried once and waiting for its retry', async () => {
    const row = await harness.db.notification.findFirst({ where: { channel: 'email', recipient: { accountId: account.accountId } } });
    return row && row.status === 'queued' && row.attempts === 1 ? row : undefined;
  });
}
