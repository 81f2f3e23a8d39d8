import { isStoredInstant } from '@scn/contracts';
import { ValidationError } from '@scn/platform';

/** Where a page of the audit log ends: the (at, id) of its last entry. */
export interface AuditLogPosition {
  at: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * An opaque cursor: clients pass it back untouched, so the keyset behind it (timestamp
 * and id, the order of the log) may change without breaking them.
 */
export function encodeAuditCursor(position: AuditLogPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

/** Reads a cursor back; anything not made by `encodeAuditCursor` is a 400 naming `query.cursor`. */
export function decodeAuditCursor(cursor: string): AuditLogPosition {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = at && ISO_INSTANT.test(at) && isStoredInstant(at) ? new Date(at) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !id || !UUID.test(id) || rest.length) {
    throw new ValidationError([
      { field: 'query.cursor', rule: 'invalid_cursor', message: 'is not a cursor of this list: pass back nextCursor as given' },
    ]);
  }
  return { at: date, id: id.toLowerCase() };
}
