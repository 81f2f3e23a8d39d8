import type { DirectorySort } from '@scn/contracts';
import type { SqlParams } from './sql-query';

/** A hit column the directory sorts by (see `hitColumns` in directory-hits.ts), with the cast of its cursor value. */
type KeyColumn = 'm_cc' | 'start_date' | 'm_sort' | 'm_id' | 'p_sort' | 'id';
interface SortKey {
  column: KeyColumn;
  descending: boolean;
}

const CAST: Record<KeyColumn, string> = {
  m_cc: 'bpchar',
  start_date: 'date',
  m_sort: 'text',
  m_id: 'text',
  p_sort: 'text',
  id: 'uuid',
};

// Member city name, then the partner's: a city's partners read alphabetically. Ids break ties.
const BY_CITY: SortKey[] = ['m_sort', 'm_id', 'p_sort', 'id'].map((column) => ({ column: column as KeyColumn, descending: false }));

export const SORT_KEYS: Record<DirectorySort, SortKey[]> = {
  city: BY_CITY,
  country: [{ column: 'm_cc', descending: false }, ...BY_CITY],
  startDate: [{ column: 'start_date', descending: false }, ...BY_CITY],
  '-startDate': [{ column: 'start_date', descending: true }, ...BY_CITY],
};

/** `ORDER BY` over the hit columns of `alias` (unknown start dates last either way). */
export function orderBy(sort: DirectorySort, alias: string): string {
  const terms = SORT_KEYS[sort].map(
    ({ column, descending }) => `${alias}.${column} ${descending ? 'DESC' : 'ASC'}${column === 'start_date' ? ' NULLS LAST' : ''}`,
  );
  return `ORDER BY ${terms.join(', ')}`;
}

/**
 * The sort keys as comparable, never-null expressions for keyset paging: an unknown
 * start date becomes +infinity when oldest come first, -infinity when newest do, so it
 * stays last as in `orderBy`.
 */
function keyExpression({ column, descending }: SortKey, alias: string): string {
  if (column !== 'start_date') return `${alias}.${column}`;
  return `coalesce(${alias}.start_date, '${descending ? '-infinity' : 'infinity'}'::date)`;
}

/** `ORDER BY` over the keyset expressions (same order as `orderBy`). */
export function keysetOrderBy(sort: DirectorySort, alias: string): string {
  return `ORDER BY ${SORT_KEYS[sort].map((key) => `${keyExpression(key, alias)} ${key.descending ? 'DESC' : 'ASC'}`).join(', ')}`;
}

/** The sort key values of a row, as text (what an export cursor carries). */
export function keyValuesSql(sort: DirectorySort, alias: string): string {
  return SORT_KEYS[sort].map((key, i) => `${keyExpression(key, alias)}::text AS k${i}`).join(', ');
}

/** Rows strictly after `after` (the key values of the last row sent) in the sort order. */
export function keysetAfter(sort: DirectorySort, alias: string, after: string[], params: SqlParams): string {
  const keys = SORT_KEYS[sort];
  if (after.length !== keys.length) throw new Error(`a ${sort} cursor has ${keys.length} values`);
  const values = keys.map((key, i) => params.add(after[i], CAST[key.column]));
  const terms = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((previous, j) => `${keyExpression(previous, alias)} = ${values[j]}`);
    return [...equal, `${keyExpression(key, alias)} ${key.descending ? '<' : '>'} ${values[i]}`].join(' AND ');
  });
  return `(${terms.map((term) => `(${term})`).join(' OR ')})`;
}

/** How many values a cursor of this sort carries. */
export const keyCount = (sort: DirectorySort) => SORT_KEYS[sort].length;
