import { SERVICE_NAMES } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import type { FaultPlatform } from './fault-platform';
import { FOLLOWED_EVENTS } from './followed-events';

// What a scenario produced and what was effected, counted at the end through the
// databases and what the SMTP sink and the webhook receiver got:
//   events      produced = rows of the producers' outboxes since the scenario began;
//               effected = (event, consumer) pairs in the consumers' inboxes, one per
//               consumer following the event's type;
//   reminders   produced = the window-closing reminders planned (due within a minute of their
//               program's creation); effected = fired; doubled = their emails received twice;
//   emails      produced = email notifications sent; effected = their Message-IDs received;
//   webhooks    produced = webhook notifications delivered; effected = webhook-ids accepted.
// lost: produced and never effected (or still pending when the scenario gave up waiting);
// doubled: effected more than once (a Message-ID or webhook-id accepted twice, an inbox
// holding an event twice).

export interface Figures {
  produced: number;
  effected: number;
  lost: number;
  doubled: number;
}

export interface Ledger {
  events: Figures;
  /** Reminders due during the scenario (the programs' window-closing-1d): produced = planned, effected = fired, doubled = their emails received twice. */
  reminders: Figures;
  /** Outbox rows written during the scenario, by the service that wrote them. */
  eventsBy: Partial<Record<string, number>>;
  /** The longest a consumer took to record an event after it was written (seconds): a late learner explains a reminder never planned. */
  slowestLearnt: Partial<Record<string, number>>;
  /** Which event that was, for each consumer: its type and when its producer's relay published it. */
  slowestLearntEvent: Partial<Record<string, string>>;
  /** The longest a producer's relay took to publish an event after it was written (seconds): the part of a late learning before NATS. */
  slowestPublished: Partial<Record<string, number>>;
  emails: Figures;
  webhooks: Figures;
  /** Notifications neither delivered nor given up when counted (the platform had not settled). */
  pending: number;
  failed: number;
  /** Where what is lost or pending is: `partnerships outbox: 3 unsent`, `exchanges inbox: 2 missing (partnership.approved.v1)`. */
  where: string[];
}

interface ProducedEvent {
  id: string;
  type: string;
  published: boolean;
  service: string;
  writtenAt: Date;
  publishedAt: Date | null;
}

