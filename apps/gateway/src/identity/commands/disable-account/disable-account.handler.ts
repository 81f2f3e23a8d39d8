import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import type { RouteInput } from '../../../http/route-declaration';
import type { ACCOUNT_ROUTES } from '../../accounts.routes';
import { identityError } from '../../domain/identity.errors';
import { keepOneStaff } from '../../domain/last-staff.rule';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { toAccountView, type AccountView } from '../../infra/account.views';
import { SessionRepository } from '../../infra/session.repository';

export type DisableAccountCommand = RouteInput<typeof ACCOUNT_ROUTES.disable>['params'];

/** Staff disable an account and sign it out everywhere. */
@Injectable()
export class DisableAccountHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly events: AccountEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: DisableAccountCommand): Promise<AccountView> {
    const { accountId } = command;
    const view = await this.accounts.transaction(async (tx) => {
      const account = await this.accounts.find(accountId, tx);
      if (!account) throw identityError('accountNotFound');
      keepOneStaff(await this.accounts.staffStanding(tx, accountId));
      const updated = await this.accounts.disable(tx, accountId);
      await this.events.disabled(tx, updated);
      return toAccountView(updated);
    });
    await this.sessions.revokeAll(accountId, 'account-disabled', this.clock.now());
    return view;
  }
}
