import type { SqlExecutor } from '../sql-client';

/**
 * Records that `consumer` has processed `eventId`, inside the caller's transaction.
 * Returns false when it already had: the caller must then skip the effect. Because the
 * record commits or rolls back with the effect, an event takes effect exactly once.
 */
export async function recordInInbox(tx: SqlExecutor, consumer: string, eventId: string): Promise<boolean> {
  const inserted = await tx.$executeRawUnsafe(
    'INSERT INTO processed_messages (consumer, event_id) VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING',
    consumer,
    eventId,
  );
  return inserted === 1;
}
