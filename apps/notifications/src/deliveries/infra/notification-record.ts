import type { DeliveryAttempt, Notification, Recipient } from '@scn-prisma/notifications';

/** What the delivery log reads of a notification's recipient (a Prisma `include`). */
export const WITH_RECIPIENT = { recipient: { select: { id: true, email: true, accountId: true } } } as const;

type NotificationWithRecipient = Notification & { recipient: Pick<Recipient, 'id' | 'email' | 'accountId'> | null };

/** A notification as staff see it in the delivery log. */
export function notificationRecordOf(n: NotificationWithRecipient) {
  return {
    id: n.id,
    type: n.type,
    category: n.category,
    channel: n.channel,
    status: n.status,
    statusReason: n.statusReason,
    critical: n.critical,
    language: n.language,
    title: n.title,
    recipient: n.recipient ? { id: n.recipient.id, email: n.recipient.email, accountId: n.recipient.accountId } : null,
    endpointId: n.endpointId,
    sourceKey: n.sourceKey,
    attempts: n.attempts,
    notBefore: n.notBefore?.toISOString() ?? null,
    deliveredAt: n.deliveredAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

export function attemptOf(a: DeliveryAttempt) {
  return {
    attempt: a.attempt,
    outcome: a.outcome,
    error: a.error,
    responseStatus: a.responseStatus,
    durationMs: a.durationMs,
    startedAt: a.startedAt.toISOString(),
  };
}
