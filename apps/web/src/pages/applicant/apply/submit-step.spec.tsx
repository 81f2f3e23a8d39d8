import { screen, within } from '@testing-library/react';
import { api } from '../../../api/client';
import type { Problem } from '../../../api/problem';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SubmitStep } from './submit-step';

// The API client is replaced (a component test): the checklist comes from GET; `unwrap` stays real.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;

const applicationId = '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a01';
const jazz = { exchangeProgramId: '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a02', title: 'Jazz in Lyon', season: 2027 };
const choir = { exchangeProgramId: '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a03', title: 'Chor in Kyoto', season: 2027 };
const ok = (data: unknown) => ({ data, response: { ok: true, status: 200, statusText: 'OK' } });

/** The checklist as the API answers it: each item's English `message`, and the rule and params the console words it with. */
const checklist = (missing: unknown[]) =>
  ok({
    applicationId,
    status: 'draft',
    readyToSubmit: missing.length === 0,
    choices: [],
    guardianConsent: { required: true, status: 'not-requested' },
    missing,
    awaiting: [],
  });

/** The submission's refusal, `APPLICATION.NOT_ELIGIBLE`, naming each choice's broken rules. */
const notEligible = (errors: Problem['errors']): Problem => ({
  type: 'urn:scn:problem:application.not-eligible',
  title: 'Bad Request',
  status: 400,
  code: 'APPLICATION.NOT_ELIGIBLE',
  detail: 'The submission breaks 3 rules of the chosen programs',
  correlationId: '01a22ae9-0000-7000-8000-000000000001',
  errors,
});

const renderStep = (problem: Problem | null) =>
  renderWithProviders(
    <SubmitStep applicationId={applicationId} busy={false} problem={problem} submittedOrder={[jazz.exchangeProgramId, choir.exchangeProgramId]} choices={[jazz, choir]} onBack={jest.fn()} onSubmit={jest.fn()} />,
    { locale: 'de' },
  );

beforeEach(() => get.mockReset());

describe('the submit step, in the viewer’s language', () => {
  it('lists the checklist’s missing items in German, from their rule and params, never the API’s English', async () => {
    get.mockResolvedValue(
      checklist([
        { field: 'choices.0.documents.passport', rule: 'documents', message: 'Jazz in Lyon: upload “Passport”', params: { title: 'Jazz in Lyon', key: 'passport', label: 'Reisepass' } },
        { field: 'choices.0.answers.instrument', rule: 'answers', message: 'Jazz in Lyon: answer “Instrument”', params: { title: 'Jazz in Lyon', key: 'instrument', label: 'Instrument' } },
        { field: 'choices.0.referees', rule: 'referees', message: 'Jazz in Lyon: name 2 referees (1 named)', params: { title: 'Jazz in Lyon', required: 2, named: 1 } },
        { field: 'guardian', rule: 'guardian', message: 'you are a minor on a travel date: name a guardian in your profile' },
      ]),
    );
    renderStep(null);

    expect(await screen.findByText('Vor dem Einreichen fehlt noch:')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Jazz in Lyon: Laden Sie „Reisepass“ hoch',
      'Jazz in Lyon: Beantworten Sie „Instrument“',
      'Jazz in Lyon: Nennen Sie 2 Referenzen (1 genannt)',
      'Sie sind an einem Reisetag minderjährig: Nennen Sie in Ihrem Profil einen Vormund',
    ]);
    expect(screen.queryByText(/upload|answer “|referees|name a guardian/)).toBeNull();
  });

  it('puts each eligibility refusal on the choice it names, said in German', async () => {
    get.mockResolvedValue(checklist([]));
    renderStep(
      notEligible([
        { field: 'choices.0.exchangeProgramId', rule: 'age', message: 'is for ages 16–25 on 2027-07-01; you will be 15', params: { minimum: 16, maximum: 25, age: 15, travelStart: '2027-07-01' } },
        { field: 'choices.0.exchangeProgramId', rule: 'languages', message: 'requires fr, missing from your profile', params: { languages: ['fr'] } },
        { field: 'choices.1.exchangeProgramId', rule: 'window', message: 'is closed for applications', params: { reason: 'closed' } },
      ]),
    );

    expect(await screen.findByText('Alles ist da: Sie können einreichen.')).toBeTruthy();
    const jazzAlert = screen.getByText('Jazz in Lyon').closest('[role="alert"]') as HTMLElement;
    expect(within(jazzAlert).getByText('ist für das Alter 16–25 am 2027-07-01; Sie sind dann 15')).toBeTruthy();
    expect(within(jazzAlert).getByText('verlangt Französisch: Ergänzen Sie Ihr Profil')).toBeTruthy();
    const choirAlert = screen.getByText('Chor in Kyoto').closest('[role="alert"]') as HTMLElement;
    expect(within(choirAlert).getByText('ist für Bewerbungen geschlossen')).toBeTruthy();
    expect(screen.queryByText(/is for ages|is closed for applications|requires fr/)).toBeNull();
  });

  it('keeps the API’s English words for a rule it does not know', async () => {
    get.mockResolvedValue(checklist([{ field: 'choices.0.visa', rule: 'visa', message: 'Jazz in Lyon: get a visa' }]));
    renderStep(null);
    expect(await screen.findByText('Jazz in Lyon: get a visa')).toBeTruthy();
  });
});
