import type { Clock } from '@scn/platform';
import { DATABASE } from '@scn/platform';
import { Outbox } from '@scn/messaging';
import { ApplicantRepository } from '../src/applicants/infra/applicant.repository';
import { SendRequirementRemindersHandler } from '../src/requirement-reminders/commands/send-requirement-reminders/send-requirement-reminders.handler';
import { MissingForSubmissionHandler } from '../src/requirements/queries/missing-for-submission/missing-for-submission.handler';
import { minorProfile, programFields, publishProgram, startApplicationsPlatform, waitForKnownProgram, type ApplicationsPlatform } from './applications-platform';

// Reminders before a window closes (issue #13): drafts that chose the program are told, 7
// and then 2 days before, what that choice still lacks — once per draft and mark, even with
// two replicas ticking together — and submitted applications are not reminded.

const DAY = 86_400_000;

describe('reminders of missing requirements before a window closes', () => {
  let platform: ApplicationsPlatform;
  let program = '';
  let closesAt = new Date();
  const drafts = { guarded: '', unguarded: '', submitted: '' };
  let clockNow = new Date();
  const clock: Clock = { now: () => clockNow };

  const call = (method: string, path: string, body?: unknown, token = platform.staff) => platform.gateway.request(method, path, { token, body });
  const app = () => platform.gateway.backends[2]!.service.app;
  const remind = () =>
    new SendRequirementRemindersHandler(app().get(DATABASE), app().get(ApplicantRepository), app().get(MissingForSubmissionHandler, { strict: false }), app().get(Outbox), clock).execute();
  const reminders = async () =>
    (await platform.db.outboxEvent.findMany({ where: { type: 'application.requirements-missing.v1' }, orderBy: { seq: 'asc' } })).map(
      (row) => (row.payload as { data: { applicationId: string; daysBefore: number; missing: Array<{ field: string; rule: string }> } }).data,
    );
  async function draft(profile: Record<string, unknown>): Promise<{ id: string; token: string }> {
    const token = await platform.gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    expect((await call('PUT', '/v1/me/applicant-profile', minorProfile(profile), token)).status).toBe(200);
    const created = await call('POST', '/v1/me/applications', { season: 2027, choices: [{ exchangeProgramId: program }] }, token);
    expect(created.status).toBe(201);
    return { id: created.body.id as string, token };
  }

  beforeAll(async () => {
    platform = await startApplicationsPlatform();
    program = await publishProgram(platform, programFields({ title: 'Closing soon' }));
    closesAt = (await waitForKnownProgram(platform, program, (row) => row.windowOpen)).applicationClosesAt;
    const requirements = { documents: [{ key: 'passport', label: 'Passport' }], questions: [], recommendations: 0 };
    expect((await call('PUT', `/v1/manage/exchange-programs/${program}/application-requirements`, requirements)).status).toBe(200);
    const guardian = { guardian: { name: 'Bea Example', email: 'bea@example.org' } };
    drafts.guarded = (await draft(guardian)).id;
    drafts.unguarded = (await draft({})).id;
    const ready = await draft(guardian);
    const pdf = '%PDF-1.4\n%%EOF\n';
    const uploaded = await platform.gateway.request('PUT', `/v1/me/applications/${ready.id}/documents/passport`, {
      token: ready.token,
      body: pdf,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(uploaded.status).toBe(200);
    expect((await call('POST', `/v1/me/applications/${ready.id}/submission`, undefined, ready.token)).status).toBe(200);
    drafts.submitted = ready.id;
  }, 180_000);
  afterAll(() => platform?.gateway.stop());

  it('tells each draft, 7 days before, what its choice lacks — once', async () => {
    clockNow = new Date(closesAt.getTime() - 8 * DAY);
    expect(await remind()).toBe(0);
    clockNow = new Date(closesAt.getTime() - 6 * DAY);
    expect(await remind()).toBe(2);
    expect(await remind()).toBe(0);
    const sent = new Map((await reminders()).map((data) => [data.applicationId, data]));
    expect([...sent.keys()].sort()).toEqual([drafts.guarded, drafts.unguarded].sort());
    expect(sent.get(drafts.guarded)).toMatchObject({ daysBefore: 7, missing: [{ field: 'choices.0.documents.passport', rule: 'documents' }] });
    expect(sent.get(drafts.unguarded)!.missing.map((item) => item.rule)).toEqual(['documents', 'guardian']);
  });

  it('2 days before, two replicas ticking together remind each draft once more', async () => {
    clockNow = new Date(closesAt.getTime() - 1 * DAY);
    const [one, other] = await Promise.all([remind(), remind()]);
    expect(one + other).toBe(2);
    expect((await reminders()).map((data) => data.daysBefore).sort()).toEqual([2, 2, 7, 7]);
    clockNow = new Date(closesAt.getTime() + DAY);
    expect(await remind()).toBe(0);
  });
});
