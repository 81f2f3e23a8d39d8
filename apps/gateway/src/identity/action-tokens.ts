import type { ActionPurpose, Prisma } from '@scn-prisma/gateway';
import { v7 as uuidv7 } from 'uuid';
import { identityError } from './identity.errors';
import { newSecretToken, tokenDigest } from './secret-token';

type Tx = Prisma.TransactionClient;

/**
 * Issues a one-time emailed token for an account, replacing any earlier unused one of
 * the same purpose (only the newest link works).
 */
export async function issueActionToken(
  tx: Tx,
  accountId: string,
  purpose: ActionPurpose,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  await tx.actionToken.updateMany({ where: { accountId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  await tx.actionToken.create({ data: { id: uuidv7(), accountId, purpose, tokenHash: tokenDigest(token), expiresAt } });
  return { token, expiresAt };
}

/** Uses up a token of the given purpose and returns its account id; unknown, used or expired → 400. */
export async function consumeActionToken(tx: Tx, purpose: ActionPurpose, token: string): Promise<string> {
  const stored = await tx.actionToken.findUnique({ where: { tokenHash: tokenDigest(token) } });
  if (!stored || stored.purpose !== purpose || stored.expiresAt <= new Date()) throw identityError('actionTokenInvalid');
  const claimed = await tx.actionToken.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count === 0) throw identityError('actionTokenInvalid');
  return stored.accountId;
}

/** The link a person follows from an email to the web app's page for `purpose`. */
export function emailedLink(publicWebUrl: string, page: string, token: string, expiresAt: Date) {
  const url = new URL(page, publicWebUrl.endsWith('/') ? publicWebUrl : `${publicWebUrl}/`);
  url.searchParams.set('token', token);
  return { url: url.toString(), expiresAt: expiresAt.toISOString() };
}
