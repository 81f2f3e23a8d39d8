import { textViolation } from '@scn/contracts';
import { ValidationError } from '../errors/domain-error';

/** Whether a string is a UUID (ids from grants and cursors are checked before they reach a uuid column). */
export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Opaque cursor of a keyset page: the sort key of the last item served. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key in a cursor; a cursor this list did not give out is a 400, never a failed query. */
export function decodeCursor(cursor: string, valid: (key: string[]) => boolean): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A key part goes into a query: it must be text PostgreSQL takes (no NUL, no lone surrogate) before the list's own rule.
    const text = (part: unknown): part is string => typeof part === 'string' && !textViolation(part, true);
    if (Array.isArray(key) && key.every(text) && valid(key)) return key;
  } catch {
    // reported below
  }
  throw new ValidationError([{ field: 'cursor', rule: 'invalid', message: 'is not a cursor this list gave out' }]);
}
