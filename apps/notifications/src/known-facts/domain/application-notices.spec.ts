import type { EventData } from '@scn/contracts';
import { NOTIFICATION_TYPES } from '../../catalogue/notification-types';
import { renderNotification } from '../../templates';
import { applicationNoticeOf, missingRequirementOf, programsNamedBy } from './application-notices';
import { APPLICATION_EVENT_TYPES, type AnyApplicationEvent, type ApplicationEventType } from './followed-events';

const APPLICATION_ID = '0190f0c8-0000-7000-8000-0000000000a1';
const APPLICANT_ID = '0190f0c8-0000-7000-8000-0000000000a2';
const ORCHESTRA = '0190f0c8-0000-7000-8000-0000000000b1';
const JAZZ = '0190f0c8-0000-7000-8000-0000000000b2';
const UNKNOWN = '0190f0c8-0000-7000-8000-0000000000b3';

const PARTNERSHIP = '0190f0c8-0000-7000-8000-0000000000d1';
const MEMBER_PROGRAM = '0190f0c8-0000-7000-8000-0000000000d2';
const hosts = new Map([
  [ORCHESTRA, { partnershipId: PARTNERSHIP, memberProgramId: MEMBER_PROGRAM }],
  [JAZZ, { partnershipId: PARTNERSHIP, memberProgramId: null }],
]);

const titles = new Map([
  [ORCHESTRA, 'Summer youth orchestra'],
  [JAZZ, 'Jazz workshop in Lyon'],
]);

function eventOf<T extends ApplicationEventType>(type: T, data: Omit<EventData<T>, 'applicationId' | 'applicantId' | 'season'> | EventData<T>): AnyApplicationEvent {
  return {
    id: '0190f0c8-0000-7000-8000-0000000000c1',
    type,
    source: 'applications',
    subject: APPLICATION_ID,
    time: '2027-02-01T10:00:00.000Z',
    data: { applicationId: APPLICATION_ID, applicantId: APPLICANT_ID, season: 2027, ...data },
  } as unknown as AnyApplicationEvent;
}

const submitted = (choices = [ORCHESTRA, JAZZ]) =>
  eventOf('application.submitted.v1', { choices: choices.map((exchangeProgramId) => ({ exchangeProgramId, side: 'member' as const })) });
const choiceWithdrawn = (remainingChoices: number, exchangeProgramId = ORCHESTRA) =>
  eventOf('application.choice-withdrawn.v1', { exchangeProgramId, reason: 'The host school closed for renovation', remainingChoices });
const withdrawn = (cause: 'applicant' | 'program-cancelled') =>
  eventOf('application.withdrawn.v1', {
    reason: cause === 'applicant' ? 'I found a summer job' : 'The host school closed for renovation',
    cause,
    exchangeProgramId: cause === 'applicant' ? null : ORCHESTRA,
  });

/** How the applicant is reached, whatever the event: their account, email and inbox, no webhook. */
const toTheApplicant = {
  audience: { kind: 'account', accountId: APPLICANT_ID },
  webhooks: { kind: 'none' },
  channels: ['email', 'inbox'],
};

/** The English message the applicant would read. */
function englishOf(event: AnyApplicationEvent) {
  const notice = applicationNoticeOf(event, titles);
  if (!notice) throw new Error(`${event.type} makes no notification`);
  return renderNotification(notice.type, notice.facts as never, { language: 'en', recipientName: 'Ana' });
}

