import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/api-types.generated';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { NomineeCard } from './nominee-card';

// The API client is replaced (this is a component test: the browser test talks to the real
// platform; jsdom has no fetch); `unwrap` stays real (it reads the answer's `ok` and status), so answers and problems go the way they do in the console.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { POST: jest.fn() } }));
const post = api.POST as unknown as jest.Mock;

const nomination: components['schemas']['Nomination'] = {
  applicationId: '0b5c7a52-8d0e-4a57-9a43-0b7a2a3d9e01',
  exchangeProgramId: '1c6d8b63-9e1f-4b68-8b54-1c8b3b4e0f12',
  programTitle: 'Nagoya–Lyon summer exchange',
  side: 'member',
  hostCityId: 'gn:2996944',
  participant: { givenName: 'Ada', familyName: 'Lovelace', birthDate: '2008-12-10', homeCityId: 'gn:1856057', languages: [{ language: 'fr', level: 'B1' }] },
  status: 'pending',
  decidedAt: null,
  reason: null,
};
const answered = (status: 'accepted' | 'refused', reason: string | null = null) => ({
  data: { ...nomination, status, reason, decidedAt: '2026-12-05T10:00:00Z' },
  response: { ok: true, status: 200, statusText: 'OK' },
});

beforeEach(() => post.mockReset());

describe('a nominee to answer', () => {
  it('shows who they are and accepts them', async () => {
    post.mockResolvedValue(answered('accepted'));
    renderWithProviders(<NomineeCard nomination={nomination} />);
    expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByText('Born on Dec 10, 2008')).toBeTruthy();
    expect(screen.getByText('Languages: French (B1)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(post).toHaveBeenCalledWith('/v1/nominations/{applicationId}/acceptance', { params: { path: { applicationId: nomination.applicationId } } });
  });

  it('asks for the reason before refusing, then sends it', async () => {
    post.mockResolvedValue(answered('refused', 'No host family is free in July.'));
    renderWithProviders(<NomineeCard nomination={nomination} />);
    await userEvent.click(screen.getByRole('button', { name: 'Refuse…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Refuse' }));
    expect(screen.getByText('Write the reason for refusing.')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();

    await userEvent.type(screen.getByRole('textbox', { name: /Reason for refusing/ }), '  No host family is free in July. ');
    await userEvent.click(screen.getByRole('button', { name: 'Refuse' }));
    expect(post).toHaveBeenCalledWith('/v1/nominations/{applicationId}/refusal', {
      params: { path: { applicationId: nomination.applicationId } },
      body: { reason: 'No host family is free in July.' },
    });
  });

  it('shows the API’s refusal as a problem, not as raw JSON', async () => {
    const problem = {
      type: 'urn:scn:problem:nomination.already-decided',
      title: 'Conflict',
      status: 409,
      detail: 'The nomination was refused already.',
      code: 'NOMINATION.ALREADY_DECIDED',
      correlationId: 'corr-42',
    };
    post.mockResolvedValue({ error: problem, response: { ok: false, status: 409, statusText: 'Conflict' } });
    renderWithProviders(<NomineeCard nomination={nomination} />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The nomination was refused already.');
    expect(alert.textContent).toContain('corr-42');
  });

  it('offers no answer once the nomination is decided', () => {
    renderWithProviders(<NomineeCard nomination={{ ...nomination, status: 'refused', reason: 'Too late.', decidedAt: '2026-12-05T10:00:00Z' }} />);
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(screen.getByText(/Too late\./)).toBeTruthy();
  });
});
