// BullMQ queues and their job names, declared once (issue #6 builds the workers).

export const QUEUES = {
  notificationDelivery: {
    name: 'notification-delivery',
    jobs: {
      deliverEmail: 'deliver-email',
      deliverWebhook: 'deliver-webhook',
      deliverInbox: 'deliver-inbox',
      /** One email gathering a recipient's notifications held for their daily digest. */
      deliverDigest: 'deliver-digest',
    },
  },
  reminders: {
    name: 'reminders',
    jobs: { fireReminder: 'fire-reminder' },
  },
} as const;

export type QueueKey = keyof typeof QUEUES;
export type QueueName = (typeof QUEUES)[QueueKey]['name'];

/**
 * BullMQ key prefix of a namespace. The braces are a Redis Cluster hash tag: every key of
 * a queue lands in one slot, as BullMQ requires.
 */
export function queuePrefix(namespace: string): string {
  return `{${namespace}}`;
}
