import type { Prisma } from '@scn-prisma/notifications';
import { ERASED_TARGET_PREFIX } from '../domain/applicant-erasure';

type Tx = Prisma.TransactionClient;

/**
 * The recipient of the account, locked until the transaction ends (null: the account is not
 * known here). A notification made for it meanwhile (its insert share-locks the row) waits
 * for the erasure, then finds no recipient; one made before is committed and seen.
 */
export async function lockAccountRecipient(tx: Tx, accountId: string): Promise<string | null> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(`SELECT id::text AS id FROM recipients WHERE account_id = $1::uuid FOR UPDATE`, accountId);
  return rows[0]?.id ?? null;
}

/** The facts of the recipient's notifications that name an application (`applicationId`). */
export async function applicationFactsOf(tx: Tx, recipientId: string): Promise<unknown[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ payload: unknown }>>(
    `SELECT payload FROM notifications WHERE recipient_id = $1::uuid AND payload ? 'applicationId'`,
    recipientId,
  );
  return rows.map((row) => row.payload);
}

/**
 * Anonymises the recipient's notifications (see domain/applicant-erasure.ts): no
 * recipient, a target naming nobody, no facts, no text, `reason` as their status reason;
 * those still queued are cancelled (the delivery worker delivers only what is queued).
 * Their tries keep their outcome, code and time, not their error text.
 */
export async function anonymiseRecipientNotifications(tx: Tx, recipientId: string, reason: string): Promise<{ anonymised: number; cancelled: number }> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; wasQueued: boolean }>>(
    `WITH mine AS (
       SELECT id, status = 'queued' AS was_queued FROM notifications WHERE recipient_id = $1::uuid FOR UPDATE
     )
     UPDATE notifications n
        SET status = CASE WHEN mine.was_queued THEN 'cancelled'::"NotificationStatus" ELSE n.status END,
            status_reason = $2,
            recipient_id = NULL,
            target_key = $3 || n.id::text,
            payload = '{}'::jsonb,
            title = '',
            body = '',
            in_digest = false,
            updated_at = now()
       FROM mine
      WHERE n.id = mine.id
      RETURNING n.id::text AS id, mine.was_queued AS "wasQueued"`,
    recipientId,
    reason,
    ERASED_TARGET_PREFIX,
  );
  if (rows.length) {
    await tx.$executeRawUnsafe(
      `UPDATE delivery_attempts SET error = NULL WHERE notification_id = ANY($1::uuid[]) AND error IS NOT NULL`,
      rows.map((row) => row.id),
    );
  }
  return { anonymised: rows.length, cancelled: rows.filter((row) => row.wasQueued).length };
}

/** Deletes the recipient; its channel preferences and followed programs go with it (cascade). */
export async function deleteRecipient(tx: Tx, recipientId: string): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM recipients WHERE id = $1::uuid`, recipientId);
}
