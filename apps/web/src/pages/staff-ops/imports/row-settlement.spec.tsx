import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { ReportedRow } from './imports-queries';
import { RowSettlement } from './row-settlement';

// The settlement of one reported row: what it sends for each choice, and how it shows the
// API's refusal.

const IMPORT_ID = '01a2484c-75eb-7758-8c4e-fb8e945bcf17';
const candidate = (cityId: string, regionCode: string, population: number) => ({ cityId, name: 'Springfield', countryCode: 'US', regionCode, population });

const ambiguousRow: ReportedRow = {
  rowNumber: 2,
  kind: 'unmatched',
  ambiguous: true,
  candidates: [{ column: 'city1', chosenCityId: null, cities: [candidate('gn:4409896', 'MO', 166810), candidate('gn:4250542', 'IL', 116565)] }],
  reason: 'city1: "Springfield" is ambiguous',
  addedCityIds: [],
  row: { city1: 'Springfield', country1: 'United States', city2: 'Malmö', country2: 'Sweden' },
  settlement: { state: 'open', by: null, at: null, memberCityId: null, partnerCityId: null, partnershipId: null, created: null, addedCityIds: [], reason: null, corrections: [] },
};

// The API client at its boundary: each POST is recorded and answered as the test says
// (jsdom has no fetch Request to run the real client on). `unwrap` stays the real one.
const sent: Array<{ path: string; params: unknown; body: unknown }> = [];
let answer: () => { data?: unknown; error?: unknown; response: { ok: boolean; status: number; statusText: string } };
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: {
    POST: async (path: string, init: { params: unknown; body: unknown }) => {
      sent.push({ path, params: init.params, body: init.body });
      return answer();
    },
  },
}));

beforeEach(() => {
  sent.length = 0;
  answer = () => ({ data: { ...ambiguousRow, settlement: { ...ambiguousRow.settlement, state: 'loaded' } }, response: { ok: true, status: 200, statusText: 'OK' } });
});

function renderRow(row: ReportedRow) {
  return renderWithProviders(<RowSettlement importId={IMPORT_ID} row={row} />);
}

describe('settling a reported row', () => {
  it('loads an ambiguous row on the candidate chosen, and not before one is', async () => {
    renderRow(ambiguousRow);
    const load = screen.getByRole('button', { name: 'Load row 2' });
    expect(load).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('radio', { name: /^Springfield \(IL, United States\)/ }));
    await userEvent.click(load);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: '/v1/partnerships/imports/{importId}/rows/{rowNumber}/resolution',
      params: { path: { importId: IMPORT_ID, rowNumber: 2 } },
      body: { action: 'load', sides: [{ action: 'choose', side: 'member', cityId: 'gn:4250542' }] },
    });
  });

  it('adds a city instead, and shows the API’s refusal on the field it names', async () => {
    answer = () => ({
      response: { ok: false, status: 400, statusText: 'Bad Request' },
      error: {
        type: 'urn:scn:problem:request.invalid',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        code: 'REQUEST.INVALID',
        correlationId: 'corr-1',
        errors: [{ field: 'body.sides.0.city.latitude', rule: 'too_big', message: 'must be at most 90' }],
      },
    });
    renderRow(ambiguousRow);
    await userEvent.click(screen.getByRole('radio', { name: 'None of these: add the city to the gazetteer' }));
    await userEvent.type(screen.getByLabelText('City name'), 'Springfield');
    await userEvent.type(screen.getByLabelText('Country code (two letters)'), 'us');
    await userEvent.type(screen.getByLabelText('Latitude'), '139.8');
    await userEvent.type(screen.getByLabelText('Longitude'), '-89.6');
    await userEvent.click(screen.getByRole('button', { name: 'Load row 2' }));
    expect(await screen.findByText('must be at most 90')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Reference: corr-1');
    expect(sent[0]?.body).toEqual({
      action: 'load',
      sides: [{ action: 'add-city', side: 'member', city: { name: 'Springfield', countryCode: 'US', latitude: 139.8, longitude: -89.6 } }],
    });
  });

  it('dismisses a row with the reason given', async () => {
    renderRow({ ...ambiguousRow, candidates: undefined });
    expect(screen.getByRole('button', { name: 'Dismiss row 2' })).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByLabelText('Reason to dismiss'), '  Closed in 1990 ');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss row 2' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({ action: 'dismiss', reason: 'Closed in 1990' });
  });
});
