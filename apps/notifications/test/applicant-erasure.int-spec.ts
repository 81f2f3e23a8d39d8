import type { DomainEvent, EventData, EventType } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { SmtpSink } from './support/smtp-sink';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// An applicant erased their data (`applicant.erased.v1`, after the `application.withdrawn.v1`
// of the erasure), end to end over real JetStream, PostgreSQL, Redis and SMTP: nothing of
// them is left (their recipient, preferences, followed programs, inbox, reminders), their
// notifications stay as anonymous rows of the delivery log, the email still held by their
// quiet hours (the erasure's own "withdrawn") is cancelled and never sent; someone else is
// untouched; a redelivered event or one for an unknown account changes nothing.

const applicant = testAccount('Lucia', 'es', [{ role: 'applicant', scopeIds: [] }]);
const bystander = testAccount('Bob', 'en', [{ role: 'applicant', scopeIds: [] }]);
const SEASON = 2027;
const DAY = 86_400_000;
const applicationId = uuidv7();
const bystanderApplicationId = uuidv7();
const recommendationId = uuidv7();
const referee = { name: 'Prof. Ana Ruiz', email: `ana-${recommendationId.slice(-6)}@uni.example` };
const program = { exchangeProgramId: uuidv7(), title: 'Taller de jazz en Lyon' };

let smtp: SmtpSink;
let harness: NotificationsUnderTest;
let applicantRecipientId: string;
let erased: DomainEvent<'applicant.erased.v1'>;

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

function publish<T extends Extract<EventType, `application.${string}` | `recommendation.${string}`>>(
  type: T,
  appId: string,
  data: Omit<EventData<T>, 'applicationId' | 'applicantId' | 'season'>,
  applicantId = applicant.accountId,
): Promise<DomainEvent<T>> {
  return harness.events.publish(type, appId, { applicationId: appId, applicantId, season: SEASON, ...data } as EventData<T>);
}

/** Waits until everything published so far was delivered to and acknowledged by the service's consumer. */
async function drained(): Promise<void> {
  const stream = `${harness.namespace.toUpperCase()}_EVENTS_APPLICATIONS`;
  const jsm = await harness.connection.nc.jetstreamManager();
  await waitFor('the applications stream to be consumed', async () => {
    const { last_seq } = (await jsm.streams.info(stream)).state;
    const consumer = await jsm.consumers.info(stream, 'notifications');
    return consumer.delivered.stream_seq === last_seq && consumer.num_ack_pending === 0;
  });
}

