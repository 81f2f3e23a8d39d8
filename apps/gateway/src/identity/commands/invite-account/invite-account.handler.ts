import { Inject, Injectable } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { RouteInput } from '../../../http/route-declaration';
import type { ACCOUNT_ROUTES } from '../../accounts.routes';
import { mayInvite } from '../../domain/account-status.rule';
import { emailedLink } from '../../domain/emailed-link';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { toAccountView, type AccountView } from '../../infra/account.views';
import { ActionTokens } from '../../infra/action-tokens';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../../infra/identity-options';

export type InviteAccountCommand = RouteInput<typeof ACCOUNT_ROUTES.invite>['body'];

/** Staff invite a person (a new account, or again an account still invited) with the roles they will hold. */
@Injectable()
export class InviteAccountHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly actionTokens: ActionTokens,
    private readonly events: AccountEvents,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async execute(command: InviteAccountCommand, caller: CallerIdentity): Promise<{ account: AccountView; expiresAt: string }> {
    const email = command.email.toLowerCase();
    return this.accounts.transaction(async (tx) => {
      const existing = await this.accounts.findByEmail(email, tx);
      mayInvite(existing);
      const id = existing?.id ?? uuidv7();
      await this.accounts.saveInvited(tx, id, email, { displayName: command.displayName, language: command.language });
      await this.accounts.replaceGrants(tx, id, command.grants);
      const account = await this.accounts.getWithGrants(tx, id);
      const { token, expiresAt } = await this.actionTokens.issue(tx, id, 'invitation', this.options.INVITATION_TTL_S);
      const view = toAccountView(account);
      const acceptLink = emailedLink(this.options.PUBLIC_WEB_URL, 'accept-invitation', token, expiresAt);
      await this.events.invited(tx, account, view.grants, caller.accountId, acceptLink);
      return { account: view, expiresAt: expiresAt.toISOString() };
    });
  }
}
