import { z } from 'zod';
import { isNotificationType, NOTIFICATION_TYPES, type NotificationType } from '../../catalogue/notification-types';
import { PermanentDeliveryError, type NotificationToDeliver } from '../../deliveries/domain/channel-sender';
import { renderNotification, type RenderedMessage } from '../../templates';

export type EmailRecipient = NonNullable<NotificationToDeliver['recipient']>;

/**
 * The email of a notification, rendered when it is sent (in the recipient's current language
 * and time zone), its footer linking to `unsubscribeUrl` when given (a person without an
 * account). A notification that cannot be rendered never will be: a permanent failure.
 */
export function renderNotificationEmail(notification: NotificationToDeliver, recipient: EmailRecipient, unsubscribeUrl: string | null = null): RenderedMessage {
  const type = notification.type;
  if (!isNotificationType(type)) throw new PermanentDeliveryError(`unknown notification type ${type}`);
  const schema: z.ZodType = NOTIFICATION_TYPES[type].facts;
  const facts = schema.safeParse(notification.payload);
  if (!facts.success) throw new PermanentDeliveryError(`facts do not fit ${type}: ${z.prettifyError(facts.error)}`);
  try {
    return renderNotification<NotificationType>(type, facts.data as never, {
      language: recipient.language || notification.language,
      timeZone: recipient.timeZone,
      recipientName: recipient.displayName,
      unsubscribeUrl,
    });
  } catch (error) {
    throw new PermanentDeliveryError(`cannot render ${type}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
