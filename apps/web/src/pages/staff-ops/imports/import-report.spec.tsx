import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ImportReport } from './import-report';
import type { PartnershipImport, ReportedRow } from './imports-queries';

// The report of a finished import, a page of 100 rows at a time by the API's cursor.

const IMPORT_ID = '01a2484c-75eb-7758-8c4e-fb8e945bcf17';
const job: PartnershipImport = {
  id: IMPORT_ID,
  status: 'completed',
  fileName: 'twins.csv',
  fileHash: 'abc',
  totalRows: 400,
  processedRows: 400,
  createdCount: 299,
  unchangedCount: 0,
  unmatchedCount: 101,
  addMissingCities: false,
  citiesAddedCount: 0,
  dryRun: true,
  ambiguousCount: 0,
  error: null,
  createdBy: null,
  createdByEmail: null,
  columns: null,
  startedAt: '2026-12-05T10:00:00.000Z',
  finishedAt: '2026-12-05T10:00:09.000Z',
};
const reported = (rowNumber: number): ReportedRow => ({
  rowNumber,
  kind: 'unmatched',
  reason: `city1: "Nowhere ${rowNumber}" is not in the gazetteer`,
  addedCityIds: [],
  row: { city1: `Nowhere ${rowNumber}`, country1: 'US', city2: 'Lyon', country2: 'FR' },
  settlement: { state: 'open', by: null, at: null, memberCityId: null, partnerCityId: null, partnershipId: null, created: null, addedCityIds: [], reason: null, corrections: [] },
});

const asked: unknown[] = [];
/** Rows the API answers instead of the 101 of the paging test. */
let answerRows: ReportedRow[] | null = null;
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: {
    GET: async (_path: string, init: { params: { query: { cursor?: string } } }) => {
      if (answerRows) return { data: { items: answerRows, nextCursor: null }, response: { ok: true, status: 200, statusText: 'OK' } };
      asked.push(init.params.query);
      const first = init.params.query.cursor === undefined;
      const rows = first ? Array.from({ length: 100 }, (_, index) => reported(index + 2)) : [reported(102)];
      return { data: { items: rows, nextCursor: first ? 'after-101' : null }, response: { ok: true, status: 200, statusText: 'OK' } };
    },
  },
}));

describe("an import's report past its first 100 rows", () => {
  it('adds the next page by the cursor until there is none', async () => {
    renderWithProviders(<ImportReport job={job} />);
    expect(await screen.findByText('city1: "Nowhere 101" is not in the gazetteer')).toBeTruthy();
    expect(screen.queryByText('city1: "Nowhere 102" is not in the gazetteer')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'More rows (100 shown)' }));
    expect(await screen.findByText('city1: "Nowhere 102" is not in the gazetteer')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /More rows/ })).toBeNull());
    expect(asked).toEqual([{ limit: 100 }, { limit: 100, cursor: 'after-101' }]);
  });
});

describe("an import's report names a row's sides by the columns the API says it was mapped with", () => {
  it("offers the member city's candidates for the file's member column, where the default columns would say partner", async () => {
    const own = { memberCity: 'Town', memberCountry: 'Country', memberLat: 'lat1', memberLng: 'lng1', partnerCity: 'Twin', partnerCountry: 'Twin country', partnerLat: 'lat2', partnerLng: 'lng2' };
    const springfield = (cityId: string, regionCode: string) => ({ cityId, name: 'Springfield', countryCode: 'US', regionCode, population: 100_000 });
    const row: ReportedRow = {
      ...reported(2),
      ambiguous: true,
      reason: 'Town: "Springfield" is ambiguous',
      candidates: [{ column: 'Town', chosenCityId: null, cities: [springfield('gn:4409896', 'MO'), springfield('gn:4250542', 'IL')] }],
      row: { Town: 'Springfield', Country: 'United States', Twin: 'Malmö', 'Twin country': 'Sweden' },
    };
    answerRows = [row];
    renderWithProviders(<ImportReport job={{ ...job, id: '01a2484c-75eb-7758-8c4e-fb8e945bcf18', dryRun: false, columns: own }} />);
    expect(await screen.findByRole('radiogroup', { name: 'Which “Springfield” is the member city?' })).toBeTruthy();
  });
});
