import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { InboxPage } from './inbox-page';

// The API client and the live stream are replaced (a component test; the browser tests
// follow the stream on the real platform).
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn(), POST: jest.fn() } }));
jest.mock('./inbox-stream', () => ({ followInbox: () => () => undefined }));
const get = api.GET as unknown as jest.Mock;

const item = (n: number) => ({
  id: `0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a${String(n).padStart(2, '0')}`,
  type: 'announcement',
  category: 'announcements',
  title: `Notice ${n}`,
  body: `Body ${n}`,
  data: {},
  createdAt: '2026-12-01T10:00:00Z',
  readAt: '2026-12-01T11:00:00Z',
});
const ok = (data: unknown) => ({ data, response: { ok: true, status: 200, statusText: 'OK' } });

describe('the inbox', () => {
  it('reads the newest 50, then the older pages by the API’s cursor', async () => {
    get.mockImplementation((_path: string, { params }: { params: { query: { cursor?: string } } }) =>
      Promise.resolve(params.query.cursor ? ok({ items: [item(51)], nextCursor: null, unreadCount: 0 }) : ok({ items: [item(1), item(2)], nextCursor: 'older', unreadCount: 0 })),
    );
    renderWithProviders(<InboxPage />);
    expect(await screen.findByText('Notice 2')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/v1/me/notifications', expect.objectContaining({ params: { query: { limit: 50 } } }));
    await userEvent.click(screen.getByRole('button', { name: 'Show older notifications' }));
    expect(await screen.findByText('Notice 51')).toBeTruthy();
    expect(get).toHaveBeenLastCalledWith('/v1/me/notifications', expect.objectContaining({ params: { query: { limit: 50, cursor: 'older' } } }));
    expect(screen.getByText('Notice 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).toBeNull();
  });
});
