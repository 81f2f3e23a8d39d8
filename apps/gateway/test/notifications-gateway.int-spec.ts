import { waitFor } from '@scn/testing';
import { GatewayUnderTest } from './gateway-harness';

// The gateway's notification routes with the real notifications service behind it: the
// live inbox stream (Server-Sent Events) and the staff-only queue dashboard.

let gateway: GatewayUnderTest;
let staffToken: string;
let applicantToken: string;

beforeAll(async () => {
  gateway = await GatewayUnderTest.start({ withNotifications: true });
  staffToken = (await gateway.login()).accessToken;
  applicantToken = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
});

afterAll(async () => {
  await gateway?.stop();
});

/** Reads Server-Sent Events from an open response until `until` holds for the events so far. */
async function readEvents(response: Response, until: (events: Array<{ event?: string; data?: string }>) => boolean) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: Array<{ event?: string; data?: string }> = [];
  let buffer = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => line && !line.startsWith(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
      );
      if (fields.event || fields.data) events.push(fields);
    }
  }
  await reader.cancel();
  return events;
}

describe('the live inbox stream', () => {
  it('pushes a new notification to the account as it is delivered, then lists it unread', async () => {
    // The applicant's first call makes them known to the notifications service.
    expect((await gateway.request('GET', '/v1/me/notifications', { token: applicantToken })).status).toBe(200);

    const controller = new AbortController();
    const stream = await fetch(`${gateway.service.url}/v1/me/notifications/stream`, {
      headers: { authorization: `Bearer ${applicantToken}` },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');

    const received = readEvents(stream, (events) => events.some((e) => e.event === 'notification'));
    const announced = await gateway.request('POST', '/v1/announcements', {
      token: staffToken,
      body: { title: 'Network assembly', body: 'Our annual assembly is on 12 March.', audience: 'everyone', webhooks: false },
    });
    expect(announced.status).toBe(202);

    const events = await received;
    controller.abort();
    const item = JSON.parse(events.find((e) => e.event === 'notification')!.data!);
    expect(item).toMatchObject({ type: 'announcement', data: { title: 'Network assembly' } });

    const inbox = await gateway.request('GET', '/v1/me/notifications', { token: applicantToken });
    expect(inbox.body).toMatchObject({ unreadCount: 1, items: [{ id: item.id, readAt: null }] });
    const read = await gateway.request('POST', `/v1/me/notifications/${item.id}/read`, { token: applicantToken });
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await gateway.request('GET', '/v1/me/notifications', { token: applicantToken })).body.unreadCount).toBe(0);
  });

  it('refuses a stream without a token', async () => {
    expect((await gateway.request('GET', '/v1/me/notifications/stream')).status).toBe(401);
  });
});

describe('the queue dashboard', () => {
  it('is served to staff, by bearer token or by the cookie its session route sets', async () => {
    const api = await gateway.request('GET', '/admin/queues/api/queues', { token: staffToken });
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).toContain('notification-delivery');

    const session = await gateway.request('POST', '/v1/admin/queue-dashboard/session', { token: staffToken });
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    const page = await gateway.request('GET', '/admin/queues/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<html');
  });

  it('does not exist for anyone else', async () => {
    expect((await gateway.request('GET', '/admin/queues/', { token: applicantToken })).status).toBe(404);
    expect((await gateway.request('GET', '/admin/queues/api/queues')).status).toBe(404);
    expect((await gateway.request('GET', '/admin/queues/', { headers: { cookie: 'scn_queue_dashboard=forged' } })).status).toBe(404);
  });
});

it('lets staff read the delivery log of what was sent', async () => {
  const log = await waitFor('the announcement in the delivery log', async () => {
    const response = await gateway.request('GET', '/v1/notifications?type=announcement&channel=inbox', { token: staffToken });
    return response.body.items?.length ? response : null;
  });
  expect(log.body.items[0]).toMatchObject({ type: 'announcement', channel: 'inbox', status: 'delivered' });
  const detail = await gateway.request('GET', `/v1/notifications/${log.body.items[0].id}`, { token: staffToken });
  expect(detail.body.tries).toEqual([expect.objectContaining({ attempt: 1, outcome: 'delivered' })]);
});

describe('the list of announcements', () => {
  type Listed = { id: string; title: string; audience: string; webhooks: boolean; sentByEmail: string; notifications: Record<string, number> };
  const list = async (query = '') => {
    const response = await gateway.request('GET', `/v1/announcements${query}`, { token: staffToken });
    expect(response.status).toBe(200);
    return response.body as { items: Listed[]; nextCursor: string | null };
  };

  it('lists those sent, newest first by cursor, each with its notifications counted by status', async () => {
    const sent = await gateway.request('POST', '/v1/announcements', {
      token: staffToken,
      body: { title: 'Staff meeting', body: 'Tuesday at ten.', audience: 'staff', webhooks: false },
    });
    expect(sent.status).toBe(202);
    const { announcementId, notifications } = sent.body as { announcementId: string; notifications: number };

    const first = await list('?limit=1');
    expect(first.items).toEqual([
      expect.objectContaining({ id: announcementId, title: 'Staff meeting', body: 'Tuesday at ten.', audience: 'staff', webhooks: false, sentByEmail: expect.stringContaining('@') }),
    ]);
    // Counted by status from the notifications it made, as many as sending it answered.
    const counts = first.items[0]!.notifications;
    expect(counts['total']).toBe(notifications);
    expect(counts['queued']! + counts['sent']! + counts['delivered']! + counts['failed']! + counts['filtered']! + counts['cancelled']!).toBe(notifications);

    // The next page: the announcement to everyone sent before, its inbox notification delivered.
    expect(first.nextCursor).toEqual(expect.any(String));
    const next = await list(`?limit=1&cursor=${first.nextCursor}`);
    expect(next.items).toEqual([expect.objectContaining({ title: 'Network assembly', audience: 'everyone', webhooks: false })]);
    expect(next.items[0]!.notifications['delivered']).toBeGreaterThanOrEqual(1);
    expect(next.items[0]!.notifications['total']).toBeGreaterThanOrEqual(next.items[0]!.notifications['delivered']!);
    expect(next.nextCursor).toBeNull();
  });

  it('counts the deliveries as they happen: each inbox notification comes out of the queue as delivered', async () => {
    // Inbox notifications are delivered at once; email ones wait for a mail relay this harness has not got (they stay queued).
    const listed = await waitFor('an inbox notification of each announcement delivered', async () => {
      const page = await list();
      return page.items.length === 2 && page.items.every((item) => item.notifications['delivered']! >= 1) ? page : null;
    });
    for (const item of listed.items) {
      const { total, queued, delivered, sent, failed, filtered, cancelled } = item.notifications;
      expect(queued! + delivered! + sent! + failed! + filtered! + cancelled!).toBe(total);
    }
  });

  it('is staff-only, and refuses a cursor it did not give out', async () => {
    expect((await gateway.request('GET', '/v1/announcements', { token: applicantToken })).status).toBe(403);
    const bad = await gateway.request('GET', '/v1/announcements?cursor=bogus', { token: staffToken });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: expect.stringMatching(/cursor$/) })]);
  });
});
