import type { EventData } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { reminderJobId } from '../src/reminders/infra/reminder-queue';
import { SmtpSink } from './support/smtp-sink';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// Reminders through the whole service: exchange-program events over JetStream plan them,
// the scheduler mirrors them in Redis (BullMQ under the test's namespace), the worker makes
// their notifications through the planner, and the email reaches a real SMTP server.

const DAY = 86_400_000;
const SECOND = 1_000;
const applicant = testAccount('Lea', 'de', []);

let smtp: SmtpSink;
let harness: NotificationsUnderTest;

beforeAll(async () => {
  smtp = await SmtpSink.start();
  harness = await NotificationsUnderTest.start({ ...FAST_DELIVERY_ENV, SMTP_URL: smtp.url });
  await announceAccount(harness, applicant);
  await waitFor('the applicant to be known', async () => harness.db.recipient.findUnique({ where: { accountId: applicant.accountId } }));
});

afterAll(async () => {
  await harness?.stop();
  await smtp?.stop();
});

/** A published program's event data: its window closes at `closesAt`, its travel is far ahead. */
function published(closesAt: Date, extra: Partial<EventData<'exchange-program.published.v1'>> = {}): EventData<'exchange-program.published.v1'> {
  return {
    exchangeProgramId: uuidv7(),
    partnershipId: uuidv7(),
    memberProgramId: null,
    season: 2099,
    category: 'youth-education',
    title: 'Summer school',
    applicationOpensAt: new Date(closesAt.getTime() - 60 * DAY).toISOString(),
    applicationClosesAt: closesAt.toISOString(),
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    travelStart: '2099-07-01',
    travelEnd: '2099-07-20',
    capacity: { member: 5, partner: 5 },
    ...extra,
  };
}

const reminder = (id: string) => harness.db.reminder.findUnique({ where: { id } });
/** The reminder once the scheduler has mirrored its latest change in Redis. */
const synced = (id: string, check: (row: NonNullable<Awaited<ReturnType<typeof reminder>>>) => boolean = () => true) =>
  waitFor(`reminder ${id} in line with Redis`, async () => {
    const row = await reminder(id);
    return row && !row.syncNeeded && check(row) ? row : null;
  });
const jobExists = async (jobId: string) => (await harness.redis.exists(`{${harness.namespace}}:reminders:${jobId}`)) === 1;

/** The program becomes known from its event; the applicant says they are interested. */
async function publishWithInterest(data: EventData<'exchange-program.published.v1'>): Promise<void> {
  await harness.events.publish('exchange-program.published.v1', data.exchangeProgramId, data);
  await waitFor('the program to be known', async () => harness.db.knownExchangeProgram.findUnique({ where: { id: data.exchangeProgramId } }));
  const recipient = await harness.db.recipient.findUniqueOrThrow({ where: { accountId: applicant.accountId } });
  await harness.db.programInterest.create({ data: { exchangeProgramId: data.exchangeProgramId, recipientId: recipient.id } });
}

it('Redis flushed while reminders are pending: after the service restarts, every reminder fires once, at its time', async () => {
  const t0 = Date.now();
  // Due while the service is down; due after it is back.
  const missed = published(new Date(t0 + DAY + 6 * SECOND));
  const onTime = published(new Date(t0 + DAY + 14 * SECOND));
  for (const data of [missed, onTime]) await publishWithInterest(data);
  const ids = [missed, onTime].map((data) => `window-closing-1d_${data.exchangeProgramId}`);
  for (const id of ids) expect(await jobExists((await synced(id)).jobId!)).toBe(true);

  await harness.stopService();
  expect(await harness.wipeRedis()).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, t0 + 8 * SECOND - Date.now())));
  const restartedAt = Date.now();
  await harness.restart();

  const rows = await waitFor(
    'both reminders to fire',
    async () => {
      const found = await harness.db.reminder.findMany({ where: { id: { in: ids } } });
      return found.length === 2 && found.every((row) => row.status === 'fired') ? found : null;
    },
    { timeoutMs: 25_000 },
  );
  const emails = await waitFor('both reminder emails', () => {
    const mine = smtp.received.filter((mail) => mail.to.includes(applicant.email));
    return mine.length >= 2 ? mine : null;
  });
  // Long enough for a duplicate to show itself.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  for (const row of rows) {
    const notifications = await harness.db.notification.findMany({ where: { sourceKey: `reminder:${row.id}@${row.dueAt.toISOString()}` } });
    expect(notifications.map((n) => [n.channel, n.type]).sort()).toEqual([
      ['email', 'reminder.application-window-closing'],
      ['inbox', 'reminder.application-window-closing'],
    ]);
    for (const notification of notifications) expect(notification.createdAt.getTime()).toBeGreaterThanOrEqual(row.dueAt.getTime());
  }
  expect(smtp.received.filter((mail) => mail.to.includes(applicant.email))).toHaveLength(emails.length);
  expect(emails).toHaveLength(2);
  const missedRow = rows.find((row) => row.id === ids[0])!;
  expect(missedRow.firedAt!.getTime()).toBeLessThan(restartedAt + 10 * SECOND);
});

it('a date changed → the reminder moves (its job replaced); program cancelled → its reminders and jobs are gone', async () => {
  const data = published(new Date(Date.now() + 30 * DAY), { decisionReleaseAt: new Date(Date.now() + 40 * DAY).toISOString() });
  await publishWithInterest(data);
  const weekId = `window-closing-7d_${data.exchangeProgramId}`;
  const before = await synced(weekId);
  expect(await jobExists(before.jobId!)).toBe(true);

  const closesLater = new Date(Date.parse(data.applicationClosesAt) + 3 * DAY);
  await harness.events.publish('exchange-program.updated.v1', data.exchangeProgramId, {
    ...data,
    applicationClosesAt: closesLater.toISOString(),
    changed: ['applicationClosesAt'],
  });
  const movedTo = new Date(closesLater.getTime() - 7 * DAY);
  const after = await synced(weekId, (row) => row.dueAt.getTime() === movedTo.getTime());
  expect(after).toMatchObject({ status: 'pending', jobId: reminderJobId(weekId, movedTo) });
  expect(await jobExists(before.jobId!)).toBe(false);
  expect(await jobExists(after.jobId!)).toBe(true);

  await harness.events.publish('exchange-program.cancelled.v1', data.exchangeProgramId, {
    exchangeProgramId: data.exchangeProgramId,
    partnershipId: data.partnershipId,
    memberProgramId: null,
    season: data.season,
    category: data.category,
    title: data.title,
    reason: 'venue unavailable',
  });
  const cancelled = await waitFor('every reminder of the program to be cancelled and unscheduled', async () => {
    const found = await harness.db.reminder.findMany({ where: { subjectId: data.exchangeProgramId } });
    return found.length === 4 && found.every((row) => row.status === 'cancelled' && !row.syncNeeded && row.jobId === null) ? found : null;
  });
  expect(cancelled.map((row) => row.statusReason)).toEqual(Array(4).fill('exchange program cancelled'));
  expect(await jobExists(after.jobId!)).toBe(false);
  // No job left of any of them (job ids are digests of the reminder and its time).
  for (const row of cancelled) expect(await jobExists(reminderJobId(row.id, row.dueAt))).toBe(false);
});
