import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type RefreshToken, type Session } from '@scn-prisma/gateway';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from './account.repository';
import type { AccountWithGrants } from './account.views';

/** A stored refresh token with its session and the session's account. */
export type RefreshTokenWithSession = RefreshToken & { session: Session & { account: AccountWithGrants } };

/** Why sessions end (stored with the session). */
export type RevokeReason =
  | 'logout'
  | 'refresh-token-reuse'
  | 'account-not-active'
  | 'account-disabled'
  | 'account-erased'
  | 'password-reset';

/** Reads and writes sessions (one per signed-in device) and their refresh tokens, stored as digests. */
@Injectable()
export class SessionRepository {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  /** Opens a session for an account with its first refresh token. */
  async open(accountId: string, expiresAt: Date, refreshTokenHash: string): Promise<string> {
    const id = uuidv7();
    await this.db.session.create({
      data: { id, accountId, expiresAt, refreshTokens: { create: { id: uuidv7(), tokenHash: refreshTokenHash } } },
    });
    return id;
  }

  findRefreshToken(tokenHash: string): Promise<RefreshTokenWithSession | null> {
    return this.db.refreshToken.findUnique({
      where: { tokenHash },
      include: { session: { include: { account: { include: { grants: true } } } } },
    });
  }

  /** The session a refresh token belongs to, if the token is known. */
  async sessionOf(tokenHash: string): Promise<string | null> {
    const stored = await this.db.refreshToken.findUnique({ where: { tokenHash } });
    return stored?.sessionId ?? null;
  }

  /**
   * Marks a refresh token used, only if it is still unused: of two concurrent refreshes
   * with the same token exactly one wins. False when it was used already.
   */
  async claimRefreshToken(id: string, now: Date): Promise<boolean> {
    const claimed = await this.db.refreshToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } });
    return claimed.count > 0;
  }

  async addRefreshToken(sessionId: string, tokenHash: string): Promise<void> {
    await this.db.refreshToken.create({ data: { id: uuidv7(), sessionId, tokenHash } });
  }

  async revoke(sessionId: string, reason: RevokeReason, now: Date): Promise<void> {
    await this.db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  }

  /** Ends every session of an account (password changed, account disabled or erased), in `tx` when given. */
  async revokeAll(accountId: string, reason: RevokeReason, now: Date, tx: Tx = this.db): Promise<void> {
    await tx.session.updateMany({ where: { accountId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  }
}
