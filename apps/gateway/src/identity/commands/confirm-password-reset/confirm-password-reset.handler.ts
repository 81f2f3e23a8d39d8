import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { AccountRepository } from '../../infra/account.repository';
import { ActionTokens } from '../../infra/action-tokens';
import { PasswordHasher } from '../../infra/password-hasher';
import { SessionRepository } from '../../infra/session.repository';

export type ConfirmPasswordResetCommand = RouteInput<typeof AUTH_ROUTES.confirmPasswordReset>['body'];

/** Sets the new password with the emailed token, lifts a lock-out and signs every device out. */
@Injectable()
export class ConfirmPasswordResetHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly actionTokens: ActionTokens,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ConfirmPasswordResetCommand): Promise<void> {
    const passwordHash = await this.hasher.hash(command.password);
    const accountId = await this.accounts.transaction(async (tx) => {
      const id = await this.actionTokens.consume(tx, 'password_reset', command.token);
      await this.accounts.setPassword(tx, id, passwordHash);
      return id;
    });
    await this.sessions.revokeAll(accountId, 'password-reset', this.clock.now());
  }
}
