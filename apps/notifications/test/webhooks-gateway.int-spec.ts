import type { PrismaClient } from '@scn-prisma/notifications';
import { DATABASE } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest, type TestResponse } from '../../gateway/test/gateway-harness';

// Webhook endpoints through the gateway (/v1/webhook-endpoints): who reaches which endpoint,
// the secret shown once and never cached, the status of each route. The notifications
// service runs behind the gateway in the test's namespace.

const BASE = '/v1/webhook-endpoints';
const PARIS = 'gn:2988507';
const LYON = 'gn:2996944';
const RECEIVER = 'http://127.0.0.1:9/webhooks';

describe('webhook endpoints through the gateway', () => {
  let gateway: GatewayUnderTest;
  const tokens = { staff: '', contact: '', twoCities: '', admin: '' };

  const call = (token: string, method: string, path: string, body?: unknown) => gateway.request(method, path, { token, body });
  const expectProblem = (response: TestResponse, status: number, code: string) =>
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withNotifications: true });
    tokens.staff = (await gateway.login()).accessToken;
    tokens.contact = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: [PARIS] }]);
    tokens.twoCities = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: [PARIS, LYON] }]);
    tokens.admin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [uuidv7()] }]);
  });
  afterAll(() => gateway?.stop());

  it('lets a partner contact register, read, change, ping and delete their city’s endpoint', async () => {
    const created = await call(tokens.contact, 'POST', BASE, { url: RECEIVER, description: 'Paris city hall', types: ['partnership.activated'] });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.body).toMatchObject({ owner: 'partner_city', cityId: PARIS, enabled: true, types: ['partnership.activated'] });
    expect(created.body.secret).toMatch(/^whsec_/);
    const id: string = created.body.id;

    const read = await call(tokens.contact, 'GET', `${BASE}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');

    const changed = await call(tokens.contact, 'PATCH', `${BASE}/${id}`, { description: 'Paris (new)', types: [] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ description: 'Paris (new)', types: [] });

    const rotated = await call(tokens.contact, 'POST', `${BASE}/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    expect(rotated.body.secret).not.toBe(created.body.secret);

    const ping = await call(tokens.contact, 'POST', `${BASE}/${id}/ping`);
    expect(ping.status).toBe(202);
    expect(ping.body).toEqual({ notificationId: expect.any(String), endpointId: id, status: 'queued' });
    const notifications = gateway.backends[0]!.service.app.get<PrismaClient>(DATABASE);
    expect(await notifications.notification.findUniqueOrThrow({ where: { id: ping.body.notificationId } })).toMatchObject({
      type: 'webhook.ping',
      channel: 'webhook',
      endpointId: id,
      targetKey: `endpoint:${id}`,
      recipientId: null,
    });

    const deleted = await call(tokens.contact, 'DELETE', `${BASE}/${id}`);
    expect(deleted.status).toBe(204);
    expectProblem(await call(tokens.contact, 'GET', `${BASE}/${id}`), 404, 'WEBHOOK_ENDPOINT.NOT_FOUND');
  });

  it('hides other cities’ and the network’s endpoints from a partner contact (404), not from staff', async () => {
    const lyon = await call(tokens.staff, 'POST', BASE, { url: RECEIVER, cityId: LYON });
    const network = await call(tokens.staff, 'POST', BASE, { url: RECEIVER });
    expect([lyon.status, network.status]).toEqual([201, 201]);
    expect(network.body).toMatchObject({ owner: 'network', cityId: null });
    for (const other of [lyon.body.id, network.body.id]) {
      expect((await call(tokens.contact, 'GET', `${BASE}/${other}`)).status).toBe(404);
      expect((await call(tokens.contact, 'PATCH', `${BASE}/${other}`, { enabled: false })).status).toBe(404);
      expect((await call(tokens.contact, 'POST', `${BASE}/${other}/ping`)).status).toBe(404);
      expect((await call(tokens.contact, 'POST', `${BASE}/${other}/rotate-secret`)).status).toBe(404);
      expect((await call(tokens.contact, 'DELETE', `${BASE}/${other}`)).status).toBe(404);
      expect((await call(tokens.staff, 'GET', `${BASE}/${other}`)).status).toBe(200);
    }
    const listed = await call(tokens.contact, 'GET', `${BASE}?limit=100`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.every((endpoint: { cityId: string }) => endpoint.cityId === PARIS)).toBe(true);
    const lyonOnly = await call(tokens.staff, 'GET', `${BASE}?cityId=${encodeURIComponent(LYON)}&enabled=true`);
    expect(lyonOnly.body.items.map((endpoint: { id: string }) => endpoint.id)).toEqual([lyon.body.id]);
  });

  it('makes partner contacts say which of their cities, and only theirs', async () => {
    expectProblem(await call(tokens.contact, 'POST', BASE, { url: RECEIVER, cityId: LYON }), 403, 'WEBHOOK_ENDPOINT.CITY_NOT_IN_SCOPE');
    const unnamed = await call(tokens.twoCities, 'POST', BASE, { url: RECEIVER });
    expectProblem(unnamed, 400, 'REQUEST.INVALID');
    expect(unnamed.body.errors).toEqual([expect.objectContaining({ field: 'cityId', rule: 'required' })]);
    expect((await call(tokens.twoCities, 'POST', BASE, { url: RECEIVER, cityId: LYON })).status).toBe(201);
  });

  it('validates each field', async () => {
    const invalid = await call(tokens.staff, 'POST', BASE, { url: 'not a url', types: 'all', cityId: 'Paris' });
    expectProblem(invalid, 400, 'REQUEST.INVALID');
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.cityId', 'body.types', 'body.url']);
    const unknownType = await call(tokens.staff, 'POST', BASE, { url: RECEIVER, types: ['partnership.activated', 'nothing.happened'] });
    expectProblem(unknownType, 400, 'REQUEST.INVALID');
    expect(unknownType.body.errors).toEqual([expect.objectContaining({ field: 'types.1' })]);
    expectProblem(await call(tokens.staff, 'POST', BASE, { url: 'https://me:pw@example.org/' }), 400, 'WEBHOOK_ENDPOINT.INVALID_URL');
  });

  it('shows a partner contact their endpoint’s deliveries, newest first by pages, and no one else’s', async () => {
    // A receiver that is down for maintenance: every try is answered 503.
    const server: Server = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const created = await call(tokens.contact, 'POST', BASE, { url, description: 'Paris, failing' });
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      const first = await call(tokens.contact, 'POST', `${BASE}/${id}/ping`);
      const second = await call(tokens.contact, 'POST', `${BASE}/${id}/ping`);
      expect([first.status, second.status]).toEqual([202, 202]);

      const both = await waitFor('both pings tried once', async () => {
        const page = await call(tokens.contact, 'GET', `${BASE}/${id}/deliveries`);
        expect(page.status).toBe(200);
        return page.body.items.length === 2 && page.body.items.every((item: { attempts: number }) => item.attempts >= 1) ? page.body : undefined;
      });
      // Newest first: the second ping, then the first.
      expect(both.items.map((item: { notificationId: string }) => item.notificationId)).toEqual([
        second.body.notificationId,
        first.body.notificationId,
      ]);
      expect(both.items[0]).toMatchObject({
        type: 'webhook.ping',
        status: 'queued',
        lastTry: { outcome: 'retrying', responseStatus: 503, error: expect.stringContaining('503') },
      });
      expect(both.items[0]).not.toHaveProperty('recipient');
      expect(both.nextCursor).toBeNull();

      const pageOne = await call(tokens.contact, 'GET', `${BASE}/${id}/deliveries?limit=1`);
      expect(pageOne.body.items).toHaveLength(1);
      expect(pageOne.body.nextCursor).toEqual(expect.any(String));
      const pageTwo = await call(tokens.contact, 'GET', `${BASE}/${id}/deliveries?limit=1&cursor=${encodeURIComponent(pageOne.body.nextCursor)}`);
      expect(pageTwo.body.items.map((item: { notificationId: string }) => item.notificationId)).toEqual([first.body.notificationId]);
      expect((await call(tokens.contact, 'GET', `${BASE}/${id}/deliveries?status=delivered`)).body.items).toEqual([]);

      // Another city's contact: no such endpoint; staff: the same log; any other role: refused.
      const lyonContact = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: [LYON] }]);
      expectProblem(await call(lyonContact, 'GET', `${BASE}/${id}/deliveries`), 404, 'WEBHOOK_ENDPOINT.NOT_FOUND');
      expect((await call(tokens.staff, 'GET', `${BASE}/${id}/deliveries`)).body.items).toHaveLength(2);
      expectProblem(await call(tokens.admin, 'GET', `${BASE}/${id}/deliveries`), 403, 'AUTH.FORBIDDEN');
      expectProblem(await call(tokens.contact, 'GET', `${BASE}/${id}/deliveries?status=lost`), 400, 'REQUEST.INVALID');

      // Another city's endpoint is not the Paris contact's to read.
      const lyon = await call(tokens.staff, 'POST', BASE, { url, cityId: LYON });
      expectProblem(await call(tokens.contact, 'GET', `${BASE}/${lyon.body.id}/deliveries`), 404, 'WEBHOOK_ENDPOINT.NOT_FOUND');
      for (const endpoint of [id, lyon.body.id]) expect((await call(tokens.staff, 'DELETE', `${BASE}/${endpoint}`)).status).toBe(204);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('lets a partner contact replay a failed delivery of their own endpoint, not another city’s', async () => {
    // A receiver that refuses (400: the delivery fails at once, without retries), then accepts.
    let answer = 400;
    const server: Server = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(answer).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const paris = await call(tokens.contact, 'POST', BASE, { url, description: 'Paris, refusing' });
      const lyon = await call(tokens.staff, 'POST', BASE, { url, cityId: LYON });
      const network = await call(tokens.staff, 'POST', BASE, { url });
      const failedDelivery = async (endpointId: string) => {
        const ping = await call(tokens.staff, 'POST', `${BASE}/${endpointId}/ping`);
        expect(ping.status).toBe(202);
        await waitFor('the ping failed', async () => {
          const page = await call(tokens.staff, 'GET', `${BASE}/${endpointId}/deliveries?status=failed`);
          return page.body.items.length === 1 ? page.body : undefined;
        });
        return ping.body.notificationId as string;
      };
      const [parisPing, lyonPing, networkPing] = [await failedDelivery(paris.body.id), await failedDelivery(lyon.body.id), await failedDelivery(network.body.id)];
      const replay = (token: string, notificationId: string) => call(token, 'POST', `/v1/notifications/${notificationId}/replay`);

      // Another city's endpoint and the network's own do not exist for the Paris contact; other roles are refused.
      expectProblem(await replay(tokens.contact, lyonPing), 404, 'NOTIFICATION.NOT_FOUND');
      expectProblem(await replay(tokens.contact, networkPing), 404, 'NOTIFICATION.NOT_FOUND');
      expectProblem(await replay(tokens.contact, uuidv7()), 404, 'NOTIFICATION.NOT_FOUND');
      expectProblem(await replay(tokens.admin, parisPing), 403, 'AUTH.FORBIDDEN');
      expectProblem(await replay(tokens.contact, 'not-an-id'), 400, 'REQUEST.INVALID');

      answer = 204;
      const replayed = await replay(tokens.contact, parisPing);
      expect(replayed.status).toBe(202);
      expect(replayed.body).toMatchObject({ id: parisPing, status: 'queued' });
      const delivered = await waitFor('the replayed ping delivered', async () => {
        const page = await call(tokens.contact, 'GET', `${BASE}/${paris.body.id}/deliveries?status=delivered`);
        return page.body.items[0];
      });
      expect(delivered).toMatchObject({ notificationId: parisPing, attempts: 2, lastTry: { outcome: 'delivered', responseStatus: 204 } });
      // Delivered now: nothing left to replay.
      expectProblem(await replay(tokens.contact, parisPing), 409, 'NOTIFICATION.NOT_REPLAYABLE');
      // Another city's is still failed; staff replay any.
      expect((await replay(tokens.staff, lyonPing)).status).toBe(202);
      for (const endpoint of [paris.body.id, lyon.body.id, network.body.id]) expect((await call(tokens.staff, 'DELETE', `${BASE}/${endpoint}`)).status).toBe(204);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses every other role', async () => {
    expectProblem(await call(tokens.admin, 'GET', BASE), 403, 'AUTH.FORBIDDEN');
    expectProblem(await call(tokens.admin, 'POST', BASE, { url: RECEIVER }), 403, 'AUTH.FORBIDDEN');
  });
});
