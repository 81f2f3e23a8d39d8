// BullMQ queues and their job names, declared once (issue #6 builds the workers).

export const QUEUES = {
  /** Emails, inbox items and digests. */
  notificationDelivery: {
    name: 'notification-delivery',
    jobs: {
      deliverEmail: 'deliver-email',
      deliverInbox: 'deliver-inbox',
      /** One email gathering a recipient's notifications held for their daily digest. */
      deliverDigest: 'deliver-digest',
    },
  },
  /** Webhooks, in a queue (and worker) of their own: slow receivers hold only webhook slots, never the emails'. */
  webhookDelivery: {
    name: 'webhook-delivery',
    jobs: { deliverWebhook: 'deliver-webhook' },
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
