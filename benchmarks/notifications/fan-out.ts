import type { CallerIdentity } from '@scn/contracts';
import { inboxLiveSubject } from '@scn/contracts';
import type { NotificationsUnderTest } from '../../apps/notifications/test/support/notifications-harness';
import { createSmtpPool } from '../../apps/notifications/src/email/infra/smtp-transport';
import { automatedEmailHeaders, notificationEmailHeaders } from '../../apps/notifications/src/email/domain/email-headers';
import { mailDomainOf, notificationMessageId } from '../../apps/notifications/src/email/domain/message-ids';
import type { UnsubscribeLink } from '../../apps/notifications/src/email-subscriptions/infra/unsubscribe-links';
import { randomUUID } from 'node:crypto';
import { renderNotification } from '../../apps/notifications/src/templates';
import { now, sleep, summarize, withWorkers, type LatencySummary } from '../events/measure';
import { ArrivalCount, type CountingSmtpSink, type CountingWebhookReceiver } from './loopback-receivers';
import type { SeededAudience } from './seed';

export const ANNOUNCEMENT = {
  title: 'Network assembly 2027: registration is open',
  body:
    'Dear members and partner cities, the annual assembly of the sister-city network takes place on 14–16 May 2027. ' +
    'Registration is open until 31 March. Delegations of member programs and partner cities are welcome; travel ' +
    'grants are available for youth delegates. The programme, the venue and the hotel block are on the network site.',
};

export interface ChannelFigures {
  channel: 'email' | 'webhook' | 'inbox';
  expected: number;
  arrivals: ArrivalCount;
  /** Sends that failed (B only: A's failures are in the database). */
  failures: number;
  /** Deliveries per second from this channel's first to its last arrival. */
  perSecond: number;
  /** Time of one try, ms: A from delivery_attempts.duration_ms (the try and its recording), B the send itself. */
  tryMs?: LatencySummary;
}

export interface PlatformFanOut {
  notificationsMade: number;
  /** The announcements.send RPC: the notifications made and committed. */
  rpcMs: number;
  /** From the RPC call to the last delivery seen by the sink, the receiver or the inbox stream. */
  toLastDeliveryMs: number;
  /** From the RPC's answer to the last delivery. */
  afterRpcMs: number;
  /** From the RPC call until the database showed none of them queued (polled every 100 ms). */
  toAllRecordedMs: number;
  deliveries: number;
  /** Deliveries per second from the RPC's answer to the last delivery. */
  perSecond: number;
  channels: ChannelFigures[];
  complete: boolean;
  /** Notifications of the announcement by channel and status. */
  statuses: Array<{ channel: string; status: string; count: number }>;
  attempts: { total: number; retrying: number; failed: number };
  /** CPU time of this whole process (service, sink, receiver) from the RPC call to the last delivery, s. */
  cpuSeconds: number;
  /** When the RPC was called (the channels' arrival times are read against it). */
  calledAt: number;
}

export interface BareFanOut {
  /** Emails, then webhooks, one after the other. */
  elapsedMs: number;
  deliveries: number;
  perSecond: number;
  channels: ChannelFigures[];
  complete: boolean;
  /** CPU time of this process over both channels, s. */
  cpuSeconds: number;
}

type Log = (message: string) => void;

/** Making tens of thousands of notifications takes a while: the RPC may take minutes on a busy machine. */
const RPC_TIMEOUT_MS = 600_000;

function channelFigures(channel: ChannelFigures['channel'], expected: number, arrivals: ArrivalCount, failures = 0, tryMs?: LatencySummary): ChannelFigures {
  const window = arrivals.lastAt - arrivals.firstAt;
  return { channel, expected, arrivals, failures, perSecond: arrivals.count > 1 && window > 0 ? ((arrivals.count - 1) * 1_000) / window : NaN, tryMs };
}

const cpuSecondsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** Resolves true when `done()` holds, false after `timeoutMs`; reports progress every 10 s. */
async function waitUntil(done: () => boolean, timeoutMs: number, progress: () => string, log: Log): Promise<boolean> {
  const start = now();
  let reported = start;
  while (!done()) {
    const t = now();
    if (t - start > timeoutMs) return false;
    if (t - reported >= 10_000) {
      reported = t;
      log(progress());
    }
    await sleep(10);
  }
  return true;
}

/**
 * (A) The announcement through the service: `announcements.send` as network staff makes one
 * notification per recipient and channel and per endpoint in one transaction; the
 * dispatcher puts their jobs in BullMQ; the delivery worker sends each one (email over the
 * pooled SMTP transport, signed webhook POST, inbox) and records it. Arrivals are counted
 * at the SMTP sink, the webhook receiver and the accounts' live inbox subjects (core NATS).
 */
