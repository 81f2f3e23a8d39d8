import type { DomainEvent, EventData, EventType } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { v7 as uuidv7 } from 'uuid';
import { NotificationPlanner } from '../src/notifying/notification-planner';
import { renderNotification } from '../src/templates';
import { SmtpSink } from './support/smtp-sink';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// The applications service's decisions, offers, nominations, referees, guardians and
// matching (issue #13), end to end over real JetStream, PostgreSQL, Redis (BullMQ) and SMTP:
// who is told what, on which channel and in which language; the partner city's signed
// webhook; nothing twice for an event delivered twice; the offer and referee reminders
// planned, fired once at their time (real time: due a few seconds after the event) and
// cancelled by the events that end them.

const DAY = 86_400_000;
const SEASON = 2027;
const LYON = 'gn:2996944';
const memberProgramId = uuidv7();
const partnershipId = uuidv7();

const applicant = testAccount('Lucia', 'es', [{ role: 'applicant', scopeIds: [] }]);
const partnerContact = testAccount('Camille', 'fr', [{ role: 'partner-contact', scopeIds: [LYON] }]);
const otherContact = testAccount('Otto', 'de', [{ role: 'partner-contact', scopeIds: ['gn:2950159'] }]);
const programAdmin = testAccount('Greta', 'de', [{ role: 'program-admin', scopeIds: [memberProgramId] }]);
const staff = testAccount('Sam', 'en', [{ role: 'network-staff', scopeIds: [] }]);
const listedPartnerContact = { name: 'Mairie de Lyon', email: `relations-${memberProgramId.slice(-6)}@lyon.example`, language: 'fr' };
const orchestra = { exchangeProgramId: uuidv7(), title: 'Orquesta juvenil de verano' };
const jazz = { exchangeProgramId: uuidv7(), title: 'Taller de jazz en Lyon' };
const webhookSecret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const lyonEndpointId = uuidv7();

/** A loopback HTTP receiver recording each request with whether its Standard Webhooks signature holds. */
class Receiver {
  readonly received: Array<{ body: string; verified: boolean; headers: IncomingHttpHeaders }> = [];
  private constructor(private readonly server: Server) {}
  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let verified = true;
        try {
          new Webhook(webhookSecret).verify(body, Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)])));
        } catch {
          verified = false;
        }
        receiver.received.push({ body, verified, headers: request.headers });
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let smtp: SmtpSink;
let receiver: Receiver;
let harness: NotificationsUnderTest;

beforeAll(async () => {
  smtp = await SmtpSink.start();
  receiver = await Receiver.start();
  harness = await NotificationsUnderTest.start({ ...FAST_DELIVERY_ENV, SMTP_URL: smtp.url });
  const accounts = [applicant, partnerContact, otherContact, programAdmin, staff];
  for (const account of accounts) await announceAccount(harness, account);
  for (const program of [orchestra, jazz]) {
    await harness.events.publish('exchange-program.published.v1', program.exchangeProgramId, {
      ...program,
      partnershipId,
      memberProgramId,
      season: SEASON,
      category: 'arts-culture',
      applicationOpensAt: new Date(Date.now() - DAY).toISOString(),
      applicationClosesAt: new Date(Date.now() + 20 * DAY).toISOString(),
      decisionReleaseAt: null,
      offerResponseDeadline: null,
      travelStart: '2027-07-01',
      travelEnd: '2027-07-10',
      capacity: { member: 2, partner: 2 },
    });
  }
  await waitFor('the accounts and programs to be known', async () => {
    const [known, programs] = await Promise.all([
      harness.db.recipient.count({ where: { accountId: { in: accounts.map((a) => a.accountId) } } }),
      harness.db.knownExchangeProgram.count({ where: { id: { in: [orchestra.exchangeProgramId, jazz.exchangeProgramId] } } }),
    ]);
    return known === accounts.length && programs === 2;
  });
  // The partnership as its events would have made it known (Lyon is its partner city, with a listed contact).
  await harness.db.knownPartnership.create({
    data: {
      id: partnershipId,
      memberProgramId,
      memberCityId: 'gn:2655603',
      partnerCityId: LYON,
      memberCountryCode: 'GB',
      partnerCountryCode: 'FR',
      status: 'active',
      partnerContacts: [listedPartnerContact],
      lastChangedAt: new Date(),
    },
  });
  await harness.db.webhookEndpoint.create({
    data: { id: lyonEndpointId, url: receiver.url, secret: webhookSecret, owner: 'partner_city', cityId: LYON, createdBy: partnerContact.accountId },
  });
}, 60_000);