describe(applicationNoticeOf.name, () => {
  it('follows every event of the applications service it tells or reminds of', () => {
    expect([...APPLICATION_EVENT_TYPES].sort()).toEqual([
      'application.choice-withdrawn.v1',
      'application.confirmed.v1',
      'application.decision-released.v1',
      'application.offer-accepted.v1',
      'application.offer-declined.v1',
      'application.offer-lapsed.v1',
      'application.offer-made.v1',
      'application.requirements-missing.v1',
      'application.submitted.v1',
      'application.withdrawn.v1',
      'guardian-consent.requested.v1',
      'matching.run-completed.v1',
      'nomination.refused.v1',
      'nomination.requested.v1',
      'recommendation.cancelled.v1',
      'recommendation.received.v1',
      'recommendation.requested.v1',
    ]);
  });

  describe('a submission', () => {
    it('confirms it to the applicant alone, by email and inbox, naming the season and the ranked programs', () => {
      const notice = applicationNoticeOf(submitted(), titles);
      expect(notice).toEqual({
        type: 'application.submitted',
        facts: {
          applicationId: APPLICATION_ID,
          season: 2027,
          choices: [
            { rank: 1, exchangeProgramId: ORCHESTRA, title: 'Summer youth orchestra' },
            { rank: 2, exchangeProgramId: JAZZ, title: 'Jazz workshop in Lyon' },
          ],
        },
        ...toTheApplicant,
      });
      expect(NOTIFICATION_TYPES['application.submitted'].facts.safeParse(notice?.facts).success).toBe(true);
    });

    it('reads as a confirmation listing the programs in the applicant’s order', () => {
      const message = englishOf(submitted([JAZZ, ORCHESTRA]));
      expect(message.subject).toBe('Application submitted: 2027 season');
      expect(message.summary).toBe('Your application for the 2027 season has been received, with 2 programs in order of preference.');
      expect(message.text).toContain('The programs you chose, in order of preference:\n1. Jazz workshop in Lyon\n2. Summer youth orchestra\n');
      expect(message.html).toContain('1. Jazz workshop in Lyon<br>\n2. Summer youth orchestra');
    });

    it('names a program it does not know yet without inventing a title', () => {
      expect(applicationNoticeOf(submitted([ORCHESTRA, UNKNOWN]), titles)?.facts).toMatchObject({ choices: [{ rank: 1, title: 'Summer youth orchestra' }, { rank: 2, exchangeProgramId: UNKNOWN, title: null }] });
      expect(englishOf(submitted([ORCHESTRA, UNKNOWN])).text).toContain('1. Summer youth orchestra\n2. Exchange program (name not available yet)\n');
      expect(englishOf(submitted([ORCHESTRA])).text).toContain('The program you chose:\n1. Summer youth orchestra\n');
    });

    it('asks for the titles of every chosen program', () => {
      expect(programsNamedBy(submitted([JAZZ, ORCHESTRA]))).toEqual([JAZZ, ORCHESTRA]);
    });
  });

  describe('a choice withdrawn because its program was cancelled', () => {
    it('tells the applicant which program was cancelled and why, and that the rest of the application stays', () => {
      const notice = applicationNoticeOf(choiceWithdrawn(1), titles);
      expect(notice).toEqual({
        type: 'application.choice-withdrawn',
        facts: {
          applicationId: APPLICATION_ID,
          season: 2027,
          exchangeProgramId: ORCHESTRA,
          title: 'Summer youth orchestra',
          reason: 'The host school closed for renovation',
          remainingChoices: 1,
        },
        ...toTheApplicant,
      });
      const message = englishOf(choiceWithdrawn(2));
      expect(message.subject).toBe('Summer youth orchestra was cancelled');
      expect(message.text).toContain(
        'Summer youth orchestra, one of the programs you chose for the 2027 season, was cancelled: The host school closed for renovation',
      );
      expect(message.text).toContain('The rest of your application stays as it is: your 2 other choices are still considered, in the same order.');
      expect(englishOf(choiceWithdrawn(1)).summary).toBe('The rest of your application stays, with your other choice.');
      expect(message.text).not.toContain('withdrawn');
    });

    it('tells that the application is withdrawn when it was the last choice', () => {
      const message = englishOf(choiceWithdrawn(0));
      expect(message.summary).toBe('It was your last choice: your application for the 2027 season is withdrawn.');
      expect(message.text).toContain('was cancelled: The host school closed for renovation');
      expect(message.text).toContain('It was the last program left in your application, so your application is withdrawn.');
      expect(message.text).not.toContain('The rest of your application stays');
    });

    it('still tells it when the program is not known here, without its title', () => {
      expect(applicationNoticeOf(choiceWithdrawn(1, UNKNOWN), titles)?.facts).toMatchObject({ exchangeProgramId: UNKNOWN, title: null });
      const message = englishOf(choiceWithdrawn(1, UNKNOWN));
      expect(message.subject).toBe('A program you chose was cancelled');
      expect(message.text).toContain('One of the programs you chose for the 2027 season was cancelled: The host school closed for renovation');
      expect(programsNamedBy(choiceWithdrawn(1, UNKNOWN))).toEqual([UNKNOWN]);
    });
  });

  describe('a withdrawal', () => {
    it('by the applicant: confirms it to them with their reason', () => {
      expect(applicationNoticeOf(withdrawn('applicant'), titles)).toEqual({
        type: 'application.withdrawn',
        facts: { applicationId: APPLICATION_ID, season: 2027, reason: 'I found a summer job' },
        ...toTheApplicant,
      });
      const message = englishOf(withdrawn('applicant'));
      expect(message.subject).toBe('Application withdrawn: 2027 season');
      expect(message.text).toContain('Reason you gave: I found a summer job');
      expect(programsNamedBy(withdrawn('applicant'))).toEqual([]);
    });

    it('because its last program was cancelled: makes NO notification — the choice-withdrawn one (remainingChoices 0) already told it', () => {
      expect(applicationNoticeOf(withdrawn('program-cancelled'), titles)).toBeNull();
      // …which is the message the applicant does get for it:
      expect(applicationNoticeOf(choiceWithdrawn(0), titles)?.type).toBe('application.choice-withdrawn');
    });
  });
});

