import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../api/api-types.generated';
import { renderWithProviders } from '../../testing/render-with-providers';
import { PastRuns } from './past-runs';

// The runs made before, from the API's list (newest first, by cursor): each with its season,
// status and figures; choosing one opens it.

type RunSummary = components['schemas']['MatchingRunSummary'];
const run = (id: string, over: Partial<RunSummary> = {}): RunSummary => ({
  id,
  season: 2027,
  seed: 'seed-1',
  status: 'preview',
  applicants: 3,
  placed: 2,
  placedOnFirstChoice: 1,
  placedInTopThree: 2,
  unplaced: 1,
  createdAt: '2026-12-05T10:00:00.000Z',
  committedAt: null,
  ...over,
});

const asked: unknown[] = [];
jest.mock('../../api/client', () => ({
  ...jest.requireActual('../../api/client'),
  api: {
    GET: async (path: string, init: { params: { query: { cursor?: string } } }) => {
      asked.push([path, init.params.query]);
      const first = init.params.query.cursor === undefined;
      const items = first
        ? [run('0193a1c2-0000-7000-8000-000000000002', { status: 'committed', committedAt: '2026-12-05T11:00:00.000Z', placed: 3, unplaced: 0 }), run('0193a1c2-0000-7000-8000-000000000001')]
        : [run('0193a1c2-0000-7000-8000-000000000000', { season: 2026, applicants: 0, placed: 0, unplaced: 0 })];
      return { data: { items, nextCursor: first ? 'after-1' : null }, response: { ok: true, status: 200, statusText: 'OK' } };
    },
  },
}));

describe('the matching runs made before', () => {
  it('lists each with its season, status and figures, opens the one chosen, and pages by the cursor', async () => {
    const opened: string[] = [];
    renderWithProviders(<PastRuns current="0193a1c2-0000-7000-8000-000000000001" onOpen={(id) => opened.push(id)} />);
    const committed = await screen.findByRole('button', { name: /^Season 2027 · Committed · .* · 3 applicants, 3 placed, 0 unplaced$/ });
    expect(committed.getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('button', { name: /^Season 2027 · Preview · .* · 3 applicants, 2 placed, 1 unplaced$/ }).getAttribute('aria-current')).toBe('true');
    await userEvent.click(committed);
    expect(opened).toEqual(['0193a1c2-0000-7000-8000-000000000002']);

    await userEvent.click(screen.getByRole('button', { name: 'Show more runs' }));
    expect(await screen.findByRole('button', { name: /^Season 2026 · Preview · .* · 0 applicants/ })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more runs' })).toBeNull());
    expect(asked).toEqual([
      ['/v1/manage/matching-runs', { limit: 20 }],
      ['/v1/manage/matching-runs', { limit: 20, cursor: 'after-1' }],
    ]);
  });
});
