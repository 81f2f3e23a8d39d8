/** Why a webhook URL may not be called. */
export type DestinationVerdict =
  | { ok: true }
  /** The URL breaks a rule (scheme, credentials): fix the URL. */
  | { ok: false; kind: 'invalid-url'; message: string }
  /** The host resolves to an address webhooks are never sent to. */
  | { ok: false; kind: 'address-refused'; message: string }
  /** The host does not resolve (now: DNS may answer later). */
  | { ok: false; kind: 'unresolvable'; message: string };
