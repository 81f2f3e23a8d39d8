import { v7 as uuidv7 } from 'uuid';
import {
  MEMBER_CITY,
  minorProfile,
  OTHER_MEMBER_CITY,
  PARTNER_CITY,
  programFields,
  publishProgram,
  startApplicationsPlatform,
  waitForKnownProgram,
  type ApplicationsPlatform,
} from './applications-platform';

// Applying through the gateway (issue #13): the applicant's profile, a draft with ranked
// choices among the season's programs, a submission checked against each program's rules
// and window (as the exchanges service's events said), withdrawal, and a cancelled program
// leaving every application that chose it.

describe('applications through the gateway', () => {
  let platform: ApplicationsPlatform;
  const program = { open: '', adults: '', toPartner: '', notYetOpen: '', closing: '' };
  const GUARDIAN = { name: 'Bea Example', email: 'bea@example.org' };

  const call = (token: string, method: string, path: string, body?: unknown) => platform.gateway.request(method, path, { token, body });
  const applicant = () => platform.gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
  const violations = (body: { errors?: Array<{ field: string; rule: string }> }) => (body.errors ?? []).map(({ field, rule }) => ({ field, rule }));
  async function draft(token: string, choices: string[], season = 2027) {
    const created = await call(token, 'POST', '/v1/me/applications', { season, choices: choices.map((exchangeProgramId) => ({ exchangeProgramId })) });
    expect(created.status).toBe(201);
    return created.body as { id: string; status: string; choices: Array<{ side: string; title: string }> };
  }
  async function outbox(type: string) {
    return platform.db.outboxEvent.findMany({ where: { type }, orderBy: { seq: 'asc' } });
  }

  beforeAll(async () => {
    platform = await startApplicationsPlatform();
    program.open = await publishProgram(platform, programFields({ title: 'Summer youth exchange', eligibility: eligibility({ maxApplicationsPerSeason: 3 }) }));
    program.adults = await publishProgram(
      platform,
      programFields({ title: 'Teachers’ exchange', eligibility: eligibility({ minAge: 20, maxAge: 65, languages: ['de'], maxApplicationsPerSeason: 3 }) }),
    );
    program.toPartner = await publishProgram(platform, programFields({ title: 'Choir tour', direction: 'to_partner', capacity: { member: 4, partner: 0 } }));
    program.notYetOpen = await publishProgram(platform, programFields({ title: 'Autumn exchange' }, 20));
    program.closing = await publishProgram(platform, programFields({ title: 'Short window' }));
    for (const id of [program.open, program.adults, program.toPartner, program.closing]) await waitForKnownProgram(platform, id, (row) => row.windowOpen);
  }, 120_000);
  afterAll(() => platform?.gateway.stop());

  it('keeps the applicant’s profile, refusing a birth date in the future', async () => {
    const token = await applicant();
    const none = await call(token, 'GET', '/v1/me/applicant-profile');
    expect({ status: none.status, code: none.body.code }).toEqual({ status: 404, code: 'APPLICANT.NO_PROFILE' });
    const future = await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ birthDate: '2099-01-01' }));
    expect({ status: future.status, errors: violations(future.body) }).toEqual({ status: 400, errors: [{ field: 'birthDate', rule: 'past' }] });
    const saved = await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ givenName: 'Ana', birthDate: '2010-01-01', preferredLanguage: 'en', guardianConsent: { status: 'not-requested' } });
    expect((await call(token, 'GET', '/v1/me/applicant-profile')).body).toEqual(saved.body);
  });

  it('takes a draft only from an applicant with a profile, for known programs of its season, one per season', async () => {
    const token = await applicant();
    const noProfile = await call(token, 'POST', '/v1/me/applications', { season: 2027, choices: [{ exchangeProgramId: program.open }] });
    expect({ status: noProfile.status, code: noProfile.body.code }).toEqual({ status: 409, code: 'APPLICATION.PROFILE_MISSING' });
    await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }));

    const unknown = await call(token, 'POST', '/v1/me/applications', { season: 2027, choices: [{ exchangeProgramId: program.open }, { exchangeProgramId: uuidv7() }] });
    expect({ status: unknown.status, code: unknown.body.code, errors: violations(unknown.body) }).toEqual({
      status: 400,
      code: 'APPLICATION.PROGRAM_UNKNOWN',
      errors: [{ field: 'choices.1.exchangeProgramId', rule: 'known_program' }],
    });
    const otherSeason = await call(token, 'POST', '/v1/me/applications', { season: 2028, choices: [{ exchangeProgramId: program.open }] });
    expect({ status: otherSeason.status, code: otherSeason.body.code }).toEqual({ status: 400, code: 'APPLICATION.WRONG_SEASON' });
    const twice = await call(token, 'POST', '/v1/me/applications', { season: 2027, choices: [{ exchangeProgramId: program.open }, { exchangeProgramId: program.open }] });
    expect(twice.status).toBe(400);

    const first = await draft(token, [program.open, program.adults]);
    expect(first).toMatchObject({ status: 'draft', choices: [{ rank: 1, title: 'Summer youth exchange', side: 'member' }, { rank: 2, title: 'Teachers’ exchange' }] });
    const second = await call(token, 'POST', '/v1/me/applications', { season: 2027, choices: [{ exchangeProgramId: program.open }] });
    expect({ status: second.status, code: second.body.code }).toEqual({ status: 409, code: 'APPLICATION.SEASON_TAKEN' });

    const reranked = await call(token, 'PUT', `/v1/me/applications/${first.id}/choices`, { choices: [{ exchangeProgramId: program.adults }, { exchangeProgramId: program.open }] });
    expect(reranked.body.choices.map((choice: { exchangeProgramId: string }) => choice.exchangeProgramId)).toEqual([program.adults, program.open]);
    const listed = await call(token, 'GET', '/v1/me/applications');
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
  });

  it('refuses a submission naming every broken rule of every choice, then submits and locks the application', async () => {
    const token = await applicant();
    await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile());
    const application = await draft(token, [program.open, program.adults]);
    const refused = await call(token, 'POST', `/v1/me/applications/${application.id}/submission`);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 400, code: 'APPLICATION.NOT_ELIGIBLE' });
    expect(violations(refused.body)).toEqual([
      { field: 'choices.0.exchangeProgramId', rule: 'guardian' },
      { field: 'choices.1.exchangeProgramId', rule: 'age' },
      { field: 'choices.1.exchangeProgramId', rule: 'languages' },
      { field: 'choices.1.exchangeProgramId', rule: 'guardian' },
    ]);
    // Each rule carries the params a client words it with; the English message stays for API clients.
    expect(refused.body.errors[1]).toEqual({
      field: 'choices.1.exchangeProgramId',
      rule: 'age',
      message: expect.stringMatching(/^is for ages 20–65 on \d{4}-\d{2}-\d{2}; you will be \d+$/),
      params: { minimum: 20, maximum: 65, age: expect.any(Number), travelStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    expect(refused.body.errors[2]).toMatchObject({ rule: 'languages', params: { languages: ['de'] } });
    expect((await call(token, 'GET', `/v1/me/applications/${application.id}`)).body.status).toBe('draft');
    expect(await outbox('application.submitted.v1')).toHaveLength(0);

    await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }));
    await call(token, 'PUT', `/v1/me/applications/${application.id}/choices`, { choices: [{ exchangeProgramId: program.open }] });
    // Two submits at once do one thing.
    const [a, b] = await Promise.all([1, 2].map(() => call(token, 'POST', `/v1/me/applications/${application.id}/submission`)));
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const submitted = (await call(token, 'GET', `/v1/me/applications/${application.id}`)).body;
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
    const events = (await outbox('application.submitted.v1')).map((row) => (row.payload as { data: unknown }).data);
    expect(events).toEqual([{ applicationId: application.id, applicantId: submitted.applicantId, season: 2027, choices: [{ exchangeProgramId: program.open, side: 'member' }] }]);

    const locked = await call(token, 'PUT', `/v1/me/applications/${application.id}/choices`, { choices: [{ exchangeProgramId: program.adults }] });
    expect({ status: locked.status, code: locked.body.code }).toEqual({ status: 409, code: 'APPLICATION.LOCKED' });
  });

  it('checks residence and the side the applicant travels from', async () => {
    const elsewhere = await applicant();
    await call(elsewhere, 'PUT', '/v1/me/applicant-profile', minorProfile({ homeCityId: OTHER_MEMBER_CITY, guardian: GUARDIAN }));
    const fromElsewhere = await draft(elsewhere, [program.open]);
    const refused = await call(elsewhere, 'POST', `/v1/me/applications/${fromElsewhere.id}/submission`);
    expect(violations(refused.body)).toEqual([{ field: 'choices.0.exchangeProgramId', rule: 'residence' }]);

    const partnerResident = await applicant();
    await call(partnerResident, 'PUT', '/v1/me/applicant-profile', minorProfile({ homeCityId: PARTNER_CITY, homeCountryCode: 'FR', guardian: GUARDIAN }));
    const fromPartner = await draft(partnerResident, [program.toPartner]);
    expect(fromPartner.choices[0]!.side).toBe('partner');
    const oneWay = await call(partnerResident, 'POST', `/v1/me/applications/${fromPartner.id}/submission`);
    expect(violations(oneWay.body)).toEqual([{ field: 'choices.0.exchangeProgramId', rule: 'side' }]);
  });

  it('takes submissions only while the window is open, as the exchanges service announced it', async () => {
    const token = await applicant();
    await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ homeCityId: MEMBER_CITY, guardian: GUARDIAN }));
    const early = await draft(token, [program.notYetOpen]);
    const notYet = await call(token, 'POST', `/v1/me/applications/${early.id}/submission`);
    expect({ status: notYet.status, errors: violations(notYet.body) }).toEqual({ status: 400, errors: [{ field: 'choices.0.exchangeProgramId', rule: 'window' }] });

    expect((await call(platform.staff, 'POST', `/v1/manage/exchange-programs/${program.closing}/close`)).status).toBe(200);
    await waitForKnownProgram(platform, program.closing, (row) => !row.windowOpen && row.status === 'closed');
    await call(token, 'PUT', `/v1/me/applications/${early.id}/choices`, { choices: [{ exchangeProgramId: program.closing }] });
    const late = await call(token, 'POST', `/v1/me/applications/${early.id}/submission`);
    expect({ status: late.status, errors: violations(late.body) }).toEqual({ status: 400, errors: [{ field: 'choices.0.exchangeProgramId', rule: 'window' }] });
    expect(late.body.errors[0]).toMatchObject({ message: 'is closed for applications', params: { reason: 'closed' } });
  });

  it('lets the applicant withdraw with a reason, once', async () => {
    const token = await applicant();
    await call(token, 'PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }));
    const application = await draft(token, [program.open], 2027);
    const withdrawn = await call(token, 'POST', `/v1/me/applications/${application.id}/withdrawal`, { reason: 'Other plans' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: 'Other plans' });
    const again = await call(token, 'POST', `/v1/me/applications/${application.id}/withdrawal`, { reason: 'Other plans' });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'APPLICATION.ILLEGAL_TRANSITION' });
    // Withdrawn, the season is free for a new application.
    expect((await draft(token, [program.open])).status).toBe('draft');
  });

  it('a cancelled program leaves every application that chose it; one left without choices is withdrawn with the reason', async () => {
    const cancelled = await publishProgram(platform, programFields({ title: 'Cancelled exchange', eligibility: eligibility({ maxApplicationsPerSeason: 3 }) }));
    await waitForKnownProgram(platform, cancelled, (row) => row.status === 'published');
    const onlyThis = await applicant();
    await call(onlyThis, 'PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }));
    const single = await draft(onlyThis, [cancelled]);
    const alsoOther = await applicant();
    await call(alsoOther, 'PUT', '/v1/me/applicant-profile', minorProfile({ guardian: GUARDIAN }));
    const double = await draft(alsoOther, [cancelled, program.open]);

    const reason = 'No host families this year';
    expect((await call(platform.staff, 'POST', `/v1/manage/exchange-programs/${cancelled}/cancel`, { reason })).status).toBe(200);
    await waitForKnownProgram(platform, cancelled, (row) => row.status === 'cancelled');
    expect((await call(onlyThis, 'GET', `/v1/me/applications/${single.id}`)).body).toMatchObject({ status: 'withdrawn', withdrawReason: reason, choices: [] });
    const kept = (await call(alsoOther, 'GET', `/v1/me/applications/${double.id}`)).body;
    expect(kept).toMatchObject({ status: 'draft', choices: [{ rank: 1, exchangeProgramId: program.open }] });

    const dropped = (await outbox('application.choice-withdrawn.v1')).map((row) => (row.payload as { data: { applicationId: string; remainingChoices: number } }).data);
    expect(dropped.map(({ applicationId, remainingChoices }) => ({ applicationId, remainingChoices })).sort((x, y) => x.remainingChoices - y.remainingChoices)).toEqual([
      { applicationId: single.id, remainingChoices: 0 },
      { applicationId: double.id, remainingChoices: 1 },
    ]);
    const left = (await outbox('application.withdrawn.v1')).map((row) => (row.payload as { data: { applicationId: string; cause: string } }).data);
    expect(left.filter((data) => data.cause === 'program-cancelled')).toEqual([expect.objectContaining({ applicationId: single.id, reason, exchangeProgramId: cancelled })]);
  });
});

function eligibility(overrides: Record<string, unknown> = {}) {
  return { minAge: 15, maxAge: 18, residence: 'member-city' as const, languages: ['en'], requiredDocuments: [], maxApplicationsPerSeason: 1, ...overrides };
}