export async function platformFanOut(
  harness: NotificationsUnderTest,
  staff: CallerIdentity,
  audience: SeededAudience,
  receivers: { sink: CountingSmtpSink; receiver: CountingWebhookReceiver },
  timeoutMs: number,
  log: Log,
): Promise<PlatformFanOut> {
  const email = receivers.sink.beginPhase();
  const webhook = receivers.receiver.beginPhase();
  const inbox = new ArrivalCount();
  // inboxLiveSubject escapes the account id, so the wildcard is put in its place.
  const everyInbox = inboxLiveSubject(harness.namespace, 'ACCOUNT').replace(/ACCOUNT$/, '*');
  const subscription = harness.connection.nc.subscribe(everyInbox, {
    callback: (_error, message) => inbox.arrived(message.subject),
  });
  const expected = { email: audience.recipients, webhook: audience.endpoints, inbox: audience.withAccount };
  try {
    const cpuAtStart = process.cpuUsage();
    const calledAt = now();
    const answer = await harness.rpc.call('notifications', 'announcements.send', { ...ANNOUNCEMENT, audience: 'everyone', webhooks: true }, { caller: staff, timeoutMs: RPC_TIMEOUT_MS });
    const answeredAt = now();
    log(`A: ${answer.notifications} notifications made in ${Math.round(answeredAt - calledAt)} ms; waiting for the deliveries`);
    const complete = await waitUntil(
      () => email.count >= expected.email && webhook.count >= expected.webhook && inbox.count >= expected.inbox,
      timeoutMs,
      () => `A: ${email.count}/${expected.email} emails, ${webhook.count}/${expected.webhook} webhooks, ${inbox.count}/${expected.inbox} inbox`,
      log,
    );
    const lastAt = Math.max(email.lastAt || 0, webhook.lastAt || 0, inbox.lastAt || 0);
    const cpuSeconds = cpuSecondsSince(cpuAtStart);
    const sourceKey = `announcement:${answer.announcementId}`;
    // The last deliveries' records commit just after their messages arrive.
    let recordedAt = NaN;
    for (const deadline = now() + 30_000; now() < deadline; await sleep(100)) {
      const [row] = await harness.db.$queryRawUnsafe<Array<{ queued: number }>>(
        `SELECT count(*)::int AS queued FROM notifications WHERE source_key = $1 AND status = 'queued'`,
        sourceKey,
      );
      if (row?.queued === 0) {
        recordedAt = now();
        break;
      }
    }
    const statuses = await harness.db.$queryRawUnsafe<Array<{ channel: string; status: string; count: number }>>(
      `SELECT channel::text AS channel, status::text AS status, count(*)::int AS count FROM notifications
        WHERE source_key = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      sourceKey,
    );
    const [attempts] = await harness.db.$queryRawUnsafe<Array<{ total: number; retrying: number; failed: number }>>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE a.outcome = 'retrying')::int AS retrying,
              count(*) FILTER (WHERE a.outcome = 'failed')::int AS failed
         FROM delivery_attempts a JOIN notifications n ON n.id = a.notification_id WHERE n.source_key = $1`,
      sourceKey,
    );
    const tries = await harness.db.$queryRawUnsafe<Array<{ channel: ChannelFigures['channel']; count: number; p50: number; p99: number; max: number }>>(
      `SELECT n.channel::text AS channel, count(*)::int AS count,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY a.duration_ms)::float8 AS p50,
              percentile_disc(0.99) WITHIN GROUP (ORDER BY a.duration_ms)::float8 AS p99, max(a.duration_ms)::float8 AS max
         FROM delivery_attempts a JOIN notifications n ON n.id = a.notification_id WHERE n.source_key = $1 GROUP BY 1`,
      sourceKey,
    );
    const tryMs = (name: ChannelFigures['channel']) => tries.find((t) => t.channel === name);
    const deliveries = email.count + webhook.count + inbox.count;
    return {
      notificationsMade: answer.notifications,
      rpcMs: answeredAt - calledAt,
      toLastDeliveryMs: lastAt - calledAt,
      afterRpcMs: lastAt - answeredAt,
      toAllRecordedMs: recordedAt - calledAt,
      deliveries,
      perSecond: (deliveries * 1_000) / (lastAt - answeredAt),
      channels: [
        channelFigures('email', expected.email, email, 0, tryMs('email')),
        channelFigures('webhook', expected.webhook, webhook, 0, tryMs('webhook')),
        channelFigures('inbox', expected.inbox, inbox, 0, tryMs('inbox')),
      ],
      complete,
      cpuSeconds,
      calledAt,
      statuses,
      attempts: attempts ?? { total: 0, retrying: 0, failed: 0 },
    };
  } finally {
    subscription.unsubscribe();
  }
}

