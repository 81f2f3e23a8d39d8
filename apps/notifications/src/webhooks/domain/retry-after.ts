/**
 * The delay a receiver asked for in `Retry-After` (RFC 9110: whole seconds, or an HTTP
 * date), in milliseconds, capped at `maxMs` so one receiver cannot park a notification
 * for weeks. A date in the past means "now" (0). Undefined when absent or unreadable:
 * the worker's own back-off applies then.
 */
export function parseRetryAfter(header: string | null | undefined, now: Date, maxMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  let delayMs: number;
  if (/^\d+$/.test(value)) {
    delayMs = Number(value) * 1000;
  } else {
    // Only the HTTP date forms: Date.parse alone would read "5" or "soon-ish" as dates.
    if (!/^[A-Za-z]{3,9},? /.test(value)) return undefined;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return undefined;
    delayMs = at - now.getTime();
  }
  return Math.min(Math.max(0, delayMs), maxMs);
}