const placement = (exchangeProgramId = ORCHESTRA, side: 'member' | 'partner' = 'member') => ({ exchangeProgramId, side });
const PATH = `/v1/me/applications/${APPLICATION_ID}`;
const render = (event: AnyApplicationEvent, language = 'en') => {
  const notice = applicationNoticeOf(event, titles, hosts);
  if (!notice) throw new Error(`${event.type} makes no notification`);
  expect(NOTIFICATION_TYPES[notice.type].facts.safeParse(notice.facts).success).toBe(true);
  return renderNotification(notice.type, notice.facts as never, { language, recipientName: 'Ana', timeZone: 'Europe/Madrid' });
};

describe('decisions and offers', () => {
  const released = (outcome: 'accepted' | 'waitlisted' | 'not_accepted', waitlists: Array<{ exchangeProgramId: string; position: number }>) =>
    eventOf('application.decision-released.v1', {
      outcome,
      placement: outcome === 'accepted' ? placement(JAZZ) : null,
      waitlists,
      explanations: [],
    });

  it('tells an accepted applicant the program, to see their offer, the waiting lists above it and where the explanation is', () => {
    const event = released('accepted', [{ exchangeProgramId: ORCHESTRA, position: 2 }]);
    expect(applicationNoticeOf(event, titles, hosts)).toEqual({
      type: 'application.decision-released',
      facts: {
        applicationId: APPLICATION_ID,
        season: 2027,
        outcome: 'accepted',
        exchangeProgramId: JAZZ,
        title: 'Jazz workshop in Lyon',
        side: 'member',
        waitlists: [{ exchangeProgramId: ORCHESTRA, title: 'Summer youth orchestra', position: 2 }],
        applicationPath: PATH,
      },
      ...toTheApplicant,
    });
    const message = render(event);
    expect(message.subject).toBe('You have a place: Jazz workshop in Lyon');
    expect(message.summary).toBe('You are offered a place in Jazz workshop in Lyon: see your offer to answer it.');
    expect(message.text).toContain('You are also on the waiting list of programs you ranked higher:\nSummer youth orchestra: number 2 on the waiting list');
    expect(message.text).toContain('see your offer to accept or decline it');
    expect(message.text).toContain(`choice by choice, is explained in your application: ${PATH}`);
    expect(message.text).toContain('sent even if you have turned other notifications off');
    expect(NOTIFICATION_TYPES['application.decision-released']).toMatchObject({ category: 'applications', critical: true });
  });

  it('tells a waitlisted applicant each program and position, and a refused one that there is no place', () => {
    const waitlisted = render(released('waitlisted', [{ exchangeProgramId: ORCHESTRA, position: 3 }, { exchangeProgramId: UNKNOWN, position: 1 }]));
    expect(waitlisted.subject).toBe('You are on a waiting list: 2027 season');
    expect(waitlisted.summary).toBe('No place yet, but you are on 2 waiting lists.');
    expect(waitlisted.text).toContain(
      'Your place on each waiting list:\nSummer youth orchestra: number 3 on the waiting list\nExchange program (name not available yet): number 1 on the waiting list',
    );
    const refused = render(released('not_accepted', []));
    expect(refused.summary).toBe('We are sorry: your application for the 2027 season did not obtain a place.');
    expect(refused.text).not.toContain('waiting list');
    expect(refused.text).toContain(PATH);
    expect(render(released('waitlisted', [{ exchangeProgramId: ORCHESTRA, position: 1 }]), 'fr').text).toContain('Summer youth orchestra\u00a0: 1re place sur la liste d’attente');
    expect(programsNamedBy(released('accepted', [{ exchangeProgramId: ORCHESTRA, position: 2 }]))).toEqual([JAZZ, ORCHESTRA]);
  });

  it('tells the offer with its deadline, and a promotion as moving up from the waiting list', () => {
    const made = (promoted: boolean) => eventOf('application.offer-made.v1', { placement: placement(), deadline: '2027-04-15T21:59:00.000Z', promoted });
    expect(applicationNoticeOf(made(false), titles, hosts)).toMatchObject({
      type: 'application.offer-made',
      facts: { exchangeProgramId: ORCHESTRA, title: 'Summer youth orchestra', side: 'member', deadline: '2027-04-15T21:59:00.000Z', promoted: false },
      ...toTheApplicant,
    });
    expect(render(made(false)).subject).toBe('Place offered: Summer youth orchestra');
    expect(render(made(false)).summary).toMatch(/^Accept or decline it by April 15, 2027 at 11:59\sPM \S+\.$/);
    expect(render(made(true)).subject).toBe('You moved up from the waiting list: Summer youth orchestra');
    expect(render(made(true), 'de').text).toContain('Ein Platz ist frei geworden');
    expect(NOTIFICATION_TYPES['application.offer-made']).toMatchObject({ category: 'applications', critical: true });
  });

  it('tells a lapsed offer, a confirmed place and a host’s refusal with its reason', () => {
    expect(render(eventOf('application.offer-lapsed.v1', { placement: placement() })).text).toContain('the place has gone to the next person on the waiting list');
    expect(render(eventOf('application.confirmed.v1', { placement: placement() })).subject).toBe('Your place is confirmed: Summer youth orchestra');
    const refused = render(eventOf('nomination.refused.v1', { placement: placement(), reason: 'No host family that week' }));
    expect(refused.text).toContain('Reason given: No host family that week');
    expect(refused.text).toContain(`Whether you are still waiting for a place in other programs is shown in your application: ${PATH}`);
    for (const type of ['application.offer-lapsed', 'application.confirmed', 'application.nomination-refused'] as const) {
      expect(NOTIFICATION_TYPES[type]).toMatchObject({ category: 'applications', critical: false });
    }
  });

  it('tells nothing of the applicant’s own answers (they made them)', () => {
    expect(applicationNoticeOf(eventOf('application.offer-accepted.v1', { placement: placement() }), titles, hosts)).toBeNull();
    expect(applicationNoticeOf(eventOf('application.offer-declined.v1', { placement: placement(), reason: null }), titles, hosts)).toBeNull();
    expect(applicationNoticeOf(eventOf('recommendation.received.v1', { recommendationId: UNKNOWN, exchangeProgramId: ORCHESTRA }), titles, hosts)).toBeNull();
  });
});

