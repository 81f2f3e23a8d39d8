import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { Outbox } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { DeliveryReceipt, NotificationToDeliver } from '../domain/channel-sender';
import { CallBatcher } from './call-batcher';

export type QueuedNotification = NotificationToDeliver & { attempts: number };

interface QueuedRow {
  id: string;
  channel: NotificationToDeliver['channel'];
  type: string;
  category: string;
  critical: boolean;
  language: string;
  payload: unknown;
  title: string;
  body: string;
  createdAt: Date;
  endpointId: string | null;
  attempts: number;
  status: string;
  recipientId: string | null;
  email: string | null;
  accountId: string | null;
  displayName: string | null;
  recipientLanguage: string | null;
  timeZone: string | null;
}

type AttemptOutcome = 'sent' | 'delivered' | 'retrying' | 'failed';

/** A successful try waiting to be written with the others of its batch. */
interface Delivered {
  notification: QueuedNotification;
  receipt: DeliveryReceipt;
  startedAt: Date;
  durationMs: number;
}

const MAX_ERROR_LENGTH = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function statusOf(error: Error): number | null {
  const status = (error as { responseStatus?: unknown }).responseStatus;
  return typeof status === 'number' ? status : null;
}

function toQueued(row: QueuedRow): QueuedNotification {
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
    recipient: row.recipientId
      ? {
          id: row.recipientId,
          email: row.email!,
          accountId: row.accountId,
          displayName: row.displayName!,
          language: row.recipientLanguage!,
          timeZone: row.timeZone,
        }
      : null,
    endpointId: row.endpointId,
    attempts: row.attempts,
  };
}

/**
 * Reads the notifications to deliver, and writes what became of each try: the attempt row,
 * the notification's status, and for an outcome the notification.delivered /
 * notification.failed event, in one transaction (successes of concurrent deliveries share
 * one).
 */
@Injectable()
export class DeliveryRecorder {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
  ) {}

  /**
   * The notification with its recipient, if it is still waiting to be delivered. The loads
   * of concurrent deliveries share one query: this runs once per delivery, and a round trip
   * per notification cost more than the rows.
   */
  loadQueued(id: string): Promise<QueuedNotification | null> {
    return this.loads.call(id);
  }

  private readonly loads = new CallBatcher<string, QueuedNotification | null>((ids) => this.loadMany(ids));

  private async loadMany(ids: readonly string[]): Promise<Array<QueuedNotification | null>> {
    // A job naming no uuid finds nothing, and must not fail the query of the others.
    const wellFormed = ids.filter((id) => UUID.test(id));
    if (wellFormed.length === 0) return ids.map(() => null);
    // Raw SQL: Prisma's query building would cost more than the query.
    const rows = await this.db.$queryRawUnsafe<Array<QueuedRow>>(
      `SELECT n.id::text AS id, n.channel::text AS channel, n.type, n.category, n.critical, n.language, n.payload, n.title, n.body,
              n.created_at AS "createdAt", n.endpoint_id AS "endpointId", n.attempts, n.status::text AS status,
              r.id AS "recipientId", r.email, r.account_id AS "accountId", r.display_name AS "displayName",
              r.language AS "recipientLanguage", r.time_zone AS "timeZone"
         FROM notifications n LEFT JOIN recipients r ON r.id = n.recipient_id
        WHERE n.id = ANY($1::uuid[])`,
      wellFormed,
    );
    // PostgreSQL answers uuids in lower case, whatever case the job carried.
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id.toLowerCase());
      return row && row.status === 'queued' ? toQueued(row) : null;
    });
  }

  /**
   * A delivery succeeded. The concurrent deliveries' outcomes are written together (one
   * transaction per batch: their statuses, attempts and events in one statement each);
   * this resolves once the batch carrying this one committed.
   */
  async delivered(notification: QueuedNotification, receipt: DeliveryReceipt, startedAt: Date): Promise<void> {
    await this.deliveredWrites.call({ notification, receipt, startedAt, durationMs: Math.max(0, Date.now() - startedAt.getTime()) });
  }

  private readonly deliveredWrites = new CallBatcher<Delivered, boolean>((items) => this.recordDelivered(items));


  /** Per item, whether it moved its notification out of "queued" (and so told of it). */
  private recordDelivered(items: readonly Delivered[]): Promise<boolean[]> {
    return this.db.$transaction(async (tx) => {
      const moved = await tx.$queryRawUnsafe<Array<{ id: string }>>(
        `UPDATE notifications n
            SET status = v.status::"NotificationStatus", status_reason = NULL, attempts = n.attempts + 1, delivered_at = now(), updated_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS v(id, status)
          WHERE n.id = v.id AND n.status = 'queued'
          RETURNING n.id::text AS id`,
        items.map((item) => item.notification.id),
        items.map((item) => item.receipt.outcome),
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO delivery_attempts (id, notification_id, attempt, outcome, error, response_status, duration_ms, started_at)
         SELECT a.id, a.notification_id, a.attempt, a.outcome::"AttemptOutcome", NULL, a.response_status, a.duration_ms, a.started_at
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::int[], $6::int[], $7::timestamptz[])
                AS a(id, notification_id, attempt, outcome, response_status, duration_ms, started_at)`,
        items.map(() => uuidv7()),
        items.map((item) => item.notification.id),
        items.map((item) => item.notification.attempts + 1),
        items.map((item) => item.receipt.outcome),
        items.map((item) => item.receipt.responseStatus ?? null),
        items.map((item) => item.durationMs),
        items.map((item) => item.startedAt.toISOString()),
      );
      // Told once per notification, even if one came twice in a batch.
      const unannounced = new Set(moved.map((row) => row.id));
      const told = items.filter((item) => unannounced.delete(item.notification.id));
      await this.outbox.addMany(
        tx,
        told.map((item) => ({ type: 'notification.delivered.v1' as const, subject: item.notification.id, data: this.ref(item.notification) })),
      );
      const toldIds = new Set(told.map((item) => item.notification.id));
      return items.map((item) => toldIds.has(item.notification.id));
    });
  }

  async willRetry(notification: QueuedNotification, error: Error, startedAt: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(
        `UPDATE notifications SET attempts = attempts + 1, status_reason = $2, updated_at = now() WHERE id = $1::uuid`,
        notification.id,
        error.message.slice(0, MAX_ERROR_LENGTH),
      );
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
    const count = await tx.$executeRawUnsafe(
      `UPDATE notifications
          SET status = $2::"NotificationStatus", status_reason = $3, attempts = attempts + 1,
              delivered_at = CASE WHEN $2 = 'failed' THEN NULL ELSE now() END, updated_at = now()
        WHERE id = $1::uuid AND status = 'queued'`,
      n.id,
      status,
      reason?.slice(0, MAX_ERROR_LENGTH) ?? null,
    );
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
    await tx.$executeRawUnsafe(
      `INSERT INTO delivery_attempts (id, notification_id, attempt, outcome, error, response_status, duration_ms, started_at)
       VALUES ($1::uuid, $2::uuid, $3, $4::"AttemptOutcome", $5, $6, $7, $8)`,
      uuidv7(),
      n.id,
      n.attempts + 1,
      outcome,
      error?.slice(0, MAX_ERROR_LENGTH) ?? null,
      responseStatus,
      Math.max(0, Date.now() - startedAt.getTime()),
      startedAt,
    );
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
