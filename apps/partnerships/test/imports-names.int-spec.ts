import { PrismaClient } from '@scn-prisma/partnerships';
import { importColumnsSchema } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { Workbook } from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { finishImport, importReport, IMPORTS, REAL_FILE, stopImportPlatform, type ImportView } from './import-client';
import { CityMatcher, type GazetteerCity } from '../src/imports/domain/city-matcher';
import { CountryResolver } from '../src/imports/domain/country-resolver';
import { RowMatcher } from '../src/imports/domain/import-row';
import { readCsvRows } from '../src/imports/infra/csv-rows';

// Imports of the lists staff really have (issue #14): names without coordinates (matched by
// name, country and region), a preview before committing, CSV of any usual separator and
// encoding and .xlsx workbooks, and the optional columns — through the gateway, against the
// real PostgreSQL (the GeoNames gazetteer of the test template) and JetStream.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NAME_HEADER = 'city1,country1,city2,country2';

const MALMO = 'gn:2692969';
const GOTEBORG = 'gn:2711537';
const SPRINGFIELD_IL = 'gn:4250542';
const HALLE_SAALE = 'gn:2911522';
const LYON = 'gn:2996944';

async function startPlatform() {
  const gateway = await GatewayUnderTest.start({ withPartnerships: true });
  const db = gateway.backends[0]!.service.app.get<PrismaClient>(DATABASE);
  const { accessToken } = await gateway.login();
  /** Posts a file as bytes (the harness sends strings only). */
  const upload = async (body: string | Uint8Array, query = '', contentType = 'text/csv') => {
    const response = await fetch(`${gateway.service.url}${IMPORTS}${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': contentType },
      body: typeof body === 'string' ? body : Buffer.from(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const finish = (id: string) => finishImport(gateway, accessToken, id);
  /** Uploads, expects 202, waits for the end. */
  const importFile = async (body: string | Uint8Array, query = '', contentType = 'text/csv') => {
    const started = await upload(body, query, contentType);
    expect({ status: started.status, body: started.body }).toMatchObject({ status: 202 });
    return finish(started.body.id);
  };
  const reportOf = (id: string, query = '') => importReport(gateway, accessToken, id, query);
  /** What an import writes; the events leave out each job's own completion (a preview has one too). */
  const counts = async () => {
    const [row] = await db.$queryRawUnsafe<Array<{ partnerships: number; events: number; cities: number; changes: number }>>(
      `SELECT (SELECT count(*)::int FROM partnerships) AS partnerships,
              (SELECT count(*)::int FROM outbox_events WHERE type <> 'partnership-import.completed.v1') AS events,
              (SELECT count(*)::int FROM cities) AS cities,
              (SELECT count(*)::int FROM partnership_changes) AS changes`,
    );
    return row!;
  };
  const pairOf = (a: string, b: string) =>
    db.partnership.findFirst({
      where: { OR: [{ memberCityId: a, partnerCityId: b }, { memberCityId: b, partnerCityId: a }] },
      include: { history: true },
    });
  return { gateway, db, token: accessToken, upload, finish, importFile, reportOf, counts, pairOf, stop: () => stopImportPlatform(gateway) };
}

/** The rows of the real list, as read, without their coordinate columns. */
function realRowsWithoutCoordinates(): Array<Record<string, string>> {
  return readCsvRows(readFileSync(REAL_FILE, 'utf8')).rows.map(({ record }) => ({
    city1: record['city1'] ?? '',
    country1: record['country1'] ?? '',
    city2: record['city2'] ?? '',
    country2: record['country2'] ?? '',
  }));
}

function csvOf(rows: Array<Record<string, string>>, separator = ',', columns = ['city1', 'country1', 'city2', 'country2']): string {
  const cell = (value: string) => (/["\n\r,;\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [columns.join(separator), ...rows.map((row) => columns.map((column) => cell(row[column] ?? '')).join(separator))].join('\n');
}

describe('imports of names without coordinates, previews, and files of every usual kind', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;

  beforeAll(async () => {
    platform = await startPlatform();
  }, 120_000);
  afterAll(() => platform?.stop());

  it('matches sides by name and country, a region column, and reports ambiguous rows with their candidates', async () => {
    const file = [
      'city1,country1,state1,city2,country2,state2',
      // Without diacritics, by an English name.
      'Malmo,Sweden,,Gothenburg,Sweden,',
      // A region column tells the Springfields apart.
      'Springfield,United States,Illinois,Lyon,France,',
      // No region: three Springfields of similar size, nothing tells which.
      'Springfield,United States,,Malmö,Sweden,',
      // Several places named Halle: one is more than ten times the next; chosen and noted.
      'Halle,Germany,,Lyon,France,',
      'Nowhereville,France,,Malmö,Sweden,',
    ].join('\n');
    const done = await platform.importFile(file, '?fileName=names.csv&memberRegion=state1&partnerRegion=state2');
    expect(done).toMatchObject({ status: 'completed', totalRows: 5, createdCount: 3, unchangedCount: 0, unmatchedCount: 2, ambiguousCount: 1, dryRun: false });
    expect(await platform.pairOf(MALMO, GOTEBORG)).not.toBeNull();
    expect(await platform.pairOf(SPRINGFIELD_IL, LYON)).not.toBeNull();
    expect(await platform.pairOf(HALLE_SAALE, LYON)).not.toBeNull();

    const report = await platform.reportOf(done.id);
    expect(report.map((row) => [row.rowNumber, row.kind, row.ambiguous ?? false])).toEqual([
      [3, 'noted', false],
      [4, 'unmatched', true],
      [5, 'noted', false],
      [6, 'unmatched', false],
    ]);
    const [byRegion, ambiguous, noted, unmatched] = report;
    expect(byRegion!.reason).toMatch(/^city1: "Springfield" chosen among \d+ places of the name: Springfield \(gn:4250542, US-IL, pop\. \d+\) \(the only one in the region given\)$/);
    expect(byRegion!.candidates).toEqual([expect.objectContaining({ column: 'city1', chosenCityId: SPRINGFIELD_IL })]);
    expect(ambiguous!.reason).toMatch(/^city1: "Springfield" is ambiguous: \d+ places of the name in US, none clearly meant \(Springfield \(gn:4409896, US-MO/);
    expect(ambiguous!.candidates).toEqual([
      {
        column: 'city1',
        chosenCityId: null,
        cities: expect.arrayContaining([
          expect.objectContaining({ cityId: SPRINGFIELD_IL, name: 'Springfield', regionCode: 'IL', population: expect.any(Number) }),
          expect.objectContaining({ cityId: 'gn:4409896', regionCode: 'MO' }),
        ]),
      },
    ]);
    expect(noted!.reason).toMatch(/^city1: "Halle" chosen among \d+ places of the name: Halle \(Saale\) \(gn:2911522, DE-14, pop\. \d+\)/);
    expect(noted!.candidates).toEqual([expect.objectContaining({ column: 'city1', chosenCityId: HALLE_SAALE })]);
    expect(unmatched!.reason).toMatch(/^city1: no city named "Nowhereville" in FR/);
    // The narrower lists of the report.
    expect((await platform.reportOf(done.id, '&only=ambiguous')).map((row) => row.rowNumber)).toEqual([4]);
    expect((await platform.reportOf(done.id, '&only=noted')).map((row) => row.rowNumber)).toEqual([3, 5]);
    expect((await platform.reportOf(done.id, '&kind=unmatched')).map((row) => row.rowNumber)).toEqual([4, 6]);
  });

  it('reads the optional columns: kind, year started, member program (or notes it is not found) and notes', async () => {
    await platform.db.memberProgram.create({ data: { id: '0190a000-0000-7000-8000-0000000000a1', name: 'Lund Twinning Society', cityId: 'gn:2693678' } });
    const file = [
      'Town;Country;Partner;Partner country;Type;Since;Program;Remarks',
      'Lund;Sweden;Saint-Étienne;France;friendship;1994;Lund twinning society;Signed in the town hall',
      'Göteborg;Sweden;Saint-Étienne;France;sister;;Gothenburg Friends;',
    ].join('\n');
    const query =
      '?memberCity=Town&memberCountry=Country&partnerCity=Partner&partnerCountry=Partner%20country&kind=Type&startYear=Since&memberProgram=Program&notes=Remarks';
    const done = await platform.importFile(file, query);
    expect(done).toMatchObject({ status: 'completed', createdCount: 2, unmatchedCount: 0 });
    const lund = await platform.pairOf('gn:2693678', 'gn:2980291');
    expect(lund).toMatchObject({ kind: 'friendship_city', memberProgramId: '0190a000-0000-7000-8000-0000000000a1', memberCityId: 'gn:2693678' });
    expect(lund!.startDate?.toISOString().slice(0, 10)).toBe('1994-01-01');
    expect(lund!.history[0]!.details).toMatchObject({ importId: done.id, notes: 'Signed in the town hall' });
    const goteborg = await platform.pairOf(GOTEBORG, 'gn:2980291');
    expect(goteborg).toMatchObject({ kind: 'sister_city', memberProgramId: null, startDate: null });
    const report = await platform.reportOf(done.id);
    expect(report).toEqual([
      expect.objectContaining({ rowNumber: 3, kind: 'noted', reason: expect.stringMatching(/^memberProgram: no member program named "Gothenburg Friends" of Göteborg/) }),
    ]);
  });

  it('previews an import without writing anything, and committing the file then does what the preview said', async () => {
    const rows = [
      'Malmö,Sweden,Saint-Étienne,France',
      'Saint-Étienne,France,Malmö,Sweden',
      'Springfield,United States,Göteborg,Sweden',
      'Halle,Germany,Göteborg,Sweden',
      'Atlantis City,Atlantis,Lyon,France',
      // Already imported by the first test: unchanged.
      'Malmö,Sweden,Göteborg,Sweden',
    ];
    const file = [NAME_HEADER, ...rows].join('\n');
    const before = await platform.counts();
    const preview = await platform.importFile(file, '?dryRun=true&addMissingCities=true');
    expect(preview).toMatchObject({ status: 'completed', dryRun: true, totalRows: 6, createdCount: 2, unchangedCount: 2, unmatchedCount: 2, ambiguousCount: 1 });
    expect(await platform.counts()).toEqual(before);
    const previewReport = await platform.reportOf(preview.id);

    const committed = await platform.importFile(file, '?addMissingCities=true');
    const counted = (view: ImportView) => ({
      totalRows: view.totalRows,
      createdCount: view.createdCount,
      unchangedCount: view.unchangedCount,
      unmatchedCount: view.unmatchedCount,
      ambiguousCount: view.ambiguousCount,
      citiesAddedCount: view.citiesAddedCount,
    });
    expect(counted(committed)).toEqual(counted(preview));
    expect(committed.dryRun).toBe(false);
    expect(await platform.reportOf(committed.id)).toEqual(previewReport);
    const after = await platform.counts();
    expect(after.partnerships - before.partnerships).toBe(committed.createdCount);
  });

  it('reads semicolon and tab separated files, a BOM, and Latin-1 (Windows-1252) text', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(`${NAME_HEADER}\nMalmö,Sweden,Bordeaux,France`, 'utf8')]);
    const semicolons = `city1;country1;city2;country2\nMalmö;Sweden;Nantes;France`;
    const tabs = `city1\tcountry1\tcity2\tcountry2\nMalmö\tSweden\tRennes\tFrance`;
    const latin1 = Buffer.from(`city1;country1;city2;country2\nMalmö;Sweden;Besançon;France`, 'latin1');
    expect(latin1.includes(Buffer.from('ö', 'utf8'))).toBe(false);
    for (const [file, partner] of [
      [bom, 'Bordeaux'],
      [semicolons, 'Nantes'],
      [tabs, 'Rennes'],
      [latin1, 'Besançon'],
    ] as const) {
      const done = await platform.importFile(file);
      expect({ partner, done }).toMatchObject({ partner, done: { status: 'completed', createdCount: 1, unmatchedCount: 0 } });
      const created = await platform.db.partnership.findFirst({
        where: { OR: [{ memberCityId: MALMO }, { partnerCityId: MALMO }], partnerCity: { name: partner } },
        include: { memberCity: true, partnerCity: true },
      });
      expect(created?.memberCity.name).toBe('Malmö');
    }
  });

  it('imports a Latin-1 CSV and an .xlsx workbook of a few hundred rows of the real list alike', async () => {
    if (!existsSync(REAL_FILE)) throw new Error(`The real list is missing: ${REAL_FILE}`);
    const latin1Rows = realRowsWithoutCoordinates()
      .filter((row) => Object.values(row).every((value) => [...value].every((char) => char.charCodeAt(0) <= 0xff)) && Object.values(row).some((value) => /[\u00c0-\u00ff]/.test(value)))
      .slice(0, 300);
    expect(latin1Rows.length).toBe(300);
    const latin1 = await platform.importFile(Buffer.from(csvOf(latin1Rows, ';'), 'latin1'), '?fileName=list-latin1.csv');
    expect(latin1).toMatchObject({ status: 'completed', totalRows: 300 });
    const loaded = latin1.createdCount + latin1.unchangedCount;

    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Partnerships');
    sheet.addRow(['city1', 'country1', 'city2', 'country2']);
    for (const row of latin1Rows) sheet.addRow([row['city1'], row['country1'], row['city2'], row['country2']]);
    workbook.addWorksheet('Notes').addRow(['not read']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromWorkbook = await platform.importFile(xlsx, '?fileName=list.xlsx', XLSX);
    // The same rows read alike: every loaded row is now already there.
    expect(fromWorkbook).toMatchObject({ status: 'completed', totalRows: 300, createdCount: 0, unchangedCount: loaded, unmatchedCount: latin1.unmatchedCount });
    console.log(`Latin-1 CSV and .xlsx of 300 rows of the real list: ${loaded} loaded, ${latin1.unmatchedCount} reported (${latin1.ambiguousCount} ambiguous)`);
  });

  it('refuses a file that is neither CSV text nor a workbook, naming what was expected', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    for (const contentType of ['text/csv', XLSX]) {
      const refused = await platform.upload(png, '', contentType);
      expect({ status: refused.status, code: refused.body.code, detail: refused.body.detail }).toEqual({
        status: 400,
        code: 'IMPORT.UNSUPPORTED_FILE',
        detail: expect.stringContaining('expected CSV text (separated by commas, semicolons or tabs'),
      });
    }
    const garbageZip = await platform.upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), '', XLSX);
    expect({ status: garbageZip.status, code: garbageZip.body.code }).toEqual({ status: 400, code: 'IMPORT.UNSUPPORTED_FILE' });
    const otherType = await platform.upload(png, '', 'image/png');
    expect(otherType.status).toBe(415);
    const empty = await platform.upload(new Uint8Array(), '', XLSX);
    expect({ status: empty.status, fields: empty.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, fields: ['body'] });
  });

  it('documents both media types and the new options in the OpenAPI document', async () => {
    const response = await platform.gateway.request('GET', '/docs/openapi.json');
    const operation = response.body.paths['/v1/partnerships/imports'].post;
    expect(Object.keys(operation.requestBody.content)).toEqual(['text/csv', XLSX]);
    expect(operation.requestBody.content[XLSX].schema).toMatchObject({ type: 'string', format: 'binary' });
    const names = operation.parameters.map((parameter: { name: string }) => parameter.name);
    expect(names).toEqual(expect.arrayContaining(['dryRun', 'memberRegion', 'partnerRegion', 'memberProgram', 'notes']));
    expect(JSON.stringify(operation.responses)).toContain('IMPORT.UNSUPPORTED_FILE');
  });
});

// The measure of issue #14 on the real list: its rows without coordinates, imported through
// the gateway, against the coordinate match of the same rows (the reference). About 75 s on
// the 2-core machine, so it runs with the other tests; IMPORT_COMPARISON=0 skips it.
const comparison = process.env['IMPORT_COMPARISON'] === '0' ? describe.skip : describe;

comparison('the real list without coordinates, compared with the coordinate match', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;

  beforeAll(async () => {
    platform = await startPlatform();
  }, 120_000);
  afterAll(() => platform?.stop());

  it('loads ≥ 90 % of the rows the coordinate match loads, ≤ 1 % of them on another city', async () => {
    const file = readFileSync(REAL_FILE, 'utf8');
    const { rows } = readCsvRows(file);
    // The reference and the name match of each row, by the service's own reader over the service's gazetteer.
    const cities = await platform.db.$queryRawUnsafe<GazetteerCity[]>(
      `SELECT id, name, alt_names AS "altNames", country_code AS "countryCode", region_code AS "regionCode", latitude, longitude, population, source FROM cities`,
    );
    const matcher = new CityMatcher(cities);
    const columns = importColumnsSchema.parse({});
    const reference = new RowMatcher(columns, new CountryResolver(), matcher);
    const byName = new RowMatcher(columns, new CountryResolver(), matcher, { member: false, partner: false });
    let referenceLoaded = 0;
    let loaded = 0;
    let different = 0;
    let loadedOnlyByName = 0;
    for (const { record } of rows) {
      const a = reference.decide(record);
      const b = byName.decide(record);
      if (a.kind === 'pair') referenceLoaded++;
      if (b.kind !== 'pair') continue;
      loaded++;
      if (a.kind !== 'pair') loadedOnlyByName++;
      else if (a.key !== b.key) different++;
    }

    const started = Date.now();
    const done = await platform.importFile(csvOf(realRowsWithoutCoordinates()), '?fileName=twin_cities-without-coordinates.csv');
    const seconds = (Date.now() - started) / 1000;
    expect(done).toMatchObject({ status: 'completed', totalRows: rows.length });
    const imported = done.createdCount + done.unchangedCount;
    expect(imported).toBe(loaded);
    const figures = {
      rows: rows.length,
      loadedWithCoordinates: referenceLoaded,
      loadedByName: imported,
      share: `${((100 * imported) / referenceLoaded).toFixed(1)} %`,
      onAnotherCity: different,
      onAnotherCityShare: `${((100 * different) / imported).toFixed(2)} %`,
      loadedOnlyByName,
      unmatched: done.unmatchedCount,
      ambiguous: done.ambiguousCount,
      noted: (await platform.reportOf(done.id, '&only=noted')).length,
      importSeconds: seconds,
    };
    console.log(`Issue #14 measure, ../shared/data/twin_cities.csv without coordinates: ${JSON.stringify(figures, null, 2)}`);
    expect(imported).toBeGreaterThanOrEqual(0.9 * referenceLoaded);
    expect(different).toBeLessThanOrEqual(0.01 * imported);
  }, 600_000);
});
