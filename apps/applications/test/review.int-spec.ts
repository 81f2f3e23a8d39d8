import { v7 as uuidv7 } from 'uuid';
import { tiersFromScores } from '../src/matching/domain/season-instance';
import { readSeason } from '../src/matching/infra/season.reader';
import {
  minorProfile,
  onboardReviewer,
  programFields,
  publishProgram,
  startApplicationsPlatform,
  waitForKnownProgram,
  waitForKnownReviewer,
  type ApplicationsPlatform,
} from './applications-platform';
import { downloadFile, sendFile } from './file-transfer';

// Review through the gateway (issue #13, item 4): a program's rubric set by its managers,
// candidacies marked complete (the application goes in review), reviewers known from the
// gateway's account events assigned, readings scored — blind in the first round when the
// rubric says so — or excluded by a declared conflict, and the program's ranking with an
// exact tie. Readers see and download the material of their program (answers, documents,
// referees' letters), blind where the round is; readings of withdrawn applications go.

describe('review through the gateway', () => {
  let platform: ApplicationsPlatform;
  let programP = '';
  let programQ = '';
  const t = { adminA: '', adminOther: '' };
  const reviewers = {} as Record<'r1' | 'r2' | 'r3', { accountId: string; token: string; email: string; password: string }>;
  /** Applications to P by four applicants; C ranks P second; E comes last, to be withdrawn. */
  const app = { a: '', b: '', c: '', d: '', e: '' };
  const applicantTokens = {} as Record<keyof typeof app, string>;
  const GUARDIAN = { name: 'Bea Example', email: 'bea@example.org' };
  const RUBRIC = {
    criteria: [
      { key: 'motivation', label: 'Motivation', weight: 3 },
      { key: 'languages', label: 'Languages', weight: 1 },
    ],
    blindFirstRound: true,
  };

  /** What P requires (Q asks a transcript only): the readers of P see these and nothing of Q's. */
  const P_REQUIREMENTS = {
    documents: [{ key: 'passport', label: 'Passport copy' }],
    questions: [
      { key: 'motivation', label: 'Why this exchange?', type: 'long-text', required: true },
      { key: 'instrument', label: 'Your instrument', type: 'text', required: false },
    ],
    recommendations: 1,
  };
  const Q_REQUIREMENTS = { documents: [{ key: 'transcript', label: 'Transcript' }], questions: [], recommendations: 0 };
  /** Each applicant's files, told apart by their bytes; a file name and a referee that name the applicant. */
  const passportOf = (givenName: string) => Buffer.from(`%PDF-1.4\n% passport of ${givenName}\n%%EOF\n`);
  const letterOf = (givenName: string) => Buffer.from(`%PDF-1.4\n% recommendation for ${givenName}\n%%EOF\n`);
  const refereeOf = (givenName: string) => ({ name: `Prof. ${givenName} Senior`, email: `prof-${givenName.toLowerCase()}@school.example` });

  const call = (token: string, method: string, path: string, body?: unknown) => platform.gateway.request(method, path, { token, body });
  const manage = (program: string, suffix = '') => `/v1/manage/exchange-programs/${program}${suffix}`;
  const reading = (applicationId: string, program: string, suffix = '') => `/v1/review/assignments/${applicationId}/${program}${suffix}`;
  const problem = (response: { status: number; body: { code?: string; errors?: Array<{ field: string; rule: string }> } }) => ({
    status: response.status,
    code: response.body.code,
    errors: (response.body.errors ?? []).map(({ field, rule }) => ({ field, rule })),
  });

  async function submittedApplication(key: keyof typeof app, choices: string[], givenName: string) {
    const token = await platform.gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    applicantTokens[key] = token;
    expect((await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ givenName, guardian: GUARDIAN }))).status).toBe(200);
    const created = await call(token, 'POST', '/v1/me/applications', { season: 2027, choices: choices.map((exchangeProgramId) => ({ exchangeProgramId })) });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
    await fulfilRequirements(token, created.body.id as string, choices, givenName);
    const submitted = await call(token, 'POST', `/v1/me/applications/${created.body.id}/submission`);
    expect({ status: submitted.status, body: submitted.body }).toMatchObject({ status: 200, body: { status: 'submitted' } });
    return created.body.id as string;
  }

  /** What P and Q require of the draft: P's passport (named after the applicant), answers and a referee; Q's transcript. */
  async function fulfilRequirements(token: string, applicationId: string, choices: string[], givenName: string) {
    const mine = `/v1/me/applications/${applicationId}`;
    if (choices.includes(programQ)) {
      expect((await sendFile(platform, 'PUT', `${mine}/documents/transcript`, Buffer.from('%PDF-1.4\n% transcript\n%%EOF\n'), 'application/pdf', token)).status).toBe(200);
    }
    if (!choices.includes(programP)) return;
    const passport = await sendFile(platform, 'PUT', `${mine}/documents/passport?fileName=${givenName.toLowerCase()}-example-passport.pdf`, passportOf(givenName), 'application/pdf', token);
    expect(passport.status).toBe(200);
    expect((await call(token, 'PUT', `${mine}/answers/${programP}`, { answers: { motivation: 'To play in an orchestra abroad' } })).status).toBe(200);
    expect((await call(token, 'PUT', `${mine}/referees/${programP}`, { referees: [refereeOf(givenName)] })).status).toBe(200);
  }

  /** The referee of the application's choice of P uploads their letter by the link they were emailed. */
  async function refereeSendsLetter(applicationId: string, bytes: Buffer) {
    const requested = await platform.db.outboxEvent.findMany({ where: { type: 'recommendation.requested.v1' } });
    const data = requested.map((row) => (row.payload as { data: { applicationId: string; uploadLink: { url: string } } }).data).find((d) => d.applicationId === applicationId)!;
    const token = new URL(data.uploadLink.url).searchParams.get('token')!;
    expect((await sendFile(platform, 'PUT', `/v1/recommendations/${token}/letter`, bytes, 'application/pdf')).status).toBe(200);
  }

  beforeAll(async () => {
    platform = await startApplicationsPlatform();
    const eligibility = { minAge: 15, maxAge: 18, residence: 'member-city' as const, languages: ['en'], requiredDocuments: [], maxApplicationsPerSeason: 3 };
    programP = await publishProgram(platform, programFields({ title: 'Summer youth exchange', eligibility }));
    programQ = await publishProgram(platform, programFields({ title: 'Choir tour', eligibility }));
    for (const id of [programP, programQ]) await waitForKnownProgram(platform, id, (row) => row.windowOpen);
    expect((await call(platform.staff, 'PUT', manage(programP, '/application-requirements'), P_REQUIREMENTS)).status).toBe(200);
    expect((await call(platform.staff, 'PUT', manage(programQ, '/application-requirements'), Q_REQUIREMENTS)).status).toBe(200);
    t.adminA = await platform.gateway.tokenFor([{ role: 'program-admin', scopeIds: [platform.memberProgramId] }]);
    t.adminOther = await platform.gateway.tokenFor([{ role: 'program-admin', scopeIds: [uuidv7()] }]);
    reviewers.r1 = await onboardReviewer(platform, [programP], 'Rita One');
    reviewers.r2 = await onboardReviewer(platform, [programP], 'Rob Two');
    reviewers.r3 = await onboardReviewer(platform, [programQ], 'Ria Three');
    for (const reviewer of Object.values(reviewers)) await waitForKnownReviewer(platform, reviewer.accountId);
    app.a = await submittedApplication('a', [programP], 'Ana');
    app.b = await submittedApplication('b', [programP], 'Ben');
    app.c = await submittedApplication('c', [programQ, programP], 'Cleo');
    app.d = await submittedApplication('d', [programP], 'Dan');
  }, 180_000);
  afterAll(() => platform?.gateway.stop());

  it('keeps a rubric per program, set by staff or the admins of the program’s member program', async () => {
    const other = await call(t.adminOther, 'PUT', manage(programP, '/rubric'), RUBRIC);
    expect(problem(other)).toMatchObject({ status: 404, code: 'REVIEW.PROGRAM_NOT_FOUND' });
    expect((await call(t.adminOther, 'GET', manage(programP, '/rubric'))).status).toBe(404);
    const none = await call(platform.staff, 'GET', manage(programP, '/rubric'));
    expect(problem(none)).toMatchObject({ status: 404, code: 'REVIEW.NO_RUBRIC' });

    const byStaff = await call(platform.staff, 'PUT', manage(programP, '/rubric'), { ...RUBRIC, blindFirstRound: false });
    expect(byStaff.status).toBe(200);
    const byAdmin = await call(t.adminA, 'PUT', manage(programP, '/rubric'), RUBRIC);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ exchangeProgramId: programP, criteria: RUBRIC.criteria, blindFirstRound: true });
    expect((await call(t.adminA, 'GET', manage(programP, '/rubric'))).body).toEqual(byAdmin.body);

    const duplicate = await call(platform.staff, 'PUT', manage(programP, '/rubric'), { criteria: [RUBRIC.criteria[0], RUBRIC.criteria[0]] });
    expect(duplicate.status).toBe(400);
    const heavy = await call(platform.staff, 'PUT', manage(programP, '/rubric'), { criteria: [{ key: 'x', label: 'X', weight: 101 }] });
    expect(problem(heavy)).toMatchObject({ status: 400, errors: [{ field: 'body.criteria.0.weight', rule: 'too_big' }] });
  });

  it('lists the program’s candidates; marking one complete moves the application in review, once', async () => {
    const listed = await call(t.adminA, 'GET', manage(programP, '/candidates'));
    expect(listed.status).toBe(200);
    const byId = new Map((listed.body.items as Array<{ applicationId: string }>).map((item) => [item.applicationId, item]));
    expect([...byId.keys()].sort()).toEqual([app.a, app.b, app.c, app.d].sort());
    expect(byId.get(app.c)).toMatchObject({ rank: 2, complete: false, status: 'submitted', applicantName: 'Cleo Example', reviewers: [], score: null });
    expect((await call(t.adminOther, 'GET', manage(programP, '/candidates'))).status).toBe(404);
    const paged = await call(platform.staff, 'GET', manage(programP, '/candidates?limit=3'));
    const rest = await call(platform.staff, 'GET', manage(programP, `/candidates?limit=3&cursor=${paged.body.nextCursor}`));
    expect([...paged.body.items, ...rest.body.items].map((item: { applicationId: string }) => item.applicationId).sort()).toEqual([...byId.keys()].sort());

    const early = await call(platform.staff, 'POST', manage(programP, `/candidates/${app.a}/reviewers`), { reviewerIds: [reviewers.r1.accountId] });
    expect(problem(early)).toEqual({ status: 409, code: 'REVIEW.NOT_COMPLETE', errors: [{ field: 'applicationId', rule: 'complete' }] });
    expect((await call(t.adminOther, 'POST', manage(programP, `/candidates/${app.a}/completion`))).status).toBe(404);
    const unknown = await call(platform.staff, 'POST', manage(programP, `/candidates/${uuidv7()}/completion`));
    expect(problem(unknown)).toMatchObject({ status: 404, code: 'REVIEW.CANDIDATE_NOT_FOUND' });

    const completed = await call(t.adminA, 'POST', manage(programP, `/candidates/${app.a}/completion`));
    expect(completed.body).toMatchObject({ applicationId: app.a, complete: true, status: 'in_review', completedAt: expect.any(String) });
    const again = await call(platform.staff, 'POST', manage(programP, `/candidates/${app.a}/completion`));
    expect(again.body).toMatchObject({ complete: true, completedAt: completed.body.completedAt, status: 'in_review' });
    expect((await call(applicantTokens.a, 'GET', `/v1/me/applications/${app.a}`)).body.status).toBe('in_review');
    const history = await platform.db.applicationChange.findMany({ where: { applicationId: app.a, action: 'review-started' } });
    expect(history).toHaveLength(1);
    for (const id of [app.b, app.c, app.d]) expect((await call(platform.staff, 'POST', manage(programP, `/candidates/${id}/completion`))).status).toBe(200);
  });

  it('assigns only known reviewers of the program, naming each refusal; idempotent per reviewer', async () => {
    const stranger = uuidv7();
    const refused = await call(platform.staff, 'POST', manage(programP, `/candidates/${app.a}/reviewers`), {
      reviewerIds: [reviewers.r1.accountId, stranger, reviewers.r3.accountId],
    });
    expect(problem(refused)).toEqual({
      status: 400,
      code: 'REVIEW.NOT_A_REVIEWER',
      errors: [
        { field: 'reviewerIds.1', rule: 'known_reviewer' },
        { field: 'reviewerIds.2', rule: 'reviewer_of_program' },
      ],
    });
    const assigned = await call(t.adminA, 'POST', manage(programP, `/candidates/${app.a}/reviewers`), { reviewerIds: [reviewers.r1.accountId, reviewers.r2.accountId] });
    expect(assigned.status).toBe(200);
    expect(assigned.body.reviewers.map((r: { displayName: string; round: number; state: string }) => [r.displayName, r.round, r.state]).sort()).toEqual([
      ['Rita One', 1, 'open'],
      ['Rob Two', 1, 'open'],
    ]);
    const again = await call(platform.staff, 'POST', manage(programP, `/candidates/${app.a}/reviewers`), { reviewerIds: [reviewers.r1.accountId], round: 2 });
    expect(again.body.reviewers).toEqual(assigned.body.reviewers);
    expect((await call(t.adminOther, 'POST', manage(programP, `/candidates/${app.a}/reviewers`), { reviewerIds: [reviewers.r1.accountId] })).status).toBe(404);

    await call(platform.staff, 'POST', manage(programP, `/candidates/${app.b}/reviewers`), { reviewerIds: [reviewers.r1.accountId] });
    await call(platform.staff, 'POST', manage(programP, `/candidates/${app.b}/reviewers`), { reviewerIds: [reviewers.r2.accountId], round: 2 });
    await call(platform.staff, 'POST', manage(programP, `/candidates/${app.c}/reviewers`), { reviewerIds: [reviewers.r1.accountId] });
    await call(platform.staff, 'POST', manage(programP, `/candidates/${app.d}/reviewers`), { reviewerIds: [reviewers.r1.accountId] });
  });

  it('hides the applicant’s name and birth date in a blind first round, shows them in round 2', async () => {
    const mine = await call(reviewers.r1.token, 'GET', '/v1/review/assignments');
    expect(mine.status).toBe(200);
    const items = mine.body.items as Array<{ applicationId: string; applicant: { blind: boolean; label: string }; round: number; state: string }>;
    expect(items.map((item) => item.applicationId).sort()).toEqual([app.a, app.b, app.c, app.d].sort());
    for (const item of items) expect(item).toMatchObject({ round: 1, state: 'open', applicant: { blind: true, givenName: null, familyName: null, birthDate: null } });
    expect(JSON.stringify(mine.body)).not.toMatch(/Ana|Ben|Cleo|Dan|Example|2010-01-01/);

    const detail = await call(reviewers.r1.token, 'GET', reading(app.c, programP));
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      applicant: { blind: true, label: expect.stringMatching(/^Applicant [0-9A-F]{6}$/) },
      rubric: { criteria: RUBRIC.criteria, blindFirstRound: true },
      application: { season: 2027, status: 'in_review', choices: [{ rank: 1, exchangeProgramId: programQ, title: 'Choir tour' }, { rank: 2, exchangeProgramId: programP }] },
      profile: { homeCityId: expect.any(String), languages: [{ language: 'en', level: 'native' }] },
      reading: { scores: null, conflictDeclaredAt: null },
    });
    expect(JSON.stringify(detail.body)).not.toMatch(/Cleo|Example|2010-01-01/);

    const roundTwo = await call(reviewers.r2.token, 'GET', reading(app.b, programP));
    expect(roundTwo.body.applicant).toEqual({ blind: false, label: 'Ben Example', givenName: 'Ben', familyName: 'Example', birthDate: '2010-01-01' });
  });

  it('scores a reading against the rubric, replaces it on re-scoring; a conflict excludes the reading', async () => {
    const wrong = await call(reviewers.r1.token, 'PUT', reading(app.a, programP, '/score'), { scores: { motivation: 6, talent: 3 } });
    expect(problem(wrong)).toEqual({
      status: 400,
      code: 'REVIEW.SCORES_NOT_MATCHING_RUBRIC',
      errors: [
        { field: 'scores.talent', rule: 'unknown_criterion' },
        { field: 'scores.motivation', rule: 'score_range' },
        { field: 'scores.languages', rule: 'missing_criterion' },
      ],
    });
    // A: 14/4 (R1; R2 scores 1s, then declares a conflict: excluded). B: 11/4 + 17/4 = 28/8 — the same 3.5. C: 20/4. D: unscored.
    const first = await call(reviewers.r1.token, 'PUT', reading(app.a, programP, '/score'), { scores: { motivation: 1, languages: 1 }, comment: 'first look' });
    expect(first.body.reading).toMatchObject({ scores: { motivation: 1, languages: 1 }, weightedSum: 4, weightTotal: 4, comment: 'first look' });
    const rescored = await call(reviewers.r1.token, 'PUT', reading(app.a, programP, '/score'), { scores: { motivation: 4, languages: 2 }, comment: 'Strong motivation.' });
    expect(rescored.body).toMatchObject({ state: 'scored', reading: { weightedSum: 14, weightTotal: 4, comment: 'Strong motivation.' } });
    expect((await call(reviewers.r2.token, 'PUT', reading(app.a, programP, '/score'), { scores: { motivation: 1, languages: 1 } })).status).toBe(200);
    const conflict = await call(reviewers.r2.token, 'POST', reading(app.a, programP, '/conflict'), { note: 'My cousin' });
    expect(conflict.body).toMatchObject({ state: 'conflict', reading: { scores: null, weightedSum: null, conflictNote: 'My cousin', conflictDeclaredAt: expect.any(String) } });
    const afterConflict = await call(reviewers.r2.token, 'PUT', reading(app.a, programP, '/score'), { scores: { motivation: 5, languages: 5 } });
    expect(problem(afterConflict)).toMatchObject({ status: 409, code: 'REVIEW.CONFLICT_DECLARED' });

    expect((await call(reviewers.r1.token, 'PUT', reading(app.b, programP, '/score'), { scores: { motivation: 3, languages: 2 } })).status).toBe(200);
    expect((await call(reviewers.r2.token, 'PUT', reading(app.b, programP, '/score'), { scores: { motivation: 4, languages: 5 } })).status).toBe(200);
    expect((await call(reviewers.r1.token, 'PUT', reading(app.c, programP, '/score'), { scores: { motivation: 5, languages: 5 } })).status).toBe(200);

    const scored = await call(reviewers.r1.token, 'GET', '/v1/review/assignments?state=scored');
    expect(scored.body.items.map((item: { applicationId: string }) => item.applicationId).sort()).toEqual([app.a, app.b, app.c].sort());
    const open = await call(reviewers.r1.token, 'GET', '/v1/review/assignments?state=open');
    expect(open.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([app.d]);

    const weights = await call(platform.staff, 'PUT', manage(programP, '/rubric'), { ...RUBRIC, criteria: [{ ...RUBRIC.criteria[0], weight: 2 }, RUBRIC.criteria[1]] });
    expect(problem(weights)).toEqual({ status: 409, code: 'REVIEW.RUBRIC_IN_USE', errors: [{ field: 'criteria', rule: 'scored_readings' }] });
    const relabelled = await call(platform.staff, 'PUT', manage(programP, '/rubric'), { ...RUBRIC, criteria: [{ ...RUBRIC.criteria[0], label: 'Motivation and goals' }, RUBRIC.criteria[1]] });
    expect(relabelled.status).toBe(200);
  });

  it('ranks by the exact weighted mean: equal scores are one tier, unscored candidacies are not ranked', async () => {
    const ranking = await call(t.adminA, 'GET', manage(programP, '/ranking'));
    expect(ranking.status).toBe(200);
    const tie = [app.a, app.b].sort();
    expect(ranking.body.tiers.map((tier: { position: number; candidates: Array<{ applicationId: string }> }) => [tier.position, tier.candidates.map((c) => c.applicationId)])).toEqual([
      [1, [app.c]],
      [2, tie],
    ]);
    expect(ranking.body.tiers[1]).toMatchObject({ mean: 3.5 });
    const scores = Object.fromEntries(ranking.body.tiers[1].candidates.map((c: { applicationId: string; score: unknown }) => [c.applicationId, c.score]));
    expect(scores[app.a]).toEqual({ weightedSum: 14, weightTotal: 4, mean: 3.5, readings: 1 });
    expect(scores[app.b]).toEqual({ weightedSum: 28, weightTotal: 8, mean: 3.5, readings: 2 });
    expect(ranking.body.unranked).toEqual([app.d]);
    expect(ranking.body.tiers[0].candidates[0].applicantName).toBe('Cleo Example');
    expect((await call(t.adminOther, 'GET', manage(programP, '/ranking'))).status).toBe(404);

    const candidates = await call(platform.staff, 'GET', manage(programP, '/candidates'));
    const a = (candidates.body.items as Array<{ applicationId: string }>).find((item) => item.applicationId === app.a);
    expect(a).toMatchObject({ score: { weightedSum: 14, weightTotal: 4, readings: 1 } });

    // What the matching reads: the season's choices with their candidacies' sums, in tiers.
    const season = await platform.bulk.transaction((client) => readSeason(client, 2027));
    const { choiceTier } = tiersFromScores(season);
    const tiersAt = (programId: string) => {
      const tiers: string[][] = [];
      season.applicationIds.forEach((applicationId, a) => {
        for (let k = season.choiceStart[a]!; k < season.choiceStart[a + 1]!; k++) {
          if (season.programIds[season.choiceProgram[k]!] === programId && choiceTier[k]! >= 0) (tiers[choiceTier[k]!] ??= []).push(applicationId);
        }
      });
      return tiers.map((tier) => tier.sort());
    };
    expect([tiersAt(programP), tiersAt(programQ)]).toEqual([[[app.c], tie], []]);
  });

  it('lets a reviewer reach only their own readings in programs their role covers', async () => {
    const outsider = await call(reviewers.r3.token, 'GET', reading(app.a, programP));
    expect(problem(outsider)).toMatchObject({ status: 404, code: 'REVIEW.ASSIGNMENT_NOT_FOUND' });
    expect((await call(reviewers.r3.token, 'PUT', reading(app.a, programP, '/score'), { scores: { motivation: 5, languages: 5 } })).status).toBe(404);
    expect((await call(reviewers.r3.token, 'POST', reading(app.a, programP, '/conflict'), { note: 'x' })).status).toBe(404);
    expect((await call(reviewers.r3.token, 'GET', '/v1/review/assignments')).body.items).toEqual([]);
    // R2 reviews P but was not assigned C.
    expect((await call(reviewers.r2.token, 'GET', reading(app.c, programP))).status).toBe(404);
    // Staff and applicants do not hold the reviewer role.
    expect((await call(platform.staff, 'GET', '/v1/review/assignments')).status).toBe(403);
  });

  it('shows a reader the material of their program and lets them download it, naming neither files nor referees in a blind round', async () => {
    await refereeSendsLetter(app.a, letterOf('Ana'));
    await refereeSendsLetter(app.b, letterOf('Ben'));
    // R1 reads A in a blind first round.
    const blind = await call(reviewers.r1.token, 'GET', reading(app.a, programP));
    expect(blind.body.material).toEqual({
      answers: [
        { key: 'motivation', label: 'Why this exchange?', type: 'long-text', answer: 'To play in an orchestra abroad' },
        { key: 'instrument', label: 'Your instrument', type: 'text', answer: null },
      ],
      documents: [{ requirementKey: 'passport', label: 'Passport copy', contentType: 'application/pdf', size: passportOf('Ana').length, uploadedAt: expect.any(String), fileName: null }],
      letters: [{ recommendationId: expect.any(String), refereeName: null, receivedAt: expect.any(String), size: letterOf('Ana').length }],
    });
    expect(JSON.stringify(blind.body)).not.toMatch(/Ana|Example|Senior/);
    const passport = await downloadFile(platform, reading(app.a, programP, '/documents/passport'), reviewers.r1.token);
    expect({ status: passport.status, type: passport.contentType, same: passport.bytes.equals(passportOf('Ana')) }).toEqual({ status: 200, type: 'application/pdf', same: true });
    expect(passport.disposition).toContain('filename="passport.pdf"');
    const letterId = blind.body.material.letters[0].recommendationId as string;
    const letter = await downloadFile(platform, reading(app.a, programP, `/letters/${letterId}`), reviewers.r1.token);
    expect({ status: letter.status, same: letter.bytes.equals(letterOf('Ana')) }).toEqual({ status: 200, same: true });
    expect(letter.disposition).toContain(`filename="letter-${letterId}.pdf"`);

    // C chose Q too: Q's transcript is not for P's readers, nor is another application's letter.
    const c = await call(reviewers.r1.token, 'GET', reading(app.c, programP));
    expect(c.body.material.documents.map((document: { requirementKey: string }) => document.requirementKey)).toEqual(['passport']);
    expect(await downloadFile(platform, reading(app.c, programP, '/documents/transcript'), reviewers.r1.token)).toMatchObject({ status: 404, code: 'DOCUMENT.NOT_FOUND' });
    expect(await downloadFile(platform, reading(app.c, programP, `/letters/${letterId}`), reviewers.r1.token)).toMatchObject({ status: 404, code: 'REVIEW.LETTER_NOT_FOUND' });

    // R2 reads B in an open second round: the file's name and the referee are shown.
    const open = await call(reviewers.r2.token, 'GET', reading(app.b, programP));
    expect(open.body.material.documents[0]).toMatchObject({ fileName: 'ben-example-passport.pdf' });
    expect(open.body.material.letters[0]).toMatchObject({ refereeName: 'Prof. Ben Senior' });
    const named = await downloadFile(platform, reading(app.b, programP, '/documents/passport'), reviewers.r2.token);
    expect({ same: named.bytes.equals(passportOf('Ben')), named: named.disposition?.includes('filename="ben-example-passport.pdf"') }).toEqual({ same: true, named: true });

    // Refused: a reading not assigned to the caller, a reviewer of another program, a reading with a declared conflict.
    for (const [token, path] of [
      [reviewers.r2.token, reading(app.c, programP, '/documents/passport')],
      [reviewers.r2.token, reading(app.c, programP, `/letters/${letterId}`)],
      [reviewers.r3.token, reading(app.a, programP, '/documents/passport')],
      [reviewers.r3.token, reading(app.a, programP, `/letters/${letterId}`)],
    ] as const) {
      expect(await downloadFile(platform, path, token)).toMatchObject({ status: 404, code: 'REVIEW.ASSIGNMENT_NOT_FOUND' });
    }
    expect((await call(reviewers.r2.token, 'GET', reading(app.a, programP))).body).toMatchObject({ state: 'conflict', material: null });
    expect(await downloadFile(platform, reading(app.a, programP, '/documents/passport'), reviewers.r2.token)).toMatchObject({ status: 409, code: 'REVIEW.CONFLICT_DECLARED' });
    expect(await downloadFile(platform, reading(app.a, programP, `/letters/${letterId}`), reviewers.r2.token)).toMatchObject({ status: 409, code: 'REVIEW.CONFLICT_DECLARED' });
  });

  it('gives the program’s managers the same material, never blind, and its files', async () => {
    const material = await call(t.adminA, 'GET', manage(programP, `/candidates/${app.a}/material`));
    expect(material.status).toBe(200);
    expect(material.body.documents).toEqual([expect.objectContaining({ requirementKey: 'passport', fileName: 'ana-example-passport.pdf' })]);
    expect(material.body.letters).toEqual([expect.objectContaining({ refereeName: 'Prof. Ana Senior' })]);
    const letterId = material.body.letters[0].recommendationId as string;
    const candidate = (suffix: string) => manage(programP, `/candidates/${app.a}${suffix}`);
    const passport = await downloadFile(platform, candidate('/documents/passport'), t.adminA);
    expect({ same: passport.bytes.equals(passportOf('Ana')), named: passport.disposition?.includes('ana-example-passport.pdf') }).toEqual({ same: true, named: true });
    expect((await downloadFile(platform, candidate(`/letters/${letterId}`), platform.staff)).bytes.equals(letterOf('Ana'))).toBe(true);
    for (const suffix of ['/documents/passport', `/letters/${letterId}`]) {
      expect(await downloadFile(platform, candidate(suffix), t.adminOther)).toMatchObject({ status: 404, code: 'REVIEW.PROGRAM_NOT_FOUND' });
      expect((await downloadFile(platform, candidate(suffix), reviewers.r1.token)).status).toBe(403);
    }
    expect((await call(t.adminOther, 'GET', candidate('/material'))).status).toBe(404);
  });

  it('follows the gateway’s role changes and disabled accounts', async () => {
    const changed = await call(platform.staff, 'PUT', `/v1/accounts/${reviewers.r3.accountId}/roles`, { grants: [{ role: 'reviewer', scopeIds: [programQ, programP] }] });
    expect(changed.status).toBe(200);
    await waitForKnownReviewer(platform, reviewers.r3.accountId, (row) => row.programIds.includes(programP));
    const assigned = await call(platform.staff, 'POST', manage(programP, `/candidates/${app.d}/reviewers`), { reviewerIds: [reviewers.r3.accountId] });
    expect(assigned.status).toBe(200);

    expect((await call(platform.staff, 'POST', `/v1/accounts/${reviewers.r2.accountId}/disable`)).status).toBe(200);
    await waitForKnownReviewer(platform, reviewers.r2.accountId, (row) => row.disabled);
    const disabled = await call(platform.staff, 'POST', manage(programP, `/candidates/${app.d}/reviewers`), { reviewerIds: [reviewers.r2.accountId] });
    expect(problem(disabled)).toEqual({ status: 400, code: 'REVIEW.NOT_A_REVIEWER', errors: [{ field: 'reviewerIds.0', rule: 'active_reviewer' }] });
  });

  it('drops the readings of a withdrawn application: not listed, not shown, not scored, no files', async () => {
    app.e = await submittedApplication('e', [programP], 'Eve');
    expect((await call(platform.staff, 'POST', manage(programP, `/candidates/${app.e}/completion`))).status).toBe(200);
    expect((await call(platform.staff, 'POST', manage(programP, `/candidates/${app.e}/reviewers`), { reviewerIds: [reviewers.r1.accountId] })).status).toBe(200);
    const listed = async () => ((await call(reviewers.r1.token, 'GET', '/v1/review/assignments')).body.items as Array<{ applicationId: string }>).map((item) => item.applicationId);
    expect(await listed()).toContain(app.e);
    expect((await call(reviewers.r1.token, 'GET', reading(app.e, programP))).status).toBe(200);

    const withdrawn = await call(applicantTokens.e, 'POST', `/v1/me/applications/${app.e}/withdrawal`, { reason: 'Changed my plans' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
    expect((await listed()).sort()).toEqual([app.a, app.b, app.c, app.d].sort());
    expect(problem(await call(reviewers.r1.token, 'GET', reading(app.e, programP)))).toMatchObject({ status: 404, code: 'REVIEW.ASSIGNMENT_NOT_FOUND' });
    const score = await call(reviewers.r1.token, 'PUT', reading(app.e, programP, '/score'), { scores: { motivation: 5, languages: 5 } });
    expect(problem(score)).toMatchObject({ status: 404, code: 'REVIEW.ASSIGNMENT_NOT_FOUND' });
    expect(await downloadFile(platform, reading(app.e, programP, '/documents/passport'), reviewers.r1.token)).toMatchObject({ status: 404, code: 'REVIEW.ASSIGNMENT_NOT_FOUND' });
  });
});
