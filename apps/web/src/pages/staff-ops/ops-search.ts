import * as z from 'zod/mini';

// What the operations pages keep in the URL, so a filtered view can be bookmarked, shared
// and walked back with the browser's buttons. A hand-edited parameter that does not fit
// is dropped rather than refused: the page then shows the unfiltered list.

const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const text = (max: number) => lenient(z.string().check(z.minLength(1), z.maxLength(max)));
const uuid = lenient(z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)));
/** A calendar day as `<input type="date">` writes it: the viewer's own day, turned into instants for the API. */
const day = lenient(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
/** The API's opaque page cursor. */
const cursor = text(500);

export const NOTIFICATION_CHANNELS = ['email', 'webhook', 'inbox'] as const;
export const NOTIFICATION_STATUSES = ['queued', 'sent', 'delivered', 'failed', 'filtered', 'cancelled'] as const;
export const AUDITED_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const AUDIT_OUTCOMES = ['success', 'denied', 'rejected', 'failed'] as const;

/** `/staff/imports?importId=…`: the import shown (a preview, or one that ran). */
export const importsSearchSchema = z.object({ importId: uuid });
export type ImportsSearch = z.infer<typeof importsSearchSchema>;

/** `/staff/deliveries?status=failed&channel=email&recipientEmail=…`. */
export const deliveriesSearchSchema = z.object({
  status: lenient(z.enum(NOTIFICATION_STATUSES)),
  channel: lenient(z.enum(NOTIFICATION_CHANNELS)),
  type: text(100),
  recipientEmail: text(254),
  cursor,
});
export type DeliveriesSearch = z.infer<typeof deliveriesSearchSchema>;

/** `/staff/audit?actorId=…&route=/v1/announcements&from=2026-12-01`. */
export const auditSearchSchema = z.object({
  actorId: uuid,
  route: text(300),
  targetId: text(200),
  method: lenient(z.enum(AUDITED_METHODS)),
  outcome: lenient(z.enum(AUDIT_OUTCOMES)),
  from: day,
  to: day,
  cursor,
});
export type AuditSearch = z.infer<typeof auditSearchSchema>;

/** `/staff/dead-letters?fromSequence=40`: dead letters are paged by their stream sequence. */
export const deadLettersSearchSchema = z.object({
  fromSequence: lenient(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER))),
});
export type DeadLettersSearch = z.infer<typeof deadLettersSearchSchema>;

/**
 * The next URL state after a filter changed: back to the first page (a cursor belongs to
 * the result it was issued for), and an emptied field left out of the URL.
 */
export function withFilter<S extends { cursor?: string | undefined }, K extends Exclude<keyof S, 'cursor'>>(search: S, key: K, value: S[K] | '' | null): S {
  return { ...search, [key]: value === '' || value === null ? undefined : value, cursor: undefined };
}

/**
 * The instants of a range of calendar days in the viewer's time zone: from the start of
 * `from` to the end of `to` (the API's `to` is exclusive, so the day after's midnight).
 */
export function dayRangeToInstants(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (from) range.from = localMidnight(from, 0).toISOString();
  if (to) range.to = localMidnight(to, 1).toISOString();
  return range;
}

function localMidnight(isoDay: string, plusDays: number): Date {
  const [year, month, date] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays);
}
