/**
 * What a receiver's HTTP status means for the delivery:
 * - `delivered`: 2xx;
 * - `retry`: 408, 429 and 5xx — the receiver is busy or broken for now;
 * - `gone`: 410 — the receiver says the endpoint no longer exists: stop sending to it;
 * - `redirect`: 3xx — redirects are not followed (the destination was checked, its
 *   target was not), so the URL must be fixed;
 * - `reject`: any other status (4xx above all): the receiver refuses this message and
 *   sending it again would not help.
 */
export type ResponseClass = 'delivered' | 'retry' | 'gone' | 'redirect' | 'reject';

export function classifyResponse(status: number): ResponseClass {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429 || (status >= 500 && status < 600)) return 'retry';
  if (status === 410) return 'gone';
  if (status >= 300 && status < 400) return 'redirect';
  return 'reject';
}
