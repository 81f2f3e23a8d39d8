import { directorySearchRequestSchema } from '@scn/contracts';
import type { DirectoryEntryRow } from '../../infra/directory-entry.row';
import type { SqlQuery, SqlRunner } from '../../infra/sql-query';
import { searchDirectory, SORT_IN_MEMORY_UP_TO } from './search-directory';

const row = (id: string): DirectoryEntryRow & { total: number } => ({
  id,
  kind: 'sister_city',
  status: 'active',
  start_date: null,
  focus_areas: ['arts-culture', 'not-a-category'],
  m_id: 'gn:1',
  m_name: 'München',
  m_cc: 'DE',
  m_rc: '02',
  p_id: 'gn:2',
  p_name: 'Bordeaux',
  p_cc: 'FR',
  p_rc: null,
  mp_id: null,
  mp_name: null,
  total: 3,
});

/** A runner answering each query from `answer` and recording what was asked. */
function fakeRunner(answer: (query: SqlQuery) => unknown[]) {
  const asked: SqlQuery[] = [];
  const run = (async (query: SqlQuery) => {
    asked.push(query);
    return answer(query);
  }) as SqlRunner;
  return { run, asked };
}

const request = (raw: Record<string, unknown>) => directorySearchRequestSchema.parse(raw);

describe(searchDirectory.name, () => {
  it('drives a search with a city condition from the cities, in one query carrying the total', async () => {
    const { run, asked } = fakeRunner(() => [row('a'), row('b')]);
    const page = await searchDirectory(run, request({ q: 'munchen', pageSize: 2 }));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toContain('UNION ALL');
    expect(page).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page.items[0]).toEqual({
      id: 'a',
      kind: 'sister_city',
      status: 'active',
      startDate: null,
      memberCity: { id: 'gn:1', name: 'München', countryCode: 'DE', regionCode: '02' },
      partnerCity: { id: 'gn:2', name: 'Bordeaux', countryCode: 'FR', regionCode: null },
      memberProgram: null,
      focusAreas: ['arts-culture'],
    });
  });

  it('counts apart when a driven page lies past the end', async () => {
    const { run, asked } = fakeRunner((query) => (query.text.includes('count(*)::int AS total FROM hits') && !query.text.includes('page') ? [{ total: 7 }] : []));
    const page = await searchDirectory(run, request({ country: 'DE', page: 9 }));
    expect(asked).toHaveLength(2);
    expect(page).toMatchObject({ items: [], total: 7 });
  });

  it('sorts a small set without city condition in memory, and walks a large one', async () => {
    for (const [total, shape] of [
      [SORT_IN_MEMORY_UP_TO, 'MATERIALIZED'],
      [SORT_IN_MEMORY_UP_TO + 1, 'JOIN cities mc'],
    ] as const) {
      const { run, asked } = fakeRunner((query) => (query.text.startsWith('SELECT count') ? [{ total }] : [row('a')]));
      const page = await searchDirectory(run, request({ kind: 'other' }));
      expect(asked).toHaveLength(2);
      expect(asked[1]!.text).toContain(shape);
      expect(page.total).toBe(total);
    }
  });

  it('walks a date order through the dated partnerships, then the undated ones by city', async () => {
    const { run, asked } = fakeRunner((query) => (query.text.startsWith('SELECT count') ? [{ total: 5_000, dated: 30 }] : [row('a')]));
    await searchDirectory(run, request({ sort: '-startDate', page: 2, pageSize: 20 }));
    // Rows 21-40: the last 10 dated ones, then the first 19 undated ones (the fake answers one row each time).
    expect(asked).toHaveLength(3);
    expect(asked[1]!.text).toContain('WHERE hits.start_date IS NOT NULL ORDER BY hits.start_date DESC NULLS LAST');
    expect(asked[1]!.values.slice(-2)).toEqual([10, 20]);
    expect(asked[2]!.text).toContain('WHERE hits.start_date IS NULL ORDER BY hits.m_sort ASC');
    expect(asked[2]!.values.slice(-2)).toEqual([19, 0]);
  });

  it('asks no page when nothing matches or the page lies past the end', async () => {
    const { run, asked } = fakeRunner(() => [{ total: 30 }]);
    expect(await searchDirectory(run, request({ page: 3, pageSize: 15 }))).toMatchObject({ items: [], total: 30 });
    expect(asked).toHaveLength(1);
    const none = fakeRunner(() => []);
    expect(await searchDirectory(none.run, request({ year: 1990, until: 1980 }))).toMatchObject({ items: [], total: 0 });
    expect(none.asked).toHaveLength(0);
  });
});
