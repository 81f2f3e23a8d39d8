import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { Outbox } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { DeliveryReceipt, NotificationToDeliver } from './channel-sender';

export type QueuedNotification = NotificationToDeliver & { attempts: number };

type AttemptOutcome = 'sent' | 'delivered' | 'retrying' | 'failed';

const MAX_ERROR_LENGTH = 1_000;

function statusOf(error: Error): number | null {
  const status = (error as { responseStatus?: unknown }).responseStatus;
  return typeof status === 'number' ? status : null;
}

/**
 * Writes what became of each try: the attempt row, the notification's status, and for an
 * outcome the notification.delivered / notification.failed event, in one transaction.
 */
@Injectable()
export class DeliveryRecorder {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
  ) {}

  /** The notification with its recipient, if it is still waiting to be delivered. */
  async loadQueued(id: string): Promise<QueuedNotification | null> {
    const row = await this.db.notification.findUnique({
      where: { id },
      include: { recipient: { select: { id: true, email: true, accountId: true, displayName: true, language: true, timeZone: true } } },
    });
    if (!row || row.status !== 'queued') return null;
    return {
      id: row.id,
      channel: row.channel,
      type: row.type,
      category: row.category,
      critical: row.critical,
      language: row.language,
      payload: (row.payload ?? {}) as Record<string, unknown>,
      title: row.title,
      body: row.body,
      createdAt: row.createdAt,
      recipient: row.recipient,
      endpointId: row.endpointId,
      attempts: row.attempts,
    };
  }

  async delivered(notification: QueuedNotification, receipt: DeliveryReceipt, startedAt: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const updated = await this.finish(tx, notification, receipt.outcome, null);
      await this.attempt(tx, notification, receipt.outcome, startedAt, null, receipt.responseStatus ?? null);
      if (updated) await this.outbox.add(tx, 'notification.delivered.v1', notification.id, this.ref(notification));
    });
  }

  async willRetry(notification: QueuedNotification, error: Error, startedAt: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.notification.update({ where: { id: notification.id }, data: { attempts: { increment: 1 }, statusReason: error.message.slice(0, MAX_ERROR_LENGTH) } });
      await this.attempt(tx, notification, 'retrying', startedAt, error.message, statusOf(error));
    });
  }

  async gaveUp(notification: QueuedNotification, error: Error, startedAt: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const updated = await this.finish(tx, notification, 'failed', error.message);
      await this.attempt(tx, notification, 'failed', startedAt, error.message, statusOf(error));
      if (updated) {
        await this.outbox.add(tx, 'notification.failed.v1', notification.id, {
          ...this.ref(notification),
          error: error.message.slice(0, MAX_ERROR_LENGTH),
        });
      }
    });
  }

  /** Moves a still-queued notification to its outcome; false when something else got there first. */
  private async finish(tx: Prisma.TransactionClient, n: QueuedNotification, status: 'sent' | 'delivered' | 'failed', reason: string | null) {
    const { count } = await tx.notification.updateMany({
      where: { id: n.id, status: 'queued' },
      data: {
        status,
        statusReason: reason?.slice(0, MAX_ERROR_LENGTH) ?? null,
        attempts: { increment: 1 },
        deliveredAt: status === 'failed' ? null : new Date(),
      },
    });
    return count === 1;
  }

  private async attempt(
    tx: Prisma.TransactionClient,
    n: QueuedNotification,
    outcome: AttemptOutcome,
    startedAt: Date,
    error: string | null,
    responseStatus: number | null,
  ): Promise<void> {
    await tx.deliveryAttempt.create({
      data: {
        id: uuidv7(),
        notificationId: n.id,
        attempt: n.attempts + 1,
        outcome,
        error: error?.slice(0, MAX_ERROR_LENGTH) ?? null,
        responseStatus,
        durationMs: Math.max(0, Date.now() - startedAt.getTime()),
        startedAt,
      },
    });
  }

  private ref(n: QueuedNotification) {
    return {
      notificationId: n.id,
      channel: n.channel,
      type: n.type,
      attempts: n.attempts + 1,
      recipientId: n.recipient?.id ?? null,
      endpointId: n.endpointId,
    };
  }
}
