import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { toAccountView, type AccountView } from '../../infra/account.views';
import { ActionTokens } from '../../infra/action-tokens';

export type VerifyEmailCommand = RouteInput<typeof AUTH_ROUTES.verifyEmail>['body'];

/** An applicant confirms their email with the emailed token; the account becomes active. */
@Injectable()
export class VerifyEmailHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly actionTokens: ActionTokens,
    private readonly events: AccountEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: VerifyEmailCommand): Promise<AccountView> {
    return this.accounts.transaction(async (tx) => {
      const accountId = await this.actionTokens.consume(tx, 'email_verification', command.token);
      const account = await this.accounts.activateVerified(tx, accountId, this.clock.now());
      const view = toAccountView(account);
      await this.events.activated(tx, account, view.grants);
      return view;
    });
  }
}
