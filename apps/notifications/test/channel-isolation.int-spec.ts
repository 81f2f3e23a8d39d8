import { waitFor } from '@scn/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SmtpSink } from './support/smtp-sink';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// Webhooks and emails are delivered by workers of their own (issue #16): a receiver that
// takes its time fills the webhook slots, and emails go on. Each worker is given one slot
// here, so a shared one would make the email wait behind every slow webhook.

const SLOW_ANSWER_MS = 1_500;

/** A receiver that answers 200 after SLOW_ANSWER_MS, counting what it answered. */
class SlowReceiver {
  answered = 0;
  private constructor(private readonly server: Server) {}

  static async start(): Promise<SlowReceiver> {
    const server = createServer();
    const receiver = new SlowReceiver(server);
    server.on('request', (request, response) => {
      request.resume();
      request.on('end', () =>
        setTimeout(() => {
          receiver.answered++;
          response.writeHead(200).end();
        }, SLOW_ANSWER_MS),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('a slow webhook receiver', () => {
  const staff = testAccount('Ines', 'en', [{ role: 'network-staff', scopeIds: [] }]);
  let smtp: SmtpSink;
  let receiver: SlowReceiver;
  let harness: NotificationsUnderTest;

  beforeAll(async () => {
    [smtp, receiver] = await Promise.all([SmtpSink.start(), SlowReceiver.start()]);
    harness = await NotificationsUnderTest.start({
      ...FAST_DELIVERY_ENV,
      SMTP_URL: smtp.url,
      DELIVERY_CONCURRENCY: '1',
      WEBHOOK_DELIVERY_CONCURRENCY: '1',
      WEBHOOK_TIMEOUT_MS: '10000',
    });
    await announceAccount(harness, staff);
    await waitFor('the staff member to be known', async () => (await harness.db.recipient.count({ where: { accountId: staff.accountId } })) === 1);
  });
  afterAll(async () => {
    await harness?.stop();
    await Promise.all([smtp?.stop(), receiver?.stop()]);
  });

  it('holds up no email: the webhooks queue behind it, the email goes out at once', async () => {
    const call = <T>(operation: string, request: unknown) => harness.rpc.call('notifications', operation as never, request as never, { caller: staff.caller }) as Promise<T>;
    const endpoint = await call<{ id: string }>('webhook-endpoints.create', { url: receiver.url, description: 'slow receiver' });
    // Four webhooks of 1.5 s each, one at a time: six seconds of webhook work queued first.
    for (let i = 0; i < 3; i++) await call('webhook-endpoints.ping', { endpointId: endpoint.id });
    await call('announcements.send', { title: 'Annual meeting', body: 'In Lyon this year.', audience: 'staff', webhooks: true });

    const started = Date.now();
    await waitFor('the announcement emailed to staff', async () => smtp.to(staff.email).length > 0, { timeoutMs: 20_000, intervalMs: 50 });
    const emailedAfterMs = Date.now() - started;
    // The email did not wait for the webhooks: most of them are still queued or in flight.
    expect({ answeredWhenEmailed: receiver.answered <= 1, emailedWithinOneSlowAnswer: emailedAfterMs < 2 * SLOW_ANSWER_MS }).toEqual({
      answeredWhenEmailed: true,
      emailedWithinOneSlowAnswer: true,
    });
    // And the webhooks all arrive in their turn.
    await waitFor('every webhook answered', async () => receiver.answered >= 4, { timeoutMs: 20_000 });
  });
});
