import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { AnnouncementRecord } from './announcements-queries';
import { PastAnnouncements } from './past-announcements';

// The announcements sent before, from the API's list: each with its notifications counted by
// status, the next page by the API's cursor.

const counts = (over: Partial<AnnouncementRecord['notifications']>): AnnouncementRecord['notifications'] => ({
  total: 0,
  queued: 0,
  sent: 0,
  delivered: 0,
  failed: 0,
  filtered: 0,
  cancelled: 0,
  ...over,
});
const announcement = (id: string, title: string, over: Partial<AnnouncementRecord> = {}): AnnouncementRecord => ({
  id,
  title,
  body: 'Text',
  audience: 'everyone',
  webhooks: true,
  sentBy: '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e11',
  sentByEmail: 'admin@scn.local',
  sentAt: '2026-12-05T10:00:00.000Z',
  notifications: counts({}),
  ...over,
});

const asked: unknown[] = [];
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: {
    GET: async (path: string, init: { params: { query: { cursor?: string } } }) => {
      asked.push([path, init.params.query]);
      const first = init.params.query.cursor === undefined;
      const items = first
        ? [
            announcement('0193a1c2-0000-7000-8000-000000000002', 'Network assembly', { notifications: counts({ total: 12, sent: 5, delivered: 6, failed: 1 }) }),
            announcement('0193a1c2-0000-7000-8000-000000000001', 'Staff meeting', { audience: 'staff', notifications: counts({ total: 3, delivered: 2, filtered: 1 }) }),
          ]
        : [announcement('0193a1c2-0000-7000-8000-000000000000', 'Before the audience was kept', { audience: null, sentByEmail: null })];
      return { data: { items, nextCursor: first ? 'after-1' : null }, response: { ok: true, status: 200, statusText: 'OK' } };
    },
  },
}));

const countsOf = (item: HTMLElement) =>
  Object.fromEntries(within(item).getAllByRole('definition').map((dd) => [dd.previousElementSibling?.textContent, dd.textContent]));

describe('the announcements sent before', () => {
  it('shows each with who sent it, to whom, and its notifications by status, then the next page by the cursor', async () => {
    renderWithProviders(<PastAnnouncements />);
    const assembly = (await screen.findByText('Network assembly')).closest('li')!;
    expect(within(assembly).getByText(/admin@scn\.local · Everyone in the network/)).toBeTruthy();
    // The main statuses always; the others when there are some.
    expect(countsOf(assembly)).toEqual({ Notifications: '12', Queued: '0', 'Sent by email': '5', Delivered: '6', Failed: '1' });
    const meeting = screen.getByText('Staff meeting').closest('li')!;
    expect(within(meeting).getByText(/Network staff only/)).toBeTruthy();
    expect(countsOf(meeting)).toEqual({ Notifications: '3', Queued: '0', Delivered: '2', Failed: '0', 'Opted out': '1' });

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    const older = (await screen.findByText('Before the audience was kept')).closest('li')!;
    expect(within(older).getByText(/by — · audience not recorded/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull());
    expect(asked).toEqual([
      ['/v1/announcements', { limit: 20 }],
      ['/v1/announcements', { limit: 20, cursor: 'after-1' }],
    ]);
  });
});
