import { Inject, Injectable } from '@nestjs/common';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { isActive } from '../../domain/account-status.rule';
import { emailedLink } from '../../domain/emailed-link';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { ActionTokens } from '../../infra/action-tokens';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../../infra/identity-options';

export type RequestPasswordResetCommand = RouteInput<typeof AUTH_ROUTES.requestPasswordReset>['body'];

/** Sends a reset link to an active account; silently does nothing for unknown emails. */
@Injectable()
export class RequestPasswordResetHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly actionTokens: ActionTokens,
    private readonly events: AccountEvents,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async execute(command: RequestPasswordResetCommand): Promise<void> {
    await this.accounts.transaction(async (tx) => {
      const account = await this.accounts.findByEmail(command.email.toLowerCase(), tx);
      if (!account || !isActive(account)) return;
      const { token, expiresAt } = await this.actionTokens.issue(tx, account.id, 'password_reset', this.options.PASSWORD_RESET_TTL_S);
      await this.events.passwordResetRequested(tx, account, emailedLink(this.options.PUBLIC_WEB_URL, 'reset-password', token, expiresAt));
    });
  }
}