/**
 * (B) The same messages without the platform: the same emails — pre-rendered, one per
 * language, with the unsubscribe footer or without it (a recipient with an account has
 * none), and the same headers as A's: Message-ID, the notification's id and type, the
 * List-Unsubscribe pair, the automated-mail headers — through a nodemailer pool built like
 * the service's (SMTP_POOL_SIZE connections), `concurrency` sends in flight; then one POST
 * per endpoint with fetch, `concurrency` in flight, body the size of A's (unsigned). No
 * database, no queue. `unsubscribe` is one link as the service issues them (its length is
 * what matters: every email in B carries the same).
 */
export async function bareFanOut(
  audience: SeededAudience,
  receivers: { sink: CountingSmtpSink; receiver: CountingWebhookReceiver },
  settings: { concurrency: number; smtpPoolSize: number; emailFrom: string; unsubscribe: UnsubscribeLink },
  timeoutMs: number,
  log: Log,
): Promise<BareFanOut> {
  const facts = { announcementId: '0190f2a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6', ...ANNOUNCEMENT };
  const domain = mailDomainOf(settings.emailFrom);
  const render = (language: string, unsubscribeUrl: string | null) =>
    renderNotification('announcement', facts, { language, recipientName: 'Bench Recipient 1234', unsubscribeUrl });
  const messages = new Map(
    ['en', 'es', 'fr', 'de'].map((language) => [language, { withLink: render(language, settings.unsubscribe.pageUrl), withoutLink: render(language, null) }]),
  );
  const email = receivers.sink.beginPhase();
  const pool = createSmtpPool({ SMTP_URL: receivers.sink.url, SMTP_POOL_SIZE: settings.smtpPoolSize, EMAIL_FROM: settings.emailFrom });
  let emailFailures = 0;
  const emailTries: number[] = [];
  const cpuAtStart = process.cpuUsage();
  const emailStart = now();
  try {
    await withWorkers(audience.people.length, settings.concurrency, async (i) => {
      const person = audience.people[i];
      const variants = messages.get(person?.language ?? 'en') ?? messages.get('en');
      if (!person || !variants) return;
      const message = person.hasAccount ? variants.withoutLink : variants.withLink;
      const notificationId = randomUUID();
      const sentAt = now();
      try {
        await pool.sendMail({
          to: { name: `Bench Recipient ${i}`, address: person.email },
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: notificationMessageId(notificationId, domain),
          headers: {
            ...notificationEmailHeaders({ id: notificationId, type: 'announcement' }, person.hasAccount ? null : settings.unsubscribe),
            ...automatedEmailHeaders(message.language),
          },
        });
        emailTries.push(now() - sentAt);
      } catch {
        emailFailures++;
      }
    });
  } finally {
    pool.close();
  }
  const emailMs = now() - emailStart;
  log(`B: ${email.count} emails in ${Math.round(emailMs)} ms`);

  const webhook = receivers.receiver.beginPhase();
  const body = JSON.stringify({ type: 'announcement', timestamp: new Date().toISOString(), data: facts });
  let webhookFailures = 0;
  const webhookTries: number[] = [];
  const webhookStart = now();
  await withWorkers(audience.endpointUrls.length, settings.concurrency, async (i) => {
    const url = audience.endpointUrls[i];
    if (!url) return;
    const sentAt = now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'webhook-id': `bare-${i}` },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status !== 200) webhookFailures++;
      else webhookTries.push(now() - sentAt);
    } catch {
      webhookFailures++;
    }
  });
  const webhookMs = now() - webhookStart;
  const cpuSeconds = cpuSecondsSince(cpuAtStart);
  log(`B: ${webhook.count} webhooks in ${Math.round(webhookMs)} ms`);
  const deliveries = email.count + webhook.count;
  return {
    elapsedMs: emailMs + webhookMs,
    deliveries,
    perSecond: (deliveries * 1_000) / (emailMs + webhookMs),
    channels: [
      channelFigures('email', audience.people.length, email, emailFailures, summarize(emailTries)),
      channelFigures('webhook', audience.endpointUrls.length, webhook, webhookFailures, summarize(webhookTries)),
    ],
    cpuSeconds,
    complete: email.count === audience.people.length && webhook.count === audience.endpointUrls.length,
  };
}
