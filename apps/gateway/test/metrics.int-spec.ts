import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest } from './gateway-harness';

const MEMBER_CITY = 'gn:990000301';
const PARTNER_CITY = 'gn:990000302';

/** The value of one series in a Prometheus text exposition (summed over lines matching every label given). */
function seriesValue(exposition: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  let found = false;
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) continue;
    found = true;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return found ? total : Number.NaN;
}

async function scrape(url: string): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await fetch(`${url}/metrics`);
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

describe('metrics: a scrape after one journey shows the named series', () => {
  let gateway: GatewayUnderTest;
  const programId = uuidv7();

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true });
    const partnershipsDb = gateway.backends[0]!.service.app.get<PartnershipsDb>(DATABASE);
    for (const [id, countryCode] of [
      [MEMBER_CITY, 'DE'],
      [PARTNER_CITY, 'FR'],
    ] as const) {
      const city = { id, countryCode, name: id, searchName: id, altNames: [], latitude: 0, longitude: 0, source: 'test' };
      await partnershipsDb.city.upsert({ where: { id }, create: city, update: city });
    }
    await partnershipsDb.memberProgram.create({ data: { id: programId, name: 'Program M', cityId: MEMBER_CITY, duesPaidThrough: 2030 } });
  }, 120_000);
  afterAll(() => gateway?.stop());

  it('counts the HTTP request, the RPC on both sides, the outbox and the event handled downstream', async () => {
    const admin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programId] }]);
    const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'], text: 'We agree.' };
    const proposed = await gateway.request('POST', '/v1/partnerships', { token: admin, body: { memberProgramId: programId, partnerCityId: PARTNER_CITY, terms } });
    expect(proposed.status).toBe(201);
    const [partnerships, exchanges] = gateway.backends.map((backend) => backend.service);

    // The gateway: the request by its route pattern and status, the RPC it made.
    // onResponse runs once the answer is sent: the count may follow the response by a moment.
    const atGateway = await waitFor('the request to be counted', async () => {
      const scraped = await scrape(gateway.service.url);
      const count = seriesValue(scraped.text, 'scn_http_request_duration_seconds_count', { route: '/v1/partnerships', method: 'POST' });
      return count >= 1 ? scraped : undefined;
    });
    expect(atGateway.status).toBe(200);
    expect(atGateway.contentType).toContain('text/plain');
    expect(seriesValue(atGateway.text, 'scn_http_request_duration_seconds_count', { route: '/v1/partnerships', method: 'POST', status: '201' })).toBe(1);
    expect(atGateway.text).not.toContain(`route="/v1/partnerships/${proposed.body.id}"`);
    expect(seriesValue(atGateway.text, 'scn_rpc_client_calls_total', { outcome: 'ok' })).toBeGreaterThan(0);
    expect(seriesValue(atGateway.text, 'scn_process_cpu_seconds_total', { service: 'gateway' })).toBeGreaterThan(0);

    // The partnerships service: the operation it served, its outbox drained by the relay.
    await waitFor('the outbox to be relayed', async () => {
      const text = (await scrape(partnerships!.url)).text;
      return seriesValue(text, 'scn_outbox_unsent_events', { service: 'partnerships' }) === 0;
    });
    const atPartnerships = (await scrape(partnerships!.url)).text;
    expect(seriesValue(atPartnerships, 'scn_rpc_server_duration_seconds_count', { service: 'partnerships', outcome: 'ok' })).toBeGreaterThan(0);
    expect(seriesValue(atPartnerships, 'scn_outbox_oldest_unsent_age_seconds', { service: 'partnerships' })).toBe(0);
    expect(seriesValue(atPartnerships, 'scn_process_resident_memory_bytes', { service: 'partnerships' })).toBeGreaterThan(0);

    // The exchanges service: the partnership event handled, with its lag from publication.
    await waitFor('the event to be handled by exchanges', async () => {
      const text = (await scrape(exchanges!.url)).text;
      return seriesValue(text, 'scn_events_processed_total', { type: 'partnership.proposed.v1', outcome: 'handled' }) >= 1;
    });
    const atExchanges = (await scrape(exchanges!.url)).text;
    expect(seriesValue(atExchanges, 'scn_event_handling_lag_seconds_count', { type: 'partnership.proposed.v1' })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(atExchanges, 'scn_event_handling_lag_seconds_sum', { type: 'partnership.proposed.v1' })).toBeLessThan(60);
    expect(seriesValue(atExchanges, 'scn_dead_letters_total')).toBeNaN();
    // Each started service has a registry of its own, although all run in this one process.
    expect(seriesValue(atExchanges, 'scn_http_request_duration_seconds_count', { route: '/v1/partnerships' })).toBeNaN();
  }, 60_000);
});
