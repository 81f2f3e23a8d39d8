import type { InboxItem } from '@scn/contracts';

/** The fields of a notification an inbox item is made of. */
export interface InboxSource {
  id: string;
  type: string;
  category: string;
  title: string;
  body: string;
  payload: unknown;
  createdAt: Date;
  readAt: Date | null;
}

export function inboxItemOf(notification: InboxSource): InboxItem {
  const data = notification.payload && typeof notification.payload === 'object' ? (notification.payload as Record<string, unknown>) : {};
  return {
    id: notification.id,
    type: notification.type,
    category: notification.category,
    title: notification.title,
    body: notification.body,
    data,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
  };
}
