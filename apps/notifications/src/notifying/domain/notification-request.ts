import type { Audience, WebhookReach } from './audience';
import type { NotificationFacts, NotificationType } from '../../catalogue/notification-types';
import type { PersonChannel } from './delivery-decision';

/** What is to be told, to whom: the planner makes the notifications of it. */
export interface NotificationRequest<T extends NotificationType = NotificationType> {
  /** What caused it (`event:<id>`, `reminder:<id>@<due>`, …): with target and channel, unique. */
  sourceKey: string;
  type: T;
  facts: NotificationFacts<T>;
  audience: Audience | readonly Audience[];
  /** Webhook endpoints that receive it too (default none). */
  webhooks?: WebhookReach;
  /** Channels for people (default email and inbox). */
  channels?: readonly PersonChannel[];
}

export interface PlanOutcome {
  /** Notifications made now (queued or filtered); a repeated request makes none. */
  created: number;
  /** Of those, the ones a preference filtered. */
  filtered: number;
}
