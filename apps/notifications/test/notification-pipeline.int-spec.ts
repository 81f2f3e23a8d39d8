import type { EventData } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { NotificationPlanner } from '../src/notifying/notification-planner';
import { renderNotification } from '../src/templates';
import { SmtpSink } from './support/smtp-sink';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// From events to notifications, end to end over real JetStream, PostgreSQL, Redis (BullMQ)
// and a real SMTP server on loopback: who is told, in which language, once.

const PARTNER_CITY = 'gn:2996944';
const MEMBER_CITY = 'gn:4164138';
const memberProgramId = uuidv7();
const partnershipId = uuidv7();

const partnerContact = testAccount('Claire', 'fr', [{ role: 'partner-contact', scopeIds: [PARTNER_CITY] }]);
const programAdmin = testAccount('Ana', 'es', [{ role: 'program-admin', scopeIds: [memberProgramId] }]);
const staff = testAccount('Dieter', 'de', [{ role: 'network-staff', scopeIds: [] }]);
const listedContact = { name: 'Jean Dupont', email: `jean-${partnershipId.slice(-6)}@lyon.test`, language: 'fr' };

const ref: EventData<'partnership.reactivated.v1'> = {
  partnershipId,
  memberProgramId,
  memberCityId: MEMBER_CITY,
  partnerCityId: PARTNER_CITY,
  memberCountryCode: 'US',
  partnerCountryCode: 'FR',
  title: 'Miami – Lyon',
  memberCityName: 'Miami',
  partnerCityName: 'Lyon',
};
const HASH = 'a'.repeat(64);
/** The facts the activation's messages are made of, as the service derives them from the events. */
const ACTIVATION_FACTS = {
  partnershipId,
  title: 'Miami – Lyon',
  memberCity: 'Miami',
  partnerCity: 'Lyon',
  memberCountryCode: 'US',
  partnerCountryCode: 'FR',
  version: 1,
  firstSigning: true,
  startDate: '2026-11-30',
};

let smtp: SmtpSink;
let harness: NotificationsUnderTest;

/** Addresses the SMTP server refuses for good (550) while they are listed. */
const refused = new Set<string>();

beforeAll(async () => {
  smtp = await SmtpSink.start({
    reject: (to) => (to.some((address) => refused.has(address)) ? { code: 550, message: 'mailbox unavailable' } : null),
  });
  harness = await NotificationsUnderTest.start({ ...FAST_DELIVERY_ENV, SMTP_URL: smtp.url });
  for (const account of [partnerContact, programAdmin, staff]) await announceAccount(harness, account);
  await waitFor('the three accounts to be known', async () => (await harness.db.recipient.count({ where: { accountId: { not: null } } })) === 3);
});

afterAll(async () => {
  await harness?.stop();
  await smtp?.stop();
});

/** Notifications of one partnership event, by recipient email and channel. */
async function notificationsOf(eventId: string) {
  const rows = await harness.db.notification.findMany({ where: { sourceKey: `event:${eventId}` }, include: { recipient: true } });
  return rows.map((row) => ({ email: row.recipient?.email, channel: row.channel, status: row.status, notBefore: row.notBefore, type: row.type }));
}

