import { PrismaClient } from '@scn-prisma/partnerships';
import { agreementTermsSchema, importFilesBucket } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { connect } from 'nats';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { termsHash } from '../src/partnerships/domain/terms-hash';

// Bulk import of partnerships through the gateway: the file travels through the JetStream
// object store, the partnerships service matches its rows to the GeoNames gazetteer of its
// test template and imports them in the background while the import's progress is polled.

const REAL_FILE = path.resolve(__dirname, '../../../../shared/data/twin_cities.csv');
const IMPORTS = '/v1/partnerships/imports';
const HEADER = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2';

interface ImportView {
  id: string;
  status: 'running' | 'completed' | 'failed';
  totalRows: number;
  processedRows: number;
  createdCount: number;
  unchangedCount: number;
  unmatchedCount: number;
  error: string | null;
}

/** The gateway with the partnerships service behind it, and staff signed in. */
async function startPlatform() {
  const gateway = await GatewayUnderTest.start({ withPartnerships: true });
  const db = gateway.backends[0]!.service.app.get<PrismaClient>(DATABASE);
  const [{ cities }] = await db.$queryRawUnsafe<Array<{ cities: number }>>('SELECT count(*)::int AS cities FROM cities');
  if (!cities) {
    throw new Error('The gazetteer is empty: the partnerships test template must be seeded with the GeoNames cities (apps/partnerships/prisma/seed)');
  }
  const { accessToken, caller } = await gateway.login();
  const upload = (csv: string, query = '') =>
    gateway.request('POST', `${IMPORTS}${query}`, { token: accessToken, body: csv, headers: { 'content-type': 'text/csv' } });
  /** Polls the import until it is no longer running, showing each view to `observe`. */
  const finish = async (id: string, observe: (view: ImportView) => void = () => undefined, timeoutMs = 170_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await gateway.request('GET', `${IMPORTS}/${id}`, { token: accessToken });
      // On two busy cores the service may answer a poll late while it imports: ask again.
      if ((response.status === 503 || response.status === 504) && Date.now() < deadline) continue;
      expect(response.status).toBe(200);
      const view = response.body as ImportView;
      observe(view);
      if (view.status !== 'running') return view;
      if (Date.now() > deadline) throw new Error(`import ${id} still running after ${timeoutMs} ms: ${JSON.stringify(view)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const activatedEvents = () =>
    db.$queryRawUnsafe<Array<{ aggregate: string; payload: { data: Record<string, unknown> } }>>(
      `SELECT aggregate, payload FROM outbox_events WHERE type = 'partnership.activated.v1' ORDER BY seq`,
    );
  const stop = async () => {
    const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(`OBJ_${importFilesBucket(gateway.namespace)}`).catch(() => undefined);
    await nc.close();
    await gateway.stop();
  };
  return { gateway, db, token: accessToken, staffId: caller.accountId, upload, finish, activatedEvents, stop };
}

describe('bulk import of partnerships (small file)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let romeProgramId: string;

  const file = [
    HEADER,
    'Berat,Albania,40.7022,19.9583,Amasya,Turkey,40.65,35.8331',
    // The same pair listed from the other side: one partnership.
    'Amasya,Turkey,40.65,35.8331,Berat,Albania,40.7022,19.9583',
    'Paris,France,48.8566,2.3522,Rome,Italy,41.9028,12.4964',
    'Lyon,Atlantis,45.76,4.84,Berat,Albania,40.7022,19.9583',
    'Nowhereville,France,45.0,3.0,Berat,Albania,40.7022,19.9583',
  ].join('\n');

  beforeAll(async () => {
    platform = await startPlatform();
    // Rome has a member program in the network: its partnership is linked to it, Rome the member side.
    romeProgramId = '0190a000-0000-7000-8000-000000000001';
    await platform.db.memberProgram.create({ data: { id: romeProgramId, name: 'Rome Sister Cities', cityId: 'gn:3169070' } });
  }, 120_000);
  afterAll(() => platform?.stop());

  it('imports the matched rows, counts the duplicate, and reports the others with their reasons', async () => {
    const started = await platform.upload(file, '?fileName=small.csv');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', fileName: 'small.csv', totalRows: 5, createdBy: platform.staffId });

    const done = await platform.finish(started.body.id);
    expect(done).toMatchObject({ status: 'completed', processedRows: 5, createdCount: 2, unchangedCount: 1, unmatchedCount: 2, error: null });

    const problems = await platform.gateway.request('GET', `${IMPORTS}/${done.id}/problems`, { token: platform.token });
    expect(problems.status).toBe(200);
    expect(problems.body.items).toEqual([
      { rowNumber: 5, reason: 'city1: country "Atlantis" is not known', row: expect.objectContaining({ city1: 'Lyon', country1: 'Atlantis' }) },
      { rowNumber: 6, reason: 'city1: no city named "Nowhereville" in FR near 45.00,3.00', row: expect.objectContaining({ city1: 'Nowhereville' }) },
    ]);
    expect(problems.body.nextCursor).toBeNull();

    const partnerships = await platform.db.partnership.findMany({ include: { versions: true, history: true }, orderBy: { importKey: 'asc' } });
    expect(partnerships.map((p) => [p.memberCityId, p.partnerCityId, p.memberProgramId])).toEqual([
      ['gn:3169070', 'gn:2988507', romeProgramId],
      ['gn:3186084', 'gn:752015', null],
    ]);
    for (const partnership of partnerships) {
      expect(partnership).toMatchObject({ status: 'active', kind: 'sister_city', currentVersion: 1, inForceVersion: 1, startDate: null });
      const terms = agreementTermsSchema.parse(partnership.versions[0]!.terms);
      expect(partnership.versions).toEqual([expect.objectContaining({ version: 1, state: 'in_force', termsHash: termsHash(terms) })]);
      expect(partnership.history).toEqual([
        expect.objectContaining({ action: 'imported', actorId: platform.staffId, details: expect.objectContaining({ importId: done.id }) }),
      ]);
    }
    expect(agreementTermsSchema.parse(partnerships[1]!.versions[0]!.terms)).toEqual({
      title: 'Berat – Amasya',
      kind: 'sister_city',
      focusAreas: [],
      text: '',
      commitments: [],
    });

    // Exactly one activation per created partnership, with what exchanges need to know.
    const events = await platform.activatedEvents();
    expect(events.map((event) => event.aggregate).sort()).toEqual(partnerships.map((p) => p.id).sort());
    expect(events.find((event) => event.aggregate === partnerships[0]!.id)!.payload.data).toEqual({
      partnershipId: partnerships[0]!.id,
      memberProgramId: romeProgramId,
      memberCityId: 'gn:3169070',
      partnerCityId: 'gn:2988507',
      memberCountryCode: 'IT',
      partnerCountryCode: 'FR',
      version: 1,
      termsHash: partnerships[0]!.versions[0]!.termsHash,
      startDate: null,
      firstSigning: true,
    });

    // The uploaded file does not linger in the object store.
    const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    const bucket = await nc.jetstream().views.os(importFilesBucket(platform.gateway.namespace));
    expect(await bucket.list()).toEqual([]);
    await nc.close();
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = { partnerships: await platform.db.partnership.count(), events: (await platform.activatedEvents()).length };
    const again = await platform.upload(file);
    expect(again.status).toBe(202);
    const done = await platform.finish(again.body.id);
    expect(done).toMatchObject({ status: 'completed', createdCount: 0, unchangedCount: 3, unmatchedCount: 2 });
    expect({ partnerships: await platform.db.partnership.count(), events: (await platform.activatedEvents()).length }).toEqual(before);
  });

  it('reads the columns the query maps, with a kind and a start year', async () => {
    const mapped = ['Town,Nation,Lat,Lng,Twin,TwinNation,TwinLat,TwinLng,Type,Since', 'Kraków,Poland,50.06,19.94,Nürnberg,Germany,49.45,11.08,friendship city,1979'].join(
      '\n',
    );
    const query =
      '?memberCity=Town&memberCountry=Nation&memberLat=Lat&memberLng=Lng&partnerCity=Twin&partnerCountry=TwinNation' +
      '&partnerLat=TwinLat&partnerLng=TwinLng&kind=Type&startYear=Since';
    const started = await platform.upload(mapped, query);
    expect(started.status).toBe(202);
    expect(await platform.finish(started.body.id)).toMatchObject({ status: 'completed', createdCount: 1 });
    const partnership = await platform.db.partnership.findFirstOrThrow({ where: { memberCityId: 'gn:3094802', partnerCityId: 'gn:2861650' } });
    expect(partnership).toMatchObject({ kind: 'friendship_city', startDate: new Date('1979-01-01T00:00:00Z') });
    const event = (await platform.activatedEvents()).find((e) => e.aggregate === partnership.id)!;
    expect(event.payload.data).toMatchObject({ startDate: '1979-01-01', firstSigning: true });
  });

  it('refuses a file that lacks a mapped column, is not CSV, or has no rows', async () => {
    const missing = await platform.upload('town,country\nParis,France', '?fileName=wrong.csv');
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('IMPORT.COLUMNS_MISSING');
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'query.memberCity',
      'query.memberCountry',
      'query.memberLat',
      'query.memberLng',
      'query.partnerCity',
      'query.partnerCountry',
      'query.partnerLat',
      'query.partnerLng',
    ]);
    const malformed = await platform.upload(`${HEADER}\n"Berat,Albania,40.7,19.9,Amasya,Turkey,40.6,35.8`);
    expect({ status: malformed.status, code: malformed.body.code }).toEqual({ status: 400, code: 'IMPORT.MALFORMED_CSV' });
    const empty = await platform.upload(`${HEADER}\n`);
    expect({ status: empty.status, code: empty.body.code }).toEqual({ status: 400, code: 'IMPORT.EMPTY_FILE' });
    const unknown = await platform.gateway.request('GET', `${IMPORTS}/0190a000-0000-7000-8000-00000000ffff`, { token: platform.token });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'IMPORT.NOT_FOUND' });
  });

  it('pages through the problems in file order', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `Nowhere${i},France,45.0,3.0,Berat,Albania,40.7022,19.9583`);
    const started = await platform.upload([HEADER, ...rows].join('\n'));
    await platform.finish(started.body.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await platform.gateway.request('GET', `${IMPORTS}/${started.body.id}/problems${query}`, { token: platform.token });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { rowNumber: number }) => item.rowNumber));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([2, 3, 4, 5, 6]);
    const bad = await platform.gateway.request('GET', `${IMPORTS}/${started.body.id}/problems?cursor=nonsense`, { token: platform.token });
    expect(bad.status).toBe(400);
  });
});

