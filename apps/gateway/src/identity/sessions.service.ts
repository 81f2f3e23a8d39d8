import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/gateway';
import type { CallerIdentity } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { AccessTokenService } from './access-token.service';
import { grantsFromRows } from './account-grants';
import { identityError } from './identity.errors';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { PasswordHasher } from './password-hasher';
import { newSecretToken, tokenDigest } from './secret-token';

/** What a client holds after signing in or refreshing. */
export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
  caller: CallerIdentity;
}

/**
 * Sign-in, refresh and sign-out. A session is one signed-in device; each refresh token is
 * used once and replaced (rotation). Presenting a used one means it was copied: the whole
 * session is revoked, so the thief's copy and the victim's both stop working.
 */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
  ) {}

  /** Signs in; `identified` learns the account as soon as it is known (the audit log names it, even for a failed attempt). */
  async login(email: string, password: string, identified?: (account: { id: string; email: string }) => void): Promise<IssuedTokens> {
    const account = await this.db.account.findUnique({ where: { email: email.toLowerCase() }, include: { grants: true } });
    if (!account?.passwordHash) {
      await this.hasher.verifyNothing(password);
      throw identityError('invalidCredentials');
    }
    identified?.({ id: account.id, email: account.email });
    const now = new Date();
    if (account.lockedUntil && account.lockedUntil > now) {
      const seconds = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000);
      throw identityError('accountLocked', `Too many failed sign-ins: try again in ${seconds} s`);
    }
    if (!(await this.hasher.verify(account.passwordHash, password))) {
      await this.recordFailure(account.id);
      throw identityError('invalidCredentials');
    }
    if (account.status !== 'active') throw identityError('accountNotActive');
    if (account.failedLogins > 0 || account.lockedUntil) {
      await this.db.account.update({ where: { id: account.id }, data: { failedLogins: 0, lockedUntil: null } });
    }
    const caller = { accountId: account.id, email: account.email, grants: grantsFromRows(account.grants) };
    const sessionId = uuidv7();
    const refreshToken = newSecretToken();
    const expiresAt = new Date(now.getTime() + this.options.REFRESH_TOKEN_TTL_S * 1000);
    await this.db.session.create({
      data: {
        id: sessionId,
        accountId: account.id,
        expiresAt,
        refreshTokens: { create: { id: uuidv7(), tokenHash: tokenDigest(refreshToken) } },
      },
    });
    return this.tokens(caller, sessionId, refreshToken, expiresAt);
  }

  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const stored = await this.db.refreshToken.findUnique({
      where: { tokenHash: tokenDigest(refreshToken) },
      include: { session: { include: { account: { include: { grants: true } } } } },
    });
    if (!stored) throw identityError('refreshTokenInvalid');
    const { session } = stored;
    if (session.revokedAt) throw identityError('sessionRevoked');
    if (session.expiresAt <= new Date()) throw identityError('refreshTokenInvalid');
    // Marking it used only if still unused makes two concurrent refreshes with the same
    // token count as reuse too: exactly one of them can win.
    const claimed = await this.db.refreshToken.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count === 0) {
      await this.revoke(session.id, 'refresh-token-reuse');
      throw identityError('refreshTokenReused');
    }
    const account = session.account;
    if (account.status !== 'active') {
      await this.revoke(session.id, 'account-not-active');
      throw identityError('accountNotActive');
    }
    const next = newSecretToken();
    await this.db.refreshToken.create({ data: { id: uuidv7(), sessionId: session.id, tokenHash: tokenDigest(next) } });
    const caller = { accountId: account.id, email: account.email, grants: grantsFromRows(account.grants) };
    return this.tokens(caller, session.id, next, session.expiresAt);
  }

  /** Ends the session the refresh token belongs to; an unknown token changes nothing. */
  async logout(refreshToken: string): Promise<void> {
    const stored = await this.db.refreshToken.findUnique({ where: { tokenHash: tokenDigest(refreshToken) } });
    if (stored) await this.revoke(stored.sessionId, 'logout');
  }

  /** Ends every session of an account (password changed, account disabled). */
  async revokeAll(accountId: string, reason: string): Promise<void> {
    await this.db.session.updateMany({ where: { accountId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
  }

  private async revoke(sessionId: string, reason: string): Promise<void> {
    await this.db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
  }

  /** Counts a wrong password; the one that reaches the limit locks the account for a while. */
  private async recordFailure(accountId: string): Promise<void> {
    const { failedLogins } = await this.db.account.update({
      where: { id: accountId },
      data: { failedLogins: { increment: 1 } },
      select: { failedLogins: true },
    });
    if (failedLogins >= this.options.LOGIN_MAX_FAILURES) {
      await this.db.account.update({
        where: { id: accountId },
        data: { failedLogins: 0, lockedUntil: new Date(Date.now() + this.options.LOGIN_LOCKOUT_S * 1000) },
      });
    }
  }

  private async tokens(caller: CallerIdentity, sessionId: string, refreshToken: string, refreshExpiresAt: Date): Promise<IssuedTokens> {
    const access = await this.accessTokens.issue(caller, sessionId);
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      refreshToken,
      refreshExpiresAt: refreshExpiresAt.toISOString(),
      caller,
    };
  }
}
