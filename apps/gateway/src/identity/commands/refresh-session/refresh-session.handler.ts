import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { callerOf } from '../../domain/account-grants';
import { isActive } from '../../domain/account-status.rule';
import { isExpired } from '../../domain/expiry.rule';
import { identityError } from '../../domain/identity.errors';
import { AccessTokenService } from '../../infra/access-token.service';
import { issuedTokens, type IssuedTokens } from '../../infra/issued-tokens';
import { newSecretToken, tokenDigest } from '../../infra/secret-token';
import { SessionRepository } from '../../infra/session.repository';

export type RefreshSessionCommand = RouteInput<typeof AUTH_ROUTES.refresh>['body'];

/**
 * Trades a refresh token for new tokens. Each refresh token is used once and replaced
 * (rotation). Presenting a used one means it was copied: the whole session is revoked,
 * so the thief's copy and the victim's both stop working.
 */
@Injectable()
export class RefreshSessionHandler {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly accessTokens: AccessTokenService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RefreshSessionCommand): Promise<IssuedTokens> {
    const stored = await this.sessions.findRefreshToken(tokenDigest(command.refreshToken));
    if (!stored) throw identityError('refreshTokenInvalid');
    const { session } = stored;
    if (session.revokedAt) throw identityError('sessionRevoked');
    if (isExpired(session.expiresAt, this.clock.now())) throw identityError('refreshTokenInvalid');
    // Marking it used only if still unused makes two concurrent refreshes with the same
    // token count as reuse too: exactly one of them can win.
    if (!(await this.sessions.claimRefreshToken(stored.id, this.clock.now()))) {
      await this.sessions.revoke(session.id, 'refresh-token-reuse', this.clock.now());
      throw identityError('refreshTokenReused');
    }
    const account = session.account;
    if (!isActive(account)) {
      await this.sessions.revoke(session.id, 'account-not-active', this.clock.now());
      throw identityError('accountNotActive');
    }
    const next = newSecretToken();
    await this.sessions.addRefreshToken(session.id, tokenDigest(next));
    return issuedTokens(this.accessTokens, callerOf(account), session.id, next, session.expiresAt);
  }
}
