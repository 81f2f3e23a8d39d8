import { Injectable } from '@nestjs/common';
import type { RouteInput } from '../../../http/route-declaration';
import type { ACCOUNT_ROUTES } from '../../accounts.routes';
import { grantsStaff } from '../../domain/account-grants';
import { identityError } from '../../domain/identity.errors';
import { keepOneStaff } from '../../domain/last-staff.rule';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { toAccountView, type AccountView } from '../../infra/account.views';

type SetRolesInput = RouteInput<typeof ACCOUNT_ROUTES.setRoles>;
export type SetAccountRolesCommand = SetRolesInput['params'] & SetRolesInput['body'];

/** Staff replace an account's roles; they take effect at its next token refresh. */
@Injectable()
export class SetAccountRolesHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly events: AccountEvents,
  ) {}

  async execute(command: SetAccountRolesCommand): Promise<AccountView> {
    const { accountId, grants } = command;
    return this.accounts.transaction(async (tx) => {
      const account = await this.accounts.find(accountId, tx);
      if (!account) throw identityError('accountNotFound');
      if (!grantsStaff(grants)) keepOneStaff(await this.accounts.staffStanding(tx, accountId));
      await this.accounts.replaceGrants(tx, accountId, grants);
      const view = toAccountView(await this.accounts.getWithGrants(tx, accountId));
      await this.events.rolesChanged(tx, account, view.grants);
      return view;
    });
  }
}
