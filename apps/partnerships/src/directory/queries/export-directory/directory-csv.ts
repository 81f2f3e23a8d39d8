import { stringify } from 'csv-stringify/sync';
import type { DirectoryEntryRow } from '../../infra/directory-entry.row';

/** Columns of the exported CSV: heading and value. */
const COLUMNS: Array<[string, (row: DirectoryEntryRow) => string]> = [
  ['id', (row) => row.id],
  ['member city', (row) => row.m_name],
  ['member country', (row) => row.m_cc],
  ['member region', (row) => row.m_rc ?? ''],
  ['partner city', (row) => row.p_name],
  ['partner country', (row) => row.p_cc],
  ['partner region', (row) => row.p_rc ?? ''],
  ['kind', (row) => row.kind],
  ['status', (row) => row.status],
  ['start date', (row) => row.start_date ?? ''],
  ['member program', (row) => row.mp_name ?? ''],
];

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab / carriage return) as a
 * formula: names staff or programs typed are neutralized with a leading apostrophe.
 */
const neutralized = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export const csvHeader = (): string => stringify([COLUMNS.map(([heading]) => heading)], { record_delimiter: 'unix' });

export const csvLine = (row: DirectoryEntryRow): string =>
  stringify([COLUMNS.map(([, value]) => neutralized(value(row)))], { record_delimiter: 'unix' });

/**
 * As many of `rows` as fit in `budgetBytes` once the CSV is embedded in the JSON reply
 * (escaping included), at least one. Returns the text and how many rows it holds.
 */
export function csvWithin<R extends DirectoryEntryRow>(prefix: string, rows: R[], budgetBytes: number): { csv: string; count: number } {
  let csv = prefix;
  let size = jsonSize(prefix);
  let count = 0;
  for (const row of rows) {
    const line = csvLine(row);
    const lineSize = jsonSize(line);
    if (count > 0 && size + lineSize > budgetBytes) break;
    csv += line;
    size += lineSize;
    count += 1;
  }
  return { csv, count };
}

/** Bytes of `text` inside a JSON string (without its quotes). */
const jsonSize = (text: string) => Buffer.byteLength(JSON.stringify(text)) - 2;