describe('nominations', () => {
  const requested = (hostSide: 'member' | 'partner', hostCityId: string | null, program = ORCHESTRA) =>
    eventOf('nomination.requested.v1', { placement: placement(program, hostSide === 'partner' ? 'member' : 'partner'), hostSide, hostCityId });

  it('a partner city hosts: its partnership’s partner side and the city’s partner contacts, by email and inbox, and the city’s webhooks', () => {
    expect(applicationNoticeOf(requested('partner', 'lyon-fr'), titles, hosts)).toEqual({
      type: 'nomination.requested',
      facts: {
        applicationId: APPLICATION_ID,
        season: 2027,
        exchangeProgramId: ORCHESTRA,
        title: 'Summer youth orchestra',
        side: 'member',
        hostSide: 'partner',
        hostCityId: 'lyon-fr',
        nominationsPath: '/v1/nominations',
      },
      audience: [
        { kind: 'partnership', partnershipId: PARTNERSHIP, sides: ['partner'] },
        { kind: 'city-contacts', cityId: 'lyon-fr' },
      ],
      webhooks: { kind: 'city', cityId: 'lyon-fr' },
      channels: ['email', 'inbox'],
    });
    // A program not learnt yet still reaches the city the event names.
    expect(applicationNoticeOf(requested('partner', 'lyon-fr', UNKNOWN), titles, hosts)).toMatchObject({
      audience: [{ kind: 'city-contacts', cityId: 'lyon-fr' }],
      webhooks: { kind: 'city', cityId: 'lyon-fr' },
    });
    const message = render(requested('partner', 'lyon-fr'));
    expect(message.subject).toBe('Participant nominated: Summer youth orchestra');
    expect(message.text).toContain('travelling from the member program’s city');
    expect(message.text).toContain('/v1/nominations');
  });

  it('the member city hosts: the member program’s admins', () => {
    expect(applicationNoticeOf(requested('member', 'birmingham-gb'), titles, hosts)).toMatchObject({
      audience: [{ kind: 'program-admins', memberProgramId: MEMBER_PROGRAM }],
      webhooks: { kind: 'network' },
    });
    expect(applicationNoticeOf(requested('member', null, JAZZ), titles, hosts)?.audience).toEqual([]);
  });
});

