import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { toAccountView, type AccountView } from '../../infra/account.views';
import { ActionTokens } from '../../infra/action-tokens';
import { PasswordHasher } from '../../infra/password-hasher';

export type AcceptInvitationCommand = RouteInput<typeof AUTH_ROUTES.acceptInvitation>['body'];

/** An invited person chooses a password with the emailed token; the account becomes active. */
@Injectable()
export class AcceptInvitationHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly actionTokens: ActionTokens,
    private readonly events: AccountEvents,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: AcceptInvitationCommand): Promise<AccountView> {
    const passwordHash = await this.hasher.hash(command.password);
    return this.accounts.transaction(async (tx) => {
      const accountId = await this.actionTokens.consume(tx, 'invitation', command.token);
      const account = await this.accounts.activateInvited(tx, accountId, passwordHash, this.clock.now());
      const view = toAccountView(account);
      await this.events.activated(tx, account, view.grants);
      return view;
    });
  }
}
