import type { PrismaClient as ApplicationsDb } from '@scn-prisma/applications';
import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validFields } from '../../exchanges/src/exchange-programs/domain/exchange-program.fixtures';
import { RouteCatalogue } from '../src/http/route-catalogue';
import { GatewayUnderTest } from './gateway-harness';

// The scope matrix: the gateway checks roles only, and the service that owns a resource
// decides who may act on it. For every route that names a resource a scoped role may
// reach, an actor of another member program, partner city or account gets 404 (as if it
// did not exist) and changes nothing; an actor of the right scope succeeds.

const MEMBER_CITY_A = 'gn:990000201';
const MEMBER_CITY_B = 'gn:990000202';
const PARTNER_CITY_P = 'gn:990000203';
const PARTNER_CITY_Q = 'gn:990000204';
const CITIES = [
  { id: MEMBER_CITY_A, countryCode: 'US' },
  { id: MEMBER_CITY_B, countryCode: 'US' },
  { id: PARTNER_CITY_P, countryCode: 'FR' },
  { id: PARTNER_CITY_Q, countryCode: 'JP' },
];

/** The exchanges unit tests' valid program, its window open since yesterday, decisions released as soon as its season is committed. */
function openProgramFields(overrides: Parameters<typeof validFields>[0] = {}) {
  const day = 86_400_000;
  return validFields({
    applicationOpensAt: new Date(Date.now() - day).toISOString(),
    applicationClosesAt: new Date(Date.now() + 30 * day).toISOString(),
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    ...overrides,
  });
}

/** An applicant's profile: a minor of the member city A with a guardian, eligible for the programs below. */
const PROFILE = {
  givenName: 'Ana',
  familyName: 'Example',
  birthDate: '2010-01-01',
  homeCityId: MEMBER_CITY_A,
  homeCountryCode: 'US',
  languages: [{ language: 'en', level: 'native' }],
  emergencyContact: { name: 'Bea Example', relationship: 'mother', phone: '+1 555 0100' },
  guardian: { name: 'Bea Example', email: 'bea@example.org' },
};

/**
 * Routes with a path parameter that scoped roles may call but whose resource is not
 * another tenant's: following a program is about the caller's own interest in a public
 * program.
 */
const NOT_TENANT_SCOPED = new Set(['followExchangeProgram', 'unfollowExchangeProgram', 'getExchangeProgramInterest']);

