import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/api-types.generated';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { EndpointDeliveries } from './endpoint-deliveries';

// The API client is replaced (jsdom has no platform); `unwrap` stays real, so answers and
// problems go the way they do in the console.
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: { GET: jest.fn(), POST: jest.fn() },
}));
const mocked = api as unknown as Record<'GET' | 'POST', jest.Mock>;
const ok = (data: unknown, status = 200) => ({ data, response: { ok: true, status, statusText: 'OK' } });

const ENDPOINT_ID = '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e10';
const FAILED_ID = '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e21';
type Delivery = components['schemas']['WebhookDelivery'];
const delivery = (overrides: Partial<Delivery>): Delivery => ({
  notificationId: '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e20',
  type: 'webhook.ping',
  status: 'delivered',
  statusReason: null,
  attempts: 1,
  notBefore: null,
  deliveredAt: '2026-12-05T09:00:01.000Z',
  createdAt: '2026-12-05T09:00:00.000Z',
  lastTry: { attempt: 1, outcome: 'delivered', error: null, responseStatus: 204, durationMs: 9, startedAt: '2026-12-05T09:00:01.000Z' },
  ...overrides,
});
const failed = delivery({
  notificationId: FAILED_ID,
  type: 'partnership.activated',
  status: 'failed',
  statusReason: 'the receiver refused it',
  deliveredAt: null,
  createdAt: '2026-12-05T10:00:00.000Z',
  lastTry: { attempt: 1, outcome: 'failed', error: 'the receiver answered 400', responseStatus: 400, durationMs: 12, startedAt: '2026-12-05T10:00:01.000Z' },
});

beforeEach(() => Object.values(mocked).forEach((mock) => mock.mockReset()));

describe('an endpoint’s delivery log', () => {
  it('replays a failed delivery, and only a failed one, then reads the log again', async () => {
    mocked.GET.mockResolvedValueOnce(ok({ items: [failed, delivery({})], nextCursor: null }));
    mocked.GET.mockResolvedValue(ok({ items: [{ ...failed, status: 'queued', statusReason: 'replayed by contact@lyon.example' }, delivery({})], nextCursor: null }));
    mocked.POST.mockResolvedValue(ok({ id: FAILED_ID, type: 'partnership.activated', status: 'queued' }, 202));
    renderWithProviders(<EndpointDeliveries endpointId={ENDPOINT_ID} headingId="log" />);

    const replay = await screen.findByRole('button', { name: 'Replay the partnership.activated event of Dec 5, 2026, 10:00 AM' });
    // One button: the delivered ping has nothing to replay.
    expect(screen.getAllByRole('button', { name: /^Replay/ })).toHaveLength(1);
    await userEvent.click(replay);
    expect(mocked.POST).toHaveBeenCalledWith('/v1/notifications/{notificationId}/replay', { params: { path: { notificationId: FAILED_ID } } });
    expect((await screen.findByRole('status')).textContent).toBe('The partnership.activated event is sent again: it waits in the log until it is tried.');
    const log = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() => expect(within(log).getByText('replayed by contact@lyon.example')).toBeTruthy());
    expect(mocked.GET).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: /^Replay/ })).toBeNull();
  });

  it('shows the API’s refusal of a replay', async () => {
    mocked.GET.mockResolvedValue(ok({ items: [failed], nextCursor: null }));
    mocked.POST.mockResolvedValue({
      error: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'The notification is queued: only a failed one can be replayed.',
        code: 'NOTIFICATION.NOT_REPLAYABLE',
        correlationId: 'corr-7',
      },
      response: { ok: false, status: 409, statusText: 'Conflict' },
    });
    renderWithProviders(<EndpointDeliveries endpointId={ENDPOINT_ID} headingId="log" />);
    await userEvent.click(await screen.findByRole('button', { name: /^Replay the partnership\.activated event/ }));
    expect(await screen.findByText('The notification is queued: only a failed one can be replayed.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
