import type { NotificationFacts, NotificationType } from '../catalogue/notification-types';

// Facts of every notification type, as tests (and benchmarks) render them. Typed so that a
// new type without an example here fails type-checking.

const PARTNERSHIP_ID = '01900000-0000-7000-8000-000000000001';
const PROGRAM_ID = '01900000-0000-7000-8000-000000000002';
const MEMBER_PROGRAM_ID = '01900000-0000-7000-8000-000000000003';
const ENDPOINT_ID = '01900000-0000-7000-8000-000000000004';
const APPLICATION_ID = '01900000-0000-7000-8000-000000000006';
const SECOND_PROGRAM_ID = '01900000-0000-7000-8000-000000000007';

const partnership = {
  partnershipId: PARTNERSHIP_ID,
  title: 'Lyon – Birmingham',
  memberCity: 'Birmingham',
  partnerCity: 'Lyon',
  memberCountryCode: 'GB',
  partnerCountryCode: 'FR',
};
const program = {
  exchangeProgramId: PROGRAM_ID,
  partnershipId: PARTNERSHIP_ID,
  title: 'Summer youth orchestra',
  category: 'arts-culture',
};
/** A place in a program, as applicants' messages name it. */
const place = { applicationId: APPLICATION_ID, season: 2027, exchangeProgramId: PROGRAM_ID, title: 'Summer youth orchestra', side: 'member' as const };
/** What a referee is asked for (the link is added per type). */
const referee = {
  expiresAt: '2027-03-12T13:30:00.000Z',
  applicantName: 'Lucía Fernández',
  programTitle: 'Summer youth orchestra',
  exchangeProgramId: PROGRAM_ID,
  recommendationId: '01900000-0000-7000-8000-000000000008',
};
const link = { url: 'https://scn.example.org/accept?token=abc&lang=fr', expiresAt: '2027-03-12T13:30:00.000Z' };

