import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { minorProfile, programFields, publishProgram, startApplicationsPlatform, waitForKnownProgram, writeScoredReading, type ApplicationsPlatform } from './applications-platform';

// The applicant's own data (issue #13): downloaded as one JSON document, then erased —
// the personal rows gone, the applications kept as anonymous counts, the place held given
// to the next on the waitlist, every service told once; nobody reaches another's data.

const DAY = 86_400_000;
const SEASON = 2027;
const GUARDIAN = { name: 'Bea Example', email: 'bea@example.org' };
const ERASE = { confirm: 'erase my data' };

describe('applicant data: download and erasure through the gateway', () => {
  let platform: ApplicationsPlatform;
  let program = '';
  const accounts = { a: uuidv7(), b: uuidv7(), c: uuidv7() };
  const tokens = { a: '', b: '', c: '' };
  const ids = { a: '', b: '' };

  const call = (method: string, path: string, body?: unknown, token = platform.staff) => platform.gateway.request(method, path, { token, body });
  const erasedEvents = async () =>
    (await platform.db.outboxEvent.findMany({ where: { type: 'applicant.erased.v1' }, orderBy: { seq: 'asc' } })).map(
      (row) => (row.payload as { data: Record<string, unknown> }).data,
    );

  async function submit(who: 'a' | 'b', score: number) {
    await call('PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN, givenName: who.toUpperCase() }), tokens[who]);
    const created = await call('POST', '/v1/me/applications', { season: SEASON, choices: [{ exchangeProgramId: program }] }, tokens[who]);
    expect(created.status).toBe(201);
    expect((await call('POST', `/v1/me/applications/${created.body.id}/submission`, undefined, tokens[who])).status).toBe(200);
    ids[who] = created.body.id;
    await writeScoredReading(platform, { applicationId: ids[who], exchangeProgramId: program, score, comment: `About ${who.toUpperCase()}: lovely essay` });
  }

  beforeAll(async () => {
    platform = await startApplicationsPlatform();
    for (const who of ['a', 'b', 'c'] as const) tokens[who] = await platform.gateway.tokenFor([{ role: 'applicant', scopeIds: [] }], accounts[who]);
    const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    program = await publishProgram(platform, programFields({ title: 'One place', capacity: { member: 1, partner: 0 }, direction: 'to_partner', decisionReleaseAt: at(70) }));
    await waitForKnownProgram(platform, program, (row) => row.windowOpen);
    // The program ranks a > b; a's answers, document and referee (with a letter) are written directly (they have their own tests).
    await submit('a', 5);
    await submit('b', 4);
    const pdf = Buffer.from('%PDF-1.4 passport');
    await platform.db.applicationDocument.create({
      data: {
        applicationId: ids.a,
        requirementKey: 'passport-copy',
        fileName: 'passport.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        content: pdf,
        uploadedAt: new Date(),
      },
    });
    await platform.db.applicationAnswers.create({ data: { applicationId: ids.a, exchangeProgramId: program, answers: { why: 'I love Lyon' }, updatedAt: new Date() } });
    await platform.db.recommendation.create({
      data: {
        id: uuidv7(),
        applicationId: ids.a,
        exchangeProgramId: program,
        refereeName: 'Rae Referee',
        refereeEmail: 'rae@example.org',
        requestedAt: new Date(),
        linkExpiresAt: new Date(Date.now() + 30 * DAY),
        receivedAt: new Date(),
        letter: Buffer.from('%PDF-1.4 letter'),
      },
    });
    const committed = await call('POST', '/v1/manage/matching-runs', { season: SEASON, mode: 'commit', seed: 'privacy' });
    expect(committed.status).toBe(201);
    expect(await platform.db.application.findUnique({ where: { id: ids.a } })).toMatchObject({ placedProgramId: program });
  }, 180_000);
  afterAll(() => platform?.gateway.stop());

  it('downloads everything held about the applicant, as an attachment, and nothing of the decision before its date', async () => {
    const exported = await call('GET', '/v1/me/applicant-data', undefined, tokens.a);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="applicant-data.json"');
    expect(exported.body).toMatchObject({
      format: 'scn.applicant-data.v1',
      accountId: accounts.a,
      profile: { accountId: accounts.a, givenName: 'A', guardian: GUARDIAN, emergencyContact: { name: 'Bea Example' } },
    });
    expect(exported.body.applications).toHaveLength(1);
    const [application] = exported.body.applications;
    expect(application).toMatchObject({
      id: ids.a,
      status: 'submitted',
      choices: [{ rank: 1, exchangeProgramId: program, title: 'One place' }],
      decision: null,
      answers: [{ exchangeProgramId: program, answers: { why: 'I love Lyon' } }],
      documents: [{ requirementKey: 'passport-copy', fileName: 'passport.pdf', downloadPath: `/v1/me/applications/${ids.a}/documents/passport-copy` }],
      referees: [{ name: 'Rae Referee', email: 'rae@example.org', status: 'received' }],
      nomination: null,
    });
    expect(application.history.map((line: { action: string }) => line.action)).toEqual(['drafted', 'submitted']);
    expect(JSON.stringify(exported.body)).not.toMatch(/letter|lovely essay|PDF-1\.4/);
  });

  it('another applicant reaches none of it', async () => {
    const other = await call('GET', '/v1/me/applicant-data', undefined, tokens.c);
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ accountId: accounts.c, profile: null, applications: [] });
    expect((await call('GET', `/v1/me/applications/${ids.a}`, undefined, tokens.c)).status).toBe(404);
    expect((await call('GET', '/v1/me/applicant-data', undefined, platform.staff)).status).toBe(403);
  });

  it('refuses an erasure without the exact confirmation', async () => {
    const refused = await call('POST', '/v1/me/applicant-data/erasure', { confirm: 'yes' }, tokens.a);
    expect(refused.status).toBe(400);
    expect(await platform.db.applicant.count({ where: { accountId: accounts.a } })).toBe(1);
  });

  it('erases the personal data in one go, keeps anonymous counts, frees the place to the next in line, and tells every service once', async () => {
    const counts = async () => ({
      applications: await platform.db.application.count({ where: { season: SEASON } }),
      outcomes: await platform.db.matchingOutcome.count(),
      readings: await platform.db.reviewAssignment.count({ where: { exchangeProgramId: program } }),
    });
    const before = await counts();
    const erased = await call('POST', '/v1/me/applicant-data/erasure', ERASE, tokens.a);
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ applicantId: accounts.a, erasedAt: expect.any(String), applicationsKept: 1, placesFreed: 1 });

    const db = platform.db;
    expect(await db.applicant.count({ where: { accountId: accounts.a } })).toBe(0);
    expect(await db.application.count({ where: { applicantId: accounts.a } })).toBe(0);
    expect(await db.matchingOutcome.count({ where: { applicantId: accounts.a } })).toBe(0);
    const kept = await db.application.findUniqueOrThrow({ where: { id: ids.a } });
    expect(kept).toMatchObject({ status: 'withdrawn', withdrawReason: null, erasedAt: expect.any(Date) });
    expect((await db.matchingOutcome.findFirstOrThrow({ where: { applicationId: ids.a } })).applicantId).toBe(kept.applicantId);
    expect(await db.applicationDocument.count({ where: { applicationId: ids.a } })).toBe(0);
    expect(await db.applicationAnswers.count({ where: { applicationId: ids.a } })).toBe(0);
    expect(await db.recommendation.count({ where: { applicationId: ids.a } })).toBe(0);
    expect(await db.reviewAssignment.findFirstOrThrow({ where: { applicationId: ids.a } })).toMatchObject({ comment: null, weightedSum: 5 });
    expect(await db.applicationChange.count({ where: { applicationId: ids.a, actorId: accounts.a } })).toBe(0);
    const history = await db.applicationChange.findMany({ where: { applicationId: ids.a, action: 'withdrawn' } });
    expect(history.map((line) => line.details)).toEqual([{ cause: 'applicant' }]);
    expect(await counts()).toEqual(before);

    // The place a held goes to b, the next on the waitlist (the decision is not out yet: no offer).
    expect(await db.application.findUniqueOrThrow({ where: { id: ids.b } })).toMatchObject({ placedProgramId: program, placedSide: 'member', offerState: null });
    expect(await db.waitlistEntry.findMany({ where: { applicationId: ids.a, state: 'waiting' } })).toEqual([]);
    expect(await erasedEvents()).toEqual([{ applicantId: accounts.a, erasedAt: erased.body.erasedAt }]);
    const withdrawn = await db.outboxEvent.findMany({ where: { type: 'application.withdrawn.v1', aggregate: ids.a } });
    expect(withdrawn).toHaveLength(1);

    // A second erasure answers the same and changes nothing.
    const again = await call('POST', '/v1/me/applicant-data/erasure', ERASE, tokens.a);
    expect(again).toMatchObject({ status: 200, body: erased.body });
    expect(await erasedEvents()).toHaveLength(1);
    expect(await db.application.findUniqueOrThrow({ where: { id: ids.a } })).toEqual(kept);
  });

  it('after erasure the account finds nothing and cannot start again; the others are untouched', async () => {
    const problem = async (method: string, path: string, body?: unknown) => {
      const answer = await call(method, path, body, tokens.a);
      return { status: answer.status, code: answer.body?.code };
    };
    const erased = { status: 410, code: 'APPLICANT.ERASED' };
    expect(await problem('GET', '/v1/me/applicant-profile')).toEqual(erased);
    expect(await problem('GET', '/v1/me/applicant-data')).toEqual(erased);
    expect(await problem('PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }))).toEqual(erased);
    expect(await problem('POST', '/v1/me/applications', { season: SEASON, choices: [{ exchangeProgramId: program }] })).toEqual(erased);
    expect((await problem('GET', `/v1/me/applications/${ids.a}`)).status).toBe(404);
    expect((await call('GET', '/v1/me/applications', undefined, tokens.a)).body.items).toEqual([]);

    const b = await call('GET', '/v1/me/applicant-data', undefined, tokens.b);
    expect(b.body).toMatchObject({ profile: { givenName: 'B' }, applications: [{ id: ids.b, status: 'submitted' }] });
    expect(b.body.applications[0].history.map((line: { action: string }) => line.action)).toEqual(['drafted', 'submitted']);
  });
});
