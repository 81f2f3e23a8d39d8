import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { saveDownload } from '../../../api/save-download';
import { session } from '../../../api/session';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { MyDataPage } from './my-data-page';

// The API client and the browser's download are replaced (a component test; the browser
// test downloads and erases on the real platform).
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn(), POST: jest.fn() } }));
jest.mock('../../../api/save-download', () => ({ saveDownload: jest.fn() }));
const get = api.GET as unknown as jest.Mock;
const post = api.POST as unknown as jest.Mock;

beforeEach(() => {
  get.mockReset();
  post.mockReset();
  (saveDownload as jest.Mock).mockReset();
});

describe('my data', () => {
  it('downloads everything the API holds as one JSON file', async () => {
    const blob = new Blob(['{"format":"scn.applicant-data.v1"}'], { type: 'application/json' });
    get.mockResolvedValue({ data: blob, response: { ok: true, status: 200, statusText: 'OK' } });
    renderWithProviders(<MyDataPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Download my data (JSON)' }));
    expect(get).toHaveBeenCalledWith('/v1/me/applicant-data', { parseAs: 'blob' });
    expect(saveDownload).toHaveBeenCalledWith(blob, 'applicant-data.json');
  });

  it('names what is erased in a dialog, erases only once confirmed, then signs out', async () => {
    const end = jest.spyOn(session, 'end');
    post.mockResolvedValue({
      data: { applicantId: '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a01', erasedAt: '2026-12-06T01:00:00Z', applicationsKept: 1, placesFreed: 0 },
      response: { ok: true, status: 200, statusText: 'OK' },
    });
    renderWithProviders(<MyDataPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Erase my account…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase your account for good?' });
    for (const what of [/your profile/, /documents you uploaded/, /referees and their letters/, /reviewers' comments/, /open applications/, /your inbox/, /^your account: you are signed out/]) {
      expect(within(dialog).getByText(what)).toBeTruthy();
    }
    const erase = within(dialog).getByRole('button', { name: 'Erase my account' });
    expect(erase).toHaveProperty('disabled', true);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'I understand that this cannot be undone' }));
    await userEvent.click(erase);
    expect(post).toHaveBeenCalledWith('/v1/me/applicant-data/erasure', { body: { confirm: 'erase my data' } });
    expect(await screen.findByText(/You are signed out\. One application is kept as an anonymous count; no place was freed\./)).toBeTruthy();
    expect(end).toHaveBeenCalled();
  });

  it('cancels without erasing', async () => {
    renderWithProviders(<MyDataPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Erase my account…' }));
    const dialog = await screen.findByRole('dialog');
    const [cancel] = within(dialog).getAllByRole('button', { name: 'Cancel' });
    expect(cancel).toBeDefined();
    if (cancel) await userEvent.click(cancel);
    expect(post).not.toHaveBeenCalled();
  });
});
