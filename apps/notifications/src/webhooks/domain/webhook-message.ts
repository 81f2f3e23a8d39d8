import { Webhook } from 'standardwebhooks';

/** The platform as receivers see it in `User-Agent`. */
export const WEBHOOK_USER_AGENT = 'SisterCityNetwork-Webhooks/1.0 (+https://www.standardwebhooks.com/)';

export interface WebhookMessageInput {
  /** The notification id: `webhook-id`, the same on every retry so receivers can drop duplicates. */
  id: string;
  type: string;
  /** When the notification was made (the body's `timestamp`, the same on every retry). */
  occurredAt: Date;
  data: Record<string, unknown>;
  /** The endpoint's `whsec_…` secret. */
  secret: string;
}

export interface SignedWebhookMessage {
  body: string;
  headers: Record<string, string>;
}

/**
 * A notification as a Standard Webhooks message: the JSON body
 * `{ type, timestamp, data }` and the `webhook-id`, `webhook-timestamp` (the time of this
 * try, in seconds: receivers refuse old ones, so each retry is signed anew) and
 * `webhook-signature` (`v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`) headers.
 */
export function signedWebhookMessage(input: WebhookMessageInput, sentAt: Date): SignedWebhookMessage {
  const body = JSON.stringify({ type: input.type, timestamp: input.occurredAt.toISOString(), data: input.data });
  const signature = new Webhook(input.secret).sign(input.id, sentAt, body);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': WEBHOOK_USER_AGENT,
      'webhook-id': input.id,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}
