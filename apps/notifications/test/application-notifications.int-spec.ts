import type { DomainEvent, EventData, EventType } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import type { NotificationFacts, NotificationType } from '../src/catalogue/notification-types';
import { renderNotification } from '../src/templates';
import { SmtpSink } from './support/smtp-sink';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// What the applications service's events tell applicants (issue #13), end to end over real
// JetStream, PostgreSQL, Redis and SMTP: the applicant alone, by email and inbox, in the
// language of their account; nothing for a withdrawal caused by a cancelled program (the
// choice's notification told it); nothing twice for an event delivered twice.

const applicant = testAccount('Lucia', 'es', [{ role: 'applicant', scopeIds: [] }]);
const bystander = testAccount('Bob', 'en', [{ role: 'applicant', scopeIds: [] }]);
const partnershipId = uuidv7();
const SEASON = 2027;
const networkEndpointId = uuidv7();

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const programs = {
  orchestra: { exchangeProgramId: uuidv7(), title: 'Orquesta juvenil de verano' },
  jazz: { exchangeProgramId: uuidv7(), title: 'Taller de jazz en Lyon' },
  theatre: { exchangeProgramId: uuidv7(), title: 'Teatro en Birmingham' },
};

let smtp: SmtpSink;
let harness: NotificationsUnderTest;