(existsSync(REAL_FILE) ? describe : describe.skip)('bulk import of partnerships (the real list of twin towns)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let first: ImportView;

  beforeAll(async () => {
    platform = await startPlatform();
  }, 120_000);
  afterAll(() => platform?.stop());

  it('imports the 25,917 rows of ../shared/data/twin_cities.csv, progress visible while it runs', async () => {
    const csv = readFileSync(REAL_FILE, 'utf8');
    // Larger than a NATS message may be: it only gets through the object store.
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1_048_576);
    const clock = Date.now();
    const started = await platform.upload(csv, '?fileName=twin_cities.csv');
    expect(started.status).toBe(202);
    const acceptedMs = Date.now() - clock;
    const midway: ImportView[] = [];
    first = await platform.finish(started.body.id, (view) => {
      if (view.status === 'running' && view.processedRows > 0 && view.processedRows < view.totalRows) midway.push(view);
    });
    const totalMs = Date.now() - clock;
    const problems = await platform.db.importProblem.findMany({ where: { jobId: first.id }, select: { reason: true } });
    const partnerships = await platform.db.partnership.count();
    console.info(
      `twin_cities.csv: ${first.totalRows} rows → ${first.createdCount + first.unchangedCount} rows loaded: ${first.createdCount} ` +
        `partnerships created, ${first.unchangedCount} rows of a pair already imported (listed from both sides); ` +
        `${first.unmatchedCount} rows reported (${JSON.stringify(reasonCounts(problems))}); accepted in ${acceptedMs} ms, ` +
        `imported in ${(totalMs / 1000).toFixed(1)} s; ${midway.length} progress observations midway`,
    );

    expect(first).toMatchObject({ status: 'completed', totalRows: 25_917, processedRows: 25_917, error: null });
    expect(midway.length).toBeGreaterThan(0);
    // Every row is accounted for: created, a pair already there, or reported with its reason.
    expect(first.createdCount + first.unchangedCount + first.unmatchedCount).toBe(25_917);
    expect(partnerships).toBe(first.createdCount);
    expect(problems).toHaveLength(first.unmatchedCount);
    expect(problems.every((problem) => problem.reason.length > 0)).toBe(true);
    // Measured with the GeoNames cities500 gazetteer (places of ≥ 500 people and their other
    // names in Latin script): 21,118 rows loaded, 19,857 distinct partnerships (1,261 pairs
    // listed from both sides), 4,799 rows reported. The 25,000 is out of reach of this
    // file: it has 25,917 rows, ~1,300 of them a pair's second listing, and the rows reported
    // name places GeoNames does not list as populated places (districts, municipalities, counties:
    // "Tempelhof-Schöneberg (Berlin)", "Rudersdal", "South Tyneside"), places it places elsewhere
    // (coordinates of a namesake hundreds of km away), or areas; matching them would be inventing.
    expect(first.createdCount + first.unchangedCount).toBeGreaterThanOrEqual(21_000);
    expect(first.createdCount).toBeGreaterThanOrEqual(19_800);
    expect((await platform.activatedEvents()).length).toBe(first.createdCount);
    expect(totalMs).toBeLessThan(120_000);
  }, 180_000);

  it('changes nothing when the same file is imported again', async () => {
    const csv = readFileSync(REAL_FILE, 'utf8');
    const clock = Date.now();
    const started = await platform.upload(csv, '?fileName=twin_cities.csv');
    expect(started.status).toBe(202);
    const second = await platform.finish(started.body.id);
    console.info(`twin_cities.csv again: ${JSON.stringify(second)} in ${((Date.now() - clock) / 1000).toFixed(1)} s`);
    expect(second).toMatchObject({
      status: 'completed',
      createdCount: 0,
      unchangedCount: first.createdCount + first.unchangedCount,
      unmatchedCount: first.unmatchedCount,
    });
    expect(await platform.db.partnership.count()).toBe(first.createdCount);
    expect((await platform.activatedEvents()).length).toBe(first.createdCount);
  }, 180_000);
});

/** Rows reported, by kind of reason (a row may give one for each side). */
function reasonCounts(problems: Array<{ reason: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of problems) {
    for (const part of reason.split('; ')) {
      const kind = /an area or a district/.test(part)
        ? 'area or district'
        : /the nearest city of that name is/.test(part)
          ? 'city of that name too far'
          : /no city named/.test(part)
            ? 'no city of that name'
            : part.replace(/^city[12]: /, '').replace(/[":].*$/, '').trim();
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
  }
  return counts;
}

if (!existsSync(REAL_FILE)) {
  console.warn(`Skipped the import of the real twin-towns list: ${REAL_FILE} is absent (../shared/data beside the checkout).`);
}
