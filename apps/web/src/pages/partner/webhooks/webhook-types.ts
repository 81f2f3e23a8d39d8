/**
 * The notification types a partner city's endpoint can receive, by group: its partnerships,
 * its exchange programs, the nominees it hosts, and the endpoint's own (docs/notifications.md,
 * "What it receives"; the names are the service's catalogue, notification-types.ts). They are
 * shown as written: they are what the receiver reads in each webhook's `type`.
 */
export const WEBHOOK_TYPE_GROUPS = [
  {
    group: 'partnerships',
    types: [
      'partnership.proposed',
      'partnership.terms-amended',
      'partnership.approved',
      'partnership.activated',
      'partnership.suspended',
      'partnership.reactivated',
      'partnership.termination-proposed',
      'partnership.terminated',
      'reminder.partnership-anniversary',
    ],
  },
  {
    group: 'exchanges',
    types: [
      'exchange-program.published',
      'exchange-program.dates-changed',
      'exchange-program.window-opened',
      'exchange-program.paused',
      'exchange-program.resumed',
      'exchange-program.cancelled',
      'nomination.requested',
    ],
  },
  { group: 'webhooks', types: ['webhook.ping', 'webhook.endpoint-disabled'] },
] as const;
