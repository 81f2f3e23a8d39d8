import type { NotificationType } from '../../catalogue/notification-types';
import type { Audience, WebhookReach } from '../../notifying/domain/audience';
import type { PersonChannel } from '../../notifying/domain/delivery-decision';

/**
 * What an event tells, to whom: the event's handler adds its cause (`event:<id>`) and hands
 * it to the notification planner. The facts are checked against the type's schema there.
 */
export interface EventNotice {
  type: NotificationType;
  facts: object;
  audience: Audience | Audience[];
  /** Webhook endpoints that receive it too (none when left out). */
  webhooks?: WebhookReach;
  /** Channels for people (email and inbox when left out). */
  channels?: readonly PersonChannel[];
}