describe('scope matrix: the owning service decides which resources a caller reaches', () => {
  let gateway: GatewayUnderTest;
  const programA = uuidv7();
  const programB = uuidv7();
  const t = { staff: '', adminA: '', adminB: '', contactP: '', contactQ: '', applicantX: '', applicantY: '' };
  const covered = new Set<string>();
  let partnershipId = '';

  const call = (token: string, method: string, path: string, body?: unknown) => gateway.request(method, path, { token, body });

  /** One row of the matrix: the wrong actor gets 404 and the resource is unchanged; then the right actor succeeds. */
  async function row(operationId: string, request: { method: string; path: string; body?: unknown }, right: string, wrong: string[], read?: () => Promise<unknown>) {
    const before = read ? await read() : undefined;
    for (const token of wrong) {
      const refused = await call(token, request.method, request.path, request.body);
      expect({ operationId, status: refused.status }).toEqual({ operationId, status: 404 });
    }
    if (read) expect(await read()).toEqual(before);
    const allowed = await call(right, request.method, request.path, request.body);
    expect({ operationId, status: allowed.status, ok: allowed.status < 300 }).toMatchObject({ operationId, ok: true });
    covered.add(operationId);
    return allowed;
  }

  const partnership = () => call(t.staff, 'GET', `/v1/partnerships/${partnershipId}`).then((r) => r.body as Record<string, unknown>);

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true, withApplications: true, withNotifications: true });
    const partnershipsDb = gateway.backends[0]!.service.app.get<PartnershipsDb>(DATABASE);
    for (const city of CITIES) {
      const cityRow = { ...city, name: city.id, searchName: city.id, altNames: [], latitude: 0, longitude: 0, source: 'test' };
      await partnershipsDb.city.upsert({ where: { id: city.id }, create: cityRow, update: cityRow });
    }
    await partnershipsDb.memberProgram.createMany({
      data: [
        { id: programA, name: 'Program A', cityId: MEMBER_CITY_A, duesPaidThrough: 2030 },
        { id: programB, name: 'Program B', cityId: MEMBER_CITY_B, duesPaidThrough: 2030 },
      ],
    });
    t.staff = (await gateway.login()).accessToken;
    t.adminA = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programA] }]);
    t.adminB = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programB] }]);
    t.contactP = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: [PARTNER_CITY_P] }]);
    t.contactQ = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: [PARTNER_CITY_Q] }]);
    t.applicantX = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    t.applicantY = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
  }, 120_000);
  afterAll(() => gateway?.stop());

  it('member programs: another program’s admin reaches nothing', async () => {
    await row('getMemberProgram', { method: 'GET', path: `/v1/member-programs/${programA}` }, t.adminA, [t.adminB]);
    const read = () => call(t.staff, 'GET', `/v1/member-programs/${programA}`).then((r) => r.body);
    await row('updateMemberProgram', { method: 'PATCH', path: `/v1/member-programs/${programA}`, body: { revision: 1, name: 'Program A (new)' } }, t.adminA, [t.adminB], read);
  });

  it('partnerships: another program’s admin and another city’s contact reach nothing', async () => {
    const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'], text: 'We agree.' };
    const proposed = await call(t.adminA, 'POST', '/v1/partnerships', { memberProgramId: programA, partnerCityId: PARTNER_CITY_P, terms });
    expect(proposed.status).toBe(201);
    partnershipId = proposed.body.id;
    const at = (suffix = '') => `/v1/partnerships/${partnershipId}${suffix}`;
    // Proposing for a program one does not administer names a program that does not exist for them.
    const foreign = await call(t.adminB, 'POST', '/v1/partnerships', { memberProgramId: programA, partnerCityId: PARTNER_CITY_Q, terms });
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 400, code: 'PARTNERSHIP.MEMBER_PROGRAM_UNKNOWN' });
    covered.add('proposePartnership');

    await row('getPartnership', { method: 'GET', path: at() }, t.contactP, [t.adminB, t.contactQ]);
    await row('getPartnershipHistory', { method: 'GET', path: at('/history') }, t.adminA, [t.adminB, t.contactQ]);
    const hash = ((await partnership()).versions as Array<{ termsHash: string }>)[0]!.termsHash;
    const signature = (side: string) => ({ version: 1, termsHash: hash, side, signatoryName: 'Mayor', signatoryOffice: 'Mayor', signedOn: '2026-03-01' });
    await row('approveAgreement', { method: 'POST', path: at('/approvals'), body: signature('member') }, t.adminA, [t.adminB], partnership);
    const partnerSigned = await call(t.contactQ, 'POST', at('/approvals'), signature('partner'));
    expect(partnerSigned.status).toBe(404);
    expect((await call(t.contactP, 'POST', at('/approvals'), signature('partner'))).status).toBe(200);
    expect((await partnership()).status).toBe('active');

    const amended = { terms: { ...terms, text: 'We agree, and more.' } };
    await row('amendTerms', { method: 'POST', path: at('/amendments'), body: amended }, t.adminA, [t.adminB, t.contactQ], partnership);
    await row('revertAmendment', { method: 'POST', path: at('/amendments/revert') }, t.adminA, [t.adminB, t.contactQ], partnership);
    await row('suspendPartnership', { method: 'POST', path: at('/suspension'), body: { reason: 'Elections' } }, t.adminA, [t.adminB], partnership);
    await row('reactivatePartnership', { method: 'POST', path: at('/reactivation') }, t.adminA, [t.adminB], partnership);
    const contacts = { contacts: [{ name: 'Camille', email: 'camille@p.example' }] };
    await row('setContacts', { method: 'PUT', path: at('/contacts/partner'), body: contacts }, t.contactP, [t.contactQ, t.adminB], partnership);
  });

  it('exchange programs: another program’s admin reaches nothing', async () => {
    // The exchanges unit tests' valid program, under this test's partnership.
    const body = { partnershipId, ...validFields() };
    // The exchanges service learns of the partnership from its events: create once it has.
    const create = () =>
      waitFor('the exchanges service to know the partnership', async () => {
        const created = await call(t.adminA, 'POST', '/v1/manage/exchange-programs', body);
        return created.status === 201 ? (created.body.id as string) : undefined;
      });
    const programId = await create();
    const manage = (suffix = '') => `/v1/manage/exchange-programs/${programId}${suffix}`;
    const read = () => call(t.staff, 'GET', manage()).then((r) => r.body);
    await row('getManagedExchangeProgram', { method: 'GET', path: manage() }, t.adminA, [t.adminB]);
    await row('updateExchangeProgram', { method: 'PATCH', path: manage(), body: { title: 'Summer youth exchange 2027' } }, t.adminA, [t.adminB], read);
    for (const [operationId, verb] of [
      ['publishExchangeProgram', 'publish'],
      ['closeExchangeProgram', 'close'],
      ['allocateExchangeProgram', 'allocate'],
      ['startExchangeProgram', 'start'],
      ['completeExchangeProgram', 'complete'],
    ] as const) {
      await row(operationId, { method: 'POST', path: manage(`/${verb}`) }, t.adminA, [t.adminB], read);
    }
    const second = await create();
    const readSecond = () => call(t.staff, 'GET', `/v1/manage/exchange-programs/${second}`).then((r) => r.body);
    await row('pauseExchangeProgram', { method: 'POST', path: `/v1/manage/exchange-programs/${second}/pause`, body: { note: 'Venue closed' } }, t.adminA, [t.adminB], readSecond);
    await row('resumeExchangeProgram', { method: 'POST', path: `/v1/manage/exchange-programs/${second}/resume` }, t.adminA, [t.adminB], readSecond);
    await row('cancelExchangeProgram', { method: 'POST', path: `/v1/manage/exchange-programs/${second}/cancel`, body: { reason: 'No host families' } }, t.adminA, [t.adminB]);
  });

  it('webhook endpoints: another city’s contact reaches nothing', async () => {
    const created = await call(t.contactP, 'POST', '/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/hook', description: 'P', types: [] });
    expect(created.status).toBe(201);
    const at = (suffix = '') => `/v1/webhook-endpoints/${created.body.id}${suffix}`;
    const read = () => call(t.staff, 'GET', at()).then((r) => r.body);
    await row('getWebhookEndpoint', { method: 'GET', path: at() }, t.contactP, [t.contactQ]);
    await row('updateWebhookEndpoint', { method: 'PATCH', path: at(), body: { description: 'P (new)' } }, t.contactP, [t.contactQ], read);
    await row('rotateWebhookEndpointSecret', { method: 'POST', path: at('/rotate-secret') }, t.contactP, [t.contactQ]);
    await row('pingWebhookEndpoint', { method: 'POST', path: at('/ping') }, t.contactP, [t.contactQ]);
    await row('listWebhookEndpointDeliveries', { method: 'GET', path: at('/deliveries') }, t.contactP, [t.contactQ]);
    await row('deleteWebhookEndpoint', { method: 'DELETE', path: at() }, t.contactP, [t.contactQ], read);
  });

  it('a failed webhook delivery: only the contact of its endpoint replays it', async () => {
    // A receiver that refuses (400): the ping fails at once, without retries.
    const refusing: Server = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(400).end());
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/hook`;
      const created = await call(t.contactP, 'POST', '/v1/webhook-endpoints', { url, description: 'P, refusing', types: [] });
      expect(created.status).toBe(201);
      const ping = await call(t.contactP, 'POST', `/v1/webhook-endpoints/${created.body.id}/ping`);
      expect(ping.status).toBe(202);
      await waitFor('the ping failed', async () => {
        const page = await call(t.contactP, 'GET', `/v1/webhook-endpoints/${created.body.id}/deliveries?status=failed`);
        return page.body.items?.length === 1 ? true : undefined;
      });
      await row('replayNotification', { method: 'POST', path: `/v1/notifications/${ping.body.notificationId}/replay` }, t.contactP, [t.contactQ]);
    } finally {
      await new Promise((resolve) => refusing.close(resolve));
    }
  });

  it('the inbox: another account reaches nothing', async () => {
    // A first call makes each account known to the notifications service.
    for (const token of [t.applicantX, t.applicantY]) expect((await call(token, 'GET', '/v1/me/notifications')).status).toBe(200);
    const announced = await call(t.staff, 'POST', '/v1/announcements', { title: 'Assembly', body: 'On 12 March.', audience: 'everyone', webhooks: false });
    expect(announced.status).toBe(202);
    const itemId = await waitFor('the announcement in the inbox', async () => {
      const inbox = await call(t.applicantX, 'GET', '/v1/me/notifications');
      return (inbox.body.items as Array<{ id: string }>)[0]?.id;
    });
    await row('markMyNotificationRead', { method: 'POST', path: `/v1/me/notifications/${itemId}/read` }, t.applicantX, [t.applicantY]);
  });

  it('applications: another applicant reaches none of yours', async () => {
    // A program open for applications now (its window opens at the exchanges service's next tick).
    const fields = openProgramFields();
    const programId = await waitFor('the exchanges service to know the partnership', async () => {
      const created = await call(t.adminA, 'POST', '/v1/manage/exchange-programs', { partnershipId, ...fields });
      return created.status === 201 ? (created.body.id as string) : undefined;
    });
    expect((await call(t.adminA, 'POST', `/v1/manage/exchange-programs/${programId}/publish`)).status).toBe(200);
    for (const token of [t.applicantX, t.applicantY]) expect((await call(token, 'PUT', '/v1/me/applicant-profile', PROFILE)).status).toBe(200);
    const applicationId = await waitFor('the applications service to know the program', async () => {
      const created = await call(t.applicantX, 'POST', '/v1/me/applications', { season: fields.season, choices: [{ exchangeProgramId: programId }] });
      return created.status === 201 ? (created.body.id as string) : undefined;
    });
    const at = (suffix = '') => `/v1/me/applications/${applicationId}${suffix}`;
    const read = () => call(t.applicantX, 'GET', at()).then((r) => r.body);
    await row('getMyApplication', { method: 'GET', path: at() }, t.applicantX, [t.applicantY]);
    await row('updateMyApplication', { method: 'PUT', path: at('/choices'), body: { choices: [{ exchangeProgramId: programId }] } }, t.applicantX, [t.applicantY], read);
    // Submitting needs the window open: the exchanges service opens it at its next tick.
    for (const token of [t.applicantY]) expect((await call(token, 'POST', at('/submission'))).status).toBe(404);
    await waitFor('the window to open', async () => ((await call(t.applicantX, 'POST', at('/submission'))).status === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 500 });
    covered.add('submitMyApplication');
    await row('withdrawMyApplication', { method: 'POST', path: at('/withdrawal'), body: { reason: 'Changed my plans' } }, t.applicantX, [t.applicantY], read);
  });

  it('review: another program’s admin and a reviewer of another program reach nothing', async () => {
    const fields = openProgramFields({ title: 'Review exchange' });
    const created = await call(t.adminA, 'POST', '/v1/manage/exchange-programs', { partnershipId, ...fields });
    expect(created.status).toBe(201);
    const programId = created.body.id as string;
    expect((await call(t.adminA, 'POST', `/v1/manage/exchange-programs/${programId}/publish`)).status).toBe(200);
    // A reviewer of the program, made through the gateway: the applications service learns of them from account.activated.v1.
    const email = `reviewer-${uuidv7()}@test.scn`;
    const invited = await call(t.staff, 'POST', '/v1/accounts/invitations', { email, displayName: 'Rita', language: 'en', grants: [{ role: 'reviewer', scopeIds: [programId] }] });
    expect(invited.status).toBe(201);
    const reviewerId = invited.body.account.id as string;
    const invitation = (await gateway.outboxEvents('account.invited.v1')).find((e) => e.payload.data.email === email)!;
    const acceptToken = new URL(invitation.payload.data.acceptLink.url as string).searchParams.get('token');
    expect((await gateway.request('POST', '/v1/auth/invitations/accept', { body: { token: acceptToken, password: 'a-long-enough-password' } })).status).toBe(200);
    const reviewer = (await gateway.login(email, 'a-long-enough-password')).accessToken;
    const otherReviewer = await gateway.tokenFor([{ role: 'reviewer', scopeIds: [uuidv7()] }]);
    const applicationsDb = gateway.backends[2]!.service.app.get<ApplicationsDb>(DATABASE);
    await waitFor('the applications service to know the reviewer', async () => ((await applicationsDb.knownReviewer.findUnique({ where: { accountId: reviewerId } })) ? true : undefined));

    // The program asks a document and a referee: the material its readers and managers download.
    const requirements = { documents: [{ key: 'passport', label: 'Passport' }], questions: [], recommendations: 1 };
    await waitFor('the applications service to know the program', async () => {
      const set = await call(t.adminA, 'PUT', `/v1/manage/exchange-programs/${programId}/application-requirements`, requirements);
      return set.status === 200 ? true : undefined;
    });
    const applicant = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    expect((await call(applicant, 'PUT', '/v1/me/applicant-profile', PROFILE)).status).toBe(200);
    const applicationId = await waitFor('the applications service to know the program', async () => {
      const drafted = await call(applicant, 'POST', '/v1/me/applications', { season: fields.season, choices: [{ exchangeProgramId: programId }] });
      return drafted.status === 201 ? (drafted.body.id as string) : undefined;
    });
    const pdf = (token: string | undefined, path: string) =>
      gateway.request('PUT', path, { token, body: '%PDF-1.4\n%%EOF\n', headers: { 'content-type': 'application/pdf' } });
    expect((await pdf(applicant, `/v1/me/applications/${applicationId}/documents/passport`)).status).toBe(200);
    const referees = { referees: [{ name: 'Dr. Smith', email: 'smith@school.example' }] };
    expect((await call(applicant, 'PUT', `/v1/me/applications/${applicationId}/referees/${programId}`, referees)).status).toBe(200);
    await waitFor('the window to open', async () => ((await call(applicant, 'POST', `/v1/me/applications/${applicationId}/submission`)).status === 200 ? true : undefined), {
      timeoutMs: 30_000,
      intervalMs: 500,
    });

    const manage = (suffix: string) => `/v1/manage/exchange-programs/${programId}${suffix}`;
    const candidate = (suffix: string) => manage(`/candidates/${applicationId}${suffix}`);
    const readRubric = () => call(t.staff, 'GET', manage('/rubric')).then((r) => (r.status === 200 ? r.body : r.body.code));
    const readCandidates = () => call(t.staff, 'GET', manage('/candidates')).then((r) => r.body);
    const rubric = { criteria: [{ key: 'motivation', label: 'Motivation', weight: 2 }], blindFirstRound: true };
    await row('putProgramRubric', { method: 'PUT', path: manage('/rubric'), body: rubric }, t.adminA, [t.adminB], readRubric);
    await row('getProgramRubric', { method: 'GET', path: manage('/rubric') }, t.adminA, [t.adminB]);
    await row('listProgramCandidates', { method: 'GET', path: manage('/candidates') }, t.adminA, [t.adminB]);
    await row('completeCandidacy', { method: 'POST', path: candidate('/completion') }, t.adminA, [t.adminB], readCandidates);
    await row('assignReviewers', { method: 'POST', path: candidate('/reviewers'), body: { reviewerIds: [reviewerId] } }, t.adminA, [t.adminB], readCandidates);
    const at = (suffix = '') => `/v1/review/assignments/${applicationId}/${programId}${suffix}`;
    const readReading = () => call(reviewer, 'GET', at()).then((r) => r.body);
    await row('getMyReviewAssignment', { method: 'GET', path: at() }, reviewer, [otherReviewer]);
    await row('scoreMyReviewAssignment', { method: 'PUT', path: at('/score'), body: { scores: { motivation: 4 } } }, reviewer, [otherReviewer], readReading);
    await row('getProgramRanking', { method: 'GET', path: manage('/ranking') }, t.adminA, [t.adminB]);
    // The referee's letter arrives by their link; the reader and the program's admins download it and the document.
    const requested = await applicationsDb.outboxEvent.findMany({ where: { type: 'recommendation.requested.v1' } });
    const link = requested.map((event) => (event.payload as { data: { applicationId: string; uploadLink: { url: string } } }).data).find((data) => data.applicationId === applicationId)!;
    expect((await pdf(undefined, `/v1/recommendations/${new URL(link.uploadLink.url).searchParams.get('token')}/letter`)).status).toBe(200);
    const material = await row('getProgramCandidateMaterial', { method: 'GET', path: candidate('/material') }, t.adminA, [t.adminB]);
    const letterId = material.body.letters[0].recommendationId as string;
    await row('downloadProgramCandidateDocument', { method: 'GET', path: candidate('/documents/passport') }, t.adminA, [t.adminB]);
    await row('downloadProgramCandidateLetter', { method: 'GET', path: candidate(`/letters/${letterId}`) }, t.adminA, [t.adminB]);
    await row('downloadMyReviewAssignmentDocument', { method: 'GET', path: at('/documents/passport') }, reviewer, [otherReviewer]);
    await row('downloadMyReviewAssignmentLetter', { method: 'GET', path: at(`/letters/${letterId}`) }, reviewer, [otherReviewer]);
    await row('declareReviewConflict', { method: 'POST', path: at('/conflict'), body: { note: 'Neighbour' } }, reviewer, [otherReviewer], readReading);
  });

  it('application requirements, documents, answers and referees: another program’s admin or applicant reaches nothing', async () => {
    const fields = openProgramFields({ title: 'Exchange with requirements' });
    const programId = await waitFor('the exchanges service to know the partnership', async () => {
      const created = await call(t.adminA, 'POST', '/v1/manage/exchange-programs', { partnershipId, ...fields });
      return created.status === 201 ? (created.body.id as string) : undefined;
    });
    expect((await call(t.adminA, 'POST', `/v1/manage/exchange-programs/${programId}/publish`)).status).toBe(200);
    const manage = `/v1/manage/exchange-programs/${programId}/application-requirements`;
    await waitFor('the applications service to know the program', async () => ((await call(t.adminA, 'GET', manage)).status === 200 ? true : undefined));
    const requirements = {
      documents: [{ key: 'passport', label: 'Passport' }],
      questions: [{ key: 'motivation', label: 'Why?', type: 'text', required: true }],
      recommendations: 1,
    };
    const readRequirements = () => call(t.staff, 'GET', manage).then((r) => r.body);
    await row('putExchangeProgramRequirements', { method: 'PUT', path: manage, body: requirements }, t.adminA, [t.adminB], readRequirements);
    await row('getManagedExchangeProgramRequirements', { method: 'GET', path: manage }, t.adminA, [t.adminB]);

    // Applicants of their own, whatever the applications above left.
    const owner = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    const stranger = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    for (const token of [owner, stranger]) expect((await call(token, 'PUT', '/v1/me/applicant-profile', PROFILE)).status).toBe(200);
    const created = await call(owner, 'POST', '/v1/me/applications', { season: fields.season, choices: [{ exchangeProgramId: programId }] });
    expect(created.status).toBe(201);
    const at = (suffix: string) => `/v1/me/applications/${created.body.id}${suffix}`;
    const read = () => Promise.all(['/checklist', '/documents', `/referees/${programId}`].map((suffix) => call(owner, 'GET', at(suffix)).then((r) => r.body)));
    await row('getMyApplicationChecklist', { method: 'GET', path: at('/checklist') }, owner, [stranger]);
    await row('putMyApplicationAnswers', { method: 'PUT', path: at(`/answers/${programId}`), body: { answers: { motivation: 'Music' } } }, owner, [stranger], read);
    await row('getMyApplicationAnswers', { method: 'GET', path: at(`/answers/${programId}`) }, owner, [stranger]);
    const referees = { referees: [{ name: 'Dr. Smith', email: 'smith@school.example' }] };
    await row('putMyReferees', { method: 'PUT', path: at(`/referees/${programId}`), body: referees }, owner, [stranger], read);
    await row('getMyReferees', { method: 'GET', path: at(`/referees/${programId}`) }, owner, [stranger]);
    // A document is the raw file (an ASCII PDF travels intact as text).
    const upload = (token: string) =>
      gateway.request('PUT', at('/documents/passport'), { token, body: '%PDF-1.4\n%%EOF\n', headers: { 'content-type': 'application/pdf' } });
    const before = await read();
    expect((await upload(stranger)).status).toBe(404);
    expect(await read()).toEqual(before);
    expect((await upload(owner)).status).toBe(200);
    covered.add('uploadMyApplicationDocument');
    await row('listMyApplicationDocuments', { method: 'GET', path: at('/documents') }, owner, [stranger]);
    await row('downloadMyApplicationDocument', { method: 'GET', path: at('/documents/passport') }, owner, [stranger]);
  });

  it('offers and nominations: another applicant, city or program reaches nothing', async () => {
    // A one-way program with three places, its decisions released as soon as the season is committed.
    const fields = openProgramFields({ title: 'Exchange with offers', direction: 'to_partner', capacity: { member: 3, partner: 0 } });
    const programId = await waitFor('the exchanges service to know the partnership', async () => {
      const created = await call(t.adminA, 'POST', '/v1/manage/exchange-programs', { partnershipId, ...fields });
      return created.status === 201 ? (created.body.id as string) : undefined;
    });
    expect((await call(t.adminA, 'POST', `/v1/manage/exchange-programs/${programId}/publish`)).status).toBe(200);
    const applicationsDb = gateway.backends[2]!.service.app.get<ApplicationsDb>(DATABASE);
    const applicants: Array<{ token: string; id: string }> = [];
    for (let index = 0; index < 3; index++) {
      const token = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
      expect((await call(token, 'PUT', '/v1/me/applicant-profile', PROFILE)).status).toBe(200);
      const id = await waitFor('the applications service to know the program', async () => {
        const drafted = await call(token, 'POST', '/v1/me/applications', { season: fields.season, choices: [{ exchangeProgramId: programId }] });
        return drafted.status === 201 ? (drafted.body.id as string) : undefined;
      });
      await waitFor('the window to open', async () => ((await call(token, 'POST', `/v1/me/applications/${id}/submission`)).status === 200 ? true : undefined), {
        timeoutMs: 30_000,
        intervalMs: 500,
      });
      // Ranked by a reading written directly (the review has its own rows above), with the sums scoring keeps on the candidacy (what rankings read).
      const score = 5 - index;
      await applicationsDb.candidacy.create({
        data: { applicationId: id, exchangeProgramId: programId, completedAt: new Date(), scoreWeightedSum: score, scoreWeightTotal: 1, scoreReadings: 1 },
      });
      await applicationsDb.reviewAssignment.create({
        data: { applicationId: id, exchangeProgramId: programId, reviewerId: uuidv7(), assignedAt: new Date(), scores: { overall: score }, weightedSum: score, weightTotal: 1, scoredAt: new Date() },
      });
      applicants.push({ token, id });
    }
    expect((await call(t.staff, 'POST', '/v1/manage/matching-runs', { season: fields.season, mode: 'commit' })).status).toBe(201);
    const [first, second, third] = applicants as [(typeof applicants)[0], (typeof applicants)[0], (typeof applicants)[0]];
    await waitFor(
      'the decisions to be released',
      async () => ((await call(first.token, 'GET', `/v1/me/applications/${first.id}`)).body.decision ? true : undefined),
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    const mine = (who: { token: string; id: string }) => () => call(who.token, 'GET', `/v1/me/applications/${who.id}`).then((r) => r.body);
    await row('acceptMyOffer', { method: 'POST', path: `/v1/me/applications/${first.id}/offer/acceptance` }, first.token, [t.applicantY, second.token], mine(first));
    await row('declineMyOffer', { method: 'POST', path: `/v1/me/applications/${second.id}/offer/decline`, body: {} }, second.token, [t.applicantY, first.token], mine(second));
    // The partner city hosts the member side's participants: its contacts answer, no other city's, no other program's admins.
    await row('acceptNomination', { method: 'POST', path: `/v1/nominations/${first.id}/acceptance` }, t.contactP, [t.contactQ, t.adminB], mine(first));
    await row('refuseNomination', { method: 'POST', path: `/v1/nominations/${third.id}/refusal`, body: { reason: 'No host family' } }, t.contactP, [t.contactQ, t.adminB], mine(third));
    expect((await mine(first)()).status).toBe('confirmed');
  });

  it('partnerships end by both sides, each refused to the other tenants', async () => {
    const at = (suffix: string) => `/v1/partnerships/${partnershipId}${suffix}`;
    await row('proposeTermination', { method: 'POST', path: at('/termination'), body: { side: 'member', reason: 'Ended' } }, t.adminA, [t.adminB, t.contactQ], partnership);
    await row('approveTermination', { method: 'POST', path: at('/termination/approval'), body: { side: 'partner' } }, t.contactP, [t.contactQ, t.adminB], partnership);
    expect((await partnership()).status).toBe('terminated');
  });

  it('covers every route that names a resource a scoped role may reach', () => {
    const scopedRoles = ['program-admin', 'partner-contact', 'reviewer', 'applicant'];
    const expected = gateway
      .get(RouteCatalogue)
      .all()
      .filter((route) => route.path.includes(':') && !NOT_TENANT_SCOPED.has(route.operationId))
      .filter((route) => route.access.kind === 'authenticated' || (route.access.kind === 'roles' && route.access.roles.some((role) => scopedRoles.includes(role))))
      .map((route) => route.operationId);
    expect([...covered].sort()).toEqual(expect.arrayContaining(expected.sort()));
    expect(expected.filter((operationId) => !covered.has(operationId))).toEqual([]);
  });
});