describe('a partnership activated', () => {
  let activatedId: string;

  beforeAll(async () => {
    // Staff opt out of partnership emails; the program admin is in quiet hours right now.
    await harness.rpc.call(
      'notifications',
      'preferences.update',
      { timeZone: 'Europe/Berlin', quietHours: null, digest: 'off', channels: [{ category: 'partnerships', email: false, inbox: true }] },
      { caller: staff.caller },
    );
    const now = new Date();
    const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
    const clock = (m: number) => `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((m + 1440) % 1440) % 60).padStart(2, '0')}`;
    await harness.rpc.call(
      'notifications',
      'preferences.update',
      { timeZone: 'UTC', quietHours: { start: clock(minute - 60), end: clock(minute + 60) }, digest: 'off', channels: [] },
      { caller: programAdmin.caller },
    );

    await harness.events.publish('partnership.proposed.v1', partnershipId, {
      ...ref,
      version: 1,
      termsHash: HASH,
      kind: 'sister_city',
      focusAreas: ['arts-culture'],
      memberContacts: [],
      partnerContacts: [listedContact],
    });
    const activated = await harness.events.publish('partnership.activated.v1', partnershipId, {
      ...ref,
      version: 1,
      termsHash: HASH,
      startDate: '2026-11-30',
      firstSigning: true,
    });
    activatedId = activated.id;
    const subject = renderNotification('partnership.activated', ACTIVATION_FACTS, { language: 'fr', recipientName: 'Claire' }).subject;
    await waitFor(
      'the activation emails to arrive',
      () => [partnerContact.email, listedContact.email].every((email) => smtp.to(email).some((m) => m.subject === subject)),
      { timeoutMs: 20_000 },
    );
  });

  it('emails the partner contact in French, with a plain-text and an HTML part', async () => {
    const french = renderNotification('partnership.activated', ACTIVATION_FACTS, { language: 'fr', recipientName: 'Claire' });
    const english = renderNotification('partnership.activated', ACTIVATION_FACTS, { language: 'en', recipientName: 'Claire' });
    expect(french.subject).not.toBe(english.subject);

    const mails = smtp.to(partnerContact.email);
    const activation = mails.filter((m) => m.subject === french.subject);
    expect(activation).toHaveLength(1);
    expect(activation[0]!.part('text/plain')).toContain('Lyon');
    expect(activation[0]!.part('text/html')).toContain('<html');
    // The listed contact of the partner side (no account) is emailed too, in French.
    expect(smtp.to(listedContact.email).map((m) => m.subject)).toContain(french.subject);
  });

  it('puts it in the inbox of each account concerned', async () => {
    for (const account of [partnerContact, programAdmin, staff]) {
      const inbox = await waitFor(`${account.displayName}'s inbox`, async () => {
        const page = await harness.rpc.call('notifications', 'inbox.list', { limit: 10 }, { caller: account.caller });
        return page.items.some((item) => item.type === 'partnership.activated') ? page : null;
      });
      expect(inbox.unreadCount).toBeGreaterThanOrEqual(1);
    }
  });

  it('sends an opted-out channel nothing, and holds email during quiet hours', async () => {
    const rows = await notificationsOf(activatedId);
    expect(rows).toContainEqual(expect.objectContaining({ email: staff.email, channel: 'email', status: 'filtered' }));
    expect(rows).toContainEqual(expect.objectContaining({ email: staff.email, channel: 'inbox', status: 'delivered' }));
    const held = rows.find((r) => r.email === programAdmin.email && r.channel === 'email')!;
    expect(held.status).toBe('queued');
    expect(held.notBefore!.getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect(smtp.to(programAdmin.email)).toHaveLength(0);
    expect(smtp.to(staff.email)).toHaveLength(0);
  });

  it('still sends a critical message to someone who opted out', async () => {
    await harness.events.publish('account.password-reset-requested.v1', staff.accountId, {
      accountId: staff.accountId,
      email: staff.email,
      displayName: staff.displayName,
      language: staff.language,
      resetLink: { url: 'https://scn.test/reset?token=x', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    const mail = await waitFor('the reset email', () => smtp.to(staff.email)[0]);
    expect(mail.part('text/plain')).toContain('https://scn.test/reset?token=x');
  });

  it('makes one notification per recipient and channel when the same event arrives twice', async () => {
    const before = await notificationsOf(activatedId);
    const mailsBefore = smtp.received.length;
    const stream = `${harness.namespace.toUpperCase()}_EVENTS_PARTNERSHIPS`;
    const jsm = await harness.connection.nc.jetstreamManager();
    const original = await jsm.streams.getMessage(stream, { last_by_subj: `${harness.namespace}.events.partnerships.partnership.activated.v1` });
    await harness.events.republish(JSON.parse(original.string()), uuidv7());
    await waitFor('the duplicate to be delivered and acknowledged', async () => {
      const { last_seq } = (await jsm.streams.info(stream)).state;
      const consumer = await jsm.consumers.info(stream, 'notifications');
      return consumer.delivered.stream_seq === last_seq && consumer.num_ack_pending === 0;
    });
    // Give a (wrongly) made second notification time to be delivered before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = await notificationsOf(activatedId);
    expect(after).toHaveLength(before.length);
    const keys = after.map((r) => `${r.email}/${r.channel}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(smtp.received.length).toBe(mailsBefore);
  });

  it('records each delivery and announces it', async () => {
    const delivered = await harness.db.notification.findFirstOrThrow({ where: { sourceKey: `event:${activatedId}`, channel: 'email', status: 'sent' } });
    const tries = await harness.db.deliveryAttempt.findMany({ where: { notificationId: delivered.id } });
    expect(tries).toEqual([expect.objectContaining({ attempt: 1, outcome: 'sent' })]);
    const outbox = await harness.db.$queryRawUnsafe<Array<{ type: string }>>(
      `SELECT type FROM outbox_events WHERE aggregate = $1`,
      delivered.id,
    );
    expect(outbox.map((row) => row.type)).toEqual(['notification.delivered.v1']);
  });
});

describe('an exchange program paused', () => {
  it('tells each person why in their own language: the cause in their words, the note as given', async () => {
    const exchangeProgramId = uuidv7();
    const program = { exchangeProgramId, partnershipId, memberProgramId, season: 2027, category: 'arts-culture' as const, title: 'Jazz in Lyon' };
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    await harness.events.publish('exchange-program.published.v1', exchangeProgramId, {
      ...program,
      applicationOpensAt: inDays(-1),
      applicationClosesAt: inDays(20),
      decisionReleaseAt: null,
      offerResponseDeadline: null,
      travelStart: '2027-07-01',
      travelEnd: '2027-07-10',
      capacity: { member: 2, partner: 2 },
    });
    const cause = { code: 'partnership-suspended', by: null, note: 'elecciones municipales' } as const;
    const paused = await harness.events.publish('exchange-program.paused.v1', exchangeProgramId, { ...program, reason: cause.note, cause });

    // The partner side reads French by email…
    const subject = renderNotification('exchange-program.paused', { ...program, reason: cause.note, cause }, { language: 'fr', recipientName: 'Claire' }).subject;
    const mail = await waitFor('the French email of the pause', () => smtp.to(partnerContact.email).find((m) => m.subject === subject), {
      timeoutMs: 20_000,
    });
    const text = mail.part('text/plain') ?? '';
    expect(text).toContain('parce que le jumelage a été suspendu');
    expect(text).toContain('elecciones municipales');
    expect(text).not.toMatch(/partnership[ -]suspended/);

    // … the member program's admin reads Spanish in the inbox (her email waits for the end of her quiet hours).
    const item = await waitFor('the Spanish inbox item of the pause', async () => {
      const page = await harness.rpc.call('notifications', 'inbox.list', { limit: 20 }, { caller: programAdmin.caller });
      return page.items.find((i) => i.type === 'exchange-program.paused');
    });
    expect(item.body).toBe('En pausa porque se suspendió el hermanamiento. Por el momento no se admiten nuevas solicitudes.');
    // The facts (the inbox's and the webhooks' data) carry the structured cause, and the reason for older receivers.
    expect(item.data).toMatchObject({ exchangeProgramId, cause, reason: 'elecciones municipales' });
    await waitFor('the French email recorded as sent', async () =>
      (await notificationsOf(paused.id)).some((r) => r.email === partnerContact.email && r.channel === 'email' && r.status === 'sent'),
    );
  });
});

describe('the daily digest', () => {
  it('gathers the emails held for it into one message at its time, and records each as sent', async () => {
    const recipient = await harness.db.recipient.findUniqueOrThrow({ where: { accountId: staff.accountId } });
    const dueAt = new Date(Date.now() + 1_500);
    const held = ['Partnership Miami – Lyon is active', 'Exchange program published'].map((title) => ({
      id: uuidv7(),
      sourceKey: `event:${uuidv7()}`,
      targetKey: `recipient:${recipient.id}`,
      recipientId: recipient.id,
      channel: 'email' as const,
      type: 'announcement',
      category: 'announcements',
      language: 'de',
      payload: { announcementId: uuidv7(), title, body: title },
      title,
      body: `${title}.`,
      notBefore: dueAt,
      inDigest: true,
    }));
    const mailsBefore = smtp.to(staff.email).length;
    await harness.db.notification.createMany({ data: held });
    await harness.db.$executeRawUnsafe(`SELECT pg_notify('notification_dispatch', '')`);

    const digest = await waitFor('the digest email', () => smtp.to(staff.email)[mailsBefore], { timeoutMs: 20_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt.getTime());
    for (const { title } of held) expect(digest.part('text/plain')).toContain(title);
    expect(smtp.to(staff.email)).toHaveLength(mailsBefore + 1);
    // Recorded once the relay accepted the message.
    await waitFor('both held notifications recorded as sent', async () => {
      const rows = await harness.db.notification.findMany({ where: { id: { in: held.map((n) => n.id) } } });
      return rows.every((row) => row.status === 'sent');
    });
  });
});

describe('a failed delivery', () => {
  it('is failed at once on a permanent refusal, and delivered when staff replay it', async () => {
    const person = { email: `refused-${uuidv7().slice(-6)}@test.scn`, displayName: 'Refused', language: 'en' };
    refused.add(person.email);
    const announcementId = uuidv7();
    await harness.db.$transaction((tx) =>
      harness.service.app.get(NotificationPlanner).plan(tx, {
        sourceKey: `announcement:${announcementId}`,
        type: 'announcement',
        facts: { announcementId, title: 'Assembly', body: 'On 12 March.' },
        audience: { kind: 'person', ...person },
      }),
    );
    const failed = await waitFor('the notification to fail', () =>
      harness.db.notification.findFirst({ where: { sourceKey: `announcement:${announcementId}`, status: 'failed' } }),
    );
    expect(failed.statusReason).toMatch(/550|unavailable/);

    refused.delete(person.email);
    const replayed = await harness.rpc.call('notifications', 'notifications.replay', { notificationId: failed.id }, { caller: staff.caller });
    expect(replayed).toMatchObject({ id: failed.id, status: 'queued' });
    await waitFor('the replayed email', () => smtp.to(person.email)[0]);
    const detail = await waitFor('the replay recorded', async () => {
      const record = await harness.rpc.call('notifications', 'notifications.get', { notificationId: failed.id }, { caller: staff.caller });
      return record.status === 'sent' ? record : null;
    });
    expect(detail.tries.map((t) => t.outcome)).toEqual(['failed', 'sent']);
    const events = await harness.db.$queryRawUnsafe<Array<{ type: string }>>(`SELECT type FROM outbox_events WHERE aggregate = $1 ORDER BY seq`, failed.id);
    expect(events.map((e) => e.type)).toEqual(['notification.failed.v1', 'notification.delivered.v1']);

    // Only a failed notification can be replayed.
    await expect(
      harness.rpc.call('notifications', 'notifications.replay', { notificationId: failed.id }, { caller: staff.caller }),
    ).rejects.toMatchObject({ error: { code: 'NOTIFICATION.NOT_REPLAYABLE' } });
  });
});
