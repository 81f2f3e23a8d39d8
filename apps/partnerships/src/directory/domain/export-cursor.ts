import type { DirectorySort } from '@scn/contracts';
import { z } from 'zod';
import { invalidExportCursor } from './directory.errors';

const cursorSchema = z.object({ sort: z.string(), after: z.array(z.string().max(500)).min(1).max(10) }).strict();

/** The cursor of the next export chunk: the sort order and the key values of the last row sent. */
export function encodeExportCursor(sort: DirectorySort, after: string[]): string {
  return Buffer.from(JSON.stringify({ sort, after })).toString('base64url');
}

/** The key values a cursor carries; refused unless it was made for `sort` with `keyCount` keys. */
export function decodeExportCursor(cursor: string, sort: DirectorySort, keyCount: number): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidExportCursor();
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.sort !== sort || parsed.data.after.length !== keyCount) throw invalidExportCursor();
  return parsed.data.after;
}
