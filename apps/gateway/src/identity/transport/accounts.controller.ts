import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { Endpoint } from '../../http/endpoint.decorator';
import type { RouteInput } from '../../http/route-declaration';
import { Caller, Input } from '../../http/route-params.decorator';
import { ACCOUNT_ROUTES as R } from '../accounts.routes';
import { DisableAccountHandler } from '../commands/disable-account/disable-account.handler';
import { InviteAccountHandler } from '../commands/invite-account/invite-account.handler';
import { SetAccountRolesHandler } from '../commands/set-account-roles/set-account-roles.handler';
import { GetAccountHandler } from '../queries/get-account/get-account.handler';
import { ListAccountsHandler } from '../queries/list-accounts/list-accounts.handler';

/** The caller's own account, and staff's management of everyone's. */
@Controller()
export class AccountsController {
  constructor(
    private readonly getAccount: GetAccountHandler,
    private readonly listAccounts: ListAccountsHandler,
    private readonly inviteAccount: InviteAccountHandler,
    private readonly setAccountRoles: SetAccountRolesHandler,
    private readonly disableAccount: DisableAccountHandler,
  ) {}

  @Endpoint(R.me)
  me(@Caller() caller: CallerIdentity) {
    return this.getAccount.execute({ accountId: caller.accountId });
  }

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>) {
    return this.listAccounts.execute(query);
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>) {
    return this.getAccount.execute(params);
  }

  @Endpoint(R.invite)
  invite(@Input() { body }: RouteInput<typeof R.invite>, @Caller() caller: CallerIdentity) {
    return this.inviteAccount.execute(body, caller);
  }

  @Endpoint(R.setRoles)
  setRoles(@Input() { params, body }: RouteInput<typeof R.setRoles>) {
    return this.setAccountRoles.execute({ ...params, ...body });
  }

  @Endpoint(R.disable)
  disable(@Input() { params }: RouteInput<typeof R.disable>) {
    return this.disableAccount.execute(params);
  }
}