/** Every row of the tables the erasure touches, to compare before and after. */
async function snapshot() {
  const [recipients, preferences, interests, notifications, attempts, reminders] = await Promise.all([
    harness.db.recipient.findMany({ orderBy: { id: 'asc' } }),
    harness.db.channelPreference.findMany({ orderBy: [{ recipientId: 'asc' }, { category: 'asc' }, { channel: 'asc' }] }),
    harness.db.programInterest.findMany({ orderBy: { recipientId: 'asc' } }),
    harness.db.notification.findMany({ orderBy: { id: 'asc' } }),
    harness.db.deliveryAttempt.findMany({ orderBy: { id: 'asc' } }),
    harness.db.reminder.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { recipients, preferences, interests, notifications, attempts, reminders };
}

beforeAll(async () => {
  smtp = await SmtpSink.start();
  harness = await NotificationsUnderTest.start({ ...FAST_DELIVERY_ENV, SMTP_URL: smtp.url });
  for (const account of [applicant, bystander]) await announceAccount(harness, account);
  await harness.events.publish('exchange-program.published.v1', program.exchangeProgramId, {
    ...program,
    partnershipId: uuidv7(),
    memberProgramId: null,
    season: SEASON,
    category: 'arts-culture',
    applicationOpensAt: inDays(-1),
    applicationClosesAt: inDays(20),
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    travelStart: '2027-07-01',
    travelEnd: '2027-07-10',
    capacity: { member: 2, partner: 2 },
  });
  const recipients = await waitFor('the accounts and the program to be known', async () => {
    const [rows, known] = await Promise.all([
      harness.db.recipient.findMany({ where: { accountId: { in: [applicant.accountId, bystander.accountId] } } }),
      harness.db.knownExchangeProgram.count({ where: { id: program.exchangeProgramId } }),
    ]);
    return rows.length === 2 && known === 1 ? rows : null;
  });
  const applicantRow = recipients.find((row) => row.accountId === applicant.accountId)!;
  applicantRecipientId = applicantRow.id;

  // Her preferences: quiet hours around now (her non-critical email waits), an opt-out, a followed program.
  const minute = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
  const clock = (m: number) => ((m % 1440) + 1440) % 1440;
  await harness.db.recipient.update({
    where: { id: applicantRecipientId },
    data: { timeZone: 'UTC', quietStartMinute: clock(minute - 60), quietEndMinute: clock(minute + 120) },
  });
  await harness.db.channelPreference.create({ data: { recipientId: applicantRecipientId, category: 'announcements', channel: 'email', enabled: false } });
  await harness.db.programInterest.create({ data: { recipientId: applicantRecipientId, exchangeProgramId: program.exchangeProgramId } });
}, 60_000);

afterAll(async () => {
  await harness?.stop();
  await smtp?.stop();
});

describe('an applicant who erased their data', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;
  let withdrawn: DomainEvent<'application.withdrawn.v1'>;

  beforeAll(async () => {
    await publish('application.submitted.v1', applicationId, { choices: [{ exchangeProgramId: program.exchangeProgramId, side: 'member' }] });
    await publish('recommendation.requested.v1', applicationId, {
      recommendationId,
      exchangeProgramId: program.exchangeProgramId,
      programTitle: program.title,
      applicantName: 'Lucia Fernández',
      referee,
      language: 'es',
      uploadLink: { url: `https://scn.example/recommendations/${recommendationId}`, expiresAt: inDays(30) },
    });
    const offer = await publish('application.offer-made.v1', applicationId, {
      placement: { exchangeProgramId: program.exchangeProgramId, side: 'member' },
      deadline: inDays(10),
      promoted: false,
    });
    await publish('application.submitted.v1', bystanderApplicationId, { choices: [{ exchangeProgramId: program.exchangeProgramId, side: 'partner' }] }, bystander.accountId);
    // The offer is critical: its email goes at once; the submission's waits for her quiet hours' end.
    await waitFor('the offer to be emailed, the inbox items delivered', async () => {
      const offerMail = await harness.db.notification.count({ where: { sourceKey: `event:${offer.id}`, channel: 'email', status: 'sent' } });
      const inbox = await harness.db.notification.count({ where: { recipientId: applicantRecipientId, channel: 'inbox', status: 'delivered' } });
      return offerMail === 1 && inbox === 2;
    });
    // The erasure: its withdrawal, then the erasure itself.
    withdrawn = await publish('application.withdrawn.v1', applicationId, { reason: 'The applicant erased their data', cause: 'applicant', exchangeProgramId: null });
    await waitFor('the withdrawal in her inbox, its email held by her quiet hours', async () => {
      const rows = await harness.db.notification.findMany({ where: { sourceKey: `event:${withdrawn.id}` } });
      return rows.length === 2 && rows.some((r) => r.channel === 'email' && r.status === 'queued' && r.notBefore) && rows.some((r) => r.channel === 'inbox' && r.status === 'delivered');
    });
    // The withdrawal cancelled the application's reminders; a pending one of hers is brought back to check it goes too.
    await harness.db.reminder.update({ where: { id: `offer-deadline-3d_${applicationId}` }, data: { status: 'pending', statusReason: null, syncNeeded: true } });
    before = await snapshot();
    erased = await harness.events.publish('applicant.erased.v1', applicant.accountId, { applicantId: applicant.accountId, erasedAt: new Date().toISOString() });
    await waitFor('her recipient to be gone', async () => (await harness.db.recipient.count({ where: { accountId: applicant.accountId } })) === 0);
    await drained();
  }, 60_000);

  it('had her inbox, preferences, followed program, held emails and pending reminder before', () => {
    const hers = before.notifications.filter((n) => n.recipientId === applicantRecipientId);
    expect(hers.filter((n) => n.channel === 'inbox')).toHaveLength(3);
    expect(hers.filter((n) => n.channel === 'email' && n.status === 'queued')).toHaveLength(2);
    expect(before.preferences.filter((p) => p.recipientId === applicantRecipientId)).toHaveLength(1);
    expect(before.interests.filter((i) => i.recipientId === applicantRecipientId)).toHaveLength(1);
    expect(before.reminders.filter((r) => r.subjectId === applicationId && r.status === 'pending').length).toBeGreaterThan(0);
  });

  it('keeps nothing of her: no recipient, preference, followed program, inbox item or reminder', async () => {
    expect(await harness.db.recipient.count({ where: { OR: [{ accountId: applicant.accountId }, { email: applicant.email }] } })).toBe(0);
    expect(await harness.db.channelPreference.count({ where: { recipientId: applicantRecipientId } })).toBe(0);
    expect(await harness.db.programInterest.count({ where: { recipientId: applicantRecipientId } })).toBe(0);
    expect(await harness.db.notification.count({ where: { OR: [{ recipientId: applicantRecipientId }, { targetKey: `recipient:${applicantRecipientId}` }] } })).toBe(0);
    expect(await harness.db.reminder.count({ where: { subjectId: applicationId } })).toBe(0);
    // Nothing anywhere names her account or her address (the referee's own email keeps the
    // name it was sent with: see docs/notifications.md).
    const [names] = await harness.db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (
         SELECT payload::text AS t FROM notifications UNION ALL SELECT title || body FROM notifications
         UNION ALL SELECT coalesce(status_reason, '') FROM notifications UNION ALL SELECT coalesce(error, '') FROM delivery_attempts
         UNION ALL SELECT payload::text FROM reminders UNION ALL SELECT email || display_name FROM recipients
       ) AS everything WHERE t ILIKE $1 OR t ILIKE $2`,
      `%${applicant.accountId}%`,
      `%${applicant.email}%`,
    );
    expect(names!.n).toBe(0);
  });

  it('keeps her notifications as anonymous rows of the delivery log; those not delivered are cancelled', async () => {
    const ids = before.notifications.filter((n) => n.recipientId === applicantRecipientId).map((n) => n.id);
    const rows = await harness.db.notification.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      expect(row).toMatchObject({ recipientId: null, targetKey: `erased:${row.id}`, payload: {}, title: '', body: '', statusReason: 'the applicant erased their data' });
    }
    const statuses = rows.map((row) => `${row.channel}:${row.status}`).sort();
    expect(statuses).toEqual(['email:cancelled', 'email:cancelled', 'email:sent', 'inbox:delivered', 'inbox:delivered', 'inbox:delivered']);
  });

  it('never sends the held emails, the erasure’s "withdrawn" among them', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = smtp.to(applicant.email);
    expect(mails).toHaveLength(1); // the offer, sent before the erasure
    const withdrawal = await harness.db.notification.findFirst({ where: { sourceKey: `event:${withdrawn.id}`, channel: 'email' } });
    expect(withdrawal).toMatchObject({ status: 'cancelled', deliveredAt: null });
  });

  it('leaves the others alone: the bystander, and the referee (whose reminder of her went)', async () => {
    const now = await snapshot();
    const bystanderId = before.recipients.find((r) => r.accountId === bystander.accountId)!.id;
    expect(now.recipients.find((r) => r.id === bystanderId)).toEqual(before.recipients.find((r) => r.id === bystanderId));
    expect(now.notifications.filter((n) => n.recipientId === bystanderId).map((n) => n.id)).toEqual(
      before.notifications.filter((n) => n.recipientId === bystanderId).map((n) => n.id),
    );
    expect(now.recipients.some((r) => r.email === referee.email)).toBe(true);
    expect(now.reminders.filter((r) => r.id === `recommendation-unanswered_${recommendationId}`)).toEqual([]);
  });

  it('changes nothing when the event is delivered again, nor for an account not known here', async () => {
    const after = await snapshot();
    await harness.events.republish(erased, uuidv7());
    await harness.events.publish('applicant.erased.v1', uuidv7(), { applicantId: uuidv7(), erasedAt: new Date().toISOString() });
    await drained();
    expect(await snapshot()).toEqual(after);
  });

  it('tells her nothing more: a later event about her application finds nobody', async () => {
    const late = await publish('application.offer-lapsed.v1', applicationId, { placement: { exchangeProgramId: program.exchangeProgramId, side: 'member' } });
    await drained();
    expect(await harness.db.notification.count({ where: { sourceKey: `event:${late.id}` } })).toBe(0);
    expect(await harness.db.recipient.count({ where: { accountId: applicant.accountId } })).toBe(0);
  });
});
