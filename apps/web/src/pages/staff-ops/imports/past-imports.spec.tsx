import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { PartnershipImport } from './imports-queries';
import { PastImports } from './past-imports';

// The imports started before, from the API's list (newest first, by cursor): each with its
// file, who started it, its status and counts; choosing one opens it.

const job = (id: string, fileName: string, over: Partial<PartnershipImport> = {}): PartnershipImport => ({
  id,
  status: 'completed',
  fileName,
  fileHash: 'abc',
  totalRows: 4,
  processedRows: 4,
  createdCount: 2,
  unchangedCount: 1,
  unmatchedCount: 1,
  addMissingCities: false,
  citiesAddedCount: 0,
  dryRun: false,
  ambiguousCount: 0,
  error: null,
  createdBy: '0193a1c2-5f0e-7c4b-9a7e-2f1d9c3b8e11',
  createdByEmail: 'admin@scn.local',
  columns: null,
  startedAt: '2026-12-05T10:00:00.000Z',
  finishedAt: '2026-12-05T10:00:09.000Z',
  ...over,
});

const asked: unknown[] = [];
jest.mock('../../../api/client', () => ({
  ...jest.requireActual('../../../api/client'),
  api: {
    GET: async (path: string, init: { params: { query: { cursor?: string } } }) => {
      asked.push([path, init.params.query]);
      const first = init.params.query.cursor === undefined;
      const items = first ? [job('0193a1c2-0000-7000-8000-000000000002', 'twins.csv'), job('0193a1c2-0000-7000-8000-000000000001', 'twins.csv', { dryRun: true })] : [job('0193a1c2-0000-7000-8000-000000000000', 'old.csv', { createdByEmail: null, status: 'failed' })];
      return { data: { items, nextCursor: first ? 'after-1' : null }, response: { ok: true, status: 200, statusText: 'OK' } };
    },
  },
}));

describe('the imports started before', () => {
  it('lists each with who started it and its counts, opens the one chosen, and pages by the cursor', async () => {
    const opened: string[] = [];
    renderWithProviders(<PastImports current="0193a1c2-0000-7000-8000-000000000002" onOpen={(id) => opened.push(id)} />);
    const latest = await screen.findByRole('button', { name: /by admin@scn\.local · import · Completed · 2 created, 1 already present, 1 not matched/ });
    expect(latest.getAttribute('aria-current')).toBe('true');
    const preview = screen.getByRole('button', { name: /· preview · Completed/ });
    expect(preview.getAttribute('aria-current')).toBeNull();
    await userEvent.click(preview);
    expect(opened).toEqual(['0193a1c2-0000-7000-8000-000000000001']);

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('button', { name: /^old\.csv · .* · by — · import · Failed/ })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull());
    expect(asked).toEqual([
      ['/v1/partnerships/imports', { limit: 20 }],
      ['/v1/partnerships/imports', { limit: 20, cursor: 'after-1' }],
    ]);
  });
});
