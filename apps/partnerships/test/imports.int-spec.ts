import SwaggerParser from '@apidevtools/swagger-parser';
import { PrismaClient } from '@scn-prisma/partnerships';
import { agreementTermsSchema, importFilesBucket } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { connect } from 'nats';
import { existsSync, readFileSync } from 'node:fs';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { finishImport, importReport, IMPORTS, REAL_FILE, stopImportPlatform, type ImportView, type ReportedRow } from './import-client';
import { v7 as uuidv7 } from 'uuid';
import { termsHash } from '../src/partnerships/domain/terms-hash';

// Bulk import of partnerships through the gateway: the file travels through the JetStream
// object store, the partnerships service matches its rows to the GeoNames gazetteer of its
// test template and imports them in the background while the import's progress is polled.

const HEADER = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2';

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
  const finish = (id: string, observe?: (view: ImportView) => void) => finishImport(gateway, accessToken, id, { observe });
  /** Every row an import reports (of one kind, if given). */
  const reportOf = (id: string, kind?: ReportedRow['kind']) => importReport(gateway, accessToken, id, kind ? `&kind=${kind}` : '');
  const importedCities = () => db.city.findMany({ where: { source: 'import' }, orderBy: { id: 'asc' } });
  const activatedEvents = () =>
    db.$queryRawUnsafe<Array<{ aggregate: string; payload: { data: Record<string, unknown> } }>>(
      `SELECT aggregate, payload FROM outbox_events WHERE type = 'partnership.activated.v1' ORDER BY seq`,
    );
  return { gateway, db, token: accessToken, staffId: caller.accountId, upload, finish, reportOf, importedCities, activatedEvents, stop: () => stopImportPlatform(gateway) };
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
    // By default a city the gazetteer lacks is reported, never added.
    expect(done).toMatchObject({ addMissingCities: false, citiesAddedCount: 0 });
    expect(await platform.importedCities()).toEqual([]);

    const problems = await platform.gateway.request('GET', `${IMPORTS}/${done.id}/problems`, { token: platform.token });
    expect(problems.status).toBe(200);
    expect(problems.body.items).toEqual([
      {
        rowNumber: 5,
        kind: 'unmatched',
        reason: 'city1: country "Atlantis" is not known',
        addedCityIds: [],
        row: expect.objectContaining({ city1: 'Lyon', country1: 'Atlantis' }),
        settlement: expect.objectContaining({ state: 'open', by: null, partnershipId: null }),
      },
      {
        rowNumber: 6,
        kind: 'unmatched',
        reason: 'city1: no city named "Nowhereville" in FR near 45.00,3.00',
        addedCityIds: [],
        row: expect.objectContaining({ city1: 'Nowhereville' }),
        settlement: expect.objectContaining({ state: 'open' }),
      },
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
      memberCityName: 'Rome',
      partnerCityName: 'Paris',
      title: 'Rome – Paris',
      version: 1,
      termsHash: partnerships[0]!.versions[0]!.termsHash,
      startDate: null,
      firstSigning: true,
      // An existing partnership, not news: consumers learn it, nobody is notified of it.
      imported: true,
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
    expect(done).toMatchObject({ status: 'completed', createdCount: 0, unchangedCount: 3, unmatchedCount: 2, citiesAddedCount: 0 });
    expect({ partnerships: await platform.db.partnership.count(), events: (await platform.activatedEvents()).length }).toEqual(before);
    expect(await platform.importedCities()).toEqual([]);
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
    const badOption = await platform.upload(`${HEADER}\nBerat,Albania,40.7,19.9,Amasya,Turkey,40.6,35.8`, '?addMissingCities=yes');
    expect({ status: badOption.status, fields: badOption.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      fields: ['query.addMissingCities'],
    });
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

  describe('with addMissingCities=true', () => {
    // "Kleinöd am See" is in no gazetteer: rows 2 and 3 name it (row 3 spelled otherwise, 400 m
    // away). Row 4 places a city at 0,0, row 5 gives Perth the United Kingdom at Perth,
    // Australia, row 6 names an unknown country: none of these is added.
    const file = [
      HEADER,
      'Berat,Albania,40.7022,19.9583,Kleinöd am See,Germany,47.9123,11.4321',
      'Amasya,Turkey,40.65,35.8331,Kleinoed am See,Germany,47.915,11.435',
      'Berat,Albania,40.7022,19.9583,Nulltown,Germany,0,0',
      'Berat,Albania,40.7022,19.9583,Perth,United Kingdom,-31.95,115.86',
      'Lyon,Atlantis,45.76,4.84,Kleinöd am See,Germany,47.9123,11.4321',
    ].join('\n');
    let first: ImportView;

    it('adds the city the gazetteer lacks once, imports its rows, and reports it with the reason', async () => {
      const before = { partnerships: await platform.db.partnership.count(), events: (await platform.activatedEvents()).length };
      const started = await platform.upload(file, '?fileName=new-cities.csv&addMissingCities=true');
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({ addMissingCities: true, citiesAddedCount: 0 });
      first = await platform.finish(started.body.id);
      expect(first).toMatchObject({ status: 'completed', totalRows: 5, createdCount: 2, unchangedCount: 0, unmatchedCount: 3, citiesAddedCount: 1 });

      const [added, ...others] = await platform.importedCities();
      expect(others).toEqual([]);
      expect(added).toMatchObject({
        id: expect.stringMatching(/^import:[0-9a-f-]{36}$/),
        name: 'Kleinöd am See',
        searchName: 'kleinod am see',
        altNames: ['kleinoed am see'],
        countryCode: 'DE',
        regionCode: '02',
        latitude: 47.9123,
        longitude: 11.4321,
        population: 0,
        timeZone: 'Europe/Berlin',
        source: 'import',
        importJobId: first.id,
      });
      const shown = await platform.gateway.request('GET', `/v1/cities/${encodeURIComponent(added!.id)}`);
      expect(shown.body).toMatchObject({ id: added!.id, source: 'import', regionCode: '02' });

      expect(await platform.reportOf(first.id)).toEqual([
        {
          rowNumber: 2,
          kind: 'city-added',
          reason:
            `city2: no city named "Kleinöd am See" in DE near 47.91,11.43: added "Kleinöd am See" to the gazetteer ` +
            `from the file's coordinates as ${added!.id} (DE, region 02)`,
          addedCityIds: [added!.id],
          row: expect.objectContaining({ city2: 'Kleinöd am See' }),
          // Loaded by the import itself: nobody settled it, its cities are the row's.
          settlement: expect.objectContaining({ state: 'loaded', by: null, partnerCityId: added!.id }),
        },
        {
          rowNumber: 4,
          kind: 'unmatched',
          reason: 'city2: no city named "Nulltown" in DE near 0.00,0.00; city2 not added to the gazetteer: its coordinates 0,0 are a placeholder, not a place',
          addedCityIds: [],
          row: expect.objectContaining({ city2: 'Nulltown' }),
          settlement: expect.objectContaining({ state: 'open' }),
        },
        {
          rowNumber: 5,
          kind: 'unmatched',
          reason: expect.stringMatching(
            /^city2: no city named "Perth" in GB near -31\.95,115\.86 \(the nearest city of that name is \d+ km away\); city2 not added to the gazetteer: its coordinates are more than 60 km from every gazetteer place in GB$/,
          ),
          addedCityIds: [],
          row: expect.objectContaining({ city2: 'Perth' }),
          settlement: expect.objectContaining({ state: 'open' }),
        },
        {
          rowNumber: 6,
          kind: 'unmatched',
          reason: 'city1: country "Atlantis" is not known',
          addedCityIds: [],
          row: expect.objectContaining({ city1: 'Lyon' }),
          settlement: expect.objectContaining({ state: 'open' }),
        },
      ]);
      expect((await platform.reportOf(first.id, 'city-added')).map((row) => row.rowNumber)).toEqual([2]);
      expect((await platform.reportOf(first.id, 'unmatched')).map((row) => row.rowNumber)).toEqual([4, 5, 6]);

      // Both rows are partnerships with the new city, each announced once.
      const partnerships = await platform.db.partnership.findMany({ where: { partnerCityId: added!.id }, orderBy: { memberCityId: 'asc' } });
      expect(partnerships.map((p) => p.memberCityId)).toEqual(['gn:3186084', 'gn:752015']);
      expect({ partnerships: await platform.db.partnership.count(), events: (await platform.activatedEvents()).length }).toEqual({
        partnerships: before.partnerships + 2,
        events: before.events + 2,
      });
    });

    it.each([['with the option', '&addMissingCities=true'], ['without it', '']])('changes nothing when the file is imported again %s', async (_, option) => {
      const before = {
        cities: await platform.importedCities(),
        partnerships: await platform.db.partnership.count(),
        events: (await platform.activatedEvents()).length,
      };
      const started = await platform.upload(file, `?fileName=new-cities.csv${option}`);
      const again = await platform.finish(started.body.id);
      expect(again).toMatchObject({ status: 'completed', createdCount: 0, unchangedCount: 2, unmatchedCount: 3, citiesAddedCount: 0 });
      expect(await platform.reportOf(again.id, 'city-added')).toEqual([]);
      expect({
        cities: await platform.importedCities(),
        partnerships: await platform.db.partnership.count(),
        events: (await platform.activatedEvents()).length,
      }).toEqual(before);
    });
  });

  it('documents the option and the report kinds in the OpenAPI document', async () => {
    const response = await platform.gateway.request('GET', '/docs/openapi.json');
    expect(response.status).toBe(200);
    await SwaggerParser.validate(structuredClone(response.body));
    type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: { enum?: string[] } };
    const parameters = (path: string, method: string): Parameter[] => response.body.paths[path][method].parameters;
    const addMissingCities = parameters('/v1/partnerships/imports', 'post').find((parameter) => parameter.name === 'addMissingCities');
    expect(addMissingCities).toMatchObject({ in: 'query', schema: { enum: ['true', 'false'] }, description: expect.stringContaining('gazetteer lacks') });
    expect(addMissingCities?.required).not.toBe(true);
    const kind = parameters('/v1/partnerships/imports/{importId}/problems', 'get').find((parameter) => parameter.name === 'kind');
    expect(kind).toMatchObject({ in: 'query', schema: { enum: ['unmatched', 'city-added'] } });
    const job = response.body.components.schemas.PartnershipImport;
    expect(job.required).toEqual(expect.arrayContaining(['addMissingCities', 'citiesAddedCount']));
    expect(response.body.components.schemas.PartnershipImportProblem.required).toEqual(expect.arrayContaining(['kind', 'addedCityIds']));
  });

  it('marks an import a stop of the service interrupted failed when a new one starts', async () => {
    const stalled = await platform.db.importJob.create({
      data: { id: uuidv7(), status: 'running', fileHash: 'f'.repeat(64), totalRows: 10, heartbeatAt: new Date(Date.now() - 10 * 60_000) },
    });
    const started = await platform.upload([HEADER, 'Berat,Albania,40.7022,19.9583,Amasya,Turkey,40.65,35.8331'].join('\n'));
    expect(started.status).toBe(202);
    expect(await platform.db.importJob.findUniqueOrThrow({ where: { id: stalled.id } })).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^Interrupted: the service stopped while importing/),
    });
    await platform.finish(started.body.id);
  });
});

