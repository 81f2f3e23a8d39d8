import type { DeliveryAttempt, Notification } from '@scn-prisma/notifications';
import type { WebhookDeliveryView } from '@scn/contracts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A notification to an endpoint, with its latest try, as the endpoint's managers see it. */
export function toDeliveryView(row: Notification & { deliveryTries: DeliveryAttempt[] }): WebhookDeliveryView {
  const last = row.deliveryTries[0];
  return {
    notificationId: row.id,
    type: row.type,
    status: row.status,
    statusReason: row.statusReason,
    attempts: row.attempts,
    notBefore: iso(row.notBefore),
    deliveredAt: iso(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
    lastTry: last
      ? {
          attempt: last.attempt,
          outcome: last.outcome,
          error: last.error,
          responseStatus: last.responseStatus,
          durationMs: last.durationMs,
          startedAt: last.startedAt.toISOString(),
        }
      : null,
  };
}
