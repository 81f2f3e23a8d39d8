import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { Outbox, type SqlExecutor } from '@scn/messaging';
import { DATABASE, DATABASE_POOL, rawSqlOf } from '@scn/platform';
import type { Pool } from 'pg';
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
 * notification.failed event, all or nothing (successes of concurrent deliveries share one
 * statement).
 */
@Injectable()
export class DeliveryRecorder {
  /**
   * The loads and the successes' outcomes — a statement each per batch, on every delivery —
   * go straight to the pool under the Prisma client: Prisma's raw-query layers were a
   * seventh of the worker's CPU (issue #16). The rarer retries and failures keep Prisma's
   * transactions.
   */
  private readonly sql: SqlExecutor;

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(DATABASE_POOL) pool: Pool,
    private readonly outbox: Outbox,
  ) {
    this.sql = rawSqlOf(pool);
  }

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
    const rows = await this.sql.$queryRawUnsafe<Array<QueuedRow>>(
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
   * statement per batch: their statuses, attempts and events); this resolves once the
   * batch carrying this one committed.
   */
  async delivered(notification: QueuedNotification, receipt: DeliveryReceipt, startedAt: Date): Promise<void> {
    await this.deliveredWrites.call({ notification, receipt, startedAt, durationMs: Math.max(0, Date.now() - startedAt.getTime()) });
  }

  private readonly deliveredWrites = new CallBatcher<Delivered, boolean>((items) => this.recordDelivered(items));

  /**
   * Per item, whether it moved its notification out of "queued" (and so told of it).
   *
   * One statement, so one round trip and no BEGIN/COMMIT: the statuses, the attempts and
   * the events of the notifications it moved (data-modifying CTEs, committed together or
   * not at all). The delivery worker is CPU-bound, and a transaction of a statement per
   * table cost five socket writes a batch (issue #16).
   */
  private async recordDelivered(items: readonly Delivered[]): Promise<boolean[]> {
    // Told once per notification, even if one came twice in a batch: by its first item.
    const firstOfEach = new Map<string, Delivered>();
    for (const item of items) if (!firstOfEach.has(item.notification.id)) firstOfEach.set(item.notification.id, item);
    const firsts = new Set(firstOfEach.values());
    const events = [...firsts].map((item) => ({ type: 'notification.delivered.v1' as const, subject: item.notification.id, data: this.ref(item.notification) }));
    const moved = await this.outbox.addManyInStatement(this.sql, events, (insert) =>
      this.sql.$queryRawUnsafe<Array<{ id: string }>>(
        `WITH outcome AS (
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[], $5::int[], $6::int[], $7::timestamptz[])
             AS o(notification_id, outcome, attempt_id, attempt, response_status, duration_ms, started_at)
         ), moved AS (
           UPDATE notifications n
              SET status = o.outcome::"NotificationStatus", status_reason = NULL, attempts = n.attempts + 1, delivered_at = now(), updated_at = now()
             FROM outcome o
            WHERE n.id = o.notification_id AND n.status = 'queued'
           RETURNING n.id
         ), attempts AS (
           INSERT INTO delivery_attempts (id, notification_id, attempt, outcome, error, response_status, duration_ms, started_at)
           SELECT o.attempt_id, o.notification_id, o.attempt, o.outcome::"AttemptOutcome", NULL, o.response_status, o.duration_ms, o.started_at
             FROM outcome o
         ), events AS (
           ${insert.sql(8, 'SELECT id::text FROM moved')}
         )
         SELECT id::text AS id FROM moved`,
        items.map((item) => item.notification.id),
        items.map((item) => item.receipt.outcome),
        items.map(() => uuidv7()),
        items.map((item) => item.notification.attempts + 1),
        items.map((item) => item.receipt.responseStatus ?? null),
        items.map((item) => item.durationMs),
        items.map((item) => item.startedAt.toISOString()),
        ...insert.params,
      ),
    );
    const told = new Set(moved.map((row) => row.id));
    return items.map((item) => firsts.has(item) && told.has(item.notification.id));
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
