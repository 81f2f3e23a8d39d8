import { writeThenNotify, type RawSql } from '@scn/platform';
import { DISPATCH_CHANNEL } from './dispatch-channel';

/** One notification to insert, as the planner makes it. */
export interface NotificationRow {
  id: string;
  sourceKey: string;
  targetKey: string;
  recipientId: string | null;
  endpointId: string | null;
  channel: 'email' | 'webhook' | 'inbox';
  type: string;
  category: string;
  critical: boolean;
  language: string;
  payload: Record<string, unknown>;
  title: string;
  body: string;
  status: 'queued' | 'filtered';
  statusReason: string | null;
  notBefore: Date | null;
  inDigest: boolean;
}

const column = <K extends keyof NotificationRow>(rows: readonly NotificationRow[], key: K) => rows.map((row) => row[key]);

/**
 * Inserts the rows in one statement (arrays unnested server-side: an announcement makes tens
 * of thousands, which Prisma's createMany sends in many slower chunks) and skips those whose
 * (cause, target, channel) exists already. Returns how many were inserted.
 *
 * When it inserted any, the same statement wakes the dispatcher (a NOTIFY, delivered on
 * commit): one round trip per plan instead of two, for an event handler that plans one
 * notification per event (issue #16).
 */
export async function insertNotifications(tx: RawSql, rows: readonly NotificationRow[]): Promise<number> {
  if (!rows.length) return 0;
  const [result] = await tx.$queryRawUnsafe<Array<{ written: number }>>(
    INSERT_AND_WAKE_DISPATCHER,
    column(rows, 'id'),
    column(rows, 'sourceKey'),
    column(rows, 'targetKey'),
    column(rows, 'recipientId'),
    column(rows, 'endpointId'),
    column(rows, 'channel'),
    column(rows, 'type'),
    column(rows, 'category'),
    column(rows, 'critical'),
    column(rows, 'language'),
    rows.map((row) => JSON.stringify(row.payload)),
    column(rows, 'title'),
    column(rows, 'body'),
    column(rows, 'status'),
    column(rows, 'statusReason'),
    column(rows, 'notBefore'),
    column(rows, 'inDigest'),
  );
  return result?.written ?? 0;
}

const INSERT_NOTIFICATIONS = `
  INSERT INTO notifications (id, source_key, target_key, recipient_id, endpoint_id, channel, type, category, critical, language,
                             payload, title, body, status, status_reason, not_before, in_digest, updated_at)
  SELECT id, source_key, target_key, recipient_id, endpoint_id, channel::"Channel", type, category, critical, language,
         payload::jsonb, title, body, status::"NotificationStatus", status_reason, not_before, in_digest, now()
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::boolean[],
                $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::timestamptz[], $17::boolean[])
      AS r(id, source_key, target_key, recipient_id, endpoint_id, channel, type, category, critical, language,
           payload, title, body, status, status_reason, not_before, in_digest)
  ON CONFLICT (source_key, target_key, channel) DO NOTHING`;

const INSERT_AND_WAKE_DISPATCHER = writeThenNotify(INSERT_NOTIFICATIONS, DISPATCH_CHANNEL);
