import type { NotificationToDeliver } from '../../deliveries/domain/channel-sender';
import type { UnsubscribeLink } from '../../email-subscriptions/infra/unsubscribe-links';
import type { EmailRecipient } from './notification-email';

/**
 * The unsubscribe link of an email a person without an account can turn off, or null.
 * Critical messages (a link someone asked for, account messages) cannot be turned off, so
 * they carry none; people with an account change their preferences in the console.
 */
export function unsubscribeLinkOf(
  notification: Pick<NotificationToDeliver, 'critical'>,
  recipient: Pick<EmailRecipient, 'id' | 'accountId'>,
  linkFor: (recipientId: string) => UnsubscribeLink,
): UnsubscribeLink | null {
  if (notification.critical || recipient.accountId) return null;
  return linkFor(recipient.id);
}

/**
 * RFC 2369 and RFC 8058 headers of such an email: `List-Unsubscribe` (the https link only:
 * no mailbox reads unsubscribe requests, so a `mailto:` would promise what nobody does) and
 * `List-Unsubscribe-Post`, which tells the mail client a POST to that link unsubscribes in
 * one click. No link, no headers. (The footer's visible link goes to the console's page,
 * `link.pageUrl`, where the person chooses.)
 */
export function unsubscribeHeaders(link: UnsubscribeLink | null): Record<string, string> {
  if (!link) return {};
  return { 'List-Unsubscribe': `<${link.oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