afterAll(async () => {
  await harness?.stop();
  await smtp?.stop();
  await receiver?.stop();
});

type ApplicationsEventType = Extract<EventType, `application.${string}` | `nomination.${string}` | `recommendation.${string}`>;

/** Publishes an event of the applicant's application; `at` sets its time. */
function publish<T extends ApplicationsEventType>(
  type: T,
  applicationId: string,
  data: Omit<EventData<T>, 'applicationId' | 'applicantId' | 'season'>,
  at?: Date,
): Promise<DomainEvent<T>> {
  return harness.events.publish(type, applicationId, { applicationId, applicantId: applicant.accountId, season: SEASON, ...data } as EventData<T>, at);
}

/** The notifications an event made, as (email, endpoint, channel, type, status). */
async function notificationsOf(event: { id: string }) {
  const rows = await harness.db.notification.findMany({ where: { sourceKey: `event:${event.id}` }, include: { recipient: true } });
  return rows.map((row) => ({ email: row.recipient?.email ?? null, endpointId: row.endpointId, channel: row.channel, type: row.type, status: row.status }));
}

/** Waits until the event made `count` notifications and each is sent or delivered. */
const delivered = (event: { id: string }, count: number) =>
  waitFor(
    `the ${count} notifications of ${event.id}`,
    async () => {
      const rows = await notificationsOf(event);
      return rows.length === count && rows.every((row) => row.status === 'sent' || row.status === 'delivered') ? rows : null;
    },
    { timeoutMs: 20_000 },
  );

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

const reminder = (id: string) => harness.db.reminder.findUnique({ where: { id } });
const jobExists = async (jobId: string) => (await harness.redis.exists(`{${harness.namespace}}:reminders:${jobId}`)) === 1;

