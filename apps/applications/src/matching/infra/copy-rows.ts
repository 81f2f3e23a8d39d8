import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A value of a COPY row: null is SQL NULL; everything else is written as its text. */
export type CopyValue = string | number | null;

/** How many rows go into one chunk of the stream (a few hundred kilobytes). */
const ROWS_PER_CHUNK = 1_000;

/**
 * Writes rows into `table` with COPY … FROM STDIN (text format), in the client's
 * transaction: the fastest way PostgreSQL takes many rows (no statement per row, no array
 * parameters to escape and parse again), streamed so memory stays flat.
 */
export async function copyRows(client: ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  const target = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), target);
}

function* chunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += row.map(copyText).join('\t') + '\n';
    if (++count === ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (chunk) yield chunk;
}

/** A value in COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped. */
export function copyText(value: CopyValue): string {
  if (value === null) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
