import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { ReportedRow } from './imports-queries';
import { RowCorrection, RowCorrections } from './row-correction';

// Correcting the city of a loaded row: what it sends, and how it shows the API's refusal.

const IMPORT_ID = '01a2484c-75eb-7758-8c4e-fb8e945bcf17';
const candidate = (cityId: string, regionCode: string, population: number) => ({ cityId, name: 'Springfield', countryCode: 'US', regionCode, population });
const loadedRow: ReportedRow = {
  rowNumber: 2,
  kind: 'unmatched',
  ambiguous: true,
  candidates: [{ column: 'Town', chosenCityId: null, cities: [candidate('gn:4409896', 'MO', 166810), candidate('gn:4250542', 'IL', 116565)] }],
  reason: 'Town: "Springfield" is ambiguous',
  addedCityIds: [],
  row: { Town: 'Springfield', Country: 'United States', Twin: 'Malmö', 'Twin country': 'Sweden' },
  settlement: {
    state: 'loaded',
    by: 'staff-1',
    at: '2026-12-05T10:01:00.000Z',
    memberCityId: 'gn:4250542',
    partnerCityId: 'gn:2692969',
    partnershipId: '01a2484c-75eb-7758-8c4e-fb8e945bcf18',
    created: true,
    addedCityIds: [],
    reason: null,
    corrections: [],
  },
};
const COLUMNS = { member: 'Town', partner: 'Twin' };

const sent: Array<{ path: string; params: unknown; body: unknown }> = [];
let answer: () => { data?: unknown; error?: unknown; response: { ok: boolean; status: number; statusText: string } };
const CITIES: Record<string, unknown> = {
  'gn:4250542': { id: 'gn:4250542', name: 'Springfield', regionCode: 'IL', countryCode: 'US' },
  'gn:4409896': { id: 'gn:4409896', name: 'Springfield', regionCode: 'MO', countryCode: 'US' },
};
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: {
    POST: async (path: string, init: { params: unknown; body: unknown }) => {
      sent.push({ path, params: init.params, body: init.body });
      return answer();
    },
    GET: async (_path: string, init: { params: { path: { cityId: string } } }) => ({
      data: CITIES[init.params.path.cityId],
      response: { ok: true, status: 200, statusText: 'OK' },
    }),
  },
}));

beforeEach(() => {
  sent.length = 0;
  answer = () => ({ data: loadedRow, response: { ok: true, status: 200, statusText: 'OK' } });
});

describe("correcting a loaded row's city", () => {
  it("moves the side to another of its candidates, with the reason, by the mapped columns", async () => {
    renderWithProviders(<RowCorrection importId={IMPORT_ID} row={loadedRow} columns={COLUMNS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Correct a city of row 2' }));
    // Focus goes into the form; the member side (the one with candidates) is chosen.
    expect(screen.getByRole('radio', { name: 'The member city: Springfield' })).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'The member city: Springfield' }));
    // The city it is on is not offered.
    expect(screen.queryByRole('radio', { name: /Springfield \(IL/ })).toBeNull();
    const submit = screen.getByRole('button', { name: 'Move row 2 to this city' });
    expect(submit).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('radio', { name: /^Springfield \(MO, United States\)/ }));
    await userEvent.type(screen.getByLabelText('Why (optional)'), ' The Missouri twinning ');
    await userEvent.click(submit);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: '/v1/partnerships/imports/{importId}/rows/{rowNumber}/correction',
      params: { path: { importId: IMPORT_ID, rowNumber: 2 } },
      body: { side: 'member', cityId: 'gn:4409896', reason: 'The Missouri twinning' },
    });
    // Closed again, focus back on its button.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Correct a city of row 2' })));
  });

  it("shows the API's refusal as its title, with the field it names", async () => {
    answer = () => ({
      response: { ok: false, status: 409, statusText: 'Conflict' },
      error: {
        type: 'urn:scn:problem:import.pair-exists',
        title: 'Conflict',
        status: 409,
        detail: 'Springfield (MO) and Malmö already have a partnership.',
        code: 'IMPORT.PAIR_EXISTS',
        correlationId: 'corr-9',
        errors: [{ field: 'body.cityId', rule: 'pair_exists', message: 'that pair has a partnership' }],
      },
    });
    renderWithProviders(<RowCorrection importId={IMPORT_ID} row={loadedRow} columns={COLUMNS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Correct a city of row 2' }));
    await userEvent.click(screen.getByRole('radio', { name: /^Springfield \(MO, United States\)/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Move row 2 to this city' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This conflicts with the current state');
    expect(alert.textContent).toContain('already have a partnership');
    expect(screen.getByText('that pair has a partnership')).toBeTruthy();
  });

  it('lists the corrections made, naming the cities', async () => {
    renderWithProviders(
      <RowCorrections
        row={{
          ...loadedRow,
          settlement: {
            ...loadedRow.settlement,
            corrections: [{ side: 'member', fromCityId: 'gn:4250542', toCityId: 'gn:4409896', by: 'staff-1', at: '2026-12-05T10:02:00.000Z', reason: 'Missouri' }],
          },
        }}
      />,
    );
    expect(await screen.findByText('Corrected: the member city from Springfield, IL (US) to Springfield, MO (US) · Missouri')).toBeTruthy();
  });
});
