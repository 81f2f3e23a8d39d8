/** A refusal's params, for a client to word it itself (`message` is English). */
type VerdictParams = Record<string, string | boolean>;

/** Why a webhook URL may not be called. */
export type DestinationVerdict =
  | { ok: true }
  /** The URL breaks a rule: fix the URL (`params.problem`: `not_url`, `scheme` with `httpsOnly`, or `credentials`). */
  | { ok: false; kind: 'invalid-url'; message: string; params: VerdictParams }
  /** The host resolves to an address webhooks are never sent to (`params`: `host`, `address`). */
  | { ok: false; kind: 'address-refused'; message: string; params: VerdictParams }
  /** The host does not resolve (now: DNS may answer later; `params.host`). */
  | { ok: false; kind: 'unresolvable'; message: string; params: VerdictParams };
