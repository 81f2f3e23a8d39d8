import type { RunningService } from '@scn/messaging';
import { createTestDatabase, startTestService, type TestDatabase } from '@scn/testing';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the end-to-end path goes through the real gateway
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { partnershipsService } from '../src/partnerships.service-definition';

// The gazetteer end to end: HTTP through the real gateway to the partnerships service, on
// a database cloned from the test template, which the seed hook filled with the GeoNames cities.

const { seedGazetteer } = require('../prisma/seed/gazetteer.js') as {
  seedGazetteer(url: string): Promise<{ loaded: boolean; cities: number; ms: number }>;
};
const { cities500File } = require('../prisma/seed/cities500.js') as { cities500File(): string };
/** The places of the GeoNames dump the seed loads: one a line. */
const GEONAMES_CITIES = readFileSync(cities500File(), 'utf8').split('\n').filter((line) => line.length > 0).length;

describe('cities gazetteer through the gateway', () => {
  let gateway: GatewayUnderTest;
  let database: TestDatabase;
  let service: RunningService;
  let staffToken: string;
  let adminToken: string;

  const search = (query: string) => gateway.request('GET', `/v1/cities?${query}`);
  const names = (body: { items: Array<{ name: string; countryCode: string }> }) => body.items.map((c) => `${c.name} (${c.countryCode})`);

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start();
    database = await createTestDatabase('partnerships');
    service = await startTestService(partnershipsService, { namespace: gateway.namespace, databaseUrl: database.url });
    staffToken = (await gateway.login()).accessToken;
    adminToken = await gateway.tokenFor([{ role: 'program-admin', scopeIds: ['00000000-0000-7000-8000-000000000001'] }]);
  });

  afterAll(async () => {
    await service?.app.close();
    await gateway?.stop();
    await database?.drop();
  });

  it('holds every place of the GeoNames dump, each with a time zone', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ total: number; zoned: number }>(
        `SELECT count(*)::int AS total, count(time_zone)::int AS zoned FROM cities WHERE source = 'geonames'`,
      );
      expect(rows[0]).toEqual({ total: GEONAMES_CITIES, zoned: GEONAMES_CITIES });
    } finally {
      await client.end();
    }
  });

  it('finds cities by name prefix, accents and case ignored, most populous first', async () => {
    const munich = await search('q=MUNICH');
    expect(munich.status).toBe(200);
    expect(munich.body.items[0]).toEqual({
      id: 'gn:2867714',
      name: 'Munich',
      countryCode: 'DE',
      regionCode: '02',
      latitude: 48.13743,
      longitude: 11.57549,
      population: 1_260_391,
      timeZone: 'Europe/Berlin',
      source: 'geonames',
    });
    // GeoNames names it Munich; the other names (in Latin script) are searched too: München is
    // Munich, the most populous, then places named München… or once known so (Münchengrätz).
    const munchen = await search('q=munchen');
    expect(names(munchen.body)).toEqual(['Munich (DE)', 'Münchenstein (CH)', 'Münchenbuchsee (CH)', 'Mnichovo Hradiště (CZ)', 'Münchenbernsdorf (DE)', 'Münchendorf (AT)', 'Münchenwiler (CH)']);
    expect(names((await search('q=cologne')).body)[0]).toBe('Köln (DE)');

    expect(names((await search(`q=${encodeURIComponent('sao paulo')}`)).body)[0]).toBe('São Paulo (BR)');
    expect(names((await search(`q=${encodeURIComponent('São Pau')}`)).body)[0]).toBe('São Paulo (BR)');
    expect(names((await search('q=koln')).body)[0]).toBe('Köln (DE)');
    // Umlauts are also searched as their German transliteration.
    expect(names((await search('q=koeln')).body)[0]).toBe('Köln (DE)');
    expect(names((await search('q=lodz')).body)[0]).toBe('Łódź (PL)');

    const newYork = await search(`q=${encodeURIComponent('new y')}`);
    expect(newYork.body.items[0]).toMatchObject({ name: 'New York City', countryCode: 'US', regionCode: 'NY', timeZone: 'America/New_York' });
  });

  it('filters by country and region (codes in any case)', async () => {
    const inFrance = await search('q=san&country=fr&limit=50');
    expect(inFrance.status).toBe(200);
    expect(inFrance.body.items.length).toBeGreaterThan(10);
    for (const city of inFrance.body.items) expect(city.countryCode).toBe('FR');

    const inCalifornia = await search('q=san&country=US&region=ca&limit=100');
    expect(inCalifornia.body.items.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['San Francisco', 'San Diego', 'San Jose']));
    for (const city of inCalifornia.body.items) expect(city).toMatchObject({ countryCode: 'US', regionCode: 'CA' });
    expect(inCalifornia.body.items[0].name).toBe('San Diego');

    const byCountryOnly = await search('country=JP&limit=3');
    expect(names(byCountryOnly.body)[0]).toBe('Tokyo (JP)');
  });

  it('pages with an opaque cursor, without overlaps or gaps', async () => {
    const all = await search('q=san&country=US&limit=100');
    const total = all.body.items.length;
    expect(total).toBeGreaterThan(30);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await search(
        `q=san&country=US&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor && seen.length <= total);
    if (all.body.nextCursor === null) expect(seen).toEqual(all.body.items.map((c: { id: string }) => c.id));
    else expect(seen.slice(0, total)).toEqual(all.body.items.map((c: { id: string }) => c.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a bad page size, a malformed cursor and a query without letters', async () => {
    const tooBig = await search('q=san&limit=101');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.code).toBe('REQUEST.INVALID');
    expect(tooBig.body.errors).toEqual([expect.objectContaining({ field: 'query.limit' })]);

    const badCursor = await search('q=san&cursor=bm90LWEtY3Vyc29y');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.code).toBe('REQUEST.INVALID');
    expect(badCursor.body.errors).toEqual([expect.objectContaining({ field: 'query.cursor' })]);

    const noLetters = await search(`q=${encodeURIComponent('--')}`);
    expect(noLetters.status).toBe(400);
    expect(noLetters.body.errors).toEqual([expect.objectContaining({ field: 'query.q' })]);

    expect((await search('country=DEU')).status).toBe(400);
  });

  it('reads one city, and answers 404 for an unknown one', async () => {
    const city = await gateway.request('GET', '/v1/cities/gn:5128581');
    expect(city.status).toBe(200);
    expect(city.body).toMatchObject({ name: 'New York City', regionCode: 'NY' });

    const missing = await gateway.request('GET', '/v1/cities/gn:1');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('CITY.NOT_FOUND');
  });

  it('lets staff add a missing city, refuses a duplicate, and only staff', async () => {
    const village = { name: 'Kleinöd am See', countryCode: 'de', regionCode: '02', latitude: 47.9123, longitude: 11.4321, population: 420 };
    const created = await gateway.request('POST', '/v1/cities', { token: staffToken, body: village });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^staff:[0-9a-f-]{36}$/),
      name: 'Kleinöd am See',
      countryCode: 'DE',
      regionCode: '02',
      population: 420,
      timeZone: 'Europe/Berlin',
      source: 'staff',
    });

    const found = await search(`q=${encodeURIComponent('kleinod am')}&country=DE`);
    expect(found.body.items).toEqual([created.body]);
    expect((await search(`q=${encodeURIComponent('kleinoed')}`)).body.items).toEqual([created.body]);
    expect((await gateway.request('GET', `/v1/cities/${created.body.id}`)).body).toEqual(created.body);

    // Same name, spelled differently, 2 km away: the same city.
    const again = await gateway.request('POST', '/v1/cities', {
      token: staffToken,
      body: { ...village, name: 'KLEINOD AM SEE', latitude: 47.93, population: undefined },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CITY.DUPLICATE');
    expect(again.body.errors).toEqual([
      { field: 'existingCityId', rule: 'duplicate', message: created.body.id, params: { cityId: created.body.id, name: created.body.name, distanceKm: expect.any(Number) } },
    ]);

    const munich = await gateway.request('POST', '/v1/cities', {
      token: staffToken,
      body: { name: 'Munich', countryCode: 'DE', latitude: 48.2, longitude: 11.6 },
    });
    expect(munich.status).toBe(409);
    expect(munich.body.errors).toEqual([expect.objectContaining({ message: 'gn:2867714' })]);

    // The same name far away is another city; the time zone given is kept.
    const elsewhere = await gateway.request('POST', '/v1/cities', {
      token: staffToken,
      body: { ...village, latitude: 52.1, longitude: 13.2, timeZone: 'Europe/Berlin' },
    });
    expect(elsewhere.status).toBe(201);

    const byAdmin = await gateway.request('POST', '/v1/cities', { token: adminToken, body: { ...village, name: 'Other' } });
    expect(byAdmin.status).toBe(403);
    expect((await gateway.request('POST', '/v1/cities', { body: village })).status).toBe(401);
  });

  it('refuses invalid cities field by field', async () => {
    const bad = await gateway.request('POST', '/v1/cities', {
      token: staffToken,
      body: { name: ' ', countryCode: 'Germany', latitude: 91, longitude: 0, timeZone: 'Mars/Olympus' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.countryCode', 'body.latitude', 'body.name', 'body.timeZone']);
    expect(bad.body.errors).toContainEqual({ field: 'body.timeZone', rule: 'time_zone', message: 'must be an IANA time zone such as Europe/Berlin' });
  });

  it('seeds idempotently: a second run only reads its marker, a forced reload rewrites no row', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    // Row versions: an insert or an update (even to the same values) changes a row's xmin.
    const versions = async () =>
      (await client.query<{ digest: string }>(`SELECT md5(string_agg(id || ':' || xmin::text, ',' ORDER BY id)) AS digest FROM cities`)).rows[0]?.digest;
    try {
      const before = await versions();
      const started = Date.now();
      expect(await seedGazetteer(database.url)).toMatchObject({ loaded: false });
      expect(Date.now() - started).toBeLessThan(1_000);

      await client.query('COMMENT ON TABLE cities IS NULL');
      expect(await seedGazetteer(database.url)).toMatchObject({ loaded: true, cities: GEONAMES_CITIES });
      expect(await versions()).toBe(before);
    } finally {
      await client.end();
    }
    expect((await search('country=DE&limit=1')).body.items[0].name).toBe('Berlin');
  });
});