beforeAll(async () => {
  smtp = await SmtpSink.start();
  harness = await NotificationsUnderTest.start({ ...FAST_DELIVERY_ENV, SMTP_URL: smtp.url });
  for (const account of [applicant, bystander]) await announceAccount(harness, account);
  for (const program of Object.values(programs)) {
    await harness.events.publish('exchange-program.published.v1', program.exchangeProgramId, {
      ...program,
      partnershipId,
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
  }
  await waitFor('the accounts and programs to be known', async () => {
    const [accounts, known] = await Promise.all([
      harness.db.recipient.count({ where: { accountId: { in: [applicant.accountId, bystander.accountId] } } }),
      harness.db.knownExchangeProgram.count({ where: { id: { in: Object.values(programs).map((p) => p.exchangeProgramId) } } }),
    ]);
    return accounts === 2 && known === 3;
  });
  // The network's endpoint wants every type it may receive: an application is not one of them.
  await harness.db.webhookEndpoint.create({
    data: { id: networkEndpointId, url: 'https://hooks.network.example/scn', secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`, owner: 'network', createdBy: uuidv7() },
  });
}, 60_000);

afterAll(async () => {
  await harness?.stop();
  await smtp?.stop();
});

/** Publishes an application event of the applicant (or of another account). */
function publish<T extends Extract<EventType, `application.${string}`>>(
  type: T,
  applicationId: string,
  data: Omit<EventData<T>, 'applicationId' | 'applicantId' | 'season'>,
  applicantId = applicant.accountId,
): Promise<DomainEvent<T>> {
  return harness.events.publish(type, applicationId, { applicationId, applicantId, season: SEASON, ...data } as EventData<T>);
}

/** The applicant's message as they must read it: in Spanish. */
const spanish = <T extends NotificationType>(type: T, facts: NotificationFacts<T>) =>
  renderNotification(type, facts, { language: 'es', recipientName: applicant.displayName });

/** The notifications an event made, as (email, channel, type, status). */
async function notificationsOf(event: { id: string }) {
  const rows = await harness.db.notification.findMany({ where: { sourceKey: `event:${event.id}` }, include: { recipient: true } });
  return rows.map((row) => ({ email: row.recipient?.email, endpointId: row.endpointId, channel: row.channel, type: row.type, status: row.status }));
}

/** Waits until the event is recorded as processed by the service's consumer. */
const processed = (event: { id: string }) =>
  waitFor(`event ${event.id} to be processed`, () => harness.db.processedMessage.findFirst({ where: { eventId: event.id } }));

async function inboxOf(account = applicant) {
  return harness.rpc.call('notifications', 'inbox.list', { limit: 50 }, { caller: account.caller });
}

/** The applicant's notifications of an event once both are made and delivered: the email sent, the inbox item there. */
async function deliveredTo(event: { id: string }) {
  return waitFor(
    `the email and inbox item of ${event.id}`,
    async () => {
      const rows = await notificationsOf(event);
      return rows.length === 2 && rows.every((row) => row.status === 'sent' || row.status === 'delivered') ? rows : null;
    },
    { timeoutMs: 20_000 },
  );
}

describe('an application submitted', () => {
  const applicationId = uuidv7();
  let submitted: DomainEvent<'application.submitted.v1'>;
  const facts = {
    applicationId,
    season: SEASON,
    choices: [
      { rank: 1, exchangeProgramId: programs.jazz.exchangeProgramId, title: programs.jazz.title },
      { rank: 2, exchangeProgramId: programs.orchestra.exchangeProgramId, title: programs.orchestra.title },
    ],
  };

  beforeAll(async () => {
    submitted = await publish('application.submitted.v1', applicationId, {
      choices: [
        { exchangeProgramId: programs.jazz.exchangeProgramId, side: 'member' },
        { exchangeProgramId: programs.orchestra.exchangeProgramId, side: 'member' },
      ],
    });
    await deliveredTo(submitted);
  });

  it('emails the applicant a confirmation in Spanish naming the season and the ranked programs', async () => {
    const expected = spanish('application.submitted', facts);
    const mails = smtp.to(applicant.email).filter((mail) => mail.subject === expected.subject);
    expect(mails).toHaveLength(1);
    expect(expected.subject).toBe('Solicitud enviada: temporada 2027');
    // One line per program, first choice first (the email's lines end in CRLF).
    expect(mails[0]?.part('text/plain')).toMatch(/^1\. Taller de jazz en Lyon\r?\n2\. Orquesta juvenil de verano\r?$/m);
  });

  it('puts it in the applicant’s inbox, with its facts, and tells nobody else, not even a webhook', async () => {
    const item = (await inboxOf()).items.find((i) => i.type === 'application.submitted');
    expect(item).toMatchObject({ category: 'applications', title: 'Solicitud enviada: temporada 2027', data: facts });
    expect(await notificationsOf(submitted)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: applicant.email, channel: 'email', type: 'application.submitted' }),
        expect.objectContaining({ email: applicant.email, channel: 'inbox', type: 'application.submitted' }),
      ]),
    );
    expect((await notificationsOf(submitted)).every((row) => row.endpointId === null)).toBe(true);
    expect(await harness.db.notification.count({ where: { endpointId: networkEndpointId } })).toBe(0);
    expect(smtp.to(bystander.email)).toHaveLength(0);
  });

  it('makes nothing twice when the same event is delivered again', async () => {
    const before = await notificationsOf(submitted);
    const mailsBefore = smtp.to(applicant.email).length;
    const stream = `${harness.namespace.toUpperCase()}_EVENTS_APPLICATIONS`;
    const jsm = await harness.connection.nc.jetstreamManager();
    await harness.events.republish(submitted, uuidv7());
    await waitFor('the duplicate to be delivered and acknowledged', async () => {
      const { last_seq } = (await jsm.streams.info(stream)).state;
      const consumer = await jsm.consumers.info(stream, 'notifications');
      return consumer.delivered.stream_seq === last_seq && consumer.num_ack_pending === 0;
    });
    // Give a (wrongly) made second notification time to be delivered before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notificationsOf(submitted)).toHaveLength(before.length);
    expect(smtp.to(applicant.email)).toHaveLength(mailsBefore);
    expect((await inboxOf()).items.filter((i) => i.type === 'application.submitted')).toHaveLength(1);
  });
});

describe('a chosen program cancelled', () => {
  it('with other choices left: tells the program, its reason, and that the rest of the application stays', async () => {
    const applicationId = uuidv7();
    const reason = 'La escuela anfitriona cerró por obras';
    const event = await publish('application.choice-withdrawn.v1', applicationId, {
      exchangeProgramId: programs.theatre.exchangeProgramId,
      reason,
      remainingChoices: 1,
    });
    await deliveredTo(event);
    const expected = spanish('application.choice-withdrawn', {
      applicationId,
      season: SEASON,
      exchangeProgramId: programs.theatre.exchangeProgramId,
      title: programs.theatre.title,
      reason,
      remainingChoices: 1,
    });
    const mail = smtp.to(applicant.email).find((m) => m.subject === expected.subject);
    expect(mail?.subject).toBe('Programa cancelado: Teatro en Birmingham');
    expect(mail?.part('text/plain')).toContain(`se ha cancelado: ${reason}`);
    expect(mail?.part('text/plain')).toContain('El resto de su solicitud se mantiene tal como está');
  });

  it('as the last choice: one notification saying the application is withdrawn, none for the withdrawal that follows', async () => {
    const applicationId = uuidv7();
    const reason = 'Sin financiación';
    const choiceWithdrawn = await publish('application.choice-withdrawn.v1', applicationId, {
      exchangeProgramId: programs.orchestra.exchangeProgramId,
      reason,
      remainingChoices: 0,
    });
    const withdrawn = await publish('application.withdrawn.v1', applicationId, {
      reason,
      cause: 'program-cancelled',
      exchangeProgramId: programs.orchestra.exchangeProgramId,
    });
    await deliveredTo(choiceWithdrawn);
    await processed(withdrawn);

    const expected = spanish('application.choice-withdrawn', {
      applicationId,
      season: SEASON,
      exchangeProgramId: programs.orchestra.exchangeProgramId,
      title: programs.orchestra.title,
      reason,
      remainingChoices: 0,
    });
    expect(expected.summary).toBe('Era su última opción: su solicitud para la temporada 2027 queda retirada.');
    expect(smtp.to(applicant.email).filter((m) => m.subject === expected.subject)).toHaveLength(1);
    // The withdrawal caused by the cancellation makes no notification of its own: no email, no inbox item.
    expect(await notificationsOf(withdrawn)).toEqual([]);
    const items = (await inboxOf()).items.filter((i) => i.data['applicationId'] === applicationId);
    expect(items.map((i) => i.type)).toEqual(['application.choice-withdrawn']);
  });
});

describe('an application withdrawn by the applicant', () => {
  it('confirms the withdrawal with their reason, once', async () => {
    const applicationId = uuidv7();
    const withdrawn = await publish('application.withdrawn.v1', applicationId, {
      reason: 'Encontré un trabajo de verano',
      cause: 'applicant',
      exchangeProgramId: null,
    });
    await deliveredTo(withdrawn);
    const expected = spanish('application.withdrawn', { applicationId, season: SEASON, reason: 'Encontré un trabajo de verano' });
    const mails = smtp.to(applicant.email).filter((m) => m.subject === expected.subject);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.part('text/plain')).toContain('Motivo que indicó: Encontré un trabajo de verano');
    const item = (await inboxOf()).items.find((i) => i.data['applicationId'] === applicationId);
    expect(item).toMatchObject({ type: 'application.withdrawn', title: 'Solicitud retirada: temporada 2027' });
  });

  it('tells only that applicant, in their own language', async () => {
    const applicationId = uuidv7();
    const withdrawn = await publish('application.withdrawn.v1', applicationId, { reason: 'Changed my plans', cause: 'applicant', exchangeProgramId: null }, bystander.accountId);
    await deliveredTo(withdrawn);
    const rows = await notificationsOf(withdrawn);
    expect(rows.map((row) => row.email)).toEqual([bystander.email, bystander.email]);
    const mail = await waitFor('Bob’s email', () => smtp.to(bystander.email)[0]);
    expect(mail.subject).toBe('Application withdrawn: 2027 season');
  });
});

describe('requirements missing before a chosen program’s window closes', () => {
  const applicationId = uuidv7();
  const closesAt = '2027-02-28T22:59:00.000Z';
  // As the applications service words them: English, naming the program by its own title.
  const missing = [
    { field: 'choices.0.documents.passport', rule: 'documents', message: 'Taller de jazz en Lyon: upload “Passport copy”' },
    { field: 'choices.0.answers.instrument', rule: 'answers', message: 'Taller de jazz en Lyon: answer “Which instrument do you play?”' },
    { field: 'choices.0.referees', rule: 'referees', message: 'Taller de jazz en Lyon: name 2 referees (1 named)' },
  ];
  let sevenDays: DomainEvent<'application.requirements-missing.v1'>;

  beforeAll(async () => {
    sevenDays = await publish('application.requirements-missing.v1', applicationId, {
      exchangeProgramId: programs.jazz.exchangeProgramId,
      closesAt,
      daysBefore: 7,
      missing,
    });
    await deliveredTo(sevenDays);
  });

  it('emails the applicant in Spanish: the program, when it closes, and each missing item in their words', async () => {
    const expected = spanish('reminder.requirements-missing', {
      applicationId,
      season: SEASON,
      exchangeProgramId: programs.jazz.exchangeProgramId,
      title: programs.jazz.title,
      closesAt,
      daysLeft: 7,
      missing: [
        { rule: 'documents', field: 'choices.0.documents.passport', key: 'passport' },
        { rule: 'answers', field: 'choices.0.answers.instrument', key: 'instrument' },
        { rule: 'referees', field: 'choices.0.referees', key: null },
      ],
      applicationPath: `/v1/me/applications/${applicationId}`,
    });
    expect(expected.subject).toBe('Taller de jazz en Lyon cierra el 28 de febrero de 2027 (dentro de 7 días): su solicitud no está enviada');
    const mails = smtp.to(applicant.email).filter((mail) => mail.subject === expected.subject);
    expect(mails).toHaveLength(1);
    const text = mails[0]?.part('text/plain') ?? '';
    expect(text).toMatch(/^Lo que aún falta para este programa:\r?\n– Suba el documento «passport»\r?\n– Responda a la pregunta «instrument»\r?\n– Indique las personas de referencia que pide el programa\r?$/m);
    for (const item of missing) expect(text).not.toContain(item.message);
    expect(text).toContain(`/v1/me/applications/${applicationId}`);
  });

  it('puts it in the applicant’s inbox as a reminder, and tells nobody else, not even a webhook', async () => {
    const item = (await inboxOf()).items.find((i) => i.type === 'reminder.requirements-missing' && i.data['applicationId'] === applicationId);
    expect(item).toMatchObject({
      category: 'reminders',
      title: 'Taller de jazz en Lyon cierra el 28 de febrero de 2027 (dentro de 7 días): su solicitud no está enviada',
      data: { exchangeProgramId: programs.jazz.exchangeProgramId, daysLeft: 7 },
    });
    const rows = await notificationsOf(sevenDays);
    expect(rows.map((row) => [row.email, row.channel, row.endpointId]).sort()).toEqual([
      [applicant.email, 'email', null],
      [applicant.email, 'inbox', null],
    ]);
    expect(await harness.db.notification.count({ where: { endpointId: networkEndpointId } })).toBe(0);
    expect(smtp.to(bystander.email).filter((mail) => mail.subject.includes('Taller de jazz'))).toHaveLength(0);
  });

  it('makes nothing twice when the same event is delivered again', async () => {
    const before = await notificationsOf(sevenDays);
    const mailsBefore = smtp.to(applicant.email).length;
    const stream = `${harness.namespace.toUpperCase()}_EVENTS_APPLICATIONS`;
    const jsm = await harness.connection.nc.jetstreamManager();
    await harness.events.republish(sevenDays, uuidv7());
    await waitFor('the duplicate to be delivered and acknowledged', async () => {
      const { last_seq } = (await jsm.streams.info(stream)).state;
      const consumer = await jsm.consumers.info(stream, 'notifications');
      return consumer.delivered.stream_seq === last_seq && consumer.num_ack_pending === 0;
    });
    // Give a (wrongly) made second notification time to be delivered before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notificationsOf(sevenDays)).toHaveLength(before.length);
    expect(smtp.to(applicant.email)).toHaveLength(mailsBefore);
    const items = (await inboxOf()).items.filter((i) => i.type === 'reminder.requirements-missing' && i.data['applicationId'] === applicationId);
    expect(items).toHaveLength(1);
  });

  it('two days before, with only the submission left: says everything is there, submit it', async () => {
    const twoDays = await publish('application.requirements-missing.v1', applicationId, {
      exchangeProgramId: programs.jazz.exchangeProgramId,
      closesAt,
      daysBefore: 2,
      missing: [],
    });
    await deliveredTo(twoDays);
    const subject = 'Taller de jazz en Lyon cierra el 28 de febrero de 2027 (dentro de 2 días): su solicitud no está enviada';
    const mails = smtp.to(applicant.email).filter((mail) => mail.subject === subject);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.part('text/plain')).toContain('Ya está todo: envíe su solicitud.');
    expect(mails[0]?.part('text/plain')).not.toContain('Lo que aún falta');
    const item = (await inboxOf()).items.find((i) => i.title === subject);
    expect(item).toMatchObject({ type: 'reminder.requirements-missing', category: 'reminders', body: 'Ya está todo: envíe su solicitud.' });
  });
});
