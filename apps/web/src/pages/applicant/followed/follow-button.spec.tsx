import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { FollowButton } from './follow-button';

// The API client is replaced (a component test); `unwrap` stays real, so answers and
// problems go the way they do in the console.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn(), PUT: jest.fn(), DELETE: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;
const put = api.PUT as unknown as jest.Mock;
const del = api.DELETE as unknown as jest.Mock;

const exchangeProgramId = '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b';
const ok = (data: unknown) => ({ data, response: { ok: true, status: 200, statusText: 'OK' } });
const interest = (following: boolean) => ok({ exchangeProgramId, title: 'Lyon summer exchange', following });

beforeEach(() => [get, put, del].forEach((mock) => mock.mockReset()));

describe('following a program from its page', () => {
  it('follows, then stops following, saying which it is', async () => {
    get.mockResolvedValue(interest(false));
    put.mockResolvedValue(interest(true));
    del.mockResolvedValue(interest(false));
    renderWithProviders(<FollowButton exchangeProgramId={exchangeProgramId} title="Lyon summer exchange" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Follow Lyon summer exchange' }));
    expect(put).toHaveBeenCalledWith('/v1/exchange-programs/{exchangeProgramId}/interest', { params: { path: { exchangeProgramId } } });
    expect(await screen.findByText(/You follow this program/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Stop following Lyon summer exchange' }));
    expect(del).toHaveBeenCalledWith('/v1/exchange-programs/{exchangeProgramId}/interest', { params: { path: { exchangeProgramId } } });
    expect(await screen.findByRole('button', { name: 'Follow Lyon summer exchange' })).toBeTruthy();
  });

  it('offers nothing for a program the notifications service does not know', async () => {
    get.mockResolvedValue({
      error: { type: 'about:blank', title: 'Not Found', status: 404, code: 'PROGRAM_INTEREST.PROGRAM_UNKNOWN', detail: 'No published exchange program with this id.' },
      response: { ok: false, status: 404, statusText: 'Not Found' },
    });
    renderWithProviders(<FollowButton exchangeProgramId={exchangeProgramId} title="Lyon summer exchange" />);
    expect(screen.getByRole('button', { name: 'Follow Lyon summer exchange' })).toHaveProperty('disabled', true);
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused follow as a problem with its title', async () => {
    get.mockResolvedValue(interest(false));
    put.mockResolvedValue({
      error: { type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'SERVICE.UNAVAILABLE', detail: 'The notifications service did not answer.', correlationId: 'corr-7' },
      response: { ok: false, status: 503, statusText: 'Service Unavailable' },
    });
    renderWithProviders(<FollowButton exchangeProgramId={exchangeProgramId} title="Lyon summer exchange" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Follow Lyon summer exchange' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The notifications service did not answer.');
    expect(alert.textContent).toContain('corr-7');
  });
});