export const SAMPLE_FACTS: { [T in NotificationType]: NotificationFacts<T> } = {
  'account.invited': { ...link, roles: ['program-admin', 'reviewer'] },
  'account.verify-email': link,
  'account.password-reset': link,

  'partnership.proposed': { ...partnership, version: 1 },
  'partnership.terms-amended': { ...partnership, version: 2 },
  'partnership.approved': { ...partnership, version: 2, side: 'partner', signatoryName: 'Grégory Doucet', signatoryOffice: 'Maire' },
  'partnership.activated': { ...partnership, version: 1, firstSigning: true, startDate: '2027-05-09' },
  'partnership.suspended': { ...partnership, reason: 'Elections in the partner city' },
  'partnership.reactivated': partnership,
  'partnership.termination-proposed': { ...partnership, reason: 'No exchanges for ten years', side: 'member' },
  'partnership.terminated': { ...partnership, reason: 'Both councils voted to end it' },

  'partnership-import.completed': {
    importId: PROGRAM_ID,
    fileName: 'twin_cities.csv',
    dryRun: false,
    rows: 300,
    created: 287,
    unchanged: 4,
    reported: 9,
    ambiguous: 2,
    problemsPath: `/v1/partnerships/imports/${PROGRAM_ID}/problems`,
  },

  'member-program.registered': { memberProgramId: MEMBER_PROGRAM_ID, name: 'Birmingham Sister Cities' },
  'member-program.standing-changed': { memberProgramId: MEMBER_PROGRAM_ID, name: 'Birmingham Sister Cities', inGoodStanding: false, duesPaidThrough: 2026 },

  'exchange-program.published': {
    ...program,
    applicationOpensAt: '2027-01-15T09:00:00.000Z',
    applicationClosesAt: '2027-02-28T22:59:00.000Z',
    travelStart: '2027-07-01',
    travelEnd: '2027-07-21',
  },
  'exchange-program.dates-changed': {
    ...program,
    changed: ['applicationClosesAt', 'travelStart'],
    applicationClosesAt: '2027-03-07T22:59:00.000Z',
    travelStart: '2027-07-04',
    travelEnd: '2027-07-21',
  },
  'exchange-program.window-opened': { ...program, applicationClosesAt: '2027-02-28T22:59:00.000Z' },
  'exchange-program.paused': {
    ...program,
    reason: 'elections in the partner city',
    cause: { code: 'partnership-suspended', by: null, note: 'elections in the partner city' },
  },
  'exchange-program.resumed': program,
  'exchange-program.cancelled': { ...program, reason: 'The host school closed for renovation' },

  'application.submitted': {
    applicationId: APPLICATION_ID,
    season: 2027,
    choices: [
      { rank: 1, exchangeProgramId: PROGRAM_ID, title: 'Summer youth orchestra' },
      { rank: 2, exchangeProgramId: SECOND_PROGRAM_ID, title: 'Jazz workshop in Lyon' },
    ],
  },
  'application.choice-withdrawn': {
    applicationId: APPLICATION_ID,
    season: 2027,
    exchangeProgramId: PROGRAM_ID,
    title: 'Summer youth orchestra',
    reason: 'The host school closed for renovation',
    remainingChoices: 1,
  },
  'application.withdrawn': { applicationId: APPLICATION_ID, season: 2027, reason: 'I found a summer job' },
  'application.decision-released': {
    applicationId: APPLICATION_ID,
    season: 2027,
    outcome: 'waitlisted',
    exchangeProgramId: null,
    title: null,
    side: null,
    waitlists: [
      { exchangeProgramId: PROGRAM_ID, title: 'Summer youth orchestra', position: 3 },
      { exchangeProgramId: SECOND_PROGRAM_ID, title: 'Jazz workshop in Lyon', position: 1 },
    ],
    applicationPath: `/v1/me/applications/${APPLICATION_ID}`,
  },
  'application.offer-made': { ...place, deadline: '2027-04-15T21:59:00.000Z', promoted: true, applicationPath: `/v1/me/applications/${APPLICATION_ID}` },
  'application.offer-lapsed': { ...place, applicationPath: `/v1/me/applications/${APPLICATION_ID}` },
  'application.confirmed': { ...place, applicationPath: `/v1/me/applications/${APPLICATION_ID}` },
  'application.nomination-refused': { ...place, reason: 'No host family available that week', applicationPath: `/v1/me/applications/${APPLICATION_ID}` },
  'recommendation.requested': { ...referee, url: 'https://scn.example.org/recommendation?token=abc' },
  'guardian-consent.requested': {
    url: 'https://scn.example.org/guardian-consent?token=def',
    expiresAt: '2027-03-12T13:30:00.000Z',
    applicantName: 'Lucía Fernández',
    programs: [
      { exchangeProgramId: PROGRAM_ID, title: 'Summer youth orchestra' },
      { exchangeProgramId: SECOND_PROGRAM_ID, title: 'Jazz workshop in Lyon' },
    ],
  },
  'nomination.requested': { ...place, hostSide: 'partner', hostCityId: 'lyon-fr', nominationsPath: '/v1/nominations' },
  'matching.run-completed': {
    runId: '01900000-0000-7000-8000-000000000009',
    season: 2027,
    applicants: 1250,
    placed: 1032,
    unplaced: 218,
    programCount: 48,
    runPath: '/v1/manage/matching-runs/01900000-0000-7000-8000-000000000009',
  },

  'reminder.application-window-closing': { ...program, applicationClosesAt: '2027-02-28T22:59:00.000Z', daysLeft: 7 },
  'reminder.decision-release': { ...program, decisionReleaseAt: '2027-04-01T08:00:00.000Z' },
  'reminder.travel-approaching': { ...program, travelStart: '2027-07-01', daysLeft: 1 },
  'reminder.partnership-anniversary': { ...partnership, startDate: '1951-05-09', years: 76 },
  'reminder.dues-due': { memberProgramId: MEMBER_PROGRAM_ID, name: 'Birmingham Sister Cities', duesPaidThrough: null, dueDate: '2027-01-31' },
  'reminder.offer-deadline': { ...place, deadline: '2027-04-15T21:59:00.000Z', daysLeft: 3, applicationPath: `/v1/me/applications/${APPLICATION_ID}` },
  'reminder.requirements-missing': {
    applicationId: APPLICATION_ID,
    season: 2027,
    exchangeProgramId: PROGRAM_ID,
    title: 'Summer youth orchestra',
    closesAt: '2027-02-28T22:59:00.000Z',
    daysLeft: 7,
    missing: [
      { rule: 'documents', field: 'choices.0.documents.passport', key: 'passport' },
      { rule: 'answers', field: 'choices.0.answers.instrument', key: 'instrument' },
      { rule: 'referees', field: 'choices.0.referees', key: null },
      { rule: 'guardian', field: 'guardian', key: null },
    ],
    applicationPath: `/v1/me/applications/${APPLICATION_ID}`,
  },
  'reminder.recommendation-unanswered': { ...referee, url: 'https://scn.example.org/recommendation?token=abc' },

  'webhook.endpoint-disabled': { endpointId: ENDPOINT_ID, url: 'https://hooks.lyon.example/scn', reason: 'answered 410 Gone' },
  'webhook.ping': { endpointId: ENDPOINT_ID },

  announcement: {
    announcementId: '01900000-0000-7000-8000-000000000005',
    title: 'Annual conference in Denver',
    body: 'Registration for the annual conference is open.\n\nWe look forward to seeing you there.',
  },
};