describe('a decision released and its offer', () => {
  const applicationId = uuidv7();
  let released: DomainEvent<'application.decision-released.v1'>;
  let offer: DomainEvent<'application.offer-made.v1'>;
  const deadline = new Date(Date.now() + 10 * DAY);

  beforeAll(async () => {
    released = await publish('application.decision-released.v1', applicationId, {
      outcome: 'accepted',
      placement: { exchangeProgramId: jazz.exchangeProgramId, side: 'member' },
      waitlists: [{ exchangeProgramId: orchestra.exchangeProgramId, position: 2 }],
      explanations: [],
    });
    offer = await publish('application.offer-made.v1', applicationId, {
      placement: { exchangeProgramId: jazz.exchangeProgramId, side: 'member' },
      deadline: deadline.toISOString(),
      promoted: false,
    });
    await delivered(released, 2);
    await delivered(offer, 2);
  });

  it('tells the applicant alone, in Spanish, by email and inbox: the place, to see the offer, the waiting list and where the explanation is', async () => {
    const mail = smtp.to(applicant.email).find((m) => m.subject === 'Tiene una plaza: Taller de jazz en Lyon');
    expect(mail).toBeDefined();
    const text = mail!.part('text/plain');
    expect(text).toContain('Orquesta juvenil de verano: puesto 2 en la lista de espera');
    expect(text).toContain('consúltela para aceptarla o rechazarla');
    expect(text).toContain(`/v1/me/applications/${applicationId}`);
    expect((await notificationsOf(released)).every((row) => row.email === applicant.email && row.endpointId === null)).toBe(true);
    const inbox = await harness.rpc.call('notifications', 'inbox.list', { limit: 50 }, { caller: applicant.caller });
    expect(inbox.items.find((i) => i.type === 'application.decision-released')).toMatchObject({ category: 'applications', title: 'Tiene una plaza: Taller de jazz en Lyon' });
  });

  it('tells the offer with its deadline, in the applicant’s words', async () => {
    const expected = renderNotification(
      'application.offer-made',
      {
        applicationId,
        season: SEASON,
        exchangeProgramId: jazz.exchangeProgramId,
        title: jazz.title,
        side: 'member',
        deadline: deadline.toISOString(),
        promoted: false,
        applicationPath: `/v1/me/applications/${applicationId}`,
      },
      { language: 'es', recipientName: applicant.displayName },
    );
    const mails = smtp.to(applicant.email).filter((m) => m.subject === expected.subject);
    expect(mails).toHaveLength(1);
    const deadlineLine = expected.text.split('\n').find((line) => line.startsWith('Acepte o rechace la oferta antes del'));
    expect(deadlineLine).toBeDefined();
    expect(mails[0]!.part('text/plain')).toContain(deadlineLine);
  });

  it('comes whatever the applicant turned off (critical), and nothing twice when the events are delivered again', async () => {
    const recipient = await harness.db.recipient.findUniqueOrThrow({ where: { accountId: applicant.accountId } });
    await harness.db.channelPreference.createMany({
      data: [
        { recipientId: recipient.id, category: 'applications', channel: 'email', enabled: false },
        { recipientId: recipient.id, category: 'applications', channel: 'inbox', enabled: false },
      ],
    });
    const mailsBefore = smtp.to(applicant.email).length;
    for (const event of [released, offer]) await harness.events.republish(event, uuidv7());
    await drained();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notificationsOf(released)).toHaveLength(2);
    expect(await notificationsOf(offer)).toHaveLength(2);
    expect(smtp.to(applicant.email)).toHaveLength(mailsBefore);

    const refusal = await publish('nomination.refused.v1', applicationId, { placement: { exchangeProgramId: jazz.exchangeProgramId, side: 'member' }, reason: 'Sin familia de acogida' });
    const rows = await waitFor('the refusal’s notifications', async () => {
      const found = await notificationsOf(refusal);
      return found.length === 2 ? found : null;
    });
    // Not critical: the applicant's opt-out holds.
    expect(rows.map((row) => row.status)).toEqual(['filtered', 'filtered']);
    await harness.db.channelPreference.deleteMany({ where: { recipientId: recipient.id } });
  });

  it('planned the deadline reminders 3 days and 1 day before; the host’s refusal above cancelled them and removed their jobs', async () => {
    const ids = [`offer-deadline-3d_${applicationId}`, `offer-deadline-1d_${applicationId}`];
    const rows = await waitFor('the reminders cancelled and unscheduled', async () => {
      const found = await harness.db.reminder.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
      return found.length === 2 && found.every((row) => row.status === 'cancelled' && !row.syncNeeded) ? found : null;
    });
    expect(rows.map((row) => [row.dueAt.getTime(), row.statusReason])).toEqual([
      [deadline.getTime() - DAY, 'nomination refused by the host city'],
      [deadline.getTime() - 3 * DAY, 'nomination refused by the host city'],
    ]);
    for (const row of rows) expect(row.jobId).toBeNull();
  });
});