describe('referees, guardians and the matching', () => {
  const uploadLink = { url: 'https://scn.example.org/recommendation?token=abc', expiresAt: '2027-03-12T13:30:00.000Z' };

  it('emails a referee, by their address alone, in the applicant’s language, with the upload link', () => {
    const event = eventOf('recommendation.requested.v1', {
      recommendationId: UNKNOWN,
      exchangeProgramId: ORCHESTRA,
      programTitle: 'Summer youth orchestra',
      applicantName: 'Lucía Fernández',
      referee: { name: 'Prof. Martín', email: 'martin@school.example' },
      language: 'es',
      uploadLink,
    });
    expect(applicationNoticeOf(event, titles, hosts)).toEqual({
      type: 'recommendation.requested',
      facts: { ...uploadLink, applicantName: 'Lucía Fernández', programTitle: 'Summer youth orchestra', exchangeProgramId: ORCHESTRA, recommendationId: UNKNOWN },
      audience: { kind: 'person', email: 'martin@school.example', displayName: 'Prof. Martín', language: 'es' },
      webhooks: { kind: 'none' },
      channels: ['email'],
    });
    const message = render(event, 'es');
    expect(message.subject).toBe('Lucía Fernández le pide una carta de recomendación');
    expect(message.html).toContain('>Subir mi carta</a>');
    expect(message.text).toContain('Este mensaje se refiere a una solicitud');
  });

  it('emails a guardian the consent link naming the programs', () => {
    const event = eventOf('guardian-consent.requested.v1', {
      applicantId: APPLICANT_ID,
      applicantName: 'Lucía Fernández',
      guardian: { name: 'Carmen Fernández', email: 'carmen@example.org' },
      language: 'en',
      programs: [
        { exchangeProgramId: ORCHESTRA, title: 'Summer youth orchestra' },
        { exchangeProgramId: JAZZ, title: 'Jazz workshop in Lyon' },
      ],
      consentLink: uploadLink,
    } as never);
    expect(applicationNoticeOf(event, titles, hosts)).toMatchObject({
      type: 'guardian-consent.requested',
      audience: { kind: 'person', email: 'carmen@example.org', displayName: 'Carmen Fernández', language: 'en' },
      channels: ['email'],
    });
    expect(render(event).text).toContain('the exchange programs Summer youth orchestra and Jazz workshop in Lyon');
  });

  it('tells network staff the season’s figures, in their inbox', () => {
    const event = {
      ...eventOf('matching.run-completed.v1', {} as never),
      data: { runId: UNKNOWN, season: 2027, seed: 'abc', applicants: 10, placed: 7, programIds: [ORCHESTRA, JAZZ] },
    } as AnyApplicationEvent;
    expect(applicationNoticeOf(event, titles, hosts)).toEqual({
      type: 'matching.run-completed',
      facts: { runId: UNKNOWN, season: 2027, applicants: 10, placed: 7, unplaced: 3, programCount: 2, runPath: `/v1/manage/matching-runs/${UNKNOWN}` },
      audience: { kind: 'staff' },
      webhooks: { kind: 'none' },
      channels: ['inbox'],
    });
    expect(render(event).summary).toBe('7 of 10 applicants placed, in 2 programs.');
  });
});

