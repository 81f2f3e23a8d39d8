import type { Prisma, PrismaClient, Recipient } from '@scn-prisma/notifications';
import { INBOX_PROBLEMS, type CallerIdentity } from '@scn/contracts';
import { isUuid, problemError } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';

/**
 * The recipient of the signed-in caller. An account whose events have not reached this
 * service yet gets its recipient now, from what the gateway says of the caller; the
 * account events fill in the rest when they arrive.
 */
export async function recipientOfCaller(db: PrismaClient | Prisma.TransactionClient, caller: CallerIdentity | undefined): Promise<Recipient> {
  if (!caller || !isUuid(caller.accountId)) throw problemError(INBOX_PROBLEMS.noAccount);
  const known = await db.recipient.findUnique({ where: { accountId: caller.accountId } });
  if (known) return known;
  const email = caller.email.trim().toLowerCase();
  const byEmail = await db.recipient.findUnique({ where: { email } });
  if (byEmail && !byEmail.accountId) {
    return db.recipient.update({ where: { id: byEmail.id }, data: { accountId: caller.accountId, grants: caller.grants as Prisma.InputJsonValue } });
  }
  return db.recipient.upsert({
    where: { accountId: caller.accountId },
    create: { id: uuidv7(), accountId: caller.accountId, email, displayName: email, grants: caller.grants as Prisma.InputJsonValue },
    update: {},
  });
}
