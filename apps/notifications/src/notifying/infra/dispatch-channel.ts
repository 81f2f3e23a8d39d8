import type { RawSql } from '@scn/platform';

/** PostgreSQL channel a commit of new notifications NOTIFYs, to wake the dispatcher. */
export const DISPATCH_CHANNEL = 'notification_dispatch';

/**
 * Wakes the delivery dispatcher when the transaction commits (NOTIFY is delivered on commit
 * only), so queued notifications get their jobs now rather than at the next poll.
 */
export async function wakeDispatcher(tx: RawSql): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_notify('${DISPATCH_CHANNEL}', '')`);
}