describe('requirements missing before a chosen program’s window closes', () => {
  const APPLICATION_PATH = `/v1/me/applications/${APPLICATION_ID}`;
  const closesAt = '2027-02-28T22:59:00.000Z';
  const missing = [
    { field: 'choices.0.documents.passport', rule: 'documents', message: 'Summer youth orchestra: upload “Passport copy”' },
    { field: 'choices.0.answers.instrument', rule: 'answers', message: 'Summer youth orchestra: answer “Which instrument do you play?”' },
    { field: 'choices.0.referees', rule: 'referees', message: 'Summer youth orchestra: name 2 referees (1 named)' },
    { field: 'guardian', rule: 'guardian', message: 'you are a minor on a travel date: name a guardian in your profile' },
  ];
  const requirementsMissing = (daysBefore: number, items = missing, exchangeProgramId = ORCHESTRA) =>
    eventOf('application.requirements-missing.v1', { exchangeProgramId, closesAt, daysBefore, missing: items });

  it('reminds the applicant alone, by email and inbox, of the program, its closing and each missing item by rule and key', () => {
    const notice = applicationNoticeOf(requirementsMissing(7), titles);
    expect(notice).toEqual({
      type: 'reminder.requirements-missing',
      facts: {
        applicationId: APPLICATION_ID,
        season: 2027,
        exchangeProgramId: ORCHESTRA,
        title: 'Summer youth orchestra',
        closesAt,
        daysLeft: 7,
        missing: [
          { rule: 'documents', field: 'choices.0.documents.passport', key: 'passport' },
          { rule: 'answers', field: 'choices.0.answers.instrument', key: 'instrument' },
          { rule: 'referees', field: 'choices.0.referees', key: null },
          { rule: 'guardian', field: 'guardian', key: null },
        ],
        applicationPath: APPLICATION_PATH,
      },
      ...toTheApplicant,
    });
    expect(NOTIFICATION_TYPES['reminder.requirements-missing'].facts.safeParse(notice?.facts).success).toBe(true);
    // A reminder, like the offer's deadline: in the `reminders` category, not critical.
    expect(NOTIFICATION_TYPES['reminder.requirements-missing']).toMatchObject({ category: 'reminders', critical: false });
  });

  it('reads the key a field names, whichever choice it is', () => {
    expect(missingRequirementOf({ field: 'choices.2.documents.medical.form', rule: 'documents' })).toEqual({
      rule: 'documents',
      field: 'choices.2.documents.medical.form',
      key: 'medical.form',
    });
    expect(missingRequirementOf({ field: 'answers.motivation', rule: 'answers' }).key).toBe('motivation');
    expect(missingRequirementOf({ field: 'choices.1.referees', rule: 'referees' }).key).toBeNull();
  });

  it('says when it closes and lists what is missing in the reader’s words, never the event’s English messages', () => {
    const message = englishOf(requirementsMissing(7));
    expect(message.subject).toBe('Summer youth orchestra closes on February 28, 2027 (in 7 days): your application is not submitted');
    expect(message.summary).toBe('4 items are still missing, then submit it.');
    expect(message.text).toContain(
      'What is still missing for this program:\n– Upload the document “passport”\n– Answer the question “instrument”\n– Name the referees the program asks for\n– Name a guardian in your profile (you will be a minor when travelling)\n',
    );
    expect(message.text).toContain(APPLICATION_PATH);
    for (const item of missing) expect(message.text).not.toContain(item.message);
    const spanish = renderNotification('reminder.requirements-missing', applicationNoticeOf(requirementsMissing(2), titles)?.facts as never, { language: 'es', recipientName: 'Ana' });
    expect(spanish.subject).toBe('Summer youth orchestra cierra el 28 de febrero de 2027 (dentro de 2 días): su solicitud no está enviada');
    expect(spanish.text).toContain('– Suba el documento «passport»');
    expect(spanish.text).not.toContain('upload');
  });

  it('says everything is there when only the submission is left', () => {
    const message = englishOf(requirementsMissing(2, []));
    expect(message.subject).toBe('Summer youth orchestra closes on February 28, 2027 (in 2 days): your application is not submitted');
    expect(message.summary).toBe('Everything is there: submit it.');
    expect(message.text).toContain('Everything is there: submit it.');
    expect(message.text).not.toContain('still missing');
  });

  it('names a program it does not know yet without inventing a title, and asks for the title of the program', () => {
    expect(programsNamedBy(requirementsMissing(7, missing, UNKNOWN))).toEqual([UNKNOWN]);
    expect(applicationNoticeOf(requirementsMissing(7, missing, UNKNOWN), titles)?.facts).toMatchObject({ exchangeProgramId: UNKNOWN, title: null });
    expect(englishOf(requirementsMissing(7, [], UNKNOWN)).subject).toBe('Your exchange program closes on February 28, 2027 (in 7 days): your application is not submitted');
  });

  it('tells a rule it has no words for by the field, in the reader’s language', () => {
    const message = englishOf(requirementsMissing(7, [{ field: 'choices.0.portfolio', rule: 'portfolio', message: 'upload a portfolio' }]));
    expect(message.text).toContain('– Complete “choices.0.portfolio”');
    expect(message.summary).toBe('1 item is still missing, then submit it.');
  });
});