(existsSync(REAL_FILE) ? describe : describe.skip)('bulk import of partnerships (the real list of twin towns, adding missing cities)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let first: ImportView;
  let citiesBefore: number;

  beforeAll(async () => {
    platform = await startPlatform();
    citiesBefore = await platform.db.city.count();
  }, 120_000);
  afterAll(() => platform?.stop());

  it('loads ≥ 25,000 of the 25,917 rows of ../shared/data/twin_cities.csv, every row accounted for, progress visible', async () => {
    const csv = readFileSync(REAL_FILE, 'utf8');
    // Larger than a NATS message may be: it only gets through the object store.
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1_048_576);
    const clock = Date.now();
    const started = await platform.upload(csv, '?fileName=twin_cities.csv&addMissingCities=true');
    expect(started.status).toBe(202);
    const acceptedMs = Date.now() - clock;
    const midway: ImportView[] = [];
    first = await platform.finish(started.body.id, (view) => {
      if (view.status === 'running' && view.processedRows > 0 && view.processedRows < view.totalRows) midway.push(view);
    });
    const totalMs = Date.now() - clock;
    const report = await platform.db.importProblem.findMany({ where: { jobId: first.id }, select: { kind: true, reason: true, addedCityIds: true } });
    const unmatched = report.filter((row) => row.kind === 'unmatched');
    const citiesAdded = report.filter((row) => row.kind === 'city_added');
    const loaded = first.createdCount + first.unchangedCount;
    const partnerships = await platform.db.partnership.count();
    const added = await platform.db.city.findMany({ where: { importJobId: first.id }, select: { id: true, source: true } });
    console.info(
      `twin_cities.csv with addMissingCities: ${first.totalRows} rows → ${loaded} rows loaded into ${first.createdCount} distinct ` +
        `partnerships (${first.unchangedCount} rows of a pair already loaded: listed from both sides); ${first.citiesAddedCount} cities ` +
        `added to the gazetteer by ${citiesAdded.length} rows; ${first.unmatchedCount} rows reported ` +
        `(${JSON.stringify(reasonCounts(unmatched))}); accepted in ${acceptedMs} ms, imported in ${(totalMs / 1000).toFixed(1)} s; ` +
        `${midway.length} progress observations midway`,
    );

    expect(first).toMatchObject({ status: 'completed', totalRows: 25_917, processedRows: 25_917, addMissingCities: true, error: null });
    expect(midway.length).toBeGreaterThan(0);
    // Every row is accounted for: loaded (created, or a pair already there) or reported with its reason.
    expect(loaded + first.unmatchedCount).toBe(25_917);
    expect(loaded).toBeGreaterThanOrEqual(25_000);
    expect(partnerships).toBe(first.createdCount);
    expect(unmatched).toHaveLength(first.unmatchedCount);
    expect(unmatched.every((row) => row.reason.length > 0)).toBe(true);
    // Each city added is in the gazetteer with its provenance, and named by the row that added it.
    expect(first.citiesAddedCount).toBeGreaterThan(0);
    expect(added).toHaveLength(first.citiesAddedCount);
    expect(added.every((city) => city.source === 'import')).toBe(true);
    expect(await platform.db.city.count()).toBe(citiesBefore + first.citiesAddedCount);
    const reportedIds = report.flatMap((row) => row.addedCityIds);
    expect(new Set(reportedIds).size).toBe(reportedIds.length);
    expect(reportedIds.sort()).toEqual(added.map((city) => city.id).sort());
    expect(citiesAdded.every((row) => /added ".+" to the gazetteer from the file's coordinates as import:/.test(row.reason))).toBe(true);
    expect((await platform.activatedEvents()).length).toBe(first.createdCount);
    expect(totalMs).toBeLessThan(150_000);
  }, 200_000);

  it('changes nothing when the same file is imported again: no new city, partnership or event', async () => {
    const csv = readFileSync(REAL_FILE, 'utf8');
    const before = { cities: await platform.db.city.count(), partnerships: await platform.db.partnership.count(), events: (await platform.activatedEvents()).length };
    const clock = Date.now();
    const started = await platform.upload(csv, '?fileName=twin_cities.csv&addMissingCities=true');
    expect(started.status).toBe(202);
    const second = await platform.finish(started.body.id);
    console.info(`twin_cities.csv again: ${JSON.stringify(second)} in ${((Date.now() - clock) / 1000).toFixed(1)} s`);
    expect(second).toMatchObject({
      status: 'completed',
      createdCount: 0,
      unchangedCount: first.createdCount + first.unchangedCount,
      unmatchedCount: first.unmatchedCount,
      citiesAddedCount: 0,
    });
    expect(await platform.db.importProblem.count({ where: { jobId: second.id, kind: 'city_added' } })).toBe(0);
    expect({ cities: await platform.db.city.count(), partnerships: await platform.db.partnership.count(), events: (await platform.activatedEvents()).length }).toEqual(
      before,
    );
  }, 200_000);
});

/** Reasons rows were reported for, by kind (a row may give one for each side, and why its city was not added). */
function reasonCounts(problems: Array<{ reason: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of problems) {
    for (const part of reason.split('; ')) {
      const kind = /not added to the gazetteer: its coordinates are more than/.test(part)
        ? 'not added: coordinates outside the country'
        : /the row's country looks wrong/.test(part)
          ? 'not added: a city of that name across a border'
          : /not added to the gazetteer/.test(part)
            ? `not added: ${part.replace(/^.*not added to the gazetteer: /, '')}`
            : /an area or a district/.test(part)
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