export async function countLedger(platform: FaultPlatform, since: Date): Promise<Ledger> {
  const produced: ProducedEvent[] = [];
  for (const service of SERVICE_NAMES) {
    const db = await platform.db(service);
    try {
      const rows = await db.query<{ id: string; type: string; published: boolean; created_at: Date; published_at: Date | null }>(
        'SELECT id::text, type, published_at IS NOT NULL AS published, created_at, published_at FROM outbox_events WHERE created_at >= $1',
        [since],
      );
      produced.push(...rows.rows.map(({ created_at, published_at, ...row }) => ({ ...row, service, writtenAt: created_at, publishedAt: published_at })));
    } finally {
      await db.end();
    }
  }
  const events: Figures = { produced: 0, effected: 0, lost: 0, doubled: 0 };
  const where: string[] = [];
  const slowestLearnt: Partial<Record<string, number>> = {};
  const slowestLearntEvent: Partial<Record<string, string>> = {};
  const slowestPublished: Partial<Record<string, number>> = {};
  for (const event of produced) {
    if (!event.publishedAt) continue;
    const lag = (event.publishedAt.getTime() - event.writtenAt.getTime()) / 1000;
    slowestPublished[event.service] = Math.max(slowestPublished[event.service] ?? 0, lag);
  }
  for (const service of SERVICE_NAMES) {
    const unsent = produced.filter((event) => !event.published && event.service === service).length;
    if (unsent) where.push(`${service} outbox: ${unsent} unsent`);
  }
  for (const consumer of SERVICE_NAMES) {
    const followed = produced.filter((event) => FOLLOWED_EVENTS[consumer].has(event.type));
    if (followed.length === 0) continue;
    const db = await platform.db(consumer);
    try {
      const rows = await db.query<{ event_id: string; n: string; first: Date }>(
        'SELECT event_id::text, count(*) AS n, min(processed_at) AS first FROM processed_messages WHERE consumer = $1 AND event_id = ANY($2::uuid[]) GROUP BY event_id',
        [consumer, followed.map((event) => event.id)],
      );
      const seen = new Map(rows.rows.map((row) => [row.event_id, Number(row.n)]));
      const learnt = new Map(rows.rows.map((row) => [row.event_id, row.first.getTime()]));
      const lagOf = (event: (typeof followed)[number]) => (learnt.get(event.id) ?? 0) - event.writtenAt.getTime();
      const slowest = followed.filter((event) => learnt.has(event.id)).reduce<(typeof followed)[number] | undefined>((worst, event) => (!worst || lagOf(event) > lagOf(worst) ? event : worst), undefined);
      if (slowest) {
        slowestLearnt[consumer] = lagOf(slowest) / 1000;
        const published = slowest.publishedAt ? `published after ${((slowest.publishedAt.getTime() - slowest.writtenAt.getTime()) / 1000).toFixed(1)} s` : 'not marked published';
        slowestLearntEvent[consumer] = `${slowest.type} of ${slowest.service}, ${published}`;
      }
      events.produced += followed.length;
      events.effected += seen.size;
      const missing = followed.filter((event) => !seen.has(event.id));
      events.lost += missing.length;
      if (missing.length) where.push(`${consumer} inbox: ${missing.length} missing (${[...new Set(missing.map((event) => event.type))].join(', ')})`);
      events.doubled += [...seen.values()].filter((n) => n > 1).length;
    } finally {
      await db.end();
    }
  }

  const notifications = await platform.db('notifications');
  try {
    const rows = await notifications.query<{ id: string; channel: string; status: string; reminder: boolean }>(
      "SELECT id::text, channel::text, status::text, source_key LIKE 'reminder:%' AS reminder FROM notifications WHERE created_at >= $1",
      [since],
    );
    const planned = await notifications.query<{ status: string }>(
      "SELECT status::text FROM reminders WHERE kind = 'window-closing-1d' AND created_at >= $1",
      [since],
    );
    const emailed = new Map<string, number>();
    for (const mail of platform.mail.received) {
      const id = /^<([0-9a-f-]{36})@/.exec(mail.header('message-id') ?? '')?.[1];
      if (id) emailed.set(id, (emailed.get(id) ?? 0) + 1);
    }
    const edge = (channel: string, arrived: Map<string, number>, done: string): Figures => {
      const sent = rows.rows.filter((row) => row.channel === channel && row.status === done);
      return {
        produced: sent.length,
        effected: sent.filter((row) => arrived.has(row.id)).length,
        lost: sent.filter((row) => !arrived.has(row.id)).length,
        doubled: sent.filter((row) => (arrived.get(row.id) ?? 0) > 1).length,
      };
    };
    const queued = rows.rows.filter((row) => row.status === 'queued');
    for (const channel of new Set(queued.map((row) => row.channel))) {
      where.push(`notifications: ${queued.filter((row) => row.channel === channel).length} ${channel} still queued`);
    }
    const unfired = planned.rows.filter((row) => row.status !== 'fired').length;
    if (unfired) where.push(`notifications: ${unfired} window-closing reminders not fired (${[...new Set(planned.rows.map((row) => row.status))].join(', ')})`);
    const reminders: Figures = {
      produced: planned.rows.length,
      effected: planned.rows.length - unfired,
      lost: unfired,
      doubled: rows.rows.filter((row) => row.reminder && row.channel === 'email' && (emailed.get(row.id) ?? 0) > 1).length,
    };
    const eventsBy: Partial<Record<string, number>> = {};
    for (const event of produced) eventsBy[event.service] = (eventsBy[event.service] ?? 0) + 1;
    return {
      where,
      events,
      reminders,
      eventsBy,
      slowestLearnt,
      slowestLearntEvent,
      slowestPublished,
      emails: edge('email', emailed, 'sent'),
      webhooks: edge('webhook', platform.webhooks.accepted, 'delivered'),
      pending:
        rows.rows.filter((row) => row.status === 'queued').length +
        produced.filter((event) => !event.published).length +
        planned.rows.filter((row) => row.status === 'pending').length,
      failed: rows.rows.filter((row) => row.status === 'failed').length,
    };
  } finally {
    await notifications.end();
  }
}

/** Waits until nothing is pending and every followed event reached its consumers, then counts. */
export async function settledLedger(platform: FaultPlatform, since: Date, timeoutMs = 120_000): Promise<Ledger> {
  let last: Ledger | undefined;
  try {
    return await waitFor(
      'the platform to settle (every event effected, every notification delivered)',
      async () => {
        last = await countLedger(platform, since);
        return last.pending === 0 && last.events.lost === 0 && last.reminders.lost === 0 && last.emails.lost === 0 && last.webhooks.lost === 0 ? last : undefined;
      },
      { timeoutMs, intervalMs: 1_000 },
    );
  } catch {
    // Not settled in time: what is missing now is what the scenario reports as lost.
    return last ?? (await countLedger(platform, since));
  }
}

const seconds = (by: Partial<Record<string, number>>): string =>
  Object.entries(by).map(([service, s]) => `${service} ${s?.toFixed(1)} s`).join(', ') || '–';

/** One line per kind, in the form the issue asks: produced / effected / lost / doubled. */
export function report(scenario: string, ledger: Ledger): string {
  const line = (kind: string, f: Figures) => `  ${kind.padEnd(9)} produced ${f.produced} / effected ${f.effected} / lost ${f.lost} / doubled ${f.doubled}`;
  return [
    `${scenario}:`,
    line('events', ledger.events),
    `            written by ${Object.entries(ledger.eventsBy).map(([service, n]) => `${service} ${n}`).join(', ') || 'nobody'}`,
    `            slowest learnt ${seconds(ledger.slowestLearnt)}; published ${seconds(ledger.slowestPublished)}`,
    ...Object.entries(ledger.slowestLearntEvent).map(([consumer, event]) => `            ${consumer}'s slowest: ${event}`),
    line('reminders', ledger.reminders),
    line('emails', ledger.emails),
    line('webhooks', ledger.webhooks),
    `  pending ${ledger.pending}, failed notifications ${ledger.failed}`,
    ...ledger.where.map((line) => `  ! ${line}`),
  ].join('\n');
}
