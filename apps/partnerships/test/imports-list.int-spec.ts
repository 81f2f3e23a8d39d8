import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { finishImport, IMPORTS, stopImportPlatform } from './import-client';

// The list of imports (issue #15): every import staff started, previews too, newest first by
// the API's cursor, each with its counts, who started it and the column mapping it was
// started with — which an import's own answer carries too, so the console names a reported
// row's sides by the columns the file had.

const DEFAULT_COLUMNS = {
  memberCity: 'city1',
  memberCountry: 'country1',
  memberLat: 'lat1',
  memberLng: 'lng1',
  partnerCity: 'city2',
  partnerCountry: 'country2',
  partnerLat: 'lat2',
  partnerLng: 'lng2',
};

describe('the list of imports', () => {
  let gateway: GatewayUnderTest;
  let token: string;
  let staff: { accountId: string; email: string };
  let preview: { id: string };
  let imported: { id: string };

  const upload = async (csv: string, query: string) => {
    const started = await gateway.request('POST', `${IMPORTS}${query}`, { token, body: csv, headers: { 'content-type': 'text/csv' } });
    expect(started.status).toBe(202);
    return finishImport(gateway, token, started.body.id);
  };

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withPartnerships: true });
    const login = await gateway.login();
    token = login.accessToken;
    staff = login.caller;
    // A file with columns of its own, previewed (nothing written)…
    preview = await upload(
      ['Town,Country,Twin,Twin country', 'Berat,Albania,Amasya,Turkey', 'Lyon,Atlantis,Berat,Albania'].join('\n'),
      '?fileName=own-columns.csv&dryRun=true&memberCity=Town&memberCountry=Country&partnerCity=Twin&partnerCountry=Twin%20country',
    );
    // …then one with the default columns, imported.
    imported = await upload(
      ['city1,country1,lat1,lng1,city2,country2,lat2,lng2', 'Paris,France,48.8566,2.3522,Rome,Italy,41.9028,12.4964'].join('\n'),
      '?fileName=twins.csv',
    );
  }, 240_000);
  afterAll(() => stopImportPlatform(gateway));

  it('lists the imports newest first, a page at a time, with their counts and who started them', async () => {
    const first = await gateway.request('GET', `${IMPORTS}?limit=1`, { token });
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({
        id: imported.id,
        fileName: 'twins.csv',
        status: 'completed',
        dryRun: false,
        totalRows: 1,
        createdCount: 1,
        unchangedCount: 0,
        unmatchedCount: 0,
        createdBy: staff.accountId,
        createdByEmail: staff.email,
        columns: DEFAULT_COLUMNS,
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
      }),
    ]);
    expect(first.body.nextCursor).toEqual(expect.any(String));

    const second = await gateway.request('GET', `${IMPORTS}?limit=1&cursor=${first.body.nextCursor}`, { token });
    expect(second.status).toBe(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ id: preview.id, fileName: 'own-columns.csv', dryRun: true, createdCount: 1, unmatchedCount: 1 })],
      nextCursor: null,
    });

    // The default page holds both, the newest first.
    const all = await gateway.request('GET', IMPORTS, { token });
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([imported.id, preview.id]);
  });

  it("carries the column mapping in the import's own answer: the file's columns, the defaults for the fields left out", async () => {
    const answer = await gateway.request('GET', `${IMPORTS}/${preview.id}`, { token });
    expect(answer.status).toBe(200);
    expect(answer.body.columns).toEqual({ ...DEFAULT_COLUMNS, memberCity: 'Town', memberCountry: 'Country', partnerCity: 'Twin', partnerCountry: 'Twin country' });
    // The report names a side by that column: the member side's row is reported under `Town`.
    const report = await gateway.request('GET', `${IMPORTS}/${preview.id}/problems`, { token });
    expect(report.body.items).toEqual([expect.objectContaining({ rowNumber: 3, reason: expect.stringMatching(/^Town: /) })]);
  });

  it('refuses a cursor it did not give out, naming the parameter', async () => {
    const response = await gateway.request('GET', `${IMPORTS}?cursor=not-a-cursor`, { token });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: expect.stringMatching(/cursor$/) })]);
  });

  it('is staff-only: a program admin is refused', async () => {
    const admin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: ['0190a000-0000-7000-8000-000000000001'] }]);
    expect((await gateway.request('GET', IMPORTS, { token: admin })).status).toBe(403);
  });
});
