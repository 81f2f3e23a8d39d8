import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { GuardianConsent } from './guardian-consent';

// The API client is replaced (a component test: no fixture makes a minor's application for
// the browser test yet); `unwrap` stays real.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn(), POST: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;
const post = api.POST as unknown as jest.Mock;

const ok = (data: unknown) => ({ data, response: { ok: true, status: 200, statusText: 'OK' } });
const consent = (status: string, requestedAt: string | null = null, givenAt: string | null = null) => ({ status, requestedAt, givenAt, givenFrom: null });
const profile = (guardianConsent: ReturnType<typeof consent>, guardian: { name: string; email: string } | null = { name: 'Bea Example', email: 'bea@example.org' }) =>
  ok({ givenName: 'Ana', familyName: 'Example', guardian, guardianConsent });

beforeEach(() => {
  get.mockReset();
  post.mockReset();
});

describe('the guardian’s consent on the profile', () => {
  it('says a link went and when, and sends a new one, shown at once', async () => {
    get.mockResolvedValue(profile(consent('requested', '2026-12-01T10:00:00Z')));
    post.mockResolvedValue(ok(consent('requested', '2026-12-06T09:30:00Z')));
    renderWithProviders(<GuardianConsent />);
    expect(await screen.findByText('A consent link was sent to bea@example.org on Dec 1, 2026, 10:00 AM; no consent yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Send my guardian a new link' }));
    expect(post).toHaveBeenCalledWith('/v1/me/applicant-profile/guardian-consent-request');
    expect(await screen.findByText(/on Dec 6, 2026, 9:30 AM/)).toBeTruthy();
  });

  it('asks nothing more once consent is given', async () => {
    get.mockResolvedValue(profile(consent('given', '2026-12-01T10:00:00Z', '2026-12-02T08:00:00Z')));
    renderWithProviders(<GuardianConsent />);
    expect(await screen.findByText('Your guardian consented on Dec 2, 2026, 8:00 AM.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the API’s refusal when no consent is needed, as a problem with its title', async () => {
    get.mockResolvedValue(profile(consent('not-requested')));
    post.mockResolvedValue({
      error: { type: 'about:blank', title: 'Conflict', status: 409, code: 'GUARDIAN_CONSENT.NOT_NEEDED', detail: 'No consent to ask.', correlationId: 'corr-9' },
      response: { ok: false, status: 409, statusText: 'Conflict' },
    });
    renderWithProviders(<GuardianConsent />);
    await userEvent.click(await screen.findByRole('button', { name: 'Send my guardian the consent link' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No consent to ask.');
    expect(alert.textContent).toContain('corr-9');
  });

  it('shows nothing before a guardian is saved', async () => {
    get.mockResolvedValue(profile(consent('not-needed'), null));
    renderWithProviders(<GuardianConsent />);
    await waitFor(() => expect(get).toHaveBeenCalled());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/guardian|consent/i)).toBeNull();
  });
});