describe('offer reminders', () => {
  it('fire once at their time, to the applicant, and the offer’s answer cancels those still pending', async () => {
    const applicationId = uuidv7();
    // Due in 1 day and 5 seconds: the 1-day reminder fires in 5 s; the 3-day one is already past (not planned).
    const deadline = new Date(Date.now() + DAY + 5_000);
    await publish('application.offer-made.v1', applicationId, {
      placement: { exchangeProgramId: orchestra.exchangeProgramId, side: 'member' },
      deadline: deadline.toISOString(),
      promoted: true,
    });
    const oneDay = `offer-deadline-1d_${applicationId}`;
    const pending = await waitFor('the 1-day reminder in Redis', async () => {
      const row = await reminder(oneDay);
      return row && !row.syncNeeded && row.jobId ? row : null;
    });
    expect(await jobExists(pending.jobId!)).toBe(true);
    expect(await reminder(`offer-deadline-3d_${applicationId}`)).toBeNull();

    const fired = await waitFor('the reminder to fire', async () => ((await reminder(oneDay))?.status === 'fired' ? reminder(oneDay) : null), { timeoutMs: 20_000 });
    const sourceKey = `reminder:${oneDay}@${fired!.dueAt.toISOString()}`;
    const made = await waitFor('its email and inbox item', async () => {
      const rows = await harness.db.notification.findMany({ where: { sourceKey }, include: { recipient: true } });
      return rows.length === 2 && rows.every((row) => row.status === 'sent' || row.status === 'delivered') ? rows : null;
    });
    expect(made.map((row) => [row.recipient?.email, row.channel, row.type]).sort()).toEqual([
      [applicant.email, 'email', 'reminder.offer-deadline'],
      [applicant.email, 'inbox', 'reminder.offer-deadline'],
    ]);
    const mail = await waitFor('the reminder email', () => smtp.to(applicant.email).find((m) => m.subject.startsWith('Queda 1 día para responder a su oferta')));
    expect(mail.subject).toBe('Queda 1 día para responder a su oferta: Orquesta juvenil de verano');

    // Accepting now changes nothing about the one already sent; a new offer's reminders are cancelled by its acceptance.
    const other = uuidv7();
    await publish('application.offer-made.v1', other, {
      placement: { exchangeProgramId: orchestra.exchangeProgramId, side: 'partner' },
      deadline: new Date(Date.now() + 10 * DAY).toISOString(),
      promoted: false,
    });
    const ids = [`offer-deadline-3d_${other}`, `offer-deadline-1d_${other}`];
    const scheduled = await waitFor('both reminders in Redis', async () => {
      const rows = await harness.db.reminder.findMany({ where: { id: { in: ids } } });
      return rows.length === 2 && rows.every((row) => !row.syncNeeded && row.jobId) ? rows : null;
    });
    for (const row of scheduled) expect(await jobExists(row.jobId!)).toBe(true);
    const accepted = await publish('application.offer-accepted.v1', other, { placement: { exchangeProgramId: orchestra.exchangeProgramId, side: 'partner' } });
    const cancelled = await waitFor('both cancelled, their jobs removed', async () => {
      const rows = await harness.db.reminder.findMany({ where: { id: { in: ids } } });
      return rows.every((row) => row.status === 'cancelled' && !row.syncNeeded) ? rows : null;
    });
    expect(cancelled.map((row) => row.statusReason)).toEqual(['offer accepted', 'offer accepted']);
    for (const row of scheduled) expect(await jobExists(row.jobId!)).toBe(false);
    // The applicant's own answer makes no notification.
    await drained();
    expect(await notificationsOf(accepted)).toEqual([]);
  });
});

describe('a nomination to the partner city', () => {
  it('tells Lyon’s contacts (listed and partner-contact accounts) by email and inbox, and posts a signed webhook to its endpoint', async () => {
    const applicationId = uuidv7();
    const nomination = await publish('nomination.requested.v1', applicationId, {
      placement: { exchangeProgramId: jazz.exchangeProgramId, side: 'member' },
      hostSide: 'partner',
      hostCityId: LYON,
    });
    const rows = await delivered(nomination, 4);
    expect(rows.map((row) => [row.email ?? row.endpointId, row.channel]).sort()).toEqual(
      [
        [listedPartnerContact.email, 'email'],
        [partnerContact.email, 'email'],
        [partnerContact.email, 'inbox'],
        [lyonEndpointId, 'webhook'],
      ].sort(),
    );
    expect(smtp.to(otherContact.email)).toHaveLength(0);
    const mail = smtp.to(partnerContact.email).find((m) => m.subject === 'Participant nommé\u00a0: Taller de jazz en Lyon');
    expect(mail?.part('text/plain')).toContain('/v1/nominations');

    const hook = await waitFor('the webhook', () => receiver.received.find((r) => r.body.includes(applicationId)));
    expect(hook.verified).toBe(true);
    expect(JSON.parse(hook.body)).toMatchObject({
      type: 'nomination.requested',
      data: { applicationId, exchangeProgramId: jazz.exchangeProgramId, title: jazz.title, side: 'member', hostSide: 'partner', hostCityId: LYON },
    });
  });

  it('to the member city: its program’s admins, in German', async () => {
    const nomination = await publish('nomination.requested.v1', uuidv7(), {
      placement: { exchangeProgramId: orchestra.exchangeProgramId, side: 'partner' },
      hostSide: 'member',
      hostCityId: 'gn:2655603',
    });
    const rows = await delivered(nomination, 2);
    expect(rows.every((row) => row.email === programAdmin.email)).toBe(true);
    const mail = await waitFor('Greta’s email', () => smtp.to(programAdmin.email).find((m) => m.subject.startsWith('Teilnehmende Person nominiert')));
    expect(mail.part('text/plain')).toContain('reist aus der Partnerstadt an');
  });
});

