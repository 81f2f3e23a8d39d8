import type { ChannelName } from '../../catalogue/categories';

/** A notification as a channel needs it to deliver: the row and whom it goes to. */
export interface NotificationToDeliver {
  id: string;
  channel: ChannelName;
  type: string;
  category: string;
  critical: boolean;
  language: string;
  payload: Record<string, unknown>;
  title: string;
  body: string;
  createdAt: Date;
  /** Set for email and inbox notifications. */
  recipient: {
    id: string;
    email: string;
    accountId: string | null;
    displayName: string;
    language: string;
    timeZone: string | null;
  } | null;
  /** Set for webhook notifications. */
  endpointId: string | null;
}

/** What a successful try reports for the delivery log. */
export interface DeliveryReceipt {
  /** `sent`: handed to the mail relay · `delivered`: the receiver has it. */
  outcome: 'sent' | 'delivered';
  /** HTTP status or SMTP reply code. */
  responseStatus?: number;
  /** E.g. the SMTP message id. */
  detail?: string;
}

/**
 * A try failed but may succeed later (time-out, 408, 429, 5xx, SMTP 4xx, connection
 * refused). `retryAfterMs` is the receiver's Retry-After, honoured over the back-off.
 */
export class RetryableDeliveryError extends Error {
  constructor(
    message: string,
    readonly responseStatus?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'RetryableDeliveryError';
  }
}

/** A try failed and retrying cannot help (other 4xx, SMTP 5xx, a disabled endpoint). */
export class PermanentDeliveryError extends Error {
  constructor(
    message: string,
    readonly responseStatus?: number,
  ) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * Delivers notifications of one channel. The channels (email, webhooks, inbox) implement it
 * and the root module plugs them in: this feature never imports a channel, so a channel may
 * import these types without a cycle. The delivery worker calls `deliver` once per try
 * and records the outcome; it throws Retryable/PermanentDeliveryError to say how it failed
 * (any other error counts as retryable).
 */
export interface ChannelSender {
  readonly channel: ChannelName;
  deliver(notification: NotificationToDeliver, attempt: number): Promise<DeliveryReceipt>;
  /** After the notification's last try failed for good (webhooks count failing time here). */
  onGaveUp?(notification: NotificationToDeliver, error: Error): Promise<void>;
  /** After a try succeeded. */
  onDelivered?(notification: NotificationToDeliver): Promise<void>;
}

/** Injection token of the list of channel senders (one per channel). */
export const CHANNEL_SENDERS = Symbol('CHANNEL_SENDERS');
