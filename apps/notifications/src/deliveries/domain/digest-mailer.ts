import type { DigestItem } from '../../templates';
import type { DeliveryReceipt, NotificationToDeliver } from './channel-sender';

export type DigestRecipient = NonNullable<NotificationToDeliver['recipient']>;

/**
 * Sends a recipient's daily digest as one message. The email channel implements it and the
 * root module plugs it in (see DeliveriesModule.withChannels), so this feature does not
 * import the email channel, which imports this feature's types.
 */
export interface DigestMailer {
  sendDigest(recipient: DigestRecipient, items: readonly DigestItem[]): Promise<DeliveryReceipt>;
}

/** Injection token of the digest mailer. */
export const DIGEST_MAILER = Symbol('DIGEST_MAILER');