describe('referees, guardians and the matching', () => {
  const referee = (email: string) => ({ name: 'Prof. Martín', email });
  const uploadLink = (token: string) => ({ url: `https://scn.example.org/recommendation?token=${token}`, expiresAt: new Date(Date.now() + 30 * DAY).toISOString() });

  it('emails the referee, without an account, the upload link in the applicant’s language; reminds them once after 7 days', async () => {
    const applicationId = uuidv7();
    const recommendationId = uuidv7();
    const email = `martin-${recommendationId.slice(-6)}@school.example`;
    // Asked 7 days ago less 5 seconds: the reminder is due 5 s from now.
    const requested = await publish(
      'recommendation.requested.v1',
      applicationId,
      {
        recommendationId,
        exchangeProgramId: orchestra.exchangeProgramId,
        programTitle: orchestra.title,
        applicantName: 'Lucía Fernández',
        referee: referee(email),
        language: 'es',
        uploadLink: uploadLink('first'),
      },
      new Date(Date.now() - 7 * DAY + 5_000),
    );
    const rows = await delivered(requested, 1);
    expect(rows).toEqual([expect.objectContaining({ email, channel: 'email', type: 'recommendation.requested' })]);
    const mail = await waitFor('the referee’s email', () => smtp.to(email)[0]);
    expect(mail.subject).toBe('Lucía Fernández le pide una carta de recomendación');
    expect(mail.part('text/plain')).toContain('https://scn.example.org/recommendation?token=first');

    const id = `recommendation-unanswered_${recommendationId}`;
    await waitFor('the referee reminder to fire', async () => (await reminder(id))?.status === 'fired', { timeoutMs: 20_000 });
    const reminderMail = await waitFor('the reminder email', () => smtp.to(email).find((m) => m.subject.startsWith('Recordatorio')));
    expect(reminderMail.part('text/plain')).toContain('https://scn.example.org/recommendation?token=first');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.to(email)).toHaveLength(2);
  });

  /** A referee asked for a letter, and the reminder planned for them once it is in Redis. */
  async function askedReferee(who: string, link: string) {
    const applicationId = uuidv7();
    const recommendationId = uuidv7();
    await publish('recommendation.requested.v1', applicationId, {
      recommendationId,
      exchangeProgramId: orchestra.exchangeProgramId,
      programTitle: orchestra.title,
      applicantName: 'Lucía Fernández',
      referee: referee(`${who}-${recommendationId.slice(-6)}@school.example`),
      language: 'en',
      uploadLink: uploadLink(link),
    });
    const id = `recommendation-unanswered_${recommendationId}`;
    const pending = await waitFor('the reminder in Redis', async () => {
      const row = await reminder(id);
      return row && !row.syncNeeded && row.jobId ? row : null;
    });
    return { applicationId, recommendationId, id, pending };
  }

  const cancelledReminder = (id: string) =>
    waitFor('the reminder cancelled', async () => {
      const row = await reminder(id);
      return row?.status === 'cancelled' && !row.syncNeeded ? row : null;
    });

  it('cancels the referee’s reminder when their letter arrives first', async () => {
    const { applicationId, recommendationId, id, pending } = await askedReferee('ana', 'second');
    expect(pending.dueAt.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    await publish('recommendation.received.v1', applicationId, { recommendationId, exchangeProgramId: orchestra.exchangeProgramId });
    const cancelled = await cancelledReminder(id);
    expect(cancelled.statusReason).toBe('letter received');
    expect(await jobExists(pending.jobId!)).toBe(false);
  });

  it('cancels the reminder of a referee the applicant removed: they are never reminded', async () => {
    const { applicationId, recommendationId, id, pending } = await askedReferee('removed', 'removed');
    await publish('recommendation.cancelled.v1', applicationId, { recommendationId, exchangeProgramId: orchestra.exchangeProgramId });
    const cancelled = await cancelledReminder(id);
    expect(cancelled.statusReason).toBe('referee removed');
    expect(await jobExists(pending.jobId!)).toBe(false);
  });

  it('emails the guardian the consent link, naming the programs', async () => {
    const email = `carmen-${uuidv7().slice(-6)}@example.org`;
    const consent = await harness.events.publish('guardian-consent.requested.v1', applicant.accountId, {
      applicantId: applicant.accountId,
      applicantName: 'Lucía Fernández',
      guardian: { name: 'Carmen Fernández', email },
      language: 'fr',
      programs: [orchestra, jazz],
      consentLink: { url: 'https://scn.example.org/guardian-consent?token=xyz', expiresAt: new Date(Date.now() + 14 * DAY).toISOString() },
    });
    await delivered(consent, 1);
    const mail = await waitFor('the guardian’s email', () => smtp.to(email)[0]);
    expect(mail.subject).toBe('Votre consentement est nécessaire pour Lucía Fernández');
    expect(mail.part('text/plain')).toContain('aux programmes d’échange Orquesta juvenil de verano et Taller de jazz en Lyon');
    expect(mail.part('text/plain')).toContain('https://scn.example.org/guardian-consent?token=xyz');
  });

  it('tells network staff the season’s figures in their inbox, and nobody else', async () => {
    const runId = uuidv7();
    const completed = await harness.events.publish('matching.run-completed.v1', runId, {
      runId,
      season: SEASON,
      seed: 'seed-1',
      applicants: 120,
      placed: 97,
      programIds: [orchestra.exchangeProgramId, jazz.exchangeProgramId],
    });
    const rows = await delivered(completed, 1);
    expect(rows).toEqual([expect.objectContaining({ email: staff.email, channel: 'inbox', type: 'matching.run-completed' })]);
    const inbox = await harness.rpc.call('notifications', 'inbox.list', { limit: 50 }, { caller: staff.caller });
    expect(inbox.items.find((i) => i.type === 'matching.run-completed')).toMatchObject({
      title: 'Matching committed: 2027 season',
      body: '97 of 120 applicants placed, in 2 programs.',
      data: { runId, unplaced: 23 },
    });
  });
});

