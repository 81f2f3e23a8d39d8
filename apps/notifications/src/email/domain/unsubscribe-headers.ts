import type { NotificationToDeliver } from '../../deliveries/domain/channel-sender';
import type { UnsubscribeLink } from '../../email-subscriptions/infra/unsubscribe-links';
import type { EmailRecipient } from './notification-email';

/**
 * RFC 2369 and RFC 8058 headers of an email a person without an account can turn off:
 * `List-Unsubscribe` (the https link only: no mailbox reads unsubscribe requests, so a
 * `mailto:` would promise what nobody does) and `List-Unsubscribe-Post`, which tells the
 * mail client a POST to that link unsubscribes in one click. Critical messages (a link
 * someone asked for, account messages) cannot be turned off, so they carry none; people
 * with an account change their preferences in the console.
 */
export function unsubscribeHeaders(
  notification: Pick<NotificationToDeliver, 'critical'>,
  recipient: Pick<EmailRecipient, 'id' | 'accountId'>,
  linkFor: (recipientId: string) => UnsubscribeLink,
): Record<string, string> {
  if (notification.critical || recipient.accountId) return {};
  return { 'List-Unsubscribe': `<${linkFor(recipient.id).oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
