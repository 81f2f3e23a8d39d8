import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { callerOf } from '../../domain/account-grants';
import { isActive } from '../../domain/account-status.rule';
import { expiresAfter } from '../../domain/expiry.rule';
import { identityError } from '../../domain/identity.errors';
import { hasFailuresToClear, lockedUntilAfter, secondsLocked, type LockOutPolicy } from '../../domain/lock-out.rule';
import { AccessTokenService } from '../../infra/access-token.service';
import { AccountRepository } from '../../infra/account.repository';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../../infra/identity-options';
import { issuedTokens, type IssuedTokens } from '../../infra/issued-tokens';
import { PasswordHasher } from '../../infra/password-hasher';
import { newSecretToken, tokenDigest } from '../../infra/secret-token';
import { SessionRepository } from '../../infra/session.repository';

export type SignInCommand = RouteInput<typeof AUTH_ROUTES.login>['body'];

/** Learns the account as soon as it is known (the audit log names it, even for a failed attempt). */
export type OnIdentified = (account: { id: string; email: string }) => void;

/**
 * Signs in with email and password and opens a session (one signed-in device). Wrong
 * passwords are counted; the one that reaches the limit locks the account for a while.
 */
@Injectable()
export class SignInHandler {
  private readonly lockOut: LockOutPolicy;

  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.lockOut = { maxFailures: options.LOGIN_MAX_FAILURES, lockoutSeconds: options.LOGIN_LOCKOUT_S };
  }

  async execute(command: SignInCommand, identified?: OnIdentified): Promise<IssuedTokens> {
    const account = await this.accounts.findByEmailWithGrants(command.email.toLowerCase());
    if (!account?.passwordHash) {
      await this.hasher.verifyNothing(command.password);
      throw identityError('invalidCredentials');
    }
    identified?.({ id: account.id, email: account.email });
    const now = this.clock.now();
    const locked = secondsLocked(account.lockedUntil, now);
    if (locked !== null) throw identityError('accountLocked', `Too many failed sign-ins: try again in ${locked} s`);
    if (!(await this.hasher.verify(account.passwordHash, command.password))) {
      await this.recordFailure(account.id);
      throw identityError('invalidCredentials');
    }
    if (!isActive(account)) throw identityError('accountNotActive');
    if (hasFailuresToClear(account)) await this.accounts.clearFailedLogins(account.id);
    const refreshToken = newSecretToken();
    const expiresAt = expiresAfter(now, this.options.REFRESH_TOKEN_TTL_S);
    const sessionId = await this.sessions.open(account.id, expiresAt, tokenDigest(refreshToken));
    return issuedTokens(this.accessTokens, callerOf(account), sessionId, refreshToken, expiresAt);
  }

  private async recordFailure(accountId: string): Promise<void> {
    const failedLogins = await this.accounts.countFailedLogin(accountId);
    const lockedUntil = lockedUntilAfter(failedLogins, this.lockOut, this.clock.now());
    if (lockedUntil) await this.accounts.lock(accountId, lockedUntil);
  }
}
