import { onConnectionOf, type SqlExecutor } from '../sql-client';

/**
 * Records that `consumer` has processed `eventId`, inside the caller's transaction.
 * Returns false when it already had: the caller must then skip the effect. Because the
 * record commits or rolls back with the effect, an event takes effect exactly once.
 */
export async function recordInInbox(tx: SqlExecutor, consumer: string, eventId: string): Promise<boolean> {
  const inserted = await onConnectionOf(tx).$executeRawUnsafe(
    'INSERT INTO processed_messages (consumer, event_id) VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING',
    consumer,
    eventId,
  );
  return inserted === 1;
}

/**
 * Records many events at once (one statement); returns the ids that were not yet recorded
 * — the ones to handle. Same guarantee as `recordInInbox` when the effects commit with it.
 */
export async function recordManyInInbox(tx: SqlExecutor, consumer: string, eventIds: readonly string[]): Promise<Set<string>> {
  const inserted = await onConnectionOf(tx).$queryRawUnsafe<Array<{ event_id: string }>>(
    `INSERT INTO processed_messages (consumer, event_id)
     SELECT $1, id FROM unnest($2::uuid[]) AS id
     ON CONFLICT DO NOTHING
     RETURNING event_id::text`,
    consumer,
    [...eventIds],
  );
  return new Set(inserted.map((row) => row.event_id));
}
