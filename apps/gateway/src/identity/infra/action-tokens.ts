import { Inject, Injectable } from '@nestjs/common';
import type { ActionPurpose } from '@scn-prisma/gateway';
import { CLOCK, type Clock } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { expiresAfter, isExpired } from '../domain/expiry.rule';
import { identityError } from '../domain/identity.errors';
import type { Tx } from './account.repository';
import { newSecretToken, tokenDigest } from './secret-token';

/** One-time tokens sent by email (invitation, email verification, password reset), stored as digests. */
@Injectable()
export class ActionTokens {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /**
   * Issues a one-time emailed token for an account, replacing any earlier unused one of
   * the same purpose (only the newest link works).
   */
  async issue(tx: Tx, accountId: string, purpose: ActionPurpose, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecretToken();
    const now = this.clock.now();
    const expiresAt = expiresAfter(now, ttlSeconds);
    await tx.actionToken.updateMany({ where: { accountId, purpose, usedAt: null }, data: { usedAt: now } });
    await tx.actionToken.create({ data: { id: uuidv7(), accountId, purpose, tokenHash: tokenDigest(token), expiresAt } });
    return { token, expiresAt };
  }

  /** Forgets every emailed token of an account (none of its links works any more). */
  async forgetAll(tx: Tx, accountId: string): Promise<void> {
    await tx.actionToken.deleteMany({ where: { accountId } });
  }

  /** Uses up a token of the given purpose and returns its account id; unknown, used or expired → 400. */
  async consume(tx: Tx, purpose: ActionPurpose, token: string): Promise<string> {
    const stored = await tx.actionToken.findUnique({ where: { tokenHash: tokenDigest(token) } });
    const now = this.clock.now();
    if (!stored || stored.purpose !== purpose || isExpired(stored.expiresAt, now)) throw identityError('actionTokenInvalid');
    const claimed = await tx.actionToken.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) throw identityError('actionTokenInvalid');
    return stored.accountId;
  }
}
