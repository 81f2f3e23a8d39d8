import { textViolation } from '@scn/contracts';
import { ValidationError } from '@scn/platform';

/** Position in the list (ordered by name, then id): the last item of the previous page. */
export interface ListPosition {
  name: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque cursor: clients pass it back, never build it. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.name, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): ListPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      typeof decoded[0] === 'string' &&
      typeof decoded[1] === 'string' &&
      // The name goes into a query: text PostgreSQL takes, or no cursor of this list.
      !textViolation(decoded[0], true) &&
      UUID.test(decoded[1])
    ) {
      return { name: decoded[0], id: decoded[1] };
    }
  } catch {
    // reported below
  }
  throw new ValidationError([
    {
      field: 'query.cursor',
      rule: 'invalid_cursor',
      message: 'is not a cursor of this list',
    },
  ]);
}