describe('a matching release: many applicants’ decisions and offers at once (issue #16)', () => {
  it('tells each applicant of their own decision and offer once and plans their reminders, the events handled a batch at a time', async () => {
    const applicants = Array.from({ length: 16 }, (_, i) => testAccount(`Release${i}`, i % 2 ? 'fr' : 'en', [{ role: 'applicant', scopeIds: [] }]));
    for (const account of applicants) await announceAccount(harness, account);
    await waitFor('the applicants to be known', async () => (await harness.db.recipient.count({ where: { accountId: { in: applicants.map((a) => a.accountId) } } })) === applicants.length);
    const deadline = new Date(Date.now() + 10 * DAY).toISOString();
    const placement = { exchangeProgramId: orchestra.exchangeProgramId, side: 'partner' as const };
    const planned = jest.spyOn(harness.service.app.get(NotificationPlanner), 'planMany');
    // Every applicant's two events in turn, the applicants all at once: a burst, as a release publishes.
    const released = await Promise.all(
      applicants.map(async (account) => {
        const applicationId = uuidv7();
        const base = { applicationId, applicantId: account.accountId, season: SEASON };
        const decision = await harness.events.publish('application.decision-released.v1', applicationId, { ...base, outcome: 'accepted', placement, waitlists: [], explanations: [] });
        const offer = await harness.events.publish('application.offer-made.v1', applicationId, { ...base, placement, deadline, promoted: false });
        return { account, applicationId, events: [decision, offer] };
      }),
    );
    for (const { account, applicationId, events } of released) {
      for (const event of events) {
        const rows = await delivered(event, 2);
        expect(rows.map((row) => [row.email, row.channel]).sort()).toEqual([
          [account.email, 'email'],
          [account.email, 'inbox'],
        ]);
      }
      expect(await harness.db.reminder.count({ where: { id: { in: [`offer-deadline-3d_${applicationId}`, `offer-deadline-1d_${applicationId}`] } } })).toBe(2);
    }
    for (const { account } of released) expect(smtp.to(account.email)).toHaveLength(2);
    // The handler took several events at once: their notifications were planned together, each once.
    const ours = new Set(released.flatMap(({ events }) => events.map((event) => `event:${event.id}`)));
    const calls = planned.mock.calls.map(([, requests]) => requests.map((request) => request.sourceKey).filter((key) => ours.has(key)));
    planned.mockRestore();
    expect(Math.max(...calls.map((keys) => keys.length))).toBeGreaterThan(1);
    expect(calls.flat().sort()).toEqual([...ours].sort());
  });
});
