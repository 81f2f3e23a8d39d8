import type { PrismaClient as GatewayDb } from '@scn-prisma/gateway';
import { DOCUMENT_MAX_BYTES } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { DEVELOPMENT_LINK_SIGNING_SECRET } from '../src/config';
import { signToken } from '@scn/platform';
import { minorProfile, programFields, publishProgram, startApplicationsPlatform, waitForKnownProgram, type ApplicationsPlatform } from './applications-platform';

// Requirements of applications through the gateway (issue #13): each program's documents,
// questionnaire and referees, set by its member program's admins; documents told by their
// content and refused whole; answers checked question by question; referees' letters and
// a guardian's consent by signed, expiring links; the checklist, and a submission refused
// while the applicant's own items are missing.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00this is not a document');

const QUESTIONNAIRE = {
  documents: [{ key: 'passport-copy', label: 'Passport copy' }],
  questions: [
    { key: 'motivation', label: 'Why this exchange?', type: 'long-text', required: true, maxLength: 200 },
    { key: 'diet', label: 'Diet', type: 'choice', required: true, options: ['none', 'vegetarian'] },
    { key: 'swim', label: 'Can you swim?', type: 'yes-no', required: false },
  ],
  recommendations: 1,
};

describe('application requirements through the gateway', () => {
  let platform: ApplicationsPlatform;
  let programId = '';
  let plainProgramId = '';
  let admin = '';
  let otherAdmin = '';
  const GUARDIAN = { name: 'Bea Example', email: 'bea@example.org' };

  const call = (token: string | undefined, method: string, path: string, body?: unknown) => platform.gateway.request(method, path, { token, body });
  const applicant = () => platform.gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
  const rules = (body: { errors?: Array<{ field: string; rule: string }> }) => (body.errors ?? []).map(({ field, rule }) => `${field}:${rule}`);
  /** Sends raw bytes, as a browser or curl would. */
  async function send(method: string, path: string, bytes: Buffer, contentType: string, token?: string) {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (token) headers['authorization'] = `Bearer ${token}`;
    const response = await fetch(`${platform.gateway.service.url}${path}`, { method, headers, body: bytes });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { text };
    }
    return { status: response.status, body };
  }
  async function events(type: string) {
    const rows = await platform.db.outboxEvent.findMany({ where: { type }, orderBy: { seq: 'asc' } });
    return rows.map((row) => (row.payload as { data: Record<string, unknown> }).data);
  }
  const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
  async function draftFor(token: string, choices: string[]) {
    await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }));
    const created = await call(token, 'POST', '/v1/me/applications', { season: 2027, choices: choices.map((exchangeProgramId) => ({ exchangeProgramId })) });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  beforeAll(async () => {
    platform = await startApplicationsPlatform();
    const eligibility = { minAge: 15, maxAge: 18, residence: 'member-city' as const, languages: ['en'], requiredDocuments: ['Passport copy'], maxApplicationsPerSeason: 3 };
    programId = await publishProgram(platform, programFields({ title: 'Summer youth exchange', eligibility }));
    plainProgramId = await publishProgram(platform, programFields({ title: 'Choir tour', eligibility: { ...eligibility, requiredDocuments: [] } }));
    for (const id of [programId, plainProgramId]) await waitForKnownProgram(platform, id, (row) => row.windowOpen);
    admin = await platform.gateway.tokenFor([{ role: 'program-admin', scopeIds: [platform.memberProgramId] }]);
    otherAdmin = await platform.gateway.tokenFor([{ role: 'program-admin', scopeIds: ['0190a000-0000-7000-8000-00000000dead'] }]);
  }, 120_000);
  afterAll(() => platform?.gateway.stop());

  it('takes the program’s eligibility documents by default; its member program’s admins set the rest; anyone reads them', async () => {
    const path = `/v1/exchange-programs/${programId}/application-requirements`;
    const manage = `/v1/manage/exchange-programs/${programId}/application-requirements`;
    expect((await call(undefined, 'GET', path)).body).toMatchObject({
      source: 'default',
      documents: [{ key: 'passport-copy', label: 'Passport copy' }],
      questions: [],
      recommendations: 0,
    });
    const foreign = await call(otherAdmin, 'PUT', manage, QUESTIONNAIRE);
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'REQUIREMENTS.PROGRAM_NOT_FOUND' });
    expect((await call(otherAdmin, 'GET', manage)).status).toBe(404);
    const bad = await call(admin, 'PUT', manage, { ...QUESTIONNAIRE, questions: [{ key: 'diet', label: 'Diet', type: 'choice' }] });
    expect({ status: bad.status, errors: rules(bad.body) }).toEqual({ status: 400, errors: ['body.questions.0.options:options'] });
    expect(bad.body.errors[0].params).toEqual({ problem: 'too_few', minimum: 2 });

    const set = await call(admin, 'PUT', manage, QUESTIONNAIRE);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ source: 'program', recommendations: 1, questions: [{ key: 'motivation', required: true }, { key: 'diet' }, { key: 'swim', required: false }] });
    expect((await call(await applicant(), 'GET', path)).body).toEqual(set.body);
    expect((await call(platform.staff, 'GET', manage)).body).toEqual(set.body);
  });

  it('takes a document told by its content, refuses a mislabeled, unsupported or oversized one without storing it, and gives it back', async () => {
    const token = await applicant();
    const applicationId = await draftFor(token, [programId]);
    const at = (key = 'passport-copy', query = '') => `/v1/me/applications/${applicationId}/documents/${key}${query}`;
    const stored = () => platform.db.applicationDocument.count({ where: { applicationId } });

    const mislabeled = await send('PUT', at('passport-copy', '?fileName=passport.pdf'), PNG, 'application/pdf', token);
    expect({ status: mislabeled.status, code: mislabeled.body.code }).toEqual({ status: 400, code: 'DOCUMENT.TYPE_MISMATCH' });
    expect(mislabeled.body.detail).toContain('image/png');
    const program = await send('PUT', at(), EXE, 'application/pdf', token);
    expect({ status: program.status, code: program.body.code }).toEqual({ status: 400, code: 'DOCUMENT.UNSUPPORTED_TYPE' });
    expect(program.body.detail).toContain('application/x-msdownload');
    const oversized = await send('PUT', at(), Buffer.concat([PDF, Buffer.alloc(DOCUMENT_MAX_BYTES)]), 'application/pdf', token);
    expect(oversized.status).toBe(413);
    expect(await stored()).toBe(0);
    const unknownKey = await send('PUT', at('visa'), PDF, 'application/pdf', token);
    expect({ status: unknownKey.status, code: unknownKey.body.code }).toEqual({ status: 404, code: 'DOCUMENT.REQUIREMENT_UNKNOWN' });

    // Larger than one NATS message: it travels through the object store.
    const big = Buffer.concat([PDF, Buffer.alloc(1_500_000, 0x20)]);
    const uploaded = await send('PUT', at('passport-copy', '?fileName=passport.pdf'), big, 'application/pdf', token);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ requirementKey: 'passport-copy', fileName: 'passport.pdf', contentType: 'application/pdf', size: big.length });
    // A PNG declaring nothing is told by its content, and replaces the PDF.
    const replaced = await send('PUT', at(), PNG, 'application/octet-stream', token);
    expect(replaced.body).toMatchObject({ contentType: 'image/png', size: PNG.length, fileName: null });
    const listed = await call(token, 'GET', `/v1/me/applications/${applicationId}/documents`);
    expect(listed.body.items).toEqual([replaced.body]);

    const download = await fetch(`${platform.gateway.service.url}${at()}`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain('passport-copy.png');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    const bigBack = await send('PUT', at(), big, 'application/pdf', token);
    expect(bigBack.status).toBe(200);
    const bigDownload = await fetch(`${platform.gateway.service.url}${at()}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await bigDownload.arrayBuffer()).equals(big)).toBe(true);

    // Another applicant reaches none of it.
    const other = await applicant();
    expect((await call(other, 'GET', `/v1/me/applications/${applicationId}/documents`)).status).toBe(404);
    expect((await send('PUT', at(), PDF, 'application/pdf', other)).status).toBe(404);
  });

  it('checks answers against the questionnaire, naming the question and the rule of each refusal', async () => {
    const token = await applicant();
    const applicationId = await draftFor(token, [programId, plainProgramId]);
    const at = `/v1/me/applications/${applicationId}/answers/${programId}`;
    const refused = await call(token, 'PUT', at, { answers: { motivation: 'x'.repeat(201), diet: 'vegan', swim: 'yes', shoe: 42 } });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 400, code: 'ANSWERS.INVALID' });
    expect(rules(refused.body)).toEqual(['answers.shoe:unknown_question', 'answers.motivation:max_length', 'answers.diet:choice', 'answers.swim:type']);
    expect(refused.body.errors.map(({ params }: { params?: unknown }) => params)).toEqual([undefined, { maximum: 200 }, { values: ['none', 'vegetarian'] }, { expected: 'boolean' }]);
    const partial = await call(token, 'PUT', at, { answers: { motivation: 'To learn French', swim: true } });
    expect(partial.body).toMatchObject({ answers: { motivation: 'To learn French', swim: true }, complete: false });
    const whole = await call(token, 'PUT', at, { answers: { motivation: 'To learn French', diet: 'none', swim: null } });
    expect(whole.body).toMatchObject({ answers: { motivation: 'To learn French', diet: 'none' }, complete: true });
    expect((await call(token, 'GET', at)).body).toEqual(whole.body);
    const notChosen = await call(token, 'PUT', `/v1/me/applications/${applicationId}/answers/${platform.partnershipId}`, { answers: {} });
    expect({ status: notChosen.status, code: notChosen.body.code }).toEqual({ status: 404, code: 'APPLICATION.CHOICE_NOT_FOUND' });
  });

  it('refuses to submit while the applicant’s own items are missing; letters and consent arrive by link after submission', async () => {
    const token = await applicant();
    const applicationId = await draftFor(token, [programId, plainProgramId]);
    const mine = `/v1/me/applications/${applicationId}`;

    const before = await call(token, 'GET', `${mine}/checklist`);
    expect(before.body).toMatchObject({
      status: 'draft',
      readyToSubmit: false,
      choices: [
        { rank: 1, documents: [{ key: 'passport-copy', uploaded: false }], questions: { total: 3, required: 2, answered: 0 }, referees: { required: 1, named: 0, received: 0 } },
        { rank: 2, documents: [], questions: { total: 0 }, referees: { required: 0 } },
      ],
      guardianConsent: { required: true, status: 'not-requested' },
    });
    expect((before.body.missing as Array<{ field: string; rule: string }>).map(({ field, rule }) => `${field}:${rule}`)).toEqual([
      'choices.0.documents.passport-copy:documents',
      'choices.0.answers.motivation:answers',
      'choices.0.answers.diet:answers',
      'choices.0.referees:referees',
    ]);
    // The program's title, the document's label, the referees counted: what a client words each item with.
    const title = before.body.choices[0].title as string;
    expect(before.body.missing[0]).toEqual({
      field: 'choices.0.documents.passport-copy',
      rule: 'documents',
      message: `${title}: upload “Passport copy”`,
      params: { title, key: 'passport-copy', label: 'Passport copy' },
    });
    expect(before.body.missing[3]).toMatchObject({ rule: 'referees', params: { title, required: 1, named: 0 } });
    const refused = await call(token, 'POST', `${mine}/submission`);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 400, code: 'APPLICATION.NOT_ELIGIBLE' });
    expect(rules(refused.body)).toEqual([
      'choices.0.documents.passport-copy:documents',
      'choices.0.answers.motivation:answers',
      'choices.0.answers.diet:answers',
      'choices.0.referees:referees',
    ]);

    expect((await send('PUT', `${mine}/documents/passport-copy`, PDF, 'application/pdf', token)).status).toBe(200);
    expect((await call(token, 'PUT', `${mine}/answers/${programId}`, { answers: { motivation: 'Music', diet: 'vegetarian' } })).status).toBe(200);
    const named = await call(token, 'PUT', `${mine}/referees/${programId}`, { referees: [{ name: 'Dr. Smith', email: 'smith@school.example' }] });
    expect(named.body).toMatchObject({ required: 1, referees: [{ name: 'Dr. Smith', status: 'requested', receivedAt: null }] });
    const [requested] = await events('recommendation.requested.v1');
    expect(requested).toMatchObject({ applicationId, exchangeProgramId: programId, applicantName: 'Ana Example', referee: { email: 'smith@school.example' } });
    const letterLink = requested!.uploadLink as { url: string; expiresAt: string };
    expect(letterLink.url).toMatch(/^http:\/\/localhost:3000\/recommendation\?token=/);

    const ready = await call(token, 'GET', `${mine}/checklist`);
    expect(ready.body).toMatchObject({ readyToSubmit: true, missing: [] });
    expect((ready.body.awaiting as Array<{ rule: string }>).map((item) => item.rule)).toEqual(['letters', 'guardian-consent']);
    expect((await call(token, 'POST', `${mine}/submission`)).body.status).toBe('submitted');
    const locked = await send('PUT', `${mine}/documents/passport-copy`, PDF, 'application/pdf', token);
    expect({ status: locked.status, code: locked.body.code }).toEqual({ status: 409, code: 'APPLICATION.LOCKED' });

    // The referee, by their link, without an account: a PDF only; the applicant sees "received", never the letter.
    const letterToken = tokenOf(letterLink.url);
    const shown = await call(undefined, 'GET', `/v1/recommendations/${letterToken}`);
    expect(shown.body).toMatchObject({ refereeName: 'Dr. Smith', applicantName: 'Ana Example', programTitle: 'Summer youth exchange', received: false });
    const notPdf = await send('PUT', `/v1/recommendations/${letterToken}/letter`, PNG, 'application/octet-stream');
    expect({ status: notPdf.status, code: notPdf.body.code }).toEqual({ status: 400, code: 'DOCUMENT.UNSUPPORTED_TYPE' });
    const letter = await send('PUT', `/v1/recommendations/${letterToken}/letter`, PDF, 'application/pdf');
    expect(letter.body).toMatchObject({ received: true, receivedAt: expect.any(String) });
    const referees = await call(token, 'GET', `${mine}/referees/${programId}`);
    expect(referees.body.referees).toEqual([expect.objectContaining({ status: 'received', receivedAt: expect.any(String) })]);
    expect(JSON.stringify(referees.body)).not.toContain('letter');
    expect(await events('recommendation.received.v1')).toEqual([expect.objectContaining({ applicationId, exchangeProgramId: programId })]);

    // The guardian, asked at submission, consents by their link: time and address recorded, once.
    const [asked] = await events('guardian-consent.requested.v1');
    // She is 17 on both programs' travel dates: the consent names both.
    expect(asked).toMatchObject({
      applicantName: 'Ana Example',
      guardian: GUARDIAN,
      programs: [
        { exchangeProgramId: programId, title: 'Summer youth exchange' },
        { exchangeProgramId: plainProgramId, title: 'Choir tour' },
      ],
    });
    const consentToken = tokenOf((asked!.consentLink as { url: string }).url);
    const request = await call(undefined, 'GET', `/v1/guardian-consents/${consentToken}`);
    expect(request.body).toMatchObject({ applicantName: 'Ana Example', guardianName: 'Bea Example', status: 'requested', givenAt: null });
    expect(request.body.programs).toEqual([
      expect.objectContaining({ exchangeProgramId: programId, travelStart: expect.any(String) }),
      expect.objectContaining({ exchangeProgramId: plainProgramId }),
    ]);
    const given = await call(undefined, 'POST', `/v1/guardian-consents/${consentToken}`);
    expect(given.body).toMatchObject({ status: 'given', givenAt: expect.any(String) });
    const again = await call(undefined, 'POST', `/v1/guardian-consents/${consentToken}`);
    expect(again.body.givenAt).toBe(given.body.givenAt);
    const consent = (await call(token, 'GET', '/v1/me/applicant-profile')).body.guardianConsent;
    expect(consent).toMatchObject({ status: 'given', givenAt: given.body.givenAt, givenFrom: expect.stringMatching(/127\.0\.0\.1|::1/) });
    expect(await events('guardian-consent.given.v1')).toHaveLength(1);
    const done = await call(token, 'GET', `${mine}/checklist`);
    expect(done.body).toMatchObject({ status: 'submitted', guardianConsent: { status: 'given' }, missing: [], awaiting: [] });
  });

  it('takes only untampered, unexpired links of their purpose, and never keeps a token in the audit log', async () => {
    const [requested] = await events('recommendation.requested.v1');
    const letterToken = tokenOf((requested!.uploadLink as { url: string }).url);
    const [body, signature] = letterToken.split('.') as [string, string];
    const tampered = await call(undefined, 'GET', `/v1/recommendations/${body}.${signature.slice(2)}xx`);
    expect({ status: tampered.status, code: tampered.body.code }).toEqual({ status: 404, code: 'LINK.INVALID' });
    const asConsent = await call(undefined, 'GET', `/v1/guardian-consents/${letterToken}`);
    expect(asConsent.body.code).toBe('LINK.INVALID');
    const expired = signToken(
      { purpose: 'recommendation', subject: requested!.recommendationId as string, issue: 0, expiresAt: new Date(Date.now() - 1_000) },
      DEVELOPMENT_LINK_SIGNING_SECRET,
    );
    expect((await call(undefined, 'GET', `/v1/recommendations/${expired}`)).body.code).toBe('LINK.EXPIRED');
    const gatewayDb = platform.gateway.service.app.get<GatewayDb>(DATABASE);
    const audited = await waitFor('the audit entries of the links’ routes', async () => {
      const entries = await gatewayDb.auditEntry.findMany({
        where: { OR: [{ route: { startsWith: '/v1/recommendations/' } }, { route: { startsWith: '/v1/guardian-consents/' } }] },
        select: { path: true, targetId: true },
      });
      return entries.length >= 3 ? entries : undefined;
    });
    for (const entry of audited) expect(entry).toEqual({ path: expect.not.stringContaining('.'), targetId: null });
  });

  it('a referee the applicant no longer names loses their link and is no longer reminded (recommendation.cancelled.v1)', async () => {
    const token = await applicant();
    const applicationId = await draftFor(token, [programId]);
    const at = `/v1/me/applications/${applicationId}/referees/${programId}`;
    const kept = { name: 'Ms. Jones', email: 'jones@school.example' };
    const dropped = { name: 'Mr. Brown', email: 'brown@club.example' };
    expect((await call(token, 'PUT', at, { referees: [kept, dropped] })).status).toBe(200);
    const asked = (await events('recommendation.requested.v1')).filter((data) => data.applicationId === applicationId);
    const droppedRequest = asked.find((data) => (data.referee as { email: string }).email === dropped.email)!;
    expect((await call(token, 'PUT', at, { referees: [kept] })).body.referees).toEqual([expect.objectContaining({ name: 'Ms. Jones' })]);
    const cancelled = (await events('recommendation.cancelled.v1')).filter((data) => data.applicationId === applicationId);
    expect(cancelled).toEqual([expect.objectContaining({ recommendationId: droppedRequest.recommendationId, exchangeProgramId: programId, season: 2027 })]);
    const link = await call(undefined, 'GET', `/v1/recommendations/${tokenOf((droppedRequest.uploadLink as { url: string }).url)}`);
    expect(link.body.code).toBe('LINK.INVALID');
    // Naming the same list again removes nobody: nothing more is recorded.
    expect((await call(token, 'PUT', at, { referees: [kept] })).status).toBe(200);
    expect((await events('recommendation.cancelled.v1')).filter((data) => data.applicationId === applicationId)).toHaveLength(1);
  });

  it('asks a guardian’s consent again on request, the older link then no longer working', async () => {
    const token = await applicant();
    await draftFor(token, [plainProgramId]);
    const first = await call(token, 'POST', '/v1/me/applicant-profile/guardian-consent-request');
    expect(first.body).toMatchObject({ status: 'requested', requestedAt: expect.any(String) });
    const links = async () => (await events('guardian-consent.requested.v1')).filter((data) => data.programs && (data.programs as Array<{ exchangeProgramId: string }>)[0]?.exchangeProgramId === plainProgramId);
    const older = tokenOf(((await links())[0]!.consentLink as { url: string }).url);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await call(token, 'POST', '/v1/me/applicant-profile/guardian-consent-request')).status).toBe(200);
    const newer = tokenOf(((await links())[1]!.consentLink as { url: string }).url);
    expect((await call(undefined, 'GET', `/v1/guardian-consents/${older}`)).body.code).toBe('LINK.INVALID');
    expect((await call(undefined, 'GET', `/v1/guardian-consents/${newer}`)).status).toBe(200);

    const adult = await applicant();
    await call(adult, 'PUT', '/v1/me/applicant-profile', minorProfile({ birthDate: '1990-01-01' }));
    const notNeeded = await call(adult, 'POST', '/v1/me/applicant-profile/guardian-consent-request');
    expect({ status: notNeeded.status, code: notNeeded.body.code }).toEqual({ status: 409, code: 'GUARDIAN_CONSENT.NOT_NEEDED' });
  });
});
