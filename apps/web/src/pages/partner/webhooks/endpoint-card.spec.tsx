import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/api-types.generated';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { EndpointCard } from './endpoint-card';

// The API client is replaced (jsdom has no platform); `unwrap` stays real, so answers and
// problems go the way they do in the console.
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: { GET: jest.fn(), PATCH: jest.fn(), DELETE: jest.fn(), POST: jest.fn() },
}));
const mocked = api as unknown as Record<'GET' | 'PATCH' | 'DELETE' | 'POST', jest.Mock>;
const ok = (data: unknown, status = 200) => ({ data, response: { ok: true, status, statusText: 'OK' } });

const endpoint: components['schemas']['WebhookEndpoint'] = {
  id: '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e10',
  url: 'https://lyon.example.org/hooks',
  description: 'City hall',
  owner: 'partner_city',
  cityId: 'gn:2996944',
  types: [],
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  failingSince: '2026-12-05T09:00:00.000Z',
  lastSuccessAt: null,
  createdBy: '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e11',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

beforeEach(() => Object.values(mocked).forEach((mock) => mock.mockReset()));

describe('a webhook endpoint of the partner city', () => {
  it('opens its delivery log: status, tries, the receiver’s answer and error, newest first', async () => {
    mocked.GET.mockResolvedValue(
      ok({
        items: [
          {
            notificationId: '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e20',
            type: 'webhook.ping',
            status: 'queued',
            statusReason: null,
            attempts: 2,
            notBefore: '2026-12-05T10:05:00.000Z',
            deliveredAt: null,
            createdAt: '2026-12-05T10:00:00.000Z',
            lastTry: { attempt: 2, outcome: 'retrying', error: 'the receiver answered 503', responseStatus: 503, durationMs: 12, startedAt: '2026-12-05T10:01:00.000Z' },
          },
        ],
        nextCursor: null,
      }),
    );
    renderWithProviders(<EndpointCard endpoint={endpoint} onRotated={jest.fn()} />);
    const open = screen.getByRole('button', { name: 'Show the delivery log' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(open);
    const log = await screen.findByRole('region', { name: 'Notifications' });
    expect(within(log).getByText('webhook.ping')).toBeTruthy();
    expect(within(log).getByText('Queued')).toBeTruthy();
    expect(within(log).getByText('Dec 5, 2026, 10:01 AM: answered 503')).toBeTruthy();
    expect(within(log).getByText('the receiver answered 503')).toBeTruthy();
    expect(mocked.GET).toHaveBeenCalledWith('/v1/webhook-endpoints/{endpointId}/deliveries', expect.objectContaining({
      params: { path: { endpointId: endpoint.id }, query: { status: undefined, limit: 25, cursor: undefined } },
    }));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'failed');
    expect(mocked.GET).toHaveBeenLastCalledWith('/v1/webhook-endpoints/{endpointId}/deliveries', expect.objectContaining({
      params: { path: { endpointId: endpoint.id }, query: { status: 'failed', limit: 25, cursor: undefined } },
    }));
  });

  it('asks before disabling and before deleting', async () => {
    mocked.PATCH.mockResolvedValue(ok({ ...endpoint, enabled: false }));
    mocked.DELETE.mockResolvedValue({ data: undefined, response: { ok: true, status: 204, statusText: 'No Content' } });
    renderWithProviders(<EndpointCard endpoint={endpoint} onRotated={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Disable' }));
    expect(mocked.PATCH).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Disable it' }));
    expect(mocked.PATCH).toHaveBeenCalledWith('/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId: endpoint.id } }, body: { enabled: false } });

    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(screen.getByText(/its delivery log\. This cannot be undone\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    expect(mocked.DELETE).toHaveBeenCalledWith('/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId: endpoint.id } } });
  });

  it('edits the URL and puts the API’s refusal on its field', async () => {
    mocked.PATCH.mockResolvedValue({
      error: {
        type: 'about:blank',
        title: 'The request is not valid',
        status: 400,
        detail: 'One field is wrong.',
        code: 'REQUEST.INVALID',
        correlationId: 'abc',
        errors: [{ field: 'body.url', rule: 'invalid', message: 'must be reachable' }],
      },
      response: { ok: false, status: 400, statusText: 'Bad Request' },
    });
    renderWithProviders(<EndpointCard endpoint={endpoint} onRotated={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const url = screen.getByRole('textbox', { name: /URL/ });
    await userEvent.clear(url);
    await userEvent.type(url, 'not a url');
    await userEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(mocked.PATCH).not.toHaveBeenCalled();
    expect(screen.getByText('must be a web address starting with http:// or https://')).toBeTruthy();

    await userEvent.clear(url);
    await userEvent.type(url, 'https://lyon.example.org/new');
    await userEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(mocked.PATCH).toHaveBeenCalledWith('/v1/webhook-endpoints/{endpointId}', {
      params: { path: { endpointId: endpoint.id } },
      body: { url: 'https://lyon.example.org/new', description: 'City hall', types: [] },
    });
    expect(await screen.findByText('must be reachable')).toBeTruthy();
  });
});
